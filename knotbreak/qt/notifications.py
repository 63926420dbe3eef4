"""Notices through the desktop's own notification daemon, over the session D-Bus.

On an XEmbed tray, QSystemTrayIcon.showMessage draws Qt's own balloon. The
freedesktop Notifications service (GNOME Shell, KDE Plasma, dunst, mako...)
shows a notice the way the rest of the desktop does. DesktopNotifier says
whether a daemon is there, so the caller can fall back to the tray balloon
when it is not.

How the calls get their D-Bus types from PySide6
------------------------------------------------
Notify is ``susssasa{sv}i -> u`` and CloseNotification is ``u``, and daemons
check: GDBus ones (dunst, GNOME Shell) answer InvalidArgs to the
``sisssasa{sv}i`` that a plain QDBusMessage carries, because PySide6 turns a
Python int into int32 (and into uint16 when streamed into a QDBusArgument).
What does produce a uint32 is a typed call: Q_ARG("uint", ...) on a method of
a QDBusInterface, whose methods QtDBus builds from introspection data. The
daemon's own data will not do. Without Qt's type annotations, a{sv} comes out
as an uncallable QDBusRawType, and GDBus daemons send none. So
_NotificationsSpec declares the spec's interface in Qt types. It is registered
for a moment, introspected locally, and QtDBus caches the result per
connection under the interface name (it has done since Qt 4). The
QDBusInterface to the daemon then gets those methods and never introspects the
daemon. If that ever stops working, ``available`` is False and the tray takes
over.

These typed calls block (QDBusInterface has no typed asynchronous call), so
they run with a short timeout; a daemon answers in a few milliseconds. The
byte in the urgency hint comes from a one-character str streamed into a
QDBusArgument, which PySide6 writes as a D-Bus byte ('y').
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from html import escape
from typing import cast

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, SLOT, ClassInfo, QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtDBus import QDBus, QDBusArgument, QDBusConnection, QDBusInterface, QDBusMessage

from knotbreak.qt.dbus_typed import teach_interface

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
# The typed methods the QDBusInterface must have.
NOTIFY = "Notify(QString,uint,QString,QString,QString,QStringList,QVariantMap,int)"
CLOSE_NOTIFICATION = "CloseNotification(uint)"

DESKTOP_ENTRY = "knotbreak"  # knotbreak/data/knotbreak.desktop
URGENCY_NORMAL = 1
URGENCY_CRITICAL = 2
CLOSED_EXPIRED = 1
CLOSED_DISMISSED = 2
CLOSED_BY_CALL = 3
CALL_TIMEOUT_MS = 1000  # blocking calls on the GUI thread: a hung daemon must not freeze the app


def markup_escaped(text: str) -> str:
    """text with &, < and > escaped, for daemons that read the body as markup."""
    return escape(text, quote=False)


def dbus_byte(value: int) -> QDBusArgument | None:
    """value as a D-Bus byte ('y'), to go in a variant; None if this PySide6 cannot write one."""
    argument = QDBusArgument()
    # PySide6 binds QDBusArgument's uchar overload to one-character strings
    # (a Python int goes to the ushort one).
    argument << chr(value)
    return argument if argument.currentSignature() == "y" else None


# PySide6's stubs know only ClassInfo(**kwargs) and give it no __call__, but a dict is the
# documented form for a key that is not an identifier, like "D-Bus Interface".
@ClassInfo({"D-Bus Interface": INTERFACE})  # type: ignore[call-arg]
class _NotificationsSpec(QObject):  # type: ignore[operator]
    """The methods of org.freedesktop.Notifications that KnotBreak calls, in Qt types.

    Only ever introspected, so QtDBus learns the spec's signatures (see the module docstring).
    """

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(
        self,
        app_name: str,
        replaces_id: int,
        app_icon: str,
        summary: str,
        body: str,
        actions: list[str],
        hints: dict[str, object],
        expire_timeout: int,
    ) -> int:
        return 0

    @Slot("uint")
    def CloseNotification(self, notification_id: int) -> None:
        pass

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:
        return []


def typed_interface(bus: QDBusConnection, parent: QObject | None = None) -> QDBusInterface:
    """A QDBusInterface to the notification daemon with the spec's typed methods."""
    teach_interface(bus, _NotificationsSpec(), INTERFACE)
    interface = QDBusInterface(SERVICE, PATH, INTERFACE, bus, parent)
    interface.setTimeout(CALL_TIMEOUT_MS)
    return interface


class DesktopNotifier(QObject):
    """Sends notices to the freedesktop notification daemon, if one runs.

    ``available`` is checked once, at construction: a daemon owns
    org.freedesktop.Notifications on the bus (asked without starting one). It
    turns False for good, with one warning in the log, when a call fails later;
    the caller then falls back to the tray.

    ``action_invoked(id, key)`` and ``closed(id, reason)`` relay the daemon's
    ActionInvoked and NotificationClosed signals, for every notice (the
    receiver picks its own ids).
    """

    action_invoked = Signal(int, str)
    closed = Signal(int, int)
    activation_token = Signal(int, str)
    """Sent just before action_invoked by daemons of spec 1.2 (GNOME, Plasma): lets the window the action opens take focus on Wayland."""

    def __init__(
        self,
        app_name: str = "KnotBreak",
        icon: str = "knotbreak",
        *,
        bus: QDBusConnection | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.app_name = app_name
        self.icon = icon
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._interface: QDBusInterface | None = None
        self._markup = True
        self._last_id = 0
        self.capabilities: frozenset[str] = frozenset()
        self.available = self._connect()
        if self.available:
            self._listen()

    # -- start ----------------------------------------------------------------

    def _connect(self) -> bool:
        if not self._bus.isConnected():
            log.info("no session D-Bus (%s); notices go to the tray", self._bus.lastError().message())
            return False
        if not self._daemon_running():
            log.info("no notification daemon on the session D-Bus; notices go to the tray")
            return False
        interface = typed_interface(self._bus, self)
        if not interface.isValid() or interface.metaObject().indexOfMethod(NOTIFY) < 0:
            log.info("cannot make typed Notify calls (%s); notices go to the tray", interface.lastError().message())
            interface.deleteLater()
            return False
        self._interface = interface
        self.capabilities = self._capabilities(interface)
        # Escaping is the safe side when the daemon does not say: a raw '<' can make a markup daemon drop the text.
        self._markup = "body-markup" in self.capabilities or not self.capabilities
        log.debug("notices go to the notification daemon (capabilities: %s)", ", ".join(sorted(self.capabilities)))
        return True

    def _listen(self) -> None:
        for member, slot in (
            ("ActionInvoked", "_on_action_invoked(uint,QString)"),
            ("NotificationClosed", "_on_notification_closed(uint,uint)"),
            ("ActivationToken", "_on_activation_token(uint,QString)"),
        ):
            # The stubs want the slot as bytes; QtDBus takes the str that SLOT() gives.
            if not self._bus.connect(SERVICE, PATH, INTERFACE, member, self, SLOT(slot)):  # type: ignore[call-overload]
                log.info("cannot listen for %s: %s", member, self._bus.lastError().message())

    @Slot("uint", str)
    def _on_action_invoked(self, notification_id: int, action_key: str) -> None:
        self.action_invoked.emit(int(notification_id), action_key)

    @Slot("uint", str)
    def _on_activation_token(self, notification_id: int, token: str) -> None:
        self.activation_token.emit(int(notification_id), token)

    @Slot("uint", "uint")
    def _on_notification_closed(self, notification_id: int, reason: int) -> None:
        if notification_id == self._last_id:
            self._last_id = 0
        self.closed.emit(int(notification_id), int(reason))

    @property
    def supports_actions(self) -> bool:
        return self.available and "actions" in self.capabilities

    def _daemon_running(self) -> bool:
        """NameHasOwner: asks the bus, so no daemon gets started by a .service file."""
        message = QDBusMessage.createMethodCall("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "NameHasOwner")
        message.setArguments([SERVICE])
        reply = self._bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            log.debug("NameHasOwner: %s %s", reply.errorName(), reply.errorMessage())
            return False
        return reply.arguments() == [True]

    @staticmethod
    def _capabilities(interface: QDBusInterface) -> frozenset[str]:
        """What the daemon says it can do ("actions", "body-markup", "persistence"...); empty if it does not say."""
        capabilities = QMetaObject.invokeMethod(
            interface, "GetCapabilities", Qt.ConnectionType.DirectConnection, Q_RETURN_ARG("QStringList")
        )
        if interface.lastError().isValid() or not isinstance(capabilities, list):
            return frozenset()
        return frozenset(str(c) for c in capabilities)

    # -- notices --------------------------------------------------------------

    def notify(self, title: str, body: str, *, timeout_ms: int = 10000, replace_previous: bool = True) -> bool:
        """Show a notice; True when the daemon took it.

        timeout_ms: how long it stays up (-1: the daemon's default, 0: until dismissed).
        replace_previous: take the place of the last notice instead of stacking under it.
        """
        notification_id = self.send(
            title, body, replaces_id=self._last_id if replace_previous else 0, timeout_ms=timeout_ms
        )
        if notification_id:
            self._last_id = notification_id
        return bool(notification_id)

    def send(
        self,
        title: str,
        body: str,
        *,
        replaces_id: int = 0,
        actions: Sequence[tuple[str, str]] = (),
        urgency: int = URGENCY_NORMAL,
        resident: bool = False,
        timeout_ms: int = 10000,
    ) -> int:
        """One Notify call; the notice's id, or 0 when the daemon did not take it.

        actions: (key, label) pairs, shown as buttons where the daemon has "actions".
        resident: the notice stays after an action is invoked (until closed).
        """
        if not self.available or self._interface is None:
            return 0
        hints: dict[str, object] = {"desktop-entry": DESKTOP_ENTRY}
        urgency_byte = dbus_byte(urgency)
        if urgency_byte is not None:
            hints["urgency"] = urgency_byte
        if resident:
            hints["resident"] = True
        flat_actions = [part for action in actions for part in action]
        notification_id = QMetaObject.invokeMethod(
            self._interface,
            "Notify",
            Qt.ConnectionType.DirectConnection,
            Q_RETURN_ARG("uint"),
            Q_ARG("QString", self.app_name),
            Q_ARG("uint", replaces_id),
            Q_ARG("QString", self.icon),
            Q_ARG("QString", title),
            Q_ARG("QString", markup_escaped(body) if self._markup else body),
            Q_ARG("QStringList", flat_actions),
            Q_ARG("QVariantMap", hints),
            Q_ARG("int", timeout_ms),
        )
        error = self._interface.lastError()
        if error.isValid():
            self.available = False
            log.warning("the notification daemon failed (%s: %s); notices go to the tray from now on", error.name(), error.message())
            return 0
        # With Q_RETURN_ARG("uint") invokeMethod returns that uint; the stubs can only say object.
        return int(cast(int, notification_id))

    def close_notification(self, notification_id: int) -> None:
        """Take down one notice (gone already is fine)."""
        if not self.available or self._interface is None or not notification_id:
            return
        QMetaObject.invokeMethod(
            self._interface, "CloseNotification", Qt.ConnectionType.DirectConnection, Q_ARG("uint", notification_id)
        )
        error = self._interface.lastError()
        if error.isValid():
            # The spec allows an error for a notice that is already gone; nothing to fall back to.
            log.debug("CloseNotification(%d): %s %s", notification_id, error.name(), error.message())

    def close(self) -> None:
        """Take down the last notice, if there is one."""
        notification_id, self._last_id = self._last_id, 0
        self.close_notification(notification_id)
