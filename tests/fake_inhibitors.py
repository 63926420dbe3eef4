"""Stand-ins for the desktop's idle-inhibitor bookkeeping, on the session bus.

    python fake_inhibitors.py gnome|kde

gnome: org.gnome.SessionManager with the InhibitedActions property (a bitmask;
8 is "idle"). kde: PowerDevil's org.kde.Solid.PowerManagement.PolicyAgent with
HasInhibition(u policies). Prints "ready"; then each line on standard input
sets the inhibited flags (a number) and is answered "ok N".
"""

import sys
import time

from PySide6.QtCore import ClassInfo, Property, QCoreApplication, QObject, QSocketNotifier, Slot
from PySide6.QtDBus import QDBusConnection

FLAGS = 0


@ClassInfo({"D-Bus Interface": "org.gnome.SessionManager"})
class SessionManager(QObject):
    def _inhibited_actions(self) -> int:
        hang_if_asked()
        return FLAGS

    InhibitedActions = Property("uint", _inhibited_actions)


@ClassInfo({"D-Bus Interface": "org.kde.Solid.PowerManagement.PolicyAgent"})
class PolicyAgent(QObject):
    @Slot("uint", result=bool)
    def HasInhibition(self, policies: int) -> bool:  # noqa: N802
        hang_if_asked()
        return bool(FLAGS & policies)


def hang_if_asked() -> None:
    """With --hang, every answer takes 3 s: a desktop service that hangs."""
    if "--hang" in sys.argv:
        time.sleep(3)


def main() -> int:
    global FLAGS
    app = QCoreApplication([])
    bus = QDBusConnection.sessionBus()
    if sys.argv[1] == "gnome":
        service, path, target = "org.gnome.SessionManager", "/org/gnome/SessionManager", SessionManager()
        options = QDBusConnection.RegisterOption.ExportAllProperties
    else:
        service, path = "org.kde.Solid.PowerManagement.PolicyAgent", "/org/kde/Solid/PowerManagement/PolicyAgent"
        target, options = PolicyAgent(), QDBusConnection.RegisterOption.ExportAllSlots
    ok = bus.registerObject(path, target, options) and bus.registerService(service)
    print("ready" if ok else "failed: " + bus.lastError().message(), flush=True)
    if not ok:
        return 1

    def on_line() -> None:
        global FLAGS
        line = sys.stdin.readline()
        if not line:
            app.quit()
            return
        FLAGS = int(line)
        print(f"ok {FLAGS}", flush=True)

    reader = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    reader.activated.connect(on_line)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
