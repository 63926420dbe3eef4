"""The baseline: a bare PySide6 tray app with a one-entry menu, nothing else.

With --with-scheduler it also starts an APScheduler 3.11 scheduler with one
interval job, the part of KnotBreak's start that the stack fixes: the floor
under any KnotBreak start-up.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

app = QApplication(sys.argv[:1])
app.setQuitOnLastWindowClosed(False)
pixmap = QPixmap(32, 32)
pixmap.fill(QColor("#1f8a80"))
tray = QSystemTrayIcon(QIcon(pixmap))
menu = QMenu()
menu.addAction("Quit", app.quit)
tray.setContextMenu(menu)
tray.show()
if "--with-scheduler" in sys.argv:
    from apscheduler.schedulers.qt import QtScheduler

    scheduler = QtScheduler()
    scheduler.start()
    scheduler.add_job(lambda: None, "interval", seconds=30)
QTimer.singleShot(0, lambda: print("ready", flush=True))
sys.exit(app.exec())
