"""Idle time over the session D-Bus: GNOME's Mutter, and the freedesktop ScreenSaver name.

The sources only see a ``call`` that returns the raw integer reply (or None when
the call failed); :class:`QtDBusCall` is the real one, on QtDBus. Qt is imported
only when a real call is built, so the sources themselves stay Qt-free.

The app's regular reads never wait on the bus: it asks with ``prefetch(then)``,
an asynchronous call, and reads (``then``) once the answer is in. A read that
was not prefetched (the first one, a command from the socket) still blocks,
for at most CALL_TIMEOUT_MS. A blocking call cannot move to a worker thread:
PySide6 keeps the GIL through QDBusConnection.call, so the GUI would stall anyway.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from knotbreak.idle.base import checked_seconds

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

log = logging.getLogger(__name__)

BusCall = Callable[[], int | None]
"""Makes one D-Bus method call; returns its single integer reply, or None on any failure."""

CALL_TIMEOUT_MS = 500  # a blocking call on the GUI thread: a hung service must not freeze the tray
FRESH_SECONDS = 1.0
"""A prefetched answer this recent is used as the reading; an older one is asked for again."""


@dataclass(frozen=True)
class DBusMethod:
    service: str
    path: str
    interface: str
    member: str


MUTTER = DBusMethod(
    "org.gnome.Mutter.IdleMonitor",
    "/org/gnome/Mutter/IdleMonitor/Core",
    "org.gnome.Mutter.IdleMonitor",
    "GetIdletime",
)
FREEDESKTOP_PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")
FREEDESKTOP = tuple(
    DBusMethod("org.freedesktop.ScreenSaver", path, "org.freedesktop.ScreenSaver", "GetSessionIdleTime")
    for path in FREEDESKTOP_PATHS
)


class QtDBusCall:
    """A blocking QtDBus call of one argument-less method that answers one unsigned integer."""

    def __init__(
        self,
        method: DBusMethod,
        connection: QDBusConnection | None = None,
        timeout_ms: int = CALL_TIMEOUT_MS,
    ) -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtDBus import QDBusConnection

        if connection is None:
            # Without an application object QtDBus warns that it "may misbehave".
            if QCoreApplication.instance() is None:
                raise OSError("QtDBus needs a QCoreApplication")
            connection = QDBusConnection.sessionBus()
        if not connection.isConnected():
            raise OSError(f"no session D-Bus: {connection.lastError().message()}")
        self._method = method
        self._connection = connection
        self._timeout_ms = timeout_ms
        self.last_problem: str | None = None
        self._answer: tuple[float, int | None] | None = None
        """(time.monotonic() when it came, the value) of the last prefetched answer."""
        self._pending: QDBusPendingCallWatcher | None = None
        self._spent: QDBusPendingCallWatcher | None = None
        self._then: list[Callable[[], None]] = []

    def __call__(self) -> int | None:
        from PySide6.QtDBus import QDBus

        if self._answer is not None and time.monotonic() - self._answer[0] <= FRESH_SECONDS:
            return self._answer[1]
        reply = self._connection.call(self._message(), QDBus.CallMode.Block, self._timeout_ms)
        return self._read(reply)

    def prefetch(self, then: Callable[[], None]) -> None:
        """Ask without waiting; `then()` runs on this thread once the answer, or the failure, is in."""
        from PySide6.QtDBus import QDBusPendingCallWatcher

        self._then.append(then)
        if self._pending is not None:
            return  # one question at a time; every caller hears the one answer
        self._spent = None
        self._pending = QDBusPendingCallWatcher(self._connection.asyncCall(self._message(), self._timeout_ms))
        self._pending.finished.connect(self._on_answer)

    def _on_answer(self, watcher: Any) -> None:
        # Kept until the next prefetch: deleting a watcher from its own finished signal crashes (PySide).
        self._spent, self._pending = self._pending, None
        self._answer = (time.monotonic(), self._read(watcher.reply()))
        waiting, self._then = self._then, []
        for then in waiting:
            then()

    def _message(self) -> QDBusMessage:
        from PySide6.QtDBus import QDBusMessage

        m = self._method
        message = QDBusMessage.createMethodCall(m.service, m.path, m.interface, m.member)
        # A probe must not start a screensaver daemon that a .service file names.
        message.setAutoStartService(False)
        return message

    def _read(self, reply: QDBusMessage) -> int | None:
        from PySide6.QtDBus import QDBusMessage

        m = self._method
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            log.debug("%s.%s on %s: %s %s", m.interface, m.member, m.path, reply.errorName(), reply.errorMessage())
            self.last_problem = reply.errorMessage() or reply.errorName() or "no reply"
            return None
        arguments = reply.arguments()
        # 't' (uint64) from Mutter, 'u' (uint32) from ScreenSaver; QtDBus gives both as int.
        if len(arguments) != 1 or isinstance(arguments[0], bool) or not isinstance(arguments[0], int):
            log.debug("%s.%s: unexpected reply %r (signature %s)", m.interface, m.member, arguments, reply.signature())
            self.last_problem = f"unexpected reply of type {reply.signature()!r}"
            return None
        self.last_problem = None
        return arguments[0]


class _MillisecondsSource:
    """An idle source on a D-Bus call that answers milliseconds since the last input."""

    name: str

    def __init__(self, call: BusCall) -> None:
        self._call = call

    def idle_seconds(self) -> float | None:
        return checked_seconds(self._call(), 1000)

    def prefetch(self, then: Callable[[], None]) -> None:
        """Have the next reading ready without waiting for the bus; then() runs when it is."""
        prefetch = getattr(self._call, "prefetch", None)
        if prefetch is None:
            then()
        else:
            prefetch(then)

    @property
    def last_problem(self) -> str | None:
        return getattr(self._call, "last_problem", None)

    def close(self) -> None:
        pass


class MutterIdleSource(_MillisecondsSource):
    """org.gnome.Mutter.IdleMonitor.GetIdletime: milliseconds since the last input (GNOME, X11 and Wayland)."""

    name = "mutter"


class FreedesktopIdleSource(_MillisecondsSource):
    """org.freedesktop.ScreenSaver.GetSessionIdleTime, taken as milliseconds.

    The method is in no written spec. KDE Plasma, the main desktop that answers
    it, returns milliseconds (its KIdleTime counter); GNOME Shell does not
    implement it. An implementation that counted seconds would look 1000 times
    less idle than it is, which errs towards counting sitting time: the safe
    side for a break reminder.
    """

    name = "freedesktop"


def mutter_source(connection: QDBusConnection | None = None) -> MutterIdleSource:
    """Mutter's idle monitor on `connection` (the session bus if None)."""
    return MutterIdleSource(QtDBusCall(MUTTER, connection))


def freedesktop_source(connection: QDBusConnection | None = None) -> FreedesktopIdleSource:
    """The ScreenSaver service at whichever of its two usual object paths answers a number.

    Raises OSError if neither does.
    """
    for method in FREEDESKTOP:
        call = QtDBusCall(method, connection)
        if call() is not None:
            return FreedesktopIdleSource(call)
    raise OSError(f"org.freedesktop.ScreenSaver answers GetSessionIdleTime at none of {FREEDESKTOP_PATHS}")
