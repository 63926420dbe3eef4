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
    from window_gallery import install_language, remove_language

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
            translations = install_language(app, language)
            try:
                shots = list(render_windows(folder, scratch / f"{language}-{theme}"))
            finally:
                remove_language(translations)
                settle()
            sheet = out / f"contact-{language}-{theme}.png"
            contact_sheet(shots, palette, f"{language}, {theme}" + (", large text" if large_text else ""), sheet)
            sheets.append(sheet)
    return sheets


def settle() -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from window_gallery import process_events

    process_events(3)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def render_windows(folder: Path, scratch: Path) -> Iterator[Path]:
    """Each window of tools/window_gallery.py in the installed language, shown at its default size and saved as folder/<window>.png."""
    from window_gallery import GALLERY, Scene, process_events

    scratch.mkdir(parents=True, exist_ok=True)
    scene = Scene(scratch)  # one clock for all: each window a little later than the one before
    for name, build in GALLERY.items():
        built = build(scene)
        widget = built.widget
        try:
            if not widget.isVisible():
                widget.show()
            process_events(4)
            path = folder / f"{name}.png"
            widget.grab().save(str(path))
            print(path)
            yield path
        finally:
            widget.close()
            widget.deleteLater()
            del built
            settle()


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
