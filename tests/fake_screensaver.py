"""org.freedesktop.ScreenSaver answering GetSessionIdleTime with 0, always: what KDE Plasma does on Wayland.

    python fake_screensaver.py      (on DBUS_SESSION_BUS_ADDRESS; prints "ready", runs until its stdin closes)
"""

import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QSocketNotifier, Slot
from PySide6.QtDBus import QDBusConnection


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class ScreenSaver(QObject):
    @Slot(result="uint")
    def GetSessionIdleTime(self) -> int:  # noqa: N802
        return 0


def main() -> int:
    app = QCoreApplication([])
    bus = QDBusConnection.sessionBus()
    saver = ScreenSaver()
    ok = all(
        bus.registerObject(path, saver, QDBusConnection.RegisterOption.ExportAllSlots)
        for path in ("/ScreenSaver", "/org/freedesktop/ScreenSaver")
    ) and bus.registerService("org.freedesktop.ScreenSaver")
    print("ready" if ok else "failed: " + bus.lastError().message(), flush=True)
    if not ok:
        return 1
    closed = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    closed.activated.connect(lambda: sys.stdin.readline() or app.quit())
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
