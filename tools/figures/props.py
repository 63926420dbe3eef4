"""Props, built in world coordinates and drawn through the camera, as what they are: a chair
with four legs and a backrest, a door frame with both posts and the lintel, a wall, a bar,
a mat, a foam roller as a cylinder (its end shows which way it lies), a tennis ball with its
seam, a medicine ball, a heating pad with its cord, a towel, a resistance band.

Solid props are boxes and cylinders: a box shows only the faces turned to the viewer, each
face a little lighter or darker by which way it faces, so the shape reads in any view.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from .camera import Camera
from .geometry import P2, V, add, mul, perp2, sub, unit, unit2, v
from .shapes import PathData, Shape, ellipse_path, num, num2, polygon_path, smooth_path, stroke_style
from .style import PROP_DARK, PROP_FILL, PROP_FILL_OPACITY, PROP_STROKE, PROP_W


def prop_fill(opacity: float = PROP_FILL_OPACITY, stroke_width: float = 2.0) -> list[tuple[str, object]]:
    return [("fill", PROP_FILL), ("fill-opacity", num2(opacity)),
            ("stroke", PROP_STROKE), ("stroke-width", num(stroke_width)), ("stroke-linejoin", "round")]


def solid(d: PathData, opacity: float = PROP_FILL_OPACITY, stroke_width: float = 2.0) -> Shape:
    return Shape("path", [("d", d), *prop_fill(opacity, stroke_width)])


def bar_line(cam: Camera, a: V, b: V, width: float = 4.0, colour: str = PROP_STROKE) -> Shape:
    pa, pb = cam(a), cam(b)
    return Shape("line", [("x1", pa[0]), ("y1", pa[1]), ("x2", pb[0]), ("y2", pb[1]),
                          ("stroke", colour), ("stroke-width", num(width)), ("stroke-linecap", "round")])


# -- boxes ----------------------------------------------------------------------------------


def box(cam: Camera, lo: V, hi: V, stroke_width: float = 2.0, top_opacity: float | None = None) -> list[Shape]:
    """An axis-aligned box between corners lo and hi: its faces that face the viewer.
    top_opacity: a fainter top (a mat, whose top is mostly under the body)."""
    x0, y0, z0 = lo
    x1, y1, z1 = hi
    faces: list[tuple[V, list[V]]] = [
        (v(0, 1, 0), [v(x0, y1, z0), v(x1, y1, z0), v(x1, y1, z1), v(x0, y1, z1)]),
        (v(0, -1, 0), [v(x0, y0, z0), v(x0, y0, z1), v(x1, y0, z1), v(x1, y0, z0)]),
        (v(1, 0, 0), [v(x1, y0, z0), v(x1, y0, z1), v(x1, y1, z1), v(x1, y1, z0)]),
        (v(-1, 0, 0), [v(x0, y0, z0), v(x0, y1, z0), v(x0, y1, z1), v(x0, y0, z1)]),
        (v(0, 0, 1), [v(x0, y0, z1), v(x0, y1, z1), v(x1, y1, z1), v(x1, y0, z1)]),
        (v(0, 0, -1), [v(x0, y0, z0), v(x1, y0, z0), v(x1, y1, z0), v(x0, y1, z0)]),
    ]
    out = []
    for normal, corners in faces:
        facing = cam.rotate(normal)[2]
        if facing > 1e-3:
            # lit from above and a little from the front: tops lightest, undersides darkest
            light = 0.32 + 0.25 * max(normal[1], 0) + 0.18 * facing - 0.1 * max(-normal[1], 0)
            if normal[1] > 0 and top_opacity is not None:
                light = top_opacity
            out.append(solid(polygon_path([cam(p) for p in corners]), min(light, 0.75), stroke_width))
    return out


# -- cylinders ------------------------------------------------------------------------------


def cylinder(cam: Camera, a: V, b: V, r: float, core: float = 0.0, stripes: int = 0,
             opacity: float = PROP_FILL_OPACITY) -> list[Shape]:
    """A cylinder from a to b: its side, then the end that faces the viewer as an ellipse
    (with a core ring if core > 0) so the way it lies shows; stripes: lines along its length."""
    w = cam.rotate(unit(sub(b, a)))
    w2 = unit2((w[0], -w[1]), (1.0, 0.0))
    squash = max(abs(w[2]), 0.04)
    m2 = perp2(w2)
    angle = math.atan2(m2[1], m2[0])
    pa, pb = cam(a), cam(b)
    r *= cam.zoom

    def half(c: P2, toward: P2, n: int = 6) -> list[P2]:
        """The half of an end ellipse that bulges toward `toward` (from +m2 to -m2)."""
        out = []
        for i in range(n + 1):
            t = math.pi * i / n
            out.append((c[0] + m2[0] * r * math.cos(t) + toward[0] * r * squash * math.sin(t),
                        c[1] + m2[1] * r * math.cos(t) + toward[1] * r * squash * math.sin(t)))
        return out

    # round b's far half (+m2 to -m2), along the side to a, round a's far half back to +m2
    outline = half(pb, w2) + half(pa, (-w2[0], -w2[1]))[::-1]
    shapes = [solid(polygon_path(outline), opacity)]
    near_end, toward = (pb, w2) if w[2] >= 0 else (pa, (-w2[0], -w2[1]))
    for k in range(stripes):
        off = (k + 1) / (stripes + 1) * 2 - 1  # across the side, -1..1
        s = (m2[0] * r * off * 0.9, m2[1] * r * off * 0.9)
        bulge = math.sqrt(max(0.0, 1 - off * off)) * r * squash
        far = (pa if near_end is pb else pb)
        p0 = (far[0] + s[0] - toward[0] * bulge, far[1] + s[1] - toward[1] * bulge)
        p1 = (near_end[0] + s[0] - toward[0] * bulge, near_end[1] + s[1] - toward[1] * bulge)
        shapes.append(Shape("line", [("x1", p0[0]), ("y1", p0[1]), ("x2", p1[0]), ("y2", p1[1]),
                                     ("stroke", PROP_STROKE), ("stroke-width", "1.5"), ("stroke-linecap", "round"),
                                     ("stroke-opacity", "0.7")]))
    shapes.append(solid(ellipse_path(near_end, r, r * squash, angle), min(opacity + 0.2, 0.8)))
    if core > 0:
        shapes.append(Shape("path", [("d", ellipse_path(near_end, core, core * squash, angle)),
                                     *stroke_style(PROP_DARK, 1.5)]))
    return shapes


def roller(cam: Camera, centre: V, axis: V, r: float = 11.0, half_length: float = 44.0) -> list[Shape]:
    """A foam roller lying on the floor (or under a body) with its axis along `axis`."""
    d = mul(unit(axis), half_length)
    return cylinder(cam, sub(centre, d), add(centre, d), r, core=r * 0.38, stripes=2)


# -- furniture and the room -------------------------------------------------------------------


def chair(cam: Camera, front_x: float, seat: float = 42.0, facing: int = 1, depth: float = 40.0,
          back: float = 46.0, width: float = 40.0, z: float = 0.0) -> list[Shape]:
    """A plain chair: a seat board, four legs and a backrest.  facing=+1: the seat's front edge at
    front_x faces +x; seat: the height of the seat's top; z: the middle of the seat across."""
    back_x = front_x - facing * depth
    x0, x1 = min(front_x, back_x), max(front_x, back_x)
    th = 5.0
    hw = width / 2
    legs_far = [bar_line(cam, v(x, seat - th, z - hw + 3), v(x, 0, z - hw + 3)) for x in (x0 + 3, x1 - 3)]
    legs_near = [bar_line(cam, v(x, seat - th, z + hw - 3), v(x, 0, z + hw - 3)) for x in (x0 + 3, x1 - 3)]
    bx = back_x + facing * 1.5
    posts = [bar_line(cam, v(bx, seat, zz), v(bx - facing * 5, seat + back, zz)) for zz in (z - hw + 3, z + hw - 3)]
    rest_lo, rest_hi = seat + back * 0.55, seat + back
    rest = solid(polygon_path([cam(v(bx - facing * 3.1, rest_lo, z - hw + 1)), cam(v(bx - facing * 5.2, rest_hi, z - hw + 1)),
                               cam(v(bx - facing * 5.2, rest_hi, z + hw - 1)), cam(v(bx - facing * 3.1, rest_lo, z + hw - 1))]),
                 0.55)
    seat_box = box(cam, v(x0, seat - th, z - hw), v(x1, seat, z + hw))
    if cam.yaw == 0 and cam.pitch == 0:  # a side view: the near legs hide the far ones
        return [posts[1], rest, *seat_box, *legs_near]
    return [*legs_far, posts[0], rest, posts[1], *seat_box, *legs_near]


def door_frame(cam: Camera, x: float, half_width: float, height: float = 206.0, post: float = 8.0,
               depth: float = 12.0, wall: float = 18.0) -> list[Shape]:
    """A doorway in a wall across the x axis at x (the wall's face toward -x): both posts, the
    lintel, and a strip of wall beside each post."""
    z0, z1 = -half_width, half_width
    x1 = x + depth
    out: list[Shape] = []
    out += box(cam, v(x, 0, z0 - post - wall), v(x1, height + post, z0 - post))  # far wall
    out += box(cam, v(x, 0, z1 + post), v(x1, height + post, z1 + post + wall))  # near wall
    out += box(cam, v(x, height, z0 - post), v(x1, height + post, z1 + post))  # lintel
    out += box(cam, v(x, 0, z0 - post), v(x1, height, z0))  # far post
    out += box(cam, v(x, 0, z1), v(x1, height, z1 + post))  # near post
    return out


def wall(cam: Camera, x: float, height: float = 200.0, thickness: float = 10.0, z0: float = -40.0,
         z1: float = 40.0, facing: int = 1) -> list[Shape]:
    """A wall whose face is at x, facing +x (facing=1) or -x, with a skirting board."""
    back = x - facing * thickness
    shapes = box(cam, v(min(x, back), 0, z0), v(max(x, back), height, z1))
    shapes += box(cam, v(min(x, x + facing * 2.5), 0, z0), v(max(x, x + facing * 2.5), 9, z1))
    return shapes


def pole(cam: Camera, x: float, r: float = 3.5, height: float = 204.0, z: float = 0.0) -> list[Shape]:
    """A sturdy vertical bar from the floor to the ceiling, with a plate at each end."""
    plate = 9.0
    return [*cylinder(cam, v(x, 0, z), v(x, height, z), r, opacity=0.6),
            *box(cam, v(x - plate, 0, z - plate), v(x + plate, 3, z + plate)),
            *box(cam, v(x - plate, height, z - plate), v(x + plate, height + 3, z + plate))]


def mat(cam: Camera, x0: float, x1: float, z0: float = -30.0, z1: float = 30.0, thickness: float = 4.0) -> list[Shape]:
    """An exercise mat on the floor; the body lies on its top (y = 0)."""
    return box(cam, v(x0, -thickness, z0), v(x1, 0, z1), stroke_width=1.5, top_opacity=0.16)


def floor_line(cam: Camera, x0: float, x1: float, y: float = 0.0) -> Shape:
    a, b = cam(v(x0, y)), cam(v(x1, y))
    return Shape("line", [("x1", a[0]), ("y1", a[1] + PROP_W / 2), ("x2", b[0]), ("y2", b[1] + PROP_W / 2),
                          ("stroke", PROP_STROKE), ("stroke-width", num(PROP_W)), ("stroke-linecap", "round")])


# -- small things (these may move, so they use only keyframe-safe elements) -------------------


def tennis_ball(cam: Camera, centre: V, r: float = 8.0) -> list[Shape]:
    c = cam(centre)
    r *= cam.zoom
    k = r * 0.62
    seam_a = [("M", [(c[0] - r * 0.95, c[1] - r * 0.3)]), ("Q", [(c[0] - k * 0.2, c[1] - k * 0.1), (c[0] - r * 0.3, c[1] - r * 0.95)])]
    seam_b = [("M", [(c[0] + r * 0.95, c[1] + r * 0.3)]), ("Q", [(c[0] + k * 0.2, c[1] + k * 0.1), (c[0] + r * 0.3, c[1] + r * 0.95)])]
    return [
        Shape("circle", [("cx", c[0]), ("cy", c[1]), ("r", r), *prop_fill(0.75)]),
        Shape("path", [("d", seam_a), *stroke_style(PROP_DARK, 1.5)]),
        Shape("path", [("d", seam_b), *stroke_style(PROP_DARK, 1.5)]),
    ]


def medicine_ball(cam: Camera, centre: V, r: float = 11.0) -> list[Shape]:
    c = cam(centre)
    r *= cam.zoom
    across = [("M", [(c[0] - r, c[1])]), ("Q", [(c[0], c[1] + r * 0.55), (c[0] + r, c[1])])]
    down = [("M", [(c[0], c[1] - r)]), ("Q", [(c[0] - r * 0.5, c[1]), (c[0], c[1] + r)])]
    return [
        Shape("circle", [("cx", c[0]), ("cy", c[1]), ("r", r), ("fill", PROP_DARK), ("fill-opacity", "0.85"),
                         ("stroke", PROP_STROKE), ("stroke-width", "2")]),
        Shape("path", [("d", across), *stroke_style(PROP_FILL, 1.5)]),
        Shape("path", [("d", down), *stroke_style(PROP_FILL, 1.5)]),
    ]


def band(cam: Camera, points: Sequence[V], width: float = 3.0) -> Shape:
    """A resistance band through points (a smooth stroke)."""
    return Shape("path", [("d", smooth_path([cam(p) for p in points])), *stroke_style("#9a6fb0", width)])


def cloth(pts: Sequence[P2], width: float) -> list[Shape]:
    """A strip of cloth (a towel) along pts, seen edge-on where it folds: a filled band with a
    seam line along it and a fringe at both ends."""
    left: list[P2] = []
    right: list[P2] = []
    n = len(pts)
    for i, p in enumerate(pts):
        a, b = pts[max(i - 1, 0)], pts[min(i + 1, n - 1)]
        t = unit2((b[0] - a[0], b[1] - a[1]))
        m = perp2(t)
        left.append((p[0] + m[0] * width / 2, p[1] + m[1] * width / 2))
        right.append((p[0] - m[0] * width / 2, p[1] - m[1] * width / 2))
    outline = left + right[::-1]
    shapes = [Shape("path", [("d", polygon_path(outline)), ("fill", PROP_FILL), ("fill-opacity", "0.95"),
                             ("stroke", PROP_DARK), ("stroke-width", "1.6"), ("stroke-linejoin", "round")]),
              Shape("path", [("d", smooth_path(list(pts))), *stroke_style(PROP_DARK, 1.0, 0.7)])]
    for end, nxt in ((pts[0], pts[1]), (pts[-1], pts[-2])):
        t = unit2((end[0] - nxt[0], end[1] - nxt[1]))
        m = perp2(t)
        for k in (-0.3, 0.0, 0.3):
            base = (end[0] + m[0] * width * k, end[1] + m[1] * width * k)
            tip = (base[0] + t[0] * 3.5, base[1] + t[1] * 3.5)
            shapes.append(Shape("line", [("x1", base[0]), ("y1", base[1]), ("x2", tip[0]), ("y2", tip[1]),
                                         ("stroke", PROP_DARK), ("stroke-width", "1.2"), ("stroke-linecap", "round")]))
    return shapes


def heating_pad(corners: Sequence[P2]) -> list[Shape]:
    """A quilted pad between four picture points (in order round it): the pad, two rows of stitching."""
    a, b, c, d = corners
    shapes = [Shape("path", [("d", polygon_path(corners)), ("fill", PROP_FILL), ("fill-opacity", "0.8"),
                             ("stroke", PROP_STROKE), ("stroke-width", "2"), ("stroke-linejoin", "round")])]
    for k in (1 / 3, 2 / 3):
        p = (a[0] + (d[0] - a[0]) * k, a[1] + (d[1] - a[1]) * k)
        q = (b[0] + (c[0] - b[0]) * k, b[1] + (c[1] - b[1]) * k)
        shapes.append(Shape("line", [("x1", p[0]), ("y1", p[1]), ("x2", q[0]), ("y2", q[1]), ("stroke", PROP_STROKE),
                                     ("stroke-width", "1.2"), ("stroke-dasharray", "2 2")]))
    return shapes


def heat_waves(origin: P2, count: int = 3, spacing: float = 7.0, height: float = 18.0) -> list[Shape]:
    shapes = []
    for k in range(count):
        x0, y0 = origin[0] + k * spacing, origin[1]
        d = [("M", [(x0, y0)]), ("Q", [(x0 - 4, y0 - height / 4), (x0, y0 - height / 2)]),
             ("Q", [(x0 + 4, y0 - height * 3 / 4), (x0, y0 - height)])]
        shapes.append(Shape("path", [("d", d), *stroke_style(PROP_STROKE, 2.2)]))
    return shapes


def cord(a: P2, b: P2, sag: float = 10.0) -> Shape:
    mid = ((a[0] + b[0]) / 2, max(a[1], b[1]) + sag)
    return Shape("path", [("d", [("M", [a]), ("Q", [mid, b])]), *stroke_style(PROP_STROKE, 2.0)])
