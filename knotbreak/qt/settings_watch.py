"""The settings file as the running app sees it: loaded once, reloaded when saved."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from knotbreak.core import settings as settings_file
from knotbreak.qt.i18n import fill

log = logging.getLogger(__name__)

DEBOUNCE_MS = 300
"""Quiet time after the last change before the file is read: editors write in steps."""
RETRY_DELAYS_MS = (250, 500, 1000)
"""When the file is empty, missing or not valid TOML, look again after these delays before acting on it."""

Content = bytes | str | None
"""What a look at the file found: its bytes, why it could not be read, or None for no file."""


class SettingsFile(QObject):
    """Emits changed(LoadResult) when the file's content has changed and settled.

    A change is read once the file has been quiet for DEBOUNCE_MS. A file
    that is empty, missing or not valid TOML is looked at again a few times
    (RETRY_DELAYS_MS) before anything happens, since an editor may be half
    way through saving. If it stays empty or missing, the defaults apply (an
    empty file is a valid document); if it stays unparsable, it is left where
    it is, the settings in force stay, and changed carries a LoadResult with
    kept_previous and a warning naming the line, once per broken content.
    Only load(), at start-up, moves a broken file aside.

    The folder is watched as well as the file, and the file's watch is
    renewed after every change: a file replaced by rename (atomic saves) or
    deleted and made again drops out of a file watch.
    """

    changed = Signal(object)
    settling = Signal(str)
    """The file was found empty, missing or unreadable and will be looked at again; the reason."""

    def __init__(
        self,
        path: Path,
        parent: QObject | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        retry_delays_ms: Sequence[int] = RETRY_DELAYS_MS,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_change)
        self._watcher.directoryChanged.connect(self._on_change)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self._look)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._look)
        self._retry_delays = tuple(retry_delays_ms)
        self._attempts = 0
        self._settings = settings_file.Settings()
        self._settled: Content = None
        """The content last acted on (applied, or reported as broken)."""

    @property
    def settings(self) -> settings_file.Settings:
        """The settings in force: the last file that could be read."""
        return self._settings

    @property
    def pending(self) -> bool:
        """A change waits to be read, or the file is being looked at again."""
        return self._debounce.isActive() or self._retry.isActive()

    def load(self, *, write_missing: bool = True) -> settings_file.LoadResult:
        """Read the file; on first start write one with every key and its description.

        write_missing=False leaves a missing file missing (the welcome writes it with the person's choices).
        """
        loaded = settings_file.load(self.path)
        if write_missing and not self.path.exists():
            try:
                settings_file.save(self.path, loaded.settings)
            except OSError as error:
                loaded.warnings.append(f"could not write {self.path}: {error.strerror}")
        self._settings = loaded.settings
        self._settled = _read(self.path)
        self._arm()
        return loaded

    def reload_now(self) -> None:
        """Read the file at once, not after the quiet spell: the app has just written it itself."""
        self._debounce.stop()
        self._retry.stop()
        self._attempts = 0
        self._look()

    def _on_change(self, _path: str) -> None:
        self._retry.stop()
        self._attempts = 0
        self._debounce.start()

    def _arm(self) -> None:
        """Watch the folders and, afresh, the file: after a replace the old watch is on a dead inode."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return
        folders = {str(self.path.parent), str(Path(os.path.realpath(self.path)).parent)}
        watched = set(self._watcher.directories())
        stale = sorted(watched - folders)
        if stale:
            self._watcher.removePaths(stale)
        for folder in sorted(folders - watched):
            if os.path.isdir(folder):
                self._watcher.addPath(folder)
        file = str(self.path)
        if file in self._watcher.files():
            self._watcher.removePath(file)
        if self.path.exists():
            self._watcher.addPath(file)  # may lose a race with a delete: the folder's watch sees the next file

    def _look(self) -> None:
        self._arm()  # before reading, so a change after the read is never missed
        content = _read(self.path)
        if content == self._settled:
            self._attempts = 0
            return
        if isinstance(content, str):
            self._not_yet(content, content, broken=True)
        elif content is None:
            #: %1 is the settings file's name, settings.toml.
            self._not_yet(fill(self.tr("%1 is missing"), self.path.name), content, broken=False)
        elif settings_file.is_blank(content):
            self._not_yet(fill(self.tr("%1 is empty"), self.path.name), content, broken=False)
        else:
            try:
                loaded = settings_file.parse(content, self.path.name)
            except settings_file.SettingsParseError as error:
                self._not_yet(f"{self.path.name} {error}", content, broken=True)
            else:
                self._apply(loaded, content)

    def _not_yet(self, reason: str, content: Content, *, broken: bool) -> None:
        """Look again later; when the retries are spent, act on the file as it is."""
        if self._attempts < len(self._retry_delays):
            self._retry.start(self._retry_delays[self._attempts])
            self._attempts += 1
            log.debug("%s; looking again", reason)
            self.settling.emit(reason)
            return
        self._attempts = 0
        if not broken:  # an empty or missing file is a valid, all-defaults document
            self._apply(settings_file.LoadResult(settings_file.Settings()), content)
            return
        self._settled = content
        #: %1 is what is wrong with the settings file.
        warning = fill(self.tr("%1. The settings in force stay until the file is fixed."), reason)
        self.changed.emit(settings_file.LoadResult(self._settings, [warning], kept_previous=True))

    def _apply(self, loaded: settings_file.LoadResult, content: Content) -> None:
        self._attempts = 0
        self._settled = content
        self._settings = loaded.settings
        self.changed.emit(loaded)


def _read(path: Path) -> Content:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        return f"could not read {path}: {error.strerror}"
