"""`knotbreak autostart on|off|status`."""

from __future__ import annotations

import sys

from knotbreak.autostart import Unsupported, for_this_system


def autostart_command(action: str) -> int:
    autostart = for_this_system()
    if action == "status" and isinstance(autostart, Unsupported):
        print(f"KnotBreak does not start at login: {autostart.reason}")
        return 0
    try:
        if action in ("on", "off"):
            autostart.set_enabled(action == "on")
    except OSError as error:
        print(f"knotbreak: {error}", file=sys.stderr)
        return 1
    if autostart.enabled():
        print(f"KnotBreak starts at login ({autostart.where})")
    else:
        print("KnotBreak does not start at login")
    return 0
