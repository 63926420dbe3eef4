"""Every break remembered: an append-only event log in SQLite, and statistics from it.

    history = History(paths.data_dir / "history.sqlite3", clock)
    ticket = history.record(EventKind.BREAK_TAKEN, routine_id="desk", completed=True, ...)
    history.record_tension(ticket, "before", 6)
    history.statistics(days=7)
    history.close()

Writing never makes the caller (the GUI thread) wait: record(),
record_sitting() and record_tension() queue the event and return at once. One
writer thread commits the queue in order (WAL, synchronous=FULL; see
history_store.SYNCHRONOUS), normally within milliseconds. While another
program holds the file locked, the writer keeps the events and tries again
with a growing pause until the lock is released. record() gives back an
EventTicket: the event's id once committed (record_tension() takes the ticket,
so an answer finds its break). close() waits for the queue (bounded). Trouble
with the disk never raises: an event that cannot be written is dropped,
`problem` says why in a sentence for the user, and the app goes on.

Reading (statistics, exercises_on, export_csv) first waits briefly for the
queue, so it sees what was just recorded, then reads on its own connection
with a short busy timeout.

At start a damaged file, or one from a newer KnotBreak, is moved aside as
history.sqlite3.broken-YYYYmmdd-HHMMSS and a fresh history started: the app
never fails to start because of its history. HistoryReader, for `knotbreak
stats` and `knotbreak export`, only reads: it never migrates, creates or moves
anything, since the app may be writing to that file.

Days: every event and sitting piece is stored with its UTC time and its local
calendar day, taken from the clock when it is recorded; statistics group by
that stored day, so a later DST or time-zone change never moves past events
between days. Counted sitting is split at local midnight (in the clock's time
zone).
"""

from __future__ import annotations

import csv
import io
import json
import logging
import math
import sqlite3
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from enum import Enum
from pathlib import Path
from time import monotonic
from typing import Any, Literal, Self, TypeVar

from knotbreak.core import history_queries
from knotbreak.core.atomic import atomic_write_text
from knotbreak.core.clock import Clock
from knotbreak.core.history_store import (
    BUSY_TIMEOUT_SECONDS,
    Damaged,
    OlderFormat,
    is_busy,
    is_damage,
    move_aside,
    open_database,
    open_read_only,
)
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

LOCKED = "another program keeps the history file locked"

# sqlite result codes (the low byte of error.sqlite_errorcode) worth a plain sentence.
_REASONS = {
    3: "permission to write the history file was denied",  # SQLITE_PERM
    5: LOCKED,  # SQLITE_BUSY
    6: LOCKED,  # SQLITE_LOCKED
    8: "the history file is read-only",  # SQLITE_READONLY
    13: "the disk is full",  # SQLITE_FULL
    14: "the history file cannot be opened",  # SQLITE_CANTOPEN
}

READ_WAIT_SECONDS = 1.0
"""How long a read waits for the events still queued, so that the statistics
shown right after a break include it. A read does not wait while the writer is
held up by a lock: it answers with what is committed."""

CLOSE_WAIT_SECONDS = 5.0
"""close() waits for the queue as long as the writer makes progress, and gives
up (the rest is lost, and logged) after this long without any: the file stays
locked by another program."""

FIRST_RETRY_SECONDS = 0.01
MAX_RETRY_SECONDS = 0.5
"""The writer's pause between attempts on a locked file doubles from the first
to the max: a released lock is noticed within half a second, and a long-held
one costs two attempts a second."""

LOCKED_REPORT_SECONDS = 3.0
"""After waiting this long for a lock, `problem` says so; a commit clears it."""

LOCKED_PROBLEM = f"History is waiting: {LOCKED}; new events are kept and saved when it lets go."

T = TypeVar("T")

_MISUSE = (sqlite3.ProgrammingError, sqlite3.InterfaceError, sqlite3.NotSupportedError)
"""Mistakes in the calling code (a closed cursor, a bad parameter), not trouble with the file: these raise."""


class _Failed:
    """What an operation gives back when the history could not be used."""


class _Busy:
    """What a write gives back when another connection holds the lock: try again later."""


_FAILED = _Failed()
_BUSY = _Busy()


class HistoryUnreadable(OSError):
    """The history could not be read (damaged, from another KnotBreak version, locked, unreadable)."""


class ExportError(OSError):
    """The export file could not be written: filename is that file (never a temporary one), strerror says why."""


class EventTicket:
    """What record() gives back at once: the event's id, known once the writer thread has committed it."""

    __slots__ = ("_done", "_id", "_settled")

    def __init__(self, settled: threading.Condition) -> None:
        self._settled = settled
        self._done = False
        self._id: int | None = None

    @property
    def id(self) -> int | None:
        """The committed id; None while still queued, and for an event that could not be saved."""
        return self._id

    def done(self) -> bool:
        """True once the event is committed, or known to be lost."""
        return self._done

    def wait(self, timeout: float | None = 10.0) -> int | None:
        """The id once committed, or None when it could not be saved; TimeoutError while still queued after timeout."""
        with self._settled:
            if not self._settled.wait_for(lambda: self._done, timeout):
                raise TimeoutError("the event is still waiting to be written to the history")
        return self._id

    def _settle(self, event_id: int | None) -> None:
        """Called by History with the condition held, which it then notifies."""
        self._id = event_id
        self._done = True

    def __repr__(self) -> str:
        return f"<EventTicket {self._id if self._done else 'queued'}>"


@dataclass
class _Job:
    write: Callable[[sqlite3.Connection], int | None]
    ticket: EventTicket


class History:
    def __init__(self, path: Path, clock: Clock) -> None:
        self.path = Path(path)
        self._clock = clock
        # Held while either connection is opened, used or closed, and while the
        # file is moved aside (which closes both): the writer thread and the
        # reading thread never use a connection the other is closing.
        self._file_lock = threading.Lock()
        self._db: sqlite3.Connection | None = None  # the writer's
        self._reader: sqlite3.Connection | None = None
        self._shut = False
        self._set_aside_problem: str | None = None
        self._io_problem: tuple[str, bool] | None = None  # (sentence, from a write)
        self._read_failure = "the history cannot be read"
        # The queue, its counters and every ticket share this condition.
        self._queue_changed = threading.Condition()
        self._jobs: deque[_Job] = deque()
        self._queued = 0
        self._finished = 0  # committed or dropped
        self._blocked_since: float | None = None  # monotonic, while the writer waits for a lock
        self._closing = False
        self._stopping = False
        with self._file_lock:
            self._open()
        # A daemon: a History nobody closed must not keep the process alive. The
        # app closes its history, which waits for the queue.
        self._writer = threading.Thread(target=self._write_loop, name="knotbreak-history-writer", daemon=True)
        self._writer.start()

    @property
    def problem(self) -> str | None:
        """A sentence for the user when something went wrong; None when all is well.

        A failing write or read is reported until a write succeeds again; a file
        moved aside is reported for the rest of the session.
        """
        trouble = self._io_problem
        return trouble[0] if trouble is not None else self._set_aside_problem

    # -- writing -----------------------------------------------------------

    def record(self, kind: EventKind, **data: Any) -> EventTicket:
        """Queue one event and return at once; the ticket gives its id once the writer has committed it."""
        kind = EventKind(kind)
        now = self._clock.now()
        row = (now.timestamp(), _offset_seconds(now), now.date().isoformat(), kind.value, _encode(data))

        def insert(db: sqlite3.Connection) -> int:
            cursor = db.execute("INSERT INTO events (ts, utc_offset, day, kind, data) VALUES (?, ?, ?, ?, ?)", row)
            assert cursor.lastrowid is not None
            return cursor.lastrowid

        return self._enqueue(insert)

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

        self._enqueue(insert)

    def record_tension(self, break_event: EventTicket | int | None, when: Literal["before", "after"], value: int) -> None:
        """The 0-10 answer given before or after a routine; a second answer replaces the first.

        break_event is the ticket record() gave for the break_taken event (or
        its id). It is written after the break, so the break's id is known by then.
        """
        if when not in ("before", "after"):
            raise ValueError(f"when must be 'before' or 'after', not {when!r}")
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
            raise ValueError(f"tension must be a whole number from 0 to 10, not {value!r}")
        if break_event is None:
            return

        def insert(db: sqlite3.Connection) -> None:
            break_id = break_event.id if isinstance(break_event, EventTicket) else break_event
            if break_id is None:  # the break itself could not be saved; problem already says so
                return
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

        self._enqueue(insert)

    def flush(self, timeout: float | None = CLOSE_WAIT_SECONDS) -> bool:
        """Wait until every event recorded so far is committed (or known lost); False when timeout ran out first."""
        return self._wait_for_writer(timeout, while_blocked=True)

    # -- reading -----------------------------------------------------------

    def statistics(self, days: int = 7, today: date | None = None) -> Statistics:
        """The last `days` days ending today (local), oldest first; zeros when the history cannot be read.

        longest_sitting_seconds is the largest sat_seconds of the day's
        break_taken and natural_break events; a skip does not end a stretch.
        """
        today = today or self._clock.now().date()
        history_queries.period(days, today)  # a bad `days` is the caller's mistake: raise it here
        result = self._read(lambda db: history_queries.statistics(db, days, today))
        return history_queries.empty(days, today) if isinstance(result, _Failed) else result

    def exercises_on(self, day: date) -> list[list[str]]:
        """The exercises of each routine taken on a local day (done, then skipped); [] when unreadable."""
        result = self._read(lambda db: _exercises_on(db, day))
        return [] if isinstance(result, _Failed) else result

    def summary(self) -> HistorySummary | None:
        """What the history holds, in counts a person can weigh; None when it cannot be read."""
        result = self._read(_summary)
        return None if isinstance(result, _Failed) else result

    def delete_everything(self) -> EventTicket:
        """Queue the removal of every event, sitting stretch and check-in answer.

        The ticket's id is the number of events deleted once done, None when it could not be.

        In the writer's order: what was recorded before is deleted, what is
        recorded after stays. The file itself stays, so nothing holding it is surprised.
        """

        def delete(db: sqlite3.Connection) -> int:
            with _transaction(db):
                for table in ("tension", "sitting", "events"):
                    deleted = db.execute(f"DELETE FROM {table}").rowcount  # noqa: S608 - fixed table names
            return max(deleted, 0)

        return self._enqueue(delete)

    def export_csv(self, path: Path) -> int:
        """Write every event to path as CSV (CSV_COLUMNS), atomically; the number of rows.

        Raises HistoryUnreadable when the history cannot be read, and
        ExportError (naming path) when path cannot be written. Neither changes
        `problem`: a full disk under path is no trouble of the history's.
        """
        result = self._read(_render_csv)
        if isinstance(result, _Failed):
            raise HistoryUnreadable(f"the history could not be read: {self._read_failure}")
        text, count = result
        _write_export(Path(path), text)
        return count

    def close(self) -> None:
        """Wait for the queued events, then close. The wait gives up after
        CLOSE_WAIT_SECONDS without progress (the file stays locked): those events are lost, and logged."""
        with self._queue_changed:
            if self._closing:
                return
            self._closing = True
        self._drain(CLOSE_WAIT_SECONDS)
        with self._queue_changed:
            self._stopping = True
            self._queue_changed.notify_all()
        self._writer.join(CLOSE_WAIT_SECONDS)
        with self._file_lock:
            self._shut = True
            self._close_connections()
        self._drop_queued("the history was closed")

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- the writer thread -------------------------------------------------

    def _enqueue(self, write: Callable[[sqlite3.Connection], int | None]) -> EventTicket:
        with self._queue_changed:
            ticket = EventTicket(self._queue_changed)
            if self._closing:
                log.warning("the history is closed; nothing was saved")
                ticket._settle(None)
                self._queue_changed.notify_all()
                return ticket
            self._jobs.append(_Job(write, ticket))
            self._queued += 1
            self._queue_changed.notify_all()
        return ticket

    def _write_loop(self) -> None:
        while True:
            with self._queue_changed:
                while not self._jobs and not self._stopping:
                    self._queue_changed.wait()
                if not self._jobs:
                    return
                job = self._jobs.popleft()
            try:
                result = self._commit(job)
            except Exception:  # a bug in an operation must not stop every later event
                log.exception("a history event could not be written")
                result = None
            with self._queue_changed:
                job.ticket._settle(None if isinstance(result, _Busy) else result)
                self._finished += 1
                self._queue_changed.notify_all()
            if isinstance(result, _Busy):  # closing, and the file is still locked
                self._drop_queued(f"{LOCKED} until KnotBreak quit", also_lost=1)
                return

    def _commit(self, job: _Job) -> int | None | _Busy:
        """Write one job, trying again while the file is locked; _BUSY only when closing meanwhile."""
        pause = FIRST_RETRY_SECONDS
        while True:
            with self._file_lock:
                result = self._use(job.write, writing=True)
            if not isinstance(result, _Busy):
                if self._blocked_since is not None:
                    with self._queue_changed:
                        self._blocked_since = None
                return None if isinstance(result, _Failed) else result
            with self._queue_changed:
                now = monotonic()
                if self._blocked_since is None:
                    self._blocked_since = now
                    self._queue_changed.notify_all()  # a read waiting for the queue answers now
                elif now - self._blocked_since >= LOCKED_REPORT_SECONDS:
                    self._report(LOCKED_PROBLEM, True)
                if self._stopping:
                    return _BUSY
                self._queue_changed.wait(pause)  # close() wakes this early
            pause = min(pause * 2, MAX_RETRY_SECONDS)

    def _drop_queued(self, reason: str, also_lost: int = 0) -> None:
        with self._queue_changed:
            lost = also_lost + len(self._jobs)
            while self._jobs:
                self._jobs.popleft().ticket._settle(None)
                self._finished += 1
            self._queue_changed.notify_all()
        if lost:
            log.warning("%d history event%s not saved: %s", lost, " was" if lost == 1 else "s were", reason)

    def _wait_for_writer(self, timeout: float | None, *, while_blocked: bool) -> bool:
        """Wait until the jobs queued so far are finished; False on timeout, or when the writer
        is held up by a lock and while_blocked is False."""
        deadline = None if timeout is None else monotonic() + timeout
        with self._queue_changed:
            target = self._queued
            while self._finished < target:
                if not while_blocked and self._blocked_since is not None:
                    return False
                remaining = None if deadline is None else deadline - monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                self._queue_changed.wait(remaining)
        return True

    def _drain(self, patience: float) -> bool:
        """Wait until the jobs queued so far are finished, as long as one finishes at least every patience seconds."""
        with self._queue_changed:
            target = self._queued
            finished, progress_at = self._finished, monotonic()
            while self._finished < target:
                if self._finished != finished:
                    finished, progress_at = self._finished, monotonic()
                remaining = progress_at + patience - monotonic()
                if remaining <= 0:
                    return False
                self._queue_changed.wait(remaining)
        return True

    # -- keeping the file usable -------------------------------------------

    def _read(self, operation: Callable[[sqlite3.Connection], T]) -> T | _Failed:
        self._wait_for_writer(READ_WAIT_SECONDS, while_blocked=False)
        with self._file_lock:
            result = self._use(operation, writing=False)
        return _FAILED if isinstance(result, _Busy) else result

    def _open(self) -> sqlite3.Connection | _Failed | _Busy:
        """The writer's connection, opening the file first (migrating it, or setting it aside) when needed."""
        if self._db is not None:
            return self._db
        try:
            self._db = open_database(self.path)
        except Damaged as damage:
            self._set_aside(str(damage))
        except sqlite3.Error as error:
            if is_busy(error):
                return _BUSY
            self._trouble(error, writing=True)
        except OSError as error:
            self._trouble(error, writing=True)
        return _FAILED if self._db is None else self._db

    def _reading_connection(self) -> sqlite3.Connection:
        if self._reader is None:
            self._reader = sqlite3.connect(
                str(self.path), timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=False
            )
        return self._reader

    def _close_connections(self) -> None:
        for db in (self._reader, self._db):
            if db is not None:
                db.close()
        self._reader = self._db = None

    def _set_aside(self, reason: str) -> None:
        """Keep the unusable file under another name and start a fresh history."""
        self._close_connections()
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

    def _use(self, operation: Callable[[sqlite3.Connection], T], *, writing: bool) -> T | _Failed | _Busy:
        """Run operation on the writer's or the reader's connection, turning trouble with the file into `problem`.

        Called with _file_lock held. A write on a locked file gives _BUSY, to be tried again.
        """
        for attempt in (1, 2):
            if self._shut:
                log.warning("the history is closed; nothing was %s", "saved" if writing else "read")
                return _FAILED
            opened = self._open()
            if isinstance(opened, _Busy):
                if writing:
                    return _BUSY
                self._trouble(LOCKED, writing=False)
                return _FAILED
            if isinstance(opened, _Failed):
                return _FAILED
            try:
                result = operation(opened if writing else self._reading_connection())
            except _MISUSE:
                raise
            except sqlite3.Error as error:
                if writing and is_busy(error):
                    return _BUSY
                if attempt == 1 and is_damage(error):
                    self._set_aside(str(error))
                    continue  # once more, on the fresh file
                self._trouble(error, writing=writing)
                return _FAILED
            if writing or not (self._io_problem and self._io_problem[1]):
                self._io_problem = None
            return result
        return _FAILED

    def _trouble(self, error: BaseException | str, *, writing: bool) -> None:
        reason = _reason(error)
        if writing:
            self._report(f"History is not being saved: {reason}.", True)
            return
        self._read_failure = reason
        if not (self._io_problem and self._io_problem[1]):
            self._report(f"History could not be read: {reason}.", False)

    def _report(self, sentence: str, is_write: bool) -> None:
        if self._io_problem is None or sentence != self._io_problem[0]:
            log.warning("%s", sentence)
        self._io_problem = (sentence, is_write)


class HistoryReader:
    """The history opened only to read it: `knotbreak stats` and `export`, while the app may be writing to it.

    Never migrates, creates or moves anything (only the app, at start, does).
    Raises HistoryUnreadable, with a sentence for the user, for a damaged
    history or one from a newer or older KnotBreak; a missing one reads as
    empty (`exists` is False).
    """

    def __init__(self, path: Path, clock: Clock) -> None:
        self.path = Path(path)
        self._clock = clock
        try:
            self._db = open_read_only(self.path)
        except (Damaged, OlderFormat) as error:
            raise self._unreadable(str(error)) from error
        except (sqlite3.Error, OSError) as error:
            raise self._unreadable(_reason(error)) from error

    @property
    def exists(self) -> bool:
        return self._db is not None

    def statistics(self, days: int = 7, today: date | None = None) -> Statistics:
        today = today or self._clock.now().date()
        history_queries.period(days, today)
        if self._db is None:
            return history_queries.empty(days, today)
        return self._read(lambda db: history_queries.statistics(db, days, today))

    def export_csv(self, path: Path) -> int:
        """Like History.export_csv; a missing history gives a file with the header only."""
        text, count = _render_csv(None) if self._db is None else self._read(_render_csv)
        _write_export(Path(path), text)
        return count

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _read(self, operation: Callable[[sqlite3.Connection], T]) -> T:
        assert self._db is not None
        try:
            return operation(self._db)
        except _MISUSE:
            raise
        except sqlite3.Error as error:
            raise self._unreadable(_reason(error)) from error

    def _unreadable(self, reason: str) -> HistoryUnreadable:
        return HistoryUnreadable(f"cannot read the history {self.path}: {reason}. It was left as it is.")


@dataclass(frozen=True)
class HistorySummary:
    events: int
    breaks_taken: int
    natural_breaks: int
    first_day: date | None


def _summary(db: sqlite3.Connection) -> HistorySummary:
    counts = dict(db.execute("SELECT kind, COUNT(*) FROM events GROUP BY kind").fetchall())
    (first,) = db.execute("SELECT MIN(day) FROM events").fetchone()
    return HistorySummary(
        events=sum(counts.values()),
        breaks_taken=counts.get(EventKind.BREAK_TAKEN.value, 0),
        natural_breaks=counts.get(EventKind.NATURAL_BREAK.value, 0),
        first_day=date.fromisoformat(first) if first else None,
    )


def _exercises_on(db: sqlite3.Connection, day: date) -> list[list[str]]:
    rows = db.execute(
        "SELECT data FROM events WHERE kind = ? AND day = ? ORDER BY id", (EventKind.BREAK_TAKEN.value, day.isoformat())
    )
    found = [json.loads(data) for (data,) in rows]
    return [list(item.get("exercises_done", [])) + list(item.get("exercises_skipped", [])) for item in found]


def _render_csv(db: sqlite3.Connection | None) -> tuple[str, int]:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for event_id, ts, offset, day, kind, data, before, after in db.execute(_EXPORT) if db is not None else ():
        local = datetime.fromtimestamp(ts, timezone(timedelta(seconds=offset)))
        writer.writerow((event_id, local.isoformat(timespec="seconds"), day, kind, data, before, after))
        count += 1
    return buffer.getvalue(), count


def _write_export(path: Path, text: str) -> None:
    try:
        atomic_write_text(path, text, make_parents=False)  # a mistyped folder is an error, not a new folder
    except OSError as error:
        # The error may name the temporary file next to path, or nothing at all
        # (a write that found the disk full): report the file the user chose.
        raise ExportError(error.errno, error.strerror or str(error), str(path)) from error


def split_by_day(start: datetime, end: datetime, zone: tzinfo) -> list[tuple[float, float, int, str]]:
    """(start_ts, end_ts, utc_offset, day) pieces of start..end, cut at each local midnight in zone.

    Durations are measured in real (UTC) time, so a piece over a DST change has
    its true length.
    """
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("sitting times must be timezone-aware")
    cursor = start.astimezone(UTC)
    stop = end.astimezone(UTC)
    pieces: list[tuple[float, float, int, str]] = []
    while cursor < stop:
        local = cursor.astimezone(zone)
        midnight = datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC)
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


def _reason(error: BaseException | str) -> str:
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None and code & 0xFF in _REASONS:
            return _REASONS[code & 0xFF]
        return str(error)
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror} ({error.filename})" if error.filename else error.strerror
    return str(error)
