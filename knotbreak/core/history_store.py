"""The history database file: its schema, migrations, and what happens when it is damaged.

Plain sqlite3 and no Qt; history.py builds the public History on top of this.

open_database (the app, at start) returns a ready connection (schema at
SCHEMA_VERSION), raises Damaged when the file is not a usable history (it
should be moved aside and a fresh one started), or raises sqlite3.Error /
OSError when the file cannot be used right now (disk full, read-only, locked):
that is not the file's fault, so it is left where it is.

open_read_only (`knotbreak stats` and `export`) never migrates, creates or
moves anything: the running app may be writing to that very file, and only
the app decides what happens to it.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2

SYNCHRONOUS = "FULL"
"""How hard each commit is pushed to the disk.

An event must survive kill -9 once the history's writer thread has committed
it. In WAL mode both NORMAL and FULL give that: a commit is in the -wal file
(in the OS page cache) when sqlite returns, and the next open replays it. They
differ on power loss or a kernel crash: NORMAL fsyncs the WAL only at
checkpoints, so the last few commits can be lost; FULL fsyncs the WAL on every
commit, so nothing committed is ever lost. FULL costs one fsync of the -wal per
event: bench/history.py measured a commit at 0.35 ms (p95 0.45 ms) with FULL
against 0.017 ms with NORMAL on the development VM, and a slow laptop disk may
take a few milliseconds per fsync. The commits happen on the writer thread and
the app records a few dozen events an hour, so the cost is invisible and FULL
it is.
"""

BUSY_TIMEOUT_SECONDS = 0.1
"""How long one attempt waits for a lock another connection holds. Short: the
history's writer thread tries again with a growing pause for as long as the
lock is held, and a reader would rather answer without the newest events than
keep the window waiting."""

INTEGRITY_CHECK = "quick_check"
"""Run on every open. quick_check verifies every page and row of the b-trees, like
integrity_check, but skips comparing each index against its table, which is
most of integrity_check's time: at five years of heavy use (100,000 events,
16 MiB) quick_check takes 69 ms and integrity_check 116 ms (bench/history.py).
Set this to "integrity_check" to also catch an index that disagrees with its table."""

# Schema 1, as the first version wrote it: one row per event with the UTC time
# and the local offset, counted sitting as start/end pairs, tension answers in
# their own table. The local day was derived when needed, which meant a full scan
# for every statistic.
SCHEMA_1 = (
    """CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        ts REAL NOT NULL,               -- UTC, seconds since the epoch
        utc_offset INTEGER NOT NULL,    -- seconds east of UTC on the local clock when it was written
        kind TEXT NOT NULL,
        data TEXT NOT NULL DEFAULT '{}' -- JSON object
    )""",
    """CREATE TABLE sitting (
        id INTEGER PRIMARY KEY,
        start_ts REAL NOT NULL,
        end_ts REAL NOT NULL,
        utc_offset INTEGER NOT NULL
    )""",
    """CREATE TABLE tension (
        break_id INTEGER NOT NULL,      -- events.id of a break_taken event
        moment TEXT NOT NULL CHECK (moment IN ('before', 'after')),
        value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 10),
        PRIMARY KEY (break_id, moment)
    ) WITHOUT ROWID""",
)

_DAY_CHECK = "CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')"

# Schema 2: the local calendar day (YYYY-MM-DD) is stored with every event and
# sitting piece, fixed when it was written (so a later DST or time-zone change
# never moves past events to another day), and indexed, so statistics read only
# the days they show. Schema 1 kept the offset, so the day is exactly recovered:
# date(ts + utc_offset). The tables are rebuilt (not ALTERed) so `day` can be
# NOT NULL and `data` checked to be JSON; ids are kept.
MIGRATE_1_TO_2 = (
    f"""CREATE TABLE events_v2 (
        id INTEGER PRIMARY KEY,
        ts REAL NOT NULL,
        utc_offset INTEGER NOT NULL,
        day TEXT NOT NULL {_DAY_CHECK},   -- local calendar day when it was written
        kind TEXT NOT NULL,
        data TEXT NOT NULL DEFAULT '{{}}' CHECK (json_valid(data))
    )""",
    # A data value that is not JSON (hand-edited) is kept as a string, not dropped.
    """INSERT INTO events_v2 (id, ts, utc_offset, day, kind, data)
        SELECT id, ts, utc_offset, date(ts + utc_offset, 'unixepoch'), kind,
               CASE WHEN json_valid(data) THEN data ELSE json_object('raw', data) END
        FROM events""",
    "DROP TABLE events",
    "ALTER TABLE events_v2 RENAME TO events",
    # Serves every statistic: counts per kind over a day range, and the streak
    # (distinct break days, newest first) as a backwards walk of the index.
    "CREATE INDEX events_kind_day ON events (kind, day)",
    f"""CREATE TABLE sitting_v2 (
        id INTEGER PRIMARY KEY,
        start_ts REAL NOT NULL,
        end_ts REAL NOT NULL,
        utc_offset INTEGER NOT NULL,
        day TEXT NOT NULL {_DAY_CHECK}
    )""",
    """INSERT INTO sitting_v2 (id, start_ts, end_ts, utc_offset, day)
        SELECT id, start_ts, end_ts, utc_offset, date(start_ts + utc_offset, 'unixepoch') FROM sitting""",
    "DROP TABLE sitting",
    "ALTER TABLE sitting_v2 RENAME TO sitting",
    # Covering: the per-day sum never touches the table.
    "CREATE INDEX sitting_day ON sitting (day, start_ts, end_ts)",
)

MIGRATIONS: dict[int, tuple[str, ...]] = {1: SCHEMA_1, 2: MIGRATE_1_TO_2}
"""version -> the statements that bring the previous version (0: an empty file) to it."""

TABLES = frozenset({"events", "sitting", "tension"})

SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26


class Damaged(Exception):
    """The file is not a history we can use; keep it aside and start a fresh one."""


class OlderFormat(Exception):
    """The history is in an older format: only the app migrates it, when it starts."""


def is_damage(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)


def is_busy(error: sqlite3.Error) -> bool:
    """Another connection holds the lock: worth trying again later, nothing is wrong with the file."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED)


def open_database(path: Path) -> sqlite3.Connection:
    """A connection to the history at path, created or migrated to SCHEMA_VERSION.

    The connection may be used from any thread, one at a time: History passes
    it to its writer thread and guards it with a lock.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    _check_header(path)
    # Autocommit: every statement outside an explicit BEGIN commits on its own,
    # before execute() returns.
    db = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=False)
    with _closed_on_failure(db):
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode != "wal":
            # Some network file systems cannot share the -shm memory map. A rollback
            # journal with the same synchronous setting is just as crash-safe, only
            # slower, and better than keeping no history at all.
            log.warning("the history at %s stays in %s journal mode: WAL is not possible there", path, mode)
        db.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
        _check(db)
        _migrate(db)
    return db


@contextmanager
def _closed_on_failure(db: sqlite3.Connection) -> Iterator[None]:
    """Close db if the block fails; damage found on the way is raised as Damaged."""
    try:
        yield
    except sqlite3.DatabaseError as error:
        db.close()
        if is_damage(error):
            raise Damaged(str(error)) from error
        raise
    except BaseException:
        db.close()
        raise


def open_read_only(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to the history at path; None when there is no history yet.

    Never creates the file or its folder, never migrates, never moves anything.
    Raises Damaged (not a usable history, or one from a newer KnotBreak),
    OlderFormat, or sqlite3.Error / OSError when it cannot be read right now.
    """
    if not path.exists():
        return None
    _check_header(path)
    if path.stat().st_size == 0:
        return None
    # mode=ro: sqlite opens the file read-only and never creates it.
    db = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    with _closed_on_failure(db):
        version = _check(db)
        if version == 0:  # an empty database: nothing recorded yet
            db.close()
            return None
        if version < SCHEMA_VERSION:
            raise OlderFormat(
                f"it is in an older format (history format {version}); start the KnotBreak app once to update it"
            )
    return db


SQLITE_HEADER = b"SQLite format 3\x00"


def _check_header(path: Path) -> None:
    """Refuse a file that is plainly not sqlite before sqlite opens it: closing
    such a file deletes its -wal, which should be kept aside with it."""
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    if head and head != SQLITE_HEADER:
        raise Damaged("file is not a database")


def _check(db: sqlite3.Connection) -> int:
    """The file's history format; raises Damaged when it is not a history this version can use."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise Damaged(f"it was written by a newer KnotBreak (history format {version}, this one knows {SCHEMA_VERSION})")
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if version == 0 and tables:
        raise Damaged("it is a database, but not a KnotBreak history")
    if version > 0 and not TABLES <= tables:
        raise Damaged(f"tables are missing: {', '.join(sorted(TABLES - tables))}")
    rows = [row[0] for row in db.execute(f"PRAGMA {INTEGRITY_CHECK}")]
    if rows != ["ok"]:
        raise Damaged(f"the integrity check failed: {rows[0]}")
    return int(version)


def _migrate(db: sqlite3.Connection) -> None:
    if db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
        return
    # IMMEDIATE: take the write lock first, then look again, so two processes
    # opening an old file together migrate it once.
    db.execute("BEGIN IMMEDIATE")
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        for target in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[target]:
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {target}")
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:  # some errors (a full disk) end the transaction themselves
            db.execute("ROLLBACK")
        raise


def move_aside(path: Path, now: datetime) -> Path:
    """Rename path (and its -wal and -shm) to path.broken-YYYYmmdd-HHMMSS; returns the new name.

    The -wal goes first: a stale -wal left next to a fresh database would be
    replayed into it.
    """
    stamp = now.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.broken-{stamp}")
    counter = 1
    while any(_companion(aside, suffix).exists() for suffix in ("", "-wal", "-shm")):
        aside = path.with_name(f"{path.name}.broken-{stamp}-{counter}")
        counter += 1
    for suffix in ("-wal", "-shm", ""):
        source = _companion(path, suffix)
        if source.exists():
            source.rename(_companion(aside, suffix))
    return aside


def _companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)
