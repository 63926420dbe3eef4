"""The control socket's requests, answered through the same commands the tray menu uses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from knotbreak import __version__
from knotbreak.core.breakloop import ActionRefused
from knotbreak.core.i18n import fill, translate
from knotbreak.core.protocol import Request
from knotbreak.core.session import Session
from knotbreak.qt.routines import RoutineService


class Commands(Protocol):
    """What the app offers beyond the session: the things that show or close windows."""

    def pause(self, value: float | str | None) -> None: ...

    def start_meeting(self, seconds: float | None) -> None: ...

    def end_meeting(self) -> None: ...

    def quit_soon(self) -> None: ...

    def show_preferences(self) -> None: ...

    def show_welcome(self) -> None: ...


class ControlHandler:
    def __init__(self, session: Session, routines: RoutineService, commands: Commands) -> None:
        self._session = session
        self._routines = routines
        self._commands = commands

    def status_json(self) -> dict[str, Any]:
        data = self._session.status_json(live=True)
        data["version"] = __version__
        return data

    def handle(self, request: Request) -> dict[str, Any]:
        command = request.command
        refusal: str | None = None
        if command == "break":
            self._routines.take_break()
        elif command == "routine":
            self._routines.refresh()
            if request.id not in self._routines.catalog.routines:
                #: %1 is the routine id the command line asked for; 'knotbreak routines' is a command.
                unknown = fill(translate("Refusal", "unknown routine '%1'; 'knotbreak routines' lists them"), str(request.id))
                return {"ok": False, "error": unknown}
            if self._routines.stretch_window is not None:
                return {"ok": False, "refused": True, "error": translate("Refusal", "a routine is already running"), "status": self.status_json()}
            self._routines.take_break(request.id)
        elif command == "snooze":
            refusal = _refusal(self._session.snooze, request.minutes)
        elif command == "skip":
            refusal = _refusal(self._session.skip)
        elif command == "pause":
            self._commands.pause("tomorrow" if request.until == "tomorrow" else request.seconds)
        elif command == "resume":
            refusal = _refusal(self._session.resume)
        elif command == "meeting":
            if request.end:
                self._commands.end_meeting()
            else:
                self._commands.start_meeting(request.seconds)
        elif command == "quit":
            self._commands.quit_soon()
        elif command == "preferences":
            self._commands.show_preferences()
        elif command == "welcome":
            self._commands.show_welcome()
        if refusal is not None:
            return {"ok": False, "refused": True, "error": refusal, "status": self.status_json()}
        return {"ok": True, "status": self.status_json()}


def _refusal(action: Callable[..., None], *args: Any) -> str | None:
    """Run a session command; why it does not apply now, or None when it was done."""
    try:
        action(*args)
    except ActionRefused as refusal:
        return str(refusal)
    return None
