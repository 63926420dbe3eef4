"""Where it should be felt and which way it moves: target highlights and motion arrows.

A target highlight is a soft glow over a region of the body, taken from the exercise's
`targets` in exercises.toml: each target names a region on the skeleton (a stretch of the
back, the chest, the side under the arm, a shoulder, the neck).  Targets on the same surface
are merged into one glow.  The glow is two translucent yellow layers under a dotted outline
(dark dots on a light line), so it reads on the light and the dark card, over the body, and
without telling hues apart.

A motion arrow is a bold orange stroke with a dark outline and one or two heads.

Both are drawn into every keyframe after the figure, so they move with the body and are
mirrored with it.  Their elements carry a class: "target target-<id>..." (one token per
target the glow stands for) and "motion"; the app ignores classes, tests and tools use them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .body import NEAR, NECK, R_SHOULDER, Body, torso_section
from .camera import Camera
from .geometry import P2, V, add, mul, perp2, rotate, sub, unit, unit2
from .shapes import PathData, Shape, fill_style, polygon_path, smooth_path, stroke_style
from .style import ARROW, ARROW_EDGE, TARGET_DOTS, TARGET_GLOW, TARGET_LINE

# -- target regions -----------------------------------------------------------------------


@dataclass(frozen=True)
class Region:
    """A region on the skeleton.  surface: "back" or "front" of the torso between t0 and t1 along
    the spine (0 pelvis, 1 shoulder line, above 1 the base of the neck), or "shoulder",
    "rear-shoulder", "neck".  width: the glow's half width, px."""

    surface: str
    t0: float = 0.0
    t1: float = 1.0
    width: float = 7.0


REGIONS: dict[str, Region] = {
    "upper-back": Region("back", 0.55, 1.0, 8.0),
    "rhomboids": Region("back", 0.62, 0.92, 7.0),  # between the shoulder blades
    "trapezius": Region("back", 0.62, 1.12, 7.0),  # from mid-back over the top of the shoulders to the neck
    "thoracic-spine": Region("back", 0.42, 0.98, 6.5),
    "erector-spinae": Region("back", 0.08, 0.9, 6.0),  # all along the spine
    "lats": Region("back", 0.3, 0.85, 8.5),  # the broad muscles of the mid and lower back, up under the arms
    "chest": Region("front", 0.62, 0.95, 8.0),
    "shoulders": Region("shoulder", width=8.0),
    "rear-delts": Region("rear-shoulder", width=7.5),
    "neck": Region("neck", width=6.0),
}
"""Every target in knotbreak.core.exercises.TARGETS has a region."""

GLOW_CLASS = "target"
MOTION_CLASS = "motion"


def merged_regions(targets: Sequence[str]) -> list[tuple[tuple[str, ...], Region]]:
    """The glows to draw for these targets: one per surface of the torso (their spans joined),
    one per shoulder or neck region; each with the targets it stands for."""
    groups: dict[str, list[str]] = {}
    for target in targets:
        if target not in REGIONS:
            raise KeyError(f"no body region for target {target!r}")
        groups.setdefault(REGIONS[target].surface, []).append(target)
    out = []
    for surface, names in groups.items():
        regions = [REGIONS[n] for n in names]
        out.append((tuple(names), Region(surface, min(r.t0 for r in regions), max(r.t1 for r in regions),
                                         max(r.width for r in regions))))
    return out


def region_line(body: Body, region: Region, side: str = NEAR) -> list[V]:
    """The glow's centre line on the body, in world coordinates (9 points)."""
    pts: list[V] = []
    if region.surface in ("back", "front"):
        for i in range(9):
            t = region.t0 + (region.t1 - region.t0) * i / 8
            if t <= 1.0:
                p, _, front, _ = body.spine_frame(t)
                depth, _ = torso_section(t)
            else:  # the base of the neck
                p = add(body.chest, mul(body.neck_dir, (t - 1.0) * (NECK + 6) / 0.2))
                front = body.chest_front
                depth = 6.0
            pts.append(add(p, mul(front, depth * (0.72 if region.surface == "front" else -0.72))))
        return pts
    shoulder = body.shoulder[side]
    if region.surface in ("shoulder", "rear-shoulder"):
        shift = R_SHOULDER * (0.4 if region.surface == "shoulder" else -0.9)
        c = add(shoulder, mul(body.chest_front, shift))
        return [c] * 9
    if region.surface == "neck":
        a = add(body.chest, mul(body.neck_dir, 1.0))
        b = add(body.chest, mul(body.neck_dir, NECK + 3.0))
        back = mul(body.face_dir, -2.5)
        return [add(add(a, mul(sub(b, a), i / 8)), back) for i in range(9)]
    raise ValueError(region.surface)


def sausage(pts: Sequence[P2], w: float) -> PathData:
    """A smooth closed outline round a centre line, w either side and rounded at the ends;
    a round blob when all the points coincide."""
    n = len(pts)
    left: list[P2] = []
    right: list[P2] = []
    length = sum(math.dist(a, b) for a, b in zip(pts, pts[1:]))
    if length < 1.0:  # a blob: a circle as the same number of points
        c = pts[0]
        ring = [(c[0] + w * math.cos(a), c[1] + w * math.sin(a)) for a in (2 * math.pi * i / (2 * n + 2) for i in range(2 * n + 2))]
        return smooth_path(ring, closed=True)
    for i, p in enumerate(pts):
        a, b = pts[max(i - 1, 0)], pts[min(i + 1, n - 1)]
        m = perp2(unit2((b[0] - a[0], b[1] - a[1])))
        left.append((p[0] + m[0] * w, p[1] + m[1] * w))
        right.append((p[0] - m[0] * w, p[1] - m[1] * w))
    t_end = unit2((pts[-1][0] - pts[-2][0], pts[-1][1] - pts[-2][1]))
    t_start = unit2((pts[0][0] - pts[1][0], pts[0][1] - pts[1][1]))
    cap_end = [(pts[-1][0] + t_end[0] * w, pts[-1][1] + t_end[1] * w)]
    cap_start = [(pts[0][0] + t_start[0] * w, pts[0][1] + t_start[1] * w)]
    return smooth_path(left + cap_end + right[::-1] + cap_start, closed=True)


def hull_blob(circles: Sequence[tuple[P2, float]], n: int = 24) -> PathData:
    """A smooth closed outline round several discs (their convex hull), as n points on rays from
    the middle at fixed angles, so the outline changes smoothly from keyframe to keyframe."""
    ring: list[P2] = []
    for c, r in circles:
        ring += [(c[0] + r * math.cos(a), c[1] + r * math.sin(a)) for a in (2 * math.pi * i / 24 for i in range(24))]
    hull = _convex_hull(ring)
    cx = sum(p[0] for p in hull) / len(hull)
    cy = sum(p[1] for p in hull) / len(hull)
    pts: list[P2] = []
    for i in range(n):
        a = 2 * math.pi * i / n
        d = (math.cos(a), math.sin(a))
        best = 0.0
        for p, q in zip(hull, hull[1:] + hull[:1]):  # where the ray leaves the hull
            ex, ey = q[0] - p[0], q[1] - p[1]
            den = d[0] * ey - d[1] * ex
            if abs(den) < 1e-12:
                continue
            t = ((p[0] - cx) * ey - (p[1] - cy) * ex) / den
            s = ((p[0] - cx) * d[1] - (p[1] - cy) * d[0]) / den
            if t > 0 and -1e-9 <= s <= 1 + 1e-9:
                best = max(best, t)
        pts.append((cx + d[0] * best, cy + d[1] * best))
    return smooth_path(pts, closed=True)


def _convex_hull(pts: Sequence[P2]) -> list[P2]:
    """Andrew's monotone chain, counter-clockwise."""
    s = sorted(set(pts))

    def turn(o: P2, a: P2, b: P2) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[P2] = []
    for p in s:
        while len(lower) >= 2 and turn(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[P2] = []
    for p in reversed(s):
        while len(upper) >= 2 and turn(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def target_marks(cam: Camera, body: Body, targets: Sequence[str], side: str = NEAR) -> list[Shape]:
    """The glow over the regions of these targets: one region follows the body's curve (a band
    along it); regions on different surfaces (the back and the chest, a shoulder...) are joined
    into one blob round them all, so the picture shows one area, not overlapping outlines."""
    regions = merged_regions(targets)
    css = " ".join([GLOW_CLASS, *(f"target-{n}" for names, _ in regions for n in names)])

    def outline(grow: float) -> PathData:
        if len(regions) == 1:
            region = regions[0][1]
            return sausage([cam(p) for p in region_line(body, region, side)], region.width * cam.zoom + grow)
        circles = [(cam(p), region.width * cam.zoom + grow) for _, region in regions for p in region_line(body, region, side)]
        return hull_blob(circles)

    inner = outline(0.0)
    return [
        Shape("path", [("d", outline(3.5)), *fill_style(TARGET_GLOW, 0.2)]).marked(css),
        Shape("path", [("d", inner), *fill_style(TARGET_GLOW, 0.42)]).marked(css),
        Shape("path", [("d", inner), *stroke_style(TARGET_LINE, 2.4, 0.9)]).marked(css),
        Shape("path", [("d", inner), *stroke_style(TARGET_DOTS, 2.0), ("stroke-dasharray", "0.1 4")]).marked(css),
    ]


# -- motion arrows ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Arrow:
    """A motion arrow along pts (picture coordinates); heads: "end", "start" or "both"."""

    pts: tuple[P2, ...]
    heads: str = "end"


def arc(cam: Camera, centre: V, axis: V, start: V, degrees: float, heads: str = "end", n: int = 16) -> Arrow:
    """An arrow along a circular arc in 3-D: from centre + start, turning about axis (right-hand rule)."""
    axis = unit(axis)
    return Arrow(tuple(cam(add(centre, rotate(start, axis, degrees * i / n))) for i in range(n + 1)), heads)


def through(cam: Camera, pts: Sequence[V], heads: str = "end", n: int = 16) -> Arrow:
    """An arrow along a smooth curve through world points."""
    return Arrow(tuple(_resample(_smooth([cam(p) for p in pts]), n + 1)), heads)


def flat(pts: Sequence[P2], heads: str = "end", n: int = 16) -> Arrow:
    """An arrow through picture points (before centring: the same coordinates as cam())."""
    return Arrow(tuple(_resample(_smooth(list(pts)), n + 1)), heads)


def _smooth(pts: list[P2]) -> list[P2]:
    if len(pts) < 3:
        return pts
    out: list[P2] = []
    for i in range(len(pts) - 1):
        p0, p1, p2, p3 = pts[max(i - 1, 0)], pts[i], pts[i + 1], pts[min(i + 2, len(pts) - 1)]
        for k in range(8):
            t = k / 8
            t2, t3 = t * t, t * t * t
            out.append(tuple(0.5 * (2 * p1[j] + (-p0[j] + p2[j]) * t + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2
                                    + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3) for j in (0, 1)))  # type: ignore[arg-type]
    out.append(pts[-1])
    return out


def _resample(pts: Sequence[P2], n: int, start: float = 0.0, end: float | None = None) -> list[P2]:
    """n points evenly spaced by arc length between distances start and end along pts."""
    cum = [0.0]
    for a, b in zip(pts, pts[1:]):
        cum.append(cum[-1] + math.dist(a, b))
    total = cum[-1]
    end = total if end is None else end
    out = []
    for i in range(n):
        s = start + (end - start) * i / (n - 1)
        j = 1
        while j < len(cum) - 1 and cum[j] < s:
            j += 1
        seg = cum[j] - cum[j - 1]
        k = 0.0 if seg < 1e-9 else (s - cum[j - 1]) / seg
        a, b = pts[j - 1], pts[j]
        out.append((a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k))
    return out


HEAD_LEN = 14.0
HEAD_HALF = 9.0
SHAFT_W = 5.0
OUTLINE_W = 1.8


def _head(tip: P2, back: P2, grow: float) -> PathData:
    t = unit2((tip[0] - back[0], tip[1] - back[1]))
    m = perp2(t)
    base = (tip[0] - t[0] * HEAD_LEN, tip[1] - t[1] * HEAD_LEN)
    pts = [(tip[0] + t[0] * grow * 1.6, tip[1] + t[1] * grow * 1.6),
           (base[0] + m[0] * (HEAD_HALF + grow) - t[0] * grow, base[1] + m[1] * (HEAD_HALF + grow) - t[1] * grow),
           (base[0] + t[0] * 2.5, base[1] + t[1] * 2.5),
           (base[0] - m[0] * (HEAD_HALF + grow) - t[0] * grow, base[1] - m[1] * (HEAD_HALF + grow) - t[1] * grow)]
    return polygon_path(pts)


def arrow_marks(arrow: Arrow) -> list[Shape]:
    pts = list(arrow.pts)
    cum = sum(math.dist(a, b) for a, b in zip(pts, pts[1:]))
    start = HEAD_LEN * 0.8 if arrow.heads in ("start", "both") else 0.0
    end = cum - (HEAD_LEN * 0.8 if arrow.heads in ("end", "both") else 0.0)
    shaft = _resample(pts, 14, start, end)
    heads: list[tuple[P2, P2]] = []
    if arrow.heads in ("end", "both"):
        heads.append((pts[-1], _resample(pts, 2, 0.0, cum - HEAD_LEN)[1]))
    if arrow.heads in ("start", "both"):
        heads.append((pts[0], _resample(pts, 2, 0.0, HEAD_LEN)[1]))
    out = [Shape("polyline", [("points", shaft), *stroke_style(ARROW_EDGE, SHAFT_W + 2 * OUTLINE_W)])]
    out += [Shape("path", [("d", _head(tip, back, OUTLINE_W)), *fill_style(ARROW_EDGE)]) for tip, back in heads]
    out.append(Shape("polyline", [("points", shaft), *stroke_style(ARROW, SHAFT_W)]))
    out += [Shape("path", [("d", _head(tip, back, 0.0)), *fill_style(ARROW)]) for tip, back in heads]
    return [s.marked(MOTION_CLASS) for s in out]

