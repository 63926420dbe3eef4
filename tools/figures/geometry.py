"""3-D vectors as plain tuples, two-bone inverse kinematics and a root finder.

World coordinates: x forward, y up, z toward the viewer of a side view; the floor is y = 0;
1 unit = 1 px of the 240 px canvas.
"""

from __future__ import annotations

import math
from collections.abc import Callable

V = tuple[float, float, float]
P2 = tuple[float, float]


class PoseError(ValueError):
    """A pose asks for something the skeleton cannot do (a limb too short to reach)."""


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
    """A vector in the side-view plane (x-y): 0 degrees = forward (+x), 90 = up."""
    t = math.radians(degrees)
    return (length * math.cos(t), length * math.sin(t), 0.0)


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


# -- the picture plane --------------------------------------------------------------


def add2(a: P2, b: P2) -> P2:
    return (a[0] + b[0], a[1] + b[1])


def sub2(a: P2, b: P2) -> P2:
    return (a[0] - b[0], a[1] - b[1])


def mul2(a: P2, k: float) -> P2:
    return (a[0] * k, a[1] * k)


def norm2(a: P2) -> float:
    return math.hypot(a[0], a[1])


def unit2(a: P2, fallback: P2 = (1.0, 0.0)) -> P2:
    n = norm2(a)
    return fallback if n < 1e-9 else (a[0] / n, a[1] / n)


def perp2(a: P2) -> P2:
    """a turned a quarter turn (counter-clockwise on screen, where y points down)."""
    return (a[1], -a[0])


def lerp2(a: P2, b: P2, t: float) -> P2:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
