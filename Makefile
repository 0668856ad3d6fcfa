# The two set-up commands of the README. Both create or update .venv at the repository root.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint venv venv-dev bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

venv: $(BIN)/python
	$(BIN)/pip install --quiet .

venv-dev: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"

# Install diurna and code the bundled example articles.
demo: venv
	mkdir -p out
	$(BIN)/diurna code examples/ -o out/examples.jsonl --table

lint: venv-dev
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy src
	$(BIN)/lint-imports

# Install diurna with the dev extras and run every gate: lint, types, import contracts, tests
# (unit, end-to-end with the real model, and the gold ratchet in tests/gold/).
test: lint
	$(BIN)/python -m pytest -q

bench: venv-dev
	$(BIN)/python benchmarks/throughput.py
