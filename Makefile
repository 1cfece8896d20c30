# Every target installs what it needs into .venv first, so a fresh clone needs only Python 3.11.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
UPSTREAM ?= ../shared/reference/calcom-openapi-v2.json

.PHONY: install services generate check-generated drift lint typecheck pytest test demo bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev,testing,cli]"
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

demo: install
	$(BIN)/python scripts/demo.py

bench: install
	$(BIN)/python scripts/bench.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
