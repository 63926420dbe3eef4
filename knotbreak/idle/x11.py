"""X11: the MIT-SCREEN-SAVER extension's idle counter, through libX11 and libXss via ctypes.

The server keeps the time since the last input event from any client or device,
so this is exact on a real X session. Under Wayland it is not: XWayland only
sees input that goes to X clients (see detect.py).

Xlib calls its I/O error handler, which exits the process, if the server goes
away under an open display; an X session ending takes the app down with it
anyway, and detect.py tries this source last on Wayland. Use one instance from
one thread only (XInitThreads is not called).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)

Window = ctypes.c_ulong  # an XID
DisplayP = ctypes.c_void_p  # Display* is opaque to us


class XScreenSaverInfo(ctypes.Structure):
    """As in <X11/extensions/scrnsaver.h>; the unsigned longs are 64-bit on LP64."""

    _fields_ = [
        ("window", Window),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),  # milliseconds since the last input
        ("eventMask", ctypes.c_ulong),
    ]


InfoP = ctypes.POINTER(XScreenSaverInfo)


def _load(soname: str, short: str) -> ctypes.CDLL:
    """Load by its usual Linux soname first (no subprocess), then wherever find_library says."""
    try:
        return ctypes.CDLL(soname)
    except OSError:
        found = ctypes.util.find_library(short)
        if found is None:
            raise OSError(f"{soname} not found") from None
        return ctypes.CDLL(found)


@dataclass(frozen=True)
class _Libs:
    x11: ctypes.CDLL
    xss: ctypes.CDLL


@functools.cache
def _libs() -> _Libs:
    """Both libraries with every function we call typed (pointers must not be truncated to int)."""
    x11 = _load("libX11.so.6", "X11")
    xss = _load("libXss.so.1", "Xss")
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XOpenDisplay.restype = DisplayP
    x11.XCloseDisplay.argtypes = [DisplayP]
    x11.XCloseDisplay.restype = ctypes.c_int
    x11.XDefaultRootWindow.argtypes = [DisplayP]
    x11.XDefaultRootWindow.restype = Window
    x11.XFree.argtypes = [ctypes.c_void_p]
    x11.XFree.restype = ctypes.c_int
    xss.XScreenSaverQueryExtension.argtypes = [
        DisplayP,
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_int),
    ]
    xss.XScreenSaverQueryExtension.restype = ctypes.c_int
    xss.XScreenSaverAllocInfo.argtypes = []
    xss.XScreenSaverAllocInfo.restype = InfoP
    xss.XScreenSaverQueryInfo.argtypes = [DisplayP, Window, InfoP]
    xss.XScreenSaverQueryInfo.restype = ctypes.c_int
    return _Libs(x11, xss)


class X11IdleSource:
    name = "x11"

    def __init__(self, display_name: str) -> None:
        """Open `display_name` (such as ":0"). Raises OSError if that cannot be done."""
        libs = _libs()
        display = libs.x11.XOpenDisplay(display_name.encode())
        if not display:
            raise OSError(f"cannot open X display {display_name!r}")
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not libs.xss.XScreenSaverQueryExtension(display, ctypes.byref(event_base), ctypes.byref(error_base)):
            libs.x11.XCloseDisplay(display)
            raise OSError(f"X display {display_name!r} lacks the MIT-SCREEN-SAVER extension")
        info = libs.xss.XScreenSaverAllocInfo()
        if not info:
            libs.x11.XCloseDisplay(display)
            raise OSError("XScreenSaverAllocInfo failed")
        self._libs = libs
        self._display: int | None = display
        self._root = libs.x11.XDefaultRootWindow(display)
        self._info = info

    def idle_seconds(self) -> float | None:
        if self._display is None:
            return None
        if not self._libs.xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            return None
        return self._info.contents.idle / 1000

    def close(self) -> None:
        if self._display is None:
            return
        self._libs.x11.XFree(self._info)
        self._libs.x11.XCloseDisplay(self._display)
        self._display = None
