"""Small QPainter charts for the statistics window: bars, paired bars, lines with gaps, horizontal bars.

QtCharts lives in the optional Addons package, so KnotBreak draws its own.
The charts take their colours from the widget's palette (text on base) plus
the app's teal and a second series colour that reads on light and dark
backgrounds, take every size from the font so they scale on high-DPI
screens, and say something friendly instead of drawing an empty frame.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

ACCENT = QColor("#1f8a80")
"""The app's teal: the first series everywhere."""
SECOND = QColor("#e07b39")
"""The second series (skipped breaks, tension before a routine); readable on white and on near-black."""

Formatter = Callable[[float], str]
_Value = TypeVar("_Value", bound="float | None")
"""What a SeriesDayChart stores per day: float, or float | None where None is a gap."""


def format_number(value: float) -> str:
    """'12', '1,234', '5.2', '0.5': one decimal below ten, none above, no trailing '.0'."""
    if abs(value) >= 10 or float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:.1f}".rstrip("0").rstrip(".")


def nice_ticks(maximum: float, target: int = 4, *, integer: bool = False) -> list[float]:
    """Round tick values from 0 to at least maximum, about target steps: 0, 2, 4, 6 or 0, 0.5, 1.

    Steps are 1, 2 or 5 times a power of ten (25, 250... too); integer keeps them whole.
    """
    maximum = maximum if maximum > 0 and math.isfinite(maximum) else 1.0
    target = max(1, target)
    raw = maximum / target
    magnitude = 10 ** math.floor(math.log10(raw))
    step = 10 * magnitude
    for multiple in (1, 2, 2.5, 5, 10):
        candidate = multiple * magnitude
        if multiple == 2.5 and magnitude < 10:
            continue  # 2.5 only as 25, 250...: quarter steps read badly
        if candidate >= raw * (1 - 1e-9):
            step = candidate
            break
    if integer:
        step = max(1.0, float(math.ceil(step - 1e-9)))
    count = max(1, math.ceil(maximum / step - 1e-9))
    return [round(i * step, 10) for i in range(count + 1)]


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    """a moved amount of the way towards b (0 is a, 1 is b), opaque."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def is_dark(base: QColor) -> bool:
    return base.lightnessF() < 0.5


def bar_colours(colour: QColor, base: QColor) -> tuple[QColor, QColor]:
    """(the other days, the highlighted day) for one-colour bars.

    The highlighted bar has the most contrast with the background: on a light
    base the others are paler, on a dark base the highlighted one is brighter.
    """
    if is_dark(base):
        return blend(colour, base, 0.15), colour.lighter(135)
    return blend(colour, base, 0.45), colour


def _small_font(font: QFont) -> QFont:
    small = QFont(font)
    if font.pointSizeF() > 0:
        small.setPointSizeF(font.pointSizeF() * 0.88)
    elif font.pixelSize() > 0:
        small.setPixelSize(max(1, round(font.pixelSize() * 0.88)))
    return small


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


@dataclass(frozen=True)
class _Colours:
    text: QColor
    muted: QColor
    grid: QColor
    axis: QColor
    base: QColor
    band: QColor


class Chart(QWidget):
    """The common part: colours, fonts, the empty state and painting set-up."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def has_data(self) -> bool:
        raise NotImplementedError

    def showing_empty_state(self) -> bool:
        return not self.has_data()

    def em(self) -> float:
        return QFontMetricsF(self.font()).height()

    def sizeHint(self) -> QSize:
        em = self.em()
        return QSize(round(em * 26), round(em * 12))

    def minimumSizeHint(self) -> QSize:
        em = self.em()
        return QSize(round(em * 14), round(em * 9))

    def colours(self) -> _Colours:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        # Mid is meant for this, but themes set it for bevels; lines mixed from
        # text and base keep the right contrast on any palette.
        return _Colours(
            text=text,
            muted=blend(text, base, 0.35),
            grid=blend(text, base, 0.88),
            axis=blend(text, base, 0.6),
            base=base,
            band=blend(text, base, 0.94),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        try:
            if self.has_data():
                self.paint_chart(painter, QRectF(self.rect()))
            else:
                self.paint_empty(painter, QRectF(self.rect()))
        finally:
            painter.end()

    def paint_chart(self, painter: QPainter, rect: QRectF) -> None:
        raise NotImplementedError

    def paint_empty(self, painter: QPainter, rect: QRectF) -> None:
        colours = self.colours()
        em = self.em()
        box = rect.adjusted(em * 0.25, em * 0.25, -em * 0.25, -em * 0.25)
        pen = QPen(colours.grid, 1.0, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box, em * 0.4, em * 0.4)
        painter.setPen(colours.muted)
        painter.setFont(self.font())
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(box.adjusted(em, em * 0.5, -em, -em * 0.5), int(flags), self.empty_text)


class DayChart(Chart):
    """A chart with one slot per day: a y axis with round ticks, day labels, a legend, tooltips.

    labels are what is written under each slot ('' for none: they are also
    thinned automatically when they would touch); tips, one per slot, start
    each slot's tooltip ('Mon 3 Mar').
    """

    integer_ticks = False
    fixed_maximum: float | None = None
    minimum_top = 0.0
    """The axis reaches at least this high, so a tiny first value does not get an axis of identical labels."""

    def __init__(
        self,
        labels: Sequence[str],
        *,
        highlight_index: int | None = None,
        unit_formatter: Formatter = format_number,
        tips: Sequence[str] | None = None,
        empty_text: str = "Nothing to show yet.",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(empty_text, parent)
        self.labels: tuple[str, ...] = tuple(labels)
        self.tips: tuple[str, ...] = tuple(tips) if tips is not None else self.labels
        self.highlight_index = highlight_index
        self.unit_formatter = unit_formatter
        self._plot: QRectF | None = None

    # What the subclasses provide.
    def slot_count(self) -> int:
        raise NotImplementedError

    def maximum(self) -> float:
        raise NotImplementedError

    def legend(self) -> list[tuple[str, QColor]]:
        return []

    def value_labels_room(self) -> bool:
        return False

    def tip_for(self, index: int) -> str:
        raise NotImplementedError

    def _set_axis(self, labels: Sequence[str], highlight_index: int | None, tips: Sequence[str] | None) -> None:
        self.labels = tuple(labels)
        self.tips = tuple(tips) if tips is not None else self.labels
        self.highlight_index = highlight_index
        self.setToolTip("")
        self.update()

    def _label(self, index: int) -> str:
        return self.labels[index] if index < len(self.labels) else ""

    def _tip(self, index: int) -> str:
        return self.tips[index] if index < len(self.tips) else self._label(index)

    def slot_rect(self, index: int) -> QRectF:
        plot = self._plot or QRectF(self.rect())
        width = plot.width() / max(1, self.slot_count())
        return QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    def paint_chart(self, painter: QPainter, rect: QRectF) -> None:
        colours = self.colours()
        em = self.em()
        small = _small_font(self.font())
        small_metrics = QFontMetricsF(small)
        line = small_metrics.height()
        area = rect.adjusted(em * 0.2, em * 0.3, -em * 0.5, -em * 0.2)

        top = area.top()
        legend = self.legend()
        if legend:
            self._paint_legend(painter, legend, QRectF(area.left(), top, area.width(), line), small, colours)
            top += line + em * 0.5
        if self.value_labels_room():
            top += line + em * 0.15
        bottom = area.bottom() - line - em * 0.35
        plot_height = max(1.0, bottom - top)

        target = max(2, min(5, int(plot_height / (em * 1.7))))
        maximum = self.fixed_maximum if self.fixed_maximum is not None else max(self.maximum(), self.minimum_top)
        ticks = nice_ticks(maximum, target, integer=self.integer_ticks)
        tick_texts = [self.unit_formatter(t) for t in ticks]
        axis_width = max(small_metrics.horizontalAdvance(t) for t in tick_texts) + em * 0.5
        plot = QRectF(area.left() + axis_width, top, max(1.0, area.width() - axis_width), plot_height)
        self._plot = plot
        top_value = ticks[-1] or 1.0

        # Grid and tick labels.
        painter.setFont(small)
        for value, text in zip(ticks, tick_texts):
            y = plot.bottom() - value / top_value * plot.height()
            painter.setPen(QPen(colours.axis if value == 0 else colours.grid, 1.0))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colours.muted)
            painter.drawText(
                QRectF(area.left(), y - line / 2, axis_width - em * 0.4, line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                text,
            )

        if self.highlight_index is not None and 0 <= self.highlight_index < self.slot_count():
            band = self.slot_rect(self.highlight_index)
            inset = min(band.width() * 0.06, em * 0.2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.band)
            painter.drawRoundedRect(band.adjusted(inset, -em * 0.2, -inset, 0), em * 0.25, em * 0.25)

        self.paint_values(painter, plot, top_value, colours)
        self._paint_day_labels(painter, plot, small, small_metrics, colours, em)

    def day_label_rects(self, plot: QRectF | None = None) -> list[tuple[int, QRectF]]:
        """Where each day label goes, (slot index, rect); labels that would touch another are left out.

        The highlighted label (today) is placed first, the rest around it.
        """
        plot = plot or self._plot
        if plot is None:
            return []
        em = self.em()
        small = _small_font(self.font())
        metrics = QFontMetricsF(small)
        bold_metrics = QFontMetricsF(_bold(small))
        count = self.slot_count()
        slot = plot.width() / max(1, count)
        gap = em * 0.4
        order = list(range(count))
        if self.highlight_index is not None and 0 <= self.highlight_index < count:
            order.remove(self.highlight_index)
            order.insert(0, self.highlight_index)
        placed: list[tuple[int, QRectF]] = []
        bounds = QRectF(self.rect())
        for index in order:
            text = self._label(index)
            if not text:
                continue
            width = (bold_metrics if index == self.highlight_index else metrics).horizontalAdvance(text)
            centre = plot.left() + (index + 0.5) * slot
            left = min(max(centre - width / 2, bounds.left() + 1.0), bounds.right() - width - 1.0)
            rect = QRectF(left, plot.bottom() + em * 0.25, width + 1.0, metrics.height())
            if any(rect.left() < other.right() + gap and rect.right() > other.left() - gap for _, other in placed):
                continue
            placed.append((index, rect))
        return sorted(placed, key=lambda item: item[0])

    def _paint_day_labels(
        self, painter: QPainter, plot: QRectF, small: QFont, metrics: QFontMetricsF, colours: _Colours, em: float
    ) -> None:
        bold = _bold(small)
        for index, rect in self.day_label_rects(plot):
            is_today = index == self.highlight_index
            painter.setFont(bold if is_today else small)
            painter.setPen(colours.text if is_today else colours.muted)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), self._label(index))

    def _paint_legend(
        self, painter: QPainter, legend: list[tuple[str, QColor]], rect: QRectF, font: QFont, colours: _Colours
    ) -> None:
        metrics = QFontMetricsF(font)
        swatch = metrics.height() * 0.62
        gap = metrics.height() * 0.35
        spacing = metrics.height()
        x = rect.right()
        painter.setFont(font)
        for name, colour in reversed(legend):
            width = metrics.horizontalAdvance(name)
            x -= width
            painter.setPen(colours.muted)
            painter.drawText(QRectF(x, rect.top(), width + 1.0, rect.height()), int(Qt.AlignmentFlag.AlignVCenter), name)
            x -= gap + swatch
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(
                QRectF(x, rect.center().y() - swatch / 2, swatch, swatch), swatch * 0.25, swatch * 0.25
            )
            x -= spacing

    def paint_values(self, painter: QPainter, plot: QRectF, top_value: float, colours: _Colours) -> None:
        raise NotImplementedError

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(QPointF(event.pos()))
            if index is None or not self.has_data():
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tip_for(index), self)
            return True
        return super().event(event)

    def index_at(self, point: QPointF) -> int | None:
        if self._plot is None or self.slot_count() == 0:
            return None
        plot = self._plot
        if not (plot.left() <= point.x() < plot.right()):
            return None
        return min(self.slot_count() - 1, int((point.x() - plot.left()) / plot.width() * self.slot_count()))


def _bar_path(rect: QRectF, radius: float) -> QPainterPath:
    """A bar with rounded top corners and a square foot on the axis."""
    radius = max(0.0, min(radius, rect.width() / 2, rect.height()))
    path = QPainterPath()
    path.moveTo(rect.left(), rect.bottom())
    path.lineTo(rect.left(), rect.top() + radius)
    path.quadTo(rect.left(), rect.top(), rect.left() + radius, rect.top())
    path.lineTo(rect.right() - radius, rect.top())
    path.quadTo(rect.right(), rect.top(), rect.right(), rect.top() + radius)
    path.lineTo(rect.right(), rect.bottom())
    path.closeSubpath()
    return path


class BarChart(DayChart):
    """One bar per day; the highlighted one (today) in full colour, the rest lighter.

    Values are written above the bars when they fit, and are always in the tooltip.
    """

    def __init__(
        self,
        values: Sequence[float] = (),
        labels: Sequence[str] = (),
        highlight_index: int | None = None,
        unit_formatter: Formatter = format_number,
        *,
        tips: Sequence[str] | None = None,
        colour: QColor = ACCENT,
        integer_ticks: bool = False,
        empty_text: str = "Nothing recorded in this period yet.",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            labels, highlight_index=highlight_index, unit_formatter=unit_formatter, tips=tips,
            empty_text=empty_text, parent=parent,
        )
        self.values: tuple[float, ...] = tuple(float(v) for v in values)
        self.colour = QColor(colour)
        self.integer_ticks = integer_ticks

    def set_data(
        self,
        values: Sequence[float],
        labels: Sequence[str],
        highlight_index: int | None = None,
        tips: Sequence[str] | None = None,
    ) -> None:
        self.values = tuple(float(v) for v in values)
        self._set_axis(labels, highlight_index, tips)

    def has_data(self) -> bool:
        return any(v > 0 for v in self.values)

    def slot_count(self) -> int:
        return len(self.values)

    def maximum(self) -> float:
        return max(self.values, default=0.0)

    def value_labels_room(self) -> bool:
        return True

    def tip_for(self, index: int) -> str:
        return f"{self._tip(index)}: {self.unit_formatter(self.values[index])}"

    def paint_values(self, painter: QPainter, plot: QRectF, top_value: float, colours: _Colours) -> None:
        em = self.em()
        count = len(self.values)
        slot = plot.width() / count
        bar_width = max(1.0, min(slot * 0.66, em * 2.4))
        small = _small_font(self.font())
        metrics = QFontMetricsF(small)
        texts = [self.unit_formatter(v) for v in self.values]
        show_values = max(metrics.horizontalAdvance(t) for t in texts) <= slot - em * 0.2
        normal, strong = bar_colours(self.colour, colours.base)
        for index, value in enumerate(self.values):
            centre = plot.left() + (index + 0.5) * slot
            height = max(0.0, value) / top_value * plot.height()
            if self.highlight_index is None:
                brush = self.colour
            else:
                brush = strong if index == self.highlight_index else normal
            if height > 0:
                bar = QRectF(centre - bar_width / 2, plot.bottom() - height, bar_width, height)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(brush)
                painter.drawPath(_bar_path(bar, min(em * 0.22, bar_width * 0.3)))
            if show_values and value > 0:
                painter.setFont(_bold(small) if index == self.highlight_index else small)
                painter.setPen(colours.text if index == self.highlight_index else colours.muted)
                painter.drawText(
                    QRectF(centre - slot / 2, plot.bottom() - height - metrics.height() - em * 0.1, slot, metrics.height()),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                    texts[index],
                )


class SeriesDayChart(DayChart, Generic[_Value]):
    """A day chart of named series, [(name, values), ...]: one colour each (cycled) and a legend.

    Values are stored through convert_value: floats here, a subclass may keep
    other values (LineChart keeps None for a gap).
    """

    def __init__(
        self,
        series: Sequence[tuple[str, Sequence[_Value]]],
        labels: Sequence[str],
        highlight_index: int | None,
        unit_formatter: Formatter,
        *,
        tips: Sequence[str] | None,
        colours: Sequence[QColor],
        empty_text: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(
            labels, highlight_index=highlight_index, unit_formatter=unit_formatter, tips=tips,
            empty_text=empty_text, parent=parent,
        )
        self.series: tuple[tuple[str, tuple[_Value, ...]], ...] = ()
        self.series_colours = tuple(QColor(c) for c in colours)
        self._store(series)

    def convert_value(self, value: _Value) -> _Value:
        """How one value is stored: as a float."""
        return float(value)  # type: ignore[arg-type,return-value]

    def _store(self, series: Sequence[tuple[str, Sequence[_Value]]]) -> None:
        self.series = tuple((name, tuple(self.convert_value(v) for v in values)) for name, values in series)

    def set_data(
        self,
        series: Sequence[tuple[str, Sequence[_Value]]],
        labels: Sequence[str],
        highlight_index: int | None = None,
        tips: Sequence[str] | None = None,
    ) -> None:
        self._store(series)
        self._set_axis(labels, highlight_index, tips)

    def _colour(self, index: int) -> QColor:
        return self.series_colours[index % len(self.series_colours)]

    def slot_count(self) -> int:
        return max((len(values) for _, values in self.series), default=0)

    def legend(self) -> list[tuple[str, QColor]]:
        return [(name, self._colour(i)) for i, (name, _) in enumerate(self.series)]


class PairedBarChart(SeriesDayChart[float]):
    """Two (or more) bars side by side per day, one colour per series, with a legend.

    series is [(name, values), ...]; colours default to teal then orange.
    """

    def __init__(
        self,
        series: Sequence[tuple[str, Sequence[float]]] = (),
        labels: Sequence[str] = (),
        highlight_index: int | None = None,
        unit_formatter: Formatter = format_number,
        *,
        tips: Sequence[str] | None = None,
        colours: Sequence[QColor] = (ACCENT, SECOND),
        integer_ticks: bool = True,
        empty_text: str = "Nothing recorded in this period yet.",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            series, labels, highlight_index, unit_formatter,
            tips=tips, colours=colours, empty_text=empty_text, parent=parent,
        )
        self.integer_ticks = integer_ticks

    def has_data(self) -> bool:
        return any(v > 0 for _, values in self.series for v in values)

    def maximum(self) -> float:
        return max((v for _, values in self.series for v in values), default=0.0)

    def value_labels_room(self) -> bool:
        return True

    def tip_for(self, index: int) -> str:
        parts = [
            f"{self.unit_formatter(values[index] if index < len(values) else 0)} {name.lower()}"
            for name, values in self.series
        ]
        return f"{self._tip(index)}: {', '.join(parts)}"

    def paint_values(self, painter: QPainter, plot: QRectF, top_value: float, colours: _Colours) -> None:
        em = self.em()
        count = self.slot_count()
        slot = plot.width() / count
        n = len(self.series)
        group = max(float(n), min(slot * 0.74, em * 2.0 * n))
        gap = min(group * 0.06, em * 0.12) if group >= n * 4 else 0.0
        bar_width = max(1.0, (group - gap * (n - 1)) / n)
        small = _small_font(self.font())
        metrics = QFontMetricsF(small)
        widest = max(
            (metrics.horizontalAdvance(self.unit_formatter(v)) for _, values in self.series for v in values),
            default=0.0,
        )
        show_values = widest <= bar_width + gap - em * 0.2
        for s, (_, values) in enumerate(self.series):
            colour = self._colour(s)
            for index, value in enumerate(values):
                left = plot.left() + (index + 0.5) * slot - group / 2 + s * (bar_width + gap)
                height = max(0.0, value) / top_value * plot.height()
                if height > 0:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(colour)
                    painter.drawPath(
                        _bar_path(QRectF(left, plot.bottom() - height, bar_width, height), min(em * 0.2, bar_width * 0.3))
                    )
                if show_values and value > 0:
                    painter.setFont(small)
                    painter.setPen(colours.muted)
                    centre = left + bar_width / 2
                    painter.drawText(
                        QRectF(centre - widest, plot.bottom() - height - metrics.height() - em * 0.05, widest * 2, metrics.height()),
                        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                        self.unit_formatter(value),
                    )


class LineChart(SeriesDayChart[float | None]):
    """Lines with dots over a fixed 0..maximum scale; None leaves a gap in the line.

    series is [(name, values), ...]; colours default to orange then teal.
    A lone value between gaps shows as a dot.
    """

    def __init__(
        self,
        series: Sequence[tuple[str, Sequence[float | None]]] = (),
        labels: Sequence[str] = (),
        highlight_index: int | None = None,
        unit_formatter: Formatter = format_number,
        *,
        tips: Sequence[str] | None = None,
        colours: Sequence[QColor] = (SECOND, ACCENT),
        maximum: float = 10.0,
        empty_text: str = "No answers in this period yet.",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            series, labels, highlight_index, unit_formatter,
            tips=tips, colours=colours, empty_text=empty_text, parent=parent,
        )
        self.fixed_maximum = maximum
        self.integer_ticks = True

    def convert_value(self, value: float | None) -> float | None:
        """A float, or None for a gap."""
        return None if value is None else float(value)

    def has_data(self) -> bool:
        return any(v is not None for _, values in self.series for v in values)

    def maximum(self) -> float:
        return self.fixed_maximum or 10.0

    def segments(self, series_index: int) -> list[list[int]]:
        """Runs of consecutive indexes with a value: what is drawn as one connected line."""
        runs: list[list[int]] = []
        current: list[int] = []
        for index, value in enumerate(self.series[series_index][1]):
            if value is None:
                if current:
                    runs.append(current)
                current = []
            else:
                current.append(index)
        if current:
            runs.append(current)
        return runs

    def tip_for(self, index: int) -> str:
        parts = []
        for name, values in self.series:
            value = values[index] if index < len(values) else None
            parts.append(f"{name.lower()} {'–' if value is None else self.unit_formatter(value)}")
        if all((values[index] if index < len(values) else None) is None for _, values in self.series):
            return f"{self._tip(index)}: no answers"
        return f"{self._tip(index)}: {', '.join(parts)}"

    def paint_values(self, painter: QPainter, plot: QRectF, top_value: float, colours: _Colours) -> None:
        em = self.em()
        count = self.slot_count()
        slot = plot.width() / count
        radius = max(3.0, em * 0.24)
        width = max(2.0, em * 0.13)

        def point(index: int, value: float) -> QPointF:
            clamped = max(0.0, min(top_value, value))
            return QPointF(plot.left() + (index + 0.5) * slot, plot.bottom() - clamped / top_value * plot.height())

        for s, (_, values) in enumerate(self.series):
            colour = self._colour(s)
            pen = QPen(colour, width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(pen)
            for run in self.segments(s):
                if len(run) < 2:
                    continue
                path = QPainterPath(point(run[0], values[run[0]]))  # type: ignore[arg-type]
                for index in run[1:]:
                    path.lineTo(point(index, values[index]))  # type: ignore[arg-type]
                painter.drawPath(path)
            painter.setPen(QPen(colours.base, max(1.0, em * 0.06)))
            painter.setBrush(colour)
            for index, value in enumerate(values):
                if value is not None:
                    painter.drawEllipse(point(index, value), radius, radius)


class HorizontalBars(Chart):
    """Named horizontal bars, longest first as given: a name column, the bar, the value at its end."""

    def __init__(
        self,
        items: Sequence[tuple[str, float]] = (),
        unit_formatter: Formatter = format_number,
        *,
        colour: QColor = ACCENT,
        empty_text: str = "Nothing recorded in this period yet.",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(empty_text, parent)
        self.items: tuple[tuple[str, float], ...] = tuple((name, float(v)) for name, v in items)
        self.unit_formatter = unit_formatter
        self.colour = QColor(colour)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_items(self, items: Sequence[tuple[str, float]]) -> None:
        self.items = tuple((name, float(v)) for name, v in items)
        self.updateGeometry()
        self.update()

    def has_data(self) -> bool:
        return any(v > 0 for _, v in self.items)

    def row_height(self) -> float:
        return self.em() * 1.75

    def sizeHint(self) -> QSize:
        em = self.em()
        rows = len(self.items) if self.has_data() else 0
        height = rows * self.row_height() + em * 0.6 if rows else em * 6
        return QSize(round(em * 24), math.ceil(height))

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(round(self.em() * 14), hint.height())

    def _geometry(self, rect: QRectF) -> tuple[float, float, list[QRectF]]:
        em = self.em()
        metrics = QFontMetricsF(self.font())
        small = QFontMetricsF(_bold(_small_font(self.font())))
        label_width = min(
            max((metrics.horizontalAdvance(name) for name, _ in self.items), default=0.0) + em * 0.6,
            rect.width() * 0.55,
        )
        value_width = max((small.horizontalAdvance(self.unit_formatter(v)) for _, v in self.items), default=0.0) + em * 0.5
        track = max(1.0, rect.width() - label_width - value_width - em * 0.2)
        top_value = max((v for _, v in self.items), default=0.0) or 1.0
        row = self.row_height()
        thickness = em * 0.72
        bars = []
        for index, (_, value) in enumerate(self.items):
            y = rect.top() + em * 0.3 + index * row + (row - thickness) / 2
            length = max(thickness * 0.5 if value > 0 else 0.0, value / top_value * track)
            bars.append(QRectF(rect.left() + label_width, y, length, thickness))
        return label_width, track, bars

    def paint_chart(self, painter: QPainter, rect: QRectF) -> None:
        colours = self.colours()
        em = self.em()
        metrics = QFontMetricsF(self.font())
        small = _bold(_small_font(self.font()))
        small_metrics = QFontMetricsF(small)
        label_width, track, bars = self._geometry(rect)
        row = self.row_height()
        radius = em * 0.22
        for index, ((name, value), bar) in enumerate(zip(self.items, bars)):
            row_top = rect.top() + em * 0.3 + index * row
            painter.setFont(self.font())
            painter.setPen(colours.text)
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, label_width - em * 0.6)
            painter.drawText(
                QRectF(rect.left(), row_top, label_width - em * 0.6, row),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.band)
            painter.drawRoundedRect(QRectF(bar.left(), bar.top(), track, bar.height()), radius, radius)
            painter.setBrush(self.colour)
            painter.drawRoundedRect(bar, radius, radius)
            painter.setFont(small)
            painter.setPen(colours.text)
            painter.drawText(
                QRectF(bar.right() + em * 0.4, row_top, small_metrics.horizontalAdvance(self.unit_formatter(value)) + 2, row),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self.unit_formatter(value),
            )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = int((event.pos().y() - self.em() * 0.3) // self.row_height())
            if self.has_data() and 0 <= row < len(self.items):
                name, value = self.items[row]
                QToolTip.showText(event.globalPos(), f"{name}: {self.unit_formatter(value)}", self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
