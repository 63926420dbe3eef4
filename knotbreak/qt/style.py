"""Small shared styles."""

from __future__ import annotations

from knotbreak.qt.icons import ACCENT


def segment_style(first: bool, last: bool, padding: str = "0.2em 0.9em") -> str:
    """A stylesheet for one button of a segmented row (7 days | 30 days, All | Desk | ...)."""
    left = "6px" if first else "0px"
    right = "6px" if last else "0px"
    return (
        "QPushButton {"
        f" padding: {padding};"
        " border: 1px solid rgba(128, 128, 128, 0.65);"
        f" border-top-left-radius: {left}; border-bottom-left-radius: {left};"
        f" border-top-right-radius: {right}; border-bottom-right-radius: {right};"
        + ("" if first else " border-left: none;")
        + " background: palette(button); color: palette(button-text);"
        "}"
        "QPushButton:hover:!checked { background: rgba(31, 138, 128, 0.18); }"
        "QPushButton:focus { border-color: palette(highlight); }"
        f"QPushButton:checked {{ background: {ACCENT.name()}; border-color: {ACCENT.name()}; color: white; }}"
    )
