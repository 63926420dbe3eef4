"""The keys that close a window, the same in every KnotBreak window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def close_keys() -> list[QKeySequence]:
    """The platform's keys for closing a window, and Ctrl+W wherever that is not among them."""
    keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Close)]
    ctrl_w = QKeySequence("Ctrl+W")
    # One shortcut holds every key: two shortcuts on Ctrl+W would be ambiguous and neither would fire.
    return keys if ctrl_w in keys else [*keys, ctrl_w]


def add_close_shortcuts(window: QWidget, close: Callable[[], object], escape: bool = True) -> QShortcut:
    """Ctrl+W (and the platform's own Close keys) and, unless the widget handles it already, Esc."""
    shortcut = QShortcut(window)
    shortcut.setKeys([*close_keys(), *([QKeySequence(Qt.Key.Key_Escape)] if escape else [])])
    shortcut.activated.connect(close)
    return shortcut
