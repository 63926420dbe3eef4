"""The command line's client against peers that misbehave: it always ends, within its time, with a clear error.

Each peer is a separate process: Qt's blocking socket waits hold the GIL, so a
peer on a thread of this process could never answer.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from buses import read_line
from xserver import stop

from knotbreak.qt.ipc import MAX_REPLY_BYTES, BadReply, NotRunning, send_request

# Enough 64 KiB chunks to overrun the client's reply limit.
FLOOD_CHUNKS = 2 * MAX_REPLY_BYTES // 65536 + 2

PEER = f"""
import socket, sys, time
path, mode = sys.argv[1], sys.argv[2]
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind(path)
server.listen(1)
print("ready", flush=True)
connection, _ = server.accept()
connection.recv(4096)
try:
    if mode == "garbage":
        connection.sendall(b"hello there\\n")
    elif mode == "list":
        connection.sendall(b"[1, 2]\\n")
    elif mode == "flood":
        for _ in range({FLOOD_CHUNKS}):
            connection.sendall(b"x" * 65536)
    elif mode == "dribble":
        for _ in range(400):
            connection.sendall(b" ")
            time.sleep(0.05)
    elif mode == "hang-up":
        connection.shutdown(socket.SHUT_RDWR)
except OSError:
    pass  # the client hung up, as it should
time.sleep(30)
"""


@pytest.fixture
def peer(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    started: list[subprocess.Popen[bytes]] = []

    def start(mode: str) -> Path:
        path = tmp_path / f"{mode}.sock"
        process = subprocess.Popen([sys.executable, "-c", PEER, str(path), mode], stdout=subprocess.PIPE)
        started.append(process)
        assert process.stdout is not None
        assert read_line(process.stdout, 20, "the peer") == "ready"
        return path

    yield start
    for process in started:
        stop(process)


def test_a_reply_that_is_not_json_is_a_bad_reply(qapp, peer) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(BadReply, match="not JSON"):
        send_request(peer("garbage"), {"command": "status"})


def test_a_json_list_is_a_bad_reply(qapp, peer) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(BadReply, match="not a JSON object"):
        send_request(peer("list"), {"command": "status"})


def test_an_endless_reply_is_cut_off(qapp, peer) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(BadReply, match="over"):
        send_request(peer("flood"), {"command": "status"})


def test_a_dribbling_peer_cannot_hold_the_command_line(qapp, peer) -> None:  # type: ignore[no-untyped-def]
    path = peer("dribble")
    started = time.monotonic()
    with pytest.raises(BadReply, match="within"):
        send_request(path, {"command": "status"}, timeout_ms=1000)
    assert time.monotonic() - started < 3


def test_a_peer_that_hangs_up_is_not_running(qapp, peer) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotRunning):
        send_request(peer("hang-up"), {"command": "status"})


def test_the_command_line_names_a_bad_reply_without_a_traceback(peer, user_dirs, capsys) -> None:  # type: ignore[no-untyped-def]
    from knotbreak.cli import main

    socket_path = user_dirs.socket_path
    socket_path.parent.mkdir(parents=True, exist_ok=True)
    peer_path = peer("garbage")
    peer_path.rename(socket_path)
    assert main(["status"]) == 1
    assert "not JSON" in capsys.readouterr().err
