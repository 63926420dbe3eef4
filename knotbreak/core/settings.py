"""The settings schema and the settings file.

Every key is declared once in SCHEMA; validation, defaults, the README table
and (later) the settings dialog all come from it. Loading never fails: bad
values fall back to their defaults with a warning, and an unparsable file is
moved aside so the user can recover it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import tomli_w

from knotbreak.core.atomic import atomic_write_text
from knotbreak.core.exercises import EQUIPMENT


Validator = Callable[[Any], "str | None"]


@dataclass(frozen=True)
class Option:
    name: str
    type: type
    default: Any
    description: str
    minimum: float | None = None
    maximum: float | None = None
    validator: Validator | None = None
    """Extra check for values beyond type and bounds; returns the reason a value is wrong."""

    def check(self, value: Any) -> str | None:
        """None when value is valid, else the reason it is not."""
        # bool is an int subclass; a `true` where a number belongs is a mistake.
        if isinstance(value, bool) and self.type is not bool:
            return f"expected {_type_name(self.type)}, got a boolean"
        if self.type is float and isinstance(value, int):
            value = float(value)
        if self.type is tuple and isinstance(value, list):
            value = tuple(value)
        if not isinstance(value, self.type):
            return f"expected {_type_name(self.type)}, got {_type_name(type(value))}"
        if self.minimum is not None and value < self.minimum:
            return f"must be at least {self.minimum:g}"
        if self.maximum is not None and value > self.maximum:
            return f"must be at most {self.maximum:g}"
        if self.validator is not None:
            return self.validator(value)
        return None

    def convert(self, value: Any) -> Any:
        return tuple(value) if self.type is tuple else self.type(value)


def _type_name(kind: type) -> str:
    return {tuple: "list", str: "string", bool: "true or false"}.get(kind, kind.__name__)


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_HOURS_RE = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")


def parse_working_hours(text: str) -> tuple[int, int] | None:
    """'09:00-17:30' as minutes after midnight (540, 1050); '' means all day (None)."""
    if text == "":
        return None
    match = _HOURS_RE.match(text)
    if not match:
        raise ValueError("expected HH:MM-HH:MM, like 09:00-17:30, or \"\" for all day")
    start = int(match.group(1)) * 60 + int(match.group(2))
    end = int(match.group(3)) * 60 + int(match.group(4))
    if end > 24 * 60:
        raise ValueError("the end can be 24:00 at the latest")
    if start == end:
        raise ValueError("start and end are the same")
    return start, end


def _check_hours(value: str) -> str | None:
    try:
        parse_working_hours(value)
    except ValueError as error:
        return str(error)
    return None


PLACES = ("desk", "standing", "floor")


def _check_choices(allowed: tuple[str, ...], what: str) -> Validator:
    def check(value: tuple[Any, ...]) -> str | None:
        wrong = [item for item in value if item not in allowed]
        if wrong:
            return f"unknown {what} {wrong[0]!r}; use {', '.join(allowed)}"
        return None

    return check


PROMPT_STYLES = ("auto", "window", "notification")


def _check_prompt_style(value: str) -> str | None:
    if value not in PROMPT_STYLES:
        return f"unknown prompt style {value!r}; use {', '.join(PROMPT_STYLES)}"
    return None


def _check_ids(value: tuple[Any, ...]) -> str | None:
    if not all(isinstance(item, str) for item in value):
        return "expected a list of exercise ids"
    return None


def _check_days(value: tuple[Any, ...]) -> str | None:
    wrong = [day for day in value if day not in WEEKDAYS]
    if wrong:
        return f"unknown day {wrong[0]!r}; use {', '.join(WEEKDAYS)}"
    if len(set(value)) != len(value):
        return "a day is listed twice"
    return None


SCHEMA: tuple[Option, ...] = (
    Option("work_minutes", int, 50, "Minutes of sitting before a break is due.", 1, 240),
    Option("snooze_minutes", int, 10, "Minutes a snooze postpones the break by default.", 1, 120),
    Option("max_snoozes", int, 3, "Snoozes allowed in a row before a break must be taken or skipped; 0 means unlimited.", 0, 20),
    Option("notify_before_seconds", int, 60, "Seconds of warning before a break; 0 turns the warning off.", 0, 900),
    Option("natural_break_minutes", int, 5, "Minutes away from the keyboard and mouse that count as a break taken.", 1, 120),
    Option("defer_when_fullscreen", bool, True, "Hold the break prompt while a fullscreen window has focus."),
    Option("defer_when_camera_in_use", bool, True, "Hold the break prompt while another program uses the camera (Linux)."),
    Option("defer_when_inhibited", bool, True, "Hold the break prompt while another program keeps the screen awake (a video, a slide show, a call)."),
    Option("max_defer_minutes", int, 30, "The longest a fullscreen window, the camera or a screen-awake request holds a prompt back.", 1, 240),
    Option("break_prompt", str, "auto", "How a due break is shown: \"window\" (a small window in a corner), \"notification\" (the desktop's notification, with buttons), or \"auto\" (a notification on Wayland, where a window would take the keyboard; the window elsewhere).", validator=_check_prompt_style),
    Option("working_hours", str, "", "Count and remind only between these times, like \"09:00-17:30\"; \"\" means all day.", validator=_check_hours),
    Option("working_days", tuple, WEEKDAYS, "Days on which KnotBreak counts and reminds.", validator=_check_days),
    Option("quick_routine_minutes", int, 2, "Length of the routine a break prompt starts.", 1, 15),
    Option("places", tuple, ("desk", "standing"), "Where you can stretch: desk, standing (room to stand), floor.", validator=_check_choices(PLACES, "place")),
    Option("equipment", tuple, (), "Equipment you have: " + ", ".join(EQUIPMENT) + ".", validator=_check_choices(EQUIPMENT, "equipment")),
    Option("avoid_exercises", tuple, (), "Exercises never to choose (the stretch window's \"Skip, it hurts\" adds here).", validator=_check_ids),
    Option("sounds", bool, True, "A soft chime at each step of a routine."),
    Option("spoken_cues", bool, False, "Speak cues like \"Switch sides\" aloud, where a speech engine exists."),
    Option("tension_checkin", bool, True, "Ask \"How tight is your upper back?\" (0-10) before and after a routine."),
)

OPTIONS: dict[str, Option] = {option.name: option for option in SCHEMA}


@dataclass(frozen=True)
class Settings:
    work_minutes: int = OPTIONS["work_minutes"].default
    snooze_minutes: int = OPTIONS["snooze_minutes"].default
    max_snoozes: int = OPTIONS["max_snoozes"].default
    notify_before_seconds: int = OPTIONS["notify_before_seconds"].default
    natural_break_minutes: int = OPTIONS["natural_break_minutes"].default
    defer_when_fullscreen: bool = OPTIONS["defer_when_fullscreen"].default
    defer_when_camera_in_use: bool = OPTIONS["defer_when_camera_in_use"].default
    defer_when_inhibited: bool = OPTIONS["defer_when_inhibited"].default
    max_defer_minutes: int = OPTIONS["max_defer_minutes"].default
    break_prompt: str = OPTIONS["break_prompt"].default
    working_hours: str = OPTIONS["working_hours"].default
    working_days: tuple[str, ...] = OPTIONS["working_days"].default
    quick_routine_minutes: int = OPTIONS["quick_routine_minutes"].default
    places: tuple[str, ...] = OPTIONS["places"].default
    equipment: tuple[str, ...] = OPTIONS["equipment"].default
    avoid_exercises: tuple[str, ...] = OPTIONS["avoid_exercises"].default
    sounds: bool = OPTIONS["sounds"].default
    spoken_cues: bool = OPTIONS["spoken_cues"].default
    tension_checkin: bool = OPTIONS["tension_checkin"].default

    def as_dict(self) -> dict[str, Any]:
        return {option.name: getattr(self, option.name) for option in SCHEMA}


@dataclass
class LoadResult:
    settings: Settings
    warnings: list[str] = field(default_factory=list)
    moved_aside: Path | None = None
    """Where an unparsable file was moved, so the user can be told."""


def validate(data: dict[str, Any]) -> tuple[Settings, list[str]]:
    values: dict[str, Any] = {}
    warnings: list[str] = []
    for key, value in data.items():
        option = OPTIONS.get(key)
        if option is None:
            warnings.append(f"unknown setting {key!r} is ignored")
            continue
        problem = option.check(value)
        if problem:
            warnings.append(f"{key} = {value!r}: {problem}; using the default {option.default!r}")
            continue
        values[key] = option.convert(value)
    return Settings(**values), warnings


def load(path: Path, *, now: datetime | None = None) -> LoadResult:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return LoadResult(Settings())
    except OSError as error:
        return LoadResult(Settings(), [f"could not read {path}: {error.strerror}; using defaults"])
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        aside = _move_aside(path, now or datetime.now())
        message = f"{path.name} could not be read ({error}); it was kept as {aside.name} and defaults are used"
        return LoadResult(Settings(), [message], moved_aside=aside)
    settings, warnings = validate(data)
    return LoadResult(settings, [f"{path.name}: {w}" for w in warnings])


def render(settings: Settings) -> str:
    """The file text: every key with its description, bounds and default as comments."""
    lines = ["# KnotBreak settings. Every key is optional: delete one to get its default.", ""]
    for option in SCHEMA:
        bounds = ""
        if option.minimum is not None and option.maximum is not None:
            bounds = f"{option.minimum:g} to {option.maximum:g}, "
        lines.append(f"# {option.description} ({bounds}default {_toml_value(option.default)})")
        lines.append(f"{option.name} = {_toml_value(getattr(settings, option.name))}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _toml_value(value: Any) -> str:
    if isinstance(value, tuple):  # one line, where tomli_w would spread a list over many
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    return tomli_w.dumps({"v": value})[4:].strip()


def save(path: Path, settings: Settings) -> None:
    atomic_write_text(path, render(settings))


def set_value(path: Path, key: str, value: Any) -> None:
    """Change one key in the settings file, keeping every other line (and comment) as it is.

    The key's value is replaced where it stands, even when it spans several
    lines; a missing key goes before the first [table], so it stays a
    top-level setting. A file that does not parse is left for load() to move
    aside, and the key is written to a fresh file with the defaults.
    """
    option = OPTIONS[key]
    problem = option.check(value)
    if problem:
        raise ValueError(f"{key}: {problem}")
    line = f"{key} = {_toml_value(option.convert(value))}"
    try:
        text = path.read_text("utf-8")
        tomllib.loads(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        save(path, replace(load(path).settings, **{key: option.convert(value)}))
        return
    lines = text.splitlines(keepends=True)
    span = _value_span(lines, key)
    if span is not None:
        first, last = span
        ending = "\n" if lines[last].endswith("\n") else ""
        lines[first : last + 1] = [line + ending]
    else:
        table = next((i for i, text_line in enumerate(lines) if text_line.lstrip().startswith("[")), len(lines))
        if table == len(lines) and lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        lines.insert(table, line + "\n")
    updated = "".join(lines)
    tomllib.loads(updated)  # never write a file that would not load
    atomic_write_text(path, updated)


def _value_span(lines: list[str], key: str) -> tuple[int, int] | None:
    """First and last line of a top-level `key = value`, however many lines the value takes."""
    pattern = re.compile(rf"^{re.escape(key)}\s*=")
    for first, text_line in enumerate(lines):
        if text_line.lstrip().startswith("["):
            return None  # past the top level
        if pattern.match(text_line):
            for last in range(first, len(lines)):
                try:
                    tomllib.loads("".join(lines[first : last + 1]))
                except tomllib.TOMLDecodeError:
                    continue
                return first, last
            return None
    return None


def _move_aside(path: Path, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.broken-{stamp}")
    counter = 1
    while aside.exists():
        aside = path.with_name(f"{path.name}.broken-{stamp}-{counter}")
        counter += 1
    path.rename(aside)
    return aside
