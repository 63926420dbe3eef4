"""The exercises: one function each, returning the camera, the props and the keyframes.

Each function builds one Body per keyframe (see body.py and stances.py), picks the view that
shows the movement best, and says where the motion arrows go.  The target highlight is added
from exercises.toml's targets (marks.py); the mat, the floor and the centring by svg.py.
All keyframes of an exercise are drawn by the same code, so they hold the same elements.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from .body import (
    ANKLE_Y,
    ARM,
    FARSIDE,
    FOOT,
    FOREARM,
    HAND_Y,
    HEAD_R,
    HIP_HALF,
    LEG,
    NEAR,
    NECK,
    R_ELBOW,
    SHOULDER_HALF,
    SIDES,
    STRAIGHT,
    THIGH,
    TORSO,
    UPPER_ARM,
    Body,
    side_z,
    spine_chord,
)
from .camera import SIDE, Camera
from .figure import SIDE_ORDER, figure
from .geometry import V, add, bisect, lerp, mul, polar, rotate, sub, unit, v
from .marks import Arrow, arc, through
from .props import (
    band,
    box,
    chair,
    cloth,
    cord,
    door_frame,
    heat_waves,
    heating_pad,
    medicine_ball,
    pole,
    roller,
    tennis_ball,
    wall,
)
from .shapes import Shape
from .stances import (
    FLAT,
    HIP_Y,
    KNEE_X,
    KNEE_Y,
    SEAT_ANKLE_X,
    SEAT_TOP,
    SUPINE_Y,
    TOE_FWD,
    flat_reach,
    folded_body,
    hand_behind_head,
    hands_on_thighs,
    kneeling_legs,
    knees_up,
    seated,
    sit_on_heels,
    standing_legs,
    standing_pelvis_y,
    supine,
    tabletop,
)
from .svg import Drawing

Order = Sequence[str | Shape | list[Shape]]


def simple(cam: Camera, bodies: list[Body], scene: list[Shape] | None = None, ground: str = "floor",
           order: Order = SIDE_ORDER, colours: dict[str, str] | None = None,
           arrows: Sequence[Arrow | Sequence[Arrow]] | None = None, **kw: Any) -> Drawing:
    """One figure per keyframe in the same order; arrows: the same for every keyframe, or one list per keyframe."""
    frames = [figure(cam, b, order, colours) for b in bodies]
    return Drawing(cam, scene or [], frames, bodies, ground, per_frame(arrows, len(bodies)), **kw)


def per_frame(arrows: Sequence[Arrow | Sequence[Arrow]] | None, n: int) -> list[list[Arrow]]:
    """One list of arrows per keyframe: arrows given once stand for every keyframe."""
    if not arrows:
        return []
    single = [a for a in arrows if isinstance(a, Arrow)]
    if len(single) == len(arrows):
        return [single] * n
    return [[a] if isinstance(a, Arrow) else list(a) for a in arrows]


def desk_chair(cam: Camera, back: float = 0.0, **kw: float) -> list[Shape]:
    """The chair under a seated() body; back moves it backward (room for a cushion or pad)."""
    return chair(cam, front_x=SEAT_ANKLE_X - 12 - back, seat=SEAT_TOP, **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# Desk and standing
# ---------------------------------------------------------------------------


def upper_back_stretch() -> Drawing:
    # Seated, arms straight ahead at shoulder height, fingers laced and palms pushed away, back
    # rounded into a C, chin tucked.
    body = seated(lean=10, bend=0.12, nod=22, face=polar(-55))
    for s in SIDES:
        sh = body.shoulder[s]
        body.reach(s, v(sh[0] + flat_reach(2, SHOULDER_HALF - 4), sh[1] - 2, side_z(s) * 4), v(0, -1, side_z(s)),
                   hand_dir=v(0.5, 0.4, -side_z(s)))
    return simple(SIDE, [body], desk_chair(SIDE))


def chest_stretch() -> Drawing:
    # Standing tall, fingers laced behind the low back, arms long and drawn back away from the
    # tailbone, chest lifted, chin up.  Seen from the side and a little behind, so both arms
    # show meeting at the laced hands.
    cam = Camera(yaw=34, pitch=6, zoom=1.05)
    body = Body(pelvis=v(0, standing_pelvis_y(0.005)), up=polar(92), bend=-0.07, gaze=97, face=polar(30))
    standing_legs(body, 2)
    back = math.radians(40)
    for s in SIDES:
        body.point(s, v(-math.sin(back), -math.cos(back), -side_z(s) * 0.2), v(0.4, 0, side_z(s)),
                   hand_dir=v(-0.3, -1, -side_z(s) * 0.9))
    return simple(cam, [body], order=["arm_f", "leg_f", "trunk", "leg_n", "arm_n"])


def doorway_stretch() -> Drawing:
    # Half lunge in a doorway: the near upper arm out at shoulder height, the forearm up against
    # the door frame (an L), the chest leaning forward through the opening.  Seen from the front
    # and the near side, so the chest, the L of the arm and the whole frame (both posts and the
    # lintel) show; the forearm rests at the post's inner edge, in view through the opening.
    cam = Camera(yaw=-56, pitch=6)
    half = 36.0  # the opening's half width
    body = Body(pelvis=v(-2, 84), up=polar(80), bend=-0.05, nod=-4)
    body.stand(NEAR, v(36, ANKLE_Y, HIP_HALF + 2), v(1, 0.1), TOE_FWD)
    body.stand(FARSIDE, v(-34, ANKLE_Y, -HIP_HALF - 2), v(1, 0.1), TOE_FWD)
    sh = body.shoulder[NEAR]
    ex, ey = -R_ELBOW - 0.5, sh[1] - 2
    elbow = v(ex, ey, sh[2] + math.sqrt(UPPER_ARM**2 - (ex - sh[0]) ** 2 - (ey - sh[1]) ** 2))
    body.arm[NEAR] = (sh, elbow, add(elbow, v(-0.5, FOREARM, 0)))
    body.hand_dir[NEAR] = v(0, 1, 0)
    body.reach(FARSIDE, add(body.hip[FARSIDE], v(3, 14, -8)), v(-1, 0, -1), hand_dir=v(0.3, -1, 0))
    frame = door_frame(cam, 0.0, half, height=200.0, post=7.0)
    return simple(cam, [body], frame, order=["leg_f", "arm_f", "trunk", "leg_n", "arm_n"])


def standing_twists() -> Drawing:
    # Seen from behind and a little above, where the back muscles it works are: feet apart,
    # arms at chest height, the trunk and arms turned to one side, then swung round to the other.
    cam = Camera(yaw=90, pitch=20)
    bodies = [twisted_stance(65), twisted_stance(-65)]
    around = arc(cam, add(bodies[0].spine_at(1.0), v(0, 6, 0)), v(0, 1, 0), rotate(v(0, 0, 50), v(0, 1, 0), -8), -164, "both")
    order: Order = ["arm_f", "arm_n", "leg_f", "leg_n", "trunk"]
    return simple(cam, bodies, order=order, arrows=[around], target_side=[NEAR, FARSIDE])


def twisted_stance(turn: float, slack: float = 0.03) -> Body:
    """Standing with the feet apart, the trunk turned by `turn` degrees (+: toward the near side);
    the trailing foot pivots onto its toes."""
    body = Body(pelvis=v(0, standing_pelvis_y(slack)), up=polar(90), twist=turn, hip_twist=turn * 0.3, nod=-5)
    toward = 1.0 if turn > 0 else -1.0
    for s in SIDES:
        if side_z(s) == -toward:  # the trailing leg: heel up, knee turned in
            heel = 7.0
            ankle = v(-2, ANKLE_Y + heel, side_z(s) * 17)
            fl = math.sqrt(FOOT**2 - heel**2)
            body.stand(s, ankle, v(1, 0, toward * 0.9), v(fl * 0.9, -heel, toward * fl * 0.44))
        else:
            body.stand(s, v(0, ANKLE_Y, side_z(s) * 19), v(1, 0, side_z(s) * 0.15), v(1, -0.1, side_z(s) * 0.5))
    hands = add(add(body.chest, v(0, -10, 0)), mul(body.chest_front, 50))
    for s in SIDES:
        body.reach(s, add(hands, mul(body.right, side_z(s) * 3)), add(v(0, -0.7, 0), mul(body.right, side_z(s))))
    return body


def inverted_pulls() -> Drawing:
    # Standing close to a post, feet under the hips, knees soft; arms reaching forward, crossed at
    # the wrists, both hands gripping the post; pulling back gently so the upper back rounds and
    # widens, the head dropping between the arms.  The weight stays over the feet.
    body = Body(pelvis=v(-4, standing_pelvis_y(0.05)), up=polar(83), bend=0.15, nod=30)
    standing_legs(body, 0, pole=v(1, 0.2))
    grip = add(body.chest, v(flat_reach(12, SHOULDER_HALF - 4, 0.96), -12, 0))
    for s, dz, dy in ((NEAR, -2.5, 2.0), (FARSIDE, 2.5, -2.0)):  # crossed: the near hand on top, over to the far side
        body.reach(s, v(grip[0], grip[1] + dy, dz), v(0.2, -1, side_z(s)), hand_dir=v(0.2, 0, -side_z(s)))
    post = grip[0] + 6
    return simple(SIDE, [body], pole(SIDE, post))


def upper_back_bends() -> Drawing:
    # Kneeling facing a chair, elbows and forearms on the seat, chest sunk below it.
    cam = Camera(zoom=0.92)
    seat_top = SEAT_TOP
    body = Body(pelvis=v(5, HIP_Y - 0.5), up=polar(-16), bend=-0.13, nod=38)
    elbow_y = seat_top + R_ELBOW
    sh = body.shoulder[NEAR]
    elbow_x = sh[0] + math.sqrt(UPPER_ARM**2 - (elbow_y - sh[1]) ** 2)
    for s in SIDES:
        shs = body.shoulder[s]
        el = v(elbow_x, elbow_y, shs[2])
        body.arm[s] = (shs, el, add(el, v(FOREARM, 0, 0)))
        body.hand_dir[s] = v(1, 0, 0)
    kneeling_legs(body, knee_x=body.pelvis[0] - math.sqrt(THIGH**2 - (body.pelvis[1] - KNEE_Y) ** 2))
    scene = chair(cam, front_x=elbow_x - 6, facing=-1, seat=seat_top, depth=40)
    return simple(cam, [body], scene, ground="mat")


# ---------------------------------------------------------------------------
# Hands and knees
# ---------------------------------------------------------------------------


def cat_camel() -> Drawing:
    # Hands and knees: back rounded up with the head hanging, then belly sunk with the head up.
    bodies = [tabletop(bend=0.13, gaze=-80), tabletop(bend=-0.09, gaze=18)]
    top = add(bodies[0].spine_at(0.5), v(0, 34, 0))
    up_down = through(SIDE, [add(top, v(0, 20, 0)), add(top, v(0, -20, 0))], "both")
    return simple(SIDE, bodies, ground="mat", arrows=[up_down])


def cat_stretch() -> Drawing:
    # The rounded end of cat-camel, held: tailbone tucked, head hanging, looking toward the belly.
    return simple(SIDE, [tabletop(bend=0.16, gaze=-95)], ground="mat")


def kneeling_thoracic_rotation() -> Drawing:
    # Hands and knees, near hand behind the head: the elbow turned down under the chest toward
    # the supporting arm, then rotated open until it points at the ceiling.  Seen from the front
    # and the near side, so the elbow shows under the chest as well as up.
    cam = Camera(yaw=-48, pitch=10, zoom=1.15)
    bodies = []
    for twist, elbow, gaze in ((-55, v(-0.1, -1, -0.1), -60), (75, v(-0.1, 1, 0.3), -10)):
        body = tabletop(twist=twist, gaze=gaze, support=(FARSIDE,))
        hand_behind_head(body, NEAR, elbow)
        bodies.append(body)
    centre = add(bodies[0].chest, v(36, 4, 0))
    turn = arc(cam, centre, v(1, 0, 0), v(0, -36, 14), -165, "both")
    return simple(cam, bodies, ground="mat", arrows=[turn])


def thread_the_needle() -> Drawing:
    # kf0: near arm up to the ceiling; kf1: threaded under the chest, shoulder and cheek on the
    # mat, the other hand still pressing.  Seen from the front and the near side, so the arm
    # shows under the chest.
    cam = Camera(yaw=-58, pitch=14)
    up = tabletop(twist=60, gaze=-10, support=(FARSIDE,))
    far_hand = up.arm[FARSIDE][2]
    up.point(NEAR, v(0, 1, 0.15), v(-1, 0, 0))
    chest_y = 18.0
    pelvis = v(KNEE_X, HIP_Y)
    chord = spine_chord(0.04)
    chest = v(pelvis[0] + math.sqrt(chord**2 - (pelvis[1] - chest_y) ** 2), chest_y)
    head_drop = chest_y - HEAD_R
    head_dir = v(math.sqrt((NECK + HEAD_R) ** 2 - head_drop**2 - 16), -head_drop, -4)
    down = Body(pelvis=pelvis, up=sub(chest, pelvis), bend=0.04, twist=-62, head_dir=head_dir, face=v(0, 0, 1))
    down.reach(FARSIDE, far_hand, v(-0.7, 1, 0.3), FLAT)
    near_sh = down.shoulder[NEAR]
    down.reach(NEAR, v(near_sh[0] - 4, HAND_Y, near_sh[2] - ARM * 0.96), v(0, 1, 0), hand_dir=v(0, 0, -1))
    kneeling_legs(down)
    start = add(up.arm[NEAR][2], v(26, -8, 4))
    path = through(cam, [start, add(up.chest, v(40, 14, 28)), add(down.arm[NEAR][2], v(20, 14, 6))], "end")
    return simple(cam, [up, down], ground="mat", arrows=[path])


# ---------------------------------------------------------------------------
# Folded over the knees
# ---------------------------------------------------------------------------


def childs_pose() -> Drawing:
    # Hips back on the heels, forehead on the mat in front of the knees, arms long in front.
    cam = Camera(zoom=1.12)
    body = folded_body()
    for s in SIDES:
        sh = body.shoulder[s]
        body.reach(s, v(sh[0] + flat_reach(sh[1] - HAND_Y), HAND_Y, sh[2]), v(0, 1, 0), FLAT)
    return simple(cam, [body], ground="mat", order=["arm_f", "leg_f", "leg_n", "trunk", "arm_n"])


def childs_pose_side() -> Drawing:
    # Child's pose, both hands walked over to one side (kf0: toward the viewer), back through the
    # middle (kf1, where the app rests) and over to the other side (kf2); the hips stay back on the
    # heels.  The spine turns toward the hands and bows away from them (the side that stretches).
    # Seen from the side, where the folded pose reads at once, and from above enough (32 degrees,
    # not top-down) that the mat is a plane and the walk across it shows.  From behind, the middle
    # pose read as kneeling with the arms raised.
    cam = Camera(yaw=-10, pitch=32, zoom=1.1)
    up_axis = v(0, 1, 0)
    bend = 0.06

    def level(pelvis: V, chest: V, front: V, head_dir: V) -> Body:
        """The torso twisted about the spine so the shoulders are level."""
        def build(twist: float) -> Body:
            return Body(pelvis=pelvis, up=sub(chest, pelvis), front=front, bend=bend, twist=twist,
                        head_dir=head_dir, face=v(0, -1, 0))
        return build(bisect(lambda tw: build(tw).right[1], -80.0, 80.0))

    bodies = []
    for turn in (-18, 0, 18):  # degrees about the vertical; - turns toward the near side (+z)
        base = folded_body(bend=bend)
        chest = add(base.pelvis, rotate(sub(base.chest, base.pelvis), up_axis, turn))
        head_dir = rotate(base.neck_dir, up_axis, turn * 1.6)
        front = v(0, -1, 1.2 * math.copysign(1, -turn) if turn else 0.0)
        body = level(base.pelvis, chest, front, head_dir)
        body.hip, body.leg = base.hip, base.leg
        reach = rotate(v(1, 0, 0), up_axis, turn * 2.4)
        for s in SIDES:
            sh = body.shoulder[s]
            body.reach(s, add(v(sh[0], HAND_Y, sh[2]), mul(reach, flat_reach(sh[1] - HAND_Y))), v(0, 1, 0), reach)
        bodies.append(body)
    hands = [b.arm[NEAR][2] for b in bodies]
    ahead = v(26, 0, 0)
    sweep = through(cam, [add(hands[0], ahead), add(lerp(hands[0], hands[2], 0.5), v(44, 0, 0)), add(bodies[2].arm[FARSIDE][2], ahead)],
                    "both")
    order: Order = ["arm_f", "leg_f", "leg_n", "trunk", "arm_n"]
    pts = [p for b in bodies for p in (b.pelvis, *b.arm[NEAR], *b.arm[FARSIDE], b.head)]
    span = (min(p[0] for p in pts) - 20, max(p[0] for p in pts) + 22, min(p[2] for p in pts) - 12, max(p[2] for p in pts) + 12)
    return simple(cam, bodies, ground="mat", order=order, arrows=[sweep], mat_span=span)


def down_dog() -> Drawing:
    # Upside-down V: arms and back in one line, legs long, heels sinking toward the mat.
    hand = v(62, HAND_Y)
    back = polar(180 - 44)
    shoulder_c = add(hand, mul(back, ARM * STRAIGHT))
    pelvis = add(shoulder_c, mul(back, TORSO))
    body = Body(pelvis=pelvis, up=sub(shoulder_c, pelvis), front=v(-1, -1), nod=16)
    for s in SIDES:
        body.reach(s, v(hand[0], HAND_Y, side_z(s) * SHOULDER_HALF), v(-1, 1, 0), FLAT)
    heel = 5.0
    ankle_y = ANKLE_Y + heel
    ankle_x = pelvis[0] - math.sqrt((LEG * 0.999) ** 2 - (pelvis[1] - ankle_y) ** 2)
    toe_dir = v(math.sqrt(FOOT**2 - heel**2), -heel - 1.5)
    for s in SIDES:
        body.stand(s, v(ankle_x, ankle_y, side_z(s) * HIP_HALF), v(1, 0.1), toe_dir)
    return simple(SIDE, [body], ground="mat")


def eagle_arms(body: Body, lift: float) -> Body:
    """Arms wrapped: the near arm under, elbows stacked in front of the chest at shoulder height,
    forearms twisted round each other, palms together in front of the face; lift raises the
    elbows (degrees, about the shoulder line)."""
    axis = body.right
    front, up = body.chest_front, body.top
    elbow_c = add(add(body.chest, mul(front, 24)), mul(up, -4))
    hands_c = add(add(body.chest, mul(front, 30)), mul(up, 27))

    def lifted(p: V) -> V:
        return add(body.chest, rotate(sub(p, body.chest), axis, lift))

    for s, dz, dy in ((NEAR, -1.0, -4.0), (FARSIDE, 1.0, 4.0)):  # near elbow below, the far one resting in its crook
        sh = body.shoulder[s]
        elbow = lifted(add(add(elbow_c, mul(body.right, dz)), mul(up, dy)))
        elbow = add(sh, mul(unit(sub(elbow, sh)), UPPER_ARM))
        hand = lifted(add(hands_c, mul(body.right, -dz * 1.5)))
        hand = add(elbow, mul(unit(sub(hand, elbow)), FOREARM))
        body.arm[s] = (sh, elbow, hand)
        body.hand_dir[s] = unit(add(sub(hand, elbow), mul(body.right, -side_z(s) * 4)))
    return body


def eagle_arm_circles() -> Drawing:
    # Sitting on the heels, arms wrapped (near arm underneath), elbows at shoulder height, then
    # lifted; the arrow is the circle the elbows draw.  Seen from the front, three-quarter.
    cam = Camera(yaw=-22, pitch=6, zoom=1.3)
    bodies = [eagle_arms(sit_on_heels(lean=2, nod=4 - k * 0.3), k) for k in (0, 28)]
    return simple(cam, bodies, ground="mat", arrows=[elbow_circle(cam, bodies[0])],
                  order=["leg_f", "leg_n", "trunk", "arm_n", "arm_f"])


def seated_eagle_arm_circles() -> Drawing:
    # The same wrapped-arm circles sitting tall on a chair, for the desk.
    cam = Camera(yaw=-22, pitch=6, zoom=1.1)
    bodies = [eagle_arms(seated(lean=0, nod=4 - k * 0.3), k) for k in (0, 28)]
    return simple(cam, bodies, desk_chair(cam), arrows=[elbow_circle(cam, bodies[0])],
                  order=["leg_f", "leg_n", "trunk", "arm_n", "arm_f"])


# ---------------------------------------------------------------------------
# Lying down
# ---------------------------------------------------------------------------


def towel_stretch() -> Drawing:
    # Lying on the back, knees bent, a towel under the neck, its ends held up and back toward the
    # head at about 45 degrees; the elbows open to the sides.  Seen from the side and a little
    # above; the towel is drawn over the near arm so its whole loop shows.
    cam = Camera(yaw=-14, pitch=20)
    body = supine(SUPINE_Y, SUPINE_Y, HEAD_R + 1)
    knees_up(body, 66)
    nape = add(body.chest, mul(body.neck_dir, NECK * 0.8))
    grip = add(nape, polar(128, 48))
    for s in SIDES:
        body.reach(s, add(grip, v(0, 0, side_z(s) * 12)), v(0.5, 0.6, side_z(s) * 1.6), hand_dir=polar(128))
    under = v(nape[0] - 2, nape[1] - 4)
    hn, hf = body.arm[NEAR][2], body.arm[FARSIDE][2]
    tail = polar(128, 9)
    path = [add(hf, tail), hf, lerp(hf, add(under, v(0, 0, -5)), 0.5), add(under, v(0, 0, -5)), add(under, v(0, 0, 5)),
            lerp(hn, add(under, v(0, 0, 5)), 0.5), hn, add(hn, tail)]
    towel = cloth([cam(p) for p in path], 11.0)
    order: Order = ["arm_f", "leg_f", "torso", "leg_n", "arm_n", towel, "head"]
    return simple(cam, [body], ground="mat", order=order)


def foam_roll_horizontal() -> Drawing:
    # On the back across a roller, hands behind the head, hips up, feet planted: the body rolls
    # from the roller under the lower ribs (kf0) to the roller under the shoulder blades (kf1).
    cam = Camera(yaw=28, pitch=8, zoom=1.0)
    r = 11.0
    spine_y = 2 * r + SUPINE_Y
    bodies = []
    for contact in (36.0, 12.0):
        body = supine(spine_y - 2, spine_y + 1, spine_y + 8, pelvis_x=TORSO - contact)
        knees_up(body, 92)
        for s in SIDES:
            hand_behind_head(body, s, v(0.8, 1, side_z(s) * 1.2))
        bodies.append(body)
    scene = roller(cam, v(0, r, 0), v(0, 0, 1), r, 42)
    roll = through(cam, [v(-40, spine_y + 30, 0), v(14, spine_y + 30, 0)], "both")
    return simple(cam, bodies, scene, ground="mat", arrows=[roll])


def foam_roll_snow_angels() -> Drawing:
    # Lying along a roller (head and hips on it), knees bent: arms on the floor by the sides,
    # then swept out and overhead along the floor.  Seen from the side and above, so the sweep
    # along the floor shows.
    cam = Camera(yaw=0, pitch=38)
    r = 10.0
    spine_y = 2 * r + SUPINE_Y
    bodies = []
    for overhead in (False, True):
        body = supine(spine_y, spine_y, 2 * r + HEAD_R)
        knees_up(body, 58)
        for s in SIDES:
            sh = body.shoulder[s]
            out = 26.0
            fl = flat_reach(sh[1] - HAND_Y, out)
            hand = v(sh[0] - fl if overhead else sh[0] + fl, HAND_Y, sh[2] + side_z(s) * out)
            body.reach(s, hand, v(0, 1, side_z(s) * 0.5), hand_dir=v(hand[0] - sh[0], 0, hand[2] - sh[2]))
        bodies.append(body)
    scene = roller(cam, v((bodies[0].head[0] + bodies[0].pelvis[0]) / 2, r, 0), v(1, 0, 0), r,
                   (bodies[0].pelvis[0] - bodies[0].head[0]) / 2 + 12)
    sh = bodies[0].shoulder[NEAR]
    sweep = arc(cam, sh, v(0, 1, 0), v(44, -sh[1] + HAND_Y, 40), -130, "both")
    return simple(cam, bodies, scene, ground="mat", arrows=[sweep])


def double_v() -> Drawing:
    # Face down, the chest propped on forearms crossed under it, the hands walked out past the
    # sides, forehead on a roller lying across in front.  Seen from the front, three-quarter and
    # above, so the crossed forearms show under the chest with a hand out at each side.
    cam = Camera(yaw=-52, pitch=30)
    r = 10.0
    pelvis = v(0, 10)
    chest_y = 25.0
    bend = -0.04
    chord = spine_chord(bend)
    chest = v(math.sqrt(chord**2 - (chest_y - pelvis[1]) ** 2), chest_y)
    rise = -8.0
    head_dir = v(math.sqrt((NECK + HEAD_R) ** 2 - rise**2), rise)
    body = Body(pelvis=pelvis, up=sub(chest, pelvis), bend=bend, head_dir=head_dir, face=v(0.3, -1, 0))
    gap = r + HEAD_R
    head = body.head
    roller_c = v(head[0] + math.sqrt(gap**2 - (head[1] - r) ** 2), r)
    # crossed: each hand out past the opposite side, the near forearm on top
    body.reach(NEAR, v(chest[0] - 2, HAND_Y + 5, -27), v(1, 0.2, 0.3), hand_dir=v(-0.2, 0, -1))
    body.reach(FARSIDE, v(chest[0] - 6, HAND_Y, 27), v(1, 0.1, -0.3), hand_dir=v(-0.2, 0, 1))
    for s in SIDES:
        body.stand(s, v(-math.sqrt(LEG**2 - (pelvis[1] - 5) ** 2), 5, side_z(s) * HIP_HALF), v(0, 1), v(-1, -0.12))
    order: Order = ["leg_f", "leg_n", "arm_f", "arm_n", "trunk"]
    return simple(cam, [body], roller(cam, roller_c, v(0, 0, 1), r, 40), ground="mat", order=order)


def embryo_pose() -> Drawing:
    # Knees together, hips on the heels, folded forward with the forehead on the mat; the arms lie
    # back along the body, hands palms up on the mat beside the feet.  Seen from the side and a
    # little above so the near arm shows beside the legs.
    cam = Camera(zoom=1.2)
    body = folded_body(knee_width=6.0, bend=0.05)
    ankle_x = body.leg[NEAR][2][0]
    for s in SIDES:
        body.reach(s, v(ankle_x + 4, HAND_Y, side_z(s) * 22), v(0, 1, side_z(s) * 0.3), v(-1, 0, 0))
    return simple(cam, [body], ground="mat", order=["arm_f", "leg_f", "leg_n", "trunk", "arm_n"])


# ---------------------------------------------------------------------------
# Massage and warmth
# ---------------------------------------------------------------------------


def tennis_ball_release() -> Drawing:
    # Back to a wall, a ball pinned beside the shoulder blade; bending the knees rolls it to a
    # new spot (the ball moves half as far as the body).
    cam = Camera(yaw=22)
    r = 8.0
    wall_x = 0.0
    bodies, balls = [], []
    lean = 96.0
    for pelvis_y, contact in ((standing_pelvis_y(0.03), 40.0), (standing_pelvis_y(0.03) - 14, 48.0)):
        probe = Body(pelvis=v(0, pelvis_y), up=polar(lean))
        p, _, front, _ = probe.spine_frame(contact / TORSO)
        ball_c = add(add(p, mul(front, -(10.5 + r))), v(0, 0, 7))
        shift = (wall_x + r) - ball_c[0]
        body = Body(pelvis=v(shift, pelvis_y), up=polar(lean), nod=-6)
        standing_legs(body, shift + 20, pole=v(1, 0.1))
        for s in SIDES:
            body.point(s, v(0.12, -1, side_z(s) * 0.12), v(-1, 0, side_z(s) * 0.3))
        bodies.append(body)
        balls.append(v(wall_x + r, ball_c[1], 7))


    top = add(bodies[0].chest, v(32, 14, 0))
    up_down = through(cam, [top, add(top, v(0, -54, 0))], "both")
    # the ball is drawn over the highlight: it is what presses there
    return Drawing(cam, wall(cam, wall_x, facing=1), [figure(cam, b) for b in bodies], bodies, "floor", [[up_down]] * 2,
                   overlay=[tennis_ball(cam, ball, r) for ball in balls])


def heat_warmup() -> Drawing:
    # Sitting back in a chair with a heating pad (and its cord) across the upper back.
    body = seated(lean=-4, nod=4)
    hands_on_thighs(body)
    out = body.chest_front
    a = add(body.spine_at(0.38), mul(out, -10.0))
    b = add(body.spine_at(1.02), mul(out, -9.0))
    corners = [SIDE(add(a, mul(out, 1))), SIDE(add(b, mul(out, 1))), SIDE(add(b, mul(out, -8))), SIDE(add(a, mul(out, -8)))]
    plug = SIDE(add(a, mul(out, -8)))
    floor = SIDE(v(plug[0] - 30, 1.5))
    scene = desk_chair(SIDE, back=12) + [cord(plug, floor, 6)]
    scene += heat_waves(SIDE(add(b, v(-20, 12))), 3)
    return Drawing(SIDE, scene, [figure(SIDE, body)], [body], "floor", overlay=[heating_pad(corners)])


def seated_row() -> Drawing:
    # Sitting tall holding a resistance band looped round a post ahead: arms reaching forward,
    # then elbows pulled back and shoulder blades squeezed.
    post_x = 118.0
    reach = seated(lean=4, bend=0.05, nod=4)
    for s in SIDES:
        reach.reach(s, add(reach.shoulder[s], v(flat_reach(10, 2), -10, side_z(s) * 2)), v(0, -1, side_z(s)),
                    hand_dir=v(0.2, -1, 0))
    pull = seated(lean=-3, bend=-0.04, nod=-4)
    for s in SIDES:
        pull.reach(s, add(pull.chest, v(16, -30, side_z(s) * 18)), v(-1, -0.25, side_z(s) * 0.4), hand_dir=v(0.2, -1, 0))

    def make(b: Body) -> list[Shape]:
        hn = b.arm[NEAR][2]
        anchor = v(post_x, hn[1] + 1, 0)
        strap = band(SIDE, [hn, lerp(hn, anchor, 0.5), anchor])
        return figure(SIDE, b, ["arm_f", "leg_f", "trunk", strap, "leg_n", "arm_n"])

    elbow = reach.arm[NEAR][1]
    back_forth = through(SIDE, [add(elbow, v(8, 22, 0)), add(elbow, v(-50, 22, 0))], "both")
    scene = desk_chair(SIDE) + pole(SIDE, post_x + 4, 3.0, 120)
    bodies = [reach, pull]
    return Drawing(SIDE, scene, [make(b) for b in bodies], bodies, "floor", [[back_forth]] * 2)


def medicine_ball_toss() -> Drawing:
    # Facing a solid wall a long step away, a light medicine ball at the chest: twisted to one side
    # (kf0), turned back to toss the ball against the wall (kf1), twisted to the other side with it
    # caught (kf2).  Seen from behind and the near side, so the back it works and the wall show.
    cam = Camera(yaw=26, pitch=12)
    wall_x = 80.0
    r = 10.0
    bodies, balls = [], []
    for turn in (70, 0, -70):
        body = Body(pelvis=v(0, standing_pelvis_y(0.04)), up=polar(90), twist=turn, hip_twist=turn * 0.3, nod=-4)
        for s in SIDES:
            body.stand(s, v(0, ANKLE_Y, side_z(s) * 19), v(1, 0, side_z(s) * 0.2), v(1, -0.1, side_z(s) * 0.4))
        if turn:
            ball = add(add(body.chest, v(0, -20, 0)), mul(body.chest_front, 30))
            grip = ball
        else:
            ball = v(wall_x - r, body.chest[1] - 6, 0)
            grip = add(body.chest, v(54, -8, 0))
        for s in SIDES:
            body.reach(s, add(grip, mul(body.right, side_z(s) * r)), add(v(0, -0.6, 0), mul(body.right, side_z(s))),
                       hand_dir=mul(body.right, -side_z(s)))
        bodies.append(body)
        balls.append(ball)

    def make(b: Body, i: int) -> list[Shape]:
        return figure(cam, b, ["arm_f", "arm_n", medicine_ball(cam, balls[i], r), "leg_f", "leg_n", "trunk"])

    # the turn from side to side, round the front of the body toward the wall
    toss = arc(cam, add(bodies[1].spine_at(0.55), v(0, 0, 0)), v(0, 1, 0), v(0, 0, 42), 180, "both")
    scene = box(cam, v(wall_x, 0, -80), v(wall_x + 8, 170, 80))
    return Drawing(cam, scene, [make(b, i) for i, b in enumerate(bodies)], bodies, "floor", [[toss]] * 3)


def elbow_circle(cam: Camera, body: Body) -> Arrow:
    """The circle the wrapped elbows draw, in front of them, as seen beside the arms."""
    elbow = body.arm[NEAR][1]
    centre = add(add(elbow, mul(body.chest_front, 24)), mul(body.top, -6))
    return arc(cam, centre, body.right, mul(body.top, -15), 300, "end")


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
    "seated-eagle-arm-circles": seated_eagle_arm_circles,
    "towel-stretch": towel_stretch,
    "foam-roll-horizontal": foam_roll_horizontal,
    "foam-roll-snow-angels": foam_roll_snow_angels,
    "double-v": double_v,
    "embryo-pose": embryo_pose,
    "tennis-ball-release": tennis_ball_release,
    "heat-warmup": heat_warmup,
    "seated-row": seated_row,
    "medicine-ball-toss": medicine_ball_toss,
}

