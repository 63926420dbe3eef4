"""Windows: GetLastInputInfo (user32) against GetTickCount (kernel32), via ctypes.

Both are 32-bit millisecond tick counts that wrap after 49.7 days, so the
difference is taken modulo 2**32. GetLastInputInfo covers the current session only.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable

from knotbreak.idle.base import checked_seconds

TICK_WRAP = 2**32

LastInputTick = Callable[[], int | None]
"""The tick count at the last input, or None if GetLastInputInfo failed."""
TickCount = Callable[[], int]


class LASTINPUTINFO(ctypes.Structure):
    _fields_ = [("cbSize", ctypes.c_uint32), ("dwTime", ctypes.c_uint32)]


class WindowsIdleSource:
    name = "windows"

    def __init__(self, last_input_tick: LastInputTick, tick_count: TickCount) -> None:
        self._last_input_tick = last_input_tick
        self._tick_count = tick_count

    def idle_seconds(self) -> float | None:
        last = self._last_input_tick()
        if last is None:
            return None
        return checked_seconds((self._tick_count() - last) % TICK_WRAP, 1000)

    def close(self) -> None:
        pass


def windows_source() -> WindowsIdleSource:
    """The real thing; raises OSError anywhere but on Windows."""
    windll = getattr(ctypes, "WinDLL", None)
    if windll is None:
        raise OSError("not Windows: ctypes has no WinDLL")
    user32 = windll("user32")
    kernel32 = windll("kernel32")
    user32.GetLastInputInfo.argtypes = [ctypes.POINTER(LASTINPUTINFO)]
    user32.GetLastInputInfo.restype = ctypes.c_int  # BOOL
    kernel32.GetTickCount.argtypes = []
    kernel32.GetTickCount.restype = ctypes.c_uint32  # DWORD: the default c_int would go negative

    def last_input_tick() -> int | None:
        info = LASTINPUTINFO(cbSize=ctypes.sizeof(LASTINPUTINFO))
        if not user32.GetLastInputInfo(ctypes.byref(info)):
            return None
        return int(info.dwTime)

    def tick_count() -> int:
        return int(kernel32.GetTickCount())

    return WindowsIdleSource(last_input_tick, tick_count)
