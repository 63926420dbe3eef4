"""The control protocol between `knotbreak <command>` and the running app.

One JSON object per line each way. A request names a command and its
arguments; the reply is {"ok": true, ...} or {"ok": false, "error": "..."}.
Everything a request carries is checked here, so the app acts only on
well-formed commands and a hostile peer gets an error, not a crash.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from knotbreak.core.durations import MAX_PAUSE_SECONDS
from knotbreak.core.exercises import ROUTINE_ID

MAX_REQUEST_BYTES = 4096
COMMANDS = ("break", "routine", "snooze", "skip", "pause", "resume", "meeting", "status", "quit", "preferences", "welcome")



class ProtocolError(ValueError):
    pass


@dataclass(frozen=True)
class Request:
    command: str
    minutes: float | None = None  # snooze
    seconds: float | None = None  # pause for a duration
    until: str | None = None  # pause "tomorrow"
    end: bool = False  # meeting: turn meeting mode off
    id: str | None = None  # routine: which one


def encode(message: dict[str, Any]) -> bytes:
    return (json.dumps(message, separators=(",", ":")) + "\n").encode("utf-8")


def decode_request(line: bytes) -> Request:
    if len(line) > MAX_REQUEST_BYTES:
        raise ProtocolError("request too long")
    try:
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise ProtocolError("request is not valid JSON") from None
    if not isinstance(message, dict):
        raise ProtocolError("request must be a JSON object")
    command = message.get("command")
    if command not in COMMANDS:
        raise ProtocolError(f"unknown command {command!r}")
    unexpected = set(message) - {"command", "minutes", "seconds", "until", "end", "id"}
    if unexpected:
        raise ProtocolError(f"unexpected fields: {', '.join(sorted(unexpected))}")
    minutes: float | None = None
    if command == "snooze":
        minutes = _number(message, "minutes", 1, 240)
    else:
        _absent(message, "minutes")
    seconds: float | None = None
    if command in ("pause", "meeting"):
        seconds = _number(message, "seconds", 1, MAX_PAUSE_SECONDS)
    else:
        _absent(message, "seconds")
    end = message.get("end", False)
    if end is not False and (command != "meeting" or end is not True):
        raise ProtocolError("'end' takes only true, with meeting")
    if end and seconds is not None:
        raise ProtocolError("meeting takes seconds or end, not both")
    until = message.get("until")
    if until is not None and (command != "pause" or until != "tomorrow"):
        raise ProtocolError("'until' takes only the value \"tomorrow\", with pause")
    if seconds is not None and until is not None:
        raise ProtocolError("pause takes seconds or until, not both")
    routine_id = message.get("id")
    if command == "routine":
        if not isinstance(routine_id, str) or not ROUTINE_ID.match(routine_id):
            raise ProtocolError("routine needs an 'id' of lowercase letters, digits and dashes")
    elif routine_id is not None:
        raise ProtocolError(f"'id' does not go with {command!r}")
    return Request(command, minutes, seconds, until, end, routine_id)


def _number(message: dict[str, Any], key: str, low: float, high: float) -> float | None:
    value = message.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        raise ProtocolError(f"'{key}' must be a number")
    if not low <= value <= high:
        raise ProtocolError(f"'{key}' must be between {low:g} and {high:g}")
    return float(value)


def _absent(message: dict[str, Any], key: str) -> None:
    if message.get(key) is not None:
        raise ProtocolError(f"'{key}' does not go with {message['command']!r}")
