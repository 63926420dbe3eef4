"""The Preferences window: generated from the schema, writes only what the person changed, keyboard and screen reader friendly."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTime
from PySide6.QtGui import QAccessible, QColor, QPalette, QShortcut, QWheelEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QMessageBox, QSpinBox, QWidget

from knotbreak.core import settings as settings_file
from knotbreak.core.settings import PAGES, SCHEMA, Option, Settings, SettingsEditError
from knotbreak.qt.preference_editors import (
    AVOID_EMPTY,
    ChoiceEditor,
    ChoiceSetEditor,
    ExerciseListEditor,
    IntEditor,
    TextEditor,
    TimeRangeEditor,
    WeekdayEditor,
)
from knotbreak.qt.preferences import PreferencesWindow, assign_mnemonics, mnemonic_letter
from knotbreak.qt.shortcuts import close_keys

HAND_WRITTEN = (
    "# KnotBreak settings, by hand\n"
    "\n"
    "# how long I sit\n"
    "work_minutes = 45 # short days\n"
    "colour = 'green'  # not a setting (yet)\n"
    'working_hours = "09:00-17:00"\n'
    'avoid_exercises = ["chin-tucks", "wall-angels", "doorway-stretch"] # what hurts\n'
    "\n"
    "[notes]  # my own table\n"
    "favourite = 'cat' # yes\n"
)
NAMES = {"chin-tucks": "Chin tucks", "wall-angels": "Wall angels", "doorway-stretch": "Doorway stretch"}


@dataclass
class FakeAutostart:
    supported: bool = True
    where: str = "~/.config/autostart/knotbreak.desktop"
    on: bool = False
    failure: OSError | None = None
    calls: list[bool] = field(default_factory=list)

    def enabled(self) -> bool:
        return self.on

    def set_enabled(self, on: bool) -> None:
        self.calls.append(on)
        if self.failure is not None:
            raise self.failure
        self.on = on


class FakeServices:
    """Writes to a real settings.toml through set_values, and records every call."""

    def __init__(self, settings_path: Path, *, write: bool = True) -> None:
        self.settings_path = settings_path
        self.history_path = settings_path.parent / "history.sqlite3"
        self.autostart = FakeAutostart()
        self.write = write
        self.changes: list[dict[str, Any]] = []
        self.refusal: str | None = None
        self.sound: str | None = None
        self.speech: str | None = None
        self.tested: list[str] = []
        self.exported: list[Path] = []
        self.export_refusal: str | None = None
        self.delete_refusal: str | None = None
        self.deleted = 0

    def change_settings(self, changes: dict[str, Any]) -> str | None:
        self.changes.append(changes)
        if self.refusal:
            return self.refusal
        if not self.write:
            return None
        try:
            settings_file.set_values(self.settings_path, changes)
        except (SettingsEditError, OSError) as error:
            return str(error)
        return None

    def exercise_name(self, exercise_id: str) -> str:
        return NAMES.get(exercise_id, exercise_id)

    def sound_problem(self) -> str | None:
        return self.sound

    def speech_problem(self) -> str | None:
        return self.speech

    def test_sound(self) -> None:
        self.tested.append("sound")

    def test_speech(self) -> None:
        self.tested.append("speech")

    def history_summary(self) -> str:
        return "412 breaks and 96 routines since 3 March 2026"

    def export_history(self, target: Path) -> str | None:
        self.exported.append(target)
        return self.export_refusal

    def delete_history(self, reply: Callable[[str | None], None]) -> None:
        self.deleted += 1
        reply(self.delete_refusal)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "config" / "settings.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HAND_WRITTEN)
    return path


@pytest.fixture
def services(path: Path) -> FakeServices:
    return FakeServices(path)


@pytest.fixture
def make_window(qtbot, services: FakeServices, path: Path) -> Callable[..., PreferencesWindow]:  # type: ignore[no-untyped-def]
    def make(**kwargs: Any) -> PreferencesWindow:
        kwargs.setdefault("settings", settings_file.load(path).settings)
        window = PreferencesWindow(services=services, **kwargs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window: Callable[..., PreferencesWindow]) -> PreferencesWindow:
    return make_window()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[list[tuple[QMessageBox, str]], list[str]]]:
    """Message boxes answered without showing them: push the text of the button to press; read what was asked."""
    asked: list[tuple[QMessageBox, str]] = []
    replies: list[str] = []

    def exec_(box: QMessageBox) -> int:
        reply = replies.pop(0)
        button = next(b for b in box.buttons() if b.text().replace("&", "") == reply)
        asked.append((box, reply))
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    yield asked, replies
    assert not replies, f"unused answers {replies}"


def spin(window: PreferencesWindow, name: str) -> QSpinBox:
    editor = window.rows[name].editor
    assert isinstance(editor, IntEditor)
    return editor.spin_box


def activate(qtbot, window: PreferencesWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


# Writing only what changed ----------------------------------------------------


def test_a_typed_work_length_sends_only_that_key_and_the_file_keeps_its_comments(qtbot, window, services, path) -> None:  # type: ignore[no-untyped-def]
    box = spin(window, "work_minutes")
    assert box.value() == 45
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "70")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert services.changes == [{"work_minutes": 70}]
    assert path.read_text() == HAND_WRITTEN.replace("work_minutes = 45 # short days", "work_minutes = 70 # short days")
    assert settings_file.load(path).settings.work_minutes == 70


def test_arrow_steps_write_once_after_a_pause(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    box = spin(window, "work_minutes")
    for _ in range(5):
        qtbot.keyClick(box, Qt.Key.Key_Up)
    assert services.changes == []  # not one write per step
    qtbot.waitUntil(lambda: services.changes != [])
    assert services.changes == [{"work_minutes": 50}]
    assert box.suffix() == " minutes"


def test_closing_writes_a_step_still_waiting_out_its_pause(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(spin(window, "snooze_minutes"), Qt.Key.Key_Down)
    assert services.changes == []
    window.close()
    assert services.changes == [{"snooze_minutes": 9}]


def test_a_unit_reads_singular_for_one(window) -> None:  # type: ignore[no-untyped-def]
    box = spin(window, "snooze_minutes")
    box.setValue(1)
    assert box.suffix() == " minute"
    box.setValue(2)
    assert box.suffix() == " minutes"


def test_a_hand_edit_shows_in_the_controls_and_writes_nothing(window, services, path) -> None:  # type: ignore[no-untyped-def]
    edited = (
        HAND_WRITTEN.replace("work_minutes = 45", "work_minutes = 30").replace('"09:00-17:00"', '""').replace("[notes]", "sounds = false\n[notes]")
    )
    path.write_text(edited)
    window.show_settings(settings_file.load(path).settings)
    assert spin(window, "work_minutes").value() == 30
    hours = window.rows["working_hours"].editor
    assert isinstance(hours, TimeRangeEditor) and hours.all_day.isChecked() and not hours.start_edit.isEnabled()
    assert window.rows["sounds"].editor.value() is False
    assert services.changes == []
    assert path.read_text() == edited


def test_a_hand_edit_of_another_key_leaves_a_refused_entry_in_place(window, services, path) -> None:  # type: ignore[no-untyped-def]
    hours = window.rows["working_hours"]
    assert isinstance(hours.editor, TimeRangeEditor)
    hours.editor.end_edit.setTime(QTime(9, 0))
    hours.editor.end_edit.editingFinished.emit()
    assert hours.problem
    path.write_text(HAND_WRITTEN.replace("work_minutes = 45", "work_minutes = 20"))
    window.show_settings(settings_file.load(path).settings)
    assert hours.problem and hours.editor.value() == "09:00-09:00"
    path.write_text(HAND_WRITTEN.replace('"09:00-17:00"', '"08:00-16:00"'))
    window.show_settings(settings_file.load(path).settings)  # the same key edited by hand wins
    assert not hours.problem and hours.editor.value() == "08:00-16:00"
    assert services.changes == []


def test_working_hours_with_the_same_start_and_end_are_refused_in_place(qtbot, window, services, path) -> None:  # type: ignore[no-untyped-def]
    window.show_page(PAGES[1])
    row = window.rows["working_hours"]
    editor = row.editor
    assert isinstance(editor, TimeRangeEditor)
    assert not editor.all_day.isChecked() and editor.value() == "09:00-17:00"
    editor.end_edit.setTime(QTime(9, 0))
    editor.end_edit.editingFinished.emit()  # leaving the field
    assert "start and end are the same" in row.problem
    assert row.problem_note.isVisible()
    assert "start and end are the same" in editor.end_edit.accessibleDescription()
    assert editor.value() == "09:00-09:00"  # the entry stays, to be fixed
    assert services.changes == [] and path.read_text() == HAND_WRITTEN

    editor.end_edit.setTime(QTime(18, 30))
    editor.end_edit.editingFinished.emit()
    assert services.changes == [{"working_hours": "09:00-18:30"}]
    assert not row.problem and not row.problem_note.isVisible()
    assert "start and end" not in editor.end_edit.accessibleDescription()


def test_all_day_and_midnight(window, services) -> None:  # type: ignore[no-untyped-def]
    editor = window.rows["working_hours"].editor
    assert isinstance(editor, TimeRangeEditor)
    editor.all_day.click()
    assert services.changes == [{"working_hours": ""}]
    assert not editor.end_edit.isEnabled()
    editor.all_day.click()
    editor.start_edit.setTime(QTime(22, 0))
    editor.end_edit.setTime(QTime(0, 0))
    editor.flush()
    assert services.changes[-1] == {"working_hours": "22:00-24:00"}
    editor.end_edit.setTime(QTime(6, 0))
    editor.flush()
    assert services.changes[-1] == {"working_hours": "22:00-06:00"}
    assert not editor.next_day_label.isHidden()


def test_a_refusal_from_the_service_is_shown_and_the_entry_kept(window, services, path) -> None:  # type: ignore[no-untyped-def]
    services.refusal = "settings.toml is not valid TOML right now (line 3); fix it and try again"
    box = window.rows["sounds"].editor.buddy()
    assert isinstance(box, QCheckBox)
    box.click()
    row = window.rows["sounds"]
    assert "not valid TOML right now" in row.problem
    assert not box.isChecked()  # the person's entry, not reverted
    assert path.read_text() == HAND_WRITTEN
    services.refusal = None
    box.click()  # back to the value in the file: nothing to write, nothing wrong
    assert not row.problem and len(services.changes) == 1


def test_ticking_a_day_sends_the_whole_list_and_only_it(window, services, path) -> None:  # type: ignore[no-untyped-def]
    editor = window.rows["working_days"].editor
    assert isinstance(editor, WeekdayEditor)
    assert [box.text() for box in editor.check_boxes.values()] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert editor.check_boxes["sun"].accessibleName() == "Sunday"
    editor.check_boxes["sat"].click()
    editor.check_boxes["sun"].click()
    assert services.changes == [
        {"working_days": ("mon", "tue", "wed", "thu", "fri", "sun")},
        {"working_days": ("mon", "tue", "wed", "thu", "fri")},
    ]
    assert settings_file.load(path).settings.working_days == ("mon", "tue", "wed", "thu", "fri")


def test_choices_have_human_labels(window, services) -> None:  # type: ignore[no-untyped-def]
    equipment = window.rows["equipment"].editor
    assert isinstance(equipment, ChoiceSetEditor)
    assert equipment.check_boxes["foam-roller"].text() == "Foam roller"
    equipment.check_boxes["foam-roller"].click()
    assert services.changes == [{"equipment": ("foam-roller",)}]
    prompt = window.rows["break_prompt"].editor
    assert isinstance(prompt, ChoiceEditor)
    assert [prompt.combo_box.itemText(i) for i in range(prompt.combo_box.count())] == [
        "Automatically", "A small window", "A desktop notification"
    ]


def test_stop_avoiding_removes_one_exercise(qtbot, window, services, path) -> None:  # type: ignore[no-untyped-def]
    editor = window.rows["avoid_exercises"].editor
    assert isinstance(editor, ExerciseListEditor)
    names = [editor.list_widget.item(i).text() for i in range(editor.list_widget.count())]
    assert names == ["Chin tucks", "Wall angels", "Doorway stretch"]
    editor.list_widget.setCurrentRow(1)
    qtbot.mouseClick(editor.stop_button, Qt.MouseButton.LeftButton)
    assert services.changes == [{"avoid_exercises": ("chin-tucks", "doorway-stretch")}]
    assert settings_file.load(path).settings.avoid_exercises == ("chin-tucks", "doorway-stretch")
    assert [editor.list_widget.item(i).text() for i in range(editor.list_widget.count())] == ["Chin tucks", "Doorway stretch"]


def test_no_avoided_exercises_says_how_to_add_one(make_window, path) -> None:  # type: ignore[no-untyped-def]
    path.write_text("")
    window = make_window()
    window.show_page(PAGES[2])
    editor = window.rows["avoid_exercises"].editor
    assert isinstance(editor, ExerciseListEditor)
    assert editor.empty_label.isVisible() and editor.empty_label.text() == AVOID_EMPTY
    assert not editor.list_widget.isVisible() and not editor.stop_button.isVisible()


# Restore defaults, history -----------------------------------------------------


def test_restore_defaults_asks_naming_the_page_then_sends_its_keys_in_one_call(window, services, answers, path) -> None:  # type: ignore[no-untyped-def]
    asked, replies = answers
    page = window.pages[PAGES[0]]
    replies.append("Cancel")
    page.restore_button.click()
    assert services.changes == []
    replies.append("Restore defaults")
    page.restore_button.click()
    box = asked[-1][0]
    assert "\u201cBreaks\u201d" in box.text() and "Work before a break" in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    breaks = [option for option in SCHEMA if option.page == PAGES[0]]
    assert services.changes == [{option.name: option.default for option in breaks}]
    assert spin(window, "work_minutes").value() == 50
    assert settings_file.load(path).settings.working_hours == "09:00-17:00"  # another page: untouched
    assert "# how long I sit" in path.read_text()


def test_delete_history_says_what_is_lost_and_cancel_does_nothing(window, services, answers) -> None:  # type: ignore[no-untyped-def]
    asked, replies = answers
    window.show_page(PAGES[4])
    replies.append("Cancel")
    window.delete_button.click()
    box = asked[0][0]
    assert "412 breaks and 96 routines since 3 March 2026" in box.informativeText()
    assert "cannot be undone" in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert services.deleted == 0
    replies.append("Delete history")
    window.delete_button.click()
    assert services.deleted == 1
    assert window.history_note.text() == "History deleted."


def test_a_delete_that_fails_says_why(window, services, answers) -> None:  # type: ignore[no-untyped-def]
    _asked, replies = answers
    window.show_page(PAGES[4])
    services.delete_refusal = "the history file is read-only"
    replies.append("Delete history")
    window.delete_button.click()
    assert window.history_note.text() == "Not deleted: the history file is read-only"
    assert window.delete_button.isEnabled()


def test_export_asks_where_and_reports(window, services) -> None:  # type: ignore[no-untyped-def]
    window.show_page(PAGES[4])
    assert window.history_path_field.text() == str(services.history_path) and window.history_path_field.isReadOnly()
    window.ask_export_path = lambda suggested: None
    window.export_button.click()
    assert services.exported == []
    target = services.settings_path.parent / "out.csv"
    window.ask_export_path = lambda suggested: target
    window.export_button.click()
    assert services.exported == [target] and str(target) in window.history_note.text()
    services.export_refusal = "the disk is full"
    window.export_button.click()
    assert "the disk is full" in window.history_note.text() and window.history_note.is_problem


# Log-in, sound and voice ---------------------------------------------------------


def test_the_log_in_box_follows_autostart_and_reverts_when_it_fails(make_window, services) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert not window.autostart_box.isChecked() and window.autostart_box.isEnabled()
    window.autostart_box.click()
    assert services.autostart.calls == [True] and window.autostart_box.isChecked()
    services.autostart.failure = PermissionError(13, "Permission denied")
    window.autostart_box.click()
    assert services.autostart.calls == [True, False]
    assert window.autostart_box.isChecked()  # reverted: still starts at log-in
    assert "Permission denied" in window.autostart_note.text() and window.autostart_note.is_problem
    assert "Permission denied" in window.autostart_box.accessibleDescription()
    assert services.changes == []  # not a setting in settings.toml


def test_the_log_in_box_is_disabled_where_unsupported(make_window, services) -> None:  # type: ignore[no-untyped-def]
    services.autostart = FakeAutostart(supported=False, where="")
    window = make_window()
    assert not window.autostart_box.isEnabled()
    assert "not available" in window.autostart_note.text()


def test_chimes_and_voice_can_be_tried_or_say_why_not(make_window, services) -> None:  # type: ignore[no-untyped-def]
    services.speech = "No speech engine is installed."
    window = make_window()
    window.show_page(PAGES[3])
    sounds, speech = window.rows["sounds"], window.rows["spoken_cues"]
    sounds.extras[0].click()
    assert services.tested == ["sound"]
    assert sounds.editor.isEnabled() and sounds.extras[0].isEnabled() and not sounds.availability_note.isVisible()
    assert not speech.editor.isEnabled() and not speech.extras[0].isEnabled()
    assert speech.availability_note.text() == "No speech engine is installed."
    assert "No speech engine" in speech.editor.buddy().accessibleDescription()
    services.speech = None
    window.present()
    assert speech.editor.isEnabled() and speech.extras[0].isEnabled() and not speech.availability_note.isVisible()


# The window --------------------------------------------------------------------


def test_one_page_per_group_in_order_and_the_window_basics(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.windowTitle() == "KnotBreak Preferences"
    assert not window.isModal()
    assert [window.page_list.item(i).text() for i in range(window.page_list.count())] == list(PAGES)
    for title, page in window.pages.items():
        assert [row.option.name for row in page.rows] == [option.name for option in SCHEMA if option.page == title]
    window.page_list.setCurrentRow(3)
    assert window.current_page().title == PAGES[3]


@pytest.mark.parametrize("keys", [(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)])
def test_escape_and_ctrl_w_close(qtbot, window, keys) -> None:  # type: ignore[no-untyped-def]
    activate(qtbot, window)
    qtbot.keyClick(window.focusWidget(), keys[0], keys[1])
    qtbot.waitUntil(lambda: not window.isVisible())
    window.present()
    qtbot.waitUntil(window.isVisible)


def test_the_keyboard_alone_reaches_and_changes_everything(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    activate(qtbot, window)
    window.page_list.setFocus()
    qtbot.keyClick(window.page_list, Qt.Key.Key_Down)  # Don't interrupt
    assert window.current_page().title == PAGES[1]
    qtbot.keyClick(window.page_list, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is window.rows["defer_when_fullscreen"].editor.buddy()
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert services.changes == [{"defer_when_fullscreen": False}]
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    longest = spin(window, "max_defer_minutes")
    assert QApplication.focusWidget() is longest
    qtbot.keyClick(longest, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: len(services.changes) == 2)
    assert services.changes[1] == {"max_defer_minutes": 31}
    # A mnemonic reaches a control from anywhere on the page, and only moves the focus there.
    qtbot.keyClick(longest, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Working &days
    days = window.rows["working_days"].editor
    assert isinstance(days, WeekdayEditor)
    assert QApplication.focusWidget() is days.check_boxes["mon"]
    qtbot.keyClick(longest, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # Working &hours
    hours = window.rows["working_hours"].editor
    assert isinstance(hours, TimeRangeEditor)
    assert QApplication.focusWidget() is hours.all_day
    qtbot.keyClick(hours.all_day, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # Wait while a &fullscreen window...: a box of its own
    assert QApplication.focusWidget() is window.rows["defer_when_fullscreen"].editor.buddy()
    qtbot.waitUntil(lambda: len(services.changes) == 3)
    assert services.changes[2] == {"defer_when_fullscreen": True}  # its label ticks it, as a box's own text would


def focusable_chain(window: PreferencesWindow) -> list[QWidget]:
    """The widgets Tab visits, from the page list round to it again."""
    chain: list[QWidget] = [window.page_list]
    widget = window.page_list.nextInFocusChain()
    while widget is not window.page_list:
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_tab_order_is_pages_then_controls_top_to_bottom_then_buttons(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    for title in PAGES:
        window.show_page(title)
        page = window.pages[title]
        chain = focusable_chain(window)
        assert chain[0] is window.page_list
        assert chain[-2:] == [page.restore_button, window.close_button]
        middle = chain[1:-2]
        tops = [w.mapTo(page.content, w.rect().topLeft()).y() for w in middle]
        half_line = window.fontMetrics().height() // 2  # widgets on one line may sit a few pixels apart
        assert all(later >= earlier - half_line for earlier, later in itertools.pairwise(tops)), (title, tops)
        expected_first = [row.editor.controls()[0] for row in page.rows if row.editor.controls()[0].isEnabled()]
        assert [w for w in middle if w in expected_first] == expected_first, title


def test_every_focusable_widget_has_an_accessible_name_on_every_page(window) -> None:  # type: ignore[no-untyped-def]
    check_accessible_names(window)


def check_accessible_names(window: PreferencesWindow) -> None:
    for title in window.pages:
        window.show_page(title)
        QApplication.processEvents()
        widgets = [window, *window.findChildren(QWidget)]
        focusable = [w for w in widgets if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        assert len(focusable) > 3, title
        for widget in focusable:
            interface = QAccessible.queryAccessibleInterface(widget)
            assert interface is not None and interface.isValid()
            if widget is window:
                continue
            assert interface.text(QAccessible.Text.Name).strip(), (title, widget)
        for row in window.pages[title].rows:
            for control in row.editor.controls():
                description = QAccessible.queryAccessibleInterface(control).text(QAccessible.Text.Description)
                assert (row.option.hint or row.option.description) in description, row.option.name


def test_mnemonics_on_a_page_never_clash(window) -> None:  # type: ignore[no-untyped-def]
    for page in window.pages.values():
        letters = [mnemonic_letter(label.text()) for label in page.findChildren(QLabel) if label.buddy()]
        letters += [mnemonic_letter(b.text()) for b in page.findChildren(QAbstractButton)]
        marked = [letter for letter in letters if letter]
        assert len(marked) == len(set(marked)), (page.title, marked)
    # The schema's own marks stay where they do not clash.
    assert window.rows["work_minutes"].label is not None and window.rows["work_minutes"].label.text() == "&Work before a break"


def test_assign_mnemonics() -> None:
    assert assign_mnemonics(["&Work", "&Warn before", "Plain", "&Away", "Show &as", "R&&D &x"]) == [
        "&Work", "Warn &before", "Plain", "&Away", "&Show as", "R&&D &x"
    ]
    assert assign_mnemonics(["&ab", "&ba", "a&b"]) == ["&ab", "&ba", "ab"]  # no letter left: no mark


def test_every_option_shows_its_description_and_bounds(window) -> None:  # type: ignore[no-untyped-def]
    for option in SCHEMA:
        row = window.rows[option.name]
        assert (option.hint or option.description) in row.hint_label.text()
    assert "1 to 240 minutes, default 50." in window.rows["work_minutes"].hint_label.text()
    assert "Default: every day." in window.rows["working_days"].hint_label.text()
    assert "Default: on." in window.rows["sounds"].hint_label.text()


def test_a_zero_that_means_something_says_so(window) -> None:  # type: ignore[no-untyped-def]
    snoozes = window.rows["max_snoozes"]
    assert "0 to 20 snoozes (0: unlimited), default 3." in snoozes.hint_label.text()
    snoozes.editor.set_value(0)
    assert snoozes.editor.spin_box.text() == "Unlimited"
    assert window.rows["notify_before_seconds"].editor.describe(0) == "off"


# Generality --------------------------------------------------------------------


@dataclass(frozen=True)
class DemoSettings(Settings):
    demo_minutes: int = 5
    demo_switch: bool = False
    demo_speed: str = "slow"
    demo_ratio: float = 0.5


DEMO_OPTIONS = (
    Option("demo_minutes", int, 5, "A demo.", 1, 9, label="&Demo", page=PAGES[0], unit="minutes"),
    Option("demo_switch", bool, False, "A demo switch.", label="Demo &switch", page=PAGES[3]),
    Option("demo_speed", str, "slow", "How fast the demo goes.", label="Demo s&peed", page=PAGES[2], choices=("slow", "fast-ish")),
    Option("demo_ratio", float, 0.5, "A demo ratio.", 0, 1, label="Demo &ratio", page="Experiments"),
)


def test_a_new_option_in_the_schema_gets_a_control_without_touching_the_window(qtbot, path) -> None:  # type: ignore[no-untyped-def]
    services = FakeServices(path, write=False)
    window = PreferencesWindow(DemoSettings(demo_minutes=7), services, schema=SCHEMA + DEMO_OPTIONS)
    qtbot.addWidget(window)
    window.show()

    minutes = window.rows["demo_minutes"]
    assert minutes in window.pages[PAGES[0]].rows
    assert isinstance(minutes.editor, IntEditor)
    box = minutes.editor.spin_box
    assert (box.minimum(), box.maximum(), box.value(), box.suffix()) == (1, 9, 7, " minutes")
    assert minutes.label is not None and minutes.label.buddy() is box
    assert "A demo." in minutes.hint_label.text() and "1 to 9 minutes, default 5." in minutes.hint_label.text()
    assert minutes.hint_label.isVisible()

    switch = window.rows["demo_switch"]
    assert switch in window.pages[PAGES[3]].rows and isinstance(switch.editor.buddy(), QCheckBox)
    assert "A demo switch. Default: off." == switch.hint_label.text()
    switch.editor.buddy().click()
    assert services.changes == [{"demo_switch": True}]

    speed = window.rows["demo_speed"].editor
    assert isinstance(speed, ChoiceEditor) and isinstance(speed.buddy(), QComboBox)
    assert [speed.combo_box.itemText(i) for i in range(speed.combo_box.count())] == ["Slow", "Fast ish"]
    speed.combo_box.activated.emit(1)
    assert services.changes[-1] == {"demo_speed": "fast-ish"}

    # A type with no editor of its own is still editable, as text, on a page of its own.
    assert list(window.pages)[-1] == "Experiments"
    ratio = window.rows["demo_ratio"]
    assert isinstance(ratio.editor, TextEditor)
    field = ratio.editor.buddy()
    assert isinstance(field, QLineEdit) and field.text() == "0.5"
    field.setText("0.75")
    field.setModified(True)
    field.editingFinished.emit()
    assert services.changes[-1] == {"demo_ratio": 0.75}
    field.setText("2.5")
    field.setModified(True)
    field.editingFinished.emit()
    assert "must be at most 1" in ratio.problem and len(services.changes) == 3
    field.setText("lots")
    field.setModified(True)
    field.editingFinished.emit()
    assert "not a value" in ratio.problem and len(services.changes) == 3

    check_accessible_names(window)


def test_each_kind_of_option_gets_its_editor(window) -> None:  # type: ignore[no-untyped-def]
    kinds = {name: type(row.editor).__name__ for name, row in window.rows.items()}
    assert kinds["working_hours"] == "TimeRangeEditor" and kinds["avoid_exercises"] == "ExerciseListEditor"
    assert kinds["working_days"] == "WeekdayEditor" and kinds["places"] == "ChoiceSetEditor"
    assert kinds["break_prompt"] == "ChoiceEditor" and kinds["sounds"] == "BoolEditor" and kinds["max_snoozes"] == "IntEditor"
    assert set(kinds) == {option.name for option in SCHEMA}


def test_present_brings_the_window_back_in_front(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.close()
    assert not window.isVisible()
    window.present()
    qtbot.waitUntil(window.isActiveWindow)


def test_ctrl_page_down_and_up_turn_the_pages(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    activate(qtbot, window)
    box = spin(window, "work_minutes")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().title == PAGES[1]
    assert QApplication.focusWidget() is window.page_list  # not left on the hidden page
    qtbot.keyClick(window.page_list, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.page_list, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().title == PAGES[-1]


def test_the_current_page_is_highlighted_fully_only_while_the_list_has_focus(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    activate(qtbot, window)
    window.page_list.setFocus()
    focused = window.page_list.palette().color(QPalette.ColorRole.Highlight)
    spin(window, "work_minutes").setFocus()
    unfocused = window.page_list.palette().color(QPalette.ColorRole.Highlight)
    assert focused == window.palette().color(QPalette.ColorRole.Highlight) and unfocused != focused


def test_a_wheel_over_a_field_without_focus_scrolls_the_page_not_the_value(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    activate(qtbot, window)
    window.page_list.setFocus()
    box = spin(window, "work_minutes")
    centre = box.rect().center()
    wheel = QWheelEvent(
        QPointF(centre), QPointF(box.mapToGlobal(centre)), QPoint(), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(box, wheel)
    assert box.value() == 45
    box.setFocus()
    QApplication.sendEvent(box, wheel)
    assert box.value() == 44


def contrast(first: QColor, second: QColor) -> float:
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_descriptions_are_quieter_than_labels_but_readable_in_light_and_dark(window) -> None:  # type: ignore[no-untyped-def]
    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2d30"), (QPalette.ColorRole.WindowText, "#e6e6e6"), (QPalette.ColorRole.Base, "#1e1f22")):
        dark.setColor(role, QColor(colour))
    hint = window.rows["work_minutes"].hint_label
    for palette in (QApplication.style().standardPalette(), dark):
        window.setPalette(palette)
        text, background = hint.palette().color(QPalette.ColorRole.WindowText), window.palette().color(QPalette.ColorRole.Window)
        assert 4.5 <= contrast(text, background) < contrast(palette.color(QPalette.ColorRole.WindowText), background)


def test_the_language_drop_down_names_each_language_in_its_own_words(window) -> None:  # type: ignore[no-untyped-def]
    language = window.rows["language"].editor
    assert isinstance(language, ChoiceEditor)
    items = [language.combo_box.itemText(i) for i in range(language.combo_box.count())]
    assert items == ["System default", "English", "Deutsch", "Español"]
    assert "next time KnotBreak starts" in window.rows["language"].hint_label.text()


def test_a_window_shows_the_installed_translation(qtbot, tmp_path: Path, make_window) -> None:  # type: ignore[no-untyped-def]
    """A tiny translation, compiled here with lrelease, of one known string of the Preferences window."""
    import shutil
    import subprocess
    import sys

    from PySide6.QtCore import QCoreApplication, QTranslator

    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    if not lrelease:
        pytest.skip("pyside6-lrelease is not installed")
    ts = tmp_path / "fake_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de_DE">\n'
        "<context><name>choices</name>\n"
        "<message><source>System default</source><translation>Wie das System</translation></message>\n"
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(tmp_path / "fake_de.qm")], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "fake_de.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        language = make_window().rows["language"].editor
        assert language.combo_box.itemText(0) == "Wie das System"
        assert language.combo_box.itemText(2) == "Deutsch", "language names are never translated"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_platforms_own_close_keys_close_it_too(window) -> None:  # type: ignore[no-untyped-def]
    keys = {key.toString() for shortcut in window.findChildren(QShortcut) for key in shortcut.keys()}
    assert {key.toString() for key in close_keys()} <= keys
