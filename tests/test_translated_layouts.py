"""Translated windows keep every word in view: in the pseudo-language (every text ~40 % longer) and in German
(the longest real translation), each main window at its default size shows all of each label, button, group
title and tab, and no two widgets laid out side by side overlap.

The windows and their states come from tools/window_gallery.py, which tools/language_screenshots.py draws, for looking at.
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QRadioButton,
    QStyle,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from knotbreak.qt.preference_editors import plain_text
from knotbreak.qt.translations import Translations

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
try:
    from tools import window_gallery
finally:
    sys.path.remove(str(ROOT))

LANGUAGES = ("pseudo", "de", "es")


# What does not fit --------------------------------------------------------------



def shown_text(label: QLabel) -> str:
    """A label's text as drawn: rich text as its plain text, a mnemonic's '&' gone where the label has a buddy."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (label.textFormat() == Qt.TextFormat.AutoText and _TAG.search(text) is not None)
    if rich:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return plain_text(text) if label.buddy() is not None else text


_TAG = re.compile(r"<[a-zA-Z/!][^>]*>")


def name_of(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel):
        text = shown_text(widget)
    elif isinstance(widget, QAbstractButton):
        text = plain_text(widget.text())
    elif isinstance(widget, QGroupBox):
        text = plain_text(widget.title())
    kind = type(widget).__name__
    return f"{kind} {text[:60]!r}" if text else f"{kind} {widget.objectName() or hex(id(widget))}"


def shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisible() and widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def label_problems(label: QLabel) -> list[str]:
    text = shown_text(label)
    if not text.strip():
        return []
    rect = label.contentsRect()
    margin = label.margin()
    width, height = rect.width() - 2 * margin, rect.height() - 2 * margin
    metrics = label.fontMetrics()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if label.height() < needed:
            return [f"{name_of(label)}: wrapped, {label.height()} px high, needs {needed}"]
        return []
    problems = []
    widest = max(metrics.horizontalAdvance(line) for line in text.splitlines() or [text])
    if widest > width:
        problems.append(f"{name_of(label)}: {widest} px of text in {width} px")
    lines = max(1, len(text.splitlines()))
    if metrics.height() * lines > height + 1:
        problems.append(f"{name_of(label)}: {metrics.height() * lines} px of lines in {height} px")
    return problems


def button_problems(button: QAbstractButton) -> list[str]:
    text = plain_text(button.text())
    if not text.strip():
        return []
    hint = button.sizeHint()
    if button.width() < hint.width():
        # A push button's hint has a style minimum (Fusion: 80 px); what matters is the text with its padding.
        metrics = button.fontMetrics()
        style = button.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
        padding = 2 * (margin + style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button))
        if isinstance(button, QCheckBox | QRadioButton):
            padding = hint.width() - metrics.horizontalAdvance(text)
        icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
        needed = metrics.horizontalAdvance(text) + padding + icon
        if button.width() < needed:
            return [f"{name_of(button)}: {button.width()} px wide, needs {needed} (size hint {hint.width()})"]
    if button.height() < button.fontMetrics().height():
        return [f"{name_of(button)}: {button.height()} px high, its text {button.fontMetrics().height()}"]
    return []


def group_problems(box: QGroupBox) -> list[str]:
    title = plain_text(box.title())
    if not title.strip():
        return []
    needed = box.fontMetrics().horizontalAdvance(title) + 12
    if box.isCheckable():
        needed += box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box) + 6
    if box.width() < needed:
        return [f"{name_of(box)}: title needs {needed} px, the box is {box.width()}"]
    return []


def tab_problems(bar: QTabBar) -> list[str]:
    problems = []
    for index in range(bar.count()):
        text = plain_text(bar.tabText(index))
        needed = bar.fontMetrics().horizontalAdvance(text) + bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
        if bar.isTabVisible(index) and bar.tabRect(index).width() < needed:
            problems.append(f"tab {text[:60]!r}: {bar.tabRect(index).width()} px wide, needs {needed}")
    return problems


def laid_out_widgets(layout: QLayout) -> Iterator[QWidget]:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            yield widget
        elif inner is not None:
            yield from laid_out_widgets(inner)


def overlaps(window: QWidget) -> list[str]:
    """Widgets one layout (with its nested layouts) places in the same parent, whose rectangles meet."""
    problems = []
    for parent in [window, *window.findChildren(QWidget)]:
        layout = parent.layout()
        if layout is None or not shown(parent, window) and parent is not window:
            continue
        widgets = [w for w in laid_out_widgets(layout) if shown(w, window) and not w.isWindow()]
        for first, second in itertools.combinations(widgets, 2):
            if first.geometry().intersects(second.geometry()):
                overlap = first.geometry().intersected(second.geometry())
                problems.append(f"{name_of(first)} and {name_of(second)} overlap by {overlap.width()}x{overlap.height()} px")
    return problems


def layout_problems(window: QWidget) -> list[str]:
    problems: list[str] = []
    for widget in window.findChildren(QWidget):
        if not shown(widget, window):
            continue
        if isinstance(widget, QLabel):
            problems += label_problems(widget)
        elif isinstance(widget, QAbstractButton):
            problems += button_problems(widget)
        elif isinstance(widget, QTabBar):
            problems += tab_problems(widget)
        if isinstance(widget, QGroupBox):
            problems += group_problems(widget)
    return problems + overlaps(window)


# The windows, in a language ----------------------------------------------------------


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The language installed for the test, removed afterwards so the next test is English again."""
    translations: Translations = window_gallery.install_language(qapp, request.param)
    assert translations.language == request.param
    try:
        yield request.param
    finally:
        window_gallery.remove_language(translations)


def settle(qtbot: QtBot, window: QWidget) -> None:
    """Shown, exposed, and laid out: a wrapped line can take another pass of the event loop."""
    window.show()
    qtbot.waitExposed(window)
    window_gallery.process_events(3)


WINDOWS = (
    "status-window",
    "break-prompt",
    "stretch-one-side",
    "stretch-finished",
    *(name for name in window_gallery.GALLERY if name.startswith(("preferences-", "welcome-"))),
    "about",
    "statistics-7-days",
)
"""The main windows of tools/window_gallery.py, in the states the screenshots show."""

# Problems these checks found and that are not fixed yet (see the report of tools/language_screenshots.py).
KNOWN: dict[tuple[str, str], str] = {}


def cases() -> list[Any]:
    found: list[Any] = []
    for language, name in itertools.product(LANGUAGES, WINDOWS):
        reason = KNOWN.get((language, name))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        found.append(pytest.param(language, name, marks=marks, id=f"{language}-{name}"))
    return found


@pytest.mark.parametrize(("language", "name"), cases(), indirect=["language"])
def test_every_word_fits_at_the_default_size(qtbot: QtBot, tmp_path: Path, language: str, name: str) -> None:
    built = window_gallery.GALLERY[name](window_gallery.Scene(tmp_path))
    window = built.widget
    qtbot.addWidget(window)
    settle(qtbot, window)
    problems = layout_problems(window)
    window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not problems, f"{name} in {language}:\n  " + "\n  ".join(problems)


def test_the_checks_see_a_clipped_label_a_narrow_button_and_an_overlap(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("A label far too long for its little box", window)
    label.setGeometry(0, 0, 40, 30)
    button = QCheckBox("&Check this long option", window)
    button.setGeometry(20, 10, 40, 30)
    window.show()
    qtbot.waitExposed(window)
    problems = layout_problems(window)
    assert any("QLabel 'A label far too long" in p for p in problems), problems
    assert any("QCheckBox 'Check this long option'" in p for p in problems), problems
    assert not overlaps(window), "not laid out by one layout: not counted as an overlap"

    laid_out = QWidget()
    qtbot.addWidget(laid_out)
    row = QHBoxLayout(laid_out)
    first, second = QLabel("One"), QLabel("Two")
    row.addWidget(first)
    row.addWidget(second)
    laid_out.show()
    qtbot.waitExposed(laid_out)
    assert not overlaps(laid_out)
    row.setEnabled(False)
    second.move(first.x() + 2, first.y())
    assert overlaps(laid_out) == [f"QLabel 'One' and QLabel 'Two' overlap by {first.width() - 2}x{first.height()} px"]
