"""The break loop: when a break is due, and what snooze, skip and pause do.

Plain Python on an injected Clock. The Qt layer calls advance() whenever
next_wakeup() comes round and renders status(); nothing here knows about
timers or windows.

States and transitions:

    working --(sitting reaches work_minutes)--> due
    due --snooze--> snoozed --(snooze ends)--> due
    working/due/snoozed --skip--> working (a new cycle; sitting time is kept)
    any --start_break--> on_break --finish_break--> working (sitting time reset)
    any --pause--> paused --resume (or the pause runs out)--> working
    working/due/snoozed --begin_away--> working, away (a natural break: sitting reset)
    away --end_away--> working (the cycle starts when input came back)

A change completes before anyone hears of it: events raised during a public
method are queued and delivered, in order, once the outermost call has
finished. A listener that raises is logged and does not stop the others.
"""

from __future__ import annotations

import enum
import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from knotbreak.core.clock import Clock
from knotbreak.core.i18n import fill, translate
from knotbreak.core.settings import Settings

log = logging.getLogger(__name__)

OUTSIDE_WORKING_HOURS = "outside_working_hours"
MIN_SECONDS_AFTER_RESUME = 60.0
"""After a pause, a break that was already due comes back no sooner than this."""


class State(enum.Enum):
    WORKING = "working"
    DUE = "due"
    SNOOZED = "snoozed"
    ON_BREAK = "on_break"
    PAUSED = "paused"


class EventKind(enum.Enum):
    STATE_CHANGED = "state_changed"
    PRE_BREAK_NOTICE = "pre_break_notice"
    BREAK_DUE = "break_due"
    BREAK_FINISHED = "break_finished"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    NATURAL_BREAK = "natural_break"
    SITTING_ENDED = "sitting_ended"
    """A stretch of counted sitting stopped (break, pause, away, checkpoint): detail start (wall) and seconds."""


@dataclass(frozen=True)
class Event:
    kind: EventKind
    state: State
    detail: dict[str, Any]


class ActionRefused(Exception):
    """The action does not apply in the current state; the message says why."""


@dataclass(frozen=True)
class Status:
    state: State
    sitting_seconds: float
    seconds_to_break: float | None
    next_break_at: datetime | None
    paused_until: datetime | str | None
    snoozes_used: int
    snoozes_left: int | None
    """None when snoozes are unlimited."""
    work_seconds: float
    away: bool = False
    """Away from the keyboard long enough for a natural break; the timer waits for your return."""
    pause_reason: str | None = None
    """"user", or "outside_working_hours" for the automatic pause outside working hours."""

    @property
    def can_snooze(self) -> bool:
        return self.state in (State.WORKING, State.DUE, State.SNOOZED) and self.snoozes_left != 0

    def to_json(self) -> dict[str, Any]:
        paused_until = self.paused_until
        if isinstance(paused_until, datetime):
            paused_until = paused_until.isoformat(timespec="seconds")
        return {
            "state": self.state.value,
            "sitting_seconds": round(self.sitting_seconds),
            "seconds_to_break": None if self.seconds_to_break is None else round(self.seconds_to_break),
            "next_break_at": None if self.next_break_at is None else self.next_break_at.isoformat(timespec="seconds"),
            "paused_until": paused_until,
            "snoozes_used": self.snoozes_used,
            "snoozes_left": self.snoozes_left,
            "work_seconds": round(self.work_seconds),
            "away": self.away,
        }


Listener = Callable[[Event], None]

_Method = Callable[..., Any]


def deliver(events: list[Event], listeners: list[Listener]) -> None:
    """Each event to each listener, in order; one that raises is logged, and the rest still hear."""
    for event in events:
        for listener in list(listeners):
            try:
                listener(event)
            except Exception:  # noqa: BLE001 - the change is done; a broken listener must not undo the news
                log.exception("a listener failed on %s", event.kind.value)


def transition(method: _Method) -> _Method:
    """Run a public method as one transition: its news goes out after it (and any outer call) returns.

    For BreakLoop and Session alike: the object keeps a `_depth` counter and
    says in `_transition_done()` what happens when the outermost call is over.
    """

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        self._depth += 1
        try:
            return method(self, *args, **kwargs)
        finally:
            self._depth -= 1
            if self._depth == 0:
                self._transition_done()

    return wrapper


class BreakLoop:
    def __init__(self, clock: Clock, settings: Settings) -> None:
        self._clock = clock
        self._settings = settings
        self._listeners: list[Listener] = []
        self._pending: list[Event] = []
        self._depth = 0
        self._delivering = False
        now = clock.monotonic()
        self._state = State.WORKING
        self._sitting_banked = 0.0
        self._sitting_since: float | None = now
        self._sitting_since_wall = clock.now()
        self._break_ended_at: float | None = None
        self._cycle_started_at = now
        self._due_at = now + self._work_seconds
        self._notice_sent = False
        self._snoozes_used = 0
        self._break_started_at: float | None = None
        self._sat_before_break = 0.0
        self._pause_deadline: float | None = None  # boot time, for "for 30 minutes"
        self._pause_until_wall: datetime | None = None  # for "until tomorrow"
        self._remaining_at_pause = 0.0
        self._pause_reason: str | None = None
        self._away = False
        self._away_since = 0.0

    # -- observing -------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, kind: EventKind, **detail: Any) -> None:
        self._pending.append(Event(kind, self._state, detail))
        if self._depth == 0:
            self._flush()

    def _transition_done(self) -> None:
        self._flush()

    def _flush(self) -> None:
        if self._delivering:
            return  # a listener acted on the news: its events go out after the current ones, in order
        self._delivering = True
        try:
            while self._pending:
                events, self._pending = self._pending, []
                deliver(events, self._listeners)
        finally:
            self._delivering = False

    def _set_state(self, state: State) -> None:
        if state is not self._state:
            self._state = state
            self._emit(EventKind.STATE_CHANGED)

    # -- reading ---------------------------------------------------------

    @property
    def state(self) -> State:
        return self._state

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def _work_seconds(self) -> float:
        return self._settings.work_minutes * 60.0

    def sitting_seconds(self) -> float:
        running = 0.0
        if self._sitting_since is not None:
            running = self._clock.monotonic() - self._sitting_since
        return self._sitting_banked + running

    @property
    def away(self) -> bool:
        return self._away

    @property
    def sat_before_break(self) -> float:
        """The sitting stretch the current (or last) break ended."""
        return self._sat_before_break

    def seconds_to_break(self) -> float | None:
        if self._away and self._state is State.WORKING:
            return self._work_seconds  # the timer has not started: it starts when you return
        if self._state in (State.WORKING, State.SNOOZED):
            return max(0.0, self._due_at - self._clock.monotonic())
        if self._state is State.DUE:
            return 0.0
        return None

    def status(self) -> Status:
        seconds_to_break = self.seconds_to_break()
        next_break_at = None
        if seconds_to_break is not None:
            next_break_at = self._clock.now() + timedelta(seconds=seconds_to_break)
        paused_until: datetime | str | None = None
        if self._state is State.PAUSED:
            paused_until = self._pause_end_wall() or "indefinitely"
        limit = self._settings.max_snoozes
        return Status(
            state=self._state,
            sitting_seconds=self.sitting_seconds(),
            seconds_to_break=seconds_to_break,
            next_break_at=next_break_at,
            paused_until=paused_until,
            snoozes_used=self._snoozes_used,
            snoozes_left=None if limit == 0 else max(0, limit - self._snoozes_used),
            work_seconds=self._work_seconds,
            away=self._away,
            pause_reason=self._pause_reason if self._state is State.PAUSED else None,
        )

    def next_wakeup(self) -> float | None:
        """The monotonic time at which advance() has something to do, if any."""
        if self._away and self._state is State.WORKING:
            return None
        if self._state is State.WORKING:
            notice_at = self._notice_at()
            if notice_at is not None and not self._notice_sent:
                return min(notice_at, self._due_at)
            return self._due_at
        if self._state is State.SNOOZED:
            return self._due_at
        if self._state is State.PAUSED:
            return self._pause_end_monotonic()
        return None

    # -- time passing ----------------------------------------------------

    @transition
    def advance(self) -> None:
        """Bring the loop up to the clock's present: notices, due breaks, ended pauses."""
        now = self._clock.monotonic()
        if self._state is State.PAUSED:
            end = self._pause_end_monotonic()
            if end is not None and now >= end:
                self.resume()
            return
        if self._away:
            return
        if self._state is State.WORKING and not self._notice_sent:
            notice_at = self._notice_at()
            if notice_at is not None and notice_at <= now < self._due_at:
                self._notice_sent = True
                self._emit(EventKind.PRE_BREAK_NOTICE, seconds_to_break=self._due_at - now)
        if self._state in (State.WORKING, State.SNOOZED) and now >= self._due_at:
            self._set_state(State.DUE)
            self._emit(EventKind.BREAK_DUE, sitting_seconds=self.sitting_seconds())

    def _notice_at(self) -> float | None:
        lead = self._settings.notify_before_seconds
        notice_at = self._due_at - lead
        # A warning at the very start of a short cycle would be noise.
        if lead <= 0 or notice_at <= self._cycle_started_at:
            return None
        return notice_at

    # -- user actions ----------------------------------------------------

    @transition
    def snooze(self, minutes: float | None = None) -> None:
        """Postpone the break: a due one by `minutes` from now, a coming one by `minutes` more."""
        if self._state in (State.PAUSED, State.ON_BREAK):
            raise ActionRefused(
                translate("Refusal", "cannot snooze while paused")
                if self._state is State.PAUSED
                else translate("Refusal", "cannot snooze while on break")
            )
        if self._away:
            raise ActionRefused(translate("Refusal", "you are away: the timer starts again when you are back"))
        limit = self._settings.max_snoozes
        if limit and self._snoozes_used >= limit:
            #: %1 is how many snoozes in a row the settings allow.
            raise ActionRefused(fill(translate("Refusal", "the snooze limit of %1 in a row is reached; take or skip this break"), str(limit)))
        seconds = (minutes if minutes is not None else self._settings.snooze_minutes) * 60.0
        if seconds <= 0:
            raise ActionRefused(translate("Refusal", "snooze minutes must be more than zero"))
        self._snoozes_used += 1
        self._due_at = max(self._due_at, self._clock.monotonic()) + seconds
        self._set_state(State.SNOOZED)
        self._emit(EventKind.SNOOZED, seconds=seconds, snoozes_used=self._snoozes_used)

    @transition
    def skip(self) -> None:
        if self._state not in (State.DUE, State.SNOOZED):
            raise ActionRefused(translate("Refusal", "no break is due to skip"))
        self._start_cycle()
        self._set_state(State.WORKING)
        self._emit(EventKind.SKIPPED, sitting_seconds=self.sitting_seconds())

    @transition
    def start_break(self) -> None:
        if self._state is State.ON_BREAK:
            return
        if self._state is State.PAUSED:
            self._clear_pause()
        self._away = False  # someone clicked: they are here
        self._stop_sitting()
        self._sat_before_break = self._sitting_banked
        self._break_started_at = self._clock.monotonic()
        self._set_state(State.ON_BREAK)

    @transition
    def finish_break(self, *, completed: bool = True) -> None:
        if self._state is not State.ON_BREAK:
            raise ActionRefused(translate("Refusal", "no break is in progress"))
        started = self._break_started_at if self._break_started_at is not None else self._clock.monotonic()
        duration = self._clock.monotonic() - started
        self._break_started_at = None
        self._snoozes_used = 0
        self._sitting_banked = 0.0
        self._start_sitting(self._clock.monotonic())
        self._break_ended_at = self._clock.monotonic()
        self._start_cycle()
        self._set_state(State.WORKING)
        self._emit(EventKind.BREAK_FINISHED, completed=completed, seconds=duration, sat_seconds=self._sat_before_break)

    @transition
    def pause(self, *, seconds: float | None = None, until: datetime | None = None, reason: str = "user") -> None:
        """Pause reminders for `seconds`, until a wall time, or (neither) until resumed."""
        if seconds is not None and until is not None:
            raise ValueError("give seconds or until, not both")
        if self._state is State.ON_BREAK:
            self.finish_break(completed=False)
        if self._state is not State.PAUSED:
            remaining = self.seconds_to_break()
            self._remaining_at_pause = remaining if remaining is not None else 0.0
            self._stop_sitting()
        # On boot time, so a suspended laptop's sleep counts toward "pause for 30 minutes".
        self._pause_deadline = self._clock.boottime() + seconds if seconds is not None else None
        self._pause_until_wall = until
        self._pause_reason = reason
        if self._state is State.PAUSED:
            self._emit(EventKind.STATE_CHANGED)  # the end of the pause moved
        else:
            self._set_state(State.PAUSED)

    @transition
    def resume(self) -> None:
        if self._state is not State.PAUSED:
            raise ActionRefused(translate("Refusal", "KnotBreak is not paused"))
        if self._pause_reason == OUTSIDE_WORKING_HOURS:
            # A new working day (or shift) starts from zero.
            self._sitting_banked = 0.0
            self._snoozes_used = 0
            self._remaining_at_pause = self._work_seconds
        self._clear_pause()
        now = self._clock.monotonic()
        if self._away:
            self._sitting_since = None
        else:
            self._start_sitting(now)
        self._cycle_started_at = now
        self._due_at = now + max(self._remaining_at_pause, MIN_SECONDS_AFTER_RESUME)
        self._notice_sent = False
        self._set_state(State.WORKING)

    @transition
    def begin_away(self, since: float, cause: str = "idle") -> None:
        """Input stopped at `since` (monotonic) and has stayed away long enough for a natural break.

        Sitting stops counting at `since`, the sitting time and the snooze
        count reset (as after a taken break), and the next cycle starts when
        the user comes back (end_away).
        """
        if self._away or self._state is State.ON_BREAK:
            return
        since = min(since, self._clock.monotonic())
        self._away = True
        self._away_since = since
        if self._sitting_since is not None:
            end = max(since, self._sitting_since)
            self._sitting_banked += end - self._sitting_since
            self._report_sitting(end)
        sat = self._sitting_banked
        self._sitting_banked = 0.0
        self._sitting_since = None
        self._snoozes_used = 0
        if self._state is State.PAUSED:
            self._remaining_at_pause = self._work_seconds
        else:
            self._start_cycle()
            self._set_state(State.WORKING)
        self._emit(EventKind.NATURAL_BREAK, away_since=since, sitting_seconds=sat, cause=cause)

    @transition
    def end_away(self, at: float) -> None:
        """Input came back at `at` (monotonic): the new sitting stretch starts there."""
        if not self._away:
            return
        self._away = False
        at = max(self._away_since, min(at, self._clock.monotonic()))
        if self._state is State.PAUSED:
            return
        self._start_sitting(at)
        self._cycle_started_at = at
        self._due_at = at + self._work_seconds
        self._notice_sent = False
        self._emit(EventKind.STATE_CHANGED)
        self.advance()

    @transition
    def apply_settings(self, settings: Settings) -> None:
        old_work = self._work_seconds
        self._settings = settings
        change = self._work_seconds - old_work
        # A longer or shorter working stretch moves the coming break by as much, wherever it stands.
        if self._state in (State.WORKING, State.SNOOZED):
            self._due_at = max(self._clock.monotonic(), self._due_at + change)
        elif self._state is State.PAUSED:
            self._remaining_at_pause = max(0.0, self._remaining_at_pause + change)
        self._emit(EventKind.STATE_CHANGED)
        self.advance()

    # -- internals -------------------------------------------------------

    def _start_cycle(self) -> None:
        now = self._clock.monotonic()
        self._cycle_started_at = now
        self._due_at = now + self._work_seconds
        self._notice_sent = False

    def _start_sitting(self, at: float) -> None:
        self._sitting_since = at
        # The wall time is fixed now: a suspend or a clock change before the
        # stretch ends must not move it (the end is start + monotonic seconds).
        self._sitting_since_wall = self._clock.now() - timedelta(seconds=self._clock.monotonic() - at)

    def _report_sitting(self, end: float) -> None:
        assert self._sitting_since is not None
        self._emit(EventKind.SITTING_ENDED, start=self._sitting_since_wall, seconds=end - self._sitting_since)

    def _stop_sitting(self) -> None:
        if self._sitting_since is not None:
            now = self._clock.monotonic()
            self._sitting_banked += now - self._sitting_since
            self._report_sitting(now)
            self._sitting_since = None

    @transition
    def flush_sitting(self) -> None:
        """Report the sitting counted so far (a checkpoint, or shutting down) without ending the stretch."""
        if self._sitting_since is not None:
            now = self._clock.monotonic()
            self._report_sitting(now)
            self._sitting_banked += now - self._sitting_since
            self._start_sitting(now)

    @property
    def break_ended_at(self) -> float | None:
        """Monotonic time the last taken break ended: idle before it was stretching, not absence."""
        return self._break_ended_at

    def _clear_pause(self) -> None:
        self._pause_deadline = None
        self._pause_until_wall = None
        self._pause_reason = None

    def _pause_end_monotonic(self) -> float | None:
        if self._pause_deadline is not None:
            return self._clock.monotonic() + max(0.0, self._pause_deadline - self._clock.boottime())
        if self._pause_until_wall is not None:
            left = (self._pause_until_wall - self._clock.now()).total_seconds()
            return self._clock.monotonic() + max(0.0, left)
        return None

    def _pause_end_wall(self) -> datetime | None:
        if self._pause_until_wall is not None:
            return self._pause_until_wall
        if self._pause_deadline is not None:
            left = self._pause_deadline - self._clock.boottime()
            return self._clock.now() + timedelta(seconds=left)
        return None
