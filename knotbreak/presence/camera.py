"""Is a camera in use? Linux only: some process holds a /dev/video* device open.

Every process's open files are listed as symlinks under /proc/<pid>/fd. Other
users' fd folders are unreadable to a non-root user, so a normal user sees only
their own processes. That is what matters here: a video call runs as the same
user as KnotBreak.

An open file descriptor is not the same as streaming: a program can hold the
device open without capturing. PipeWire and its session managers keep the
device open all the time to watch it, so they are not counted (a call that
goes through PipeWire is then not seen; most browsers and call apps still
open the device themselves).

The scan reads every own process's fd folder, which takes a while with many
processes (a browser holds thousands of fds), and the app asks on the GUI
thread. So CameraProbe scans on a worker thread, at most one scan at a time,
reuses an answer for FRESH_SECONDS, and waits for a new one at most
WAIT_SECONDS; past that it answers with the last scan's result.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from time import monotonic

# Where /proc/<pid>/fd exists. Elsewhere camera_in_use() finds nothing and
# CameraProbe.in_use() is always False.
CAMERA_PROBE_SUPPORTED: bool = sys.platform.startswith("linux")

VIDEO_DEVICE_PREFIX = "/dev/video"
DEVICE_WATCHERS = frozenset({"pipewire", "wireplumber", "pipewire-media-session"})
"""Daemons that hold cameras open without using them (matched on /proc/<pid>/comm)."""

# Processes exit mid-scan (FileNotFound, ProcessLookup), other users' fds are
# unreadable (Permission), and odd entries are not folders (NotADirectory).
_VANISHED_OR_HIDDEN = (PermissionError, FileNotFoundError, ProcessLookupError, NotADirectoryError)


def camera_in_use(proc_root: Path = Path("/proc"), own_pid: int | None = None) -> bool:
    """True when a process other than own_pid (default: this one) has a /dev/video* device open."""
    skip = str(os.getpid() if own_pid is None else own_pid)
    try:
        processes = os.scandir(proc_root)
    except _VANISHED_OR_HIDDEN:
        return False
    with processes:
        for process in processes:
            name = process.name
            if name == skip or not (name.isascii() and name.isdigit()):
                continue
            if _holds_video_device(os.path.join(process.path, "fd")) and not _is_device_watcher(process.path):
                return True
    return False


def _holds_video_device(fd_dir: str) -> bool:
    try:
        fds = os.scandir(fd_dir)
    except _VANISHED_OR_HIDDEN:
        return False
    with fds:
        for fd in fds:
            try:
                if os.readlink(fd.path).startswith(VIDEO_DEVICE_PREFIX):
                    return True
            except OSError:  # vanished, unreadable, or not a symlink (EINVAL)
                continue
    return False


def _is_device_watcher(process_dir: str) -> bool:
    try:
        with open(os.path.join(process_dir, "comm"), encoding="utf-8", errors="replace") as comm:
            return comm.read().strip() in DEVICE_WATCHERS
    except OSError:
        return False


FRESH_SECONDS = 3.0
"""A scan's answer is reused this long: a call that starts or ends a few seconds late changes nothing."""

WAIT_SECONDS = 0.05
"""The longest in_use() waits for a scan it started; a slower scan answers the next call."""


class CameraProbe:
    """The app's handle on camera_in_use(), cheap to call from the GUI thread; tests inject a fake with the same in_use()."""

    def __init__(
        self,
        proc_root: Path = Path("/proc"),
        *,
        fresh_seconds: float = FRESH_SECONDS,
        wait_seconds: float = WAIT_SECONDS,
        clock: Callable[[], float] = monotonic,
    ) -> None:
        self._proc_root = proc_root
        self._fresh_seconds = fresh_seconds
        self._wait_seconds = wait_seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._answer = False
        self._answered_at: float | None = None  # when the scan behind _answer started
        self._scan_done: threading.Event | None = None  # set while a scan runs

    def in_use(self) -> bool:
        """The last scan's answer, with a new scan started when that one is older than fresh_seconds.

        Waits at most wait_seconds, and only for a scan this call started.
        """
        if not CAMERA_PROBE_SUPPORTED:
            return False
        now = self._clock()
        with self._lock:
            if self._answered_at is not None and now - self._answered_at < self._fresh_seconds:
                return self._answer
            if self._scan_done is not None:  # a slow scan is still running: do not wait for it again
                return self._answer
            done = self._scan_done = threading.Event()
        # A daemon: a scan stuck in /proc must not keep the app from quitting.
        threading.Thread(target=self._scan, args=(now, done), name="knotbreak-camera-scan", daemon=True).start()
        done.wait(self._wait_seconds)
        with self._lock:
            return self._answer

    def _scan(self, started: float, done: threading.Event) -> None:
        found: bool | None = None
        try:
            found = camera_in_use(self._proc_root)
        finally:  # even after a surprise, the next call may scan again (and keeps the last answer meanwhile)
            with self._lock:
                if found is not None:
                    self._answer = found
                self._answered_at = started
                self._scan_done = None
            done.set()
