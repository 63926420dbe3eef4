"""Is the focused window fullscreen (a film, a slide show, a game)?

X11 only, through the EWMH hints the window manager keeps: the root window's
_NET_ACTIVE_WINDOW names the focused window, and that window's _NET_WM_STATE
holds _NET_WM_STATE_FULLSCREEN while it is fullscreen. Only that state counts;
a window that merely covers the screen does not.

Everywhere else detect_fullscreen_probe() gives NoFullscreenProbe, whose answer
is always None, "cannot tell": Wayland (its X server, Xwayland, sees only X
clients, so its answer would mislead), Windows and macOS.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping, Sequence
from ctypes import POINTER, byref, c_char_p, c_int, c_long, c_ubyte, c_ulong, c_void_p
from functools import cache
from typing import Protocol


class FullscreenProbe(Protocol):
    def fullscreen_focused(self) -> bool | None:
        """Whether the focused window is fullscreen; None when this desktop cannot tell."""

    def close(self) -> None:
        """Release the connection; later calls answer None."""


class NoFullscreenProbe:
    """For desktops where this cannot be told: Wayland, Windows, macOS, no X server."""

    def fullscreen_focused(self) -> bool | None:
        return None

    def close(self) -> None:
        pass


# --- the decision, free of Xlib ---------------------------------------------


class XRequestFailed(Exception):
    """An X request failed, e.g. BadWindow because the window closed meanwhile."""


class WindowStates(Protocol):
    """The two reads the decision needs. Either may raise XRequestFailed."""

    def active_window(self) -> int:
        """The focused window, or 0 when none is (or _NET_ACTIVE_WINDOW is not set at all)."""

    def state_atoms(self, window: int) -> Sequence[int]:
        """The atoms in the window's _NET_WM_STATE; empty when it has none."""


def focused_is_fullscreen(states: WindowStates, fullscreen_atom: int) -> bool:
    """True when a window has focus and its state holds fullscreen_atom; False when a read fails."""
    try:
        window = states.active_window()
        return window != 0 and fullscreen_atom in states.state_atoms(window)
    except XRequestFailed:
        return False


# --- Xlib through ctypes ------------------------------------------------------

_SUCCESS = 0
_XA_ATOM = 4
_XA_WINDOW = 33
_MAX_ITEMS = 1024  # in 32-bit units: far more than any window's state list


class _XErrorEvent(ctypes.Structure):
    _fields_ = [
        ("type", c_int),
        ("display", c_void_p),
        ("resourceid", c_ulong),
        ("serial", c_ulong),
        ("error_code", c_ubyte),
        ("request_code", c_ubyte),
        ("minor_code", c_ubyte),
    ]


_ErrorHandler = ctypes.CFUNCTYPE(c_int, c_void_p, POINTER(_XErrorEvent))
_last_error = [0]


def _ignore_x_error(_display: int | None, event: ctypes._Pointer[_XErrorEvent]) -> int:
    # Xlib's default handler exits the process; this one only notes the code.
    # The failing call still returns an error status, which is what we act on.
    _last_error[0] = event.contents.error_code
    return 0


# Module-level so the callback outlives every call Xlib may make to it.
_ERROR_HANDLER = _ErrorHandler(_ignore_x_error)


@cache
def _xlib() -> ctypes.CDLL:
    """libX11 with every function we call typed (pointers and XIDs are 64-bit here)."""
    lib = ctypes.CDLL("libX11.so.6")
    signatures: dict[str, tuple[list[type], type]] = {
        "XOpenDisplay": ([c_char_p], c_void_p),
        "XCloseDisplay": ([c_void_p], c_int),
        "XDefaultRootWindow": ([c_void_p], c_ulong),
        "XInternAtom": ([c_void_p, c_char_p, c_int], c_ulong),
        "XFree": ([c_void_p], c_int),
        "XSetErrorHandler": ([_ErrorHandler], c_void_p),
        "XGetWindowProperty": (
            [c_void_p, c_ulong, c_ulong, c_long, c_long, c_int, c_ulong,
             POINTER(c_ulong), POINTER(c_int), POINTER(c_ulong), POINTER(c_ulong), POINTER(c_void_p)],
            c_int,
        ),
    }
    for name, (argtypes, restype) in signatures.items():
        function = getattr(lib, name)
        function.argtypes = argtypes
        function.restype = restype
    # Process-wide; Qt's xcb plugin installs an equally silent one when it uses Xlib.
    lib.XSetErrorHandler(_ERROR_HANDLER)
    return lib


class _XlibWindowStates:
    """WindowStates read over an open Display."""

    def __init__(self, lib: ctypes.CDLL, display: int) -> None:
        self._lib = lib
        self._display = display
        self._root: int = lib.XDefaultRootWindow(display)
        self._net_active_window = self.atom("_NET_ACTIVE_WINDOW")
        self._net_wm_state = self.atom("_NET_WM_STATE")

    def atom(self, name: str) -> int:
        return int(self._lib.XInternAtom(self._display, name.encode(), 0))

    def active_window(self) -> int:
        # Window managers set it on first focus, so an empty screen may lack it.
        values = self._read(self._root, self._net_active_window, _XA_WINDOW)
        return values[0] if values else 0

    def state_atoms(self, window: int) -> Sequence[int]:
        return self._read(window, self._net_wm_state, _XA_ATOM) or []

    def _read(self, window: int, prop: int, prop_type: int) -> list[int] | None:
        """A 32-bit-format property's items, or None when the window lacks it."""
        actual_type, actual_format = c_ulong(), c_int()
        count, bytes_after, data = c_ulong(), c_ulong(), c_void_p()
        status = self._lib.XGetWindowProperty(
            self._display, window, prop, 0, _MAX_ITEMS, 0, prop_type,
            byref(actual_type), byref(actual_format), byref(count), byref(bytes_after), byref(data),
        )
        try:
            if status != _SUCCESS:
                raise XRequestFailed(f"XGetWindowProperty on window {window:#x} failed (X error {_last_error[0]})")
            if actual_type.value != prop_type or actual_format.value != 32:
                return None
            if not data.value:
                return []
            # Format 32 comes back as C longs: 8 bytes each on 64-bit systems.
            items = ctypes.cast(data, POINTER(c_ulong))
            return [items[i] for i in range(count.value)]
        finally:
            if data.value:
                self._lib.XFree(data)


class X11FullscreenProbe:
    """Reads the EWMH hints over its own Xlib connection. Use it from one thread.

    Answers False, never None, while open: without an EWMH window manager
    nothing is ever focused as far as it can see. Raises OSError when libX11
    is missing or the display cannot be opened.
    """

    def __init__(self, display_name: str | None = None) -> None:
        lib = _xlib()
        display = lib.XOpenDisplay(display_name.encode() if display_name is not None else None)
        if not display:
            raise OSError(f"cannot open X display {display_name or os.environ.get('DISPLAY')!r}")
        self._lib: ctypes.CDLL = lib
        self._display: int | None = display
        self._states = _XlibWindowStates(lib, display)
        self._fullscreen_atom = self._states.atom("_NET_WM_STATE_FULLSCREEN")

    def fullscreen_focused(self) -> bool | None:
        if self._display is None:
            return None
        return focused_is_fullscreen(self._states, self._fullscreen_atom)

    def active_window(self) -> int:
        """The focused window's id, 0 when none (or closed); for diagnostics and tests."""
        if self._display is None:
            return 0
        try:
            return self._states.active_window()
        except XRequestFailed:
            return 0

    def close(self) -> None:
        if self._display is not None:
            self._lib.XCloseDisplay(self._display)
            self._display = None


_X11_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd")


def detect_fullscreen_probe(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> FullscreenProbe:
    """X11FullscreenProbe in an X11 session, otherwise NoFullscreenProbe ("cannot tell")."""
    if not platform.startswith(_X11_PLATFORMS):
        return NoFullscreenProbe()
    if environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland":
        return NoFullscreenProbe()
    display = environ.get("DISPLAY")
    if not display:
        return NoFullscreenProbe()
    try:
        return X11FullscreenProbe(display)
    except OSError:
        return NoFullscreenProbe()
