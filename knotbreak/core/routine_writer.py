"""Writing custom routines back to TOML, for the in-app routine editor.

The output is the format the README documents for the `routines` folder: one
`[[routine]]` table per file, items as inline tables, and for each item only
the dose fields that differ from the exercise's own dose. Reading the text
back with exercises.load_routines() gives an equal Routine.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

import tomli_w

from knotbreak.core.atomic import atomic_write_text
from knotbreak.core.exercises import ROUTINE_ID, Dose, Exercise, Routine, load_builtin_library, load_routines, read_routine_data

__all__ = ["ROUTINE_ID", "dose_overrides", "routine_file", "routine_to_toml", "save_routine", "slug", "taken_ids"]

MAX_ID_LENGTH = 64
FALLBACK_ID = "routine"

_DOSE_FIELDS = ("hold_seconds", "reps", "seconds_per_rep", "seconds", "sets", "rest_seconds")
"""Written in this order, after `kind` when the kind itself changes."""


def _value(value: str | int) -> str:
    """One TOML value, escaped by tomli_w (quotes, backslashes, control characters)."""
    return tomli_w.dumps({"v": value}).removeprefix("v = ").rstrip("\n")


def dose_overrides(exercise: Exercise, dose: Dose) -> dict[str, str | int]:
    """The item fields that turn the exercise's own dose into this one (empty when they are the same).

    parse_dose() starts from the exercise's dose when the kind is unchanged;
    a different kind starts from nothing (1 set, no rest), so it is compared
    with that instead.
    """
    if dose.kind == exercise.dose.kind:
        base = exercise.dose
        overrides: dict[str, str | int] = {}
    else:
        base = Dose(kind=dose.kind)
        overrides = {"kind": dose.kind}
    for key in _DOSE_FIELDS:
        if getattr(dose, key) != getattr(base, key):
            overrides[key] = getattr(dose, key)
    return overrides


def routine_to_toml(routine: Routine) -> str:
    """One [[routine]] table in the README's format."""
    lines = ["[[routine]]", f"id = {_value(routine.id)}", f"name = {_value(routine.name)}"]
    if routine.description:
        lines.append(f"description = {_value(routine.description)}")
    if routine.warmup_hint:
        lines.append(f"warmup_hint = {_value(routine.warmup_hint)}")
    lines.append("items = [")
    for item in routine.items:
        fields = {"exercise": item.exercise.id, **dose_overrides(item.exercise, item.dose)}
        inner = ", ".join(f"{key} = {_value(value)}" for key, value in fields.items())
        lines.append(f"  {{ {inner} }},")
    lines.append("]")
    return "\n".join(lines) + "\n"


def slug(name: str, taken: set[str]) -> str:
    """An id from a name ("Lunch unknot!" is "lunch-unknot"), made unique against taken with -2, -3…"""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:MAX_ID_LENGTH].rstrip("-") or FALLBACK_ID
    if base not in taken:
        return base
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = base[: MAX_ID_LENGTH - len(suffix)].rstrip("-") + suffix
        if candidate not in taken:
            return candidate
        number += 1


@functools.cache
def builtin_routine_ids() -> frozenset[str]:
    return frozenset(load_builtin_library().routines)


def _ids_in_file(path: Path) -> list[str] | None:
    """The routine ids a file defines, or None when it cannot be read as TOML."""
    # The loader's own reading: a FIFO, deep nesting or a huge number must not hang or crash the editor.
    data = read_routine_data(path)
    if data is None:
        return None
    tables = data.get("routine")
    if not isinstance(tables, list):
        return []
    return [table["id"] for table in tables if isinstance(table, dict) and isinstance(table.get("id"), str)]


def ids_in_folder(folder: Path) -> dict[Path, list[str] | None]:
    """Every *.toml file in folder and the routine ids it defines (None: unreadable or broken)."""
    if not folder.is_dir():
        return {}
    return {path: _ids_in_file(path) for path in sorted(folder.glob("*.toml"))}


def taken_ids(folder: Path) -> set[str]:
    """Ids a new routine must not use: built-in ones, those in the folder, and its file names (even broken files)."""
    taken = set(builtin_routine_ids())
    for path, ids in ids_in_folder(folder).items():
        taken.add(path.stem)
        taken.update(ids or ())
    return taken


def routine_file(folder: Path, routine_id: str) -> Path:
    """Where a routine with this id is saved: the file that holds only it, else folder/<id>.toml.

    Raises ValueError when saving would overwrite or shadow another routine.
    """
    files = ids_in_folder(folder)
    owners = [path for path, ids in files.items() if ids and routine_id in ids]
    if len(owners) > 1:
        names = ", ".join(path.name for path in owners)
        raise ValueError(f"The id '{routine_id}' is used in several files ({names}); remove all but one first.")
    if owners:
        owner = owners[0]
        others = [rid for rid in files[owner] or () if rid != routine_id]
        if others:
            raise ValueError(
                f"Routine '{routine_id}' is in {owner.name} together with other routines, so it cannot be "
                "saved on its own; edit that file by hand, or first move the routine into a file of its own."
            )
        return owner
    target = folder / f"{routine_id}.toml"
    if target in files:
        if files[target] is None:
            raise ValueError(f"{target.name} already exists and is not a readable routine file; fix or remove it first.")
        raise ValueError(f"{target.name} already exists with other content; choose another name.")
    return target


def save_routine(folder: Path, routine: Routine) -> Path:
    """Write the routine to its own file in folder, atomically, and return the path.

    The file is folder/<id>.toml, or the existing file that holds only this
    routine (so editing a routine rewrites its own file). Refused with a
    ValueError: no items, a blank name, a malformed id, an id of a built-in
    routine, or an id that another file in the folder uses.
    """
    if not routine.items:
        raise ValueError("A routine needs at least one exercise.")
    if not routine.name.strip():
        raise ValueError("A routine needs a name.")
    if not ROUTINE_ID.match(routine.id):
        raise ValueError(f"'{routine.id}' cannot be a routine id: use lowercase letters, digits and dashes (at most 64).")
    if routine.id in builtin_routine_ids():
        raise ValueError(f"'{routine.id}' is the id of a built-in routine; choose another name.")
    target = routine_file(folder, routine.id)
    text = routine_to_toml(routine)
    # Checked by the loader the app itself uses, so a saved file always loads.
    load_routines(text, target.name, {item.exercise.id: item.exercise for item in routine.items})
    atomic_write_text(target, text)
    return target
