"""Small QPainter charts for the statistics window: bars, paired bars, lines with gaps, horizontal bars.

QtCharts lives in the optional Addons package, so KnotBreak draws its own.
The charts take their colours from the widget's palette (text on base) plus
the app's teal and a second series colour, each moved by knotbreak.qt.contrast
until it reads on that palette (text 4.5:1, bars, lines and the cursor 3:1);
they take every size from the font so they scale with large text and on
high-DPI screens, and say something friendly instead of drawing an empty frame.

Every chart is a keyboard stop: Left and Right (Up and Down too on horizontal
bars), Home and End move a cursor from item to item. The item under the
cursor is in current_text() and current_changed, and in the chart's
accessible name, which a screen reader reads again as it changes; the
accessible description holds a summary the caller writes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QAccessibleWidget, QSizePolicy, QToolTip, QWidget

from knotbreak.qt.contrast import GRAPHICS_RATIO, TEXT_RATIO, readable, secondary_text
from knotbreak.qt.formatting import LOCAL
from knotbreak.qt.i18n import fill, mid_sentence

ACCENT = QColor("#1f8a80")
"""The app's teal: the first series everywhere."""
SECOND = QColor("#e07b39")
"""The second series (skipped breaks, tension before a routine); readable on white and on near-black."""

Formatter = Callable[[float], str]
ContrastPair = tuple[str, QColor, QColor, float]
"""(what, its colour, the colour behind it, the ratio it needs)."""
_Value = TypeVar("_Value", bound="float | None")
"""What a SeriesDayChart stores per day: float, or float | None where None is a gap."""


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
    """(the other days, the highlighted day) for one-colour bars, both at least 3:1 against base.

    The highlighted bar has the most contrast with the background: on a light
    base the others are paler, on a dark base the highlighted one is brighter.
    """
    if is_dark(base):
        normal, strong = blend(colour, base, 0.15), colour.lighter(135)
    else:
        normal, strong = blend(colour, base, 0.45), colour
    return readable(normal, base, GRAPHICS_RATIO), readable(strong, base, GRAPHICS_RATIO)


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
    focus: QColor
    """The keyboard cursor's ring, readable on the base and on today's band."""

    def graphic(self, colour: QColor) -> QColor:
        """A series colour as painted: moved until it stands out 3:1 from the base."""
        return readable(colour, self.base, GRAPHICS_RATIO)


class _ChartAccessible(QAccessibleWidget):
    """A chart as assistive technology sees it: a chart (AT-SPI "chart"), not a blank panel."""

    def __init__(self, chart: Chart) -> None:
        super().__init__(chart, QAccessible.Role.Chart)


def _accessible_chart(key: str, target: QObject) -> QAccessibleInterface | None:
    return _ChartAccessible(target) if isinstance(target, Chart) else None


_factory_installed = False


def _install_accessible_factory() -> None:
    global _factory_installed
    if not _factory_installed:
        QAccessible.installFactory(_accessible_chart)
        _factory_installed = True


class Chart(QWidget):
    """The common part: colours, fonts, the empty state, the keyboard cursor and painting set-up."""

    current_changed = Signal(str)
    """The text of the item under the cursor, each time the cursor or the data changes."""
    fills_height = True
    """Whether the chart uses whatever height it is given (a day chart) or only its own (horizontal bars)."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.title = ""
        self.description = ""
        self.cursor_index = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        _install_accessible_factory()

    def has_data(self) -> bool:
        raise NotImplementedError

    def showing_empty_state(self) -> bool:
        return not self.has_data()

    # The cursor and what is said about it.
    def item_count(self) -> int:
        raise NotImplementedError

    def item_text(self, index: int) -> str:
        """The item as words: its day or name and its values."""
        raise NotImplementedError

    def default_cursor(self) -> int:
        return 0

    def current_text(self) -> str:
        if not self.has_data():
            return self.empty_text
        return self.item_text(self.cursor_index)

    def set_title(self, title: str) -> None:
        self.title = title
        self._announce()

    def set_description(self, description: str) -> None:
        """A sentence that sums up the chart, for the accessible description (the empty text stands in while empty)."""
        self.description = description
        self._announce()

    def set_cursor_index(self, index: int) -> None:
        if not self.has_data() or self.item_count() == 0:
            return
        index = max(0, min(self.item_count() - 1, index))
        if index != self.cursor_index:
            self.cursor_index = index
            self.update()
            self._announce()

    def _data_changed(self) -> None:
        self.cursor_index = max(0, min(self.item_count() - 1, self.default_cursor()))
        self.update()
        self._announce()

    def _announce(self) -> None:
        current = self.current_text()
        #: A chart's name for screen readers: %1 the value under the cursor, %2 the chart's title.
        titled = fill(QCoreApplication.translate("Chart", "%1. %2"), current, self.title)
        name = titled if self.title and self.has_data() else (self.title or current)
        description = self.description if self.has_data() and self.description else self.empty_text
        # Setting them sends NameChanged and DescriptionChanged, which a screen reader reads out.
        if name != self.accessibleName():
            self.setAccessibleName(name)
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)
        self.current_changed.emit(current)

    def shows_cursor(self) -> bool:
        return self.hasFocus() and self.has_data()

    def cursor_step(self, key: int) -> int | None:
        """How far a key moves the cursor: -1, +1, or None when the key is not the chart's."""
        backward, forward = Qt.Key.Key_Left, Qt.Key.Key_Right
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            backward, forward = forward, backward
        if key == backward:
            return -1
        if key == forward:
            return 1
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.has_data() and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            key = event.key()
            step = self.cursor_step(key)
            if step is not None:
                self.set_cursor_index(self.cursor_index + step)
                return
            if key == Qt.Key.Key_Home:
                self.set_cursor_index(0)
                return
            if key == Qt.Key.Key_End:
                self.set_cursor_index(self.item_count() - 1)
                return
        super().keyPressEvent(event)

    def item_at(self, point: QPointF) -> int | None:
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.item_at(event.position())
        if index is not None and self.has_data():
            self.set_cursor_index(index)
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # Colours and sizes.
    def em(self) -> float:
        return QFontMetricsF(self.font()).height()

    def sizeHint(self) -> QSize:
        em = self.em()
        return QSize(round(em * 26), round(em * 12))

    def minimumSizeHint(self) -> QSize:
        em = self.em()
        return QSize(round(em * 14), round(em * 9))

    def ring_width(self) -> float:
        return max(2.0, round(self.em() * 0.13))

    def colours(self) -> _Colours:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = readable(palette.color(QPalette.ColorRole.Text), base, TEXT_RATIO)
        band = blend(text, base, 0.94)
        # Mid is meant for lines, but themes set it for bevels; lines mixed from
        # text and base keep the right contrast on any palette.
        return _Colours(
            text=text,
            muted=secondary_text(palette, QPalette.ColorRole.Base),
            grid=blend(text, base, 0.88),
            axis=readable(blend(text, base, 0.6), base, GRAPHICS_RATIO),
            base=base,
            band=band,
            # The text's colour, not the highlight: a theme's highlight can be the series' own teal.
            focus=readable(text, band, GRAPHICS_RATIO),
        )

    def graphic_colours(self, colours: _Colours) -> list[tuple[str, QColor]]:
        """The bars, lines and points as painted, named, for contrast checks."""
        return []

    def contrast_pairs(self) -> list[ContrastPair]:
        """Everything painted that must stand out from the base, with the ratio each needs."""
        colours = self.colours()
        return [
            ("text", colours.text, colours.base, TEXT_RATIO),
            ("secondary text", colours.muted, colours.base, TEXT_RATIO),
            ("axis", colours.axis, colours.base, GRAPHICS_RATIO),
            ("cursor", colours.focus, colours.base, GRAPHICS_RATIO),
            ("cursor on today's band", colours.focus, colours.band, GRAPHICS_RATIO),
            *((name, colour, colours.base, GRAPHICS_RATIO) for name, colour in self.graphic_colours(colours)),
        ]

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

    def cursor_rect(self) -> QRectF:
        """Where the ring round the current item goes."""
        raise NotImplementedError

    def paint_cursor(self, painter: QPainter, rect: QRectF, colours: _Colours) -> None:
        """The keyboard cursor: a ring round the current item."""
        width = self.ring_width()
        painter.setPen(QPen(colours.focus, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        radius = self.em() * 0.3
        painter.drawRoundedRect(rect.adjusted(width / 2, width / 2, -width / 2, -width / 2), radius, radius)

    def paint_empty(self, painter: QPainter, rect: QRectF) -> None:
        colours = self.colours()
        em = self.em()
        box = rect.adjusted(em * 0.25, em * 0.25, -em * 0.25, -em * 0.25)
        if self.hasFocus():
            pen = QPen(colours.focus, self.ring_width())
        else:
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
    each slot's tooltip ('Mon 3 Mar'); texts, one per slot, when given, are
    the whole of what is said about a slot (tooltip, cursor, screen reader).
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
        unit_formatter: Formatter = LOCAL.number,
        tips: Sequence[str] | None = None,
        empty_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(empty_text or QCoreApplication.translate("Chart", "Nothing to show yet."), parent)
        self.labels: tuple[str, ...] = tuple(labels)
        self.tips: tuple[str, ...] = tuple(tips) if tips is not None else self.labels
        self.texts: tuple[str, ...] = ()
        self.highlight_index = highlight_index
        self.unit_formatter = unit_formatter
        self._plot: QRectF | None = None
        self._legend_rects: list[QRectF] = []

    # What the subclasses provide.
    def slot_count(self) -> int:
        raise NotImplementedError

    def maximum(self) -> float:
        raise NotImplementedError

    def legend(self, colours: _Colours) -> list[tuple[str, QColor, str]]:
        """(name, colour as painted, marker) per series; marker is 'square', 'circle' or 'diamond'."""
        return []

    def value_labels_room(self) -> bool:
        return False

    def tip_for(self, index: int) -> str:
        raise NotImplementedError

    def item_count(self) -> int:
        return self.slot_count()

    def item_text(self, index: int) -> str:
        return self.texts[index] if index < len(self.texts) else self.tip_for(index)

    def default_cursor(self) -> int:
        """Today when it is shown, else the last day."""
        if self.highlight_index is not None and 0 <= self.highlight_index < self.slot_count():
            return self.highlight_index
        return self.slot_count() - 1

    def _set_axis(
        self, labels: Sequence[str], highlight_index: int | None, tips: Sequence[str] | None, texts: Sequence[str] | None
    ) -> None:
        self.labels = tuple(labels)
        self.tips = tuple(tips) if tips is not None else self.labels
        self.texts = tuple(texts) if texts is not None else ()
        self.highlight_index = highlight_index
        self.setToolTip("")
        self._data_changed()

    def _label(self, index: int) -> str:
        return self.labels[index] if index < len(self.labels) else ""

    def _tip(self, index: int) -> str:
        return self.tips[index] if index < len(self.tips) else self._label(index)

    def slot_rect(self, index: int) -> QRectF:
        plot = self._plot or QRectF(self.rect())
        width = plot.width() / max(1, self.slot_count())
        return QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    def legend_rects(self) -> list[QRectF]:
        """Where the legend's entries (swatch and name) were last painted."""
        return list(self._legend_rects)

    def _layout_legend(self, entries: list[tuple[str, QColor, str]], area: QRectF, metrics: QFontMetricsF) -> list[QRectF]:
        """One rect per entry: on one line at the right when they fit, else flowed from the left over more lines."""
        line = metrics.height()
        swatch = line * 0.62
        gap = line * 0.35
        spacing = line
        widths = [swatch + gap + metrics.horizontalAdvance(name) + 1.0 for name, _, _ in entries]
        total = sum(widths) + spacing * (len(widths) - 1)
        if total <= area.width():
            x = area.right() - total
            rects = []
            for width in widths:
                rects.append(QRectF(x, area.top(), width, line))
                x += width + spacing
            return rects
        rects, x, y = [], area.left(), area.top()
        for width in widths:
            if x > area.left() and x + width > area.right():
                x, y = area.left(), y + line
            rects.append(QRectF(x, y, min(width, area.width()), line))
            x += width + spacing
        return rects

    def paint_chart(self, painter: QPainter, rect: QRectF) -> None:
        colours = self.colours()
        em = self.em()
        small = _small_font(self.font())
        small_metrics = QFontMetricsF(small)
        line = small_metrics.height()
        area = rect.adjusted(em * 0.2, em * 0.3, -em * 0.5, -em * 0.2)

        top = area.top()
        legend = self.legend(colours)
        self._legend_rects = self._layout_legend(legend, area, small_metrics) if legend else []
        if self._legend_rects:
            self._paint_legend(painter, legend, self._legend_rects, small, colours)
            top = max(r.bottom() for r in self._legend_rects) + em * 0.5
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
        if self.shows_cursor():
            self.paint_cursor(painter, self.cursor_rect(), colours)

    def cursor_rect(self) -> QRectF:
        """The ring round the current day: its slot, from above the tallest value to under the day labels."""
        slot = self.slot_rect(self.cursor_index)
        em = self.em()
        width = self.ring_width()
        line = QFontMetricsF(_small_font(self.font())).height()
        above = line + em * 0.3 if self.value_labels_room() else em * 0.3
        left = max(0.0, slot.left() - width / 2)
        right = min(float(self.width()), slot.right() + width / 2)
        top = max(0.0, slot.top() - above)
        bottom = min(float(self.height()), slot.bottom() + line + em * 0.35)
        return QRectF(left, top, right - left, bottom - top)

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
        self, painter: QPainter, legend: list[tuple[str, QColor, str]], rects: list[QRectF], font: QFont, colours: _Colours
    ) -> None:
        metrics = QFontMetricsF(font)
        swatch = metrics.height() * 0.62
        gap = metrics.height() * 0.35
        painter.setFont(font)
        for (name, colour, marker), rect in zip(legend, rects):
            centre = QPointF(rect.left() + swatch / 2, rect.center().y())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            paint_marker(painter, marker, centre, swatch / 2)
            painter.setPen(colours.muted)
            text_rect = QRectF(rect.left() + swatch + gap, rect.top(), rect.width() - swatch - gap, rect.height())
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter), name)

    def paint_values(self, painter: QPainter, plot: QRectF, top_value: float, colours: _Colours) -> None:
        raise NotImplementedError

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(QPointF(event.pos()))
            if index is None or not self.has_data():
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.item_text(index), self)
            return True
        return super().event(event)

    def item_at(self, point: QPointF) -> int | None:
        return self.index_at(point)

    def index_at(self, point: QPointF) -> int | None:
        if self._plot is None or self.slot_count() == 0:
            return None
        plot = self._plot
        if not (plot.left() <= point.x() < plot.right()):
            return None
        return min(self.slot_count() - 1, int((point.x() - plot.left()) / plot.width() * self.slot_count()))


def paint_marker(painter: QPainter, marker: str, centre: QPointF, radius: float) -> None:
    """A point or legend swatch in the painter's pen and brush: a circle, a diamond or a rounded square."""
    if marker == "circle":
        painter.drawEllipse(centre, radius, radius)
    elif marker == "diamond":
        reach = radius * 1.25
        path = QPainterPath(QPointF(centre.x(), centre.y() - reach))
        path.lineTo(centre.x() + reach, centre.y())
        path.lineTo(centre.x(), centre.y() + reach)
        path.lineTo(centre.x() - reach, centre.y())
        path.closeSubpath()
        painter.drawPath(path)
    else:
        painter.drawRoundedRect(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), radius * 0.5, radius * 0.5)


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
        unit_formatter: Formatter = LOCAL.number,
        *,
        tips: Sequence[str] | None = None,
        colour: QColor = ACCENT,
        integer_ticks: bool = False,
        empty_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            labels, highlight_index=highlight_index, unit_formatter=unit_formatter, tips=tips,
            empty_text=empty_text or QCoreApplication.translate("Chart", "Nothing recorded in this period yet."), parent=parent,
        )
        self.values: tuple[float, ...] = tuple(float(v) for v in values)
        self.colour = QColor(colour)
        self.integer_ticks = integer_ticks
        self._data_changed()

    def set_data(
        self,
        values: Sequence[float],
        labels: Sequence[str],
        highlight_index: int | None = None,
        tips: Sequence[str] | None = None,
        texts: Sequence[str] | None = None,
    ) -> None:
        self.values = tuple(float(v) for v in values)
        self._set_axis(labels, highlight_index, tips, texts)

    def has_data(self) -> bool:
        return any(v > 0 for v in self.values)

    def slot_count(self) -> int:
        return len(self.values)

    def maximum(self) -> float:
        return max(self.values, default=0.0)

    def value_labels_room(self) -> bool:
        return True

    def tip_for(self, index: int) -> str:
        #: A bar's tooltip: %1 the day or week, %2 its value.
        return fill(QCoreApplication.translate("Chart", "%1: %2"), self._tip(index), self.unit_formatter(self.values[index]))

    def graphic_colours(self, colours: _Colours) -> list[tuple[str, QColor]]:
        normal, strong = bar_colours(self.colour, colours.base)
        return [("bar", normal), ("today's bar", strong)]

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
        self._data_changed()

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
        texts: Sequence[str] | None = None,
    ) -> None:
        self._store(series)
        self._set_axis(labels, highlight_index, tips, texts)

    def _colour(self, index: int, colours: _Colours) -> QColor:
        """Series index's colour as painted."""
        return colours.graphic(self.series_colours[index % len(self.series_colours)])

    def marker(self, index: int) -> str:
        return "square"

    def graphic_colours(self, colours: _Colours) -> list[tuple[str, QColor]]:
        return [(name, colour) for name, colour, _ in self.legend(colours)]

    def slot_count(self) -> int:
        return max((len(values) for _, values in self.series), default=0)

    def legend(self, colours: _Colours) -> list[tuple[str, QColor, str]]:
        return [(name, self._colour(i, colours), self.marker(i)) for i, (name, _) in enumerate(self.series)]


class PairedBarChart(SeriesDayChart[float]):
    """Two (or more) bars side by side per day, one colour per series, with a legend.

    series is [(name, values), ...]; colours default to teal then orange.
    """

    def __init__(
        self,
        series: Sequence[tuple[str, Sequence[float]]] = (),
        labels: Sequence[str] = (),
        highlight_index: int | None = None,
        unit_formatter: Formatter = LOCAL.number,
        *,
        tips: Sequence[str] | None = None,
        colours: Sequence[QColor] = (ACCENT, SECOND),
        integer_ticks: bool = True,
        empty_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            series, labels, highlight_index, unit_formatter,
            tips=tips, colours=colours, parent=parent,
            empty_text=empty_text or QCoreApplication.translate("Chart", "Nothing recorded in this period yet."),
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
            #: A value of one series in a tooltip: %1 the value, %2 the series' name, lower case but in German ("12 min sitting").
            fill(QCoreApplication.translate("Chart", "%1 %2"), self.unit_formatter(values[index] if index < len(values) else 0), mid_sentence(name))
            for name, values in self.series
        ]
        return fill(QCoreApplication.translate("Chart", "%1: %2"), self._tip(index), ", ".join(parts))

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
            colour = self._colour(s, colours)
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
        unit_formatter: Formatter = LOCAL.number,
        *,
        tips: Sequence[str] | None = None,
        colours: Sequence[QColor] = (SECOND, ACCENT),
        maximum: float = 10.0,
        empty_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            series, labels, highlight_index, unit_formatter,
            tips=tips, colours=colours, parent=parent,
            empty_text=empty_text or QCoreApplication.translate("Chart", "No answers in this period yet."),
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

    def marker(self, index: int) -> str:
        """Circles for the first line, diamonds for the second: told apart without their colour."""
        return ("circle", "diamond")[index % 2]

    def tip_for(self, index: int) -> str:
        parts = []
        for name, values in self.series:
            value = values[index] if index < len(values) else None
            #: A line's value in a tooltip: %1 the line's name, lower case but in German, %2 its value ("before 4").
            part = QCoreApplication.translate("Chart", "%1 %2", "name, value")
            parts.append(fill(part, mid_sentence(name), "–" if value is None else self.unit_formatter(value)))
        tip = QCoreApplication.translate("Chart", "%1: %2")
        if all((values[index] if index < len(values) else None) is None for _, values in self.series):
            #: A tooltip of a day without tension answers: %1 is the day.
            return fill(QCoreApplication.translate("Chart", "%1: no answers"), self._tip(index))
        return fill(tip, self._tip(index), ", ".join(parts))

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
            colour = self._colour(s, colours)
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
            marker = self.marker(s)
            for index, value in enumerate(values):
                if value is not None:
                    paint_marker(painter, marker, point(index, value), radius)


class HorizontalBars(Chart):
    """Named horizontal bars, longest first as given: a name column, the bar, the value at its end."""

    fills_height = False

    def __init__(
        self,
        items: Sequence[tuple[str, float]] = (),
        unit_formatter: Formatter = LOCAL.number,
        *,
        colour: QColor = ACCENT,
        empty_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(empty_text or QCoreApplication.translate("Chart", "Nothing recorded in this period yet."), parent)
        self.items: tuple[tuple[str, float], ...] = tuple((name, float(v)) for name, v in items)
        self.texts: tuple[str, ...] = ()
        self.unit_formatter = unit_formatter
        self.colour = QColor(colour)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._data_changed()

    def set_items(self, items: Sequence[tuple[str, float]], texts: Sequence[str] | None = None) -> None:
        """items are (name, value); texts, one per item, when given are what is said about each."""
        self.items = tuple((name, float(v)) for name, v in items)
        self.texts = tuple(texts) if texts is not None else ()
        self.updateGeometry()
        self._data_changed()

    def has_data(self) -> bool:
        return any(v > 0 for _, v in self.items)

    def item_count(self) -> int:
        return len(self.items)

    def item_text(self, index: int) -> str:
        if index < len(self.texts):
            return self.texts[index]
        name, value = self.items[index]
        return fill(QCoreApplication.translate("Chart", "%1: %2"), name, self.unit_formatter(value))

    def cursor_step(self, key: int) -> int | None:
        if key == Qt.Key.Key_Up:
            return -1
        if key == Qt.Key.Key_Down:
            return 1
        return super().cursor_step(key)

    def row_rect(self, index: int) -> QRectF:
        row = self.row_height()
        return QRectF(0.0, self.em() * 0.3 + index * row, float(self.width()), row)

    def cursor_rect(self) -> QRectF:
        return self.row_rect(self.cursor_index)

    def item_at(self, point: QPointF) -> int | None:
        row = int((point.y() - self.em() * 0.3) // self.row_height())
        return row if self.has_data() and 0 <= row < len(self.items) else None

    def graphic_colours(self, colours: _Colours) -> list[tuple[str, QColor]]:
        return [("bar", colours.graphic(self.colour))]

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
        # Clear of the cursor's ring, which runs round the whole row.
        inset = self.ring_width() + em * 0.2
        rect = rect.adjusted(inset, 0, -inset, 0)
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
            painter.setBrush(colours.graphic(self.colour))
            painter.drawRoundedRect(bar, radius, radius)
            painter.setFont(small)
            painter.setPen(colours.text)
            painter.drawText(
                QRectF(bar.right() + em * 0.4, row_top, small_metrics.horizontalAdvance(self.unit_formatter(value)) + 2, row),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self.unit_formatter(value),
            )
        if self.shows_cursor():
            self.paint_cursor(painter, self.cursor_rect(), colours)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.item_at(QPointF(event.pos()))
            if row is not None:
                QToolTip.showText(event.globalPos(), self.item_text(row), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
