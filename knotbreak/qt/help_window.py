"""The Help window: the sections of README.md written for users, with a contents list.

README.md is compiled into the package as a Qt resource (resources.qrc), so
the help needs neither the source tree nor the network. The sections shown are
picked at run time by their headings, listed once in USER_SECTIONS; the
developer sections (setting up from source, tests, architecture) are left out.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QFile, QIODevice, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from knotbreak.core import i18n
from knotbreak.qt.resources import ensure_resources
from knotbreak.qt.shortcuts import add_close_shortcuts

log = logging.getLogger(__name__)

HELP_RESOURCE = ":/help/README.md"

# README.md's level-1 and level-2 headings whose sections the Help shows, in
# this order. Renaming one of them in README.md must be done here too;
# tests/test_about_help.py fails until it is.
USER_SECTIONS = (
    "KnotBreak",
    "Using it",
    "Preferences, first start and start at login",
    "How sitting time is counted",
    "History and statistics",
    "Command line",
    "Where files live",
    "Settings",
)

# The default size in lines of text, so the window grows with the font.
DEFAULT_SIZE_EM = (46, 40)
MINIMUM_SIZE_EM = (22, 14)
# Space above and below a heading, in lines of text; the Markdown importer leaves none.
HEADING_SPACE_EM = (0.9, 0.3)
# Wider than the narrowest the text can be without breaking words, so tables are not at their narrowest.
ROOM_TO_BREATHE = 1.1
# Of the screen's free area, at most this much for the default size.
MAX_SCREEN_SHARE = 0.9
# Laid out to the full width, Qt's tables can come out a pixel wider than the text and
# summon a horizontal scroll bar; text this much narrower than the view keeps it away.
TABLE_SLACK = 1
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_INLINE_MARKUP = re.compile(r"[`*_]|\[([^\]]*)\]\([^)]*\)")


@dataclass(frozen=True)
class Heading:
    level: int
    title: str


@dataclass(frozen=True)
class UserHelp:
    """The help's Markdown, and the listed headings README.md no longer has."""

    markdown: str
    missing: tuple[str, ...]


def _lines_with_headings(markdown: str) -> Iterator[tuple[str, Heading | None]]:
    """Each line, with its heading if it is an ATX heading outside a fenced code block."""
    fence = ""
    for line in markdown.splitlines():
        match = _FENCE.match(line)
        if match and (not fence or match.group(1).startswith(fence)):
            fence = "" if fence else match.group(1)[0] * 3
            yield line, None
            continue
        heading = None if fence else _HEADING.match(line)
        yield line, (Heading(len(heading.group(1)), heading.group(2)) if heading else None)


def headings(markdown: str) -> list[Heading]:
    return [heading for _, heading in _lines_with_headings(markdown) if heading]


def split_sections(markdown: str) -> dict[str, str]:
    """Each level-1 and level-2 section by its title: its heading and everything up to the next such heading."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line, heading in _lines_with_headings(markdown):
        if heading and heading.level <= 2:
            current = sections.setdefault(heading.title, [])
        if current is not None:
            current.append(line)
    return {title: "\n".join(lines).strip() + "\n" for title, lines in sections.items()}


def plain_title(title: str) -> str:
    """A heading's text as it reads on screen: without inline code, emphasis or link markup."""
    return _INLINE_MARKUP.sub(lambda match: match.group(1) or "", title).strip()


def slug(title: str, taken: set[str]) -> str:
    """GitHub's anchor for a heading ('How sitting time is counted' is 'how-sitting-time-is-counted'), unique in taken."""
    base = re.sub(r"[^\w\- ]", "", plain_title(title).lower()).replace(" ", "-")
    candidate, number = base, 0
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    taken.add(candidate)
    return candidate


def _contents(sections_markdown: str) -> str:
    """A linked list of the sections (and their subsections) below the introduction."""
    taken: set[str] = set()
    items = []
    for heading in headings(sections_markdown):
        anchor = slug(heading.title, taken)
        if heading.level in (2, 3):
            indent = "  " * (heading.level - 2)
            items.append(f"{indent}- [{plain_title(heading.title)}](#{anchor})")
    return "\n".join(items)


def user_help(readme: str, sections: Sequence[str] | None = USER_SECTIONS) -> UserHelp:
    """The listed sections of the README (None: all, as a translated help has only those), with a contents list after the first."""
    found = split_sections(readme)
    titles = list(found) if sections is None else sections
    chosen = [found[title] for title in titles if title in found]
    missing = tuple(title for title in titles if title not in found)
    if len(chosen) > 1:
        contents = _contents("\n".join(chosen))
        #: The heading of the help's list of sections.
        heading = QCoreApplication.translate("HelpWindow", "Contents")
        chosen.insert(1, f"**{heading}**\n\n{contents}\n")
    return UserHelp("\n".join(chosen), missing)


# A translated help: translations/help/help_<lang>.md, the user sections in that language, whose
# first line stamps the English it was translated from, so the check sees when the English changed.
TRANSLATED_HELP = ":/help/help_{language}.md"
_STAMP = re.compile(r"\A<!-- Translated from README\.md's user sections, stamp ([0-9a-f]{16})[^\n]*-->\n")


def english_sections(readme: str) -> str:
    """README.md's user sections, as the English help shows them (without the contents list)."""
    found = split_sections(readme)
    return "\n".join(found[title] for title in USER_SECTIONS if title in found)


def help_stamp(readme: str) -> str:
    """A fingerprint of README.md's user sections, which a translated help's first line repeats."""
    return hashlib.sha256(english_sections(readme).encode("utf-8")).hexdigest()[:16]


def stamp_line(stamp: str) -> str:
    return f"<!-- Translated from README.md's user sections, stamp {stamp}; tools/check_translations.py --stamp-help checks and renews it. -->\n"


def translation_stamp(translated: str) -> str | None:
    """The stamp a translated help carries; None when its first line has none."""
    match = _STAMP.match(translated)
    return match.group(1) if match else None


def read_resource(path: str) -> str | None:
    """A compiled resource's text; None when there is no such resource."""
    ensure_resources()
    file = QFile(path)
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        return None
    try:
        return bytes(file.readAll().data()).decode("utf-8")
    finally:
        file.close()


def help_for(language: str) -> UserHelp:
    """The help in language when translations/help has it, else README.md's English user sections."""
    translated = read_resource(TRANSLATED_HELP.format(language=language)) if language != i18n.ENGLISH else None
    if translated is not None:
        found = user_help(_STAMP.sub("", translated, count=1), sections=None)
        if found.markdown.strip():
            return found
        log.warning("help_%s.md has no sections; the help is shown in English", language)
    try:
        return user_help(read_help_resource())
    except RuntimeError as missing:
        log.error("%s", missing)
        #: Shown in the Help window when this installation lacks its help text.
        text = QCoreApplication.translate("HelpWindow", "This installation of KnotBreak has no help text. The README on the project's page has it.")
        return UserHelp(f"# KnotBreak\n\n{text}\n", ())


def read_help_resource() -> str:
    """README.md as compiled into the package."""
    text = read_resource(HELP_RESOURCE)
    if text is None:
        raise RuntimeError(f"{HELP_RESOURCE} is not in the compiled resources: run `make resources`")
    return text


class HelpBrowser(QTextBrowser):
    """A text browser that keeps words whole where it can, with no stray horizontal scroll bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLineWrapMode(QTextBrowser.LineWrapMode.FixedPixelWidth)
        self._unwrappable: tuple[str, int, float] | None = None

    def unwrappable_width(self) -> float:
        """The narrowest the text can be without breaking a word: a setting's name, a path, a command."""
        document = self.document()
        key = (self.font().key(), document.revision())
        if self._unwrappable is None or self._unwrappable[:2] != key:
            probe = document.clone(self)
            probe.setDocumentMargin(document.documentMargin())
            option = QTextOption(document.defaultTextOption())
            option.setWrapMode(QTextOption.WrapMode.WordWrap)
            probe.setDefaultTextOption(option)
            probe.setTextWidth(1)
            self._unwrappable = (*key, probe.idealWidth())
            probe.deleteLater()
        return self._unwrappable[2]

    def fit_text(self) -> None:
        width = max(1, self.viewport().width() - TABLE_SLACK)
        self.setLineWrapColumnOrWidth(width)
        # Words stay whole (no 'notify_before_sec onds') while they fit; with very large
        # text on a small screen, breaking one beats scrolling sideways to read a table.
        fits = self.unwrappable_width() <= width
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap if fits else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit_text()
        return super().viewportEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoomed in or out
            self.fit_text()


class HelpWindow(QWidget):
    """Help for users: README.md's user sections, rendered from the compiled resource."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        readme: str | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._open_url = open_url
        self.setWindowTitle(self.tr("KnotBreak help"))
        if readme is not None:
            help_text = user_help(readme)
        else:
            help_text = help_for(i18n.language())
        if help_text.missing:
            log.error("README.md has no section %s for the help (see USER_SECTIONS)", ", ".join(map(repr, help_text.missing)))
        self.markdown = help_text.markdown

        em = self.fontMetrics().height()
        self.browser = HelpBrowser()
        self.browser.setAccessibleName(self.tr("KnotBreak help"))
        # Links are followed here: in-document ones scroll, web ones open in the browser,
        # and links to files of the source tree (which is not installed) do nothing.
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.follow_link)
        self.browser.document().setDocumentMargin(round(em * 0.8))
        self.browser.document().setUndoRedoEnabled(False)
        self.browser.setMarkdown(self.markdown)
        self.anchors = self._name_headings()
        self._let_code_wrap()
        self._colour_links()

        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        self.window_layout = QVBoxLayout(self)
        self.window_layout.setContentsMargins(round(em * 0.6), round(em * 0.6), round(em * 0.6), round(em * 0.6))
        self.window_layout.setSpacing(round(em * 0.5))
        self.window_layout.addWidget(self.browser, 1)
        self.window_layout.addLayout(buttons)

        add_close_shortcuts(self, self.close)
        zoom_in = QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self)
        zoom_in.activated.connect(lambda: self.browser.zoomIn(1))
        zoom_out = QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self)
        zoom_out.activated.connect(lambda: self.browser.zoomOut(1))

        self.setMinimumSize(MINIMUM_SIZE_EM[0] * em, MINIMUM_SIZE_EM[1] * em)
        self.resize(*self.default_size())
        self.browser.setFocus()

    def default_size(self) -> tuple[int, int]:
        """Room for DEFAULT_SIZE_EM lines, and for what cannot wrap (a command, a table's columns), within the screen."""
        em = self.fontMetrics().height()
        margins = self.window_layout.contentsMargins()
        chrome = 2 * self.browser.frameWidth() + self.browser.verticalScrollBar().sizeHint().width() + margins.left() + margins.right()
        width = max(DEFAULT_SIZE_EM[0] * em, math.ceil(self.browser.unwrappable_width() * ROOM_TO_BREATHE) + TABLE_SLACK + chrome)
        height = DEFAULT_SIZE_EM[1] * em
        screen = self.screen()
        if screen is not None:
            free = screen.availableGeometry()
            width = min(width, round(free.width() * MAX_SCREEN_SHARE))
            height = min(height, round(free.height() * MAX_SCREEN_SHARE))
        return max(width, self.minimumWidth()), max(height, self.minimumHeight())

    def follow_link(self, url: QUrl) -> None:
        if url.scheme() in EXTERNAL_SCHEMES:
            self._open_url(url)
        elif not url.scheme() and not url.path() and url.hasFragment():
            self.scroll_to_anchor(url.fragment())
        else:
            log.debug("help link %s leads nowhere outside the source tree", url.toString())

    def scroll_to_anchor(self, anchor: str) -> None:
        self.browser.scrollToAnchor(anchor)

    def _heading_blocks(self) -> Iterator[QTextBlock]:
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                yield block
            block = block.next()

    def _name_headings(self) -> list[str]:
        """Give each heading GitHub's anchor name, so '#settings' links work here as they do on GitHub."""
        taken: set[str] = set()
        names = []
        em = self.fontMetrics().height()
        for block in self._heading_blocks():
            name = slug(block.text(), taken)
            cursor = QTextCursor(block)
            spacing = QTextBlockFormat()
            spacing.setTopMargin(em * HEADING_SPACE_EM[0])
            spacing.setBottomMargin(em * HEADING_SPACE_EM[1])
            cursor.mergeBlockFormat(spacing)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            anchor = QTextCharFormat()
            anchor.setAnchor(True)
            anchor.setAnchorNames([name])
            cursor.mergeCharFormat(anchor)
            names.append(name)
        return names

    def _let_code_wrap(self) -> None:
        # A long line of a code block wraps like text (at spaces) instead of pushing the
        # page wider than the window: large text on a small screen must not scroll sideways.
        wrapping = QTextBlockFormat()
        wrapping.setNonBreakableLines(False)
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().nonBreakableLines():
                QTextCursor(block).mergeBlockFormat(wrapping)
            block = block.next()

    def _colour_links(self) -> None:
        # The Markdown importer paints links in the palette's link colour of the moment;
        # this follows the window's palette, and a theme switched while the help is open.
        link = QTextCharFormat()
        link.setForeground(self.palette().color(QPalette.ColorRole.Link))
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.isValid() and fragment.charFormat().anchorHref():
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.mergeCharFormat(link)
                fragments += 1
            block = block.next()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_links()
