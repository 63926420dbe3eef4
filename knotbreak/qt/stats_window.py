"""The Statistics window: today at a glance, and charts over the last 7 or 30 days.

It works from knotbreak.core.stats.Statistics only: load(days) gives the data
for a period, export(path) writes the history as CSV and says how many events
it wrote. The charts are drawn by knotbreak.qt.charts, so the window needs
nothing beyond PySide6-Essentials.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QHideEvent, QPainter, QPaintEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from knotbreak.core.durations import format_minutes
from knotbreak.core.exercises import load_builtin_library
from knotbreak.core.stats import DaySummary, Statistics
from knotbreak.qt.charts import (
    ACCENT,
    SECOND,
    BarChart,
    HorizontalBars,
    LineChart,
    PairedBarChart,
    blend,
    format_number,
)
from knotbreak.qt.style import segment_style

log = logging.getLogger(__name__)

PERIODS = (7, 30)
DEFAULT_SIZE = (900, 760)
MINIMUM_SIZE = (520, 420)
TOP_EXERCISES = 5
ERROR = QColor("#d0533d")

STREAK_TIP = "Days in a row, up to today, on which you did at least one stretch routine."
TENSION_EMPTY = "Answer the 0–10 question before and after a routine to see whether stretching helps."

AREA_NAMES = {
    "upper-back": "Upper back",
    "rhomboids": "Between the shoulder blades",
    "trapezius": "Top of the shoulders",
    "lats": "Lats",
    "erector-spinae": "Spine muscles",
    "chest": "Chest",
    "shoulders": "Shoulders",
    "neck": "Neck",
    "thoracic-spine": "Mid back (thoracic spine)",
    "rear-delts": "Rear shoulders",
}

WEEKDAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# Formatting -----------------------------------------------------------------


def format_duration(seconds: float) -> str:
    """'0 min', '45 s', '12 min', '5 h 07 min'."""
    return "0 min" if round(seconds) <= 0 else format_minutes(seconds)


def format_hours(hours: float) -> str:
    return f"{format_number(hours)} h"


def format_minutes_value(minutes: float) -> str:
    return f"{format_number(minutes)} min"


def format_count(value: float) -> str:
    return f"{round(value):,}"


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def format_streak(days: int) -> str:
    return "No streak yet" if days <= 0 else f"{plural(days, 'day')} in a row"


def area_name(area: str) -> str:
    """Muscle ids in plain words: 'upper-back' is 'Upper back', 'rear-delts' 'Rear shoulders'."""
    return AREA_NAMES.get(area) or area.replace("-", " ").replace("_", " ").capitalize()


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
        return [WEEKDAYS[d.weekday()] for d in days]
    last = len(days) - 1
    return [f"{d.month}/{d.day}" if (last - i) % 5 == 0 else "" for i, d in enumerate(days)]


def day_tip(day: date) -> str:
    return f"{WEEKDAY_NAMES[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"


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


def _muted(label: QLabel) -> QLabel:
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


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


class ChartCard(Card):
    """A chart under its title and a one-line summary of the period."""

    def __init__(self, title: str, chart: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(title)
        self.title_label.setFont(_scaled_font(self, 1.0, bold=True))
        self.summary_label = _muted(QLabel(""))
        self.summary_label.setFont(_scaled_font(self, 0.92))
        self.summary_label.setWordWrap(True)
        self.chart = chart
        chart.setAccessibleName(title)
        self.layout_.addWidget(self.title_label)
        self.layout_.addWidget(self.summary_label)
        self.layout_.addWidget(chart, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_summary(self, text: str) -> None:
        self.summary_label.setText(text)


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
        self.setWindowTitle("KnotBreak statistics")
        self.setMinimumSize(*MINIMUM_SIZE)
        self.resize(*DEFAULT_SIZE)

        em = self.fontMetrics().height()

        # Header: title, period switch, export.
        title = QLabel("Statistics")
        title.setFont(_scaled_font(self, 1.5, bold=True))
        self.period_buttons: dict[int, QPushButton] = {}
        self.period_group = QButtonGroup(self)
        self.period_group.setExclusive(True)
        segmented = QHBoxLayout()
        segmented.setSpacing(0)
        for index, days in enumerate(PERIODS):
            button = QPushButton(f"{days} days")
            button.setCheckable(True)
            button.setObjectName("periodFirst" if index == 0 else "periodLast")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet(segment_style(index == 0, index == len(PERIODS) - 1, padding="0.15em 1.1em"))
            button.setToolTip(f"Show the last {days} days")
            self.period_group.addButton(button, days)
            self.period_buttons[days] = button
            segmented.addWidget(button)
        self.period_buttons[self.period].setChecked(True)
        self.period_group.idClicked.connect(self.set_period)

        self.export_button = QPushButton("Export CSV…")
        self.export_button.setToolTip("Save every recorded event as a CSV file, for a spreadsheet")
        self.export_button.clicked.connect(self.export_csv)
        self.export_button.setVisible(export is not None)

        # The switch and the button side by side read as one row: same height.
        row_height = max(b.sizeHint().height() for b in (*self.period_buttons.values(), self.export_button))
        for button in (*self.period_buttons.values(), self.export_button):
            button.setFixedHeight(row_height)

        header = QHBoxLayout()
        header.setSpacing(round(em * 0.8))
        header.addWidget(title)
        header.addStretch(1)
        header.addLayout(segmented)
        header.addWidget(self.export_button)

        self.status_label = QLabel("")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()

        # Today.
        self.sitting_tile = Tile("Sitting today")
        self.longest_tile = Tile("Longest without a break")
        self.breaks_tile = Tile("Breaks taken")
        self.stretched_tile = Tile("Stretched today")
        self.streak_tile = Tile("Streak", STREAK_TIP)
        self.tiles = ReflowGrid(
            [self.sitting_tile, self.longest_tile, self.breaks_tile, self.stretched_tile, self.streak_tile],
            min_column_em=8.5, max_columns=5,
        )

        # The period.
        self.sitting_chart = BarChart(
            unit_formatter=format_hours, empty_text="No sitting recorded in this period yet."
        )
        self.breaks_chart = PairedBarChart(
            unit_formatter=format_count, empty_text="No breaks taken or skipped in this period yet."
        )
        self.stretch_chart = BarChart(
            unit_formatter=format_minutes_value, empty_text="No stretching recorded in this period yet."
        )
        self.sitting_chart.minimum_top = 1.0  # hours
        self.stretch_chart.minimum_top = 5.0  # minutes
        self.tension_chart = LineChart(unit_formatter=format_number, empty_text=TENSION_EMPTY)
        self.exercises_chart = HorizontalBars(
            unit_formatter=format_count, empty_text="Exercises you do will be counted here."
        )
        self.areas_chart = HorizontalBars(
            unit_formatter=format_count, colour=SECOND, empty_text="The body areas your routines work will show here."
        )
        self.sitting_card = ChartCard("Sitting per day", self.sitting_chart)
        self.breaks_card = ChartCard("Breaks taken and skipped", self.breaks_chart)
        self.stretch_card = ChartCard("Minutes stretched per day", self.stretch_chart)
        self.tension_card = ChartCard("Tension before and after a routine (0–10)", self.tension_chart)
        self.exercises_card = ChartCard("Most-used exercises", self.exercises_chart)
        self.areas_card = ChartCard("Body areas worked", self.areas_chart)
        self.charts = ReflowGrid(
            [self.sitting_card, self.breaks_card, self.stretch_card, self.tension_card, self.exercises_card, self.areas_card],
            min_column_em=21, max_columns=2,
        )

        today_heading = _section_heading(self, "Today at a glance")
        self.period_heading = _section_heading(self, "")

        content = QWidget()
        content.setObjectName("statisticsContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(round(em * 1.2), round(em), round(em * 1.2), round(em * 1.2))
        column.setSpacing(round(em * 0.7))
        column.addLayout(header)
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
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.scroll_area.viewport().installEventFilter(self)

        self._update_period_heading()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            self._reflow(self.scroll_area.viewport().width())
        return super().eventFilter(watched, event)

    def _reflow(self, viewport_width: int) -> None:
        layout = self.content.layout()
        assert layout is not None  # the column __init__ gave it
        margins = layout.contentsMargins()
        width = viewport_width - margins.left() - margins.right()
        self.tiles.reflow(width)
        self.charts.reflow(width)

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
            self._show_status(f"Could not load the statistics: {exc}", error=True)
            return
        if self.status_label.property("error"):
            self.status_label.hide()
        self.show_statistics(statistics)

    def set_period(self, days: int) -> None:
        if days not in self.period_buttons:
            raise ValueError(f"no such period: {days}")
        self.period_buttons[days].setChecked(True)
        if days == self.period and self.statistics is not None:
            return
        self.period = days
        self._update_period_heading()
        self.refresh()

    def _update_period_heading(self) -> None:
        self.period_heading.setText(f"Last {self.period} days")

    # Showing -----------------------------------------------------------------

    def show_statistics(self, statistics: Statistics) -> None:
        self.statistics = statistics
        self._show_today(statistics)
        self._show_period(statistics)

    def _show_today(self, statistics: Statistics) -> None:
        today = statistics.today
        natural = today.natural_breaks
        self.sitting_tile.set_value(
            format_duration(today.sitting_seconds),
            f"Got up {plural(natural, 'time')} on your own" if natural else "",
        )
        self.longest_tile.set_value(format_duration(today.longest_sitting_seconds))
        self.breaks_tile.set_value(
            f"{today.breaks_taken:,}", f"{today.snoozed:,} snoozed · {today.skipped:,} skipped"
        )
        self.stretched_tile.set_value(
            format_duration(today.stretch_seconds),
            plural(today.routines_completed, "routine") + " completed" if today.routines_completed else "",
        )
        if statistics.streak_days > 0 and today.routines_completed == 0 and today.breaks_taken == 0:
            streak_detail = "Stretch today to keep it going"
        elif statistics.streak_days <= 0:
            streak_detail = "Finish a routine to start one"
        else:
            streak_detail = ""
        self.streak_tile.set_value(format_streak(statistics.streak_days), streak_detail)

    def _show_period(self, statistics: Statistics) -> None:
        days = list(statistics.days)
        if not days and statistics.tension:
            days = [DaySummary(day=t.day) for t in statistics.tension]
        dates = [d.day for d in days]
        labels = day_labels(dates)
        tips = [day_tip(d) for d in dates]
        highlight = dates.index(statistics.today.day) if statistics.today.day in dates else None

        hours = [d.sitting_seconds / 3600 for d in days]
        sitting_tips = [f"{tip}: {format_duration(d.sitting_seconds)}" for tip, d in zip(tips, days)]
        self.sitting_chart.set_data(hours, labels, highlight, sitting_tips)
        sat = [d.sitting_seconds for d in days if d.sitting_seconds > 0]
        self.sitting_card.set_summary(
            f"{format_duration(sum(sat) / len(sat))} a day on average, on {plural(len(sat), 'day')} at the desk" if sat else ""
        )

        taken = [d.breaks_taken for d in days]
        skipped = [d.skipped for d in days]
        self.breaks_chart.set_data([("Taken", taken), ("Skipped", skipped)], labels, highlight, tips)
        snoozed = sum(d.snoozed for d in days)
        self.breaks_card.set_summary(
            f"{sum(taken):,} taken · {sum(skipped):,} skipped · {snoozed:,} snoozed" if any(taken) or any(skipped) or snoozed else ""
        )

        minutes = [d.stretch_seconds / 60 for d in days]
        stretch_tips = [f"{tip}: {format_duration(d.stretch_seconds)}" for tip, d in zip(tips, days)]
        self.stretch_chart.set_data(minutes, labels, highlight, stretch_tips)
        total = sum(d.stretch_seconds for d in days)
        routines = sum(d.routines_completed for d in days)
        self.stretch_card.set_summary(
            f"{format_duration(total)} in all, {plural(routines, 'routine')} completed" if total > 0 else ""
        )

        by_day = {t.day: t for t in statistics.tension}
        points = [by_day.get(d) for d in dates]
        before = [p.before if p is not None else None for p in points]
        after = [p.after if p is not None else None for p in points]
        self.tension_chart.set_data([("Before", before), ("After", after)], labels, highlight, tips)
        self.tension_card.set_summary(_tension_summary(before, after))

        top = statistics.top_exercises[:TOP_EXERCISES]
        self.exercises_chart.set_items([(exercise_name(e), count) for e, count in top])
        self.exercises_card.set_summary(
            f"Top {len(top)} of {len(statistics.top_exercises)}" if len(statistics.top_exercises) > TOP_EXERCISES else ""
        )
        self.areas_chart.set_items([(area_name(a), count) for a, count in statistics.body_areas])
        self.areas_card.set_summary("Times each area was worked" if statistics.body_areas else "")
        for card in (self.exercises_card, self.areas_card, self.sitting_card, self.breaks_card, self.stretch_card, self.tension_card):
            card.summary_label.setVisible(bool(card.summary_label.text()))

    # Export ------------------------------------------------------------------

    def default_export_path(self) -> Path:
        return Path.home() / f"knotbreak-history-{date.today().isoformat()}.csv"

    def export_csv(self) -> None:
        if self._export is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Export history as CSV", str(self.default_export_path()), "CSV files (*.csv);;All files (*)"
        )
        if not chosen:
            return
        path = Path(chosen)
        try:
            count = self._export(path)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            where = exc.filename or path
            self._show_status(f"Could not export to {where}: {reason}", error=True)
            return
        self._show_status(f"Exported {plural(count, 'event')} to {path}")

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setProperty("error", error)
        colour = QColor(ERROR if error else ACCENT)
        # Spelled out: Qt 6.11 ignores the border-left shorthand on a QLabel.
        self.status_label.setStyleSheet(
            "border-style: solid; border-width: 0px 0px 0px 3px;"
            f" border-color: {colour.name()};"
            f" background: rgba({colour.red()}, {colour.green()}, {colour.blue()}, 0.14);"
            " padding: 0.35em 0.7em;"
        )
        self.status_label.show()


def _tension_summary(before: Sequence[float | None], after: Sequence[float | None]) -> str:
    pairs = [(b, a) for b, a in zip(before, after) if b is not None and a is not None]
    if not pairs:
        return ""
    change = sum(b - a for b, a in pairs) / len(pairs)
    days = plural(len(pairs), "day")
    if abs(change) < 0.05:
        return f"About the same after a routine ({days} with both answers)"
    direction = "lower" if change > 0 else "higher"
    return f"On average {format_number(abs(change))} points {direction} after a routine ({days} with both answers)"


def _section_heading(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text)
    label.setFont(_scaled_font(parent, 1.1, bold=True))
    return label
