"""The palettes windows are checked in: light (Fusion's own), dark, and high contrast.

Under a real desktop the platform theme supplies the palette; these stand in
for a dark theme and for a high-contrast theme (black, white and yellow, as
GNOME's and Windows' high-contrast themes are).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

Role = QPalette.ColorRole


def _palette(roles: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


def light() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


def dark() -> QPalette:
    return _palette(
        {
            Role.Window: "#2b2d30", Role.WindowText: "#e6e6e6", Role.Base: "#1e1f22", Role.AlternateBase: "#2b2d30",
            Role.Text: "#e6e6e6", Role.Button: "#3a3d41", Role.ButtonText: "#e6e6e6", Role.Highlight: "#1f8a80",
            Role.HighlightedText: "#ffffff", Role.PlaceholderText: "#9a9da3", Role.ToolTipBase: "#3a3d41",
            Role.ToolTipText: "#e6e6e6", Role.Link: "#6cc4ba", Role.Mid: "#55585d", Role.Dark: "#18191b",
            Role.Light: "#4a4d52", Role.Midlight: "#404347", Role.Shadow: "#000000",
        },
        disabled_text="#8a8d93",
    )


def high_contrast() -> QPalette:
    return _palette(
        {
            Role.Window: "#000000", Role.WindowText: "#ffffff", Role.Base: "#000000", Role.AlternateBase: "#000000",
            Role.Text: "#ffffff", Role.Button: "#000000", Role.ButtonText: "#ffffff", Role.Highlight: "#ffff00",
            Role.HighlightedText: "#000000", Role.PlaceholderText: "#ffffff", Role.ToolTipBase: "#000000",
            Role.ToolTipText: "#ffffff", Role.Link: "#ffff00", Role.Mid: "#ffffff", Role.Dark: "#ffffff",
            Role.Light: "#ffffff", Role.Midlight: "#ffffff", Role.Shadow: "#ffffff",
        },
        disabled_text="#00ff00",
    )


PALETTES = {"light": light, "dark": dark, "high-contrast": high_contrast}


def apply(name: str) -> QPalette:
    """Fusion with the named palette on the running QApplication; returns the palette."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyle(QStyleFactory.create("Fusion"))
    palette = PALETTES[name]()
    app.setPalette(palette)
    return palette
