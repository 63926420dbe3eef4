"""Render the routine editor in light and dark palettes to PNG files, for looking at.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/editor_screenshots.py [OUT_DIR]

Nothing is written outside OUT_DIR: the routines folder is a temporary one.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import dark_palette, grab, start  # noqa: E402

from knotbreak.core.routine_catalog import load_catalog  # noqa: E402
from knotbreak.qt.routine_editor import RoutineEditor  # noqa: E402

SHARED_FILE = """\
[[routine]]
id = "morning"
name = "Morning"
items = [{ exercise = "upper-back-stretch" }, { exercise = "seated-row", reps = 10 }]

[[routine]]
id = "evening"
name = "Evening"
items = [{ exercise = "embryo-pose" }]
"""


def main() -> None:
    out, app, light = start(sys.argv)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "shared.toml").write_text(SHARED_FILE, "utf-8")
        catalog = load_catalog(folder)
        for theme, palette in (("light", light), ("dark", dark_palette())):
            app.setPalette(palette)

            editor = RoutineEditor(catalog, folder)
            editor.name_edit.setText("Lunch unknot")
            editor.description_edit.setText("Five minutes on the office floor.")
            for exercise_id in ("cat-camel", "thread-the-needle", "childs-pose-side", "embryo-pose"):
                editor.add_exercise(exercise_id)
            editor.routine_list.setCurrentRow(1)
            editor.spins["hold_seconds"].setValue(40)
            editor.set_place("Floor")
            grab(editor, out / f"editor-floor-{theme}.png")
            editor.set_place("All")
            editor.search_edit.setText("chest")
            editor.routine_list.setCurrentRow(2)
            editor.spins["sets"].setValue(3)
            grab(editor, out / f"editor-reps-{theme}.png")
            editor.close()

            empty = RoutineEditor(catalog, folder)
            empty.save()
            grab(empty, out / f"editor-empty-{theme}.png")
            empty.close()

            shared = RoutineEditor(catalog, folder, catalog.custom["morning"])
            shared.routine_list.setCurrentRow(1)
            shared.set_place("Desk")
            shared.save()  # refused: the file holds another routine too
            grab(shared, out / f"editor-error-{theme}.png")
            shared.close()


if __name__ == "__main__":
    main()
