"""Is another program keeping the screen awake (a video, a slide show, a call)?

Players and meeting apps ask the desktop not to go idle while they play. The
desktop can be asked whether anyone has, on Wayland as on X11:

- GNOME: gnome-session's ``InhibitedActions`` property, a bitmask in which 8
  means "idle". gnome-settings-daemon turns org.freedesktop.ScreenSaver.Inhibit
  calls into such inhibitors, and the portal's GTK backend does the same.
- KDE Plasma: PowerDevil's PolicyAgent ``HasInhibition(4)`` (4: ChangeScreenSettings,
  which ksmserver's org.freedesktop.ScreenSaver.Inhibit becomes).

The desktops are asked in the background, from shortly before a break is due
until it is over; the GUI thread never waits on them. Where neither service
runs the answer is None, "cannot tell".
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, ClassInfo, QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage, QDBusPendingCallWatcher

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


class InhibitorProbe(QObject):
    """Asks both desktops in the background and answers from what they last said.

    inhibited() never waits on the bus: it returns the answers in so far (None,
    "cannot tell", before any) and asks again. GNOME's property and the
    NameHasOwner check are asynchronous calls. KDE's HasInhibition needs a
    uint32 argument, which only a typed QDBusInterface call sends, and that
    call blocks: it runs on a short-lived worker thread (PySide6 releases the
    GIL in QMetaObject.invokeMethod, unlike in QDBusConnection.call), and its
    answer comes back to this thread by a queued signal.
    """

    _kde_answered = Signal(object)  # emitted on the worker thread, received on this one

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._kde_typed = self._bus.isConnected() and teach_interface(self._bus, _PolicyAgentSpec(), KDE_INTERFACE)
        self._gnome: bool | None = None
        self._kde: bool | None = None
        self._gnome_asking: QDBusPendingCallWatcher | None = None
        self._kde_asking: QDBusPendingCallWatcher | None = None
        self._kde_worker: threading.Thread | None = None
        self._spent: list[QDBusPendingCallWatcher] = []
        self._kde_answered.connect(self._on_kde_answer)

    def inhibited(self) -> bool | None:
        if not self._bus.isConnected():
            return None
        self.refresh()
        return any_inhibited((lambda: self._gnome, lambda: self._kde))

    def refresh(self) -> None:
        """Ask again, without waiting; the answers count from the next inhibited() on."""
        if not self._bus.isConnected():
            return
        self._spent.clear()  # finished watchers, deleted here, outside their own signal
        if self._gnome_asking is None:
            message = QDBusMessage.createMethodCall(GNOME_SERVICE, GNOME_PATH, "org.freedesktop.DBus.Properties", "Get")
            message.setArguments([GNOME_INTERFACE, "InhibitedActions"])
            message.setAutoStartService(False)
            self._gnome_asking = self._ask(message, self._on_gnome_answer)
        if self._kde_typed and self._kde_asking is None and self._kde_worker is None:
            message = QDBusMessage.createMethodCall("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "NameHasOwner")
            message.setArguments([KDE_SERVICE])
            self._kde_asking = self._ask(message, self._on_kde_owner)

    def _ask(self, message: QDBusMessage, answered: Callable[[QDBusMessage], None]) -> QDBusPendingCallWatcher:
        # Unparented and kept until the next refresh: deleting a watcher from its own finished
        # signal (deleteLater included, through PySide) crashes at the next turn of the loop.
        watcher = QDBusPendingCallWatcher(self._bus.asyncCall(message, CALL_TIMEOUT_MS))

        def on_finished(done: QDBusPendingCallWatcher) -> None:
            answered(done.reply())
            self._spent.append(done)

        watcher.finished.connect(on_finished)
        return watcher

    def _on_gnome_answer(self, reply: QDBusMessage) -> None:
        self._gnome_asking = None
        self._gnome = _gnome_idle_inhibited(reply)

    def _on_kde_owner(self, reply: QDBusMessage) -> None:
        self._kde_asking = None
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or reply.arguments() != [True]:
            self._kde = None  # PowerDevil does not run
            return
        self._kde_worker = threading.Thread(target=self._ask_kde, name="knotbreak-kde-inhibitions", daemon=True)
        self._kde_worker.start()

    def _ask_kde(self) -> None:
        """On the worker thread: one typed, blocking call, bounded by CALL_TIMEOUT_MS."""
        interface = QDBusInterface(KDE_SERVICE, KDE_PATH, KDE_INTERFACE, self._bus)
        interface.setTimeout(CALL_TIMEOUT_MS)
        answer = QMetaObject.invokeMethod(
            interface, "HasInhibition", Qt.ConnectionType.DirectConnection, Q_RETURN_ARG("bool"), Q_ARG("uint", KDE_CHANGE_SCREEN_SETTINGS)
        )
        if interface.lastError().isValid() or not isinstance(answer, bool):
            log.debug("HasInhibition: %s", interface.lastError().message())
            answer = None
        del interface  # made on this thread, so deleted on it
        self._kde_answered.emit(answer)

    @Slot(object)
    def _on_kde_answer(self, answer: bool | None) -> None:
        self._kde_worker = None
        self._kde = answer

    def close(self) -> None:
        pass


def _gnome_idle_inhibited(reply: QDBusMessage) -> bool | None:
    if reply.type() != QDBusMessage.MessageType.ReplyMessage or len(reply.arguments()) != 1:
        return None
    value = reply.arguments()[0]
    if hasattr(value, "variant"):
        value = value.variant()
    if isinstance(value, bool) or not isinstance(value, int):
        log.debug("InhibitedActions: unexpected value %r", value)
        return None
    return bool(value & GNOME_IDLE_FLAG)


class NoInhibitorProbe:
    def inhibited(self) -> bool | None:
        return None

    def refresh(self) -> None:
        pass

    def close(self) -> None:
        pass
