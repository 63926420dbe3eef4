"""The break loop on a fake clock: every transition, and a simulated day."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

import pytest

from knotbreak.core.breakloop import ActionRefused, BreakLoop, Event, EventKind, State
from knotbreak.core.clock import FakeClock
from knotbreak.core.settings import Settings

MIN = 60.0


class Recorder:
    def __init__(self, loop: BreakLoop) -> None:
        self.events: list[Event] = []
        loop.subscribe(self.events.append)

    def kinds(self) -> list[EventKind]:
        return [e.kind for e in self.events if e.kind is not EventKind.STATE_CHANGED]


def run_until(loop: BreakLoop, clock: FakeClock, seconds: float) -> None:
    """Advance time as the scheduler would: jump to each wake-up, then to the end."""
    end = clock.monotonic() + seconds
    while True:
        wake = loop.next_wakeup()
        if wake is None or wake > end:
            break
        clock.advance(max(0.0, wake - clock.monotonic()))
        loop.advance()
    clock.advance(end - clock.monotonic())
    loop.advance()


@pytest.fixture
def loop(clock: FakeClock) -> BreakLoop:
    return BreakLoop(clock, Settings(work_minutes=50, snooze_minutes=10, max_snoozes=3, notify_before_seconds=60))


def test_break_is_due_after_work_minutes_with_a_notice_first(loop: BreakLoop, clock: FakeClock) -> None:
    events = Recorder(loop)
    run_until(loop, clock, 49 * MIN)
    assert loop.state is State.WORKING and events.kinds() == [EventKind.PRE_BREAK_NOTICE]
    assert loop.status().seconds_to_break == pytest.approx(60)
    run_until(loop, clock, 1 * MIN)
    assert loop.state is State.DUE
    assert events.kinds() == [EventKind.PRE_BREAK_NOTICE, EventKind.BREAK_DUE]
    assert loop.status().sitting_seconds == pytest.approx(50 * MIN)


def test_notice_can_be_turned_off(clock: FakeClock) -> None:
    loop = BreakLoop(clock, Settings(work_minutes=5, notify_before_seconds=0))
    events = Recorder(loop)
    run_until(loop, clock, 5 * MIN)
    assert events.kinds() == [EventKind.BREAK_DUE]


def test_no_notice_when_the_cycle_is_shorter_than_the_warning(clock: FakeClock) -> None:
    loop = BreakLoop(clock, Settings(work_minutes=1, notify_before_seconds=60))
    events = Recorder(loop)
    run_until(loop, clock, 1 * MIN)
    assert events.kinds() == [EventKind.BREAK_DUE]


def test_snooze_postpones_and_counts_until_the_limit(loop: BreakLoop, clock: FakeClock) -> None:
    run_until(loop, clock, 50 * MIN)
    for used in (1, 2, 3):
        loop.snooze()
        assert loop.state is State.SNOOZED
        assert loop.status().seconds_to_break == pytest.approx(10 * MIN)
        assert loop.status().snoozes_used == used
        run_until(loop, clock, 10 * MIN)
        assert loop.state is State.DUE
    assert not loop.status().can_snooze
    with pytest.raises(ActionRefused, match="limit"):
        loop.snooze()
    assert loop.state is State.DUE


def test_snooze_before_the_break_postpones_it_never_brings_it_closer(loop: BreakLoop, clock: FakeClock) -> None:
    run_until(loop, clock, 1 * MIN)
    loop.snooze(10)
    assert loop.state is State.SNOOZED
    assert loop.status().seconds_to_break == pytest.approx(59 * MIN)
    run_until(loop, clock, 57 * MIN)
    loop.snooze(5)  # snoozing a snooze adds to what is left
    assert loop.status().seconds_to_break == pytest.approx(7 * MIN)


def test_skip_needs_a_break_to_skip(loop: BreakLoop) -> None:
    with pytest.raises(ActionRefused, match="no break is due"):
        loop.skip()


def test_no_snooze_while_away(loop: BreakLoop, clock: FakeClock) -> None:
    loop.begin_away(since=clock.monotonic())
    with pytest.raises(ActionRefused, match="away"):
        loop.snooze()


def test_unlimited_snoozes_when_max_is_zero(clock: FakeClock) -> None:
    loop = BreakLoop(clock, Settings(max_snoozes=0))
    for _ in range(25):
        loop.snooze()
    assert loop.status().snoozes_left is None and loop.status().can_snooze


def test_skip_starts_a_new_cycle_but_keeps_sitting_time_and_snoozes(loop: BreakLoop, clock: FakeClock) -> None:
    run_until(loop, clock, 50 * MIN)
    loop.snooze()
    run_until(loop, clock, 10 * MIN)
    loop.skip()
    status = loop.status()
    assert status.state is State.WORKING
    assert status.seconds_to_break == pytest.approx(50 * MIN)
    assert status.sitting_seconds == pytest.approx(60 * MIN)
    assert status.snoozes_used == 1


def test_a_taken_break_resets_sitting_and_snoozes(loop: BreakLoop, clock: FakeClock) -> None:
    events = Recorder(loop)
    run_until(loop, clock, 50 * MIN)
    loop.snooze()
    run_until(loop, clock, 10 * MIN)
    loop.start_break()
    assert loop.state is State.ON_BREAK
    assert loop.status().seconds_to_break is None
    clock.advance(150)
    assert loop.status().sitting_seconds == pytest.approx(60 * MIN), "a break does not count as sitting"
    loop.finish_break(completed=True)
    status = loop.status()
    assert (status.state, status.sitting_seconds, status.snoozes_used) == (State.WORKING, 0, 0)
    assert status.seconds_to_break == pytest.approx(50 * MIN)
    finished = [e for e in events.events if e.kind is EventKind.BREAK_FINISHED][0]
    assert finished.detail == {"completed": True, "seconds": pytest.approx(150), "sat_seconds": pytest.approx(60 * MIN)}


def test_finish_without_a_break_is_refused(loop: BreakLoop) -> None:
    with pytest.raises(ActionRefused):
        loop.finish_break()


def test_pause_for_a_duration_resumes_by_itself_and_keeps_the_remaining_time(loop: BreakLoop, clock: FakeClock) -> None:
    run_until(loop, clock, 20 * MIN)
    loop.pause(seconds=30 * MIN)
    status = loop.status()
    assert status.state is State.PAUSED
    assert status.seconds_to_break is None and status.next_break_at is None
    assert (status.paused_until - clock.now()).total_seconds() == pytest.approx(30 * MIN)
    run_until(loop, clock, 29 * MIN)
    assert loop.state is State.PAUSED
    assert loop.status().sitting_seconds == pytest.approx(20 * MIN), "paused time is not sitting time"
    run_until(loop, clock, 1 * MIN)
    assert loop.state is State.WORKING
    assert loop.status().seconds_to_break == pytest.approx(30 * MIN)


def test_pause_until_resumed_reports_indefinitely(loop: BreakLoop, clock: FakeClock) -> None:
    loop.pause()
    assert loop.status().paused_until == "indefinitely"
    assert loop.next_wakeup() is None
    run_until(loop, clock, 10 * 3600)
    assert loop.state is State.PAUSED
    loop.resume()
    assert loop.state is State.WORKING


def test_pause_until_a_wall_time(loop: BreakLoop, clock: FakeClock) -> None:
    until = clock.now().replace(hour=18, minute=0)
    loop.pause(until=until)
    assert loop.status().paused_until == until
    run_until(loop, clock, 9 * 3600 - 1)
    assert loop.state is State.PAUSED
    run_until(loop, clock, 1)
    assert loop.state is State.WORKING


def test_resume_after_a_due_break_gives_a_minute_of_grace(loop: BreakLoop, clock: FakeClock) -> None:
    run_until(loop, clock, 50 * MIN)
    loop.pause(seconds=MIN)
    run_until(loop, clock, MIN)
    assert loop.state is State.WORKING
    assert loop.status().seconds_to_break == pytest.approx(60)


def test_pausing_during_a_break_ends_it_as_not_completed(loop: BreakLoop) -> None:
    events = Recorder(loop)
    loop.start_break()
    loop.pause()
    finished = [e for e in events.events if e.kind is EventKind.BREAK_FINISHED]
    assert finished and finished[0].detail["completed"] is False
    assert loop.state is State.PAUSED


def test_taking_a_break_ends_a_pause(loop: BreakLoop) -> None:
    loop.pause()
    loop.start_break()
    assert loop.state is State.ON_BREAK
    loop.finish_break()
    assert loop.state is State.WORKING


@pytest.mark.parametrize("action", ["snooze", "skip"])
def test_snooze_and_skip_are_refused_while_paused_or_on_break(loop: BreakLoop, action: str) -> None:
    loop.pause()
    with pytest.raises(ActionRefused):
        getattr(loop, action)()
    loop.start_break()
    with pytest.raises(ActionRefused):
        getattr(loop, action)()


def test_resume_when_not_paused_is_refused(loop: BreakLoop) -> None:
    with pytest.raises(ActionRefused, match="not paused"):
        loop.resume()


def test_changing_work_minutes_moves_the_current_break(loop: BreakLoop, clock: FakeClock) -> None:
    run_until(loop, clock, 10 * MIN)
    loop.apply_settings(Settings(work_minutes=30))
    assert loop.status().seconds_to_break == pytest.approx(20 * MIN)
    loop.apply_settings(Settings(work_minutes=5))
    assert loop.state is State.DUE


def test_status_json_has_every_documented_field(loop: BreakLoop, clock: FakeClock) -> None:
    data = loop.status().to_json()
    assert set(data) >= {"state", "sitting_seconds", "seconds_to_break", "next_break_at", "paused_until", "snoozes_used"}
    assert data["state"] == "working"
    assert datetime.fromisoformat(data["next_break_at"]) > clock.now()


def test_a_simulated_day_in_well_under_a_second(clock: FakeClock) -> None:
    """09:00 to 18:00 with every kind of response, checking each break as it comes."""
    started = time.perf_counter()
    loop = BreakLoop(clock, Settings(work_minutes=50, snooze_minutes=10, max_snoozes=2, notify_before_seconds=60))
    events = Recorder(loop)
    log: list[tuple[str, str]] = []

    def at() -> str:
        return clock.now().strftime("%H:%M")

    def due() -> None:
        run_until(loop, clock, loop.status().seconds_to_break or 0)
        assert loop.state is State.DUE
        log.append((at(), "due"))

    due()  # 09:50
    loop.start_break()
    clock.advance(3 * MIN)
    loop.finish_break()  # back at 09:53
    due()  # 10:43
    loop.snooze()
    due()  # 10:53
    loop.snooze()
    due()  # 11:03
    assert not loop.status().can_snooze
    loop.skip()
    due()  # 11:53
    assert not loop.status().can_snooze, "a skip does not reset the snooze count"
    loop.start_break()
    clock.advance(2 * MIN)
    loop.finish_break()  # 11:55
    loop.pause(seconds=60 * MIN)  # lunch: 11:55-12:55
    run_until(loop, clock, 60 * MIN)
    assert loop.state is State.WORKING
    due()  # 13:45
    loop.snooze(20)
    run_until(loop, clock, 5 * MIN)
    loop.pause()  # a meeting, until resumed
    run_until(loop, clock, 45 * MIN)
    loop.resume()  # 14:35; 15 min of the snooze were left
    due()  # 14:50
    loop.start_break()
    clock.advance(5 * MIN)
    loop.finish_break()  # 14:55
    due()  # 15:45
    loop.pause(until=clock.now().replace(hour=16, minute=30))
    run_until(loop, clock, 45 * MIN)
    assert loop.state is State.WORKING
    due()  # resumed 16:30 with a minute's grace: 16:31
    loop.start_break()
    clock.advance(2 * MIN)
    loop.finish_break()  # 16:33
    due()  # 17:23
    run_until(loop, clock, 37 * MIN)  # ignored until 18:00
    assert loop.state is State.DUE

    assert log == [
        ("09:50", "due"), ("10:43", "due"), ("10:53", "due"), ("11:03", "due"), ("11:53", "due"),
        ("13:45", "due"), ("14:50", "due"), ("15:45", "due"), ("16:31", "due"), ("17:23", "due"),
    ]
    assert events.kinds().count(EventKind.BREAK_DUE) == 10
    assert events.kinds().count(EventKind.BREAK_FINISHED) == 4
    assert events.kinds().count(EventKind.SNOOZED) == 3
    assert events.kinds().count(EventKind.SKIPPED) == 1
    # A notice before each working stretch (09:49, 10:42, 11:52, 13:44, 14:49, 15:44, 17:22), never
    # before a snooze runs out, and none in the minute of grace after the 16:30 resume.
    notices = [e for e in events.events if e.kind is EventKind.PRE_BREAK_NOTICE]
    assert len(notices) == 7
    assert time.perf_counter() - started < 0.5


def test_sitting_stretches_are_reported_when_they_stop(loop: BreakLoop, clock: FakeClock) -> None:
    events = Recorder(loop)
    start = clock.monotonic()
    run_until(loop, clock, 20 * MIN)
    loop.pause()
    run_until(loop, clock, 10 * MIN)
    loop.resume()
    run_until(loop, clock, 5 * MIN)
    loop.flush_sitting()
    run_until(loop, clock, 5 * MIN)
    loop.begin_away(since=clock.monotonic() - 60)
    began = clock.now() - timedelta(seconds=clock.monotonic() - start)
    pieces = [
        ((e.detail["start"] - began).total_seconds(), e.detail["seconds"]) for e in events.events if e.kind is EventKind.SITTING_ENDED
    ]
    assert pieces == [(0, 20 * MIN), (30 * MIN, 5 * MIN), (35 * MIN, 4 * MIN)]
    natural = [e for e in events.events if e.kind is EventKind.NATURAL_BREAK][0]
    assert natural.detail["sitting_seconds"] == pytest.approx(29 * MIN) and natural.detail["cause"] == "idle"


def test_a_sitting_stretch_keeps_its_wall_time_across_a_suspend(loop: BreakLoop, clock: FakeClock) -> None:
    events = Recorder(loop)
    began = clock.now()
    run_until(loop, clock, 60 * MIN)
    clock.suspend(14 * 3600)  # the lid closed for the night
    loop.begin_away(since=clock.monotonic(), cause="suspend")
    [piece] = [e.detail for e in events.events if e.kind is EventKind.SITTING_ENDED]
    assert piece["start"] == began and piece["seconds"] == pytest.approx(60 * MIN)


def test_a_timed_pause_counts_time_asleep(loop: BreakLoop, clock: FakeClock) -> None:
    loop.pause(seconds=30 * MIN)
    clock.suspend(2 * 3600)
    loop.advance()
    assert loop.state is State.WORKING


# --- one transition, then the news ----------------------------------------------


def test_a_listener_hears_the_finished_state_not_a_half_made_one(loop: BreakLoop, clock: FakeClock) -> None:
    """SITTING_ENDED used to go out before the sitting clock stopped: a reader saw the stretch twice."""
    seen: list[tuple[EventKind, float, State]] = []
    loop.subscribe(lambda event: seen.append((event.kind, loop.sitting_seconds(), loop.state)))
    clock.advance(10 * MIN)
    loop.start_break()
    ended = [(sitting, state) for kind, sitting, state in seen if kind is EventKind.SITTING_ENDED]
    assert ended == [(10 * MIN, State.ON_BREAK)]


def test_a_listener_that_raises_neither_undoes_the_change_nor_silences_the_others(
    loop: BreakLoop, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(event: Event) -> None:
        raise RuntimeError("a broken listener")

    loop.subscribe(broken)
    after = Recorder(loop)
    run_until(loop, clock, 50 * MIN)
    assert loop.state is State.DUE
    loop.skip()
    assert loop.state is State.WORKING and loop.seconds_to_break() == 50 * MIN
    assert EventKind.SKIPPED in after.kinds() and EventKind.BREAK_DUE in after.kinds()
    assert "a listener failed on skipped" in caplog.text


def test_events_of_nested_calls_go_out_after_the_outer_one(loop: BreakLoop, clock: FakeClock) -> None:
    """pause() during a break finishes the break first; nobody hears of it before the pause is in place."""
    states: list[State] = []
    loop.subscribe(lambda event: states.append(loop.state))
    loop.start_break()
    states.clear()
    loop.pause()
    assert states and set(states) == {State.PAUSED}


@pytest.mark.parametrize("state", ["paused", "snoozed"])
def test_a_new_work_length_moves_the_coming_break_while_paused_or_snoozed(loop: BreakLoop, clock: FakeClock, state: str) -> None:
    run_until(loop, clock, 20 * MIN)
    if state == "paused":
        loop.pause()
        before = 30 * MIN
    else:
        loop.snooze(10)
        before = 40 * MIN
    loop.apply_settings(Settings(work_minutes=60))
    if state == "paused":
        loop.resume()
    assert loop.seconds_to_break() == pytest.approx(before + 10 * MIN)
    loop.apply_settings(Settings(work_minutes=1))
    assert loop.state is State.DUE, "a stretch shorter than the time already sat: the break is due now"
