"""The Statistics window and its QPainter charts, driven offscreen."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from knotbreak.core.stats import DaySummary, Statistics, TensionPoint
from knotbreak.qt.charts import BarChart, HorizontalBars, LineChart, PairedBarChart, nice_ticks
from knotbreak.qt.formatting import LOCAL
from knotbreak.qt.stats_window import (
    DEFAULT_SIZE,
    DEFAULT_SIZE_EM,
    MINIMUM_SIZE,
    STREAK_TIP,
    TENSION_EMPTY,
    StatisticsWindow,
    area_name,
    day_labels,
    fit_size,
)

TODAY = date(2025, 3, 31)  # a Monday


def make_statistics(period: int, *, tension: bool = True) -> Statistics:
    days = []
    for i in range(period):
        day = TODAY - timedelta(days=period - 1 - i)
        days.append(DaySummary(
            day=day,
            sitting_seconds=(3 + i % 4) * 3600 + 600,
            longest_sitting_seconds=80 * 60,
            breaks_taken=1 + i % 3,
            snoozed=i % 2,
            skipped=i % 2,
            stretch_seconds=(5 + i % 5) * 60,
            routines_completed=1 + i % 3,
        ))
    days[-1] = DaySummary(
        day=TODAY,
        sitting_seconds=3 * 3600 + 4 * 60 + 20,
        longest_sitting_seconds=3600 + 24 * 60,
        breaks_taken=1234,
        natural_breaks=2,
        snoozed=2,
        skipped=1,
        stretch_seconds=14 * 60 + 30,
        routines_completed=3,
    )
    points: tuple[TensionPoint, ...] = ()
    if tension:
        first = days[0].day
        points = (
            TensionPoint(first, 6.0, 4.0, 1),
            TensionPoint(first + timedelta(days=1), 7.0, 5.5, 2),
            # day 2: no answers at all
            TensionPoint(first + timedelta(days=3), 5.0, None, 1),
            TensionPoint(first + timedelta(days=4), None, None, 1),
        )
    return Statistics(
        today=days[-1],
        days=tuple(days),
        streak_days=4,
        top_exercises=(
            ("upper-back-stretch", 9), ("chest-stretch", 7), ("cat-camel", 5), ("double-v", 4),
            ("my-own-move", 3), ("thread-the-needle", 1),
        ),
        body_areas=(("upper-back", 12), ("rear-delts", 6), ("thoracic-spine", 5), ("erector-spinae", 2), ("lats", 1)),
        tension=points,
    )


def empty_statistics(period: int) -> Statistics:
    days = tuple(DaySummary(day=TODAY - timedelta(days=period - 1 - i)) for i in range(period))
    return Statistics(today=days[-1], days=days, streak_days=0)


class Loader:
    def __init__(self, make=make_statistics) -> None:  # type: ignore[no-untyped-def]
        self.calls: list[int] = []
        self.make = make

    def __call__(self, days: int) -> Statistics:
        self.calls.append(days)
        return self.make(days)


@pytest.fixture
def loader() -> Loader:
    return Loader()


@pytest.fixture
def window(qtbot, loader: Loader) -> StatisticsWindow:  # type: ignore[no-untyped-def]
    widget = StatisticsWindow(loader, export=lambda path: 1234)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# The window ------------------------------------------------------------------


def test_showing_the_window_loads_seven_days(window: StatisticsWindow, loader: Loader) -> None:
    assert loader.calls == [7]
    assert window.period_buttons[7].isChecked()
    assert len(window.sitting_chart.values) == 7
    em = window.fontMetrics().height()
    assert window.size() == fit_size(DEFAULT_SIZE_EM, em, window.screen().availableGeometry())
    assert window.size().width() > 50 * em or window.size().width() >= window.screen().availableGeometry().width() * 0.9


def test_the_window_reloads_each_time_it_opens_but_not_twice(qtbot, loader: Loader) -> None:  # type: ignore[no-untyped-def]
    widget = StatisticsWindow(loader)
    qtbot.addWidget(widget)
    assert loader.calls == [], "nothing is read before the window is wanted"
    widget.refresh()
    widget.show()
    qtbot.waitExposed(widget)
    assert loader.calls == [7], "refresh() then show() reads once"
    widget.hide()
    widget.show()
    assert loader.calls == [7, 7]


def test_tiles_show_todays_numbers_formatted(window: StatisticsWindow) -> None:
    assert window.sitting_tile.value_label.text() == "3 h 04 min"
    assert window.sitting_tile.detail_label.text() == "Got up 2 times on your own"
    assert window.longest_tile.value_label.text() == "1 h 24 min"
    assert window.breaks_tile.value_label.text() == "1,234"
    assert window.breaks_tile.detail_label.text() == "2 snoozed · 1 skipped"
    assert window.stretched_tile.value_label.text() == "14 min"
    assert window.stretched_tile.detail_label.text() == "3 routines completed"
    assert window.streak_tile.value_label.text() == "4 days in a row"
    assert window.streak_tile.toolTip() == STREAK_TIP
    assert "\n" not in STREAK_TIP


def test_streak_wording() -> None:
    assert LOCAL.streak(1) == "1 day in a row"
    assert LOCAL.streak(12) == "12 days in a row"
    assert LOCAL.streak(0) == "No streak yet"


def test_switching_to_thirty_days_loads_thirty_and_fills_the_charts(qtbot, window: StatisticsWindow, loader: Loader) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.period_buttons[30], Qt.MouseButton.LeftButton)
    assert loader.calls == [7, 30]
    assert window.period == 30
    assert window.period_buttons[30].isChecked() and not window.period_buttons[7].isChecked()
    assert window.period_heading.text() == "Last 30 days"
    assert len(window.sitting_chart.values) == 30
    assert window.sitting_chart.highlight_index == 29
    assert window.breaks_chart.slot_count() == 30
    assert len(window.stretch_chart.values) == 30
    assert window.tension_chart.slot_count() == 30
    # Every 5th date, counting back from today.
    assert window.sitting_chart.labels[-1] == "3/31"
    assert window.sitting_chart.labels[-6] == "3/26"
    assert sum(1 for label in window.sitting_chart.labels if label) == 6

    qtbot.mouseClick(window.period_buttons[30], Qt.MouseButton.LeftButton)
    assert loader.calls == [7, 30], "clicking the chosen period again does not reload"
    window.refresh()
    assert loader.calls == [7, 30, 30]
    qtbot.mouseClick(window.period_buttons[7], Qt.MouseButton.LeftButton)
    assert loader.calls[-1] == 7
    assert window.sitting_chart.labels == ("Tu", "We", "Th", "Fr", "Sa", "Su", "Mo")


def test_chart_values_come_from_the_days(window: StatisticsWindow) -> None:
    statistics = make_statistics(7)
    assert window.sitting_chart.values == pytest.approx([d.sitting_seconds / 3600 for d in statistics.days])
    assert window.stretch_chart.values == pytest.approx([d.stretch_seconds / 60 for d in statistics.days])
    (taken_name, taken), (skipped_name, skipped) = window.breaks_chart.series
    assert (taken_name, skipped_name) == ("Taken", "Skipped")
    assert taken == tuple(float(d.breaks_taken) for d in statistics.days)
    assert skipped == tuple(float(d.skipped) for d in statistics.days)


def test_exercises_and_body_areas_show_names_not_ids(window: StatisticsWindow) -> None:
    names = [name for name, _ in window.exercises_chart.items]
    assert len(names) == 5, "top 5 only"
    assert names[0] == "Upper back stretch"
    assert "upper-back-stretch" not in names
    assert names[4] == "my-own-move", "an unknown id falls back to the id"
    assert [name for name, _ in window.areas_chart.items] == [
        "Upper back", "Rear shoulders", "Mid back (thoracic spine)", "Spine muscles", "Lats",
    ]
    assert area_name("some-new-area") == "Some new area"


def test_tension_chart_keeps_missing_answers_as_gaps(window: StatisticsWindow) -> None:
    (before_name, before), (after_name, after) = window.tension_chart.series
    assert (before_name, after_name) == ("Before", "After")
    assert before == (6.0, 7.0, None, 5.0, None, None, None)
    assert after == (4.0, 5.5, None, None, None, None, None)
    assert window.tension_chart.segments(0) == [[0, 1], [3]]
    assert window.tension_chart.segments(1) == [[0, 1]]
    assert not window.tension_chart.showing_empty_state()
    assert "1.8 points lower" in window.tension_card.summary_label.text()


def test_empty_statistics_render_with_empty_states(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = StatisticsWindow(Loader(empty_statistics))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.grab()  # paints every chart
    for chart in (
        widget.sitting_chart, widget.breaks_chart, widget.stretch_chart,
        widget.tension_chart, widget.exercises_chart, widget.areas_chart,
    ):
        assert chart.showing_empty_state(), type(chart).__name__
    assert widget.tension_chart.empty_text == TENSION_EMPTY
    assert widget.sitting_tile.value_label.text() == "0 min"
    assert widget.breaks_tile.value_label.text() == "0"
    assert widget.streak_tile.value_label.text() == "No streak yet"
    assert widget.export_button.isHidden(), "no export without an export function"


def test_statistics_with_no_days_at_all_render(qtbot) -> None:  # type: ignore[no-untyped-def]
    bare = Statistics(today=DaySummary(day=TODAY), days=(), streak_days=0)
    widget = StatisticsWindow(lambda days: bare)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.grab()
    assert widget.sitting_chart.values == ()
    assert widget.tension_chart.showing_empty_state()


def test_a_failing_load_is_shown_not_raised(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    def broken(days: int) -> Statistics:
        raise OSError("database is locked")

    widget = StatisticsWindow(broken)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.status_label.isVisible()
    assert "database is locked" in widget.status_label.text()


def test_export_asks_for_a_path_and_reports_the_count(qtbot, window: StatisticsWindow, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    exported: list[Path] = []
    window._export = lambda path: exported.append(path) or 1234
    asked: list[str] = []
    chosen = tmp_path / "history.csv"

    def fake_dialog(parent, caption, directory, filter_):  # type: ignore[no-untyped-def]
        asked.append(directory)
        return str(chosen), "CSV files (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    assert window.export_button.isVisible()
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    assert exported == [chosen]
    assert Path(asked[0]) == Path.home() / f"knotbreak-history-{date.today().isoformat()}.csv"
    assert window.status_label.isVisible()
    assert window.status_label.text() == f"Exported 1,234 events to {chosen}"


def test_export_shows_an_oserror(qtbot, window: StatisticsWindow, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "locked.csv"

    def refuse(path: Path) -> int:
        raise PermissionError(13, "Permission denied", str(path))

    window._export = refuse
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), "")))
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    assert window.status_label.isVisible()
    assert "Permission denied" in window.status_label.text()
    assert str(target) in window.status_label.text()

    def unreadable(path: Path) -> int:
        raise OSError("History could not be read: disk I/O error.")

    window._export = unreadable
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    assert window.status_label.text() == f"Could not export to {target}: History could not be read: disk I/O error."


def test_cancelling_the_export_dialog_exports_nothing(qtbot, window: StatisticsWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    exported: list[Path] = []
    window._export = lambda path: exported.append(path) or 0
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: ("", "")))
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    assert exported == []
    assert window.status_label.isHidden()


def test_layout_reflows_without_horizontal_scrolling(qtbot, window: StatisticsWindow) -> None:  # type: ignore[no-untyped-def]
    window.set_period(30)
    assert window.charts.columns == 2
    assert window.tiles.columns == 5
    window.resize(*MINIMUM_SIZE)
    qtbot.waitUntil(lambda: window.charts.columns == 1)
    QApplication.processEvents()
    assert window.scroll_area.horizontalScrollBar().maximum() == 0
    assert window.content.width() <= window.scroll_area.viewport().width()
    assert window.export_button.geometry().right() <= window.content.width()
    for chart in (window.sitting_chart, window.breaks_chart, window.tension_chart):
        assert chart.height() >= chart.minimumSizeHint().height()
    window.resize(*DEFAULT_SIZE)
    qtbot.waitUntil(lambda: window.charts.columns == 2)


# The charts ------------------------------------------------------------------


def test_nice_ticks_are_round() -> None:
    assert nice_ticks(7.3, 4) == [0, 2, 4, 6, 8]
    assert nice_ticks(3, 4, integer=True) == [0, 1, 2, 3]
    assert nice_ticks(1, 4, integer=True) == [0, 1]
    assert nice_ticks(0.6, 3) == [0, 0.2, 0.4, 0.6]
    assert nice_ticks(10, 5, integer=True) == [0, 2, 4, 6, 8, 10]
    assert nice_ticks(10, 2, integer=True) == [0, 5, 10]
    assert nice_ticks(37, 4) == [0, 10, 20, 30, 40]
    assert nice_ticks(0) == [0, 0.5, 1]


def test_day_labels() -> None:
    week = [TODAY - timedelta(days=6 - i) for i in range(7)]
    assert day_labels(week) == ["Tu", "We", "Th", "Fr", "Sa", "Su", "Mo"]
    month = [TODAY - timedelta(days=29 - i) for i in range(30)]
    labels = day_labels(month)
    assert [label for label in labels if label] == ["3/6", "3/11", "3/16", "3/21", "3/26", "3/31"]


def _charts() -> list[QWidget]:
    week = [f"{i}/3" for i in range(1, 31)]
    return [
        BarChart([1.5, 0, 3.25, 7.1, 2] * 6, week, highlight_index=29, unit_formatter=lambda v: f"{v:g} h"),
        PairedBarChart([("Taken", [1, 2, 3] * 10), ("Skipped", [0, 1, 0] * 10)], week, highlight_index=29),
        LineChart([("Before", [6.0, None, 7.5, 5.0, None] * 6), ("After", [4.0, 3.0, None, None, None] * 6)], week),
        HorizontalBars([("Upper back stretch", 9), ("A very long exercise name that must be elided somehow", 4), ("Neck", 1)]),
    ]


def _painted_pixels(widget: QWidget, size: QSize, background: QColor) -> int:
    widget.resize(size)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(background)
    widget.render(image)
    step = 2
    bg = background.rgb()
    return sum(
        1 for y in range(0, size.height(), step) for x in range(0, size.width(), step) if image.pixel(x, y) != bg
    )


@pytest.mark.parametrize("size", [QSize(260, 170), QSize(420, 220), QSize(860, 300)])
def test_every_chart_paints_something_at_any_size(qtbot, size: QSize) -> None:  # type: ignore[no-untyped-def]
    for chart in _charts():
        qtbot.addWidget(chart)
        base = chart.palette().color(QPalette.ColorRole.Base)
        painted = _painted_pixels(chart, size, base)
        assert painted > 50, f"{type(chart).__name__} at {size}: {painted}"


def test_charts_paint_on_a_dark_palette(qtbot) -> None:  # type: ignore[no-untyped-def]
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1f22"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    for chart in _charts():
        qtbot.addWidget(chart)
        chart.setPalette(dark)
        assert _painted_pixels(chart, QSize(400, 200), QColor("#1e1f22")) > 50


def test_empty_charts_paint_their_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    for chart in (BarChart(), PairedBarChart(), LineChart(), HorizontalBars(), BarChart([0, 0, 0], ["a", "b", "c"])):
        qtbot.addWidget(chart)
        assert chart.showing_empty_state()
        assert _painted_pixels(chart, QSize(300, 160), chart.palette().color(QPalette.ColorRole.Base)) > 20


def test_day_labels_never_overlap(qtbot) -> None:  # type: ignore[no-untyped-def]
    labels = [f"{i}/12" for i in range(1, 31)]  # every slot labelled: the chart must thin them
    chart = BarChart([float(i % 7) for i in range(30)], labels, highlight_index=29)
    qtbot.addWidget(chart)
    for width in (220, 400, 900):
        chart.resize(width, 200)
        chart.grab()
        rects = chart.day_label_rects()
        assert rects, width
        assert any(index == 29 for index, _ in rects), "today's label always shows"
        for (_, a), (_, b) in zip(rects, rects[1:]):
            assert a.right() <= b.left(), f"labels overlap at width {width}"
        for _, rect in rects:
            assert 0 <= rect.left() and rect.right() <= width


def test_tooltips_name_the_day_and_value() -> None:
    chart = BarChart([1.5, 2.0], ["Mo", "Tu"], tips=["Mon 3 Mar", "Tue 4 Mar"], unit_formatter=lambda v: f"{v:g} h")
    assert chart.tip_for(0) == "Mon 3 Mar: 1.5 h"
    line = LineChart([("Before", [6.0, None]), ("After", [None, None])], ["Mo", "Tu"])
    assert line.tip_for(0) == "Mo: before 6, after –"
    assert line.tip_for(1) == "Tu: no answers"


def test_tiny_values_still_get_distinct_axis_labels(qtbot) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    days = tuple(DaySummary(today - timedelta(days=6 - i)) for i in range(6)) + (
        DaySummary(today, sitting_seconds=60, breaks_taken=1, stretch_seconds=8),
    )
    stats = Statistics(today=days[-1], days=days, streak_days=1)
    window = StatisticsWindow(load=lambda _days: stats)
    qtbot.addWidget(window)
    window.refresh()
    window.show()
    window.grab()
    for chart in (window.sitting_chart, window.stretch_chart):
        top = max(chart.maximum(), chart.minimum_top)
        labels = [chart.unit_formatter(t) for t in nice_ticks(top, 4)]
        assert len(labels) == len(set(labels)), labels
