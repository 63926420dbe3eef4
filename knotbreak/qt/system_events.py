"""Suspend and screen-lock signals from D-Bus, where the desktop offers them.

logind's PrepareForSleep(false) on the system bus says the machine just woke
up; a screensaver's ActiveChanged(bool) on the session bus says the screen
locked or unlocked. Both are optional: without them, suspends are still seen
through the boot-time gap, and locks through idle time.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import SLOT, QObject, Signal, Slot
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

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        system: QDBusConnection | None = None,
        session: QDBusConnection | None = None,
    ) -> None:
        super().__init__(parent)
        self.listening: list[str] = []
        system = system if system is not None else QDBusConnection.systemBus()
        session = session if session is not None else QDBusConnection.sessionBus()
        # The stubs want QDBusConnection.connect()'s slot as bytes; QtDBus takes the str that SLOT() gives.
        if system.isConnected() and system.connect(*LOGIND, self, SLOT("_on_prepare_for_sleep(bool)")):  # type: ignore[call-overload]
            self.listening.append("logind")
        if session.isConnected():
            for service, path, interface, name in SCREENSAVERS:
                # An empty service name matches the signal from whichever process sends it.
                if session.connect("", path, interface, name, self, SLOT("_on_active_changed(bool)")):  # type: ignore[call-overload]
                    self.listening.append(service)
        log.debug("listening for %s", ", ".join(self.listening) or "nothing")

    @Slot(bool)
    def _on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if not going_to_sleep:
            self.resumed.emit()

    @Slot(bool)
    def _on_active_changed(self, active: bool) -> None:
        self.lock_changed.emit(active)
