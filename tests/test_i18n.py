"""The app in another language: the core's words, the exercises, the spoken cues, the Help and the
command line follow the installed language, and the pseudo-language shows what is not translated."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QPushButton

from knotbreak.core import i18n
from knotbreak.core.breakloop import State, Status
from knotbreak.core.content_translations import check, parse_overlay, read_overlay, translate_library
from knotbreak.core.describe import describe, notes
from knotbreak.core.exercises import load_builtin_library, load_user_routines
from knotbreak.core.routine_runner import expand, spoken_cue
from knotbreak.qt.cues import speak_in
from knotbreak.qt.formatting import LOCAL
from knotbreak.qt.help_window import HelpWindow
from knotbreak.qt.i18n import mid_sentence
from knotbreak.qt.translations import Translations, install_translations

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Any]:
    """speak("de") installs a language as run_app does; it is removed after the test."""
    installed: list[Translations] = []

    def install(language: str) -> Translations:
        translations = install_translations(qapp, language)
        installed.append(translations)
        return translations

    yield install
    for translations in reversed(installed):
        translations.remove()


def status(state: State, sitting_seconds: float = 0, seconds_to_break: float | None = None) -> Status:
    return Status(state, sitting_seconds, seconds_to_break, None, None, 0, None, 3000)


# -- the core's words -----------------------------------------------------------------------------


def test_without_a_translator_the_core_speaks_the_english_of_the_source() -> None:
    assert i18n.language() == "en"
    assert i18n.translate("Status", "On a break") == "On a break"
    assert i18n.translate("X", "%n minute(s)", 1) == "1 minute" and i18n.translate("X", "%n minute(s)", 3) == "3 minutes"


def test_an_installed_translator_answers_until_it_is_removed() -> None:
    i18n.install(lambda context, source, n: f"<{context}:{source}>", "xx")
    try:
        assert i18n.translate("Status", "On a break") == "<Status:On a break>" and i18n.language() == "xx"
    finally:
        i18n.uninstall()
    assert i18n.translate("Status", "On a break") == "On a break" and i18n.language() == "en"


def test_the_status_line_reads_in_german(speak: Any) -> None:
    speak("de")
    working = status(State.WORKING, sitting_seconds=1500, seconds_to_break=600)
    assert describe(working, LOCAL) == "Nächste Pause in 10 min · Sitzzeit 25 min"
    assert describe(status(State.PAUSED), LOCAL) == "Pausiert, bis Sie fortsetzen"
    assert notes({"idle_source": "mutter", "deferred_reason": "meeting"})[0].startswith("Der Besprechungsmodus ist an")


def test_a_language_chosen_against_the_system_brings_its_dates_and_numbers(speak: Any) -> None:
    assert QLocale().language() == QLocale.Language.C  # tests/conftest.py
    speak("es")
    assert QLocale().language() == QLocale.Language.Spanish
    assert LOCAL.number(5.5) == "5,5" and LOCAL.time_of_day(datetime(2026, 11, 29, 15, 5)) == "15:05"


def test_spoken_cues_are_german_with_numbers_the_voice_reads(speak: Any) -> None:
    english = load_builtin_library("en").routines["desk-reset"]
    segments = expand(english)
    assert spoken_cue(None, segments[0]) == "Upper back stretch. Hold"
    assert spoken_cue(segments[0], segments[1]) == "Rest five seconds"
    speak("de")
    german = expand(load_builtin_library().routines["desk-reset"])
    cues = [spoken_cue(previous, current) for previous, current in zip([None, *german], german, strict=False)]
    assert cues[0] == "Dehnung des oberen Rückens. Halten"
    assert all(not re.search(r"\b(five|ten|twenty|seconds|reps)\b", cue) for cue in cues), cues
    assert any(re.search(r"\d", cue) for cue in cues), "numbers stay digits, which the German voice reads"


# -- the exercises ---------------------------------------------------------------------------------


def test_the_built_in_exercises_and_routines_follow_the_language() -> None:
    german = load_builtin_library("de")
    assert german.routines["desk-reset"].name == "Neustart am Schreibtisch"
    assert german.routines["desk-reset"].items[0].exercise is german.exercises["upper-back-stretch"]
    spanish = load_builtin_library("es")
    assert spanish.exercises["cat-camel"].name == "Gato-camello"
    english = load_builtin_library("en")
    for language in ("de", "es"):
        translated = load_builtin_library(language)
        for exercise_id, exercise in english.exercises.items():
            assert len(translated.exercises[exercise_id].steps) == len(exercise.steps)
            assert translated.exercises[exercise_id].dose == exercise.dose


def test_the_persons_own_routine_keeps_its_words_and_gets_translated_exercises(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text('[[routine]]\nid = "lunch"\nname = "Lunch unknot"\nitems = [{ exercise = "cat-camel" }]\n')
    german = load_builtin_library("de")
    custom, errors = load_user_routines(tmp_path, german.exercises, set(german.routines))
    assert errors == [] and custom["lunch"].name == "Lunch unknot" and custom["lunch"].items[0].exercise.name == "Katze-Kuh"


def test_the_content_check_names_what_does_not_fit_and_what_is_missing() -> None:
    english = load_builtin_library("en")
    overlay = {
        "exercise": {
            "upper-back-stretch": {"name": "Oberer Rücken", "steps": ["Nur einer."], "summary": "Hält 99 Sekunden."},
            "no-such-exercise": {"name": "?"},
            "chest-stretch": {"name": "Brust", "colour": "rot"},
        },
        "routine": {"desk-reset": {"name": "Schreibtisch"}},
        "notes": {},
    }
    report = check("xx", english, overlay)
    assert "[notes]: unknown table; use [exercise.<id>] or [routine.<id>]" in report.problems
    assert "[exercise.no-such-exercise]: no built-in exercise has this id" in report.problems
    assert any(problem.startswith("[exercise.upper-back-stretch] steps: has 1 steps; the English has 5") for problem in report.problems)
    assert any(problem.startswith("[exercise.upper-back-stretch] summary: has the numbers") for problem in report.problems)
    assert any(problem.startswith("[exercise.chest-stretch] colour: unknown field") for problem in report.problems)
    assert "exercise.upper-back-stretch.caution" in report.missing and "routine.desk-reset.description" in report.missing
    # What fits is used, what does not stays English: never a step list that disagrees with the timer.
    library = _translated_with(english, overlay)
    assert library.exercises["upper-back-stretch"].name == "Oberer Rücken"
    assert library.exercises["upper-back-stretch"].steps == english.exercises["upper-back-stretch"].steps
    assert library.exercises["upper-back-stretch"].summary == english.exercises["upper-back-stretch"].summary
    assert library.routines["desk-reset"].name == "Schreibtisch"


def _translated_with(english: Any, overlay: dict[str, Any]) -> Any:
    read_overlay.cache_clear()
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("knotbreak.core.content_translations.read_overlay", lambda language: overlay)
            return translate_library(english, "xx")
    finally:
        read_overlay.cache_clear()


@pytest.mark.parametrize(
    "text",
    ["a = " + "[" * 2000 + "]" * 2000, "a = 1" + "0" * 5000, "[exercise\nname = ", "x." * 200 + "y = 1"],
    ids=["nested", "long-number", "broken", "long-key"],
)
def test_an_overlay_that_cannot_be_read_safely_leaves_the_exercises_english(text: str, caplog: pytest.LogCaptureFixture) -> None:
    assert parse_overlay(text, "xx") is None
    assert "content/xx.toml" in caplog.text and "the exercises stay English" in caplog.text


def test_an_overlay_of_odd_types_is_named_and_never_breaks_the_exercises() -> None:
    english = load_builtin_library("en")
    overlay: dict[str, Any] = {
        "exercise": {"upper-back-stretch": 7, "chest-stretch": {"name": 3, "steps": "one string", "caution": ["a list"]}},
        "routine": [1, 2],
    }
    report = check("xx", english, overlay)
    assert "[exercise] upper-back-stretch: must be a table, [exercise.upper-back-stretch], with its texts" in report.problems
    assert "[routine]: must hold one table per routine id" in report.problems
    assert "[exercise.chest-stretch] name: must be a non-empty string" in report.problems
    assert "[exercise.chest-stretch] steps: must be a list of sentences" in report.problems
    library = _translated_with(english, overlay)
    assert library.exercises == english.exercises and library.routines == english.routines


@pytest.mark.parametrize("language", ("de", "es"))
def test_the_shipped_overlays_are_complete(language: str) -> None:
    report = check(language, load_builtin_library("en"), read_overlay(language))
    assert report.complete, report.problems + report.missing


# -- the pseudo-language --------------------------------------------------------------------------


def test_the_pseudo_language_lengthens_and_brackets_but_keeps_what_the_code_fills_in() -> None:
    text = i18n.pseudo("&Snooze %1 minutes <b>now</b> &amp; %n")
    assert text.startswith("[") and text.endswith("]")
    assert "&S" in text and "%1" in text and "%n" in text and "<b>" in text and "&amp;" in text
    assert len(i18n.pseudo("Preferences")) >= 1.35 * len("Preferences")


@given(st.lists(st.sampled_from([*"abc XYZ&%<>;{}1n", "%1", "%2", "%n", "&amp;", "<i>"]), max_size=30).map("".join))
def test_the_pseudo_language_never_breaks_a_placeholder(text: str) -> None:
    pseudo = i18n.pseudo(text)
    for pattern in (r"%\d", r"%n"):
        assert re.findall(pattern, pseudo) == re.findall(pattern, text) or not text


def test_the_pseudo_language_reaches_the_windows_qts_own_buttons_and_the_exercises(speak: Any) -> None:
    assert speak("pseudo").language == "pseudo"
    button = QPushButton(QCoreApplication.translate("HelpWindow", "&Close"))
    assert button.text().startswith("[") and "&C" in button.text()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel").startswith("[")
    assert load_builtin_library().routines["desk-reset"].name.startswith("[")
    assert describe(status(State.ON_BREAK)).startswith("[")


# -- voices, names inside sentences, the Help -----------------------------------------------------


class VoicedEngine:
    def __init__(self, current: str, available: list[str]) -> None:
        self.current = QLocale(current)
        self.available = [QLocale(name) for name in available]

    def availableLocales(self) -> list[QLocale]:  # noqa: N802 - Qt's name
        return self.available

    def locale(self) -> QLocale:
        return self.current

    def setLocale(self, locale: QLocale) -> None:  # noqa: N802 - Qt's name
        self.current = locale


def test_the_cues_get_a_voice_for_the_apps_language() -> None:
    engine = VoicedEngine("en_US", ["en_US", "de_DE", "es_ES", "es_MX"])
    assert speak_in(engine, "de") and engine.current.name() == "de_DE"
    assert speak_in(engine, "es") and engine.current.language() == QLocale.Language.Spanish
    assert speak_in(engine, "pseudo") and engine.current.name() == "en_US", "the pseudo-language is read in English"
    mute = VoicedEngine("en_US", ["en_US"])
    assert not speak_in(mute, "de") and mute.current.name() == "en_US", "no German voice: the default one reads"
    assert not speak_in(object(), "de"), "an engine without locales"


def test_a_name_inside_a_sentence_keeps_its_capital_only_in_german(speak: Any) -> None:
    assert mid_sentence("Sitting") == "sitting"
    speak("de")
    assert mid_sentence("Sitzzeit") == "Sitzzeit"


@pytest.mark.parametrize(("language", "title", "contents"), [("de", "Bedienung", "Inhalt"), ("es", "Uso", "Contenido")])
def test_the_help_reads_in_the_language(qtbot, speak: Any, language: str, title: str, contents: str) -> None:  # type: ignore[no-untyped-def]
    speak(language)
    window = HelpWindow(open_url=lambda url: None)
    qtbot.addWidget(window)
    text = window.browser.toPlainText()
    assert title in text and contents in text and "Using it" not in text
    assert window.close_button.text() != "&Close"


# -- the command line -----------------------------------------------------------------------------


def knotbreak(*arguments: str, language: str, home: Path) -> subprocess.CompletedProcess[str]:
    environment = {
        **{key: value for key, value in os.environ.items() if not key.startswith(("LC_", "XDG_")) and key not in ("LANG", "LANGUAGE")},
        "HOME": str(home),
        "LANG": language,
        "XDG_RUNTIME_DIR": str(home / "run"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    (home / "run").mkdir(exist_ok=True, mode=0o700)
    return subprocess.run([sys.executable, "-m", "knotbreak", *arguments], capture_output=True, text=True, env=environment, timeout=60)


def test_the_command_line_speaks_the_systems_language(tmp_path: Path) -> None:
    german = knotbreak("status", language="de_DE.UTF-8", home=tmp_path)
    assert german.returncode == 1 and german.stderr.strip() == "KnotBreak läuft nicht. Starten Sie es mit: knotbreak"
    spanish = knotbreak("stats", "--days", "2", language="es_ES.UTF-8", home=tmp_path)
    assert spanish.returncode == 0 and spanish.stdout.startswith("Hoy: tiempo sentado 0 s"), spanish.stdout
    assert "aún no hay historial" in spanish.stderr
    usage = knotbreak("--help", language="de_DE.UTF-8", home=tmp_path)
    assert "zählt, wie lange Sie sitzen" in usage.stdout and "usage:" not in usage.stdout
    english = knotbreak("status", language="C.UTF-8", home=tmp_path)
    assert english.stderr.strip() == "KnotBreak is not running. Start it with: knotbreak"


def test_the_language_setting_wins_over_the_system(tmp_path: Path) -> None:
    settings = tmp_path / ".config" / "knotbreak" / "settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text('language = "es"\n', encoding="utf-8")
    result = knotbreak("snooze", "0", language="de_DE.UTF-8", home=tmp_path)
    assert result.returncode == 2 and "la duración debe ser mayor que cero" in result.stderr.lower(), result.stderr


def test_fill_leaves_a_placeholder_it_has_no_value_for() -> None:
    """A translation with a stray %3 must not break the sentence it fills."""
    assert i18n.fill("%1 and %3, %2%", "one", "two") == "one and %3, two%"


def test_the_command_lines_numbers_follow_the_locale(tmp_path: Path) -> None:
    german = knotbreak("routines", language="de_DE.UTF-8", home=tmp_path)
    assert re.search(r"^desk-reset +Neustart am Schreibtisch +\d+,\d min$", german.stdout, re.M), german.stdout
    english = knotbreak("routines", language="C.UTF-8", home=tmp_path)
    assert re.search(r"^desk-reset +Desk reset +\d+\.\d min$", english.stdout, re.M), english.stdout
