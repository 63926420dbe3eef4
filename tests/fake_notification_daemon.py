"""A freedesktop notification daemon for tests: prints each call as a JSON line, answers ids 42, 43...

    python fake_notification_daemon.py [CAPABILITY...]

It owns org.freedesktop.Notifications on the session bus (DBUS_SESSION_BUS_ADDRESS)
and prints "ready". Lines on its standard input stand in for a person:
"click ID KEY [TOKEN]" emits ActivationToken(ID, TOKEN) if given, then ActionInvoked(ID, KEY), "dismiss ID" emits
NotificationClosed(ID, 2), "expire ID" NotificationClosed(ID, 1). Qt delivers
a call to a slot only when its signature matches exactly (susssasa{sv}i for
Notify), as GDBus daemons insist; the signals go out with the spec's types
(us and uu) because they are Qt signals of the exported object.
"""

import json
import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QSocketNotifier, Signal, Slot
from PySide6.QtDBus import QDBusConnection


def plain(value):  # noqa: ANN001, ANN201 - QDBusArgument and friends into JSON
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return repr(value)


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class Notifications(QObject):
    ActionInvoked = Signal("uint", str)
    ActivationToken = Signal("uint", str)
    NotificationClosed = Signal("uint", "uint")

    def __init__(self, capabilities):  # noqa: ANN001
        super().__init__()
        self.capabilities = capabilities
        self.last_id = 41

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout):  # noqa: ANN001, N802
        notification_id = replaces_id or self.last_id + 1
        self.last_id = max(self.last_id, notification_id)
        call = dict(
            method="Notify", app_name=app_name, replaces_id=replaces_id, app_icon=app_icon,
            summary=summary, body=body, actions=actions, hints=plain(hints),
            expire_timeout=expire_timeout, id=notification_id,
        )
        print(json.dumps(call), flush=True)
        return notification_id

    @Slot("uint")
    def CloseNotification(self, notification_id):  # noqa: ANN001, N802
        print(json.dumps(dict(method="CloseNotification", id=notification_id)), flush=True)

    @Slot(result="QStringList")
    def GetCapabilities(self):  # noqa: N802
        return self.capabilities


def main() -> int:
    app = QCoreApplication([])
    bus = QDBusConnection.sessionBus()
    daemon = Notifications(sys.argv[1:])
    options = QDBusConnection.RegisterOption.ExportAllSlots | QDBusConnection.RegisterOption.ExportAllSignals
    ok = bus.registerObject("/org/freedesktop/Notifications", daemon, options) and bus.registerService(
        "org.freedesktop.Notifications"
    )
    print("ready" if ok else "failed: " + bus.lastError().message(), flush=True)
    if not ok:
        return 1

    def on_command() -> None:
        line = sys.stdin.readline()
        if not line:
            notifier.setEnabled(False)
            app.quit()
            return
        word, notification_id, *rest = line.split()
        if word == "click":
            if len(rest) > 1:
                daemon.ActivationToken.emit(int(notification_id), rest[1])
            daemon.ActionInvoked.emit(int(notification_id), rest[0])
        elif word in ("dismiss", "expire"):
            daemon.NotificationClosed.emit(int(notification_id), 2 if word == "dismiss" else 1)
        print(json.dumps(dict(done=word, id=int(notification_id))), flush=True)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_command)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
