"""The About KnotBreak dialog: version, licence, where your files live, and what the app is not."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

import knotbreak
from knotbreak.core.paths import Paths
from knotbreak.qt.i18n import QT_TRANSLATE_NOOP, fill, translated
from knotbreak.qt.icons import app_icon
from knotbreak.qt.shortcuts import add_close_shortcuts

# As declared by `license` in pyproject.toml; tests/test_about_help.py keeps them equal.
LICENCE = "MIT"
# English, marked for translation in the AboutDialog context and translated where shown.
TAGLINE = QT_TRANSLATE_NOOP("AboutDialog", "Counts the time you really sit, and guides short stretch breaks for upper-back knots.")
SAFETY_NOTE = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "KnotBreak offers general stretching guidance, not medical advice or treatment. "
    "A mild pull is fine; stop any stretch that hurts. See a doctor or physiotherapist "
    "if pain persists or is severe, or if you feel numbness or tingling."
)
#: Under a settings, routines or history path that does not exist yet.
NOT_CREATED = QT_TRANSLATE_NOOP("AboutDialog", "Not there yet: KnotBreak creates it on first use.")
#: %1 is a folder's path.
COULD_NOT_OPEN = QT_TRANSLATE_NOOP("AboutDialog", "No file manager opened %1. The path above can be selected and copied.")
# Of the screen's free area, at most this much; more text scrolls.
MAX_SCREEN_SHARE = 0.9


@dataclass(frozen=True)
class Place:
    """One thing KnotBreak keeps on disk, and the folder it is in."""

    caption: str
    path: Path
    folder: Path
    button_text: str


def places(paths: Paths) -> tuple[Place, ...]:
    return (
        Place(
            QCoreApplication.translate("AboutDialog", "Settings"), paths.settings_file, paths.config_dir,
            QCoreApplication.translate("AboutDialog", "Open &settings folder"),
        ),
        Place(
            QCoreApplication.translate("AboutDialog", "Your routines"), paths.routines_dir, paths.routines_dir,
            QCoreApplication.translate("AboutDialog", "Open &routines folder"),
        ),
        Place(
            QCoreApplication.translate("AboutDialog", "History"), paths.history_file, paths.data_dir,
            QCoreApplication.translate("AboutDialog", "Open &history folder"),
        ),
    )


def nearest_existing_folder(folder: Path) -> Path:
    """The folder itself if it exists, else its closest parent that does."""
    for candidate in (folder, *folder.parents):
        if candidate.is_dir():
            return candidate
    return Path(folder.anchor or ".")


def _bold(widget: QWidget, factor: float = 1.0) -> QLabel:
    label = QLabel()
    font = widget.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(True)
    label.setFont(font)
    return label


class AboutDialog(QDialog):
    """About KnotBreak. Esc, Ctrl+W and Close close it; each Open button shows a folder in the file manager."""

    def __init__(
        self,
        paths: Paths,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self._open_url = open_url
        self.setWindowTitle(self.tr("About KnotBreak"))
        em = self.fontMetrics().height()

        icon = QLabel()
        icon_size = round(em * 3.5)
        icon.setPixmap(app_icon().pixmap(QSize(icon_size, icon_size), self.devicePixelRatioF()))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.name_label = _bold(self, 1.6)
        self.name_label.setText("KnotBreak")
        #: %1 is the version number, like 1.4.0.
        self.version_label = QLabel(fill(self.tr("Version %1"), knotbreak.__version__))
        #: %1 is the licence's SPDX name, "MIT": keep it untranslated.
        self.licence_label = QLabel(fill(self.tr("Licence: %1"), LICENCE))
        tagline = QLabel(translated("AboutDialog", TAGLINE))
        tagline.setWordWrap(True)
        for label in (self.version_label, self.licence_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title = QVBoxLayout()
        title.setSpacing(round(em * 0.2))
        for widget in (self.name_label, self.version_label, self.licence_label, tagline):
            title.addWidget(widget)
        header = QHBoxLayout()
        header.setSpacing(round(em * 0.9))
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(title, 1)

        files_heading = _bold(self)
        files_heading.setText(self.tr("Where your files are"))
        files = QVBoxLayout()
        files.setSpacing(round(em * 0.25))
        files.addWidget(files_heading)
        self.places = places(paths)
        self.path_fields: list[QLineEdit] = []
        self.note_labels: list[QLabel] = []
        self.open_buttons: list[QPushButton] = []
        self._rows: list[QBoxLayout] = []
        for index, place in enumerate(self.places):
            caption = QLabel(place.caption)
            # A read-only field rather than a label: Tab reaches it and selects the whole
            # path, ready to copy, and it shows that it has the focus.
            path_field = QLineEdit(str(place.path))
            path_field.setReadOnly(True)
            path_field.setCursorPosition(0)
            #: A path field's name for screen readers; %1 is "Settings", "Your routines" or "History".
            path_field.setAccessibleName(fill(self.tr("%1 location"), place.caption))
            path_field.setMinimumWidth(path_field.fontMetrics().horizontalAdvance(path_field.text()) + 2 * em)
            caption.setBuddy(path_field)
            button = QPushButton(place.button_text)
            button.setToolTip(fill(self.tr("Show %1 in the file manager"), str(place.folder)))
            button.clicked.connect(lambda _checked=False, chosen=index: self.open_folder(chosen))
            note = QLabel()
            note.setWordWrap(True)
            note.hide()
            row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
            row.setSpacing(round(em * 0.4))
            row.addWidget(path_field, 1)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
            self._rows.append(row)
            files.addSpacing(round(em * 0.35))
            files.addWidget(caption)
            files.addLayout(row)
            files.addWidget(note)
            self.path_fields.append(path_field)
            self.note_labels.append(note)
            self.open_buttons.append(button)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.hide()

        safety = QFrame()
        safety.setFrameShape(QFrame.Shape.StyledPanel)
        safety_layout = QVBoxLayout(safety)
        safety_layout.setContentsMargins(round(em * 0.7), round(em * 0.5), round(em * 0.7), round(em * 0.5))
        safety_heading = _bold(self)
        safety_heading.setText(self.tr("Stretching safely"))
        self.safety_label = QLabel(translated("AboutDialog", SAFETY_NOTE))
        self.safety_label.setWordWrap(True)
        safety_layout.addWidget(safety_heading)
        safety_layout.addWidget(self.safety_label)

        # The text sits in a scroll area, so very large text or a small screen scrolls it
        # rather than cutting it off; the Close button stays in view below.
        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(round(em * 1.2), round(em * 1.2), round(em * 1.2), 0)
        body_layout.setSpacing(round(em * 0.6))
        body_layout.addLayout(header)
        body_layout.addSpacing(round(em * 0.3))
        body_layout.addLayout(files)
        body_layout.addWidget(self.status_label)
        body_layout.addSpacing(round(em * 0.3))
        body_layout.addWidget(safety)
        body_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.body)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.viewport().installEventFilter(self)

        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons = self._buttons_row = QHBoxLayout()
        buttons.setContentsMargins(round(em * 1.2), 0, round(em * 1.2), round(em * 0.9))
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(round(em * 0.9))
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)

        add_close_shortcuts(self, self.reject, escape=False)  # QDialog closes on Esc by itself
        self.refresh()

    def side_by_side_fits(self, body_width: int) -> bool:
        """Whether each path and its button fit on one line in a body this wide."""
        margins = self._body_layout().contentsMargins()
        room = body_width - margins.left() - margins.right()
        return all(
            max(field.minimumWidth(), field.minimumSizeHint().width()) + row.spacing() + button.sizeHint().width() <= room
            for row, field, button in zip(self._rows, self.path_fields, self.open_buttons)
        )

    def _invalidate_body(self) -> None:
        # fit_to_screen asks for the body's size before Qt's next layout pass, which
        # would otherwise answer from before notes were shown or rows turned.
        for layout in (self._body_layout(), *self.body.findChildren(QLayout)):
            layout.invalidate()

    def _body_layout(self) -> QLayout:
        layout = self.body.layout()
        assert layout is not None  # __init__ gave the body its column
        return layout

    def arrange(self, side_by_side: bool) -> None:
        """Each button right of its path, or under it where the two do not fit on a line (large text, a small screen)."""
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        changed = False
        for row in self._rows:
            if row.direction() != direction:
                row.setDirection(direction)
                changed = True
        if changed:
            self._invalidate_body()

    def fit_to_screen(self) -> None:
        """As large as the text needs, up to most of the screen; the rest scrolls."""
        screen = self.screen()
        free = screen.availableGeometry() if screen is not None else None
        self._invalidate_body()
        chrome = self._chrome()
        widest = round(free.width() * MAX_SCREEN_SHARE) - chrome.width() if free is not None else None
        self.arrange(True)
        if widest is not None and not self.side_by_side_fits(min(self.body.sizeHint().width(), widest)):
            self.arrange(False)
        body_width = self.body.sizeHint().width() if widest is None else min(self.body.sizeHint().width(), widest)
        body_height = max(self.body.heightForWidth(body_width), self.body.minimumSizeHint().height())
        width, height = body_width + chrome.width(), body_height + chrome.height()
        if free is not None and height > free.height() * MAX_SCREEN_SHARE:
            height = round(free.height() * MAX_SCREEN_SHARE)
            width = min(width + self.scroll_area.verticalScrollBar().sizeHint().width(), free.width())
        self.resize(width, height)

    def _chrome(self) -> QSize:
        """The dialog's size around the scroll area's contents: the frame, and the Close button's row below."""
        layout = self.layout()
        assert layout is not None  # __init__ gave the dialog its column
        margins = layout.contentsMargins()
        frame = 2 * self.scroll_area.frameWidth()
        return QSize(
            margins.left() + margins.right() + frame,
            margins.top() + margins.bottom() + frame + layout.spacing() + self._buttons_row.sizeHint().height(),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            # The width without scroll bars: judged with them, a scroll bar shown for a moment
            # during a layout pass would stack the rows for good.
            self.arrange(self.side_by_side_fits(self.scroll_area.maximumViewportSize().width()))
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        """Say which of the places do not exist yet."""
        for place, note in zip(self.places, self.note_labels):
            missing = not place.path.exists()
            if missing:
                nearest = nearest_existing_folder(place.folder)
                #: %1 is the nearest folder that exists, opened instead of one not created yet.
                opens = "" if nearest == place.folder else " " + fill(self.tr("Until then, the button opens %1."), str(nearest))
                note.setText(translated("AboutDialog", NOT_CREATED) + opens)
            note.setVisible(missing)

    def folder_to_open(self, index: int) -> Path:
        return nearest_existing_folder(self.places[index].folder)

    def open_folder(self, index: int) -> None:
        folder = self.folder_to_open(index)
        opened = self._open_url(QUrl.fromLocalFile(str(folder)))
        self.status_label.setText("" if opened else fill(translated("AboutDialog", COULD_NOT_OPEN), str(folder)))
        self.status_label.setVisible(not opened)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        self.fit_to_screen()
        super().showEvent(event)
        self.close_button.setFocus()
