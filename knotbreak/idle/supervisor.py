"""The idle source in use, watched: one that keeps failing or is stuck at 0 is replaced.

Detection (detect.py) judges a source by its first reading. Some only show
their faults later: KDE's GetSessionIdleTime answers 0 for ever on Wayland, a
D-Bus service restarts (GNOME Shell on X11) or hangs. The supervisor reads
through the chosen source and:

- returns None for a failed read, which means "unknown right now", never "the
  user is back"; after a few failures in a row it chooses again (the same
  source may come back, or another takes over);
- drops a running counter that answers exactly 0 several times in a row over
  a stretch of time, and has never answered anything else since it was
  chosen (a real counter reads 0 in the millisecond of an input, and on
  Windows within a 15.6 ms tick, but not at every poll for ever); names it
  with the reason, and chooses again without it.

Plain Python on an injected monotonic clock; the factories decide what is real.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping

from knotbreak.idle.base import IdleSource, is_continuous
from knotbreak.idle.detect import IdleChoice, Rejection

log = logging.getLogger(__name__)

Chooser = Callable[[Mapping[str, Rejection]], IdleChoice]
"""Chooses a source, never one named in its argument."""

FAILURES_BEFORE_RECHECK = 3
RECHECK_AFTER_SECONDS = 10.0
"""A source is chosen again once this many reads in a row have failed over at least this long."""
ZEROS_BEFORE_REJECT = 4
STUCK_ZERO_SECONDS = 20.0
"""A counter that reads exactly 0 this many times in a row, over at least this long, is not counting."""
RETRY_LOST_SECONDS = 60.0
MAX_RETRY_LOST_SECONDS = 30 * 60.0
"""After a working source was lost and nothing replaced it, look for one again after a minute,
then twice as long each time up to half an hour: a hung service must not cost a blocking scan every minute."""


class IdleSupervisor:
    def __init__(self, choose: Chooser, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._choose = choose
        self._monotonic = monotonic
        self._dropped: dict[str, Rejection] = {}
        self._failures = 0
        self._first_failure = 0.0
        self._zeros = 0
        self._first_zero = 0.0
        self._lost_at: float | None = None
        self._retry_wait = RETRY_LOST_SECONDS
        self._seen_nonzero = False
        self.changes = 0
        """How often the source in use was replaced (for the log and tests)."""
        choice = choose({})
        self._source = choice.source
        self.rejected: dict[str, Rejection] = choice.rejected

    @property
    def name(self) -> str:
        return self._source.name

    def idle_seconds(self) -> float | None:
        now = self._monotonic()
        if self._lost_at is not None and self._source.name == "none" and now - self._lost_at >= self._retry_wait:
            self._lost_at = now
            self._retry_wait = min(MAX_RETRY_LOST_SECONDS, self._retry_wait * 2)
            self._rechoose("looking for an idle source again")
        try:
            reading = self._source.idle_seconds()
        except Exception as error:  # noqa: BLE001 - a platform call failing is "unknown", not a crash
            log.debug("idle source %s: read failed (%s: %s)", self.name, type(error).__name__, error)
            reading = None
        if reading is None:
            self._zeros = 0
            if self._source.name == "none":
                return None
            if self._failures == 0:
                self._first_failure = now
            self._failures += 1
            if self._failures >= FAILURES_BEFORE_RECHECK and now - self._first_failure >= RECHECK_AFTER_SECONDS:
                self._rechoose(f"{self.name} failed {self._failures} reads in a row")
            return None
        self._failures = 0
        if reading > 0:
            self._seen_nonzero = True
        if reading == 0 and is_continuous(self._source) and not self._seen_nonzero:
            if self._zeros == 0:
                self._first_zero = now
            self._zeros += 1
            span = now - self._first_zero
            if self._zeros >= ZEROS_BEFORE_REJECT and span >= STUCK_ZERO_SECONDS:
                reason = (
                    f"answered exactly 0 {self._zeros} times in a row over {span:.0f} s: "
                    "it does not count idle time on this desktop"
                )
                self._dropped[self.name] = Rejection(reason, answered=True)
                self._rechoose(f"{self.name} {reason}")
                return None
        else:
            self._zeros = 0
        return reading

    def prefetch(self, then: Callable[[], None]) -> None:
        """Have the source's next reading ready without waiting (a D-Bus source asks asynchronously); then() reads it."""
        prefetch = getattr(self._source, "prefetch", None)
        if prefetch is None:
            then()
            return
        try:
            prefetch(then)
        except Exception as error:  # noqa: BLE001 - then() reads, and counts the failure there
            log.debug("idle source %s: prefetch failed (%s: %s)", self.name, type(error).__name__, error)
            then()

    def _rechoose(self, why: str) -> None:
        old = self._source.name
        _close_quietly(self._source)
        choice = self._choose(self._dropped)
        self._source = choice.source
        self.rejected = {**choice.rejected, **self._dropped}
        self._failures = self._zeros = 0
        self._seen_nonzero = False
        self.changes += 1
        if self._source.name == "none" and old != "none":
            self._lost_at = self._monotonic()
        elif self._source.name != "none":
            self._lost_at = None
            self._retry_wait = RETRY_LOST_SECONDS
        if self._source.name != old:
            log.warning("%s; idle time now comes from %s", why, self._source.name)
        else:
            log.info("%s; still using %s", why, old)

    def close(self) -> None:
        _close_quietly(self._source)


def _close_quietly(source: IdleSource) -> None:
    try:
        source.close()
    except Exception as error:  # noqa: BLE001
        log.debug("idle source %s: close failed (%s)", source.name, error)
