"""The settings file as the running app sees it: loaded once, reloaded when saved."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from knotbreak.core import settings as settings_file

log = logging.getLogger(__name__)


class SettingsFile(QObject):
    """Emits changed(LoadResult) whenever the file's content may have changed.

    The folder is watched as well as the file, because editors that save
    atomically replace the file, and a replaced file drops out of the watch.
    """

    changed = Signal(object)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._watcher = QFileSystemWatcher(self)
        self._mtime: int | None = None
        self._watcher.fileChanged.connect(self._maybe_reload)
        self._watcher.directoryChanged.connect(self._maybe_reload)

    def load(self) -> settings_file.LoadResult:
        """Read the file; on first start write one with every key and its description."""
        loaded = settings_file.load(self.path)
        if not self.path.exists():
            try:
                settings_file.save(self.path, loaded.settings)
            except OSError as error:
                loaded.warnings.append(f"could not write {self.path}: {error.strerror}")
        self._mtime = _mtime(self.path)
        self._watch()
        return loaded

    def _watch(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return
        already = set(self._watcher.files() + self._watcher.directories())
        wanted = [str(self.path.parent)] + ([str(self.path)] if self.path.exists() else [])
        missing = [p for p in wanted if p not in already]
        if missing:
            self._watcher.addPaths(missing)

    def _maybe_reload(self) -> None:
        mtime = _mtime(self.path)
        if mtime == self._mtime:
            return
        self._mtime = mtime
        loaded = settings_file.load(self.path)
        if loaded.moved_aside is not None:
            self._mtime = None
        self._watch()
        self.changed.emit(loaded)


def _mtime(path: Path) -> int | None:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return None
