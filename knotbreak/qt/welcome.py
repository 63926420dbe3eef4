"""The first-run welcome: what KnotBreak does, how long to sit, where you can stretch, start at login.

The window only gathers choices. It writes no file and never touches the
autostart entry: it emits `done` once with a WelcomeChoices, and the app
applies them. It is not modal and is only ever shown, so the app keeps
counting sitting time while it is open.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from knotbreak.core.settings import OPTIONS, Settings
from knotbreak.qt.i18n import QT_TRANSLATE_NOOP, fill, schema_text, translated
from knotbreak.qt.preference_editors import counted, human_label
from knotbreak.qt.stats_window import ReflowGrid

if TYPE_CHECKING:
    from knotbreak.autostart import Autostart

# The module's words are English, marked for translation in the WelcomeWindow context and translated where shown.
TITLE = QT_TRANSLATE_NOOP("WelcomeWindow", "Welcome to KnotBreak")
READING_WIDTH_EM = 26
"""Lines of about 60 characters: long enough to keep the steps short, short enough to read."""

PLACE_LABELS = {
    "desk": QT_TRANSLATE_NOOP("WelcomeWindow", "At my desk"),
    "standing": QT_TRANSLATE_NOOP("WelcomeWindow", "Standing, with room to move my arms"),
    "floor": QT_TRANSLATE_NOOP("WelcomeWindow", "On the floor"),
}

# The plain rule ("foam-roller" → "Foam roller") leaves these too vague to tick with confidence.
EQUIPMENT_LABELS = {
    "bar": QT_TRANSLATE_NOOP("WelcomeWindow", "Vertical bar or post"),
    "chair": QT_TRANSLATE_NOOP("WelcomeWindow", "Sturdy chair"),
    "doorway": QT_TRANSLATE_NOOP("WelcomeWindow", "Doorway or wall edge"),
    "mat": QT_TRANSLATE_NOOP("WelcomeWindow", "Exercise mat"),
}

EQUIPMENT_COLUMNS = 3

NO_PLACE_REASON = QT_TRANSLATE_NOOP("WelcomeWindow", "Tick at least one place: KnotBreak picks its quick stretches from the places you have.")
NO_AUTOSTART_REASON = QT_TRANSLATE_NOOP(
    "WelcomeWindow",
    "KnotBreak cannot set this up on this system. Add it to your desktop's start-up applications if you want it to start by itself.",
)


def place_label(place: str) -> str:
    return translated("WelcomeWindow", PLACE_LABELS[place]) if place in PLACE_LABELS else human_label(place)


def equipment_label(item: str) -> str:
    return translated("WelcomeWindow", EQUIPMENT_LABELS[item]) if item in EQUIPMENT_LABELS else human_label(item)


def _plain(label: str) -> str:
    """A control label without its mnemonic marker, for an accessible name."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


@dataclass(frozen=True)
class WelcomeChoices:
    settings_changes: dict[str, Any] = field(default_factory=dict)
    """work_minutes, places and equipment as chosen (lists as tuples); empty when skipped."""
    start_at_login: bool | None = None
    """None when the system has no autostart, or the welcome was skipped."""
    skipped: bool = False


def _muted(label: QLabel) -> QLabel:
    """label in the palette's muted text colour, for what is good to know but not to act on."""
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class _FittingScrollArea(QScrollArea):
    """Asks for room to show all of its content at preferred_width; the window caps that at the screen."""

    def __init__(self) -> None:
        super().__init__()
        self.preferred_width = round(READING_WIDTH_EM * self.fontMetrics().height())

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        width = max(content.sizeHint().width(), self.preferred_width)
        height = content.heightForWidth(width) if content.hasHeightForWidth() else content.sizeHint().height()
        return QSize(width + self.verticalScrollBar().sizeHint().width(), max(height, content.sizeHint().height()))


class _Page(QWizardPage):
    """A wizard page whose content scrolls when it cannot fit (large text on a small screen)."""

    def __init__(self, title: str, step: int, steps: int) -> None:
        super().__init__()
        # A subtitle would bring in the wizard's header band, which large text cannot spare the room for.
        #: A welcome page's title: %1 the title, %2 this step's number, %3 how many steps there are.
        self.setTitle(fill(self.tr("%1 (%2 of %3)"), title, str(step), str(steps)))
        self.content = QWidget()
        self.column = QVBoxLayout(self.content)
        em = self.fontMetrics().height()
        self.column.setContentsMargins(0, round(em * 0.4), 0, 0)  # a breath between the title and the step
        self.column.setSpacing(round(em * 0.7))
        self.scroll_area = _FittingScrollArea()
        self.scroll_area.setWidget(self.content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setAccessibleName(title)
        # A tab stop only while there is something to scroll to: text alone
        # cannot take focus, so the keyboard needs a way to reach the rest of it.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.verticalScrollBar().rangeChanged.connect(self._scrollable_changed)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.siblings: list[_Page] = [self]

    def sizeHint(self) -> QSize:
        """Room for the largest step: the wizard sizes itself by the page it opens on, and never grows on Next."""
        largest = super().sizeHint()
        for page in self.siblings:
            largest = largest.expandedTo(QWizardPage.sizeHint(page))
        return largest

    def paragraph(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.column.addWidget(label)
        return label

    def note(self, text: str) -> QLabel:
        return _muted(self.paragraph(text))

    def heading(self, text: str) -> QLabel:
        label = self.paragraph(text)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def _scrollable_changed(self, _minimum: int, maximum: int) -> None:
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus if maximum > 0 else Qt.FocusPolicy.NoFocus)


class _ReasonLabel(QWidget):
    """Why a step cannot go on, shown beside what needs fixing: the style's warning icon and bold text, no colour of its own."""

    def __init__(self, text: str) -> None:
        super().__init__()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        size = self.fontMetrics().height()
        self.icon_label = QLabel()
        self.icon_label.setPixmap(icon.pixmap(size, size))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text_label = QLabel(text)
        self.text_label.setWordWrap(True)
        font = QFont(self.text_label.font())
        font.setBold(True)
        self.text_label.setFont(font)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.icon_label)
        row.addWidget(self.text_label, 1)

    def text(self) -> str:
        return self.text_label.text()


class _AboutPage(_Page):
    def __init__(self, steps: int) -> None:
        super().__init__(QCoreApplication.translate("WelcomeWindow", "What KnotBreak does"), 1, steps)
        self.paragraph(
            self.tr(
                "KnotBreak runs quietly in the background and tells you when it is time to get up and stretch, "
                "then walks you through a short routine for the knots that build up between your shoulder blades."
            )
        )
        self.paragraph(
            self.tr(
                "It counts the time you really spend sitting at the computer, from your keyboard and mouse, "
                "not the time on the clock. Step away for a few minutes, to a meeting or for lunch, "
                "and that counts as a break: the count starts again when you come back."
            )
        )
        self.heading(self.tr("Before you stretch"))
        self.paragraph(
            self.tr(
                "The routines are general stretching guidance, not treatment. A gentle pull is fine; "
                "if something hurts, stop. If pain stays with you or is severe, or you feel numbness or tingling, "
                "see a doctor or physiotherapist."
            )
        )
        self.column.addStretch(1)


class _BreaksPage(_Page):
    def __init__(self, settings: Settings, steps: int) -> None:
        super().__init__(QCoreApplication.translate("WelcomeWindow", "Your breaks"), 2, steps)
        work = OPTIONS["work_minutes"]
        assert work.minimum is not None and work.maximum is not None  # the schema bounds every number
        self.work_minutes = QSpinBox()
        self.work_minutes.setRange(int(work.minimum), int(work.maximum))
        self.work_minutes.setSingleStep(5)
        self.work_minutes.setValue(settings.work_minutes)
        self.work_minutes.setSuffix(" " + counted(self.work_minutes.value(), work.unit).split(" ", 1)[1])
        self.work_minutes.valueChanged.connect(
            lambda value: self.work_minutes.setSuffix(" " + counted(value, work.unit).split(" ", 1)[1])
        )
        work_text = schema_text(work.label)
        self.work_minutes.setAccessibleName(_plain(work_text))
        # The spin box hands its focus to its line edit, which a screen reader announces on its own.
        self.work_minutes.lineEdit().setAccessibleName(_plain(work_text))
        #: A label before its field: "Work before a break:".
        work_label = QLabel(fill(self.tr("%1:"), work_text))
        work_label.setBuddy(self.work_minutes)
        work_row = QHBoxLayout()
        work_row.addWidget(work_label)
        work_row.addWidget(self.work_minutes)
        work_row.addStretch(1)
        self.column.addLayout(work_row)
        advice = self.note(
            self.tr("Get up and move at least every 30 to 60 minutes. When your knots flare up, choose a shorter time.")
        )
        self.work_minutes.setAccessibleDescription(advice.text())

        places = OPTIONS["places"]
        self.place_boxes: dict[str, QCheckBox] = {}
        places_group = QGroupBox(schema_text(places.label))
        places_group.setAccessibleName(_plain(schema_text(places.label)))
        places_column = QVBoxLayout(places_group)
        for place in places.choices:
            box = QCheckBox(place_label(place))
            box.setChecked(place in settings.places)
            box.toggled.connect(self._places_changed)
            self.place_boxes[place] = box
            places_column.addWidget(box)
        self.no_place = _ReasonLabel(translated("WelcomeWindow", NO_PLACE_REASON))
        self.no_place.hide()
        places_column.addWidget(self.no_place)
        self.column.addWidget(places_group)

        equipment = OPTIONS["equipment"]
        self.equipment_boxes: dict[str, QCheckBox] = {}
        for item in equipment.choices:
            box = QCheckBox(equipment_label(item))
            box.setChecked(item in settings.equipment)
            self.equipment_boxes[item] = box
        em = self.fontMetrics().height()
        widest = max(box.sizeHint().width() for box in self.equipment_boxes.values())
        self.equipment_grid = ReflowGrid(list(self.equipment_boxes.values()), widest / em, max_columns=EQUIPMENT_COLUMNS)
        equipment_group = QGroupBox(schema_text(equipment.label))
        equipment_group.setAccessibleName(_plain(schema_text(equipment.label)))
        equipment_column = QVBoxLayout(equipment_group)
        equipment_column.addWidget(self.equipment_grid)
        # Room for every column at the width of the widest, which is how ReflowGrid lays them out.
        spacing = self.equipment_grid.grid.horizontalSpacing()
        every_column = EQUIPMENT_COLUMNS * widest + (EQUIPMENT_COLUMNS - 1) * spacing
        every_column += equipment_group.sizeHint().width() - self.equipment_grid.sizeHint().width()
        self.scroll_area.preferred_width = max(self.scroll_area.preferred_width, every_column)
        self.equipment_hint = _muted(QLabel(self.tr("None is needed: most stretches use only your body and a chair.")))
        self.equipment_hint.setWordWrap(True)
        equipment_column.addWidget(self.equipment_hint)
        self.column.addWidget(equipment_group)
        self.equipment_group = equipment_group
        self.column.addStretch(1)
        self.scroll_area.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            self._reflow_equipment()
        return super().eventFilter(watched, event)

    def _reflow_equipment(self) -> None:
        group_layout = self.equipment_group.layout()
        assert group_layout is not None  # __init__ gave it one
        inner = group_layout.contentsMargins()
        outer = self.column.contentsMargins()
        width = self.scroll_area.viewport().width() - outer.left() - outer.right() - inner.left() - inner.right()
        self.equipment_grid.reflow(width)

    def chosen_places(self) -> tuple[str, ...]:
        return tuple(place for place, box in self.place_boxes.items() if box.isChecked())

    def chosen_equipment(self) -> tuple[str, ...]:
        return tuple(item for item, box in self.equipment_boxes.items() if box.isChecked())

    def _places_changed(self) -> None:
        # Say so as soon as the last place goes, not only when Next is refused.
        missing = not self.chosen_places()
        self.no_place.setVisible(missing)
        for box in self.place_boxes.values():
            box.setAccessibleDescription(translated("WelcomeWindow", NO_PLACE_REASON) if missing else "")

    def validatePage(self) -> bool:
        if self.chosen_places():
            return True
        self._places_changed()
        first = next(iter(self.place_boxes.values()))
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll_area.ensureWidgetVisible(self.no_place)
        return False


class _StartPage(_Page):
    def __init__(self, autostart: Autostart, steps: int) -> None:
        super().__init__(QCoreApplication.translate("WelcomeWindow", "Start at login"), steps, steps)
        self.supported = autostart.supported
        self.start_at_login = QCheckBox(self.tr("Start KnotBreak when I &log in"))
        self.paragraph(self.tr("KnotBreak can only count your sitting time while it runs, so it works best started with your session."))
        self.column.addWidget(self.start_at_login)
        if self.supported:
            self.start_at_login.setChecked(True)
            if autostart.where:
                # Zero-width spaces let a long path wrap at its separators instead of being cut off.
                breakable = autostart.where.replace("/", "/\u200b").replace("\\", "\\\u200b")
                #: %1 is the start-up entry's path.
                self.where_label = self.note(fill(self.tr("It adds a start-up entry: %1"), breakable))
        else:
            self.start_at_login.setChecked(False)
            self.start_at_login.setEnabled(False)
            self.start_at_login.setAccessibleDescription(translated("WelcomeWindow", NO_AUTOSTART_REASON))
            self.unsupported_label = self.note(translated("WelcomeWindow", NO_AUTOSTART_REASON))
        self.paragraph(self.tr("You can change any of these choices later in Preferences."))
        self.column.addStretch(1)

    def choice(self) -> bool | None:
        return self.start_at_login.isChecked() if self.supported else None


class WelcomeWindow(QWizard):
    """Three short steps for the first run; emits `done` exactly once, however it ends."""

    # This hides QDialog.done(int) from Python callers only: accept() and reject() still
    # reach the C++ slot (a signal is no override), and `done` is the name the app wants.
    done = Signal(object)  # type: ignore[assignment]

    STEPS = 3

    def __init__(self, settings: Settings, autostart: Autostart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translated("WelcomeWindow", TITLE))
        self.setModal(False)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("&Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Skip"))
        self.button(QWizard.WizardButton.CancelButton).setToolTip(self.tr("Keep the defaults and start counting"))
        row = [QWizard.WizardButton.CancelButton, QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton]
        self.setButtonLayout([row[0], QWizard.WizardButton.Stretch, *row[1:]])
        self.about_page = _AboutPage(self.STEPS)
        self.breaks_page = _BreaksPage(settings, self.STEPS)
        self.start_page = _StartPage(autostart, self.STEPS)
        pages: list[_Page] = [self.about_page, self.breaks_page, self.start_page]
        for page in pages:
            page.siblings = pages
            self.addPage(page)
        # Tab goes through the buttons left to right, as they stand; Qt's order put Skip last.
        for before, after in zip(row, row[1:]):
            QWidget.setTabOrder(self.button(before), self.button(after))
        self._ended = False
        self._sized = False
        self.finished.connect(self._end)
        self.currentIdChanged.connect(self._show_focus)

    def choices(self) -> WelcomeChoices:
        """What Finish would report now."""
        return WelcomeChoices(
            settings_changes={
                "work_minutes": self.breaks_page.work_minutes.value(),
                "places": self.breaks_page.chosen_places(),
                "equipment": self.breaks_page.chosen_equipment(),
            },
            start_at_login=self.start_page.choice(),
            skipped=False,
        )

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        screen = self.screen()
        if screen is None:
            return hint
        # Large text can ask for more than the screen has: the pages scroll instead. The
        # frame is not known before the window is mapped; allow for a title bar and borders.
        title_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
        border = self.style().pixelMetric(QStyle.PixelMetric.PM_MdiSubWindowFrameWidth)
        available = screen.availableGeometry().size() - QSize(2 * border, title_bar + 2 * border)
        return hint.boundedTo(available)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:
            # Qt's own first sizing caps a window at 2/3 of the screen, which squeezes the
            # steps for no reason at normal sizes and far too much with large text.
            self._sized = True
            self.resize(self.sizeHint())
        super().showEvent(event)

    def _show_focus(self) -> None:
        # Qt draws focus frames only after a Tab, and a page change forgets that one was
        # pressed: whoever moves on with Return or Alt+N would not see where the focus went.
        self.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
        focused = self.focusWidget()
        if focused is None:
            return
        focused.update()
        page = self.currentPage()
        if isinstance(page, _Page) and page.content.isAncestorOf(focused):
            page.scroll_area.ensureWidgetVisible(focused)

    def _end(self, result: int) -> None:
        if self._ended:
            return
        self._ended = True
        accepted = result == QWizard.DialogCode.Accepted.value
        self.done.emit(self.choices() if accepted else WelcomeChoices(skipped=True))
