"""The screenshots the AppStream metainfo shows (packaging/linux/screenshots/), taken from the app's own windows.

    .venv/bin/python tools/app_screenshots.py [OUT_DIR]      (default packaging/linux/screenshots)

Renders offscreen, on a 1920x1080 screen at twice the usual pixel density so
the pictures stay sharp when software centres scale them, in Qt's Fusion style
with its light palette. Each window is in a state someone would see on an
ordinary working day: the break prompt after 52 minutes of sitting, the desk
routine half way through an exercise, a month of statistics (the sample data
of tools/stats_screenshots.py) and the first page of Preferences. Nothing is
written outside OUT_DIR (settings and history go to a temporary folder), except
that writing to the default folder also updates the width and height of each
screenshot in the metainfo, packaging/linux/org.knotbreak.KnotBreak.metainfo.xml.
"""

from __future__ import annotations

import json
import os
import re
import struct
import sys
import tempfile
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
OUT = ROOT / "packaging" / "linux" / "screenshots"
METAINFO = ROOT / "packaging" / "linux" / "org.knotbreak.KnotBreak.metainfo.xml"
SCALE = 2
# In device pixels: with QT_SCALE_FACTOR=SCALE the app sees a 1920x1080 screen. (The offscreen
# platform takes a "dpr" here too, but QWidget.grab() ignores it.)
SCREEN = {"name": "screenshot", "x": 0, "y": 0, "width": 1920 * SCALE, "height": 1080 * SCALE, "logicalDpi": 96}
STRETCH_ROUTINE, STRETCH_EXERCISE = "desk-reset", "upper-back-stretch"
SHOTS = ("stretch.png", "prompt.png", "statistics.png", "preferences.png")
"""The files written, in the metainfo's order."""


def configure_platform(folder: Path) -> None:
    """Offscreen, on one large high-density screen (the offscreen platform's default is a small one)."""
    config = folder / "offscreen.json"
    config.write_text(json.dumps({"screens": [SCREEN]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = str(SCALE)
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[name] = str(folder / name.lower())


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="knotbreak-shots-") as name:
        configure_platform(Path(name))
        take_screenshots(out)
    if out.resolve() == OUT.resolve():
        update_metainfo(METAINFO, out)
    return 0


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header (IHDR, the first chunk)."""
    width, height = struct.unpack(">II", path.read_bytes()[16:24])
    return width, height


def update_metainfo(metainfo: Path, folder: Path) -> None:
    """The width and height of each <image> whose URL ends in one of the screenshots, as the files are now."""
    text = metainfo.read_text(encoding="utf-8")
    for name in SHOTS:
        width, height = png_size(folder / name)
        pattern = re.compile(r'(<image type="source") width="\d+" height="\d+"(>[^<]*/' + re.escape(name) + "</image>)")
        text, count = pattern.subn(rf'\1 width="{width}" height="{height}"\2', text)
        if count != 1:
            raise SystemExit(f"{metainfo} has {count} <image> elements for {name}, not one")
    metainfo.write_text(text, encoding="utf-8")
    print(metainfo)


def take_screenshots(out: Path) -> None:
    # Qt is imported only now, once the platform is configured.
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

    from knotbreak.core.breakloop import BreakLoop
    from knotbreak.core.clock import FakeClock
    from knotbreak.core.exercises import load_builtin_library
    from knotbreak.core.settings import Settings
    from knotbreak.qt.preferences import PreferencesWindow
    from knotbreak.qt.prompt import BreakPrompt
    from knotbreak.qt.stats_window import StatisticsWindow
    from knotbreak.qt.stretch import StretchWindow
    from knotbreak.qt.translations import install_translations

    sys.path.insert(0, str(TOOLS))
    from stats_screenshots import sample_statistics
    from window_gallery import SampleServices

    def quiet_offscreen(kind: QtMsgType, context: object, message: str) -> None:
        if not message.startswith("This plugin does not support"):
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet_offscreen)
    app = QApplication(["knotbreak"])
    app.setApplicationName("KnotBreak")
    install_translations(app, "en")  # English's plural forms ("7 days"), as run_app installs them
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(app.style().standardPalette())

    def grab(widget: QWidget, name: str) -> None:
        widget.show()
        for _ in range(3):
            app.processEvents()
        path = out / name
        widget.grab().save(str(path))
        print(path)

    clock = FakeClock()
    library = load_builtin_library()

    # The quick desk routine, 9 seconds into its upper-back stretch.
    stretch = StretchWindow(clock, library.routines[STRETCH_ROUTINE])
    while stretch.runner.current.exercise.id != STRETCH_EXERCISE:
        stretch.go_next()
    clock.advance(9)
    stretch.refresh()
    grab(stretch, SHOTS[0])
    stretch.close()

    loop = BreakLoop(clock, Settings())
    clock.advance(52 * 60)
    loop.advance()
    prompt = BreakPrompt()
    prompt.render(loop.status(), Settings().snooze_minutes)
    grab(prompt, SHOTS[1])
    prompt.close()

    statistics = StatisticsWindow(sample_statistics, export=lambda path: 0)
    statistics.set_period(30)
    grab(statistics, SHOTS[2])
    statistics.close()

    preferences = PreferencesWindow(Settings(), SampleServices())
    grab(preferences, SHOTS[3])
    preferences.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
