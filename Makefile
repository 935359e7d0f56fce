# Aduan: `make run` starts the embedded default, `make test` runs every test.
# Both install what is missing first and are idempotent: stamps are keyed on a hash of the
# dependency files, and the NLU model is cached on a hash of its training data and pipeline.

SHELL := /bin/bash
VENV := .venv
RASA_VENV := .venv-rasa
RASA_REQ := nlu/rasa/requirements.txt
APP_STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha256sum | cut -c1-16)
RASA_STAMP := $(RASA_VENV)/.installed-$(shell cat $(RASA_REQ) | sha256sum | cut -c1-16)
ADUAN := $(VENV)/bin/aduan
PIP_QUIET := --quiet --disable-pip-version-check

# The app needs Python >= 3.11; Rasa 3.6 needs exactly 3.10 (python3.10 on PATH, or under pyenv).
PYTHON_APP := $(shell for c in python3 python3.13 python3.12 python3.11; do \
	command -v $$c >/dev/null 2>&1 && $$c -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && { echo $$c; break; }; done)
PYTHON_RASA := $(shell for c in python3.10 $$(pyenv root 2>/dev/null)/versions/3.10*/bin/python3.10 \
	$$HOME/.pyenv/versions/3.10*/bin/python3.10 /usr/local/bin/python3.10 /usr/bin/python3.10; do \
	[ -n "$$c" ] && $$c -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null && { echo $$c; break; }; done)

.PHONY: run test install rasa model db chat lint typecheck bench clean chromium

run: install rasa model db
	@if [ -z "$$TELEGRAM_BOT_TOKEN" ]; then \
		echo "No TELEGRAM_BOT_TOKEN: Telegram is pointed at a local fake Bot API (see README to connect a real bot)."; \
		exec $(ADUAN) serve --fake-platforms; \
	else exec $(ADUAN) serve; fi

test: install rasa chromium
	$(VENV)/bin/python -m pytest $(PYTEST_ARGS)

# The console's browser tests drive Debian's chromium through Playwright (never `playwright install`).
CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

chromium:
	@[ -x $(CHROMIUM) ] || { $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y chromium; }

install: $(APP_STAMP)

$(APP_STAMP): pyproject.toml
	@[ -n "$(PYTHON_APP)" ] || { echo "error: Aduan needs Python 3.11 or newer: install python3.11 (or newer) and retry" >&2; exit 1; }
	@[ -x $(VENV)/bin/python ] || $(PYTHON_APP) -m venv $(VENV)
	$(VENV)/bin/pip install $(PIP_QUIET) --upgrade pip
	$(VENV)/bin/pip install $(PIP_QUIET) -e '.[test,eval]'
	@rm -f $(VENV)/.installed-* && touch $@

rasa: $(RASA_STAMP)

$(RASA_STAMP): $(RASA_REQ)
	@[ -n "$(PYTHON_RASA)" ] || { echo "error: Rasa 3.6 needs Python 3.10: install python3.10 (e.g. 'pyenv install 3.10') and retry" >&2; exit 1; }
	@[ -x $(RASA_VENV)/bin/python ] || $(PYTHON_RASA) -m venv $(RASA_VENV)
	$(RASA_VENV)/bin/pip install $(PIP_QUIET) --upgrade pip wheel
	$(RASA_VENV)/bin/pip install $(PIP_QUIET) -r $(RASA_REQ)
	@rm -f $(RASA_VENV)/.installed-* && touch $@

model: install rasa
	$(ADUAN) nlu train --base

db: install
	$(ADUAN) db upgrade

chat: install rasa model
	$(ADUAN) chat

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: install
	$(VENV)/bin/mypy .

bench: install rasa model
	$(VENV)/bin/python bench/webhooks.py
	$(VENV)/bin/python bench/nlu.py

clean:
	rm -rf var/rasa-build reports .pytest_cache
