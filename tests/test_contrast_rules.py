"""The contrast arithmetic every window relies on (WCAG 2.x)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QColor, QPalette

from knotbreak.qt.contrast import GRAPHICS_RATIO, TEXT_RATIO, contrast_ratio, readable, secondary_text

channels = st.integers(min_value=0, max_value=255)
colours = st.builds(QColor.fromRgb, channels, channels, channels)


def test_known_ratios() -> None:
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#1f8a80"), QColor("#1f8a80")) == pytest.approx(1.0)


@given(colours, colours, st.sampled_from([TEXT_RATIO, GRAPHICS_RATIO]))
def test_readable_always_reaches_the_ratio(colour: QColor, background: QColor, ratio: float) -> None:
    result = readable(colour, background, ratio)
    assert contrast_ratio(result, background) >= ratio - 1e-9
    if contrast_ratio(colour, background) >= ratio:
        assert result == colour, "a colour that reads well is kept"


@given(colours, colours)
def test_secondary_text_reads_well_where_the_palettes_text_does(text: QColor, background: QColor) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, text)
    palette.setColor(QPalette.ColorRole.Window, background)
    if contrast_ratio(text, background) >= TEXT_RATIO:
        assert contrast_ratio(secondary_text(palette), background) >= TEXT_RATIO
