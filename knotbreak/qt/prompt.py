"""The break prompt: how long you have sat, and Start routine · Snooze · Skip.

It stays on top but never takes keyboard focus, so text being typed keeps
going to the window it was meant for. The keyboard way to answer it is the
command line (knotbreak break | snooze | skip), which a person can bind to
keys in the desktop's shortcut settings; the prompt says so.

To assistive technology it is a notification: AT-SPI screen readers (Orca)
speak a notification's text when it is shown, focus or not. Where that role
alone is not spoken (Windows, macOS) the prompt asks for an announcement.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QGuiApplication, QPalette
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from knotbreak.core.breakloop import Status
from knotbreak.qt.accessible_roles import give_accessible_role
from knotbreak.qt.contrast import secondary_text
from knotbreak.qt.formatting import LOCAL
from knotbreak.qt.i18n import QT_TRANSLATE_NOOP, fill, translated
from knotbreak.qt.icons import app_icon

SCREEN_MARGIN = 24
# English, marked for translation in the BreakPrompt context and translated where shown (translated()).
TITLE = QT_TRANSLATE_NOOP("BreakPrompt", "Time for a break")
ADVICE = QT_TRANSLATE_NOOP("BreakPrompt", "A two-minute stretch now loosens the upper back before knots set in.")
#: "knotbreak break | snooze | skip" are commands typed in a terminal: keep them as they are.
KEYBOARD_HINT = QT_TRANSLATE_NOOP("BreakPrompt", "Keyboard: knotbreak break | snooze | skip — bind them in your desktop's shortcut settings.")
#: What a screen reader says for the keyboard hint; the commands (knotbreak break...) stay untranslated.
SPOKEN_KEYBOARD_HINT = QT_TRANSLATE_NOOP(
    "BreakPrompt",
    "Keyboard: the commands knotbreak break, knotbreak snooze and knotbreak skip; "
    "bind them to keys in your desktop's shortcut settings.",
)
"""The hint as a screen reader should say it: no bars read out as "vertical line"."""

WIDTH_EM = 31
"""The prompt's width in lines of text: 434 pixels at a 9 pt font, wider as the font grows."""

ROLE_IS_SPOKEN = sys.platform not in ("win32", "darwin")
"""Whether screen readers speak a shown Notification by themselves (AT-SPI: Orca does); elsewhere the prompt announces itself."""


class BreakPrompt(QWidget):
    start_routine = Signal()
    snooze = Signal()
    skip = Signal()

    def __init__(self) -> None:
        give_accessible_role(BreakPrompt, QAccessible.Role.Notification)
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
        self.setWindowTitle(self.tr("KnotBreak: time for a break"))
        self.setWindowIcon(app_icon())
        self.setAccessibleName(translated("BreakPrompt", TITLE))

        self.icon_label = QLabel()
        self.title_label = QLabel(translated("BreakPrompt", TITLE))
        self.title_label.setWordWrap(True)
        title_font = self.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.sitting_label = QLabel()
        self.sitting_label.setWordWrap(True)
        self.keyboard_label = QLabel(translated("BreakPrompt", KEYBOARD_HINT))
        self.keyboard_label.setWordWrap(True)
        self.keyboard_label.setAccessibleName(translated("BreakPrompt", SPOKEN_KEYBOARD_HINT))

        # No mnemonics: the prompt never has the keyboard, so Alt+letter would go to another window.
        self.start_button = QPushButton(self.tr("Start routine"))
        self.start_button.setDefault(True)
        self.snooze_button = QPushButton()
        self.skip_button = QPushButton(self.tr("Skip"))
        for button in (self.start_button, self.snooze_button, self.skip_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.start_button.clicked.connect(self.start_routine)
        self.snooze_button.clicked.connect(self.snooze)
        self.skip_button.clicked.connect(self.skip)

        text = QVBoxLayout()
        text.addWidget(self.title_label)
        text.addWidget(self.sitting_label)
        text.addWidget(self.keyboard_label)
        text.addStretch(1)  # room _fit_height() adds goes below the words, not between them
        self.header = QHBoxLayout()
        self.header.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        self.header.addLayout(text, 1)
        self.buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.buttons.addWidget(self.start_button, 2)
        self.buttons.addWidget(self.snooze_button, 1)
        self.buttons.addWidget(self.skip_button, 1)
        self.column = QVBoxLayout(self)
        self.column.addLayout(self.header)
        self.column.addLayout(self.buttons)
        self._fit_to_font()
        self._tint()

    def _em(self) -> int:
        return self.fontMetrics().height()

    def _fit_to_font(self) -> None:
        """Sizes from the font, so a large desktop font gets a wider prompt, not clipped words."""
        em = self._em()
        self.icon_label.setPixmap(app_icon().pixmap(round(em * 4), round(em * 4)))
        self.header.setSpacing(round(em * 0.6))
        for button in (self.start_button, self.snooze_button, self.skip_button):
            button.setMinimumHeight(round(em * 2.4))
        self.column.setContentsMargins(round(em * 1.4), round(em * 1.3), round(em * 1.4), round(em * 1.3))
        self.column.setSpacing(round(em))
        self.buttons.setSpacing(round(em * 0.45))
        self._fit_width()

    def _fit_width(self) -> None:
        """As wide as WIDTH_EM or the buttons in a row, within the screen; the buttons stack where one row will not fit."""
        em = self._em()
        margins = self.column.contentsMargins()
        frame = margins.left() + margins.right()
        visible = [b for b in (self.start_button, self.snooze_button, self.skip_button) if not b.isHidden()]
        row = sum(b.sizeHint().width() for b in visible) + self.buttons.spacing() * (len(visible) - 1)
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().width() - 2 * SCREEN_MARGIN if screen is not None else 10**6
        width = min(max(round(em * WIDTH_EM), row + frame), room)
        fits = row + frame <= width
        self.buttons.setDirection(QBoxLayout.Direction.LeftToRight if fits else QBoxLayout.Direction.TopToBottom)
        self.setFixedWidth(width)

    def _fit_height(self) -> None:
        """Tall enough for every wrapped line.

        adjustSize() asks the layout's height for the width, which the nested box layouts can
        underestimate by a line when long words wrap in a narrow prompt (large text on a small
        screen, German or Spanish): the labels, laid out, say how much they lack.
        """
        self.adjustSize()
        for _ in range(3):
            self.column.setGeometry(self.rect())  # lays the labels out now, shown or not
            lacking = sum(
                max(0, label.heightForWidth(label.width()) - label.height())
                for label in (self.title_label, self.sitting_label, self.keyboard_label)
                if not label.isHidden()
            )
            if lacking == 0:
                return
            self.resize(self.width(), self.height() + lacking)

    def _tint(self) -> None:
        palette = self.keyboard_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, secondary_text(self.palette()))
        self.keyboard_label.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._tint()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_to_font()

    def spoken_text(self) -> str:
        """What the prompt says to a screen reader: the title, the text and the keyboard way."""
        hint = translated("BreakPrompt", SPOKEN_KEYBOARD_HINT)
        #: The prompt as a screen reader reads it: %1 the title, %2 the text, %3 the keyboard hint.
        return fill(self.tr("%1. %2 %3"), translated("BreakPrompt", TITLE), self.sitting_label.text(), hint)

    # Not QWidget.render(target, ...): the name is the app's "show this status", kept for its callers.
    def render(self, status: Status, snooze_minutes: int) -> None:  # type: ignore[override]
        #: %1 is a duration like "50 min".
        sitting = fill(self.tr("You have been sitting for %1."), LOCAL.duration(status.sitting_seconds))
        self.sitting_label.setText(f"{sitting} {translated('BreakPrompt', ADVICE)}")
        self.setAccessibleDescription(f"{self.sitting_label.text()} {translated('BreakPrompt', SPOKEN_KEYBOARD_HINT)}")
        #: A button: postpone the break by %1 minutes.
        self.snooze_button.setText(fill(self.tr("Snooze %1 min"), LOCAL.count(snooze_minutes)))
        self.snooze_button.setVisible(status.can_snooze)
        self._fit_width()
        if self.isVisible():
            self._fit_height()  # a longer time may need another line

    def present(self) -> None:
        appearing = not self.isVisible()
        if appearing:
            self._fit_width()
            self._fit_height()
            screen = self.screen() or QGuiApplication.primaryScreen()
            if screen is not None:
                area = screen.availableGeometry()
                self.move(area.right() - self.width() - SCREEN_MARGIN, area.top() + SCREEN_MARGIN)
        self.show()
        self.raise_()
        if appearing and not ROLE_IS_SPOKEN:
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, self.spoken_text()))
