"""Render KnotBreak's windows in light and dark palettes to PNG files, for looking at.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [OUT_DIR]

A dark desktop theme is simulated with the Fusion style and a dark palette;
under a real desktop the platform theme supplies the palette instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from knotbreak.core.breakloop import BreakLoop
from knotbreak.core.clock import FakeClock
from knotbreak.core.exercises import load_builtin_library
from knotbreak.core.settings import Settings
from knotbreak.qt.actions import AppActions
from knotbreak.qt.app import NO_TRAY_REASON
from knotbreak.qt.prompt import BreakPrompt
from knotbreak.qt.stretch import StretchWindow
from knotbreak.qt.translations import install_translations
from knotbreak.qt.tray import StatusWindow


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2d30", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1f22", QPalette.ColorRole.AlternateBase: "#2b2d30",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#3a3d41",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#1f8a80",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#9a9da3",
        QPalette.ColorRole.ToolTipBase: "#3a3d41", QPalette.ColorRole.ToolTipText: "#e6e6e6",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def grab(widget: QWidget, path: Path) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def start(argv: list[str]) -> tuple[Path, QApplication, QPalette]:
    """The output folder (first argument, default shots/), a Fusion-styled app, and its light palette."""
    out = Path(argv[1] if len(argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(argv[:1])
    app.setStyle(QStyleFactory.create("Fusion"))
    install_translations(app, "en")  # English's plural forms ("7 days"), as run_app installs them
    return out, app, app.palette()


def main() -> None:
    out, app, light = start(sys.argv)
    library = load_builtin_library()
    for theme, palette in (("light", light), ("dark", dark_palette())):
        app.setPalette(palette)
        clock = FakeClock()
        loop = BreakLoop(clock, Settings(max_snoozes=3))
        clock.advance(52 * 60)
        loop.advance()
        prompt = BreakPrompt()
        prompt.render(loop.status(), 10)
        grab(prompt, out / f"prompt-{theme}.png")

        actions = AppActions()
        status_window = StatusWindow(actions, NO_TRAY_REASON)
        actions.update(loop.status())
        status_window.render(loop.status())
        status_window.notify("A break is coming up", "Your stretch break starts in 1 min.")
        grab(status_window, out / f"status-{theme}.png")

        shots = [
            ("desk-reset", 0, 12, "desk-1"),
            ("desk-reset", 5, 8, "desk-arm-circles-right"),
            ("floor-knot-release", 0, 1, "floor-start"),
            ("floor-knot-release", 3, 10, "floor-double-v-right"),
            ("mobility-flow", 0, 1, "mobility-cat-camel"),
            ("mobility-flow", 3, 3, "mobility-rotation"),
        ]
        for routine_id, steps, seconds, name in shots:
            window = StretchWindow(clock, library.routines[routine_id])
            for _ in range(steps):
                window.go_next()
            clock.advance(seconds)
            window.refresh()
            grab(window, out / f"stretch-{name}-{theme}.png")
            window.hide()


if __name__ == "__main__":
    main()
