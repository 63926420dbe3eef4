"""Choose the idle source that works on this desktop: the first one that answers a number."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping

from knotbreak.idle.base import IdleSource, NoIdleSource

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


def _wlroots(environ: Mapping[str, str]) -> IdleSource:
    from knotbreak.idle.wayland import wlroots_source

    return wlroots_source(environ)


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
    "wlroots": _wlroots,
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
        # wlroots (ext-idle-notify-v1) is for the compositors that answer
        # neither D-Bus question: sway, Hyprland, river, labwc...
        # x11 comes last here: XWayland's screen-saver counter only sees input
        # that goes to X clients, so typing into a native Wayland window would
        # look like idleness. Better than nothing, worse than any other answer.
        return ["mutter", "freedesktop", "wlroots", "x11"]
    return ["x11", "mutter", "freedesktop"]


def detect_idle_source(
    environ: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    candidates: Mapping[str, SourceFactory] | None = None,
) -> IdleSource:
    """The first source, in :func:`source_order`, whose first reading is a number; else NoIdleSource.

    Never raises, prints or warns: each failure is logged at DEBUG and the next
    source is tried. `candidates` replaces the real factories (for tests).
    """
    factories = FACTORIES if candidates is None else candidates
    for name in source_order(environ, platform):
        factory = factories.get(name)
        if factory is None:
            log.debug("idle source %s: no factory", name)
            continue
        try:
            source = factory(environ)
        # Any failure of a platform probe means "not here", never a crash of the app.
        except Exception as error:  # noqa: BLE001
            log.debug("idle source %s: unavailable (%s: %s)", name, type(error).__name__, error)
            continue
        try:
            first = source.idle_seconds()
        except Exception as error:  # noqa: BLE001
            log.debug("idle source %s: first reading failed (%s: %s)", name, type(error).__name__, error)
            first = None
        else:
            if first is None:
                log.debug("idle source %s: first reading unknown", name)
        if first is not None:
            log.debug("idle source %s: chosen, idle %.1f s", name, first)
            return source
        _close_quietly(source)
    log.debug("idle source: none works, idle time unknown")
    return NoIdleSource()


def _close_quietly(source: IdleSource) -> None:
    try:
        source.close()
    except Exception as error:  # noqa: BLE001
        log.debug("idle source %s: close failed (%s)", source.name, error)
