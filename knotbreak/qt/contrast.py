"""Colours that stay readable on whatever palette the desktop gives (WCAG 2.x contrast).

The brand colours (teal, orange, grey) are kept where they read well, and
moved towards the palette's text colour, step by step, where they do not:
teal on a dark or high-contrast background becomes a lighter teal, not an
unreadable one. Text needs 4.5:1 against its background, graphics (rings,
bars, focus marks) 3:1.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

TEXT_RATIO = 4.5
GRAPHICS_RATIO = 3.0


def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """From 1 (the same) to 21 (black on white); the order does not matter."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def mix(first: QColor, second: QColor, amount: float) -> QColor:
    """first moved `amount` (0 to 1) of the way towards second."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * amount,
        first.greenF() + (second.greenF() - first.greenF()) * amount,
        first.blueF() + (second.blueF() - first.blueF()) * amount,
        1.0,
    )


def readable(colour: QColor, background: QColor, ratio: float = TEXT_RATIO) -> QColor:
    """colour itself if it reaches `ratio` against background; else the least change towards black or white that does."""
    if contrast_ratio(colour, background) >= ratio:
        return QColor(colour)
    target = QColor("black") if relative_luminance(background) > 0.18 else QColor("white")
    for step in range(1, 21):
        candidate = mix(colour, target, step / 20)
        if contrast_ratio(candidate, background) >= ratio:
            return candidate
    return target


def on_palette(colour: QColor, palette: QPalette, role: QPalette.ColorRole = QPalette.ColorRole.Window, ratio: float = TEXT_RATIO) -> QColor:
    """colour made readable against the palette's `role` background (the window, by default)."""
    return readable(colour, palette.color(role), ratio)


def secondary_text(palette: QPalette, role: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    """A quieter text colour than the palette's own that still reaches 4.5:1 (hints, captions).

    Qt's PlaceholderText is often below 4.5:1 (3.9:1 in Fusion's light palette).
    """
    background = palette.color(role)
    text = palette.color(QPalette.ColorRole.WindowText if role == QPalette.ColorRole.Window else QPalette.ColorRole.Text)
    for amount in (0.45, 0.35, 0.25, 0.15, 0.0):
        candidate = mix(text, background, amount)
        if contrast_ratio(candidate, background) >= TEXT_RATIO:
            return candidate
    return text
