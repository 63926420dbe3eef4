"""The guided stretch window: the figure, the steps, a countdown, sides, reps and rests.

The window only renders a RoutineRunner and forwards clicks and keys to it;
all timing lives in the runner, on a monotonic deadline, and so does how the
figure moves (routine_runner.figure_motion).

Layout: the figure is the largest thing in the window, FIGURE_SHARE of its
width where the height allows, and grows and shrinks with it; the countdown
ring sits beside it at the top of the text column, next to the exercise's
name, with the steps below. At the default font the window is made tall
enough that no step of the routine needs scrolling; with large text the
figure gives way first, and then the steps scroll.

Keys (the focused check-in wins over the window's keys: see checkin.py):

- Space pauses and resumes, → skips ahead, ← goes back, T says the time left,
  anywhere but in the check-in; Enter presses the focused button,
- Alt and the underlined letter presses a button from anywhere,
- Esc or Ctrl+W finishes: mid-routine the break is counted and the
  after-question shown (when check-ins are on), in the done view it closes,
- Tab order: the check-in (when shown), then Pause, Back, Next, Skip it hurts,
  Finish, then the steps when they are long enough to scroll.

For screen readers: every change of step, side, rest and the end is announced
once (QAccessibleAnnouncementEvent, and the `announced` signal); the countdown
ring's accessible name says the time left in words and moves on at step
changes and at each ten seconds, while its painted digits tick every second.
The rep line ("Rep 3 of 12 · hold") likewise ticks for the eye while its
accessible name stays "12 reps"; T says the rep along with the time left.
"""

from __future__ import annotations

import html
import math
from typing import Protocol

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QCloseEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QHideEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from knotbreak.core.clock import Clock
from knotbreak.core.exercises import Exercise, Routine
from knotbreak.core.figure import rep_number
from knotbreak.core.formatting import whole_seconds
from knotbreak.core.routine_runner import (
    Outcome,
    RoutineRunner,
    RunnerState,
    Segment,
    SegmentKind,
    figure_motion,
    holding_still,
    spoken_cue,
    still_seconds,
)
from knotbreak.qt.accessible_roles import give_accessible_role
from knotbreak.qt.checkin import CheckIn, FocusButton, readable_against
from knotbreak.qt.contrast import GRAPHICS_RATIO, TEXT_RATIO, mix, on_palette
from knotbreak.qt.figure_view import SIDE_NAMES, FigureView
from knotbreak.qt.formatting import LOCAL
from knotbreak.qt.i18n import QT_TRANSLATE_NOOP, TranslationContext, fill, translated
from knotbreak.qt.icons import ACCENT, app_icon
from knotbreak.qt.shortcuts import add_close_shortcuts

REFRESH_MS = 50
# The module's sentences are English, marked for translation in the Stretching context and translated where shown.
SAFETY_LINE = QT_TRANSLATE_NOOP(
    "Stretching",
    "A mild pull is fine; pain, numbness or tingling means stop. See a doctor or physio"
    " if pain lingers or is severe, or numbness or tingling comes back.",
)
REST_COLOUR = QColor("#8a8f98")
SPOKEN_STEP_SECONDS = 10
"""The countdown's accessible name moves on at step changes and when the time left crosses a multiple of this."""
DIGITS_SCALE = 2.0
"""The ring's digits, relative to the window's font, where there is room."""
MIN_DIGITS_SCALE = 1.15
WINDOW_WIDTH_EM = 62
"""The window's preferred width in lines of text (about 1050 pixels at a 10 pt font); capped at the screen."""
FIGURE_SHARE = 0.55
"""The figure's side as a share of the window's width, where the window is tall enough for the square."""
FRAME_ALLOWANCE = QSize(16, 48)
"""Room left on the screen for the window manager's frame and title bar."""
CHECKIN_KEYS = QT_TRANSLATE_NOOP("Stretching", "Type a number from 0 to 10, or use the arrow keys and Enter.")


class Stretching(TranslationContext):
    """The translation context of the module's functions (Stretching.tr), plurals included."""


class CuePlayer(Protocol):
    def chime(self) -> None: ...
    def finished(self) -> None: ...
    def say(self, text: str) -> None: ...
    def stop(self) -> None: ...


def steps_html(exercise: Exercise) -> str:
    """The numbered steps as a table, so a wrapped step hangs under its text at any font size."""
    rows = "".join(
        f"<tr><td align='right' style='padding-right: 0.35em; padding-bottom: 0.3em'>{number}.</td>"
        f"<td style='padding-bottom: 0.3em'>{html.escape(step, quote=False)}</td></tr>"
        for number, step in enumerate(exercise.steps, 1)
    )
    return f"<table cellspacing='0' cellpadding='0'>{rows}</table>"


def take_care(caution: str) -> str:
    #: Before an exercise's caution, from the exercise's own text (English for now).
    return fill(Stretching.tr("Take care: %1"), caution)


def steps_in_words(exercise: Exercise) -> str:
    return " ".join(f"{number}. {step}" for number, step in enumerate(exercise.steps, 1))


def rep_detail(segment: Segment, spoken: bool = False) -> str:
    """What one rep is, where the dose says more than a count: "one side per rep, hold 5 s"."""
    if segment.dose.kind != "reps":
        return ""
    parts = []
    if segment.exercise.sides == "alternating":
        parts.append(Stretching.tr("one side per rep"))
    hold = round(still_seconds(segment.dose))
    if hold:
        #: How long each rep holds still: %1 is "5 seconds", or "5 s" on screen.
        parts.append(fill(Stretching.tr("hold %1"), LOCAL.in_words(hold) if spoken else LOCAL.duration(hold)))
    return ", ".join(parts)


def action_in_words(segment: Segment) -> str:
    duration = LOCAL.in_words(segment.seconds)
    dose = segment.dose
    if dose.kind == "reps":
        detail = rep_detail(segment, spoken=True)
        reps = LOCAL.numerus(Stretching.tr("%n rep(s)", "", dose.reps), dose.reps)
        return ", ".join(part for part in (reps, detail, duration) if part)
    if dose.kind == "hold":
        return fill(Stretching.tr("hold %1"), duration)
    #: %1 is a duration in words, like "30 seconds".
    return fill(Stretching.tr("keep moving for %1"), duration)


def segment_announcement(previous: Segment | None, segment: Segment, exercise_number: int, exercise_count: int) -> str:
    """What a screen reader says when a step starts: all of it for a new exercise, only what changed otherwise."""
    if segment.kind is SegmentKind.REST:
        #: Said at a rest between sets: %1 its length in words, %2 the next set's number, %3 how many sets.
        text = Stretching.tr("Rest, %1. Next: set %2 of %3.")
        return fill(text, LOCAL.in_words(segment.seconds), str(segment.set_number + 1), str(segment.sets))
    exercise = segment.exercise
    label = segment.label.replace(" · ", ", ")
    action = action_in_words(segment)
    doing = f"{label}: {action}." if label else f"{action[0].upper()}{action[1:]}."
    if previous is None or previous.item_index != segment.item_index:
        caution = " " + take_care(exercise.caution) if exercise.caution else ""
        #: Said when an exercise starts: %1 its number, %2 how many, %3 its name, %4 what to do, %5 its steps.
        text = Stretching.tr("Exercise %1 of %2: %3. %4 Steps: %5")
        return fill(text, str(exercise_number), str(exercise_count), exercise.name, doing, steps_in_words(exercise)) + caution
    if previous.kind is SegmentKind.WORK and previous.set_number == segment.set_number and previous.side != segment.side:
        side = translated("FigureView", SIDE_NAMES[segment.side]) if segment.side in SIDE_NAMES else Stretching.tr("other side")
        #: Said when the other side starts: %1 the side ("left side"), %2 what to do.
        return fill(Stretching.tr("Switch sides: %1, %2."), side, action)
    return doing


class CountdownRing(QWidget):
    """The time left in the step: a ring that empties and the digits inside it, sized from the font.

    The digits are DIGITS_SCALE times the window's text where there is room,
    down to MIN_DIGITS_SCALE where the screen is short for large text. Its
    accessible name (set_spoken) is the time left in words, kept calm by the window.
    The rep count is beside it, in the window's rep line, so the ring stays small.
    """

    def __init__(self) -> None:
        super().__init__()
        give_accessible_role(CountdownRing, QAccessible.Role.StaticText)
        self.fraction = 1.0
        self.text = ""
        self.resting = False
        self._scales: dict[tuple[str, int], float] = {}
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleDescription(self.tr("Time left in this step"))

    # -- state -----------------------------------------------------------

    def set_value(self, remaining: float, total: float, resting: bool) -> None:
        fraction = 0.0 if total <= 0 else max(0.0, min(1.0, remaining / total))
        text = LOCAL.countdown(remaining)
        if (round(fraction, 3), text, resting) != (round(self.fraction, 3), self.text, self.resting):
            if len(text) != len(self.text):
                self.updateGeometry()
            self.fraction, self.text, self.resting = fraction, text, resting
            self.update()

    def set_spoken(self, text: str) -> None:
        if text != self.accessibleName():  # each change is an event for assistive technology
            self.setAccessibleName(text)

    # -- colours ---------------------------------------------------------

    def track_colour(self) -> QColor:
        """The empty part of the ring: a faint ring showing the whole step."""
        palette = self.palette()
        return mix(palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText), 0.2)

    def filled_colour(self, resting: bool | None = None) -> QColor:
        """The time left: 3:1 against both the empty part and the window around it."""
        brand = REST_COLOUR if (self.resting if resting is None else resting) else ACCENT
        return readable_against(brand, (self.track_colour(), self.palette().color(QPalette.ColorRole.Window)), GRAPHICS_RATIO)

    def text_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    # -- geometry --------------------------------------------------------

    def pen_width(self) -> float:
        return max(6.0, round(QFontMetricsF(self.font()).height() * 0.5))

    def digits_font(self, scale: float = DIGITS_SCALE) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(True)
        return font

    def _text_block(self, text: str, scale: float) -> tuple[float, float]:
        """(width, cap height) of the digits."""
        digits = QFontMetricsF(self.digits_font(scale))
        return digits.horizontalAdvance(text), digits.capHeight()

    def _side_for(self, scale: float) -> int:
        """The ring's side for the widest time it shows, with the digits at `scale`."""
        width, height = self._text_block(max(self.text, "00:00", key=len), scale)
        return math.ceil(math.hypot(width, height) * 1.12 + 2 * self.pen_width())

    def sizeHint(self) -> QSize:
        side = self._side_for(DIGITS_SCALE)
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        side = self._side_for(MIN_DIGITS_SCALE)
        return QSize(side, side)

    def digits_scale(self) -> float:
        """The largest digits, up to DIGITS_SCALE, that fit the ring at its present size."""
        side = min(self.width(), self.height())
        key = (self.font().key() + max(self.text, "00:00", key=len), side)
        if key not in self._scales:
            scale = DIGITS_SCALE
            while scale > MIN_DIGITS_SCALE and self._side_for(scale) > side:
                scale = round(scale - 0.1, 2)
            self._scales[key] = scale
        return self._scales[key]

    def ring_bounds(self) -> QRectF:
        pen = self.pen_width()
        side = min(self.width(), self.height()) - pen
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def text_rect(self) -> QRectF:
        """Where the digits are painted (their width, and their height from the baseline to the top of a capital)."""
        width, height = self._text_block(self.text, self.digits_scale())
        centre = self.ring_bounds().center()
        return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)

    def text_fits(self) -> bool:
        """The digits lie inside the ring, clear of its pen."""
        inner_radius = self.ring_bounds().width() / 2 - self.pen_width() / 2
        rect = self.text_rect()
        centre = self.ring_bounds().center()
        corners = (rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight())
        return all(math.hypot(corner.x() - centre.x(), corner.y() - centre.y()) <= inner_radius + 0.5 for corner in corners)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.pen_width()
        bounds = self.ring_bounds()
        painter.setPen(QPen(self.track_colour(), width))
        painter.drawEllipse(bounds)
        painter.setPen(QPen(self.filled_colour(), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawArc(bounds, 90 * 16, int(self.fraction * 360 * 16))
        block = self.text_rect()
        painter.setPen(self.text_colour())
        painter.setFont(self.digits_font(self.digits_scale()))
        painter.drawText(QPointF(block.left(), block.bottom()), self.text)
        painter.end()


class StepsArea(QScrollArea):
    """The steps and the caution, scrolling when large text needs more room than the screen has.

    A tab stop only while there is something to scroll to: text alone cannot
    take focus, so the keyboard needs a way to reach the rest of it.
    """

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Steps"))
        self.apply_colours()
        self.verticalScrollBar().setAccessibleName(self.tr("Scroll the steps"))
        self.horizontalScrollBar().setAccessibleName(self.tr("Scroll the steps sideways"))
        self.verticalScrollBar().rangeChanged.connect(self._scrollable_changed)
        self.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)

    def _scrollable_changed(self, minimum: int, maximum: int) -> None:
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if maximum > minimum else Qt.FocusPolicy.NoFocus)

    def focus_colour(self) -> QColor:
        palette = self.palette()
        return readable_against(palette.color(QPalette.ColorRole.Highlight), (palette.color(QPalette.ColorRole.Window),))

    def scroll_track_colour(self) -> QColor:
        palette = self.palette()
        return mix(palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText), 0.12)

    def scroll_handle_colour(self) -> QColor:
        """3:1 against its track and the window: the style's own handle all but vanishes in high contrast."""
        palette = self.palette()
        grounds = (self.scroll_track_colour(), palette.color(QPalette.ColorRole.Window))
        return readable_against(palette.color(QPalette.ColorRole.Mid), grounds)

    def apply_colours(self) -> None:
        """A plain focus mark (a frameless scroll area shows none of its own) and a scroll bar that reads in any palette."""
        handle, track = self.scroll_handle_colour().name(), self.scroll_track_colour().name()
        self.setStyleSheet(
            "StepsArea { border: 2px solid transparent; border-radius: 4px; }"
            f" StepsArea:focus {{ border-color: {self.focus_colour().name()}; }}"
            " StepsArea QScrollBar:vertical { width: 0.7em; margin: 0; border: none;"
            f" background: {track}; border-radius: 0.35em; }}"
            f" StepsArea QScrollBar::handle:vertical {{ background: {handle}; min-height: 2em; border-radius: 0.35em; }}"
            " StepsArea QScrollBar::add-line:vertical, StepsArea QScrollBar::sub-line:vertical { height: 0; border: none; }"
            " StepsArea QScrollBar::add-page:vertical, StepsArea QScrollBar::sub-page:vertical { background: none; }"
        )

    def minimumSizeHint(self) -> QSize:
        # Two lines of steps at least; the rest scrolls.
        em = self.fontMetrics().height()
        return QSize(em * 8, em * 2)


DONE_CLOSE_MS = 60_000
"""The done view closes itself after this long if the after-question is left alone."""


class StretchWindow(QWidget):
    finished = Signal(object)  # Outcome
    avoid = Signal(str)  # an exercise id the person marked "it hurts"
    tension = Signal(str, int)  # "before" or "after", 0-10
    announced = Signal(str)  # each message given to assistive technology, as it is given

    def __init__(self, clock: Clock, routine: Routine, cues: CuePlayer | None = None, *, ask_tension: bool = False) -> None:
        super().__init__()
        self.runner = RoutineRunner(clock, routine)
        self._cues = cues
        self._ask_tension = ask_tension
        self._reported = False
        self._done_view = False
        self._shown_index = -1
        self._shown_segment: Segment | None = None
        self._announced_index = -1
        self._spoken_moment: tuple[int, int, bool] | None = None
        self._fitted = False
        self._motion = 0.0
        #: The stretch window's title: %1 is the routine's name.
        self.setWindowTitle(fill(self.tr("KnotBreak: %1"), routine.name))
        self.setWindowIcon(app_icon())

        self.progress_label = QLabel()
        self.progress_label.setObjectName("progress")
        self.progress_label.setWordWrap(True)
        self.warmup_label = QLabel(routine.warmup_hint)
        self.warmup_label.setWordWrap(True)
        self.warmup_label.setVisible(bool(routine.warmup_hint))
        self.checkin_before = CheckIn(self.tr("Before you start: how tight is your upper back?"))
        self.checkin_before.answered.connect(lambda value: self.tension.emit("before", value))
        self.checkin_before.answered.connect(self._checkin_before_done)
        self.checkin_before.dismissed.connect(self._checkin_before_done)
        self.checkin_before.setVisible(ask_tension)
        self.checkin_after = CheckIn(self.tr("And now: how tight is your upper back?"))
        self.checkin_after.answered.connect(self._after_answered)
        self.checkin_after.dismissed.connect(self.close)
        self.checkin_after.hide()
        self._done_timer = QTimer(self)
        self._done_timer.setSingleShot(True)
        self._done_timer.setInterval(DONE_CLOSE_MS)
        self._done_timer.timeout.connect(self.close)
        self.figure = FigureView()
        # As large as FIGURE_SHARE of the window allows (see _fit_figure), never smaller than its minimum.
        self.figure.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.name_label = QLabel()
        self.name_label.setWordWrap(True)
        self.phase_label = QLabel()
        self.phase_label.setWordWrap(True)
        self.rep_label = QLabel()  # "Rep 3 of 12", and "· hold" while a rep holds still
        self.rep_label.setObjectName("rep")
        self.rep_label.setWordWrap(True)
        self.rep_label.hide()
        self.steps_label = QLabel()
        self.steps_label.setWordWrap(True)
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.steps_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.caution_label = QLabel()
        self.caution_label.setWordWrap(True)
        self.caution_label.setStyleSheet("font-style: italic;")
        steps_content = QWidget()
        steps_column = QVBoxLayout(steps_content)
        steps_column.setContentsMargins(0, 0, 0, 0)
        steps_column.addWidget(self.steps_label)
        steps_column.addWidget(self.caution_label)
        steps_column.addStretch(1)
        self._steps_column = steps_column
        self.steps_area = StepsArea(steps_content)
        self.ring = CountdownRing()
        self.safety_label = QLabel(translated("Stretching", SAFETY_LINE))
        self.safety_label.setWordWrap(True)
        self.safety_label.setStyleSheet("font-weight: 600;")

        self.pause_button = FocusButton(self.tr("&Pause"))
        self.back_button = FocusButton(self.tr("◀ &Back"))
        self.next_button = FocusButton(self.tr("&Next ▶"))
        self.back_button.setAccessibleName(self.tr("Back"))  # not "black left-pointing triangle, Back"
        self.next_button.setAccessibleName(self.tr("Next"))
        self.hurts_button = FocusButton(self.tr("S&kip, it hurts"))
        self.hurts_button.setToolTip(self.tr("Skip this exercise now and never choose it for a quick break again"))
        self.hurts_button.setAccessibleDescription(self.tr("Skips this exercise now and never chooses it for a quick break again"))
        self.finish_button = FocusButton(self.tr("&Finish"))
        self.finish_button.setAccessibleDescription(self.tr("Ends the routine here; the break is counted"))
        self.back_button.setAccessibleDescription(self.tr("Back to the start of this exercise, or to the one before"))
        self.next_button.setAccessibleDescription(self.tr("On to the next step"))
        self.back_button.clicked.connect(self.go_back)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.next_button.clicked.connect(self.go_next)
        self.hurts_button.clicked.connect(self.skip_it_hurts)
        self.finish_button.clicked.connect(self.close)
        # Window-wide, but a focused check-in claims Space and the arrows first (ShortcutOverride).
        self._routine_keys = [
            QShortcut(QKeySequence(key), self, handler)
            for key, handler in (
                (Qt.Key.Key_Space, self.toggle_pause),
                (Qt.Key.Key_Right, self.go_next),
                (Qt.Key.Key_Left, self.go_back),
                (Qt.Key.Key_T, self.say_time_left),
            )
        ]
        for shortcut in self._routine_keys:
            shortcut.setAutoRepeat(False)  # a held → steps once, not through the whole routine
        self._close_keys = add_close_shortcuts(self, self.close)

        heading = QVBoxLayout()
        heading.addWidget(self.name_label)
        heading.addWidget(self.phase_label)
        heading.addWidget(self.rep_label)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignTop)  # beside the figure
        top.addLayout(heading, 1)
        text = QVBoxLayout()
        text.addLayout(top)
        text.addWidget(self.steps_area, 1)
        text.addWidget(self.checkin_after)  # shown in the done view, right under "Your break is counted."
        text.addStretch(0)
        self._body = QHBoxLayout()
        self._body.addWidget(self.figure, 3)  # more than its FIGURE_SHARE, so its maximum width (_fit_figure) decides
        self._body.addLayout(text, 2)
        self._text_column = text
        self._heading = heading
        self._top_row = top
        buttons = QHBoxLayout()
        for button in (self.pause_button, self.back_button, self.next_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.hurts_button)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.warmup_label)
        layout.addWidget(self.checkin_before)
        layout.addLayout(self._body, 1)
        layout.addWidget(self.safety_label)
        layout.addLayout(buttons)

        chain: list[QWidget] = [
            *self.checkin_before.buttons, self.checkin_before.dismiss_button,
            *self.checkin_after.buttons, self.checkin_after.dismiss_button,
            self.pause_button, self.back_button, self.next_button, self.hurts_button, self.finish_button, self.steps_area,
        ]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

        self._apply_fonts()
        self._apply_colours()
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.refresh()
        self.resize(self.preferred_size(self._available_size()))  # a first guess; showing fits it to the screen

    # -- driving ---------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self._timer.start()
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.fit_to(self._available_size())
            if self.checkin_before.isVisibleTo(self):
                self.checkin_before.focus_scale()
            else:
                self.pause_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self._done_view and self._announced_index != self.runner.index:
            self._announce_segment(None, self.runner.current)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def toggle_pause(self) -> None:
        if self._done_view:
            return
        self.runner.toggle_pause()
        self.refresh()
        paused = self.runner.state is RunnerState.PAUSED
        #: %1 is the time left in words ("25 seconds").
        text = self.tr("Paused, %1 left.") if paused else self.tr("Resumed, %1 left.")
        self.announce(fill(text, LOCAL.in_words(self.runner.remaining())))

    def go_next(self) -> None:
        if self._done_view:
            return
        self.runner.next()
        self.refresh()

    def go_back(self) -> None:
        if self._done_view:
            return
        index = self.runner.index
        self.runner.previous()
        self.refresh()
        if self.runner.index == index and self.runner.state is not RunnerState.FINISHED:
            self.announce(fill(self.tr("From the start: %1."), action_in_words(self.runner.current)))

    def skip_it_hurts(self) -> None:
        if self._done_view:
            return
        exercise = self.runner.current.exercise
        self.avoid.emit(exercise.id)
        # Past every remaining segment of this exercise.
        while self.runner.state is not RunnerState.FINISHED and self.runner.current.exercise.id == exercise.id:
            self.runner.next()
        self.refresh()

    def say_time_left(self) -> None:
        if not self._done_view:
            self.announce(self.spoken_time_left(with_rep=True))

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
            previous = self._shown_segment
            self._show_segment(previous, segment)
            self._shown_index = self.runner.index
            self._shown_segment = segment
            if self.isVisible():
                self._announce_segment(previous, segment)
        remaining = self.runner.remaining()
        elapsed = segment.seconds - remaining
        resting = segment.kind is SegmentKind.REST
        self.ring.set_value(remaining, segment.seconds, resting)
        self._show_rep(segment, elapsed)
        self._update_spoken_time()
        if self.runner.state is RunnerState.RUNNING:
            # The dose's rhythm: holds stay still, reps take their seconds; a pause freezes the figure where it is.
            self._motion = figure_motion(segment, elapsed)
        self.figure.set_motion(segment.exercise.id, self._motion, mirrored=segment.side == "right")
        number, count = self.runner.exercise_position()
        total = self.runner.total_remaining()
        #: %1 the routine's name, %2 this exercise's number, %3 how many, %4 the time left ("3:05").
        progress = self.tr("%1 · exercise %2 of %3 · %4 left")
        self.progress_label.setText(fill(progress, self.runner.routine.name, str(number), str(count), LOCAL.countdown(total)))
        # The visible total ticks every second; its accessible name (which also stops setText's
        # name-change events) moves on only by the minute.
        minutes = math.ceil(total / 60)
        about = self.tr("about %n minute(s) left", "", minutes) if minutes > 1 else self.tr("less than a minute left")
        #: %1 the routine's name, %2 this exercise's number, %3 how many, %4 "about 3 minutes left".
        spoken = self.tr("%1, exercise %2 of %3, %4")
        spoken_progress = fill(spoken, self.runner.routine.name, str(number), str(count), about)
        if spoken_progress != self.progress_label.accessibleName():
            self.progress_label.setAccessibleName(spoken_progress)
        self.pause_button.setText(self.tr("&Resume") if self.runner.state is RunnerState.PAUSED else self.tr("&Pause"))

    def current_rep(self) -> int | None:
        """The rep being done (from 1), following the cadence; None outside a dose of reps."""
        segment = self.runner.current
        if segment.kind is SegmentKind.REST or self.runner.state is RunnerState.FINISHED:
            return None
        return rep_number(segment.dose, segment.seconds - self.runner.remaining())

    def _show_rep(self, segment: Segment, elapsed: float) -> None:
        """The rep line: what is seen moves on each rep; what a screen reader reads (its name) stays for the step."""
        rep = self.current_rep()
        if rep is None:
            self.rep_label.hide()
            return
        #: The rep line: %1 this rep's number, %2 how many.
        text = fill(self.tr("Rep %1 of %2"), str(rep), str(segment.dose.reps))
        if still_seconds(segment.dose) and holding_still(segment, elapsed):
            #: After "Rep 3 of 8" while the rep holds still.
            text += self.tr(" · hold")
        if text != self.rep_label.text():
            self.rep_label.setText(text)
        spoken = LOCAL.numerus(Stretching.tr("%n rep(s)", "", segment.dose.reps), segment.dose.reps)
        if spoken != self.rep_label.accessibleName():
            self.rep_label.setAccessibleName(spoken)
        if not self._done_view:
            self.rep_label.show()

    def spoken_time_left(self, with_rep: bool = False) -> str:
        """ "25 seconds left", and with_rep (what T says) ", rep 3 of 8" in a dose of reps."""
        #: The countdown in words: %1 is "25 seconds".
        text = fill(self.tr("%1 left"), LOCAL.in_words(self.runner.remaining()))
        rep = self.current_rep() if with_rep else None
        if rep is not None:
            text += fill(self.tr(", rep %1 of %2"), str(rep), str(self.runner.current.dose.reps))
        if self.runner.state is RunnerState.PAUSED:
            text += self.tr(", paused")
        return text

    def _update_spoken_time(self) -> None:
        """The countdown's accessible name: new at a step change, a pause, and every SPOKEN_STEP_SECONDS, not every second."""
        seconds = whole_seconds(self.runner.remaining())
        moment = (self.runner.index, -(-seconds // SPOKEN_STEP_SECONDS), self.runner.state is RunnerState.PAUSED)
        if moment != self._spoken_moment:
            self._spoken_moment = moment
            self.ring.set_spoken(self.spoken_time_left())

    def _show_segment(self, previous: Segment | None, segment: Segment) -> None:
        exercise = segment.exercise
        self.name_label.setText(exercise.name)
        resting = segment.kind is SegmentKind.REST
        if resting:
            #: %1 the next set's number, %2 how many sets.
            rest = self.tr("Rest · next: set %1 of %2")
            self.phase_label.setText(fill(rest, str(segment.set_number + 1), str(segment.sets)))
        else:
            kinds = {"hold": self.tr("Hold"), "reps": self.tr("Reps"), "timed": self.tr("Keep moving")}
            phase = segment.label or kinds[segment.dose.kind]
            detail = rep_detail(segment)
            self.phase_label.setText(f"{phase} · {detail}" if detail else phase)
        self.steps_label.setText(steps_html(exercise))
        self.steps_label.setAccessibleName(steps_in_words(exercise))
        self.steps_area.setAccessibleDescription(steps_in_words(exercise))
        self.caution_label.setText(take_care(exercise.caution) if exercise.caution else "")
        self.caution_label.setVisible(bool(exercise.caution))
        self.figure.describe(exercise.name, None if resting else segment.side)
        self.ring.setAccessibleDescription(self.tr("Time left in this rest") if resting else self.tr("Time left in this step"))
        if previous is not None:
            self.warmup_label.hide()  # the warm-up hint belongs to the start
        if self._cues is not None:
            if previous is not None:
                self._cues.chime()
            self._cues.say(spoken_cue(previous, segment))

    def _announce_segment(self, previous: Segment | None, segment: Segment) -> None:
        self._announced_index = self.runner.index
        number, count = self.runner.exercise_position()
        self.announce(segment_announcement(previous, segment, number, count))

    def announce(self, message: str) -> None:
        """Say message through the screen reader once, without moving the focus."""
        event = QAccessibleAnnouncementEvent(self, message)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
        self.announced.emit(message)

    def _checkin_before_done(self) -> None:
        if not self._done_view and self.isVisible():
            self.pause_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _end(self) -> None:
        """After the routine: ask how the back feels now, or just close."""
        completed = self.runner.outcome().completed
        if not self._ask_tension or self._done_view:
            if self.isVisible() and not self._done_view:
                self.announce(self.tr("Routine finished. Your break is counted.") if completed else self.tr("Stopped. Your break is counted."))
            self.close()
            return
        self._done_view = True
        self._timer.stop()
        for shortcut in self._routine_keys:
            shortcut.setEnabled(False)  # nothing left to pause or skip: Space presses the focused button again
        #: %1 is the routine's name.
        ended = self.tr("%1 · done") if completed else self.tr("%1 · stopped early")
        self.progress_label.setText(fill(ended, self.runner.routine.name))
        self.progress_label.setAccessibleName("")
        self.name_label.setText(self.tr("Well done.") if completed else self.tr("Good that you moved."))
        self.phase_label.setText(self.tr("Your break is counted."))
        for widget in (self.steps_area, self.ring, self.figure, self.rep_label, self.warmup_label, self.checkin_before,
                       self.back_button, self.pause_button, self.next_button, self.hurts_button):
            widget.hide()
        self.finish_button.setText(self.tr("&Close"))
        self.finish_button.setAccessibleDescription(self.tr("Closes without answering"))
        self.checkin_after.show()
        self.checkin_after.focus_scale()
        keys = translated("Stretching", CHECKIN_KEYS)
        self.announce(f"{self.name_label.text()} {self.phase_label.text()} {self.checkin_after.question} {keys}")
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

    # -- size ------------------------------------------------------------

    def _available_size(self) -> QSize:
        screen = self.screen()
        available = screen.availableGeometry().size() if screen is not None else QSize(1280, 800)
        return available - FRAME_ALLOWANCE

    def preferred_size(self, available: QSize) -> QSize:
        """As wide as WINDOW_WIDTH_EM lines of text, and tall enough for the figure's square, within `available`."""
        em = self.fontMetrics().height()
        hint = self.sizeHint()
        width = min(max(hint.width(), WINDOW_WIDTH_EM * em), available.width())
        layout = self.layout()
        height = layout.totalHeightForWidth(width) if layout is not None and layout.hasHeightForWidth() else hint.height()
        # The figure's row is as tall as the square it should have; everything else is as it is.
        height += max(0, round(width * FIGURE_SHARE) - self.figure.sizeHint().height())
        return QSize(width, min(max(height, hint.height(), self.minimumSizeHint().height()), available.height()))

    def fit_to(self, available: QSize) -> None:
        """The preferred width within `available`, and the height for the figure's square and the routine's longest
        steps without scrolling, up to the height available."""
        self.resize(self.preferred_size(available))
        self._settle()
        tallest = max(available.height(), self.minimumSizeHint().height())
        for _ in range(3):  # the figure's width depends on the height, and the steps' height on the figure's width
            viewport = self.steps_area.viewport()
            width = viewport.width() - self.steps_area.verticalScrollBar().sizeHint().width()
            needed = max((self._steps_height(item.exercise, width) for item in self.runner.routine.items), default=0)
            row = self._body.geometry().height()
            wanted = max(self.figure_side(), row - viewport.height() + needed)
            height = max(self.minimumSizeHint().height(), min(self.height() - row + wanted, tallest))
            if height == self.height():
                break
            self.resize(self.width(), height)
            self._settle()

    def figure_side(self) -> int:
        """The figure's side where the height allows: FIGURE_SHARE of the window's width."""
        return round(self.width() * FIGURE_SHARE)

    def _settle(self) -> None:
        """Lay out now, with the figure sized for the window (as a resize does later, through the event loop)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
            self._fit_figure()
            layout.activate()

    def _fit_figure(self) -> None:
        """The figure as wide as its square: FIGURE_SHARE of the window, or the height of its row where that is less.

        The text column takes the rest of the width, so none is left empty beside a short square.
        """
        row = self._body.geometry().height()
        if row <= 0:
            return
        side = max(self.figure.minimumWidth(), min(self.figure_side(), row))
        if self.figure.maximumWidth() != side:
            self.figure.setMaximumWidth(side)
        # The ring is a circle: no wider than the height its row gives it.
        ring = max(self.ring.minimumSizeHint().width(), self.ring.height())
        if self.ring.maximumWidth() != ring:
            self.ring.setMaximumWidth(ring)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # the layout has placed everything for the new size already
        self._fit_figure()

    def _steps_height(self, exercise: Exercise, width: int) -> int:
        document = QTextDocument()
        document.setDefaultFont(self.steps_label.font())
        document.setDocumentMargin(0)
        document.setHtml(steps_html(exercise))
        document.setTextWidth(width)
        height = document.size().height()
        if exercise.caution:
            caution = QFontMetricsF(self.caution_label.font()).boundingRect(
                QRectF(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, take_care(exercise.caution)
            )
            height += caution.height() + self._steps_column.spacing()
        return math.ceil(height) + 2

    # -- fonts and colours -----------------------------------------------

    def _apply_fonts(self) -> None:
        """Sizes from the window's font, so a larger desktop font makes everything larger and nothing is cut."""
        base = self.font()
        em = self.fontMetrics().height()
        for label, scale in ((self.name_label, 1.6), (self.phase_label, 1.25)):
            font = QFont(base)
            font.setPointSizeF(base.pointSizeF() * scale)
            font.setBold(True)
            label.setFont(font)
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(round(em * 1.3), round(em), round(em * 1.3), round(em))
            layout.setSpacing(round(em * 0.6))
        self._body.setSpacing(round(em))
        self._text_column.setSpacing(round(em * 0.5))
        self._top_row.setSpacing(round(em * 0.8))
        self._heading.setSpacing(round(em * 0.35))

    def accent_text_colour(self) -> QColor:
        """The "Set 1 of 2" line: the brand teal where it reads 4.5:1 on the window, moved towards the text colour where not."""
        return on_palette(ACCENT, self.palette(), QPalette.ColorRole.Window, TEXT_RATIO)

    def warmup_bar_colour(self) -> QColor:
        return on_palette(ACCENT, self.palette(), QPalette.ColorRole.Window, GRAPHICS_RATIO)

    def _apply_colours(self) -> None:
        self.steps_area.apply_colours()
        palette = self.phase_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, self.accent_text_colour())
        self.phase_label.setPalette(palette)
        # Every side's style given: Qt 6.11 draws no one-sided border from border-left or border-left-style alone.
        self.warmup_label.setStyleSheet(
            f"border-style: none none none solid; border-width: 0 0 0 4px; border-color: {self.warmup_bar_colour().name()};"
            " padding: 0.25em 0.5em;"
        )

    def contrast_pairs(self) -> dict[str, tuple[QColor, QColor, float]]:
        """Every colour this window paints that must stand out, with what it stands on and the ratio it needs."""
        window = self.palette().color(QPalette.ColorRole.Window)
        pairs = {
            "phase text on window": (self.accent_text_colour(), window, TEXT_RATIO),
            "countdown digits on window": (self.ring.text_colour(), window, TEXT_RATIO),
            "ring filled vs empty": (self.ring.filled_colour(resting=False), self.ring.track_colour(), GRAPHICS_RATIO),
            "ring filled vs window": (self.ring.filled_colour(resting=False), window, GRAPHICS_RATIO),
            "rest ring vs empty": (self.ring.filled_colour(resting=True), self.ring.track_colour(), GRAPHICS_RATIO),
            "rest ring vs window": (self.ring.filled_colour(resting=True), window, GRAPHICS_RATIO),
            "warm-up bar on window": (self.warmup_bar_colour(), window, GRAPHICS_RATIO),
            "check-in hint on window": (self.checkin_before.hint_colour(), window, TEXT_RATIO),
            "after check-in hint on window": (self.checkin_after.hint_colour(), window, TEXT_RATIO),
            "focus mark on window": (self.pause_button.focus_colour(), window, GRAPHICS_RATIO),
            "focus mark on button": (self.pause_button.focus_colour(), self.palette().color(QPalette.ColorRole.Button), GRAPHICS_RATIO),
            "check-in focus mark on window": (self.checkin_before.buttons[0].focus_colour(), window, GRAPHICS_RATIO),
            "steps focus mark on window": (self.steps_area.focus_colour(), window, GRAPHICS_RATIO),
            "steps scroll handle vs track": (self.steps_area.scroll_handle_colour(), self.steps_area.scroll_track_colour(), GRAPHICS_RATIO),
            "steps scroll handle on window": (self.steps_area.scroll_handle_colour(), window, GRAPHICS_RATIO),
        }
        edge = self.figure.card_edge_colour()
        pairs["figure card edge vs window"] = (edge if edge is not None else self.figure.card_colour(), window, GRAPHICS_RATIO)
        return pairs

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colours()
        elif event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        super().changeEvent(event)

