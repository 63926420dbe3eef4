"""How fast the history store is at five years of heavy use.

    /tmp/venv/bin/python bench/history.py [--years 5] [--runs 9] [--keep DIR]

Generates a history through the public History API (about 55 events a day,
every day: prompts, snoozes, skips, ~10 breaks with tension answers, natural
breaks, locks, a suspend, pauses, counted sitting between breaks) into a
temporary database, then times, as medians in milliseconds:

- open: History(path) on a fresh connection (WAL setup and the integrity check);
- statistics cold: the first statistics() on that fresh History (the stats
  window opening), and open + statistics together;
- statistics warm: statistics() again on the same History;
- the integrity check alone, quick_check against integrity_check;
- record(): per event, until the writer thread has committed it, with
  synchronous=FULL against NORMAL (the fsync cost);
- a week of counts through the schema 2 index against the schema 1 scan;
- export_csv of everything.

"Cold" means a new connection with an empty sqlite page cache; the operating
system's file cache stays warm (dropping it needs root and disturbs the machine).
Generation runs with synchronous=OFF, only to save time; every timing uses the
real settings. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from knotbreak.core import history_store  # noqa: E402
from knotbreak.core.clock import FakeClock  # noqa: E402
from knotbreak.core.history import EventKind, EventTicket, History  # noqa: E402

ZONE = ZoneInfo("Europe/Berlin")
EXERCISES = [f"exercise_{n:02d}" for n in range(24)]
TARGETS = ["trapezius", "rhomboids", "levator_scapulae", "pectorals", "neck_extensors", "thoracic_spine", "lats"]
ROUTINES = ["quick", "desk", "deep", "standing"]


def generate(path: Path, years: int, seed: int = 1) -> dict[str, int]:
    rng = random.Random(seed)
    first = date.today() - timedelta(days=round(365.25 * years))
    clock = FakeClock(start=datetime.combine(first, datetime.min.time(), tzinfo=ZONE))
    counts = {"events": 0, "sitting_pieces": 0, "tension_answers": 0}
    saved = history_store.SYNCHRONOUS
    history_store.SYNCHRONOUS = "OFF"
    try:
        with History(path, clock) as history:
            day = first
            while day <= date.today():
                _one_day(history, clock, rng, day, counts)
                day += timedelta(days=1)
    finally:
        history_store.SYNCHRONOUS = saved
    return counts


def _one_day(history: History, clock: FakeClock, rng: random.Random, day: date, counts: dict[str, int]) -> None:
    moment = datetime.combine(day, datetime.min.time(), tzinfo=ZONE) + timedelta(hours=8, minutes=rng.randint(0, 59))

    def at(minutes: float) -> datetime:
        nonlocal moment
        moment += timedelta(minutes=minutes)
        clock.set_wall(moment)
        return moment

    def record(kind: EventKind, **data: object) -> EventTicket:
        counts["events"] += 1
        return history.record(kind, **data)

    at(0)
    record(EventKind.APP_START, version="1.0.0")
    sat_from = moment
    for number in range(10):
        sitting = rng.uniform(35, 55)
        at(sitting)
        record(EventKind.PROMPT_SHOWN, sitting_seconds=sitting * 60)
        for used in range(rng.choice([0, 0, 1, 1, 2])):
            record(EventKind.SNOOZED, minutes=5, snoozes_used=used + 1)
            at(5)
            record(EventKind.PROMPT_SHOWN, sitting_seconds=(moment - sat_from).total_seconds())
        if rng.random() < 0.2:
            record(EventKind.SKIPPED, sitting_seconds=(moment - sat_from).total_seconds())
            at(rng.uniform(10, 20))
            record(EventKind.PROMPT_SHOWN, sitting_seconds=(moment - sat_from).total_seconds())
        sat = (moment - sat_from).total_seconds()
        history.record_sitting(sat_from, moment)
        counts["sitting_pieces"] += 1
        done = rng.sample(EXERCISES, rng.randint(3, 6))
        routine_seconds = rng.uniform(90, 420)
        break_id = record(
            EventKind.BREAK_TAKEN,
            routine_id=rng.choice(ROUTINES),
            completed=rng.random() < 0.85,
            exercises_done=done,
            exercises_skipped=[],
            seconds=routine_seconds,
            sat_seconds=sat,
            targets=rng.sample(TARGETS, rng.randint(1, 3)),
        )
        if rng.random() < 0.6:
            history.record_tension(break_id, "before", rng.randint(3, 9))
            history.record_tension(break_id, "after", rng.randint(0, 6))
            counts["tension_answers"] += 2
        sat_from = at(routine_seconds / 60)
        if number in (2, 5, 8):
            record(EventKind.LOCK)
            at(rng.uniform(6, 30))
            record(EventKind.UNLOCK)
            record(EventKind.NATURAL_BREAK, sat_seconds=(moment - sat_from).total_seconds(), cause="lock")
            sat_from = moment
        if number == 4:
            record(EventKind.SUSPEND, seconds=rng.uniform(600, 3600))
            record(EventKind.PAUSE, until="indefinitely", reason="meeting")
            at(rng.uniform(20, 60))
            record(EventKind.RESUME)
            record(EventKind.NATURAL_BREAK, sat_seconds=600.0, cause="suspend")
            sat_from = moment
    at(10)
    record(EventKind.APP_STOP)


def median_ms(run: Callable[[], float], runs: int) -> float:
    return round(statistics.median(run() for _ in range(runs)) * 1000, 2)


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--keep", type=Path, help="generate into DIR/history.sqlite3 and keep it")
    args = parser.parse_args()

    with contextlib.nullcontext(str(args.keep)) if args.keep else tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "history.sqlite3"
        path.unlink(missing_ok=True)
        started = time.perf_counter()
        counts = generate(path, args.years)
        result: dict[str, object] = {
            "years": args.years,
            **counts,
            "generate_seconds": round(time.perf_counter() - started, 1),
            "file_mib": round(path.stat().st_size / 2**20, 1),
            "sqlite": sqlite3.sqlite_version,
        }
        clock = FakeClock(start=datetime.now(ZONE))

        for days in (7, 30, 365):
            opens, colds, totals = [], [], []
            for _ in range(args.runs):
                started = time.perf_counter()
                history = History(path, clock)
                opened = time.perf_counter()
                history.statistics(days=days)
                done = time.perf_counter()
                assert history.problem is None, history.problem
                history.close()
                opens.append(opened - started)
                colds.append(done - opened)
                totals.append(done - started)
            with History(path, clock) as history:
                history.statistics(days=days)
                warm = median_ms(lambda history=history, days=days: timed(lambda: history.statistics(days=days)), args.runs)
                streak = history.statistics(days=days).streak_days
            result[f"statistics_{days}d_ms"] = {
                "open": round(statistics.median(opens) * 1000, 2),
                "cold": round(statistics.median(colds) * 1000, 2),
                "open_plus_cold": round(statistics.median(totals) * 1000, 2),
                "warm": warm,
                "streak_days": streak,
            }

        for check in ("quick_check", "integrity_check"):

            def run_check(check: str = check) -> float:
                db = sqlite3.connect(path)
                try:
                    return timed(lambda: db.execute(f"PRAGMA {check}").fetchall())
                finally:
                    db.close()

            result[f"{check}_ms"] = median_ms(run_check, args.runs)

        # What schema 2 buys: a week's counts through the (kind, day) index, against
        # the scan schema 1 needed (the day derived from ts + utc_offset on every row).
        week = ((date.today() - timedelta(days=6)).isoformat(), date.today().isoformat())
        kinds = "kind IN ('break_taken', 'natural_break', 'snoozed', 'skipped')"
        queries = {
            "schema_2_index": f"SELECT day, kind, count(*) FROM events WHERE {kinds} AND day BETWEEN ? AND ? GROUP BY 1, 2",
            "schema_1_scan": "SELECT date(ts + utc_offset, 'unixepoch') AS d, kind, count(*) FROM events NOT INDEXED"
            f" WHERE {kinds} AND d BETWEEN ? AND ? GROUP BY 1, 2",
        }
        with contextlib.closing(sqlite3.connect(path)) as db:
            result["week_counts_ms"] = {
                name: median_ms(lambda sql=sql: timed(lambda: db.execute(sql, week).fetchall()), args.runs)
                for name, sql in queries.items()
            }

        saved = history_store.SYNCHRONOUS
        try:
            for mode in ("FULL", "NORMAL"):
                history_store.SYNCHRONOUS = mode
                with History(path, clock) as history:
                    samples = sorted(timed(lambda: history.record(EventKind.SNOOZED, minutes=5).wait()) for _ in range(200))
                result[f"record_{mode.lower()}_ms"] = {
                    "median": round(statistics.median(samples) * 1000, 3),
                    "p95": round(samples[int(len(samples) * 0.95)] * 1000, 3),
                }
        finally:
            history_store.SYNCHRONOUS = saved

        with History(path, clock) as history:
            target = folder / "export.csv"
            started = time.perf_counter()
            rows = history.export_csv(target)
            elapsed = time.perf_counter() - started
            result["export_csv"] = {"rows": rows, "ms": round(elapsed * 1000), "mib": round(target.stat().st_size / 2**20, 1)}
            target.unlink()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
