"""Start at login on macOS: a LaunchAgent that launchd loads from ~/Library/LaunchAgents at login."""

from __future__ import annotations

import plistlib
from pathlib import Path
from typing import Any
from xml.parsers.expat import ExpatError

from knotbreak.autostart import launch_command
from knotbreak.core.atomic import atomic_write_bytes

LABEL = "org.knotbreak.KnotBreak"


def agent(command: list[str]) -> dict[str, Any]:
    return {
        "Label": LABEL,
        "ProgramArguments": command,
        "RunAtLoad": True,
        # A tray app: only in the graphical login, never in an ssh session.
        "LimitLoadToSessionType": "Aqua",
        "ProcessType": "Interactive",
    }


class MacAutostart:
    def __init__(self, home: Path | None = None) -> None:
        self.path = (home or Path.home()) / "Library" / "LaunchAgents" / f"{LABEL}.plist"

    @property
    def supported(self) -> bool:
        return True

    @property
    def where(self) -> str:
        return str(self.path)

    def _read(self) -> dict[str, Any] | None:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return None
        try:
            loaded = plistlib.loads(data)
        except (ValueError, ExpatError) as error:
            raise OSError(f"{self.path} is not a property list: {error}") from error
        return loaded if isinstance(loaded, dict) else {}

    def enabled(self) -> bool:
        try:
            plist = self._read()
        except OSError:
            return False
        return plist is not None and plist.get("Label") == LABEL and plist.get("Disabled") is not True

    def set_enabled(self, on: bool) -> None:
        if on:
            atomic_write_bytes(self.path, plistlib.dumps(agent(launch_command())), follow_symlinks=True)
        else:
            self.path.unlink(missing_ok=True)
