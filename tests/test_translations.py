"""The translation pipeline: the committed .ts and .qm files keep up with the sources, Qt's %n plurals read
as English, and run_app's translators (knotbreak/qt/translations.py) load what the language setting names."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from knotbreak.qt.formatting import LOCAL, Formatting
from knotbreak.qt.translations import install_translations

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("de", "es")
SOURCES = sorted((ROOT / "knotbreak" / "qt").glob("*.py"))

Message = tuple[str, str, str, bool]
"""context, source text, disambiguation, plural."""


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return found


def messages(ts: Path, *, finished_only: bool = False) -> set[Message]:
    """The live messages of a .ts file (not the ones lupdate marked vanished or obsolete)."""
    found = set()
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else ""
            if kind in ("vanished", "obsolete") or (finished_only and kind == "unfinished"):
                continue
            found.add((name, message.findtext("source") or "", message.findtext("comment") or "", message.get("numerus") == "yes"))
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[Message]:
    """What lupdate finds in the sources now."""
    ts = tmp_path_factory.mktemp("lupdate") / "knotbreak_xx.ts"
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "none", *map(str, SOURCES), "-ts", str(ts)], check=True)
    return messages(ts)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_committed_ts_files_hold_every_string_the_sources_mark(extracted: set[Message], language: str) -> None:
    missing = extracted - messages(TRANSLATIONS / f"knotbreak_{language}.ts")
    assert not missing, f"run `make translations`: knotbreak_{language}.ts lacks {sorted(missing)[:5]}"
    assert len(extracted) > 20, "lupdate found the marked strings"


def test_english_has_every_plural_and_its_forms(extracted: set[Message]) -> None:
    plurals = {message for message in extracted if message[3]}
    english = TRANSLATIONS / "knotbreak_en.ts"
    assert plurals and plurals <= messages(english, finished_only=True), "run `make translations` (and write any irregular plural)"
    assert {message for message in messages(english) if message[3]} >= plurals


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_the_committed_qm_files_are_compiled_from_the_ts_files(tmp_path: Path, language: str) -> None:
    qm = tmp_path / f"knotbreak_{language}.qm"
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(TRANSLATIONS / f"knotbreak_{language}.ts"), "-qm", str(qm)], check=True)
    assert qm.read_bytes() == (TRANSLATIONS / f"knotbreak_{language}.qm").read_bytes(), "run `make translations`"


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[list[QTranslator]]:
    translators: list[QTranslator] = []
    yield translators
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def test_plurals_read_as_english_through_qts_n(installed: list[QTranslator]) -> None:
    """tests/conftest.py installs English's plurals for every test with a QApplication, as run_app does."""
    installed += install_translations(QCoreApplication.instance(), "en")  # type: ignore[arg-type]
    assert [Path(translator.filePath()).name for translator in installed] == ["knotbreak_en.qm"], "and nothing of Qt's"
    assert installed[0].translate("Formatting", "%n minute(s)", "", 1) == "%n minute"
    assert Formatting.tr("%n minute(s)", "", 1) == "1 minute"
    assert Formatting.tr("%n minute(s)", "", 2) == "2 minutes"
    assert Formatting.tr("%n day(s) in a row", "", 1) == "1 day in a row"
    assert LOCAL.in_words(61) == "1 minute 1 second" and LOCAL.in_words(120) == "2 minutes"
    assert LOCAL.streak(1) == "1 day in a row" and LOCAL.streak(1234) == "1,234 days in a row"


def test_the_english_words_of_the_formatter_are_unchanged_without_a_translator() -> None:
    assert LOCAL.duration(45) == "45 s" and LOCAL.duration(3900) == "1 h 05 min" and LOCAL.total(0) == "0 min"
    assert LOCAL.about(270) == "About 4 min 30 s" and LOCAL.about(240) == "About 4 min" and LOCAL.about(9) == "About 9 s"
    assert LOCAL.in_words(1) == "1 second" and LOCAL.in_words(62) == "1 minute 2 seconds"
    assert LOCAL.hours(1.5) == "1.5 h" and LOCAL.minutes(12) == "12 min" and LOCAL.streak(0) == "No streak yet"


def test_a_language_loads_its_translation_and_qts_own(installed: list[QTranslator]) -> None:
    installed += install_translations(QCoreApplication.instance(), "de")  # type: ignore[arg-type]
    files = [Path(translator.filePath()).name for translator in installed]
    assert files == ["knotbreak_en.qm", "knotbreak_de.qm", "qtbase_de.qm"]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen", "Qt's standard buttons speak German"


def test_the_schemas_words_are_marked_for_translation() -> None:
    """knotbreak/qt/schema_strings.py is what tools/schema_strings.py writes from the schema now."""
    sys.path.insert(0, str(ROOT))
    try:
        from tools import schema_strings
    finally:
        sys.path.remove(str(ROOT))
    assert (ROOT / "knotbreak" / "qt" / "schema_strings.py").read_text(encoding="utf-8") == schema_strings.render(), (
        "run `make translations`"
    )
