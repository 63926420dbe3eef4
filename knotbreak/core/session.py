"""Everything that decides when to remind, behind one tick(), one next_wakeup() and one set of commands.

The Session owns the break loop and feeds it what it needs: idle readings and
suspends (ActivityMonitor), working hours, and whether a due prompt should
wait (Deferral). The Qt layer calls tick() at next_wakeup() and renders.

It is also the one command layer: the tray, the windows and the control
socket all snooze, skip, pause... through it. Each tick or command is one
transition: the loop's events are collected while it runs, whether a due
prompt is held is decided, and only then do subscribers hear the events,
followed by one call of each settled-listener (the UI's cue to redraw once).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from knotbreak.core.activity import ActivityMonitor, FunctionIdle, IdleReading
from knotbreak.core.breakloop import OUTSIDE_WORKING_HOURS, BreakLoop, Event, EventKind, Listener, State, deliver, transition
from knotbreak.core.clock import Clock
from knotbreak.core.deferral import Deferral
from knotbreak.core.durations import tomorrow_morning
from knotbreak.core.settings import Settings
from knotbreak.core.working_hours import WorkingHours

log = logging.getLogger(__name__)

RECHECK_HELD_SECONDS = 30.0
"""While a prompt is held back, look again this often."""


class Session:
    def __init__(
        self,
        clock: Clock,
        settings: Settings,
        *,
        idle: IdleReading | None = None,
        fullscreen: Callable[[], bool | None] = lambda: None,
        camera: Callable[[], bool] = lambda: False,
        inhibited: Callable[[], bool | None] = lambda: None,
    ) -> None:
        self.clock = clock
        self.loop = BreakLoop(clock, settings)
        if idle is None:
            idle = FunctionIdle(lambda: None, "none")  # no source: wall-clock time
        self.activity = ActivityMonitor(clock, self.loop, idle)
        self.deferral = Deferral(clock, settings, fullscreen, camera, inhibited)
        self._hours = WorkingHours.from_settings(settings)
        self._was_working_time: bool | None = None
        self._resumed_off_hours = False
        self._due_since: float | None = None
        self._held_reason: str | None = None
        self._prompt_back_at: float | None = None
        self._listeners: list[Listener] = []
        self._settled_listeners: list[Callable[[], None]] = []
        self._pending: list[Event] = []
        self._depth = 0
        self._delivering = False
        self.loop.subscribe(self._on_loop_event)

    def subscribe(self, listener: Listener) -> None:
        """Hear the loop's events, each after the transition that raised it is complete."""
        self._listeners.append(listener)

    def on_settled(self, listener: Callable[[], None]) -> None:
        """Called once after each transition that raised events."""
        self._settled_listeners.append(listener)

    def _transition_done(self) -> None:
        self._settle()

    def _settle(self) -> None:
        if self._delivering:
            return  # a subscriber acted on the news: its events go out after the current ones, in order
        self._delivering = True
        try:
            self._update_hold()  # before anyone hears: a held prompt is never shown, not even for a moment
            while self._pending:
                events, self._pending = self._pending, []
                deliver(events, self._listeners)
                for listener in list(self._settled_listeners):
                    try:
                        listener()
                    except Exception:  # noqa: BLE001 - as in deliver(): the change stands, the others still hear
                        log.exception("a settled-listener failed")
                if self._pending:
                    self._update_hold()  # a listener acted: decide again for its news
        finally:
            self._delivering = False

    # -- reading ---------------------------------------------------------

    @property
    def settings(self) -> Settings:
        return self.loop.settings

    @property
    def deferred_reason(self) -> str | None:
        """Why a due prompt is being held, or why nothing is counted right now."""
        if self.loop.status().pause_reason == OUTSIDE_WORKING_HOURS:
            return OUTSIDE_WORKING_HOURS
        return self._held_reason

    def prompt_wanted(self) -> bool:
        if self.loop.state is not State.DUE or self._held_reason is not None:
            return False
        return self._prompt_back_at is None or self.clock.monotonic() >= self._prompt_back_at

    @transition
    def dismiss_prompt(self) -> None:
        """The person closed the prompt without answering: the break stays due, and the prompt returns after snooze_minutes.

        Unlike a snooze it uses up nothing and moves nothing: the tray still says a break is due.
        """
        if self.loop.state is State.DUE:
            self._prompt_back_at = self.clock.monotonic() + self.settings.snooze_minutes * 60

    def quiet(self) -> bool:
        """True while anything would make a notification intrusive (a meeting, a call, a fullscreen film)."""
        return self.deferral.reason() is not None

    def status_json(self, *, live: bool = False) -> dict[str, Any]:
        """The state as the control socket reports it; live: read the idle time afresh (else the last poll's)."""
        data = self.loop.status().to_json()
        idle = self.activity.live_idle_seconds() if live else self.activity.idle_seconds
        data["idle_seconds"] = None if idle is None else round(idle)
        data["idle_source"] = self.activity.idle.name
        rejected = getattr(self.activity.idle, "rejected", {})
        data["idle_sources_rejected"] = {name: getattr(r, "reason", str(r)) for name, r in rejected.items()}
        data["deferred_reason"] = self.deferred_reason
        data["meeting_mode"] = self.deferral.meeting_active()
        return data

    # -- time passing ----------------------------------------------------

    @transition
    def tick(self) -> None:
        self._apply_working_hours()
        self.activity.poll()
        self.loop.advance()
        self._apply_working_hours()  # a pause that just ran out after hours goes back to the off-hours pause

    def next_wakeup(self) -> float:
        candidates = [self.activity.next_poll()]
        loop_wakeup = self.loop.next_wakeup()
        if loop_wakeup is not None:
            candidates.append(loop_wakeup)
        if self._held_reason is not None:
            candidates.append(self.clock.monotonic() + RECHECK_HELD_SECONDS)
        if self._prompt_back_at is not None and self._prompt_back_at > self.clock.monotonic():
            candidates.append(self._prompt_back_at)
        meeting_end = self.deferral.meeting_ends_at()
        if meeting_end is not None:
            candidates.append(meeting_end)
        change = self._hours.next_change(self.clock.now())
        if change is not None:
            candidates.append(self.clock.monotonic() + max(0.0, (change - self.clock.now()).total_seconds()))
        return min(candidates)

    @transition
    def apply_settings(self, settings: Settings) -> None:
        self.deferral.settings = settings
        self._hours = WorkingHours.from_settings(settings)
        self._was_working_time = None  # judge the new hours afresh
        self.loop.apply_settings(settings)
        self.tick()

    # -- meeting mode ----------------------------------------------------

    @transition
    def start_meeting(self, seconds: float | None = None) -> None:
        self.deferral.start_meeting(seconds)

    @transition
    def end_meeting(self) -> None:
        self.deferral.end_meeting()

    # -- internals -------------------------------------------------------

    def _on_loop_event(self, event: Event) -> None:
        """Bookkeeping only; subscribers hear the event once the transition has settled."""
        self._pending.append(event)
        if event.kind is EventKind.BREAK_DUE:
            self._due_since = self.clock.monotonic()
        elif event.kind is EventKind.STATE_CHANGED and event.state is not State.DUE:
            self._due_since = None
            self._held_reason = None
            self._prompt_back_at = None
        if self._depth == 0:
            # The loop was driven directly, not through a Session command: its change is complete, so settle now.
            self._settle()

    def _update_hold(self) -> None:
        if self.loop.state is State.DUE and self._due_since is not None:
            self._held_reason = self.deferral.reason(self._due_since)
        else:
            self._held_reason = None

    def _apply_working_hours(self) -> None:
        """Outside working hours nothing counts: keep the loop in the off-hours pause.

        Checked on every tick, not only at the boundaries, so a timed pause or
        a break that ends in the evening goes back to the off-hours pause. A
        resume by hand outside the hours is honoured until the next boundary.
        """
        now = self.clock.now()
        working = self._hours.is_on(now)
        if working != self._was_working_time:
            self._was_working_time = working
            self._resumed_off_hours = False
        status = self.loop.status()
        off_hours_pause = status.state is State.PAUSED and status.pause_reason == OUTSIDE_WORKING_HOURS
        if working:
            if off_hours_pause:
                self.loop.resume()
            return
        if self._resumed_off_hours or status.state in (State.PAUSED, State.ON_BREAK):
            return  # the user's own pause stands; a break in progress finishes first
        self.loop.pause(until=self._hours.next_change(now), reason=OUTSIDE_WORKING_HOURS)

    @transition
    def resume(self) -> None:
        """A resume by the user: outside working hours it holds until the hours next begin or end."""
        status = self.loop.status()
        if status.pause_reason == OUTSIDE_WORKING_HOURS:
            self._resumed_off_hours = True
        self.loop.resume()

    # -- commands (the tray, the windows and the control socket) ---------

    @transition
    def snooze(self, minutes: float | None = None) -> None:
        self.loop.snooze(minutes)

    @transition
    def skip(self) -> None:
        self.loop.skip()

    @transition
    def pause(self, *, seconds: float | None = None, until: datetime | None = None) -> None:
        """A pause by the user: for `seconds`, until a wall time, or (neither) until resumed."""
        self.loop.pause(seconds=seconds, until=until)

    @transition
    def pause_until_tomorrow(self) -> None:
        self.loop.pause(until=tomorrow_morning(self.clock.now()))

    @transition
    def start_break(self) -> None:
        self.loop.start_break()

    @transition
    def finish_break(self, *, completed: bool = True) -> None:
        self.loop.finish_break(completed=completed)

    @transition
    def set_locked(self, locked: bool) -> None:
        self.activity.set_locked(locked)

    @transition
    def flush_sitting(self) -> None:
        self.loop.flush_sitting()
