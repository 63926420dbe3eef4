"""Is another program keeping the screen awake (a video, a slide show, a call)?

Players and meeting apps ask the desktop not to go idle while they play. The
desktop can be asked whether anyone has, on Wayland as on X11:

- GNOME: gnome-session's ``InhibitedActions`` property, a bitmask in which 8
  means "idle". gnome-settings-daemon turns org.freedesktop.ScreenSaver.Inhibit
  calls into such inhibitors, and the portal's GTK backend does the same.
- KDE Plasma: PowerDevil's PolicyAgent ``HasInhibition(4)`` (4: ChangeScreenSettings,
  which ksmserver's org.freedesktop.ScreenSaver.Inhibit becomes).

Each call blocks for at most CALL_TIMEOUT_MS and is only made while a due
break waits to be shown. Where neither service runs the answer is None, "cannot tell".
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, ClassInfo, QMetaObject, QObject, Qt, Slot
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusInterface, QDBusMessage

from knotbreak.qt.dbus_typed import teach_interface

log = logging.getLogger(__name__)

CALL_TIMEOUT_MS = 500

GNOME_SERVICE = "org.gnome.SessionManager"
GNOME_PATH = "/org/gnome/SessionManager"
GNOME_INTERFACE = "org.gnome.SessionManager"
GNOME_IDLE_FLAG = 8

KDE_SERVICE = "org.kde.Solid.PowerManagement.PolicyAgent"
KDE_PATH = "/org/kde/Solid/PowerManagement/PolicyAgent"
KDE_INTERFACE = "org.kde.Solid.PowerManagement.PolicyAgent"
KDE_CHANGE_SCREEN_SETTINGS = 4

Check = Callable[[], "bool | None"]


def any_inhibited(checks: Sequence[Check]) -> bool | None:
    """True if any check says so; None if none can tell; else False."""
    answers = [check() for check in checks]
    if any(answer is True for answer in answers):
        return True
    if all(answer is None for answer in answers):
        return None
    return False


# PySide6's stubs know only ClassInfo(**kwargs) and give it no __call__, but a dict is the
# documented form for a key that is not an identifier, like "D-Bus Interface".
@ClassInfo({"D-Bus Interface": KDE_INTERFACE})  # type: ignore[call-arg]
class _PolicyAgentSpec(QObject):  # type: ignore[operator]
    """PowerDevil's HasInhibition(u) -> b, in Qt types (only introspected, never called)."""

    @Slot("uint", result=bool)
    def HasInhibition(self, policies: int) -> bool:  # noqa: N802 - the D-Bus method's name
        return False


class InhibitorProbe:
    def __init__(self, bus: QDBusConnection | None = None) -> None:
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._kde_typed = self._bus.isConnected() and teach_interface(self._bus, _PolicyAgentSpec(), KDE_INTERFACE)

    def inhibited(self) -> bool | None:
        if not self._bus.isConnected():
            return None
        return any_inhibited((self._gnome, self._kde))

    def _gnome(self) -> bool | None:
        message = QDBusMessage.createMethodCall(GNOME_SERVICE, GNOME_PATH, "org.freedesktop.DBus.Properties", "Get")
        message.setArguments([GNOME_INTERFACE, "InhibitedActions"])
        message.setAutoStartService(False)
        reply = self._bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or len(reply.arguments()) != 1:
            return None
        value = reply.arguments()[0]
        if hasattr(value, "variant"):
            value = value.variant()
        if isinstance(value, bool) or not isinstance(value, int):
            log.debug("InhibitedActions: unexpected value %r", value)
            return None
        return bool(value & GNOME_IDLE_FLAG)

    def _kde(self) -> bool | None:
        if not self._kde_typed or not self._has_owner(KDE_SERVICE):
            return None
        interface = QDBusInterface(KDE_SERVICE, KDE_PATH, KDE_INTERFACE, self._bus)
        interface.setTimeout(CALL_TIMEOUT_MS)
        answer = QMetaObject.invokeMethod(
            interface, "HasInhibition", Qt.ConnectionType.DirectConnection, Q_RETURN_ARG("bool"), Q_ARG("uint", KDE_CHANGE_SCREEN_SETTINGS)
        )
        if interface.lastError().isValid() or not isinstance(answer, bool):
            log.debug("HasInhibition: %s", interface.lastError().message())
            return None
        return answer

    def _has_owner(self, service: str) -> bool:
        message = QDBusMessage.createMethodCall("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "NameHasOwner")
        message.setArguments([service])
        reply = self._bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
        return reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments() == [True]

    def close(self) -> None:
        pass


class NoInhibitorProbe:
    def inhibited(self) -> bool | None:
        return None

    def close(self) -> None:
        pass
