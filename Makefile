# Regie's two commands (see README):
#   make run    install everything and run Regie on http://127.0.0.1:8000 (SQLite in ./.regie)
#   make test   install everything and run every test
# Extra: `make demo` (run with a demonstration organisation), `make lint`, `make bench`.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: run demo test lint bench install static messages browser schema

$(BIN)/regie: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(BIN)/regie

install: $(BIN)/regie static messages

regie/static/vendor/.built: package.json package-lock.json bin/build-static.mjs
	npm ci --no-audit --no-fund --loglevel=error
	npm run --silent build
	touch $@

static: regie/static/vendor/.built

# Translations: compile each .po into the .mo Django reads (needs msgfmt from gettext).
MO_FILES := $(patsubst %.po,%.mo,$(wildcard regie/locale/*/LC_MESSAGES/django.po regie/*/locale/*/LC_MESSAGES/django.po))
%.mo: %.po
	msgfmt --check -o $@ $<

messages: $(MO_FILES)

browser:
	@bin/ensure-chromium

run: install
	$(BIN)/regie serve --host $(HOST) --port $(PORT)

demo: install
	$(BIN)/regie serve --host $(HOST) --port $(PORT) --demo

test: install browser
	$(BIN)/ruff check regie tests bench
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check regie tests bench
	$(BIN)/ruff format --check regie tests bench

# Benchmarks print tables; the peers they compare with live in their own environments.
BENCHMARKS := register policy instruments privacy gateway injection_detector publication resilience shadow woo
bench: install bench/.venv-privacy bench/.venv-gateway
	for name in $(BENCHMARKS); do $(BIN)/python bench/$$name.py || exit 1; done

bench/.venv-privacy:
	$(BIN)/python bench/privacy.py --setup

bench/.venv-gateway:
	$(PYTHON) -m venv bench/.venv-gateway
	bench/.venv-gateway/bin/pip install --quiet 'litellm[proxy]'

schema: install
	$(BIN)/regie dossier schema > docs/dossier.schema.json
	$(BIN)/regie spectacular --validate --file docs/openapi.yaml
