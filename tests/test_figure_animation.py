"""Keyframe interpolation for the exercise figures, and how they move with the dose."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from knotbreak.core.exercises import Dose, Routine, RoutineItem, load_builtin_library
from knotbreak.core.figure import Figure, FigureError, position_at, rep_number
from knotbreak.core.routine_runner import (
    DEFAULT_PACE_SECONDS,
    MIN_MOVE_SECONDS,
    Segment,
    SegmentKind,
    expand,
    figure_motion,
    holding_still,
    rep_seconds,
    still_seconds,
)

SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 240" width="240" height="240">
<g id="scene"><line x1="0" y1="220" x2="240" y2="220" stroke="#8a8f98"/></g>
<g id="kf0"><circle cx="100" cy="50" r="12" fill="#1f8a80"/><path d="M100 60 L100 140" stroke="#1f8a80"/></g>
<g id="kf1"><circle cx="140" cy="70" r="12" fill="#1f8a80"/><path d="M140 80 L110 140" stroke="#1f8a80"/></g>
</svg>"""


def test_keyframes_are_found_and_the_ends_reproduce_them() -> None:
    figure = Figure(SVG)
    assert figure.keyframes == 2
    start = figure.svg_at(0).decode()
    assert 'cx="100"' in start and 'd="M100 60 L100 140"' in start and "kf1" not in start
    end = figure.svg_at(1).decode()
    assert 'cx="140"' in end and 'd="M140 80 L110 140"' in end


def test_halfway_is_between_with_easing() -> None:
    figure = Figure(SVG)
    assert 'cx="120"' in figure.svg_at(0.5).decode()
    quarter = float(figure.svg_at(0.25).decode().split('cx="')[1].split('"')[0])
    assert 100 < quarter < 110, "eased: slow at the ends"


def test_mismatched_keyframes_are_refused() -> None:
    with pytest.raises(FigureError, match="different numbers of elements"):
        Figure(SVG.replace('<path d="M140 80 L110 140" stroke="#1f8a80"/>', ""))
    with pytest.raises(FigureError, match="no keyframe"):
        Figure('<svg xmlns="http://www.w3.org/2000/svg"><g id="scene"/></svg>')


def test_reps_make_one_round_trip_per_rep() -> None:
    dose = Dose(kind="reps", reps=5, seconds_per_rep=6)
    assert [round(position_at(2, dose, True, t), 2) for t in (0, 1.5, 3, 4.5, 6)] == [0, 0.5, 1, 0.5, 0]
    assert [rep_number(dose, t) for t in (0, 5.9, 6, 29, 31)] == [1, 1, 2, 5, 5]


def test_holds_settle_into_the_last_keyframe_and_stay() -> None:
    dose = Dose(kind="hold", hold_seconds=30)
    assert position_at(2, dose, True, 0) == 0 and position_at(2, dose, True, 10) == 1
    assert position_at(2, dose, False, 10) == 0
    assert rep_number(dose, 10) is None


def test_timed_movement_cycles() -> None:
    dose = Dose(kind="timed", seconds=60)
    assert position_at(3, dose, True, 2) == pytest.approx(2)
    assert position_at(3, dose, True, 4) == pytest.approx(0)
    assert position_at(1, dose, True, 2) == 0


# How the figure moves with the dose: routine_runner.figure_motion --------------------

LIBRARY = load_builtin_library()
STEP = 0.05


def work(exercise_id: str, **dose_changes: Any) -> Segment:
    """The first work segment of the exercise, with its dose changed as a routine item may change it."""
    exercise = LIBRARY.exercises[exercise_id]
    dose = replace(exercise.dose, **dose_changes)
    return next(s for s in expand(Routine("r", "R", "", (RoutineItem(exercise, dose),))) if s.kind is SegmentKind.WORK)


def samples(seconds: float) -> list[float]:
    return [round(i * STEP, 6) for i in range(int(seconds / STEP) + 1)]


def still_spans(segment: Segment) -> list[tuple[float, float]]:
    """The stretches of time in which the figure does not move, as (start, end)."""
    spans: list[tuple[float, float]] = []
    times = samples(segment.seconds)
    start = 0.0
    for before, after in zip(times, times[1:]):
        if figure_motion(segment, after) != figure_motion(segment, before):
            if before - start > STEP:
                spans.append((start, before))
            start = after
    if times[-1] - start > STEP:
        spans.append((start, times[-1]))
    return spans


@pytest.mark.parametrize("exercise_id", [e.id for e in LIBRARY.exercises.values() if e.dose.kind == "hold"])
def test_a_hold_stays_still_for_the_whole_hold(exercise_id: str) -> None:
    segment = work(exercise_id)
    poses = {figure_motion(segment, t) for t in samples(segment.seconds)}
    assert poses == {1.0 if segment.exercise.moves else 0.0}
    assert all(holding_still(segment, t) for t in samples(segment.seconds))


@pytest.mark.parametrize(
    "exercise_id", [e.id for e in LIBRARY.exercises.values() if e.dose.kind == "reps" and e.sides != "alternating" and e.moves]
)
def test_a_rep_is_one_round_trip_in_the_doses_rep_time(exercise_id: str) -> None:
    segment = work(exercise_id)
    rep = segment.dose.seconds_per_rep
    assert rep_seconds(segment.dose) == rep
    for t in samples(segment.seconds - rep):
        assert figure_motion(segment, t + rep) == pytest.approx(figure_motion(segment, t), abs=1e-9), t
    hold = still_seconds(segment.dose)
    assert figure_motion(segment, hold + (rep - hold) / 2) == pytest.approx(1.0), "the far pose, halfway through the move"
    assert figure_motion(segment, 0) == 0.0 and figure_motion(segment, rep - 1e-6) == pytest.approx(0.0, abs=1e-5)
    # A different rep time is followed too: the cadence comes from the dose, not from a constant.
    slower = work(exercise_id, seconds_per_rep=rep + 3)
    assert figure_motion(slower, (rep + 3) / 2) == pytest.approx(1.0)


def test_childs_pose_side_reach_holds_five_seconds_on_one_side_per_rep() -> None:
    segment = work("childs-pose-side")
    dose = segment.dose
    assert (dose.reps, dose.seconds_per_rep, still_seconds(dose), segment.seconds) == (12, 7, 5, 84)
    spans = still_spans(segment)
    assert len(spans) == 12, "one hold in each rep"
    for number, (start, end) in enumerate(spans):
        assert start == pytest.approx(number * 7 + 2, abs=STEP) and end == pytest.approx(number * 7 + 7, abs=2 * STEP)
        side = figure_motion(segment, (start + end) / 2)
        assert side == (0.0 if number % 2 == 0 else 1.0), "rep 1 one side, rep 2 the other, and so on"
        assert all(holding_still(segment, t) for t in samples(segment.seconds) if start + STEP < t < end - STEP)
    assert figure_motion(segment, 0) == 0.5, "the first rep starts from the middle"
    assert figure_motion(segment, 8) == pytest.approx(0.5), "the way across passes the middle"
    assert [rep_number(dose, t) for t in (0, 6.9, 7, 83.9)] == [1, 1, 2, 12]
    rest = next(s for s in expand(Routine("r", "R", "", (RoutineItem(segment.exercise, dose),))) if s.kind is SegmentKind.REST)
    assert rest.seconds == 10 and figure_motion(rest, 3) == 0.5


def test_cat_camel_holds_the_rounded_back_for_five_seconds_each_time() -> None:
    segment = work("cat-camel")
    assert [(round(start, 1), round(end, 1)) for start, end in still_spans(segment)] == [(0, 5), (10, 15), (20, 25)]
    assert figure_motion(segment, 2) == 0.0, "the first keyframe is the rounded back"
    assert figure_motion(segment, 7.5) == pytest.approx(1.0), "then the sag"


def test_the_rolling_exercises_roll_slowly() -> None:
    for exercise_id in ("foam-roll-horizontal",):
        segment = work(exercise_id)
        rep = rep_seconds(segment.dose)
        assert rep is not None and rep / 2 >= 6, "one pass up the back takes several seconds"
        times = samples(segment.seconds)
        first_top = next(t for t in times if figure_motion(segment, t) == pytest.approx(1.0))
        assert first_top >= 6
        assert figure_motion(segment, 4) < 0.6, "not 4 s back and forth"
        speeds = [abs(figure_motion(segment, b) - figure_motion(segment, a)) / STEP for a, b in zip(times, times[1:])]
        assert max(speeds) <= 1 / 6 + 1e-6, "never faster than a whole pass in 6 s"
    twists = work("standing-twists")
    assert rep_seconds(twists.dose) == 2, "the twists stay brisk"


def test_without_a_pace_timed_movement_takes_the_default() -> None:
    segment = work("tennis-ball-release", seconds_per_rep=0)
    assert rep_seconds(segment.dose) == DEFAULT_PACE_SECONDS
    assert figure_motion(segment, DEFAULT_PACE_SECONDS / 2) == pytest.approx(1.0)


def test_a_hold_written_longer_than_the_rep_still_leaves_time_to_move() -> None:
    segment = work("childs-pose-side", hold_seconds=30)
    assert still_seconds(segment.dose) == segment.dose.seconds_per_rep - MIN_MOVE_SECONDS
    assert len({figure_motion(segment, t) for t in samples(7)}) > 2


def test_a_figure_that_does_not_move_never_moves() -> None:
    for exercise in LIBRARY.exercises.values():
        if not exercise.moves:
            segment = work(exercise.id)
            assert {figure_motion(segment, t) for t in samples(min(segment.seconds, 30))} == {0.0}
