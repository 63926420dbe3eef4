"""Stepping through a routine on a fake clock."""

from __future__ import annotations

import pytest

from knotbreak.core.clock import FakeClock
from knotbreak.core.exercises import load_exercises, load_routines
from knotbreak.core.routine_runner import RoutineRunner, RunnerState, SegmentKind

EXERCISES = """
[[exercise]]
id = "hold"
name = "Hold"
position = "desk"
targets = ["neck"]
steps = ["Hold still."]
[exercise.dose]
kind = "hold"
hold_seconds = 20
sets = 2
rest_seconds = 5

[[exercise]]
id = "sided"
name = "Sided"
position = "standing"
sides = "each"
targets = ["chest"]
steps = ["Lean in."]
[exercise.dose]
kind = "hold"
hold_seconds = 30

[[exercise]]
id = "reps"
name = "Reps"
position = "floor"
sides = "alternating"
targets = ["lats"]
steps = ["Reach."]
[exercise.dose]
kind = "reps"
reps = 6
seconds_per_rep = 5
"""
ROUTINE = '[[routine]]\nid = "r"\nname = "R"\nitems = [{exercise = "hold"}, {exercise = "sided"}, {exercise = "reps"}]\n'


@pytest.fixture
def runner(clock: FakeClock) -> RoutineRunner:
    exercises = load_exercises(EXERCISES, "test")
    return RoutineRunner(clock, load_routines(ROUTINE, "test", exercises)["r"])


def test_segments_follow_sets_rests_and_sides(runner: RoutineRunner) -> None:
    shape = [(s.exercise.id, s.kind.value, s.side, s.set_number, s.seconds) for s in runner.segments]
    assert shape == [
        ("hold", "work", None, 1, 20), ("hold", "rest", None, 1, 5), ("hold", "work", None, 2, 20),
        ("sided", "work", "left", 1, 30), ("sided", "work", "right", 1, 30),
        ("reps", "work", "alternating", 1, 30),
    ]
    assert [s.label for s in runner.segments] == [
        "Set 1 of 2", "Rest", "Set 2 of 2", "Left side", "Right side", "Alternate sides",
    ]


def test_countdown_comes_from_the_deadline(runner: RoutineRunner, clock: FakeClock) -> None:
    clock.advance(7.25)
    assert runner.remaining() == pytest.approx(12.75)
    assert runner.total_remaining() == pytest.approx(135 - 7.25)


def test_running_to_the_end_completes_every_exercise(runner: RoutineRunner, clock: FakeClock) -> None:
    seen = []
    while runner.state is RunnerState.RUNNING:
        seen.append(runner.current.label)
        clock.advance(runner.remaining())
        runner.tick()
    assert seen == ["Set 1 of 2", "Rest", "Set 2 of 2", "Left side", "Right side", "Alternate sides"]
    outcome = runner.outcome()
    assert outcome.completed and outcome.exercises_done == ("hold", "sided", "reps") and outcome.exercises_skipped == ()
    assert outcome.seconds == pytest.approx(135)


def test_small_tick_delays_do_not_accumulate(runner: RoutineRunner, clock: FakeClock) -> None:
    for _ in range(5):
        clock.advance(runner.remaining() + 0.3)  # every tick 0.3 s late
        runner.tick()
    assert runner.index == 5
    assert runner.remaining() == pytest.approx(30 - 0.3)


def test_after_a_long_gap_the_next_segment_starts_fresh(runner: RoutineRunner, clock: FakeClock) -> None:
    clock.advance(600)  # the laptop slept
    assert runner.tick()
    assert runner.index == 1 and runner.remaining() == pytest.approx(5)


def test_pause_freezes_the_countdown(runner: RoutineRunner, clock: FakeClock) -> None:
    clock.advance(5)
    runner.toggle_pause()
    clock.advance(100)
    assert not runner.tick()
    assert runner.remaining() == pytest.approx(15) and runner.state is RunnerState.PAUSED
    runner.toggle_pause()
    clock.advance(1)
    assert runner.remaining() == pytest.approx(14)


def test_next_and_back(runner: RoutineRunner, clock: FakeClock) -> None:
    runner.next()
    runner.next()
    runner.next()
    assert runner.current.exercise.id == "sided"
    runner.previous()
    assert runner.index == 0, "back from the first segment of an exercise goes to the previous exercise"
    runner.next()
    runner.next()
    runner.next()
    runner.next()
    clock.advance(10)
    runner.previous()
    assert runner.index == 3, "back in the middle of an exercise restarts it"
    assert runner.remaining() == pytest.approx(30)


def test_skipping_and_stopping_early_are_recorded(runner: RoutineRunner, clock: FakeClock) -> None:
    clock.advance(20)
    runner.tick()  # set 1 done
    runner.next()  # skip the rest
    clock.advance(15)
    runner.next()  # skip the rest of set 2: 35 of 40 seconds worked, so it counts
    runner.next()  # left side skipped at once
    runner.next()  # right side skipped at once
    clock.advance(3)
    outcome = runner.finish()
    assert not outcome.completed
    assert outcome.exercises_done == ("hold",)
    assert outcome.exercises_skipped == ("sided", "reps")
    assert runner.state is RunnerState.FINISHED


def test_rest_segments_are_rest(runner: RoutineRunner) -> None:
    assert runner.segments[1].kind is SegmentKind.REST


def test_spoken_cues_say_what_to_do_next(runner: RoutineRunner) -> None:
    from knotbreak.core.routine_runner import spoken_cue

    segments = runner.segments
    cues = [spoken_cue(previous, current) for previous, current in zip([None, *segments], segments)]
    assert cues == [
        "Hold. Hold", "Rest five seconds", "Set two of two. Hold",
        "Sided, left side. Hold", "Switch sides. Hold", "Reps. six reps",
    ]


@pytest.mark.parametrize(("n", "words"), [
    (0, "zero"), (7, "seven"), (15, "fifteen"), (40, "forty"), (45, "forty five"),
    (120, "one hundred and twenty"), (1000, "1000"),
])
def test_spoken_number(n: int, words: str) -> None:
    from knotbreak.core.routine_runner import spoken_number

    assert spoken_number(n) == words
