"""The tension check-in: "How tight is your upper back? 0–10", by mouse or keyboard.

Keyboard rules while the focus is anywhere in the check-in (they win over the
stretch window's own keys there):

- a digit answers with it, except "1", which waits SECOND_DIGIT_MS for a "0"
  (making 10). The 1 stands when the wait ends or on any other key: Enter,
  Space, another digit or an arrow are spent on confirming it; keys that are
  not the check-in's (Tab, Esc, Alt+letter) then do what they do,
- ← and → (and ↓ and ↑) move between the values, Home and End go to 0 and 10,
- Enter or Space answers with the focused value (or presses Not now),
- Tab leaves the scale: it is one tab stop (the focused value), then Not now.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from knotbreak.qt.contrast import GRAPHICS_RATIO, contrast_ratio, readable, secondary_text
from knotbreak.qt.i18n import QT_TRANSLATE_NOOP, fill, translated

SCALE = range(0, 11)
SECOND_DIGIT_MS = 800
"""How long a typed "1" waits for a "0" that makes it 10 (CheckIn.second_digit_timer; tests shorten it)."""
#: Under the 0-10 scale of how tight the upper back is.
HINT = QT_TRANSLATE_NOOP("CheckIn", "0 = loose, 10 = very tight. Optional.")
#: The scale as a screen reader says it.
SCALE_HINT = QT_TRANSLATE_NOOP("CheckIn", "0 means loose, 10 very tight.")

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
STEP_KEYS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Down: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: 1}
COMMAND_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
MODIFIER_KEYS = frozenset(
    {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R,
     Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock}
)


def readable_against(colour: QColor, backgrounds: Iterable[QColor], ratio: float = GRAPHICS_RATIO) -> QColor:
    """colour moved just enough to reach `ratio` against every one of backgrounds (a mark drawn where they meet)."""
    grounds = list(backgrounds)
    candidate = QColor(colour)
    for _ in range(3):
        for ground in grounds:
            candidate = readable(candidate, ground, ratio)
        if all(contrast_ratio(candidate, ground) >= ratio for ground in grounds):
            return candidate
    # Backgrounds on both sides of the middle: take whichever extreme stands out from all of them best.
    return max((QColor("black"), QColor("white")), key=lambda extreme: min(contrast_ratio(extreme, g) for g in grounds))


def typed_digit(event: QKeyEvent) -> int | None:
    """The digit a key press types (by its text, so layouts that need Shift for digits work), or None."""
    text = event.text()
    if event.modifiers() & COMMAND_MODIFIERS or len(text) != 1 or text not in "0123456789":
        return None
    return int(text)


def plain_key(event: QKeyEvent) -> bool:
    """No modifier but the keypad's."""
    return not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier


class FocusButton(QPushButton):
    """A push button with a focus mark that reads in any palette, pressed by Enter as well as by Space.

    The style's own focus frame is faint in dark palettes; this one reaches
    3:1 against both the window and the button face.
    """

    def focus_colour(self) -> QColor:
        palette = self.palette()
        grounds = (palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Button))
        return readable_against(palette.color(QPalette.ColorRole.Highlight), grounds)

    def focus_pen_width(self) -> float:
        return max(2.0, round(self.fontMetrics().height() / 8))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS and plain_key(event) and not event.isAutoRepeat():
            self.click()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            width = self.focus_pen_width()
            painter.setPen(QPen(self.focus_colour(), width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = width / 2
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), width * 1.5, width * 1.5)
            painter.end()


class ScaleButton(FocusButton):
    """One value of the 0–10 scale: as narrow as "10" allows at the current font, and all the same width."""

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("10") + metrics.height(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class CheckIn(QWidget):
    answered = Signal(int)
    dismissed = Signal()

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question
        self.question_label = QLabel(question)
        self.question_label.setWordWrap(True)
        self.hint_label = QLabel(translated("CheckIn", HINT))
        self.hint_label.setWordWrap(True)
        self.second_digit_timer = QTimer(self)
        self.second_digit_timer.setSingleShot(True)
        self.second_digit_timer.setInterval(SECOND_DIGIT_MS)
        self.second_digit_timer.timeout.connect(self._second_digit_missed)
        self.buttons: list[ScaleButton] = []
        self.setAccessibleName(question)
        scale_hint = translated("CheckIn", SCALE_HINT)
        self.setAccessibleDescription(scale_hint)
        row = QHBoxLayout()
        row.setSpacing(max(4, round(self.fontMetrics().height() * 0.25)))
        for value in SCALE:
            button = ScaleButton(str(value))
            #: A button of the 0-10 tightness scale: "3 of 10".
            of_ten = fill(self.tr("%1 of 10"), str(value))
            button.setAccessibleName(of_ten)
            button.setAccessibleDescription(f"{question} {scale_hint}")
            button.setToolTip(of_ten)
            button.clicked.connect(lambda _=False, v=value: self._answer(v))
            button.installEventFilter(self)
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        self.dismiss_button = FocusButton(self.tr("Not now"))
        self.dismiss_button.setAccessibleDescription(self.tr("Go on without answering"))
        self.dismiss_button.clicked.connect(self._dismiss)
        self.dismiss_button.installEventFilter(self)
        row.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.question_label)
        layout.addLayout(row)
        layout.addWidget(self.hint_label)
        self._tab_stop = 0
        self._move_tab_stop(0)
        self._apply_colours()

    # -- the keyboard ----------------------------------------------------

    def focus_scale(self) -> None:
        """Put the keyboard on the scale (on the value last moved to, 0 at first)."""
        self.buttons[self._tab_stop].setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def focused_value(self) -> int | None:
        for value, button in enumerate(self.buttons):
            if button.hasFocus():
                return value
        return None

    @property
    def waiting_for_second_digit(self) -> bool:
        return self.second_digit_timer.isActive()

    def _move_tab_stop(self, value: int) -> None:
        """The scale is one tab stop: only the value last moved to is reached with Tab."""
        self._tab_stop = value
        for index, button in enumerate(self.buttons):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if index == value else Qt.FocusPolicy.ClickFocus)

    def _focus_value(self, value: int) -> None:
        value = max(SCALE.start, min(SCALE.stop - 1, value))
        self._move_tab_stop(value)
        self.buttons[value].setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return super().eventFilter(watched, event)
        if not self._claims(event):
            if self.waiting_for_second_digit and event.key() not in MODIFIER_KEYS:
                # Tab, Esc, a shortcut: the 1 stands, then the key does its own thing. (Shift alone
                # must not count: some layouts need it for the 0.)
                self._second_digit_missed()
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the key is the check-in's: the window's shortcuts (Space, arrows) stand back
            return True
        self._key_pressed(watched, event)
        return True

    def _claims(self, event: QKeyEvent) -> bool:
        key = event.key()
        if typed_digit(event) is not None:
            return True
        return plain_key(event) and (key in STEP_KEYS or key in ENTER_KEYS or key in (Qt.Key.Key_Space, Qt.Key.Key_Home, Qt.Key.Key_End))

    def _key_pressed(self, watched: QObject, event: QKeyEvent) -> None:
        if event.isAutoRepeat() and event.key() not in STEP_KEYS:
            return  # a held key answers once
        digit = typed_digit(event)
        if self.waiting_for_second_digit:
            self.second_digit_timer.stop()
            self._answer(10 if digit == 0 else 1)
            return
        if digit == 1:
            self._focus_value(1)  # shows the 1 being taken while it waits for a 0
            self.second_digit_timer.start()
        elif digit is not None:
            self._answer(digit)
        elif event.key() in STEP_KEYS:
            current = self.focused_value if self.focused_value is not None else self._tab_stop
            self._focus_value(current + STEP_KEYS[Qt.Key(event.key())])
        elif event.key() == Qt.Key.Key_Home:
            self._focus_value(SCALE.start)
        elif event.key() == Qt.Key.Key_End:
            self._focus_value(SCALE.stop - 1)
        elif isinstance(watched, QPushButton):  # Enter or Space
            watched.click()

    def _second_digit_missed(self) -> None:
        self.second_digit_timer.stop()
        self._answer(1)

    # -- answering -------------------------------------------------------

    def _answer(self, value: int) -> None:
        self.second_digit_timer.stop()
        self.hide()
        self.answered.emit(value)

    def _dismiss(self) -> None:
        self.second_digit_timer.stop()
        self.hide()
        self.dismissed.emit()

    # -- colours ---------------------------------------------------------

    def hint_colour(self) -> QColor:
        """The hint's quieter text colour, still 4.5:1 against the window."""
        return secondary_text(self.palette())

    def _apply_colours(self) -> None:
        palette = self.hint_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, self.hint_colour())
        self.hint_label.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colours()
        super().changeEvent(event)
