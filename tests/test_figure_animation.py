"""Keyframe interpolation and cadence for the exercise figures."""

from __future__ import annotations

import pytest

from knotbreak.core.exercises import Dose
from knotbreak.core.figure import Figure, FigureError, position_at, rep_number

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
