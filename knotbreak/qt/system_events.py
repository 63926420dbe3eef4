"""Suspend and screen-lock signals from D-Bus, where the desktop offers them.

logind's PrepareForSleep(false) on the system bus says the machine just woke
up; a screensaver's ActiveChanged(bool) on the session bus says the screen
locked or unlocked. Both are optional: without them, suspends are still seen
through the boot-time gap, and locks through idle time.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep")
SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged"),
)


class SystemEvents(QObject):
    resumed = Signal()
    lock_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening: list[str] = []
        system = QDBusConnection.systemBus()
        if system.isConnected() and system.connect(*LOGIND, self, "_on_prepare_for_sleep(bool)"):
            self.listening.append("logind")
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for service, path, interface, name in SCREENSAVERS:
                # An empty service name matches the signal from whichever process owns that name.
                if session.connect("", path, interface, name, self, "_on_active_changed(bool)"):
                    self.listening.append(service)
        log.debug("listening for %s", ", ".join(self.listening) or "nothing")

    @Slot(bool)
    def _on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if not going_to_sleep:
            self.resumed.emit()

    @Slot(bool)
    def _on_active_changed(self, active: bool) -> None:
        self.lock_changed.emit(active)
