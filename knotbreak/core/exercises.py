"""The exercise library: loading and validating exercises and routines from TOML.

Errors name the file, the exercise or routine, and the field, so a person
editing a file can fix it without reading code.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

POSITIONS = ("desk", "standing", "kneeling", "floor")
EQUIPMENT = ("mat", "foam-roller", "towel", "doorway", "chair", "bar", "tennis-ball", "heating-pad", "resistance-band")
OPTIONAL_EQUIPMENT = EQUIPMENT + ("medicine-ball", "yoga-block")
SIDES = ("none", "each", "alternating")
TARGETS = ("upper-back", "rhomboids", "trapezius", "lats", "erector-spinae", "chest", "shoulders", "neck", "thoracic-spine", "rear-delts")
DOSE_KINDS = ("hold", "reps", "timed")


ROUTINE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
"""What a routine id may look like (the control protocol accepts the same)."""


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


def _field(table: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str, default: Any = ...) -> Any:
    if key not in table:
        if default is ...:
            raise LibraryError(f"{where}: missing field '{key}'")
        return default
    value = table[key]
    if isinstance(value, bool) and kind is int:
        raise LibraryError(f"{where}: field '{key}' must be a whole number, not {value!r}")
    if not isinstance(value, kind):
        raise LibraryError(f"{where}: field '{key}' has the wrong type ({type(value).__name__})")
    return value


def _choice(value: str, allowed: tuple[str, ...], where: str, key: str) -> str:
    if value not in allowed:
        raise LibraryError(f"{where}: field '{key}' is {value!r}; expected one of {', '.join(allowed)}")
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
            raise LibraryError(f"{where}: field '{key}' is {value}; expected {minimum} to {maximum}")
        return value

    sets = _field(table, "sets", int, where, inherit.sets if inherit else 1)
    if not 1 <= sets <= 20:
        raise LibraryError(f"{where}: field 'sets' is {sets}; expected 1 to 20")
    rest = _field(table, "rest_seconds", int, where, inherit.rest_seconds if inherit else 0)
    if not 0 <= rest <= 600:
        raise LibraryError(f"{where}: field 'rest_seconds' is {rest}; expected 0 to 600")
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
    if not ROUTINE_ID.match(routine_id):
        raise LibraryError(f"{source}: routine '{routine_id}': the id must be lowercase letters, digits and dashes, like \"lunch-unknot\"")
    where = f"{source}: routine '{routine_id}'"
    raw_items = _field(table, "items", list, where)
    if not raw_items:
        raise LibraryError(f"{where}: field 'items' must list at least one exercise")
    items = []
    for number, raw in enumerate(raw_items, start=1):
        item_where = f"{where}, item {number}"
        if not isinstance(raw, dict):
            raise LibraryError(f"{item_where}: must be a table like {{ exercise = \"cat-stretch\" }}")
        exercise_id = _field(raw, "exercise", str, item_where)
        exercise = exercises.get(exercise_id)
        if exercise is None:
            raise LibraryError(f"{item_where}: unknown exercise {exercise_id!r}")
        overrides = {key: value for key, value in raw.items() if key != "exercise"}
        dose = parse_dose(overrides, f"{item_where} ({exercise_id})", base=exercise.dose) if overrides else exercise.dose
        items.append(RoutineItem(exercise, dose))
    return Routine(
        id=routine_id,
        name=_field(table, "name", str, where),
        description=_field(table, "description", str, where, ""),
        items=tuple(items),
        warmup_hint=_field(table, "warmup_hint", str, where, ""),
    )


def _load_toml(text: str, source: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise LibraryError(f"{source}: {error}") from None


def load_exercises(text: str, source: str) -> dict[str, Exercise]:
    data = _load_toml(text, source)
    exercises: dict[str, Exercise] = {}
    for table in _field(data, "exercise", list, source):
        exercise = parse_exercise(table, source)
        if exercise.id in exercises:
            raise LibraryError(f"{source}: exercise '{exercise.id}' is defined twice")
        exercises[exercise.id] = exercise
    return exercises


def load_routines(text: str, source: str, exercises: dict[str, Exercise]) -> dict[str, Routine]:
    data = _load_toml(text, source)
    routines: dict[str, Routine] = {}
    for table in _field(data, "routine", list, source):
        routine = parse_routine(table, source, exercises)
        if routine.id in routines:
            raise LibraryError(f"{source}: routine '{routine.id}' is defined twice")
        routines[routine.id] = routine
    return routines


def load_builtin_library() -> Library:
    data = resources.files("knotbreak.data")
    exercises = load_exercises(data.joinpath("exercises.toml").read_text("utf-8"), "exercises.toml")
    routines = load_routines(data.joinpath("routines.toml").read_text("utf-8"), "routines.toml", exercises)
    return Library(exercises, routines)


@dataclass(frozen=True)
class RoutineFileError:
    """A user routine file that could not be loaded: which file, which line, and why."""

    path: Path
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.path.name}, line {self.line}" if self.line else self.path.name
        return f"{where}: {self.reason}"


_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")


def load_user_routines(
    folder: Path, exercises: dict[str, Exercise], taken_ids: set[str]
) -> tuple[dict[str, Routine], list[RoutineFileError]]:
    """Every *.toml routine file in folder. A broken file is reported and skipped; the rest still load."""
    routines: dict[str, Routine] = {}
    errors: list[RoutineFileError] = []
    if not folder.is_dir():
        return routines, errors
    for path in sorted(folder.glob("*.toml")):
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as error:
            errors.append(RoutineFileError(path, None, f"cannot be read ({error})"))
            continue
        try:
            found = load_routines(text, path.name, exercises)
            clash = next((rid for rid in found if rid in taken_ids or rid in routines), None)
            if clash is not None:
                raise LibraryError(f"{path.name}: routine '{clash}': this id is already used by another routine")
        except LibraryError as error:
            errors.append(_locate(path, text, str(error)))
            continue
        routines.update(found)
    return routines, errors


def _locate(path: Path, text: str, message: str) -> RoutineFileError:
    reason = message.removeprefix(f"{path.name}: ")
    syntax = _TOML_LINE.search(reason)
    if syntax:
        return RoutineFileError(path, int(syntax.group(1)), _TOML_LINE.sub("", reason).strip())
    # The most specific quoted name in the message is usually the value or
    # field at fault; the first line that mentions it is where to look.
    lines = text.splitlines()
    for needle in reversed(re.findall(r"'([^']+)'", reason)):
        pattern = re.compile(rf"(?<![\w-]){re.escape(needle)}(?![\w-])")
        for number, line in enumerate(lines, start=1):
            if pattern.search(line.split("#", 1)[0]):
                return RoutineFileError(path, number, reason)
    return RoutineFileError(path, None, reason)
