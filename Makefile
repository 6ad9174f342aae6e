# The two commands of contract.md: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
PG_URL := $(filter postgres%,$(DATABASE_URL))

.PHONY: install demo test lint translations serve-demo clean

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
	env -u DATABASE_URL $(PY) manage.py load_demo
	env -u DATABASE_URL $(PY) manage.py ensure_admin
	env -u DATABASE_URL $(PY) manage.py runserver 127.0.0.1:$(PORT)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# SQLite always; PostgreSQL as well when DATABASE_URL names one (CI does).
test: install translations lint
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
