"""The quick routine fits the time, the place and the person, and rotates."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from knotbreak.core.exercises import EQUIPMENT, Exercise, load_builtin_library
from knotbreak.core.fitting import (
    MAIN_TARGETS,
    PLACE_POSITIONS,
    ROLLER_WARM_UP_HINT,
    WARM_UP_IDS,
    FitPreferences,
    RotationMemory,
    dose_seconds,
    fit_quick_routine,
    is_roller,
    is_warm_up,
    starts_warmed_up,
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
    unused_that_fit = [e for e in EXERCISES if e.id not in first_ids and fits_alone(e, prefs, budget)]
    if unused_that_fit:
        assert second_ids - first_ids, "a fresh exercise was available but not chosen"
        # The first pick is always fresh; a repeat may only fill time no fresh exercise fits into.
        assert second.items and any(item.exercise.id not in first_ids for item in second.items)


def one_set(exercise: Exercise) -> float:
    return dose_seconds(exercise, replace(exercise.dose, sets=1))


def fits_alone(exercise: Exercise, prefs: FitPreferences, budget: float) -> bool:
    """Could be a break's only new exercise: allowed, one set within budget, and a roller with room for a warm-up too."""
    if not prefs.allows(exercise) or one_set(exercise) > budget:
        return False
    if not is_roller(exercise):
        return True
    warm_ups = [e for e in EXERCISES if is_warm_up(e) and prefs.allows(e)]
    return any(one_set(exercise) + one_set(warm_up) <= budget for warm_up in warm_ups)


# The warm-up rule ---------------------------------------------------------------

ids = sorted(LIBRARY.exercises)
rotation_states = st.builds(
    lambda last, used, targets, breaks: RotationMemory(
        day=TODAY, last_break=tuple(last), used_today=Counter(used), targets_today=set(targets), breaks_today=breaks
    ),
    st.lists(st.sampled_from(ids), unique=True, max_size=6),
    st.dictionaries(st.sampled_from(ids), st.integers(min_value=1, max_value=5), max_size=10),
    st.frozensets(st.sampled_from(sorted(MAIN_TARGETS))),
    st.integers(min_value=0, max_value=40),
)
floor_heavy_preferences = st.builds(
    FitPreferences,
    places=st.frozensets(st.sampled_from(sorted(PLACE_POSITIONS)), min_size=1),
    # A foam roller and a mat most of the time, so rollers are often possible.
    equipment=st.frozensets(st.sampled_from(EQUIPMENT)) | st.just(frozenset({"foam-roller", "mat"})),
    avoid=st.frozensets(st.sampled_from(ids)),
)


@settings(max_examples=500, deadline=None)
@given(st.one_of(preferences, floor_heavy_preferences), st.integers(min_value=1, max_value=15), rotation_states)
def test_every_quick_routine_with_a_roller_starts_with_a_warm_up(prefs: FitPreferences, minutes: int, memory: RotationMemory) -> None:
    routine = fit(prefs, minutes * 60, memory)
    items = routine.items
    rollers = [index for index, item in enumerate(items) if is_roller(item.exercise)]
    assert starts_warmed_up(items)
    if rollers:
        assert is_warm_up(items[0].exercise), [item.exercise.id for item in items]
        assert all(any(is_warm_up(item.exercise) for item in items[:index]) for index in rollers)
        assert items[0].exercise.id not in prefs.avoid and prefs.allows(items[0].exercise)
        assert routine.warmup_hint == ROLLER_WARM_UP_HINT
    else:
        assert routine.warmup_hint == ""
    assert sum(segment.seconds for segment in (expand(routine) if items else [])) <= minutes * 60


def test_rollers_come_with_a_warm_up_on_the_floor() -> None:
    prefs = FitPreferences(places=frozenset({"floor"}), equipment=frozenset({"mat", "foam-roller"}))
    memory = RotationMemory()
    rolled = 0
    for _ in range(8):
        routine = fit(prefs, 240, memory)
        memory.record(routine, TODAY)
        if any(is_roller(item.exercise) for item in routine.items):
            rolled += 1
            assert routine.items[0].exercise.id in WARM_UP_IDS
    assert rolled >= 2


def test_without_a_warm_up_there_is_no_rolling() -> None:
    prefs = FitPreferences(
        places=frozenset({"floor"}), equipment=frozenset({"mat", "foam-roller"}), avoid=frozenset({"cat-camel", "standing-twists"})
    )
    memory = RotationMemory()
    for _ in range(10):
        routine = fit(prefs, 10 * 60, memory)
        memory.record(routine, TODAY)
        assert routine.items and not any(is_roller(item.exercise) for item in routine.items)


def test_a_roller_without_room_for_a_warm_up_is_left_out() -> None:
    prefs = FitPreferences(places=frozenset({"floor"}), equipment=frozenset({"foam-roller"}),
                           avoid=frozenset(e.id for e in EXERCISES if not is_roller(e) and not is_warm_up(e)))
    # The roller's one set fits, but not with standing twists' minute (cat-camel needs a mat).
    routine = fit(prefs, 65)
    assert [item.exercise.id for item in routine.items] == ["standing-twists"]
    routine = fit(prefs, 125)
    assert [item.exercise.id for item in routine.items][0] == "standing-twists"
    assert any(is_roller(item.exercise) for item in routine.items)


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
