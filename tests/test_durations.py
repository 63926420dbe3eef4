from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from knotbreak.core.durations import DurationError, parse_duration, tomorrow_morning
from knotbreak.core.formatting import PLAIN


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("30m", 1800), ("2h", 7200), ("1h30m", 5400), ("90", 5400), ("45s", 45), (" 10 min ", 600), ("1.5h", 5400)],
)
def test_parse_duration(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "-5m", "0", "3x", "8d", "200h"])
def test_bad_durations_say_what_is_wrong(text: str) -> None:
    with pytest.raises(DurationError, match=repr(text).replace("(", r"\(").replace(")", r"\)")):
        parse_duration(text)


def test_tomorrow_morning_is_six_on_the_next_day_across_daylight_saving() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    # Clocks go forward in the night of 28 to 29 March 2026.
    resume = tomorrow_morning(datetime(2026, 3, 28, 17, 40, tzinfo=berlin))
    assert (resume.replace(tzinfo=None), resume.utcoffset()) == (datetime(2026, 3, 29, 6, 0), timedelta(hours=2))


def test_tomorrow_morning_from_a_fixed_offset_uses_the_system_zone() -> None:
    now = datetime(2026, 7, 1, 17, 0).astimezone()  # a fixed hour: the test must not depend on when it runs
    resume = tomorrow_morning(now)
    assert resume.hour == 6 and resume.date() == datetime(2026, 7, 2).date()


@pytest.mark.parametrize(("hour", "minute", "day"), [(0, 30, 2), (5, 59, 2), (6, 0, 3), (23, 59, 3)])
def test_tomorrow_after_midnight_is_the_coming_morning(hour: int, minute: int, day: int) -> None:
    """At 00:30, "until tomorrow" is this coming 06:00, not a pause of 29.5 hours."""
    berlin = ZoneInfo("Europe/Berlin")
    resume = tomorrow_morning(datetime(2026, 3, 2, hour, minute, tzinfo=berlin))
    assert resume == datetime(2026, 3, day, 6, 0, tzinfo=berlin)


@pytest.mark.parametrize(("seconds", "text"), [(0, "0 s"), (59.4, "59 s"), (60, "1 min"), (3599, "59 min"), (3900, "1 h 05 min")])
def test_durations_read_as_people_say_them(seconds: float, text: str) -> None:
    assert PLAIN.duration(seconds) == text


def test_countdowns_round_up() -> None:
    assert PLAIN.duration(49 * 60 + 57, round_up=True) == "50 min"
    assert PLAIN.duration(45, round_up=True) == "45 s"


def test_the_system_clock_uses_the_real_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    """A named zone with its daylight-saving rules, not a fixed offset: "tomorrow 06:00" stays right across a change."""
    from knotbreak.core.clock import SystemClock

    monkeypatch.setenv("TZ", "Europe/Berlin")
    clock = SystemClock()
    clock.reload_zone()
    assert str(clock.now().tzinfo) == "Europe/Berlin"
    before_the_change = datetime(2026, 3, 28, 17, 40, tzinfo=clock.now().tzinfo)
    assert tomorrow_morning(before_the_change).utcoffset() == timedelta(hours=2)
    monkeypatch.delenv("TZ")
    SystemClock().reload_zone()
