"""KnotBreak's exercise figures, generated from pose data (standard library only).

    geometry.py   3-D vectors, two-bone IK
    body.py       the skeleton, its proportions and flesh (Body)
    camera.py     orthographic views
    stances.py    standing, sitting, hands and knees, lying...
    figure.py     a Body drawn as shapes: tapered limbs, torso, head with hair, hands, feet
    props.py      chair, door frame, wall, bar, mat, roller, balls, towel, pad, band
    marks.py      target highlights (from exercises.toml's targets) and motion arrows
    poses.py      one function per exercise (EXERCISES)
    svg.py        composing, centring, checking and writing the SVG files the app reads
    shapes.py     SVG elements as data
    style.py      colours and widths, with their contrast reasoning

tools/make_figures.py is the command line.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .body import EXPECTED_LENGTHS, Body
from .marks import REGIONS, merged_regions, region_line
from .poses import EXERCISES
from .svg import DRAFTS, OUT_DIR, SIZE, Drawing, Picture, exercise_table, render_svg
from .svg import build_all as _build_all
from .svg import write_all as _write_all


def build_all(only: Sequence[str] | None = None) -> dict[str, Picture]:
    """Every exercise's picture, in exercises.toml's order (drafts last)."""
    return _build_all(EXERCISES, only)


def write_all(out: Path = OUT_DIR) -> list[Path]:
    return _write_all(EXERCISES, out)


__all__ = [
    "DRAFTS", "EXERCISES", "EXPECTED_LENGTHS", "OUT_DIR", "REGIONS", "SIZE", "Body", "Drawing", "Picture",
    "build_all", "exercise_table", "merged_regions", "region_line", "render_svg", "write_all",
]
