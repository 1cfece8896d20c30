# Every target installs what it needs into .venv first, so a fresh clone needs only Python 3.11.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
UPSTREAM ?= ../shared/reference/calcom-openapi-v2.json

.PHONY: install services generate check-generated drift lint typecheck pytest pytest-on test demo bench bench-quick bench-multi clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev,testing,cli,redis]"
	touch $(STAMP)

generate: install
	$(BIN)/python scripts/generate.py

check-generated: install
	$(BIN)/python scripts/generate.py --check

drift: install
	@if [ -f "$(UPSTREAM)" ]; then \
		$(BIN)/python scripts/spec_drift.py "$(UPSTREAM)"; \
	else \
		echo "notice: $(UPSTREAM) not found; spec drift check skipped"; \
	fi

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

# What the tests need besides Python: a redis-server binary (each test session starts its own on a
# free 127.0.0.1 port and stops it; see tests/_redis.py).
services:
	scripts/ensure-redis.sh

pytest: install services
	$(BIN)/python -m pytest -q

test: lint typecheck check-generated drift pytest

# The suite on another interpreter, in its own .venv-<version>:
#   make pytest-on PY=~/.pyenv/versions/3.10.13/bin/python
# (On 3.10 the dev extra leaves out the generator and schemathesis, which need 3.11.)
pytest-on:
	@test -n "$(PY)" || { echo "usage: make pytest-on PY=/path/to/python3.X"; exit 2; }
	set -e; v=$$($(PY) -c 'import sys; print("%d.%d" % sys.version_info[:2])'); env=.venv-$$v; \
	test -x $$env/bin/python || $(PY) -m venv $$env; \
	$$env/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip; \
	$$env/bin/python -m pip install --quiet --disable-pip-version-check -e ".[dev,testing,cli,redis]"; \
	$$env/bin/python -m pytest -q

demo: install
	$(BIN)/python scripts/demo.py

# Per-call suite against raw httpx (a Markdown table, ~5 min), then bulk booking under the
# throttler. `make bench-quick` is the per-call suite in ~2 min (fewer rounds, 2,000 bookings).
bench: install
	$(BIN)/python scripts/bench_calls.py
	$(BIN)/python scripts/bench.py

bench-quick: install
	$(BIN)/python scripts/bench_calls.py --quick

# Four processes on one key: pacing alone, a shared Redis budget, one shared import, kill -9.
bench-multi: install services
	$(BIN)/python scripts/bench_multi.py

clean:
	rm -rf $(VENV) .venv-* .pytest_cache .mypy_cache .ruff_cache
