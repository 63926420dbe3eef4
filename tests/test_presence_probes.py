"""The "don't interrupt" probes: camera in use (fake /proc trees) and fullscreen
focus (fake window states, then a real Xvfb + openbox + Qt window)."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from xserver import XServer, free_display_numbers, running_xvfb, skip_without, stop, wait_until

from knotbreak.presence import camera
from knotbreak.presence.camera import CAMERA_PROBE_SUPPORTED, CameraProbe, camera_in_use
from knotbreak.presence.fullscreen import (
    NoFullscreenProbe,
    X11FullscreenProbe,
    XRequestFailed,
    detect_fullscreen_probe,
    focused_is_fullscreen,
)

# --- camera -------------------------------------------------------------------


def open_fds(proc: Path, pid: int | str, *targets: str) -> Path:
    """Give fake process pid open fds 3, 4, ... pointing at targets (which need not exist)."""
    fd_dir = proc / str(pid) / "fd"
    fd_dir.mkdir(parents=True, exist_ok=True)
    for number, target in enumerate(targets, start=3):
        os.symlink(target, fd_dir / str(number))
    return fd_dir


@pytest.fixture
def proc(tmp_path: Path) -> Path:
    """A /proc with no camera users: ordinary fds, a pid without fd folder, non-pid entries."""
    root = tmp_path / "proc"
    open_fds(root, 100, "/dev/null", "/dev/pts/0")
    open_fds(root, 200, "/dev/snd/pcmC0D0c", "socket:[4242]", "anon_inode:[eventfd]")
    (root / "250").mkdir()  # a zombie or kernel thread: no fd folder
    (root / "sys").mkdir()
    (root / "uptime").write_text("1.0 1.0\n")
    return root


def test_no_camera_user_in_an_ordinary_proc(proc: Path) -> None:
    assert camera_in_use(proc, own_pid=1) is False


def test_another_process_on_video2_is_detected(proc: Path) -> None:
    open_fds(proc, 300, "/dev/null", "/dev/video2")
    assert camera_in_use(proc, own_pid=1) is True


@pytest.mark.parametrize("daemon", ["pipewire", "wireplumber"])
def test_media_daemons_that_only_watch_the_camera_do_not_count(proc: Path, daemon: str) -> None:
    open_fds(proc, 300, "/dev/video0")
    (proc / "300" / "comm").write_text(f"{daemon}\n")
    assert camera_in_use(proc, own_pid=1) is False
    open_fds(proc, 400, "/dev/video0")
    (proc / "400" / "comm").write_text("firefox\n")
    assert camera_in_use(proc, own_pid=1) is True


def test_own_process_is_ignored(proc: Path) -> None:
    open_fds(proc, 300, "/dev/video0")
    assert camera_in_use(proc, own_pid=300) is False
    assert camera_in_use(proc, own_pid=301) is True


def test_own_pid_defaults_to_this_process(proc: Path) -> None:
    open_fds(proc, os.getpid(), "/dev/video0")
    assert camera_in_use(proc) is False


@pytest.mark.parametrize(
    ("target", "detected"),
    [
        ("/dev/video0", True),
        ("/dev/video2", True),
        ("/dev/video63", True),
        ("/dev/video0 (deleted)", True),
        ("/dev/snd/pcmC0D0c", False),
        ("/dev/snd/controlC0", False),
        ("/dev/media0", False),
        ("/dev/v4l-subdev0", False),
        ("/dev/vid", False),
        ("/tmp/dev/video0", False),
        ("socket:[42]", False),
    ],
)
def test_which_device_paths_count_as_a_camera(proc: Path, target: str, detected: bool) -> None:
    open_fds(proc, 300, target)
    assert camera_in_use(proc, own_pid=1) is detected


def test_non_numeric_entries_are_not_processes(proc: Path) -> None:
    open_fds(proc, "self", "/dev/video0")
    open_fds(proc, "thread-self", "/dev/video0")
    open_fds(proc, "１２３", "/dev/video0")  # fullwidth digits: str.isdigit() says yes
    assert camera_in_use(proc, own_pid=1) is False


def test_an_unreadable_fd_folder_is_skipped(proc: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, so chmod 000 would not stop us: fake the other user's folder instead.
    hidden = open_fds(proc, 300, "/dev/video0")
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]) -> Iterator[os.DirEntry[str]]:
        if Path(path) == hidden:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(camera.os, "scandir", scandir)
    assert camera_in_use(proc, own_pid=1) is False
    open_fds(proc, 400, "/dev/video1")
    assert camera_in_use(proc, own_pid=1) is True


@pytest.mark.parametrize("error", [FileNotFoundError, ProcessLookupError, PermissionError])
def test_fds_vanishing_mid_scan_are_skipped(proc: Path, monkeypatch: pytest.MonkeyPatch, error: type[OSError]) -> None:
    gone = open_fds(proc, 300, "/dev/video0") / "3"
    real_readlink = os.readlink

    def readlink(path: str | os.PathLike[str]) -> str:
        if Path(path) == gone:
            raise error(2, "gone", str(path))
        return real_readlink(path)

    monkeypatch.setattr(camera.os, "readlink", readlink)
    assert camera_in_use(proc, own_pid=1) is False
    open_fds(proc, 400, "/dev/video0")
    assert camera_in_use(proc, own_pid=1) is True


def test_a_regular_file_among_fds_is_skipped(proc: Path) -> None:
    (open_fds(proc, 300) / "9").write_text("/dev/video0")
    assert camera_in_use(proc, own_pid=1) is False


def test_missing_proc_means_no_camera(tmp_path: Path) -> None:
    assert camera_in_use(tmp_path / "no-proc") is False


def test_camera_probe_wraps_the_scan(proc: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    probe = CameraProbe(proc, fresh_seconds=0, wait_seconds=10)  # a new scan on every call, waited for
    assert probe.in_use() is False
    open_fds(proc, 300, "/dev/video0")
    assert probe.in_use() is CAMERA_PROBE_SUPPORTED
    monkeypatch.setattr(camera, "CAMERA_PROBE_SUPPORTED", False)
    assert probe.in_use() is False


def test_a_slow_scan_never_holds_up_the_caller_and_an_answer_is_reused(proc: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    scans: list[Path] = []

    def slow_scan(proc_root: Path, own_pid: int | None = None) -> bool:
        scans.append(proc_root)
        assert release.wait(10)
        return True

    monkeypatch.setattr(camera, "camera_in_use", slow_scan)
    monkeypatch.setattr(camera, "CAMERA_PROBE_SUPPORTED", True)
    now = [100.0]
    probe = CameraProbe(proc, fresh_seconds=3.0, wait_seconds=0.05, clock=lambda: now[0])
    started = time.monotonic()
    assert probe.in_use() is False  # nothing known yet: the scan goes on in the background
    assert probe.in_use() is False  # no second scan, and no second wait for the first
    assert time.monotonic() - started < 0.5
    release.set()
    deadline = time.monotonic() + 10
    while not probe.in_use():
        assert time.monotonic() < deadline, "the finished scan's answer never arrived"
        time.sleep(0.005)
    now[0] += 2.9
    assert probe.in_use() is True and len(scans) == 1  # still fresh: reused, no scan
    now[0] += 0.1
    assert probe.in_use() is True  # stale: scanned again (the last answer holds meanwhile)
    while len(scans) < 2:
        assert time.monotonic() < deadline, "no new scan once the answer was stale"
        time.sleep(0.005)


def test_the_real_proc_scan_runs_cleanly() -> None:
    assert CAMERA_PROBE_SUPPORTED is sys.platform.startswith("linux")
    assert isinstance(CameraProbe().in_use(), bool)


# --- fullscreen decision, with fake window states -----------------------------

FULLSCREEN, MAXIMIZED_VERT, MAXIMIZED_HORZ, ABOVE = 301, 302, 303, 304


@dataclass
class FakeWindowStates:
    active: int = 0
    states: dict[int, list[int]] = field(default_factory=dict)
    broken: bool = False

    def active_window(self) -> int:
        if self.broken:
            raise XRequestFailed("connection trouble")
        return self.active

    def state_atoms(self, window: int) -> list[int]:
        if window not in self.states:
            raise XRequestFailed(f"BadWindow {window:#x}")  # it closed between the two reads
        return self.states[window]


@pytest.mark.parametrize(
    ("states", "expected"),
    [
        (FakeWindowStates(active=0), False),
        (FakeWindowStates(active=0x400007, states={0x400007: [ABOVE, FULLSCREEN]}), True),
        (FakeWindowStates(active=0x400007, states={0x400007: [MAXIMIZED_VERT, MAXIMIZED_HORZ]}), False),
        (FakeWindowStates(active=0x400007, states={0x400007: []}), False),
        (FakeWindowStates(active=0x400007, states={0x500001: [FULLSCREEN]}), False),
        (FakeWindowStates(active=0x400007), False),
        (FakeWindowStates(broken=True), False),
    ],
    ids=["nothing-focused", "fullscreen", "maximized", "no-state", "other-window-fullscreen", "vanished", "error"],
)
def test_focused_is_fullscreen(states: FakeWindowStates, expected: bool) -> None:
    assert focused_is_fullscreen(states, FULLSCREEN) is expected


def test_no_fullscreen_probe_cannot_tell() -> None:
    probe = NoFullscreenProbe()
    assert probe.fullscreen_focused() is None
    probe.close()
    assert probe.fullscreen_focused() is None


@pytest.mark.parametrize(
    ("platform", "environ"),
    [
        ("win32", {"DISPLAY": ":0"}),
        ("darwin", {"DISPLAY": ":0"}),  # XQuartz sets DISPLAY, but its windows are not the desktop's
        ("linux", {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}),
        ("linux", {"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}),
        ("linux", {}),
        ("linux", {"DISPLAY": ""}),
    ],
)
def test_detection_gives_up_off_x11(platform: str, environ: dict[str, str]) -> None:
    assert isinstance(detect_fullscreen_probe(environ, platform=platform), NoFullscreenProbe)


def test_detection_gives_up_when_the_display_does_not_answer() -> None:
    number = next(free_display_numbers())
    assert isinstance(detect_fullscreen_probe({"DISPLAY": f":{number}"}, platform="linux"), NoFullscreenProbe)
    with pytest.raises(OSError, match="cannot open X display"):
        X11FullscreenProbe(f":{number}")


# --- X11 for real: Xvfb, openbox and a Qt window in a child process ------------


@pytest.fixture(scope="module")
def x_server() -> Iterator[XServer]:
    skip_without("Xvfb", "openbox")
    with running_xvfb("800x600", window_manager=True) as server:
        yield server


@pytest.fixture
def x_display(x_server: XServer) -> str:
    return x_server.display


# Shows a window, prints its X id, then obeys "full", "normal" and "quit" lines on stdin.
QT_WINDOW = """
import sys
from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication([])
window = QWidget()
window.setWindowTitle("presence probe test")
window.resize(320, 200)
window.show()
print(int(window.winId()), flush=True)

def obey():
    command = sys.stdin.readline().strip()
    if command == "full":
        window.showFullScreen()
    elif command == "normal":
        window.showNormal()
    else:
        app.quit()

commands = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
commands.activated.connect(obey)
app.exec()
"""


@pytest.fixture
def qt_window(x_server: XServer) -> Iterator[tuple[subprocess.Popen[str], int]]:
    env = x_server.env()
    with subprocess.Popen(
        [sys.executable, "-c", QT_WINDOW],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    ) as child:  # closes the pipes on the way out
        assert child.stdout is not None and child.stderr is not None
        try:
            ready, _, _ = select.select([child.stdout], [], [], 30)
            line = child.stdout.readline() if ready else ""
            if not line.strip().isdigit():
                child.kill()  # not stop(): that closes the stderr pipe read here
                pytest.fail(f"the Qt child did not show its window: {line!r}\n{child.stderr.read()}")
            yield child, int(line)
        finally:
            stop(child)


def tell(child: subprocess.Popen[str], command: str) -> None:
    assert child.stdin is not None
    child.stdin.write(command + "\n")
    child.stdin.flush()


@pytest.mark.x11
def test_x11_probe_follows_a_real_window_into_fullscreen_and_back(
    x_display: str, qt_window: tuple[subprocess.Popen[str], int]
) -> None:
    child, window = qt_window
    probe = X11FullscreenProbe(x_display)
    try:
        wait_until(lambda: probe.active_window() == window, 5, "openbox to focus the Qt window")
        assert probe.fullscreen_focused() is False

        tell(child, "full")
        wait_until(lambda: probe.fullscreen_focused() is True, 5, "the probe to see fullscreen")

        tell(child, "normal")
        wait_until(lambda: probe.fullscreen_focused() is False, 5, "the probe to see it leave fullscreen")

        tell(child, "full")
        wait_until(lambda: probe.fullscreen_focused() is True, 5, "fullscreen again")
        tell(child, "quit")
        child.wait(timeout=10)
        # The window is gone, maybe still named active for a moment: False either way, never a crash.
        wait_until(lambda: probe.fullscreen_focused() is False, 5, "the probe to drop the closed window")
    finally:
        probe.close()
    assert probe.fullscreen_focused() is None
    probe.close()  # twice is fine


@pytest.mark.x11
def test_x11_bad_window_between_reads_is_false_not_fatal(x_display: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Xlib's default error handler would exit this very process on BadWindow.
    vanished = 0x3FFFFFFF
    probe = X11FullscreenProbe(x_display)
    try:
        with pytest.raises(XRequestFailed, match="0x3fffffff"):
            probe._states.state_atoms(vanished)
        monkeypatch.setattr(probe._states, "active_window", lambda: vanished)
        assert probe.fullscreen_focused() is False
        monkeypatch.undo()
        assert probe.fullscreen_focused() is False  # the connection still works
    finally:
        probe.close()


@pytest.mark.x11
def test_x11_session_is_detected(x_display: str) -> None:
    probe = detect_fullscreen_probe({"DISPLAY": x_display, "XDG_SESSION_TYPE": "x11"}, platform="linux")
    try:
        assert isinstance(probe, X11FullscreenProbe)
        assert probe.fullscreen_focused() is False
    finally:
        probe.close()
