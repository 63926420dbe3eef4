"""The quick routine fits the time, the place and the person, and rotates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from knotbreak.core.exercises import EQUIPMENT, load_builtin_library
from knotbreak.core.fitting import (
    MAIN_TARGETS,
    PLACE_POSITIONS,
    FitPreferences,
    RotationMemory,
    dose_seconds,
    fit_quick_routine,
)
from knotbreak.core.routine_runner import expand

LIBRARY = load_builtin_library()
EXERCISES = list(LIBRARY.exercises.values())
TODAY = date(2026, 3, 2)

preferences = st.builds(
    FitPreferences,
    places=st.frozensets(st.sampled_from(sorted(PLACE_POSITIONS)), min_size=1),
    equipment=st.frozensets(st.sampled_from(EQUIPMENT)),
    avoid=st.frozensets(st.sampled_from(sorted(LIBRARY.exercises))),
)
budgets = st.integers(min_value=30, max_value=15 * 60)


def fit(prefs: FitPreferences, budget: float, memory: RotationMemory | None = None):  # type: ignore[no-untyped-def]
    return fit_quick_routine(EXERCISES, prefs, memory or RotationMemory(), budget, TODAY)


@settings(max_examples=300, deadline=None)
@given(preferences, budgets)
def test_never_over_budget_never_missing_equipment_never_avoided(prefs: FitPreferences, budget: int) -> None:
    routine = fit(prefs, budget)
    segments = expand(routine) if routine.items else []
    assert sum(segment.seconds for segment in segments) <= budget
    positions = prefs.positions()
    for item in routine.items:
        exercise = item.exercise
        assert set(exercise.equipment) <= prefs.equipment
        assert exercise.id not in prefs.avoid
        assert exercise.position in positions or positions & set(exercise.alt_positions)
    ids = [item.exercise.id for item in routine.items]
    assert len(ids) == len(set(ids))


@settings(max_examples=200, deadline=None)
@given(preferences, st.integers(min_value=60, max_value=6 * 60))
def test_consecutive_breaks_do_not_repeat_while_others_fit(prefs: FitPreferences, budget: int) -> None:
    memory = RotationMemory()
    first = fit(prefs, budget, memory)
    memory.record(first, TODAY)
    second = fit(prefs, budget, memory)
    first_ids = {item.exercise.id for item in first.items}
    second_ids = {item.exercise.id for item in second.items}
    unused_that_fit = [
        e for e in EXERCISES if prefs.allows(e) and e.id not in first_ids and dose_seconds(e, replace(e.dose, sets=1)) <= budget
    ]
    if unused_that_fit:
        assert second_ids - first_ids, "a fresh exercise was available but not chosen"
        # The first pick is always fresh; a repeat may only fill time no fresh exercise fits into.
        assert second.items and any(item.exercise.id not in first_ids for item in second.items)


def test_a_day_of_desk_breaks_covers_the_main_targets() -> None:
    prefs = FitPreferences(places=frozenset({"desk", "standing"}))
    memory = RotationMemory()
    for _ in range(6):
        routine = fit(prefs, 120, memory)
        assert routine.items
        memory.record(routine, TODAY)
    reachable = set().union(*(set(e.targets) for e in EXERCISES if prefs.allows(e))) & MAIN_TARGETS
    assert reachable <= memory.targets_today
    assert len(memory.used_today) >= 4, "six breaks rotate through at least four exercises"


def test_the_floor_and_a_foam_roller_open_up_the_roller_work() -> None:
    prefs = FitPreferences(places=frozenset({"floor"}), equipment=frozenset({"mat", "foam-roller"}))
    memory = RotationMemory()
    seen = set()
    for _ in range(8):
        routine = fit(prefs, 180, memory)
        memory.record(routine, TODAY)
        seen |= {item.exercise.id for item in routine.items}
    assert {"foam-roll-horizontal", "double-v"} & seen


def test_nothing_fits_gives_an_empty_routine() -> None:
    prefs = FitPreferences(places=frozenset({"desk"}), avoid=frozenset(LIBRARY.exercises))
    assert fit(prefs, 120).items == ()


def test_long_doses_are_shortened_to_one_set() -> None:
    prefs = FitPreferences(places=frozenset({"desk"}))
    routine = fit(prefs, 35)
    assert [(item.exercise.id, item.dose.sets) for item in routine.items] in (
        [("upper-back-stretch", 1)], [("chest-stretch", 1)],
    )


def test_a_new_day_forgets_yesterdays_coverage() -> None:
    memory = RotationMemory()
    prefs = FitPreferences()
    memory.record(fit(prefs, 120, memory), TODAY)
    memory.start_day(date(2026, 3, 3))
    assert memory.used_today == {} and memory.breaks_today == 0
    assert memory.last_break, "but still avoids repeating the very last break"
