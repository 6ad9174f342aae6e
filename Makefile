# The two commands of contract.md: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
PG_URL := $(filter postgres%,$(DATABASE_URL))

.PHONY: install demo test lint translations serve-demo clean browser-deps

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
