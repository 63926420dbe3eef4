"""Draws an exercise figure from Qt resources, animated and mirrored as needed."""

from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtCore import QByteArray, QFile, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from knotbreak.core.figure import Figure, FigureError
from knotbreak.qt.resources import ensure_resources

log = logging.getLogger(__name__)

FIGURE_SIZE = 240


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


class FigureView(QWidget):
    """A card with the figure; set_pose() chooses the exercise, position and side."""

    def __init__(self) -> None:
        super().__init__()
        self._renderer = QSvgRenderer(self)
        self._figure: Figure | None = None
        self._key: tuple[str, float] | None = None
        self._mirrored = False
        self.exercise_id = ""
        self.setMinimumSize(QSize(FIGURE_SIZE, FIGURE_SIZE))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(FIGURE_SIZE, FIGURE_SIZE)

    @property
    def mirrored(self) -> bool:
        return self._mirrored

    @property
    def keyframes(self) -> int:
        return self._figure.keyframes if self._figure is not None else 1

    def show_exercise(self, exercise_id: str) -> None:
        if exercise_id != self.exercise_id:
            self.exercise_id = exercise_id
            self._figure = load_figure(exercise_id)
            self._key = None

    def set_pose(self, exercise_id: str, position: float, mirrored: bool) -> None:
        self.show_exercise(exercise_id)
        position = round(position, 2)  # finer steps are invisible at this size
        key = (exercise_id, position)
        if key != self._key and self._figure is not None:
            self._key = key
            self._renderer.load(QByteArray(self._figure.svg_at(position)))
            self.update()
        if mirrored != self._mirrored:
            self._mirrored = mirrored
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QColor(self.palette().base().color())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(card)
        painter.drawRoundedRect(QRectF(self.rect()), 14, 14)
        if self._figure is not None and self._renderer.isValid():
            if self._mirrored:
                painter.translate(self.width(), 0)
                painter.scale(-1, 1)
            self._renderer.render(painter, QRectF(self.rect()))
        painter.end()
