"""Roles for widgets that assistive technology would otherwise hear of as plain "filler" panes.

give_accessible_role(SomeWidget, QAccessible.Role.Graphic) reports every SomeWidget with that
role, through one accessibility factory installed on first use. Qt asks the factory once per
object (it keeps the answer) and per class up the hierarchy: a dict lookup is all it costs.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_ROLES: dict[str, tuple[type[QWidget], QAccessible.Role]] = {}


def give_accessible_role(widget_class: type[QWidget], role: QAccessible.Role) -> None:
    """Have every widget of widget_class reported to assistive technology with `role` (an image, a notification)."""
    if not _ROLES:
        QAccessible.installFactory(_accessible_factory)
    _ROLES[widget_class.__name__] = (widget_class, role)


def _accessible_factory(class_name: str, target: QObject) -> QAccessibleInterface | None:
    found = _ROLES.get(class_name)
    if found is None or not isinstance(target, found[0]):
        return None
    return QAccessibleWidget(target, found[1])
