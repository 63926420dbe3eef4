"""Every break remembered: an append-only event log in SQLite, and statistics from it.

    history = History(paths.data_dir / "history.sqlite3", clock)
    break_id = history.record(EventKind.BREAK_TAKEN, routine_id="desk", completed=True, ...)
    history.record_tension(break_id, "before", 6)
    history.statistics(days=7)

Safety: record() commits before it returns (WAL, synchronous=FULL; see
history_store.SYNCHRONOUS), so an event survives the app being killed, and
never raises because of the disk: when the history cannot be written, record()
returns None, `problem` says why in a sentence for the user, and the app goes
on. A damaged file, or one from a newer KnotBreak, is moved aside as
history.sqlite3.broken-YYYYmmdd-HHMMSS and a fresh history started: the app
never fails to start because of its history.

Days: every event and sitting piece is stored with its UTC time and its local
calendar day, taken from the clock when it is written; statistics group by that
stored day, so a later DST or time-zone change never moves past events between
days. Counted sitting is split at local midnight (in the clock's time zone).
"""

from __future__ import annotations

import csv
import io
import json
import logging
import math
import sqlite3
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from enum import Enum
from pathlib import Path
from typing import Any, Literal, TypeVar

from knotbreak.core import history_queries
from knotbreak.core.atomic import atomic_write_text
from knotbreak.core.clock import Clock
from knotbreak.core.history_store import Damaged, is_damage, move_aside, open_database
from knotbreak.core.stats import Statistics

log = logging.getLogger(__name__)


class EventKind(str, Enum):
    APP_START = "app_start"
    APP_STOP = "app_stop"
    PROMPT_SHOWN = "prompt_shown"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    BREAK_TAKEN = "break_taken"
    NATURAL_BREAK = "natural_break"
    SUSPEND = "suspend"
    LOCK = "lock"
    UNLOCK = "unlock"
    PAUSE = "pause"
    RESUME = "resume"


CSV_COLUMNS = ("id", "time", "day", "kind", "data", "tension_before", "tension_after")

_EXPORT = """
    SELECT id, ts, utc_offset, day, kind, data,
           (SELECT value FROM tension WHERE break_id = events.id AND moment = 'before'),
           (SELECT value FROM tension WHERE break_id = events.id AND moment = 'after')
    FROM events ORDER BY id
"""

# sqlite result codes (the low byte of error.sqlite_errorcode) worth a plain sentence.
_REASONS = {
    3: "permission to write the history file was denied",  # SQLITE_PERM
    5: "another program keeps the history file locked",  # SQLITE_BUSY
    6: "another program keeps the history file locked",  # SQLITE_LOCKED
    8: "the history file is read-only",  # SQLITE_READONLY
    13: "the disk is full",  # SQLITE_FULL
    14: "the history file cannot be opened",  # SQLITE_CANTOPEN
}

T = TypeVar("T")

_MISUSE = (sqlite3.ProgrammingError, sqlite3.InterfaceError, sqlite3.NotSupportedError)
"""Mistakes in the calling code (another thread, a closed cursor), not trouble with the file: these raise."""


class _Failed:
    """What an operation gives back when the history could not be used."""


_FAILED = _Failed()


class History:
    def __init__(self, path: Path, clock: Clock) -> None:
        self.path = Path(path)
        self._clock = clock
        self._db: sqlite3.Connection | None = None
        self._closed = False
        self._set_aside_problem: str | None = None
        self._io_problem: str | None = None
        self._io_problem_is_write = False
        self._open()

    @property
    def problem(self) -> str | None:
        """A sentence for the user when something went wrong; None when all is well.

        A failing write or read is reported until a write succeeds again; a file
        moved aside is reported for the rest of the session.
        """
        return self._io_problem or self._set_aside_problem

    # -- writing -----------------------------------------------------------

    def record(self, kind: EventKind, **data: Any) -> int | None:
        """Store one event, committed before returning; its id, or None when it could not be saved."""
        kind = EventKind(kind)
        now = self._clock.now()
        row = (now.timestamp(), _offset_seconds(now), now.date().isoformat(), kind.value, _encode(data))

        def insert(db: sqlite3.Connection) -> int:
            cursor = db.execute("INSERT INTO events (ts, utc_offset, day, kind, data) VALUES (?, ?, ?, ?, ?)", row)
            assert cursor.lastrowid is not None
            return cursor.lastrowid

        result = self._use(insert, writing=True)
        return None if isinstance(result, _Failed) else result

    def record_sitting(self, start: datetime, end: datetime) -> None:
        """A stretch of counted sitting, stored as one row per local calendar day it covers."""
        zone = self._clock.now().tzinfo
        assert zone is not None
        pieces = split_by_day(start, end, zone)
        if not pieces:
            return

        def insert(db: sqlite3.Connection) -> None:
            with _transaction(db):
                db.executemany("INSERT INTO sitting (start_ts, end_ts, utc_offset, day) VALUES (?, ?, ?, ?)", pieces)

        self._use(insert, writing=True)

    def record_tension(self, break_id: int, when: Literal["before", "after"], value: int) -> None:
        """The 0-10 answer given before or after the routine of break_id; a second answer replaces the first."""
        if when not in ("before", "after"):
            raise ValueError(f"when must be 'before' or 'after', not {when!r}")
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
            raise ValueError(f"tension must be a whole number from 0 to 10, not {value!r}")
        if break_id is None:  # the break itself could not be saved; problem already says so
            return

        def insert(db: sqlite3.Connection) -> None:
            found = db.execute("SELECT kind FROM events WHERE id = ?", (break_id,)).fetchone()
            if found is None or found[0] != EventKind.BREAK_TAKEN.value:
                # Not an error worth stopping for: the file may have been set aside since.
                log.warning("tension answer for event %s ignored: it is not a break_taken event", break_id)
                return
            db.execute(
                "INSERT INTO tension (break_id, moment, value) VALUES (?, ?, ?)"
                " ON CONFLICT (break_id, moment) DO UPDATE SET value = excluded.value",
                (break_id, when, value),
            )

        self._use(insert, writing=True)

    # -- reading -----------------------------------------------------------

    def statistics(self, days: int = 7, today: date | None = None) -> Statistics:
        """The last `days` days ending today (local), oldest first; zeros when the history cannot be read.

        longest_sitting_seconds is the largest sat_seconds of the day's
        break_taken and natural_break events; a skip does not end a stretch.
        """
        today = today or self._clock.now().date()
        history_queries.period(days, today)  # a bad `days` is the caller's mistake: raise it here
        result = self._use(lambda db: history_queries.statistics(db, days, today), writing=False)
        return history_queries.empty(days, today) if isinstance(result, _Failed) else result

    def exercises_on(self, day: date) -> list[list[str]]:
        """The exercises of each routine taken on a local day (done, then skipped); [] when unreadable."""

        def read(db: sqlite3.Connection) -> list[list[str]]:
            rows = db.execute(
                "SELECT data FROM events WHERE kind = ? AND day = ? ORDER BY id", (EventKind.BREAK_TAKEN.value, day.isoformat())
            )
            found = [json.loads(data) for (data,) in rows]
            return [list(item.get("exercises_done", [])) + list(item.get("exercises_skipped", [])) for item in found]

        result = self._use(read, writing=False)
        return [] if isinstance(result, _Failed) else result

    def export_csv(self, path: Path) -> int:
        """Write every event to path as CSV (CSV_COLUMNS), atomically; the number of rows.

        Raises OSError when the history cannot be read or the file cannot be written.
        """

        def render(db: sqlite3.Connection) -> tuple[str, int]:
            buffer = io.StringIO(newline="")
            writer = csv.writer(buffer)
            writer.writerow(CSV_COLUMNS)
            count = 0
            for event_id, ts, offset, day, kind, data, before, after in db.execute(_EXPORT):
                local = datetime.fromtimestamp(ts, timezone(timedelta(seconds=offset)))
                writer.writerow((event_id, local.isoformat(timespec="seconds"), day, kind, data, before, after))
                count += 1
            return buffer.getvalue(), count

        result = self._use(render, writing=False)
        if isinstance(result, _Failed):
            raise OSError(self.problem or "the history cannot be read")
        text, count = result
        atomic_write_text(Path(path), text, make_parents=False)  # a mistyped folder is an error, not a new folder
        return count

    def close(self) -> None:
        self._closed = True
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- keeping the file usable -------------------------------------------

    def _open(self) -> sqlite3.Connection | None:
        try:
            self._db = open_database(self.path)
        except Damaged as damage:
            self._set_aside(str(damage))
        except (sqlite3.Error, OSError) as error:
            self._trouble(error, writing=True)
        return self._db

    def _set_aside(self, reason: str) -> None:
        """Keep the unusable file under another name and start a fresh history."""
        if self._db is not None:
            self._db.close()
            self._db = None
        try:
            aside = move_aside(self.path, self._clock.now())
        except OSError as error:
            self._report(
                f"History is not being saved: the history file is damaged ({reason})"
                f" and could not be set aside ({_reason(error)}).",
                True,
            )
            return
        self._set_aside_problem = (
            f"Your break history could not be read ({reason}), so it was kept as {aside} and a new history was started."
        )
        log.warning("%s", self._set_aside_problem)
        try:
            self._db = open_database(self.path)
        except (Damaged, sqlite3.Error, OSError) as error:
            self._trouble(error, writing=True)

    def _use(self, operation: Callable[[sqlite3.Connection], T], *, writing: bool) -> T | _Failed:
        """Run operation on the database, turning any trouble with the file into `problem`."""
        for attempt in (1, 2):
            if self._closed:
                log.warning("the history is closed; nothing was %s", "saved" if writing else "read")
                return _FAILED
            db = self._db or self._open()
            if db is None:
                return _FAILED
            try:
                result = operation(db)
            except _MISUSE:
                raise
            except sqlite3.Error as error:
                if attempt == 1 and is_damage(error):
                    self._set_aside(str(error))
                    continue  # once more, on the fresh file
                self._trouble(error, writing=writing)
                return _FAILED
            if writing or not self._io_problem_is_write:
                self._io_problem = None
            return result
        return _FAILED

    def _trouble(self, error: BaseException, *, writing: bool) -> None:
        if writing:
            self._report(f"History is not being saved: {_reason(error)}.", True)
        elif not (self._io_problem and self._io_problem_is_write):
            self._report(f"History could not be read: {_reason(error)}.", False)

    def _report(self, sentence: str, is_write: bool) -> None:
        if sentence != self._io_problem:
            log.warning("%s", sentence)
        self._io_problem = sentence
        self._io_problem_is_write = is_write


def split_by_day(start: datetime, end: datetime, zone: tzinfo) -> list[tuple[float, float, int, str]]:
    """(start_ts, end_ts, utc_offset, day) pieces of start..end, cut at each local midnight in zone.

    Durations are measured in real (UTC) time, so a piece over a DST change has
    its true length.
    """
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("sitting times must be timezone-aware")
    cursor = start.astimezone(timezone.utc)
    stop = end.astimezone(timezone.utc)
    pieces: list[tuple[float, float, int, str]] = []
    while cursor < stop:
        local = cursor.astimezone(zone)
        midnight = datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=zone).astimezone(timezone.utc)
        piece_end = min(stop, midnight) if midnight > cursor else stop
        pieces.append((cursor.timestamp(), piece_end.timestamp(), _offset_seconds(local), local.date().isoformat()))
        cursor = piece_end
    return pieces


class _transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        if kind is None:
            self._db.execute("COMMIT")
        elif self._db.in_transaction:
            self._db.execute("ROLLBACK")


def _offset_seconds(moment: datetime) -> int:
    offset = moment.utcoffset()
    return 0 if offset is None else round(offset.total_seconds())


def _encode(data: dict[str, Any]) -> str:
    """data as a JSON object. Never refuses an event over one odd value: NaN and
    infinities become null, dates their ISO text, anything else its str()."""
    return json.dumps(_plain(data), ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_fallback)


def _plain(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


def _fallback(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    return str(value)


def _reason(error: BaseException) -> str:
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None and code & 0xFF in _REASONS:
            return _REASONS[code & 0xFF]
        return str(error)
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror} ({error.filename})" if error.filename else error.strerror
    return str(error)
