"""The exercise library: complete against the facts file, and clear about errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knotbreak.core.exercises import LibraryError, load_builtin_library, load_exercises, load_routines

FACTS = Path(__file__).resolve().parents[2] / "shared" / "stretch-facts.md"


def fact_ids() -> list[str]:
    text = FACTS.read_text()
    return re.findall(r"^\| ([a-z0-9-]+) \| ", text, flags=re.MULTILINE)


def test_every_exercise_in_the_facts_file_is_in_the_library() -> None:
    if not FACTS.exists():
        pytest.skip(f"{FACTS} is not beside this checkout")
    ids = [i for i in fact_ids() if i != "id"]
    assert len(ids) == 22
    assert list(load_builtin_library().exercises) == ids


def test_every_exercise_is_complete_and_readable() -> None:
    for exercise in load_builtin_library().exercises.values():
        assert 3 <= len(exercise.steps) <= 6, exercise.id
        assert all(len(step) <= 110 for step in exercise.steps), exercise.id
        assert exercise.summary and exercise.targets and exercise.dose.work_seconds() > 0, exercise.id


def test_the_quick_desk_routine_needs_no_equipment_and_takes_two_to_three_minutes() -> None:
    from knotbreak.core.routine_runner import expand

    routine = load_builtin_library().routines["desk-reset"]
    assert all(not item.exercise.equipment for item in routine.items)
    total = sum(segment.seconds for segment in expand(routine))
    assert 120 <= total <= 180


GOOD = """
[[exercise]]
id = "x"
name = "X"
position = "desk"
targets = ["neck"]
steps = ["Do it."]
[exercise.dose]
kind = "hold"
hold_seconds = 10
"""


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (("position = \"desk\"", "position = \"sofa\""), "a.toml: exercise 'x': field 'position' is 'sofa'; expected one of desk"),
        (("name = \"X\"\n", ""), "a.toml: exercise 'x': missing field 'name'"),
        (("hold_seconds = 10", "hold_seconds = 0"), "a.toml: exercise 'x', dose: field 'hold_seconds' is 0"),
        (("hold_seconds = 10", "hold_seconds = \"ten\""), "a.toml: exercise 'x', dose: field 'hold_seconds' has the wrong type"),
        (("kind = \"hold\"", "kind = \"forever\""), "field 'kind' is 'forever'"),
        (("targets = [\"neck\"]", "targets = [\"toes\"]"), "field 'targets' is 'toes'"),
        (("steps = [\"Do it.\"]", "steps = []"), "field 'steps' must be a non-empty list"),
        (("id = \"x\"", "id = = \"x\""), "a.toml: Invalid value (at line 3"),
    ],
)
def test_errors_name_file_exercise_and_field(edit: tuple[str, str], message: str) -> None:
    text = GOOD.replace(*edit)
    with pytest.raises(LibraryError) as error:
        load_exercises(text, "a.toml")
    assert message in str(error.value)


def test_routine_errors_name_the_item() -> None:
    exercises = load_exercises(GOOD, "a.toml")
    with pytest.raises(LibraryError, match=r"r.toml: routine 'r', item 2: unknown exercise 'nope'"):
        load_routines('[[routine]]\nid = "r"\nname = "R"\nitems = [{exercise = "x"}, {exercise = "nope"}]\n', "r.toml", exercises)


def test_routine_items_can_override_the_dose() -> None:
    exercises = load_exercises(GOOD, "a.toml")
    routines = load_routines('[[routine]]\nid = "r"\nname = "R"\nitems = [{exercise = "x", hold_seconds = 45, sets = 2}]\n', "r.toml", exercises)
    dose = routines["r"].items[0].dose
    assert (dose.kind, dose.hold_seconds, dose.sets) == ("hold", 45, 2)
