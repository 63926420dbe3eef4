"""The tray icon, and the status window that stands in where no tray exists."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from knotbreak.core.breakloop import State, Status
from knotbreak.core.describe import describe, notes
from knotbreak.qt.actions import AppActions
from knotbreak.qt.icons import app_icon, progress_step, render_tray_icon

MESSAGE_SECONDS = 60


class TrayIconPainter:
    """Caches the last rendered icon so an unchanged state costs nothing."""

    def __init__(self) -> None:
        self._key: tuple[State, int] | None = None
        self._icon = QIcon()

    def icon_for(self, status: Status) -> tuple[QIcon, bool]:
        key = (status.state, progress_step(status))
        changed = key != self._key
        if changed:
            self._key = key
            self._icon = render_tray_icon(*key)
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
        self.icon.setToolTip("\n".join(["KnotBreak", describe(status), *notes(details or {})]))

    def notify(self, title: str, message: str) -> None:
        self.icon.showMessage(title, message, app_icon(), MESSAGE_SECONDS * 1000)


class StatusWindow(QWidget):
    """The app's face where no system tray exists: state, the same actions, and why."""

    def __init__(self, actions: AppActions, reason: str) -> None:
        super().__init__()
        self.setWindowTitle("KnotBreak")
        self.setWindowIcon(app_icon())
        self._painter = TrayIconPainter()
        self._actions = actions

        self.state_icon = QLabel()
        self.state_icon.setFixedSize(48, 48)
        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        font = self.status_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.status_label.setFont(font)
        self.status_label.setWordWrap(True)
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
        self.reason_label.setStyleSheet("color: palette(placeholder-text);")

        self.break_button = QPushButton("Take a break now")
        self.break_button.clicked.connect(actions.take_break_action.trigger)
        self.snooze_button = _menu_button(actions.snooze_menu)
        self.skip_button = QPushButton("Skip")
        self.skip_button.clicked.connect(actions.skip_action.trigger)
        self.pause_button = _menu_button(actions.pause_menu)
        self.resume_button = QPushButton("Resume")
        self.resume_button.clicked.connect(actions.resume_action.trigger)
        self.meeting_button = _menu_button(actions.meeting_menu)
        self.end_meeting_button = QPushButton("End meeting mode")
        self.end_meeting_button.clicked.connect(actions.end_meeting_action.trigger)
        self.quit_button = QPushButton("Quit")
        self.quit_button.clicked.connect(actions.quit_action.trigger)
        self.preferences_button = QPushButton("&Preferences…")
        self.preferences_button.clicked.connect(actions.preferences_action.trigger)
        # Without a tray this window is the only way in: everything else the tray menu offers.
        self.more_menu = QMenu("More", self)
        self.more_menu.addMenu(actions.routines_menu)
        self.more_menu.addAction(actions.statistics_action)
        self.more_menu.addSeparator()
        self.more_menu.addAction(actions.help_action)
        self.more_menu.addAction(actions.about_action)
        self.more_button = _menu_button(self.more_menu)

        header = QHBoxLayout()
        header.addWidget(self.state_icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.status_label, 1)
        buttons = QHBoxLayout()
        for button in (
            self.break_button, self.snooze_button, self.skip_button, self.pause_button,
            self.resume_button, self.meeting_button, self.end_meeting_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        app_buttons = QHBoxLayout()
        app_buttons.addWidget(self.preferences_button)
        app_buttons.addWidget(self.more_button)
        app_buttons.addStretch(1)
        app_buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        layout.addLayout(app_buttons)
        layout.addWidget(self.reason_label)
        self.setMinimumWidth(520)

    # Not QWidget.render(target, ...): the name is the app's "show this status", kept for its callers.
    def render(self, status: Status, details: dict | None = None) -> None:  # type: ignore[override]
        icon, changed = self._painter.icon_for(status)
        if changed:
            self.state_icon.setPixmap(icon.pixmap(48, 48))
        self.status_label.setText(describe(status))
        extra = notes(details or {})
        self.notes_label.setText("\n".join(extra))
        self.notes_label.setVisible(bool(extra))
        snooze = self._actions.snooze_menu.menuAction()
        self.snooze_button.setVisible(snooze.isVisible())
        self.snooze_button.setEnabled(snooze.isEnabled())
        self.snooze_button.setText(snooze.text())
        self.skip_button.setVisible(self._actions.skip_action.isVisible())
        self.break_button.setEnabled(self._actions.take_break_action.isEnabled())
        self.pause_button.setVisible(self._actions.pause_menu.menuAction().isVisible())
        self.resume_button.setVisible(self._actions.resume_action.isVisible())
        self.meeting_button.setVisible(self._actions.meeting_menu.menuAction().isVisible())
        self.end_meeting_button.setVisible(self._actions.end_meeting_action.isVisible())

    def notify(self, title: str, message: str) -> None:
        self.message_label.setText(f"<b>{title}</b> — {message}")
        self.message_label.show()
        self._message_timer.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window would leave no way back to the app; minimise instead.
        event.ignore()
        self.showMinimized()


def _menu_button(menu: QMenu) -> QToolButton:
    button = QToolButton()
    button.setText(menu.title())
    button.setMenu(menu)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button
