"""Time sources. The core never reads the system clock directly.

Two readings matter: a monotonic one for durations and deadlines (never jumps),
and the local wall time for things people name in calendar terms ("until
tomorrow") and for reporting.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards."""

    def now(self) -> datetime:
        """The current local wall time, timezone-aware."""

    def boottime(self) -> float:
        """Seconds on a clock that keeps running while the machine is suspended.

        Its difference from monotonic() over an interval is the time spent suspended.
        """


_BOOTTIME = getattr(time, "CLOCK_BOOTTIME", None)


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def boottime(self) -> float:
        # Linux: CLOCK_BOOTTIME counts suspended time, CLOCK_MONOTONIC does not.
        # Elsewhere the monotonic clock already includes it (Windows) or no
        # such clock exists, so no gap is ever seen there.
        if _BOOTTIME is not None:
            return time.clock_gettime(_BOOTTIME)
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now().astimezone()


class FakeClock:
    """A clock that moves only when told to, for tests and simulations.

    Wall time is kept as an absolute instant plus a time zone, so advancing
    across a daylight-saving change behaves as a real clock does.
    """

    def __init__(self, start: datetime | None = None, monotonic_start: float = 1000.0) -> None:
        wall = start or datetime(2026, 3, 2, 9, 0).astimezone()
        self._instant = wall.astimezone(timezone.utc)
        self._zone = wall.tzinfo
        self._mono = monotonic_start
        self._boot = monotonic_start

    def monotonic(self) -> float:
        return self._mono

    def boottime(self) -> float:
        return self._boot

    def now(self) -> datetime:
        return self._instant.astimezone(self._zone)

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("time only moves forward on a monotonic clock")
        self._mono += seconds
        self._boot += seconds
        self._instant += timedelta(seconds=seconds)

    def suspend(self, seconds: float) -> None:
        """The machine sleeps: wall and boot time move on, monotonic time stands still."""
        self._boot += seconds
        self._instant += timedelta(seconds=seconds)

    def set_wall(self, wall: datetime) -> None:
        """Jump the wall clock (a manual change or time zone switch) without moving monotonic time."""
        self._instant = wall.astimezone(timezone.utc)
        self._zone = wall.tzinfo
