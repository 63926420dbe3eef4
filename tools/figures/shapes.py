"""SVG elements as data: a Shape is a tag with ordered attributes.

Geometry attributes are numbers, point lists or path command lists; everything else is a
string.  Keyframe elements use only line, circle, ellipse, polyline and path (M, L, Q, C),
whose numbers the app interpolates; rect appears only in the static scene.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .geometry import P2

PathData = list[tuple[str, list[P2]]]


@dataclass
class Shape:
    tag: str
    attrs: list[tuple[str, object]]

    def get(self, name: str) -> object:
        return dict(self.attrs)[name]

    def geometry(self) -> list[P2]:
        pts: list[P2] = []
        a = dict(self.attrs)
        if self.tag == "line":
            pts = [(a["x1"], a["y1"]), (a["x2"], a["y2"])]  # type: ignore[list-item]
        elif self.tag in ("polyline", "polygon"):
            pts = list(a["points"])  # type: ignore[call-overload]
        elif self.tag == "path":
            pts = sample_path(a["d"])  # type: ignore[arg-type]
        return pts

    def bounds(self) -> tuple[float, float, float, float]:
        """Approximate ink bounds (x0, y0, x1, y1) including stroke width."""
        a = dict(self.attrs)
        sw = float(a.get("stroke-width", 1)) / 2 if a.get("stroke", "none") != "none" else 0.0  # type: ignore[arg-type]
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

    def marked(self, css_class: str) -> Shape:
        """The same element with a class (the app ignores it; tests and tools find marks by it)."""
        return Shape(self.tag, [("class", css_class), *[(n, x) for n, x in self.attrs if n != "class"]])

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


# -- building blocks ------------------------------------------------------------------


def stroke_style(colour: str, width: float, opacity: float | None = None) -> list[tuple[str, object]]:
    style: list[tuple[str, object]] = [
        ("fill", "none"),
        ("stroke", colour),
        ("stroke-width", num(width)),
        ("stroke-linecap", "round"),
        ("stroke-linejoin", "round"),
    ]
    if opacity is not None:
        style.append(("stroke-opacity", num2(opacity)))
    return style


def fill_style(colour: str, opacity: float | None = None) -> list[tuple[str, object]]:
    style: list[tuple[str, object]] = [("fill", colour)]
    if opacity is not None:
        style.append(("fill-opacity", num2(opacity)))
    style.append(("stroke", "none"))
    return style


def num2(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


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


def filled(d: PathData, colour: str, opacity: float | None = None) -> Shape:
    return Shape("path", [("d", d), *fill_style(colour, opacity)])


def stroked(d: PathData, colour: str, width: float, opacity: float | None = None) -> Shape:
    return Shape("path", [("d", d), *stroke_style(colour, width, opacity)])


def polygon_path(pts: Sequence[P2]) -> PathData:
    """A closed outline as M/L commands (the last point repeats the first: no Z in keyframes)."""
    pts = list(pts)
    return [("M", [pts[0]]), *[("L", [p]) for p in pts[1:]], ("L", [pts[0]])]


def smooth_path(pts: Sequence[P2], closed: bool = False, tension: float = 1.0) -> PathData:
    """A smooth curve through pts (Catmull-Rom as cubic Beziers)."""
    pts = list(pts)
    n = len(pts)
    if n < 2:
        raise ValueError("a curve needs two points")
    d: PathData = [("M", [pts[0]])]
    count = n if closed else n - 1
    for i in range(count):
        p0 = pts[(i - 1) % n] if closed or i > 0 else pts[0]
        p1 = pts[i]
        p2 = pts[(i + 1) % n]
        p3 = pts[(i + 2) % n] if closed or i + 2 < n else pts[-1]
        k = tension / 6
        c1 = (p1[0] + (p2[0] - p0[0]) * k, p1[1] + (p2[1] - p0[1]) * k)
        c2 = (p2[0] - (p3[0] - p1[0]) * k, p2[1] - (p3[1] - p1[1]) * k)
        d.append(("C", [c1, c2, p2]))
    return d


def arc_points(c: P2, r: float, a0: float, a1: float, n: int) -> list[P2]:
    """n + 1 points on a circle from angle a0 to a1 (radians, picture coordinates)."""
    return [(c[0] + r * math.cos(a0 + (a1 - a0) * i / n), c[1] + r * math.sin(a0 + (a1 - a0) * i / n))
            for i in range(n + 1)]


def ellipse_path(c: P2, rx: float, ry: float, angle: float = 0.0) -> PathData:
    """A (turned) ellipse as four cubic arcs, ending where it starts."""
    k = 0.5523
    ca, sa = math.cos(angle), math.sin(angle)

    def at(x: float, y: float) -> P2:
        return (c[0] + x * ca - y * sa, c[1] + x * sa + y * ca)

    return [
        ("M", [at(rx, 0)]),
        ("C", [at(rx, ry * k), at(rx * k, ry), at(0, ry)]),
        ("C", [at(-rx * k, ry), at(-rx, ry * k), at(-rx, 0)]),
        ("C", [at(-rx, -ry * k), at(-rx * k, -ry), at(0, -ry)]),
        ("C", [at(rx * k, -ry), at(rx, -ry * k), at(rx, 0)]),
    ]
