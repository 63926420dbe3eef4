"""The tray icon, and the status window that stands in where no tray exists.

The status window is the whole app for a person without a tray, so all of it
works from the keyboard: Tab goes through the status line and every button,
each button has an Alt+letter, the menu buttons open with Space or their
letter, and Esc or Ctrl+W minimise it like its close button does. Nothing
there quits the app but Quit: a hidden window without a tray would leave no
way back. Sizes come from the font; the buttons wrap to new rows.
"""

from __future__ import annotations

import itertools
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QColor, QIcon, QKeySequence, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from knotbreak.core.breakloop import State, Status
from knotbreak.core.describe import describe, notes
from knotbreak.qt.actions import AppActions
from knotbreak.qt.contrast import GRAPHICS_RATIO, on_palette, secondary_text
from knotbreak.qt.flow_layout import FlowLayout
from knotbreak.qt.formatting import LOCAL
from knotbreak.qt.i18n import QT_TRANSLATE_NOOP, fill, translated
from knotbreak.qt.icons import TRAY_SIZES, app_icon, progress_step, render_tray_icon
from knotbreak.qt.shortcuts import close_keys

MESSAGE_SECONDS = 60


class TrayIconPainter:
    """Caches the last rendered icon so an unchanged state costs nothing.

    Given the background it is shown on, its colours stand out from it (3:1).
    """

    def __init__(self, sizes: tuple[int, ...] = TRAY_SIZES) -> None:
        self._key: tuple[State, int, str] | None = None
        self._icon = QIcon()
        self._sizes = sizes
        self.background: QColor | None = None

    def icon_for(self, status: Status) -> tuple[QIcon, bool]:
        key = (status.state, progress_step(status), self.background.name() if self.background is not None else "")
        changed = key != self._key
        if changed:
            self._key = key
            self._icon = render_tray_icon(status.state, key[1], self.background, self._sizes)
        return self._icon, changed


class Tray:
    def __init__(self, actions: AppActions) -> None:
        self._painter = TrayIconPainter()
        self.icon = QSystemTrayIcon()
        self.icon.setIcon(app_icon())
        self._menu = actions.build_menu()
        self.icon.setContextMenu(self._menu)
        self.icon.activated.connect(self._on_activated)
        self._actions = actions

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # A left click pops the same menu up, as most tray apps do.
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self._menu.popup(self.icon.geometry().center())

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def render(self, status: Status, details: dict | None = None) -> None:
        icon, changed = self._painter.icon_for(status)
        if changed:
            self.icon.setIcon(icon)
        self.icon.setToolTip("\n".join(["KnotBreak", describe(status, LOCAL), *notes(details or {})]))

    def notify(self, title: str, message: str) -> None:
        self.icon.showMessage(title, message, app_icon(), MESSAGE_SECONDS * 1000)


class FocusRing(QFocusFrame):
    """A ring round the focused control of one window, in a colour that stands out 3:1 from the window.

    Fusion marks focus with a thin line in the highlight colour, which on a
    dark palette is hard to find; this one is drawn whatever the theme.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._follow)

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.setWidget(new if new is not None and new.window() is self._window else None)  # type: ignore[arg-type]

    def colour(self) -> QColor:
        palette = self._window.palette()
        return on_palette(palette.color(QPalette.ColorRole.Highlight), palette, ratio=GRAPHICS_RATIO)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.widget() is None:
            return
        width = max(2.0, round(self.fontMetrics().height() * 0.12))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.colour(), width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = width / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 3.0, 3.0)
        painter.end()


WIDTH_EM = 40
"""The status window's first width in lines of text: 560 pixels at a 9 pt font."""

STATE_NAMES = {
    State.WORKING: QT_TRANSLATE_NOOP("StatusWindow", "Working"),
    State.DUE: QT_TRANSLATE_NOOP("StatusWindow", "Break due"),
    State.SNOOZED: QT_TRANSLATE_NOOP("StatusWindow", "Snoozed"),
    State.ON_BREAK: QT_TRANSLATE_NOOP("StatusWindow", "On a break"),
    State.PAUSED: QT_TRANSLATE_NOOP("StatusWindow", "Paused"),
}
"""The state icon's name for screen readers: English, translated where set."""


class StatusWindow(QWidget):
    """The app's face where no system tray exists: state, the same actions, and why."""

    def __init__(self, actions: AppActions, reason: str) -> None:
        super().__init__()
        self.setWindowTitle("KnotBreak")
        self.setWindowIcon(app_icon())
        self._painter = TrayIconPainter(sizes=())
        self._actions = actions
        self._status: Status | None = None
        self._details: dict | None = None

        self.state_icon = QLabel()
        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        font = self.status_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.status_label.setFont(font)
        self.status_label.setWordWrap(True)
        # A tab stop of its own, and the first: a screen reader reads the state when the window opens.
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.hide()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        # A message is news: it fades once it has been there as long as a tray balloon would be.
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(MESSAGE_SECONDS * 1000)
        self._message_timer.timeout.connect(self.message_label.hide)
        self.reason_label = QLabel(reason)
        self.reason_label.setWordWrap(True)

        self.break_button = QPushButton(self.tr("&Take a break now"))
        self.break_button.clicked.connect(actions.take_break_action.trigger)
        self.snooze_button = MenuButton(self.tr("&Snooze"), actions.snooze_menu)
        self.skip_button = QPushButton(self.tr("S&kip"))
        self.skip_button.clicked.connect(actions.skip_action.trigger)
        self.pause_button = MenuButton(self.tr("P&ause"), actions.pause_menu)
        self.resume_button = QPushButton(self.tr("&Resume"))
        self.resume_button.clicked.connect(actions.resume_action.trigger)
        self.meeting_button = MenuButton(self.tr("&Meeting mode"), actions.meeting_menu)
        self.end_meeting_button = QPushButton(self.tr("&End meeting mode"))
        self.end_meeting_button.clicked.connect(actions.end_meeting_action.trigger)
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.quit_button.setToolTip(self.tr("Quit KnotBreak: no more break reminders until it is started again"))
        self.quit_button.clicked.connect(actions.quit_action.trigger)
        self.preferences_button = QPushButton(self.tr("&Preferences…"))
        self.preferences_button.clicked.connect(actions.preferences_action.trigger)
        # Without a tray this window is the only way in: everything else the tray menu offers.
        self.more_menu = QMenu(self.tr("More"), self)
        self.more_menu.addMenu(actions.routines_menu)
        self.more_menu.addAction(actions.statistics_action)
        self.more_menu.addSeparator()
        self.more_menu.addAction(actions.help_action)
        self.more_menu.addAction(actions.about_action)
        self.more_button = MenuButton(self.tr("M&ore"), self.more_menu)
        self.more_button.setAccessibleDescription(self.tr("Routines, statistics, help and about"))
        #: The More button's tooltip: the names of the entries of its menu.
        self.more_button.setToolTip(self.tr("Routines, Statistics, Help, About"))
        self.state_buttons = (
            self.break_button, self.snooze_button, self.skip_button, self.pause_button,
            self.resume_button, self.meeting_button, self.end_meeting_button,
        )

        self.header = QHBoxLayout()
        self.header.addWidget(self.state_icon, 0, Qt.AlignmentFlag.AlignTop)
        self.header.addWidget(self.status_label, 1, Qt.AlignmentFlag.AlignVCenter)
        self.buttons = FlowLayout()
        for button in self.state_buttons:
            self.buttons.addWidget(button)
        self.app_buttons = FlowLayout()
        self.app_buttons.addWidget(self.preferences_button)
        self.app_buttons.addWidget(self.more_button)
        # Quit stands apart, at the right, so it is not pressed on the way to Preferences.
        app_row = QHBoxLayout()
        app_row.setContentsMargins(0, 0, 0, 0)
        app_row.addLayout(self.app_buttons, 1)
        app_row.addWidget(self.quit_button, 0, Qt.AlignmentFlag.AlignTop)
        self.column = QVBoxLayout(self)
        self.column.addLayout(self.header)
        self.column.addWidget(self.notes_label)
        self.column.addWidget(self.message_label)
        self.column.addLayout(self.buttons)
        self.column.addLayout(app_row)
        self.column.addWidget(self.reason_label)

        chain: list[QWidget] = [self.status_label, *self.state_buttons, self.preferences_button, self.more_button, self.quit_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._close_shortcut = QShortcut(self)
        self._close_shortcut.setKeys([QKeySequence(Qt.Key.Key_Escape), *close_keys()])
        self._close_shortcut.activated.connect(self.close)

        self.focus_ring = FocusRing(self)
        self._fit_to_font()
        self._tint()
        self._initial_size()

    def _initial_size(self) -> None:
        """Wide enough for the usual buttons in one row where the screen allows; tall enough for what wraps."""
        em = self.fontMetrics().height()
        width = round(em * WIDTH_EM)
        screen = self.screen()
        if screen is not None:
            width = min(width, screen.availableGeometry().width() - 2 * em)
        self.resize(width, self.column.totalHeightForWidth(width))

    def _fit_to_font(self) -> None:
        em = self.fontMetrics().height()
        icon = round(em * 3.4)
        self.state_icon.setFixedSize(icon, icon)
        self.header.setSpacing(round(em * 0.7))
        self.status_label.setMargin(round(em * 0.2))  # room between the text and the focus ring
        spacing = round(em * 0.45)
        self.buttons.set_spacing(spacing)
        self.app_buttons.set_spacing(spacing)
        self.column.setContentsMargins(round(em * 1.1), round(em), round(em * 1.1), round(em))
        self.column.setSpacing(round(em * 0.7))
        sharp = round(icon * self.devicePixelRatioF())
        self._painter = TrayIconPainter(sizes=(icon,) if sharp == icon else (icon, sharp))
        self._painter.background = self.palette().color(QPalette.ColorRole.Window)
        if self._status is not None:
            self.render(self._status, self._details)

    def _tint(self) -> None:
        """Text colours from the window's palette, so each reads 4.5:1 on it; the state icon 3:1."""
        palette = self.reason_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, secondary_text(self.palette()))
        self.reason_label.setPalette(palette)
        self._painter.background = self.palette().color(QPalette.ColorRole.Window)
        if self._status is not None:
            self.render(self._status, self._details)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._tint()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_to_font()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit_height()
        return handled

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for the wrapped text and button rows at this width: Qt does not size a window by height-for-width."""
        needed = self.column.totalHeightForWidth(self.width())
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    # Not QWidget.render(target, ...): the name is the app's "show this status", kept for its callers.
    def render(self, status: Status, details: dict | None = None) -> None:  # type: ignore[override]
        self._status, self._details = status, details
        icon, changed = self._painter.icon_for(status)
        if changed:
            size = self.state_icon.width()
            self.state_icon.setPixmap(icon.pixmap(size, size))
        text = describe(status, LOCAL)
        self.status_label.setText(text)
        self.state_icon.setAccessibleName(translated("StatusWindow", STATE_NAMES[status.state]))
        self.state_icon.setAccessibleDescription(text)
        extra = notes(details or {})
        self.notes_label.setText("\n".join(extra))
        self.notes_label.setVisible(bool(extra))
        snooze = self._actions.snooze_menu.menuAction()
        self.snooze_button.setVisible(snooze.isVisible())
        self.snooze_button.setEnabled(snooze.isEnabled())
        # The action's own words where it says why it cannot; an Alt+letter only where it can be pressed.
        plain = snooze.isEnabled() and snooze.text() == QCoreApplication.translate("AppActions", "Snooze")
        self.snooze_button.setText(self.tr("&Snooze") + MENU_MARK if plain else snooze.text())
        self.snooze_button.setAccessibleName(snooze.text())
        self.skip_button.setVisible(self._actions.skip_action.isVisible())
        self.break_button.setEnabled(self._actions.take_break_action.isEnabled())
        self.pause_button.setVisible(self._actions.pause_menu.menuAction().isVisible())
        self.resume_button.setVisible(self._actions.resume_action.isVisible())
        self.meeting_button.setVisible(self._actions.meeting_menu.menuAction().isVisible())
        self.end_meeting_button.setVisible(self._actions.end_meeting_action.isVisible())

    def notify(self, title: str, message: str) -> None:
        #: A message in the status window: %1 its title (bold), %2 its text.
        self.message_label.setText(fill(self.tr("%1 — %2"), f"<b>{escape(title, quote=False)}</b>", escape(message, quote=False)))
        self.message_label.show()
        self._message_timer.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Without a tray, a closed or hidden window would leave no way back to the app; minimise instead.
        event.ignore()
        self.showMinimized()


MENU_MARK = " ▾"


class MenuButton(QPushButton):
    """A push button that opens a menu (Space, Enter or its Alt+letter).

    Its arrow is a character, so it grows with the font (the style's own stays
    a few pixels); a screen reader hears the name without it, and "menu button".
    """

    def __init__(self, text: str, menu: QMenu) -> None:
        super().__init__(text + MENU_MARK)
        self.setAccessibleName(text.replace("&", ""))
        self.setStyleSheet("QPushButton::menu-indicator { image: none; width: 0px; }")
        self.setMenu(menu)
        menu.aboutToHide.connect(self._repaint_soon)

    def _repaint_soon(self) -> None:
        # Qt leaves the button drawn as open once its menu closes; draw it again after the close.
        QTimer.singleShot(0, self, self.update)
