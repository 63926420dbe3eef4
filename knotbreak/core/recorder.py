"""Writes what happens in a session to the history, as it happens.

The recorder listens to the break loop for the things the loop decides
(snoozes, skips, natural breaks, pauses, sitting stretches) and is told by
the app about the things only the app sees (a prompt shown, a routine's
outcome, tension answers, screen locks).

Every call returns at once: the history's writer thread commits the events in
order. A tension answer is attached to its break through the break's ticket,
so it needs no id from the disk.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from knotbreak.core.breakloop import Event, EventKind, State
from knotbreak.core.exercises import Routine
from knotbreak.core.history import EventKind as Kind
from knotbreak.core.history import EventTicket, History
from knotbreak.core.routine_runner import Outcome
from knotbreak.core.session import Session


class Recorder:
    def __init__(self, history: History, session: Session) -> None:
        self.history = history
        self._session = session
        self._clock = session.clock
        self._last_state = session.loop.state
        self._pending_before: int | None = None
        self.last_break: EventTicket | None = None
        session.subscribe(self._on_event)  # after each transition is complete

    # -- from the loop ---------------------------------------------------

    def _on_event(self, event: Event) -> None:
        detail = event.detail
        if event.kind is EventKind.SITTING_ENDED:
            if detail["seconds"] > 0:
                start = detail["start"]
                self.history.record_sitting(start, start + timedelta(seconds=detail["seconds"]))
        elif event.kind is EventKind.SNOOZED:
            self.history.record(Kind.SNOOZED, minutes=detail["seconds"] / 60, snoozes_used=detail["snoozes_used"])
        elif event.kind is EventKind.SKIPPED:
            self.history.record(Kind.SKIPPED, sitting_seconds=detail["sitting_seconds"])
        elif event.kind is EventKind.NATURAL_BREAK:
            cause = detail["cause"]
            if cause == "suspend":
                self.history.record(Kind.SUSPEND, seconds=self._session.activity.last_suspend_seconds)
            self.history.record(Kind.NATURAL_BREAK, sat_seconds=detail["sitting_seconds"], cause=cause)
        elif event.kind is EventKind.STATE_CHANGED:
            self._on_state(event.state)

    def _on_state(self, state: State) -> None:
        previous, self._last_state = self._last_state, state
        if state is State.PAUSED and previous is not State.PAUSED:
            status = self._session.loop.status()
            until = status.paused_until
            self.history.record(
                Kind.PAUSE,
                until=until if isinstance(until, str) else until.isoformat(timespec="seconds") if until else None,
                reason=status.pause_reason,
            )
        elif previous is State.PAUSED and state is not State.PAUSED:
            self.history.record(Kind.RESUME)

    # -- from the app ----------------------------------------------------

    def app_started(self, version: str) -> None:
        self.history.record(Kind.APP_START, version=version)

    def app_stopping(self) -> None:
        self._session.flush_sitting()
        self.history.record(Kind.APP_STOP)

    def prompt_shown(self) -> None:
        self.history.record(Kind.PROMPT_SHOWN, sitting_seconds=self._session.loop.sitting_seconds())

    def lock_changed(self, locked: bool) -> None:
        self.history.record(Kind.LOCK if locked else Kind.UNLOCK)

    def tension_before(self, value: int) -> None:
        """Answered before the routine ends; stored with the break once it is recorded."""
        self._pending_before = value

    def break_taken(self, routine: Routine, outcome: Outcome, sat_seconds: float) -> EventTicket:
        """Queue the routine's outcome (and the answer given before it); the ticket gives its id once committed."""
        done = set(outcome.exercises_done)
        targets = sorted({t for item in routine.items if item.exercise.id in done for t in item.exercise.targets})
        data: dict[str, Any] = {
            "routine_id": routine.id,
            "routine_name": routine.name,
            "completed": outcome.completed,
            "exercises_done": list(outcome.exercises_done),
            "exercises_skipped": list(outcome.exercises_skipped),
            "seconds": outcome.seconds,
            "sat_seconds": sat_seconds,
            "targets": targets,
        }
        self.last_break = self.history.record(Kind.BREAK_TAKEN, **data)
        if self._pending_before is not None:
            self.history.record_tension(self.last_break, "before", self._pending_before)
        self._pending_before = None
        return self.last_break

    def tension_after(self, value: int) -> None:
        if self.last_break is not None:
            self.history.record_tension(self.last_break, "after", value)
