"""From poses to SVG files: the highlight and arrows added to every keyframe, the floor and
the mat, everything centred on the 240 px canvas, and the file the app reads.

The file's contract with the app (knotbreak/core/figure.py, knotbreak/qt/figure_view.py):
- a 240 x 240 viewBox; a static <g id="scene"> first, then <g id="kf0">, <g id="kf1">, ...
- keyframe groups hold flat elements (line, circle, ellipse, polyline, path with absolute
  M/L/Q/C) that match one for one across keyframes and differ only in their numbers, which
  the app interpolates;
- colours are fixed (the app picks a card the ink stands out on; it never recolours);
- the app mirrors the whole picture for the right side, so nothing may depend on direction
  (no text).
- Marks carry a class the app ignores: "target target-<id>..." on the highlight's elements,
  "motion" on the arrows'.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .body import NEAR, Body
from .camera import Camera
from .geometry import PoseError, v
from .marks import Arrow, arrow_marks, target_marks
from .props import floor_line, mat
from .shapes import Shape, smooth_path
from .style import PROP_FILL, PROP_STROKE

ROOT = Path(__file__).resolve().parents[2]
EXERCISES_TOML = ROOT / "knotbreak" / "data" / "exercises.toml"
OUT_DIR = ROOT / "assets" / "exercises"

SIZE = 240
MARGIN = 6  # nothing may be drawn closer than this to the canvas edge


@dataclass
class Drawing:
    """What a pose function returns: the camera, the static props, and per keyframe the
    figure's elements (with any moving props) and the body they were drawn from.

    ground: "floor" (a floor line), "mat" (a mat under the body, then the floor) or "none".
    arrows: the motion arrows of each keyframe (the same number and kind in each).
    target_side: which side a "shoulders", "rear-delts" or "lats" target means (or one per keyframe).
    mat_span: for "mat", the mat's extent (x0, x1, z0, z1) in world units; default: under the bodies.
    """

    camera: Camera
    scene: list[Shape]
    frames: list[list[Shape]]
    bodies: list[Body]
    ground: str = "floor"
    arrows: list[list[Arrow]] = field(default_factory=list)
    target_side: str | list[str] = NEAR
    mat_span: tuple[float, float, float, float] | None = None
    overlay: list[list[Shape]] = field(default_factory=list)
    """Elements drawn over the highlight in each keyframe (a prop in front of the body)."""


@dataclass
class Picture:
    """A composed figure: scene and keyframes in canvas coordinates; bodies, camera and the
    offset that centred it, so a pose's world points can be found on the canvas."""

    id: str
    scene: list[Shape]
    frames: list[list[Shape]]
    bodies: list[Body]
    camera: Camera
    offset: tuple[float, float] = (0.0, 0.0)
    target_side: list[str] = field(default_factory=list)

    def to_canvas(self, p: tuple[float, float, float]) -> tuple[float, float]:
        x, y = self.camera(p)
        return (x + self.offset[0], y + self.offset[1])


def union(boxes: Sequence[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def body_points(body: Body) -> list[tuple[float, float, float]]:
    pts = [body.pelvis, body.chest, body.head]
    for limb in (*body.arm.values(), *body.leg.values()):
        pts.extend(limb)
    return pts


def ground_shapes(drawing: Drawing) -> list[Shape]:
    """The mat and the floor line (world coordinates through the camera)."""
    cam = drawing.camera
    pts = [p for b in drawing.bodies for p in body_points(b)]
    x0, x1 = min(p[0] for p in pts) - 14, max(p[0] for p in pts) + 14
    shapes: list[Shape] = []
    if drawing.ground == "mat":
        z1 = max(abs(p[2]) for p in pts) + 16
        span = drawing.mat_span or (x0, x1, -max(z1, 30.0), max(z1, 30.0))
        shapes += mat(cam, *span)
        if cam.pitch == 0:
            shapes.append(floor_line(cam, span[0] - 10, span[1] + 10, -4.0))
    elif drawing.ground == "floor" and cam.pitch == 0:
        shapes.append(floor_line(cam, x0 - 10, x1 + 10))
    elif drawing.ground == "floor":  # seen from above: a patch of floor under the feet
        feet = [p for b in drawing.bodies for leg in b.leg.values() for p in leg[2:]]
        cx = (min(p[0] for p in feet) + max(p[0] for p in feet)) / 2
        cz = (min(p[2] for p in feet) + max(p[2] for p in feet)) / 2
        rx = (max(p[0] for p in feet) - min(p[0] for p in feet)) / 2 + 22
        rz = (max(p[2] for p in feet) - min(p[2] for p in feet)) / 2 + 22
        ring = [cam(v(cx + rx * math.cos(a), 0, cz + rz * math.sin(a))) for a in (2 * math.pi * i / 32 for i in range(32))]
        shapes.append(Shape("path", [("d", smooth_path(ring, closed=True)), ("fill", PROP_FILL), ("fill-opacity", "0.35"),
                                     ("stroke", PROP_STROKE), ("stroke-width", "1.5")]))
    return shapes


def compose(ex_id: str, drawing: Drawing, targets: Sequence[str]) -> Picture:
    """Add the highlight, the arrows, the mat and the floor, and centre everything on the canvas."""
    frames: list[list[Shape]] = []
    for i, (shapes, body) in enumerate(zip(drawing.frames, drawing.bodies)):
        frame = list(shapes)
        side = drawing.target_side if isinstance(drawing.target_side, str) else drawing.target_side[i]
        frame += target_marks(drawing.camera, body, targets, side)
        if drawing.overlay:
            frame += drawing.overlay[i]
        for arrow in drawing.arrows[i] if drawing.arrows else []:
            frame += arrow_marks(arrow)
        frames.append(frame)
    ground = ground_shapes(drawing)
    scene_in = ground + drawing.scene
    boxes = [s.bounds() for s in scene_in] + [s.bounds() for f in frames for s in f]
    full = union(boxes)
    dx = round((SIZE - (full[0] + full[2])) / 2 * 2) / 2
    dy = round((SIZE - (full[1] + full[3])) / 2 * 2) / 2
    scene = [s.moved(dx, dy) for s in scene_in]
    moved = [[s.moved(dx, dy) for s in f] for f in frames]
    final = union([s.bounds() for s in scene] + [s.bounds() for f in moved for s in f])
    if final[0] < MARGIN - 0.01 or final[1] < MARGIN - 0.01 or final[2] > SIZE - MARGIN + 0.01 or \
            final[3] > SIZE - MARGIN + 0.01:
        raise PoseError(f"{ex_id}: drawing does not fit the canvas: {tuple(round(x, 1) for x in final)}")
    sides = [drawing.target_side] * len(frames) if isinstance(drawing.target_side, str) else list(drawing.target_side)
    return Picture(ex_id, scene, moved, drawing.bodies, drawing.camera, (dx, dy), sides)


def render_svg(pic: Picture) -> str:
    lines = [
        "<!-- Generated by tools/make_figures.py from its pose data (tools/figures/poses.py); edit that, not this file. -->",
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'viewBox="0 0 {SIZE} {SIZE}" width="{SIZE}" height="{SIZE}">',
        '  <g id="scene">',
    ]
    lines += [f"    {s.svg()}" for s in pic.scene]
    lines.append("  </g>")
    for i, frame in enumerate(pic.frames):
        lines.append(f'  <g id="kf{i}">')
        lines += [f"    {s.svg()}" for s in frame]
        lines.append("  </g>")
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def load_exercises() -> list[dict[str, object]]:
    with EXERCISES_TOML.open("rb") as fh:
        return list(tomllib.load(fh)["exercise"])


DRAFTS: dict[str, dict[str, object]] = {
    "seated-eagle-arm-circles": {"id": "seated-eagle-arm-circles", "moves": True, "sides": "each",
                                 "targets": ["upper-back", "rhomboids"]},
    "medicine-ball-toss": {"id": "medicine-ball-toss", "moves": True, "sides": "each",
                           "targets": ["trapezius", "lats", "erector-spinae", "rhomboids"]},
}
"""Exercises being added to exercises.toml: drawn with this stand-in metadata until their
entries land there (the entry in exercises.toml wins once it exists)."""


def exercise_table() -> list[dict[str, object]]:
    """exercises.toml's exercises, then any draft not in it yet."""
    table = load_exercises()
    known = {str(ex["id"]) for ex in table}
    return table + [meta for ex_id, meta in DRAFTS.items() if ex_id not in known]


def build_all(poses: dict[str, Callable[[], Drawing]], only: Sequence[str] | None = None) -> dict[str, Picture]:
    """Every exercise (in exercises.toml's order), checked against the pose rules."""
    pictures: dict[str, Picture] = {}
    for ex in exercise_table():
        ex_id = str(ex["id"])
        if only is not None and ex_id not in only:
            continue
        if ex_id not in poses:
            raise SystemExit(f"no pose for exercise {ex_id!r}")
        drawing = poses[ex_id]()
        targets = [str(t) for t in ex["targets"]]  # type: ignore[attr-defined]
        pic = compose(ex_id, drawing, targets)
        moves = bool(ex["moves"])
        if (len(pic.frames) >= 2) != moves:
            raise PoseError(f"{ex_id}: moves={moves} needs {'at least 2' if moves else 'exactly 1'} keyframes, "
                            f"has {len(pic.frames)}")
        if moves and not any(drawing.arrows):
            raise PoseError(f"{ex_id}: a moving exercise needs a motion arrow")
        for i, body in enumerate(pic.bodies):
            low, part = body.lowest()
            if low < -0.6:
                raise PoseError(f"{ex_id} kf{i}: {part} sinks {-low:.1f} px into the floor")
        shapes = [[(s.tag, [n for n, _ in s.attrs]) for s in f] for f in pic.frames]
        if any(s != shapes[0] for s in shapes[1:]):
            raise PoseError(f"{ex_id}: keyframes differ in more than their numbers")
        pictures[ex_id] = pic
    return pictures


def write_all(poses: dict[str, Callable[[], Drawing]], out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for ex_id, pic in build_all(poses).items():
        path = out / f"{ex_id}.svg"
        path.write_text(render_svg(pic), encoding="utf-8", newline="\n")
        written.append(path)
    return written


def world_floor(cam: Camera) -> float:
    return cam(v(0, 0))[1]
