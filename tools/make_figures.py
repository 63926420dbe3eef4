#!/usr/bin/env python3
"""Generate KnotBreak's exercise illustrations from pose data.

    python tools/make_figures.py                  # (re)write assets/exercises/<id>.svg
    python tools/make_figures.py --out DIR        # write the SVGs somewhere else
    QT_QPA_PLATFORM=offscreen python tools/make_figures.py --preview DIR
                                                  # also render PNGs and contact sheets (PySide6)

How it works
------------
Every picture is drawn from one stick-figure skeleton with fixed segment lengths
(``Body``).  Poses are built in 3-D world coordinates -- x forward, y up, z toward
the viewer, floor at y = 0, 1 unit = 1 px of the 240 px canvas -- from a torso
(pelvis, spine direction, rounding, twist, nod) plus limbs placed by two-bone
inverse kinematics: a hand or foot is put exactly where it rests (floor, chair,
post...) and the elbow or knee is solved, so limbs never change length and
contacts are exact.  A ``Camera`` (yaw/pitch, orthographic) projects the 3-D
pose to the picture: a side view for most exercises (sometimes turned a little
so a limb that points toward the viewer shows), a front view for the standing
twists, and a three-quarter view from in front and above, onto the mat, for the
child's-pose side reach, whose sideways walk of the hands a side view cannot show.

Each exercise is one function (see EXERCISES at the bottom) that returns the
static props (``scene``) and one element list per keyframe.  All keyframes of a
file are built by the same code path, so they hold the same elements in the same
order and differ only in numbers -- the app interpolates between them.

Only the standard library is used, except for ``--preview`` (PySide6).
"""

from __future__ import annotations

import argparse
import math
import sys
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXERCISES_TOML = ROOT / "knotbreak" / "data" / "exercises.toml"
OUT_DIR = ROOT / "assets" / "exercises"

SIZE = 240
MARGIN = 6  # nothing may be drawn closer than this to the canvas edge

# ---------------------------------------------------------------------------
# Colours and strokes
# ---------------------------------------------------------------------------

ACCENT = "#1f8a80"  # body, head and near-side limbs
FAR = "#6fb5ad"  # far-side limbs, drawn behind the body
PROP_STROKE = "#8a8f98"
PROP_FILL = "#b9bec6"
PROP_FILL_OPACITY = "0.45"

LIMB_W = 13.0
TORSO_W = 18.0
NECK_W = 11.0
PROP_W = 3.0

# ---------------------------------------------------------------------------
# Skeleton proportions (px).  Roughly human proportions for a 186 px tall figure.
# ---------------------------------------------------------------------------

HEAD_R = 14.0
NECK = 7.0  # shoulder centre to the bottom of the head
TORSO = 60.0  # pelvis to shoulder centre, measured along the (possibly curved) spine
SHOULDER_HALF = 14.0
HIP_HALF = 8.0
UPPER_ARM = 32.0
FOREARM = 33.0  # elbow to the middle of the hand
THIGH = 48.0
SHIN = 44.0
FOOT = 13.0  # ankle to toes
ARM = UPPER_ARM + FOREARM
LEG = THIGH + SHIN
R = LIMB_W / 2  # a limb resting on a surface has its centre line this far above it
TORSO_R = TORSO_W / 2
STRAIGHT = 0.995  # "straight" limbs keep a hint of bend so the elbow/knee position is defined

# ---------------------------------------------------------------------------
# Small 3-D vector helpers (tuples)
# ---------------------------------------------------------------------------

V = tuple[float, float, float]


def v(x: float, y: float, z: float = 0.0) -> V:
    return (float(x), float(y), float(z))


def add(a: V, b: V) -> V:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a: V, b: V) -> V:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def mul(a: V, k: float) -> V:
    return (a[0] * k, a[1] * k, a[2] * k)


def dot(a: V, b: V) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def cross(a: V, b: V) -> V:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def norm(a: V) -> float:
    return math.sqrt(dot(a, a))


def unit(a: V) -> V:
    n = norm(a)
    if n < 1e-9:
        raise PoseError("zero-length direction")
    return mul(a, 1.0 / n)


def dist(a: V, b: V) -> float:
    return norm(sub(a, b))


def lerp(a: V, b: V, t: float) -> V:
    return add(a, mul(sub(b, a), t))


def reject(a: V, axis: V) -> V:
    """The part of a perpendicular to the unit vector axis."""
    return sub(a, mul(axis, dot(a, axis)))


def rotate(a: V, axis: V, degrees: float) -> V:
    """Rotate a about the unit vector axis (right-hand rule)."""
    t = math.radians(degrees)
    c, s = math.cos(t), math.sin(t)
    return add(add(mul(a, c), mul(cross(axis, a), s)), mul(axis, dot(axis, a) * (1 - c)))


def polar(degrees: float, length: float = 1.0) -> V:
    """A vector in the picture plane (x-y): 0 degrees = forward (+x), 90 = up."""
    t = math.radians(degrees)
    return (length * math.cos(t), length * math.sin(t), 0.0)


class PoseError(ValueError):
    """A pose asks for something the skeleton cannot do (a limb too short to reach)."""


def ik(root: V, target: V, l1: float, l2: float, pole: V, what: str = "limb") -> V:
    """Two-bone inverse kinematics: the middle joint, bent toward pole."""
    d = dist(root, target)
    if d > l1 + l2 + 0.05:
        raise PoseError(f"{what}: target {d:.1f} away, limb reaches {l1 + l2:.1f}")
    if d < abs(l1 - l2) + 0.5:
        raise PoseError(f"{what}: target too close ({d:.1f})")
    d = min(d, l1 + l2)
    along = (l1 * l1 + d * d - l2 * l2) / (2 * d)
    h = math.sqrt(max(l1 * l1 - along * along, 0.0))
    axis = unit(sub(target, root))
    side = reject(pole, axis)
    if norm(side) < 1e-6:
        raise PoseError(f"{what}: pole is parallel to the limb")
    return add(add(root, mul(axis, along)), mul(unit(side), h))


def bisect(f: Callable[[float], float], lo: float, hi: float) -> float:
    """A root of f between lo and hi (f must change sign)."""
    flo = f(lo)
    if flo * f(hi) > 0:
        raise PoseError("no solution in range")
    for _ in range(80):
        mid = (lo + hi) / 2
        fm = f(mid)
        if (fm < 0) == (flo < 0):
            lo, flo = mid, fm
        else:
            hi = mid
    return (lo + hi) / 2


# ---------------------------------------------------------------------------
# The body
# ---------------------------------------------------------------------------


def _bend_factor(bend: float) -> float:
    """Arc length / chord of the spine curve whose middle bulges bend * chord."""
    n, length, prev = 64, 0.0, (0.0, 0.0)
    for i in range(1, n + 1):
        t = i / n
        p = (t, 4 * bend * t * (1 - t))
        length += math.hypot(p[0] - prev[0], p[1] - prev[1])
        prev = p
    return length


def spine_chord(bend: float) -> float:
    return TORSO / _bend_factor(bend)


NEAR, FARSIDE = "n", "f"


@dataclass
class Body:
    """One posed figure.  Build the torso with the constructor, then place the limbs.

    pelvis: hip centre.  up: direction from pelvis to shoulders.  front: where the
    chest faces (default: +x for an upright figure, i.e. facing right).
    bend: spine rounding, the bulge of the curve as a fraction of its chord;
    positive rounds the back (cat), negative arches it (camel).
    twist: rotation of the shoulders about the spine, degrees; positive turns the
    chest toward the near side (opens toward the viewer in side views).
    nod: head angle from the spine's line, degrees; positive tucks the chin.
    gaze: alternatively, the neck's direction in the picture plane (degrees,
    0 = forward, 90 = up); head_dir: or any 3-D direction.
    """

    pelvis: V
    up: V
    front: V | None = None
    bend: float = 0.0
    twist: float = 0.0
    hip_twist: float = 0.0
    nod: float = 0.0
    gaze: float | None = None
    head_dir: V | None = None

    chest: V = field(init=False)
    ctrl: V = field(init=False)
    shoulder: dict[str, V] = field(init=False)
    hip: dict[str, V] = field(init=False)
    arm: dict[str, tuple[V, V, V]] = field(init=False, default_factory=dict)
    leg: dict[str, tuple[V, V, V, V]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        up = unit(self.up)
        front = self.front if self.front is not None else v(up[1], -up[0], 0)
        front = unit(reject(front, up))
        chord = spine_chord(self.bend)
        self.chest = add(self.pelvis, mul(up, chord))
        self.ctrl = add(add(self.pelvis, mul(up, chord / 2)), mul(front, -2 * self.bend * chord))
        top = unit(sub(self.chest, self.ctrl))
        bottom = unit(sub(self.ctrl, self.pelvis))
        chest_front = rotate(unit(reject(front, top)), top, -self.twist)
        hip_front = rotate(unit(reject(front, bottom)), bottom, -self.hip_twist)
        self.top, self.chest_front = top, chest_front
        self.right = cross(chest_front, top)
        right_hip = cross(hip_front, bottom)
        self.shoulder = {
            NEAR: add(self.chest, mul(self.right, SHOULDER_HALF)),
            FARSIDE: add(self.chest, mul(self.right, -SHOULDER_HALF)),
        }
        self.hip = {
            NEAR: add(self.pelvis, mul(right_hip, HIP_HALF)),
            FARSIDE: add(self.pelvis, mul(right_hip, -HIP_HALF)),
        }
        if self.head_dir is None and self.gaze is not None:
            self.neck_dir = polar(self.gaze)
        elif self.head_dir is None:
            t = math.radians(self.nod)
            self.neck_dir = unit(add(mul(top, math.cos(t)), mul(chest_front, math.sin(t))))
        else:
            self.neck_dir = unit(self.head_dir)
        self.head = add(self.chest, mul(self.neck_dir, NECK + HEAD_R))

    # -- limbs ---------------------------------------------------------------

    def reach(self, side: str, hand: V, pole: V) -> Body:
        """Put the hand exactly at hand; the elbow bends toward pole."""
        sh = self.shoulder[side]
        self.arm[side] = (sh, ik(sh, hand, UPPER_ARM, FOREARM, pole, f"arm {side}"), hand)
        return self

    def point(self, side: str, direction: V, pole: V, straight: float = STRAIGHT) -> Body:
        """Reach (nearly) straight along direction."""
        hand = add(self.shoulder[side], mul(unit(direction), ARM * straight))
        return self.reach(side, hand, pole)

    def arm_fk(self, side: str, upper: V, fore: V) -> Body:
        """Place the arm by the directions of the upper arm and the forearm."""
        sh = self.shoulder[side]
        elbow = add(sh, mul(unit(upper), UPPER_ARM))
        self.arm[side] = (sh, elbow, add(elbow, mul(unit(fore), FOREARM)))
        return self

    def stand(self, side: str, ankle: V, pole: V, toe: V) -> Body:
        """Put the ankle exactly at ankle (knee bends toward pole); toe: foot direction."""
        hip = self.hip[side]
        knee = ik(hip, ankle, THIGH, SHIN, pole, f"leg {side}")
        self.leg[side] = (hip, knee, ankle, add(ankle, mul(unit(toe), FOOT)))
        return self

    def spine_points(self, n: int = 12) -> list[V]:
        pts = []
        for i in range(n + 1):
            t = i / n
            a = lerp(self.pelvis, self.ctrl, t)
            b = lerp(self.ctrl, self.chest, t)
            pts.append(lerp(a, b, t))
        return pts

    # -- checks --------------------------------------------------------------

    def lengths(self) -> dict[str, float]:
        """Segment lengths, for the invariant check: these never change."""
        out: dict[str, float] = {}
        for side, (sh, el, ha) in self.arm.items():
            out[f"upper_arm_{side}"] = dist(sh, el)
            out[f"forearm_{side}"] = dist(el, ha)
        for side, (hip, kn, an, toe) in self.leg.items():
            out[f"thigh_{side}"] = dist(hip, kn)
            out[f"shin_{side}"] = dist(kn, an)
            out[f"foot_{side}"] = dist(an, toe)
        pts = self.spine_points(64)
        out["torso"] = sum(dist(a, b) for a, b in zip(pts, pts[1:]))
        out["neck"] = dist(self.chest, self.head)
        return out

    def lowest(self) -> tuple[float, str]:
        """How far the lowest body part is above the floor (negative: sinks in), and which."""
        parts: list[tuple[float, str]] = []
        for side, limb in self.arm.items():
            parts += [(p[1] - R, f"arm_{side}[{i}]") for i, p in enumerate(limb)]
        for side, limb in self.leg.items():
            parts += [(p[1] - R, f"leg_{side}[{i}]") for i, p in enumerate(limb)]
        parts += [(p[1] - TORSO_R, "torso") for p in self.spine_points()]
        parts.append((self.head[1] - HEAD_R, "head"))
        return min(parts)


EXPECTED_LENGTHS = {
    "upper_arm": UPPER_ARM,
    "forearm": FOREARM,
    "thigh": THIGH,
    "shin": SHIN,
    "foot": FOOT,
    "torso": TORSO,
    "neck": NECK + HEAD_R,
}

# ---------------------------------------------------------------------------
# Camera
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Camera:
    """Orthographic camera: turn the world by yaw about the vertical, then pitch."""

    yaw: float = 0.0
    pitch: float = 0.0

    def rotate(self, p: V) -> V:
        p = rotate(p, (0.0, 1.0, 0.0), self.yaw)
        return rotate(p, (1.0, 0.0, 0.0), self.pitch)

    def __call__(self, p: V) -> tuple[float, float]:
        x, y, _ = self.rotate(p)
        return (x, -y)


SIDE = Camera()
FRONT = Camera(yaw=-90.0)  # the figure (facing +x) faces the viewer; its near (right) side is on the left
ELEVATED = Camera(yaw=-30.0, pitch=38.0)  # three-quarter from in front and above, for a sideways move on the mat

# ---------------------------------------------------------------------------
# Drawing elements
# ---------------------------------------------------------------------------

P2 = tuple[float, float]


@dataclass
class Shape:
    """One SVG element.  attrs keep their order; geometry values are numbers,
    point lists or path command lists, everything else is a string."""

    tag: str
    attrs: list[tuple[str, object]]

    def geometry(self) -> list[P2]:
        pts: list[P2] = []
        a = dict(self.attrs)
        if self.tag == "line":
            pts = [(a["x1"], a["y1"]), (a["x2"], a["y2"])]  # type: ignore[list-item]
        elif self.tag in ("polyline", "polygon"):
            pts = list(a["points"])  # type: ignore[call-overload]
        elif self.tag == "path":
            for _, cp in a["d"]:  # type: ignore[attr-defined]
                pts.extend(cp)
        return pts

    def bounds(self) -> tuple[float, float, float, float]:
        """Approximate ink bounds (x0, y0, x1, y1) including stroke width."""
        a = dict(self.attrs)
        sw = float(a.get("stroke-width", 0)) / 2 if a.get("stroke", "none") != "none" else 0.0
        if self.tag == "circle":
            cx, cy, r = a["cx"], a["cy"], a["r"]
            return (cx - r - sw, cy - r - sw, cx + r + sw, cy + r + sw)  # type: ignore[operator]
        if self.tag == "ellipse":
            cx, cy, rx, ry = a["cx"], a["cy"], a["rx"], a["ry"]
            return (cx - rx - sw, cy - ry - sw, cx + rx + sw, cy + ry + sw)  # type: ignore[operator]
        if self.tag == "rect":
            x, y, w, h = a["x"], a["y"], a["width"], a["height"]
            return (x - sw, y - sw, x + w + sw, y + h + sw)  # type: ignore[operator]
        pts = self.geometry()
        if self.tag == "path":
            pts = sample_path(a["d"])  # type: ignore[arg-type]
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        return (min(xs) - sw, min(ys) - sw, max(xs) + sw, max(ys) + sw)

    def moved(self, dx: float, dy: float) -> Shape:
        out: list[tuple[str, object]] = []
        for name, value in self.attrs:
            if name in ("x1", "x2", "cx", "x"):
                value = value + dx  # type: ignore[operator]
            elif name in ("y1", "y2", "cy", "y"):
                value = value + dy  # type: ignore[operator]
            elif name == "points":
                value = [(px + dx, py + dy) for px, py in value]  # type: ignore[attr-defined]
            elif name == "d":
                value = [(c, [(px + dx, py + dy) for px, py in cp]) for c, cp in value]  # type: ignore[attr-defined]
            out.append((name, value))
        return Shape(self.tag, out)

    def svg(self) -> str:
        parts = [f"<{self.tag}"]
        for name, value in self.attrs:
            parts.append(f' {name}="{fmt_value(name, value)}"')
        return "".join(parts) + "/>"


def num(x: float) -> str:
    s = f"{x:.1f}"
    if s.endswith(".0"):
        s = s[:-2]
    return "0" if s == "-0" else s


def fmt_value(name: str, value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return num(value)
    if name == "points":
        return " ".join(f"{num(x)},{num(y)}" for x, y in value)  # type: ignore[attr-defined]
    if name == "d":
        return " ".join(
            c + " " + " ".join(f"{num(x)} {num(y)}" for x, y in cp) for c, cp in value  # type: ignore[attr-defined]
        )
    raise TypeError(f"cannot format {name}={value!r}")


def sample_path(d: Sequence[tuple[str, list[P2]]]) -> list[P2]:
    pts: list[P2] = []
    cur: P2 = (0.0, 0.0)
    for cmd, cp in d:
        if cmd in ("M", "L"):
            cur = cp[0]
            pts.append(cur)
        elif cmd == "Q":
            (cx, cy), (ex, ey) = cp
            for i in range(1, 17):
                t = i / 16
                pts.append(
                    ((1 - t) ** 2 * cur[0] + 2 * (1 - t) * t * cx + t * t * ex,
                     (1 - t) ** 2 * cur[1] + 2 * (1 - t) * t * cy + t * t * ey)
                )
            cur = (ex, ey)
        elif cmd == "C":
            (ax, ay), (bx, by), (ex, ey) = cp
            for i in range(1, 17):
                t, u = i / 16, 1 - i / 16
                pts.append(
                    (u**3 * cur[0] + 3 * u * u * t * ax + 3 * u * t * t * bx + t**3 * ex,
                     u**3 * cur[1] + 3 * u * u * t * ay + 3 * u * t * t * by + t**3 * ey)
                )
            cur = (ex, ey)
    return pts


def stroke_style(colour: str, width: float) -> list[tuple[str, object]]:
    return [
        ("fill", "none"),
        ("stroke", colour),
        ("stroke-width", num(width)),
        ("stroke-linecap", "round"),
        ("stroke-linejoin", "round"),
    ]


def polyline(pts: Sequence[P2], colour: str, width: float) -> Shape:
    return Shape("polyline", [("points", list(pts)), *stroke_style(colour, width)])


def line(a: P2, b: P2, colour: str, width: float) -> Shape:
    return Shape(
        "line",
        [("x1", a[0]), ("y1", a[1]), ("x2", b[0]), ("y2", b[1]),
         ("stroke", colour), ("stroke-width", num(width)), ("stroke-linecap", "round")],
    )


def disc(c: P2, r: float, colour: str) -> Shape:
    return Shape("circle", [("cx", c[0]), ("cy", c[1]), ("r", r), ("fill", colour)])


def qpath(a: P2, c: P2, b: P2, colour: str, width: float) -> Shape:
    return Shape("path", [("d", [("M", [a]), ("Q", [c, b])]), *stroke_style(colour, width)])


def prop_fill() -> list[tuple[str, object]]:
    return [("fill", PROP_FILL), ("fill-opacity", PROP_FILL_OPACITY),
            ("stroke", PROP_STROKE), ("stroke-width", num(PROP_W)), ("stroke-linejoin", "round")]


# ---------------------------------------------------------------------------
# The figure as elements
# ---------------------------------------------------------------------------

SIDE_ORDER = ["arm_f", "leg_f", "torso", "neck", "head", "leg_n", "arm_n"]


def figure(cam: Camera, body: Body, order: Sequence[str | Shape | list[Shape]],
           colours: dict[str, str] | None = None, widths: dict[str, float] | None = None) -> list[Shape]:
    """The body's elements in the given back-to-front order.  Items may also be
    already drawn props (Shapes) that sit between body parts.  colours/widths
    override the defaults per part (e.g. a wider torso seen from above)."""
    col = {"arm_f": FAR, "leg_f": FAR}
    col.update(colours or {})
    wid = {"torso": TORSO_W, "neck": NECK_W, "shoulders": TORSO_W - 2, "hips": TORSO_W - 2}
    wid.update(widths or {})
    out: list[Shape] = []
    for item in order:
        if isinstance(item, Shape):
            out.append(item)
            continue
        if isinstance(item, list):
            out.extend(item)
            continue
        c = col.get(item, ACCENT)
        if item.startswith("arm_"):
            out.append(polyline([cam(p) for p in body.arm[item[-1]]], c, LIMB_W))
        elif item.startswith("leg_"):
            out.append(polyline([cam(p) for p in body.leg[item[-1]]], c, LIMB_W))
        elif item == "torso":
            out.append(qpath(cam(body.pelvis), cam(body.ctrl), cam(body.chest), c, wid["torso"]))
        elif item == "neck":
            out.append(line(cam(body.chest), cam(add(body.chest, mul(body.neck_dir, NECK + HEAD_R * 0.4))),
                            c, wid["neck"]))
        elif item == "head":
            out.append(disc(cam(body.head), HEAD_R, c))
        elif item == "shoulders":
            out.append(line(cam(body.shoulder[FARSIDE]), cam(body.shoulder[NEAR]), c, wid["shoulders"]))
        elif item == "hips":
            out.append(line(cam(body.hip[FARSIDE]), cam(body.hip[NEAR]), c, wid["hips"]))
        else:
            raise ValueError(item)
    return out


# ---------------------------------------------------------------------------
# Props (world coordinates, drawn through the camera)
# ---------------------------------------------------------------------------


def prop_line(cam: Camera, a: V, b: V, width: float = 5.0) -> Shape:
    return line(cam(a), cam(b), PROP_STROKE, width)


def chair(cam: Camera, front_x: float, facing: int = 1, seat: float = 42.0, depth: float = 40.0,
          back: float = 52.0) -> list[Shape]:
    """A plain chair in side view.  facing=+1: the seat's front edge at front_x faces +x."""
    back_x = front_x - facing * depth
    s = seat - 3  # centre line of the seat board (6 px thick)
    return [
        prop_line(cam, v(front_x - facing * 4, s), v(front_x - facing * 4, 0)),
        prop_line(cam, v(back_x + facing * 3, s), v(back_x + facing * 3, 0)),
        prop_line(cam, v(back_x, s), v(back_x - facing * 5, s + back)),
        Shape("line", [("x1", cam(v(back_x, s))[0]), ("y1", cam(v(back_x, s))[1]),
                       ("x2", cam(v(front_x, s))[0]), ("y2", cam(v(front_x, s))[1]),
                       ("stroke", PROP_STROKE), ("stroke-width", "6"), ("stroke-linecap", "round")]),
    ]


def slab(cam: Camera, x0: float, x1: float, y0: float, y1: float, z: float = 0.0) -> Shape:
    """An upright board (wall, door frame, post) between x0..x1 and y0..y1, seen from the side."""
    (ax, ay), (bx, by) = cam(v(x0, y1, z)), cam(v(x1, y0, z))
    return Shape("rect", [("x", min(ax, bx)), ("y", min(ay, by)), ("width", abs(bx - ax)),
                          ("height", abs(by - ay)), *prop_fill()])


def roller_end(cam: Camera, centre: V, r: float) -> list[Shape]:
    """A foam roller lying across the body, seen end-on: a disc with its core."""
    c = cam(centre)
    return [
        Shape("circle", [("cx", c[0]), ("cy", c[1]), ("r", r), *prop_fill()]),
        Shape("circle", [("cx", c[0]), ("cy", c[1]), ("r", r * 0.35),
                         ("fill", "none"), ("stroke", PROP_STROKE), ("stroke-width", "2")]),
    ]


def roller_across(cam: Camera, centre: V, r: float, half_length: float) -> list[Shape]:
    """A foam roller lying across the body (its axis along z), for cameras without pitch:
    a capsule for the length and the near end's disc as an ellipse."""
    ends = [cam(add(centre, v(0, 0, -half_length))), cam(add(centre, v(0, 0, half_length)))]
    x0, x1 = min(e[0] for e in ends), max(e[0] for e in ends)
    cy = ends[0][1]
    near = cam(add(centre, v(0, 0, half_length)))
    squash = abs(math.cos(math.radians(cam.yaw)))
    return [
        Shape("rect", [("x", x0 - r * squash), ("y", cy - r), ("width", x1 - x0 + 2 * r * squash), ("height", 2 * r),
                       ("rx", r * squash), ("ry", r), *prop_fill()]),
        Shape("ellipse", [("cx", near[0]), ("cy", near[1]), ("rx", r * squash), ("ry", r), *prop_fill()]),
        Shape("ellipse", [("cx", near[0]), ("cy", near[1]), ("rx", r * 0.35 * squash), ("ry", r * 0.35),
                          ("fill", "none"), ("stroke", PROP_STROKE), ("stroke-width", "2")]),
    ]


def roller_long(cam: Camera, x0: float, x1: float, r: float) -> list[Shape]:
    """A foam roller lying along the body (side view): a long rounded bar on the floor."""
    (ax, ay), (bx, by) = cam(v(x0, 2 * r)), cam(v(x1, 0))
    return [Shape("rect", [("x", ax), ("y", ay), ("width", bx - ax), ("height", by - ay),
                           ("rx", r), ("ry", r), *prop_fill()])]


def ball(cam: Camera, centre: V, r: float) -> list[Shape]:
    c = cam(centre)
    seam = [(c[0] - r * 0.55, c[1] - r * 0.55), (c[0], c[1] - r * 0.05), (c[0] + r * 0.55, c[1] - r * 0.55)]
    return [
        Shape("circle", [("cx", c[0]), ("cy", c[1]), ("r", r), *prop_fill()]),
        Shape("path", [("d", [("M", [seam[0]]), ("Q", [seam[1], seam[2]])]),
                       ("fill", "none"), ("stroke", PROP_STROKE), ("stroke-width", "1.5"),
                       ("stroke-linecap", "round")]),
    ]


# ---------------------------------------------------------------------------
# Shared poses
# ---------------------------------------------------------------------------

TOE_FWD = v(1, 0)
TOE_BACK = v(-1, 0)
KNEE_FWD = v(1, 0.2)


def side_z(side: str) -> float:
    """+1 for the near side (toward the viewer), -1 for the far side."""
    return 1.0 if side == NEAR else -1.0


def standing_legs(body: Body, ankle_x: float, pole: V = KNEE_FWD, width: float = HIP_HALF) -> Body:
    for s in (NEAR, FARSIDE):
        body.stand(s, v(ankle_x, R, side_z(s) * width), pole, TOE_FWD)
    return body


def standing_pelvis_y(slack: float = 0.0) -> float:
    return R + LEG * (1 - slack)


def flat_reach(drop: float, sideways: float = 0.0, straight: float = STRAIGHT) -> float:
    """How far forward a (nearly) straight arm reaches when its hand is drop below
    the shoulder and sideways off it."""
    return math.sqrt((ARM * straight) ** 2 - drop**2 - sideways**2)


# Tabletop (hands and knees): knees under the hips, hands under the shoulders.
KNEE_X = 0.0
HIP_Y = R + THIGH
TABLE_HAND_X = math.sqrt(TORSO**2 - (R + ARM * STRAIGHT - HIP_Y) ** 2)


def kneeling_legs(body: Body, knee_x: float | None = KNEE_X, width: float = HIP_HALF) -> Body:
    """Knees and shins on the floor, feet pointing back (tops of the feet down).
    knee_x=None puts each knee in front of its hip, a thigh's length away."""
    for s in (NEAR, FARSIDE):
        hip = body.hip[s]
        kz = side_z(s) * width
        if knee_x is None:
            flat2 = THIGH**2 - (hip[1] - R) ** 2 - (hip[2] - kz) ** 2
            if flat2 < 0:
                raise PoseError("kneeling: hip too high above the knee")
            knee = v(hip[0] + math.sqrt(flat2), R, kz)
        else:
            knee = v(knee_x, R, kz)
        if abs(dist(hip, knee) - THIGH) > 0.05:
            raise PoseError(f"kneeling: hip {dist(hip, knee):.2f} from knee, thigh is {THIGH}")
        ankle = v(knee[0] - SHIN, R, kz)
        body.leg[s] = (hip, knee, ankle, add(ankle, mul(TOE_BACK, FOOT)))
    return body


def tabletop(bend: float = 0.0, twist: float = 0.0, gaze: float = -25.0, support: Sequence[str] = (NEAR, FARSIDE),
             hand_x: float = TABLE_HAND_X) -> Body:
    """Hands and knees.  The spine's pitch is solved so the supporting arm(s) stay
    (nearly) straight with the hand flat on the floor at hand_x."""

    def build(pitch: float) -> Body:
        return Body(pelvis=v(KNEE_X, HIP_Y), up=polar(pitch), bend=bend, twist=twist, gaze=gaze)

    def miss(pitch: float) -> float:
        b = build(pitch)
        return max(dist(b.shoulder[s], v(hand_x, R, side_z(s) * SHOULDER_HALF)) for s in support) - ARM * STRAIGHT

    body = build(bisect(miss, -30.0, 70.0))
    for s in support:
        body.reach(s, v(hand_x, R, side_z(s) * SHOULDER_HALF), v(0.3, 0, side_z(s) * 0.2))
    return kneeling_legs(body)


def on_heels_pelvis() -> V:
    """Hip centre when sitting back on the heels (knees at KNEE_X)."""
    y = R + LIMB_W + 4  # resting on the shins and heels
    return v(KNEE_X - math.sqrt(THIGH**2 - (y - R) ** 2), y)


def sit_on_heels(lean: float = 0.0, **kw: object) -> Body:
    """Kneeling upright, hips resting on the heels; lean: torso angle from upright (+ forward)."""
    body = Body(pelvis=on_heels_pelvis(), up=polar(90 - lean), **kw)  # type: ignore[arg-type]
    return kneeling_legs(body, knee_x=None)


# Sitting on a chair: feet flat, shins upright, thighs level.
SEAT_ANKLE_X = 34.0
SEAT_Y = R + SHIN  # thigh centre line
SEAT_PELVIS = v(SEAT_ANKLE_X - THIGH, SEAT_Y)
SEAT_TOP = SEAT_Y - R  # the thighs rest on the seat


def seated(lean: float = 0.0, **kw: object) -> Body:
    body = Body(pelvis=SEAT_PELVIS, up=polar(90 - lean), **kw)  # type: ignore[arg-type]
    for s in (NEAR, FARSIDE):
        hip = body.hip[s]
        knee = v(SEAT_ANKLE_X, SEAT_Y, hip[2])
        ankle = v(SEAT_ANKLE_X, R, hip[2])
        body.leg[s] = (hip, knee, ankle, add(ankle, mul(TOE_FWD, FOOT)))
    return body


def seat_chair(cam: Camera, back: float = 0.0) -> list[Shape]:
    """The chair under a seated() body; back moves it backward (room for a cushion or pad)."""
    return chair(cam, front_x=SEAT_ANKLE_X - 10 - back, seat=SEAT_TOP)


def hands_on_thighs(body: Body) -> Body:
    for s in (NEAR, FARSIDE):
        hip, knee = body.leg[s][0], body.leg[s][1]
        spot = lerp(hip, knee, 0.75)
        body.reach(s, v(spot[0], spot[1] + LIMB_W - 1, spot[2]), v(-0.4, -1, side_z(s) * 0.3))
    return body


def hand_behind_head(body: Body, side: str, elbow_dir: V) -> Body:
    """Fingertips on the back of the head; the elbow points along elbow_dir."""
    spot = add(body.head, add(mul(body.chest_front, -HEAD_R * 0.5), mul(body.right, side_z(side) * 7)))
    return body.reach(side, spot, elbow_dir)


def supine(pelvis_y: float, chest_y: float, head_y: float, pelvis_x: float = 0.0, bend: float = 0.0) -> Body:
    """Lying on the back, head to the left (-x)."""
    chord = spine_chord(bend)
    chest = v(pelvis_x - math.sqrt(chord**2 - (chest_y - pelvis_y) ** 2), chest_y)
    rise = head_y - chest_y
    head_dir = v(-math.sqrt((NECK + HEAD_R) ** 2 - rise**2), rise)
    return Body(pelvis=v(pelvis_x, pelvis_y), up=sub(chest, v(pelvis_x, pelvis_y)), bend=bend, head_dir=head_dir)


def knees_up(body: Body, ankle_x: float) -> Body:
    """Lying with the knees bent and the feet flat on the floor at ankle_x."""
    for s in (NEAR, FARSIDE):
        body.stand(s, v(ankle_x, R, side_z(s) * HIP_HALF), v(0, 1), TOE_FWD)
    return body


def folded_body(chest_y: float = 20.0, knee_width: float = HIP_HALF, bend: float = 0.03) -> Body:
    """Sitting back on the heels and folded forward over the thighs, forehead on the floor."""
    y = on_heels_pelvis()[1] + 6  # folded forward, the hips sit up on the heels
    pelvis = v(KNEE_X - math.sqrt(THIGH**2 - (y - R) ** 2), y)
    chord = spine_chord(bend)
    chest = v(pelvis[0] + math.sqrt(chord**2 - (chest_y - pelvis[1]) ** 2), chest_y)
    drop = chest_y - HEAD_R
    head_dir = v(math.sqrt((NECK + HEAD_R) ** 2 - drop**2), -drop)
    body = Body(pelvis=pelvis, up=sub(chest, pelvis), bend=bend, head_dir=head_dir)
    return kneeling_legs(body, knee_x=None, width=knee_width)


# ---------------------------------------------------------------------------
# The exercises: one function each, returning the camera, props and keyframes
# ---------------------------------------------------------------------------


@dataclass
class Drawing:
    camera: Camera
    scene: list[Shape]
    frames: list[list[Shape]]
    bodies: list[Body]
    ground: str = "floor"  # "floor", "mat" (side views) or "mat3d" (a mat seen from above)


def draw(cam: Camera, scene: list[Shape], bodies: list[Body], make: Callable[[Body, int], list[Shape]],
         ground: str = "floor") -> Drawing:
    return Drawing(cam, scene, [make(b, i) for i, b in enumerate(bodies)], bodies, ground)


def simple(cam: Camera, bodies: list[Body], scene: list[Shape] | None = None, ground: str = "floor",
           order: Sequence[str] = SIDE_ORDER, colours: dict[str, str] | None = None,
           widths: dict[str, float] | None = None) -> Drawing:
    return draw(cam, scene or [], bodies, lambda b, i: figure(cam, b, order, colours, widths), ground)


def upper_back_stretch() -> Drawing:
    # Seated, arms straight ahead at shoulder height, hands joined, back rounded, chin tucked.
    body = seated(lean=20, bend=0.1, nod=42)
    for s in (NEAR, FARSIDE):
        sh = body.shoulder[s]
        body.reach(s, v(sh[0] + flat_reach(2, SHOULDER_HALF - 3), sh[1] - 2, side_z(s) * 3),
                   v(0, -1, side_z(s)))
    return simple(SIDE, [body], seat_chair(SIDE))


def chest_stretch() -> Drawing:
    # Standing tall, hands laced behind, arms long and drawn back, chin lifted.
    body = Body(pelvis=v(0, standing_pelvis_y(0.005)), up=polar(92), bend=-0.06, nod=-20)
    standing_legs(body, 2)
    for s in (NEAR, FARSIDE):
        body.point(s, v(-math.sin(math.radians(46)), -math.cos(math.radians(46)), -side_z(s) * 0.14),
                   v(0.2, 0, side_z(s)))
    return simple(SIDE, [body])


def doorway_stretch() -> Drawing:
    # Half lunge through a doorway; the near forearm stays on the frame in an L.
    cam = Camera(yaw=-22)
    body = Body(pelvis=v(0, 88), up=polar(72), bend=-0.04, nod=-8)
    body.stand(NEAR, v(36, R, HIP_HALF), v(1, 0.1), TOE_FWD)
    body.stand(FARSIDE, v(-36, R, -HIP_HALF), v(1, 0.1), TOE_FWD)
    sh = body.shoulder[NEAR]
    back = 26.0  # the shoulder has moved this far ahead of the elbow
    elbow = add(sh, v(-back, -1, math.sqrt(UPPER_ARM**2 - back**2 - 1)))
    body.arm[NEAR] = (sh, elbow, add(elbow, v(-1, math.sqrt(FOREARM**2 - 1), 0)))
    hip = body.hip[FARSIDE]
    body.reach(FARSIDE, add(hip, v(2, 12, -12)), v(-1, 0, -1))  # other hand on the hip
    jamb = elbow[0] - R
    return simple(cam, [body], [slab(cam, jamb - 12, jamb, 0, 202, z=elbow[2])])


def standing_twists() -> Drawing:
    # Front view: feet apart, arms at chest height, trunk turned to one side, then the other.
    # The back foot pivots onto its toes, as it does in a brisk twist.
    cam = FRONT
    bodies = []
    for turn in (-60, 60):
        body = Body(pelvis=v(0, standing_pelvis_y(0.03)), up=polar(90), twist=turn, hip_twist=turn * 0.3)
        toward = 1.0 if turn > 0 else -1.0  # +1: turning toward the near (+z) side
        for s in (NEAR, FARSIDE):
            if side_z(s) == -toward:  # the trailing leg: heel up, knee turned in
                heel = 8.0
                ankle = v(-3, R + heel, side_z(s) * 17)
                flat = math.sqrt(FOOT**2 - heel**2)
                body.stand(s, ankle, v(1, 0, toward * 0.9), v(flat * 0.9, -heel, toward * flat * 0.44))
            else:
                body.stand(s, v(0, R, side_z(s) * 19), v(1, 0, side_z(s) * 0.15), v(1, 0, side_z(s) * 0.5))
        hands = add(add(body.chest, v(0, -14, 0)), mul(body.chest_front, 52))
        for s in (NEAR, FARSIDE):
            body.reach(s, hands, add(v(0, -0.7, 0), mul(body.right, side_z(s))))
        bodies.append(body)
    order = ["leg_f", "leg_n", "torso", "shoulders", "neck", "head", "arm_f", "arm_n"]
    return simple(cam, bodies, order=order, colours={"arm_f": ACCENT, "leg_f": ACCENT})


def inverted_pulls() -> Drawing:
    # Hands on a post, weight sitting back, arms long, upper back rounded, head between the arms.
    body = Body(pelvis=v(-22, 80), up=polar(52), bend=0.13, nod=36)
    grip = add(body.chest, polar(-8, flat_reach(0, SHOULDER_HALF - 3)))
    for s in (NEAR, FARSIDE):
        body.reach(s, v(grip[0], grip[1], side_z(s) * 3), v(0, -1, side_z(s)))
    standing_legs(body, 26, pole=v(1, 0.3))
    post = grip[0] + 3
    return simple(SIDE, [body], [slab(SIDE, post - 4, post + 4, 0, 202)])


def upper_back_bends() -> Drawing:
    # Kneeling facing a chair, elbows and forearms on the seat, chest sunk below it.
    seat_top = SEAT_TOP
    body = Body(pelvis=v(5, HIP_Y - 0.5), up=polar(-16), bend=-0.13, nod=38)
    elbow_y = seat_top + R
    sh = body.shoulder[NEAR]
    elbow_x = sh[0] + math.sqrt(UPPER_ARM**2 - (elbow_y - sh[1]) ** 2)
    for s in (NEAR, FARSIDE):
        shs = body.shoulder[s]
        el = v(elbow_x, elbow_y, shs[2])
        body.arm[s] = (shs, el, add(el, v(FOREARM, 0, 0)))
    kneeling_legs(body, knee_x=body.pelvis[0] - math.sqrt(THIGH**2 - (body.pelvis[1] - R) ** 2))
    scene = chair(SIDE, front_x=elbow_x - 6, facing=-1, seat=seat_top, depth=44)
    return simple(SIDE, [body], scene, ground="mat")


def cat_camel() -> Drawing:
    # Hands and knees: back rounded up with the head hanging, then belly sunk with the head up.
    return simple(SIDE, [tabletop(bend=0.13, gaze=-80), tabletop(bend=-0.09, gaze=18)], ground="mat")


def cat_stretch() -> Drawing:
    # The rounded end of cat-camel, held: tailbone tucked, head hanging, looking toward the belly.
    return simple(SIDE, [tabletop(bend=0.16, gaze=-95)], ground="mat")


def kneeling_thoracic_rotation() -> Drawing:
    # Hands and knees, near hand behind the head: elbow turned down under the chest toward the
    # supporting arm, then rotated open until it points at the ceiling.  Turned a little so the
    # elbow shows when it is under the chest.
    cam = Camera(yaw=20)
    bodies = []
    for twist, elbow, gaze in ((-55, v(-0.1, -1, -0.1), -60), (75, v(-0.1, 1, 0.3), -10)):
        body = tabletop(twist=twist, gaze=gaze, support=(FARSIDE,))
        hand_behind_head(body, NEAR, elbow)
        bodies.append(body)
    return simple(cam, bodies, ground="mat")


def thread_the_needle() -> Drawing:
    # kf0: near arm up to the ceiling; kf1: threaded under the chest, shoulder and cheek on the
    # mat, the other hand still pressing.  Seen a little from behind so the threaded arm shows.
    cam = Camera(yaw=36)
    up = tabletop(twist=60, gaze=-10, support=(FARSIDE,))
    far_hand = up.arm[FARSIDE][2]
    up.point(NEAR, v(0, 1, 0.15), v(-1, 0, 0))
    # threaded: the near shoulder and the side of the face down on the mat
    chest_y = TORSO_R + 8
    pelvis = v(KNEE_X, HIP_Y)
    chord = spine_chord(0.04)
    chest = v(pelvis[0] + math.sqrt(chord**2 - (pelvis[1] - chest_y) ** 2), chest_y)
    head_drop = chest_y - HEAD_R
    head_dir = v(math.sqrt((NECK + HEAD_R) ** 2 - head_drop**2 - 16), -head_drop, -4)
    down = Body(pelvis=pelvis, up=sub(chest, pelvis), bend=0.04, twist=-62, head_dir=head_dir)
    down.reach(FARSIDE, far_hand, v(-0.7, 1, 0.3))
    near_sh = down.shoulder[NEAR]
    down.reach(NEAR, v(near_sh[0] - 4, R, near_sh[2] - ARM * 0.96), v(0, 1, 0))
    kneeling_legs(down)
    return simple(cam, [up, down], ground="mat")


def childs_pose() -> Drawing:
    # Hips back on the heels, forehead on the mat in front of the knees, arms long in front.
    body = folded_body()
    for s in (NEAR, FARSIDE):
        sh = body.shoulder[s]
        body.reach(s, v(sh[0] + flat_reach(sh[1] - R), R, sh[2]), v(0, 1, 0))
    return simple(SIDE, [body], ground="mat")


def childs_pose_side() -> Drawing:
    # Child's pose with both hands walked over to one side (kf0: toward the viewer), then to the
    # other (kf1: away); the hips stay back on the heels.  Seen three-quarter from in front and
    # a little above, so the sideways walk shows on the mat.  The spine turns toward the hands
    # and bows away from them (the side that stretches), the head turns further and the arms
    # further still, so the body curves like a banana.
    cam = ELEVATED
    up_axis = v(0, 1, 0)
    bend = 0.09

    def level(pelvis: V, chest: V, front: V, head_dir: V) -> Body:
        """The torso twisted about the spine so the shoulders are level."""
        def build(twist: float) -> Body:
            return Body(pelvis=pelvis, up=sub(chest, pelvis), front=front, bend=bend, twist=twist,
                        head_dir=head_dir)
        return build(bisect(lambda tw: build(tw).right[1], -80.0, 80.0))

    bodies = []
    for turn in (-16, 16):  # degrees about the vertical; - turns toward the near side (+z)
        base = folded_body(bend=bend)
        chest = add(base.pelvis, rotate(sub(base.chest, base.pelvis), up_axis, turn))
        head_dir = rotate(base.neck_dir, up_axis, turn * 1.7)
        # the rounding bulges up and away from the hands: a "front" tipped toward their side
        front = v(0, -1, 1.6 if chest[2] > 0 else -1.6)
        body = level(base.pelvis, chest, front, head_dir)
        body.hip, body.leg = base.hip, base.leg
        reach = rotate(v(1, 0, 0), up_axis, turn * 2.6)
        for s in (NEAR, FARSIDE):
            sh = body.shoulder[s]
            body.reach(s, add(v(sh[0], R, sh[2]), mul(reach, flat_reach(sh[1] - R))), v(0, 1, 0))
        bodies.append(body)
    return simple(cam, bodies, ground="mat3d")


def down_dog() -> Drawing:
    # Upside-down V: arms and back in one line, legs long, heels sinking toward the mat.
    hand = v(62, R)
    back = polar(180 - 44)
    shoulder_c = add(hand, mul(back, ARM * STRAIGHT))
    pelvis = add(shoulder_c, mul(back, TORSO))
    body = Body(pelvis=pelvis, up=sub(shoulder_c, pelvis), front=v(-1, -1), nod=16)
    for s in (NEAR, FARSIDE):
        body.reach(s, v(hand[0], R, side_z(s) * SHOULDER_HALF), v(-1, 1, 0))
    heel = 5.0  # heels just off the floor
    ankle_y = R + heel
    ankle_x = pelvis[0] - math.sqrt((LEG * 0.999) ** 2 - (pelvis[1] - ankle_y) ** 2)
    toe_dir = v(math.sqrt(FOOT**2 - heel**2), -heel)
    for s in (NEAR, FARSIDE):
        body.stand(s, v(ankle_x, ankle_y, side_z(s) * HIP_HALF), v(1, 0.1), toe_dir)
    return simple(SIDE, [body], ground="mat")


def eagle_arm_circles() -> Drawing:
    # Sitting on the heels, arms wrapped (near arm on top), elbows at shoulder height, then lifted.
    # Seen a little from the front so the crossed forearms show.
    cam = Camera(yaw=-30)
    bodies = []
    tilt = v(0, 0, 1)
    for lift in (0, 34):
        body = sit_on_heels(lean=4, nod=12 - lift * 0.45)
        body.arm_fk(FARSIDE, rotate(v(1, -0.2, 0.45), tilt, lift), rotate(v(0.15, 1, 0.55), tilt, lift * 0.5))
        body.arm_fk(NEAR, rotate(v(1, -0.02, -0.45), tilt, lift), rotate(v(0.15, 1, -0.55), tilt, lift * 0.5))
        bodies.append(body)
    return simple(cam, bodies)


def towel_stretch() -> Drawing:
    # Lying on the back, knees bent, towel behind the neck, its ends held up and back at ~45 degrees.
    cam = SIDE
    body = supine(TORSO_R, TORSO_R, HEAD_R + 1)
    knees_up(body, 66)
    nape = add(body.chest, mul(body.neck_dir, NECK * 0.8))
    grip = add(nape, polar(135, 42))
    for s in (NEAR, FARSIDE):
        body.reach(s, add(grip, v(0, 0, side_z(s) * 13)), v(0.9, 1, side_z(s) * 0.5))  # elbows up and out
    under = v(nape[0], nape[1] - TORSO_R + 3)
    hn, hf = body.arm[NEAR][2], body.arm[FARSIDE][2]
    tail = polar(135, 9)
    towel = polyline([cam(add(hf, tail)), cam(hf), cam(add(under, v(0, 0, -8))), cam(add(under, v(0, 0, 8))),
                      cam(hn), cam(add(hn, tail))], PROP_STROKE, 8)
    order = ["arm_f", "leg_f", "torso", "neck", "head", towel, "leg_n", "arm_n"]
    return simple(cam, [body], ground="mat", order=order)


def foam_roll_horizontal() -> Drawing:
    # On the back across a roller, hands behind the head, hips up, feet planted: the body rolls
    # from the roller under the lower ribs (kf0) to the roller under the shoulder blades (kf1).
    r = 12.0
    spine_y = 2 * r + TORSO_R
    bodies, rollers = [], []
    for roller_x, contact in ((-4.0, 34.0), (4.0, 12.0)):
        # the spine rests on the roller `contact` px below the shoulders
        body = supine(spine_y - 2, spine_y + 1, spine_y + 8, pelvis_x=roller_x + (TORSO - contact))
        knees_up(body, 88)
        for s in (NEAR, FARSIDE):
            hand_behind_head(body, s, v(0.8, 1, side_z(s) * 1.2))
        bodies.append(body)
        rollers.append(v(roller_x, r))

    def make(b: Body, i: int) -> list[Shape]:
        return figure(SIDE, b, ["arm_f", "leg_f", roller_end(SIDE, rollers[i], r), "torso", "neck", "head",
                                "leg_n", "arm_n"])

    return draw(SIDE, [], bodies, make, ground="mat")


def foam_roll_snow_angels() -> Drawing:
    # Lying along a roller (head and hips on it), knees bent: arms on the floor by the sides,
    # then swept out and overhead along the floor.
    r = 10.0
    spine_y = 2 * r + TORSO_R
    bodies = []
    for overhead in (False, True):
        body = supine(spine_y, spine_y, 2 * r + HEAD_R)
        knees_up(body, 58)
        for s in (NEAR, FARSIDE):
            sh = body.shoulder[s]
            out = 16.0
            flat = flat_reach(sh[1] - R, out)
            body.reach(s, v(sh[0] - flat if overhead else sh[0] + flat, R, sh[2] + side_z(s) * out),
                       v(0, 1, side_z(s) * 0.5))
        bodies.append(body)
    scene = roller_long(SIDE, bodies[0].head[0] - 6, bodies[0].pelvis[0] + 12, r)
    return simple(SIDE, bodies, scene, ground="mat")


def double_v() -> Drawing:
    # Face down, the chest resting on forearms crossed under it, forehead on a roller lying
    # across in front.  Seen a little from the front so the crossed arms show under the chest.
    cam = Camera(yaw=40)
    r = 12.0
    pelvis = v(0, TORSO_R)
    chest_y = R + LIMB_W + TORSO_R - 1  # on two stacked forearms
    bend = -0.03
    chord = spine_chord(bend)
    chest = v(math.sqrt(chord**2 - (chest_y - pelvis[1]) ** 2), chest_y)
    rise = -5.0
    head_dir = v(math.sqrt((NECK + HEAD_R) ** 2 - rise**2), rise)
    body = Body(pelvis=pelvis, up=sub(chest, pelvis), bend=bend, head_dir=head_dir)
    # forehead on the roller: the roller's centre is r + HEAD_R from the head's, forward and down
    gap = r + HEAD_R
    head = body.head
    roller = v(head[0] + math.sqrt(gap**2 - (head[1] - r) ** 2), r)
    # crossed arms: each hand reaches under the chest toward the other armpit, near arm on top
    body.reach(NEAR, v(chest[0] + 3, R + LIMB_W - 1, -26), v(0.2, 0.1, 1))
    body.reach(FARSIDE, v(chest[0] + 8, R, 26), v(0.2, 0.3, -1))
    for s in (NEAR, FARSIDE):
        body.stand(s, v(-math.sqrt(LEG**2 - (pelvis[1] - R) ** 2), R, side_z(s) * HIP_HALF), v(0, 1), v(-1, 0))
    order = ["leg_f", "arm_f", "torso", "neck", "head", "leg_n", "arm_n"]
    return simple(cam, [body], roller_across(cam, roller, r, 40), ground="mat", order=order)


def embryo_pose() -> Drawing:
    # Side view like child's pose: knees together, hips on the heels, folded forward with the
    # forehead on the mat; the arms lie back along the body, hands (palms up) on the mat beside
    # the feet.  The near arm runs along the side of the thigh; a rim in the far-limb colour
    # keeps it from melting into the body it lies against.
    body = folded_body(knee_width=R, bend=0.05)
    ankle_x = body.leg[NEAR][2][0]
    for s in (NEAR, FARSIDE):
        body.reach(s, v(ankle_x - 2, R, side_z(s) * (R + LIMB_W)), v(0, 1, side_z(s) * 0.3))
    rim = polyline([SIDE(p) for p in body.arm[NEAR]], FAR, LIMB_W + 4)
    order = ["arm_f", "leg_f", "torso", "neck", "head", "leg_n", rim, "arm_n"]
    return simple(SIDE, [body], ground="mat", order=order)


def tennis_ball_release() -> Drawing:
    # Back to a wall, a ball pinned beside the shoulder blade; bending the knees rolls it to a
    # new spot (the ball moves half as far as the body).
    r = 8.0
    wall_x = 0.0
    bodies, balls = [], []
    lean = 96.0  # spine angle: leaning back slightly toward the wall
    for pelvis_y, contact in ((standing_pelvis_y(0.03), 38.0), (standing_pelvis_y(0.03) - 14, 46.0)):
        probe = Body(pelvis=v(0, pelvis_y), up=polar(lean))
        spine_pt = add(probe.pelvis, mul(unit(sub(probe.chest, probe.pelvis)), contact))
        ball_c = add(spine_pt, mul(probe.chest_front, -(TORSO_R + r)))
        shift = (wall_x + r) - ball_c[0]
        body = Body(pelvis=v(shift, pelvis_y), up=polar(lean), nod=-6)
        standing_legs(body, shift + 18, pole=v(1, 0.1))
        for s in (NEAR, FARSIDE):
            body.point(s, v(0.12, -1, side_z(s) * 0.1), v(-1, 0, side_z(s) * 0.3))
        bodies.append(body)
        balls.append(v(wall_x + r, ball_c[1]))

    def make(b: Body, i: int) -> list[Shape]:
        return figure(SIDE, b, ["arm_f", "leg_f", ball(SIDE, balls[i], r), "torso", "neck", "head", "leg_n", "arm_n"])

    return draw(SIDE, [slab(SIDE, wall_x - 12, wall_x, 0, 202)], bodies, make)


def heat_warmup() -> Drawing:
    # Sitting back in a chair with a heating pad (and its cord) across the upper back.
    body = seated(lean=-4, nod=4)
    hands_on_thighs(body)
    pts = body.spine_points(12)
    out = body.chest_front
    a, b = add(pts[5], mul(out, -(TORSO_R + 4))), add(pts[11], mul(out, -(TORSO_R + 4)))
    corners = [SIDE(add(a, mul(out, k))) for k in (3.5, -3.5)] + [SIDE(add(b, mul(out, k))) for k in (-3.5, 3.5)]
    pad = Shape("polygon", [("points", corners), *prop_fill()])
    plug = SIDE(add(a, mul(out, -3.5)))
    floor = SIDE(v(plug[0] - 26, 1.5))
    cord = Shape("path", [("d", [("M", [plug]), ("Q", [(plug[0] - 22, plug[1] + 4), floor])]),
                          ("fill", "none"), ("stroke", PROP_STROKE), ("stroke-width", "2"),
                          ("stroke-linecap", "round")])
    waves = []
    for k in range(3):
        x0, y0 = SIDE(add(b, v(-8 - k * 7, 10 + k * 2)))
        waves.append(Shape("path", [("d", [("M", [(x0, y0)]), ("Q", [(x0 - 4, y0 - 5), (x0, y0 - 10)]),
                                           ("Q", [(x0 + 4, y0 - 15), (x0, y0 - 20)])]),
                                    ("fill", "none"), ("stroke", PROP_STROKE), ("stroke-width", "2.5"),
                                    ("stroke-linecap", "round")]))
    return simple(SIDE, [body], seat_chair(SIDE, back=10) + [cord, pad] + waves)


def seated_row() -> Drawing:
    # Sitting tall: arms reaching forward as if holding handles, then elbows pulled back.
    reach = seated(lean=4, bend=0.05, nod=4)
    for s in (NEAR, FARSIDE):
        reach.reach(s, add(reach.shoulder[s], v(flat_reach(10, 2), -10, side_z(s) * 2)), v(0, -1, side_z(s)))
    pull = seated(lean=-3, bend=-0.04, nod=-4)
    for s in (NEAR, FARSIDE):
        pull.reach(s, add(pull.chest, v(14, -30, side_z(s) * 18)), v(-1, -0.25, side_z(s) * 0.4))
    return simple(SIDE, [reach, pull], seat_chair(SIDE))


EXERCISES: dict[str, Callable[[], Drawing]] = {
    "upper-back-stretch": upper_back_stretch,
    "chest-stretch": chest_stretch,
    "doorway-stretch": doorway_stretch,
    "standing-twists": standing_twists,
    "inverted-pulls": inverted_pulls,
    "upper-back-bends": upper_back_bends,
    "cat-camel": cat_camel,
    "cat-stretch": cat_stretch,
    "kneeling-thoracic-rotation": kneeling_thoracic_rotation,
    "thread-the-needle": thread_the_needle,
    "childs-pose": childs_pose,
    "childs-pose-side": childs_pose_side,
    "down-dog": down_dog,
    "eagle-arm-circles": eagle_arm_circles,
    "towel-stretch": towel_stretch,
    "foam-roll-horizontal": foam_roll_horizontal,
    "foam-roll-snow-angels": foam_roll_snow_angels,
    "double-v": double_v,
    "embryo-pose": embryo_pose,
    "tennis-ball-release": tennis_ball_release,
    "heat-warmup": heat_warmup,
    "seated-row": seated_row,
}


# ---------------------------------------------------------------------------
# Layout and SVG output
# ---------------------------------------------------------------------------


def union(boxes: Sequence[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def body_points(body: Body) -> list[V]:
    pts = [body.pelvis, body.chest, body.head]
    for limb in (*body.arm.values(), *body.leg.values()):
        pts.extend(limb)
    return pts


def ground_shapes(drawing: Drawing, box: tuple[float, float, float, float]) -> list[Shape]:
    """The mat under the body, in picture coordinates before centring (box: the drawing's ink)."""
    cam = drawing.camera
    if drawing.ground == "mat3d":
        pts = [p for b in drawing.bodies for p in body_points(b)]
        x0, x1 = min(p[0] for p in pts) - 8, max(p[0] for p in pts) + 8
        z1 = max(abs(p[2]) for p in pts) + 16
        z0 = -z1
        corners = [cam(v(x0, 0, z0)), cam(v(x1, 0, z0)), cam(v(x1, 0, z1)), cam(v(x0, 0, z1))]
        return [Shape("polygon", [("points", corners), ("fill", PROP_FILL), ("fill-opacity", "0.25"),
                                  ("stroke", PROP_STROKE), ("stroke-width", "2"), ("stroke-linejoin", "round")])]
    if drawing.ground == "mat":
        floor_y = cam(v(0, 0))[1]
        x0, x1 = box[0] - 8, box[2] + 8
        return [Shape("rect", [("x", x0), ("y", floor_y), ("width", x1 - x0), ("height", 5), ("rx", 2.5),
                               ("ry", 2.5), ("fill", PROP_FILL), ("fill-opacity", "0.55"), ("stroke", "none")])]
    return []


def floor_line(y: float) -> Shape:
    return line((16, y + PROP_W / 2), (SIZE - 16, y + PROP_W / 2), PROP_STROKE, PROP_W)


@dataclass
class Picture:
    id: str
    scene: list[Shape]
    frames: list[list[Shape]]
    bodies: list[Body]


def compose(ex_id: str, drawing: Drawing) -> Picture:
    """Add the mat and floor, and centre everything on the canvas."""
    ink = [s.bounds() for s in drawing.scene] + [s.bounds() for f in drawing.frames for s in f]
    ground = ground_shapes(drawing, union(ink))
    boxes = ink + [s.bounds() for s in ground]
    floor = None
    if drawing.ground in ("floor", "mat"):
        floor = drawing.camera(v(0, 0))[1] + (5 if drawing.ground == "mat" else 0)
        boxes.append((union(ink)[0], floor, union(ink)[2], floor + PROP_W))
    full = union(boxes)
    dx = round((SIZE - (full[0] + full[2])) / 2 * 2) / 2
    dy = round((SIZE - (full[1] + full[3])) / 2 * 2) / 2
    scene = [s.moved(dx, dy) for s in ground]
    if floor is not None:
        scene.append(floor_line(floor + dy))
    scene += [s.moved(dx, dy) for s in drawing.scene]
    frames = [[s.moved(dx, dy) for s in f] for f in drawing.frames]
    final = union([s.bounds() for s in scene] + [s.bounds() for f in frames for s in f])
    if final[0] < MARGIN - 0.01 or final[1] < MARGIN - 0.01 or final[2] > SIZE - MARGIN + 0.01 or \
            final[3] > SIZE - MARGIN + 0.01:
        raise PoseError(f"{ex_id}: drawing does not fit the canvas: {final}")
    return Picture(ex_id, scene, frames, drawing.bodies)


def render_svg(pic: Picture) -> str:
    lines = [
        "<!-- Generated by tools/make_figures.py from its pose data; edit that, not this file. -->",
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
        return tomllib.load(fh)["exercise"]


def build_all() -> dict[str, Picture]:
    """Every exercise in exercises.toml, in its order, checked against the pose rules."""
    pictures: dict[str, Picture] = {}
    for ex in load_exercises():
        ex_id = str(ex["id"])
        if ex_id not in EXERCISES:
            raise SystemExit(f"no pose for exercise {ex_id!r}")
        pic = compose(ex_id, EXERCISES[ex_id]())
        want = "at least 2" if ex["moves"] else "exactly 1"
        if (len(pic.frames) >= 2) != bool(ex["moves"]) or (not ex["moves"] and len(pic.frames) != 1):
            raise PoseError(f"{ex_id}: moves={ex['moves']} needs {want} keyframes, has {len(pic.frames)}")
        for i, body in enumerate(pic.bodies):
            low, part = body.lowest()
            if low < -0.3:
                raise PoseError(f"{ex_id} kf{i}: {part} sinks {-low:.1f} px into the floor")
        pictures[ex_id] = pic
    return pictures


def write_all(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for ex_id, pic in build_all().items():
        path = out / f"{ex_id}.svg"
        path.write_text(render_svg(pic), encoding="utf-8", newline="\n")
        written.append(path)
    return written


# ---------------------------------------------------------------------------
# Preview (PySide6): every keyframe on a light and a dark background
# ---------------------------------------------------------------------------

BACKGROUNDS = {"light": "#f4f4f4", "dark": "#2b2d30"}


def lerp_shape(a: Shape, b: Shape, t: float) -> Shape:
    out: list[tuple[str, object]] = []
    for (name, va), (_, vb) in zip(a.attrs, b.attrs):
        if isinstance(va, (int, float)) and not isinstance(va, bool):
            out.append((name, va + (vb - va) * t))  # type: ignore[operator]
        elif name == "points":
            out.append((name, [(x + (x2 - x) * t, y + (y2 - y) * t) for (x, y), (x2, y2) in zip(va, vb)]))  # type: ignore[call-overload]
        elif name == "d":
            out.append((name, [(c, [(x + (x2 - x) * t, y + (y2 - y) * t) for (x, y), (x2, y2) in zip(p, p2)])
                               for (c, p), (_, p2) in zip(va, vb)]))  # type: ignore[call-overload]
        else:
            out.append((name, va))
    return Shape(a.tag, out)


def preview(pictures: dict[str, Picture], out: Path) -> list[Path]:
    """Render every keyframe on the light and the dark background:
    <id>-kf<n>-light.png / -dark.png; sheet-<n>.png (four exercises at full size, with the
    half-way frame the app would interpolate between kf0 and kf1); contact-sheet.png (all
    exercises, keyframes only, at 120 px) and contact-sheet-240.png (the same at 240 px)."""
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keep it alive)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def paint(painter: QPainter, pic: Picture, frame: list[Shape], x: float, y: float, size: float,
              bg: str) -> None:
        svg = render_svg(Picture(pic.id, pic.scene, [frame], []))
        painter.fillRect(QRectF(x, y, size, size), QColor(bg))
        QSvgRenderer(QByteArray(svg.encode())).render(painter, QRectF(x, y, size, size))

    def frames_of(pic: Picture, mid: bool) -> list[tuple[str, list[Shape]]]:
        frames = [(f"kf{i}", f) for i, f in enumerate(pic.frames)]
        if mid and len(pic.frames) > 1:
            frames.insert(1, ("half-way", [lerp_shape(a, b, 0.5) for a, b in zip(pic.frames[0], pic.frames[1])]))
        return frames

    for pic in pictures.values():
        for name, frame in frames_of(pic, mid=False):
            for bg_name, bg in BACKGROUNDS.items():
                img = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
                painter = QPainter(img)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                paint(painter, pic, frame, 0, 0, SIZE, bg)
                painter.end()
                path = out / f"{pic.id}-{name}-{bg_name}.png"
                img.save(str(path))
                written.append(path)

    def sheet(ids: Sequence[str], cell: int, per_row: int, mid: bool, path: Path) -> None:
        label_h = 16
        rows = [ids[i:i + per_row] for i in range(0, len(ids), per_row)]
        cols = max(sum(len(frames_of(pictures[pid], mid)) for pid in row) for row in rows) * len(BACKGROUNDS)
        img = QImage(cols * cell, len(rows) * (cell + label_h), QImage.Format.Format_ARGB32)
        img.fill(QColor("#808080"))
        painter = QPainter(img)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont("DejaVu Sans")
        font.setPixelSize(11)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        for r, row in enumerate(rows):
            y = r * (cell + label_h)
            x = 0
            for pid in row:
                for name, frame in frames_of(pictures[pid], mid):
                    label = f"{pid} {name}" if name == "kf0" else name
                    painter.drawText(QRectF(x + 3, y, cell * len(BACKGROUNDS) - 3, label_h),
                                     Qt.AlignmentFlag.AlignVCenter, label)
                    for bg in BACKGROUNDS.values():
                        paint(painter, pictures[pid], frame, x, y + label_h, cell, bg)
                        x += cell
        painter.end()
        img.save(str(path))
        written.append(path)

    ids = list(pictures)
    for n in range(0, len(ids), 4):
        sheet(ids[n:n + 4], SIZE, 1, True, out / f"sheet-{n // 4 + 1}.png")
    sheet(ids, 120, 2, False, out / "contact-sheet.png")
    sheet(ids, SIZE, 2, False, out / "contact-sheet-240.png")
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="where to write the SVGs")
    parser.add_argument("--preview", type=Path, metavar="DIR", help="also render PNG previews into DIR")
    args = parser.parse_args(argv)
    written = write_all(args.out)
    print(f"wrote {len(written)} SVGs to {args.out}")
    if args.preview:
        shots = preview(build_all(), args.preview)
        print(f"wrote {len(shots)} PNGs to {args.preview}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
