"""The Statistics window: today at a glance, and charts over the last 7 or 30 days.

It works from knotbreak.core.stats.Statistics only: load(days) gives the data
for a period, export(path) writes the history as CSV and says how many events
it wrote. The charts are drawn by knotbreak.qt.charts, so the window needs
nothing beyond PySide6-Essentials.

For the keyboard and screen readers: the period switch is one Tab stop used
with the arrow keys; each chart is a Tab stop whose arrow keys move a cursor
over its days or rows, with the current one written under the chart and in
the chart's accessible name; each chart's accessible description sums it up
in a sentence, and "Show as table" beside it gives its numbers as a table.
Esc and Ctrl+W close the window. Sizes come from the font, colours from the
palette through knotbreak.qt.contrast.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHideEvent, QPainter, QPaintEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from knotbreak.core.exercises import load_builtin_library
from knotbreak.core.stats import DaySummary, Statistics
from knotbreak.qt.charts import (
    ACCENT,
    SECOND,
    BarChart,
    Chart,
    ContrastPair,
    HorizontalBars,
    LineChart,
    PairedBarChart,
    blend,
)
from knotbreak.qt.contrast import GRAPHICS_RATIO, TEXT_RATIO, mix, readable, secondary_text
from knotbreak.qt.formatting import LOCAL
from knotbreak.qt.i18n import QT_TRANSLATE_NOOP, TranslationContext, fill, translated
from knotbreak.qt.shortcuts import add_close_shortcuts
from knotbreak.qt.style import SegmentedSwitch, segment_colours

log = logging.getLogger(__name__)

PERIODS = (7, 30)
# Sizes in lines of text, so the window grows with the font; never more than SCREEN_SHARE of the screen's free area.
DEFAULT_SIZE_EM = (64, 54)
MINIMUM_SIZE_EM = (37, 30)
SCREEN_SHARE = 0.94
DEFAULT_SIZE = (896, 756)
"""DEFAULT_SIZE_EM at the usual 9 pt font (a 14 px line), on a screen with room for it."""
MINIMUM_SIZE = (520, 420)
"""MINIMUM_SIZE_EM at the usual 9 pt font, rounded: the narrowest layout, for tests and screenshots."""
TABLE_ROWS_SHOWN = 8
TOP_EXERCISES = 5
ERROR = QColor("#d0533d")

# The module's words are English, marked for translation in the StatisticsWindow context and translated where shown.
STREAK_TIP = QT_TRANSLATE_NOOP("StatisticsWindow", "Days in a row, up to today, on which you did at least one stretch routine.")
TENSION_EMPTY = QT_TRANSLATE_NOOP(
    "StatisticsWindow", "Answer the 0–10 question before and after a routine to see whether stretching helps."
)

AREA_NAMES = {
    "upper-back": QT_TRANSLATE_NOOP("StatisticsWindow", "Upper back"),
    "rhomboids": QT_TRANSLATE_NOOP("StatisticsWindow", "Between the shoulder blades"),
    "trapezius": QT_TRANSLATE_NOOP("StatisticsWindow", "Top of the shoulders"),
    "lats": QT_TRANSLATE_NOOP("StatisticsWindow", "Lats"),
    "erector-spinae": QT_TRANSLATE_NOOP("StatisticsWindow", "Spine muscles"),
    "chest": QT_TRANSLATE_NOOP("StatisticsWindow", "Chest"),
    "shoulders": QT_TRANSLATE_NOOP("StatisticsWindow", "Shoulders"),
    "neck": QT_TRANSLATE_NOOP("StatisticsWindow", "Neck"),
    "thoracic-spine": QT_TRANSLATE_NOOP("StatisticsWindow", "Mid back (thoracic spine)"),
    "rear-delts": QT_TRANSLATE_NOOP("StatisticsWindow", "Rear shoulders"),
}


class Stats(TranslationContext):
    """The translation context of the module's functions (Stats.tr), plurals included."""

# Formatting -----------------------------------------------------------------


def area_name(area: str) -> str:
    """Muscle ids in plain words: 'upper-back' is 'Upper back', 'rear-delts' 'Rear shoulders'."""
    if area in AREA_NAMES:
        return translated("StatisticsWindow", AREA_NAMES[area])
    return area.replace("-", " ").replace("_", " ").capitalize()


@functools.cache
def _exercise_names() -> dict[str, str]:
    try:
        return {key: exercise.name for key, exercise in load_builtin_library().exercises.items()}
    except Exception:  # a broken library must not take the statistics with it
        log.exception("could not load the exercise library for names")
        return {}


def exercise_name(exercise_id: str) -> str:
    return _exercise_names().get(exercise_id, exercise_id)


def day_labels(days: Sequence[date]) -> list[str]:
    """Weekday initials for a week ('Mo', 'Tu'...); for longer periods every 5th date counting back from today ('3/2')."""
    if len(days) <= 10:
        return [LOCAL.weekday(d, "initials") for d in days]
    last = len(days) - 1
    return [LOCAL.day_label(d) if (last - i) % 5 == 0 else "" for i, d in enumerate(days)]


def day_name(day: date, today: date) -> str:
    """'Tue 25 Mar', or 'Today, Mon 31 Mar': how a chart's cursor names a day."""
    #: A chart's cursor on today: %1 is today's date ("Mon 31 Mar").
    return fill(Stats.tr("Today, %1"), LOCAL.short_date(day)) if day == today else LOCAL.short_date(day)


def which_day(day: date, period: int) -> str:
    """'Monday' within a week, where it cannot be mistaken; 'Tue 11 Mar' over longer periods."""
    return LOCAL.weekday(day, "long") if period <= 7 else LOCAL.short_date(day)


def fit_size(size_em: tuple[float, float], em: float, available: QRect) -> QSize:
    """size_em lines of text in pixels, no larger than SCREEN_SHARE of available."""
    return QSize(
        min(round(size_em[0] * em), int(available.width() * SCREEN_SHARE)),
        min(round(size_em[1] * em), int(available.height() * SCREEN_SHARE)),
    )


# Building blocks -------------------------------------------------------------


class Card(QWidget):
    """A rounded panel in the base colour that holds a tile or a chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setForegroundRole(QPalette.ColorRole.Text)
        self.layout_ = QVBoxLayout(self)
        em = self.fontMetrics().height()
        self.layout_.setContentsMargins(round(em * 0.8), round(em * 0.6), round(em * 0.8), round(em * 0.6))
        self.layout_.setSpacing(round(em * 0.3))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        painter.setPen(blend(text, base, 0.84))
        painter.setBrush(base)
        radius = self.fontMetrics().height() * 0.5
        painter.drawRoundedRect(self.rect().toRectF().adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        painter.end()


SECONDARY = "secondaryText"
"""The property that marks a quieter label; the window colours them from its palette (see _apply_colours)."""


def _muted(label: QLabel) -> QLabel:
    label.setProperty(SECONDARY, True)
    return label


def _roomy(button: QPushButton, *texts: str) -> None:
    """Side padding that grows with the font (the style's own is a few fixed pixels), wide enough for each text."""
    metrics = button.fontMetrics()
    button.setMinimumWidth(max(metrics.horizontalAdvance(t) for t in texts) + round(metrics.height() * 1.6))


def _scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    font = widget.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


class Tile(Card):
    """One number of today: a caption, the value large, a detail line under it."""

    def __init__(self, caption: str, tooltip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption_label = _muted(QLabel(caption))
        self.caption_label.setWordWrap(True)
        self.caption_label.setFont(_scaled_font(self, 0.92))
        self.value_label = QLabel("–")
        self.value_label.setFont(_scaled_font(self, 1.3, bold=True))
        self.value_label.setWordWrap(True)
        self.detail_label = _muted(QLabel(""))
        self.detail_label.setFont(_scaled_font(self, 0.92))
        self.detail_label.setWordWrap(True)
        for label in (self.caption_label, self.value_label, self.detail_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.layout_.addWidget(label)
        self.layout_.addStretch(1)
        if tooltip:
            self.setToolTip(tooltip)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_value(self, value: str, detail: str = "") -> None:
        self.value_label.setText(value)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))


class DataTable(QTableWidget):
    """A chart's numbers as a read-only table, for whoever would rather read them than see them."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table, the arrows move inside it
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.horizontalScrollBar().rangeChanged.connect(lambda _low, _high: self._fit_height())

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        self.clear()
        self.setColumnCount(len(headers))
        self.setRowCount(len(rows))
        self.setHorizontalHeaderLabels(list(headers))
        if headers:
            # The first column names the row ('Today, Mon 31 Mar'): whole, the numbers share the rest.
            self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(r, c, item)
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for every row up to TABLE_ROWS_SHOWN; past that it scrolls."""
        self.resizeRowsToContents()
        shown = min(self.rowCount(), TABLE_ROWS_SHOWN)
        rows = sum(self.rowHeight(r) for r in range(shown))
        frame = 2 * self.frameWidth()
        # A horizontal scroll bar, when a narrow window needs one, gets room of its own rather than covering a row.
        bar = self.horizontalScrollBar()
        scroll_bar = bar.sizeHint().height() if bar.maximum() > 0 else 0
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + rows + frame + scroll_bar)


class ChartCard(Card):
    """A chart under its title and a one-line summary, the current item written under it, its table on request."""

    def __init__(self, title: str, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.title_label = QLabel(title)
        self.title_label.setFont(_scaled_font(self, 1.0, bold=True))
        self.title_label.setWordWrap(True)
        self.table_button = QPushButton(self.tr("Show as table"))
        _roomy(self.table_button, self.tr("Show as table"), self.tr("Hide table"))
        self.table_button.setCheckable(True)
        self.table_button.setAutoDefault(False)
        self.table_button.toggled.connect(self._show_table)
        self._name_table_button()
        heading = QHBoxLayout()
        heading.setSpacing(round(self.fontMetrics().height() * 0.5))
        heading.addWidget(self.title_label, 1)
        heading.addWidget(self.table_button, 0, Qt.AlignmentFlag.AlignTop)
        self.summary_label = _muted(QLabel(""))
        self.summary_label.setFont(_scaled_font(self, 0.92))
        self.summary_label.setWordWrap(True)
        self.chart = chart
        chart.set_title(title)
        self.caption_label = QLabel("")
        self.caption_label.setWordWrap(True)
        self.caption_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        chart.current_changed.connect(self._show_current)
        self.table: DataTable | None = None
        self._table_data: tuple[Sequence[str], Sequence[Sequence[str]]] = ((), ())
        self.layout_.addLayout(heading)
        self.layout_.addWidget(self.summary_label)
        self.layout_.addWidget(chart, 1 if chart.fills_height else 0)
        self.layout_.addWidget(self.caption_label)
        self._end_stretch = 0 if chart.fills_height else 1
        self.layout_.addStretch(self._end_stretch)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._show_current(chart.current_text())

    def set_summary(self, text: str) -> None:
        self.summary_label.setText(text)

    def set_table(self, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        self._table_data = (headers, rows)
        has_data = self.chart.has_data()
        self.table_button.setVisible(has_data)
        if not has_data:
            self.table_button.setChecked(False)
        if self.table is not None:
            self.table.set_rows(headers, rows)

    def _show_current(self, text: str) -> None:
        self.caption_label.setText(text)
        self.caption_label.setVisible(self.chart.has_data())

    def _show_table(self, shown: bool) -> None:
        if shown and self.table is None:
            #: A table's name for screen readers: %1 is the chart's title.
            self.table = DataTable(fill(self.tr("%1, as a table"), self.title), self)
            self.table.set_rows(*self._table_data)
            self.layout_.insertWidget(self.layout_.count() - 1, self.table)
            QWidget.setTabOrder(self.table_button, self.table)
        if self.table is not None:
            self.table.setVisible(shown)
        self.table_button.setText(self.tr("Hide table") if shown else self.tr("Show as table"))
        self._name_table_button()

    def _name_table_button(self) -> None:
        shown = self.table_button.isChecked()
        #: The table button's name for screen readers: %1 "Show as table", %2 the chart's title in lower case.
        name = self.tr("%1: %2")
        self.table_button.setAccessibleName(fill(name, self.table_button.text(), self.title.lower()))
        self.table_button.setToolTip(
            self.tr("Hide the table") if shown else self.tr("The numbers of this chart as a table, one row for each day or item")
        )

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = [self.chart, self.table_button]
        if self.table is not None:
            chain.append(self.table)
        return chain


class ReflowGrid(QWidget):
    """Widgets in as many equal columns as fit (at most max_columns), filled row by row.

    The window calls reflow() with the width the grid will get (the scroll
    area's viewport less margins) before the layout runs, so the columns are
    right on the first pass and a wide arrangement never forces a horizontal
    scroll bar.
    """

    def __init__(self, widgets: Sequence[QWidget], min_column_em: float, max_columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widgets = list(widgets)
        self.min_column_em = min_column_em
        self.max_columns = max_columns
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        spacing = round(self.fontMetrics().height() * 0.7)
        self.grid.setHorizontalSpacing(spacing)
        self.grid.setVerticalSpacing(spacing)
        self.columns = 0
        self._arrange(max_columns)
        # One column's width is all the grid insists on; reflow() does the rest.
        self.setMinimumWidth(round(min(min_column_em * self.fontMetrics().height(), 240)))

    def columns_for(self, width: int) -> int:
        column = self.min_column_em * self.fontMetrics().height()
        spacing = self.grid.horizontalSpacing()
        return max(1, min(self.max_columns, int((width + spacing) // (column + spacing))))

    def reflow(self, width: int) -> None:
        self._arrange(self.columns_for(width))

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        for widget in self.widgets:
            self.grid.removeWidget(widget)
        for column in range(max(self.columns, columns, 1)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.columns = columns
        for index, widget in enumerate(self.widgets):
            self.grid.addWidget(widget, index // columns, index % columns)


# The window ------------------------------------------------------------------


class StatisticsWindow(QWidget):
    """Sitting, breaks, stretching and tension: today, and per day over 7 or 30 days."""

    def __init__(
        self,
        load: Callable[[int], Statistics],
        export: Callable[[Path], int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load = load
        self._export = export
        self.period = PERIODS[0]
        self.statistics: Statistics | None = None
        self._stale = True
        self.setWindowTitle(self.tr("KnotBreak statistics"))

        em = self.fontMetrics().height()

        # Header: title, period switch, export.
        self.title_label = QLabel(self.tr("Statistics"))
        self.title_label.setFont(_scaled_font(self, 1.5, bold=True))
        self.period_switch = SegmentedSwitch(
            [(days, self.tr("%n day(s)", "", days), self.tr("Show the last %n day(s)", "", days)) for days in PERIODS],
            self.tr("Period"),
        )
        self.period_buttons = self.period_switch.segments
        self.period_group = self.period_switch.group
        self.period_switch.set_current(self.period)
        self.period_switch.chosen.connect(self.set_period)

        self.export_button = QPushButton(self.tr("Export CSV…"))
        _roomy(self.export_button, self.export_button.text())
        self.export_button.setToolTip(self.tr("Save every recorded event as a CSV file, for a spreadsheet"))
        self.export_button.setAccessibleDescription(self.export_button.toolTip())
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.export_csv)
        self.export_button.setVisible(export is not None)
        # The switch and the button side by side read as one row: same height.
        self.export_button.setMinimumHeight(self.period_switch.sizeHint().height())

        self.controls = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.controls.setSpacing(round(em * 0.8))
        self.controls.addWidget(self.period_switch)
        self.controls.addWidget(self.export_button)
        self.controls.addStretch(0)
        self.header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.header.setSpacing(round(em * 0.8))
        self.header.addWidget(self.title_label)
        self.header.addStretch(1)
        self.header.addLayout(self.controls)

        self.status_label = QLabel("")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()

        # Today.
        self.sitting_tile = Tile(self.tr("Sitting today"))
        self.longest_tile = Tile(self.tr("Longest without a break"))
        self.breaks_tile = Tile(self.tr("Breaks taken"))
        self.stretched_tile = Tile(self.tr("Stretched today"))
        #: Days in a row with a stretch routine.
        self.streak_tile = Tile(self.tr("Streak"), translated("StatisticsWindow", STREAK_TIP))
        self.tiles = ReflowGrid(
            [self.sitting_tile, self.longest_tile, self.breaks_tile, self.stretched_tile, self.streak_tile],
            min_column_em=8.5, max_columns=5,
        )

        # The period.
        self.sitting_chart = BarChart(
            unit_formatter=LOCAL.hours, empty_text=self.tr("No sitting recorded in this period yet.")
        )
        self.breaks_chart = PairedBarChart(
            unit_formatter=LOCAL.count, empty_text=self.tr("No breaks taken or skipped in this period yet.")
        )
        self.stretch_chart = BarChart(
            unit_formatter=LOCAL.minutes, empty_text=self.tr("No stretching recorded in this period yet.")
        )
        self.sitting_chart.minimum_top = 1.0  # hours
        self.stretch_chart.minimum_top = 5.0  # minutes
        self.tension_chart = LineChart(unit_formatter=LOCAL.number, empty_text=translated("StatisticsWindow", TENSION_EMPTY))
        self.exercises_chart = HorizontalBars(
            unit_formatter=LOCAL.count, empty_text=self.tr("Exercises you do will be counted here.")
        )
        self.areas_chart = HorizontalBars(
            unit_formatter=LOCAL.count, colour=SECOND, empty_text=self.tr("The body areas your routines work will show here.")
        )
        self.sitting_card = ChartCard(self.tr("Sitting per day"), self.sitting_chart)
        self.breaks_card = ChartCard(self.tr("Breaks taken and skipped"), self.breaks_chart)
        self.stretch_card = ChartCard(self.tr("Minutes stretched per day"), self.stretch_chart)
        self.tension_card = ChartCard(self.tr("Tension before and after a routine (0–10)"), self.tension_chart)
        self.exercises_card = ChartCard(self.tr("Most-used exercises"), self.exercises_chart)
        self.areas_card = ChartCard(self.tr("Body areas worked"), self.areas_chart)
        self.chart_cards = [
            self.sitting_card, self.breaks_card, self.stretch_card, self.tension_card, self.exercises_card, self.areas_card,
        ]
        self.charts = ReflowGrid(self.chart_cards, min_column_em=21, max_columns=2)

        today_heading = _section_heading(self, self.tr("Today at a glance"))
        self.period_heading = _section_heading(self, "")

        content = QWidget()
        content.setObjectName("statisticsContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(round(em * 1.2), round(em), round(em * 1.2), round(em * 1.2))
        column.setSpacing(round(em * 0.7))
        column.addLayout(self.header)
        column.addWidget(self.status_label)
        column.addWidget(today_heading)
        column.addWidget(self.tiles)
        column.addSpacing(round(em * 0.3))
        column.addWidget(self.period_heading)
        column.addWidget(self.charts)
        column.addStretch(1)
        self.content = content

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # Every part that matters is a Tab stop and scrolls into view; a focusable scroll area would be a stop with no mark.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.scroll_area.viewport().installEventFilter(self)

        self._fit_to_screen()
        self._update_period_heading()
        self._apply_colours()
        self._order_tab_stops()
        add_close_shortcuts(self, self.close)

    def _fit_to_screen(self) -> None:
        em = self.fontMetrics().height()
        available = self.screen().availableGeometry()
        minimum = fit_size(MINIMUM_SIZE_EM, em, available)
        self.setMinimumSize(minimum)
        self.resize(fit_size(DEFAULT_SIZE_EM, em, available).expandedTo(minimum))

    def _order_tab_stops(self) -> None:
        chain: list[QWidget] = [*self.period_buttons.values(), self.export_button]
        for card in self.chart_cards:
            chain.extend(card.focus_chain())
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            self._reflow(self.scroll_area.viewport().width())
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colours()

    def _reflow(self, viewport_width: int) -> None:
        layout = self.content.layout()
        assert layout is not None  # the column __init__ gave it
        margins = layout.contentsMargins()
        width = viewport_width - margins.left() - margins.right()
        self._arrange_header(width)
        self.tiles.reflow(width)
        self.charts.reflow(width)

    def _arrange_header(self, width: int) -> None:
        """The title beside the switch and the button where they fit, above them where not; the button under the switch if need be."""
        spacing = self.header.spacing()
        switch = self.period_switch.sizeHint().width()
        export = self.export_button.sizeHint().width() + spacing if self._export is not None else 0
        controls_fit = switch + export <= width
        self.controls.setDirection(QBoxLayout.Direction.LeftToRight if controls_fit else QBoxLayout.Direction.TopToBottom)
        side_by_side = controls_fit and self.title_label.sizeHint().width() + spacing + switch + export <= width
        self.header.setDirection(QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom)
        # Left-aligned under the title, right-aligned beside it.
        self.controls.setStretch(2, 0 if side_by_side else 1)
        self.header.setStretch(1, 1 if side_by_side else 0)
        for widget in (self.period_switch, self.export_button):
            self.controls.setAlignment(widget, Qt.AlignmentFlag(0) if controls_fit else Qt.AlignmentFlag.AlignLeft)

    # Colours -----------------------------------------------------------------

    def _apply_colours(self) -> None:
        """Quieter labels and the status line from the palette, again whenever the palette changes."""
        colour = self.secondary_colour()
        for label in self.findChildren(QLabel):
            if label.property(SECONDARY):
                label.setStyleSheet(f"color: {colour.name()};")
        if self.status_label.isVisibleTo(self):
            self._style_status()

    def secondary_colour(self) -> QColor:
        """Captions and summaries sit on the cards' base colour."""
        return secondary_text(self.palette(), QPalette.ColorRole.Base)

    def status_colours(self, error: bool) -> tuple[QColor, QColor, QColor]:
        """(the status line's mark, its background, its text): for an error or an all-done message."""
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        colour = readable(ERROR if error else ACCENT, window, GRAPHICS_RATIO)
        background = mix(window, colour, 0.14)
        text = readable(palette.color(QPalette.ColorRole.WindowText), background, TEXT_RATIO)
        return colour, background, text

    def contrast_pairs(self) -> list[ContrastPair]:
        """Every colour this window paints with that must stand out, what it stands on, and the ratio it needs."""
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        switch = segment_colours(palette)
        pairs: list[ContrastPair] = [
            ("period: unchosen text", switch.text, switch.window, TEXT_RATIO),
            ("period: chosen fill", switch.fill, switch.window, GRAPHICS_RATIO),
            ("period: chosen text", switch.fill_text, switch.fill, TEXT_RATIO),
            ("period: outline", switch.outline, switch.window, GRAPHICS_RATIO),
            ("period: focus ring", switch.focus, switch.window, GRAPHICS_RATIO),
            ("captions and summaries", self.secondary_colour(), base, TEXT_RATIO),
        ]
        for error in (False, True):
            mark, background, status_text = self.status_colours(error)
            kind = "error" if error else "status"
            pairs.append((f"{kind} mark", mark, palette.color(QPalette.ColorRole.Window), GRAPHICS_RATIO))
            pairs.append((f"{kind} text", status_text, background, TEXT_RATIO))
        for card in self.chart_cards:
            pairs.extend((f"{card.title}: {what}", fg, bg, ratio) for what, fg, bg, ratio in card.chart.contrast_pairs())
        return pairs

    # Loading -----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Fresh numbers each time the window opens (not when it is un-minimised);
        # once only when the caller has just called refresh() itself.
        if not event.spontaneous() and self._stale:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():
            self._stale = True

    def refresh(self) -> None:
        """Load the chosen period again and show it."""
        self._stale = False
        try:
            statistics = self._load(self.period)
        except Exception as exc:  # the store's errors (sqlite3, OSError) must not kill the window
            log.exception("could not load statistics")
            self._show_status(fill(self.tr("Could not load the statistics: %1"), str(exc)), error=True)
            return
        if self.status_label.property("error"):
            self.status_label.hide()
        self.show_statistics(statistics)

    def set_period(self, days: int) -> None:
        if days not in self.period_buttons:
            raise ValueError(f"no such period: {days}")
        self.period_switch.set_current(days)
        if days == self.period and self.statistics is not None:
            return
        self.period = days
        self._update_period_heading()
        self.refresh()

    def _update_period_heading(self) -> None:
        self.period_heading.setText(self.tr("Last %n day(s)", "", self.period))

    # Showing -----------------------------------------------------------------

    def show_statistics(self, statistics: Statistics) -> None:
        self.statistics = statistics
        self._show_today(statistics)
        self._show_period(statistics)

    def _show_today(self, statistics: Statistics) -> None:
        today = statistics.today
        natural = today.natural_breaks
        self.sitting_tile.set_value(
            LOCAL.total(today.sitting_seconds),
            #: Breaks taken without a prompt today.
            LOCAL.numerus(self.tr("Got up %n time(s) on your own", "", natural), natural) if natural else "",
        )
        self.longest_tile.set_value(LOCAL.total(today.longest_sitting_seconds))
        self.breaks_tile.set_value(
            #: %1 breaks snoozed today, %2 breaks skipped.
            LOCAL.count(today.breaks_taken), fill(self.tr("%1 snoozed · %2 skipped"), LOCAL.count(today.snoozed), LOCAL.count(today.skipped))
        )
        self.stretched_tile.set_value(
            LOCAL.total(today.stretch_seconds),
            completed(today.routines_completed) if today.routines_completed else "",
        )
        if statistics.streak_days > 0 and today.routines_completed == 0 and today.breaks_taken == 0:
            streak_detail = self.tr("Stretch today to keep it going")
        elif statistics.streak_days <= 0:
            streak_detail = self.tr("Finish a routine to start one")
        else:
            streak_detail = ""
        self.streak_tile.set_value(LOCAL.streak(statistics.streak_days), streak_detail)

    def _show_period(self, statistics: Statistics) -> None:
        days = list(statistics.days)
        if not days and statistics.tension:
            days = [DaySummary(day=t.day) for t in statistics.tension]
        today = statistics.today.day
        dates = [d.day for d in days]
        labels = day_labels(dates)
        tips = [LOCAL.short_date(d) for d in dates]
        names = [day_name(d, today) for d in dates]
        highlight = dates.index(today) if today in dates else None
        period = self.period
        today_summary = days[highlight] if highlight is not None else None

        hours = [d.sitting_seconds / 3600 for d in days]
        self.sitting_chart.set_data(
            hours, labels, highlight, tips,
            texts=[
                #: A day of the sitting chart: %1 the day, %2 the time sat, %3 "2 breaks".
                fill(self.tr("%1: %2 sitting, %3 taken"), name, LOCAL.total(d.sitting_seconds), breaks(d.breaks_taken))
                for name, d in zip(names, days)
            ],
        )
        sat = [d.sitting_seconds for d in days if d.sitting_seconds > 0]
        #: %1 the average time sat, %2 "3 days".
        average = self.tr("%1 a day on average, on %2 at the desk")
        self.sitting_card.set_summary(fill(average, LOCAL.total(sum(sat) / len(sat)), day_count(len(sat))) if sat else "")
        self.sitting_chart.set_description(
            _peak_sentence(
                self.tr("Sitting time per day over the last %n day(s)", "", period), self.tr("highest"), days,
                lambda d: d.sitting_seconds, LOCAL.total, today_summary, period,
            )
        )
        self.sitting_card.set_table(
            (self.tr("Day"), self.tr("Sitting"), self.tr("Breaks taken")),
            [(tip, LOCAL.total(d.sitting_seconds), LOCAL.count(d.breaks_taken)) for tip, d in zip(names, days)],
        )

        taken = [d.breaks_taken for d in days]
        skipped = [d.skipped for d in days]
        count = LOCAL.count
        self.breaks_chart.set_data(
            [(self.tr("Taken"), taken), (self.tr("Skipped"), skipped)], labels, highlight, tips,
            texts=[
                #: A day of the breaks chart: %1 the day, %2 breaks taken, %3 skipped, %4 snoozed.
                fill(self.tr("%1: %2 taken, %3 skipped, %4 snoozed"), name, count(d.breaks_taken), count(d.skipped), count(d.snoozed))
                for name, d in zip(names, days)
            ],
        )
        snoozed = sum(d.snoozed for d in days)
        in_period = fill(self.tr("%1 taken · %2 skipped · %3 snoozed"), count(sum(taken)), count(sum(skipped)), count(snoozed))
        self.breaks_card.set_summary(in_period if any(taken) or any(skipped) or snoozed else "")
        #: %1 breaks taken, %2 skipped in the period.
        opening = self.tr("Breaks taken and skipped per day over the last %n day(s): %1 taken and %2 skipped in all", "", period)
        taken_and_skipped = self.tr("%1 taken and %2 skipped")
        self.breaks_chart.set_description(
            _peak_sentence(
                fill(opening, count(sum(taken)), count(sum(skipped))),
                self.tr("most taken"), days, lambda d: d.breaks_taken, LOCAL.count, today_summary, period,
                today_text=lambda d: fill(taken_and_skipped, count(d.breaks_taken), count(d.skipped)),
            )
        )
        self.breaks_card.set_table(
            (self.tr("Day"), self.tr("Taken"), self.tr("Skipped"), self.tr("Snoozed")),
            [(tip, LOCAL.count(d.breaks_taken), LOCAL.count(d.skipped), LOCAL.count(d.snoozed)) for tip, d in zip(names, days)],
        )

        minutes = [d.stretch_seconds / 60 for d in days]
        self.stretch_chart.set_data(
            minutes, labels, highlight, tips,
            texts=[
                #: A day of the stretching chart: %1 the day, %2 the time stretched.
                fill(self.tr("%1: %2 stretched"), name, LOCAL.total(d.stretch_seconds))
                + (", " + completed(d.routines_completed) if d.routines_completed else "")
                for name, d in zip(names, days)
            ],
        )
        total = sum(d.stretch_seconds for d in days)
        routines = sum(d.routines_completed for d in days)
        #: %1 the time stretched in the period, %2 "3 routines completed".
        self.stretch_card.set_summary(fill(self.tr("%1 in all, %2"), LOCAL.total(total), completed(routines)) if total > 0 else "")
        opening = self.tr("Minutes stretched per day over the last %n day(s): %1 in all", "", period)
        self.stretch_chart.set_description(
            _peak_sentence(
                fill(opening, LOCAL.total(total)), self.tr("most"),
                days, lambda d: d.stretch_seconds, LOCAL.total, today_summary, period,
            )
        )
        self.stretch_card.set_table(
            (self.tr("Day"), self.tr("Stretched"), self.tr("Routines completed")),
            [(tip, LOCAL.total(d.stretch_seconds), LOCAL.count(d.routines_completed)) for tip, d in zip(names, days)],
        )

        by_day = {t.day: t for t in statistics.tension}
        points = [by_day.get(d) for d in dates]
        before = [p.before if p is not None else None for p in points]
        after = [p.after if p is not None else None for p in points]
        self.tension_chart.set_data(
            [(self.tr("Before"), before), (self.tr("After"), after)], labels, highlight, tips,
            texts=[fill(self.tr("%1: %2"), name, _tension_words(b, a)) for name, b, a in zip(names, before, after)],
        )
        self.tension_card.set_summary(_tension_summary(before, after))
        answered = sum(1 for b, a in zip(before, after) if b is not None or a is not None)
        change = _tension_summary(before, after)
        #: %1 "3 days" with an answer, %2 how tension changed after a routine.
        tension = self.tr("Tension from 0 to 10 before and after a routine over the last %n day(s), answered on %1: %2.", "", period)
        self.tension_chart.set_description(
            fill(tension, day_count(answered), change[0].lower() + change[1:] if change else self.tr("not yet both before and after on any day"))
        )
        self.tension_card.set_table(
            (self.tr("Day"), self.tr("Before"), self.tr("After")),
            [(tip, _score(b), _score(a)) for tip, b, a in zip(names, before, after)],
        )

        top = statistics.top_exercises[:TOP_EXERCISES]
        exercises = [(exercise_name(e), count) for e, count in top]
        self.exercises_chart.set_items(exercises, [fill(self.tr("%1: %2"), name, times(count)) for name, count in exercises])
        #: %1 how many exercises are shown, %2 how many were done.
        top_of = fill(self.tr("Top %1 of %2"), str(len(top)), str(len(statistics.top_exercises)))
        self.exercises_card.set_summary(top_of if len(statistics.top_exercises) > TOP_EXERCISES else "")
        #: %1 "5 exercises", %2 the exercises and how often, separated by commas.
        done_most = self.tr("The %1 done most over the last %n day(s): %2.", "", period)
        most = LOCAL.numerus(self.tr("%n exercise(s)", "", len(exercises)), len(exercises))
        self.exercises_chart.set_description(
            fill(done_most, most, ", ".join(fill(self.tr("%1 %2", "name, times"), name, times(count)) for name, count in exercises))
        )
        self.exercises_card.set_table((self.tr("Exercise"), self.tr("Times")), [(name, LOCAL.count(count)) for name, count in exercises])

        areas = [(area_name(a), count) for a, count in statistics.body_areas]
        self.areas_chart.set_items(areas, [fill(self.tr("%1: worked %2"), name, times(count)) for name, count in areas])
        self.areas_card.set_summary(self.tr("Times each area was worked") if statistics.body_areas else "")
        #: %1 the body areas and how often, separated by commas.
        worked = self.tr("Body areas your routines worked over the last %n day(s), most first: %1.", "", period)
        self.areas_chart.set_description(
            fill(worked, ", ".join(fill(self.tr("%1 %2", "name, times"), name, times(count)) for name, count in areas))
        )
        self.areas_card.set_table((self.tr("Body area"), self.tr("Times worked")), [(name, LOCAL.count(count)) for name, count in areas])
        for card in self.chart_cards:
            card.summary_label.setVisible(bool(card.summary_label.text()))

    # Export ------------------------------------------------------------------

    def default_export_path(self) -> Path:
        return Path.home() / f"knotbreak-history-{date.today().isoformat()}.csv"

    def export_csv(self) -> None:
        if self._export is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export history as CSV"), str(self.default_export_path()), self.tr("CSV files (*.csv);;All files (*)")
        )
        if not chosen:
            return
        path = Path(chosen)
        try:
            count = self._export(path)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            where = exc.filename or path
            #: %1 the file, %2 the system's reason.
            self._show_status(fill(self.tr("Could not export to %1: %2"), str(where), reason), error=True)
            return
        #: %1 "1,234 events", %2 the file.
        self._show_status(fill(self.tr("Exported %1 to %2"), LOCAL.numerus(self.tr("%n event(s)", "", count), count), str(path)))

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setProperty("error", error)
        self._style_status()
        self.status_label.show()

    def _style_status(self) -> None:
        mark, background, text = self.status_colours(bool(self.status_label.property("error")))
        # Spelled out: Qt 6.11 ignores the border-left shorthand on a QLabel.
        self.status_label.setStyleSheet(
            "border-style: solid; border-width: 0px 0px 0px 3px;"
            f" border-color: {mark.name()}; background: {background.name()}; color: {text.name()};"
            " padding: 0.35em 0.7em;"
        )


def _peak_sentence(
    opening: str,
    peak_word: str,
    days: Sequence[DaySummary],
    value: Callable[[DaySummary], float],
    formatter: Callable[[float], str],
    today: DaySummary | None,
    period: int,
    today_text: Callable[[DaySummary], str] | None = None,
) -> str:
    """'<opening>: highest 5 h 02 min on Monday, today 1 h 30 min.' (the opening's own colon is kept)."""
    if not days or max(value(d) for d in days) <= 0:
        return ""
    peak = max(days, key=value)  # the first of equal days
    today_words = "" if today is None else (today_text(today) if today_text else formatter(value(today)))
    if today is not None and value(today) >= value(peak):
        #: In a chart's description: %1 "highest" or "most", %2 today's value.
        parts = [fill(Stats.tr("%1 today, %2"), peak_word, today_words)]
    else:
        #: In a chart's description: %1 "highest" or "most", %2 the value, %3 the day ("highest 5 h on Monday").
        parts = [fill(Stats.tr("%1 %2 on %3"), peak_word, formatter(value(peak)), which_day(peak.day, period))]
        if today is not None:
            parts.append(fill(Stats.tr("today %1"), today_words))
    joiner = "; " if ":" in opening else ": "
    return f"{opening}{joiner}{', '.join(parts)}."


def _score(value: float | None) -> str:
    return "–" if value is None else LOCAL.number(value)


def _tension_words(before: float | None, after: float | None) -> str:
    """'tension 6 before, 4 after', or 'no answers'."""
    if before is None and after is None:
        return Stats.tr("no answers")
    parts = [
        fill(Stats.tr("%1 before"), LOCAL.number(before)) if before is not None else Stats.tr("no answer before"),
        fill(Stats.tr("%1 after"), LOCAL.number(after)) if after is not None else Stats.tr("no answer after"),
    ]
    #: %1 "6 before, 4 after".
    return fill(Stats.tr("tension %1"), ", ".join(parts))


def _tension_summary(before: Sequence[float | None], after: Sequence[float | None]) -> str:
    pairs = [(b, a) for b, a in zip(before, after) if b is not None and a is not None]
    if not pairs:
        return ""
    change = sum(b - a for b, a in pairs) / len(pairs)
    days = day_count(len(pairs))
    if abs(change) < 0.05:
        #: %1 is "3 days".
        return fill(Stats.tr("About the same after a routine (%1 with both answers)"), days)
    if change > 0:
        #: %1 the points tension fell by, %2 "3 days".
        return fill(Stats.tr("On average %1 points lower after a routine (%2 with both answers)"), LOCAL.number(abs(change)), days)
    return fill(Stats.tr("On average %1 points higher after a routine (%2 with both answers)"), LOCAL.number(abs(change)), days)


def day_count(days: int) -> str:
    """'1 day', '12 days'."""
    return LOCAL.numerus(Stats.tr("%n day(s)", "", days), days)


def breaks(count: int) -> str:
    return LOCAL.numerus(Stats.tr("%n break(s)", "", count), count)


def times(count: int) -> str:
    """'1 time', '3 times'."""
    return LOCAL.numerus(Stats.tr("%n time(s)", "", count), count)


def completed(routines: int) -> str:
    """'1 routine completed', '3 routines completed'."""
    return LOCAL.numerus(Stats.tr("%n routine(s) completed", "", routines), routines)


def _section_heading(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text)
    label.setFont(_scaled_font(parent, 1.1, bold=True))
    return label
