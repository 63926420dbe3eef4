"""The Preferences window, generated from the settings schema.

One page per entry of PAGES; on each, a control per Option of that page in
schema order, made by preference_editors.make_editor(). Every change is sent
at once, and only the keys that control changed, through
PreferencesServices.change_settings(), which edits settings.toml in place:
the window never writes a value the person did not just change, so a newer
hand edit of the file is never overwritten with stale values. show_settings()
brings the controls up to date after such a hand edit without writing.

A few rows are not settings: starting at log-in, trying the chime and the
voice, and where the history lives (export, delete).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QFocusEvent, QFont, QKeySequence, QPalette, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from knotbreak.core.settings import PAGES, SCHEMA, Option, Settings
from knotbreak.qt.flow_layout import FlowLayout
from knotbreak.qt.i18n import QT_TRANSLATE_NOOP, fill, schema_text, translated
from knotbreak.qt.icons import app_icon
from knotbreak.qt.preference_editors import (
    NoteLabel,
    OptionEditor,
    WheelGuard,
    WrappingCheckBox,
    blend,
    hint_label,
    make_editor,
    plain_text,
)
from knotbreak.qt.shortcuts import add_close_shortcuts

TITLE = QT_TRANSLATE_NOOP("PreferencesWindow", "KnotBreak Preferences")
"""The window's title: English, translated where shown."""
DEFAULT_SIZE_EM = (50, 40)
"""The size the window opens at, in lines of text, so large text gets a larger window; the screen caps it."""
HISTORY_PAGE = PAGES[4]
AUTOSTART_PAGE = PAGES[0]


class AutostartControl(Protocol):
    """What the window needs of knotbreak.autostart.Autostart."""

    @property
    def supported(self) -> bool: ...

    @property
    def where(self) -> str: ...

    def enabled(self) -> bool: ...

    def set_enabled(self, on: bool) -> None:
        """Raises OSError when the change could not be made."""


class PreferencesServices(Protocol):
    """What the window asks of the app. Read-only properties, so plain attributes satisfy them too."""

    @property
    def settings_path(self) -> Path: ...

    @property
    def history_path(self) -> Path: ...

    @property
    def autostart(self) -> AutostartControl: ...

    def change_settings(self, changes: dict[str, Any]) -> str | None:
        """Write these keys into settings.toml (and nothing else) and apply them; None when done, else why not."""

    def exercise_name(self, exercise_id: str) -> str:
        """The exercise's name; an unknown id as it is."""

    def sound_problem(self) -> str | None:
        """Why chimes cannot play here, or None."""

    def speech_problem(self) -> str | None:
        """Why cues cannot be spoken here, or None."""

    def test_sound(self) -> None: ...

    def test_speech(self) -> None: ...

    def history_summary(self) -> str:
        """What deleting would lose: '412 breaks and 96 routines since 3 March 2026'."""

    def export_history(self, target: Path) -> str | None:
        """None when written, else why not."""

    def delete_history(self, reply: Callable[[str | None], None]) -> None:
        """Delete the history; reply(None) once it is gone, reply(why not) when it could not be."""


# Mnemonics -------------------------------------------------------------------


def mnemonic_letter(label: str) -> str | None:
    index = 0
    while index < len(label) - 1:
        if label[index] == "&":
            if label[index + 1] == "&":
                index += 2
                continue
            return label[index + 1].lower()
        index += 1
    return None


def assign_mnemonics(labels: Sequence[str]) -> list[str]:
    """The labels with no mnemonic letter used twice, for the controls shown together on one page.

    A label keeps its marked letter when no earlier label has it; otherwise the
    mark moves to the first free word start, then to any free letter. Labels
    without a mark are left as they are.
    """
    taken: set[str] = set()
    clashing: list[int] = []
    result = list(labels)
    for index, label in enumerate(labels):
        letter = mnemonic_letter(label)
        if letter is None:
            continue
        if letter in taken:
            clashing.append(index)
        else:
            taken.add(letter)
    for index in clashing:
        plain = plain_text(labels[index])
        word_starts = [i for i, char in enumerate(plain) if char.isalnum() and (i == 0 or plain[i - 1] == " ")]
        others = [i for i, char in enumerate(plain) if char.isalnum() and i not in word_starts]
        free = next((i for i in word_starts + others if plain[i].lower() not in taken), None)
        escaped = [char.replace("&", "&&") for char in plain]
        if free is not None:
            taken.add(plain[free].lower())
            escaped[free] = "&" + escaped[free]
        result[index] = "".join(escaped)
    return result


def label_for(option: Option) -> str:
    """The option's label as Preferences shows it: translated (the schema's words are English)."""
    return schema_text(option.label) or "&" + option.name.replace("_", " ").capitalize()


class PageList(QListWidget):
    """The page titles. The current one wears the full highlight only while the list has focus,
    so the focus shows: most styles draw a focused and an unfocused selection alike."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painting = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._paint_selection()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._paint_selection()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._painting:
            self._paint_selection()

    def _paint_selection(self) -> None:
        parent = self.parentWidget()
        palette = QPalette(parent.palette() if parent is not None else QApplication.palette(self))
        if not self.hasFocus():
            muted = blend(palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.Base), 0.3)
            palette.setColor(QPalette.ColorRole.Highlight, muted)
            palette.setColor(QPalette.ColorRole.HighlightedText, palette.color(QPalette.ColorRole.Text))
        self._painting = True
        try:
            self.setPalette(palette)
        finally:
            self._painting = False


# A row per option ----------------------------------------------------------------


class RowLabel(QLabel):
    """An option's name above its control. Its mnemonic only moves the focus there, also into a
    group of check boxes: a plain QLabel would click a button buddy, and ignore one that takes
    no focus itself but passes it on (a group)."""

    def event(self, event: QEvent) -> bool:
        buddy = self.buddy()
        if event.type() == QEvent.Type.Shortcut and buddy is not None:
            buddy.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return super().event(event)


class OptionRow(QWidget):
    """An option's label, control, description with bounds, and what went wrong with the last entry."""

    def __init__(self, option: Option, editor: OptionEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.option = option
        self.editor = editor
        self.shown: Any = option.default
        """The value in the settings file, as last read or written."""
        self.extras: list[QWidget] = []
        self.label: QLabel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(max(2, self.fontMetrics().height() // 5))
        if not editor.shows_own_label:
            self.label = RowLabel(editor.label)
            self.label.setWordWrap(True)
            self.label.setBuddy(editor.buddy())
            font = self.label.font()
            font.setBold(True)
            self.label.setFont(font)
            layout.addWidget(self.label)
        self.control_row = QHBoxLayout()
        self.control_row.setContentsMargins(0, 0, 0, 0)
        self.control_row.setSpacing(self.fontMetrics().height() // 2)
        self.control_row.addWidget(editor)
        layout.addLayout(self.control_row)
        self.hint_label = hint_label(f"{schema_text(option.hint or option.description)} {editor.bounds_text()}".strip())
        self.problem_note = NoteLabel()
        self.availability_note = NoteLabel()
        details = QVBoxLayout()
        details.setContentsMargins(editor.indent(), 0, 0, 0)
        details.setSpacing(layout.spacing())
        details.addWidget(self.hint_label)
        details.addWidget(self.problem_note)
        details.addWidget(self.availability_note)
        layout.addLayout(details)
        self._describe()

    def add_extra(self, widget: QWidget) -> None:
        """A widget beside the control (a Test button)."""
        if not self.extras:
            self.control_row.addStretch(1)
        self.control_row.insertWidget(self.control_row.count() - 1, widget)
        self.extras.append(widget)
        self._describe()

    @property
    def problem(self) -> str:
        return self.problem_note.text_label.text() if self.problem_note.is_problem else ""

    def show_value(self, value: Any) -> None:
        """value is what the file holds now: show it, forgetting any refused entry."""
        self.shown = value
        self.editor.set_value(value)
        self.clear_problem()

    def take_file_value(self, value: Any) -> None:
        """The file was read again. An entry being typed, or refused and not yet fixed, stays
        unless this very key was changed in the file meanwhile."""
        if self.editor.has_pending():
            self.shown = value
            return
        if value == self.shown and (self.problem or value == self.editor.value()):
            return
        self.show_value(value)

    def show_problem(self, reason: str) -> None:
        #: %1 is why a setting could not be saved.
        self.problem_note.show_text(fill(self.tr("Not saved: %1"), reason), problem=True)
        self._describe()

    def clear_problem(self) -> None:
        if self.problem_note.is_problem:
            self.problem_note.clear()
            self._describe()

    def set_unavailable(self, reason: str | None) -> None:
        """Disable the control and its extras, saying why; None enables them again."""
        for widget in (self.editor, *self.extras):
            widget.setEnabled(reason is None)
        if reason is None:
            self.availability_note.clear()
        else:
            self.availability_note.show_text(reason, problem=False)
        self._describe()

    def _describe(self) -> None:
        parts = [self.hint_label.text(), self.problem, self.availability_note.text()]
        self.editor.set_description(" ".join(part for part in parts if part))


# A page ----------------------------------------------------------------------


class PreferencesPage(QScrollArea):
    """One group of options; scrolls when large text or a small screen leaves too little room."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.rows: list[OptionRow] = []
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        self.content = QWidget()
        self.content.setAccessibleName(schema_text(title))
        em = self.fontMetrics().height()
        self.column = QVBoxLayout(self.content)
        self.column.setContentsMargins(round(em * 1.1), round(em * 0.8), round(em * 1.1), round(em * 0.8))
        self.column.setSpacing(round(em * 1.1))
        self.heading = QLabel(schema_text(title))
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.column.addWidget(self.heading)
        self.setWidget(self.content)

    def add_row(self, row: OptionRow) -> None:
        self.rows.append(row)
        self.column.addWidget(row)

    def add_widget(self, widget: QWidget) -> None:
        self.column.addWidget(widget)

    def finish(self, restore_label: str) -> None:
        """The page's last line: Restore defaults and what became of it."""
        self.column.addStretch(1)
        self.restore_button = QPushButton(restore_label)
        self.restore_button.setAutoDefault(False)
        #: %1 is a Preferences page's title.
        text = self.tr("Sets every option on the \u201c%1\u201d page back to its default, after asking.")
        self.restore_button.setAccessibleDescription(fill(text, schema_text(self.title)))
        self.restore_button.setEnabled(bool(self.rows))
        self.restore_note = NoteLabel()
        line = QHBoxLayout()
        line.addWidget(self.restore_note, 1)
        line.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.column.addLayout(line)


# The window ------------------------------------------------------------------


class PreferencesWindow(QWidget):
    """Settings grouped into pages; changes take effect (and are saved) as they are made."""

    def __init__(
        self,
        settings: Settings,
        services: PreferencesServices,
        schema: Sequence[Option] = SCHEMA,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.services = services
        self.schema = tuple(schema)
        self.rows: dict[str, OptionRow] = {}
        self.pages: dict[str, PreferencesPage] = {}
        self.ask_export_path: Callable[[Path], Path | None] = self._ask_export_path
        """Where to export the history (None: cancelled); tests replace the file dialog here."""
        self.setWindowTitle(translated("PreferencesWindow", TITLE))
        self.setWindowIcon(app_icon())
        self._wheel_guard = WheelGuard(self)

        layout = QVBoxLayout(self)
        body = QHBoxLayout()
        layout.addLayout(body, 1)
        self.page_list = PageList()
        self.page_list.setAccessibleName(self.tr("Preference pages"))
        self.page_list.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.page_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_list.setSpacing(max(2, self.fontMetrics().height() // 4))
        self.page_list.setWordWrap(True)
        self.page_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.stack = QStackedWidget()
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)

        for title in self._page_titles():
            page = self._build_page(title)
            self.pages[title] = page
            self.page_list.addItem(schema_text(title))
            self.stack.addWidget(page)
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.page_list.setCurrentRow(0)

        #: %1 is the settings file's path.
        self.where_label = hint_label(fill(self.tr("Changes are saved as you make them, in %1."), str(services.settings_path)))
        self.where_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        footer = QHBoxLayout()
        footer.addWidget(self.where_label, 1)
        footer.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(footer)

        add_close_shortcuts(self, self.close)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self._step_page(1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self._step_page(-1))

        self.show_settings(settings)
        self.refresh_services()
        self.page_list.setFocus()
        self._fit_to_screen()

    # Building ------------------------------------------------------------------

    def _page_titles(self) -> list[str]:
        titles = list(PAGES)
        titles += [option.page for option in self.schema if option.page not in titles]
        return list(dict.fromkeys(titles))

    def _extra_labels(self, title: str) -> list[str]:
        labels = []
        if title == AUTOSTART_PAGE:
            labels.append(self.tr("Start KnotBreak when I &log in"))
        if title == HISTORY_PAGE:
            labels += [self.tr("History &file"), self.tr("&Export\u2026"), self.tr("&Delete history\u2026")]
        return labels

    def _build_page(self, title: str) -> PreferencesPage:
        page = PreferencesPage(title)
        options = [option for option in self.schema if option.page == title]
        extras = self._extra_labels(title)
        labels = assign_mnemonics([label_for(option) for option in options] + extras + [self.tr("&Restore defaults")])
        for option, label in zip(options, labels):
            editor = make_editor(option, label, self.services.exercise_name)
            for control in editor.controls():
                if isinstance(control, (QAbstractSpinBox, QComboBox)):
                    control.installEventFilter(self._wheel_guard)
            row = OptionRow(option, editor)
            editor.committed.connect(lambda value, row=row: self._commit(row, value))
            editor.refused.connect(row.show_problem)
            self.rows[option.name] = row
            page.add_row(row)
            self._add_test_button(row)
        extra_labels = iter(labels[len(options) : -1])
        if title == AUTOSTART_PAGE:
            page.add_widget(self._build_autostart(next(extra_labels)))
        if title == HISTORY_PAGE:
            page.add_widget(self._build_history(*(next(extra_labels) for _ in range(3))))
        page.finish(labels[-1])
        page.restore_button.clicked.connect(lambda: self.restore_defaults(title))
        return page

    def _add_test_button(self, row: OptionRow) -> None:
        tests = {
            "sounds": (self.tr("Test chimes"), self.tr("Play the chimes once"), self.services.test_sound),
            "spoken_cues": (self.tr("Test spoken cues"), self.tr("Play the spoken cues once"), self.services.test_speech),
        }
        if row.option.name not in tests:
            return
        name, tip, run = tests[row.option.name]
        #: A button that plays the chimes or the spoken cues once.
        button = QPushButton(self.tr("Test"))
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(run)
        row.add_extra(button)

    def _build_autostart(self, label: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        toggle = WrappingCheckBox(label)
        self.autostart_box = toggle.box
        self.autostart_box.clicked.connect(self._set_autostart)
        self.autostart_hint = hint_label()
        self.autostart_note = NoteLabel()
        column.addWidget(toggle)
        details = QVBoxLayout()
        details.setContentsMargins(toggle.indent(), 0, 0, 0)
        details.addWidget(self.autostart_hint)
        details.addWidget(self.autostart_note)
        column.addLayout(details)
        return box

    def _build_history(self, path_label: str, export_label: str, delete_label: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(path_label)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.history_path_field = QLineEdit(str(self.services.history_path))
        self.history_path_field.setReadOnly(True)
        self.history_path_field.setAccessibleName(self.tr("History file"))
        heading.setBuddy(self.history_path_field)
        self.export_button = QPushButton(export_label)
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.export_history)
        self.delete_button = QPushButton(delete_label)
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.delete_history)
        self.history_note = NoteLabel()
        buttons = QWidget()
        flow = FlowLayout(buttons, spacing=self.fontMetrics().height() // 2)
        flow.addWidget(self.export_button)
        flow.addWidget(self.delete_button)
        column.addWidget(heading)
        column.addWidget(self.history_path_field)
        column.addWidget(buttons)
        column.addWidget(self.history_note)
        return box

    def _fit_to_screen(self) -> None:
        em = self.fontMetrics().height()
        width, height = (round(size * em) for size in DEFAULT_SIZE_EM)
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            # Room for a title bar and a panel, which availableGeometry may not count.
            width, height = min(width, available.width() - 2 * em), min(height, available.height() - 3 * em)
        self.resize(width, height)

    # What the app calls ----------------------------------------------------------

    def show_settings(self, settings: Settings) -> None:
        """Show these values (the file changed on disk); writes nothing."""
        for name, row in self.rows.items():
            row.take_file_value(getattr(settings, name, row.option.default))

    def present(self) -> None:
        """Show the window in front, with what it reports about the system read afresh."""
        self.refresh_services()
        self.show()
        self.raise_()
        self.activateWindow()

    def refresh_services(self) -> None:
        """Read again whether starting at log-in, sound and speech are available."""
        problems = {"sounds": self.services.sound_problem, "spoken_cues": self.services.speech_problem}
        for name, problem in problems.items():
            if name in self.rows:
                self.rows[name].set_unavailable(problem())
        self._show_autostart()

    def flush(self) -> None:
        """Commit every edit still waiting out its pause."""
        for row in self.rows.values():
            row.editor.flush()

    def current_page(self) -> PreferencesPage:
        page = self.stack.currentWidget()
        assert isinstance(page, PreferencesPage)
        return page

    def show_page(self, title: str) -> None:
        self.page_list.setCurrentRow(list(self.pages).index(title))

    # Changes ---------------------------------------------------------------------

    def _commit(self, row: OptionRow, value: Any) -> None:
        option = row.option
        problem = option.check(value)
        if problem:
            row.show_problem(problem)
            return
        value = option.convert(value)
        if value == row.shown:
            row.clear_problem()
            return
        reason = self.services.change_settings({option.name: value})
        if reason:
            row.show_problem(reason)
            return
        row.shown = value
        row.clear_problem()

    def restore_defaults(self, title: str) -> None:
        page = self.pages[title]
        if not page.rows:
            return
        changing = [plain_text(label_for(row.option)) for row in page.rows if row.shown != row.option.default]
        #: %1 is a Preferences page's title.
        question = fill(self.tr("Restore the defaults on the \u201c%1\u201d page?"), schema_text(title))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore defaults"), question, parent=self)
        if changing:
            #: %1 lists the settings a restore changes, separated by commas.
            box.setInformativeText(fill(self.tr("This changes: %1."), ", ".join(changing)))
        else:
            box.setInformativeText(self.tr("Everything on this page already has its default value."))
        restore = box.addButton(self.tr("Restore defaults"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        if self._ask(box) is not restore:
            return
        reason = self.services.change_settings({row.option.name: row.option.default for row in page.rows})
        if reason:
            page.restore_note.show_text(fill(self.tr("Not restored: %1"), reason), problem=True)
            return
        for row in page.rows:
            row.show_value(row.option.default)
        page.restore_note.show_text(self.tr("Defaults restored."), problem=False)

    def _ask(self, box: QMessageBox) -> QAbstractButton | None:
        """Show a question and return the button pressed (tests answer by patching QMessageBox.exec)."""
        box.exec()
        return box.clickedButton()

    # Log-in ----------------------------------------------------------------------

    def _show_autostart(self) -> None:
        autostart = self.services.autostart
        self.autostart_box.setEnabled(autostart.supported)
        if autostart.supported:
            self.autostart_box.setChecked(autostart.enabled())
            #: %1 is where start at login is set (a file's path, or the system's name for it).
            self.autostart_hint.setText(fill(self.tr("Set in %1."), autostart.where) if autostart.where else "")
            self.autostart_hint.setVisible(bool(autostart.where))
            if not self.autostart_note.is_problem:
                self.autostart_note.clear()
        else:
            self.autostart_box.setChecked(False)
            self.autostart_hint.hide()
            if autostart.where:
                #: %1 says why start at login is not available.
                reason = fill(self.tr("Starting at log-in is not available here: %1"), autostart.where)
            else:
                reason = self.tr("Starting at log-in is not available here.")
            self.autostart_note.show_text(reason, problem=False)
        self.autostart_box.setAccessibleDescription(" ".join(t for t in (self.autostart_hint.text(), self.autostart_note.text_label.text()) if t))

    def _set_autostart(self, on: bool) -> None:
        try:
            self.services.autostart.set_enabled(on)
        except OSError as error:
            self.autostart_box.setChecked(not on)
            reason = f"{error.strerror} ({error.filename})" if error.strerror and error.filename else error.strerror or str(error)
            self.autostart_note.show_text(fill(self.tr("Not changed: %1"), reason), problem=True)
            self.autostart_box.setAccessibleDescription(self.autostart_note.text_label.text())
            return
        self.autostart_note.clear()
        self._show_autostart()

    # History ---------------------------------------------------------------------

    def _ask_export_path(self, suggested: Path) -> Path | None:
        #: File dialog filters: keep the patterns in brackets and the ;; between them.
        filters = self.tr("CSV files (*.csv);;All files (*)")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export history"), str(suggested), filters)
        return Path(chosen) if chosen else None

    def export_history(self) -> None:
        target = self.ask_export_path(Path.home() / f"knotbreak-history-{date.today().isoformat()}.csv")
        if target is None:
            return
        reason = self.services.export_history(target)
        if reason:
            self.history_note.show_text(fill(self.tr("Not exported: %1"), reason), problem=True)
        else:
            self.history_note.show_text(fill(self.tr("Exported to %1."), str(target)), problem=False)

    def delete_history(self) -> None:
        summary = self.services.history_summary()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete history"), self.tr("Delete your KnotBreak history?"), parent=self)
        # The summary stands as its own paragraph: the app may give a phrase or whole sentences.
        lost = summary[:1].upper() + summary[1:]
        lost += "" if lost.endswith((".", "!", "?")) else "."
        #: %1 summarises the history (events, breaks); %2 is the history file's path.
        text = self.tr(
            "What is lost: %1\n\nThis cannot be undone. The history is kept in %2; use Export first to keep a copy."
        )
        box.setInformativeText(fill(text, lost, str(self.services.history_path)))
        delete = box.addButton(self.tr("Delete history"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        if self._ask(box) is not delete:
            return
        self.delete_button.setEnabled(False)
        self.history_note.show_text(self.tr("Deleting the history…"), problem=False)
        self.services.delete_history(self._history_deleted)

    def _history_deleted(self, reason: str | None) -> None:
        self.delete_button.setEnabled(True)
        if reason:
            self.history_note.show_text(fill(self.tr("Not deleted: %1"), reason), problem=True)
        else:
            self.history_note.show_text(self.tr("History deleted."), problem=False)

    # Window ----------------------------------------------------------------------

    def _fit_page_list(self) -> None:
        """The page titles on one line each where the window is wide; wrapped, in a third of it, where it is not."""
        padding = 4 * self.page_list.spacing() + 2 * self.page_list.frameWidth() + self.page_list.verticalScrollBar().sizeHint().width()
        metrics = self.page_list.fontMetrics()
        titles = [self.page_list.item(row).text() for row in range(self.page_list.count())]
        widest_title = max((metrics.horizontalAdvance(title) for title in titles), default=0)
        widest_word = max((metrics.horizontalAdvance(word) for title in titles for word in title.split()), default=0)
        self.page_list.setFixedWidth(max(widest_word, min(widest_title, self.width() // 3 - padding)) + padding)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_page_list()
        super().resizeEvent(event)

    def _step_page(self, step: int) -> None:
        self.page_list.setCurrentRow((self.page_list.currentRow() + step) % self.page_list.count())
        self.page_list.setFocus()  # not left on a control of the page just hidden

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)
