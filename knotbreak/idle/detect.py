"""Choose the idle source that works on this desktop: the first one that answers a believable number.

A reading of exactly 0 from a running millisecond counter is not believed at
once: KDE answers GetSessionIdleTime with 0, always, on Wayland. Such a source
is kept as a last resort while the later ones are tried, and IdleSupervisor
(supervisor.py) drops it for good if it keeps answering 0.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from knotbreak.idle.base import IdleSource, NoIdleSource, is_continuous, last_problem

log = logging.getLogger(__name__)

SourceFactory = Callable[[Mapping[str, str]], IdleSource]
"""Builds one source from the environment; raises (OSError, ImportError, ...) if it cannot."""


def _x11(environ: Mapping[str, str]) -> IdleSource:
    from knotbreak.idle.x11 import X11IdleSource

    display = environ.get("DISPLAY")
    if not display:
        raise OSError("DISPLAY is not set")
    return X11IdleSource(display)


def _mutter(environ: Mapping[str, str]) -> IdleSource:
    from knotbreak.idle.dbus import mutter_source

    return mutter_source()


def _freedesktop(environ: Mapping[str, str]) -> IdleSource:
    from knotbreak.idle.dbus import freedesktop_source

    return freedesktop_source()


def _ext_idle_notify(environ: Mapping[str, str]) -> IdleSource:
    from knotbreak.idle.wayland import ext_idle_notify_source

    return ext_idle_notify_source(environ)


def _windows(environ: Mapping[str, str]) -> IdleSource:
    from knotbreak.idle.windows import windows_source

    return windows_source()


def _macos(environ: Mapping[str, str]) -> IdleSource:
    from knotbreak.idle.macos import macos_source

    return macos_source()


FACTORIES: Mapping[str, SourceFactory] = {
    "x11": _x11,
    "mutter": _mutter,
    "freedesktop": _freedesktop,
    "ext-idle-notify": _ext_idle_notify,
    "windows": _windows,
    "macos": _macos,
}


def is_wayland(environ: Mapping[str, str]) -> bool:
    if environ.get("XDG_SESSION_TYPE") == "wayland":
        return True
    return bool(environ.get("WAYLAND_DISPLAY")) and not environ.get("DISPLAY")


def source_order(environ: Mapping[str, str], platform: str) -> list[str]:
    """The names of the sources worth trying, best first."""
    if platform == "win32":
        return ["windows"]
    if platform == "darwin":
        return ["macos"]
    if is_wayland(environ):
        # Mutter's monitor is an exact counter and exists only on GNOME. Then
        # ext-idle-notify, which KWin 5.27+, wlroots compositors and newer
        # Mutters offer; before the freedesktop call, which KDE answers with 0
        # on Wayland. x11 comes last: Xwayland's screen-saver counter only sees
        # input to X clients (and Xwayland under Mutter and KWin lacks it).
        return ["mutter", "ext-idle-notify", "freedesktop", "x11"]
    return ["x11", "mutter", "freedesktop"]


@dataclass(frozen=True)
class Rejection:
    """Why a source is not in use."""

    reason: str
    answered: bool = False
    """It was there and answered, but what it said cannot be used (worth telling the user)."""


@dataclass
class IdleChoice:
    source: IdleSource
    rejected: dict[str, Rejection] = field(default_factory=dict)
    """The sources tried before (or instead of) the chosen one, and why they lost."""


ZERO_AT_START = "its first reading was exactly 0, which a counter of idle time almost never is; kept only as a last resort"


def choose_idle_source(
    environ: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    candidates: Mapping[str, SourceFactory] | None = None,
    exclude: Mapping[str, Rejection] | None = None,
) -> IdleChoice:
    """The first source, in :func:`source_order`, whose first reading is believable; else NoIdleSource.

    `exclude` names sources already found wanting (they are not tried again).
    Never raises, prints or warns: each failure is logged at DEBUG and the next
    source is tried. `candidates` replaces the real factories (for tests).
    """
    factories = FACTORIES if candidates is None else candidates
    rejected: dict[str, Rejection] = dict(exclude or {})
    last_resort: IdleSource | None = None
    last_resort_name = ""
    for name in source_order(environ, platform):
        if name in rejected:
            continue
        factory = factories.get(name)
        if factory is None:
            log.debug("idle source %s: no factory", name)
            continue
        try:
            source = factory(environ)
        # Any failure of a platform probe means "not here", never a crash of the app.
        except Exception as error:  # noqa: BLE001
            log.debug("idle source %s: unavailable (%s: %s)", name, type(error).__name__, error)
            rejected[name] = Rejection(f"not available: {error}" if str(error) else f"not available ({type(error).__name__})")
            continue
        try:
            first = source.idle_seconds()
        except Exception as error:  # noqa: BLE001
            log.debug("idle source %s: first reading failed (%s: %s)", name, type(error).__name__, error)
            first = None
        if first is None:
            log.debug("idle source %s: first reading unknown", name)
            rejected[name] = Rejection(f"did not answer: {last_problem(source) or 'no reading'}")
            _close_quietly(source)
            continue
        if first == 0 and is_continuous(source) and last_resort is None:
            log.debug("idle source %s: first reading exactly 0; trying the others first", name)
            rejected[name] = Rejection(ZERO_AT_START, answered=True)
            last_resort, last_resort_name = source, name
            continue
        log.debug("idle source %s: chosen, idle %.1f s", name, first)
        if last_resort is not None:
            _close_quietly(last_resort)
        return IdleChoice(source, rejected)
    if last_resort is not None:
        del rejected[last_resort_name]
        log.debug("idle source %s: chosen as the last resort", last_resort_name)
        return IdleChoice(last_resort, rejected)
    log.debug("idle source: none works, idle time unknown")
    return IdleChoice(NoIdleSource(), rejected)


def detect_idle_source(
    environ: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    candidates: Mapping[str, SourceFactory] | None = None,
) -> IdleSource:
    """The source :func:`choose_idle_source` picks."""
    return choose_idle_source(environ, platform, candidates).source


def _close_quietly(source: IdleSource) -> None:
    try:
        source.close()
    except Exception as error:  # noqa: BLE001
        log.debug("idle source %s: close failed (%s)", source.name, error)
