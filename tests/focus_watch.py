"""A text window standing for the program the person types in; logs its focus changes and keys.

    python focus_watch.py LOGFILE      (on whatever platform QT_QPA_PLATFORM names)

Appends one line per focus-in/-out, window (de)activation and key press, and
"ready" once it has focus. Runs until terminated.
"""

import signal
import sys

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QPlainTextEdit

NAMES = {
    QEvent.Type.FocusIn: "focus-in", QEvent.Type.FocusOut: "focus-out",
    QEvent.Type.WindowActivate: "window-activate", QEvent.Type.WindowDeactivate: "window-deactivate",
}


class Editor(QPlainTextEdit):
    def __init__(self, log) -> None:  # noqa: ANN001
        super().__init__()
        self.log = log

    def event(self, e):  # noqa: ANN001, ANN201
        if e.type() in NAMES:
            self.log.write(NAMES[e.type()] + "\n")
        elif e.type() == QEvent.Type.KeyPress and not e.isAutoRepeat():
            # A press whose release comes late (a loaded CI machine) repeats; that is no second key typed.
            self.log.write(f"key {QKeySequence(e.key()).toString() or hex(e.key())}\n")
        return super().event(e)


def main() -> int:
    log = open(sys.argv[1], "a", buffering=1)  # noqa: SIM115 - open for the whole run
    app = QApplication(sys.argv[:1])
    editor = Editor(log)
    editor.setWindowTitle("focus-watch")
    editor.resize(400, 200)
    editor.show()
    editor.activateWindow()
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    tick = QTimer(interval=200)  # lets Python see the signal while Qt's loop runs
    tick.timeout.connect(lambda: None)
    tick.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
