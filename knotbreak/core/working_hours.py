"""Working hours: the days and times when KnotBreak counts sitting and reminds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from knotbreak.core.settings import WEEKDAYS, Settings, parse_working_hours

MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True)
class WorkingHours:
    span: tuple[int, int] | None
    """(start, end) in minutes after midnight; end before start is an overnight shift. None: all day."""
    days: frozenset[int]
    """Weekdays, 0 = Monday. An overnight shift belongs to the day it starts on."""

    @classmethod
    def from_settings(cls, settings: Settings) -> WorkingHours:
        days = frozenset(WEEKDAYS.index(day) for day in settings.working_days)
        return cls(parse_working_hours(settings.working_hours), days)

    @property
    def always(self) -> bool:
        return self.span is None and len(self.days) == 7

    def is_on(self, moment: datetime) -> bool:
        day = moment.weekday()
        if self.span is None:
            return day in self.days
        minute = moment.hour * 60 + moment.minute
        start, end = self.span
        if start < end:
            return day in self.days and start <= minute < end
        if minute >= start:
            return day in self.days
        return minute < end and (day - 1) % 7 in self.days

    def next_change(self, moment: datetime) -> datetime | None:
        """The next moment at which is_on flips, or None if it never does."""
        if self.always or not self.days:
            return None
        now_on = self.is_on(moment)
        for candidate in self._boundaries(moment):
            if candidate > moment and self.is_on(candidate) != now_on:
                return candidate
        return None

    def _boundaries(self, moment: datetime) -> list[datetime]:
        minutes = {0}
        if self.span is not None:
            minutes |= {self.span[0], self.span[1] % MINUTES_PER_DAY}
        first = moment.date()
        found = [
            _local(first + timedelta(days=offset), minute, moment)
            for offset in range(0, 9)
            for minute in sorted(minutes)
        ]
        return sorted(found)


def _local(day: date, minute: int, like: datetime) -> datetime:
    """The local wall time `minute` after midnight on `day`, daylight saving included."""
    clock_time = time(minute // 60, minute % 60)
    if isinstance(like.tzinfo, ZoneInfo):
        return datetime.combine(day, clock_time, tzinfo=like.tzinfo)
    return datetime.combine(day, clock_time).astimezone()
