"""Orthographic cameras: how a 3-D pose becomes a picture.

A camera turns the world by yaw about the vertical, then tips it by pitch about the
picture's horizontal, and drops the depth.  yaw 0 is a side view of a figure facing +x
(it faces right, its near side toward the viewer); yaw -90 shows its front; yaw +90 its
back; a positive pitch looks down from above, a little or a lot.  zoom scales the picture
(and, through the drawing code, the flesh and the props' radii with it).
"""

from __future__ import annotations

from dataclasses import dataclass

from .geometry import P2, V, rotate


@dataclass(frozen=True)
class Camera:
    yaw: float = 0.0
    pitch: float = 0.0
    zoom: float = 1.0  # picture px per world unit: above 1 for compact views, so the figure fills the card

    def rotate(self, p: V) -> V:
        p = rotate(p, (0.0, 1.0, 0.0), self.yaw)
        return rotate(p, (1.0, 0.0, 0.0), self.pitch)

    def __call__(self, p: V) -> P2:
        """Picture coordinates (y down, before centring on the canvas)."""
        x, y, _ = self.rotate(p)
        return (x * self.zoom, -y * self.zoom)

    def depth(self, p: V) -> float:
        """How near the viewer p is (larger is nearer)."""
        return self.rotate(p)[2]

    def direction(self, d: V) -> tuple[float, float, float]:
        """A direction in picture terms: (right, down, toward the viewer)."""
        x, y, z = self.rotate(d)
        return (x, -y, z)


SIDE = Camera()
FRONT = Camera(yaw=-90.0)  # the figure (facing +x) faces the viewer; its near side is on the picture's left
BEHIND = Camera(yaw=90.0)  # the figure's back; its near side is on the picture's right
