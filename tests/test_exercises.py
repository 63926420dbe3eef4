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


@pytest.mark.parametrize(
    ("routine_id", "low", "high", "equipment"),
    [
        ("desk-reset", 100, 150, set()),
        ("standing-reset", 150, 220, {"doorway"}),
        ("floor-knot-release", 8 * 60, 10 * 60, {"mat", "foam-roller"}),
        ("mobility-flow", 4.5 * 60, 6 * 60, {"mat"}),
    ],
)
def test_built_in_routines_take_about_what_they_say(routine_id: str, low: float, high: float, equipment: set[str]) -> None:
    from knotbreak.core.routine_runner import expand

    routine = load_builtin_library().routines[routine_id]
    assert set().union(*(set(item.exercise.equipment) for item in routine.items)) == equipment
    total = sum(segment.seconds for segment in expand(routine))
    assert low <= total <= high, total


def test_the_foam_roller_routine_follows_the_sources_order_with_a_warm_up_hint() -> None:
    routine = load_builtin_library().routines["floor-knot-release"]
    assert [item.exercise.id for item in routine.items] == [
        "foam-roll-horizontal", "foam-roll-snow-angels", "double-v", "thread-the-needle",
        "eagle-arm-circles", "cat-stretch", "embryo-pose",
    ]
    assert "heating pad" in routine.warmup_hint


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


def write_routine(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text)
    return path


def test_user_routines_load_and_broken_ones_say_where_and_why(tmp_path: Path) -> None:
    from knotbreak.core.exercises import load_user_routines

    library = load_builtin_library()
    folder = tmp_path / "routines"
    write_routine(folder, "good.toml", '[[routine]]\nid = "mine"\nname = "Mine"\nitems = [\n  { exercise = "cat-stretch" },\n  { exercise = "childs-pose", hold_seconds = 30 },\n]\n')
    write_routine(folder, "typo.toml", '[[routine]]\nid = "typo"\nname = "Typo"\nitems = [\n  { exercise = "cat-stretch" },\n  { exercise = "cat-strech" },\n]\n')
    write_routine(folder, "syntax.toml", '[[routine]]\nid = "s"\nname = "S\nitems = []\n')
    write_routine(folder, "dose.toml", '[[routine]]\nid = "d"\nname = "D"\nitems = [\n  { exercise = "cat-stretch", hold_seconds = 0 },\n]\n')
    write_routine(folder, "clash.toml", '[[routine]]\nid = "desk-reset"\nname = "Again"\nitems = [{ exercise = "cat-stretch" }]\n')
    write_routine(folder, "notes.txt", "not a routine")
    write_routine(folder, "caps.toml", '[[routine]]\nid = "Lunch Unknot"\nname = "L"\nitems = [{ exercise = "cat-stretch" }]\n')
    routines, errors = load_user_routines(folder, library.exercises, set(library.routines))
    assert list(routines) == ["mine"]
    assert routines["mine"].items[1].dose.hold_seconds == 30
    messages = sorted(str(error) for error in errors)
    assert messages.pop(0).startswith("caps.toml, line 2: routine 'Lunch Unknot': the id must be lowercase")
    assert messages[0].startswith("clash.toml, line 2: routine 'desk-reset': this id is already used")
    assert messages[1].startswith("dose.toml, line 5: ") and "'hold_seconds' is 0" in messages[1]
    assert messages[2] == "syntax.toml, line 3: Illegal character '\\n'"
    assert messages[3] == "typo.toml, line 6: routine 'typo', item 2: unknown exercise 'cat-strech'"


def test_no_routines_folder_is_fine(tmp_path: Path) -> None:
    from knotbreak.core.exercises import load_user_routines

    assert load_user_routines(tmp_path / "missing", {}, set()) == ({}, [])
