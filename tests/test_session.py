"""The whole sitting model on a fake clock and a fake idle source."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

import pytest
from simulation import BERLIN, Day

from knotbreak.core.activity import FunctionIdle
from knotbreak.core.breakloop import Event, EventKind, State
from knotbreak.core.settings import Settings

SETTINGS = Settings(work_minutes=50, snooze_minutes=10, max_snoozes=3, notify_before_seconds=60, natural_break_minutes=5)


def test_a_simulated_workday_gives_exactly_the_expected_breaks() -> None:
    started = time.perf_counter()
    day = Day(SETTINGS, datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN))  # a Monday

    assert day.work_until_prompt() == "09:50"
    day.take_break(3)  # back at 09:53

    day.work(17)
    day.away(3)  # 10:10-10:13: a short pause is still sitting
    assert day.loop.status().sitting_seconds == pytest.approx(20 * 60, abs=1)
    assert day.work_until_prompt() == "10:43"
    day.loop.snooze()
    assert day.work_until_prompt() == "10:53"
    day.loop.skip()

    day.work(27)  # until 11:20
    day.away(60)  # lunch: a natural break, seen at 11:25, counted from 11:20
    assert day.natural_breaks == ["11:25"]
    assert day.loop.status().sitting_seconds == 0 and day.loop.away
    day.come_back()  # 12:20
    assert day.work_until_prompt() == "13:10"
    day.take_break(2)  # 13:12

    day.work(28)  # 13:40
    day.session.activity.set_locked(True)  # the screen is locked for two minutes
    day.away(2)
    day.session.activity.set_locked(False)
    day.come_back()  # 13:42: too short for a natural break
    assert day.natural_breaks == ["11:25"]
    assert day.loop.status().sitting_seconds == pytest.approx(30 * 60, abs=1)

    day.work(8)  # 13:50
    day.suspend(20)  # lid closed until 14:10: a natural break
    assert day.natural_breaks == ["11:25", "14:10"]
    assert day.work_until_prompt() == "15:00"
    day.take_break(3)  # 15:03

    day.work(27)  # 15:30
    day.clock.set_wall(day.clock.now() - timedelta(hours=1))  # someone sets the clock back an hour
    assert day.work_until_prompt() == "14:53", "the break keeps its place in real time"
    day.take_break(2)  # 14:55 on the new clock

    day.work(5)  # 15:00
    day.clock.set_wall(day.clock.now() + timedelta(hours=2))  # and forward two hours: no burst of breaks
    day.work(1)
    assert day.loop.state is State.WORKING
    assert day.work_until_prompt() == "17:45"
    day.take_break(2)

    day.work(13)  # 18:00
    day.away(8 * 60)  # home time
    assert day.natural_breaks == ["11:25", "14:10", "18:05"]

    assert day.prompts == ["09:50", "10:43", "10:53", "13:10", "15:00", "14:53", "17:45"]
    assert day.count(EventKind.BREAK_DUE) == 7
    assert day.count(EventKind.BREAK_FINISHED) == 5
    assert day.count(EventKind.NATURAL_BREAK) == 3
    assert time.perf_counter() - started < 1.0


def test_daylight_saving_night_keeps_real_intervals() -> None:
    # Clocks go forward at 02:00 CET on 29 March 2026; a night owl works through it.
    day = Day(SETTINGS, datetime(2026, 3, 29, 0, 30, tzinfo=BERLIN))
    assert day.work_until_prompt() == "01:20"
    day.take_break(2)
    assert day.work_until_prompt() == "03:12", "02:12 CET does not exist; it is 03:12 CEST"
    day.take_break(2)
    assert day.work_until_prompt() == "04:04"
    assert day.prompts == ["01:20", "03:12", "04:04"]


def test_an_idle_source_that_knows_nothing_counts_wall_time() -> None:
    day = Day(SETTINGS, datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN))
    day.session.activity.idle = FunctionIdle(lambda: None, "none")  # no idle source at all
    day.away(30)  # unseen: still counted as sitting
    assert day.work_until_prompt() == "09:50"
    assert day.natural_breaks == []
    status = day.session.status_json()
    assert status["idle_seconds"] is None


def test_failed_idle_reads_are_unknown_not_a_return() -> None:
    """A D-Bus timeout says nothing about the user: an away spell goes on through failed reads."""
    day = Day(SETTINGS, datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN))
    day.work(30)
    day.away(6)
    assert day.loop.away and day.natural_breaks == ["09:35"]
    working = day.session.activity.idle
    day.session.activity.idle = FunctionIdle(lambda: None, "fake")  # every read fails from now on
    day.away(20)
    assert day.loop.away, "a failed read is not the user coming back"
    assert day.loop.status().sitting_seconds == 0
    assert day.natural_breaks == ["09:35"], "no second natural break out of a failed read"
    day.session.activity.idle = working
    day.come_back()  # 09:56
    assert not day.loop.away
    assert day.work_until_prompt() == "10:46"


def test_status_reports_live_idle_time() -> None:
    day = Day(SETTINGS, datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN))
    day.work(10)
    day.clock.advance(33)
    day.session.tick()
    assert day.session.status_json()["idle_seconds"] == 33
    day.clock.advance(27)  # no poll in between
    assert day.session.status_json(live=True)["idle_seconds"] == 60
    day.session.activity.idle = FunctionIdle(lambda: None, "fake")
    day.clock.advance(10)
    assert day.session.status_json(live=True)["idle_seconds"] == 70, "a failed read: the last reading plus the time since"


def test_natural_break_while_due_clears_the_prompt_and_the_snoozes() -> None:
    day = Day(SETTINGS, datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN))
    assert day.work_until_prompt() == "09:50"
    day.loop.snooze()
    assert day.work_until_prompt() == "10:00"
    day.away(6)  # the person walked off instead of clicking
    assert day.loop.state is State.WORKING and not day.session.prompt_wanted()
    assert day.loop.status().snoozes_used == 0
    day.come_back()  # 10:06
    assert day.work_until_prompt() == "10:56"


def test_idle_while_stretching_is_not_a_natural_break() -> None:
    day = Day(SETTINGS, datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN))
    day.work_until_prompt()
    day.take_break(9)  # a long floor routine, no input
    assert day.natural_breaks == []
    assert day.count(EventKind.BREAK_FINISHED) == 1


def test_natural_break_during_a_pause_resets_sitting_for_after() -> None:
    day = Day(SETTINGS, datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN))
    day.work(40)
    day.loop.pause()
    day.away(20)
    day.come_back()
    day.loop.resume()  # 09:60 = 10:00
    assert day.loop.status().sitting_seconds == 0
    assert day.work_until_prompt() == "10:50"


def test_polling_is_sparse_while_typing() -> None:
    """Checks come no more often than every few seconds while active."""
    day = Day(SETTINGS, datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN))
    polls: list[float] = []
    original = day.session.activity.idle.idle_seconds

    def counting() -> float | None:
        polls.append(day.clock.monotonic())
        return original()

    day.session.activity.idle = FunctionIdle(counting, "fake")
    day.work(40)
    gaps = [b - a for a, b in zip(polls, polls[1:]) if b > a]
    assert min(gaps) >= 2.0 - 1e-9
    assert len(polls) < 40 * 60 / 2


def test_working_hours_count_and_remind_only_inside() -> None:
    settings = Settings(work_minutes=50, natural_break_minutes=5, working_hours="09:00-17:00",
                        working_days=("mon", "tue", "wed", "thu", "fri"))
    day = Day(settings, datetime(2026, 3, 6, 8, 30, tzinfo=BERLIN))  # a Friday
    status = day.session.status_json()
    assert status["state"] == "paused" and status["deferred_reason"] == "outside_working_hours"
    assert status["paused_until"].startswith("2026-03-06T09:00:00")
    day.work(30)  # 09:00: the day starts from zero
    assert day.session.status_json()["deferred_reason"] is None
    assert day.loop.status().sitting_seconds == 0
    assert day.work_until_prompt() == "09:50"
    day.take_break(2)
    day.work(7 * 60 + 8)  # to 17:00 with prompts along the way
    status = day.session.status_json()
    assert status["state"] == "paused" and status["deferred_reason"] == "outside_working_hours"
    assert status["paused_until"].startswith("2026-03-09T09:00:00"), "the weekend is skipped"
    before = len(day.prompts)
    day.work(48 * 60)  # working through the weekend: no reminders
    assert len(day.prompts) == before
    assert day.clock.now().strftime("%a %H:%M") == "Sun 17:00"


def test_a_users_pause_is_not_undone_by_working_hours() -> None:
    settings = Settings(working_hours="09:00-17:00")
    day = Day(settings, datetime(2026, 3, 2, 16, 0, tzinfo=BERLIN))
    day.loop.pause()
    day.work(16 * 60)  # past 17:00 and 09:00 next day
    status = day.loop.status()
    assert status.state is State.PAUSED and status.pause_reason == "user"


def test_camera_in_use_holds_the_prompt_up_to_the_cap() -> None:
    camera = {"on": True}
    day = Day(SETTINGS, datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN), camera=lambda: camera["on"])
    day.work(50)
    assert day.loop.state is State.DUE and not day.session.prompt_wanted()
    assert day.session.status_json()["deferred_reason"] == "camera"
    assert day.work_until_prompt() == "10:20", "after max_defer_minutes it appears anyway"


def test_the_prompt_appears_when_the_call_ends() -> None:
    camera = {"on": True}
    day = Day(SETTINGS, datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN), camera=lambda: camera["on"])
    day.work(62)
    camera["on"] = False
    assert day.work_until_prompt() == "10:02", "held prompts are looked at again every 30 s"


def test_fullscreen_holds_only_when_the_setting_is_on() -> None:
    day = Day(SETTINGS, datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN), fullscreen=lambda: True)
    day.work(50)
    assert day.session.deferred_reason == "fullscreen"
    day.session.apply_settings(Settings(defer_when_fullscreen=False))
    assert day.session.prompt_wanted()


def test_meeting_mode_holds_until_turned_off_and_silences_notices() -> None:
    day = Day(SETTINGS, datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN))
    day.session.start_meeting()
    assert day.session.quiet()
    day.work(120)
    assert day.prompts == [] and day.session.deferred_reason == "meeting"
    day.session.end_meeting()
    day.work(0.1)
    assert day.prompts == ["11:00"]


def test_timed_meeting_mode_ends_by_itself() -> None:
    day = Day(SETTINGS, datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN))
    day.session.start_meeting(60 * 60)
    assert day.work_until_prompt() == "10:00"
    assert day.session.status_json()["meeting_mode"] is False


def test_status_reports_idle_and_source() -> None:
    day = Day(SETTINGS, datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN))
    day.work(10)
    day.away(2)
    status = day.session.status_json()
    assert status["idle_source"] == "fake"
    assert 100 <= status["idle_seconds"] <= 120
    assert status["deferred_reason"] is None and status["away"] is False


def test_a_routine_that_ends_on_its_own_is_not_followed_by_a_natural_break() -> None:
    day = Day(SETTINGS, datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN))
    day.work_until_prompt()
    day.loop.start_break()
    day.away(9)  # an 8-minute floor routine that finishes by itself; nobody touches the keyboard
    day.loop.finish_break(completed=True)
    day.session.tick()
    assert day.natural_breaks == []
    day.away(4)
    assert day.natural_breaks == [], "still within natural_break_minutes of the routine's end"
    day.away(2)
    assert day.natural_breaks == ["10:04"], "but five quiet minutes after it (09:59) are one"


def test_meeting_mode_for_an_hour_counts_time_asleep() -> None:
    day = Day(SETTINGS, datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN))
    day.session.start_meeting(3600)
    day.clock.suspend(2 * 3600)
    day.come_back()
    assert day.session.status_json()["meeting_mode"] is False


HOURS = Settings(work_minutes=50, natural_break_minutes=5, working_hours="09:00-17:30")


def test_a_pause_that_ends_after_hours_goes_back_to_the_off_hours_pause() -> None:
    day = Day(HOURS, datetime(2026, 3, 2, 17, 0, tzinfo=BERLIN))
    day.work(20)
    day.loop.pause(seconds=30 * 60)  # 17:20 to 17:50
    day.work(3 * 60)  # the evening
    status = day.session.status_json()
    assert (status["state"], status["deferred_reason"]) == ("paused", "outside_working_hours")
    assert day.prompts == []


def test_a_break_taken_in_the_evening_does_not_restart_the_reminders() -> None:
    day = Day(HOURS, datetime(2026, 3, 2, 19, 0, tzinfo=BERLIN))
    day.take_break(2)
    day.work(3 * 60)
    assert day.session.status_json()["deferred_reason"] == "outside_working_hours"
    assert day.prompts == []


def test_a_routine_running_at_closing_time_is_not_cut_off() -> None:
    day = Day(HOURS, datetime(2026, 3, 2, 17, 25, tzinfo=BERLIN))
    day.loop.start_break()
    day.away(8)  # through 17:30
    assert day.loop.state is State.ON_BREAK
    day.loop.finish_break()
    day.session.tick()
    assert day.session.status_json()["deferred_reason"] == "outside_working_hours"


def test_resuming_by_hand_after_hours_holds_until_the_next_boundary() -> None:
    day = Day(HOURS, datetime(2026, 3, 2, 20, 0, tzinfo=BERLIN))
    day.session.resume()
    assert day.work_until_prompt() == "20:50", "an evening of deliberate work still gets breaks"
    day.take_break(2)
    day.work(14 * 60)  # into the next working day at 09:00 and beyond
    assert day.session.status_json()["deferred_reason"] is None


def test_the_loop_driven_directly_still_reaches_the_session_subscribers() -> None:
    """Only Session commands batch events; a direct loop call (a test, a tool) must not leave them waiting."""
    day = Day(SETTINGS, datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN))
    heard: list[EventKind] = []
    day.session.subscribe(lambda event: heard.append(event.kind))
    day.work(10)
    day.loop.flush_sitting()
    assert EventKind.SITTING_ENDED in heard


def test_a_subscriber_that_acts_on_the_news_hears_everything_in_order() -> None:
    """A subscriber that snoozes as soon as a break is due: every event still reaches every subscriber, in order."""
    day = Day(SETTINGS, datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN))
    first: list[EventKind] = []
    second: list[EventKind] = []

    def snooze_at_once(event: Event) -> None:
        first.append(event.kind)
        if event.kind is EventKind.BREAK_DUE and day.loop.status().snoozes_used == 0:
            day.session.snooze(5)

    day.session.subscribe(snooze_at_once)
    day.session.subscribe(lambda event: second.append(event.kind))
    day.work(51)
    assert first == second
    due = first.index(EventKind.BREAK_DUE)
    assert first.index(EventKind.SNOOZED) > due, "the snooze's news comes after the news it answered"
