"""Render the routine editor in light and dark palettes to PNG files, for looking at.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/editor_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QStyleFactory

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import dark_palette, grab  # noqa: E402

from knotbreak.core.routine_catalog import load_catalog  # noqa: E402
from knotbreak.qt.routine_editor import RoutineEditor  # noqa: E402


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setStyle(QStyleFactory.create("Fusion"))
    light = app.palette()
    with tempfile.TemporaryDirectory() as folder:
        catalog = load_catalog(Path(folder))
        for theme, palette in (("light", light), ("dark", dark_palette())):
            app.setPalette(palette)

            editor = RoutineEditor(catalog, Path(folder))
            editor.name_edit.setText("Lunch unknot")
            editor.description_edit.setText("Five minutes on the office floor.")
            for exercise_id in ("cat-camel", "thread-the-needle", "childs-pose-side", "embryo-pose"):
                editor.add_exercise(exercise_id)
            editor.routine_list.setCurrentRow(1)
            editor.spins["hold_seconds"].setValue(40)
            editor.set_place("Floor")
            grab(editor, out / f"editor-floor-{theme}.png")
            editor.search_edit.setText("chest")
            editor.routine_list.setCurrentRow(2)
            editor.save()  # name is fine; shows nothing, so force an error view below
            grab(editor, out / f"editor-reps-{theme}.png") if editor.isVisible() else None
            editor.close()

            empty = RoutineEditor(catalog, Path(folder))
            empty.save()
            grab(empty, out / f"editor-empty-{theme}.png")
            empty.name_edit.setText("Desk")
            empty.add_exercise("upper-back-stretch")
            empty.add_exercise("seated-row")
            empty.set_place("Desk")
            empty._show_error("The id 'lunch-unknot' is in mine.toml together with other routines; "
                              "edit that file by hand, or save this routine under another name.")
            grab(empty, out / f"editor-error-{theme}.png")
            empty.close()


if __name__ == "__main__":
    main()
