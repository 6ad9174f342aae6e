# The two commands of contract.md: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
PG_URL := $(filter postgres%,$(DATABASE_URL))

.PHONY: install demo test lint translations serve worker clean browser-deps

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,production]"
	touch $@

# Compile the .po files under locale/ (pure Python: no gettext tools needed).
translations: install
	$(PY) -m portal.compile_translations

demo: install translations
	mkdir -p var
	env -u DATABASE_URL $(PY) manage.py migrate --noinput
	env -u DATABASE_URL $(PY) manage.py load_demo --address 127.0.0.1:$(PORT)
	env -u DATABASE_URL $(PY) manage.py ensure_admin
	env -u DATABASE_URL $(PY) manage.py runserver 127.0.0.1:$(PORT)

# The production profile on this machine: gunicorn, PostgreSQL and Redis (README, "Running in
# production"). DEMO=1 loads the demo content first (never on a municipality's own database).
SERVE_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/portal
SERVE_REDIS_URL ?= redis://127.0.0.1:6379/0
SERVE_ENV = DJANGO_SETTINGS_MODULE=portal.settings.production \
	DATABASE_URL=$${DATABASE_URL:-$(SERVE_DATABASE_URL)} REDIS_URL=$${REDIS_URL:-$(SERVE_REDIS_URL)} \
	SECRET_KEY=$${SECRET_KEY:-$$(cat var/secret-key)} GUNICORN_BIND=$${GUNICORN_BIND:-127.0.0.1:$(PORT)}

serve: install translations
	mkdir -p var
	@[ -n "$$SECRET_KEY" ] || [ -s var/secret-key ] || \
		(umask 077 && $(PY) -c 'import secrets; print(secrets.token_urlsafe(64))' > var/secret-key)
	$(SERVE_ENV) $(PY) -m portal.ensure_database
	$(SERVE_ENV) $(PY) manage.py migrate --noinput
	$(SERVE_ENV) $(PY) manage.py collectstatic --noinput -v0
	@if [ "$(DEMO)" = 1 ]; then $(SERVE_ENV) $(PY) manage.py load_demo && $(SERVE_ENV) $(PY) manage.py ensure_admin; fi
	exec env $(SERVE_ENV) $(VENV)/bin/gunicorn -c portal/gunicorn.conf.py

# The feedback e-mails' worker of the production profile, next to `make serve` (one or more
# per site; each e-mail goes out once however many run).
worker: install
	@[ -n "$$SECRET_KEY" ] || [ -s var/secret-key ] || (echo "make serve first (SECRET_KEY)" && false)
	exec env $(SERVE_ENV) $(PY) manage.py db_worker --backend feedback --queue-name feedback --no-reload

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# What the browser and HTML checks (tests/browser/) need, each installed only when missing:
# Debian's Chromium (never a browser download), a Java runtime for the Nu HTML Checker, and
# the npm packages axe-core and vnu-jar in node_modules/ (no install scripts run).
browser-deps:
	@missing=""; \
	[ -x /usr/bin/chromium ] || missing="$$missing chromium"; \
	command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	command -v npm >/dev/null 2>&1 || missing="$$missing npm"; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing"; \
		apt-get update && apt-get install -y --no-install-recommends $$missing; \
	fi
	@if [ ! -f node_modules/.installed ] || [ package-lock.json -nt node_modules/.installed ]; then \
		npm ci --ignore-scripts --no-audit --no-fund && touch node_modules/.installed; \
	fi

# SQLite always; PostgreSQL as well when DATABASE_URL names one (CI does).
test: install translations lint browser-deps
	env -u DATABASE_URL $(PY) manage.py check
	env -u DATABASE_URL $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=portal.settings.production \
		SECRET_KEY=$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(64))') \
		env -u DATABASE_URL $(PY) manage.py check --deploy --fail-level WARNING
	env -u DATABASE_URL $(VENV)/bin/pytest
ifneq ($(PG_URL),)
	DATABASE_URL=$(PG_URL) $(VENV)/bin/pytest
endif

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
