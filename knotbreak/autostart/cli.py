"""`knotbreak autostart on|off|status`."""

from __future__ import annotations

import sys

from knotbreak.autostart import Unsupported, for_this_system
from knotbreak.core.i18n import fill, translate


def autostart_command(action: str) -> int:
    autostart = for_this_system()
    if action == "status" and isinstance(autostart, Unsupported):
        #: %1 is why (often technical English), e.g. "no autostart folder on this system".
        print(fill(translate("CommandLine", "KnotBreak does not start at login: %1"), autostart.reason))
        return 0
    try:
        if action in ("on", "off"):
            autostart.set_enabled(action == "on")
    except OSError as error:
        print(f"knotbreak: {error}", file=sys.stderr)
        return 1
    if autostart.enabled():
        #: %1 is where the entry lives: a file's path or a registry key.
        print(fill(translate("CommandLine", "KnotBreak starts at login (%1)"), autostart.where))
    else:
        print(translate("CommandLine", "KnotBreak does not start at login"))
    return 0
