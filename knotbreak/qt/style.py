"""Small shared styles, and the segmented switch (7 days | 30 days) that reads well on any palette."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QGuiApplication, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QWidget

from knotbreak.qt.contrast import GRAPHICS_RATIO, TEXT_RATIO, contrast_ratio, mix, readable


@dataclass(frozen=True)
class SegmentColours:
    """What a segmented row is painted with, worked out from the palette so each pair reaches its ratio."""

    window: QColor
    text: QColor
    fill: QColor
    fill_text: QColor
    outline: QColor
    focus: QColor
    hover: QColor


def segment_colours(palette: QPalette) -> SegmentColours:
    """The chosen segment in the palette's highlight, text on it readable, the rest in the window's colours.

    The fill starts as the highlight, moved only as far as the highlighted
    text needs to read on it (4.5:1: Fusion's light blue becomes a darker
    blue under white text). Should that leave it too close to the window
    (under 3:1), the fill is moved away from the window instead and the text
    follows it.
    """
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    highlighted_text = palette.color(QPalette.ColorRole.HighlightedText)
    fill = readable(highlight, highlighted_text, TEXT_RATIO)
    fill_text = highlighted_text
    if contrast_ratio(fill, window) < GRAPHICS_RATIO:
        fill = readable(highlight, window, GRAPHICS_RATIO)
        fill_text = readable(highlighted_text, fill, TEXT_RATIO)
    return SegmentColours(
        window=window,
        text=readable(text, window, TEXT_RATIO),
        fill=fill,
        fill_text=fill_text,
        outline=readable(mix(text, window, 0.55), window, GRAPHICS_RATIO),
        focus=readable(text, window, GRAPHICS_RATIO),
        hover=mix(text, window, 0.9),
    )


def segment_style(first: bool, last: bool, padding: str = "0.2em 0.9em", palette: QPalette | None = None) -> str:
    """A stylesheet for one QPushButton of a segmented row (All | Desk | ...), coloured from `palette`.

    Without a palette, the application's palette as it is now: a caller that
    wants to follow a later theme change sets the style again.
    """
    colours = segment_colours(palette if palette is not None else QGuiApplication.palette())
    fill, fill_text, outline, focus = (c.name() for c in (colours.fill, colours.fill_text, colours.outline, colours.focus))
    left = "6px" if first else "0px"
    right = "6px" if last else "0px"
    return (
        "QPushButton {"
        f" padding: {padding};"
        f" border: 1px solid {outline};"
        f" border-top-left-radius: {left}; border-bottom-left-radius: {left};"
        f" border-top-right-radius: {right}; border-bottom-right-radius: {right};"
        + ("" if first else " border-left: none;")
        + " background: palette(button); color: palette(button-text);"
        "}"
        f"QPushButton:hover:!checked {{ background: {colours.hover.name()}; }}"
        f"QPushButton:checked {{ background: {fill}; border-color: {fill}; color: {fill_text}; }}"
        f"QPushButton:focus {{ border-color: {focus}; }}"
    )


# The segmented switch --------------------------------------------------------------


class Segment(QRadioButton):
    """One choice of a SegmentedSwitch: a radio button to assistive technology, a pill in a track on screen.

    From its edge inwards: the switch's outline, a gap, room for the focus
    ring, a gap, then the fill of the chosen segment. The gaps keep the
    window's colour round the ring, so the ring stands out on any palette.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def _em(self) -> float:
        return QFontMetricsF(self.font()).height()

    def outline_width(self) -> float:
        return max(1.0, round(self._em() * 0.07))

    def ring_width(self) -> float:
        return max(2.0, round(self._em() * 0.13))

    def _gap(self) -> float:
        return max(1.0, round(self._em() * 0.1))

    def ring_rect(self) -> QRectF:
        """Where the focus ring's pen runs."""
        inset = self.outline_width() + self._gap() + self.ring_width() / 2
        return QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)

    def fill_rect(self) -> QRectF:
        inset = self.outline_width() + 2 * self._gap() + self.ring_width()
        return QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)

    def corner_radius(self) -> float:
        return self._em() * 0.5

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        em = metrics.height()
        frame = 2 * (self.outline_width() + 2 * self._gap() + self.ring_width())
        return QSize(round(metrics.horizontalAdvance(self.text()) + em * 1.4 + frame), round(em * 1.25 + frame))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def shows_focus(self) -> bool:
        """Whether the focus ring is drawn: when focused from the keyboard, not after a click."""
        return self.hasFocus() and self.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = segment_colours(self.palette())
        fill = self.fill_rect()
        ring = self.ring_rect()
        outer_radius = self.corner_radius()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill_radius = max(1.0, outer_radius - (fill.left() - self.rect().left()))
        if self.isChecked() or self.underMouse() or self.isDown():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.fill if self.isChecked() else colours.hover)
            painter.drawRoundedRect(fill, fill_radius, fill_radius)
        if self.shows_focus():
            ring_radius = max(1.0, outer_radius - (ring.left() - self.rect().left()))
            painter.setPen(QPen(colours.focus, self.ring_width()))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(ring, ring_radius, ring_radius)
        painter.setPen(colours.fill_text if self.isChecked() else colours.text)
        painter.setFont(self.font())
        painter.drawText(fill, int(Qt.AlignmentFlag.AlignCenter), self.text())
        painter.end()


class SegmentedSwitch(QWidget):
    """Joined choices of which one is chosen, used like a radio group.

    Tab enters and leaves the group as one stop, at the chosen segment; Left
    and Right (Up and Down too) choose the previous or next one, wrapping
    round, Home and End the first and last. Each segment is a QRadioButton,
    so a screen reader says "7 days, radio button, checked".
    """

    chosen = Signal(int)

    def __init__(self, choices: Sequence[tuple[int, str, str]], name: str, parent: QWidget | None = None) -> None:
        """choices are (key, text, description); name is what the group is called to assistive technology."""
        super().__init__(parent)
        self.setAccessibleName(name)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.segments: dict[int, Segment] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for key, text, description in choices:
            segment = Segment(text)
            segment.setAccessibleDescription(description)
            segment.setToolTip(description)
            segment.installEventFilter(self)
            self.group.addButton(segment, key)
            self.segments[key] = segment
            layout.addWidget(segment)
        self.group.idToggled.connect(self._toggled)
        self.group.idClicked.connect(self.chosen)
        self._sync_tab_stop()

    def keys(self) -> list[int]:
        return list(self.segments)

    def current(self) -> int | None:
        key = self.group.checkedId()
        return key if key in self.segments else None

    def set_current(self, key: int) -> None:
        """Choose a segment without emitting chosen (a change made by the program, not the person)."""
        self.segments[key].setChecked(True)

    def _toggled(self, key: int, checked: bool) -> None:
        if checked:
            self._sync_tab_stop()
        self.update()

    def _sync_tab_stop(self) -> None:
        chosen = self.current()
        for key, segment in self.segments.items():
            tab_stop = key == chosen or chosen is None
            segment.setFocusPolicy(Qt.FocusPolicy.StrongFocus if tab_stop else Qt.FocusPolicy.ClickFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The track round the segments, which paint themselves over it."""
        segments = list(self.segments.values())
        if not segments:
            return
        colours = segment_colours(self.palette())
        width = segments[0].outline_width()
        radius = segments[0].corner_radius()
        track = QRectF(segments[0].geometry().united(segments[-1].geometry()))
        half = width / 2
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colours.outline, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(track.adjusted(half, half, -half, -half), radius - half, radius - half)
        painter.end()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, Segment) and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            target = self._target(watched, event)
            if target is not None:
                target.setFocus(Qt.FocusReason.TabFocusReason if target is not watched else Qt.FocusReason.OtherFocusReason)
                self.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
                if not target.isChecked():
                    target.click()
                target.update()
                return True
        return super().eventFilter(watched, event)

    def _target(self, segment: Segment, event: QKeyEvent) -> Segment | None:
        if event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier):
            return None
        order = list(self.segments.values())
        index = order.index(segment)
        forward, backward = Qt.Key.Key_Right, Qt.Key.Key_Left
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            forward, backward = backward, forward
        key = event.key()
        if key in (forward, Qt.Key.Key_Down):
            return order[(index + 1) % len(order)]
        if key in (backward, Qt.Key.Key_Up):
            return order[(index - 1) % len(order)]
        if key == Qt.Key.Key_Home:
            return order[0]
        if key == Qt.Key.Key_End:
            return order[-1]
        return None
