# Two commands for a fresh machine: `make practice` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: practice test bot web lint bench train clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

practice: $(STAMP)
	$(BIN)/rollwith practice $(ARGS)

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

bot: $(STAMP)
	$(BIN)/rollwith bot

web: $(STAMP)
	$(BIN)/rollwith web

# refit the coder's models from the tuning files (scikit-learn comes with the dev extra)
train: $(STAMP)
	$(BIN)/python -m scoring.train

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build *.egg-info
