"""How numbers, durations, times of day and dates read: the one place that formats them.

Formatter is plain Python and English (the command line and the core use it as
PLAIN); knotbreak.qt.formatting.LocaleFormatter is the same API through QLocale,
for the windows. Everything is composed from a few primitives (number, count,
weekday, month, time_of_day, day_label, short_date, long_date), so the locale
formatter overrides only those, and every sentence below reads numbers the
locale's way.

The English words ("min", "h", "day", weekday names here) still need tr() for
translations.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Literal

WeekdayForm = Literal["short", "long", "initials"]

WEEKDAY_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAY_LONG = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_LONG = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _weekday_index(day: date | int) -> int:
    """Monday is 0, as date.weekday()."""
    return day if isinstance(day, int) else day.weekday()


class Formatter:
    """English formatting, the same in every locale: what the command line prints."""

    # Primitives: a locale-aware formatter overrides these. ----------------

    def number(self, value: float) -> str:
        """'12', '1,234', '5.2', '0.5': one decimal below ten, none above, no trailing '.0'."""
        if abs(value) >= 10 or float(value).is_integer():
            return f"{value:,.0f}"
        return f"{value:.1f}".rstrip("0").rstrip(".")

    def count(self, value: float) -> str:
        """A whole number with grouping: '7', '1,234'."""
        return f"{round(value):,}"

    def weekday(self, day: date | int, form: WeekdayForm = "short") -> str:
        """'Mon', 'Monday' or 'Mo' (initials, for a week's chart axis); day is a date or 0 for Monday."""
        index = _weekday_index(day)
        if form == "long":
            return WEEKDAY_LONG[index]
        return WEEKDAY_SHORT[index][:2] if form == "initials" else WEEKDAY_SHORT[index]

    def month(self, day: date) -> str:
        """'Mar'."""
        return MONTH_SHORT[day.month - 1]

    def time_of_day(self, moment: datetime | time) -> str:
        """'14:05' (24 h, here; the locale's clock in LocaleFormatter)."""
        return f"{moment.hour:02d}:{moment.minute:02d}"

    def day_label(self, day: date) -> str:
        """A date in the fewest characters, for chart axes: '3/31' (day and month in the locale's order)."""
        return f"{day.month}/{day.day}"

    def short_date(self, day: date, *, padded: bool = False) -> str:
        """'Tue 31 Mar' ('Tue 05 Mar' padded, for columns)."""
        number = f"{day.day:02d}" if padded else str(day.day)
        return f"{self.weekday(day)} {number} {self.month(day)}"

    def long_date(self, day: date) -> str:
        """'Tuesday, 31 March 2026'."""
        return f"{self.weekday(day, 'long')}, {day.day} {MONTH_LONG[day.month - 1]} {day.year}"

    # Built on the primitives. -----------------------------------------------

    def plural(self, count: int, one: str, many: str | None = None) -> str:
        """'1 day', '2 days', '1,234 events': never '1 minutes'."""
        return f"{self.count(count)} {one if count == 1 else (many or one + 's')}"

    def duration(self, seconds: float, *, round_up: bool = False) -> str:
        """'45 s', '12 min', '1 h 05 min' for people.

        round_up suits countdowns: 49 min 57 s left reads "50 min", not "49 min".
        """
        seconds = max(0, int(round(seconds)))
        if round_up and seconds >= 60:
            seconds = -(-seconds // 60) * 60
        if seconds < 60:
            return f"{self.count(seconds)} s"
        minutes = seconds // 60
        if minutes < 60:
            return f"{self.count(minutes)} min"
        return f"{self.count(minutes // 60)} h {self.count(minutes % 60).rjust(2, self.count(0))} min"

    def total(self, seconds: float) -> str:
        """duration() for totals and averages, where nothing reads '0 min': '0 min', '45 s', '5 h 07 min'."""
        return f"{self.count(0)} min" if round(seconds) <= 0 else self.duration(seconds)

    def about(self, seconds: float) -> str:
        """A rough length: 'About 45 s', 'About 4 min', 'About 4 min 30 s'."""
        minutes, rest = divmod(max(0, round(seconds)), 60)
        if minutes == 0:
            return f"About {self.count(rest)} s"
        return f"About {self.count(minutes)} min" + (f" {self.count(rest)} s" if rest else "")

    def countdown(self, seconds: float) -> str:
        """A running clock, 'm:ss': '1:05', '0:09'; a started second shows whole (0.2 s is '0:01')."""
        minutes, rest = divmod(whole_seconds(seconds), 60)
        return f"{self.count(minutes)}:{self.count(rest).rjust(2, self.count(0))}"

    def in_words(self, seconds: float) -> str:
        """'1 minute 5 seconds', '23 seconds', '2 minutes': what a screen reader should say, not '1:05'."""
        minutes, rest = divmod(whole_seconds(seconds), 60)
        parts = [self.plural(minutes, "minute")] if minutes else []
        if rest or not minutes:
            parts.append(self.plural(rest, "second"))
        return " ".join(parts)

    def hours(self, hours: float) -> str:
        """An axis value in hours: '1.5 h'."""
        return f"{self.number(hours)} h"

    def minutes(self, minutes: float) -> str:
        """An axis value in minutes: '12 min'."""
        return f"{self.number(minutes)} min"

    def streak(self, days: int) -> str:
        """'No streak yet', '1 day in a row', '12 days in a row'."""
        return "No streak yet" if days <= 0 else f"{self.plural(days, 'day')} in a row"

    def day_and_time(self, moment: datetime) -> str:
        """'Tue 14:05': a moment that is not today."""
        return f"{self.weekday(moment)} {self.time_of_day(moment)}"


def whole_seconds(seconds: float) -> int:
    """Seconds left as a countdown shows them: a started second counts (0.2 s is 1)."""
    return max(0, int(seconds + 0.999))


PLAIN = Formatter()
"""English, whatever the locale: for the command line and the core."""
