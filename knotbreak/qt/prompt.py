"""The break prompt: how long you have sat, and Start routine · Snooze · Skip.

It stays on top but never takes keyboard focus, so text being typed keeps
going to the window it was meant for.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from knotbreak.core.breakloop import Status
from knotbreak.core.durations import format_minutes
from knotbreak.qt.icons import app_icon

SCREEN_MARGIN = 24


class BreakPrompt(QWidget):
    start_routine = Signal()
    snooze = Signal()
    skip = Signal()

    def __init__(self) -> None:
        super().__init__(
            None,
            Qt.WindowType.Window
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
            | Qt.WindowType.CustomizeWindowHint
            | Qt.WindowType.WindowTitleHint,
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWindowTitle("KnotBreak: time for a break")
        self.setWindowIcon(app_icon())

        self.icon_label = QLabel()
        self.icon_label.setPixmap(app_icon().pixmap(56, 56))
        self.title_label = QLabel("Time for a break")
        title_font = self.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.sitting_label = QLabel()
        self.sitting_label.setWordWrap(True)

        self.start_button = QPushButton("Start routine")
        self.start_button.setDefault(True)
        self.snooze_button = QPushButton()
        self.skip_button = QPushButton("Skip")
        for button in (self.start_button, self.snooze_button, self.skip_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(34)
        self.start_button.clicked.connect(self.start_routine)
        self.snooze_button.clicked.connect(self.snooze)
        self.skip_button.clicked.connect(self.skip)

        text = QVBoxLayout()
        text.addWidget(self.title_label)
        text.addWidget(self.sitting_label)
        header = QHBoxLayout()
        header.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        header.addSpacing(8)
        header.addLayout(text, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button, 2)
        buttons.addWidget(self.snooze_button, 1)
        buttons.addWidget(self.skip_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(14)
        layout.addLayout(header)
        layout.addLayout(buttons)
        self.setFixedWidth(440)

    # Not QWidget.render(target, ...): the name is the app's "show this status", kept for its callers.
    def render(self, status: Status, snooze_minutes: int) -> None:  # type: ignore[override]
        self.sitting_label.setText(
            f"You have been sitting for {format_minutes(status.sitting_seconds)}. "
            "A two-minute stretch now loosens the upper back before knots set in."
        )
        self.snooze_button.setText(f"Snooze {snooze_minutes} min")
        self.snooze_button.setVisible(status.can_snooze)

    def present(self) -> None:
        if not self.isVisible():
            self.adjustSize()
            screen = QGuiApplication.primaryScreen()
            if screen is not None:
                area = screen.availableGeometry()
                self.move(area.right() - self.width() - SCREEN_MARGIN, area.top() + SCREEN_MARGIN)
        self.show()
        self.raise_()
