"""The guided stretch window: one exercise at a time with a countdown ring.

The window only renders a RoutineRunner and forwards clicks and keys to it;
all timing lives in the runner, on a monotonic deadline.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QKeySequence, QPainter, QPaintEvent, QPen, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from knotbreak.core.clock import Clock
from knotbreak.core.exercises import Routine
from knotbreak.core.routine_runner import Outcome, RoutineRunner, RunnerState, SegmentKind
from knotbreak.qt.icons import ACCENT, app_icon

REFRESH_MS = 100
SAFETY_LINE = "A mild pull is fine. Pain, numbness or tingling means stop."


def format_clock(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999))  # 0.2 s left still shows 1
    return f"{whole // 60}:{whole % 60:02d}"


class CountdownRing(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.fraction = 1.0
        self.text = ""
        self.colour = ACCENT
        self.setMinimumSize(QSize(180, 180))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_value(self, remaining: float, total: float, resting: bool) -> None:
        self.fraction = 0.0 if total <= 0 else max(0.0, min(1.0, remaining / total))
        self.text = format_clock(remaining)
        self.colour = QColor("#8a8f98") if resting else ACCENT
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = 12.0
        side = min(self.width(), self.height()) - width
        bounds = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        track = QColor(self.palette().text().color())
        track.setAlpha(40)
        painter.setPen(QPen(track, width))
        painter.drawEllipse(bounds)
        painter.setPen(QPen(self.colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawArc(bounds, 90 * 16, int(self.fraction * 360 * 16))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.6)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.palette().text().color())
        painter.drawText(bounds, Qt.AlignmentFlag.AlignCenter, self.text)
        painter.end()


class StretchWindow(QWidget):
    finished = Signal(object)  # Outcome

    def __init__(self, clock: Clock, routine: Routine) -> None:
        super().__init__()
        self.runner = RoutineRunner(clock, routine)
        self._reported = False
        self.setWindowTitle(f"KnotBreak: {routine.name}")
        self.setWindowIcon(app_icon())

        self.progress_label = QLabel()
        self.progress_label.setObjectName("progress")
        self.name_label = QLabel()
        name_font = self.name_label.font()
        name_font.setPointSizeF(name_font.pointSizeF() * 1.7)
        name_font.setBold(True)
        self.name_label.setFont(name_font)
        self.name_label.setWordWrap(True)
        self.phase_label = QLabel()
        phase_font = self.phase_label.font()
        phase_font.setPointSizeF(phase_font.pointSizeF() * 1.25)
        phase_font.setBold(True)
        self.phase_label.setFont(phase_font)
        self.phase_label.setStyleSheet(f"color: {ACCENT.name()};")
        self.steps_label = QLabel()
        self.steps_label.setWordWrap(True)
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.steps_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.caution_label = QLabel()
        self.caution_label.setWordWrap(True)
        self.caution_label.setStyleSheet("font-style: italic;")
        self.ring = CountdownRing()
        self.safety_label = QLabel(SAFETY_LINE)
        self.safety_label.setWordWrap(True)
        self.safety_label.setStyleSheet("font-weight: 600;")

        self.back_button = QPushButton("◀ Back")
        self.pause_button = QPushButton("Pause")
        self.next_button = QPushButton("Next ▶")
        self.finish_button = QPushButton("Finish")
        self.back_button.clicked.connect(self.go_back)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.next_button.clicked.connect(self.go_next)
        self.finish_button.clicked.connect(self.close)
        for key, handler in (
            (Qt.Key.Key_Space, self.toggle_pause),
            (Qt.Key.Key_Right, self.go_next),
            (Qt.Key.Key_Left, self.go_back),
            (Qt.Key.Key_Escape, self.close),
        ):
            QShortcut(QKeySequence(key), self, activated=handler)
        for button in (self.back_button, self.pause_button, self.next_button, self.finish_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space belongs to pause, not to a focused button
            button.setMinimumHeight(32)

        text = QVBoxLayout()
        text.addWidget(self.progress_label)
        text.addWidget(self.name_label)
        text.addWidget(self.phase_label)
        text.addSpacing(6)
        text.addWidget(self.steps_label)
        text.addWidget(self.caution_label)
        text.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(text, 1)
        body.addSpacing(16)
        body.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addLayout(body, 1)
        layout.addWidget(self.safety_label)
        layout.addLayout(buttons)
        self.resize(720, 420)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._shown_index = -1
        self.refresh()

    # -- driving ---------------------------------------------------------

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._timer.stop()
        super().hideEvent(event)

    def toggle_pause(self) -> None:
        self.runner.toggle_pause()
        self.refresh()

    def go_next(self) -> None:
        self.runner.next()
        self.refresh()

    def go_back(self) -> None:
        self.runner.previous()
        self.refresh()

    def refresh(self) -> None:
        self.runner.tick()
        if self.runner.state is RunnerState.FINISHED:
            self._report()
            self.close()
            return
        segment = self.runner.current
        if self.runner.index != self._shown_index:
            self._shown_index = self.runner.index
            self._show_segment()
        self.ring.set_value(self.runner.remaining(), segment.seconds, segment.kind is SegmentKind.REST)
        number, count = self.runner.exercise_position()
        self.progress_label.setText(
            f"Exercise {number} of {count} · {format_clock(self.runner.total_remaining())} left in this routine"
        )
        self.pause_button.setText("Resume" if self.runner.state is RunnerState.PAUSED else "Pause")

    def _show_segment(self) -> None:
        segment = self.runner.current
        exercise = segment.exercise
        self.name_label.setText(exercise.name)
        if segment.kind is SegmentKind.REST:
            self.phase_label.setText(f"Rest · next: set {segment.set_number + 1} of {segment.sets}")
        else:
            self.phase_label.setText(segment.label or "Hold")
        steps = "".join(f"<li style='margin-bottom:4px'>{_escape(step)}</li>" for step in exercise.steps)
        self.steps_label.setText(f"<ol style='margin-left:-20px'>{steps}</ol>")
        self.caution_label.setText(f"Take care: {exercise.caution}" if exercise.caution else "")
        self.caution_label.setVisible(bool(exercise.caution))

    def _report(self) -> None:
        if not self._reported:
            self._reported = True
            self.finished.emit(self.runner.finish())

    def outcome(self) -> Outcome:
        return self.runner.outcome()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._report()
        super().closeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
