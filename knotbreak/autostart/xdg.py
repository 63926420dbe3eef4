"""Start at login on Linux and the BSDs: a desktop entry in $XDG_CONFIG_HOME/autostart."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from knotbreak.autostart import APP_ID, launch_command
from knotbreak.core.atomic import atomic_write_text

ENTRY_NAME = f"{APP_ID}.desktop"
GROUP = "[Desktop Entry]"
# The Desktop Entry spec's reserved characters: an argument holding one must be quoted.
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = frozenset('"`$\\')
_STRING_ESCAPES = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}


def autostart_dir() -> Path:
    # The base directory spec: unset, empty or relative means the default.
    config = os.environ.get("XDG_CONFIG_HOME", "")
    base = Path(config) if os.path.isabs(config) else Path.home() / ".config"
    return base / "autostart"


def template() -> str:
    try:
        return resources.files("knotbreak.data").joinpath(ENTRY_NAME).read_text(encoding="utf-8")
    except OSError as error:
        raise OSError(f"this KnotBreak is installed without its desktop entry template ({error})") from error


def desktop_entry(command: list[str], *, autostart: bool) -> str:
    """The menu entry, or with autostart the login one, that runs command."""
    lines = [f"Exec={quote_exec(command)}" if line.startswith("Exec=") else line for line in template().splitlines()]
    if autostart:
        lines.append("X-GNOME-Autostart-enabled=true")
    return "\n".join(lines) + "\n"


def quote_exec(command: list[str]) -> str:
    """An Exec value (string escapes included) that desktops split back into command."""
    return " ".join(_escape_string(_quote_argument(argument)) for argument in command)


def _quote_argument(argument: str) -> str:
    bad = [c for c in argument if (ord(c) < 0x20 and c not in "\t\n\r") or c == "\x7f"]
    if bad:
        raise OSError(f"cannot write {argument!r} in a desktop entry: it holds control characters")
    try:
        argument.encode("utf-8")
    except UnicodeEncodeError:
        raise OSError(f"cannot write {argument!r} in a desktop entry: it is not valid UTF-8") from None
    if argument and not _RESERVED.intersection(argument):
        return argument.replace("%", "%%")
    inner = "".join("\\" + c if c in _ESCAPED_IN_QUOTES else c for c in argument)
    return '"' + inner.replace("%", "%%") + '"'


def _escape_string(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def parse_exec(value: str) -> list[str]:
    """Split an Exec value as it appears in the file; ValueError when it is malformed or has field codes."""
    text = _unescape_string(value)
    arguments: list[str] = []
    current: list[str] | None = None
    i = 0
    while i < len(text):
        c = text[i]
        if c in " \t\n":
            if current is not None:
                arguments.append("".join(current))
                current = None
        elif c == '"':
            current = current if current is not None else []
            i += 1
            while True:
                if i >= len(text):
                    raise ValueError("unterminated quote")
                c = text[i]
                if c == '"':
                    break
                if c == "\\" and i + 1 < len(text) and text[i + 1] in _ESCAPED_IN_QUOTES:
                    i += 1
                    c = text[i]
                current.append(c)
                i += 1
        else:
            current = current if current is not None else []
            current.append(c)
        i += 1
    if current is not None:
        arguments.append("".join(current))
    return [_expand_percent(argument) for argument in arguments]


def _unescape_string(value: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value) and value[i + 1] in _STRING_ESCAPES:
            out.append(_STRING_ESCAPES[value[i + 1]])
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def _expand_percent(argument: str) -> str:
    parts = argument.split("%%")
    if any("%" in part for part in parts):
        raise ValueError(f"field code in {argument!r}")
    return "%".join(parts)


def read_entry(path: Path) -> dict[str, str] | None:
    """The [Desktop Entry] group's keys, or None when there is no file."""
    try:
        text = path.read_bytes().decode("utf-8", errors="replace")
    except FileNotFoundError:
        return None
    keys: dict[str, str] = {}
    in_group = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            in_group = line == GROUP
            continue
        if in_group and "=" in line:
            key, _, value = line.partition("=")
            keys.setdefault(key.strip(), value.lstrip())
    return keys


def _launches_knotbreak(entry: dict[str, str]) -> bool:
    try:
        argv = parse_exec(entry.get("Exec", ""))
    except ValueError:
        return False
    if not argv:
        return False
    if Path(argv[0]).stem.lower() == APP_ID or argv[1:3] == ["-m", APP_ID]:
        return True
    try:
        return argv == launch_command()
    except OSError:
        return False


def _switched_off(entry: dict[str, str]) -> bool:
    return entry.get("Hidden") == "true" or entry.get("X-GNOME-Autostart-enabled") == "false"


class XdgAutostart:
    def __init__(self, directory: Path | None = None) -> None:
        self.path = (directory or autostart_dir()) / ENTRY_NAME

    @property
    def supported(self) -> bool:
        return True

    @property
    def where(self) -> str:
        return str(self.path)

    def enabled(self) -> bool:
        try:
            entry = read_entry(self.path)
        except OSError:
            return False
        return entry is not None and _launches_knotbreak(entry) and not _switched_off(entry)

    def set_enabled(self, on: bool) -> None:
        entry = read_entry(self.path)
        # A switched-off entry of any kind is the user's "not at login", which on overrides.
        ours = entry is not None and (_launches_knotbreak(entry) or _switched_off(entry))
        if on:
            if entry is not None and not ours:
                raise OSError(f"{self.path} exists and starts something else ({entry.get('Exec', 'no Exec')}); move it away first")
            # A dotfile manager's symlink stays a symlink.
            atomic_write_text(self.path, desktop_entry(launch_command(), autostart=True), follow_symlinks=True)
        elif entry is not None and _launches_knotbreak(entry):
            self.path.unlink(missing_ok=True)
