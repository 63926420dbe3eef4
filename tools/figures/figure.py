"""A posed Body drawn through a Camera: limbs as tapered capsules, a torso with a chest and a
pelvis, a neck, a head with hair, hands and feet.

Each body part is drawn twice: first its contour (the same shapes grown by EDGE_W, in EDGE),
then its flesh.  Parts are painted back to front in the order a pose gives, so a near arm
over the trunk or over the far arm keeps a dark contour that separates them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from .body import (
    FARSIDE,
    HEAD_R,
    NEAR,
    NECK,
    R_ANKLE,
    R_ELBOW,
    R_FINGERS,
    R_HEEL,
    R_HIP,
    R_KNEE,
    R_NECK,
    R_SHOULDER,
    R_TOE,
    R_WRIST,
    TORSO_CAP_BOTTOM,
    TORSO_CAP_TOP,
    Body,
    torso_section,
)
from .camera import Camera
from .geometry import P2, V, add, cross, mul, perp2, unit, unit2
from .shapes import PathData, Shape, fill_style, smooth_path
from .style import ACCENT, EDGE, EDGE_W, FAR, HAIR

SIDE_ORDER: list[str] = ["arm_f", "leg_f", "trunk", "leg_n", "arm_n"]
"""Back to front for a side view: far limbs, the trunk (torso, neck, head), near limbs."""

R_WRIST_HAND = R_WRIST + 0.4


# -- outlines in the picture ------------------------------------------------------------


def capsule(a: P2, ra: float, b: P2, rb: float) -> PathData:
    """The outline of two circles and the tangents between them, as one closed path
    (M, L, C, C, L, C, C: the same commands whatever the numbers)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    d = math.hypot(dx, dy)
    u = (1.0, 0.0) if d < 1e-6 else (dx / d, dy / d)
    n = (-u[1], u[0])
    s = 0.0 if d < 1e-6 else max(-0.97, min(0.97, (ra - rb) / d))
    c = math.sqrt(1 - s * s)
    m1 = (n[0] * c + u[0] * s, n[1] * c + u[1] * s)
    m2 = (-n[0] * c + u[0] * s, -n[1] * c + u[1] * s)
    phi = math.asin(s)

    def arc(centre: P2, r: float, start: P2, sweep: float) -> list[tuple[str, list[P2]]]:
        """Two cubic arcs from direction start, turning by sweep (radians)."""
        out = []
        a0 = math.atan2(start[1], start[0])
        half = sweep / 2
        k = 4 / 3 * math.tan(half / 4) * r
        for i in range(2):
            t0, t1 = a0 + half * i, a0 + half * (i + 1)
            p0 = (centre[0] + r * math.cos(t0), centre[1] + r * math.sin(t0))
            p1 = (centre[0] + r * math.cos(t1), centre[1] + r * math.sin(t1))
            c1 = (p0[0] - k * math.sin(t0), p0[1] + k * math.cos(t0))
            c2 = (p1[0] + k * math.sin(t1), p1[1] - k * math.cos(t1))
            out.append(("C", [c1, c2, p1]))
        return out

    # The arc around b runs from m1 through u to m2; the one around a from m2 through -u to m1.
    # In picture coordinates (y down) turning from n towards u is a negative angle.
    sweep_b = -(math.pi - 2 * phi)
    sweep_a = -(math.pi + 2 * phi)
    p_a1 = (a[0] + ra * m1[0], a[1] + ra * m1[1])
    p_b1 = (b[0] + rb * m1[0], b[1] + rb * m1[1])
    p_a2 = (a[0] + ra * m2[0], a[1] + ra * m2[1])
    return [("M", [p_a1]), ("L", [p_b1]), *arc(b, rb, m1, sweep_b), ("L", [p_a2]), *arc(a, ra, m2, sweep_a)]


def circle_shape(c: P2, r: float, colour: str) -> Shape:
    return Shape("circle", [("cx", c[0]), ("cy", c[1]), ("r", r), *fill_style(colour)])


# -- body parts ---------------------------------------------------------------------------


def arm_capsules(cam: Camera, body: Body, side: str, grow: float) -> list[PathData]:
    sh, el, _ = body.arm[side]
    wrist, tips = body.wrist(side), body.fingertips(side)
    z = cam.zoom
    return [
        capsule(cam(sh), R_SHOULDER * z + grow, cam(el), R_ELBOW * z + grow),
        capsule(cam(el), R_ELBOW * z + grow, cam(wrist), R_WRIST * z + grow),
        capsule(cam(wrist), R_WRIST_HAND * z + grow, cam(tips), R_FINGERS * z + grow),
    ]


def leg_capsules(cam: Camera, body: Body, side: str, grow: float) -> list[PathData]:
    hip, knee, ankle, toe = body.leg[side]
    heel = body.heel(side)
    z = cam.zoom
    return [
        capsule(cam(hip), R_HIP * z + grow, cam(knee), R_KNEE * z + grow),
        capsule(cam(knee), R_KNEE * z + grow, cam(ankle), R_ANKLE * z + grow),
        capsule(cam(heel), R_HEEL * z + grow, cam(toe), R_TOE * z + grow),
    ]


def _cap(theta: float) -> tuple[float, float]:
    return math.cos(theta), math.sin(theta)


def torso_outline(cam: Camera, body: Body, grow: float) -> PathData:
    """The torso's silhouette: its cross-sections (an ellipse each, half depth by half width)
    along the spine, projected, with rounded ends at the seat and over the shoulders."""
    left: list[P2] = []
    right: list[P2] = []

    def section(p: V, tangent: V, front: V, side: V, depth: float, width: float, along: float, g: float) -> None:
        t2 = unit2(cam.direction(tangent)[:2], (0.0, -1.0))
        n2 = perp2(t2)
        f3, s3 = cam.direction(mul(front, depth)), cam.direction(mul(side, width))
        half = math.hypot(f3[0] * n2[0] + f3[1] * n2[1], s3[0] * n2[0] + s3[1] * n2[1]) * cam.zoom + g
        c = cam(add(p, mul(tangent, along)))
        left.append((c[0] + n2[0] * half, c[1] + n2[1] * half))
        right.append((c[0] - n2[0] * half, c[1] - n2[1] * half))

    p0, t0, f0, s0 = body.spine_frame(0.0)
    d0, w0 = torso_section(0.0)
    for theta in (0.0, 0.5, 1.05):  # the seat: an elliptical cap below the hips
        along, k = _cap(theta)
        section(p0, t0, f0, s0, d0 * k, w0 * k, -(TORSO_CAP_BOTTOM + grow / cam.zoom) * along, grow * k)
    for i in range(9):
        t = i / 8
        p, tangent, front, side = body.spine_frame(t)
        depth, width = torso_section(t)
        section(p, tangent, front, side, depth, width, 0.0, grow)
    p1, t1, f1, s1 = body.spine_frame(1.0)
    d1, w1 = torso_section(1.0)
    for theta in (1.05, 0.5, 0.0):  # over the shoulders
        along, k = _cap(theta)
        section(p1, t1, f1, s1, d1 * k, w1 * k, (TORSO_CAP_TOP + grow / cam.zoom) * along, grow * k)
    # the two tips (theta 0) are the same point on both sides: keep one of each
    return smooth_path(left + right[::-1][1:-1], closed=True)


def neck_capsule(cam: Camera, body: Body, grow: float) -> PathData:
    base = add(body.chest, mul(body.top, -3.0))
    top = add(body.chest, mul(body.neck_dir, NECK + 4.0))
    return capsule(cam(base), R_NECK * cam.zoom + grow, cam(top), (R_NECK - 0.4) * cam.zoom + grow)


def hair_path(cam: Camera, body: Body) -> PathData:
    """The back and crown of the head: the half of the head's sphere that faces away from the
    face and a little up, as the viewer sees it.  Worked out in the camera's space (x right,
    y up, z toward the viewer): the hair's edge is a great circle, of which the near half shows."""
    d = cam.rotate(unit(add(mul(body.neck_dir, 0.55), mul(body.face_dir, -0.85))))
    c = cam(body.head)
    r = (HEAD_R - 0.5) * cam.zoom

    def to_picture(p: V) -> P2:
        return (c[0] + r * p[0], c[1] - r * p[1])

    if abs(d[2]) > 0.985:  # the hair faces the viewer (a full disc) or away (nothing shows)
        k = 1.0 if d[2] > 0 else 0.02
        return smooth_path([(c[0] + r * k * math.cos(a), c[1] + r * k * math.sin(a))
                            for a in (2 * math.pi * i / 16 for i in range(16))], closed=True)
    e1 = unit(cross(d, (0.0, 0.0, 1.0)))
    e2 = cross(d, e1)
    if e2[2] < 0:
        e2 = mul(e2, -1.0)
    a1 = math.atan2(e1[1], e1[0])
    toward_hair = math.atan2(d[1], d[0])
    turn = 1.0 if math.sin(toward_hair - a1) > 0 else -1.0
    pts = [to_picture((math.cos(a1 + turn * math.pi * i / 8), math.sin(a1 + turn * math.pi * i / 8), 0.0))
           for i in range(9)]
    for i in range(1, 8):  # back from -e1 to +e1 over the visible half of the edge
        s = math.pi * (1 - i / 8)
        pts.append(to_picture(add(mul(e1, math.cos(s)), mul(e2, math.sin(s)))))
    return smooth_path(pts, closed=True, tension=0.5)


def part_shapes(cam: Camera, body: Body, item: str, colour: str) -> list[Shape]:
    """One body part: its contour then its flesh."""
    if item.startswith("arm_") or item.startswith("leg_"):
        side = NEAR if item.endswith("n") else FARSIDE
        make = arm_capsules if item.startswith("arm_") else leg_capsules
        return [Shape("path", [("d", d), *fill_style(EDGE)]) for d in make(cam, body, side, EDGE_W)] + \
               [Shape("path", [("d", d), *fill_style(colour)]) for d in make(cam, body, side, 0.0)]
    head = cam(body.head)
    head_r = HEAD_R * cam.zoom
    if item in ("trunk", "torso"):
        out = [Shape("path", [("d", torso_outline(cam, body, EDGE_W)), *fill_style(EDGE)]),
               Shape("path", [("d", neck_capsule(cam, body, EDGE_W)), *fill_style(EDGE)])]
        if item == "trunk":
            out.append(circle_shape(head, head_r + EDGE_W, EDGE))
        out += [Shape("path", [("d", torso_outline(cam, body, 0.0)), *fill_style(colour)]),
                Shape("path", [("d", neck_capsule(cam, body, 0.0)), *fill_style(colour)])]
        if item == "trunk":
            out += [circle_shape(head, head_r, colour), Shape("path", [("d", hair_path(cam, body)), *fill_style(HAIR)])]
        return out
    if item == "head":
        return [circle_shape(head, head_r + EDGE_W, EDGE), circle_shape(head, head_r, colour),
                Shape("path", [("d", hair_path(cam, body)), *fill_style(HAIR)])]
    raise ValueError(f"unknown body part {item!r}")


def figure(cam: Camera, body: Body, order: Sequence[str | Shape | list[Shape]] = SIDE_ORDER,
           colours: dict[str, str] | None = None) -> list[Shape]:
    """The body's elements in the given back-to-front order.  Items may also be already
    drawn props (Shapes) that sit between body parts.  colours override the defaults per part."""
    col = {"arm_f": FAR, "leg_f": FAR}
    col.update(colours or {})
    out: list[Shape] = []
    for item in order:
        if isinstance(item, Shape):
            out.append(item)
        elif isinstance(item, list):
            out.extend(item)
        else:
            out.extend(part_shapes(cam, body, item, col.get(item, ACCENT)))
    return out


