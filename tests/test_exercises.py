"""The exercise library: complete against the facts file, and clear about errors."""

from __future__ import annotations

import json
import os
import re
import tomllib
from pathlib import Path

import pytest

from knotbreak.core.exercises import (
    EQUIPMENT,
    MAX_ROUTINE_FILE_BYTES,
    OPTIONAL_EQUIPMENT,
    LibraryError,
    load_builtin_library,
    load_exercises,
    load_routines,
)
from knotbreak.core.fitting import is_roller, is_warm_up, starts_warmed_up
from knotbreak.core.paths import Paths
from knotbreak.core.routine_catalog import Catalog, load_catalog

FACTS = Path(__file__).resolve().parents[2] / "shared" / "stretch-facts.md"
VARIANTS = {"medicine-ball-toss": "standing-twists", "seated-eagle-arm-circles": "eagle-arm-circles"}
"""KnotBreak's own variants of an exercise in the facts file, each listed right after it."""


def fact_ids() -> list[str]:
    text = FACTS.read_text()
    return re.findall(r"^\| ([a-z0-9-]+) \| ", text, flags=re.MULTILINE)


def test_every_exercise_in_the_facts_file_is_in_the_library() -> None:
    if not FACTS.exists():
        pytest.skip(f"{FACTS} is not beside this checkout")
    ids = [i for i in fact_ids() if i != "id"]
    assert len(ids) == 22
    library = list(load_builtin_library().exercises)
    assert [i for i in library if i not in VARIANTS] == ids
    for variant, base in VARIANTS.items():
        assert library.index(variant) == library.index(base) + 1


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


def test_the_foam_roller_routine_follows_the_sources_order_after_a_warm_up() -> None:
    routine = load_builtin_library().routines["floor-knot-release"]
    assert [item.exercise.id for item in routine.items] == [
        "cat-camel",
        "foam-roll-horizontal", "foam-roll-snow-angels", "double-v", "thread-the-needle",
        "eagle-arm-circles", "cat-stretch", "embryo-pose",
    ]
    assert "heating pad" in routine.warmup_hint and "walk briskly" in routine.warmup_hint


def test_every_built_in_routine_with_a_roller_starts_with_a_warm_up() -> None:
    routines = load_builtin_library().routines.values()
    assert any(is_roller(item.exercise) for routine in routines for item in routine.items), "the rule is tested on something"
    for routine in routines:
        assert starts_warmed_up(routine.items), routine.id
        if any(is_roller(item.exercise) for item in routine.items):
            assert is_warm_up(routine.items[0].exercise) and routine.warmup_hint, routine.id


EQUIPMENT_WORDS = {"mat": "mat", "foam-roller": "roller", "doorway": "doorway", "medicine-ball": "medicine ball"}


def test_each_routine_says_what_equipment_it_needs() -> None:
    for routine in load_builtin_library().routines.values():
        needed = set().union(*(set(item.exercise.equipment) for item in routine.items))
        text = routine.description.lower()
        for item in needed:
            assert EQUIPMENT_WORDS.get(item, item.replace("-", " ")) in text, (routine.id, item)
        assert ("no equipment" in text) == (not needed), routine.id
    assert "needs a mat" in load_builtin_library().routines["mobility-flow"].description.lower()


def test_the_desk_routine_can_all_be_done_sitting_at_a_desk() -> None:
    routine = load_builtin_library().routines["desk-reset"]
    assert [item.exercise.id for item in routine.items][-1] == "seated-eagle-arm-circles"
    for item in routine.items:
        assert item.exercise.position == "desk" and not item.exercise.equipment, item.exercise.id


def test_the_standing_reset_moves_before_it_holds_and_stretches_the_upper_back() -> None:
    items = load_builtin_library().routines["standing-reset"].items
    kinds = [item.dose.kind for item in items]
    assert items[0].exercise.id == "standing-twists" and items[0].exercise.moves
    assert kinds.index("hold") > 0, "the dynamic twists come before any static hold"
    assert "upper-back-stretch" in [item.exercise.id for item in items]
    assert sum("chest" in item.exercise.targets for item in items) == 1, "one chest stretch, not two"


# The two exercises KnotBreak adds, and the fixes from the review of the guidance ---------


def test_the_medicine_ball_toss_is_its_own_optional_exercise() -> None:
    library = load_builtin_library().exercises
    toss, twists = library["medicine-ball-toss"], library["standing-twists"]
    assert "medicine-ball" in EQUIPMENT and "medicine-ball" in OPTIONAL_EQUIPMENT
    assert toss.equipment == ("medicine-ball",) and toss.position == "standing" and toss.moves
    assert (toss.dose.kind, toss.dose.reps, toss.dose.sets, toss.dose.rest_seconds) == ("reps", 12, 3, 20)
    caution = toss.caution.lower()
    assert "light ball" in caution and "solid wall" in caution and "room" in caution
    assert "clear space" in " ".join(toss.steps).lower()
    assert "medicine-ball" not in twists.optional_equipment
    assert not any("ball" in step.lower() or "toss" in step.lower() for step in twists.steps)


def test_the_seated_eagle_arm_circles_are_done_on_a_chair() -> None:
    library = load_builtin_library().exercises
    seated, kneeling = library["seated-eagle-arm-circles"], library["eagle-arm-circles"]
    assert seated.position == "desk" and not seated.equipment and seated.moves and seated.sides == "each"
    assert "chair" in seated.steps[0] and seated.dose == kneeling.dose
    assert kneeling.position == "kneeling" and "desk" not in kneeling.alt_positions
    assert not any("chair" in step for step in kneeling.steps)


def test_the_new_exercises_go_through_the_loaders_checks(tmp_path: Path) -> None:
    text = (Path(__file__).resolve().parents[1] / "knotbreak" / "data" / "exercises.toml").read_text()
    exercises = load_exercises(text, "exercises.toml")
    for exercise_id in VARIANTS:
        assert exercises[exercise_id] == load_builtin_library().exercises[exercise_id]
    # The same checks refuse them when broken: a wrong equipment name, a dose without its reps.
    broken = text.replace('equipment = ["medicine-ball"]', 'equipment = ["medicine ball"]')
    with pytest.raises(LibraryError, match="exercise 'medicine-ball-toss': field 'equipment' is 'medicine ball'"):
        load_exercises(broken, "exercises.toml")
    # A user routine can use them, with a dose of its own.
    routines = load_routines(
        '[[routine]]\nid = "r"\nname = "R"\nitems = [{ exercise = "seated-eagle-arm-circles", reps = 3 },'
        ' { exercise = "medicine-ball-toss", sets = 1 }]\n',
        "r.toml",
        exercises,
    )
    assert [item.dose.reps for item in routines["r"].items] == [3, 12]


def test_inverted_pulls_are_a_gentle_pull_from_the_feet_not_a_lean() -> None:
    pulls = load_builtin_library().exercises["inverted-pulls"]
    steps = " ".join(pulls.steps).lower()
    assert "feet under your hips" in steps and "knees soft" in steps
    assert "pull back gently" in steps and "not from leaning back" in steps
    assert "palms to face each other" in steps, "the palm wording reads as one clear instruction"
    assert "swap which arm is on top each set" in steps and pulls.dose.sets > 1
    assert "slip" in pulls.caution


def test_double_v_and_the_horizontal_roll_say_how() -> None:
    library = load_builtin_library().exercises
    double_v = " ".join(library["double-v"].steps)
    assert "other arm on top" in double_v and library["double-v"].sides == "each"
    roll = " ".join(library["foam-roll-horizontal"].steps)
    for words in ("Bend your knees", "feet flat", "without pulling", "below your shoulders", "slowly"):
        assert words in roll, words


def test_childs_pose_side_reach_is_one_side_per_rep_with_a_five_second_hold() -> None:
    reach = load_builtin_library().exercises["childs-pose-side"]
    dose = reach.dose
    assert reach.sides == "alternating" and (dose.kind, dose.reps, dose.hold_seconds) == ("reps", 12, 5)
    assert dose.seconds_per_rep - dose.hold_seconds >= 2, "time to walk the hands across as well as to hold"
    assert dose.rest_seconds == 10
    steps = " ".join(reach.steps)
    assert "5 seconds" in steps and "one rep" in steps and "one side per rep" in steps


def test_holds_within_reps_leave_time_to_move_and_timed_movement_has_a_pace() -> None:
    for exercise in load_builtin_library().exercises.values():
        dose = exercise.dose
        if dose.kind != "hold" and dose.hold_seconds:
            assert dose.seconds_per_rep - dose.hold_seconds >= 1.5, exercise.id
        if dose.kind == "timed" and exercise.moves:
            assert dose.seconds_per_rep, f"{exercise.id}: timed movement needs its pace"


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
    good = (
        '[[routine]]\nid = "mine"\nname = "Mine"\nitems = [\n'
        '  { exercise = "cat-stretch" },\n  { exercise = "childs-pose", hold_seconds = 30 },\n]\n'
    )
    typo = '[[routine]]\nid = "typo"\nname = "Typo"\nitems = [\n  { exercise = "cat-stretch" },\n  { exercise = "cat-strech" },\n]\n'
    write_routine(folder, "good.toml", good)
    write_routine(folder, "typo.toml", typo)
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


# A routine file must never stop the app: every problem is a RoutineFileError -----

GOOD_ROUTINE = '[[routine]]\nid = "mine"\nname = "Mine"\nitems = [{ exercise = "cat-stretch" }]\n'
BUILTIN_IDS = frozenset(load_builtin_library().routines)


def load_files(folder: Path, files: dict[str, bytes]) -> Catalog:
    """load_catalog on a folder holding these files, with a good one beside them that must still load."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "0-good.toml").write_text(GOOD_ROUTINE, "utf-8")
    for name, data in files.items():
        (folder / name).write_bytes(data)
    catalog = load_catalog(folder)
    assert list(catalog.custom) == ["mine"]
    assert set(BUILTIN_IDS) <= set(catalog.routines)
    return catalog


def only_error(catalog: Catalog) -> str:
    assert len(catalog.errors) == 1, catalog.errors
    return str(catalog.errors[0])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (b"routine = [1]\n", "bad.toml, line 1: field 'routine' must hold [[routine]] tables, but entry 1 is a whole number"),
        (b'routine = ["id"]\n', "bad.toml, line 1: field 'routine' must hold [[routine]] tables, but entry 1 is a string"),
        (
            b'routine = [{ id = "a", name = "A", items = [{ exercise = "cat-stretch" }] }, []]\n',
            "bad.toml, line 1: field 'routine' must hold [[routine]] tables, but entry 2 is an array",
        ),
        (b'[routine]\nid = "a"\n', "bad.toml, line 1: field 'routine' is a single table; write [[routine]] with two brackets"),
        (b'routine = "a"\n', "bad.toml, line 1: field 'routine' has the wrong type (a string; expected an array)"),
        (b"x = 1\n", "bad.toml: missing field 'routine'"),
    ],
)
def test_a_routine_that_is_not_a_table_is_reported(tmp_path: Path, text: bytes, message: str) -> None:
    assert only_error(load_files(tmp_path, {"bad.toml": text})).startswith(message)


@pytest.mark.parametrize(
    "text",
    [
        b"x = " + b"[" * 3000 + b"]" * 3000 + b"\n",
        b"x = " + b"{ a = " * 500 + b"1" + b" }" * 500 + b"\n",
        GOOD_ROUTINE.replace("items = [", "items = [" + "[" * 3000 + "]" * 3000 + ", ").encode(),
    ],
    ids=["arrays", "inline-tables", "inside-items"],
)
def test_deep_nesting_is_reported_not_a_recursion_error(tmp_path: Path, text: bytes) -> None:
    assert only_error(load_files(tmp_path, {"deep.toml": text})) == "deep.toml: arrays or tables are nested too deeply to read"


@pytest.mark.parametrize(
    ("exception", "reason"),
    [
        (MemoryError(), "too large to read"),
        (RecursionError(), "arrays or tables are nested too deeply to read"),
        (ValueError("odd"), "cannot be read as TOML (odd)"),
    ],
)
def test_any_failure_of_the_toml_parser_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exception: Exception, reason: str
) -> None:
    real_loads = tomllib.loads

    def loads(text: str) -> dict[str, object]:
        if "failing" in text:
            raise exception
        return real_loads(text)

    monkeypatch.setattr(tomllib, "loads", loads)
    assert only_error(load_files(tmp_path, {"bad.toml": b"failing = 1\n"})) == f"bad.toml: {reason}"


def test_a_dotted_key_of_many_parts_is_refused_before_parsing(tmp_path: Path) -> None:
    # tomllib needs time and memory growing with the square of the parts: 100,000 take gigabytes.
    huge = "# note\n" + ".".join(["x"] * 100_000) + " = 1\n"
    many_header = "[" + ".".join(['"x"'] * 17) + "]\n"
    allowed = ".".join(["x"] * 16) + " = 1\n"
    catalog = load_files(tmp_path, {"huge.toml": huge.encode(), "header.toml": many_header.encode(), "allowed.toml": allowed.encode()})
    assert sorted(str(error) for error in catalog.errors) == [
        "allowed.toml: missing field 'routine'",
        "header.toml, line 1: a dotted key or table name has more than 16 parts",
        "huge.toml, line 2: a dotted key or table name has more than 16 parts",
    ]


@pytest.mark.skipif(os.name != "posix", reason="file names are bytes only on POSIX")
def test_a_file_name_that_is_not_utf8_can_still_be_shown(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    try:
        with open(os.path.join(os.fsencode(folder), b"caf\xe9.toml"), "wb") as file:
            file.write(b"x = 1\n")
    except OSError:
        pytest.skip("this file system wants UTF-8 names")
    shown = only_error(load_files(folder, {}))
    assert shown == "caf\\udce9.toml: missing field 'routine'"
    shown.encode("utf-8")


ROUTINE_HEAD = '[[routine]]\nid = "r"\nname = "R"\n'
ROUTINE_WITH = ROUTINE_HEAD + 'items = [\n  {{ exercise = "cat-stretch"{extra} }},\n]\n'
ITEM_1 = "routine 'r', item 1"
DOSE_1 = f"{ITEM_1} (cat-stretch), dose"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[routine]]\nid = 7\nname = "R"\nitems = []\n', "line 2: field 'id' has the wrong type (a whole number; expected a string)"),
        (
            '[[routine]]\nid = "r"\nname = 1979-05-27\nitems = []\n',
            "line 3: routine 'r': field 'name' has the wrong type (a date; expected a string)",
        ),
        (
            ROUTINE_HEAD + 'description = false\nitems = [{ exercise = "cat-stretch" }]\n',
            "line 4: routine 'r': field 'description' has the wrong type (true or false; expected a string)",
        ),
        (
            ROUTINE_HEAD + 'items = { exercise = "cat-stretch" }\n',
            "line 4: routine 'r': field 'items' has the wrong type (a table; expected an array)",
        ),
        (ROUTINE_HEAD + "items = [1]\n", f'{ITEM_1}: must be a table like {{ exercise = "cat-stretch" }}, not a whole number'),
        (ROUTINE_HEAD + 'items = [[{ exercise = "cat-stretch" }]]\n', f'{ITEM_1}: must be a table like {{ exercise = "cat-stretch" }}, not an array'),
        (ROUTINE_HEAD + 'items = [{ exercise = ["cat-stretch"] }]\n', f"{ITEM_1}: field 'exercise' has the wrong type (an array; expected a string)"),
        (ROUTINE_HEAD + "items = [{ exercise = 3 }]\n", f"{ITEM_1}: field 'exercise' has the wrong type (a whole number; expected a string)"),
        (ROUTINE_HEAD + "items = [{ hold_seconds = 3 }]\n", f"line 2: {ITEM_1}: missing field 'exercise'"),
        (ROUTINE_WITH.format(extra=", hold_seconds = true"), f"line 5: {DOSE_1}: field 'hold_seconds' must be a whole number, not True"),
        (ROUTINE_WITH.format(extra=", sets = false"), f"line 5: {DOSE_1}: field 'sets' must be a whole number, not False"),
        (
            ROUTINE_WITH.format(extra=", hold_seconds = 1.5"),
            f"{DOSE_1}: field 'hold_seconds' has the wrong type (a decimal number; expected a whole number)",
        ),
        (ROUTINE_WITH.format(extra=", hold_seconds = nan"), f"{DOSE_1}: field 'hold_seconds' has the wrong type (a decimal number"),
        (ROUTINE_WITH.format(extra=', reps = "8"'), f"{DOSE_1}: field 'reps' has the wrong type (a string; expected a whole number)"),
        (ROUTINE_WITH.format(extra=", kind = 1"), f"{DOSE_1}: field 'kind' has the wrong type (a whole number; expected a string)"),
        (ROUTINE_WITH.format(extra=', kind = "reps"'), f"{DOSE_1}: missing field 'reps'"),
        (ROUTINE_WITH.format(extra=", rest_seconds = -1"), f"{DOSE_1}: field 'rest_seconds' is -1; expected 0 to 600"),
        (
            ROUTINE_WITH.format(extra=", hold_seconds = 0x" + "f" * 5000),
            f"line 5: {DOSE_1}: field 'hold_seconds' is a huge number; expected 1 to 1800",
        ),
        (ROUTINE_WITH.format(extra=", hold_seconds = " + "1" * 5000), "line 5: a number has too many digits to read"),
        (
            ROUTINE_WITH.format(extra=", hold_secnds = 30"),
            f"line 5: {ITEM_1}: unknown field 'hold_secnds'; an item names an exercise and may set kind, sets",
        ),
        (ROUTINE_WITH.format(extra=", dose.hold_seconds = 30"), f"line 5: {ITEM_1}: unknown field 'dose'"),
        (
            '[[routine]]\nid = "r\\n"\nname = "R"\nitems = [{ exercise = "cat-stretch" }]\n',
            "line 2: routine 'r\\n': the id must be lowercase letters",
        ),
        ('[[routine]]\nid = "' + "x" * 5000 + '"\nname = "R"\nitems = []\n', "routine 'xxxxxxxx"),
        (ROUTINE_HEAD + 'items = [{ exercise = "' + "x" * 5000 + '" }]\n', "unknown exercise 'xxxx"),
    ],
)
def test_every_field_of_a_routine_file_is_checked_and_the_reason_named(tmp_path: Path, text: str, message: str) -> None:
    error = only_error(load_files(tmp_path, {"bad.toml": text.encode()}))
    assert error.startswith("bad.toml") and message in error
    assert len(error) < 300


def test_non_utf8_bytes_name_the_line(tmp_path: Path) -> None:
    latin1 = '[[routine]]\nid = "r"\nname = "Dehnübung"\nitems = [{ exercise = "cat-stretch" }]\n'.encode("latin-1")
    surrogate = b'[[routine]]\nid = "r"\nname = "\xed\xa0\x80"\nitems = [{ exercise = "cat-stretch" }]\n'
    catalog = load_files(tmp_path, {"latin1.toml": latin1, "surrogate.toml": surrogate})
    assert [str(error) for error in catalog.errors] == [
        "latin1.toml, line 3: is not UTF-8 text (byte 0xfc); save it as UTF-8",
        "surrogate.toml, line 3: is not UTF-8 text (byte 0xed); save it as UTF-8",
    ]


def test_a_utf8_byte_order_mark_is_allowed(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "bom.toml").write_bytes(b"\xef\xbb\xbf" + GOOD_ROUTINE.encode())
    (folder / "bom-broken.toml").write_bytes(b"\xef\xbb\xbf# note\n[[routine]]\nid = 5\n")
    catalog = load_catalog(folder)
    assert list(catalog.custom) == ["mine"]
    assert [str(error) for error in catalog.errors] == ["bom-broken.toml, line 3: field 'id' has the wrong type (a whole number; expected a string)"]


def test_a_file_larger_than_the_cap_is_not_read(tmp_path: Path) -> None:
    padding = b"# " + b"x" * (MAX_ROUTINE_FILE_BYTES - 3) + b"\n"
    catalog = load_files(tmp_path, {"big.toml": padding + b"x", "just-fits.toml": padding})
    assert [str(error) for error in catalog.errors] == [
        "big.toml: is larger than 256 KB, far too large for a routine file; it was not read",
        "just-fits.toml: missing field 'routine'",
    ]


def test_an_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = os.open

    def refusing_open(path: str | Path, flags: int, *args: int) -> int:
        if Path(path).name == "secret.toml":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", refusing_open)
    catalog = load_files(tmp_path, {"secret.toml": GOOD_ROUTINE.replace("mine", "secret").encode()})
    assert only_error(catalog) == "secret.toml: cannot be read: permission denied"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_a_file_without_read_permission_is_reported(tmp_path: Path) -> None:
    catalog = load_files(tmp_path, {"secret.toml": GOOD_ROUTINE.replace("mine", "secret").encode()})
    (tmp_path / "secret.toml").chmod(0)
    try:
        assert only_error(load_catalog(tmp_path)) == "secret.toml: cannot be read: permission denied"
    finally:
        (tmp_path / "secret.toml").chmod(0o600)
    assert catalog.errors == []


def test_folders_links_and_special_files_named_toml_are_reported(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "folder.toml").mkdir()
    expected = ["folder.toml: is a folder, not a file"]
    if hasattr(os, "symlink"):
        os.symlink("loop.toml", folder / "loop.toml")
        os.symlink("missing", folder / "dangling.toml")
        expected += ["dangling.toml: is a link to a file that does not exist", "loop.toml: is a symbolic link that loops back on itself"]
    if hasattr(os, "mkfifo"):  # opening a FIFO for reading would wait for a writer forever
        os.mkfifo(folder / "pipe.toml")
        expected.append("pipe.toml: is not a regular file")
    catalog = load_files(folder, {})
    assert sorted(str(error) for error in catalog.errors) == sorted(expected)


def test_an_unreadable_routines_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    not_a_folder = tmp_path / "routines"
    not_a_folder.write_text("")
    assert [str(error) for error in load_catalog(not_a_folder).errors] == ["routines: is a file, not a folder of routine files"]

    def refusing_listdir(path: str | Path) -> list[str]:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "listdir", refusing_listdir)
    catalog = load_catalog(tmp_path)
    assert [str(error) for error in catalog.errors] == [f"{tmp_path.name}: the folder cannot be read: permission denied"]
    assert set(BUILTIN_IDS) == set(catalog.routines)


def test_duplicate_ids_across_files_keep_the_first_file_and_name_the_other(tmp_path: Path) -> None:
    catalog = load_files(tmp_path, {"1-again.toml": GOOD_ROUTINE.replace('"Mine"', '"Again"').encode()})
    assert catalog.custom["mine"].name == "Mine"
    assert only_error(catalog) == "1-again.toml, line 2: routine 'mine': this id is already used by a routine in 0-good.toml"


def test_an_id_of_a_built_in_routine_is_refused(tmp_path: Path) -> None:
    catalog = load_files(tmp_path, {"desk.toml": GOOD_ROUTINE.replace("mine", "desk-reset").encode()})
    assert only_error(catalog) == "desk.toml, line 2: routine 'desk-reset': this id is already used by another routine"
    assert catalog.routines["desk-reset"] == load_builtin_library().routines["desk-reset"]


def test_one_bad_routine_costs_its_whole_file(tmp_path: Path) -> None:
    text = GOOD_ROUTINE.replace("mine", "first") + "\n" + GOOD_ROUTINE.replace("mine", "second").replace('exercise = "cat-stretch"', "exercise = 1")
    catalog = load_files(tmp_path, {"two.toml": text.encode()})
    assert "first" not in catalog.custom
    assert only_error(catalog).startswith("two.toml, line 9: routine 'second', item 1: field 'exercise' has the wrong type")


def test_a_loader_bug_costs_one_file_not_the_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import knotbreak.core.exercises as exercises_module

    def broken_load_routines(text: str, source: str, exercises: object) -> object:
        if source == "bad.toml":
            raise TypeError("a bug")
        return load_routines(text, source, exercises)  # type: ignore[arg-type]

    monkeypatch.setattr(exercises_module, "load_routines", broken_load_routines)
    assert only_error(load_files(tmp_path, {"bad.toml": b"x = 1\n"})) == "bad.toml: could not be loaded (TypeError)"


def test_the_cli_lists_routines_despite_broken_files(user_dirs: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    from knotbreak.cli import main

    load_files(user_dirs.routines_dir, {"int.toml": b"routine = [1]\n", "deep.toml": b"x = " + b"[" * 3000 + b"]" * 3000})
    assert main(["routines", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert {entry["id"] for entry in printed["routines"]} == BUILTIN_IDS | {"mine"}
    assert [error.split(":")[0] for error in printed["errors"]] == ["deep.toml", "int.toml, line 1"]
