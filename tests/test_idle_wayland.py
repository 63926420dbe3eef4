"""The ext-idle-notify idle source (ext-idle-notify-v1): its bookkeeping alone, then for real
against a fake compositor in a child process.

No compositor on the test machines implements ext-idle-notify-v1, and
pywayland's server side (0.4.19) cannot receive a client's requests: its
resources are registered with a NULL implementation, so every request dies in
its dispatcher with "cannot use from_handle() on NULL pointer". So the fake
compositor speaks the Wayland wire protocol itself, in plain Python: it is
small (sync, get_registry, bind, the notifier's and the notification's
requests), and the client side under test is the real one: pywayland over
libwayland-client.

Run as a script, this file is that compositor (see `serve`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import selectors
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from knotbreak.core.clock import FakeClock
from knotbreak.idle import IdleSource, NoIdleSource, detect_idle_source
from knotbreak.idle.detect import FACTORIES, source_order
from knotbreak.idle.wayland import ExtIdleNotifySource, IdleTracker, socket_path

TIMEOUT_MS = 1000
DEADLINE = 10.0  # seconds: generous, for a loaded CI machine; a pass takes milliseconds


# --- the bookkeeping, with a fake clock -------------------------------------------


def test_tracker_reads_zero_until_idled() -> None:
    clock = FakeClock()
    tracker = IdleTracker(1.0, clock.monotonic)
    assert tracker.idle_seconds() == 0.0
    clock.advance(0.9)
    assert tracker.idle_seconds() == 0.0, "under the timeout, only 'less than the timeout' is known"


def test_tracker_counts_from_the_last_input_once_idled() -> None:
    clock = FakeClock()
    tracker = IdleTracker(1.0, clock.monotonic)
    clock.advance(5)
    tracker.idled()  # the last input was 1 s ago
    assert tracker.idle_seconds() == 1.0
    clock.advance(41)
    assert tracker.idle_seconds() == 42.0
    tracker.resumed()
    assert tracker.idle_seconds() == 0.0
    clock.advance(0.5)
    assert tracker.idle_seconds() == 0.0


def test_tracker_second_idled_without_resumed_keeps_the_first() -> None:
    clock = FakeClock()
    tracker = IdleTracker(2.0, clock.monotonic)
    tracker.idled()
    clock.advance(10)
    tracker.idled()  # a compositor bug: does not restart the count
    assert tracker.idle_seconds() == 12.0


def test_tracker_resumed_without_idled_stays_active() -> None:
    clock = FakeClock()
    tracker = IdleTracker(1.0, clock.monotonic)
    tracker.resumed()
    assert tracker.idle_seconds() == 0.0
    tracker.idled()
    clock.advance(3)
    assert tracker.idle_seconds() == 4.0


def test_tracker_idle_after_resume_counts_anew() -> None:
    clock = FakeClock()
    tracker = IdleTracker(1.0, clock.monotonic)
    tracker.idled()
    clock.advance(100)
    tracker.resumed()
    clock.advance(7)
    tracker.idled()
    clock.advance(2)
    assert tracker.idle_seconds() == 3.0


@pytest.mark.parametrize(
    ("environ", "path"),
    [
        ({"WAYLAND_DISPLAY": "wayland-1", "XDG_RUNTIME_DIR": "/run/user/1000"}, "/run/user/1000/wayland-1"),
        ({"XDG_RUNTIME_DIR": "/run/user/1000"}, "/run/user/1000/wayland-0"),
        ({"WAYLAND_DISPLAY": "/tmp/sock"}, "/tmp/sock"),
    ],
)
def test_socket_path_as_libwayland_finds_it(environ: dict[str, str], path: str) -> None:
    assert socket_path(environ) == path


def test_socket_path_needs_a_runtime_dir() -> None:
    with pytest.raises(OSError, match="XDG_RUNTIME_DIR"):
        socket_path({"WAYLAND_DISPLAY": "wayland-0"})


# --- detection order ----------------------------------------------------------------

WAYLAND_SESSION = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}


@pytest.mark.parametrize(
    "environ", [WAYLAND_SESSION, {"WAYLAND_DISPLAY": "wayland-0"}, {"XDG_SESSION_TYPE": "wayland"}]
)
def test_wayland_order_tries_ext_idle_notify_after_mutter_and_before_xwayland(environ: dict[str, str]) -> None:
    assert source_order(environ, "linux") == ["mutter", "ext-idle-notify", "freedesktop", "x11"]


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_ext_idle_notify_is_not_tried_outside_wayland(platform: str) -> None:
    assert "ext-idle-notify" not in source_order({"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}, platform)


@dataclass
class FakeSource:
    name: str
    reading: float | None

    def idle_seconds(self) -> float | None:
        return self.reading

    def close(self) -> None:
        pass


def test_detect_moves_on_without_pywayland(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """pywayland is optional: without it the factory raises ImportError, logged at DEBUG, and the next source is tried."""
    for module in [m for m in sys.modules if m == "pywayland" or m.startswith("pywayland.")]:
        monkeypatch.setitem(sys.modules, module, None)
    for module in ("pywayland", "pywayland.client", "pywayland.protocol.ext_idle_notify_v1", "pywayland.protocol.wayland"):
        monkeypatch.setitem(sys.modules, module, None)  # `import` of a None entry raises ImportError
    candidates = {"ext-idle-notify": FACTORIES["ext-idle-notify"], "x11": lambda environ: FakeSource("x11", 3.0)}
    with caplog.at_level(logging.DEBUG, logger="knotbreak.idle.detect"):
        source = detect_idle_source({"XDG_SESSION_TYPE": "wayland", "XDG_RUNTIME_DIR": "/nonexistent"}, "linux", candidates)
    assert source.name == "x11"
    assert "idle source ext-idle-notify: unavailable (ModuleNotFoundError" in caplog.text
    assert not [r for r in caplog.records if r.levelno > logging.DEBUG]


def test_detect_moves_on_when_no_compositor_listens(tmp_path: Path) -> None:
    candidates = {"ext-idle-notify": FACTORIES["ext-idle-notify"]}
    environ = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": str(tmp_path / "nothing-here")}
    assert isinstance(detect_idle_source(environ, "linux", candidates), NoIdleSource)


# --- for real, against a fake compositor -------------------------------------------


@dataclass
class FakeCompositor:
    """A child process running `serve`; it reports what it sees on stdout, one line each."""

    process: subprocess.Popen[str]
    runtime_dir: str
    display_name: str
    lines: queue.Queue[str | None] = field(default_factory=queue.Queue)
    seen: list[str] = field(default_factory=list)

    @property
    def path(self) -> str:
        return os.path.join(self.runtime_dir, self.display_name)

    def environ(self) -> dict[str, str]:
        return {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": self.display_name, "XDG_RUNTIME_DIR": self.runtime_dir}

    def tell(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def expect(self, prefix: str) -> str:
        """The next line that starts with `prefix` (earlier lines are passed over)."""
        deadline = time.monotonic() + DEADLINE
        while (remaining := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=remaining)
            except queue.Empty:
                break
            if line is None:
                break
            self.seen.append(line)
            if line.startswith(prefix):
                return line
        raise AssertionError(f"the compositor never said {prefix!r}; it said {self.seen}")

    def stop(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            try:
                self.process.stdin.close()  # end of input: it quits
                self.process.wait(timeout=DEADLINE)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait(timeout=DEADLINE)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()


@pytest.fixture
def start_compositor() -> Iterator[Callable[..., FakeCompositor]]:
    pytest.importorskip("pywayland")
    started: list[tuple[FakeCompositor, threading.Thread]] = []
    # Not tmp_path: a socket path must fit in 108 bytes.
    runtime_dir = tempfile.mkdtemp(prefix="kb-wl-")

    def start(notifier_version: int = 2, seat: bool = True) -> FakeCompositor:
        name = f"wayland-{len(started)}"
        env = dict(os.environ, XDG_RUNTIME_DIR=runtime_dir, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
        env.pop("WAYLAND_DISPLAY", None)
        arguments = [sys.executable, __file__, os.path.join(runtime_dir, name), str(notifier_version), str(int(seat))]
        process = subprocess.Popen(arguments, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        compositor = FakeCompositor(process, runtime_dir, name)

        def pump() -> None:
            assert process.stdout is not None
            for line in process.stdout:
                compositor.lines.put(line.rstrip("\n"))
            compositor.lines.put(None)

        reader = threading.Thread(target=pump, daemon=True)
        reader.start()
        started.append((compositor, reader))
        compositor.expect("ready")
        return compositor

    yield start
    for compositor, reader in started:
        compositor.stop()
        reader.join(DEADLINE)
    shutil.rmtree(runtime_dir, ignore_errors=True)


def wait_for(read: Callable[[], float | None], accept: Callable[[float | None], bool]) -> float | None:
    """Poll `read` until `accept` likes its value; fail after DEADLINE."""
    deadline = time.monotonic() + DEADLINE
    value = read()
    while not accept(value):
        if time.monotonic() > deadline:
            raise AssertionError(f"still {value!r} after {DEADLINE} s")
        time.sleep(0.005)
        value = read()
    return value


@pytest.fixture
def sources() -> Iterator[list[IdleSource]]:
    """Sources to close after the test, even if it fails."""
    made: list[IdleSource] = []
    yield made
    for source in made:
        source.close()


def test_idle_and_active_for_real(start_compositor: Callable[..., FakeCompositor], sources: list[IdleSource]) -> None:
    compositor = start_compositor()
    clock = FakeClock()
    source = ExtIdleNotifySource(compositor.path, TIMEOUT_MS, clock.monotonic)
    sources.append(source)
    assert source.name == "ext-idle-notify"
    assert compositor.expect("bound ext_idle_notifier_v1") == "bound ext_idle_notifier_v1 2"
    assert compositor.expect("notification") == f"notification input {TIMEOUT_MS}", "version 2: input idleness"
    assert source.idle_seconds() == 0.0

    compositor.tell("idle")
    assert compositor.expect("sent") == "sent idled 1"
    assert wait_for(source.idle_seconds, lambda v: v != 0.0) == 1.0, "idle since the timeout, stamped on arrival"
    clock.advance(41)
    assert source.idle_seconds() == 42.0

    compositor.tell("active")
    assert compositor.expect("sent") == "sent resumed 1"
    assert wait_for(source.idle_seconds, lambda v: v == 0.0) == 0.0

    clock.advance(100)
    compositor.tell("idle")
    compositor.expect("sent idled 1")
    assert wait_for(source.idle_seconds, lambda v: v != 0.0) == 1.0, "counted anew after a resume"


def test_idle_time_grows_with_the_real_clock(
    start_compositor: Callable[..., FakeCompositor], sources: list[IdleSource]
) -> None:
    compositor = start_compositor()
    source = ExtIdleNotifySource(compositor.path, TIMEOUT_MS)
    sources.append(source)
    compositor.expect("notification")
    sent = time.monotonic()
    compositor.tell("idle")
    first = wait_for(source.idle_seconds, lambda v: v != 0.0)
    assert first is not None
    assert 1.0 <= first <= 1.0 + (time.monotonic() - sent)
    later = wait_for(source.idle_seconds, lambda v: v is not None and v >= first + 0.2)
    assert later is not None and later <= 1.0 + (time.monotonic() - sent)


def test_version_1_notifier_uses_get_idle_notification(
    start_compositor: Callable[..., FakeCompositor], sources: list[IdleSource]
) -> None:
    compositor = start_compositor(notifier_version=1)
    clock = FakeClock()
    source = ExtIdleNotifySource(compositor.path, 2500, clock.monotonic)
    sources.append(source)
    assert compositor.expect("bound ext_idle_notifier_v1") == "bound ext_idle_notifier_v1 1"
    assert compositor.expect("notification") == "notification plain 2500"
    compositor.tell("idle")
    assert wait_for(source.idle_seconds, lambda v: v != 0.0) == 2.5


def test_compositor_without_the_notifier(start_compositor: Callable[..., FakeCompositor]) -> None:
    compositor = start_compositor(notifier_version=0)
    with pytest.raises(OSError, match="lacks ext_idle_notifier_v1"):
        ExtIdleNotifySource(compositor.path)
    compositor.expect("client gone")  # the failed constructor disconnected


def test_compositor_without_a_seat(start_compositor: Callable[..., FakeCompositor]) -> None:
    compositor = start_compositor(seat=False)
    with pytest.raises(OSError, match="no seat"):
        ExtIdleNotifySource(compositor.path)
    compositor.expect("client gone")


def test_no_compositor_at_the_path(tmp_path: Path) -> None:
    pytest.importorskip("pywayland")
    with pytest.raises(OSError, match="cannot connect"):
        ExtIdleNotifySource(str(tmp_path / "wayland-9"))


def test_compositor_that_never_answers_times_out() -> None:
    """A socket that accepts connections and says nothing must not hang start-up."""
    pytest.importorskip("pywayland")
    runtime_dir = tempfile.mkdtemp(prefix="kb-wl-")
    try:
        path = os.path.join(runtime_dir, "wayland-hung")
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener:
            listener.bind(path)
            listener.listen(1)
            started = time.monotonic()
            with pytest.raises(OSError, match="did not answer in time"):
                ExtIdleNotifySource(path, connect_timeout=0.2)
            assert time.monotonic() - started < DEADLINE
    finally:
        shutil.rmtree(runtime_dir, ignore_errors=True)


def test_killed_compositor_reads_none(start_compositor: Callable[..., FakeCompositor]) -> None:
    compositor = start_compositor()
    source = ExtIdleNotifySource(compositor.path)
    compositor.expect("notification")
    assert source.idle_seconds() == 0.0
    compositor.process.kill()
    compositor.process.wait(timeout=DEADLINE)
    assert wait_for(source.idle_seconds, lambda v: v is None) is None
    assert source.idle_seconds() is None, "a broken connection stays broken"
    source.close()
    source.close()


def test_close_destroys_the_notification_and_disconnects(start_compositor: Callable[..., FakeCompositor]) -> None:
    compositor = start_compositor()
    source = ExtIdleNotifySource(compositor.path)
    compositor.expect("notification")
    source.close()
    compositor.expect("notification destroyed")
    compositor.expect("client gone")
    assert source.idle_seconds() is None
    source.close()  # twice is fine


def test_detect_picks_ext_idle_notify_from_the_environment(start_compositor: Callable[..., FakeCompositor]) -> None:
    compositor = start_compositor()
    source = detect_idle_source(compositor.environ(), "linux", {"ext-idle-notify": FACTORIES["ext-idle-notify"]})
    try:
        assert source.name == "ext-idle-notify"
        assert source.idle_seconds() == 0.0
    finally:
        source.close()


def test_one_reader_thread_that_close_stops(start_compositor: Callable[..., FakeCompositor]) -> None:
    compositor = start_compositor()
    before = set(threading.enumerate())
    source = ExtIdleNotifySource(compositor.path)
    assert len(set(threading.enumerate()) - before) == 1, "one reader thread"
    source.close()
    assert set(threading.enumerate()) - before == set(), "close() stops it"


# --- the fake compositor ----------------------------------------------------------------
# Wire format: each message is (object id: u32, size << 16 | opcode: u32, arguments),
# native-endian, 4-byte aligned; a string is its length with the NUL, then its bytes, padded.

HEADER = struct.Struct("=II")
U32 = struct.Struct("=I")
DISPLAY_ID = 1
SEAT_NAME, NOTIFIER_NAME = 1, 2


def wire_string(text: str) -> bytes:
    data = text.encode() + b"\0"
    return U32.pack(len(data)) + data + b"\0" * (-len(data) % 4)


def read_string(body: bytes, offset: int) -> tuple[str, int]:
    (length,) = U32.unpack_from(body, offset)
    start = offset + 4
    return body[start : start + length - 1].decode(), start + length + (-length % 4)


def say(line: str) -> None:
    print(line, flush=True)


class WireClient:
    """One connected client: its objects (id -> interface) and its notifications (id -> idle?)."""

    def __init__(self, connection: socket.socket, globals_: Mapping[int, tuple[str, int]]) -> None:
        self.connection = connection
        self.globals = globals_
        self.objects: dict[int, str] = {DISPLAY_ID: "wl_display"}
        self.notifications: dict[int, bool] = {}
        self.buffer = b""
        self.serial = 0

    def send(self, object_id: int, opcode: int, arguments: bytes = b"") -> None:
        # A client may send a last request and close at once: its end of file is read next.
        with contextlib.suppress(OSError):
            self.connection.sendall(HEADER.pack(object_id, (HEADER.size + len(arguments)) << 16 | opcode) + arguments)

    def forget(self, object_id: int) -> None:
        self.objects.pop(object_id, None)
        self.send(DISPLAY_ID, 1, U32.pack(object_id))  # wl_display.delete_id

    def received(self, data: bytes) -> None:
        self.buffer += data
        while len(self.buffer) >= HEADER.size:
            object_id, word = HEADER.unpack_from(self.buffer)
            size = word >> 16
            if len(self.buffer) < size:
                return
            body, self.buffer = self.buffer[HEADER.size : size], self.buffer[size:]
            self.request(object_id, word & 0xFFFF, body)

    def request(self, object_id: int, opcode: int, body: bytes) -> None:
        interface = self.objects.get(object_id)
        if interface == "wl_display" and opcode == 0:  # sync
            (callback,) = U32.unpack_from(body)
            self.serial += 1
            self.send(callback, 0, U32.pack(self.serial))  # wl_callback.done
            self.send(DISPLAY_ID, 1, U32.pack(callback))
        elif interface == "wl_display" and opcode == 1:  # get_registry
            (registry,) = U32.unpack_from(body)
            self.objects[registry] = "wl_registry"
            for name, (global_interface, version) in self.globals.items():
                self.send(registry, 0, U32.pack(name) + wire_string(global_interface) + U32.pack(version))
        elif interface == "wl_registry" and opcode == 0:  # bind
            (name,) = U32.unpack_from(body)
            bound, offset = read_string(body, 4)
            version, new_id = struct.unpack_from("=II", body, offset)
            self.objects[new_id] = bound
            say(f"bound {bound} {version}")
        elif interface == "ext_idle_notifier_v1" and opcode == 0:  # destroy
            self.forget(object_id)
        elif interface == "ext_idle_notifier_v1" and opcode in (1, 2):  # get_(input_)idle_notification
            new_id, timeout, seat = struct.unpack_from("=III", body)
            assert self.objects.get(seat) == "wl_seat", f"no seat {seat}"
            self.objects[new_id] = "ext_idle_notification_v1"
            self.notifications[new_id] = False
            say(f"notification {'input' if opcode == 2 else 'plain'} {timeout}")
        elif interface == "ext_idle_notification_v1" and opcode == 0:  # destroy
            self.notifications.pop(object_id, None)
            say("notification destroyed")
            self.forget(object_id)
        elif interface == "wl_seat" and opcode == 3:  # release
            self.forget(object_id)

    def set_idle(self, idle: bool) -> int:
        """Send idled (or resumed) on each notification not already in that state; how many were sent."""
        changed = [n for n, state in self.notifications.items() if state != idle]
        for notification in changed:
            self.send(notification, 0 if idle else 1)
            self.notifications[notification] = idle
        return len(changed)


def serve(path: str, notifier_version: int, seat: bool) -> int:
    """Advertise wl_seat and ext_idle_notifier_v1 (as asked) at `path`; obey "idle" and "active" on stdin."""
    globals_: dict[int, tuple[str, int]] = {}
    if seat:
        globals_[SEAT_NAME] = ("wl_seat", 7)
    if notifier_version:
        globals_[NOTIFIER_NAME] = ("ext_idle_notifier_v1", notifier_version)
    selector = selectors.DefaultSelector()
    clients: dict[socket.socket, WireClient] = {}
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener:
        listener.bind(path)
        listener.listen(8)
        selector.register(listener, selectors.EVENT_READ)
        selector.register(sys.stdin.fileno(), selectors.EVENT_READ)
        say("ready")
        commands = b""
        while True:
            for key, _ in selector.select():
                if key.fileobj is listener:
                    connection, _ = listener.accept()
                    clients[connection] = WireClient(connection, globals_)
                    selector.register(connection, selectors.EVENT_READ)
                    say("client connected")
                elif key.fileobj == sys.stdin.fileno():
                    chunk = os.read(sys.stdin.fileno(), 4096)
                    if not chunk:
                        return 0
                    commands += chunk
                    while b"\n" in commands:
                        line, commands = commands.split(b"\n", 1)
                        if line.strip() not in (b"idle", b"active"):
                            say(f"unknown command {line!r}")
                            continue
                        idle = line.strip() == b"idle"
                        sent = sum(client.set_idle(idle) for client in clients.values())
                        say(f"sent {'idled' if idle else 'resumed'} {sent}")
                else:
                    peer = key.fileobj
                    assert isinstance(peer, socket.socket)
                    try:
                        data = peer.recv(4096)
                        if data:
                            clients[peer].received(data)
                    except OSError:
                        data = b""
                    if not data:
                        selector.unregister(peer)
                        clients.pop(peer).connection.close()
                        say("client gone")


if __name__ == "__main__":
    sys.exit(serve(sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"))
