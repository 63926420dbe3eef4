"""Crash-safe file writes: write a temporary file, fsync, rename over the target."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes, *, make_parents: bool = True, follow_symlinks: bool = False) -> None:
    """Replace path's content with data, all or nothing; an existing file keeps its permissions.

    With follow_symlinks, a symlink at path (a dotfile manager's, say) stays a
    link: its final target is replaced, from a temporary file beside it.
    Without, the link itself is replaced by a regular file.
    """
    if follow_symlinks:
        path = Path(os.path.realpath(path))
    if make_parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    mode = _permissions(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as tmp:
            if mode is not None and hasattr(os, "fchmod"):
                os.fchmod(tmp.fileno(), mode)
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise
    _fsync_directory(path.parent)


def atomic_write_text(path: Path, text: str, *, make_parents: bool = True, follow_symlinks: bool = False) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), make_parents=make_parents, follow_symlinks=follow_symlinks)


def _permissions(path: Path) -> int | None:
    # mkstemp makes the temporary file 0600; a user's 0644 file should stay 0644.
    try:
        status = os.stat(path, follow_symlinks=False)
    except OSError:
        return None
    return stat.S_IMODE(status.st_mode) if stat.S_ISREG(status.st_mode) else None


def _fsync_directory(directory: Path) -> None:
    # Makes the rename itself durable; not possible on Windows, where it is not needed.
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
