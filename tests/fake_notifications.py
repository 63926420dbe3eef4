"""The fake notification daemon (fake_notification_daemon.py) run as a child, read line by line."""

from __future__ import annotations

import json
import os
import selectors
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from xserver import stop

DAEMON_SCRIPT = Path(__file__).with_name("fake_notification_daemon.py")
MARKUP = ("body", "body-markup")
GNOME_SHELL = ("actions", "body", "body-markup", "icon-static", "persistence", "sound")


class Lines:
    """Lines from a child's pipe, each within a timeout.

    buses.read_line suits one line at a time: its buffered readline() can take a
    second line off the pipe, which select() then never reports.
    """

    def __init__(self, stream: IO[bytes] | None, what: str) -> None:
        assert stream is not None
        self._stream = stream
        self._buffer = b""
        self._what = what

    def _wait(self, seconds: float) -> bool:
        with selectors.DefaultSelector() as selector:
            selector.register(self._stream, selectors.EVENT_READ)
            return bool(selector.select(seconds))

    def next(self, timeout: float = 10) -> str:
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            if not self._wait(max(deadline - time.monotonic(), 0)):
                raise TimeoutError(f"no line from {self._what} within {timeout} s")
            chunk = os.read(self._stream.fileno(), 65536)
            if not chunk:
                raise EOFError(f"{self._what} closed its output")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode().strip()

    def quiet(self, seconds: float) -> bool:
        """True if no line comes within seconds."""
        return not self._buffer and not self._wait(seconds)


class FakeDaemon:
    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.lines = Lines(process.stdout, "the fake notification daemon")
        self._stdin = process.stdin

    def act(self, word: str, notification_id: int, *rest: str) -> None:
        """click ID KEY, dismiss ID or expire ID, as the person would; returns once the daemon has sent the signal."""
        assert self._stdin is not None
        self._stdin.write((" ".join([word, str(notification_id), *rest]) + "\n").encode())
        self._stdin.flush()
        assert json.loads(self.lines.next()) == {"done": word, "id": notification_id}

    def next_call(self) -> dict[str, Any]:
        return json.loads(self.lines.next())  # type: ignore[no-any-return]

    def idle(self, seconds: float = 0.3) -> bool:
        """True if no call arrives within seconds."""
        return self.lines.quiet(seconds)


@contextmanager
def fake_daemon(address: str, capabilities: tuple[str, ...] = MARKUP) -> Iterator[FakeDaemon]:
    with fake_service(address, DAEMON_SCRIPT, *capabilities) as process:
        yield FakeDaemon(process)


@contextmanager
def fake_service(address: str, script: Path, *args: str) -> Iterator[subprocess.Popen[bytes]]:
    """One of the fake_*.py services on the bus at address, once it has said "ready"; stopped on the way out."""
    process = subprocess.Popen(
        [sys.executable, str(script), *args],
        env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": address},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # a warning from the fake breaks its answers, and so the test
    )
    try:
        first = Lines(process.stdout, script.name)
        assert first.next(20) == "ready"
        assert first.quiet(0), "nothing after ready yet"
        yield process
    finally:
        stop(process)


