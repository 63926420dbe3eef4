"""Print one window of an application as a screen reader sees it: its AT-SPI tree as JSON.

    /usr/bin/python3 atspi_reader.py PID TITLE_PREFIX TIMEOUT [PATTERN GRACE]

Run with the system Python: pyatspi (Debian python3-pyatspi) is a system
package, not in the project's venv. The a11y bus is found as a screen reader
finds it (org.a11y.Bus on DBUS_SESSION_BUS_ADDRESS, or the X root window's
AT_SPI_BUS). It waits up to TIMEOUT seconds for the application with process
PID to show a frame whose name starts with TITLE_PREFIX; given PATTERN (a
regular expression), it then reads the frame again for up to GRACE seconds
until some name, description or text in it matches. It prints

    {"window": NODE, "applications": [names], "frames": [frame names of PID]}

where NODE is {"role", "name", "description", "states", "text", "value",
"actions", "children": [NODE...]}, the last reading (whether PATTERN matched
is for the caller to check). Without the frame in time, "window" is null and
the exit status 1; the rest of the JSON says what it did see.
"""

from __future__ import annotations

import json
import re
import sys
import time
from typing import Any

import pyatspi  # the system Python's (see above); no type information

MAX_DEPTH = 40


def _text(accessible: Any) -> str | None:
    try:
        text = accessible.queryText()
    except NotImplementedError:
        return None
    return str(text.getText(0, -1))


def _value(accessible: Any) -> float | None:
    try:
        value = accessible.queryValue()
    except NotImplementedError:
        return None
    return float(value.currentValue)


def _actions(accessible: Any) -> list[str]:
    try:
        action = accessible.queryAction()
    except NotImplementedError:
        return []
    return [str(action.getName(i)) for i in range(action.nActions)]


def describe(accessible: Any, depth: int = 0) -> dict[str, Any]:
    node: dict[str, Any] = {
        "role": accessible.getRoleName(),
        "name": accessible.name or "",
        "description": accessible.description or "",
        "states": sorted(pyatspi.stateToString(state) for state in accessible.getState().getStates()),
        "text": _text(accessible),
        "value": _value(accessible),
        "actions": _actions(accessible),
        "children": [],
    }
    if depth < MAX_DEPTH:
        for index in range(accessible.childCount):
            child = accessible.getChildAtIndex(index)
            if child is not None:
                node["children"].append(describe(child, depth + 1))
    return node


def _strings(node: dict[str, Any]) -> list[str]:
    found = [node["name"], node["description"], node["text"] or ""]
    for child in node["children"]:
        found += _strings(child)
    return found


def _application(pid: int) -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        application = desktop.getChildAtIndex(index)
        if application is not None and application.get_process_id() == pid:
            return application
    return None


def _frame(application: Any, prefix: str) -> Any:
    for index in range(application.childCount):
        child = application.getChildAtIndex(index)
        if child is not None and (child.name or "").startswith(prefix):
            return child
    return None


def main() -> int:
    pid, prefix, timeout = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])
    pattern = re.compile(sys.argv[4]) if len(sys.argv) > 4 else None
    grace = float(sys.argv[5]) if len(sys.argv) > 5 else 0.0
    deadline = time.monotonic() + timeout
    window: dict[str, Any] | None = None
    while True:
        try:
            application = _application(pid)
            frame = None if application is None else _frame(application, prefix)
            if frame is not None:
                if window is None:
                    deadline = time.monotonic() + grace
                window = describe(frame)
                if pattern is None or any(pattern.search(s) for s in _strings(window)):
                    break
        except Exception as error:  # an object went away mid-walk (the window refreshes): look again
            print(f"atspi_reader: {type(error).__name__}: {error}", file=sys.stderr)
        if time.monotonic() > deadline:
            break
        time.sleep(0.2)
        pyatspi.Registry.getDesktop(0).clearCache()
    desktop = pyatspi.Registry.getDesktop(0)
    applications = [desktop.getChildAtIndex(i).name for i in range(desktop.childCount)]
    application = _application(pid)
    frames = [] if application is None else [application.getChildAtIndex(i).name for i in range(application.childCount)]
    print(json.dumps({"window": window, "applications": applications, "frames": frames}))
    return 0 if window is not None else 1


if __name__ == "__main__":
    sys.exit(main())
