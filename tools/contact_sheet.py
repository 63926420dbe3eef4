#!/usr/bin/env python3
"""Render every exercise figure for review, the way the app shows it, into one PNG per palette.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/contact_sheet.py [--out DIR] [--svg DIR] [--only ID ...]

One row per exercise: each keyframe of the figure (a moving exercise's key positions; a still
hold has one), for exercises done on both sides (sides "each" or "alternating") once as the
left side and once mirrored as the right side, as the stretch window does.  Every cell is
painted by the app's own FigureView (knotbreak/qt/figure_view.py: its card, its mirroring,
its SVG renderer), with the palettes the tests check windows in (tests/palettes.py).

Writes DIR/contact-sheet-light.png and DIR/contact-sheet-dark.png (DIR defaults to
shots/figures, which git ignores).  --svg reads the figures from another folder than
assets/exercises (e.g. a fresh `tools/make_figures.py --out`).
"""

from __future__ import annotations

import argparse
import os
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(Path(__file__).resolve().parent)]

import palettes  # noqa: E402  (tests/palettes.py)
from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QFont, QImage, QPainter, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from knotbreak.core.figure import Figure  # noqa: E402
from knotbreak.qt import figure_view  # noqa: E402
from knotbreak.qt.figure_view import FigureView  # noqa: E402

DEFAULT_OUT = ROOT / "shots" / "figures"
FIGURES = ROOT / "assets" / "exercises"
CELL = 240
LABEL = 18
GAP = 8


def exercise_rows(only: Sequence[str] | None = None) -> list[tuple[str, str, bool]]:
    """(id, sides, moves) of each exercise in exercises.toml's order, then drafts not in it yet."""
    with (ROOT / "knotbreak" / "data" / "exercises.toml").open("rb") as fh:
        table = tomllib.load(fh)["exercise"]
    rows = [(str(ex["id"]), str(ex["sides"]), bool(ex["moves"])) for ex in table]
    from figures.svg import DRAFTS

    known = {r[0] for r in rows}
    rows += [(ex_id, str(meta["sides"]), bool(meta["moves"])) for ex_id, meta in DRAFTS.items() if ex_id not in known]
    return [r for r in rows if only is None or r[0] in only]


def use_figures_from(folder: Path) -> None:
    """Have FigureView read the SVGs from a folder instead of the compiled Qt resources."""

    def load(exercise_id: str) -> Figure | None:
        path = folder / f"{exercise_id}.svg"
        return Figure(path.read_text(encoding="utf-8")) if path.is_file() else None

    figure_view.load_figure = load  # type: ignore[assignment]


def cells(ex_id: str, sides: str, folder: Path) -> list[tuple[str, float, bool]]:
    """(label, keyframe position, mirrored) for every picture of one exercise."""
    figure = Figure((folder / f"{ex_id}.svg").read_text(encoding="utf-8"))
    mirrored = [False, True] if sides in ("each", "alternating") else [False]
    out = []
    for mirror in mirrored:
        for k in range(figure.keyframes):
            side = ("right" if mirror else "left") if len(mirrored) > 1 else ""
            out.append((" ".join(x for x in (f"kf{k}", side) if x), float(k), mirror))
    return out


def render(palette_name: str, rows: list[tuple[str, str, bool]], folder: Path, cell: int) -> QImage:
    palette = palettes.apply(palette_name)
    view = FigureView()
    view.setPalette(palette)
    view.resize(cell, cell)
    plan = [(ex_id, cells(ex_id, sides, folder)) for ex_id, sides, _ in rows]
    columns = max(len(c) for _, c in plan)
    width = columns * (cell + GAP) + GAP
    height = len(plan) * (cell + 2 * LABEL + GAP) + GAP
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(13)
    painter.setFont(font)
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    y = GAP
    for ex_id, row in plan:
        painter.drawText(QRectF(GAP, y, width - 2 * GAP, LABEL), Qt.AlignmentFlag.AlignVCenter, ex_id)
        for i, (label, position, mirrored) in enumerate(row):
            x = GAP + i * (cell + GAP)
            view.set_pose(ex_id, position, mirrored)
            painter.drawImage(x, y + LABEL, view.grab().toImage())
            painter.drawText(QRectF(x, y + LABEL + cell, cell, LABEL), Qt.AlignmentFlag.AlignCenter, label)
        y += cell + 2 * LABEL + GAP
    painter.end()
    view.deleteLater()
    return image


def main(argv: Sequence[str] | None = None) -> list[Path]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the PNGs")
    parser.add_argument("--svg", type=Path, default=FIGURES, help="where the figures are")
    parser.add_argument("--only", nargs="+", metavar="ID", help="just these exercises")
    parser.add_argument("--cell", type=int, default=CELL, help="the size of each figure, px")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    use_figures_from(args.svg)
    rows = exercise_rows(args.only)
    args.out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in ("light", "dark"):
        image = render(name, rows, args.svg, args.cell)
        suffix = "" if not args.only else "-" + "-".join(args.only)[:60]
        path = args.out / f"contact-sheet-{name}{suffix}.png"
        image.save(str(path))
        written.append(path)
    del app
    return written


if __name__ == "__main__":
    for written_path in main():
        print(f"wrote {written_path}")
