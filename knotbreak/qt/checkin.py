"""The one-click tension check-in: "How tight is your upper back? 0–10"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

SCALE = range(0, 11)


class CheckIn(QWidget):
    answered = Signal(int)
    dismissed = Signal()

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question_label = QLabel(question)
        self.question_label.setWordWrap(True)
        self.hint_label = QLabel("0 = loose, 10 = very tight. Optional.")
        self.hint_label.setStyleSheet("color: palette(placeholder-text);")
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.setSpacing(4)
        for value in SCALE:
            button = QPushButton(str(value))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setFixedWidth(34)
            button.setToolTip(f"{value} of 10")
            button.clicked.connect(lambda _=False, v=value: self._answer(v))
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        self.dismiss_button = QToolButton()
        self.dismiss_button.setText("Not now")
        self.dismiss_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.dismiss_button.clicked.connect(self._dismiss)
        row.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.question_label)
        layout.addLayout(row)
        layout.addWidget(self.hint_label)

    def _answer(self, value: int) -> None:
        self.hide()
        self.answered.emit(value)

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
