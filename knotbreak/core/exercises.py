"""The exercise library: loading and validating exercises and routines from TOML.

Errors name the file, the exercise or routine, and the field, so a person
editing a file can fix it without reading code.
"""

from __future__ import annotations

import codecs
import errno
import logging
import os
import re
import stat
import tomllib
from dataclasses import dataclass, field, fields
from datetime import date, datetime, time
from importlib import resources
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

POSITIONS = ("desk", "standing", "kneeling", "floor")
EQUIPMENT = ("mat", "foam-roller", "towel", "doorway", "chair", "bar", "tennis-ball", "heating-pad", "resistance-band", "medicine-ball")
OPTIONAL_EQUIPMENT = EQUIPMENT + ("yoga-block",)
SIDES = ("none", "each", "alternating")
TARGETS = ("upper-back", "rhomboids", "trapezius", "lats", "erector-spinae", "chest", "shoulders", "neck", "thoracic-spine", "rear-delts")
DOSE_KINDS = ("hold", "reps", "timed")


ROUTINE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
"""What a routine id may look like (the control protocol accepts the same)."""

MAX_ROUTINE_FILE_BYTES = 256 * 1024
"""Routine files are a few kilobytes; anything past this is not one, and is not read (tomllib takes about a second per MB)."""

MAX_KEY_PARTS = 16
"""The most parts a dotted key or table name may have: tomllib's time and memory grow with the square of it."""


class LibraryError(ValueError):
    """A problem in an exercise or routine file, with where it is."""


@dataclass(frozen=True)
class Dose:
    kind: str
    sets: int = 1
    rest_seconds: int = 0
    hold_seconds: int = 0
    reps: int = 0
    seconds_per_rep: int = 0
    seconds: int = 0

    def work_seconds(self) -> int:
        """Seconds of one set on one side."""
        if self.kind == "hold":
            return self.hold_seconds
        if self.kind == "reps":
            return self.reps * self.seconds_per_rep
        return self.seconds


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    position: str
    alt_positions: tuple[str, ...]
    equipment: tuple[str, ...]
    optional_equipment: tuple[str, ...]
    sides: str
    targets: tuple[str, ...]
    moves: bool
    summary: str
    steps: tuple[str, ...]
    caution: str
    dose: Dose


@dataclass(frozen=True)
class RoutineItem:
    exercise: Exercise
    dose: Dose


@dataclass(frozen=True)
class Routine:
    id: str
    name: str
    description: str
    items: tuple[RoutineItem, ...]
    warmup_hint: str = ""


@dataclass
class Library:
    exercises: dict[str, Exercise] = field(default_factory=dict)
    routines: dict[str, Routine] = field(default_factory=dict)


ITEM_FIELDS = ("exercise", *(dose_field.name for dose_field in fields(Dose)))
"""What a routine item may hold: the exercise and the dose fields that change its dose."""

_TOML_TYPE_NAMES: dict[type, str] = {
    str: "a string",
    int: "a whole number",
    float: "a decimal number",
    bool: "true or false",
    list: "an array",
    dict: "a table",
    datetime: "a date and time",
    date: "a date",
    time: "a time of day",
}


def _toml_type(value: Any) -> str:
    return _TOML_TYPE_NAMES.get(type(value), type(value).__name__)


def _quoted(text: str) -> str:
    """A value from the file, quoted and escaped for a message, and cut short if long."""
    shown = repr(text)
    return shown if len(shown) <= 80 else shown[:76] + "..." + shown[0]


def _shown_number(value: int) -> str:
    # Formatting an int of more than 4,300 digits raises ValueError, and none is worth showing.
    if abs(value) < 10**15:
        return str(value)
    return "a huge number" if value > 0 else "a huge negative number"


def _field(table: dict[str, Any], key: str, kind: type, where: str, default: Any = ...) -> Any:
    if key not in table:
        if default is ...:
            raise LibraryError(f"{where}: missing field '{key}'")
        return default
    value = table[key]
    if isinstance(value, bool) and kind is int:
        raise LibraryError(f"{where}: field '{key}' must be a whole number, not {value!r}")
    if not isinstance(value, kind):
        raise LibraryError(f"{where}: field '{key}' has the wrong type ({_toml_type(value)}; expected {_TOML_TYPE_NAMES[kind]})")
    return value


def _tables(data: dict[str, Any], key: str, source: str) -> list[dict[str, Any]]:
    """The [[key]] tables of a file, refusing anything else written under that name."""
    if isinstance(data.get(key), dict):
        raise LibraryError(f"{source}: field '{key}' is a single table; write [[{key}]] with two brackets")
    tables = _field(data, key, list, source)
    for number, table in enumerate(tables, start=1):
        if not isinstance(table, dict):
            raise LibraryError(f"{source}: field '{key}' must hold [[{key}]] tables, but entry {number} is {_toml_type(table)}")
    return tables


def _choice(value: str, allowed: tuple[str, ...], where: str, key: str) -> str:
    if value not in allowed:
        raise LibraryError(f"{where}: field '{key}' is {_quoted(value)}; expected one of {', '.join(allowed)}")
    return value


def _choices(values: list[Any], allowed: tuple[str, ...], where: str, key: str) -> tuple[str, ...]:
    for value in values:
        if not isinstance(value, str):
            raise LibraryError(f"{where}: field '{key}' must list strings")
        _choice(value, allowed, where, key)
    return tuple(values)


def parse_dose(table: dict[str, Any], where: str, base: Dose | None = None) -> Dose:
    where = f"{where}, dose"
    kind = _choice(_field(table, "kind", str, where, base.kind if base else ...), DOSE_KINDS, where, "kind")
    inherit = base if base and base.kind == kind else None

    def number(key: str, minimum: int, maximum: int, required: bool) -> int:
        fallback = getattr(inherit, key) if inherit else (... if required else 0)
        value = _field(table, key, int, where, fallback)
        if (required or key in table) and not minimum <= value <= maximum:
            raise LibraryError(f"{where}: field '{key}' is {_shown_number(value)}; expected {minimum} to {maximum}")
        return value

    sets = _field(table, "sets", int, where, inherit.sets if inherit else 1)
    if not 1 <= sets <= 20:
        raise LibraryError(f"{where}: field 'sets' is {_shown_number(sets)}; expected 1 to 20")
    rest = _field(table, "rest_seconds", int, where, inherit.rest_seconds if inherit else 0)
    if not 0 <= rest <= 600:
        raise LibraryError(f"{where}: field 'rest_seconds' is {_shown_number(rest)}; expected 0 to 600")
    return Dose(
        kind=kind,
        sets=sets,
        rest_seconds=rest,
        hold_seconds=number("hold_seconds", 1, 1800, kind == "hold"),
        reps=number("reps", 1, 200, kind == "reps"),
        seconds_per_rep=number("seconds_per_rep", 1, 60, kind == "reps"),
        seconds=number("seconds", 1, 3600, kind == "timed"),
    )


def parse_exercise(table: dict[str, Any], source: str) -> Exercise:
    exercise_id = _field(table, "id", str, source)
    where = f"{source}: exercise '{exercise_id}'"
    steps = _field(table, "steps", list, where)
    if not steps or not all(isinstance(step, str) and step.strip() for step in steps):
        raise LibraryError(f"{where}: field 'steps' must be a non-empty list of sentences")
    dose_table = _field(table, "dose", dict, where)
    return Exercise(
        id=exercise_id,
        name=_field(table, "name", str, where),
        position=_choice(_field(table, "position", str, where), POSITIONS, where, "position"),
        alt_positions=_choices(_field(table, "alt_positions", list, where, []), POSITIONS, where, "alt_positions"),
        equipment=_choices(_field(table, "equipment", list, where, []), EQUIPMENT, where, "equipment"),
        optional_equipment=_choices(_field(table, "optional_equipment", list, where, []), OPTIONAL_EQUIPMENT, where, "optional_equipment"),
        sides=_choice(_field(table, "sides", str, where, "none"), SIDES, where, "sides"),
        targets=_choices(_field(table, "targets", list, where), TARGETS, where, "targets"),
        moves=_field(table, "moves", bool, where, False),
        summary=_field(table, "summary", str, where, ""),
        steps=tuple(steps),
        caution=_field(table, "caution", str, where, ""),
        dose=parse_dose(dose_table, where),
    )


def parse_routine(table: dict[str, Any], source: str, exercises: dict[str, Exercise]) -> Routine:
    routine_id = _field(table, "id", str, source)
    # fullmatch: with match, "$" would also accept an id that ends in a newline.
    if not ROUTINE_ID.fullmatch(routine_id):
        raise LibraryError(f"{source}: routine {_quoted(routine_id)}: the id must be lowercase letters, digits and dashes, like \"lunch-unknot\"")
    where = f"{source}: routine '{routine_id}'"
    name = _field(table, "name", str, where)
    raw_items = _field(table, "items", list, where)
    if not raw_items:
        raise LibraryError(f"{where}: field 'items' must list at least one exercise")
    items = []
    for number, raw in enumerate(raw_items, start=1):
        item_where = f"{where}, item {number}"
        if not isinstance(raw, dict):
            raise LibraryError(f"{item_where}: must be a table like {{ exercise = \"cat-stretch\" }}, not {_toml_type(raw)}")
        # A misspelt dose field would otherwise be ignored, and the dose silently not the one written.
        unknown = next((key for key in raw if key not in ITEM_FIELDS), None)
        if unknown is not None:
            raise LibraryError(
                f"{item_where}: unknown field {_quoted(unknown)}; an item names an exercise and may set {', '.join(ITEM_FIELDS[1:])}"
            )
        exercise_id = _field(raw, "exercise", str, item_where)
        exercise = exercises.get(exercise_id)
        if exercise is None:
            raise LibraryError(f"{item_where}: unknown exercise {_quoted(exercise_id)}")
        overrides = {key: value for key, value in raw.items() if key != "exercise"}
        dose = parse_dose(overrides, f"{item_where} ({exercise_id})", base=exercise.dose) if overrides else exercise.dose
        items.append(RoutineItem(exercise, dose))
    return Routine(
        id=routine_id,
        name=name,
        description=_field(table, "description", str, where, ""),
        items=tuple(items),
        warmup_hint=_field(table, "warmup_hint", str, where, ""),
    )


_DIGIT_RUN = re.compile(r"[0-9_]+")
# A bare key, a "basic" quoted key or a 'literal' one.
_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\\n]|\\.)*"|'[^'\n]*')"""
# Starts only where a bare key can start, so a long run of letters is not tried at each of its characters.
_LONG_DOTTED_KEY = re.compile(rf"(?<![A-Za-z0-9_-]){_KEY_PART}(?:[ \t]*\.[ \t]*{_KEY_PART}){{{MAX_KEY_PARTS},}}")


def _position(text: str, index: int) -> str:
    """Where index is, worded as tomllib words it, so _locate finds the line."""
    line_start = text.rfind("\n", 0, index) + 1
    line = text.count("\n", 0, line_start) + 1
    return f"(at line {line}, column {index - line_start + 1})"


def load_toml(text: str, source: str) -> dict[str, Any]:
    """text's tables, or LibraryError naming source and where: never a crash on hostile TOML."""
    # A dotted key of 100,000 parts takes tomllib gigabytes: refused before it starts.
    long_key = _LONG_DOTTED_KEY.search(text)
    if long_key:
        raise LibraryError(f"{source}: a dotted key or table name has more than {MAX_KEY_PARTS} parts {_position(text, long_key.start())}")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise LibraryError(f"{source}: {error}") from None
    except ValueError as error:
        # tomllib lets int() refuse a number of more than 4,300 digits, and says nothing of where.
        long_number = next((run for run in _DIGIT_RUN.finditer(text) if len(run.group()) > 4300), None)
        if long_number is None:
            raise LibraryError(f"{source}: cannot be read as TOML ({error})") from None
        raise LibraryError(f"{source}: a number has too many digits to read {_position(text, long_number.start())}") from None
    except RecursionError:
        raise LibraryError(f"{source}: arrays or tables are nested too deeply to read") from None
    except MemoryError:
        raise LibraryError(f"{source}: too large to read") from None


def load_exercises(text: str, source: str) -> dict[str, Exercise]:
    data = load_toml(text, source)
    exercises: dict[str, Exercise] = {}
    for table in _tables(data, "exercise", source):
        exercise = parse_exercise(table, source)
        if exercise.id in exercises:
            raise LibraryError(f"{source}: exercise '{exercise.id}' is defined twice")
        exercises[exercise.id] = exercise
    return exercises


def load_routines(text: str, source: str, exercises: dict[str, Exercise]) -> dict[str, Routine]:
    data = load_toml(text, source)
    routines: dict[str, Routine] = {}
    for table in _tables(data, "routine", source):
        routine = parse_routine(table, source, exercises)
        if routine.id in routines:
            raise LibraryError(f"{source}: routine '{routine.id}' is defined twice")
        routines[routine.id] = routine
    return routines


def load_builtin_library(language: str | None = None) -> Library:
    """The built-in exercises and routines, in language where knotbreak/data/content has it (default: the installed one)."""
    from knotbreak.core import i18n
    from knotbreak.core.content_translations import translate_library  # which needs this module's classes

    data = resources.files("knotbreak.data")
    exercises = load_exercises(data.joinpath("exercises.toml").read_text("utf-8"), "exercises.toml")
    routines = load_routines(data.joinpath("routines.toml").read_text("utf-8"), "routines.toml", exercises)
    return translate_library(Library(exercises, routines), i18n.language() if language is None else language)


@dataclass(frozen=True)
class RoutineFileError:
    """A user routine file that could not be loaded: which file, which line, and why."""

    path: Path
    line: int | None
    reason: str

    def __str__(self) -> str:
        # A file name that is not UTF-8 comes with lone surrogates, which cannot be printed or shown.
        name = self.path.name.encode("utf-8", "backslashreplace").decode("utf-8")
        where = f"{name}, line {self.line}" if self.line else name
        return f"{where}: {self.reason}"


_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")


class UnreadableFile(Exception):
    """A file whose text cannot be had: why, and the line when the bytes themselves are at fault."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


def load_user_routines(
    folder: Path, exercises: dict[str, Exercise], taken_ids: set[str]
) -> tuple[dict[str, Routine], list[RoutineFileError]]:
    """Every *.toml routine file in folder. A broken file is reported and skipped; the rest still load.

    Never raises: whatever a file holds, the worst outcome is a RoutineFileError for it.
    """
    routines: dict[str, Routine] = {}
    errors: list[RoutineFileError] = []
    try:
        names = sorted(name for name in os.listdir(folder) if os.path.normcase(name).endswith(".toml"))
    except FileNotFoundError:
        return routines, errors
    except NotADirectoryError:
        return routines, [RoutineFileError(folder, None, "is a file, not a folder of routine files")]
    except OSError as error:
        return routines, [RoutineFileError(folder, None, f"the folder {_os_problem(error)}")]
    files_of: dict[str, Path] = {}
    for name in names:
        path = folder / name
        try:
            outcome = _load_routine_file(path, exercises, taken_ids, files_of)
        except Exception as error:  # a loader bug must cost one file, never the app's start
            log.exception("loading routine file %s", path)
            outcome = RoutineFileError(path, None, f"could not be loaded ({type(error).__name__})")
        if isinstance(outcome, RoutineFileError):
            errors.append(outcome)
        elif outcome is not None:
            routines.update(outcome)
            files_of.update(dict.fromkeys(outcome, path))
    return routines, errors


def _load_routine_file(
    path: Path, exercises: dict[str, Exercise], taken_ids: set[str], files_of: dict[str, Path]
) -> dict[str, Routine] | RoutineFileError | None:
    """The routines of one file, or what is wrong with it; None when it went away after the folder was listed."""
    try:
        text = _read_routine_file(path)
    except UnreadableFile as problem:
        return RoutineFileError(path, problem.line, problem.reason)
    if text is None:
        return None
    try:
        found = load_routines(text, path.name, exercises)
        clash = next((rid for rid in found if rid in taken_ids or rid in files_of), None)
        if clash is not None:
            owner = "another routine" if clash in taken_ids else f"a routine in {files_of[clash].name}"
            raise LibraryError(f"{path.name}: routine '{clash}': this id is already used by {owner}")
    except LibraryError as error:
        return _locate(path, text, str(error))
    return found


def read_routine_data(path: Path) -> dict[str, Any] | None:
    """A routine file's TOML data, read as safely as the loader reads it; None if it cannot be had or parsed."""
    try:
        text = _read_routine_file(path)
        return None if text is None else load_toml(text, path.name)
    except (UnreadableFile, LibraryError):
        return None


def read_regular_file(path: Path, max_bytes: int, what: str) -> bytes | None:
    """The bytes of a regular file of at most max_bytes (what it is: "a routine file"); None when there is no such file.

    Raises UnreadableFile saying why otherwise: a folder, a FIFO or device (opened without
    blocking, so one with no writer never hangs the reader), a dangling or looping link,
    no permission, or too large.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        if os.path.lexists(path):
            raise UnreadableFile("is a link to a file that does not exist") from None
        return None
    except PermissionError as error:
        if os.path.isdir(path):  # Windows refuses to open a folder instead
            raise UnreadableFile("is a folder, not a file") from None
        raise UnreadableFile(_os_problem(error)) from None
    except OSError as error:
        raise UnreadableFile(_os_problem(error)) from None
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise UnreadableFile("is a folder, not a file")
        if not stat.S_ISREG(mode):
            raise UnreadableFile("is not a regular file")
        with open(descriptor, "rb", closefd=False) as file:
            data = file.read(max_bytes + 1)
    except OSError as error:
        raise UnreadableFile(_os_problem(error)) from None
    finally:
        os.close(descriptor)
    if len(data) > max_bytes:
        raise UnreadableFile(f"is larger than {max_bytes // 1024} KB, far too large for {what}; it was not read")
    return data


def _read_routine_file(path: Path) -> str | None:
    """The file's text; None when it went away after the folder was listed (a rename while saving)."""
    data = read_regular_file(path, MAX_ROUTINE_FILE_BYTES, "a routine file")
    if data is None:
        return None
    # Some Windows editors start UTF-8 files with a byte order mark, which TOML does not allow.
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise UnreadableFile(f"is not UTF-8 text (byte 0x{data[error.start]:02x}); save it as UTF-8", line) from None


def _os_problem(error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "is a symbolic link that loops back on itself"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "cannot be read: permission denied"
    return f"cannot be read: {error.strerror or error}"


def _locate(path: Path, text: str, message: str) -> RoutineFileError:
    reason = message.removeprefix(f"{path.name}: ")
    syntax = _TOML_LINE.search(reason)
    if syntax:
        return RoutineFileError(path, int(syntax.group(1)), _TOML_LINE.sub("", reason).strip())
    # The quoted names in a message go from the routine to the field or value
    # at fault; each is looked for after the line where the one before it is,
    # outside comments, and the last one found is where to look. Lines are
    # counted at "\n" only, as tomllib counts them.
    line = None
    search_from = 0
    for needle in re.findall(r"'([^']+)'", reason):
        pattern = re.compile(rf"(?<![\w-]){re.escape(needle)}(?![\w-])")
        position = search_from
        while match := pattern.search(text, position):
            line_start = text.rfind("\n", 0, match.start()) + 1
            if text.find("#", line_start, match.end()) == -1:
                line = text.count("\n", 0, line_start) + 1
                search_from = line_start
                break
            # The rest of this line is comment too; going on from the next line keeps this linear.
            position = text.find("\n", match.end()) + 1
            if position == 0:
                break
    if line is not None:
        return RoutineFileError(path, line, reason)
    return RoutineFileError(path, None, reason)
