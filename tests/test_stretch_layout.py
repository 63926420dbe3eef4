"""The stretch window's layout and motion: the figure is the largest thing in it, the steps fit without
scrolling at the default size, large text and double scale still fit a 1280×800 screen, and the figure
moves as the dose says."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget
from scaled_screen import run_at_double_scale

from knotbreak.core.clock import FakeClock
from knotbreak.core.exercises import Routine, RoutineItem, load_builtin_library
from knotbreak.core.routine_runner import SegmentKind, figure_motion
from knotbreak.qt.formatting import LOCAL
from knotbreak.qt.stretch import FIGURE_SHARE, FRAME_ALLOWANCE, StretchWindow

LIBRARY = load_builtin_library()
HERE = Path(__file__).resolve().parent
SCREEN = QSize(1280, 800) - FRAME_ALLOWANCE


def one_exercise(exercise_id: str) -> Routine:
    exercise = LIBRARY.exercises[exercise_id]
    return Routine("one", exercise.name, "", (RoutineItem(exercise, exercise.dose),))


def fitted(qtbot, clock: FakeClock, routine: Routine, screen: QSize = SCREEN, ask_tension: bool = False) -> StretchWindow:  # type: ignore[no-untyped-def]
    window = StretchWindow(clock, routine, ask_tension=ask_tension)
    qtbot.addWidget(window)
    window.show()
    window.fit_to(screen)
    settled(qtbot, window)
    return window


def settled(qtbot, window: StretchWindow) -> None:  # type: ignore[no-untyped-def]
    """After a resize: the figure has been given its width (through the event loop, as on a desktop)."""
    qtbot.waitUntil(lambda: window.figure.width() == window.figure.maximumWidth() or window.figure.isHidden())


def area(widget: QWidget) -> int:
    return widget.width() * widget.height()


# The figure is the hero ------------------------------------------------------------------


@pytest.mark.parametrize("screen", [QSize(1280, 800), QSize(1920, 1080)], ids=["1280x800", "1920x1080"])
@pytest.mark.parametrize("routine_id", list(LIBRARY.routines))
def test_the_figure_is_at_least_half_the_window_at_the_default_size(qtbot, clock: FakeClock, routine_id: str, screen: QSize) -> None:  # type: ignore[no-untyped-def]
    window = fitted(qtbot, clock, LIBRARY.routines[routine_id], screen - FRAME_ALLOWANCE)
    card = window.figure.card_rect()
    assert card.width() >= window.width() / 2, f"figure {card.width()} of a {window.width()} window"
    assert card.width() == pytest.approx(window.width() * FIGURE_SHARE, abs=1)
    assert card.width() == window.figure.width(), "no empty width beside the square"
    side = card.width()
    others = [w for w in (window.ring, window.steps_area, window.name_label, window.safety_label, window.progress_label) if w.isVisible()]
    assert all(area(w) < side * side for w in others), "the largest thing in the window"
    ring = window.ring
    assert ring.width() <= side / 3 and ring.text_fits(), "the countdown is smaller"
    assert ring.x() > window.figure.geometry().right() and ring.y() == window.figure.y(), "beside the figure, at its top"


@pytest.mark.parametrize("exercise_id", list(LIBRARY.exercises))
def test_every_exercises_steps_show_whole_at_the_default_size(qtbot, clock: FakeClock, exercise_id: str) -> None:  # type: ignore[no-untyped-def]
    window = fitted(qtbot, clock, one_exercise(exercise_id))
    assert window.height() <= SCREEN.height() and window.width() <= SCREEN.width()
    assert window.steps_area.verticalScrollBar().maximum() == 0, "the steps and the caution need no scrolling"
    assert window.figure.card_rect().width() >= window.width() / 2


@pytest.mark.parametrize("routine_id", list(LIBRARY.routines))
def test_no_step_of_a_routine_scrolls_at_the_default_size(qtbot, clock: FakeClock, routine_id: str) -> None:  # type: ignore[no-untyped-def]
    window = fitted(qtbot, clock, LIBRARY.routines[routine_id], ask_tension=True)
    window.checkin_before.dismiss_button.click()
    seen = set()
    while window.isVisible() and not window.checkin_after.isVisible():
        seen.add(window.runner.current.exercise.id)
        assert window.steps_area.verticalScrollBar().maximum() == 0, window.runner.current.exercise.id
        window.skip_it_hurts()
    assert seen == {item.exercise.id for item in LIBRARY.routines[routine_id].items}


def test_the_figure_grows_and_shrinks_with_the_window(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = fitted(qtbot, clock, LIBRARY.routines["desk-reset"])
    sides = []
    for size in (QSize(760, 560), QSize(1000, 700), QSize(1200, 900), QSize(1200, 520)):
        window.resize(size)
        settled(qtbot, window)
        sides.append(window.figure.card_rect().width())
        assert window.figure.width() == min(round(size.width() * FIGURE_SHARE), window.figure.height()) or (
            window.figure.width() == window.figure.minimumWidth()
        )
        assert window.ring.width() < sides[-1]
    assert sides[0] < sides[1] < sides[2], "wider and taller: a larger figure"
    assert sides[3] < sides[2], "shorter: the square shrinks to fit, and the steps get the width"
    assert window.steps_area.width() > window.width() - window.figure.width() - window.ring.width() - 200


def test_at_double_scale_on_a_1280_by_800_screen_the_window_fits_uncut(tmp_path: Path) -> None:
    """QT_SCALE_FACTOR is read once, at start: a second Python with it set, on a 1280×800 offscreen screen."""
    report = run_at_double_scale(tmp_path, SCALED_CHECK.format(tests=str(HERE)))
    assert report.pop("screen") == [640, 400] and report.pop("ratio") == 2
    assert report == {routine_id: [] for routine_id in LIBRARY.routines}


SCALED_CHECK = """
import json, sys
sys.path.insert(0, {tests!r})
from PySide6.QtWidgets import QApplication
app = QApplication([])
import test_faces_accessibility as faces
from knotbreak.core.clock import FakeClock
from knotbreak.core.exercises import load_builtin_library
from knotbreak.qt.stretch import StretchWindow
screen = app.primaryScreen().availableGeometry()
report = {{"screen": [screen.width(), screen.height()], "ratio": app.primaryScreen().devicePixelRatio()}}
for routine_id, routine in load_builtin_library().routines.items():
    window = StretchWindow(FakeClock(), routine, ask_tension=True)
    window.show()
    for _ in range(5):
        app.processEvents()
    problems = faces.clipping(window)
    if window.width() > screen.width() or window.height() > screen.height() - 40:
        problems.append(f"{{window.width()}}x{{window.height()}} does not fit")
    ring = window.ring
    if min(ring.width(), ring.height()) < ring.minimumSizeHint().width() or not ring.text_fits():
        problems.append("the countdown is cut")
    report[routine_id] = problems
    window.dismiss()
print(json.dumps(report))
"""


# The figure moves with the dose, in the window ------------------------------------------


def test_the_window_poses_the_figure_as_the_dose_says(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = StretchWindow(clock, LIBRARY.routines["mobility-flow"])
    qtbot.addWidget(window)
    window.show()
    while window.runner.current.exercise.id != "thread-the-needle":
        window.go_next()
    poses = set()
    for _ in range(30):
        clock.advance(0.5)
        window.refresh()
        poses.add(window.figure.position)
    assert poses == {float(window.figure.keyframes - 1)}, "a 30 s hold holds still, in the held pose"
    while window.runner.current.exercise.id != "childs-pose-side":
        window.go_next()
    segment = window.runner.current
    for step in range(1, 60):
        clock.advance(0.25)
        window.refresh()
        elapsed = step * 0.25
        expected = round(figure_motion(segment, elapsed) * (window.figure.keyframes - 1), 2)
        assert window.figure.position == pytest.approx(expected, abs=0.011)
        rep, into = divmod(elapsed, 7)
        label = f"Rep {int(rep) + 1} of 8" + (" · hold" if into >= 2 else "")
        assert window.rep_label.text() == label, elapsed
    assert "one side per rep, hold 5 s" in window.phase_label.text()
    assert window.rep_label.accessibleName() == "8 reps", "what a screen reader reads stays put while the reps tick"
    window.toggle_pause()
    frozen = window.figure.position
    clock.advance(3)
    window.refresh()
    assert window.figure.position == frozen, "a pause freezes the figure"
    window.toggle_pause()
    heard: list[str] = []
    window.announced.connect(heard.append)
    window.say_time_left()
    assert heard == [f"{LOCAL.in_words(window.runner.remaining())} left, rep {window.current_rep()} of 8"]
    assert window.current_rep() == 3
    assert window.ring.accessibleName().endswith(" left"), "the countdown's name is the time alone, calm as before"


def test_a_rest_shows_the_middle_of_an_alternating_exercise(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = StretchWindow(clock, one_exercise("childs-pose-side"))
    qtbot.addWidget(window)
    window.show()
    clock.advance(window.runner.remaining())
    window.refresh()
    assert window.runner.current.kind is SegmentKind.REST
    assert window.figure.position == pytest.approx((window.figure.keyframes - 1) / 2)
    assert not window.rep_label.isVisible()
