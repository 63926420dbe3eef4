"""The prompt, the status window and the routine editor for keyboards, screen readers, large text and themes."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import palettes
import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleInterface, QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from scaled_screen import run_at_double_scale

from knotbreak.core.breakloop import BreakLoop, State, Status
from knotbreak.core.clock import FakeClock
from knotbreak.core.describe import describe
from knotbreak.core.routine_catalog import load_catalog
from knotbreak.core.settings import Settings
from knotbreak.qt import prompt as prompt_module
from knotbreak.qt.actions import AppActions
from knotbreak.qt.contrast import GRAPHICS_RATIO, TEXT_RATIO, contrast_ratio, secondary_text
from knotbreak.qt.icons import state_colours
from knotbreak.qt.preference_editors import plain_text
from knotbreak.qt.prompt import KEYBOARD_HINT, BreakPrompt
from knotbreak.qt.routine_editor import MUTED, RoutineEditor, error_colours
from knotbreak.qt.tray import MENU_MARK, StatusWindow

REASON = "No system tray was found, so KnotBreak runs in this window."
HERE = Path(__file__).resolve().parent


def app() -> QApplication:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    return instance


def due_status(clock: FakeClock, max_snoozes: int = 3) -> Status:
    loop = BreakLoop(clock, Settings(max_snoozes=max_snoozes))
    clock.advance(52 * 60)
    loop.advance()
    assert loop.status().state is State.DUE
    return loop.status()


def make_prompt(qtbot: QtBot, clock: FakeClock) -> BreakPrompt:
    prompt = BreakPrompt()
    qtbot.addWidget(prompt)
    prompt.render(due_status(clock), 10)
    return prompt


def make_status_window(qtbot: QtBot, clock: FakeClock) -> tuple[StatusWindow, AppActions]:
    actions = AppActions()
    window = StatusWindow(actions, REASON)
    qtbot.addWidget(window)
    status = due_status(clock)
    actions.update(status)
    window.render(status, {"idle_source": "x11"})
    window.notify("A break is coming up", "Your stretch break starts in 1 min.")
    return window, actions


def make_editor(qtbot: QtBot, folder: Path) -> RoutineEditor:
    editor = RoutineEditor(load_catalog(folder), folder)
    qtbot.addWidget(editor)
    return editor


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def accessible(widget: QWidget) -> QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface


def name_of(widget: QWidget | None) -> str:
    assert widget is not None
    return accessible(widget).text(QAccessible.Text.Name)



@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "routines"



@pytest.fixture
def themed() -> Iterator[Callable[[str], QPalette]]:
    """palettes.apply, with the app's own style and palette put back afterwards."""
    style_name = app().style().name()
    palette = QPalette(app().palette())
    yield palettes.apply
    app().setStyle(style_name)
    app().setPalette(palette)


# The prompt -------------------------------------------------------------------


def test_the_prompt_is_a_notification_to_assistive_technology(qtbot: QtBot, clock: FakeClock) -> None:
    prompt = make_prompt(qtbot, clock)
    prompt.present()
    interface = accessible(prompt)
    assert interface.role() == QAccessible.Role.Notification
    assert interface.text(QAccessible.Text.Name) == "Time for a break"
    description = interface.text(QAccessible.Text.Description)
    assert "sitting for 52 min" in description and "knotbreak snooze" in description
    assert interface.childCount() >= 6, "its labels and buttons are read with it"
    assert name_of(prompt.keyboard_label).startswith("Keyboard: the commands knotbreak break")


def test_the_prompt_says_the_keyboard_way_and_never_takes_the_keyboard(qtbot: QtBot, clock: FakeClock) -> None:
    prompt = make_prompt(qtbot, clock)
    prompt.present()
    qtbot.waitExposed(prompt)
    assert prompt.keyboard_label.isVisible() and prompt.keyboard_label.text() == KEYBOARD_HINT
    for command in ("knotbreak break", "snooze", "skip", "shortcut settings"):
        assert command in KEYBOARD_HINT
    focusable = [w for w in prompt.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert focusable == [] and prompt.focusPolicy() == Qt.FocusPolicy.NoFocus
    for button in (prompt.start_button, prompt.snooze_button, prompt.skip_button):
        assert "&" not in button.text(), "no Alt+letter: the prompt never has the keyboard"


@pytest.mark.parametrize("role_is_spoken", [True, False])
def test_the_prompt_announces_itself_once_where_its_role_is_not_spoken(
    qtbot: QtBot, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, role_is_spoken: bool
) -> None:
    announced: list[tuple[QAccessible.Event, str]] = []
    monkeypatch.setattr(prompt_module, "ROLE_IS_SPOKEN", role_is_spoken)
    monkeypatch.setattr(
        QAccessible, "updateAccessibility", lambda event: announced.append((event.type(), getattr(event, "message", lambda: "")()))
    )
    prompt = make_prompt(qtbot, clock)
    prompt.present()
    prompt.present()  # a tick while it is up: not announced again
    if role_is_spoken:
        assert announced == []
    else:
        assert len(announced) == 1
        kind, message = announced[0]
        assert kind == QAccessible.Event.Announcement
        assert message.startswith("Time for a break. You have been sitting for 52 min.")
        assert "knotbreak skip" in message


# The status window --------------------------------------------------------------


def test_the_status_window_goes_by_tab_through_the_state_and_every_button(qtbot: QtBot, clock: FakeClock) -> None:
    window, _actions = make_status_window(qtbot, clock)
    activate(qtbot, window)
    assert window.focusWidget() is window.status_label, "the state is read first"
    expected = [
        window.status_label, window.break_button, window.snooze_button, window.skip_button, window.pause_button,
        window.meeting_button, window.preferences_button, window.more_button, window.quit_button,
    ]
    seen = [QApplication.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == expected
    assert window.focus_ring.widget() is window.quit_button and window.focus_ring.isVisible()


def test_status_window_buttons_have_distinct_alt_letters(qtbot: QtBot, clock: FakeClock) -> None:
    window, actions = make_status_window(qtbot, clock)
    buttons = [*window.state_buttons, window.preferences_button, window.more_button, window.quit_button]
    letters = [b.text()[b.text().index("&") + 1].lower() for b in buttons]
    assert len(set(letters)) == len(letters), letters
    activate(qtbot, window)
    with qtbot.waitSignal(actions.take_break, timeout=1000):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    with qtbot.waitSignal(actions.skip, timeout=1000):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)


def test_a_menu_button_opens_its_menu_from_the_keyboard(qtbot: QtBot, clock: FakeClock) -> None:
    window, actions = make_status_window(qtbot, clock)
    activate(qtbot, window)
    assert window.snooze_button.text() == "&Snooze" + MENU_MARK
    assert name_of(window.snooze_button) == "Snooze", "the arrow is not read out"
    assert accessible(window.snooze_button).role() == QAccessible.Role.ButtonMenu
    menu = actions.snooze_menu

    def choose_once_open() -> None:
        # The menu runs its own event loop once open: answered from a timer, as a person would.
        if menu.isVisible():
            watcher.stop()
            qtbot.keyClick(menu, Qt.Key.Key_Down)
            qtbot.keyClick(menu, Qt.Key.Key_Return)

    watcher = QTimer()
    watcher.setInterval(10)
    watcher.timeout.connect(choose_once_open)
    watcher.start()
    with qtbot.waitSignal(actions.snooze, timeout=3000) as snoozed:
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    watcher.stop()
    assert snoozed.args == [5]


@pytest.mark.parametrize(
    "keys", [(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)]
)
def test_escape_and_ctrl_w_minimise_the_status_window_and_never_quit(
    qtbot: QtBot, clock: FakeClock, keys: tuple[Qt.Key, Qt.KeyboardModifier]
) -> None:
    window, actions = make_status_window(qtbot, clock)
    activate(qtbot, window)
    quits: list[bool] = []
    actions.quit.connect(lambda: quits.append(True))
    qtbot.keyClick(window.focusWidget(), *keys)
    qtbot.waitUntil(window.isMinimized)
    assert window.isVisible() and quits == [], "without a tray the window must stay within reach"


def test_the_state_icon_and_line_say_the_state(qtbot: QtBot, clock: FakeClock) -> None:
    window, _actions = make_status_window(qtbot, clock)
    text = window.status_label.text()
    assert text == describe(due_status(FakeClock()))
    assert name_of(window.status_label) == text
    icon = accessible(window.state_icon)
    assert icon.text(QAccessible.Text.Name) == "Break due"
    assert icon.text(QAccessible.Text.Description) == text
    assert text.startswith("Time for a break")


# The routine editor ---------------------------------------------------------------


def test_the_editor_tabs_in_reading_order(qtbot: QtBot, folder: Path) -> None:
    editor = make_editor(qtbot, folder)
    editor.add_exercise("cat-camel")
    editor.add_exercise("thread-the-needle")
    editor.routine_list.setCurrentRow(1)
    editor.spins["hold_seconds"].setValue(40)  # Usual dose becomes pressable
    activate(qtbot, editor)
    editor.name_edit.setFocus()
    expected = [
        editor.name_edit, editor.description_edit, editor.search_edit, editor.place_buttons["All"],
        editor.library_list, editor.add_button, editor.routine_list, editor.up_button, editor.remove_button,
        editor.usual_button, editor.spins["hold_seconds"], editor.spins["sets"], editor.cancel_button, editor.save_button,
    ]
    seen = [QApplication.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert [type(w).__name__ + ":" + name_of(w) for w in seen] == [type(w).__name__ + ":" + name_of(w) for w in expected]
    # The places are one stop: the arrows go through them, choosing as they go.
    editor.place_buttons["All"].setFocus()
    qtbot.keyClick(editor.place_buttons["All"], Qt.Key.Key_Right)
    assert QApplication.focusWidget() is editor.place_buttons["Desk"] and editor.place() == "Desk"


def test_escape_asks_before_dropping_changes(qtbot: QtBot, folder: Path) -> None:
    editor = make_editor(qtbot, folder)
    activate(qtbot, editor)
    qtbot.keyClicks(editor.name_edit, "Lunch")
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Escape)
    question = editor.discard_question
    assert question is not None
    qtbot.waitUntil(question.isVisible)
    assert editor.isVisible(), "nothing is lost without saying so"
    keep = next(b for b in question.buttons() if "Keep" in b.text())
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and not question.isVisible()
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(question.isVisible)
    discard = next(b for b in question.buttons() if "Discard" in b.text())
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert editor.result() == 0 and editor.saved_path is None


def test_without_changes_escape_and_ctrl_w_close_at_once(qtbot: QtBot, folder: Path) -> None:
    for keys in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)):
        editor = make_editor(qtbot, folder)
        activate(qtbot, editor)
        qtbot.keyClicks(editor.name_edit, "x")
        qtbot.keyClick(editor.name_edit, Qt.Key.Key_Backspace)  # typed and taken back: nothing changed
        qtbot.keyClick(editor.name_edit, *keys)
        qtbot.waitUntil(lambda: not editor.isVisible())  # noqa: B023 -- waited for here, in this pass
        assert editor.discard_question is None


def test_ctrl_s_and_alt_v_save(qtbot: QtBot, folder: Path) -> None:
    editor = make_editor(qtbot, folder)
    activate(qtbot, editor)
    qtbot.keyClicks(editor.name_edit, "Lunch")
    editor.add_exercise("cat-camel")
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert editor.saved_path is not None and editor.saved_path.exists()
    second = make_editor(qtbot, folder)
    activate(qtbot, second)
    qtbot.keyClicks(second.name_edit, "Evening")
    second.add_exercise("embryo-pose")
    qtbot.keyClick(second.name_edit, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not second.isVisible())
    assert second.saved_routine is not None and second.saved_routine.name == "Evening"


# Names for assistive technology ---------------------------------------------------


def unnamed_controls(window: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in window.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible() and not name_of(w).strip()
        and not (w.focusProxy() is not None and w.focusProxy() is w.parentWidget())  # a spin box's own line edit
    ]


def test_every_control_has_a_name(qtbot: QtBot, clock: FakeClock, folder: Path) -> None:
    prompt = make_prompt(qtbot, clock)
    prompt.present()
    window, _actions = make_status_window(qtbot, clock)
    window.show()
    editor = make_editor(qtbot, folder)
    editor.add_exercise("cat-camel")
    editor.show()
    for each in (prompt, window, editor):
        qtbot.waitExposed(each)
        assert unnamed_controls(each) == []
    assert all(name_of(b) for b in (prompt.start_button, prompt.snooze_button, prompt.skip_button))


# Large text ----------------------------------------------------------------------


def clipping(window: QWidget) -> list[str]:
    """What in the window does not show all of itself: buttons narrower than their words, labels shorter than their lines or overlapping."""
    problems = []
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            needed = button.fontMetrics().horizontalAdvance(plain_text(button.text())) + 8
            if button.width() < needed:
                problems.append(f"button {plain_text(button.text())!r}: {button.width()} < {needed}")
    labels = [label for label in window.findChildren(QLabel) if label.isVisible() and label.text()]
    for label in labels:
        margins = label.contentsMargins()
        height = label.height() - margins.top() - margins.bottom()
        if label.wordWrap():
            needed = label.heightForWidth(label.width()) - margins.top() - margins.bottom()
        else:
            needed = label.fontMetrics().height()
            if label.width() < label.fontMetrics().horizontalAdvance(plain_text(label.text())) and not label.textFormat() == Qt.TextFormat.RichText:
                problems.append(f"label {label.text()!r} cut off sideways")
        if height < needed:
            problems.append(f"label {label.text()[:30]!r}: {height} < {needed} high")
    for first, second in itertools.combinations(labels, 2):
        if first.isAncestorOf(second) or second.isAncestorOf(first) or first.parentWidget() is not second.parentWidget():
            continue
        if first.geometry().intersects(second.geometry()):
            problems.append(f"labels {first.text()[:20]!r} and {second.text()[:20]!r} overlap")
    if window.isWindow():
        if not window.rect().contains(window.childrenRect()) and not window.findChildren(QAbstractButton) == []:
            for button in window.findChildren(QAbstractButton):
                if button.isVisible() and not window.rect().contains(QRect(button.mapTo(window, button.rect().topLeft()), button.size())):
                    problems.append(f"button {plain_text(button.text())!r} outside the window")
    return problems


def assert_nothing_cut_off(qtbot: QtBot, window: QWidget) -> None:
    """Once the window's layout has settled (a wrapped line can take one more pass)."""
    try:
        qtbot.waitUntil(lambda: not clipping(window), timeout=2000)
    except qtbot.TimeoutError:
        pass
    assert clipping(window) == []


def test_with_large_text_nothing_in_the_prompt_or_status_window_is_cut_off(
    qtbot: QtBot, clock: FakeClock, large_font: QFont
) -> None:
    prompt = make_prompt(qtbot, clock)
    prompt.present()
    window, _actions = make_status_window(qtbot, clock)
    window.show()
    for each in (prompt, window):
        qtbot.waitExposed(each)
        assert_nothing_cut_off(qtbot, each)
        screen = each.screen().availableGeometry()
        assert screen.contains(each.frameGeometry())
    buttons = [window.break_button, window.snooze_button, window.skip_button, window.pause_button, window.meeting_button]
    assert len({b.y() for b in buttons}) > 1 or window.width() >= sum(b.width() for b in buttons), "they wrap, not clip"
    window.resize(window.minimumWidth(), window.height())
    assert_nothing_cut_off(qtbot, window)


def test_with_large_text_the_editor_keeps_save_and_cancel_on_the_screen(qtbot: QtBot, folder: Path, large_font: QFont) -> None:
    editor = make_editor(qtbot, folder)
    for exercise_id in ("cat-camel", "thread-the-needle", "childs-pose-side"):
        editor.add_exercise(exercise_id)
    editor.save()  # no name: the problem box shows too
    editor.show()
    qtbot.waitExposed(editor)
    screen = editor.screen().availableGeometry()
    assert screen.contains(editor.frameGeometry())
    for button in (editor.save_button, editor.cancel_button):
        assert screen.contains(QRect(button.mapToGlobal(button.rect().topLeft()), button.size()))
    assert editor.error_label.isVisible()
    assert_nothing_cut_off(qtbot, editor)


SCALED_CHECK = """
import json, sys, tempfile
from pathlib import Path
sys.path.insert(0, {tests!r})
from PySide6.QtWidgets import QApplication
app = QApplication([])
import test_faces_accessibility as faces
from knotbreak.core.clock import FakeClock
from knotbreak.core.routine_catalog import load_catalog
from knotbreak.qt.actions import AppActions
from knotbreak.qt.prompt import BreakPrompt
from knotbreak.qt.routine_editor import RoutineEditor
from knotbreak.qt.tray import StatusWindow
clock = FakeClock()
prompt = BreakPrompt()
prompt.render(faces.due_status(clock), 10)
prompt.present()
actions = AppActions()
window = StatusWindow(actions, faces.REASON)
actions.update(faces.due_status(FakeClock()))
window.render(faces.due_status(FakeClock()))
window.show()
folder = Path(tempfile.mkdtemp())
editor = RoutineEditor(load_catalog(folder), folder)
editor.add_exercise("cat-camel")
editor.show()
for _ in range(5):
    app.processEvents()
screen = app.primaryScreen().availableGeometry()
report = {{"screen": [screen.width(), screen.height()], "ratio": app.primaryScreen().devicePixelRatio()}}
for name, each in (("prompt", prompt), ("status", window), ("editor", editor)):
    report[name] = faces.clipping(each) + ([] if screen.contains(each.frameGeometry()) else ["off the screen"])
print(json.dumps(report))
"""


def test_at_double_scale_on_a_1280_by_800_screen_nothing_is_cut_off(tmp_path: Path) -> None:
    """QT_SCALE_FACTOR is read once, at start: a second Python with it set, on a 1280×800 offscreen screen."""
    report = run_at_double_scale(tmp_path, SCALED_CHECK.format(tests=str(HERE)))
    assert report["screen"] == [640, 400] and report["ratio"] == 2
    assert report["prompt"] == [] and report["status"] == [] and report["editor"] == []


# Contrast and themes ---------------------------------------------------------------


def window_colour(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.Window)


def text_colour(label: QLabel) -> QColor:
    return label.palette().color(QPalette.ColorRole.WindowText)


@pytest.mark.parametrize("theme", list(palettes.PALETTES))
def test_text_and_marks_reach_their_ratios_in_every_theme(
    qtbot: QtBot, clock: FakeClock, folder: Path, themed: Callable[[str], QPalette], theme: str
) -> None:
    # Made in the light theme, then switched: the windows follow a change of theme.
    themed("light")
    prompt = make_prompt(qtbot, clock)
    window, _actions = make_status_window(qtbot, clock)
    editor = make_editor(qtbot, folder)
    editor.add_exercise("cat-camel")
    editor.save()  # the problem box
    palette = themed(theme)
    qtbot.waitUntil(lambda: all(window_colour(w) == palette.color(QPalette.ColorRole.Window) for w in (prompt, window, editor)))
    ratios: dict[str, float] = {}
    for owner, label in itertools.chain(
        (("prompt", lbl) for lbl in prompt.findChildren(QLabel)),
        (("status", lbl) for lbl in window.findChildren(QLabel)),
        (("editor", lbl) for lbl in editor.findChildren(QLabel) if lbl is not editor.error_label),
    ):
        if label.text():
            ratios[f"{owner} {label.text()[:24]!r}"] = contrast_ratio(text_colour(label), window_colour(label))
    mark, background, text = error_colours(editor.palette())
    ratios["editor problem text"] = contrast_ratio(text, background)
    ratios["editor empty-list hint"] = contrast_ratio(
        secondary_text(editor.routine_list.palette(), QPalette.ColorRole.Base), editor.routine_list.palette().color(QPalette.ColorRole.Base)
    )
    for edit in (editor.name_edit, editor.description_edit, editor.search_edit):
        edit_palette = edit.palette()
        ratios[f"editor placeholder {edit.placeholderText()[:20]!r}"] = contrast_ratio(
            edit_palette.color(QPalette.ColorRole.PlaceholderText), edit_palette.color(QPalette.ColorRole.Base)
        )
    low = {where: round(ratio, 2) for where, ratio in ratios.items() if ratio < TEXT_RATIO}
    assert low == {}

    marks = {"editor problem mark": contrast_ratio(mark, window_colour(editor))}
    for face in (window, editor):
        marks[f"{type(face).__name__} focus ring"] = contrast_ratio(face.focus_ring.colour(), window_colour(face))
    for state in State:
        disc, arc = state_colours(state, window_colour(window))
        marks[f"icon disc {state.value}"] = contrast_ratio(disc, window_colour(window))
        marks[f"icon ring {state.value}"] = contrast_ratio(arc, window_colour(window))
    low = {where: round(ratio, 2) for where, ratio in marks.items() if ratio < GRAPHICS_RATIO}
    assert low == {}
    quiet = [lbl for lbl in editor.findChildren(QLabel) if lbl.property(MUTED)]
    assert quiet and all(text_colour(lbl) != palette.color(QPalette.ColorRole.WindowText) for lbl in quiet), "quieter, yet readable"
