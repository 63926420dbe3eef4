"""The history store: events round-trip, the writer thread (a locked file, order,
close), statistics per local day (midnight, DST, time-zone changes), migrations,
damaged files, disk trouble, kill -9, CSV export, and `knotbreak stats` and
`export`, which only ever read."""

from __future__ import annotations

import csv
import errno
import json
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from knotbreak import cli
from knotbreak.core import history as history_module
from knotbreak.core.clock import FakeClock
from knotbreak.core.history import CSV_COLUMNS, LOCKED_PROBLEM, EventKind, History, HistorySummary, split_by_day
from knotbreak.core.history_store import SCHEMA_VERSION
from knotbreak.core.paths import Paths
from knotbreak.core.stats import DaySummary, TensionPoint

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
KILLER = Path(__file__).with_name("history_killer.py")


def berlin(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.sqlite3"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(start=berlin(2026, 3, 2, 9, 0))


@pytest.fixture
def history(path: Path, clock: FakeClock) -> Iterator[History]:
    with History(path, clock) as opened:
        assert opened.problem is None
        yield opened


def rows(path: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(path)) as db:
        return db.execute(sql, args).fetchall()


def wait_until(predicate: Callable[[], bool], what: str, timeout: float = 10.0) -> None:
    """Poll until predicate holds (the writer thread works on its own time), failing after timeout."""
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.005)


def exclusive_lock(path: Path) -> sqlite3.Connection:
    """Another connection holding the write lock, as another program would; COMMIT releases it (from any thread)."""
    locker = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    locker.execute("BEGIN EXCLUSIVE")
    return locker


def take_break(history: History, clock: FakeClock, when: datetime, **data: Any) -> int:
    clock.set_wall(when)
    fields: dict[str, Any] = {
        "routine_id": "quick", "completed": True, "exercises_done": [], "exercises_skipped": [],
        "seconds": 60.0, "sat_seconds": 1800.0, "targets": [],
    }
    fields.update(data)
    event_id = history.record(EventKind.BREAK_TAKEN, **fields).wait()
    assert event_id is not None
    return event_id


def record_at(history: History, clock: FakeClock, when: datetime, kind: EventKind, **data: Any) -> int:
    clock.set_wall(when)
    event_id = history.record(kind, **data).wait()
    assert event_id is not None
    return event_id


# -- events --------------------------------------------------------------------


SAMPLES: dict[EventKind, dict[str, Any]] = {
    EventKind.APP_START: {"version": "0.4.0"},
    EventKind.APP_STOP: {},
    EventKind.PROMPT_SHOWN: {"sitting_seconds": 3000.5},
    EventKind.SNOOZED: {"minutes": 10, "snoozes_used": 2},
    EventKind.SKIPPED: {"sitting_seconds": 3600.0},
    EventKind.BREAK_TAKEN: {
        "routine_id": "desk", "completed": False, "exercises_done": ["chin_tuck", "cat_cow"],
        "exercises_skipped": ["doorway_stretch"], "seconds": 95.25, "sat_seconds": 3300.0,
        "targets": ["neck_extensors", "trapezius"], "extra": {"nested": [1, "two", None]},
    },
    EventKind.NATURAL_BREAK: {"sat_seconds": 2700.0, "cause": "idle"},
    EventKind.SUSPEND: {"seconds": 5400.0},
    EventKind.LOCK: {},
    EventKind.UNLOCK: {},
    EventKind.PAUSE: {"until": "2026-03-02T13:00:00+01:00", "reason": "lunch, \"long\" one\nreally"},
    EventKind.RESUME: {},
}


def test_every_event_kind_round_trips(history: History, clock: FakeClock, path: Path) -> None:
    assert set(SAMPLES) == set(EventKind)
    tickets = []
    for kind, data in SAMPLES.items():
        tickets.append(history.record(kind, **data))
        clock.advance(60)
    assert [ticket.wait() for ticket in tickets] == list(range(1, len(EventKind) + 1))
    assert rows(path, "PRAGMA journal_mode") == [("wal",)]
    stored = rows(path, "SELECT id, ts, utc_offset, day, kind, data FROM events ORDER BY id")
    start = berlin(2026, 3, 2, 9, 0).timestamp()
    for (_event_id, ts, offset, day, kind, data), (expected_kind, expected_data), n in zip(
        stored, SAMPLES.items(), range(len(SAMPLES)), strict=True
    ):
        assert kind == expected_kind.value and json.loads(data) == expected_data
        assert ts == start + 60 * n and offset == 3600 and day == "2026-03-02"


def test_kinds_by_value_and_odd_values_never_lose_an_event(history: History, path: Path) -> None:
    event_id = history.record(
        "snoozed",  # type: ignore[arg-type]
        minutes=float("nan"), at=datetime(2026, 3, 2, 9, 5, tzinfo=BERLIN), areas={"neck"}, kind_of=EventKind.LOCK,
        far=float("inf"),
    ).wait()
    assert event_id == 1
    data = json.loads(rows(path, "SELECT data FROM events")[0][0])
    assert data == {"minutes": None, "at": "2026-03-02T09:05:00+01:00", "areas": ["neck"], "kind_of": "lock", "far": None}
    with pytest.raises(ValueError):
        history.record("coffee")  # type: ignore[arg-type]


def test_a_second_history_on_the_same_file_reads_while_the_first_writes(history: History, path: Path) -> None:
    clock = FakeClock(start=berlin(2026, 3, 2, 9, 0))
    history.record(EventKind.NATURAL_BREAK, sat_seconds=100.0, cause="lock").wait()
    with History(path, clock) as reader:
        assert reader.statistics(days=1).today.natural_breaks == 1
        history.record(EventKind.NATURAL_BREAK, sat_seconds=100.0, cause="lock").wait()
        assert reader.statistics(days=1).today.natural_breaks == 2


# -- the writer thread ---------------------------------------------------------


def test_a_locked_file_never_holds_up_a_write_and_gets_every_event_once_released(
    history: History, clock: FakeClock, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history_module, "LOCKED_REPORT_SECONDS", 0.2)
    history.record(EventKind.APP_START, version="1").wait()
    with closing(exclusive_lock(path)) as locker:
        started = time.monotonic()
        snoozes = [history.record(EventKind.SNOOZED, minutes=n) for n in range(6)]
        taken = history.record(EventKind.BREAK_TAKEN, routine_id="quick", completed=True, seconds=60.0)
        history.record_tension(taken, "after", 4)  # attached through the ticket: the id is not known yet
        history.record_sitting(berlin(2026, 3, 2, 8, 0), berlin(2026, 3, 2, 9, 0))
        assert time.monotonic() - started < 0.1, "a write waited for the lock"

        started = time.monotonic()
        assert history.statistics(days=1).today.snoozed == 0  # answers with what is committed
        assert time.monotonic() - started < 0.6, "a read waited behind the locked writer"
        wait_until(lambda: history.problem == LOCKED_PROBLEM, "the lock to be reported")
        assert not taken.done() and not any(ticket.done() for ticket in snoozes)
        with pytest.raises(TimeoutError):
            taken.wait(timeout=0.05)
        locker.execute("COMMIT")
    assert history.flush(timeout=10), "the queued events were not written once the lock was released"
    assert [ticket.id for ticket in snoozes] == [2, 3, 4, 5, 6, 7] and taken.id == 8
    assert rows(path, "SELECT id, json_extract(data, '$.minutes') FROM events WHERE kind = 'snoozed'") == [
        (event_id, n) for n, event_id in enumerate(range(2, 8))
    ]
    assert rows(path, "SELECT break_id, moment, value FROM tension") == [(8, "after", 4)]
    assert rows(path, "SELECT end_ts - start_ts FROM sitting") == [(3600.0,)]
    assert history.problem is None


def test_events_are_written_in_the_order_they_were_recorded(
    history: History, clock: FakeClock, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history_module, "READ_WAIT_SECONDS", 60.0)  # however slow the disk, for the read below
    tickets = []

    def record(n: int) -> None:
        clock.advance(1)
        if n % 10 == 0:
            ticket = history.record(EventKind.BREAK_TAKEN, routine_id="quick", completed=True, seconds=60.0, n=n)
            history.record_tension(ticket, "before", n % 11)
        else:
            ticket = history.record(EventKind.SNOOZED, minutes=5, n=n)
        tickets.append(ticket)

    with closing(exclusive_lock(path)) as locker:
        started = time.monotonic()
        for n in range(200):  # all waiting for the lock
            record(n)
        assert time.monotonic() - started < 0.5
        locker.execute("COMMIT")
    for n in range(200, 400):  # queued behind them while they are being written
        record(n)
    # Once the writer is under way again, a read sees every event recorded before it, committed or still queued.
    tickets[0].wait()
    assert history.statistics(days=1).today.breaks_taken == 40
    assert [ticket.wait() for ticket in tickets] == list(range(1, 401))
    stored = rows(path, "SELECT id, json_extract(data, '$.n'), ts FROM events ORDER BY id")
    assert [(event_id, n) for event_id, n, _ in stored] == [(n + 1, n) for n in range(400)]
    assert [ts for _, _, ts in stored] == sorted(ts for _, _, ts in stored)
    assert rows(path, "SELECT break_id, value FROM tension ORDER BY break_id") == [(n + 1, n % 11) for n in range(0, 400, 10)]


def test_close_waits_for_the_queue_to_be_written(path: Path, clock: FakeClock) -> None:
    history = History(path, clock)
    history.record(EventKind.APP_START, version="1").wait()
    locker = exclusive_lock(path)
    tickets = [history.record(EventKind.SNOOZED, minutes=n) for n in range(20)]
    history.record_sitting(berlin(2026, 3, 2, 8, 0), berlin(2026, 3, 2, 9, 0))
    release = threading.Timer(0.3, locker.execute, ("COMMIT",))
    release.start()
    started = time.monotonic()
    history.close()
    waited = time.monotonic() - started
    release.join()
    locker.close()
    assert 0.25 < waited < 3.0
    assert [ticket.id for ticket in tickets] == list(range(2, 22))
    assert rows(path, "SELECT count(*) FROM events WHERE kind = 'snoozed'") == [(20,)]
    assert rows(path, "SELECT count(*) FROM sitting") == [(1,)]
    assert history.record(EventKind.APP_STOP).wait() is None  # closed: nothing more is saved


def test_close_gives_up_on_a_file_that_stays_locked(
    path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(history_module, "CLOSE_WAIT_SECONDS", 0.3)
    history = History(path, clock)
    history.record(EventKind.APP_START, version="1").wait()
    with closing(exclusive_lock(path)):
        tickets = [history.record(EventKind.SNOOZED, minutes=n) for n in range(5)]
        started = time.monotonic()
        history.close()
        assert time.monotonic() - started < 2.0
        assert all(ticket.done() and ticket.id is None for ticket in tickets)
    assert "5 history events were not saved" in caplog.text
    assert rows(path, "SELECT kind FROM events") == [("app_start",)]


# -- statistics ----------------------------------------------------------------


def test_statistics_of_two_days_with_a_stretch_across_midnight(history: History, clock: FakeClock) -> None:
    record_at(history, clock, berlin(2026, 3, 2, 9, 0), EventKind.APP_START, version="1")
    history.record_sitting(berlin(2026, 3, 2, 9, 0), berlin(2026, 3, 2, 9, 50))  # 3000 s
    record_at(history, clock, berlin(2026, 3, 2, 9, 50), EventKind.PROMPT_SHOWN, sitting_seconds=3000.0)
    record_at(history, clock, berlin(2026, 3, 2, 9, 50), EventKind.SNOOZED, minutes=5, snoozes_used=1)
    history.record_sitting(berlin(2026, 3, 2, 9, 50), berlin(2026, 3, 2, 9, 55))  # 300 s
    first = take_break(
        history, clock, berlin(2026, 3, 2, 9, 55), completed=True, exercises_done=["chin_tuck", "cat_cow"],
        seconds=120.0, sat_seconds=3300.0, targets=["neck", "trapezius"],
    )
    history.record_tension(first, "before", 6)
    history.record_tension(first, "after", 2)
    history.record_sitting(berlin(2026, 3, 2, 9, 57), berlin(2026, 3, 2, 11, 0))  # 3780 s
    # A skip does not end the stretch: its sat_seconds (if any) is not a "longest".
    record_at(history, clock, berlin(2026, 3, 2, 11, 0), EventKind.SKIPPED, sitting_seconds=3780.0, sat_seconds=9999.0)
    history.record_sitting(berlin(2026, 3, 2, 11, 0), berlin(2026, 3, 2, 11, 30))  # 1800 s
    record_at(history, clock, berlin(2026, 3, 2, 11, 30), EventKind.NATURAL_BREAK, sat_seconds=5580.0, cause="idle")
    take_break(
        history, clock, berlin(2026, 3, 2, 13, 0), completed=False, exercises_done=["cat_cow"],
        exercises_skipped=["doorway_stretch"], seconds=45.0, sat_seconds=1200.0, targets=["thoracic_spine"],
    )
    history.record_sitting(berlin(2026, 3, 2, 23, 30), berlin(2026, 3, 3, 0, 40))  # 1800 s + 2400 s
    late = take_break(
        history, clock, berlin(2026, 3, 3, 0, 40), exercises_done=["chin_tuck"], seconds=90.0, sat_seconds=4200.0,
        targets=["neck"],
    )
    history.record_tension(late, "after", 4)

    stats = history.statistics(days=2)  # today from the clock: 3 March
    monday = DaySummary(
        date(2026, 3, 2), sitting_seconds=10680.0, longest_sitting_seconds=5580.0, breaks_taken=2, natural_breaks=1,
        snoozed=1, skipped=1, stretch_seconds=165.0, routines_completed=1,
    )
    tuesday = DaySummary(
        date(2026, 3, 3), sitting_seconds=2400.0, longest_sitting_seconds=4200.0, breaks_taken=1,
        stretch_seconds=90.0, routines_completed=1,
    )
    assert stats.days == (monday, tuesday) and stats.today == tuesday
    assert stats.streak_days == 2
    assert stats.top_exercises == (("cat_cow", 2), ("chin_tuck", 2))
    assert stats.body_areas == (("neck", 2), ("thoracic_spine", 1), ("trapezius", 1))
    assert stats.tension == (
        TensionPoint(date(2026, 3, 2), 6.0, 2.0, 1),
        TensionPoint(date(2026, 3, 3), None, 4.0, 1),
    )
    only_tuesday = history.statistics(days=1)
    assert only_tuesday.days == (tuesday,)
    assert only_tuesday.top_exercises == (("chin_tuck", 1),) and only_tuesday.body_areas == (("neck", 1),)
    assert history.statistics(days=1, today=date(2026, 3, 2)).today == monday
    json.dumps(stats.to_json())


def test_statistics_across_the_spring_dst_change(clock: FakeClock, path: Path) -> None:
    clock.set_wall(berlin(2026, 3, 28, 22, 0))
    with History(path, clock) as history:
        take_break(history, clock, berlin(2026, 3, 28, 22, 0), seconds=60.0, sat_seconds=3600.0)
        # 23:30 CET to 04:00 CEST: the wall clock says 4.5 hours, 3.5 really passed.
        history.record_sitting(berlin(2026, 3, 28, 23, 30), berlin(2026, 3, 29, 4, 0))
        record_at(history, clock, berlin(2026, 3, 29, 1, 59), EventKind.PROMPT_SHOWN, sitting_seconds=8940.0)
        record_at(history, clock, berlin(2026, 3, 29, 3, 1), EventKind.SNOOZED, minutes=60, snoozes_used=1)
        take_break(history, clock, berlin(2026, 3, 29, 4, 0), seconds=120.0, sat_seconds=12600.0)
        record_at(history, clock, berlin(2026, 3, 29, 23, 30), EventKind.NATURAL_BREAK, sat_seconds=1000.0, cause="lock")
        # 00:30 CEST on the 30th is still the 29th in UTC: the local day counts.
        record_at(history, clock, berlin(2026, 3, 30, 0, 30), EventKind.SKIPPED, sitting_seconds=60.0)

        stats = history.statistics(days=3)
        assert stats.days == (
            DaySummary(date(2026, 3, 28), sitting_seconds=1800.0, longest_sitting_seconds=3600.0, breaks_taken=1,
                       stretch_seconds=60.0, routines_completed=1),
            DaySummary(date(2026, 3, 29), sitting_seconds=10800.0, longest_sitting_seconds=12600.0, breaks_taken=1,
                       natural_breaks=1, snoozed=1, stretch_seconds=120.0, routines_completed=1),
            DaySummary(date(2026, 3, 30), skipped=1),
        )
        assert stats.streak_days == 2

        # Flying to New York: past events stay on the days they happened on.
        clock.set_wall(clock.now().astimezone(NEW_YORK))  # 18:30 on the 29th there
        assert history.statistics(days=3, today=date(2026, 3, 30)).days == stats.days
        record_at(history, clock, datetime(2026, 3, 29, 19, 0, tzinfo=NEW_YORK), EventKind.SNOOZED, minutes=5)
        new_york = history.statistics(days=2)  # today is the 29th, New York time
        assert new_york.today.day == date(2026, 3, 29) and new_york.today.snoozed == 2


def test_sitting_on_the_25_hour_autumn_day(clock: FakeClock, history: History) -> None:
    clock.set_wall(berlin(2026, 10, 26, 12, 0))
    history.record_sitting(berlin(2026, 10, 24, 23, 0), berlin(2026, 10, 26, 1, 0))
    assert [d.sitting_seconds for d in history.statistics(days=3).days] == [3600.0, 25 * 3600.0, 3600.0]


def test_sitting_is_split_at_every_local_midnight() -> None:
    pieces = split_by_day(berlin(2026, 3, 2, 22, 0), berlin(2026, 3, 4, 2, 30), BERLIN)
    assert [(day, end - start) for start, end, _, day in pieces] == [
        ("2026-03-02", 7200.0), ("2026-03-03", 86400.0), ("2026-03-04", 9000.0),
    ]
    assert pieces[0][0] == berlin(2026, 3, 2, 22, 0).timestamp() and pieces[-1][1] == berlin(2026, 3, 4, 2, 30).timestamp()
    assert split_by_day(berlin(2026, 3, 2, 10), berlin(2026, 3, 2, 10), BERLIN) == []
    assert split_by_day(berlin(2026, 3, 2, 10), berlin(2026, 3, 2, 9), BERLIN) == []
    # Times in another zone are cut at the clock's midnight.
    utc = ZoneInfo("UTC")
    utc_pieces = split_by_day(datetime(2026, 3, 2, 22, 30, tzinfo=utc), datetime(2026, 3, 2, 23, 30, tzinfo=utc), BERLIN)
    assert [(day, end - start) for start, end, _, day in utc_pieces] == [("2026-03-02", 1800.0), ("2026-03-03", 1800.0)]
    with pytest.raises(ValueError):
        split_by_day(datetime(2026, 3, 2, 10), datetime(2026, 3, 2, 11), BERLIN)


def test_days_are_zero_filled_oldest_first(history: History, clock: FakeClock) -> None:
    empty = history.statistics(days=7, today=date(2026, 3, 8))
    assert [d.day for d in empty.days] == [date(2026, 3, d) for d in range(2, 9)]
    assert all(d == DaySummary(d.day) for d in empty.days) and empty.today == DaySummary(date(2026, 3, 8))
    assert empty.streak_days == 0 and empty.top_exercises == () and empty.body_areas == ()
    assert empty.tension == tuple(TensionPoint(d.day, None, None, 0) for d in empty.days)

    take_break(history, clock, berlin(2026, 3, 3, 10, 0))
    record_at(history, clock, berlin(2026, 3, 6, 10, 0), EventKind.SNOOZED, minutes=5)
    stats = history.statistics(days=7, today=date(2026, 3, 8))
    assert [(d.day.day, d.breaks_taken, d.snoozed) for d in stats.days] == [
        (2, 0, 0), (3, 1, 0), (4, 0, 0), (5, 0, 0), (6, 0, 1), (7, 0, 0), (8, 0, 0),
    ]
    with pytest.raises(ValueError):
        history.statistics(days=0)


def test_streak(history: History, clock: FakeClock) -> None:
    for day in (1, 2, 3, 5, 6, 7, 8):  # a gap on the 4th
        take_break(history, clock, berlin(2026, 3, day, 10, 0))
    take_break(history, clock, berlin(2026, 3, 8, 16, 0))  # two on one day count once
    record_at(history, clock, berlin(2026, 3, 9, 10, 0), EventKind.NATURAL_BREAK, sat_seconds=60.0, cause="idle")
    take_break(history, clock, berlin(2026, 3, 12, 10, 0))  # "future" for the days asked below

    def streak(day: int, days: int = 7) -> int:
        return history.statistics(days=days, today=date(2026, 3, day)).streak_days

    assert streak(8) == 4  # today has a break: 5, 6, 7, 8
    assert streak(9) == 4  # today none yet (a natural break is not one): up to yesterday
    assert streak(10) == 0  # neither today nor yesterday
    assert streak(3) == 3 and streak(4) == 3
    assert streak(8, days=1) == 4  # the streak does not stop at the period shown
    assert streak(12) == 1


def test_top_exercises_and_body_areas_over_the_period(history: History, clock: FakeClock) -> None:
    take_break(history, clock, berlin(2026, 3, 1, 10, 0), exercises_done=["old"] * 5, targets=["old_area"])
    take_break(history, clock, berlin(2026, 3, 2, 10, 0), exercises_done=["wall_angel", "chin_tuck", "chin_tuck"],
               exercises_skipped=["never_counted"], targets=["rhomboids", "neck"])
    take_break(history, clock, berlin(2026, 3, 3, 10, 0), exercises_done=["wall_angel", "bridge"], targets=["rhomboids"])
    take_break(history, clock, berlin(2026, 3, 3, 11, 0), completed=False, exercises_done=[], targets=[])
    record_at(history, clock, berlin(2026, 3, 3, 12, 0), EventKind.NATURAL_BREAK, sat_seconds=60.0, cause="idle",
              exercises_done=["not_a_routine"])
    stats = history.statistics(days=2, today=date(2026, 3, 3))
    assert stats.top_exercises == (("chin_tuck", 2), ("wall_angel", 2), ("bridge", 1))
    assert stats.body_areas == (("rhomboids", 2), ("neck", 1))


def test_tension_means_per_day(history: History, clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    a = take_break(history, clock, berlin(2026, 3, 2, 10, 0))
    b = take_break(history, clock, berlin(2026, 3, 2, 11, 0))
    c = take_break(history, clock, berlin(2026, 3, 2, 12, 0))
    take_break(history, clock, berlin(2026, 3, 2, 13, 0))  # never asked
    history.record_tension(a, "before", 5)
    history.record_tension(a, "before", 6)  # changed their mind: replaces
    history.record_tension(a, "after", 2)
    history.record_tension(b, "before", 8)
    history.record_tension(c, "after", 5)
    d = take_break(history, clock, berlin(2026, 3, 3, 10, 0))
    history.record_tension(d, "before", 0)
    history.record_tension(d, "after", 10)
    stats = history.statistics(days=3, today=date(2026, 3, 4))
    assert stats.tension == (
        TensionPoint(date(2026, 3, 2), 7.0, 3.5, 3),
        TensionPoint(date(2026, 3, 3), 0.0, 10.0, 1),
        TensionPoint(date(2026, 3, 4), None, None, 0),
    )
    for bad in (11, -1, 2.5, True):
        with pytest.raises(ValueError):
            history.record_tension(a, "after", bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        history.record_tension(a, "during", 3)  # type: ignore[arg-type]
    snooze = history.record(EventKind.SNOOZED, minutes=5).wait()
    assert snooze is not None
    history.record_tension(snooze, "before", 3)  # not a break: ignored, with a log line
    history.record_tension(9999, "before", 3)
    history.record_tension(None, "before", 3)  # the break was not saved
    assert history.flush()
    assert "not a break_taken event" in caplog.text
    assert history.statistics(days=3, today=date(2026, 3, 4)).tension == stats.tension
    assert history.problem is None


# -- schema and damaged files --------------------------------------------------


SCHEMA_1 = [
    """CREATE TABLE events (id INTEGER PRIMARY KEY, ts REAL NOT NULL, utc_offset INTEGER NOT NULL,
                            kind TEXT NOT NULL, data TEXT NOT NULL DEFAULT '{}')""",
    "CREATE TABLE sitting (id INTEGER PRIMARY KEY, start_ts REAL NOT NULL, end_ts REAL NOT NULL, utc_offset INTEGER NOT NULL)",
    """CREATE TABLE tension (break_id INTEGER NOT NULL, moment TEXT NOT NULL CHECK (moment IN ('before', 'after')),
                             value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 10), PRIMARY KEY (break_id, moment))
       WITHOUT ROWID""",
    "PRAGMA user_version = 1",
]


def test_migration_from_schema_1_keeps_every_event(path: Path) -> None:
    path.parent.mkdir(parents=True)
    late = berlin(2026, 3, 2, 23, 30)
    after_midnight = berlin(2026, 3, 3, 0, 30)  # 23:30 UTC on the 2nd
    travelling = datetime(2026, 3, 3, 10, 0, tzinfo=NEW_YORK)  # 3 March in New York
    events = [
        (1, late.timestamp(), 3600, "break_taken",
         '{"routine_id":"quick","completed":true,"exercises_done":["chin_tuck"],'
         '"seconds":100,"sat_seconds":2000,"targets":["neck"]}'),
        (2, after_midnight.timestamp(), 3600, "natural_break", '{"sat_seconds":3000,"cause":"idle"}'),
        (5, travelling.timestamp(), -18000, "snoozed", '{"minutes":5}'),
        (6, travelling.timestamp() + 60, -18000, "skipped", "not json at all"),
    ]
    with closing(sqlite3.connect(path)) as db:
        for statement in SCHEMA_1:
            db.execute(statement)
        db.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?)", events)
        db.executemany("INSERT INTO sitting VALUES (?, ?, ?, ?)", [
            (1, berlin(2026, 3, 2, 22, 0).timestamp(), late.timestamp(), 3600),
            (2, berlin(2026, 3, 3, 0, 0).timestamp(), after_midnight.timestamp(), 3600),
        ])
        db.executemany("INSERT INTO tension VALUES (?, ?, ?)", [(1, "before", 7), (1, "after", 3)])
        db.commit()

    clock = FakeClock(start=berlin(2026, 3, 3, 18, 0))
    with History(path, clock) as history:
        assert history.problem is None
        assert rows(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)] == [(2,)]
        migrated = rows(path, "SELECT id, ts, utc_offset, kind, data, day FROM events ORDER BY id")
        assert [row[:4] for row in migrated] == [row[:4] for row in events]
        assert [row[4] for row in migrated[:3]] == [row[4] for row in events[:3]]
        assert json.loads(migrated[3][4]) == {"raw": "not json at all"}
        assert [row[5] for row in migrated] == ["2026-03-02", "2026-03-03", "2026-03-03", "2026-03-03"]
        assert rows(path, "SELECT day FROM sitting ORDER BY id") == [("2026-03-02",), ("2026-03-03",)]
        indexes = {name for (name,) in rows(path, "SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"events_kind_day", "sitting_day"} <= indexes

        stats = history.statistics(days=2)
        assert stats.days == (
            DaySummary(date(2026, 3, 2), sitting_seconds=5400.0, longest_sitting_seconds=2000.0, breaks_taken=1,
                       stretch_seconds=100.0, routines_completed=1),
            DaySummary(date(2026, 3, 3), sitting_seconds=1800.0, longest_sitting_seconds=3000.0, natural_breaks=1,
                       snoozed=1, skipped=1),
        )
        assert stats.tension[0] == TensionPoint(date(2026, 3, 2), 7.0, 3.0, 1)
        assert stats.top_exercises == (("chin_tuck", 1),) and stats.streak_days == 1
        assert history.record(EventKind.APP_START, version="2").wait() == 7
    with History(path, clock) as again:  # already at the current version: nothing to do
        assert again.problem is None and again.statistics(days=2).days == stats.days


def test_a_history_from_a_newer_version_is_moved_aside(path: Path, clock: FakeClock) -> None:
    path.parent.mkdir(parents=True)
    with closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, everything TEXT)")
        db.execute("INSERT INTO events VALUES (1, 'from the future')")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        db.commit()
    with History(path, clock) as history:
        aside = path.with_name("history.sqlite3.broken-20260302-090000")
        assert history.problem is not None and str(aside) in history.problem and "newer" in history.problem
        assert rows(aside, "SELECT everything FROM events") == [("from the future",)]
        assert rows(aside, "PRAGMA user_version") == [(SCHEMA_VERSION + 1,)]
        assert history.record(EventKind.APP_START, version="1").wait() == 1
        assert history.statistics(days=1).today == DaySummary(date(2026, 3, 2))


def test_a_garbage_file_is_moved_aside_with_its_wal(path: Path, clock: FakeClock) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database, it is a shopping list\n" * 200)
    path.with_name("history.sqlite3-wal").write_bytes(b"stale junk")
    with History(path, clock) as history:
        aside = path.with_name("history.sqlite3.broken-20260302-090000")
        assert history.problem is not None and str(aside) in history.problem
        assert aside.read_bytes().startswith(b"this is not a database")
        assert path.with_name(aside.name + "-wal").read_bytes() == b"stale junk"
        assert history.record(EventKind.LOCK).wait() == 1 and history.record(EventKind.UNLOCK).wait() == 2
        assert history.statistics(days=1).today == DaySummary(date(2026, 3, 2))
    assert rows(path, "PRAGMA integrity_check") == [("ok",)]
    # Damaged again within the same second: the first kept file is not overwritten.
    path.write_bytes(b"junk again" * 500)
    with History(path, clock) as history:
        assert path.with_name("history.sqlite3.broken-20260302-090000-1").read_bytes().startswith(b"junk again")
        assert aside.read_bytes().startswith(b"this is not a database")


def test_another_programs_database_is_moved_aside(path: Path, clock: FakeClock) -> None:
    path.parent.mkdir(parents=True)
    with closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE recipes (name TEXT)")
        db.commit()
    with History(path, clock) as history:
        assert history.problem is not None and "not a KnotBreak history" in history.problem
        assert history.record(EventKind.LOCK).wait() == 1


def test_a_damaged_page_is_found_and_the_file_moved_aside(path: Path, clock: FakeClock) -> None:
    with History(path, clock) as history:
        for n in range(2000):
            history.record(EventKind.PROMPT_SHOWN, sitting_seconds=float(n), padding="x" * 50)
    ((root, page_size),) = rows(
        path, "SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_master WHERE name = 'events'"
    )
    with path.open("r+b") as file:  # scribble over the events table's root page
        file.seek((root - 1) * page_size)
        file.write(bytes(random.Random(1).randrange(256) for _ in range(page_size)))
    with History(path, clock) as history:
        assert history.problem is not None and "history.sqlite3.broken-20260302-090000" in history.problem
        assert history.record(EventKind.LOCK).wait() == 1


def test_damage_found_while_running_sets_the_file_aside_and_goes_on(path: Path, clock: FakeClock) -> None:
    with History(path, clock) as history:
        for _ in range(2000):
            history.record(EventKind.SNOOZED, minutes=5, padding="x" * 50)
        assert history.flush()
        with closing(sqlite3.connect(path)) as other:
            other.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every page now in the main file
            ((root, page_size),) = other.execute(
                "SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_master WHERE name = 'events'"
            ).fetchall()
            with path.open("r+b") as file:
                file.seek((root - 1) * page_size)
                file.write(b"\xff" * page_size)
            other.execute("INSERT INTO sitting (start_ts, end_ts, utc_offset, day) VALUES (0, 1, 0, '1970-01-01')")
            other.commit()  # a change by another process: the open History must read the file again
        stats = history.statistics(days=1)
        assert stats.today == DaySummary(date(2026, 3, 2))
        assert history.problem is not None and "history.sqlite3.broken-20260302-090000" in history.problem
        assert history.record(EventKind.LOCK).wait() == 1
    assert path.with_name("history.sqlite3.broken-20260302-090000").exists()


# -- disk trouble ----------------------------------------------------------------


def test_a_full_disk_loses_events_but_never_the_app(path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    with History(path, clock) as history:
        history.record(EventKind.APP_START, version="1")
    ((pages,),) = rows(path, "PRAGMA page_count")
    real_connect = sqlite3.connect

    def small_disk(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        db = real_connect(*args, **kwargs)
        db.execute(f"PRAGMA max_page_count = {pages}")  # sqlite's own limit: writes beyond it fail with SQLITE_FULL
        return db

    monkeypatch.setattr(sqlite3, "connect", small_disk)
    saved = []
    with History(path, clock) as history:
        assert history.problem is None
        results = [ticket.wait() for ticket in [history.record(EventKind.PROMPT_SHOWN, note="x" * 2000) for _ in range(40)]]
        assert None in results
        saved = [r for r in results if r is not None]
        assert history.problem == "History is not being saved: the disk is full."
        history.record_sitting(berlin(2026, 3, 2, 8, 0), berlin(2026, 3, 2, 9, 0))  # no exception either
        history.record_tension(1, "before", 3)
        assert history.statistics(days=1).today.day == date(2026, 3, 2)  # reading still works
    monkeypatch.undo()
    assert [r for (r,) in rows(path, "SELECT id FROM events WHERE kind = 'prompt_shown'")] == saved
    with History(path, clock) as history:  # space freed: saving again, and the problem is gone
        assert history.record(EventKind.APP_STOP).wait() is not None and history.problem is None


def test_a_read_only_history_file(path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    with History(path, clock) as history:
        take_break(history, clock, berlin(2026, 3, 2, 9, 0))
    real_connect = sqlite3.connect

    def read_only(database: str, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        return real_connect(Path(database).as_uri() + "?mode=ro", *args, uri=True, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", read_only)
    with History(path, clock) as history:
        assert history.record(EventKind.SNOOZED, minutes=5).wait() is None
        assert history.problem == "History is not being saved: the history file is read-only."
        history.record_sitting(berlin(2026, 3, 2, 8, 0), berlin(2026, 3, 2, 9, 0))
        history.record_tension(1, "after", 2)
        assert history.statistics(days=1).today.breaks_taken == 1
        assert history.problem == "History is not being saved: the history file is read-only."
    monkeypatch.undo()
    assert rows(path, "SELECT count(*) FROM events") == [(1,)]


def test_an_unwritable_folder(tmp_path: Path, clock: FakeClock) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    with History(blocker / "knotbreak" / "history.sqlite3", clock) as history:
        assert history.problem is not None and history.problem.startswith("History is not being saved: ")
        assert history.record(EventKind.APP_START, version="1").wait() is None
        history.record_sitting(berlin(2026, 3, 2, 8, 0), berlin(2026, 3, 2, 9, 0))
        stats = history.statistics(days=3)
        assert stats.days == tuple(DaySummary(day) for day in (date(2026, 2, 28), date(2026, 3, 1), date(2026, 3, 2)))
        with pytest.raises(OSError):
            history.export_csv(tmp_path / "out.csv")
    assert blocker.read_text() == "a file where the folder should be"


# -- kill -9 ---------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_kill_9_never_loses_an_event_the_writer_committed(path: Path) -> None:
    """The killer prints an id only once its ticket says it is committed; events still queued may be lost."""
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    printed: list[int] = []
    started = time.monotonic()
    kills = 0
    while kills < 32 and time.monotonic() - started < 18:
        killer = subprocess.Popen(
            [sys.executable, str(KILLER), str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        with killer:
            head = b""
            if kills % 4 == 3:
                time.sleep(rng.uniform(0.0, 0.15))  # sometimes while it is still opening the file
            else:
                assert killer.stdout is not None
                ready, _, _ = select.select([killer.stdout], [], [], 15)
                assert ready, f"the killer printed nothing (seed {seed})"
                head = killer.stdout.readline()
                time.sleep(rng.uniform(0.005, 0.25))
            killer.send_signal(signal.SIGKILL)
            out, err = killer.communicate(timeout=15)
        assert killer.returncode == -signal.SIGKILL, f"killer ended by itself: {err.decode()} (seed {seed})"
        lines = (head + out).split(b"\n")[:-1]  # the last piece is an unfinished line, or empty
        assert b"None" not in lines, f"{err.decode()} (seed {seed})"
        ids = [int(line) for line in lines]
        assert ids == sorted(set(ids)) and (not printed or not ids or ids[0] > printed[-1]), f"seed {seed}"
        printed += ids
        kills += 1
    assert kills >= 30, f"only {kills} kills in time"
    assert len(printed) > 100
    assert rows(path, "PRAGMA integrity_check") == [("ok",)]
    stored = {event_id for (event_id,) in rows(path, "SELECT id FROM events")}
    missing = set(printed) - stored
    assert not missing, f"{len(missing)} committed events were lost, e.g. {sorted(missing)[:5]} (seed {seed})"
    # Every tension answer found its break through the break's ticket.
    assert rows(path, "SELECT count(*) FROM tension LEFT JOIN events ON events.id = break_id WHERE events.kind IS NOT 'break_taken'") == [(0,)]
    assert rows(path, "SELECT count(*) FROM tension") != [(0,)]
    with History(path, FakeClock()) as history:
        assert history.problem is None


# -- export ----------------------------------------------------------------------


def test_export_csv(history: History, clock: FakeClock, tmp_path: Path) -> None:
    for kind, data in SAMPLES.items():
        record_at(history, clock, clock.now(), kind, **data)
        clock.advance(3600)
    breaks = [event_id for (event_id,) in rows(history.path, "SELECT id FROM events WHERE kind = 'break_taken'")]
    history.record_tension(breaks[0], "before", 7)
    history.record_tension(breaks[0], "after", 3)
    clock.set_wall(datetime(2026, 3, 3, 8, 0, tzinfo=NEW_YORK))
    history.record(EventKind.APP_STOP)

    folder = tmp_path / "export"
    target = folder / "knotbreak history.csv"
    with pytest.raises(OSError):
        history.export_csv(target)  # a folder that is not there is not made up
    folder.mkdir()
    assert history.export_csv(target) == len(SAMPLES) + 1
    assert history.export_csv(target) == len(SAMPLES) + 1  # over an existing file
    assert os.listdir(folder) == [target.name]  # no temporary files left behind
    with target.open(newline="", encoding="utf-8") as file:
        table = list(csv.reader(file))
    assert tuple(table[0]) == CSV_COLUMNS and len(table) == len(SAMPLES) + 2
    for row, (kind, data) in zip(table[1:], SAMPLES.items(), strict=False):
        assert row[3] == kind.value and json.loads(row[4]) == data
    first = table[1]
    assert first[:3] == ["1", "2026-03-02T09:00:00+01:00", "2026-03-02"]
    taken = table[1 + list(SAMPLES).index(EventKind.BREAK_TAKEN)]
    assert taken[5:] == ["7", "3"] and table[2][5:] == ["", ""]
    last = table[-1]
    assert last[1:4] == ["2026-03-03T08:00:00-05:00", "2026-03-03", "app_stop"]
    assert datetime.fromisoformat(last[1]) == datetime(2026, 3, 3, 13, 0, tzinfo=ZoneInfo("UTC"))


def test_an_export_that_cannot_be_written_names_its_file_not_the_history(
    history: History, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    take_break(history, clock, berlin(2026, 3, 2, 9, 0))
    blocker = tmp_path / "a file"
    blocker.write_text("")
    target = blocker / "history.csv"
    with pytest.raises(OSError) as refused:
        history.export_csv(target)
    assert refused.value.filename == str(target), "the file asked for, not a temporary one next to it"
    assert refused.value.strerror and str(target) in str(refused.value)

    def disk_full(path: Path, text: str, **options: Any) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))  # as write() raises it: no file name

    monkeypatch.setattr(history_module, "atomic_write_text", disk_full)
    elsewhere = tmp_path / "usb stick" / "history.csv"
    with pytest.raises(OSError) as full:
        history.export_csv(elsewhere)
    assert full.value.filename == str(elsewhere) and full.value.strerror == os.strerror(errno.ENOSPC)
    assert history.problem is None, "the history's own disk is fine"


# -- knotbreak stats and export: read only ---------------------------------------------


def folder_state(folder: Path) -> dict[str, bytes]:
    """Every file in folder by name, and the content of the history itself."""
    return {
        item.name: item.read_bytes() if item.name == "history.sqlite3" else b""
        for item in sorted(folder.iterdir())
    }


def run_main(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def make_newer(history_file: Path) -> None:
    with closing(sqlite3.connect(history_file)) as db:
        db.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, everything TEXT)")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        db.commit()


def make_garbage(history_file: Path) -> None:
    history_file.write_bytes(b"this is not a database, it is a shopping list\n" * 200)
    history_file.with_name("history.sqlite3-wal").write_bytes(b"stale junk")


def make_older(history_file: Path) -> None:
    with closing(sqlite3.connect(history_file)) as db:
        for statement in SCHEMA_1:
            db.execute(statement)
        db.commit()


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (make_newer, "written by a newer KnotBreak"),
        (make_garbage, "file is not a database"),
        (make_older, "older format"),
    ],
    ids=["newer", "garbage", "older"],
)
def test_stats_and_export_leave_an_unreadable_history_alone(
    user_dirs: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str], make: Callable[[Path], None], reason: str
) -> None:
    user_dirs.data_dir.mkdir(parents=True)
    make(user_dirs.history_file)
    before = folder_state(user_dirs.data_dir)
    target = tmp_path / "out.csv"
    for argv in (["stats"], ["stats", "--json", "--days", "30"], ["export", "--csv", str(target)]):
        code, out, err = run_main(capsys, *argv)
        assert folder_state(user_dirs.data_dir) == before, f"{argv} changed the data folder"
        assert code == cli.EXIT_HISTORY != 0, argv
        assert out == "" and f"cannot read the history {user_dirs.history_file}: " in err and reason in err, err
    assert not target.exists()


def test_stats_without_any_history_creates_nothing(user_dirs: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_main(capsys, "stats", "--json")
    assert not user_dirs.data_dir.exists()
    assert code == cli.EXIT_OK and json.loads(out)["today"]["breaks_taken"] == 0 and "no history yet" in err
    code, out, _ = run_main(capsys, "export", "--csv", str(tmp_path / "out.csv"))
    assert code == cli.EXIT_OK and out.strip() == f"Exported 0 events to {tmp_path / 'out.csv'}"
    assert (tmp_path / "out.csv").read_text().splitlines() == [",".join(CSV_COLUMNS)]
    assert not user_dirs.data_dir.exists()


def test_stats_read_the_history_the_app_is_writing(user_dirs: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from knotbreak.core.clock import SystemClock

    with History(user_dirs.history_file, SystemClock()) as app_history:
        taken = app_history.record(EventKind.BREAK_TAKEN, routine_id="desk", completed=True, seconds=90.0)
        app_history.record_tension(taken, "before", 6)
        app_history.record(EventKind.SNOOZED, minutes=5)
        assert app_history.flush()
        before = folder_state(user_dirs.data_dir)
        code, out, _ = run_main(capsys, "stats", "--json")
        assert code == cli.EXIT_OK
        today = json.loads(out)["today"]
        assert (today["breaks_taken"], today["snoozed"]) == (1, 1)
        code, out, err = run_main(capsys, "export", "--csv", str(tmp_path / "out.csv"))
        assert code == cli.EXIT_OK, err
        assert set(folder_state(user_dirs.data_dir)) == set(before)
        app_history.record(EventKind.LOCK).wait()
    assert len((tmp_path / "out.csv").read_text().splitlines()) == 3


def test_export_to_a_full_disk_names_the_file(
    user_dirs: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with History(user_dirs.history_file, FakeClock()) as history:
        history.record(EventKind.LOCK)

    def disk_full(path: Path, text: str, **options: Any) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(history_module, "atomic_write_text", disk_full)
    target = tmp_path / "usb stick" / "out.csv"
    code, _, err = run_main(capsys, "export", "--csv", str(target))
    assert code == cli.EXIT_USAGE
    assert err.strip() == f"knotbreak: cannot write {target}: {os.strerror(errno.ENOSPC)}"


def test_summary_counts_what_a_delete_would_lose(history: History, clock: FakeClock) -> None:
    assert history.summary() == HistorySummary(events=0, breaks_taken=0, natural_breaks=0, first_day=None)
    history.record(EventKind.SNOOZED, minutes=5)
    clock.advance(86400)
    history.record(EventKind.BREAK_TAKEN, routine_id="quick", completed=True, seconds=60.0)
    history.record(EventKind.NATURAL_BREAK, sat_seconds=600.0)
    assert history.summary() == HistorySummary(events=3, breaks_taken=1, natural_breaks=1, first_day=date(2026, 3, 2))


def test_delete_everything_keeps_what_is_recorded_after_it(history: History, clock: FakeClock, path: Path) -> None:
    ticket = history.record(EventKind.BREAK_TAKEN, routine_id="quick", completed=True, seconds=60.0)
    history.record_tension(ticket, "before", 6)
    history.record_sitting(clock.now() - timedelta(minutes=30), clock.now())
    history.delete_everything()
    history.record(EventKind.SKIPPED)
    assert history.flush()
    assert rows(path, "SELECT kind FROM events") == [("skipped",)]
    assert rows(path, "SELECT COUNT(*) FROM sitting") == [(0,)]
    assert rows(path, "SELECT COUNT(*) FROM tension") == [(0,)]
    assert path.exists(), "the file stays; only what it holds goes"
