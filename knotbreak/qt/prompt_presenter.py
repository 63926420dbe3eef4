"""Which face a due break shows, and when: the corner window, or the desktop's notification.

On Qt's native Wayland platform a shown window takes the keyboard whatever it
asks, so there the prompt is a notification with buttons (BreakNotice); the
window stays for X11, Windows and macOS. If the notification service fails,
the window takes over; on Wayland it then waits for a pause in typing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

from knotbreak.core.breakloop import Status
from knotbreak.core.recorder import Recorder
from knotbreak.core.session import Session
from knotbreak.qt.break_notice import BreakNotice
from knotbreak.qt.notifications import DesktopNotifier
from knotbreak.qt.prompt import BreakPrompt

log = logging.getLogger(__name__)

QUIET_SECONDS = 2.0
"""Where a shown window takes the keyboard, it waits until input has paused this long."""
QUIET_RETRY_MS = 1000


def windows_take_focus() -> bool:
    """Whether a window we show takes keyboard focus whatever we ask: Qt's native Wayland platform."""
    return QGuiApplication.platformName().startswith("wayland")


class PromptPresenter(QObject):
    def __init__(
        self,
        session: Session,
        recorder: Recorder,
        notifier: DesktopNotifier | None,
        *,
        start_routine: Callable[[], None],
        attempt: Callable[..., Any],
        resync: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._recorder = recorder
        self._notifier = notifier
        self._start_routine = start_routine
        self._attempt = attempt
        self._resync = resync
        self.window = BreakPrompt()
        self.notice: BreakNotice | None = None
        self._by_notice = False
        self._quiet_retry = QTimer(self)
        self._quiet_retry.setSingleShot(True)
        self._quiet_retry.setInterval(QUIET_RETRY_MS)
        self._quiet_retry.timeout.connect(resync)
        self._wire(self.window)
        self.choose()

    def choose(self) -> None:
        """The window, or the desktop notification (break_prompt; "auto": the notification on Wayland)."""
        style = self._session.settings.break_prompt
        if style == "auto":
            style = "notification" if windows_take_focus() else "window"
        notifier = self._notifier
        self._by_notice = style == "notification" and notifier is not None and notifier.available
        if self._by_notice and self.notice is None and notifier is not None:
            self.notice = BreakNotice(notifier, self)
            self._wire(self.notice)
            self.notice.dismissed.connect(self._on_dismissed)
        if style == "notification" and not self._by_notice:
            log.info("no notification service to show break prompts in; using the prompt window")

    def _wire(self, face: BreakPrompt | BreakNotice) -> None:
        face.start_routine.connect(self._start_routine)
        face.snooze.connect(lambda: self._attempt(self._session.snooze))
        face.skip.connect(lambda: self._attempt(self._session.skip))

    def _face(self) -> BreakPrompt | BreakNotice:
        if self._by_notice and self.notice is not None and self.notice.usable:
            return self.notice
        return self.window

    def _on_dismissed(self) -> None:
        self._session.dismiss_prompt()
        self._resync()

    def show(self, status: Status) -> None:
        """Present the due break (or keep it presented); PROMPT_SHOWN is recorded when it actually appears."""
        face = self._face()
        other = self.window if face is not self.window else self.notice
        if other is not None and other.isVisible():
            other.hide()
        was_visible = face.isVisible()
        face.render(status, self._session.settings.snooze_minutes)
        if face is self.window and not was_visible and windows_take_focus() and not self._quiet_moment():
            # On Wayland, with no notification service, the window takes the keyboard:
            # wait for a pause in typing so no keystroke lands in it.
            if not self._quiet_retry.isActive():
                self._quiet_retry.start()
            return
        face.present()
        if face is self.notice and not face.isVisible():
            self._by_notice = False  # the daemon failed: the window from now on
            self.show(status)
            return
        if not was_visible and face.isVisible():
            self._recorder.prompt_shown()

    def _quiet_moment(self) -> bool:
        idle = self._session.activity.live_idle_seconds()
        return idle is None or idle >= QUIET_SECONDS

    def hide(self) -> None:
        self._quiet_retry.stop()
        for face in (self.window, self.notice):
            if face is not None and face.isVisible():
                face.hide()
