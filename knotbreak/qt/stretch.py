"""The guided stretch window: the figure, the steps, a countdown, sides, reps and rests.

The window only renders a RoutineRunner and forwards clicks and keys to it;
all timing lives in the runner, on a monotonic deadline.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QHideEvent, QKeySequence, QPainter, QPaintEvent, QPen, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from knotbreak.core.clock import Clock
from knotbreak.core.exercises import Routine
from knotbreak.core.figure import position_at, rep_number
from knotbreak.core.routine_runner import Outcome, RoutineRunner, RunnerState, Segment, SegmentKind, spoken_cue
from knotbreak.qt.checkin import CheckIn
from knotbreak.qt.figure_view import FigureView
from knotbreak.qt.icons import ACCENT, app_icon

REFRESH_MS = 50
SAFETY_LINE = "A mild pull is fine. Pain, numbness or tingling means stop."
REST_COLOUR = QColor("#8a8f98")


class CuePlayer(Protocol):
    def chime(self) -> None: ...
    def finished(self) -> None: ...
    def say(self, text: str) -> None: ...
    def stop(self) -> None: ...


def format_clock(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999))  # 0.2 s left still shows 1
    return f"{whole // 60}:{whole % 60:02d}"


class CountdownRing(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.fraction = 1.0
        self.text = ""
        self.caption = ""
        self.colour = ACCENT
        self.setMinimumSize(QSize(170, 170))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_value(self, remaining: float, total: float, resting: bool, caption: str = "") -> None:
        fraction = 0.0 if total <= 0 else max(0.0, min(1.0, remaining / total))
        text = format_clock(remaining)
        colour = REST_COLOUR if resting else ACCENT
        if (round(fraction, 3), text, colour.name(), caption) != (round(self.fraction, 3), self.text, self.colour.name(), self.caption):
            self.fraction, self.text, self.colour, self.caption = fraction, text, colour, caption
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
        lift = side * 0.09 if self.caption else 0.0
        painter.drawText(bounds.translated(0, -lift), Qt.AlignmentFlag.AlignCenter, self.text)
        if self.caption:
            small = QFont(self.font())
            small.setPointSizeF(small.pointSizeF() * 1.05)
            painter.setFont(small)
            below = bounds.adjusted(0, side * 0.62, 0, 0)
            painter.drawText(below, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.caption)
        painter.end()


DONE_CLOSE_MS = 60_000
"""The done view closes itself after this long if the after-question is left alone."""


class StretchWindow(QWidget):
    finished = Signal(object)  # Outcome
    avoid = Signal(str)  # an exercise id the person marked "it hurts"
    tension = Signal(str, int)  # "before" or "after", 0-10

    def __init__(self, clock: Clock, routine: Routine, cues: CuePlayer | None = None, *, ask_tension: bool = False) -> None:
        super().__init__()
        self.runner = RoutineRunner(clock, routine)
        self._cues = cues
        self._ask_tension = ask_tension
        self._reported = False
        self._done_view = False
        self._shown_index = -1
        self._shown_segment: Segment | None = None
        self._position = 0.0
        self.setWindowTitle(f"KnotBreak: {routine.name}")
        self.setWindowIcon(app_icon())

        self.progress_label = QLabel()
        self.progress_label.setObjectName("progress")
        self.warmup_label = QLabel(routine.warmup_hint)
        self.warmup_label.setWordWrap(True)
        self.warmup_label.setVisible(bool(routine.warmup_hint))
        # Written out in full: Qt 6.11 ignores the border-left shorthand on a QLabel.
        self.warmup_label.setStyleSheet(
            f"border-left-width: 4px; border-left-style: solid; border-left-color: {ACCENT.name()}; padding: 4px 8px;"
        )
        self.checkin_before = CheckIn("Before you start: how tight is your upper back?")
        self.checkin_before.answered.connect(lambda value: self.tension.emit("before", value))
        self.checkin_before.setVisible(ask_tension)
        self.checkin_after = CheckIn("And now: how tight is your upper back?")
        self.checkin_after.answered.connect(self._after_answered)
        self.checkin_after.dismissed.connect(self.close)
        self.checkin_after.hide()
        self._done_timer = QTimer(self)
        self._done_timer.setSingleShot(True)
        self._done_timer.setInterval(DONE_CLOSE_MS)
        self._done_timer.timeout.connect(self.close)
        self.figure = FigureView()
        self.name_label = QLabel()
        name_font = self.name_label.font()
        name_font.setPointSizeF(name_font.pointSizeF() * 1.6)
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
        self.hurts_button = QPushButton("Skip, it hurts")
        self.hurts_button.setToolTip("Skip this exercise now and never choose it for a quick break again")
        self.finish_button = QPushButton("Finish")
        self.back_button.clicked.connect(self.go_back)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.next_button.clicked.connect(self.go_next)
        self.hurts_button.clicked.connect(self.skip_it_hurts)
        self.finish_button.clicked.connect(self.close)
        for key, handler in (
            (Qt.Key.Key_Space, self.toggle_pause),
            (Qt.Key.Key_Right, self.go_next),
            (Qt.Key.Key_Left, self.go_back),
            (Qt.Key.Key_Escape, self.close),
        ):
            QShortcut(QKeySequence(key), self).activated.connect(handler)
        buttons_list = (self.back_button, self.pause_button, self.next_button, self.hurts_button, self.finish_button)
        for button in buttons_list:
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space belongs to pause, not to a focused button
            button.setMinimumHeight(32)

        text = QVBoxLayout()
        text.setSpacing(6)
        text.addWidget(self.name_label)
        text.addWidget(self.phase_label)
        text.addWidget(self.steps_label)
        text.addWidget(self.caution_label)
        text.addWidget(self.checkin_after)  # shown in the done view, right under "Your break is counted."
        text.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignHCenter)
        side.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(18)
        body.addWidget(self.figure, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(text, 1)
        body.addLayout(side)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.hurts_button)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(12)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.warmup_label)
        layout.addWidget(self.checkin_before)
        layout.addLayout(body, 1)
        layout.addWidget(self.safety_label)
        layout.addLayout(buttons)
        self.resize(940, 420)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.refresh()

    # -- driving ---------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
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

    def skip_it_hurts(self) -> None:
        exercise = self.runner.current.exercise
        self.avoid.emit(exercise.id)
        # Past every remaining segment of this exercise.
        while self.runner.state is not RunnerState.FINISHED and self.runner.current.exercise.id == exercise.id:
            self.runner.next()
        self.refresh()

    def refresh(self) -> None:
        if self._done_view:
            return
        self.runner.tick()
        if self.runner.state is RunnerState.FINISHED:
            if self.runner.outcome().completed and self._cues is not None:
                self._cues.finished()
            self._report()
            self._end()
            return
        segment = self.runner.current
        if self.runner.index != self._shown_index:
            self._show_segment(self._shown_segment, segment)
            self._shown_index = self.runner.index
            self._shown_segment = segment
        remaining = self.runner.remaining()
        elapsed = segment.seconds - remaining
        resting = segment.kind is SegmentKind.REST
        rep = None if resting else rep_number(segment.dose, elapsed)
        caption = "" if rep is None else f"rep {rep} of {segment.dose.reps}"
        self.ring.set_value(remaining, segment.seconds, resting, caption)
        self.figure.show_exercise(segment.exercise.id)
        if self.runner.state is RunnerState.RUNNING:
            # Resting shows the starting position; a pause freezes the figure where it is.
            self._position = 0.0 if resting else position_at(self.figure.keyframes, segment.dose, segment.exercise.moves, elapsed)
        self.figure.set_pose(segment.exercise.id, self._position, mirrored=segment.side == "right")
        number, count = self.runner.exercise_position()
        self.progress_label.setText(
            f"{self.runner.routine.name} · exercise {number} of {count} · {format_clock(self.runner.total_remaining())} left"
        )
        self.pause_button.setText("Resume" if self.runner.state is RunnerState.PAUSED else "Pause")

    def _show_segment(self, previous: Segment | None, segment: Segment) -> None:
        exercise = segment.exercise
        self.name_label.setText(exercise.name)
        if segment.kind is SegmentKind.REST:
            self.phase_label.setText(f"Rest · next: set {segment.set_number + 1} of {segment.sets}")
        else:
            self.phase_label.setText(segment.label or {"hold": "Hold", "reps": "Reps", "timed": "Keep moving"}[segment.dose.kind])
        steps = "".join(f"<li style='margin-bottom:4px'>{_escape(step)}</li>" for step in exercise.steps)
        self.steps_label.setText(f"<ol style='margin-left:-20px'>{steps}</ol>")
        self.caution_label.setText(f"Take care: {exercise.caution}" if exercise.caution else "")
        self.caution_label.setVisible(bool(exercise.caution))
        if previous is not None:
            self.warmup_label.hide()  # the warm-up hint belongs to the start
        if self._cues is not None:
            if previous is not None:
                self._cues.chime()
            self._cues.say(spoken_cue(previous, segment))

    def _end(self) -> None:
        """After the routine: ask how the back feels now, or just close."""
        if not self._ask_tension or self._done_view:
            self.close()
            return
        self._done_view = True
        self._timer.stop()
        completed = self.runner.outcome().completed
        self.progress_label.setText(f"{self.runner.routine.name} · {'done' if completed else 'stopped early'}")
        self.name_label.setText("Well done." if completed else "Good that you moved.")
        self.phase_label.setText("Your break is counted.")
        for widget in (self.steps_label, self.caution_label, self.ring, self.figure, self.warmup_label, self.checkin_before,
                       self.back_button, self.pause_button, self.next_button, self.hurts_button):
            widget.hide()
        self.finish_button.setText("Close")
        self.checkin_after.show()
        self._done_timer.start()

    def dismiss(self) -> None:
        """Close without the after-question: the break ended for another reason (a pause, quitting)."""
        self._ask_tension = False
        self.close()

    def _after_answered(self, value: int) -> None:
        self.tension.emit("after", value)
        self.close()

    def _report(self) -> None:
        if not self._reported:
            self._reported = True
            self.finished.emit(self.runner.finish())

    def outcome(self) -> Outcome:
        return self.runner.outcome()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._cues is not None and self.runner.state is not RunnerState.FINISHED:
            self._cues.stop()  # stopped early: no cue should outlive the window
        self._report()
        if self._ask_tension and not self._done_view:
            event.ignore()  # Finish or Esc mid-routine: the break is counted; now the after-question
            self._end()
            return
        super().closeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
