# The dev loop. `make run` and `make test` are the two commands in the README; CI runs `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
PORT ?= 8501
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False

.PHONY: run test test-e2e system-deps lint format bench bench-quick load load-quick seed clean

$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

venv: $(STAMP)

seed: $(STAMP)
	$(PY) -m seed

run: seed
	$(PY) -m serve --server.port $(PORT) --server.address localhost

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: $(STAMP)
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

test: $(STAMP) lint
	$(PY) -m pytest

# Browser and database servers for the full suite (Debian/Ubuntu, as root): Chromium for the
# browser tests, PostgreSQL for the server-mode store tests, axe-core for accessibility checks.
system-deps:
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
		chromium fonts-dejavu-core fonts-noto-color-emoji postgresql postgresql-contrib nginx-light
	command -v npm >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm
	cd tests/e2e && npm ci --no-audit --no-fund

test-e2e: $(STAMP)
	$(PY) -m pytest -m e2e tests/e2e

bench: $(STAMP)
	$(PY) -m benchmarks

# Two app replicas on one PostgreSQL and one Chroma server, 30 simulated people (loopback only).
load: $(STAMP)
	$(PY) -m benchmarks.load

# The same with 6 people for 20 s: every step once (servers, seed, load, backup, restore). CI.
load-quick: $(STAMP)
	$(PY) -m benchmarks.load --quick

bench-quick: $(STAMP)
	$(PY) -m benchmarks --quick --output test-results/benchmarks-quick.md

clean:
	rm -rf $(VENV) .pytest_cache
