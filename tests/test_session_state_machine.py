"""The Session under random days: activity, idling, locks, suspends, clock jumps, meetings, pauses,
snoozes, skips, routines, settings changes and failed idle reads, in any order.

After every step: the prompt is never wanted while held, a due break is never
announced twice without a hold or a dismissal in between, sitting time is
never negative nor longer than the time since the last reset, every due break
ends exactly once, and the events tell the same story as the commands.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from knotbreak.core.activity import FunctionIdle
from knotbreak.core.breakloop import ActionRefused, Event, EventKind, State
from knotbreak.core.clock import FakeClock
from knotbreak.core.history import History
from knotbreak.core.recorder import Recorder
from knotbreak.core.session import Session
from knotbreak.core.settings import Settings

BERLIN = ZoneInfo("Europe/Berlin")
EPSILON = 1e-6
ENDS_OF_A_DUE_BREAK = (State.WORKING, State.ON_BREAK, State.PAUSED)


class SessionDay(RuleBasedStateMachine):
    @initialize(start_hour=st.integers(0, 23), work=st.sampled_from([1, 5, 50]), natural=st.sampled_from([1, 5]))
    def start(self, start_hour: int, work: int, natural: int) -> None:
        self.clock = FakeClock(start=datetime(2026, 3, 27, start_hour, 0, tzinfo=BERLIN))
        self.last_input = self.clock.monotonic()
        self.reads_fail = False
        self.session = Session(
            self.clock,
            Settings(work_minutes=work, natural_break_minutes=natural, snooze_minutes=5, max_snoozes=2),
            idle=FunctionIdle(self._read_idle, "fake"),
            camera=lambda: False,
        )
        self.events: list[Event] = []
        self.session.subscribe(self.events.append)
        self.folder = Path(tempfile.mkdtemp(prefix="knotbreak-machine-"))
        self.history = History(self.folder / "history.sqlite3", self.clock)
        self.recorder = Recorder(self.history, self.session)
        self.session.subscribe(self._follow)
        self.reset_at = self.clock.monotonic()
        self.due_open = False
        self.due_ends = 0
        self.due_count = 0
        self.shown_in_this_due = 0
        self.may_show_again = True
        self.prompt_was_wanted = False
        self.commands = {"snooze": 0, "skip": 0}
        self.session.tick()

    def _read_idle(self) -> float | None:
        if self.reads_fail:
            return None
        return self.clock.monotonic() - self.last_input

    def _follow(self, event: Event) -> None:
        # What a listener sees is the finished transition: the hold is already decided.
        if self.session.prompt_wanted():
            assert not self.session.deferral.meeting_active(), f"prompt wanted during a meeting, at {event.kind}"
        if event.kind is EventKind.BREAK_DUE and not self.due_open:
            self.due_open = True
            self.due_count += 1
            self.shown_in_this_due = 0
            self.may_show_again = True
        if event.kind is EventKind.STATE_CHANGED and self.due_open and event.state in ENDS_OF_A_DUE_BREAK:
            self.due_open = False
            self.due_ends += 1
        if event.kind in (EventKind.BREAK_FINISHED, EventKind.NATURAL_BREAK):
            self.reset_at = self.clock.monotonic()
        if event.kind is EventKind.NATURAL_BREAK:
            self.reset_at = min(self.reset_at, event.detail["away_since"])

    def _run(self, seconds: float, typing: bool) -> None:
        end = self.clock.monotonic() + seconds
        while self.clock.monotonic() < end - EPSILON:
            target = min(self.session.next_wakeup(), end)
            if typing:
                target = min(target, self.clock.monotonic() + 20)
            self.clock.advance(max(0.0, target - self.clock.monotonic()))
            if typing:
                self.last_input = self.clock.monotonic()
            self.session.tick()
            self._observe_prompt()

    def _observe_prompt(self) -> None:
        wanted = self.session.prompt_wanted()
        if wanted and not self.prompt_was_wanted:
            assert self.may_show_again, "a due break announced twice with no hold, dismissal or snooze between"
            self.shown_in_this_due += 1
            self.may_show_again = False
        if not wanted and self.session.loop.state in (State.DUE, State.SNOOZED):
            self.may_show_again = True  # held, dismissed or snoozed: it may come back
        self.prompt_was_wanted = wanted

    def _command(self, name: str, action, *args) -> None:  # type: ignore[no-untyped-def]
        try:
            action(*args)
        except ActionRefused:
            return
        if name in self.commands:
            self.commands[name] += 1
        self._observe_prompt()

    # -- time and the person ----------------------------------------------

    @rule(minutes=st.floats(0.05, 90))
    def work(self, minutes: float) -> None:
        self._run(minutes * 60, typing=True)

    @rule(minutes=st.floats(0.05, 90))
    def idle(self, minutes: float) -> None:
        self._run(minutes * 60, typing=False)

    @rule()
    def come_back(self) -> None:
        self.last_input = self.clock.monotonic()
        self.session.tick()
        self._observe_prompt()

    @rule(minutes=st.floats(0.1, 600))
    def suspend(self, minutes: float) -> None:
        self.clock.suspend(minutes * 60)
        self.session.tick()
        self._observe_prompt()

    @rule(hours=st.floats(-12, 12))
    def clock_jump(self, hours: float) -> None:
        self.clock.set_wall(self.clock.now() + timedelta(hours=hours))
        self.session.tick()
        self._observe_prompt()

    @rule(locked=st.booleans())
    def lock(self, locked: bool) -> None:
        self.session.set_locked(locked)
        self._observe_prompt()

    @rule(fail=st.booleans())
    def idle_reads_fail(self, fail: bool) -> None:
        self.reads_fail = fail

    # -- the person's choices ---------------------------------------------

    @rule(minutes=st.one_of(st.none(), st.floats(1, 120)))
    def meeting(self, minutes: float | None) -> None:
        self.session.start_meeting(None if minutes is None else minutes * 60)
        self._observe_prompt()

    @rule()
    def end_meeting(self) -> None:
        self.session.end_meeting()
        self._observe_prompt()

    @rule(minutes=st.one_of(st.none(), st.floats(1, 240)))
    def pause(self, minutes: float | None) -> None:
        self._command("pause", lambda: self.session.pause(seconds=None if minutes is None else minutes * 60))

    @rule()
    def pause_until_tomorrow(self) -> None:
        self._command("pause", self.session.pause_until_tomorrow)

    @rule()
    def resume(self) -> None:
        self._command("resume", self.session.resume)

    @rule(minutes=st.one_of(st.none(), st.floats(1, 30)))
    def snooze(self, minutes: float | None) -> None:
        self._command("snooze", self.session.snooze, minutes)

    @rule()
    def skip(self) -> None:
        self._command("skip", self.session.skip)

    @rule()
    def dismiss(self) -> None:
        self.session.dismiss_prompt()
        self._observe_prompt()

    @rule()
    def start_break(self) -> None:
        self._command("start_break", self.session.start_break)

    @precondition(lambda self: self.session.loop.state is State.ON_BREAK)
    @rule(minutes=st.floats(0.5, 10), completed=st.booleans())
    def finish_break(self, minutes: float, completed: bool) -> None:
        self.clock.advance(minutes * 60)
        self._command("finish_break", lambda: self.session.finish_break(completed=completed))

    @rule(work=st.integers(1, 120), natural=st.integers(1, 20))
    def change_settings(self, work: int, natural: int) -> None:
        settings = Settings(work_minutes=work, natural_break_minutes=natural, snooze_minutes=5, max_snoozes=2)
        self.session.apply_settings(settings)
        self._observe_prompt()

    # -- what must always hold ----------------------------------------------

    @invariant()
    def the_prompt_is_never_wanted_while_held(self) -> None:
        if self.session.deferral.meeting_active():
            assert not self.session.prompt_wanted()
        if self.session.prompt_wanted():
            assert self.session.deferred_reason is None
            assert self.session.loop.state is State.DUE

    @invariant()
    def sitting_is_never_negative_nor_longer_than_since_the_last_reset(self) -> None:
        sitting = self.session.loop.sitting_seconds()
        assert sitting >= -EPSILON
        assert sitting <= self.clock.monotonic() - self.reset_at + EPSILON

    @invariant()
    def every_due_break_ends_exactly_once(self) -> None:
        state = self.session.loop.state
        assert self.due_ends == self.due_count - (1 if self.due_open else 0)
        if state is State.DUE:
            assert self.due_open, "due without a BREAK_DUE"
        if self.due_open:
            assert state in (State.DUE, State.SNOOZED)

    def teardown(self) -> None:
        """The history tells the same story: what the loop did, each once, once the writer has caught up."""
        if not hasattr(self, "history"):
            return
        try:
            assert self.history.flush(), "the history's writer is stuck"
            with closing(sqlite3.connect(self.folder / "history.sqlite3")) as db:
                stored = [row[0] for row in db.execute("SELECT kind FROM events ORDER BY id")]
            kinds = [event.kind for event in self.events]
            assert stored.count("snoozed") == self.commands["snooze"] == kinds.count(EventKind.SNOOZED)
            assert stored.count("skipped") == self.commands["skip"] == kinds.count(EventKind.SKIPPED)
            assert stored.count("natural_break") == kinds.count(EventKind.NATURAL_BREAK)
        finally:
            self.history.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    @invariant()
    def the_events_match_the_commands(self) -> None:
        kinds = [event.kind for event in self.events]
        assert kinds.count(EventKind.SNOOZED) == self.commands["snooze"]
        assert kinds.count(EventKind.SKIPPED) == self.commands["skip"]


SessionDay.TestCase.settings = hypothesis_settings(max_examples=60, stateful_step_count=30, deadline=None)
TestSessionDay = SessionDay.TestCase
