"""The composition root: builds every object, wires signals, and owns the lifecycle."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from knotbreak import __version__
from knotbreak.core.breakloop import ActionRefused, Event, EventKind, State
from knotbreak.core.clock import Clock, SystemClock
from knotbreak.core.history import History
from knotbreak.core.paths import Paths
from knotbreak.core.protocol import Request
from knotbreak.core.recorder import Recorder
from knotbreak.core.routine_catalog import Catalog
from knotbreak.core.session import Session
from knotbreak.core.settings import LoadResult
from knotbreak.core.settings import load as load_settings
from knotbreak.idle import IdleSource, IdleSupervisor, NoIdleSource, choose_idle_source
from knotbreak.presence import CameraProbe, FullscreenProbe, NoFullscreenProbe, detect_fullscreen_probe
from knotbreak.qt.actions import AppActions
from knotbreak.qt.break_notice import BreakNotice
from knotbreak.qt.control import ControlHandler
from knotbreak.qt.formatting import LOCAL
from knotbreak.qt.i18n import QT_TRANSLATE_NOOP, fill, translated
from knotbreak.qt.icons import app_icon
from knotbreak.qt.inhibitors import InhibitorProbe, NoInhibitorProbe
from knotbreak.qt.ipc import ControlServer
from knotbreak.qt.notifications import DesktopNotifier
from knotbreak.qt.preferences_service import PreferencesService
from knotbreak.qt.prompt import BreakPrompt
from knotbreak.qt.prompt_presenter import PromptPresenter
from knotbreak.qt.routines import RoutineService
from knotbreak.qt.scheduler import GuiScheduler
from knotbreak.qt.settings_watch import SettingsFile
from knotbreak.qt.system_events import SystemEvents
from knotbreak.qt.translations import install_translations
from knotbreak.qt.tray import MESSAGE_SECONDS, StatusWindow, Tray
from knotbreak.qt.unix_signals import QuitOnSignals

if TYPE_CHECKING:
    from knotbreak.autostart import Autostart

log = logging.getLogger(__name__)

WAKEUP_JOB = "session-wakeup"
REFRESH_JOB = "refresh-display"
REFRESH_SECONDS = 30
SITTING_CHECKPOINT_SECONDS = 5 * 60
TRAY_RETRY_MS = 10_000
TRAY_RETRY_LIMIT = 12
STARTUP_LATER_MS = 1000
NO_TRAY_REASON = QT_TRANSLATE_NOOP(
    "KnotBreakApp",
    "No system tray was found, so KnotBreak runs in this window. "
    "On GNOME, the AppIndicator extension adds a tray; KnotBreak moves there when one appears.",
)
"""English, translated where shown."""


@dataclass
class Probes:
    """What the app learns about the desktop; tests pass fakes."""

    idle: IdleSource = field(default_factory=NoIdleSource)
    fullscreen: FullscreenProbe = field(default_factory=NoFullscreenProbe)
    camera: CameraProbe = field(default_factory=CameraProbe)
    inhibitors: InhibitorProbe | NoInhibitorProbe = field(default_factory=NoInhibitorProbe)

    @classmethod
    def detect(cls) -> Probes:
        return cls(
            IdleSupervisor(lambda exclude: choose_idle_source(exclude=exclude)),
            detect_fullscreen_probe(),
            CameraProbe(),
            InhibitorProbe(),
        )

    def close(self) -> None:
        self.idle.close()
        self.fullscreen.close()
        self.inhibitors.close()


class KnotBreakApp(QObject):
    def __init__(
        self,
        paths: Paths,
        clock: Clock | None = None,
        *,
        use_tray: bool | None = None,
        probes: Probes | None = None,
        listen_to_system: bool = True,
        notifier: DesktopNotifier | None = None,
        welcome_on_first_run: bool = False,
        autostart: Autostart | None = None,
    ) -> None:
        super().__init__()
        self.paths = paths
        self.clock = clock or SystemClock()
        self.probes = probes or Probes.detect()
        self.settings_file = SettingsFile(paths.settings_file, self)
        first_run = welcome_on_first_run and not paths.settings_file.exists()
        loaded = self.settings_file.load(write_missing=not first_run)
        self.session = Session(
            self.clock,
            loaded.settings,
            idle=self.probes.idle,
            fullscreen=self.probes.fullscreen.fullscreen_focused,
            camera=self.probes.camera.in_use,
            inhibited=self.probes.inhibitors.inhibited,
        )
        self.loop = self.session.loop
        self.history = History(paths.history_file, self.clock)
        self.recorder = Recorder(self.history, self.session)
        self._history_problem_shown: str | None = None
        self.statistics_window: Any = None
        self.actions = AppActions(self)
        self.routines = RoutineService(paths, self.clock, self.session, self.history, self.recorder, self.actions, self.notify, self)
        self.routines.break_recorded.append(self._refresh_statistics)
        self.preferences = PreferencesService(paths, self.settings_file, self.history, self.routines, self.notify, autostart, self)
        self.control = ControlHandler(self.session, self.routines, self)
        self.scheduler = GuiScheduler(timezone=self.clock.now().tzinfo)
        self.server = ControlServer(paths.socket_path, self.handle_request, self)
        self.system_events = SystemEvents(self) if listen_to_system else None
        # The desktop's own notifications (freedesktop D-Bus) where a daemon runs; else the tray balloon.
        if notifier is None and listen_to_system:
            notifier = DesktopNotifier(parent=self)
        self.notifier = notifier
        self.prompts = PromptPresenter(
            self.session, self.recorder, notifier,
            start_routine=lambda: self.take_break(), attempt=self._attempt, resync=self.sync, parent=self,
        )
        self.tray: Tray | None = None
        self.status_window: StatusWindow | None = None
        self._tray_retries = 0
        self._armed_for: float | None = None
        self._last_checkpoint = self.clock.monotonic()
        self._tray_retry_timer = QTimer(self)
        self._syncs = 0

        self._wire()
        if use_tray is None:
            use_tray = QSystemTrayIcon.isSystemTrayAvailable()
        if use_tray:
            self._show_tray()
        else:
            self._show_status_window()
            self._tray_retry_timer.start(TRAY_RETRY_MS)
        self.scheduler.start()
        self.scheduler.add_job(
            self.read_then_tick, "interval", seconds=REFRESH_SECONDS, id=REFRESH_JOB, coalesce=True, misfire_grace_time=REFRESH_SECONDS
        )
        # Not needed to answer or remind: after the first turn of the event loop.
        QTimer.singleShot(STARTUP_LATER_MS, self.routines.refresh)
        self.recorder.app_started(__version__)
        self.tick()
        self._report_settings(loaded)
        if first_run:
            # After the tray is up, and never modal: the app counts while the welcome is open.
            QTimer.singleShot(0, self.preferences.show_welcome)
        if self.probes.idle.name == "none":
            log.warning("no idle-time source works on this desktop; counting wall-clock time")

    # -- wiring ----------------------------------------------------------

    def _wire(self) -> None:
        self.session.subscribe(self._on_loop_event)
        self.session.on_settled(self.sync)
        self.actions.take_break.connect(self.take_break)
        self.actions.start_routine.connect(self.take_break)
        self.actions.routines_wanted.connect(self.routines.refresh)
        self.actions.snooze.connect(lambda minutes: self._attempt(self.session.snooze, minutes))
        self.actions.skip.connect(lambda: self._attempt(self.session.skip))
        self.actions.pause.connect(self.pause)
        self.actions.resume.connect(lambda: self._attempt(self.session.resume))
        self.actions.meeting.connect(self.start_meeting)
        self.actions.end_meeting.connect(self.end_meeting)
        self.actions.quit.connect(self.quit)
        self.actions.show_statistics.connect(self.show_statistics)
        self.actions.show_preferences.connect(self.show_preferences)
        self.actions.show_about.connect(self.preferences.show_about)
        self.actions.show_help.connect(self.preferences.show_help)
        self.actions.new_routine.connect(lambda: self.routines.edit_routine(None))
        self.actions.edit_routine.connect(self.routines.edit_routine)
        self._tray_retry_timer.timeout.connect(self._retry_tray)
        self.settings_file.changed.connect(self._on_settings_changed)
        self.scheduler.on_clock_jump.append(self._on_clock_jump)
        if self.system_events is not None:
            self.system_events.resumed.connect(self.tick)
            self.system_events.lock_changed.connect(self._on_lock_changed)

    def start_listening(self) -> bool:
        return self.server.listen()

    # -- settings --------------------------------------------------------

    def _on_settings_changed(self, loaded: LoadResult) -> None:
        self._report_settings(loaded)
        self.session.apply_settings(loaded.settings)
        self.prompts.choose()
        self.sync()
        self.preferences.settings_changed(loaded.settings)

    # -- the break prompt (the PromptPresenter picks the face) ------------

    @property
    def prompt(self) -> BreakPrompt:
        return self.prompts.window

    @property
    def break_notice(self) -> BreakNotice | None:
        return self.prompts.notice

    def _report_settings(self, loaded: LoadResult) -> None:
        for warning in loaded.warnings:
            log.warning("%s", warning)
        if loaded.moved_aside is not None:
            #: %1 is the name the unreadable settings file was given (settings.toml.broken-...).
            kept = fill(self.tr("It was kept as %1; defaults are in use."), loaded.moved_aside.name)
            self.notify(self.tr("Settings file could not be read"), kept)
        elif loaded.kept_previous:
            self.notify(self.tr("Settings file has an error"), "; ".join(loaded.warnings))
        elif loaded.warnings:
            self.notify(self.tr("Some settings were ignored"), "; ".join(loaded.warnings))

    # -- faces -----------------------------------------------------------

    def _show_tray(self) -> None:
        self.tray = Tray(self.actions)
        self.tray.show()

    def _show_status_window(self) -> None:
        self.status_window = StatusWindow(self.actions, translated("KnotBreakApp", NO_TRAY_REASON))
        self.status_window.show()

    def _retry_tray(self) -> None:
        self._tray_retries += 1
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray_retry_timer.stop()
            self._show_tray()
            if self.status_window is not None:
                self.status_window.hide()
                self.status_window.deleteLater()
                self.status_window = None
            self.sync()
        elif self._tray_retries >= TRAY_RETRY_LIMIT:
            self._tray_retry_timer.stop()

    def notify(self, title: str, message: str) -> None:
        log.info("%s: %s", title, message)
        sent = self.notifier is not None and self.notifier.available and self.notifier.notify(
            title, message, timeout_ms=MESSAGE_SECONDS * 1000
        )
        if self.tray is not None and not sent:
            self.tray.notify(title, message)
        if self.status_window is not None:
            self.status_window.notify(title, message)

    # -- time ------------------------------------------------------------

    def _on_loop_event(self, event: Event) -> None:
        if event.kind is EventKind.PRE_BREAK_NOTICE and not self.session.quiet():
            seconds = event.detail["seconds_to_break"]
            #: %1 is a duration like "1 min".
            soon = fill(self.tr("Your stretch break starts in %1."), LOCAL.duration(seconds))
            self.notify(self.tr("A break is coming up"), soon)

    def read_then_tick(self) -> None:
        """Tick once the desktop has answered: a D-Bus idle source is asked asynchronously, so the GUI never waits on it."""
        if self._break_is_near():
            self.probes.inhibitors.refresh()  # answers in by the time the prompt's hold is decided
        prefetch = getattr(self.probes.idle, "prefetch", None)
        if prefetch is None:
            self.tick()
        else:
            prefetch(self.tick)

    def _break_is_near(self) -> bool:
        status = self.loop.status()
        seconds = status.seconds_to_break
        # While due (held by a video or not), every tick asks again, so a hold ends when the video does.
        return status.state is State.DUE or (seconds is not None and seconds <= 2 * REFRESH_SECONDS)

    def tick(self) -> None:
        """Catch up with time (idle, suspends, hours, the loop), then redraw and re-arm, once."""
        with self._synced_once():  # even when nothing happened: the countdowns moved
            self.session.tick()
            if self.clock.monotonic() - self._last_checkpoint >= SITTING_CHECKPOINT_SECONDS:
                # A crash or kill -9 then loses at most this much of the current sitting stretch.
                self._last_checkpoint = self.clock.monotonic()
                self.session.flush_sitting()

    def _on_clock_jump(self, seconds: float) -> None:
        log.info("the wall clock moved by %+.0f s; re-arming", seconds)
        reload_zone = getattr(self.clock, "reload_zone", None)
        if reload_zone is not None:
            reload_zone()  # a time-zone change moves the wall clock too
        self._armed_for = None
        self.scheduler.reschedule_job(REFRESH_JOB, trigger="interval", seconds=REFRESH_SECONDS)
        self.tick()

    def _on_lock_changed(self, locked: bool) -> None:
        self.recorder.lock_changed(locked)
        with self._synced_once():
            self.session.set_locked(locked)

    @contextmanager
    def _synced_once(self) -> Iterator[None]:
        """Redraw after the block, unless the session's settling already did."""
        syncs = self._syncs
        yield
        if self._syncs == syncs:
            self.sync()

    def sync(self) -> None:
        """Make every face and the wake-up job match the session's current status."""
        self._syncs += 1
        status = self.loop.status()
        self.actions.update(status, self.session.deferral.meeting_active())
        details = self.session.status_json()
        if self.tray is not None:
            self.tray.render(status, details)
        if self.status_window is not None:
            self.status_window.render(status, details)
        if self.session.prompt_wanted():
            self.prompts.show(status)
        else:
            self.prompts.hide()
        if status.state is not State.ON_BREAK:
            self.routines.dismiss()
        self._report_history_problem()
        self._arm()

    def _report_history_problem(self) -> None:
        problem = self.history.problem
        if problem and problem != self._history_problem_shown:
            self._history_problem_shown = problem
            self.notify(self.tr("History"), problem)

    def _arm(self) -> None:
        if not self.scheduler.running:
            return
        wakeup = self.session.next_wakeup()
        if wakeup == self._armed_for and self.scheduler.get_job(WAKEUP_JOB) is not None:
            return
        self._armed_for = wakeup
        run_date = self.clock.now() + timedelta(seconds=max(0.0, wakeup - self.clock.monotonic()))
        self.scheduler.add_job(
            self._on_wakeup,
            "date",
            run_date=run_date,
            id=WAKEUP_JOB,
            replace_existing=True,
            # Never drop a wake-up as a misfire (a suspended laptop wakes up
            # late); the session itself decides what a late wake-up means.
            misfire_grace_time=None,
            coalesce=True,
        )

    def _on_wakeup(self) -> None:
        self._armed_for = None
        self.read_then_tick()

    # -- user actions ----------------------------------------------------

    def _attempt(self, action: Any, *args: Any, quiet: bool = False) -> str | None:
        """Run a loop action; if it does not apply, return why (and, unless quiet, tell the user)."""
        try:
            action(*args)
        except ActionRefused as refusal:
            if not quiet:
                self.notify("KnotBreak", str(refusal).capitalize())
            return str(refusal)
        return None

    # -- routines (the RoutineService does the work) ----------------------

    @property
    def catalog(self) -> Catalog:
        return self.routines.catalog

    @property
    def stretch_window(self) -> Any:
        return self.routines.stretch_window

    @property
    def routine_editor(self) -> Any:
        return self.routines.routine_editor

    def take_break(self, routine_id: str | None = None) -> None:
        self.routines.take_break(routine_id)

    def _refresh_statistics(self) -> None:
        if self.statistics_window is not None and self.statistics_window.isVisible():
            self.statistics_window.refresh()

    def show_statistics(self) -> None:
        from knotbreak.qt.stats_window import StatisticsWindow

        if self.statistics_window is None:
            self.statistics_window = StatisticsWindow(
                load=lambda days: self.history.statistics(days=days), export=self.history.export_csv
            )
        self.statistics_window.refresh()
        self.statistics_window.show()
        self.statistics_window.raise_()
        self.statistics_window.activateWindow()

    def show_preferences(self) -> None:
        self.preferences.show_preferences()

    def show_welcome(self) -> None:
        self.preferences.show_welcome()

    def pause(self, value: float | str | None) -> None:
        if value == "tomorrow":
            self.session.pause_until_tomorrow()
        elif value is None:
            self.session.pause()
        else:
            self.session.pause(seconds=float(value))

    def start_meeting(self, seconds: float | None) -> None:
        with self._synced_once():
            self.session.start_meeting(seconds)

    def end_meeting(self) -> None:
        with self._synced_once():
            self.session.end_meeting()

    def quit(self) -> None:
        # exit(), not quit(): Qt 6's quit() first asks every window to close,
        # and the status window refuses (closing it would strand the user).
        QApplication.exit(0)

    def shutdown(self) -> None:
        if not self.scheduler.running:
            return  # already shut down
        self.routines.dismiss()
        self.preferences.close_all()
        # A resident break notice would outlive the app, its buttons dead.
        self.prompts.hide()
        if self.notifier is not None:
            self.notifier.close()
        self.recorder.app_stopping()
        self.history.close()
        self.scheduler.shutdown()
        self.server.close()
        self.probes.close()
        if self.tray is not None:
            self.tray.hide()

    def quit_soon(self) -> None:
        """Quit once the current event (a control request being answered) is done."""
        QTimer.singleShot(0, self.quit)

    # -- the control socket (the ControlHandler answers) ------------------

    def status_json(self) -> dict[str, Any]:
        return self.control.status_json()

    def handle_request(self, request: Request) -> dict[str, Any]:
        return self.control.handle(request)


def run_app(paths: Paths | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="knotbreak: %(message)s", stream=sys.stderr)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    paths = paths or Paths.for_user()
    try:
        paths.ensure_runtime_dir()
    except OSError as error:
        print(f"knotbreak: cannot use {paths.runtime_dir}: {error}", file=sys.stderr)
        return 1
    qapp = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    qapp.setApplicationName("KnotBreak")
    qapp.setDesktopFileName("knotbreak")
    qapp.setQuitOnLastWindowClosed(False)
    qapp.setWindowIcon(app_icon())
    # Before any window: the chosen language, read again at the next start (the settings are read once more below).
    translations = install_translations(qapp, load_settings(paths.settings_file, move_aside=False).settings.language)

    lock = QLockFile(str(paths.lock_file))
    lock.setStaleLockTime(0)  # only a dead owner's lock is stale, however old
    if not lock.tryLock(0):
        print(QCoreApplication.translate("CommandLine", "KnotBreak is already running."))
        return 0
    app = KnotBreakApp(paths, welcome_on_first_run=True)
    if not app.start_listening():
        problem = QCoreApplication.translate("CommandLine", "the control socket could not be opened; the command line will not reach this instance")
        print(f"knotbreak: {problem}", file=sys.stderr)
    signals = QuitOnSignals(lambda: QApplication.exit(0)) if os.name == "posix" else None
    try:
        return qapp.exec()
    finally:
        app.shutdown()
        if signals is not None:
            signals.close()
        lock.unlock()
        translations.remove()
