"""Parsing and formatting of human durations ("30m", "2h", "tomorrow")."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from knotbreak.core.i18n import fill, translate

TOMORROW_RESUME_TIME = time(6, 0)
"""'Pause until tomorrow' ends at this local time on the next calendar day."""

_UNIT_SECONDS = {"s": 1, "m": 60, "min": 60, "h": 3600}
_DURATION_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|min|h)?\s*$", re.IGNORECASE)
_COMPOUND_RE = re.compile(r"^\s*(\d+)\s*h\s*(\d+)\s*m(?:in)?\s*$", re.IGNORECASE)

MAX_PAUSE_SECONDS = 7 * 24 * 3600


class DurationError(ValueError):
    pass


def parse_duration(text: str, *, default_unit: str = "m") -> float:
    """Seconds in '30m', '2h', '1h30m', '90' (minutes by default), '45s'."""
    compound = _COMPOUND_RE.match(text)
    if compound:
        seconds: float = int(compound.group(1)) * 3600 + int(compound.group(2)) * 60
    else:
        match = _DURATION_RE.match(text)
        if not match:
            #: %1 is what was typed; 30m, 2h, 1h30m and 45s are what the command line understands.
            raise DurationError(fill(translate("CommandLine", "not a duration: '%1' (try 30m, 2h, 1h30m or 45s)"), text))
        unit = (match.group(2) or default_unit).lower()
        seconds = float(match.group(1)) * _UNIT_SECONDS[unit]
    if seconds <= 0:
        raise DurationError(fill(translate("CommandLine", "duration must be more than zero: '%1'"), text))
    if seconds > MAX_PAUSE_SECONDS:
        raise DurationError(fill(translate("CommandLine", "duration is longer than 7 days: '%1'"), text))
    return float(seconds)


def tomorrow_morning(now: datetime) -> datetime:
    """The coming TOMORROW_RESUME_TIME, local time, daylight saving included.

    Before 06:00 that is today's: at 00:30, "until tomorrow" means the morning
    ahead, not the one after (which would be a pause of 29.5 hours).
    """
    local_now = now.astimezone() if not isinstance(now.tzinfo, ZoneInfo) else now
    next_day = local_now.date() if local_now.time() < TOMORROW_RESUME_TIME else (local_now + timedelta(days=1)).date()
    if isinstance(now.tzinfo, ZoneInfo):
        return datetime.combine(next_day, TOMORROW_RESUME_TIME, tzinfo=now.tzinfo)
    # A fixed offset (what datetime.astimezone() gives) cannot know tomorrow's
    # offset; a naive time read as system local time can.
    return datetime.combine(next_day, TOMORROW_RESUME_TIME).astimezone()
