"""One editor widget per kind of setting, chosen from its Option by make_editor().

An editor shows a value (set_value, which never signals) and emits committed
with the value the person entered once they have finished an edit; it never
writes anything itself. Numbers and times wait DEBOUNCE_MS after the last
arrow-key step before committing, so holding an arrow key does not write the
file once per step; Enter, leaving the field, or flush() commit at once.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Callable
from typing import Any

import tomli_w
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QMouseEvent, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from knotbreak.core.settings import LANGUAGES, WEEKDAYS, Option, parse_working_hours
from knotbreak.qt.flow_layout import FlowLayout
from knotbreak.qt.formatting import LOCAL
from knotbreak.qt.i18n import QT_TRANSLATE_NOOP, TranslationContext, fill, mid_sentence, schema_text, translated

DEBOUNCE_MS = 400

CHOICE_LABELS = {
    "auto": QT_TRANSLATE_NOOP("choices", "Automatically"),
    "window": QT_TRANSLATE_NOOP("choices", "A small window"),
    "notification": QT_TRANSLATE_NOOP("choices", "A desktop notification"),
    "": QT_TRANSLATE_NOOP("choices", "System default"),
    "desk": QT_TRANSLATE_NOOP("choices", "Desk"),
    "standing": QT_TRANSLATE_NOOP("choices", "Standing"),
    "floor": QT_TRANSLATE_NOOP("choices", "Floor"),
    "kneeling": QT_TRANSLATE_NOOP("choices", "Kneeling"),
    "mat": QT_TRANSLATE_NOOP("choices", "Mat"),
    "foam-roller": QT_TRANSLATE_NOOP("choices", "Foam roller"),
    "towel": QT_TRANSLATE_NOOP("choices", "Towel"),
    "doorway": QT_TRANSLATE_NOOP("choices", "Doorway"),
    "chair": QT_TRANSLATE_NOOP("choices", "Chair"),
    "bar": QT_TRANSLATE_NOOP("choices", "Bar"),
    "tennis-ball": QT_TRANSLATE_NOOP("choices", "Tennis ball"),
    "heating-pad": QT_TRANSLATE_NOOP("choices", "Heating pad"),
    "resistance-band": QT_TRANSLATE_NOOP("choices", "Resistance band"),
    "medicine-ball": QT_TRANSLATE_NOOP("choices", "Medicine ball"),
    "yoga-block": QT_TRANSLATE_NOOP("choices", "Yoga block"),
}
"""Labels for choices (English, translated where shown, in the "choices" context); any other id is spelled out by human_label()."""

def language_name(code: str) -> str:
    """A language in its own words, untranslated, so a person finds theirs whatever the app speaks: "Deutsch", "Español"."""
    locale = QLocale(code)
    # The name most of its countries use: Spain's locale says "español de España", most others "español".
    names = Counter(
        match.nativeLanguageName() for match in QLocale.matchingLocales(locale.language(), locale.script(), QLocale.Country.AnyTerritory)
    )
    name = next((name for name, _ in names.most_common() if name), code)
    return name[:1].upper() + name[1:]

AVOID_EMPTY = QT_TRANSLATE_NOOP("preference_editors", "No exercises are avoided. \u201cSkip, it hurts\u201d in the stretch window adds one here.")


def human_label(choice: str) -> str:
    """'foam-roller' -> 'Foam roller', 'mon' -> 'Monday' (in the locale's words)."""
    if choice in WEEKDAYS:
        return LOCAL.weekday(WEEKDAYS.index(choice), "long")
    if choice in LANGUAGES and choice:
        return language_name(choice)
    if choice in CHOICE_LABELS:
        return QCoreApplication.translate("choices", CHOICE_LABELS[choice])
    return choice.replace("-", " ").replace("_", " ").capitalize()


def plain_text(label: str) -> str:
    """A label without its mnemonic marker: '&Work' -> 'Work', 'R&&D' -> 'R&D'."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


class Units(TranslationContext):
    """The translation context of the schema's units, with Qt's %n plurals (called on the class, for lupdate)."""


def counted(value: int, unit: str) -> str:
    """'1 minute', '5 minutes', '3' (no unit), through Qt's plurals for the schema's units."""
    if unit == "minutes":
        return Units.tr("%n minute(s)", "", value)
    if unit == "seconds":
        return Units.tr("%n second(s)", "", value)
    if unit == "snoozes":
        #: A number of snoozes (postponed breaks) in a row.
        return Units.tr("%n snooze(s)", "", value)
    if not unit:
        return str(value)
    return f"{value} {unit[:-1] if value == 1 and unit.endswith('s') else unit}"  # a unit no translation knows


# Small shared pieces ----------------------------------------------------------


class WheelGuard(QObject):
    """Lets a wheel turn scroll the page unless the field under the pointer has focus.

    Without it, scrolling a page of spin boxes and drop-downs changes whichever one
    passes under the pointer.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()
            return True
        return False


class Debounce(QObject):
    """Calls fire once, DEBOUNCE_MS after the last poke(); flush() calls it now if a call is due."""

    def __init__(self, fire: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._fire = fire
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(fire)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def poke(self) -> None:
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()

    def flush(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._fire()


class NoteLabel(QWidget):
    """A line of news beside a control: a problem (warning icon) or a plain note (information icon).

    The icon and the words carry the meaning, so it does not rest on a colour.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon_label = QLabel()
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text_label = QLabel()
        self.text_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.text_label.setWordWrap(True)  # after the size policy, which would drop its height-for-width
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.icon_label)
        row.addWidget(self.text_label, 1)
        self.is_problem = False
        self.hide()

    def text(self) -> str:
        return "" if self.isHidden() else self.text_label.text()

    def show_text(self, text: str, *, problem: bool) -> None:
        self.is_problem = problem
        kind = QStyle.StandardPixmap.SP_MessageBoxWarning if problem else QStyle.StandardPixmap.SP_MessageBoxInformation
        side = self.fontMetrics().height()
        self.icon_label.setPixmap(self.style().standardIcon(kind).pixmap(side, side))
        font = self.text_label.font()
        font.setBold(problem)
        self.text_label.setFont(font)
        self.text_label.setText(text)
        self.show()

    def clear(self) -> None:
        self.is_problem = False
        self.text_label.clear()
        self.hide()


class WrappingCheckBox(QWidget):
    """A check box whose words wrap to the width, which a QCheckBox's own text never does.

    The words are a label whose buddy is the box: its mnemonic ticks the box (QLabel
    clicks a button buddy), and so does a click on the words.
    """

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.setAccessibleName(plain_text(label))
        self.text_label = _ClickableLabel(label, self.box)
        self.text_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.text_label.setWordWrap(True)  # after the size policy, which would drop its height-for-width
        self.text_label.setBuddy(self.box)
        self._spacing = self.style().pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(self._spacing)
        # The box sits level with the first line of words, however large the text.
        box_column = QVBoxLayout()
        box_column.addSpacing(max(0, (self.text_label.fontMetrics().height() - self.box.sizeHint().height()) // 2))
        box_column.addWidget(self.box)
        box_column.addStretch(1)
        row.addLayout(box_column)
        row.addWidget(self.text_label, 1)

    def indent(self) -> int:
        return self.box.sizeHint().width() + self._spacing


class _ClickableLabel(QLabel):
    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()) and self._box.isEnabled():
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
            self._box.click()
        super().mouseReleaseEvent(event)


def name_with_its_field(spin_box: QAbstractSpinBox, name: str) -> None:
    """Name a spin box and the text field inside it, which is what takes the focus."""
    spin_box.setAccessibleName(name)
    spin_box.lineEdit().setAccessibleName(name)


def blend(first: QColor, second: QColor, share_of_first: float) -> QColor:
    rest = 1 - share_of_first
    return QColor.fromRgbF(
        share_of_first * first.redF() + rest * second.redF(),
        share_of_first * first.greenF() + rest * second.greenF(),
        share_of_first * first.blueF() + rest * second.blueF(),
    )


class HintLabel(QLabel):
    """Secondary text, quieter than the rest but still easy to read.

    Its colour lies between the palette's text and background, so it follows light
    and dark themes; the palette's own placeholder colour is too faint on some (3.9:1
    on Fusion's light one, where body text wants 4.5:1).
    """

    TEXT_SHARE = 0.68

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._painting = False
        self._paint()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ParentChange) and not self._painting:
            self._paint()

    def _paint(self) -> None:
        parent = self.parentWidget()
        palette = QPalette(parent.palette() if parent is not None else QApplication.palette(self))
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            text, background = palette.color(group, QPalette.ColorRole.WindowText), palette.color(group, QPalette.ColorRole.Window)
            palette.setColor(group, QPalette.ColorRole.WindowText, blend(text, background, self.TEXT_SHARE))
        self._painting = True
        try:
            self.setPalette(palette)
        finally:
            self._painting = False


def hint_label(text: str = "") -> QLabel:
    return HintLabel(text)


# Editors ---------------------------------------------------------------------


class OptionEditor(QWidget):
    """The control for one Option. Subclasses build the widgets and say how a value looks."""

    committed = Signal(object)
    """The person finished an edit; the value they entered (not yet checked or saved)."""
    refused = Signal(str)
    """The entry could not even be read as a value (the text field); the reason."""

    shows_own_label = False
    """True when the control carries the option's label itself (a check box), so the row adds none."""

    def __init__(self, option: Option, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.option = option
        self.label = label
        self.name = plain_text(label)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show value; emits nothing and drops an edit waiting to be committed."""
        raise NotImplementedError

    def buddy(self) -> QWidget:
        """Where the row's label (and its mnemonic) sends focus."""
        raise NotImplementedError

    def controls(self) -> list[QWidget]:
        """The widgets a person operates, which carry the option's accessible description."""
        return [self.buddy()]

    def indent(self) -> int:
        """How far text under the control is indented to line up with it (past a check box's box)."""
        return 0

    def has_pending(self) -> bool:
        """An edit is waiting for its debounce to be committed."""
        return False

    def flush(self) -> None:
        """Commit a waiting edit now (the window is closing)."""

    def describe(self, value: Any) -> str:
        return str(value)

    def bounds_text(self) -> str:
        #: Under a control in Preferences: %1 is its default value.
        return fill(self.tr("Default: %1."), self.describe(self.option.default))

    def set_description(self, text: str) -> None:
        for control in self.controls():
            for widget in (control, *control.findChildren(QLineEdit)):
                widget.setAccessibleDescription(text)


class BoolEditor(OptionEditor):
    shows_own_label = True

    def __init__(self, option: Option, label: str, parent: QWidget | None = None) -> None:
        super().__init__(option, label, parent)
        self.toggle = WrappingCheckBox(label)
        self.check_box = self.toggle.box
        self.check_box.clicked.connect(lambda checked: self.committed.emit(bool(checked)))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)

    def value(self) -> bool:
        return self.check_box.isChecked()

    def set_value(self, value: Any) -> None:
        self.check_box.setChecked(bool(value))

    def buddy(self) -> QWidget:
        return self.check_box

    def indent(self) -> int:
        return self.toggle.indent()

    def describe(self, value: Any) -> str:
        #: A switch's default in Preferences: "Default: on."
        on = self.tr("on")
        #: A switch's default in Preferences: "Default: off."
        off = self.tr("off")
        return on if value else off


class IntEditor(OptionEditor):
    def __init__(self, option: Option, label: str, parent: QWidget | None = None) -> None:
        super().__init__(option, label, parent)
        self.spin_box = QSpinBox()
        self.spin_box.setRange(
            int(option.minimum) if option.minimum is not None else -(2**31),
            int(option.maximum) if option.maximum is not None else 2**31 - 1,
        )
        name_with_its_field(self.spin_box, self.name)
        # Typed digits commit on Enter or leaving the field; arrow steps after a pause.
        self.spin_box.setKeyboardTracking(False)
        self.spin_box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._debounce = Debounce(self._commit, self)
        self._showing = False
        self.spin_box.valueChanged.connect(self._on_value_changed)
        self.spin_box.editingFinished.connect(self._debounce.flush)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin_box)
        layout.addStretch(1)
        if option.zero_means and self.spin_box.minimum() == 0:
            self.spin_box.setSpecialValueText(schema_text(option.zero_means))
        self._update_suffix()

    def _on_value_changed(self, _value: int) -> None:
        self._update_suffix()
        if not self._showing:
            self._debounce.poke()

    def _update_suffix(self) -> None:
        if self.option.unit:
            self.spin_box.setSuffix(" " + counted(self.spin_box.value(), self.option.unit).split(" ", 1)[1])

    def _commit(self) -> None:
        self.committed.emit(self.spin_box.value())

    def value(self) -> int:
        return self.spin_box.value()

    def set_value(self, value: Any) -> None:
        self._debounce.cancel()
        self._showing = True
        try:
            self.spin_box.setValue(int(value))
        finally:
            self._showing = False

    def buddy(self) -> QWidget:
        return self.spin_box

    def has_pending(self) -> bool:
        return self._debounce.pending

    def flush(self) -> None:
        self.spin_box.interpretText()  # digits typed but not yet entered count too
        self._debounce.flush()

    def describe(self, value: Any) -> str:
        if int(value) == 0 and self.option.zero_means:
            return mid_sentence(schema_text(self.option.zero_means))
        return counted(int(value), self.option.unit)

    def bounds_text(self) -> str:
        low, high, unit = self.option.minimum, self.option.maximum, self.option.unit
        if low is not None and high is not None:
            #: A number's range in Preferences: %1 the lowest, %2 the highest with its unit ("1 to 240 minutes").
            span = fill(self.tr("%1 to %2"), f"{low:g}", counted(int(high), unit))
        elif low is not None:
            span = fill(self.tr("at least %1"), counted(int(low), unit))
        elif high is not None:
            span = fill(self.tr("at most %1"), counted(int(high), unit))
        else:
            return fill(self.tr("Default: %1."), self.describe(self.option.default))
        if self.option.zero_means and low == 0:
            #: After a number's range: what 0 means ("(0: unlimited)").
            span += " " + fill(self.tr("(0: %1)"), mid_sentence(schema_text(self.option.zero_means)))
        #: A number's range and default: %1 the range, %2 the default ("1 to 240 minutes, default 50.").
        text = fill(self.tr("%1, default %2."), span, str(self.option.default))
        return text[0].upper() + text[1:]


class ChoiceEditor(OptionEditor):
    """A string that takes one of option.choices: a drop-down of human labels."""

    def __init__(self, option: Option, label: str, parent: QWidget | None = None) -> None:
        super().__init__(option, label, parent)
        self.combo_box = QComboBox()
        self.combo_box.setAccessibleName(self.name)
        self.combo_box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # May shrink below its longest choice (eliding it) when large text leaves little room.
        self.combo_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo_box.setMinimumContentsLength(max(8, max((len(human_label(c)) for c in option.choices), default=0) // 2))
        for choice in option.choices:
            self.combo_box.addItem(human_label(choice), choice)
        self.combo_box.activated.connect(lambda index: self.committed.emit(self.combo_box.itemData(index)))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo_box)
        layout.addStretch(1)

    def value(self) -> Any:
        return self.combo_box.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo_box.findData(value)
        if index < 0:  # a value outside the choices (a schema without a validator): show it as it is
            self.combo_box.addItem(str(value), value)
            index = self.combo_box.count() - 1
        self.combo_box.setCurrentIndex(index)

    def buddy(self) -> QWidget:
        return self.combo_box

    def describe(self, value: Any) -> str:
        return human_label(str(value))


class ChoiceSetEditor(OptionEditor):
    """A list drawn from option.choices: a check box per choice, wrapping to the width."""

    def __init__(self, option: Option, label: str, parent: QWidget | None = None) -> None:
        super().__init__(option, label, parent)
        self._order: tuple[Any, ...] = ()
        self.check_boxes: dict[str, QCheckBox] = {}
        flow = FlowLayout(self, spacing=max(6, self.fontMetrics().height() // 2))
        for choice in option.choices:
            box = QCheckBox(self.choice_text(choice))
            box.setAccessibleName(human_label(choice))
            box.setToolTip(human_label(choice))
            box.clicked.connect(lambda _checked=False: self.committed.emit(self.value()))
            self.check_boxes[choice] = box
            flow.addWidget(box)
        self.setAccessibleName(self.name)
        # The row's label points at this group, not at its first box: a label whose buddy is a
        # button clicks it, and a mnemonic should only move the focus here.
        if self.check_boxes:
            self.setFocusProxy(next(iter(self.check_boxes.values())))

    def choice_text(self, choice: str) -> str:
        return human_label(choice)

    def value(self) -> tuple[Any, ...]:
        checked = [choice for choice, box in self.check_boxes.items() if box.isChecked()]
        # Items keep the order they had in the file; newly ticked ones follow in the choices' order.
        kept = [item for item in self._order if item not in self.check_boxes or item in checked]
        return tuple(kept + [choice for choice in checked if choice not in kept])

    def set_value(self, value: Any) -> None:
        self._order = tuple(value)
        for choice, box in self.check_boxes.items():
            box.setChecked(choice in self._order)

    def buddy(self) -> QWidget:
        return self

    def controls(self) -> list[QWidget]:
        return list(self.check_boxes.values())

    def describe(self, value: Any) -> str:
        if not value:
            return "none"
        return ", ".join(human_label(str(item)) for item in value)


class WeekdayEditor(ChoiceSetEditor):
    """working_days and the like: Mon to Sun in one short row (full names for screen readers)."""

    def choice_text(self, choice: str) -> str:
        return LOCAL.weekday(WEEKDAYS.index(choice)) if choice in WEEKDAYS else human_label(choice)[:3]

    def describe(self, value: Any) -> str:
        chosen = set(value)
        if chosen == set(WEEKDAYS):
            return self.tr("every day")
        if not chosen:
            return self.tr("no day")
        return ", ".join(human_label(day) for day in WEEKDAYS if day in chosen)


class TimeRangeEditor(OptionEditor):
    """'HH:MM-HH:MM' as two times, or '' (all day) as a check box. An end of 00:00 is written 24:00."""

    DEFAULT_SPAN = (QTime(9, 0), QTime(17, 0))

    def __init__(self, option: Option, label: str, parent: QWidget | None = None) -> None:
        super().__init__(option, label, parent)
        self.all_day = QCheckBox(self.tr("All day"))
        #: Screen reader names of the working hours' parts: %1 is the option's name ("Working hours").
        self.all_day.setAccessibleName(fill(self.tr("%1: all day"), self.name))
        self.all_day.clicked.connect(self._on_all_day)
        self.start_edit = self._time_edit(fill(self.tr("%1 from"), self.name))
        self.end_edit = self._time_edit(fill(self.tr("%1 to"), self.name))
        #: Working hours "From 09:00 to 17:00".
        from_label = QLabel(self.tr("From"))
        from_label.setBuddy(self.start_edit)
        #: Working hours "From 09:00 to 17:00".
        to_label = QLabel(self.tr("to"))
        to_label.setBuddy(self.end_edit)
        #: After an end time earlier than the start: the span ends on the next day.
        self.next_day_label = HintLabel(self.tr("the next day"))
        self.next_day_label.setWordWrap(False)
        self._debounce = Debounce(self._commit, self)
        self._showing = False

        gap = self.fontMetrics().height() // 3
        start_group, end_group = QWidget(), QWidget()
        for group, widgets in ((start_group, (from_label, self.start_edit)), (end_group, (to_label, self.end_edit, self.next_day_label))):
            row = QHBoxLayout(group)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(gap)
            for widget in widgets:
                row.addWidget(widget)
        flow = FlowLayout(self, spacing=self.fontMetrics().height())
        flow.addWidget(self.all_day)
        flow.addWidget(start_group)
        flow.addWidget(end_group)
        self.setAccessibleName(self.name)
        self.setFocusProxy(self.all_day)
        self.set_value(option.default)

    def _time_edit(self, name: str) -> QTimeEdit:
        edit = QTimeEdit()
        edit.setDisplayFormat("HH:mm")
        name_with_its_field(edit, name)
        edit.setKeyboardTracking(False)
        edit.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        edit.timeChanged.connect(self._on_time_changed)
        edit.editingFinished.connect(lambda: self._debounce.flush())
        return edit

    def _on_all_day(self, _checked: bool) -> None:
        self._debounce.cancel()
        self._update_enabled()
        self._commit()

    def _on_time_changed(self, _time: QTime) -> None:
        self._update_next_day()
        if not self._showing:
            self._debounce.poke()

    def _update_enabled(self) -> None:
        timed = not self.all_day.isChecked()
        self.start_edit.setEnabled(timed)
        self.end_edit.setEnabled(timed)
        self._update_next_day()

    def _update_next_day(self) -> None:
        start, end = self.start_edit.time(), self.end_edit.time()
        overnight = QTime(0, 0) < end < start
        self.next_day_label.setVisible(overnight and not self.all_day.isChecked())

    def _commit(self) -> None:
        self.committed.emit(self.value())

    def value(self) -> str:
        if self.all_day.isChecked():
            return ""
        start, end = self.start_edit.time(), self.end_edit.time()
        end_text = "24:00" if end == QTime(0, 0) and start != end else end.toString("HH:mm")
        return f"{start.toString('HH:mm')}-{end_text}"

    def set_value(self, value: Any) -> None:
        self._debounce.cancel()
        try:
            span = parse_working_hours(str(value))
        except ValueError:
            span = None
        self._showing = True
        try:
            self.all_day.setChecked(span is None)
            if span is not None:
                self.start_edit.setTime(QTime(span[0] // 60, span[0] % 60))
                self.end_edit.setTime(QTime((span[1] // 60) % 24, span[1] % 60))
            elif self.start_edit.time() == self.end_edit.time():
                self.start_edit.setTime(self.DEFAULT_SPAN[0])
                self.end_edit.setTime(self.DEFAULT_SPAN[1])
        finally:
            self._showing = False
        self._update_enabled()

    def buddy(self) -> QWidget:
        return self  # focuses All day without ticking it (see ChoiceSetEditor)

    def controls(self) -> list[QWidget]:
        return [self.all_day, self.start_edit, self.end_edit]

    def has_pending(self) -> bool:
        return self._debounce.pending

    def flush(self) -> None:
        for edit in (self.start_edit, self.end_edit):
            edit.interpretText()
        self._debounce.flush()

    def describe(self, value: Any) -> str:
        if not value:
            return self.tr("all day")
        start, _, end = str(value).partition("-")
        #: Working hours as the default reads: "09:00 to 17:30".
        return fill(self.tr("%1 to %2", "times"), start, end)


class ExerciseListEditor(OptionEditor):
    """avoid_exercises: the avoided exercises by name, and a way to stop avoiding them.

    Exercises are added from the stretch window ("Skip, it hurts"), not here.
    """

    def __init__(self, option: Option, label: str, exercise_name: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(option, label, parent)
        self._exercise_name = exercise_name
        self._ids: tuple[str, ...] = ()
        self.list_widget = QListWidget()
        self.list_widget.setAccessibleName(self.name)
        self.list_widget.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list_widget.itemSelectionChanged.connect(self._update_button)
        self.stop_button = QPushButton(self.tr("Stop avoiding"))
        self.stop_button.setAccessibleName(self.tr("Stop avoiding the selected exercises"))
        self.stop_button.setAutoDefault(False)
        self.stop_button.clicked.connect(self.stop_avoiding_selected)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.list_widget, self.stop_avoiding_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.empty_label = HintLabel(translated("preference_editors", AVOID_EMPTY))
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list_widget)
        layout.addLayout(buttons)
        self.set_value(option.default)

    def value(self) -> tuple[str, ...]:
        return self._ids

    def set_value(self, value: Any) -> None:
        self._ids = tuple(str(item) for item in value)
        self.list_widget.clear()
        for exercise_id in self._ids:
            item = QListWidgetItem(self._exercise_name(exercise_id))
            item.setData(Qt.ItemDataRole.UserRole, exercise_id)
            self.list_widget.addItem(item)
        rows = max(1, min(len(self._ids), 6))
        frame = 2 * self.list_widget.frameWidth()
        self.list_widget.setFixedHeight(rows * max(self.list_widget.sizeHintForRow(0), self.fontMetrics().height() + 4) + frame)
        self.empty_label.setVisible(not self._ids)
        self.list_widget.setVisible(bool(self._ids))
        self.stop_button.setVisible(bool(self._ids))
        if self._ids:
            self.list_widget.setCurrentRow(0)
        self._update_button()

    def _update_button(self) -> None:
        self.stop_button.setEnabled(bool(self.list_widget.selectedItems()))

    def stop_avoiding_selected(self) -> None:
        chosen = {item.data(Qt.ItemDataRole.UserRole) for item in self.list_widget.selectedItems()}
        if not chosen:
            return
        row = self.list_widget.currentRow()
        self.set_value(tuple(exercise_id for exercise_id in self._ids if exercise_id not in chosen))
        if self._ids:
            self.list_widget.setCurrentRow(min(row, len(self._ids) - 1))
            self.list_widget.setFocus()
        self.committed.emit(self._ids)

    def buddy(self) -> QWidget:
        return self.list_widget

    def controls(self) -> list[QWidget]:
        return [self.list_widget, self.stop_button]

    def describe(self, value: Any) -> str:
        return ", ".join(self._exercise_name(str(item)) for item in value) if value else "none"


class TextEditor(OptionEditor):
    """Any other kind of value: its TOML text (a string as it is), read back on Enter or leaving the field."""

    def __init__(self, option: Option, label: str, parent: QWidget | None = None) -> None:
        super().__init__(option, label, parent)
        self.line_edit = QLineEdit()
        self.line_edit.setAccessibleName(self.name)
        self.line_edit.editingFinished.connect(self._on_editing_finished)
        self._shown = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line_edit)

    def _as_text(self, value: Any) -> str:
        if self.option.type is str:
            return str(value)
        return tomli_w.dumps({"v": list(value) if isinstance(value, tuple) else value})[4:].strip()

    def _parse(self, text: str) -> Any:
        if self.option.type is str:
            return text
        value = tomllib.loads(f"v = {text}")["v"]
        return tuple(value) if isinstance(value, list) else value

    def _on_editing_finished(self) -> None:
        text = self.line_edit.text()
        if text == self._shown and not self.line_edit.isModified():
            return
        self.line_edit.setModified(False)
        try:
            value = self._parse(text)
        except (tomllib.TOMLDecodeError, ValueError):
            self.refused.emit(self.tr("not a value KnotBreak can read; write it as in settings.toml"))
            return
        self.committed.emit(value)

    def value(self) -> Any:
        try:
            return self._parse(self.line_edit.text())
        except (tomllib.TOMLDecodeError, ValueError):
            return None

    def set_value(self, value: Any) -> None:
        self._shown = self._as_text(value)
        self.line_edit.setText(self._shown)
        self.line_edit.setModified(False)

    def buddy(self) -> QWidget:
        return self.line_edit

    def has_pending(self) -> bool:
        return self.line_edit.isModified()

    def flush(self) -> None:
        if self.line_edit.isModified():
            self._on_editing_finished()

    def describe(self, value: Any) -> str:
        return self._as_text(value) if self._as_text(value) else "empty"


# The factory -----------------------------------------------------------------


def make_editor(option: Option, label: str, exercise_name: Callable[[str], str]) -> OptionEditor:
    """The editor for option, from its type and choices; a few options get a purpose-made one by name."""
    if option.name in TIME_RANGE_OPTIONS:
        return TimeRangeEditor(option, label)
    if option.name in EXERCISE_LIST_OPTIONS:
        return ExerciseListEditor(option, label, exercise_name)
    if option.type is bool:
        return BoolEditor(option, label)
    if option.type is int:
        return IntEditor(option, label)
    if option.type is str and option.choices:
        return ChoiceEditor(option, label)
    if option.type is tuple and option.choices:
        return WeekdayEditor(option, label) if tuple(option.choices) == WEEKDAYS else ChoiceSetEditor(option, label)
    return TextEditor(option, label)


TIME_RANGE_OPTIONS = frozenset({"working_hours"})
"""Strings in parse_working_hours()'s format; the schema has no field that says so."""
EXERCISE_LIST_OPTIONS = frozenset({"avoid_exercises"})
"""Lists of exercise ids, shown by name."""

