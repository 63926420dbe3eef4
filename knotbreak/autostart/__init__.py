"""Starting KnotBreak at login: one small port, one implementation per operating system."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Protocol

APP_ID = "knotbreak"


class Autostart(Protocol):
    @property
    def supported(self) -> bool:
        """False where this system has no way: then enabled() is False and set_enabled raises OSError saying why."""
        ...

    @property
    def where(self) -> str:
        """What it manages, for people: a file path or a registry value."""
        ...

    def enabled(self) -> bool:
        """Whether KnotBreak starts at login; False, not an error, when that cannot be read."""
        ...

    def set_enabled(self, on: bool) -> None:
        """Turn starting at login on or off; doing it twice is fine. Raises OSError with a readable message."""
        ...


class Unsupported:
    """A system KnotBreak knows no way to start at login on."""

    def __init__(self, reason: str) -> None:
        self.reason = reason

    @property
    def supported(self) -> bool:
        return False

    @property
    def where(self) -> str:
        return ""

    def enabled(self) -> bool:
        return False

    def set_enabled(self, on: bool) -> None:
        raise OSError(self.reason)


_XDG_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly")


def for_this_system() -> Autostart:
    if sys.platform == "win32":
        from knotbreak.autostart.windows import WindowsAutostart

        return WindowsAutostart()
    if sys.platform == "darwin":
        from knotbreak.autostart.macos import MacAutostart

        return MacAutostart()
    if sys.platform.startswith(_XDG_PLATFORMS):
        from knotbreak.autostart.xdg import XdgAutostart

        return XdgAutostart()
    return Unsupported(f"KnotBreak does not know how to start at login on this system ({sys.platform})")


def launch_command() -> list[str]:
    """The argv that starts this installed KnotBreak, with absolute paths."""
    if not sys.executable:
        raise OSError("cannot tell which program runs this KnotBreak (sys.executable is empty)")
    # abspath, not resolve: a venv's bin/python is a symlink to the base
    # interpreter, which would start without the venv's packages.
    executable = Path(os.path.abspath(sys.executable))
    if getattr(sys, "frozen", False):
        return [str(executable)]
    if sys.platform == "win32":
        candidates = [executable.parent / "knotbreak.exe", executable.parent / "Scripts" / "knotbreak.exe"]
    else:
        candidates = [executable.parent / "knotbreak"]
    for script in candidates:
        if script.is_file():
            return [str(script)]
    return [str(executable), "-m", "knotbreak"]
