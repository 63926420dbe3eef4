"""The settings schema and the settings file.

Every key is declared once in SCHEMA; validation, defaults, the README table
and (later) the settings dialog all come from it. Loading never fails: bad
values fall back to their defaults with a warning, and a file that is not
valid TOML at start-up is moved aside so the user can recover it.
"""

from __future__ import annotations

import codecs
import math
import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import tomli_w

from knotbreak.core import i18n
from knotbreak.core.atomic import atomic_write_bytes, atomic_write_text
from knotbreak.core.content_translations import overlay_languages
from knotbreak.core.exercises import EQUIPMENT, UnreadableFile, read_regular_file
from knotbreak.core.i18n import QT_TRANSLATE_NOOP, fill, translate

Validator = Callable[[Any], "str | None"]


PAGES = ("Breaks", "Don't interrupt", "Stretching", "Sounds and voice", "Check-in and history")
"""The groups a person sees in Preferences, in order; every option names one."""


@dataclass(frozen=True)
class Option:
    name: str
    type: type[Any]
    default: Any
    description: str
    minimum: float | None = None
    maximum: float | None = None
    validator: Validator | None = None
    """Extra check for values beyond type and bounds; returns the reason a value is wrong."""
    label: str = ""
    """The control's short name in Preferences ("&Work minutes"; & marks the mnemonic)."""
    page: str = PAGES[0]
    unit: str = ""
    """What a number counts ("minutes", "seconds"), shown beside its control."""
    choices: tuple[str, ...] = ()
    """For a string: the values it may take (a drop-down). For a list: the items it may hold (a checkbox each)."""
    hint: str = ""
    """What Preferences says under the control, where the description speaks of the file's syntax."""
    zero_means: str = ""
    """For a number whose 0 is special: what the control shows for it ("Unlimited", "Off")."""

    def check(self, value: Any) -> str | None:
        """None when value is valid, else the reason it is not."""
        # bool is an int subclass; a `true` where a number belongs is a mistake.
        if isinstance(value, bool) and self.type is not bool:
            #: %1 is the kind of value a setting takes (TOML's words: "int", "string", "list").
            return fill(translate("SettingsProblem", "expected %1, got a boolean"), _type_name(self.type))
        if self.type is float and isinstance(value, int):
            value = float(value)
        if self.type is tuple and isinstance(value, list):
            value = tuple(value)
        if not isinstance(value, self.type):
            #: %1 is the kind of value a setting takes, %2 the kind it has (TOML's words: "int", "string", "list").
            return fill(translate("SettingsProblem", "expected %1, got %2"), _type_name(self.type), _type_name(type(value)))
        if self.minimum is not None and value < self.minimum:
            #: Why a setting was not saved: %1 is the lowest value allowed.
            return fill(translate("SettingsProblem", "must be at least %1"), f"{self.minimum:g}")
        if self.maximum is not None and value > self.maximum:
            #: Why a setting was not saved: %1 is the highest value allowed.
            return fill(translate("SettingsProblem", "must be at most %1"), f"{self.maximum:g}")
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


PLACE_WORD = QT_TRANSLATE_NOOP("SettingsProblem", "place")
EQUIPMENT_WORD = QT_TRANSLATE_NOOP("SettingsProblem", "equipment")


def _check_choices(allowed: tuple[str, ...], what: str) -> Validator:
    def check(value: tuple[Any, ...]) -> str | None:
        wrong = [item for item in value if item not in allowed]
        if wrong:
            #: %1 is "place" or "equipment", %2 the unknown value, %3 the values allowed.
            return fill(translate("SettingsProblem", "unknown %1 %2; use %3"), translate("SettingsProblem", what), repr(wrong[0]), ", ".join(allowed))
        return None

    return check


PROMPT_STYLES = ("auto", "window", "notification")


def _check_prompt_style(value: str) -> str | None:
    if value not in PROMPT_STYLES:
        return fill(translate("SettingsProblem", "unknown prompt style %1; use %2"), repr(value), ", ".join(PROMPT_STYLES))
    return None


LANGUAGES = ("", "en", *overlay_languages())
"""The languages the app speaks: "" is the system's (the first of them it has a translation for), then
English and every language whose exercises are translated (knotbreak/data/content/<lang>.toml), so a
new language is offered once its files are there (see Translating in the README)."""


def _check_language(value: str) -> str | None:
    # The pseudo-language is accepted but not offered: every text lengthened and bracketed, for checking layouts.
    if value not in LANGUAGES and value != i18n.PSEUDO:
        return fill(translate("SettingsProblem", "unknown language %1; use one of %2"), repr(value), ", ".join(repr(code) for code in LANGUAGES))
    return None


def _check_ids(value: tuple[Any, ...]) -> str | None:
    if not all(isinstance(item, str) for item in value):
        return "expected a list of exercise ids"
    return None


def _check_days(value: tuple[Any, ...]) -> str | None:
    wrong = [day for day in value if day not in WEEKDAYS]
    if wrong:
        return fill(translate("SettingsProblem", "unknown day %1; use %2"), repr(wrong[0]), ", ".join(WEEKDAYS))
    if len(set(value)) != len(value):
        return translate("SettingsProblem", "a day is listed twice")
    return None


SCHEMA: tuple[Option, ...] = (
    Option(
        "work_minutes", int, 50, "Minutes of sitting before a break is due.", 1, 240,
        label="&Work before a break", unit="minutes",
    ),
    Option(
        "snooze_minutes", int, 10, "Minutes a snooze postpones the break by default.", 1, 120,
        label="&Snooze for", unit="minutes",
    ),
    Option(
        "max_snoozes", int, 3, "Snoozes allowed in a row before a break must be taken or skipped; 0 means unlimited.", 0, 20,
        label="Snoozes in a &row", unit="snoozes", zero_means="Unlimited",
        hint="Snoozes allowed in a row before a break must be taken or skipped.",
    ),
    Option(
        "notify_before_seconds", int, 60, "Seconds of warning before a break; 0 turns the warning off.", 0, 900,
        label="Warn &before a break", unit="seconds", zero_means="Off",
        hint="How long before a break a notice says it is coming.",
    ),
    Option(
        "natural_break_minutes", int, 5, "Minutes away from the keyboard and mouse that count as a break taken.", 1, 120,
        label="&Away counts as a break after", unit="minutes",
    ),
    Option(
        "break_prompt",
        str,
        "auto",
        "How a due break is shown: \"window\" (a small window in a corner), "
        "\"notification\" (the desktop's notification, with buttons), or \"auto\" "
        "(a notification on Wayland, where a window would take the keyboard; the window elsewhere).",
        validator=_check_prompt_style,
        label="Show a &due break as",
        choices=PROMPT_STYLES,
        hint="Automatically: the desktop's notification on Wayland, where a window would take your keyboard, "
        "and a small corner window elsewhere.",
    ),
    Option(
        "language", str, "", "The language of the app: \"\" for the system's, or a code like \"de\" or \"es\".",
        validator=_check_language, label="&Language", choices=LANGUAGES,
        hint="A new language applies the next time KnotBreak starts.",
    ),
    Option(
        "defer_when_fullscreen", bool, True, "Hold the break prompt while a fullscreen window has focus.",
        label="Wait while a &fullscreen window has focus", page=PAGES[1],
    ),
    Option(
        "defer_when_camera_in_use", bool, True, "Hold the break prompt while another program uses the camera (Linux).",
        label="Wait while the &camera is in use", page=PAGES[1],
    ),
    Option(
        "defer_when_inhibited", bool, True,
        "Hold the break prompt while another program keeps the screen awake (a video, a slide show, a call).",
        label="Wait while a program keeps the screen &awake", page=PAGES[1],
    ),
    Option(
        "max_defer_minutes", int, 30, "The longest a fullscreen window, the camera or a screen-awake request holds a prompt back.", 1, 240,
        label="&Longest wait", unit="minutes", page=PAGES[1],
    ),
    Option(
        "working_hours", str, "", "Count and remind only between these times, like \"09:00-17:30\"; \"\" means all day.",
        validator=_check_hours, label="Working &hours", page=PAGES[1],
        hint="Count and remind only between these times.",
    ),
    Option(
        "working_days", tuple, WEEKDAYS, "Days on which KnotBreak counts and reminds.",
        validator=_check_days, label="Working &days", page=PAGES[1], choices=WEEKDAYS,
    ),
    Option(
        "quick_routine_minutes", int, 2, "Length of the routine a break prompt starts.", 1, 15,
        label="&Quick routine length", unit="minutes", page=PAGES[2],
    ),
    Option(
        "places", tuple, ("desk", "standing"), "Where you can stretch: desk, standing (room to stand), floor.",
        validator=_check_choices(PLACES, PLACE_WORD), label="&Places you can stretch", page=PAGES[2], choices=PLACES,
        hint="Standing needs room to stand up; floor includes kneeling.",
    ),
    Option(
        "equipment", tuple, (), "Equipment you have: " + ", ".join(EQUIPMENT) + ".",
        validator=_check_choices(EQUIPMENT, EQUIPMENT_WORD), label="&Equipment you have", page=PAGES[2], choices=EQUIPMENT,
        hint="Routines only choose exercises you have the things for.",
    ),
    Option(
        "avoid_exercises", tuple, (), "Exercises never to choose (the stretch window's \"Skip, it hurts\" adds here).",
        validator=_check_ids, label="Exercises a&voided", page=PAGES[2],
        hint="Never chosen for a quick routine. \"Skip, it hurts\" in the stretch window adds one here.",
    ),
    Option("sounds", bool, True, "A soft chime at each step of a routine.", label="&Chimes", page=PAGES[3]),
    Option(
        "spoken_cues", bool, False, "Speak cues like \"Switch sides\" aloud, where a speech engine exists.",
        label="S&poken cues", page=PAGES[3],
    ),
    Option(
        "tension_checkin", bool, True, "Ask \"How tight is your upper back?\" (0-10) before and after a routine.",
        label="&Tension check-in", page=PAGES[4],
    ),
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
    language: str = OPTIONS["language"].default
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
    kept_previous: bool = False
    """The file could not be read, so `settings` are the ones in force before; warnings say why."""


class SettingsParseError(ValueError):
    """The file's bytes are not a TOML document (bad syntax, not UTF-8, nested too deeply)."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(f"line {line}: {reason}" if line is not None else reason)
        self.reason = reason
        self.line = line


class SettingsEditError(ValueError):
    """set_value could not change the file, which is left as it was; the message is for the user."""


_BOM = codecs.BOM_UTF8
_WHERE_RE = re.compile(r"^(?P<reason>.*) \(at (?:line (?P<line>\d+), column \d+|end of document)\)$", re.DOTALL)


def validate(data: dict[str, Any]) -> tuple[Settings, list[str]]:
    values: dict[str, Any] = {}
    warnings: list[str] = []
    for key, value in data.items():
        option = OPTIONS.get(key)
        if option is None:
            #: %1 is a key of settings.toml that KnotBreak does not know.
            warnings.append(fill(translate("SettingsProblem", "unknown setting %1 is ignored"), repr(key)))
            continue
        problem = option.check(value)
        if problem:
            #: %1 = %2 is a line of settings.toml, %3 what is wrong with it, %4 the value used instead.
            template = translate("SettingsProblem", "%1 = %2: %3; using the default %4")
            warnings.append(fill(template, key, repr(value), problem, repr(option.default)))
            continue
        values[key] = option.convert(value)
    return Settings(**values), warnings


def parse(raw: bytes, name: str = "settings.toml") -> LoadResult:
    """The settings in a file's bytes; raises SettingsParseError when they are not a TOML document.

    A UTF-8 byte order mark is allowed (Windows editors write one). Bad values
    do not raise: they become warnings prefixed with `name`.
    """
    data = _parse_toml(_decode(raw))
    settings, warnings = validate(data)
    return LoadResult(settings, [f"{name}: {w}" for w in warnings])


def is_blank(raw: bytes) -> bool:
    """True for a file with nothing but whitespace (an editor may leave it so for a moment)."""
    return raw.removeprefix(_BOM).strip(b" \t\r\n") == b""


def _decode(raw: bytes) -> str:
    body = raw.removeprefix(_BOM)
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SettingsParseError("not UTF-8 text", body[: error.start].count(b"\n") + 1) from None


def _parse_toml(text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = _WHERE_RE.match(str(error))
        if match is None:
            raise SettingsParseError(str(error)) from None
        line = int(match["line"]) if match["line"] else text.count("\n") + 1
        raise SettingsParseError(match["reason"], line) from None
    except ValueError as error:  # tomllib lets int()'s digit limit through
        raise SettingsParseError(f"a value tomllib cannot read ({error})") from None
    except RecursionError:
        raise SettingsParseError("values nested too deeply") from None


MAX_SETTINGS_BYTES = 1024 * 1024
"""Far more than any settings file: a larger one is not read (a device or a log written there by mistake)."""


def load(path: Path, *, now: datetime | None = None, move_aside: bool = True) -> LoadResult:
    """The settings in path; never raises.

    A missing file gives the defaults. A file that is not valid TOML gives the
    defaults too, and is renamed to settings.toml.broken-<time> (beside a
    symlink's target) unless move_aside is False.
    """
    try:
        raw = read_regular_file(path, MAX_SETTINGS_BYTES, "a settings file")
    except UnreadableFile as unreadable:
        return LoadResult(Settings(), [f"could not read {path}: it {unreadable.reason}; using defaults"])
    if raw is None:
        return LoadResult(Settings())
    try:
        return parse(raw, path.name)
    except SettingsParseError as error:
        if not move_aside:
            return LoadResult(Settings(), [f"{path.name} is not valid TOML ({error}); using defaults"])
        try:
            aside = _move_aside(Path(os.path.realpath(path)), now or datetime.now())
        except OSError as move_error:
            message = f"{path.name} could not be read ({error}) nor moved aside ({move_error.strerror}); defaults are used"
            return LoadResult(Settings(), [message])
        message = f"{path.name} could not be read ({error}); it was kept as {aside.name} and defaults are used"
        return LoadResult(Settings(), [message], moved_aside=aside)


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
    """Write the whole commented file; a symlinked settings.toml stays a link to the new content."""
    atomic_write_text(path, render(settings), follow_symlinks=True)


def set_value(path: Path, key: str, value: Any) -> None:
    """Change one top-level key in the settings file; see set_values."""
    set_values(path, {key: value})


def set_values(path: Path, changes: dict[str, Any]) -> None:
    """Change top-level keys in the settings file, keeping everything else as it is.

    Comments, key order and quoting, indentation, unknown keys, line endings
    (CRLF stays CRLF) and a byte order mark are kept; a missing key goes
    above the first [table]. A symlink is written through: its target gets
    the new content, atomically, in one write for all the changes. A missing
    file is written afresh with every key commented. Raises SettingsEditError
    when a value is not valid or the file cannot be edited safely (it is not
    valid TOML right now, say); the file is then untouched. Disk errors raise
    OSError.
    """
    converted: dict[str, Any] = {}
    for key, value in changes.items():
        option = OPTIONS.get(key)
        if option is None:
            raise SettingsEditError(f"{key!r} is not a setting")
        problem = option.check(value)
        if problem:
            raise SettingsEditError(f"{key}: {problem}")
        converted[key] = option.convert(value)
    target = Path(os.path.realpath(path))  # dotfile managers link settings.toml; keep the link
    try:
        raw = read_regular_file(target, MAX_SETTINGS_BYTES, "a settings file")
    except UnreadableFile as unreadable:
        #: %1 is the settings file's name, %2 why it cannot be read ("is not a regular file").
        raise SettingsEditError(fill(translate("SettingsProblem", "%1 %2; it was left as it is"), path.name, unreadable.reason)) from None
    if raw is None:
        save(target, replace(Settings(), **converted))
        return
    try:
        text = _decode(raw)
        before = _parse_toml(text)
    except SettingsParseError as error:
        #: %1 is the settings file's name, %2 the TOML reader's message (English).
        problem = fill(translate("SettingsProblem", "%1 is not valid TOML right now (%2); fix it and try again"), path.name, str(error))
        raise SettingsEditError(problem) from None
    edited = text
    for key, value in converted.items():
        edited = _edit(edited, key, _toml_value(value), path.name)
    expected = {**before, **{key: list(value) if isinstance(value, tuple) else value for key, value in converted.items()}}
    try:
        after = _parse_toml(edited)
    except SettingsParseError:
        after = None
    if after is None or _comparable(after) != _comparable(expected):
        #: %1 is the settings file's name, %2 the keys to set in it by hand.
        raise SettingsEditError(fill(translate("SettingsProblem", "%1 could not be edited safely; set %2 by hand"), path.name, ", ".join(converted)))
    bom = _BOM if raw.startswith(_BOM) else b""
    atomic_write_bytes(target, bom + edited.encode("utf-8"))


def _edit(text: str, key: str, value_text: str, name: str) -> str:
    """text with key = value_text, edited by tomlkit so the rest stays byte for byte."""
    import tomlkit  # only when editing: it is not needed to start (a lighter start-up)

    try:
        document = tomlkit.parse(text)
        document[key] = tomlkit.value(value_text)
        edited = document.as_string()
    except Exception as error:  # noqa: BLE001 -- any tomlkit failure, documented or not, must leave the file as it was
        #: %1 is the settings file's name, %2 the editor's message (English), %3 the key to set by hand.
        raise SettingsEditError(fill(translate("SettingsProblem", "%1 could not be edited (%2); set %3 by hand"), name, str(error), key)) from None
    if _uses_crlf(text):
        edited = _crlf_in_changed_part(text, edited)
    return edited


def _uses_crlf(text: str) -> bool:
    crlf = text.count("\r\n")
    return crlf > 0 and crlf >= text.count("\n") - crlf


def _crlf_in_changed_part(before: str, after: str) -> str:
    """after with tomlkit's bare LF turned into CRLF, only where it differs from before."""
    limit = min(len(before), len(after))
    start = 0
    while start < limit and before[start] == after[start]:
        start += 1
    end = 0
    while end < limit - start and before[-1 - end] == after[-1 - end]:
        end += 1
    head, changed, tail = after[:start], after[start : len(after) - end], after[len(after) - end :]
    if tail.startswith("\n") and end < len(before) and before[len(before) - end - 1] == "\r":
        changed += "\r"  # the kept line ending lost its CR to the changed part
    fixed = []
    previous = head[-1:]
    for char in changed:
        fixed.append("\r\n" if char == "\n" and previous != "\r" else char)
        previous = char
    return head + "".join(fixed) + tail


def _comparable(value: Any) -> Any:
    """value with NaN equal to itself and key order ignored, to compare parsed documents."""
    if isinstance(value, dict):
        return sorted((key, _comparable(item)) for key, item in value.items())
    if isinstance(value, list):
        return [_comparable(item) for item in value]
    if isinstance(value, float) and math.isnan(value):
        return ("nan",)
    return (type(value).__name__, value)


def _move_aside(path: Path, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.broken-{stamp}")
    counter = 1
    while aside.exists():
        aside = path.with_name(f"{path.name}.broken-{stamp}-{counter}")
        counter += 1
    path.rename(aside)
    return aside
