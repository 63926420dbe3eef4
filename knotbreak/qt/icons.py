"""The tray icon: a ring that fills as a break comes closer, tinted by state."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer

from knotbreak.core.breakloop import State, Status
from knotbreak.qt.contrast import GRAPHICS_RATIO, readable
from knotbreak.qt.resources import ensure_resources

PROGRESS_STEPS = 32
"""The ring moves in this many steps, so the icon is redrawn at most that often per cycle."""

ACCENT = QColor("#1f8a80")
DUE = QColor("#e07b39")
PAUSED = QColor("#8a8f98")
TRACK = QColor(128, 128, 128, 110)


def progress_step(status: Status) -> int:
    if status.seconds_to_break is None or status.work_seconds <= 0:
        return PROGRESS_STEPS
    done = 1.0 - status.seconds_to_break / status.work_seconds
    return max(0, min(PROGRESS_STEPS, int(done * PROGRESS_STEPS)))


def app_icon() -> QIcon:
    ensure_resources()
    return QIcon(":/icons/knotbreak.svg")


TRAY_SIZES = (16, 22, 24, 32, 48, 64)


def state_colours(state: State, background: QColor | None = None) -> tuple[QColor, QColor]:
    """The icon's disc and ring colours; against a known background, moved until each stands out 3:1.

    A tray's background is the panel's, which the app cannot know: there the
    brand colours are used as they are.
    """
    colour = {State.DUE: DUE, State.PAUSED: PAUSED}.get(state, ACCENT)
    disc = colour.darker(140) if state is not State.DUE else QColor(colour)
    arc = colour.lighter(125)
    if background is None:
        return disc, arc
    return readable(disc, background, GRAPHICS_RATIO), readable(arc, background, GRAPHICS_RATIO)


def render_tray_icon(
    state: State, step: int, background: QColor | None = None, sizes: tuple[int, ...] = TRAY_SIZES
) -> QIcon:
    """One icon with a pixmap drawn for each size (by default each common tray size, so small trays stay crisp)."""
    icon = QIcon()
    for size in sizes:
        icon.addPixmap(_render(state, step, size, background))
    return icon


def _render(state: State, step: int, size: int, background: QColor | None) -> QPixmap:
    ensure_resources()
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ring = max(2.0, size * 0.14)
    bounds = QRectF(ring / 2, ring / 2, size - ring, size - ring)
    disc, arc = state_colours(state, background)

    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(disc)
    painter.drawEllipse(bounds.adjusted(ring * 0.6, ring * 0.6, -ring * 0.6, -ring * 0.6))

    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(TRACK, ring, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    painter.drawEllipse(bounds)
    if state is not State.PAUSED:
        fraction = 1.0 if state in (State.DUE, State.ON_BREAK) else step / PROGRESS_STEPS
        painter.setPen(QPen(arc, ring, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        # Qt angles are in 1/16 degree, counter-clockwise from 3 o'clock; start at 12 and go clockwise.
        painter.drawArc(bounds, 90 * 16, -int(fraction * 360 * 16))

    inset = ring * 1.05
    inner = bounds.adjusted(inset, inset, -inset, -inset)
    if state is State.PAUSED:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#ffffff"))
        bar = inner.width() * 0.22
        painter.drawRoundedRect(QRectF(inner.left() + bar * 0.8, inner.top(), bar, inner.height()), 2, 2)
        painter.drawRoundedRect(QRectF(inner.right() - bar * 1.8, inner.top(), bar, inner.height()), 2, 2)
    else:
        QSvgRenderer(":/icons/figure.svg").render(painter, inner)
    painter.end()
    return pixmap
