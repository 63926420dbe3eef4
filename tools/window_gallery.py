"""Every KnotBreak window, built in the state the screenshots show it: one place for the tools that draw
them (tools/language_screenshots.py, tools/app_screenshots.py) and the test that checks their layout in each
translation (tests/test_translated_layouts.py).

GALLERY names each window state, in the order the screenshots are taken; its builder takes a Scene
(a folder for settings, routines and history, a clock) and returns the widget, ready to show, with
the objects that must live as long as it does. The language to draw in is installed first
(install_language); nothing is written outside the scene's folder.

Import it once the platform is configured: it imports Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from knotbreak.core.breakloop import BreakLoop, State, Status
from knotbreak.core.clock import FakeClock
from knotbreak.core.exercises import Library, load_builtin_library
from knotbreak.core.paths import Paths
from knotbreak.core.routine_catalog import load_catalog
from knotbreak.core.routine_runner import expand
from knotbreak.core.settings import PAGES, Settings
from knotbreak.qt import stats_window
from knotbreak.qt.about import AboutDialog
from knotbreak.qt.actions import AppActions
from knotbreak.qt.app import NO_TRAY_REASON
from knotbreak.qt.checkin import CheckIn
from knotbreak.qt.help_window import HelpWindow
from knotbreak.qt.i18n import translated
from knotbreak.qt.preferences import PreferencesWindow
from knotbreak.qt.prompt import BreakPrompt
from knotbreak.qt.routine_editor import RoutineEditor
from knotbreak.qt.stats_window import StatisticsWindow
from knotbreak.qt.stretch import StretchWindow
from knotbreak.qt.translations import Translations, install_translations
from knotbreak.qt.tray import StatusWindow
from knotbreak.qt.welcome import WelcomeWindow

TOOLS = Path(__file__).resolve().parent
SIDED = "each"
"""Exercises done on each side in turn (Exercise.sides)."""
EDITOR_EXERCISES = ("cat-camel", "thread-the-needle", "childs-pose-side", "embryo-pose")
"""What the routine editor's new routine holds (those the library has)."""
MENU_AT = QPoint(20, 20)


# What Preferences asks of the app --------------------------------------------------


@dataclass
class SampleAutostart:
    supported: bool = True
    where: str = "~/.config/autostart/knotbreak.desktop"
    on: bool = True

    def enabled(self) -> bool:
        return self.on

    def set_enabled(self, on: bool) -> None:
        self.on = on


def readable_id(exercise_id: str) -> str:
    """'upper-back-stretch' as 'Upper back stretch'."""
    return exercise_id.replace("-", " ").capitalize()


@dataclass
class SampleServices:
    """What the Preferences window asks of the app, answered as a set-up desktop would. It writes nothing:
    the paths are only shown."""

    settings_path: Path = Path("/home/sam/.config/knotbreak/settings.toml")
    history_path: Path = Path("/home/sam/.local/share/knotbreak/history.sqlite3")
    autostart: SampleAutostart = field(default_factory=SampleAutostart)
    names: Callable[[str], str] = readable_id
    """An exercise's name from its id."""
    summary: str = "412 breaks and 96 routines since 3 March 2026"
    """What the history page says the history holds."""

    def change_settings(self, changes: dict[str, object]) -> str | None:
        return None

    def exercise_name(self, exercise_id: str) -> str:
        return self.names(exercise_id)

    def sound_problem(self) -> str | None:
        return None

    def speech_problem(self) -> str | None:
        return None

    def test_sound(self) -> None:
        pass

    def test_speech(self) -> None:
        pass

    def history_summary(self) -> str:
        return self.summary

    def export_history(self, target: Path) -> str | None:
        return None

    def delete_history(self, reply: Callable[[str | None], None]) -> None:
        reply(None)


# The scene and the language ----------------------------------------------------------


@dataclass
class Scene:
    """Where the windows' settings, routines and history live, and the time they see."""

    folder: Path
    clock: FakeClock = field(default_factory=FakeClock)

    @cached_property
    def library(self) -> Library:
        return load_builtin_library()

    def exercise_name(self, exercise_id: str) -> str:
        exercises = self.library.exercises
        return exercises[exercise_id].name if exercise_id in exercises else exercise_id


@dataclass
class Built:
    """A window in its state, and what must stay alive while it is shown (the actions behind a menu)."""

    widget: QWidget
    keep: tuple[object, ...] = ()


def install_language(app: QCoreApplication, language: str) -> Translations:
    """The language's translations installed (remove() them afterwards), the statistics' exercise names read again in it."""
    stats_window._exercise_names.cache_clear()  # read once per process
    return install_translations(app, language)


def remove_language(translations: Translations) -> None:
    translations.remove()
    stats_window._exercise_names.cache_clear()


def process_events(times: int = 3) -> None:
    for _ in range(times):
        QApplication.processEvents()


# The windows ---------------------------------------------------------------------------


def working_status(clock: FakeClock) -> Status:
    """23 minutes into a working stretch."""
    loop = BreakLoop(clock, Settings())
    clock.advance(23 * 60)
    loop.advance()
    status = loop.status()
    assert status.state is State.WORKING
    return status


def due_status(clock: FakeClock) -> Status:
    """A break due after 52 minutes of sitting, with snoozes left."""
    loop = BreakLoop(clock, Settings(max_snoozes=3))
    clock.advance(52 * 60)
    loop.advance()
    return loop.status()


def app_actions(scene: Scene, status: Status) -> AppActions:
    """The tray's actions, every built-in routine in the Routines menu."""
    actions = AppActions()
    actions.set_routines([(r.id, r.name, sum(s.seconds for s in expand(r)) / 60, True) for r in scene.library.routines.values()])
    actions.update(status)
    return actions


def status_window(scene: Scene) -> Built:
    """The window the app shows where there is no tray, in the middle of a working stretch."""
    status = working_status(scene.clock)
    actions = app_actions(scene, status)
    window = StatusWindow(actions, translated("KnotBreakApp", NO_TRAY_REASON))
    actions.setParent(window)
    window.render(status, {"idle_source": "x11"})
    return Built(window)


def tray_menu(which: str | None = None) -> Callable[[Scene], Built]:
    """The tray menu with a break due, popped up; or its submenu which ('routines', 'pause', 'meeting')."""

    def build(scene: Scene) -> Built:
        actions = app_actions(scene, due_status(scene.clock))
        menu = actions.build_menu()
        shown: QMenu = getattr(actions, f"{which}_menu") if which else menu
        shown.popup(MENU_AT)
        return Built(shown, keep=(actions, menu))

    return build


def break_prompt(scene: Scene) -> Built:
    prompt = BreakPrompt()
    prompt.render(due_status(scene.clock), Settings().snooze_minutes)
    prompt.present()  # as the app shows it: fitted to its words and the screen
    return Built(prompt)


def stretch_checkin_before(scene: Scene) -> Built:
    """The desk routine asking how tight the back is, before it starts."""
    return Built(StretchWindow(scene.clock, scene.library.routines["desk-reset"], ask_tension=True))


def stretch_one_side(scene: Scene) -> Built:
    """Mid-way through the second (right) side of an exercise done on each side."""
    routine = next(r for r in scene.library.routines.values() if any(item.exercise.sides == SIDED for item in r.items))
    window = StretchWindow(scene.clock, routine, ask_tension=True)
    window.checkin_before.hide()
    window.show()
    while window.runner.current.exercise.sides != SIDED:
        window.go_next()
    window.go_next()  # the second side
    scene.clock.advance(7)
    window.refresh()
    return Built(window)


def stretch_finished(scene: Scene) -> Built:
    """That routine done, asking how the back feels now."""
    window = stretch_one_side(scene).widget
    assert isinstance(window, StretchWindow)
    for _ in range(200):
        if window.checkin_after.isVisible():
            break
        window.go_next()
    assert window.checkin_after.isVisible(), "the finished page asks how the back feels"
    return Built(window)


def checkin(scene: Scene) -> Built:
    """The tension check-in on its own."""
    widget = CheckIn(translated("StretchWindow", "Before you start: how tight is your upper back?"))
    widget.resize(widget.sizeHint().expandedTo(widget.minimumSizeHint()))
    return Built(widget)


def preferences_page(title: str) -> Callable[[Scene], Built]:
    """Preferences on the page titled title (one of PAGES), settings and history in the scene's folder."""

    def build(scene: Scene) -> Built:
        services = SampleServices(settings_path=scene.folder / "settings.toml", history_path=scene.folder / "history.sqlite3",
                                  names=scene.exercise_name)
        window = PreferencesWindow(Settings(), services)
        window.show()
        window.show_page(title)
        return Built(window)

    return build


def welcome_page(number: int) -> Callable[[Scene], Built]:
    """The welcome wizard on its page number (from 1), start at login not yet chosen."""

    def build(scene: Scene) -> Built:
        autostart = SampleAutostart(where=str(Paths.for_user().config_dir.parent / "autostart" / "knotbreak.desktop"), on=False)
        window = WelcomeWindow(Settings(), autostart)
        window.show()
        for _ in range(number - 1):
            process_events(4)  # as someone would: each page shown (and its focus set) before Next
            window.next()
        return Built(window)

    return build


def no_open(_url: object) -> bool:
    return True


def about(scene: Scene) -> Built:
    return Built(AboutDialog(Paths.for_user(), open_url=no_open))


def help_window(scene: Scene) -> Built:
    return Built(HelpWindow(open_url=no_open))


def statistics(period: int, *, whole: bool = False) -> Callable[[Scene], Built]:
    """The statistics of tools/stats_screenshots.py's sample month over period days; whole: tall enough to show all of it."""

    def build(scene: Scene) -> Built:
        if str(TOOLS) not in sys.path:
            sys.path.insert(0, str(TOOLS))
        from stats_screenshots import sample_statistics

        window = StatisticsWindow(sample_statistics, export=lambda path: 0)
        window.show()
        if period != window.period:
            window.set_period(period)
        if whole:
            process_events(4)
            window.resize(window.width(), window.content.sizeHint().height() + 4)
        return Built(window)

    return build


def routine_editor(*, refused: bool = False) -> Callable[[Scene], Built]:
    """A new routine of four exercises, the second selected; refused: saved without a name, and told why."""

    def build(scene: Scene) -> Built:
        routines = scene.folder / "routines"
        routines.mkdir(parents=True, exist_ok=True)
        editor = RoutineEditor(load_catalog(routines), routines)
        editor.name_edit.setText("Lunch unknot")
        for exercise_id in EDITOR_EXERCISES:
            if exercise_id in scene.library.exercises:
                editor.add_exercise(exercise_id)
        editor.routine_list.setCurrentRow(1)
        if refused:
            editor.show()
            process_events(4)
            editor.name_edit.clear()
            editor.save()  # refused: no name
        return Built(editor)

    return build


def slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")


GALLERY: dict[str, Callable[[Scene], Built]] = {
    "status-window": status_window,
    "tray-menu": tray_menu(),
    "tray-menu-routines": tray_menu("routines"),
    "tray-menu-pause": tray_menu("pause"),
    "tray-menu-meeting": tray_menu("meeting"),
    "break-prompt": break_prompt,
    "stretch-checkin-before": stretch_checkin_before,
    "stretch-one-side": stretch_one_side,
    "stretch-finished": stretch_finished,
    "checkin": checkin,
    **{f"preferences-{number}-{slug(title)}": preferences_page(title) for number, title in enumerate(PAGES, start=1)},
    **{f"welcome-{number}": welcome_page(number) for number in range(1, WelcomeWindow.STEPS + 1)},
    "about": about,
    "help": help_window,
    "statistics-7-days": statistics(7),
    "statistics-30-days": statistics(30),
    "statistics-30-days-whole": statistics(30, whole=True),
    "routine-editor": routine_editor(),
    "routine-editor-refused": routine_editor(refused=True),
}
"""Each window state by the name of its screenshot, in the order they are taken."""
