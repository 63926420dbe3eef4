# KnotBreak: `make run` starts the app, `make test` runs the test suite.
# Both create .venv on first use; `make system-deps` installs the Debian libraries Qt needs.
# Packaging: `make dist` (sdist and wheel in dist/), `make bundle` (the stand-alone Linux
# bundle), `make icons` and `make screenshots` (regenerate the committed icons and AppStream screenshots).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PYSIDE := PySide6-Essentials>=6.9,<6.12
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"$$/\1/p' knotbreak/__init__.py)

.PHONY: run test lint system-deps resources translations check-translations new-language bench dist bundle icons screenshots clean

$(BIN)/.installed: pyproject.toml setup.py resources.qrc README.md $(wildcard assets/*/*.svg assets/*/*.wav translations/*.qm)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	# Build requirements first, so the editable build reuses them instead of fetching Qt twice.
	$(BIN)/python -m pip install -q "setuptools>=77" "$(PYSIDE)"
	$(BIN)/python -m pip install -q --no-build-isolation -e '.[test,sound,bundle]'
	touch $@

system-deps:
	bash packaging/install-system-deps.sh

resources: $(BIN)/.installed
	$(BIN)/pyside6-rcc -g python resources.qrc -o knotbreak/resources_rc.py

# The translations: lupdate gathers every tr()/translate() string of the windows into the .ts files
# (keeping what translators wrote), lrelease compiles them into the .qm files resources.qrc lists.
# Both are committed, so a clean clone, the sdist and the wheel build without Qt's Linguist tools;
# tests/test_translations.py fails when they lag behind the sources. Then the resources are compiled again.
# English's .ts holds only the plural forms ("%n minute(s)": "1 minute", "2 minutes"), which Qt needs
# even in the language of the source.
# Every language with a catalogue (translations/knotbreak_<lang>.ts) apart from the source's English.
LANGUAGES := $(filter-out en,$(patsubst translations/knotbreak_%.ts,%,$(wildcard translations/knotbreak_*.ts)))
# The core and the command line mark their words too (knotbreak/core/i18n.py), in the same catalogue.
TRANSLATION_SOURCES := $(wildcard knotbreak/qt/*.py knotbreak/core/*.py knotbreak/autostart/*.py) knotbreak/cli.py
translations: $(BIN)/.installed
	$(BIN)/python tools/schema_strings.py
	$(BIN)/pyside6-lupdate -locations relative -no-obsolete $(TRANSLATION_SOURCES) -ts $(foreach lang,$(LANGUAGES),translations/knotbreak_$(lang).ts)
	$(BIN)/pyside6-lupdate -locations relative -pluralonly $(TRANSLATION_SOURCES) -ts translations/knotbreak_en.ts
	$(BIN)/python tools/english_plurals.py translations/knotbreak_en.ts
	for lang in en $(LANGUAGES); do $(BIN)/pyside6-lrelease -silent translations/knotbreak_$$lang.ts -qm translations/knotbreak_$$lang.qm || exit 1; done
	$(BIN)/python tools/translation_resources.py
	$(BIN)/pyside6-rcc -g python resources.qrc -o knotbreak/resources_rc.py

# A new language: make new-language CODE=it writes its catalogue, an exercises file and a help to translate (see Translating).
new-language: $(BIN)/.installed
	@test -n "$(CODE)" || { echo "say which language: make new-language CODE=it" >&2; exit 2; }
	@test ! -e translations/knotbreak_$(CODE).ts || { echo "translations/knotbreak_$(CODE).ts exists already" >&2; exit 2; }
	$(BIN)/pyside6-lupdate -locations relative -no-obsolete -target-language $(CODE) $(TRANSLATION_SOURCES) -ts translations/knotbreak_$(CODE).ts
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/check_translations.py --start $(CODE)
	$(MAKE) translations

# Is every language complete: its catalogue, its exercises, its help? (tests/test_translations.py asks the same.)
check-translations: $(BIN)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/check_translations.py

run: $(BIN)/.installed
	$(BIN)/knotbreak

test: $(BIN)/.installed lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(BIN)/.installed
	$(BIN)/ruff check
	$(BIN)/mypy

# The sdist, then the wheel built from it (so the sdist is known to be complete), with the
# build requirements of the venv; then twine's check of what PyPI would show. dist/ is shared
# with `make bundle` (its knotbreak/ folder and tarball), so only these two files are replaced.
SDIST := dist/knotbreak-$(VERSION).tar.gz
WHEEL := dist/knotbreak-$(VERSION)-py3-none-any.whl
dist: $(BIN)/.installed
	rm -f $(SDIST) $(WHEEL)
	$(BIN)/python -m build --no-isolation --outdir dist .
	$(BIN)/python -m twine check --strict $(SDIST) $(WHEEL)

bundle: $(BIN)/.installed
	bash packaging/build-bundle.sh

icons: $(BIN)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/make_icons.py

screenshots: $(BIN)/.installed
	$(BIN)/python tools/app_screenshots.py

clean:
	rm -rf $(VENV) build dist *.egg-info knotbreak/resources_rc.py .pytest_cache .hypothesis
