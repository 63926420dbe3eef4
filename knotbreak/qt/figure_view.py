"""Draws an exercise figure from Qt resources, animated and mirrored as needed."""

from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtCore import QByteArray, QCoreApplication, QFile, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QAccessible, QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from knotbreak.core.figure import Figure, FigureError
from knotbreak.qt.accessible_roles import give_accessible_role
from knotbreak.qt.contrast import GRAPHICS_RATIO, contrast_ratio, readable
from knotbreak.qt.i18n import QT_TRANSLATE_NOOP, fill, translated
from knotbreak.qt.resources import ensure_resources

log = logging.getLogger(__name__)

FIGURE_SIZE = 240
"""The figure's preferred side, on a screen wide enough for it and the text beside it; the stretch
window overrides it, making the figure the largest thing in the window (stretch.FIGURE_SHARE)."""
MINIMUM_FIGURE_SIZE = 140
SCREEN_SHARE = 0.25
"""On a narrow screen (large scaling) the figure asks for no more than this share of its width, leaving the rest to the steps."""
FIGURE_INK = QColor("#1f8a80")
"""The body colour tools/make_figures.py draws the near limbs, trunk and head with."""
SIDE_NAMES = {
    "left": QT_TRANSLATE_NOOP("FigureView", "left side"),
    "right": QT_TRANSLATE_NOOP("FigureView", "right side"),
    "alternating": QT_TRANSLATE_NOOP("FigureView", "alternate sides"),
}
"""English, translated where said (figure_name)."""


@lru_cache(maxsize=64)
def load_figure(exercise_id: str) -> Figure | None:
    ensure_resources()
    file = QFile(f":/exercises/{exercise_id}.svg")
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        log.warning("no illustration for %s", exercise_id)
        return None
    try:
        return Figure(bytes(file.readAll().data()).decode("utf-8"))
    except FigureError as error:
        log.warning("illustration for %s is unusable: %s", exercise_id, error)
        return None
    finally:
        file.close()


def figure_name(exercise_name: str, side: str | None) -> str:
    """What the figure shows, as a screen reader says it: "Doorway chest stretch, left side"."""
    if side not in SIDE_NAMES:
        return exercise_name
    #: A figure's name for screen readers: %1 the exercise, %2 "left side", "right side" or "alternate sides".
    return fill(QCoreApplication.translate("FigureView", "%1, %2"), exercise_name, translated("FigureView", SIDE_NAMES[side]))


def card_colour(palette: QPalette) -> QColor:
    """The card behind the figure: the palette's base, unless the figure's ink would not stand out on it."""
    base = palette.color(QPalette.ColorRole.Base)
    if contrast_ratio(FIGURE_INK, base) >= GRAPHICS_RATIO:
        return base
    return max((QColor("white"), QColor("black")), key=lambda card: contrast_ratio(FIGURE_INK, card))


def card_edge_colour(palette: QPalette) -> QColor | None:
    """A border for the card where the card alone does not stand out 3:1 from the window; None where it does."""
    window = palette.color(QPalette.ColorRole.Window)
    if contrast_ratio(card_colour(palette), window) >= GRAPHICS_RATIO:
        return None
    return readable(palette.color(QPalette.ColorRole.Mid), window, GRAPHICS_RATIO)


class FigureView(QWidget):
    """A card with the figure; set_pose() chooses the exercise, position and side.

    Its accessible name says what it shows ("Doorway chest stretch, left
    side"), set by describe() when the exercise or side changes.
    """

    def __init__(self) -> None:
        super().__init__()
        give_accessible_role(FigureView, QAccessible.Role.Graphic)
        self._renderer = QSvgRenderer(self)
        self._figure: Figure | None = None
        self._key: tuple[str, float] | None = None
        self._mirrored = False
        self._position = 0.0
        self.exercise_id = ""
        self.setMinimumSize(QSize(MINIMUM_FIGURE_SIZE, MINIMUM_FIGURE_SIZE))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Exercise figure"))
        self.setAccessibleDescription(self.tr("An animated figure showing the movement"))

    def sizeHint(self) -> QSize:
        screen = self.screen()
        side = FIGURE_SIZE if screen is None else round(screen.availableGeometry().width() * SCREEN_SHARE)
        side = max(MINIMUM_FIGURE_SIZE, min(FIGURE_SIZE, side))
        return QSize(side, side)

    @property
    def mirrored(self) -> bool:
        return self._mirrored

    @property
    def position(self) -> float:
        """Where along the keyframes the picture is: 0 is kf0, 1.5 halfway from kf1 to kf2."""
        return self._position

    @property
    def keyframes(self) -> int:
        return self._figure.keyframes if self._figure is not None else 1

    def describe(self, exercise_name: str, side: str | None) -> None:
        name = figure_name(exercise_name, side)
        if name != self.accessibleName():  # each change is an event for assistive technology
            self.setAccessibleName(name)

    def show_exercise(self, exercise_id: str) -> None:
        if exercise_id != self.exercise_id:
            self.exercise_id = exercise_id
            self._figure = load_figure(exercise_id)
            self._key = None
            self.setAccessibleDescription(
                self.tr("An animated figure showing the movement") if self._figure is not None else self.tr("No picture for this exercise")
            )

    def set_pose(self, exercise_id: str, position: float, mirrored: bool) -> None:
        self.show_exercise(exercise_id)
        position = round(position, 2)  # finer steps are invisible at this size
        self._position = position
        key = (exercise_id, position)
        if key != self._key and self._figure is not None:
            self._key = key
            self._renderer.load(QByteArray(self._figure.svg_at(position)))
            self.update()
        if mirrored != self._mirrored:
            self._mirrored = mirrored
            self.update()

    def set_motion(self, exercise_id: str, motion: float, mirrored: bool) -> None:
        """The figure `motion` of the way from its first pose (0) to its last (1): see routine_runner.figure_motion."""
        self.show_exercise(exercise_id)
        self.set_pose(exercise_id, motion * (self.keyframes - 1), mirrored)

    def card_colour(self) -> QColor:
        return card_colour(self.palette())

    def card_edge_colour(self) -> QColor | None:
        return card_edge_colour(self.palette())

    def card_rect(self) -> QRectF:
        """A square as large as the widget allows, at the top, centred across."""
        side = min(self.width(), self.height())
        return QRectF((self.width() - side) / 2, 0, side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = self.card_rect()
        edge = self.card_edge_colour()
        radius = card.width() * 0.06
        if edge is not None:
            pen_width = 2.0
            painter.setPen(QPen(edge, pen_width))
            card_shape = card.adjusted(pen_width / 2, pen_width / 2, -pen_width / 2, -pen_width / 2)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            card_shape = card
        painter.setBrush(self.card_colour())
        painter.drawRoundedRect(card_shape, radius, radius)
        if self._figure is not None and self._renderer.isValid():
            if self._mirrored:
                painter.translate(card.center().x() * 2, 0)
                painter.scale(-1, 1)
            self._renderer.render(painter, card)
        painter.end()
