"""Animated exercise figures: interpolating the keyframes of an exercise SVG.

Every exercise SVG has a static <g id="scene"> and keyframe groups
<g id="kf0">, <g id="kf1">, ... whose elements match one to one and differ
only in their numbers (tools/make_figures.py guarantees it). A frame at any
moment is the scene plus one keyframe group whose numbers lie between two
neighbouring keyframes.

How the figure moves with the dose:
- reps: one round trip through the keyframes per rep (seconds_per_rep),
- timed movement: one round trip per CYCLE_SECONDS,
- a hold with several keyframes: move into the last keyframe over
  SETTLE_SECONDS, then hold it,
- one keyframe: a still picture.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass

from knotbreak.core.exercises import Dose

SVG_NS = "http://www.w3.org/2000/svg"
NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")
NUMERIC_ATTRIBUTES = frozenset({"x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "points", "d"})
CYCLE_SECONDS = 4.0
SETTLE_SECONDS = 3.0

ElementTree.register_namespace("", SVG_NS)


class FigureError(ValueError):
    pass


@dataclass(frozen=True)
class _Slot:
    """One attribute of one keyframe element: its text split around its numbers."""

    element_index: int
    attribute: str
    pieces: tuple[str, ...]  # text between numbers; len(numbers) + 1
    values: tuple[tuple[float, ...], ...]  # per keyframe


class Figure:
    def __init__(self, svg_text: str) -> None:
        try:
            self._root = ElementTree.fromstring(svg_text)
        except ElementTree.ParseError as error:
            raise FigureError(f"not valid SVG: {error}") from None
        groups = {g.get("id"): g for g in self._root.iter(f"{{{SVG_NS}}}g")}
        frames: list[ElementTree.Element] = []
        while f"kf{len(frames)}" in groups:
            frames.append(groups[f"kf{len(frames)}"])
        if not frames:
            raise FigureError("no keyframe group kf0")
        self.keyframes = len(frames)
        self._template = frames[0]
        self._slots = self._match(frames)
        parents = {child: parent for parent in self._root.iter() for child in parent}
        for extra in frames[1:]:
            parents[extra].remove(extra)

    def _match(self, frames: list[ElementTree.Element]) -> list[_Slot]:
        element_lists = [list(frame.iter())[1:] for frame in frames]
        if len({len(elements) for elements in element_lists}) != 1:
            raise FigureError("keyframes have different numbers of elements")
        slots = []
        for index, elements in enumerate(zip(*element_lists)):
            if len({element.tag for element in elements}) != 1:
                raise FigureError(f"element {index} changes kind between keyframes")
            for attribute in sorted(NUMERIC_ATTRIBUTES & set(elements[0].attrib)):
                texts = [element.get(attribute, "") for element in elements]
                numbers = [tuple(float(n) for n in NUMBER.findall(text)) for text in texts]
                if len({len(n) for n in numbers}) != 1:
                    raise FigureError(f"element {index} attribute {attribute} changes shape between keyframes")
                pieces = tuple(NUMBER.split(texts[0]))
                slots.append(_Slot(index, attribute, pieces, tuple(numbers)))
        return slots

    def svg_at(self, position: float) -> bytes:
        """The picture at a position along the keyframes: 0 is kf0, 1.5 is halfway from kf1 to kf2."""
        position = min(max(position, 0.0), self.keyframes - 1)
        low = int(math.floor(position))
        high = min(low + 1, self.keyframes - 1)
        blend = _ease(position - low)
        elements = list(self._template.iter())[1:]
        for slot in self._slots:
            a, b = slot.values[low], slot.values[high]
            numbers = [x + (y - x) * blend for x, y in zip(a, b)]
            text = slot.pieces[0]
            for number, piece in zip(numbers, slot.pieces[1:]):
                text += f"{number:.2f}".rstrip("0").rstrip(".") + piece
            elements[slot.element_index].set(slot.attribute, text)
        return ElementTree.tostring(self._root)


def position_at(keyframes: int, dose: Dose, moves: bool, elapsed: float) -> float:
    """Where along the keyframes the figure is, `elapsed` seconds into a work segment."""
    if keyframes < 2:
        return 0.0
    last = keyframes - 1
    if dose.kind == "hold":
        return last * min(1.0, max(0.0, elapsed) / SETTLE_SECONDS) if moves else 0.0
    period = dose.seconds_per_rep if dose.kind == "reps" and dose.seconds_per_rep > 0 else CYCLE_SECONDS
    phase = (max(0.0, elapsed) % period) / period  # 0..1 through one round trip
    return last * (1 - abs(2 * phase - 1))


def rep_number(dose: Dose, elapsed: float) -> int | None:
    """Which rep the person is on (from 1), following the cadence; None unless the dose counts reps."""
    if dose.kind != "reps" or dose.seconds_per_rep <= 0:
        return None
    return min(dose.reps, int(max(0.0, elapsed) // dose.seconds_per_rep) + 1)


def _ease(t: float) -> float:
    return (1 - math.cos(math.pi * t)) / 2
