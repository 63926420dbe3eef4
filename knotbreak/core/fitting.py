"""The quick routine: fitted to the time, the place and the equipment, and rotated.

A break prompt's "Start routine" runs a routine built here rather than a
fixed one, so that:
- it never runs over the time budget (quick_routine_minutes),
- it only uses exercises the person can do where they are (places) with what
  they own (equipment), and never one they marked as hurting,
- consecutive breaks do not repeat exercises when there are others to pick,
- over a day, the breaks work through the main target muscles,
- foam rolling comes only after a warm-up: a routine with a roller exercise
  starts with a warm-up step (WARM_UP_IDS), or leaves the roller out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from knotbreak.core.exercises import Dose, Exercise, Routine, RoutineItem
from knotbreak.core.i18n import QT_TRANSLATE_NOOP, Catalog, translate

PLACE_POSITIONS = {
    "desk": frozenset({"desk"}),
    "standing": frozenset({"desk", "standing"}),
    "floor": frozenset({"desk", "standing", "kneeling", "floor"}),
}
"""What each answer to "where am I" makes possible: standing up includes the desk, the floor includes kneeling."""

MAIN_TARGETS = frozenset({"upper-back", "rhomboids", "trapezius", "lats", "chest", "thoracic-spine"})
POSITION_ORDER = {"desk": 0, "standing": 1, "kneeling": 2, "floor": 3}
LONGEST_QUICK_EXERCISE_SECONDS = 5 * 60
"""Longer exercises (the 15-minute heat warm-up) belong to full routines, not breaks."""
QUICK_ROUTINE_ID = "quick"
ROLLER_EQUIPMENT = "foam-roller"
WARM_UP_IDS = ("standing-twists", "cat-camel", "heat-warmup")
"""What warms the upper back up for a foam roller, best first: the sources
advise heat or a brisk walk; brisk twists, or at least cat-camel, are what a
short break has room for (the 15-minute heat warm-up fits only full routines)."""
ROLLER_WARM_UP_HINT = QT_TRANSLATE_NOOP(
    "QuickRoutine", "Warm muscles roll better: the break opens with a warm-up, and a brisk walk or a heating pad beforehand helps too."
)
"""English; translated where the routine is made."""


class QuickRoutine(Catalog):
    """The words of the fitted quick routine (translation context)."""


def is_roller(exercise: Exercise) -> bool:
    return ROLLER_EQUIPMENT in exercise.equipment


def is_warm_up(exercise: Exercise) -> bool:
    return exercise.id in WARM_UP_IDS


def starts_warmed_up(items: Sequence[RoutineItem]) -> bool:
    """The warm-up rule: a routine with a roller exercise starts with a warm-up step (so one comes before every roller)."""
    if not any(is_roller(item.exercise) for item in items):
        return True
    return is_warm_up(items[0].exercise)


def dose_seconds(exercise: Exercise, dose: Dose) -> float:
    sides = 2 if exercise.sides == "each" else 1
    return dose.sets * sides * dose.work_seconds() + dose.rest_seconds * (dose.sets - 1)


@dataclass(frozen=True)
class FitPreferences:
    places: frozenset[str] = frozenset({"desk", "standing"})
    equipment: frozenset[str] = frozenset()
    avoid: frozenset[str] = frozenset()

    def positions(self) -> frozenset[str]:
        allowed: set[str] = set()
        for place in self.places:
            allowed |= PLACE_POSITIONS.get(place, frozenset())
        return frozenset(allowed)

    def allows(self, exercise: Exercise) -> bool:
        positions = self.positions()
        can_do_here = exercise.position in positions or bool(positions.intersection(exercise.alt_positions))
        return (
            can_do_here
            and set(exercise.equipment) <= self.equipment
            and exercise.id not in self.avoid
            and dose_seconds(exercise, replace(exercise.dose, sets=1)) <= LONGEST_QUICK_EXERCISE_SECONDS
        )


@dataclass
class RotationMemory:
    """What recent breaks used, so the next one can differ. Kept for the current day."""

    day: date | None = None
    last_break: tuple[str, ...] = ()
    used_today: Counter[str] = field(default_factory=Counter)
    targets_today: set[str] = field(default_factory=set)
    breaks_today: int = 0

    def start_day(self, today: date) -> None:
        if today != self.day:
            self.day = today
            self.used_today = Counter()
            self.targets_today = set()
            self.breaks_today = 0

    def record(self, routine: Routine, today: date) -> None:
        self.record_ids([item.exercise.id for item in routine.items], [item.exercise for item in routine.items], today)

    def record_ids(self, ids: list[str], exercises: list[Exercise], today: date) -> None:
        self.start_day(today)
        self.last_break = tuple(ids)
        self.used_today.update(ids)
        for exercise in exercises:
            self.targets_today.update(exercise.targets)
        self.breaks_today += 1

    @classmethod
    def from_history(cls, breaks: list[list[str]], library: dict[str, Exercise], today: date) -> RotationMemory:
        """Today's memory rebuilt from the history, so a restart does not repeat the morning's exercises."""
        memory = cls()
        memory.start_day(today)
        for ids in breaks:
            known = [exercise_id for exercise_id in ids if exercise_id in library]
            memory.record_ids(known, [library[exercise_id] for exercise_id in known], today)
        return memory


def fit_quick_routine(
    exercises: Iterable[Exercise],
    preferences: FitPreferences,
    memory: RotationMemory,
    budget_seconds: float,
    today: date,
) -> Routine:
    """The best routine within budget_seconds; it may be empty when nothing fits."""
    memory.start_day(today)
    pool = sorted((e for e in exercises if preferences.allows(e)), key=lambda e: e.id)
    if pool:
        # Rotate where ties are broken, so equal candidates take turns break by break.
        shift = memory.breaks_today % len(pool)
        pool = pool[shift:] + pool[:shift]
    chosen: list[RoutineItem] = []
    covered = set(memory.targets_today)
    remaining = budget_seconds
    no_room_to_warm_up: set[str] = set()
    while True:
        best: tuple[float, RoutineItem] | None = None
        for rank, exercise in enumerate(pool):
            if any(item.exercise.id == exercise.id for item in chosen) or exercise.id in no_room_to_warm_up:
                continue
            dose = _fitting_dose(exercise, remaining)
            if dose is None:
                continue
            score = (
                (0 if exercise.id in memory.last_break else 1000)
                + 100 * len((MAIN_TARGETS & set(exercise.targets)) - covered)
                - 10 * memory.used_today[exercise.id]
                - rank * 0.01
            )
            if best is None or score > best[0]:
                best = (score, RoutineItem(exercise, dose))
        if best is None:
            break
        items = [best[1]]
        if is_roller(best[1].exercise) and not any(is_warm_up(item.exercise) for item in chosen):
            paired = _with_warm_up(best[1].exercise, pool, chosen, memory, remaining)
            if paired is None:
                no_room_to_warm_up.add(best[1].exercise.id)
                continue
            items = list(paired)
        for item in items:
            chosen.append(item)
            covered.update(item.exercise.targets)
            remaining -= dose_seconds(item.exercise, item.dose)
            if is_warm_up(item.exercise):
                no_room_to_warm_up.clear()  # warmed up now: a roller needs no room for one of its own
    rolls = any(is_roller(item.exercise) for item in chosen)
    warm_up = next((item for item in chosen if is_warm_up(item.exercise)), None) if rolls else None
    chosen.sort(key=lambda item: (item is not warm_up, POSITION_ORDER[_position_used(item.exercise, preferences)]))
    minutes = round(budget_seconds / 60)
    return Routine(
        id=QUICK_ROUTINE_ID,
        #: The name of the routine KnotBreak puts together for each break.
        name=QuickRoutine.tr("Quick break"),
        description=QuickRoutine.tr("Fitted to %n minute(s) and to where you are.", "", minutes),
        items=tuple(chosen),
        warmup_hint=translate("QuickRoutine", ROLLER_WARM_UP_HINT) if rolls else "",
    )


def _with_warm_up(
    roller: Exercise, pool: list[Exercise], chosen: list[RoutineItem], memory: RotationMemory, remaining: float
) -> tuple[RoutineItem, RoutineItem] | None:
    """A warm-up and the roller exercise, both within `remaining`; None when no warm-up fits beside it.

    The roller keeps its own dose where it can; a warm-up not done last break, and less done today, goes first.
    """
    taken = {item.exercise.id for item in chosen}
    warm_ups = sorted(
        (e for e in pool if is_warm_up(e) and e.id not in taken),
        key=lambda e: (e.id in memory.last_break, memory.used_today[e.id], WARM_UP_IDS.index(e.id)),
    )
    for roller_dose in dict.fromkeys((roller.dose, replace(roller.dose, sets=1))):
        roller_seconds = dose_seconds(roller, roller_dose)
        if roller_seconds > remaining:
            continue
        for warm_up in warm_ups:
            warm_up_dose = _fitting_dose(warm_up, remaining - roller_seconds)
            if warm_up_dose is not None:
                return RoutineItem(warm_up, warm_up_dose), RoutineItem(roller, roller_dose)
    return None


def _fitting_dose(exercise: Exercise, remaining: float) -> Dose | None:
    """The exercise's own dose if it fits, else one set of it, else None."""
    if dose_seconds(exercise, exercise.dose) <= remaining:
        return exercise.dose
    single = replace(exercise.dose, sets=1)
    if dose_seconds(exercise, single) <= remaining:
        return single
    return None


def _position_used(exercise: Exercise, preferences: FitPreferences) -> str:
    positions = preferences.positions()
    if exercise.position in positions:
        return exercise.position
    return min((p for p in exercise.alt_positions if p in positions), key=POSITION_ORDER.__getitem__)
