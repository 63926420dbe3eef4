"""The translation pipeline: the committed .ts and .qm files keep up with the sources, Qt's %n plurals read
as English, and run_app's translators (knotbreak/qt/translations.py) load what the language setting names."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from knotbreak.core import i18n
from knotbreak.qt.formatting import LOCAL, Formatting
from knotbreak.qt.translations import install_translations

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("de", "es")
PACKAGE = ROOT / "knotbreak"
SOURCES = sorted([*(PACKAGE / "qt").glob("*.py"), *(PACKAGE / "core").glob("*.py"), *(PACKAGE / "autostart").glob("*.py"), PACKAGE / "cli.py"])
"""What `make translations` reads (TRANSLATION_SOURCES in the Makefile)."""

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
    """The translators a test installs with install_translations(); removed after it, the core's hook too."""
    translators: list[QTranslator] = []
    yield translators
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    i18n.uninstall()


def test_plurals_read_as_english_through_qts_n(installed: list[QTranslator]) -> None:
    """tests/conftest.py installs English's plurals for every test with a QApplication, as run_app does."""
    installed += install_translations(QCoreApplication.instance(), "en").translators  # type: ignore[arg-type]
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
    installed += install_translations(QCoreApplication.instance(), "de").translators  # type: ignore[arg-type]
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


def check_translations():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT))
    try:
        from tools import check_translations
    finally:
        sys.path.remove(str(ROOT))
    return check_translations


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_is_complete(language: str) -> None:
    """Every message translated with its placeholders and accelerator, every exercise and routine, the help up to date."""
    report = check_translations().check(language)
    assert report.complete, f"{language} is not complete (tools/check_translations.py {language}):\n" + "\n".join(report.problems)


def test_the_languages_checked_are_the_ones_the_setting_offers() -> None:
    assert tuple(check_translations().translatable_languages()) == LANGUAGES


def test_the_catalogue_check_finds_what_a_translator_can_get_wrong(tmp_path: Path) -> None:
    ts = tmp_path / "knotbreak_xx.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="xx">
<context><name>C</name>
<message><source>Open</source><translation type="unfinished"></translation></message>
<message><source>Paused until %1</source><translation>Pausiert</translation></message>
<message><source>&amp;Snooze</source><translation>Später</translation></message>
<message numerus="yes"><source>%n minute(s)</source>
<translation><numerusform>%n Minute</numerusform><numerusform></numerusform></translation></message>
<message><source>Gone</source><translation type="vanished">Weg</translation></message>
<message><source>Fine %1</source><translation>Gut %1</translation></message>
<message numerus="yes"><source>%n day(s)</source>
<translation><numerusform>ein Tag</numerusform><numerusform>%n Tage</numerusform></translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    problems = check_translations().check_catalogue("xx", ts)
    assert [problem.split(": ", 2)[2] for problem in problems] == [
        "unfinished",
        "placeholders [], the source has ['%1']",
        "the accelerator (&) of the source is lost or doubled",
        "plural forms left empty",
        "no longer in the code; `make translations` drops it",
    ]


def test_a_help_translated_from_an_older_english_is_named(tmp_path: Path) -> None:
    tools = check_translations()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    translated = (TRANSLATIONS / "help" / "help_de.md").read_text(encoding="utf-8")
    assert tools.check_help("de", readme, translated) == []
    changed = readme.replace("## Using it\n", "## Using it\n\nA new paragraph.\n", 1)
    assert "older English help" in tools.check_help("de", changed, translated)[0]
    unstamped = translated.split("\n", 1)[1]
    assert "no stamp" in tools.check_help("de", readme, unstamped)[0]
    one_section_less = translated[: translated.rindex("\n## ")]
    assert "headings of levels" in tools.check_help("de", readme, one_section_less)[-1]


# A widget's text written as a bare literal is never translated: this finds the calls that take one.
_BARE_WIDGET_TEXT = re.compile(
    r"(?:QPushButton|QLabel|QCheckBox|QRadioButton|QGroupBox|QAction|QMenu|setText|setToolTip|setWindowTitle|setAccessibleName|"
    r"setAccessibleDescription|addAction|setPlaceholderText|setTitle|addTab|showMessage|addItem|setStatusTip|setWhatsThis)"
    r"\((?:self, )?f?[\"'](?!KnotBreak[\"'])[&A-Za-z]"
)


def test_no_window_text_is_a_bare_literal() -> None:
    bare = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted((PACKAGE / "qt").glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if _BARE_WIDGET_TEXT.search(line)
    ]
    assert bare == [], "wrap these in self.tr() or translate():\n" + "\n".join(bare)


def test_resources_qrc_lists_every_catalogue_and_help() -> None:
    """tools/translation_resources.py (run by `make translations`) has nothing to add or drop."""
    sys.path.insert(0, str(ROOT))
    try:
        from tools import translation_resources
    finally:
        sys.path.remove(str(ROOT))
    text = (ROOT / "resources.qrc").read_text(encoding="utf-8")
    assert translation_resources.render(text) == text, "run `make translations`"


def test_a_new_languages_exercises_file_lists_every_text_blank_to_fill_in() -> None:
    """`make new-language CODE=xx` writes it: the check names every blank, and until filled the app shows English."""
    import tomllib

    from knotbreak.core.content_translations import check, english_texts
    from knotbreak.core.exercises import load_builtin_library

    english = load_builtin_library("en")
    skeleton = tomllib.loads(check_translations().content_skeleton("xx"))
    report = check("xx", english, skeleton)
    texts = sum(len(fields) for items in english_texts(english).values() for fields in items.values())
    assert report.missing == [] and len(report.problems) == texts
    assert all(problem.endswith(("must be a non-empty string", "must be a list of sentences")) for problem in report.problems)
    first = skeleton["exercise"]["upper-back-stretch"]
    assert len(first["steps"]) == len(english.exercises["upper-back-stretch"].steps)
