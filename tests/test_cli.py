"""The command line against a real running instance, in its own process."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from knotbreak.core.paths import Paths

START_TIMEOUT = 20.0


def run_cli(*args: str, timeout: float = 20) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "knotbreak", *args], capture_output=True, text=True, timeout=timeout, env=os.environ.copy())


def wait_for(predicate, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    """Poll a condition in another process until it holds (no fixed sleeps)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


@pytest.fixture
def running_app(user_dirs: Paths) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen([sys.executable, "-m", "knotbreak"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy())
    try:
        wait_for(lambda: process.poll() is not None or run_cli("status").returncode == 0, START_TIMEOUT, "the app to answer")
        assert process.poll() is None, process.communicate()
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        _, errors = process.communicate(timeout=10)
    # What the app printed on its way: no PySide6 or Qt complaint (they bypass Qt's message handler here).
    assert not [line for line in errors.splitlines() if line.startswith(("libpyside", "qt.", "QObject", "Q"))], errors


def status() -> dict:  # type: ignore[type-arg]
    result = run_cli("status", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_not_running_exits_1(user_dirs: Paths) -> None:
    result = run_cli("status")
    assert result.returncode == 1
    assert "not running" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["snooze", "soon"], "snooze: not a duration: 'soon'"),
        (["snooze", "500"], "between 1 and 240"),
        (["pause", "3x"], "pause: not a duration"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["status", "--yaml"], "unrecognized arguments: --yaml"),
    ],
)
def test_bad_usage_exits_2_and_names_the_problem(user_dirs: Paths, args: list[str], message: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert message in result.stderr


def test_version_and_help() -> None:
    assert run_cli("--version").stdout.startswith("knotbreak ")
    help_text = run_cli("--help").stdout
    for command in ("break", "snooze", "skip", "pause", "resume", "status", "quit"):
        assert command in help_text


def test_every_command_against_a_running_app(running_app: subprocess.Popen[str], user_dirs: Paths) -> None:
    first = status()
    assert first["state"] == "working" and first["idle_source"] == "none"
    assert first["seconds_to_break"] in (2999, 3000) and first["paused_until"] is None

    second = run_cli()
    assert second.returncode == 0 and "already running" in second.stdout

    assert run_cli("snooze", "5").returncode == 0
    assert (status()["state"], status()["snoozes_used"]) == ("snoozed", 1)
    assert run_cli("skip").returncode == 0
    assert status()["state"] == "working"
    assert run_cli("pause", "30m").returncode == 0
    paused = status()
    assert paused["state"] == "paused" and paused["seconds_to_break"] is None and paused["next_break_at"] is None
    refused = run_cli("snooze")
    assert refused.returncode == 3 and "cannot snooze while paused" in refused.stderr
    assert run_cli("pause", "tomorrow").returncode == 0
    assert "T06:00:00" in status()["paused_until"]
    assert run_cli("pause").returncode == 0
    assert status()["paused_until"] == "indefinitely"
    assert run_cli("resume").returncode == 0
    assert status()["state"] == "working"
    assert run_cli("break").returncode == 0
    assert status()["state"] == "on_break"
    human = run_cli("status")
    assert human.returncode == 0 and human.stdout.splitlines()[0] == "On a break"

    assert run_cli("quit").returncode == 0
    running_app.wait(timeout=10)
    assert running_app.returncode == 0
    assert run_cli("status").returncode == 1


def _raw_exchange(path: Path, payload: bytes, read: bool = True) -> bytes:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(10)
        client.connect(str(path))
        client.sendall(payload)
        if not read:
            return b""
        chunks = []
        while True:
            chunk = client.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="Unix sockets only")
def test_hostile_messages_get_errors_and_never_stop_the_app(running_app: subprocess.Popen[str], user_dirs: Paths) -> None:
    path = user_dirs.socket_path
    assert (path.stat().st_mode & 0o077) == 0, "the socket is for its owner only"
    for payload, error in [
        (b"garbage\n", b"not valid JSON"),
        (b'{"command": "rm -rf"}\n', b"unknown command"),
        (b'{"command": "snooze", "minutes": -5}\n', b"between 1 and 240"),
        (b"x" * 100_000, b"request too long"),
        (b"\x00\xff" * 10 + b"\n", b"not valid JSON"),
        (b"[" * 3000 + b"\n", b"not valid JSON"),
    ]:
        reply = json.loads(_raw_exchange(path, payload))
        assert reply["ok"] is False and error.decode() in reply["error"]
    # A peer that connects and says nothing, or leaves half-way, blocks nobody.
    silent = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    silent.connect(str(path))
    _raw_exchange(path, b'{"command": "sta', read=False)
    assert status()["state"] == "working"
    silent.close()
    assert running_app.poll() is None


def test_a_stale_socket_and_lock_from_a_killed_instance_do_not_block_a_restart(user_dirs: Paths) -> None:
    first = subprocess.Popen([sys.executable, "-m", "knotbreak"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: first.poll() is not None or run_cli("status").returncode == 0, START_TIMEOUT, "the first instance")
    finally:
        first.kill()  # kill -9: no clean-up at all
        first.communicate(timeout=10)
    assert user_dirs.socket_path.exists()
    second = subprocess.Popen([sys.executable, "-m", "knotbreak"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: second.poll() is not None or run_cli("status").returncode == 0, START_TIMEOUT, "the second instance")
        assert second.poll() is None
        assert run_cli("quit").returncode == 0
        assert second.wait(timeout=10) == 0
    finally:
        if second.poll() is None:
            second.kill()
        second.communicate(timeout=10)


def test_stats_and_export_read_the_history_without_the_app(user_dirs: Paths, tmp_path: Path) -> None:
    from datetime import timedelta

    from knotbreak.core.clock import SystemClock
    from knotbreak.core.history import EventKind, History

    clock = SystemClock()
    with History(user_dirs.history_file, clock) as history:
        break_id = history.record(EventKind.BREAK_TAKEN, routine_id="desk-reset", completed=True, exercises_done=["chest-stretch"],
                                  exercises_skipped=[], seconds=120.0, sat_seconds=3000.0, targets=["chest"])
        history.record_tension(break_id, "before", 7)
        history.record(EventKind.SNOOZED, minutes=10, snoozes_used=1)
        now = clock.now()
        history.record_sitting(now - timedelta(minutes=50), now - timedelta(minutes=2))

    result = run_cli("stats", "--json")
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert stats["today"]["breaks_taken"] == 1 and stats["today"]["snoozed"] == 1
    assert stats["today"]["sitting_seconds"] == 48 * 60
    assert len(stats["days"]) == 7 and stats["streak_days"] == 1
    assert stats["top_exercises"] == [{"exercise": "chest-stretch", "count": 1}]

    human = run_cli("stats")
    assert human.returncode == 0 and human.stdout.startswith("Today: sitting 48 min")

    target = tmp_path / "history.csv"
    exported = run_cli("export", "--csv", str(target))
    assert exported.returncode == 0 and exported.stdout.strip() == f"Exported 2 events to {target}"
    rows = target.read_text().splitlines()
    assert rows[0].startswith("id,time,day,kind") and len(rows) == 3

    nested = run_cli("export", "--csv", str(tmp_path / "no" / "such" / "folder.csv"))
    assert nested.returncode == 2 and "cannot write" in nested.stderr and not (tmp_path / "no").exists()
    bad_days = run_cli("stats", "--days", "0")
    assert bad_days.returncode == 2 and "days must be 1 to 366, not 0" in bad_days.stderr
    blocked = tmp_path / "file"
    blocked.write_text("")
    refused = run_cli("export", "--csv", str(blocked / "x.csv"))
    assert refused.returncode == 2 and "cannot write" in refused.stderr


def test_sigterm_quits_cleanly_and_the_history_says_so(running_app: subprocess.Popen[str], user_dirs: Paths) -> None:
    import signal
    import sqlite3

    running_app.send_signal(signal.SIGTERM)
    assert running_app.wait(timeout=10) == 0
    with sqlite3.connect(user_dirs.history_file) as db:
        kinds = [row[0] for row in db.execute("SELECT kind FROM events ORDER BY id")]
        sitting = db.execute("SELECT COUNT(*) FROM sitting").fetchone()[0]
    assert kinds[0] == "app_start" and kinds[-1] == "app_stop"
    assert sitting == 1, "the sitting so far is saved on the way out"
