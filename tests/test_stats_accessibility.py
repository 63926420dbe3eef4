"""The Statistics window by keyboard, to a screen reader, with large text, and in light, dark and high contrast."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from palettes import PALETTES, apply
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QFontMetrics, QImage, QKeySequence, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QStyleFactory, QWidget
from pytestqt.qtbot import QtBot
from test_stats_window import Loader, make_statistics

from knotbreak.qt.charts import Chart, DayChart
from knotbreak.qt.contrast import contrast_ratio
from knotbreak.qt.stats_window import (
    MINIMUM_SIZE_EM,
    SCREEN_SHARE,
    StatisticsWindow,
    fit_size,
)
from knotbreak.qt.style import Segment, segment_colours, segment_style


def show_active(qtbot: QtBot, window: QWidget) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def open_window(qtbot: QtBot, loader: Loader | None = None) -> StatisticsWindow:
    window = StatisticsWindow(loader or Loader(), export=lambda path: 0)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    return window


@pytest.fixture
def window(qtbot: QtBot) -> StatisticsWindow:
    return open_window(qtbot)


def tab_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits, once round, from the first in the chain."""
    def stops(widget: QWidget) -> bool:
        return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisible() and widget.isEnabled()

    def after(widget: QWidget) -> QWidget:
        following = widget.nextInFocusChain()
        assert following is not None
        return following

    first = after(window)
    while not stops(first):
        first = after(first)
    chain, widget = [first], after(first)
    while widget is not first:
        if stops(widget):
            chain.append(widget)
        widget = after(widget)
    return chain


def accessible(widget: QWidget, text: QAccessible.Text = QAccessible.Text.Name) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    return interface.text(text)


def key(qtbot: QtBot, widget: QWidget, sequence: str) -> None:
    combination = QKeySequence(sequence)[0]  # type: ignore[index]  # PySide6's stubs lack __getitem__
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


# Keyboard ---------------------------------------------------------------------------


def test_the_period_switch_is_one_tab_stop_at_the_chosen_period(window: StatisticsWindow) -> None:
    chain = tab_chain(window)
    segments = [widget for widget in chain if isinstance(widget, Segment)]
    assert segments == [window.period_buttons[7]]
    window.set_period(30)
    assert [widget for widget in tab_chain(window) if isinstance(widget, Segment)] == [window.period_buttons[30]]


def test_arrow_keys_choose_a_period_and_move_the_focus_with_it(qtbot: QtBot) -> None:
    loader = Loader()
    window = open_window(qtbot, loader)
    seven, thirty = window.period_buttons[7], window.period_buttons[30]
    seven.setFocus(Qt.FocusReason.TabFocusReason)
    for pressed, chosen in (("Right", 30), ("Right", 7), ("Left", 30), ("Home", 7), ("End", 30), ("Up", 7), ("Down", 30)):
        focused = QApplication.focusWidget()
        assert focused is not None
        key(qtbot, focused, pressed)
        assert window.period == chosen, pressed
        assert window.period_buttons[chosen].hasFocus() and window.period_buttons[chosen].isChecked(), pressed
    assert loader.calls == [7, 30, 7, 30, 7, 30, 7, 30]
    assert thirty.shows_focus(), "moved by the keyboard, the chosen segment shows its focus ring"
    assert not seven.shows_focus()


def test_tab_visits_the_switch_export_and_each_chart_with_its_table_button_in_reading_order(window: StatisticsWindow) -> None:
    chain = tab_chain(window)
    expected: list[QWidget] = [window.period_buttons[7], window.export_button]
    for card in window.chart_cards:
        expected += [card.chart, card.table_button]
    assert [w for w in chain if w in expected] == expected
    assert all(w in expected or isinstance(w, QLabel) for w in chain), [w for w in chain if w not in expected]


def test_arrow_keys_move_the_cursor_along_a_chart_and_the_caption_follows(qtbot: QtBot, window: StatisticsWindow) -> None:
    chart, caption = window.sitting_chart, window.sitting_card.caption_label
    chart.setFocus(Qt.FocusReason.TabFocusReason)
    assert chart.cursor_index == 6, "the cursor starts on today"
    assert caption.text() == "Today, Mon 31 Mar: 3 h 04 min sitting, 1,234 breaks taken"
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.cursor_index == 5
    assert caption.text() == "Sun 30 Mar: 4 h 10 min sitting, 3 breaks taken"
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert caption.text() == "Tue 25 Mar: 3 h 10 min sitting, 1 break taken"
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.cursor_index == 0, "the cursor stops at the first day"
    qtbot.keyClick(chart, Qt.Key.Key_End)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.cursor_index == 6
    # Up and Down, like Page Up and Page Down, are left to scroll the page.
    scroll_bar = window.scroll_area.verticalScrollBar()
    assert scroll_bar.maximum() > 0
    qtbot.keyClick(chart, Qt.Key.Key_PageDown)
    assert scroll_bar.value() > 0
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    assert chart.cursor_index == 6


def test_up_and_down_move_along_horizontal_bars(qtbot: QtBot, window: StatisticsWindow) -> None:
    chart = window.areas_chart
    chart.setFocus(Qt.FocusReason.TabFocusReason)
    assert window.areas_card.caption_label.text() == "Upper back: worked 12 times"
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert window.areas_card.caption_label.text() == "Mid back (thoracic spine): worked 5 times"
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    assert chart.cursor_index == 1


def test_a_click_puts_the_cursor_on_the_bar_clicked(qtbot: QtBot, window: StatisticsWindow) -> None:
    chart = window.stretch_chart
    chart.grab()
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.slot_rect(2).center().toPoint())
    assert chart.hasFocus() and chart.cursor_index == 2


def test_a_new_period_puts_the_cursor_back_on_today(qtbot: QtBot, window: StatisticsWindow) -> None:
    window.sitting_chart.set_cursor_index(1)
    window.set_period(30)
    assert window.sitting_chart.cursor_index == 29
    assert window.sitting_card.caption_label.text().startswith("Today, Mon 31 Mar: ")


def _ring_pixels(chart: Chart) -> int:
    """Pixels in the cursor ring's colour down the left side of where the ring goes."""
    image = chart.grab().toImage()
    ring = chart.cursor_rect()
    x = round(ring.left() + chart.ring_width() / 2)
    focus = chart.colours().focus
    return sum(1 for y in range(round(ring.top() + ring.height() * 0.25), round(ring.bottom() - ring.height() * 0.25))
               if _close(QColor(image.pixel(x, y)), focus))


def _close(first: QColor, second: QColor, tolerance: int = 12) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(first.getRgb()[:3], second.getRgb()[:3]))  # type: ignore[index]


@pytest.mark.parametrize("name", ["sitting_chart", "tension_chart", "exercises_chart"])
def test_the_cursor_is_drawn_only_while_the_chart_has_the_focus(qtbot: QtBot, window: StatisticsWindow, name: str) -> None:
    chart: Chart = getattr(window, name)
    assert _ring_pixels(chart) <= 2
    chart.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(chart.hasFocus)
    assert _ring_pixels(chart) >= chart.cursor_rect().height() * 0.4


@pytest.mark.parametrize("sequence", ["Escape", "Ctrl+W"])
def test_the_window_closes_from_the_keyboard(qtbot: QtBot, window: StatisticsWindow, sequence: str) -> None:
    window.sitting_chart.setFocus()
    key(qtbot, window.sitting_chart, sequence)
    assert not window.isVisible()


def test_show_as_table_opens_a_table_of_the_chart_that_the_keyboard_reaches(qtbot: QtBot, window: StatisticsWindow) -> None:
    card = window.breaks_card
    card.table_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(card.table_button, Qt.Key.Key_Space)
    table = card.table
    assert table is not None and table.isVisible()
    assert card.table_button.text() == "Hide table"
    headers = [table.horizontalHeaderItem(c) for c in range(table.columnCount())]
    assert [item.text() for item in headers if item is not None] == ["Day", "Taken", "Skipped", "Snoozed"]
    assert table.rowCount() == 7
    today = [table.item(6, c) for c in range(4)]
    assert [item.text() for item in today if item is not None] == ["Today, Mon 31 Mar", "1,234", "1", "2"]
    chain = tab_chain(window)
    assert chain[chain.index(card.table_button) + 1] is table
    assert QAccessible.queryAccessibleInterface(table).role() == QAccessible.Role.Table
    window.set_period(30)
    assert table.rowCount() == 30, "an open table follows the period"
    qtbot.keyClick(card.table_button, Qt.Key.Key_Space)
    assert table.isHidden()
    qtbot.keyClick(card.table_button, Qt.Key.Key_Space)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert not window.isVisible(), "Esc closes the window from inside a table too"


# Screen reader --------------------------------------------------------------------------


def test_every_focusable_widget_has_an_accessible_name(qtbot: QtBot, window: StatisticsWindow) -> None:
    for card in window.chart_cards:
        card.table_button.click()
    focusable = [w for w in window.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()]
    assert len(focusable) >= 2 + 3 * len(window.chart_cards)
    for widget in focusable:
        assert accessible(widget).strip(), widget


def test_the_period_segments_are_radio_buttons_to_a_screen_reader(window: StatisticsWindow) -> None:
    seven = QAccessible.queryAccessibleInterface(window.period_buttons[7])
    thirty = QAccessible.queryAccessibleInterface(window.period_buttons[30])
    assert seven.role() == QAccessible.Role.RadioButton
    assert seven.text(QAccessible.Text.Name) == "7 days"
    assert seven.text(QAccessible.Text.Description) == "Show the last 7 days"
    assert seven.state().checked and not thirty.state().checked
    assert accessible(window.period_switch) == "Period"


def test_a_charts_accessible_name_follows_the_cursor_and_its_description_sums_it_up(qtbot: QtBot, window: StatisticsWindow) -> None:
    chart = window.sitting_chart
    assert accessible(chart) == "Today, Mon 31 Mar: 3 h 04 min sitting, 1,234 breaks taken. Sitting per day"
    assert accessible(chart, QAccessible.Text.Description) == (
        "Sitting time per day over the last 7 days: highest 6 h 10 min on Friday, today 3 h 04 min."
    )
    chart.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert accessible(chart) == "Sat 29 Mar: 3 h 10 min sitting, 2 breaks taken. Sitting per day"
    interface = QAccessible.queryAccessibleInterface(chart)
    assert interface.state().focused and interface.state().focusable
    assert interface.role() == QAccessible.Role.Chart


def test_the_summary_sentences_for_a_known_week() -> None:
    window = StatisticsWindow(Loader())
    try:
        window.refresh()
        described = {card.title: card.chart.accessibleDescription() for card in window.chart_cards}
    finally:
        window.deleteLater()
    assert described == {
        "Sitting per day": "Sitting time per day over the last 7 days: highest 6 h 10 min on Friday, today 3 h 04 min.",
        "Breaks taken and skipped": (
            "Breaks taken and skipped per day over the last 7 days: 1,246 taken and 4 skipped in all;"
            " most taken today, 1,234 taken and 1 skipped."
        ),
        "Minutes stretched per day": "Minutes stretched per day over the last 7 days: 54 min in all; most today, 14 min.",
        "Tension before and after a routine (0–10)": (
            "Tension from 0 to 10 before and after a routine over the last 7 days, answered on 3 days:"
            " on average 1.8 points lower after a routine (2 days with both answers)."
        ),
        "Most-used exercises": (
            "The 5 exercises done most over the last 7 days: Upper back stretch 9 times, Chest stretch (hands behind) 7 times,"
            " Cat-camel 5 times, Double V 4 times, my-own-move 3 times."
        ),
        "Body areas worked": (
            "Body areas your routines worked over the last 7 days, most first: Upper back 12 times, Rear shoulders 6 times,"
            " Mid back (thoracic spine) 5 times, Spine muscles 2 times, Lats 1 time."
        ),
    }


def test_over_thirty_days_the_peak_is_named_by_its_date(qtbot: QtBot, window: StatisticsWindow) -> None:
    window.set_period(30)
    # make_statistics(30): 6 h 10 min first on day 3, 26 days before today.
    assert window.sitting_chart.accessibleDescription() == (
        "Sitting time per day over the last 30 days: highest 6 h 10 min on Wed 5 Mar, today 3 h 04 min."
    )


def test_an_empty_chart_says_so_to_a_screen_reader(qtbot: QtBot) -> None:
    window = open_window(qtbot, Loader(lambda days: make_statistics(days, tension=False)))
    chart = window.tension_chart
    assert accessible(chart) == "Tension before and after a routine (0–10)"
    assert accessible(chart, QAccessible.Text.Description) == chart.empty_text
    assert window.tension_card.caption_label.isHidden() and window.tension_card.table_button.isHidden()


# Large text -----------------------------------------------------------------------------



def assert_nothing_clipped(window: StatisticsWindow) -> None:
    QApplication.processEvents()
    viewport = window.scroll_area.viewport()
    assert window.scroll_area.horizontalScrollBar().maximum() == 0, "no sideways scrolling"
    assert window.content.width() <= viewport.width()
    for widget in window.content.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton | Chart):
            continue
        hint = widget.minimumSizeHint()
        assert widget.width() >= hint.width() and widget.height() >= hint.height(), (widget, widget.size(), hint)
        if widget.hasHeightForWidth():
            assert widget.height() >= widget.heightForWidth(widget.width()), widget
        right = widget.mapTo(window.content, QPoint(widget.width(), 0)).x()
        assert right <= window.content.width(), widget
        parent = widget.parentWidget()
        assert parent is not None and parent.rect().contains(widget.geometry()), widget
    for card in window.chart_cards:
        chart = card.chart
        chart.grab()
        bounds = chart.rect().toRectF()
        if isinstance(chart, DayChart):
            rects = [rect for _, rect in chart.day_label_rects()] + chart.legend_rects()
            assert all(bounds.contains(rect) for rect in rects), card.title
            assert chart.day_label_rects(), card.title


def test_with_a_20_point_font_the_window_fits_the_screen_and_nothing_is_clipped(qtbot: QtBot, large_font: QFont) -> None:
    window = open_window(qtbot)
    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width() and window.height() <= screen.height()
    assert window.minimumWidth() <= screen.width() and window.minimumHeight() <= screen.height()
    assert window.fontMetrics().height() > 28
    qtbot.waitUntil(lambda: window.charts.columns == 1)
    assert_nothing_clipped(window)
    for period in (30, 7):
        window.set_period(period)
        assert_nothing_clipped(window)
    for card in window.chart_cards:
        card.table_button.click()
    assert_nothing_clipped(window)


def test_at_twice_the_scale_on_a_1280_by_800_screen_the_window_fits_and_nothing_is_clipped(qtbot: QtBot) -> None:
    # QT_SCALE_FACTOR=2 leaves the window a screen of 640 x 400 logical pixels.
    halved = QRect(0, 0, 640, 400)
    em = QFontMetrics(QApplication.font()).height()
    minimum = fit_size(MINIMUM_SIZE_EM, em, halved)
    assert minimum.width() <= 640 * SCREEN_SHARE and minimum.height() <= 400 * SCREEN_SHARE
    window = open_window(qtbot)
    window.setMinimumSize(minimum)
    window.resize(minimum)
    qtbot.waitUntil(lambda: window.charts.columns == 1)
    assert_nothing_clipped(window)


# Contrast and themes ----------------------------------------------------------------


@pytest.fixture
def restore_style(qapp: QApplication) -> Iterator[None]:
    style = qapp.style().name()
    palette = QPalette(qapp.palette())
    yield
    qapp.setStyle(QStyleFactory.create(style))
    qapp.setPalette(palette)


def _fill_pixel(segment: Segment) -> QColor:
    """Inside the chosen segment's fill, clear of its text."""
    fill = segment.fill_rect()
    return _pixel(segment, QPoint(round(fill.left()) + 3, round(fill.center().y())))


def _pixel(widget: QWidget, point: QPoint) -> QColor:
    image: QImage = widget.grab().toImage()
    return QColor(image.pixel(point))


@pytest.mark.parametrize("theme", list(PALETTES))
def test_text_and_graphics_reach_their_contrast_in_each_theme(qtbot: QtBot, restore_style: None, theme: str) -> None:
    apply(theme)
    window = open_window(qtbot)
    failing = [
        f"{what}: {contrast_ratio(colour, behind):.2f} < {needed}"
        for what, colour, behind, needed in window.contrast_pairs()
        if contrast_ratio(colour, behind) < needed
    ]
    assert not failing
    assert len(window.contrast_pairs()) > 40
    # The same rule colours the segmented rows other windows style with segment_style.
    palette = QApplication.palette()
    assert f"background: {segment_colours(palette).fill.name()}" in segment_style(True, False, palette=palette)


@pytest.mark.parametrize("theme", list(PALETTES))
def test_what_is_painted_is_what_was_checked(qtbot: QtBot, restore_style: None, theme: str) -> None:
    apply(theme)
    window = open_window(qtbot)
    chosen = window.period_buttons[7]
    assert _close(_fill_pixel(chosen), segment_colours(chosen.palette()).fill, 2)
    chart = window.sitting_chart
    chart.grab()
    today_bar = dict(chart.graphic_colours(chart.colours()))["today's bar"]
    slot = chart.slot_rect(6)
    assert _close(_pixel(chart, slot.bottomLeft().toPoint() + QPoint(round(slot.width() / 2), -3)), today_bar, 2)
    label = window.sitting_tile.caption_label
    assert _close(label.palette().color(label.foregroundRole()), window.secondary_colour(), 0)


def test_colours_follow_a_change_of_palette_while_open(qtbot: QtBot, restore_style: None) -> None:
    apply("light")
    window = open_window(qtbot)
    light_secondary = window.secondary_colour()
    chosen = window.period_buttons[7]
    apply("high-contrast")
    qtbot.waitUntil(lambda: window.secondary_colour() != light_secondary)
    label = window.breaks_card.summary_label
    assert _close(label.palette().color(label.foregroundRole()), window.secondary_colour(), 0)
    assert _close(_fill_pixel(chosen), QColor("#ffff00"), 2)
