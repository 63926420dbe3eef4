"""The routine editor: build or change a custom routine without touching TOML.

On the left the exercise library (search and place filter), on the right the
routine being built, with Up/Down/Remove and a dose editor for the selected
item, and a live total. Save writes the routine file through
knotbreak.core.routine_writer.save_routine(); problems are shown in the
dialog, never raised.

Keys: every labelled field and button has an Alt+letter, Ctrl+F goes to the
search, the place filter is one Tab stop whose arrows choose, Ctrl+S saves,
and Esc, Ctrl+W or Cancel close it, asking first when there are unsaved changes. The
form scrolls and the two columns stack where the screen or the font leave no
room, so Save and Cancel always stay in sight. Colours come from the palette
and follow a theme change.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QKeySequence, QPainter, QPaintEvent, QPalette, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QBoxLayout,
    QButtonGroup,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from knotbreak.core.exercises import Dose, Exercise, Routine, RoutineItem
from knotbreak.core.routine_catalog import Catalog
from knotbreak.core.routine_runner import expand
from knotbreak.core.routine_writer import routine_file, save_routine, slug, taken_ids
from knotbreak.qt.contrast import GRAPHICS_RATIO, TEXT_RATIO, mix, on_palette, readable, secondary_text
from knotbreak.qt.figure_view import FigureView
from knotbreak.qt.formatting import LOCAL
from knotbreak.qt.i18n import QT_TRANSLATE_NOOP, TranslationContext, fill, mid_sentence, translated
from knotbreak.qt.icons import app_icon
from knotbreak.qt.preference_editors import human_label
from knotbreak.qt.shortcuts import close_keys
from knotbreak.qt.stats_window import AREA_NAMES
from knotbreak.qt.style import segment_style
from knotbreak.qt.tray import FocusRing

ERROR = QColor("#d0533d")
THUMBNAIL_EM = 9.5
"""The exercise thumbnail's side in lines of text: 133 pixels at a 9 pt font."""
STACK_BELOW_EM = 44
"""Narrower than this many lines of text, the library goes above the routine instead of beside it."""
SCREEN_MARGIN_EM = 2

# The module's words are English, marked for translation in the RoutineEditor context and translated where shown.
PLACES: tuple[tuple[str, frozenset[str]], ...] = (
    (QT_TRANSLATE_NOOP("RoutineEditor", "All"), frozenset()),
    (QT_TRANSLATE_NOOP("RoutineEditor", "Desk"), frozenset({"desk"})),
    (QT_TRANSLATE_NOOP("RoutineEditor", "Standing"), frozenset({"standing"})),
    (QT_TRANSLATE_NOOP("RoutineEditor", "Floor"), frozenset({"kneeling", "floor"})),
)
"""The place filter: an exercise shows under a place when it can be done in one of these positions."""

DOSE_BOUNDS = {
    "hold_seconds": (1, 1800),
    "reps": (1, 200),
    "seconds_per_rep": (1, 60),
    "seconds": (1, 3600),
    "sets": (1, 20),
    "rest_seconds": (0, 600),
}
"""The same ranges exercises.parse_dose() accepts, so every value the spin boxes allow can be saved."""

KIND_FIELDS = {"hold": ("hold_seconds",), "reps": ("reps", "seconds_per_rep"), "timed": ("seconds",)}
DOSE_LABELS = {
    "hold_seconds": QT_TRANSLATE_NOOP("RoutineEditor", "&Hold:"),
    "reps": QT_TRANSLATE_NOOP("RoutineEditor", "Re&ps:"),
    "seconds_per_rep": QT_TRANSLATE_NOOP("RoutineEditor", "Ea&ch rep:"),
    "seconds": QT_TRANSLATE_NOOP("RoutineEditor", "Durat&ion:"),
    "sets": QT_TRANSLATE_NOOP("RoutineEditor", "&Sets:"),
    "rest_seconds": QT_TRANSLATE_NOOP("RoutineEditor", "Res&t between sets:"),
}
"""Mnemonics are unique among the fields shown together and the dialog's other labels and buttons."""
SECONDS_FIELDS = ("hold_seconds", "seconds_per_rep", "seconds", "rest_seconds")

ROLE_EXERCISE = Qt.ItemDataRole.UserRole


# Text -----------------------------------------------------------------------


class EditorWords(TranslationContext):
    """The translation context of the module's functions (EditorWords.tr), plurals included."""


def _words(value: str) -> str:
    return value.replace("-", " ")


def exercise_places(exercise: Exercise) -> tuple[str, ...]:
    return (exercise.position, *(p for p in exercise.alt_positions if p != exercise.position))


def areas_text(exercise: Exercise) -> str:
    """The body areas an exercise works, as the statistics name them: "upper back, between the shoulder blades"."""
    return ", ".join(mid_sentence(translated("StatisticsWindow", AREA_NAMES[t])) if t in AREA_NAMES else _words(t) for t in exercise.targets)


def library_text(exercise: Exercise) -> str:
    """'Cat-camel · floor · mat'; 'Eagle arm circles · kneeling or desk'."""
    #: Between an exercise's places in the library: "kneeling or desk".
    places = (mid_sentence(human_label(place)) for place in exercise_places(exercise))
    parts = [exercise.name, QCoreApplication.translate("RoutineEditor", " or ").join(places)]
    if exercise.equipment:
        parts.append(", ".join(mid_sentence(human_label(item)) for item in exercise.equipment))
    return " · ".join(parts)


def dose_text(exercise: Exercise, dose: Dose) -> str:
    """'hold 30 s each side', '2 × 12 reps, rest 15 s', '45 s'."""
    if dose.kind == "hold":
        #: A dose: hold still for %1 seconds.
        work = fill(EditorWords.tr("hold %1 s"), str(dose.hold_seconds))
    elif dose.kind == "reps":
        work = LOCAL.numerus(EditorWords.tr("%n rep(s)", "", dose.reps), dose.reps)
    else:
        work = fill(EditorWords.tr("%1 s"), str(dose.seconds))
    if exercise.sides == "each":
        work += EditorWords.tr(" each side")
    #: A dose of several sets: %1 the sets, %2 one set's work ("2 × 12 reps").
    text = fill(EditorWords.tr("%1 × %2"), str(dose.sets), work) if dose.sets > 1 else work
    if dose.sets > 1 and dose.rest_seconds:
        text += fill(EditorWords.tr(", rest %1 s"), str(dose.rest_seconds))
    return text


def routine_item_text(item: RoutineItem) -> str:
    #: An exercise in the routine: %1 its name, %2 its dose.
    return fill(EditorWords.tr("%1 — %2"), item.exercise.name, dose_text(item.exercise, item.dose))


def matches(exercise: Exercise, query: str) -> bool:
    """Every word of the query appears in the name, id, places, equipment or target areas."""
    haystack = " ".join(
        [exercise.name, exercise.id, *exercise_places(exercise), *exercise.equipment, *exercise.targets, library_text(exercise), areas_text(exercise)]
    ).lower()
    haystack += " " + _words(haystack)
    return all(word in haystack for word in query.lower().split())


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text)
    font = QFont(parent.font())
    font.setBold(True)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


MUTED = "muted"


def _muted(label: QLabel) -> QLabel:
    """A quieter label (hints, captions); the dialog gives it a colour that still reads 4.5:1."""
    label.setProperty(MUTED, True)
    return label


def error_colours(palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """The problem box's mark, background and text: the mark stands out 3:1, the text reads 4.5:1 on the tint."""
    window = palette.color(QPalette.ColorRole.Window)
    mark = on_palette(ERROR, palette, ratio=GRAPHICS_RATIO)
    background = mix(window, ERROR, 0.16)
    text = readable(palette.color(QPalette.ColorRole.WindowText), background, TEXT_RATIO)
    return mark, background, text


# The dialog -----------------------------------------------------------------


class _PlaceholderList(QListWidget):
    """A list that says what to do while it is empty."""

    def __init__(self, placeholder: str) -> None:
        super().__init__()
        self.placeholder = placeholder

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count():
            return
        painter = QPainter(self.viewport())
        painter.setPen(secondary_text(self.palette(), QPalette.ColorRole.Base))
        em = self.fontMetrics().height()
        area = self.viewport().rect().adjusted(em, em, -em, -em)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.placeholder)
        painter.end()



class RoutineEditor(QDialog):
    """Build a new routine (routine=None) or change a custom one; Save writes its file and accepts."""

    def __init__(
        self, catalog: Catalog, routines_dir: Path, routine: Routine | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._routines_dir = routines_dir
        # A built-in routine cannot be changed in place; it becomes the start of a new one.
        self._editing = routine if routine is not None and routine.id not in catalog.builtin else None
        self._source = routine
        self._items: list[RoutineItem] = []
        self._saved_path: Path | None = None
        self._saved_routine: Routine | None = None
        self._loading = False
        self.discard_question: QMessageBox | None = None
        self.setWindowIcon(app_icon())
        #: %1 is the routine's name.
        self.setWindowTitle(fill(self.tr("Edit routine: %1"), self._editing.name) if self._editing else self.tr("New routine"))
        self.setSizeGripEnabled(True)
        em = self.fontMetrics().height()

        # Name and description.
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("For example: Lunch unknot"))
        self.name_edit.setMaxLength(80)
        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText(self.tr("Optional: where and when it suits, what it needs"))
        header = QFormLayout()
        header.setHorizontalSpacing(round(em * 0.7))
        header.setVerticalSpacing(round(em * 0.4))
        header.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        header.addRow(self._buddy(self.tr("&Name:"), self.name_edit), self.name_edit)
        header.addRow(self._buddy(self.tr("D&escription:"), self.description_edit), self.description_edit)

        # The library.
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search exercises (name, area, equipment)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search exercises"))
        self.search_edit.setAccessibleDescription(self.tr("Up and Down choose an exercise, Enter adds it; Ctrl+F comes back here"))
        self.search_edit.setToolTip(self.tr("↑ ↓ choose an exercise, Enter adds it (Ctrl+F)"))
        self.search_edit.textChanged.connect(self.apply_filter)
        self.place_group = QButtonGroup(self)
        self.place_group.setExclusive(True)
        self.place_buttons: dict[str, QPushButton] = {}
        places_row = QHBoxLayout()
        places_row.setSpacing(0)
        for index, (label, _positions) in enumerate(PLACES):
            button = QPushButton(translated("RoutineEditor", label))
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            #: %1 is "at your desk", "standing up" or "on the floor or kneeling".
            place_tip = self.tr("Exercises you can do %1")
            button.setToolTip(self.tr("Every exercise") if index == 0 else fill(place_tip, self._place_phrase(label)))
            self.place_group.addButton(button, index)
            self.place_buttons[label] = button
            places_row.addWidget(button)
        places_row.addStretch(1)
        self.place_buttons["All"].setChecked(True)
        self.place_group.idClicked.connect(lambda _index: self.apply_filter())
        self.library_list = QListWidget()
        self.library_list.setAccessibleName(self.tr("Exercise library"))
        self.library_list.setUniformItemSizes(True)
        self.library_list.setMinimumHeight(round(em * 7))
        self.library_list.setAlternatingRowColors(False)
        for exercise in catalog.exercises.values():
            item = QListWidgetItem(library_text(exercise))
            item.setData(ROLE_EXERCISE, exercise.id)
            tip = exercise.summary or exercise.name
            areas = areas_text(exercise)
            #: A library exercise's tooltip: %1 its summary, %2 the body areas it works, %3 its usual dose.
            tooltip = self.tr("%1\nWorks: %2\nUsual dose: %3")
            item.setToolTip(fill(tooltip, tip, areas, dose_text(exercise, exercise.dose)))
            self.library_list.addItem(item)
        self.library_list.itemDoubleClicked.connect(lambda item: self.add_exercise(item.data(ROLE_EXERCISE)))
        self.library_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.library_empty_label = _muted(QLabel(self.tr("No exercise matches.")))
        self.library_empty_label.hide()
        self.add_button = QPushButton(self.tr("&Add →"))
        self.add_button.setAutoDefault(False)
        self.add_button.setToolTip(self.tr("Add the chosen exercise to the end of the routine (or double-click it)"))
        self.add_button.clicked.connect(self.add_current)

        left = QVBoxLayout()
        left.setSpacing(round(em * 0.45))
        left.addWidget(_heading(self.tr("Exercises"), self))
        left.addWidget(self.search_edit)
        left.addLayout(places_row)
        left.addWidget(self.library_list, 1)
        left.addWidget(self.library_empty_label)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        left.addLayout(add_row)

        # The routine.
        self.routine_list = _PlaceholderList(
            self.tr("Nothing here yet. Choose an exercise on the left and press Add → or double-click it.")
        )
        self.routine_list.setAccessibleName(self.tr("Exercises in this routine"))
        self.routine_list.setMinimumHeight(round(em * 6))
        self.routine_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.routine_list.currentRowChanged.connect(self._show_item)
        self.up_button = QPushButton(self.tr("↑ &Up"))
        self.down_button = QPushButton(self.tr("↓ Do&wn"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button.setToolTip(self.tr("Move the selected exercise up (Alt+↑)"))
        self.down_button.setToolTip(self.tr("Move the selected exercise down (Alt+↓)"))
        self.remove_button.setToolTip(self.tr("Take the selected exercise out of the routine (Delete)"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.remove_selected)
        order_row = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setAutoDefault(False)
            order_row.addWidget(button)
        order_row.addStretch(1)

        self.dose_stack = QStackedWidget()
        self.dose_hint = _muted(QLabel(self.tr("Select an exercise in your routine to set how long or how often.")))
        self.dose_hint.setWordWrap(True)
        self.dose_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.dose_stack.addWidget(self.dose_hint)
        self.dose_stack.addWidget(self._build_dose_editor(em))
        self.dose_stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        right = QVBoxLayout()
        right.setSpacing(round(em * 0.45))
        right.addWidget(_heading(self.tr("Your routine"), self))
        right.addWidget(self.routine_list, 1)
        right.addLayout(order_row)
        right.addSpacing(round(em * 0.3))
        right.addWidget(self.dose_stack)

        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(round(em * 1.3))
        self.columns.addLayout(left, 5)
        self.columns.addLayout(right, 6)

        # Footer: the total, problems, and the buttons.
        self.total_caption = _muted(QLabel(self.tr("Total:")))
        self.total_label = QLabel()
        self.total_label.setFont(_heading("", self).font())
        self.total_label.setAccessibleName(self.tr("Total duration"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.cancel_button = QPushButton(self.tr("Cance&l"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setToolTip(self.tr("Close without saving (Esc)"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Sa&ve"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save the routine (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        footer = QHBoxLayout()
        footer.setSpacing(round(em * 0.6))
        footer.addWidget(self.total_caption)
        footer.addWidget(self.total_label)
        footer.addStretch(1)
        footer.addWidget(self.cancel_button)
        footer.addWidget(self.save_button)

        # The form scrolls; the problem and the buttons below it stay in sight.
        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(round(em * 1.2), round(em * 1.0), round(em * 1.2), round(em * 0.3))
        form_layout.setSpacing(round(em * 0.7))
        form_layout.addLayout(header)
        form_layout.addLayout(self.columns, 1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(form)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(round(em * 1.2), 0, round(em * 1.2), round(em * 1.0))
        bottom.setSpacing(round(em * 0.7))
        bottom.addWidget(self.error_label)
        bottom.addLayout(footer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(round(em * 0.7))
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(bottom)

        for view in (self.library_list, self.routine_list):
            view.setStyleSheet("QListWidget::item { padding: 0.2em 0.3em; }")
        for watched in (self.search_edit, self.library_list, self.routine_list, *self.spins.values()):
            watched.installEventFilter(self)
        self.name_edit.textEdited.connect(lambda _text: self._clear_error())

        QWidget.setTabOrder(self.name_edit, self.description_edit)
        chain: list[QWidget] = [
            self.description_edit, self.search_edit, *self.place_buttons.values(), self.library_list, self.add_button,
            self.routine_list, self.up_button, self.down_button, self.remove_button,
            self.usual_button, *self.spins.values(), self.cancel_button, self.save_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        if routine is not None:
            self.name_edit.setText(routine.name if self._editing else fill(self.tr("%1 (my version)"), routine.name))
            self.description_edit.setText(routine.description)
            self._items = [RoutineItem(catalog.exercises.get(i.exercise.id, i.exercise), i.dose) for i in routine.items]
            for routine_item in self._items:
                self.routine_list.addItem(routine_item_text(routine_item))
            if self._items:
                self.routine_list.setCurrentRow(0)
        self.apply_filter()
        self._update_total()
        self._update_buttons()
        if self._editing is not None:
            try:
                routine_file(routines_dir, self._editing.id)
            except ValueError as error:
                self._show_error(str(error))  # say so now, before any work is put in
            except OSError:
                pass  # Save says what went wrong
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self).activated.connect(self._focus_search)
        self._close_shortcut = QShortcut(self)
        self._close_shortcut.setKeys(close_keys())
        self._close_shortcut.activated.connect(self.close)
        self.focus_ring = FocusRing(self)
        self._tint()
        self._fit_to_screen(em)
        self._unchanged = self._contents()
        self.name_edit.setFocus()

    def _build_dose_editor(self, em: int) -> QWidget:
        page = QWidget()
        self.figure = FigureView()
        self.figure.setFixedSize(round(em * THUMBNAIL_EM), round(em * THUMBNAIL_EM))
        self.figure.setToolTip(self.tr("How the exercise looks"))
        self.item_title = _heading("", self)
        self.item_title.setWordWrap(True)
        self.item_summary = _muted(QLabel())
        self.item_summary.setWordWrap(True)
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        form.setHorizontalSpacing(round(em * 0.7))
        form.setVerticalSpacing(round(em * 0.3))
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for key, (low, high) in DOSE_BOUNDS.items():
            spin = QSpinBox()
            spin.setRange(low, high)
            #: A spin box's unit: seconds.
            spin.setSuffix(self.tr(" s") if key in SECONDS_FIELDS else "")
            spin.setAccessibleName(translated("RoutineEditor", DOSE_LABELS[key]).replace("&", "").rstrip(":"))
            spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
            spin.valueChanged.connect(self._dose_edited)
            self.spins[key] = spin
            form.addRow(self._buddy(translated("RoutineEditor", DOSE_LABELS[key]), spin), spin)
        width = max(spin.sizeHint().width() for spin in self.spins.values()) + round(em * 0.5)
        for spin in self.spins.values():
            spin.setFixedWidth(width)
        self.dose_form = form
        self.item_note = _muted(QLabel())
        self.item_note.setWordWrap(True)
        self.usual_button = QPushButton(self.tr("Usual d&ose"))
        self.usual_button.setAutoDefault(False)
        self.usual_button.setToolTip(self.tr("Go back to the dose this exercise normally has"))
        self.usual_button.clicked.connect(self.reset_dose)

        title_row = QHBoxLayout()
        title_row.setSpacing(round(em * 0.6))
        title_row.addWidget(self.item_title, 1)
        title_row.addWidget(self.usual_button, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(round(em * 0.3))
        text.setContentsMargins(0, 0, 0, 0)
        text.addLayout(title_row)
        text.addWidget(self.item_summary)
        text.addSpacing(round(em * 0.2))
        text.addLayout(form)
        text.addWidget(self.item_note)
        text.addStretch(1)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(round(em * 0.9))
        row.addWidget(self.figure, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        return page

    def _fit_to_screen(self, em: int) -> None:
        """Its usual size where the screen has room, the screen less a margin where it has not."""
        width, height = round(em * 64), round(em * 40)
        screen = self.screen()
        if screen is not None:
            area = screen.availableGeometry()
            margin = round(em * SCREEN_MARGIN_EM)
            width = min(width, area.width() - margin)
            height = min(height, area.height() - margin)
        self.resize(width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = self.width() < self.fontMetrics().height() * STACK_BELOW_EM
        self.columns.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)

    def _tint(self) -> None:
        """Colours worked out from the palette, again on every change of theme."""
        palette = self.palette()
        quiet = secondary_text(palette)
        for label in self.findChildren(QLabel):
            if label.property(MUTED):
                muted = label.palette()
                muted.setColor(QPalette.ColorRole.WindowText, quiet)
                label.setPalette(muted)
        # Placeholders are read as hints (the search field's is its only label): 4.5:1 like any text.
        for edit in (self.name_edit, self.description_edit, self.search_edit):
            hinted = edit.palette()
            hinted.setColor(QPalette.ColorRole.PlaceholderText, secondary_text(palette, QPalette.ColorRole.Base))
            edit.setPalette(hinted)
        for index, button in enumerate(self.place_buttons.values()):
            button.setStyleSheet(segment_style(index == 0, index == len(PLACES) - 1, palette=palette))
        mark, background, text = error_colours(palette)
        self.error_label.setStyleSheet(
            # Spelled out: Qt 6.11 ignores the border-left shorthand on a QLabel.
            "border-style: solid; border-width: 0px 0px 0px 3px;"
            f" border-color: {mark.name()}; background: {background.name()}; color: {text.name()};"
            " padding: 0.35em 0.7em;"
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._tint()

    # -- closing -----------------------------------------------------------------

    def _contents(self) -> tuple[str, str, tuple[RoutineItem, ...]]:
        return " ".join(self.name_edit.text().split()), " ".join(self.description_edit.text().split()), tuple(self._items)

    def has_unsaved_changes(self) -> bool:
        return self._saved_path is None and self._contents() != self._unchanged

    def reject(self) -> None:
        """Cancel, Esc, Ctrl+W and the close button: close, after asking when work would be lost."""
        if not self.has_unsaved_changes():
            super().reject()
            return
        if self.discard_question is None:
            self.discard_question = self._ask_to_discard()
        self.discard_question.open()

    def _ask_to_discard(self) -> QMessageBox:
        question = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Discard changes?"), self.tr("This routine has changes that are not saved."), parent=self
        )
        question.setInformativeText(self.tr("Close without saving them?"))
        discard = question.addButton(self.tr("&Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        keep = question.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        question.setDefaultButton(keep)
        question.setEscapeButton(keep)

        def answered(_result: int) -> None:
            if question.clickedButton() is discard:
                QDialog.reject(self)

        question.finished.connect(answered)
        return question

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    @staticmethod
    def _place_phrase(label: str) -> str:
        phrases = {
            "Desk": QCoreApplication.translate("RoutineEditor", "at your desk"),
            "Standing": QCoreApplication.translate("RoutineEditor", "standing up"),
            "Floor": QCoreApplication.translate("RoutineEditor", "on the floor or kneeling"),
        }
        return phrases[label]

    # -- results ---------------------------------------------------------------

    @property
    def saved_path(self) -> Path | None:
        """The file written by Save; None until then."""
        return self._saved_path

    @property
    def saved_routine(self) -> Routine | None:
        """The routine as saved; None until then."""
        return self._saved_routine

    def items(self) -> tuple[RoutineItem, ...]:
        return tuple(self._items)

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    # -- the library -------------------------------------------------------------

    def place(self) -> str:
        return PLACES[max(0, self.place_group.checkedId())][0]

    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def set_place(self, label: str) -> None:
        self.place_buttons[label].setChecked(True)
        self.apply_filter()

    def apply_filter(self) -> None:
        positions = dict(PLACES)[self.place()]
        query = self.search_edit.text()
        first_visible: QListWidgetItem | None = None
        for row in range(self.library_list.count()):
            item = self.library_list.item(row)
            exercise = self._catalog.exercises[item.data(ROLE_EXERCISE)]
            visible = (not positions or bool(positions & set(exercise_places(exercise)))) and matches(exercise, query)
            item.setHidden(not visible)
            if visible and first_visible is None:
                first_visible = item
        current = self.library_list.currentItem()
        if current is None or current.isHidden():
            # None clears the current item (Qt takes a nullptr here); the stubs do not allow for it.
            self.library_list.setCurrentItem(first_visible)  # type: ignore[arg-type]
        if first_visible is not None and self.library_list.currentItem() is not None:
            self.library_list.scrollToItem(self.library_list.currentItem())
        self.library_empty_label.setVisible(first_visible is None)
        self._update_buttons()

    def visible_exercises(self) -> list[str]:
        return [
            self.library_list.item(row).data(ROLE_EXERCISE)
            for row in range(self.library_list.count())
            if not self.library_list.item(row).isHidden()
        ]

    def highlight(self, exercise_id: str) -> None:
        """Make this exercise the library's current one (what Enter and Add → add)."""
        for row in range(self.library_list.count()):
            if self.library_list.item(row).data(ROLE_EXERCISE) == exercise_id:
                self.library_list.setCurrentRow(row)
                return

    def _step_library(self, step: int) -> None:
        rows = [r for r in range(self.library_list.count()) if not self.library_list.item(r).isHidden()]
        if not rows:
            return
        current = self.library_list.currentRow()
        if current not in rows:
            target = rows[0]
        else:
            target = rows[max(0, min(len(rows) - 1, rows.index(current) + step))]
        self.library_list.setCurrentRow(target)

    def add_current(self) -> None:
        item = self.library_list.currentItem()
        if item is not None and not item.isHidden():
            self.add_exercise(item.data(ROLE_EXERCISE))

    def add_exercise(self, exercise_id: str) -> None:
        exercise = self._catalog.exercises[exercise_id]
        self._items.append(RoutineItem(exercise, exercise.dose))
        self.routine_list.addItem(routine_item_text(self._items[-1]))
        self.routine_list.setCurrentRow(len(self._items) - 1)
        self.routine_list.scrollToBottom()
        self._clear_error()
        self._changed()

    # -- the routine -------------------------------------------------------------

    def move_selected(self, step: int) -> None:
        row = self.routine_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(self._items):
            return
        self._items[row], self._items[target] = self._items[target], self._items[row]
        self._loading = True
        try:
            moved = self.routine_list.takeItem(row)
            self.routine_list.insertItem(target, moved)
            self.routine_list.setCurrentRow(target)
        finally:
            self._loading = False
        self._show_item(target)
        self._changed()

    def remove_selected(self) -> None:
        row = self.routine_list.currentRow()
        if row < 0:
            return
        del self._items[row]
        self._loading = True
        try:
            self.routine_list.takeItem(row)
        finally:
            self._loading = False
        if self._items:
            self.routine_list.setCurrentRow(min(row, len(self._items) - 1))
        self._show_item(self.routine_list.currentRow())
        self._changed()

    def reset_dose(self) -> None:
        row = self.routine_list.currentRow()
        if row >= 0:
            item = self._items[row]
            self._set_dose(row, item.exercise.dose)
            self._show_item(row)

    def _show_item(self, row: int) -> None:
        if self._loading:
            return
        if not 0 <= row < len(self._items):
            self.dose_stack.setCurrentIndex(0)
            self._update_buttons()
            return
        item = self._items[row]
        exercise, dose = item.exercise, item.dose
        self.dose_stack.setCurrentIndex(1)
        self.item_title.setText(exercise.name)
        self.item_summary.setText(exercise.summary)
        self.item_summary.setVisible(bool(exercise.summary))
        self.figure.show_exercise(exercise.id)
        pose = float(self.figure.keyframes - 1) if exercise.moves else 0.0
        self.figure.set_pose(exercise.id, pose, mirrored=False)
        shown = {*KIND_FIELDS[dose.kind], "sets", "rest_seconds"}
        self._loading = True
        try:
            for key, spin in self.spins.items():
                self.dose_form.setRowVisible(spin, key in shown)
                if key in shown:
                    spin.setValue(getattr(dose, key))
        finally:
            self._loading = False
        self._update_item_note()
        self._update_buttons()

    def _dose_edited(self) -> None:
        if self._loading:
            return
        row = self.routine_list.currentRow()
        if not 0 <= row < len(self._items):
            return
        dose = self._items[row].dose
        keys = (*KIND_FIELDS[dose.kind], "sets", "rest_seconds")
        # Only int fields are edited here; typed Any so the check does not hold them against Dose.kind (a str).
        changes: dict[str, Any] = {key: self.spins[key].value() for key in keys}
        self._set_dose(row, replace(dose, **changes))
        self._update_item_note()
        self._update_buttons()

    def _set_dose(self, row: int, dose: Dose) -> None:
        self._items[row] = replace(self._items[row], dose=dose)
        self.routine_list.item(row).setText(routine_item_text(self._items[row]))
        self._changed()

    def _update_item_note(self) -> None:
        row = self.routine_list.currentRow()
        if not 0 <= row < len(self._items):
            return
        item = self._items[row]
        seconds = sum(s.seconds for s in expand(Routine("item", "", "", (item,))))
        side = {"each": self.tr("On each side"), "alternating": self.tr("Alternating sides")}.get(item.exercise.sides, "")
        total = LOCAL.about(seconds)
        #: An exercise's total length: %1 is "About 2 min".
        in_all = self.tr("%1 in all")
        if side:
            #: %1 "On each side" or "Alternating sides", %2 "about 2 min in all".
            note = fill(self.tr("%1 · %2"), side, fill(in_all, mid_sentence(total)))
        else:
            note = fill(in_all, total)
        self.item_note.setText(note)
        self.spins["rest_seconds"].setEnabled(item.dose.sets > 1)
        self.spins["rest_seconds"].setToolTip("" if item.dose.sets > 1 else self.tr("Rest only comes between sets"))

    def _changed(self) -> None:
        self._update_total()
        self._update_buttons()

    def _update_total(self) -> None:
        self.total_caption.setVisible(bool(self._items))
        if not self._items:
            self.total_label.setText(self.tr("No exercises yet"))
            self.total_label.setToolTip("")
            return
        seconds = sum(s.seconds for s in expand(Routine("draft", "", "", tuple(self._items))))
        count = len(self._items)
        self.total_label.setText(LOCAL.about(seconds))
        self.total_label.setToolTip(LOCAL.numerus(self.tr("%n exercise(s), rests and both sides included", "", count), count))

    def _update_buttons(self) -> None:
        row = self.routine_list.currentRow()
        selected = 0 <= row < len(self._items)
        self.up_button.setEnabled(selected and row > 0)
        self.down_button.setEnabled(selected and row < len(self._items) - 1)
        self.remove_button.setEnabled(selected)
        current = self.library_list.currentItem()
        self.add_button.setEnabled(current is not None and not current.isHidden())
        if selected:
            item = self._items[row]
            self.usual_button.setEnabled(item.dose != item.exercise.dose)

    # -- keys --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if watched is self.search_edit:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step_library(1 if key == Qt.Key.Key_Down else -1)
                return True
            if enter:
                self.add_current()  # Enter adds; it must not reach the dialog's Save
                return True
        elif watched is self.library_list and enter:
            self.add_current()
            return True
        elif watched is self.routine_list:
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_selected()
                return True
            if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_selected(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if enter:
                first = next((s for s in self.spins.values() if s.isVisibleTo(self) and s.isEnabled()), None)
                if first is not None and self.dose_stack.currentIndex() == 1:
                    first.setFocus(Qt.FocusReason.ShortcutFocusReason)
                    first.selectAll()
                return True
        elif isinstance(watched, QSpinBox) and enter:
            watched.interpretText()  # commit what was typed; Enter here is not Save
            watched.selectAll()
            return True
        return super().eventFilter(watched, event)

    # -- saving ------------------------------------------------------------------

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _clear_error(self) -> None:
        self.error_label.hide()
        self.error_label.clear()

    def save(self) -> bool:
        """Write the routine and accept; on a problem say what it is here and stay open."""
        name = " ".join(self.name_edit.text().split())
        if not name:
            self._show_error(self.tr("Give the routine a name."))
            self.name_edit.setFocus()
            return False
        if not self._items:
            self._show_error(self.tr("Add at least one exercise: choose one on the left and press Add →."))
            self.search_edit.setFocus()
            return False
        description = " ".join(self.description_edit.text().split())
        if self._editing is not None:
            routine = replace(self._editing, name=name, description=description, items=tuple(self._items))
        else:
            try:
                taken = taken_ids(self._routines_dir) | set(self._catalog.routines)
            except OSError as error:
                #: %1 is the routines folder, %2 the system's reason.
                problem = self.tr("Could not read %1: %2")
                self._show_error(fill(problem, str(self._routines_dir), str(error.strerror or error)))
                return False
            hint = self._source.warmup_hint if self._source is not None else ""
            routine = Routine(slug(name, taken), name, description, tuple(self._items), hint)
        try:
            path = save_routine(self._routines_dir, routine)
        except OSError as error:
            problem = self.tr("Could not save in %1: %2")
            self._show_error(fill(problem, str(self._routines_dir), str(error.strerror or error)))
            return False
        except ValueError as error:
            self._show_error(str(error))
            return False
        self._saved_path, self._saved_routine = path, routine
        self._clear_error()
        self.accept()
        return True
