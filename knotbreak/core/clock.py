"""Time sources. The core never reads the system clock directly.

Two readings matter: a monotonic one for durations and deadlines (never jumps),
and the local wall time for things people name in calendar terms ("until
tomorrow") and for reporting.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, tzinfo
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

    def __init__(self) -> None:
        self._zone: tzinfo | None = None

    def now(self) -> datetime:
        if self._zone is None:
            self._zone = local_zone()
        return datetime.now(self._zone)

    def reload_zone(self) -> None:
        """Read the system's time zone again (it may have changed: a trip, a settings change)."""
        self._zone = local_zone(reload=True)


def local_zone(*, reload: bool = False) -> tzinfo:
    """The system's time zone as a real zone with its daylight-saving rules (Europe/Berlin, not UTC+01:00).

    A fixed offset, which is all datetime.astimezone() gives, would put "until
    tomorrow 06:00" an hour off across a daylight-saving change. tzlocal reads
    TZ, /etc/localtime, the registry on Windows and so on. If it cannot tell,
    the fixed offset is the fallback.
    """
    try:
        import tzlocal

        return tzlocal.reload_localzone() if reload else tzlocal.get_localzone()
    except Exception:  # noqa: BLE001 - any failure to name the zone falls back to the offset
        offset = datetime.now().astimezone().tzinfo
        assert offset is not None
        return offset


class FakeClock:
    """A clock that moves only when told to, for tests and simulations.

    Wall time is kept as an absolute instant plus a time zone, so advancing
    across a daylight-saving change behaves as a real clock does.
    """

    def __init__(self, start: datetime | None = None, monotonic_start: float = 1000.0) -> None:
        wall = start or datetime(2026, 3, 2, 9, 0).astimezone()
        self._instant = wall.astimezone(UTC)
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
        self._instant = wall.astimezone(UTC)
        self._zone = wall.tzinfo
