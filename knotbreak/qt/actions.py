"""The user's commands as QActions, shared by the tray menu and the status window.

Only this module decides which entries exist and when they are enabled; the
tray and the status window just show them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from knotbreak.core.breakloop import State, Status
from knotbreak.qt.i18n import QT_TRANSLATE_NOOP, fill, translated

SNOOZE_CHOICES = (5, 10, 20)
# The labels are English, marked for translation in the AppActions context and translated in the menus.
PAUSE_CHOICES: tuple[tuple[str, float | str | None], ...] = (
    (QT_TRANSLATE_NOOP("AppActions", "For 30 minutes"), 30 * 60.0),
    (QT_TRANSLATE_NOOP("AppActions", "For 1 hour"), 3600.0),
    (QT_TRANSLATE_NOOP("AppActions", "Until tomorrow"), "tomorrow"),
    (QT_TRANSLATE_NOOP("AppActions", "Until I resume"), None),
)
MEETING_CHOICES: tuple[tuple[str, float | None], ...] = (
    (QT_TRANSLATE_NOOP("AppActions", "For 1 hour"), 3600.0),
    (QT_TRANSLATE_NOOP("AppActions", "For 2 hours"), 7200.0),
    (QT_TRANSLATE_NOOP("AppActions", "Until I turn it off"), None),
)


class AppActions(QObject):
    take_break = Signal()
    snooze = Signal(int)  # minutes
    skip = Signal()
    pause = Signal(object)  # seconds, "tomorrow" or None for until resumed
    resume = Signal()
    meeting = Signal(object)  # seconds, or None for until turned off
    end_meeting = Signal()
    quit = Signal()
    start_routine = Signal(str)  # a routine id
    show_statistics = Signal()
    show_preferences = Signal()
    show_about = Signal()
    show_help = Signal()
    new_routine = Signal()
    edit_routine = Signal(str)  # a custom routine id
    routines_wanted = Signal()  # the Routines menu is about to open: refresh its list

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.take_break_action = QAction(self.tr("Take a break now"), self)
        self.take_break_action.triggered.connect(self.take_break)

        self.snooze_menu = QMenu(self.tr("Snooze"))
        for minutes in SNOOZE_CHOICES:
            #: A snooze's length in the Snooze menu.
            action = self.snooze_menu.addAction(self.tr("%n minute(s)", "", minutes))
            action.triggered.connect(lambda _=False, m=minutes: self.snooze.emit(m))

        self.skip_action = QAction(self.tr("Skip this break"), self)
        self.skip_action.triggered.connect(self.skip)

        self.pause_menu = QMenu(self.tr("Pause"))
        for label, value in PAUSE_CHOICES:
            action = self.pause_menu.addAction(translated("AppActions", label))
            action.triggered.connect(lambda _=False, v=value: self.pause.emit(v))

        self.resume_action = QAction(self.tr("Resume"), self)
        self.resume_action.triggered.connect(self.resume)

        self.meeting_menu = QMenu(self.tr("Meeting mode"))
        for label, seconds in MEETING_CHOICES:
            action = self.meeting_menu.addAction(translated("AppActions", label))
            action.triggered.connect(lambda _=False, v=seconds: self.meeting.emit(v))
        self.meeting_menu.menuAction().setToolTip(self.tr("Hold break prompts and notices during a call or a presentation"))

        self.end_meeting_action = QAction(self.tr("End meeting mode"), self)
        self.end_meeting_action.triggered.connect(self.end_meeting)

        self.routines_menu = QMenu(self.tr("Routines"))
        self.routines_menu.aboutToShow.connect(self.routines_wanted)

        self.statistics_action = QAction(self.tr("Statistics…"), self)
        self.statistics_action.triggered.connect(self.show_statistics)

        self.preferences_action = QAction(self.tr("Preferences…"), self)
        self.preferences_action.triggered.connect(self.show_preferences)
        self.help_action = QAction(self.tr("Help"), self)
        self.help_action.triggered.connect(self.show_help)
        self.about_action = QAction(self.tr("About KnotBreak"), self)
        self.about_action.triggered.connect(self.show_about)

        self.quit_action = QAction(self.tr("Quit KnotBreak"), self)
        self.quit_action.triggered.connect(self.quit)

    def build_menu(self) -> QMenu:
        menu = QMenu()
        menu.addAction(self.take_break_action)
        menu.addMenu(self.routines_menu)
        menu.addMenu(self.snooze_menu)
        menu.addAction(self.skip_action)
        menu.addSeparator()
        menu.addMenu(self.pause_menu)
        menu.addAction(self.resume_action)
        menu.addMenu(self.meeting_menu)
        menu.addAction(self.end_meeting_action)
        menu.addSeparator()
        menu.addAction(self.statistics_action)
        menu.addAction(self.preferences_action)
        menu.addSeparator()
        menu.addAction(self.help_action)
        menu.addAction(self.about_action)
        menu.addAction(self.quit_action)
        return menu

    def set_routines(self, routines: list[tuple[str, str, float, bool]]) -> None:
        """(id, name, minutes, built in) for every routine, in menu order."""
        # clear() drops the actions but not a submenu, which the menu owns: delete it too, or
        # every rebuild (each time the menu opens) leaks one.
        for submenu in self.routines_menu.findChildren(QMenu):
            submenu.deleteLater()
        self.routines_menu.clear()
        for routine_id, name, minutes, _builtin in routines:
            #: A routine in the Routines menu: %1 its name, %2 its length in minutes.
            label = fill(self.tr("%1  (%2 min)"), name, str(max(1, round(minutes))))
            action = self.routines_menu.addAction(label)
            action.setData(routine_id)
            action.triggered.connect(lambda _=False, rid=routine_id: self.start_routine.emit(rid))
        self.routines_menu.addSeparator()
        self.routines_menu.addAction(self.tr("New routine…")).triggered.connect(self.new_routine)
        custom = [(routine_id, name) for routine_id, name, _minutes, builtin in routines if not builtin]
        if custom:
            edit = self.routines_menu.addMenu(self.tr("Edit my routines"))
            for routine_id, name in custom:
                action = edit.addAction(name)
                action.triggered.connect(lambda _=False, rid=routine_id: self.edit_routine.emit(rid))

    def update(self, status: Status, meeting: bool = False) -> None:
        paused = status.state is State.PAUSED
        on_break = status.state is State.ON_BREAK
        self.take_break_action.setEnabled(not on_break)
        self.routines_menu.menuAction().setEnabled(not on_break)
        snooze_action = self.snooze_menu.menuAction()
        snooze_action.setVisible(not paused and not on_break)
        snooze_action.setEnabled(status.can_snooze)
        snooze_action.setText(self.tr("Snooze") if status.can_snooze else self.tr("Snooze (limit reached)"))
        self.skip_action.setVisible(status.state is State.DUE or status.state is State.SNOOZED)
        self.pause_menu.menuAction().setVisible(not paused)
        self.resume_action.setVisible(paused)
        self.meeting_menu.menuAction().setVisible(not meeting)
        self.end_meeting_action.setVisible(meeting)
