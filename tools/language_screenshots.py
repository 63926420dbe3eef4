"""Render every KnotBreak window in every translation, light and dark, to look for clipped or overlapping text.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/language_screenshots.py [OUT_DIR] [--languages pseudo,de] [--large-text]

For each language (default: pseudo, de and es) and each palette (light, dark) it writes
OUT_DIR/<language>-<palette>/<window>.png (OUT_DIR defaults to shots/languages, which git
ignores), then one contact sheet of them all, OUT_DIR/contact-<language>-<palette>.png.
"pseudo" is the made-up language: every text accented, about 40 % longer and in [brackets],
so a text cut short has lost its closing bracket and an untranslated one is plain ASCII.

Windows are drawn with the Fusion style on one 1920x1080 offscreen screen (unless
QT_QPA_PLATFORM already names a configuration) at their default size, as the app opens them.
The language is installed before each window is built and removed before the next
language; settings, routines and history live in a temporary folder, never the user's.
--large-text sets the application font to 20 pt (the large-text accessibility setting).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
DEFAULT_OUT = ROOT / "shots" / "languages"
LANGUAGES = ("pseudo", "de", "es")
SCREEN = {"name": "shots", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96}
LARGE_TEXT_POINTS = 20
SHEET_COLUMNS = 4
SHEET_CELL = 560
"""The widest a window is drawn on a contact sheet (px); the PNG beside it has every pixel."""
SHEET_LABEL = 22
SHEET_GAP = 12

if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))


def configure_platform(folder: Path) -> None:
    """Offscreen on a desktop-sized screen, quiet about what the offscreen platform cannot do, and per-user folders in folder."""
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    if platform == "offscreen":
        config = folder / "offscreen.json"
        config.write_text(json.dumps({"screens": [SCREEN]}), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"):
        path = folder / name.lower()
        path.mkdir(mode=0o700, exist_ok=True)
        os.environ[name] = str(path)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT, help="where to write the PNGs (default shots/languages)")
    parser.add_argument("--languages", default=",".join(LANGUAGES), help="comma-separated: pseudo, de, es (default all three)")
    parser.add_argument("--large-text", action="store_true", help=f"the application font at {LARGE_TEXT_POINTS} pt")
    args = parser.parse_args(list(argv))
    args.languages = [code.strip() for code in args.languages.split(",") if code.strip()]
    unknown = [code for code in args.languages if code not in LANGUAGES]
    if unknown:
        parser.error(f"unknown language(s) {', '.join(unknown)}; choose from {', '.join(LANGUAGES)}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="knotbreak-language-shots-") as name:
        configure_platform(Path(name))
        for sheet in take_screenshots(args.out, args.languages, args.large_text, Path(name)):
            print(f"contact sheet {sheet}")
    print(f"screenshots in {args.out}")
    return 0


def take_screenshots(out: Path, languages: Sequence[str], large_text: bool, scratch: Path) -> list[Path]:
    """Every window for every language and palette; the contact sheets written."""
    # Qt and the app are imported only now, once the platform and the folders are configured.
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QStyleFactory
    from screenshots import dark_palette

    from knotbreak.qt import stats_window
    from knotbreak.qt.translations import install_translations

    def quiet_offscreen(kind: QtMsgType, context: object, message: str) -> None:
        if not message.startswith("This plugin does not support"):
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet_offscreen)
    app = QApplication.instance() or QApplication(["knotbreak"])
    assert isinstance(app, QApplication)
    app.setApplicationName("KnotBreak")
    app.setStyle(QStyleFactory.create("Fusion"))
    if large_text:
        font = QFont(app.font())
        font.setPointSize(LARGE_TEXT_POINTS)
        app.setFont(font)
    light = app.style().standardPalette()
    sheets = []
    for language in languages:
        for theme, palette in (("light", light), ("dark", dark_palette())):
            app.setPalette(palette)
            folder = out / f"{language}-{theme}"
            folder.mkdir(parents=True, exist_ok=True)
            # The statistics' exercise names are read once per process: read them again in this language.
            stats_window._exercise_names.cache_clear()
            translations = install_translations(app, language)
            try:
                shots = list(render_windows(app, folder, scratch / f"{language}-{theme}"))
            finally:
                translations.remove()
                settle(app)
            sheet = out / f"contact-{language}-{theme}.png"
            contact_sheet(shots, palette, f"{language}, {theme}" + (", large text" if large_text else ""), sheet)
            sheets.append(sheet)
    return sheets


def settle(app: object) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def render_windows(app: object, folder: Path, scratch: Path) -> Iterator[Path]:
    """Each window in the installed language, shown at its default size and saved as folder/<window>.png."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QWidget
    from stats_screenshots import sample_statistics

    from knotbreak.core.breakloop import BreakLoop, State
    from knotbreak.core.clock import FakeClock
    from knotbreak.core.exercises import load_builtin_library
    from knotbreak.core.paths import Paths
    from knotbreak.core.routine_catalog import load_catalog
    from knotbreak.core.routine_runner import expand
    from knotbreak.core.settings import Settings
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
    from knotbreak.qt.tray import StatusWindow
    from knotbreak.qt.welcome import WelcomeWindow

    scratch.mkdir(parents=True, exist_ok=True)
    paths = Paths.for_user()
    library = load_builtin_library()

    def grab(widget: QWidget, name: str) -> Path:
        if not widget.isVisible():
            widget.show()
        for _ in range(4):
            QApplication.processEvents()
        path = folder / f"{name}.png"
        widget.grab().save(str(path))
        print(path)
        return path

    @contextmanager
    def built(widget: QWidget) -> Iterator[QWidget]:
        try:
            yield widget
        finally:
            widget.close()
            widget.deleteLater()
            settle(app)

    def no_open(_url: object) -> bool:
        return True

    clock = FakeClock()

    # The status window (no tray), in the middle of a working stretch.
    working = BreakLoop(clock, Settings())
    clock.advance(23 * 60)
    working.advance()
    assert working.status().state is State.WORKING
    actions = AppActions()
    actions.set_routines([(r.id, r.name, sum(s.seconds for s in expand(r)) / 60, True) for r in library.routines.values()])
    actions.update(working.status())
    with built(StatusWindow(actions, translated("KnotBreakApp", NO_TRAY_REASON))) as status_window:
        assert isinstance(status_window, StatusWindow)
        status_window.render(working.status(), {"idle_source": "x11"})
        yield grab(status_window, "status-window")

    # The tray menu, and its submenus.
    due = BreakLoop(clock, Settings(max_snoozes=3))
    clock.advance(52 * 60)
    due.advance()
    actions.update(due.status())
    menu = actions.build_menu()
    for name, shown in (("tray-menu", menu), ("tray-menu-routines", actions.routines_menu),
                        ("tray-menu-pause", actions.pause_menu), ("tray-menu-meeting", actions.meeting_menu)):
        shown.popup(QPoint(20, 20))
        yield grab(shown, name)
        shown.hide()
    menu.deleteLater()
    actions.deleteLater()
    settle(app)

    # The break prompt, after 52 minutes of sitting.
    with built(BreakPrompt()) as prompt:
        assert isinstance(prompt, BreakPrompt)
        prompt.render(due.status(), Settings().snooze_minutes)
        yield grab(prompt, "break-prompt")

    # The stretch window: the before-check-in, an exercise done on each side (mid-way, right side), the finished page.
    desk = library.routines["desk-reset"]
    with built(StretchWindow(clock, desk, ask_tension=True)) as stretch:
        yield grab(stretch, "stretch-checkin-before")
    sided = next(r for r in library.routines.values() if any(item.exercise.sides == "each" for item in r.items))
    with built(StretchWindow(clock, sided, ask_tension=True)) as stretch:
        assert isinstance(stretch, StretchWindow)
        stretch.checkin_before.hide()
        stretch.show()
        while stretch.runner.current.exercise.sides != "each":
            stretch.go_next()
        stretch.go_next()  # the second side
        clock.advance(7)
        stretch.refresh()
        yield grab(stretch, "stretch-one-side")
        for _ in range(200):
            if stretch.checkin_after.isVisible():
                break
            stretch.go_next()
        yield grab(stretch, "stretch-finished")

    # The tension check-in on its own.
    question = translated("StretchWindow", "Before you start: how tight is your upper back?")
    with built(CheckIn(question)) as checkin:
        checkin.resize(checkin.sizeHint().expandedTo(checkin.minimumSizeHint()))
        yield grab(checkin, "checkin")

    # Preferences: every page.
    from app_screenshots import SampleServices

    services = SampleServices(settings_path=scratch / "settings.toml", history_path=scratch / "history.sqlite3")
    services.exercise_name = lambda exercise_id: library.exercises[exercise_id].name if exercise_id in library.exercises else exercise_id  # type: ignore[method-assign]
    with built(PreferencesWindow(Settings(), services)) as preferences:
        assert isinstance(preferences, PreferencesWindow)
        preferences.show()
        for number, title in enumerate(preferences.pages, start=1):
            preferences.show_page(title)
            yield grab(preferences, f"preferences-{number}-{slug(title)}")

    # The welcome wizard: every page.
    class Autostart:
        supported = True
        where = str(paths.config_dir.parent / "autostart" / "knotbreak.desktop")

        def enabled(self) -> bool:
            return False

        def set_enabled(self, on: bool) -> None:
            pass

    with built(WelcomeWindow(Settings(), Autostart())) as welcome:
        assert isinstance(welcome, WelcomeWindow)
        welcome.show()
        for number in range(1, len(welcome.pageIds()) + 1):
            yield grab(welcome, f"welcome-{number}")
            welcome.next()

    with built(AboutDialog(paths, open_url=no_open)) as about:
        yield grab(about, "about")

    with built(HelpWindow(open_url=no_open)) as help_window:
        yield grab(help_window, "help")

    with built(StatisticsWindow(sample_statistics, export=lambda path: 0)) as statistics:
        assert isinstance(statistics, StatisticsWindow)
        statistics.show()
        yield grab(statistics, "statistics-7-days")
        statistics.set_period(30)
        yield grab(statistics, "statistics-30-days")
        statistics.resize(statistics.width(), statistics.content.sizeHint().height() + 4)
        yield grab(statistics, "statistics-30-days-whole")

    routines = scratch / "routines"
    routines.mkdir(exist_ok=True)
    with built(RoutineEditor(load_catalog(routines), routines)) as editor:
        assert isinstance(editor, RoutineEditor)
        editor.name_edit.setText("Lunch unknot")
        for exercise_id in ("cat-camel", "thread-the-needle", "childs-pose-side", "embryo-pose"):
            if exercise_id in library.exercises:
                editor.add_exercise(exercise_id)
        editor.routine_list.setCurrentRow(1)
        yield grab(editor, "routine-editor")
        editor.name_edit.clear()
        editor.save()  # refused: no name
        yield grab(editor, "routine-editor-refused")


def slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")


def contact_sheet(shots: Sequence[Path], palette: object, title: str, target: Path) -> None:
    """The windows side by side, SHEET_COLUMNS a row, each scaled to at most SHEET_CELL wide and named under it."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFont, QImage, QPainter, QPalette

    assert isinstance(palette, QPalette)
    images = [(path.stem, QImage(str(path))) for path in shots]
    scaled = [(name, image if image.width() <= SHEET_CELL else image.scaledToWidth(SHEET_CELL, Qt.TransformationMode.SmoothTransformation))
              for name, image in images]
    rows = [scaled[i : i + SHEET_COLUMNS] for i in range(0, len(scaled), SHEET_COLUMNS)]
    heights = [max(image.height() for _, image in row) + SHEET_LABEL + SHEET_GAP for row in rows]
    width = SHEET_COLUMNS * (SHEET_CELL + SHEET_GAP) + SHEET_GAP
    height = SHEET_LABEL + SHEET_GAP + sum(heights) + SHEET_GAP
    sheet = QImage(width, height, QImage.Format.Format_ARGB32)
    sheet.fill(palette.color(QPalette.ColorRole.Window).darker(115))
    painter = QPainter(sheet)
    font = QFont()
    font.setPixelSize(15)
    painter.setFont(font)
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    painter.drawText(QRectF(SHEET_GAP, SHEET_GAP / 2, width, SHEET_LABEL), Qt.AlignmentFlag.AlignVCenter, title)
    y = SHEET_LABEL + SHEET_GAP
    for row, row_height in zip(rows, heights, strict=True):
        for column, (name, image) in enumerate(row):
            x = SHEET_GAP + column * (SHEET_CELL + SHEET_GAP)
            painter.drawText(QRectF(x, y, SHEET_CELL, SHEET_LABEL), Qt.AlignmentFlag.AlignVCenter, name)
            painter.drawImage(x, y + SHEET_LABEL, image)
        y += row_height
    painter.end()
    sheet.save(str(target))


if __name__ == "__main__":
    sys.exit(main())
