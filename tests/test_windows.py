"""The break prompt and the stretch window, driven as a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QLineEdit

from knotbreak.core.breakloop import BreakLoop
from knotbreak.core.clock import FakeClock
from knotbreak.core.exercises import load_builtin_library
from knotbreak.core.settings import Settings
from knotbreak.qt.formatting import LOCAL
from knotbreak.qt.prompt import BreakPrompt
from knotbreak.qt.shortcuts import close_keys
from knotbreak.qt.stretch import SAFETY_LINE, StretchWindow
from knotbreak.qt.translations import install_translations


@pytest.fixture
def prompt(qtbot) -> BreakPrompt:  # type: ignore[no-untyped-def]
    widget = BreakPrompt()
    qtbot.addWidget(widget)
    return widget


def test_prompt_stays_on_top_without_taking_focus(qtbot, prompt: BreakPrompt, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    editor = QLineEdit()
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "typing ")

    loop = BreakLoop(clock, Settings())
    clock.advance(50 * 60)
    loop.advance()
    prompt.render(loop.status(), 10)
    prompt.present()
    qtbot.waitExposed(prompt)

    flags = prompt.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert flags & Qt.WindowType.WindowDoesNotAcceptFocus
    assert prompt.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert editor.hasFocus(), "the window being typed in keeps the keyboard"
    qtbot.keyClicks(editor, "on")
    assert editor.text() == "typing on"
    assert "50 min" in prompt.sitting_label.text()


def test_prompt_buttons_emit(qtbot, prompt: BreakPrompt, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    prompt.render(BreakLoop(clock, Settings()).status(), 10)
    prompt.present()
    for button, signal in ((prompt.start_button, prompt.start_routine), (prompt.snooze_button, prompt.snooze), (prompt.skip_button, prompt.skip)):
        with qtbot.waitSignal(signal, timeout=1000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert prompt.snooze_button.text() == "Snooze 10 min"


def test_prompt_hides_snooze_when_the_limit_is_reached(prompt: BreakPrompt, clock: FakeClock) -> None:
    loop = BreakLoop(clock, Settings(max_snoozes=1))
    loop.snooze()
    prompt.render(loop.status(), 10)
    prompt.present()
    assert prompt.snooze_button.isHidden()


@pytest.mark.parametrize("language", ("en", "de", "es"))
def test_the_prompt_has_room_for_every_line_in_large_text_on_a_small_screen(qtbot, clock: FakeClock, language: str) -> None:  # type: ignore[no-untyped-def]
    """At 20 pt the prompt is as wide as the 800-pixel test screen allows, and German words wrap onto one more line
    than the nested layouts' first estimate: the prompt grows until every line shows."""
    translations = install_translations(QCoreApplication.instance(), language)  # type: ignore[arg-type]
    try:
        prompt = BreakPrompt()
        qtbot.addWidget(prompt)
        font = prompt.font()
        font.setPointSizeF(20)
        prompt.setFont(font)
        loop = BreakLoop(clock, Settings(max_snoozes=3))
        clock.advance(52 * 60)
        loop.advance()
        prompt.render(loop.status(), 10)
        prompt.present()
        qtbot.waitExposed(prompt)
        for label in (prompt.title_label, prompt.sitting_label, prompt.keyboard_label):
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert prompt.sitting_label.geometry().bottom() < prompt.keyboard_label.geometry().top()
    finally:
        translations.remove()


@pytest.fixture
def window(qtbot, clock: FakeClock) -> StretchWindow:  # type: ignore[no-untyped-def]
    routine = load_builtin_library().routines["desk-reset"]
    widget = StretchWindow(clock, routine)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_stretch_window_shows_the_exercise_steps_and_countdown(window: StretchWindow, clock: FakeClock) -> None:
    first = window.runner.current.exercise
    assert window.name_label.text() == first.name
    for step in first.steps:
        assert step.replace("'", "&#39;") in window.steps_label.text() or step in window.steps_label.text()
    assert window.safety_label.text() == SAFETY_LINE and window.safety_label.isVisible()
    assert window.phase_label.text() == "Set 1 of 2"
    assert window.ring.text == "0:25"
    clock.advance(12.5)
    window.refresh()
    assert window.ring.text == "0:13"
    assert window.progress_label.text().startswith("Desk reset · exercise 1 of 3 · 2:")


def test_stretch_window_moves_on_when_the_time_is_up(window: StretchWindow, clock: FakeClock) -> None:
    clock.advance(25)
    window.refresh()
    assert window.phase_label.text().startswith("Rest")
    assert window.ring.text == "0:05"


def test_keys_pause_skip_go_back_and_finish(qtbot, window: StretchWindow, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.pause_button.text() == "&Resume"
    clock.advance(100)
    window.refresh()
    assert window.ring.text == "0:25", "a paused countdown stands still"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.pause_button.text() == "&Pause"
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.name_label.text() == "Chest stretch (hands behind)"
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.name_label.text() == "Upper back stretch"
    with qtbot.waitSignal(window.finished, timeout=1000) as finished:
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert finished.args[0].completed is False
    assert not window.isVisible()


def test_running_the_routine_to_the_end_reports_it_completed(qtbot, window: StretchWindow, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.finished, timeout=1000) as finished:
        for _ in range(len(window.runner.segments)):
            clock.advance(window.runner.remaining())
            window.refresh()
    outcome = finished.args[0]
    assert outcome.completed
    assert outcome.exercises_done == ("upper-back-stretch", "chest-stretch", "seated-eagle-arm-circles")
    assert not window.isVisible()


def test_finish_button_reports_once(qtbot, window: StretchWindow) -> None:  # type: ignore[no-untyped-def]
    reports = []
    window.finished.connect(reports.append)
    qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
    window.close()
    assert len(reports) == 1


@pytest.mark.parametrize(("seconds", "text"), [(0, "0:00"), (0.2, "0:01"), (59.5, "1:00"), (61, "1:01"), (125, "2:05")])
def test_format_clock(seconds: float, text: str) -> None:
    assert LOCAL.countdown(seconds) == text


class RecordingCues:
    def __init__(self) -> None:
        self.calls: list[tuple[str, ...]] = []

    def chime(self) -> None:
        self.calls.append(("chime",))

    def finished(self) -> None:
        self.calls.append(("finished",))

    def say(self, text: str) -> None:
        self.calls.append(("say", text))

    def stop(self) -> None:
        self.calls.append(("stop",))


def test_sides_switch_with_a_mirrored_figure_a_rep_counter_and_cues(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    cues = RecordingCues()
    window = StretchWindow(clock, load_builtin_library().routines["desk-reset"], cues)
    qtbot.addWidget(window)
    window.show()
    assert cues.calls == [("say", "Upper back stretch. Hold")]
    for _ in range(4):  # two sets with a rest, then the chest stretch's first set
        clock.advance(window.runner.remaining())
        window.refresh()
    while window.runner.current.exercise.id != "seated-eagle-arm-circles":
        clock.advance(window.runner.remaining())
        window.refresh()
    assert window.phase_label.text() == "Left side" and not window.figure.mirrored
    clock.advance(7)
    window.refresh()
    assert window.rep_label.text() == "Rep 2 of 3" and window.rep_label.isVisible()
    clock.advance(window.runner.remaining())
    window.refresh()
    assert window.phase_label.text() == "Right side" and window.figure.mirrored
    assert cues.calls[-2:] == [("chime",), ("say", "Switch sides. three reps")]
    with qtbot.waitSignal(window.finished, timeout=1000):
        clock.advance(window.runner.remaining())
        window.refresh()
    assert cues.calls[-1] == ("finished",)


def test_skip_it_hurts_marks_the_exercise_and_moves_past_it(qtbot, window: StretchWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.avoid, timeout=1000) as avoided:
        qtbot.mouseClick(window.hurts_button, Qt.MouseButton.LeftButton)
    assert avoided.args == ["upper-back-stretch"]
    assert window.name_label.text() == "Chest stretch (hands behind)"
    assert "upper-back-stretch" in window.runner.finish().exercises_skipped


def test_a_routine_with_a_warm_up_hint_shows_it_first(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = StretchWindow(clock, load_builtin_library().routines["floor-knot-release"])
    qtbot.addWidget(window)
    window.show()
    assert window.warmup_label.isVisible() and "heating pad" in window.warmup_label.text()
    window.go_next()
    assert not window.warmup_label.isVisible()


def test_tension_is_asked_before_and_after(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = StretchWindow(clock, load_builtin_library().routines["desk-reset"], ask_tension=True)
    qtbot.addWidget(window)
    window.show()
    answers: list[tuple[str, int]] = []
    window.tension.connect(lambda when, value: answers.append((when, value)))
    assert window.checkin_before.isVisible() and not window.checkin_after.isVisible()
    qtbot.mouseClick(window.checkin_before.buttons[7], Qt.MouseButton.LeftButton)
    assert answers == [("before", 7)] and not window.checkin_before.isVisible()
    with qtbot.waitSignal(window.finished, timeout=1000) as finished:
        for _ in range(len(window.runner.segments)):
            clock.advance(window.runner.remaining())
            window.refresh()
    assert finished.args[0].completed
    assert window.isVisible() and window.checkin_after.isVisible(), "the after-question waits for an answer"
    assert window.name_label.text() == "Well done."
    qtbot.mouseClick(window.checkin_after.buttons[3], Qt.MouseButton.LeftButton)
    assert answers == [("before", 7), ("after", 3)]
    assert not window.isVisible()


def test_stopping_early_counts_the_break_then_asks(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = StretchWindow(clock, load_builtin_library().routines["desk-reset"], ask_tension=True)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.finished, timeout=1000) as finished:
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert finished.args[0].completed is False
    assert window.isVisible() and window.checkin_after.isVisible()
    assert window.name_label.text() == "Good that you moved."
    qtbot.mouseClick(window.checkin_after.dismiss_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_without_check_ins_the_window_just_closes(qtbot, window: StretchWindow) -> None:  # type: ignore[no-untyped-def]
    assert not window.checkin_before.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_the_safety_line_says_when_to_stop_and_when_to_see_someone() -> None:
    line = SAFETY_LINE.lower()
    assert "mild pull is fine" in line and "pain, numbness or tingling means stop" in line
    assert "doctor or physio" in line and "lingers or is severe" in line and "numbness or tingling comes back" in line
    assert len(SAFETY_LINE) <= 150, "short enough to stay two lines"


def test_the_stretch_window_closes_on_the_platforms_close_keys_and_esc(window: StretchWindow) -> None:
    """Every window takes the same keys (knotbreak/qt/shortcuts.py): Ctrl+W, the platform's own Close keys, Esc."""
    keys = {key.toString() for shortcut in window.findChildren(QShortcut) for key in shortcut.keys()}
    assert {key.toString() for key in close_keys()} | {"Esc"} <= keys
