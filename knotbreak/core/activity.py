"""Turning idle readings, suspends and screen locks into natural breaks.

Choice: idle stretches shorter than natural_break_minutes count as sitting.
You are usually still in your chair, reading, thinking or on a call, and the
muscles do not know the keyboard is quiet. Idle of natural_break_minutes or
more is a natural break: sitting stops counting from the last input, resets,
and starts again at the first input after it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from knotbreak.core.breakloop import BreakLoop
from knotbreak.core.clock import Clock

IdleReader = Callable[[], "float | None"]


class IdleReading(Protocol):
    """Where idle time comes from (knotbreak.idle's sources fit this)."""

    @property
    def name(self) -> str:
        """"none" when there is no source at all: then wall-clock time is counted."""

    def idle_seconds(self) -> float | None:
        """Seconds since the last input; None when a read failed (unknown right now)."""


class FunctionIdle:
    """An IdleReading from a plain function and a name."""

    def __init__(self, read: IdleReader, name: str) -> None:
        self._read = read
        self.name = name

    def idle_seconds(self) -> float | None:
        return self._read()

SUSPEND_GAP_SECONDS = 5.0
"""Boot time running this much ahead of monotonic time between two polls means the machine slept."""
MIN_POLL_SECONDS = 2.0
MAX_POLL_SECONDS = 30.0
"""Even while nothing can happen, look again this often: a suspend is only seen at the next poll."""
AWAY_POLL_SECONDS = 3.0
"""While away, how quickly a return is noticed. The return time itself comes from the idle reading."""


class ActivityMonitor:
    def __init__(self, clock: Clock, loop: BreakLoop, idle: IdleReading) -> None:
        self._clock = clock
        self._loop = loop
        self.idle = idle
        self.idle_seconds: float | None = None
        """The last known idle time (as of _read_at)."""
        self._read_at = clock.monotonic()
        self._last_mono = clock.monotonic()
        self._last_boot = clock.boottime()
        self._locked_since: float | None = None
        self._next_poll = self._last_mono
        self.last_suspend_seconds = 0.0

    @property
    def _threshold(self) -> float:
        return self._loop.settings.natural_break_minutes * 60.0

    def next_poll(self) -> float:
        return self._next_poll

    def set_locked(self, locked: bool) -> None:
        """The screen locker turned on or off (screensaver ActiveChanged)."""
        now = self._clock.monotonic()
        if locked and self._locked_since is None:
            self._locked_since = now
        elif not locked and self._locked_since is not None:
            self.poll()  # judge the locked stretch before forgetting it
            self._locked_since = None
            self.poll()
            return
        self.poll()

    def _adjusted(self, reading: float | None, now: float) -> float | None:
        """A raw reading, corrected for a routine just finished and a locked screen."""
        idle = reading
        ended = self._loop.break_ended_at
        if idle is not None and ended is not None:
            idle = min(idle, now - ended)  # quiet during a routine was stretching, not absence
        if self._locked_since is not None:
            idle = max(idle or 0.0, now - self._locked_since)
        return idle

    def live_idle_seconds(self) -> float | None:
        """Idle time now: read afresh, or (if that fails) the last reading plus the time since."""
        now = self._clock.monotonic()
        idle = self._adjusted(self.idle.idle_seconds(), now)
        if idle is None and self.idle_seconds is not None and self.idle.name != "none":
            idle = self.idle_seconds + (now - self._read_at)
        return idle

    def poll(self) -> None:
        now = self._clock.monotonic()
        boot = self._clock.boottime()
        suspended = (boot - self._last_boot) - (now - self._last_mono)
        self._last_mono, self._last_boot = now, boot

        idle = self._adjusted(self.idle.idle_seconds(), now)
        locked_for = None if self._locked_since is None else now - self._locked_since
        if idle is not None or self.idle.name == "none":
            self.idle_seconds, self._read_at = idle, now

        self.last_suspend_seconds = suspended if suspended >= SUSPEND_GAP_SECONDS else 0.0
        if suspended >= max(SUSPEND_GAP_SECONDS, self._threshold):
            # Asleep at least a natural break's length. Monotonic time stood
            # still, so in its terms the user left "now".
            self._loop.begin_away(since=now, cause="suspend")

        threshold = self._threshold
        if idle is None and self.idle.name == "none":
            if self._loop.away and locked_for is None:
                self._loop.end_away(at=now)  # no idle source: back as soon as the machine is
            self._next_poll = now + MAX_POLL_SECONDS
            return
        if idle is None:
            # The read failed: unknown is not "back at the desk". Keep the state, look again soon.
            self._next_poll = now + AWAY_POLL_SECONDS
            return
        if idle >= threshold:
            cause = "lock" if locked_for is not None and locked_for >= threshold else "idle"
            self._loop.begin_away(since=now - idle, cause=cause)
        elif self._loop.away:
            self._loop.end_away(at=now - idle)
        if self._loop.away:
            self._next_poll = now + AWAY_POLL_SECONDS
        else:
            # Nothing can change before the current quiet spell could reach the threshold.
            self._next_poll = now + min(MAX_POLL_SECONDS, max(MIN_POLL_SECONDS, threshold - idle))
