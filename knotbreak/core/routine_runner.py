"""Stepping through a routine on a monotonic clock.

A routine expands into segments: one per hold, set, side and rest. The runner
keeps one deadline for the current segment; the remaining time is always
deadline minus now, so a late or missed UI tick never makes the countdown
drift.

How the figure moves in a segment follows the dose (figure_motion): a hold
stays still in the held pose for the whole hold; a rep takes seconds_per_rep,
holding still for the dose's hold_seconds within it; timed movement keeps the
pace its seconds_per_rep gives (a slow roll, a brisk twist).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from knotbreak.core import i18n
from knotbreak.core.clock import Clock
from knotbreak.core.exercises import Dose, Exercise, Routine
from knotbreak.core.i18n import Catalog, fill, translate

CATCH_UP_LIMIT = 1.0
"""A segment that ended less than this long ago hands its overshoot to the next;
after a longer gap (a suspended laptop) the next segment starts fresh."""
DEFAULT_PACE_SECONDS = 4.0
"""One rep of timed movement whose dose gives no seconds_per_rep."""
MIN_MOVE_SECONDS = 1.0
"""The least time a rep leaves for moving, however long its hold is written."""


class SegmentKind(enum.Enum):
    WORK = "work"
    REST = "rest"


@dataclass(frozen=True)
class Segment:
    exercise: Exercise
    kind: SegmentKind
    seconds: float
    side: str | None  # "left", "right", "alternating" or None
    set_number: int
    sets: int
    item_index: int
    dose: Dose

    @property
    def label(self) -> str:
        """What the stretch window shows above the countdown ("Left side · Set 1 of 2"), in the installed language."""
        if self.kind is SegmentKind.REST:
            #: The stretch window's label during a rest between sets or sides.
            return translate("Segment", "Rest")
        parts = []
        if self.side == "left":
            parts.append(translate("Segment", "Left side"))
        elif self.side == "right":
            parts.append(translate("Segment", "Right side"))
        elif self.side == "alternating":
            parts.append(translate("Segment", "Alternate sides"))
        if self.sets > 1:
            #: %1 is the set's number, %2 how many sets there are.
            parts.append(fill(translate("Segment", "Set %1 of %2"), str(self.set_number), str(self.sets)))
        return " · ".join(parts)


def expand(routine: Routine) -> list[Segment]:
    segments: list[Segment] = []
    for index, item in enumerate(routine.items):
        segments.extend(_expand_item(item.exercise, item.dose, index))
    return segments


def _expand_item(exercise: Exercise, dose: Dose, index: int) -> list[Segment]:
    sides: list[str | None]
    if exercise.sides == "each":
        sides = ["left", "right"]
    elif exercise.sides == "alternating":
        sides = ["alternating"]
    else:
        sides = [None]
    segments = []
    for set_number in range(1, dose.sets + 1):
        for side in sides:
            segments.append(
                Segment(exercise, SegmentKind.WORK, float(dose.work_seconds()), side, set_number, dose.sets, index, dose)
            )
        if dose.rest_seconds and set_number < dose.sets:
            segments.append(Segment(exercise, SegmentKind.REST, float(dose.rest_seconds), None, set_number, dose.sets, index, dose))
    return segments


class RunnerState(enum.Enum):
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


@dataclass(frozen=True)
class Outcome:
    completed: bool
    exercises_done: tuple[str, ...]
    exercises_skipped: tuple[str, ...]
    seconds: float


class RoutineRunner:
    def __init__(self, clock: Clock, routine: Routine) -> None:
        self._clock = clock
        self.routine = routine
        self.segments = expand(routine)
        self._index = 0
        self._state = RunnerState.RUNNING
        self._started_at = clock.monotonic()
        self._deadline = self._started_at + self.segments[0].seconds
        self._paused_remaining = 0.0
        self._completed = False
        self._finished_at: float | None = None
        self._worked: dict[int, float] = {}

    @property
    def state(self) -> RunnerState:
        return self._state

    @property
    def index(self) -> int:
        return self._index

    @property
    def current(self) -> Segment:
        return self.segments[self._index]

    def remaining(self) -> float:
        if self._state is RunnerState.PAUSED:
            return self._paused_remaining
        if self._state is RunnerState.FINISHED:
            return 0.0
        return max(0.0, self._deadline - self._clock.monotonic())

    def total_remaining(self) -> float:
        later = sum(segment.seconds for segment in self.segments[self._index + 1 :])
        return self.remaining() + later

    def exercise_position(self) -> tuple[int, int]:
        """(current exercise number from 1, number of exercises)."""
        return self.current.item_index + 1, len(self.routine.items)

    def tick(self) -> bool:
        """Move past every segment whose time is up. True when the segment changed."""
        if self._state is not RunnerState.RUNNING:
            return False
        now = self._clock.monotonic()
        if now < self._deadline:
            return False
        overshoot = now - self._deadline
        start = self._deadline if overshoot < CATCH_UP_LIMIT else now
        self._go_to(self._index + 1, start)
        return True

    def toggle_pause(self) -> None:
        if self._state is RunnerState.RUNNING:
            self._paused_remaining = self.remaining()
            self._state = RunnerState.PAUSED
        elif self._state is RunnerState.PAUSED:
            self._deadline = self._clock.monotonic() + self._paused_remaining
            self._state = RunnerState.RUNNING

    def next(self) -> None:
        if self._state is not RunnerState.FINISHED:
            self._go_to(self._index + 1, self._clock.monotonic())

    def previous(self) -> None:
        if self._state is RunnerState.FINISHED:
            return
        # Back to the start of the current exercise, or of the previous one when already there.
        item = self.current.item_index
        first_of_item = next(i for i, s in enumerate(self.segments) if s.item_index == item)
        if self._index == first_of_item and item > 0:
            first_of_item = next(i for i, s in enumerate(self.segments) if s.item_index == item - 1)
        self._go_to(first_of_item, self._clock.monotonic())

    def finish(self) -> Outcome:
        """Stop here; the routine counts as completed only if every segment ran."""
        if self._state is not RunnerState.FINISHED:
            self._credit_current()
            self._state = RunnerState.FINISHED
            self._finished_at = self._clock.monotonic()
        return self.outcome()

    def outcome(self) -> Outcome:
        end = self._finished_at if self._finished_at is not None else self._clock.monotonic()
        ids = [item.exercise.id for item in self.routine.items]
        done = tuple(ids[i] for i in range(len(ids)) if self._item_done(i))
        skipped = tuple(ids[i] for i in range(len(ids)) if not self._item_done(i))
        return Outcome(self._completed, done, skipped, end - self._started_at)

    def _go_to(self, index: int, start: float) -> None:
        self._credit_current()
        if index >= len(self.segments):
            self._completed = all(self._item_done(i) for i in range(len(self.routine.items)))
            self._state = RunnerState.FINISHED
            self._finished_at = self._clock.monotonic()
            return
        self._index = index
        self._deadline = start + self.segments[index].seconds
        if self._state is RunnerState.PAUSED:
            self._paused_remaining = self.segments[index].seconds

    def _credit_current(self) -> None:
        segment = self.current
        if segment.kind is SegmentKind.WORK:
            worked = segment.seconds - self.remaining()
            self._worked[segment.item_index] = self._worked.get(segment.item_index, 0.0) + worked

    def _item_done(self, item_index: int) -> bool:
        """An exercise counts as done once at least half of its work time was spent on it."""
        planned = sum(s.seconds for s in self.segments if s.item_index == item_index and s.kind is SegmentKind.WORK)
        return self._worked.get(item_index, 0.0) >= planned / 2


_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def spoken_number(n: int) -> str:
    """0 to 999 in words ("forty five"), which speech engines read more naturally; larger as digits."""
    if n < 0 or n > 999:
        return str(n)
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] if ones == 0 else f"{_TENS[tens]} {_ONES[ones]}"
    hundreds, rest = divmod(n, 100)
    return f"{_ONES[hundreds]} hundred" + (f" and {spoken_number(rest)}" if rest else "")


class SpokenCue(Catalog):
    """The words said aloud as a routine goes (translation context)."""


def spoken_cue(previous: Segment | None, current: Segment) -> str:
    """What to say when a segment starts, for someone whose eyes are off the screen, in the installed language."""
    if current.kind is SegmentKind.REST:
        return _numbers_in_words(SpokenCue.tr("Rest %n second(s)", "", max(1, round(current.seconds))))
    if current.dose.kind == "hold":
        action = SpokenCue.tr("Hold")
    elif current.dose.kind == "reps":
        action = _numbers_in_words(SpokenCue.tr("%n rep(s)", "", current.dose.reps))
    else:
        action = SpokenCue.tr("Keep moving")
    if previous is None or previous.item_index != current.item_index:
        if current.side == "left":
            #: Said as an exercise starts on its left side: %1 is the exercise's name, %2 what to do ("Hold", "10 reps").
            return fill(SpokenCue.tr("%1, left side. %2"), current.exercise.name, action)
        if current.side == "right":
            #: Said as an exercise starts on its right side: %1 is the exercise's name, %2 what to do ("Hold", "10 reps").
            return fill(SpokenCue.tr("%1, right side. %2"), current.exercise.name, action)
        #: Said as an exercise starts: %1 is the exercise's name, %2 what to do ("Hold", "10 reps").
        return fill(SpokenCue.tr("%1. %2"), current.exercise.name, action)
    if previous.kind is SegmentKind.WORK and previous.set_number == current.set_number and previous.side != current.side:
        #: %1 is what to do on the other side ("Hold", "10 reps").
        return fill(SpokenCue.tr("Switch sides. %1"), action)
    if current.sets > 1 and previous.set_number != current.set_number:
        #: %1 is the set's number, %2 how many sets, %3 what to do ("Hold", "10 reps").
        set_number, sets = (_numbers_in_words(str(number)) for number in (current.set_number, current.sets))
        return fill(SpokenCue.tr("Set %1 of %2. %3"), set_number, sets, action)
    return action


def _numbers_in_words(text: str) -> str:
    """English cues say their numbers in words ("forty five"), which speech engines read more naturally.

    Other languages keep the digits, which their voices read in their own words.
    """
    if i18n.language() != i18n.ENGLISH:
        return text
    return re.sub(r"\d+", lambda match: spoken_number(int(match.group())), text)


# How the figure moves -------------------------------------------------------------
#
# A moving figure has a first pose (0.0) and a last pose (1.0), with any
# keyframes between them spread evenly. For an exercise done on alternate
# sides those are its two sides, and 0.5 is the middle it starts from.


def rep_seconds(dose: Dose) -> float | None:
    """How long one rep takes, counted (reps) or not (timed movement); None for a hold."""
    if dose.kind == "hold":
        return None
    if dose.seconds_per_rep > 0:
        return float(dose.seconds_per_rep)
    return DEFAULT_PACE_SECONDS


def still_seconds(dose: Dose) -> float:
    """How long each rep holds still: the dose's hold_seconds, leaving at least MIN_MOVE_SECONDS to move."""
    rep = rep_seconds(dose)
    if rep is None:
        return float(dose.hold_seconds)
    return max(0.0, min(float(dose.hold_seconds), rep - MIN_MOVE_SECONDS))


def resting_pose(exercise: Exercise) -> float:
    """Where the figure waits during a rest: the first pose, or the middle for alternate sides."""
    return 0.5 if exercise.moves and exercise.sides == "alternating" else 0.0


def figure_motion(segment: Segment, elapsed: float) -> float:
    """Where the figure is, from its first pose (0) to its last (1), `elapsed` seconds into the segment.

    - A rest: resting_pose().
    - A hold: the last pose, still from the first moment to the last.
    - A rep of an exercise on one or each side: first pose to last and back;
      a hold in the rep is kept in the first pose, before moving (cat-camel's
      rounded back).
    - A rep of an alternating exercise is one side: across to one end (the
      first rep from the middle), then still there for the hold; the next rep
      goes to the other end.
    """
    exercise = segment.exercise
    if segment.kind is SegmentKind.REST:
        return resting_pose(exercise)
    if not exercise.moves:
        return 0.0
    rep = rep_seconds(segment.dose)
    if rep is None:
        return 1.0
    elapsed = max(0.0, elapsed)
    hold = still_seconds(segment.dose)
    moving = rep - hold
    number, into = divmod(elapsed, rep)
    if exercise.sides == "alternating":
        target = 0.0 if int(number) % 2 == 0 else 1.0
        origin = 0.5 if number == 0 else 1.0 - target
        return target if into >= moving else origin + (target - origin) * into / moving
    if into < hold:
        return 0.0
    phase = (into - hold) / moving  # 0..1 through the way there and back
    return 1.0 - abs(2.0 * phase - 1.0)


def holding_still(segment: Segment, elapsed: float) -> bool:
    """Whether the figure is in a hold at this moment: all through a hold, in the held part of a rep, never in a rest."""
    if segment.kind is SegmentKind.REST:
        return False
    rep = rep_seconds(segment.dose)
    if rep is None:
        return True
    hold = still_seconds(segment.dose)
    if hold <= 0:
        return False
    into = max(0.0, elapsed) % rep
    return into >= rep - hold if segment.exercise.sides == "alternating" else into < hold
