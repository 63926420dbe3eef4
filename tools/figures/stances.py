"""Stances several exercises share: standing, sitting on a chair, hands and knees, sitting on
the heels, lying on the back, folded forward over the knees."""

from __future__ import annotations

import math
from typing import Any

from .body import (
    ANKLE_Y,
    ARM,
    FOOT,
    HAND_Y,
    HEAD_R,
    HIP_HALF,
    LEG,
    NECK,
    R_HEEL,
    R_KNEE,
    R_TOE,
    SHIN,
    SHOULDER_HALF,
    SIDES,
    STRAIGHT,
    THIGH,
    TORSO,
    Body,
    side_z,
    spine_chord,
)
from .geometry import PoseError, V, add, bisect, dist, lerp, mul, polar, sub, unit, v

TOE_FWD = unit(v(FOOT, -(R_HEEL - R_TOE) - 0.4))  # a foot flat on the floor, pointing forward
TOE_BACK = unit(v(-FOOT, -1.6))  # a foot lying on its top behind a kneeling leg
KNEE_FWD = v(1, 0.2)
FLAT = v(1, 0, 0)  # a hand flat on the floor, fingers forward


def standing_legs(body: Body, ankle_x: float, pole: V = KNEE_FWD, width: float = HIP_HALF) -> Body:
    for s in SIDES:
        body.stand(s, v(ankle_x, ANKLE_Y, side_z(s) * width), pole, TOE_FWD)
    return body


def standing_pelvis_y(slack: float = 0.0) -> float:
    return ANKLE_Y + LEG * (1 - slack)


def flat_reach(drop: float, sideways: float = 0.0, straight: float = STRAIGHT) -> float:
    """How far forward a (nearly) straight arm reaches when its hand is drop below
    the shoulder and sideways off it."""
    return math.sqrt((ARM * straight) ** 2 - drop**2 - sideways**2)


# Tabletop (hands and knees): knees under the hips, hands under the shoulders.
KNEE_X = 0.0
KNEE_Y = R_KNEE
HIP_Y = KNEE_Y + THIGH
TABLE_HAND_X = math.sqrt(TORSO**2 - (HAND_Y + ARM * STRAIGHT - HIP_Y) ** 2)
KNEEL_ANKLE_Y = 5.0


def kneeling_legs(body: Body, knee_x: float | None = KNEE_X, width: float = HIP_HALF) -> Body:
    """Knees and shins on the floor, feet pointing back (tops of the feet down).
    knee_x=None puts each knee in front of its hip, a thigh's length away."""
    for s in SIDES:
        hip = body.hip[s]
        kz = side_z(s) * width
        if knee_x is None:
            flat2 = THIGH**2 - (hip[1] - KNEE_Y) ** 2 - (hip[2] - kz) ** 2
            if flat2 < 0:
                raise PoseError("kneeling: hip too high above the knee")
            knee = v(hip[0] + math.sqrt(flat2), KNEE_Y, kz)
        else:
            knee = v(knee_x, KNEE_Y, kz)
        if abs(dist(hip, knee) - THIGH) > 0.05:
            raise PoseError(f"kneeling: hip {dist(hip, knee):.2f} from knee, thigh is {THIGH}")
        drop = KNEE_Y - KNEEL_ANKLE_Y
        ankle = v(knee[0] - math.sqrt(SHIN**2 - drop**2), KNEEL_ANKLE_Y, kz)
        body.leg[s] = (hip, knee, ankle, add(ankle, mul(TOE_BACK, FOOT)))
    return body


def tabletop(bend: float = 0.0, twist: float = 0.0, gaze: float = -25.0, support: tuple[str, ...] = SIDES,
             hand_x: float = TABLE_HAND_X, **kw: Any) -> Body:
    """Hands and knees.  The spine's pitch is solved so the supporting arm(s) stay
    (nearly) straight with the hand flat on the floor at hand_x."""

    def build(pitch: float) -> Body:
        return Body(pelvis=v(KNEE_X, HIP_Y), up=polar(pitch), bend=bend, twist=twist, gaze=gaze, **kw)

    def miss(pitch: float) -> float:
        b = build(pitch)
        return max(dist(b.shoulder[s], v(hand_x, HAND_Y, side_z(s) * SHOULDER_HALF)) for s in support) - ARM * STRAIGHT

    body = build(bisect(miss, -30.0, 70.0))
    for s in support:
        body.reach(s, v(hand_x, HAND_Y, side_z(s) * SHOULDER_HALF), v(0.3, 0, side_z(s) * 0.2), FLAT)
    return kneeling_legs(body)


ON_HEELS_Y = KNEEL_ANKLE_Y + 15.0  # hip joints resting on the heels


def on_heels_pelvis(y: float = ON_HEELS_Y) -> V:
    """Hip centre when sitting back on the heels (knees at KNEE_X)."""
    return v(KNEE_X - math.sqrt(THIGH**2 - (y - KNEE_Y) ** 2), y)


def sit_on_heels(lean: float = 0.0, **kw: Any) -> Body:
    """Kneeling upright, hips resting on the heels; lean: torso angle from upright (+ forward)."""
    body = Body(pelvis=on_heels_pelvis(), up=polar(90 - lean), **kw)
    return kneeling_legs(body, knee_x=None)


# Sitting on a chair: feet flat, shins upright, thighs level.
SEAT_ANKLE_X = 34.0
SEAT_Y = ANKLE_Y + SHIN  # thigh centre line
SEAT_PELVIS = v(SEAT_ANKLE_X - THIGH, SEAT_Y)
SEAT_TOP = SEAT_Y - 7.5  # the thighs rest on the seat


def seated(lean: float = 0.0, knees: float = HIP_HALF, **kw: Any) -> Body:
    body = Body(pelvis=SEAT_PELVIS, up=polar(90 - lean), **kw)
    for s in SIDES:
        hip = body.hip[s]
        z = side_z(s) * knees
        reach = math.sqrt(THIGH**2 - (hip[2] - z) ** 2)
        knee = v(hip[0] + reach, SEAT_Y, z)
        ankle = v(knee[0], ANKLE_Y, z)
        body.leg[s] = (hip, knee, ankle, add(ankle, mul(TOE_FWD, FOOT)))
    return body


def hands_on_thighs(body: Body) -> Body:
    for s in SIDES:
        hip, knee = body.leg[s][0], body.leg[s][1]
        spot = lerp(hip, knee, 0.72)
        body.reach(s, v(spot[0], spot[1] + 12, spot[2]), v(-0.4, -1, side_z(s) * 0.3), v(1, -0.35, 0))
    return body


def hand_behind_head(body: Body, side: str, elbow_dir: V) -> Body:
    """Fingertips on the back of the head; the elbow points along elbow_dir."""
    spot = add(body.head, add(mul(body.face_dir, -HEAD_R * 0.75), mul(body.right, side_z(side) * 6)))
    return body.reach(side, spot, elbow_dir, hand_dir=mul(body.right, -side_z(side)))


SUPINE_Y = 10.0  # the spine of a body lying on its back


def supine(pelvis_y: float, chest_y: float, head_y: float, pelvis_x: float = 0.0, bend: float = 0.0) -> Body:
    """Lying on the back, head to the left (-x)."""
    chord = spine_chord(bend)
    chest = v(pelvis_x - math.sqrt(chord**2 - (chest_y - pelvis_y) ** 2), chest_y)
    rise = head_y - chest_y
    head_dir = v(-math.sqrt((NECK + HEAD_R) ** 2 - rise**2), rise)
    return Body(pelvis=v(pelvis_x, pelvis_y), up=sub(chest, v(pelvis_x, pelvis_y)), bend=bend, head_dir=head_dir,
                face=v(0, 1, 0))


def knees_up(body: Body, ankle_x: float) -> Body:
    """Lying with the knees bent and the feet flat on the floor at ankle_x."""
    for s in SIDES:
        body.stand(s, v(ankle_x, ANKLE_Y, side_z(s) * HIP_HALF), v(0, 1), TOE_FWD)
    return body


def folded_body(chest_y: float = 22.0, knee_width: float = HIP_HALF, bend: float = 0.03, hips_up: float = 6.0) -> Body:
    """Sitting back on the heels and folded forward over the thighs, forehead on the floor."""
    y = ON_HEELS_Y + hips_up  # folded forward, the hips sit up on the heels
    pelvis = on_heels_pelvis(y)
    chord = spine_chord(bend)
    chest = v(pelvis[0] + math.sqrt(chord**2 - (chest_y - pelvis[1]) ** 2), chest_y)
    drop = chest_y - HEAD_R
    head_dir = v(math.sqrt((NECK + HEAD_R) ** 2 - drop**2), -drop)
    body = Body(pelvis=pelvis, up=sub(chest, pelvis), bend=bend, head_dir=head_dir, face=v(0, -1, 0))
    return kneeling_legs(body, knee_x=None, width=knee_width)


__all__ = [
    "FLAT", "HIP_Y", "KNEE_FWD", "KNEE_X", "SEAT_ANKLE_X", "SEAT_PELVIS", "SEAT_TOP", "SEAT_Y", "TABLE_HAND_X",
    "TOE_BACK", "TOE_FWD", "flat_reach", "folded_body", "hand_behind_head", "hands_on_thighs", "kneeling_legs",
    "knees_up", "on_heels_pelvis", "seated", "sit_on_heels", "standing_legs", "standing_pelvis_y", "supine",
    "tabletop",
]
