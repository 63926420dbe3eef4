"""The body model: one skeleton with fixed segment lengths, posed in 3-D.

Build the torso with the Body constructor (pelvis, spine direction, rounding, twist, nod),
then place the limbs: reach() puts a hand exactly where it rests and solves the elbow by
two-bone IK, stand() does the same for an ankle and the knee.  Limbs never change length
and contacts are exact.  The flesh around the bones (radii, the torso's cross-sections) is
here too, so the drawing and the floor check agree on where the body's surface is.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .geometry import V, add, cross, dist, ik, lerp, mul, polar, reject, rotate, sub, unit, v

# ---------------------------------------------------------------------------
# Skeleton proportions (px): roughly human proportions for a 186 px tall figure.
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
STRAIGHT = 0.995  # "straight" limbs keep a hint of bend so the elbow/knee position is defined

# ---------------------------------------------------------------------------
# Flesh (px): the radius of each limb at its joints, and the torso's cross-sections.
# ---------------------------------------------------------------------------

R = 6.5  # a limb resting on a surface has its centre line about this far above it (knees, elbows)
R_SHOULDER = 6.2
R_ELBOW = 4.8
R_WRIST = 3.7
R_HAND = 4.2  # the palm; fingertips taper to R_FINGERS
R_FINGERS = 3.2
HAND_BACK = 5.0  # the wrist is this far behind the middle of the hand
HAND_FRONT = 6.5  # the fingertips are this far ahead of it
R_HIP = 8.4
R_KNEE = 6.2
R_ANKLE = 4.3
R_HEEL = 4.8
R_TOE = 3.4
R_NECK = 5.2
HAND_Y = R_HAND  # a hand flat on the floor has its middle this high
ANKLE_Y = R_HEEL  # an ankle over a foot flat on the floor

# Torso cross-sections along the spine, from the pelvis (0) to the shoulders (1):
# (t, half depth front-to-back, half width side-to-side).
TORSO_PROFILE = (
    (0.00, 10.0, 13.0),
    (0.18, 9.2, 12.5),
    (0.40, 8.4, 11.5),
    (0.62, 9.8, 13.5),
    (0.82, 10.2, 15.0),
    (1.00, 8.5, 16.5),
)
TORSO_CAP_BOTTOM = 6.0  # the seat rounds off this far below the hip joint
TORSO_CAP_TOP = 5.0  # the shoulders round off this far above the shoulder line
TORSO_R = 10.0  # about how far the back's surface is from the spine (for contacts)


def torso_section(t: float) -> tuple[float, float]:
    """(half depth, half width) of the torso at t along the spine (0 pelvis, 1 shoulders)."""
    t = min(max(t, 0.0), 1.0)
    for (t0, d0, w0), (t1, d1, w1) in zip(TORSO_PROFILE, TORSO_PROFILE[1:]):
        if t <= t1:
            k = (t - t0) / (t1 - t0)
            k = k * k * (3 - 2 * k)  # smooth
            return d0 + (d1 - d0) * k, w0 + (w1 - w0) * k
    return TORSO_PROFILE[-1][1], TORSO_PROFILE[-1][2]


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
SIDES = (NEAR, FARSIDE)


def side_z(side: str) -> float:
    """+1 for the near side (toward the viewer of a side view), -1 for the far side."""
    return 1.0 if side == NEAR else -1.0


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
    gaze: alternatively, the neck's direction in the side-view plane (degrees,
    0 = forward, 90 = up); head_dir: or any 3-D direction.
    face: where the face points (default: the chest's front, turned with the neck).
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
    face: V | None = None

    chest: V = field(init=False)
    ctrl: V = field(init=False)
    shoulder: dict[str, V] = field(init=False)
    hip: dict[str, V] = field(init=False)
    arm: dict[str, tuple[V, V, V]] = field(init=False, default_factory=dict)
    leg: dict[str, tuple[V, V, V, V]] = field(init=False, default_factory=dict)
    hand_dir: dict[str, V] = field(init=False, default_factory=dict)

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
        self.hip_front = hip_front
        self.right = cross(chest_front, top)
        self.hip_right = cross(hip_front, bottom)
        self.shoulder = {
            NEAR: add(self.chest, mul(self.right, SHOULDER_HALF)),
            FARSIDE: add(self.chest, mul(self.right, -SHOULDER_HALF)),
        }
        self.hip = {
            NEAR: add(self.pelvis, mul(self.hip_right, HIP_HALF)),
            FARSIDE: add(self.pelvis, mul(self.hip_right, -HIP_HALF)),
        }
        if self.head_dir is None and self.gaze is not None:
            self.neck_dir = polar(self.gaze)
        elif self.head_dir is None:
            t = math.radians(self.nod)
            self.neck_dir = unit(add(mul(top, math.cos(t)), mul(chest_front, math.sin(t))))
        else:
            self.neck_dir = unit(self.head_dir)
        self.head = add(self.chest, mul(self.neck_dir, NECK + HEAD_R))
        face = self.face if self.face is not None else self.chest_front
        sideways = reject(face, self.neck_dir)
        if math.sqrt(sum(c * c for c in sideways)) < 1e-3:  # looking straight along the neck
            sideways = reject(mul(self.top, -1.0), self.neck_dir)
        self.face_dir = unit(sideways)

    # -- limbs ---------------------------------------------------------------

    def reach(self, side: str, hand: V, pole: V, hand_dir: V | None = None) -> Body:
        """Put the middle of the hand exactly at hand; the elbow bends toward pole.
        hand_dir: where the fingers point (default: on along the forearm)."""
        sh = self.shoulder[side]
        self.arm[side] = (sh, ik(sh, hand, UPPER_ARM, FOREARM, pole, f"arm {side}"), hand)
        self._hand(side, hand_dir)
        return self

    def point(self, side: str, direction: V, pole: V, straight: float = STRAIGHT, hand_dir: V | None = None) -> Body:
        """Reach (nearly) straight along direction."""
        hand = add(self.shoulder[side], mul(unit(direction), ARM * straight))
        return self.reach(side, hand, pole, hand_dir)

    def arm_fk(self, side: str, upper: V, fore: V, hand_dir: V | None = None) -> Body:
        """Place the arm by the directions of the upper arm and the forearm."""
        sh = self.shoulder[side]
        elbow = add(sh, mul(unit(upper), UPPER_ARM))
        self.arm[side] = (sh, elbow, add(elbow, mul(unit(fore), FOREARM)))
        self._hand(side, hand_dir)
        return self

    def _hand(self, side: str, hand_dir: V | None) -> None:
        _, elbow, hand = self.arm[side]
        self.hand_dir[side] = unit(hand_dir) if hand_dir is not None else unit(sub(hand, elbow))

    def stand(self, side: str, ankle: V, pole: V, toe: V) -> Body:
        """Put the ankle exactly at ankle (knee bends toward pole); toe: foot direction."""
        hip = self.hip[side]
        knee = ik(hip, ankle, THIGH, SHIN, pole, f"leg {side}")
        self.leg[side] = (hip, knee, ankle, add(ankle, mul(unit(toe), FOOT)))
        return self

    def wrist(self, side: str) -> V:
        return add(self.arm[side][2], mul(self.hand_dir[side], -HAND_BACK))

    def fingertips(self, side: str) -> V:
        return add(self.arm[side][2], mul(self.hand_dir[side], HAND_FRONT))

    def heel(self, side: str) -> V:
        _, knee, ankle, toe = self.leg[side]
        return add(ankle, mul(unit(sub(ankle, toe)), 3.0))

    def spine_at(self, t: float) -> V:
        """The point t along the spine curve (0 pelvis, 1 shoulder centre)."""
        a = lerp(self.pelvis, self.ctrl, t)
        b = lerp(self.ctrl, self.chest, t)
        return lerp(a, b, t)

    def spine_tangent(self, t: float) -> V:
        return unit(add(mul(sub(self.ctrl, self.pelvis), 2 * (1 - t)), mul(sub(self.chest, self.ctrl), 2 * t)))

    def spine_frame(self, t: float) -> tuple[V, V, V, V]:
        """(point, tangent, front, right) at t along the spine; front and right turn with the twist."""
        p = self.spine_at(t)
        tangent = self.spine_tangent(min(max(t, 0.0), 1.0))
        k = min(max(t, 0.0), 1.0)
        front = unit(add(mul(self.hip_front, 1 - k), mul(self.chest_front, k)))
        front = unit(reject(front, tangent))
        return p, tangent, front, cross(front, tangent)

    def spine_points(self, n: int = 12) -> list[V]:
        return [self.spine_at(i / n) for i in range(n + 1)]

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

    def surface_points(self) -> list[tuple[V, float, str]]:
        """Points of the skeleton with the radius of flesh around each, for the floor check."""
        parts: list[tuple[V, float, str]] = []
        for side in self.arm:
            sh, el, _ = self.arm[side]
            parts += [(sh, R_SHOULDER, f"shoulder {side}"), (el, R_ELBOW, f"elbow {side}"),
                      (self.wrist(side), R_WRIST, f"wrist {side}"), (self.arm[side][2], R_HAND, f"hand {side}"),
                      (self.fingertips(side), R_FINGERS, f"fingers {side}")]
        for side in self.leg:
            hip, kn, an, toe = self.leg[side]
            parts += [(kn, R_KNEE, f"knee {side}"), (an, R_ANKLE, f"ankle {side}"),
                      (self.heel(side), R_HEEL, f"heel {side}"), (toe, R_TOE, f"toes {side}")]
        for i in range(13):
            t = i / 12
            depth, _ = torso_section(t)
            parts.append((self.spine_at(t), min(depth, 9.0), "torso"))
        parts.append((self.head, HEAD_R, "head"))
        return parts

    def lowest(self) -> tuple[float, str]:
        """How far the lowest body part is above the floor (negative: sinks in), and which."""
        return min((p[1] - r, what) for p, r, what in self.surface_points())


EXPECTED_LENGTHS = {
    "upper_arm": UPPER_ARM,
    "forearm": FOREARM,
    "thigh": THIGH,
    "shin": SHIN,
    "foot": FOOT,
    "torso": TORSO,
    "neck": NECK + HEAD_R,
}
