# factdb: `make run` (install, migrate, demo data, serve) and `make test` (the whole suite).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# Public URLs in what partners read (fact-check pages, ClaimReview) name the server you started, unless set.
export FACTDB_ORGANIZATION_URL ?= http://$(HOST):$(PORT)/
# exec: the server replaces the shell, so the SIGTERM that make forwards (from systemd, docker stop, an IDE)
# reaches it, and its exit stops the embedded PostgreSQL (factdb/embedded_db.py).
RUNSERVER = exec $(PY) manage.py runserver $(HOST):$(PORT)
# The webhooks worker runs beside the server; it stops when the server (its parent after exec) exits.
WORKER = $(PY) manage.py webhooks_worker --stop-with-parent &

.PHONY: install run serve test test-fast lint bench bench-api bench-server generate browser

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

# Debian's Chromium drives the admin browser tests (Playwright never downloads a browser here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "Installing Debian's chromium for the browser tests..."; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	@echo ""
	@echo "  factdb is starting on http://$(HOST):$(PORT)/"
	@echo "  Admin:    http://$(HOST):$(PORT)/admin/"
	@echo "  API docs: http://$(HOST):$(PORT)/api/docs/"
	@echo "  Tip form: http://$(HOST):$(PORT)/tips/"
	@echo "  Demo logins are listed above (password: $${FACTDB_DEMO_PASSWORD:-factdb-demo})."
	@echo "  Webhook deliveries are sent by the worker started with the server."
	@echo ""
	$(WORKER) $(RUNSERVER)

# Only the web server (no install, migrate, demo data or webhooks worker: `manage.py webhooks_worker` runs it).
serve:
	$(RUNSERVER)

# worksteal: a worker that runs out of tests takes some of the other's, so neither idles through the last minute.
# pytest keeps the test modules it rewrote in __pycache__: a shell's PYTHONDONTWRITEBYTECODE would make each
# worker parse all of them again on every run (2.5 s of the fast suite's minute).
PYTEST = env -u PYTHONDONTWRITEBYTECODE $(PY) -m pytest -n 2 --dist worksteal
test: lint browser
	$(PYTEST) --durations=15

# While working: no browser, no accuracy sets, none of the slow proofs (markers set by path in tests/conftest.py).
test-fast: install
	$(PYTEST) -m "not browser and not accuracy and not slow" --durations=10

# Static checks: ruff (style, complexity), mypy, migrations in step with the models.
# mypy's Django plugin loads the settings, which start the embedded PostgreSQL when DATABASE_URL is unset:
# a URL it never connects to keeps it offline.
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DATABASE_URL=$${DATABASE_URL:-postgres://mypy@127.0.0.1:1/mypy} $(VENV)/bin/mypy
	$(PY) manage.py makemigrations --check --dry-run

# The quick benchmarks (accuracy); benchmarks/README.md lists the longer ones and their commands.
bench: install
	$(PY) benchmarks/ingest_accuracy.py
	$(PY) benchmarks/matching_accuracy.py

# A generated newsroom of N claims in the (empty, migrated) DATABASE_URL: make generate N=1000000 [SEED=0]
N ?= 100000
SEED ?= 0
generate: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py generate_data --claims $(N) --seed $(SEED)

# The partner API under wrk against the raw baseline, and the admin's and ingest's server time, on that database.
bench-api: install
	$(PY) benchmarks/api_load.py

bench-server: install
	$(PY) benchmarks/server_time.py
