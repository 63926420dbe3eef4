"""The stretch window by keyboard, through a screen reader, in large text and in light, dark and high contrast."""

from __future__ import annotations

from collections.abc import Iterator

import palettes
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QStyle, QStyleFactory, QWidget

from knotbreak.core.clock import FakeClock
from knotbreak.core.exercises import load_builtin_library
from knotbreak.qt.checkin import CheckIn
from knotbreak.qt.contrast import contrast_ratio
from knotbreak.qt.formatting import LOCAL
from knotbreak.qt.preference_editors import plain_text
from knotbreak.qt.stretch import FRAME_ALLOWANCE, StretchWindow

LIBRARY = load_builtin_library()


def make_window(qtbot, clock: FakeClock, routine: str = "desk-reset", ask_tension: bool = False) -> StretchWindow:  # type: ignore[no-untyped-def]
    window = StretchWindow(clock, LIBRARY.routines[routine], ask_tension=ask_tension)
    qtbot.addWidget(window)
    return window


def show_active(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """A key pressed as a person presses it: to whatever has the focus."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifier)


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClicks(focus, text)


def finish_routine(window: StretchWindow, clock: FakeClock) -> None:
    for _ in range(len(window.runner.segments)):
        clock.advance(window.runner.remaining())
        window.refresh()


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def focusable(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()]


def tab_order(qtbot, window: QWidget) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """The widgets Tab visits, from the focused one, once round."""
    start = QApplication.focusWidget()
    assert start is not None
    order = [start]
    for _ in range(40):
        press(qtbot, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        assert focus is not None
        if focus is start:
            return order
        order.append(focus)
    raise AssertionError(f"Tab never came back round: {order}")


# Keyboard -----------------------------------------------------------------------


def test_the_focus_starts_on_the_check_in_and_tab_goes_through_the_controls(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, clock, ask_tension=True)
    show_active(qtbot, window)
    checkin = window.checkin_before
    assert QApplication.focusWidget() is checkin.buttons[0]
    expected = [checkin.buttons[0], checkin.dismiss_button, window.pause_button, window.back_button, window.next_button,
                window.hurts_button, window.finish_button]
    order = tab_order(qtbot, window)
    assert order[: len(expected)] == expected
    assert order[len(expected):] in ([], [window.steps_area]), "the steps take the focus only when they scroll"


def test_without_a_check_in_the_focus_starts_on_pause(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, clock)
    show_active(qtbot, window)
    assert QApplication.focusWidget() is window.pause_button
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.next_button
    press(qtbot, Qt.Key.Key_Return)
    assert window.runner.index == 1, "Enter presses the focused button"
    press(qtbot, Qt.Key.Key_Space)
    assert window.pause_button.text() == "&Resume", "Space pauses wherever the focus is, outside the check-in"
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    # Alt+K is Skip, it hurts (a mnemonic clicks with a short animation).
    qtbot.waitUntil(lambda: window.name_label.text() == "Chest stretch (hands behind)")


@pytest.mark.parametrize(("typed", "value"), [("7", 7), ("0", 0), ("10", 10), ("9", 9)])
def test_digits_answer_the_check_in(qtbot, clock: FakeClock, typed: str, value: int) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, clock, ask_tension=True)
    show_active(qtbot, window)
    answers: list[tuple[str, int]] = []
    window.tension.connect(lambda when, answer: answers.append((when, answer)))
    type_text(qtbot, typed)
    assert answers == [("before", value)]
    assert not window.checkin_before.isVisible()
    assert QApplication.focusWidget() is window.pause_button, "the keyboard goes on to the routine's controls"
    assert window.runner.state.value == "running"


def test_a_lone_one_waits_for_a_zero_then_answers_one(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, clock, ask_tension=True)
    show_active(qtbot, window)
    checkin = window.checkin_before
    checkin.second_digit_timer.setInterval(1)  # the real wait is SECOND_DIGIT_MS
    type_text(qtbot, "1")
    assert checkin.waiting_for_second_digit and checkin.focused_value == 1, "the 1 shows as taken while it waits"
    with qtbot.waitSignal(window.tension, timeout=1000) as answered:
        pass
    assert answered.args == ["before", 1]


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Space, Qt.Key.Key_Tab])
def test_a_one_followed_by_another_key_answers_one_at_once(qtbot, clock: FakeClock, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, clock, ask_tension=True)
    show_active(qtbot, window)
    answers: list[int] = []
    window.checkin_before.answered.connect(answers.append)
    type_text(qtbot, "1")
    press(qtbot, key)
    assert answers == [1]
    assert window.runner.state.value == "running", "Space after a 1 confirms the 1; it does not pause"


def test_arrows_move_between_values_and_enter_or_space_answer(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, clock, ask_tension=True)
    show_active(qtbot, window)
    checkin = window.checkin_before
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Left)
    assert checkin.focused_value == 3
    assert window.runner.index == 0, "in the check-in the arrows move the answer, not the routine"
    press(qtbot, Qt.Key.Key_End)
    assert checkin.focused_value == 10
    press(qtbot, Qt.Key.Key_Right)
    assert checkin.focused_value == 10, "the scale ends at 10"
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)
    assert checkin.focused_value == 2
    with qtbot.waitSignal(checkin.answered, timeout=1000) as answered:
        press(qtbot, Qt.Key.Key_Space)
    assert answered.args == [2]
    assert window.runner.state.value == "running", "Space answered; it did not pause"


def test_the_scale_is_one_tab_stop_that_remembers_the_value(qtbot) -> None:  # type: ignore[no-untyped-def]
    checkin = CheckIn("How tight?")
    qtbot.addWidget(checkin)
    show_active(qtbot, checkin)
    checkin.focus_scale()
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    tab_stops = [b for b in checkin.buttons if b.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus]
    assert tab_stops == [checkin.buttons[2]]
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is checkin.dismiss_button
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is checkin.buttons[2]
    with qtbot.waitSignal(checkin.dismissed, timeout=1000):
        press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_Return)


def test_the_after_question_is_answered_by_keyboard(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, clock, ask_tension=True)
    show_active(qtbot, window)
    type_text(qtbot, "6")
    finish_routine(window, clock)
    assert window.checkin_after.isVisible()
    assert QApplication.focusWidget() is window.checkin_after.buttons[0]
    answers: list[tuple[str, int]] = []
    window.tension.connect(lambda when, answer: answers.append((when, answer)))
    type_text(qtbot, "10")
    assert answers == [("after", 10)]
    assert not window.isVisible()


def test_in_the_done_view_space_presses_the_focused_button(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, clock, ask_tension=True)
    show_active(qtbot, window)
    press(qtbot, Qt.Key.Key_Escape)
    assert window.checkin_after.isVisible()
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.finish_button and window.finish_button.text() == "&Close"
    press(qtbot, Qt.Key.Key_Space)
    assert not window.isVisible()


@pytest.mark.parametrize("keys", [(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)])
def test_esc_and_ctrl_w_finish_then_close(qtbot, clock: FakeClock, keys: tuple[Qt.Key, Qt.KeyboardModifier]) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, clock, ask_tension=True)
    show_active(qtbot, window)
    answers: list[tuple[str, int]] = []
    window.tension.connect(lambda when, answer: answers.append((when, answer)))
    with qtbot.waitSignal(window.finished, timeout=1000):
        press(qtbot, *keys)  # from inside the check-in: the close keys are the window's everywhere
    assert window.isVisible() and window.checkin_after.isVisible(), "mid-routine: the break is counted, then the after-question"
    press(qtbot, *keys)
    assert not window.isVisible() and answers == []


def test_without_check_ins_ctrl_w_closes(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, clock)
    show_active(qtbot, window)
    with qtbot.waitSignal(window.finished, timeout=1000):
        press(qtbot, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


# Screen reader ------------------------------------------------------------------


@pytest.mark.parametrize("moment", ["check-in", "routine", "done"])
def test_every_focusable_widget_and_picture_has_a_name(qtbot, clock: FakeClock, moment: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, clock, ask_tension=True)
    show_active(qtbot, window)
    if moment != "check-in":
        window.checkin_before.dismiss_button.click()
    if moment == "done":
        finish_routine(window, clock)
    widgets = focusable(window)
    assert widgets
    nameless = [w for w in widgets if not accessible_name(w).strip()]
    assert nameless == []
    if moment != "done":
        assert accessible_name(window.figure) == "Upper back stretch"
        assert QAccessible.queryAccessibleInterface(window.figure).role() == QAccessible.Role.Graphic
        assert accessible_name(window.ring) == "25 seconds left"
        assert QAccessible.queryAccessibleInterface(window.ring).role() == QAccessible.Role.StaticText
        assert accessible_name(window.steps_area) == "Steps"
        assert window.runner.current.exercise.steps[0] in accessible_name(window.steps_label)


def test_each_value_of_the_scale_says_what_it_is(qtbot) -> None:  # type: ignore[no-untyped-def]
    checkin = CheckIn("How tight is your upper back?")
    qtbot.addWidget(checkin)
    assert [accessible_name(b) for b in checkin.buttons] == [f"{value} of 10" for value in range(11)]
    description = QAccessible.queryAccessibleInterface(checkin.buttons[3]).text(QAccessible.Text.Description)
    assert "How tight is your upper back?" in description and "10 very tight" in description


def test_the_figure_says_the_exercise_and_the_side(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, clock, routine="standing-reset")
    assert accessible_name(window.figure) == "Standing spinal twists, alternate sides"
    window.go_next()
    assert accessible_name(window.figure) == "Bent-arm doorway stretch, left side"
    window.go_next()
    assert accessible_name(window.figure) == "Bent-arm doorway stretch, right side"


@pytest.mark.parametrize(
    ("seconds", "words"),
    [(0, "0 seconds"), (0.2, "1 second"), (23, "23 seconds"), (60, "1 minute"), (65, "1 minute 5 seconds"), (121, "2 minutes 1 second")],
)
def test_time_in_words(seconds: float, words: str) -> None:
    assert LOCAL.in_words(seconds) == words


def test_the_countdowns_name_moves_on_every_ten_seconds_and_at_each_step(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, clock)
    window.show()
    names = [accessible_name(window.ring)]
    painted = [window.ring.text]
    for _ in range(int(25 / 0.25) + int(5 / 0.25)):  # the first hold and the rest after it, into the second set
        clock.advance(0.25)
        window.refresh()
        if accessible_name(window.ring) != names[-1]:
            names.append(accessible_name(window.ring))
        if window.ring.text != painted[-1]:
            painted.append(window.ring.text)
    assert names == ["25 seconds left", "20 seconds left", "10 seconds left", "5 seconds left", "25 seconds left"]
    assert len(painted) == 25 + 5 + 1, "the painted digits still tick every second"


def test_the_countdowns_name_follows_the_deadline_not_the_ticks(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, clock)
    clock.advance(4.9)  # 20.1 s left: the visible 0:21 is not a ten-second mark
    window.refresh()
    assert accessible_name(window.ring) == "25 seconds left"
    clock.advance(0.1)
    window.refresh()
    assert accessible_name(window.ring) == "20 seconds left"
    window.toggle_pause()
    assert accessible_name(window.ring) == "20 seconds left, paused"
    clock.advance(30)
    window.refresh()
    assert accessible_name(window.ring) == "20 seconds left, paused"
    window.go_next()
    assert accessible_name(window.ring) == "5 seconds left, paused", "a new step names its time at once"


def test_the_progress_line_does_not_change_its_name_every_second(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, clock)
    window.show()
    texts, names = set(), set()
    for _ in range(25):
        clock.advance(1)
        window.refresh()
        texts.add(window.progress_label.text())
        names.add(accessible_name(window.progress_label))
    assert len(texts) == 25, "what is seen ticks"
    assert len(names) <= 2, f"what is heard moves on by the minute: {names}"
    assert accessible_name(window.progress_label).startswith("Desk reset, exercise 1 of 3, about ")


def test_each_step_change_is_announced_once(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, clock)
    heard: list[str] = []
    window.announced.connect(heard.append)
    window.show()
    with qtbot.waitSignal(window.finished, timeout=1000):
        while window.isVisible():
            clock.advance(0.5)
            window.refresh()
    assert len(heard) == len(window.runner.segments) + 1
    assert heard[0].startswith("Exercise 1 of 3: Upper back stretch. Set 1 of 2: hold 25 seconds. Steps: 1. Sit or stand tall")
    assert "Take care:" in heard[0]
    assert heard[1] == "Rest, 5 seconds. Next: set 2 of 2."
    assert heard[2] == "Set 2 of 2: hold 25 seconds."
    assert heard[3].startswith("Exercise 2 of 3: Chest stretch (hands behind). Set 1 of 2: hold 20 seconds.")
    assert heard[6].startswith("Exercise 3 of 3: Seated eagle arm circles. Left side: 3 reps, 18 seconds.")
    assert heard[7] == "Switch sides: right side, 3 reps, 18 seconds."
    assert heard[8] == "Routine finished. Your break is counted."


def test_a_rep_that_is_one_side_with_a_hold_is_announced_as_such(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, clock, routine="mobility-flow")
    window.show()
    heard: list[str] = []
    window.announced.connect(heard.append)
    while window.runner.current.exercise.id != "childs-pose-side":
        window.go_next()
    assert heard[-1].startswith(
        "Exercise 4 of 6: Child's pose side reach. Alternate sides: 8 reps, one side per rep, hold 5 seconds, 56 seconds."
    )
    assert window.phase_label.text() == "Alternate sides · one side per rep, hold 5 s"


def test_pauses_skips_and_the_done_view_are_announced(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, clock, ask_tension=True)
    show_active(qtbot, window)
    heard: list[str] = []
    window.announced.connect(heard.append)
    type_text(qtbot, "5")
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_T)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Escape)
    assert heard == [
        "Paused, 25 seconds left.",
        "25 seconds left, paused",
        "Resumed, 25 seconds left.",
        "Rest, 5 seconds. Next: set 2 of 2.",
        "Set 1 of 2: hold 25 seconds.",
        "Good that you moved. Your break is counted. And now: how tight is your upper back? "
        "Type a number from 0 to 10, or use the arrow keys and Enter.",
    ]
    window.checkin_after.dismiss_button.click()
    window2 = make_window(qtbot, clock)
    show_active(qtbot, window2)
    window2.go_next()
    window2.go_next()
    window2.go_next()
    window2.announced.connect(heard.append)
    window2.go_back()
    window2.go_back()
    assert heard[-2].startswith("Exercise 1 of 3: Upper back stretch."), "back to an earlier exercise says it all again"
    assert heard[-1] == "From the start: hold 25 seconds.", "back at the very start: the step starts again"


# Large text ---------------------------------------------------------------------




def assert_nothing_cut(window: StretchWindow) -> None:
    margin = window.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin)
    for button in window.findChildren(QPushButton):
        if button.isVisible():
            needed = button.fontMetrics().horizontalAdvance(plain_text(button.text())) + margin
            assert button.width() >= needed, f"{button.text()!r} is {button.width()} wide, needs {needed}"
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.parent() is not window.steps_area.widget():
            assert label.height() >= label.heightForWidth(label.width()), f"{label.text()[:40]!r} is cut off"
    if window.ring.isVisible():
        ring = window.ring
        assert min(ring.width(), ring.height()) >= ring.minimumSizeHint().width() and ring.text_fits()
    if window.steps_area.isVisible():
        content = window.steps_area.widget()
        scrolls = window.steps_area.verticalScrollBar().maximum() > 0
        assert scrolls or window.steps_area.viewport().height() >= content.heightForWidth(window.steps_area.viewport().width())
        assert not scrolls or window.steps_area.focusPolicy() == Qt.FocusPolicy.StrongFocus, "long steps can be scrolled by keyboard"


@pytest.mark.parametrize("routine", ["desk-reset", "floor-knot-release"])
def test_a_20_point_font_fits_a_1280_by_800_screen_uncut(qtbot, clock: FakeClock, large_font: QFont, routine: str) -> None:  # type: ignore[no-untyped-def]
    screen = QSize(1280, 800) - FRAME_ALLOWANCE
    window = make_window(qtbot, clock, routine=routine, ask_tension=True)
    assert window.font().pointSizeF() == 20
    window.show()
    window.fit_to(screen)
    minimum = window.minimumSizeHint()
    assert minimum.width() <= screen.width() and minimum.height() <= screen.height()
    assert window.width() <= screen.width() and window.height() <= screen.height()
    qtbot.waitUntil(lambda: window.layout() is not None and not window.layout().geometry().isEmpty())
    assert_nothing_cut(window)
    window.checkin_before.dismiss_button.click()
    clock.advance(3)
    window.refresh()
    assert_nothing_cut(window)
    finish_routine(window, clock)
    assert window.checkin_after.isVisible()
    assert_nothing_cut(window)


def test_the_default_font_shows_all_the_steps_without_scrolling(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, clock)
    window.show()
    window.fit_to(QSize(1280, 800) - FRAME_ALLOWANCE)
    assert_nothing_cut(window)
    for _ in window.runner.routine.items:
        assert window.steps_area.verticalScrollBar().maximum() == 0
        window.skip_it_hurts()
        if not window.isVisible():
            break


# Contrast -----------------------------------------------------------------------


@pytest.fixture(params=list(palettes.PALETTES))
def theme(request, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    original_style = qapp.style().name()
    original_palette = QPalette(qapp.palette())
    palettes.apply(request.param)
    yield request.param
    qapp.setStyle(QStyleFactory.create(original_style))
    qapp.setPalette(original_palette)


def test_text_and_graphics_stand_out_in_every_palette(qtbot, clock: FakeClock, theme: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, clock, ask_tension=True)
    failing = {
        what: round(contrast_ratio(colour, ground), 2)
        for what, (colour, ground, ratio) in window.contrast_pairs().items()
        if contrast_ratio(colour, ground) < ratio
    }
    assert failing == {}


def test_the_colours_follow_a_palette_change(qtbot, clock: FakeClock, theme: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, clock, ask_tension=True)
    before = window.phase_label.palette().color(QPalette.ColorRole.WindowText)
    palettes.apply("high-contrast" if theme == "light" else "light")
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window) == window_colour)  # the change is posted
    after = window.phase_label.palette().color(QPalette.ColorRole.WindowText)
    assert after == window.accent_text_colour() and after != before
    assert window.checkin_before.hint_label.palette().color(QPalette.ColorRole.WindowText) == window.checkin_before.hint_colour()


def test_the_ring_and_the_card_are_painted_in_the_colours_checked(qtbot, clock: FakeClock, theme: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, clock)
    window.show()
    ratio = QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen() else 1.0
    ring = window.ring.grab().toImage()
    top = window.ring.ring_bounds().top()
    painted = ring.pixelColor(round(window.ring.width() / 2 * ratio), round(top * ratio))
    assert abs(contrast_ratio(painted, window.ring.filled_colour()) - 1) < 0.05, "the full ring at the start is the filled colour"
    figure = window.figure.grab().toImage()
    card = window.figure.card_rect()
    edge = window.figure.card_edge_colour()
    at_edge = figure.pixelColor(round((card.left() + 1) * ratio), round(card.center().y() * ratio))
    expected = edge if edge is not None else window.figure.card_colour()
    assert abs(contrast_ratio(at_edge, expected) - 1) < 0.05
    window_colour = window.palette().color(QPalette.ColorRole.Window)
    assert contrast_ratio(at_edge, window_colour) >= 3 - 0.05, "the card's edge stands out from the window"
    assert isinstance(painted, QColor)
