"""The routine editor: writing routine files, and the dialog that builds them."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from knotbreak.core import atomic
from knotbreak.core.exercises import (
    DOSE_KINDS,
    Exercise,
    LibraryError,
    Routine,
    RoutineItem,
    load_builtin_library,
    load_routines,
    load_user_routines,
    parse_dose,
)
from knotbreak.core.routine_catalog import Catalog, load_catalog
from knotbreak.core.routine_runner import expand
from knotbreak.core.routine_writer import ROUTINE_ID, routine_to_toml, save_routine, slug, taken_ids
from knotbreak.qt.formatting import LOCAL
from knotbreak.qt.routine_editor import DOSE_BOUNDS, KIND_FIELDS, RoutineEditor, library_text

LIBRARY = load_builtin_library()
EXERCISES = LIBRARY.exercises
BUILTIN_IDS = set(LIBRARY.routines)
DATA_FILE = Path(__file__).resolve().parents[1] / "knotbreak" / "data" / "routines.toml"


def total_seconds(routine: Routine) -> float:
    return sum(segment.seconds for segment in expand(routine))


def make_routine(routine_id: str = "lunch-unknot", name: str = "Lunch unknot", *exercise_ids: str) -> Routine:
    ids = exercise_ids or ("cat-camel", "thread-the-needle")
    return Routine(routine_id, name, "", tuple(RoutineItem(EXERCISES[e], EXERCISES[e].dose) for e in ids))


def load_folder(folder: Path) -> dict[str, Routine]:
    routines, errors = load_user_routines(folder, EXERCISES, BUILTIN_IDS)
    assert errors == []
    return routines


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The routines folder; tmp_path itself also holds the test's XDG folders."""
    return tmp_path / "routines"


# The writer -------------------------------------------------------------------


@st.composite
def routine_items(draw: st.DrawFn) -> RoutineItem:
    """A built-in exercise with random dose overrides, made through parse_dose as a routine file would."""
    exercise: Exercise = draw(st.sampled_from(list(EXERCISES.values())))
    kind = draw(st.sampled_from((None, *DOSE_KINDS)))
    effective = kind or exercise.dose.kind
    table: dict[str, object] = {} if kind is None else {"kind": kind}
    required = KIND_FIELDS[effective] if effective != exercise.dose.kind else ()
    for key, (low, high) in DOSE_BOUNDS.items():
        if key in required or draw(st.booleans()):
            table[key] = draw(st.integers(low, high))
    dose = parse_dose(table, "test", base=exercise.dose) if table else exercise.dose
    return RoutineItem(exercise, dose)


text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
routines = st.builds(
    Routine,
    id=st.from_regex(ROUTINE_ID, fullmatch=True),
    name=text,
    description=text,
    items=st.lists(routine_items(), min_size=1, max_size=8).map(tuple),
    warmup_hint=text,
)


@settings(max_examples=300, deadline=None)
@given(routines)
def test_a_written_routine_reads_back_equal(routine: Routine) -> None:
    written = routine_to_toml(routine)
    assert load_routines(written, "mine.toml", EXERCISES) == {routine.id: routine}
    assert written.startswith("[[routine]]\n")
    assert routine_to_toml(load_routines(written, "mine.toml", EXERCISES)[routine.id]) == written


def test_only_changed_dose_fields_are_written_as_in_the_built_in_file() -> None:
    data_lines = {line.strip() for line in DATA_FILE.read_text("utf-8").splitlines()}
    for routine in LIBRARY.routines.values():
        items = [line.strip() for line in routine_to_toml(routine).splitlines() if line.startswith("  {")]
        assert len(items) == len(routine.items)
        assert set(items) <= data_lines, routine.id


def test_an_unchanged_dose_is_just_the_exercise_and_a_changed_kind_is_spelled_out() -> None:
    cat = EXERCISES["cat-camel"]  # timed, 30 s
    same = Routine("a", "A", "", (RoutineItem(cat, cat.dose),))
    assert '{ exercise = "cat-camel" },' in routine_to_toml(same)
    as_hold = parse_dose({"kind": "hold", "hold_seconds": 20}, "test", base=cat.dose)
    changed = Routine("a", "A", "", (RoutineItem(cat, as_hold),))
    assert '{ exercise = "cat-camel", kind = "hold", hold_seconds = 20 },' in routine_to_toml(changed)


def test_strings_are_escaped() -> None:
    routine = replace(make_routine(), name='Say "hi" \\ then\nrest\x7f', description="tab\there", warmup_hint="é ✓")
    written = routine_to_toml(routine)
    assert load_routines(written, "x.toml", EXERCISES)["lunch-unknot"] == routine
    assert len(written.split("\n")) == 10  # nine lines and the final newline: no string spilled over


@pytest.mark.parametrize(
    ("name", "taken", "expected"),
    [
        ("Lunch unknot", set(), "lunch-unknot"),
        ("  Café: früh!! ", set(), "cafe-fruh"),
        ("Desk reset", {"desk-reset"}, "desk-reset-2"),
        ("Desk reset", {"desk-reset", "desk-reset-2"}, "desk-reset-3"),
        ("Neck & shoulders (2)", set(), "neck-shoulders-2"),
        ("", set(), "routine"),
        ("!!!", {"routine"}, "routine-2"),
        ("背中", set(), "routine"),
        ("a" * 80, set(), "a" * 64),
        ("a" * 80, {"a" * 64}, "a" * 62 + "-2"),
        ("x" * 62 + " y", set(), "x" * 62 + "-y"),
        ("x" * 63 + " y", set(), "x" * 63),
    ],
)
def test_slug(name: str, taken: set[str], expected: str) -> None:
    assert slug(name, taken) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=90), st.sets(st.from_regex(r"[a-z0-9-]{1,8}", fullmatch=True), max_size=5))
def test_a_slug_is_always_a_valid_unused_id(name: str, taken: set[str]) -> None:
    taken = taken | {slug(name, set())}
    result = slug(name, taken)
    assert ROUTINE_ID.match(result) and result not in taken


def test_save_writes_id_toml_in_a_new_folder_and_it_loads(folder: Path) -> None:
    routine = make_routine()
    path = save_routine(folder, routine)
    assert path == folder / "lunch-unknot.toml"
    assert load_folder(folder) == {"lunch-unknot": routine}
    assert [p.name for p in folder.iterdir()] == ["lunch-unknot.toml"]  # no temporary file left


def test_save_overwrites_the_routines_own_file(folder: Path) -> None:
    save_routine(folder, make_routine())
    changed = make_routine("lunch-unknot", "Longer lunch", "embryo-pose", "cat-camel", "down-dog")
    assert save_routine(folder, changed) == folder / "lunch-unknot.toml"
    assert load_folder(folder) == {"lunch-unknot": changed}


def test_save_rewrites_a_hand_named_file_that_holds_only_this_routine(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "lunch.toml").write_text(routine_to_toml(make_routine()), "utf-8")
    changed = make_routine("lunch-unknot", "Lunch", "embryo-pose")
    assert save_routine(folder, changed) == folder / "lunch.toml"
    assert sorted(p.name for p in folder.iterdir()) == ["lunch.toml"]
    assert load_folder(folder) == {"lunch-unknot": changed}


@pytest.mark.parametrize(
    ("routine", "message"),
    [
        (replace(make_routine(), items=()), "at least one exercise"),
        (replace(make_routine(), name="  "), "needs a name"),
        (replace(make_routine(), id="Lunch unknot"), "cannot be a routine id"),
        (replace(make_routine(), id="desk-reset"), "built-in routine"),
    ],
)
def test_save_refuses(folder: Path, routine: Routine, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        save_routine(folder, routine)
    assert not (folder).exists()


def test_save_refuses_to_clobber_or_shadow_another_file(folder: Path) -> None:
    folder.mkdir(parents=True)
    shared = routine_to_toml(make_routine("morning", "Morning")) + "\n" + routine_to_toml(make_routine("evening", "Evening"))
    (folder / "shared.toml").write_text(shared, "utf-8")
    (folder / "broken.toml").write_text("[[routine]\nid = 'broken'", "utf-8")
    (folder / "other.toml").write_text(routine_to_toml(make_routine("someone-else")), "utf-8")
    before = {p.name: p.read_text("utf-8") for p in folder.iterdir()}
    with pytest.raises(ValueError, match=re.escape("shared.toml together with other routines")):
        save_routine(folder, make_routine("morning", "Morning"))
    with pytest.raises(ValueError, match=re.escape("broken.toml already exists and is not a readable routine file")):
        save_routine(folder, make_routine("broken", "Broken"))
    with pytest.raises(ValueError, match=re.escape("other.toml already exists with other content")):
        save_routine(folder, make_routine("other", "Other"))
    assert {p.name: p.read_text("utf-8") for p in folder.iterdir()} == before


def test_save_refuses_a_dose_the_loader_would_reject(folder: Path) -> None:
    cat = EXERCISES["cat-camel"]
    routine = Routine("bad", "Bad", "", (RoutineItem(cat, replace(cat.dose, seconds=0)),))
    with pytest.raises(LibraryError, match="'seconds' is 0"):
        save_routine(folder, routine)
    assert not folder.exists()


def test_save_is_atomic(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = save_routine(folder, make_routine())
    before = path.read_text("utf-8")

    def crash(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", crash)
    with pytest.raises(OSError):
        save_routine(folder, make_routine("lunch-unknot", "Changed", "embryo-pose"))
    assert path.read_text("utf-8") == before
    assert [p.name for p in folder.iterdir()] == ["lunch-unknot.toml"]


def test_taken_ids_include_built_ins_custom_ids_and_file_names(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_text(routine_to_toml(make_routine("lunch-unknot")), "utf-8")
    (folder / "half-written.toml").write_text("[[routine", "utf-8")
    assert taken_ids(folder) == BUILTIN_IDS | {"lunch-unknot", "mine", "half-written"}


# The dialog -------------------------------------------------------------------


@pytest.fixture
def catalog(folder: Path) -> Catalog:
    return load_catalog(folder)


@pytest.fixture
def editor(qtbot, catalog: Catalog, folder: Path) -> RoutineEditor:  # type: ignore[no-untyped-def]
    dialog = RoutineEditor(catalog, folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def library_row(dialog: RoutineEditor, exercise_id: str) -> int:
    items = [dialog.library_list.item(r) for r in range(dialog.library_list.count())]
    return next(r for r, item in enumerate(items) if item.data(Qt.ItemDataRole.UserRole) == exercise_id)


def set_spin(qtbot, spin: QWidget, value: int) -> None:  # type: ignore[no-untyped-def]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def test_format_total() -> None:
    assert LOCAL.about(270) == "About 4 min 30 s"
    assert LOCAL.about(240) == "About 4 min"
    assert LOCAL.about(45.4) == "About 45 s"


def test_library_lines_name_position_and_equipment() -> None:
    assert library_text(EXERCISES["cat-camel"]) == "Cat-camel · floor · mat"
    assert library_text(EXERCISES["eagle-arm-circles"]) == "Eagle arm circles · kneeling"
    assert library_text(EXERCISES["seated-eagle-arm-circles"]) == "Seated eagle arm circles · desk"
    assert library_text(EXERCISES["double-v"]) == "Double V · floor · foam roller"


def test_spin_box_bounds_are_the_loaders() -> None:
    for key, (low, high) in DOSE_BOUNDS.items():
        kind = next((k for k, fields in KIND_FIELDS.items() if key in fields), "hold")
        base = {"kind": kind, **{field: 1 for field in KIND_FIELDS[kind]}}
        parse_dose({**base, key: low}, "test")
        parse_dose({**base, key: high}, "test")
        for outside in (low - 1, high + 1):
            with pytest.raises(LibraryError):
                parse_dose({**base, key: outside}, "test")


def test_build_a_routine_with_the_keyboard_and_mouse_and_save_it(qtbot, editor: RoutineEditor, folder: Path) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(editor.name_edit, "Lunch unknot")

    # Filter: by place, then by words.
    qtbot.mouseClick(editor.place_buttons["Floor"], Qt.MouseButton.LeftButton)
    floor = editor.visible_exercises()
    assert floor and all({"floor", "kneeling"} & {EXERCISES[e].position, *EXERCISES[e].alt_positions} for e in floor)
    assert "upper-back-stretch" not in floor and "cat-camel" in floor
    qtbot.keyClicks(editor.search_edit, "cat")
    assert editor.visible_exercises() == ["cat-camel", "cat-stretch"]

    # Enter in the search box adds the highlighted exercise (and does not save); ↓ moves the highlight.
    qtbot.keyClick(editor.search_edit, Qt.Key.Key_Return)
    qtbot.keyClick(editor.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(editor.search_edit, Qt.Key.Key_Enter)
    assert editor.isVisible() and editor.saved_path is None
    assert [i.exercise.id for i in editor.items()] == ["cat-camel", "cat-stretch"]

    # A double-click in the library adds too.
    editor.search_edit.clear()
    qtbot.mouseClick(editor.place_buttons["All"], Qt.MouseButton.LeftButton)
    item = editor.library_list.item(library_row(editor, "thread-the-needle"))
    editor.library_list.scrollToItem(item)
    rect = editor.library_list.visualItemRect(item)
    # A real double-click starts with a click; QTest's double-click alone does not press first.
    qtbot.mouseClick(editor.library_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(editor.items()) == 2  # a single click only chooses
    qtbot.mouseDClick(editor.library_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [i.exercise.id for i in editor.items()] == ["cat-camel", "cat-stretch", "thread-the-needle"]
    assert editor.routine_list.currentRow() == 2  # the new item is selected, ready for its dose

    # Reorder: thread the needle up to second place.
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert [i.exercise.id for i in editor.items()] == ["cat-camel", "thread-the-needle", "cat-stretch"]
    assert editor.routine_list.currentRow() == 1
    assert editor.routine_list.item(1).text() == "Thread the needle — hold 30 s each side"

    # Change its dose: a longer hold, two sets, a rest; the total follows.
    before = editor.total_label.text()
    assert before == LOCAL.about(30 + 2 * 30 + 20)
    set_spin(qtbot, editor.spins["hold_seconds"], 40)
    set_spin(qtbot, editor.spins["sets"], 2)
    set_spin(qtbot, editor.spins["rest_seconds"], 10)
    assert editor.isVisible()  # Enter in a spin box commits the value, it does not save
    assert editor.total_label.text() == LOCAL.about(30 + (2 * 40 + 10 + 2 * 40) + 20) == "About 3 min 40 s"
    assert editor.routine_list.item(1).text() == "Thread the needle — 2 × hold 40 s each side, rest 10 s"

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.result() == QDialog.DialogCode.Accepted and not editor.isVisible()
    assert editor.saved_path == folder / "lunch-unknot.toml" and editor.saved_path.exists()
    loaded = load_folder(folder)
    assert loaded == {"lunch-unknot": editor.saved_routine}
    routine = loaded["lunch-unknot"]
    assert routine.name == "Lunch unknot"
    assert [i.exercise.id for i in routine.items] == ["cat-camel", "thread-the-needle", "cat-stretch"]
    needle = EXERCISES["thread-the-needle"].dose
    assert routine.items[1].dose == replace(needle, hold_seconds=40, sets=2, rest_seconds=10)
    assert routine.items[0].dose == EXERCISES["cat-camel"].dose
    assert total_seconds(routine) == 220
    line = '{ exercise = "thread-the-needle", hold_seconds = 40, sets = 2, rest_seconds = 10 },'
    assert line in editor.saved_path.read_text("utf-8")


def test_the_dose_editor_shows_the_fields_of_the_items_kind(qtbot, editor: RoutineEditor) -> None:  # type: ignore[no-untyped-def]
    for exercise_id, kind in (("childs-pose", "hold"), ("seated-row", "reps"), ("cat-camel", "timed")):
        editor.add_exercise(exercise_id)
        shown = {key for key, spin in editor.spins.items() if spin.isVisible()}
        assert shown == {*KIND_FIELDS[kind], "sets", "rest_seconds"}, exercise_id
        assert editor.figure.exercise_id == exercise_id
    # Rest only matters between sets.
    assert not editor.spins["rest_seconds"].isEnabled()
    set_spin(qtbot, editor.spins["sets"], 3)
    assert editor.spins["rest_seconds"].isEnabled()
    # "Usual dose" undoes the changes.
    assert editor.usual_button.isEnabled()
    qtbot.mouseClick(editor.usual_button, Qt.MouseButton.LeftButton)
    assert editor.items()[-1].dose == EXERCISES["cat-camel"].dose
    assert editor.spins["sets"].value() == 1 and not editor.usual_button.isEnabled()


def test_reps_dose_and_keys_in_the_routine_list(qtbot, editor: RoutineEditor) -> None:  # type: ignore[no-untyped-def]
    for exercise_id in ("upper-back-stretch", "seated-row", "embryo-pose"):
        editor.add_exercise(exercise_id)
    editor.routine_list.setCurrentRow(1)
    set_spin(qtbot, editor.spins["reps"], 15)
    set_spin(qtbot, editor.spins["seconds_per_rep"], 3)
    assert editor.items()[1].dose == replace(EXERCISES["seated-row"].dose, reps=15, seconds_per_rep=3)

    editor.routine_list.setFocus()
    qtbot.keyClick(editor.routine_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [i.exercise.id for i in editor.items()] == ["upper-back-stretch", "embryo-pose", "seated-row"]
    assert editor.routine_list.currentRow() == 2
    qtbot.keyClick(editor.routine_list, Qt.Key.Key_Delete)
    assert [i.exercise.id for i in editor.items()] == ["upper-back-stretch", "embryo-pose"]
    assert editor.routine_list.currentRow() == 1
    assert editor.total_label.text() == LOCAL.about(2 * 30 + 5 + 60)
    qtbot.keyClick(editor.routine_list, Qt.Key.Key_Delete)
    qtbot.keyClick(editor.routine_list, Qt.Key.Key_Delete)
    assert editor.items() == () and editor.total_label.text() == "No exercises yet"
    assert not editor.remove_button.isEnabled() and editor.dose_stack.currentIndex() == 0
    assert editor.isVisible()


def test_errors_are_shown_in_the_dialog(qtbot, editor: RoutineEditor, folder: Path) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and "name" in editor.error_text()
    assert editor.error_label.isVisible()
    qtbot.keyClicks(editor.name_edit, "   ")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "name" in editor.error_text()
    qtbot.keyClicks(editor.name_edit, "Lunch")
    assert editor.error_text() == ""  # typing clears it
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and "at least one exercise" in editor.error_text()
    assert editor.saved_path is None and editor.saved_routine is None and not folder.exists()
    editor.add_exercise("cat-camel")
    assert editor.error_text() == ""

    # The folder cannot be made: a file is in the way.
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("not a folder", "utf-8")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and "Could not" in editor.error_text()
    folder.unlink()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible() and editor.saved_path == folder / "lunch.toml"


def test_a_new_routine_never_takes_an_id_or_file_in_use(qtbot, catalog: Catalog, folder: Path) -> None:  # type: ignore[no-untyped-def]
    folder.mkdir(parents=True)
    (folder / "desk.toml").write_text("[[routine\n", "utf-8")  # broken, but still the user's file
    (folder / "mine.toml").write_text(routine_to_toml(make_routine("desk-2")), "utf-8")  # written after the catalog loaded
    dialog = RoutineEditor(catalog, folder)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Desk")
    dialog.add_exercise("upper-back-stretch")
    assert dialog.save()
    assert dialog.saved_path == folder / "desk-3.toml"
    assert (folder / "desk.toml").read_text("utf-8") == "[[routine\n"


def test_a_built_in_routine_becomes_a_new_one(qtbot, catalog: Catalog, folder: Path) -> None:  # type: ignore[no-untyped-def]
    floor = catalog.builtin["floor-knot-release"]
    dialog = RoutineEditor(catalog, folder, floor)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "New routine"
    assert dialog.name_edit.text() == "Floor knot release (my version)"
    assert dialog.total_label.text() == LOCAL.about(total_seconds(floor))
    assert dialog.save()
    saved = dialog.saved_routine
    assert saved is not None and saved.id == "floor-knot-release-my-version"
    assert saved.items == floor.items and saved.warmup_hint == floor.warmup_hint
    assert load_folder(folder) == {saved.id: saved}


def test_editing_a_custom_routine_keeps_its_id_and_file(qtbot, folder: Path) -> None:  # type: ignore[no-untyped-def]
    folder.mkdir(parents=True)
    original = replace(make_routine(), description="Five minutes.", warmup_hint="Walk first.")
    (folder / "lunch.toml").write_text(routine_to_toml(original), "utf-8")
    catalog = load_catalog(folder)
    dialog = RoutineEditor(catalog, folder, catalog.custom["lunch-unknot"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Edit routine: Lunch unknot"
    assert dialog.error_text() == ""
    assert [i.exercise.id for i in dialog.items()] == ["cat-camel", "thread-the-needle"]
    assert dialog.description_edit.text() == "Five minutes."

    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Long lunch")
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)  # the first item was selected
    dialog.add_exercise("down-dog")
    set_spin(qtbot, dialog.spins["hold_seconds"], 90)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # Enter in the name field saves
    assert not dialog.isVisible()
    assert dialog.saved_path == folder / "lunch.toml"
    assert sorted(p.name for p in folder.iterdir()) == ["lunch.toml"]
    loaded = load_folder(folder)["lunch-unknot"]
    assert loaded == dialog.saved_routine
    assert (loaded.name, loaded.description, loaded.warmup_hint) == ("Long lunch", "Five minutes.", "Walk first.")
    assert [(i.exercise.id, i.dose.work_seconds()) for i in loaded.items] == [("thread-the-needle", 30), ("down-dog", 90)]


def test_a_routine_sharing_its_file_cannot_be_saved_and_says_so_at_once(qtbot, folder: Path) -> None:  # type: ignore[no-untyped-def]
    folder.mkdir(parents=True)
    shared = routine_to_toml(make_routine("morning", "Morning")) + "\n" + routine_to_toml(make_routine("evening", "Evening"))
    (folder / "shared.toml").write_text(shared, "utf-8")
    catalog = load_catalog(folder)
    dialog = RoutineEditor(catalog, folder, catalog.custom["morning"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert "shared.toml together with other routines" in dialog.error_text()
    assert not dialog.save()
    assert dialog.isVisible() and "shared.toml" in dialog.error_text()
    assert (folder / "shared.toml").read_text("utf-8") == shared
    assert sorted(p.name for p in folder.iterdir()) == ["shared.toml"]


def test_tab_order_follows_the_layout(editor: RoutineEditor) -> None:
    order = [
        editor.name_edit, editor.description_edit, editor.search_edit, *editor.place_buttons.values(),
        editor.library_list, editor.add_button, editor.routine_list, editor.up_button, editor.down_button,
        editor.remove_button,
    ]
    for first, second in itertools.pairwise(order):
        widget = first.nextInFocusChain()
        while widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        assert widget is second, (first, second)



def test_taken_ids_survive_files_that_would_crash_a_plain_parser(tmp_path: Path) -> None:
    """The editor reads the folder as the loader does: deep nesting or a huge number costs nothing."""
    from knotbreak.core.routine_writer import taken_ids

    (tmp_path / "deep.toml").write_text("x = " + "[" * 3000 + "]" * 3000 + "\n")
    (tmp_path / "digits.toml").write_text("x = " + "9" * 5000 + "\n")
    (tmp_path / "good.toml").write_text('[[routine]]\nid = "mine"\nname = "Mine"\nitems = [{ exercise = "cat-camel" }]\n')
    taken = taken_ids(tmp_path)
    assert {"deep", "digits", "good", "mine"} <= taken
