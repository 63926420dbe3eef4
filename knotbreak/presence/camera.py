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
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

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


class CameraProbe:
    """The app's handle on camera_in_use(); tests inject a fake with the same in_use()."""

    def __init__(self, proc_root: Path = Path("/proc")) -> None:
        self._proc_root = proc_root

    def in_use(self) -> bool:
        if not CAMERA_PROBE_SUPPORTED:
            return False
        return camera_in_use(self._proc_root)
