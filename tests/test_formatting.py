"""The one formatting module: English in the core, the locale's conventions in the windows."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from knotbreak.core.formatting import PLAIN
from knotbreak.qt.formatting import LOCAL, LocaleFormatter

PACKAGE = Path(__file__).resolve().parents[1] / "knotbreak"
LAST_OF_MARCH = date(2026, 3, 31)  # a Tuesday


@pytest.fixture
def locale_named() -> Iterator[object]:
    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(QLocale.c())


def spaced(text: str) -> str:
    """Qt writes '9:05\u202fAM' (a narrow no-break space, as CLDR does): compare it as a space."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def test_plain_is_the_apps_english() -> None:
    assert PLAIN.number(1234) == "1,234"
    assert PLAIN.number(5.2) == "5.2"
    assert PLAIN.number(0.5) == "0.5"
    assert PLAIN.number(3.0) == "3"
    assert PLAIN.count(1234.4) == "1,234"
    assert PLAIN.duration(3900) == "1 h 05 min"
    assert PLAIN.total(0) == "0 min"
    assert PLAIN.about(270) == "About 4 min 30 s"
    assert PLAIN.countdown(65) == "1:05"
    assert PLAIN.time_of_day(time(9, 5)) == "09:05"
    assert PLAIN.day_and_time(datetime(2026, 3, 31, 14, 30)) == "Tue 14:30"
    assert PLAIN.day_label(LAST_OF_MARCH) == "3/31"
    assert PLAIN.short_date(date(2026, 3, 5)) == "Thu 5 Mar"
    assert PLAIN.short_date(date(2026, 3, 5), padded=True) == "Thu 05 Mar"
    assert PLAIN.long_date(LAST_OF_MARCH) == "Tuesday, 31 March 2026"
    assert [PLAIN.weekday(i, "initials") for i in range(7)] == ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]


@pytest.mark.parametrize("count", [1, 2, 0, 1234])
def test_plurals_never_read_one_minutes(count: int) -> None:
    text = LOCAL.plural(count, "minute")
    assert text.endswith(" minute" if count == 1 else " minutes")
    assert PLAIN.in_words(61) == "1 minute 1 second"
    assert PLAIN.streak(1) == "1 day in a row"


def test_the_c_locale_reads_as_the_apps_english() -> None:
    """The suite runs in C (conftest); there LOCAL must say exactly what PLAIN says."""
    moment = datetime(2026, 3, 31, 14, 30)
    for method, value in (
        ("number", 1234.0), ("number", 5.2), ("count", 12345), ("duration", 3900), ("day_label", LAST_OF_MARCH),
        ("short_date", LAST_OF_MARCH), ("long_date", LAST_OF_MARCH), ("time_of_day", moment), ("day_and_time", moment),
    ):  # fmt: skip
        assert getattr(LOCAL, method)(value) == getattr(PLAIN, method)(value), method


def test_german(locale_named) -> None:  # type: ignore[no-untyped-def]
    locale_named("de_DE")
    assert LOCAL.day_label(LAST_OF_MARCH) == "31.03."
    assert LOCAL.number(1234) == "1.234"
    assert LOCAL.count(1234) == "1.234"
    assert LOCAL.number(5.2) == "5,2"
    assert LOCAL.hours(1.5) == "1,5 h"
    assert LOCAL.time_of_day(time(14, 30)) == "14:30"
    assert LOCAL.time_of_day(time(9, 5)) == "09:05"
    assert LOCAL.weekday(LAST_OF_MARCH, "long") == "Dienstag"
    assert LOCAL.weekday(LAST_OF_MARCH, "initials") == "Di"
    assert LOCAL.short_date(LAST_OF_MARCH) == "Di. 31. März"
    assert LOCAL.long_date(LAST_OF_MARCH) == "Dienstag, 31. März 2026"
    assert LOCAL.plural(1234, "event") == "1.234 events"


def test_american(locale_named) -> None:  # type: ignore[no-untyped-def]
    locale_named("en_US")
    assert LOCAL.day_label(LAST_OF_MARCH) == "3/31"
    assert spaced(LOCAL.time_of_day(time(9, 5))) == "9:05 AM"
    assert spaced(LOCAL.time_of_day(time(14, 30))) == "2:30 PM"
    assert spaced(LOCAL.day_and_time(datetime(2026, 3, 31, 14, 30))) == "Tue 2:30 PM"
    assert LOCAL.short_date(LAST_OF_MARCH) == "Tue Mar 31"
    assert LOCAL.number(1234) == "1,234"
    assert LOCAL.number(5.2) == "5.2"
    assert [LOCAL.weekday(i, "initials") for i in range(7)] == ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
    assert LOCAL.duration(3900) == "1 h 05 min"


def test_british(locale_named) -> None:  # type: ignore[no-untyped-def]
    locale_named("en_GB")
    assert LOCAL.day_label(LAST_OF_MARCH) == "31/03"
    assert LOCAL.time_of_day(time(14, 30)) == "14:30"
    assert LOCAL.short_date(LAST_OF_MARCH) == "Tue 31 Mar"  # as the app always wrote it
    assert LOCAL.long_date(LAST_OF_MARCH) == "Tuesday, 31 March 2026"


def test_spanish(locale_named) -> None:  # type: ignore[no-untyped-def]
    locale_named("es_ES")
    assert LOCAL.day_label(LAST_OF_MARCH) == "31/3"
    assert LOCAL.time_of_day(time(9, 5)) == "9:05"
    assert LOCAL.time_of_day(time(14, 30)) == "14:30"
    assert LOCAL.number(12345) == "12.345"  # Spanish groups from five digits on
    assert LOCAL.number(0.5) == "0,5"
    assert LOCAL.weekday(LAST_OF_MARCH, "long") == "martes"
    assert LOCAL.long_date(LAST_OF_MARCH) == "martes, 31 de marzo de 2026"


def test_year_first_locales_keep_month_before_day() -> None:
    assert LocaleFormatter(QLocale("sv_SE")).day_label(LAST_OF_MARCH) == "03-31"


def test_a_fixed_locale_ignores_the_default(locale_named) -> None:  # type: ignore[no-untyped-def]
    locale_named("de_DE")
    assert LocaleFormatter(QLocale("en_US")).number(1234.0) == "1,234"


def test_the_windows_follow_the_locale(locale_named) -> None:  # type: ignore[no-untyped-def]
    from knotbreak.qt.stats_window import day_labels

    locale_named("de_DE")
    month = [date(2026, 3, day) for day in range(2, 32)]
    assert [label for label in day_labels(month) if label][-1] == "31.03."
    assert day_labels(month[-7:])[0] == "Mi"


OLD_FORMATTERS = {
    "qt/stats_window.py": {
        "format_duration", "format_hours", "format_minutes_value", "format_count", "plural", "format_streak",
        "WEEKDAYS", "WEEKDAY_NAMES", "WEEKDAY_FULL_NAMES", "MONTHS", "day_tip",
    },
    "qt/stretch.py": {"format_clock", "time_in_words", "whole_seconds"},
    "qt/routine_editor.py": {"format_total"},
    "qt/charts.py": {"format_number"},
    "qt/preference_editors.py": {"WEEKDAY_NAMES"},
}  # fmt: skip


@pytest.mark.parametrize("module", sorted(OLD_FORMATTERS))
def test_no_formatter_is_defined_twice(module: str) -> None:
    tree = ast.parse((PACKAGE / module).read_text(encoding="utf-8"))
    defined = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
    defined |= {t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets if isinstance(t, ast.Name)}
    assert not defined & OLD_FORMATTERS[module]


@pytest.mark.parametrize("module", ["qt/stats_window.py", "core/describe.py", "cli.py", "qt/charts.py"])
def test_no_hand_made_number_or_date_formats(module: str) -> None:
    text = (PACKAGE / module).read_text(encoding="utf-8")
    assert ":,}" not in text and ":,.0f}" not in text
    assert "strftime(" not in text
