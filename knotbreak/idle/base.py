"""The idle-time port: one question, "how long since the last keyboard or mouse input?"

Every platform answers it differently (an X extension, a D-Bus call, a Win32 or
Quartz function); the rest of the app only sees :class:`IdleSource`.
"""

from __future__ import annotations

from typing import Protocol


class IdleSource(Protocol):
    @property
    def name(self) -> str:
        """One of "x11", "mutter", "freedesktop", "ext-idle-notify", "windows", "macos", "none"."""

    def idle_seconds(self) -> float | None:
        """Seconds since the last keyboard or mouse input, or None if unknown right now."""

    def close(self) -> None:
        """Release what the source holds (a display connection, memory). Safe to call twice."""


def is_continuous(source: object) -> bool:
    """Whether the source is a running counter of milliseconds since the last input.

    Such a counter reads exactly 0 only in the millisecond of an input, so a run
    of exact zeros means it is not counting (KDE's GetSessionIdleTime on
    Wayland). Sources that say 0.0 for "under my timeout" set
    ``continuous = False``.
    """
    return bool(getattr(source, "continuous", True))


def last_problem(source: object) -> str | None:
    """Why the source's last reading failed, where it can tell."""
    problem = getattr(source, "last_problem", None)
    return problem if isinstance(problem, str) and problem else None


class NoIdleSource:
    """The source of last resort: never knows. The app then counts wall time only."""

    name = "none"

    def idle_seconds(self) -> float | None:
        return None

    def close(self) -> None:
        pass


def checked_seconds(value: object, per_second: float) -> float | None:
    """`value` (a count of `per_second` units) as seconds, or None if it is not a sane count.

    Booleans are refused although they are ints: a reply of the wrong type means
    the other side is not the service we think it is.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if value != value or value < 0:  # NaN or negative
        return None
    return value / per_second
