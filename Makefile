# KnotBreak: `make run` starts the app, `make test` runs the test suite.
# Both create .venv on first use; `make system-deps` installs the Debian libraries Qt needs.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PYSIDE := PySide6-Essentials>=6.9,<6.12

.PHONY: run test lint system-deps resources bench clean

$(BIN)/.installed: pyproject.toml setup.py resources.qrc README.md $(wildcard assets/*/*.svg assets/*/*.wav)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	# Build requirements first, so the editable build reuses them instead of fetching Qt twice.
	$(BIN)/python -m pip install -q "setuptools>=68" "$(PYSIDE)"
	$(BIN)/python -m pip install -q --no-build-isolation -e '.[test,sound]'
	touch $@

system-deps:
	bash packaging/install-system-deps.sh

resources: $(BIN)/.installed
	$(BIN)/pyside6-rcc -g python resources.qrc -o knotbreak/resources_rc.py

run: $(BIN)/.installed
	$(BIN)/knotbreak

test: $(BIN)/.installed lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(BIN)/.installed
	$(BIN)/ruff check
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build *.egg-info knotbreak/resources_rc.py .pytest_cache .hypothesis
