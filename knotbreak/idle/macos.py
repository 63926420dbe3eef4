"""macOS: Quartz's CGEventSourceSecondsSinceLastEventType, via ctypes."""

from __future__ import annotations

import ctypes
import ctypes.util
import math
from collections.abc import Callable

K_CG_EVENT_SOURCE_STATE_COMBINED_SESSION_STATE = 0
K_CG_ANY_INPUT_EVENT_TYPE = 0xFFFFFFFF

SecondsSinceLastEvent = Callable[[int, int], float]
"""CGEventSourceSecondsSinceLastEventType(stateID, eventType)."""

_FRAMEWORKS = (
    "/System/Library/Frameworks/ApplicationServices.framework/ApplicationServices",
    "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics",
)


class MacIdleSource:
    name = "macos"

    def __init__(self, seconds_since_last_event: SecondsSinceLastEvent) -> None:
        self._seconds = seconds_since_last_event

    def idle_seconds(self) -> float | None:
        seconds = self._seconds(K_CG_EVENT_SOURCE_STATE_COMBINED_SESSION_STATE, K_CG_ANY_INPUT_EVENT_TYPE)
        if not math.isfinite(seconds) or seconds < 0:
            return None
        return float(seconds)

    def close(self) -> None:
        pass


def _load_quartz() -> ctypes.CDLL:
    # Since macOS 11 the framework binaries live in the dyld cache, not on disk:
    # loading them by their full path still works, while a file-existence test would not.
    for path in _FRAMEWORKS:
        try:
            return ctypes.CDLL(path)
        except OSError:
            continue
    found = ctypes.util.find_library("ApplicationServices")
    if found is None:
        raise OSError("ApplicationServices framework not found")
    return ctypes.CDLL(found)


def macos_source() -> MacIdleSource:
    """The real thing; raises OSError anywhere but on macOS."""
    quartz = _load_quartz()
    function = quartz.CGEventSourceSecondsSinceLastEventType
    function.argtypes = [ctypes.c_uint32, ctypes.c_uint32]
    function.restype = ctypes.c_double
    return MacIdleSource(function)
