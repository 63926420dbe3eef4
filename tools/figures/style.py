"""Colours and line widths of the figures.

The app draws the figures on a card whose colour follows the palette (figure_view.py:
white on the light palette, #1e1f22 on the dark one, black on high contrast), and it never
recolours the SVG.  So every colour that carries meaning must reach 3:1 against white and
against #1e1f22 (a luminance between 0.14 and 0.30), or be drawn with an outline that does.

- ACCENT (body, head, near limbs; figure_view.FIGURE_INK): 4.2:1 on white, 3.9:1 on dark.
- FAR (the far arm and leg): lighter and greyer, 3.05:1 on white, 5.4:1 on dark.
- EDGE: a dark contour around every body part; it separates the near limb from the far
  one and from the trunk, and outlines the body on the light card.
- HAIR: the back of the head, so the way the figure faces reads from any side.
- Props: grey, 3.25:1 on white, 5.1:1 on dark, with a translucent fill.
- TARGET (where it should be felt): a translucent yellow glow under a dotted outline of
  dark dots on a light line, readable on both cards and over the body.
- ARROW (which way it moves): bold orange with a dark outline.
"""

from __future__ import annotations

ACCENT = "#1f8a80"
FAR = "#5e9f98"
EDGE = "#0b3b37"
HAIR = "#177066"

PROP_STROKE = "#8a8f98"
PROP_FILL = "#b9bec6"
PROP_FILL_OPACITY = 0.45
PROP_DARK = "#6b7079"  # seams, cores, stitching on props
PROP_W = 3.0

TARGET_GLOW = "#ffc21a"
TARGET_DOTS = "#5c2a00"
TARGET_LINE = "#fff4cc"
ARROW = "#ff7a1a"
ARROW_EDGE = "#2e1200"

EDGE_W = 1.6  # the body's contour, outside its flesh
