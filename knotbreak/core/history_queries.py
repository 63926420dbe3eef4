"""Statistics from the history database (schema 2), as the dataclasses of stats.py.

Each query reads only the days shown, through the (kind, day) and sitting (day)
indexes, and aggregates in SQL; the streak walks distinct break days backwards
and stops at the first gap. All queries run in one read transaction, so they
see the same moment of the file while the app keeps writing.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from knotbreak.core.stats import DaySummary, Statistics, TensionPoint


def _number(path: str) -> str:
    """A numeric JSON field of data, or NULL when missing or not a number."""
    return f"(CASE WHEN json_type(data, '{path}') IN ('integer', 'real') THEN json_extract(data, '{path}') END)"


# longest_sitting_seconds comes from break_taken and natural_break only: a skip
# does not end a sitting stretch (the sitting goes on, and the stretch it was
# part of is reported by the break that finally ends it).
_PER_DAY = f"""
    SELECT day, kind, count(*),
           total({_number('$.seconds')}),
           max({_number('$.sat_seconds')}),
           total(json_extract(data, '$.completed') IS 1)
    FROM events
    WHERE kind IN ('break_taken', 'natural_break', 'snoozed', 'skipped') AND day BETWEEN ? AND ?
    GROUP BY day, kind
"""

_SITTING = "SELECT day, total(end_ts - start_ts) FROM sitting WHERE day BETWEEN ? AND ? GROUP BY day"

_COUNT_LIST = """
    SELECT item.value, count(*) AS times
    FROM events, json_each(events.data, '$.{field}') AS item
    WHERE events.kind = 'break_taken' AND events.day BETWEEN ? AND ? AND item.type = 'text'
    GROUP BY item.value
    ORDER BY times DESC, item.value
"""

_TENSION = """
    SELECT events.day,
           avg(CASE WHEN tension.moment = 'before' THEN tension.value END),
           avg(CASE WHEN tension.moment = 'after' THEN tension.value END),
           count(DISTINCT tension.break_id)
    FROM events JOIN tension ON tension.break_id = events.id
    WHERE events.kind = 'break_taken' AND events.day BETWEEN ? AND ?
    GROUP BY events.day
"""

_BREAK_DAYS = "SELECT DISTINCT day FROM events WHERE kind = 'break_taken' AND day <= ? ORDER BY day DESC"


def period(days: int, today: date) -> list[date]:
    if days < 1:
        raise ValueError(f"days must be at least 1, not {days}")
    return [today - timedelta(days=offset) for offset in range(days - 1, -1, -1)]


def empty(days: int, today: date) -> Statistics:
    """What statistics() shows when the history cannot be read: every day at zero."""
    summaries = tuple(DaySummary(day) for day in period(days, today))
    tension = tuple(TensionPoint(day, None, None, 0) for day in period(days, today))
    return Statistics(today=summaries[-1], days=summaries, streak_days=0, tension=tension)


def statistics(db: sqlite3.Connection, days: int, today: date) -> Statistics:
    dates = period(days, today)
    bounds = (dates[0].isoformat(), today.isoformat())
    db.execute("BEGIN")  # one snapshot for every query below
    try:
        fields: dict[str, dict[str, float]] = {d.isoformat(): {} for d in dates}
        for day, kind, count, seconds, longest, completed in db.execute(_PER_DAY, bounds):
            values = fields[day]
            values[kind] = count
            if kind == "break_taken":
                values["stretch_seconds"] = seconds
                values["routines_completed"] = completed
            if kind in ("break_taken", "natural_break") and longest is not None:
                values["longest"] = max(values.get("longest", 0.0), longest)
        for day, seconds in db.execute(_SITTING, bounds):
            fields[day]["sitting"] = seconds
        top_exercises = tuple(db.execute(_COUNT_LIST.format(field="exercises_done"), bounds))
        body_areas = tuple(db.execute(_COUNT_LIST.format(field="targets"), bounds))
        answers = {day: (before, after, count) for day, before, after, count in db.execute(_TENSION, bounds)}
        streak = _streak(db, today)
    finally:
        if db.in_transaction:  # some errors end the transaction themselves
            db.execute("COMMIT")
    summaries = tuple(_summary(d, fields[d.isoformat()]) for d in dates)
    tension = tuple(TensionPoint(d, *answers.get(d.isoformat(), (None, None, 0))) for d in dates)
    return Statistics(
        today=summaries[-1],
        days=summaries,
        streak_days=streak,
        top_exercises=top_exercises,
        body_areas=body_areas,
        tension=tension,
    )


def _summary(day: date, values: dict[str, float]) -> DaySummary:
    return DaySummary(
        day=day,
        sitting_seconds=float(values.get("sitting", 0.0)),
        longest_sitting_seconds=float(values.get("longest", 0.0)),
        breaks_taken=int(values.get("break_taken", 0)),
        natural_breaks=int(values.get("natural_break", 0)),
        snoozed=int(values.get("snoozed", 0)),
        skipped=int(values.get("skipped", 0)),
        stretch_seconds=float(values.get("stretch_seconds", 0.0)),
        routines_completed=int(values.get("routines_completed", 0)),
    )


def _streak(db: sqlite3.Connection, today: date) -> int:
    """Days in a row with a break_taken, ending today, or yesterday if today has none yet."""
    cursor = db.execute(_BREAK_DAYS, (today.isoformat(),))
    try:
        first = cursor.fetchone()
        if first is None:
            return 0
        expected = today if first[0] == today.isoformat() else today - timedelta(days=1)
        streak = 0
        row = first
        while row is not None and row[0] == expected.isoformat():
            streak += 1
            expected -= timedelta(days=1)
            row = cursor.fetchone()
        return streak
    finally:
        cursor.close()
