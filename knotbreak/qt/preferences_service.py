"""The app's settings-facing windows: Preferences, the first-run welcome, About and Help.

Owns them (each made on first use, so none costs anything at start-up), and
serves the Preferences window what it needs from the rest of the app: the
settings file, start at login, the history, the sounds. Every settings
change goes through one path: a format-preserving edit of settings.toml, then
an immediate reload, so the app applies it at once and every window sees the
same values a hand edit would give.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from knotbreak.core import settings as settings_module
from knotbreak.core.history import ExportError, History, HistoryUnreadable
from knotbreak.core.paths import Paths
from knotbreak.core.settings import Settings
from knotbreak.qt.formatting import LOCAL
from knotbreak.qt.i18n import QT_TRANSLATE_NOOP, fill, translated
from knotbreak.qt.routines import RoutineService
from knotbreak.qt.settings_watch import SettingsFile

if TYPE_CHECKING:
    from knotbreak.autostart import Autostart

log = logging.getLogger(__name__)

Notify = Callable[[str, str], None]

#: Said aloud by Preferences' "Test spoken cues": a cue a routine says.
TEST_SPEECH = QT_TRANSLATE_NOOP("PreferencesService", "Switch sides.")


DELETE_POLL_MS = 100
"""How often a queued delete of the history is looked at until it is done."""


class PreferencesService(QObject):
    def __init__(
        self,
        paths: Paths,
        settings_file: SettingsFile,
        history: History,
        routines: RoutineService,
        notify: Notify,
        autostart: Autostart | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self._settings_file = settings_file
        self._history = history
        self._routines = routines
        self._notify = notify
        self._autostart = autostart
        self.preferences_window: Any = None
        self.welcome_window: Any = None
        self.about_dialog: Any = None
        self.help_window: Any = None

    # -- what the Preferences window is served --------------------------------

    @property
    def settings_path(self) -> Path:
        return self.paths.settings_file

    @property
    def history_path(self) -> Path:
        return self.paths.history_file

    @property
    def autostart(self) -> Autostart:
        if self._autostart is None:
            from knotbreak.autostart import for_this_system

            self._autostart = for_this_system()
        return self._autostart

    def change_settings(self, changes: dict[str, Any]) -> str | None:
        """Write the changed keys into settings.toml and apply the file at once; why not, if not."""
        try:
            settings_module.set_values(self.paths.settings_file, changes)
        except settings_module.SettingsEditError as error:
            return str(error)
        except OSError as error:
            #: %1 is a file's path, %2 the system's reason.
            return fill(self.tr("%1 could not be written: %2"), str(self.paths.settings_file), str(error.strerror or error))
        self._settings_file.reload_now()
        return None

    def exercise_name(self, exercise_id: str) -> str:
        exercise = self._routines.catalog.exercises.get(exercise_id)
        return exercise.name if exercise is not None else exercise_id

    def sound_problem(self) -> str | None:
        cues = self._routines.cues()
        return None if cues.available_sound else (cues.sound_problem or self.tr("sounds cannot play here"))

    def speech_problem(self) -> str | None:
        return self._routines.cues().speech_backend_problem()

    def test_sound(self) -> None:
        self._routines.cues().test_chime()

    def test_speech(self) -> None:
        self._routines.cues().test_say(translated("PreferencesService", TEST_SPEECH))

    def history_summary(self) -> str:
        summary = self._history.summary()
        if summary is None:
            return self.tr("The history cannot be read right now, so what it holds is not known.")
        if summary.events == 0:
            return self.tr("The history is empty.")
        events = LOCAL.numerus(self.tr("%n recorded event(s)", "", summary.events), summary.events)
        if summary.first_day is not None:
            #: %1 is a number of recorded events, %2 the date of the first ("12 recorded events since 3 March 2026").
            events = fill(self.tr("%1 since %2"), events, LOCAL.long_date(summary.first_day))
        breaks = LOCAL.numerus(self.tr("%n break(s) taken", "", summary.breaks_taken), summary.breaks_taken)
        #: Breaks a person took without being asked (away from the keyboard long enough).
        natural = LOCAL.numerus(self.tr("%n break(s) on your own", "", summary.natural_breaks), summary.natural_breaks)
        #: What deleting the history loses: %1 the events (and since when), %2 the breaks taken, %3 the breaks on your own.
        text = self.tr(
            "%1: %2, %3, and every snooze, skip, sitting stretch and check-in answer. Your statistics start again from nothing."
        )
        return fill(text, events, breaks, natural)

    def export_history(self, target: Path) -> str | None:
        try:
            self._history.export_csv(target)
        except (HistoryUnreadable, ExportError) as error:
            return str(error)
        except OSError as error:
            return fill(self.tr("%1 could not be written: %2"), str(target), str(error.strerror or error))
        return None

    def delete_history(self, reply: Callable[[str | None], None]) -> None:
        """Queue the delete on the history's writer; reply(None) once it is done, or reply(why not).

        The GUI thread never waits for it: a locked file holds the writer until it frees.
        """
        ticket = self._history.delete_everything()
        poll = QTimer(self)
        poll.setInterval(DELETE_POLL_MS)

        def check() -> None:
            if not ticket.done():
                return
            poll.stop()
            poll.deleteLater()
            if ticket.id is None:
                reply(self._history.problem or self.tr("the history could not be changed"))
            else:
                log.info("the history was deleted at the user's request")
                reply(None)

        poll.timeout.connect(check)
        poll.start()

    # -- the windows -----------------------------------------------------------

    def show_preferences(self) -> None:
        if self.preferences_window is None:
            from knotbreak.qt.preferences import PreferencesWindow

            self.preferences_window = PreferencesWindow(self._settings_file.settings, self)
        self.preferences_window.present()

    def settings_changed(self, settings: Settings) -> None:
        """The file changed (here, or by hand): the open window shows it."""
        if self.preferences_window is not None:
            self.preferences_window.show_settings(settings)

    def show_welcome(self) -> None:
        if self.welcome_window is None:
            from knotbreak.qt.welcome import WelcomeWindow

            self.welcome_window = WelcomeWindow(self._settings_file.settings, self.autostart)
            self.welcome_window.done.connect(self._on_welcome_done)
        _present(self.welcome_window)

    def _on_welcome_done(self, choices: Any) -> None:
        window, self.welcome_window = self.welcome_window, None
        if window is not None:
            window.deleteLater()
        changes = {} if choices.skipped else dict(choices.settings_changes)
        if changes or not self.paths.settings_file.exists():
            # Skipping writes the file too, with the defaults: the welcome is not shown again.
            problem = self.change_settings(changes)
            if problem is not None:
                self._notify(self.tr("Your choices could not be saved"), problem)
        if not choices.skipped and choices.start_at_login is not None:
            try:
                self.autostart.set_enabled(bool(choices.start_at_login))
            except OSError as error:
                self._notify(self.tr("Start at login could not be changed"), str(error))

    def show_about(self) -> None:
        if self.about_dialog is None:
            from knotbreak.qt.about import AboutDialog

            self.about_dialog = AboutDialog(self.paths)
        _present(self.about_dialog)

    def show_help(self) -> None:
        if self.help_window is None:
            from knotbreak.qt.help_window import HelpWindow

            self.help_window = HelpWindow()
        _present(self.help_window)

    def close_all(self) -> None:
        if self.welcome_window is not None:
            # Quitting is not skipping: the welcome comes back at the next start.
            self.welcome_window.done.disconnect(self._on_welcome_done)
        for window in (self.preferences_window, self.welcome_window, self.about_dialog, self.help_window):
            if window is not None:
                window.close()


def _present(window: Any) -> None:
    window.show()
    window.raise_()
    window.activateWindow()

