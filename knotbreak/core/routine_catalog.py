"""All routines the person can run: the built-in ones and their own files."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from knotbreak.core.exercises import Exercise, Routine, RoutineFileError, load_builtin_library, load_user_routines
from knotbreak.core.routine_runner import expand


@dataclass
class Catalog:
    exercises: dict[str, Exercise]
    builtin: dict[str, Routine]
    custom: dict[str, Routine] = field(default_factory=dict)
    errors: list[RoutineFileError] = field(default_factory=list)

    @property
    def routines(self) -> dict[str, Routine]:
        return {**self.builtin, **self.custom}

    def describe(self) -> list[dict[str, Any]]:
        return [
            {
                "id": routine.id,
                "name": routine.name,
                "description": routine.description,
                "minutes": round(sum(s.seconds for s in expand(routine)) / 60, 1),
                "exercises": [item.exercise.id for item in routine.items],
                "builtin": routine.id in self.builtin,
            }
            for routine in self.routines.values()
        ]


def load_catalog(routines_dir: Path) -> Catalog:
    library = load_builtin_library()
    custom, errors = load_user_routines(routines_dir, library.exercises, set(library.routines))
    return Catalog(library.exercises, library.routines, custom, errors)
