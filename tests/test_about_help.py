"""The About dialog and the Help window: what they show, and that keyboard and screen reader users can use them."""

from __future__ import annotations

import builtins
import logging
import pathlib
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, Qt, QTimer, QUrl
from PySide6.QtGui import QAccessible, QColor, QFont, QKeySequence, QPalette, QTextOption
from PySide6.QtWidgets import QAbstractButton, QApplication, QBoxLayout, QLabel, QLineEdit, QWidget

import knotbreak
from knotbreak.core.paths import Paths
from knotbreak.qt import help_window
from knotbreak.qt.about import LICENCE, AboutDialog, nearest_existing_folder
from knotbreak.qt.help_window import (
    HELP_RESOURCE,
    USER_SECTIONS,
    HelpWindow,
    headings,
    read_help_resource,
    slug,
    split_sections,
    user_help,
)

ROOT = Path(__file__).resolve().parents[1]
# Sections of README.md for people working on KnotBreak, which the Help leaves out.
DEVELOPER_SECTIONS = ("Fresh machine (Debian or Ubuntu)", "Development")


class Opener:
    """Stands in for QDesktopServices.openUrl: remembers the folders it was asked to show."""

    def __init__(self, succeeds: bool = True) -> None:
        self.folders: list[Path] = []
        self.urls: list[QUrl] = []
        self.succeeds = succeeds

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        if url.isLocalFile():
            self.folders.append(Path(url.toLocalFile()))
        return self.succeeds


def settle(milliseconds: int = 100) -> None:
    """Let Qt finish laying out: a long document is laid out in steps, on a timer."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def show_active(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def focusable(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()]


def tab_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits from the first one in the chain, once round."""
    first = window.nextInFocusChain()
    while not first.focusPolicy() & Qt.FocusPolicy.TabFocus or not first.isVisible():
        first = first.nextInFocusChain()
    chain, widget = [first], first.nextInFocusChain()
    while widget is not first:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled():
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


@pytest.fixture
def opener() -> Opener:
    return Opener()


@pytest.fixture
def about(qtbot, user_dirs: Paths, opener: Opener) -> AboutDialog:  # type: ignore[no-untyped-def]
    dialog = AboutDialog(user_dirs, open_url=opener)
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture
def help_view(qtbot, opener: Opener) -> HelpWindow:  # type: ignore[no-untyped-def]
    window = HelpWindow(open_url=opener)
    qtbot.addWidget(window)
    return window



# About ------------------------------------------------------------------------


def test_about_names_the_version_and_the_licence_pyproject_declares(about: AboutDialog) -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["license"]
    assert LICENCE == declared
    assert about.licence_label.text() == f"Licence: {declared}"
    assert about.version_label.text() == f"Version {knotbreak.__version__}"
    assert about.name_label.text() == "KnotBreak"


def test_about_says_it_is_not_treatment(about: AboutDialog) -> None:
    note = about.safety_label.text()
    assert "not medical advice or treatment" in note
    for warning_sign in ("persists", "severe", "numbness", "tingling"):
        assert warning_sign in note


def test_about_shows_each_path_as_selectable_text(about: AboutDialog, user_dirs: Paths) -> None:
    shown = [field.text() for field in about.path_fields]
    assert shown == [str(user_dirs.settings_file), str(user_dirs.routines_dir), str(user_dirs.history_file)]
    for field in about.path_fields:
        assert field.isReadOnly()
        field.selectAll()
        assert field.selectedText() == field.text()


def test_open_shows_the_folder_when_it_exists(qtbot, about: AboutDialog, user_dirs: Paths, opener: Opener) -> None:  # type: ignore[no-untyped-def]
    user_dirs.routines_dir.mkdir(parents=True)
    user_dirs.settings_file.write_text("", encoding="utf-8")
    about.show()
    qtbot.mouseClick(about.open_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(about.open_buttons[1], Qt.MouseButton.LeftButton)
    assert opener.folders == [user_dirs.config_dir, user_dirs.routines_dir]
    assert opener.urls[0] == QUrl.fromLocalFile(str(user_dirs.config_dir))
    assert about.note_labels[0].isHidden() and about.note_labels[1].isHidden()
    assert about.status_label.isHidden()


def test_a_folder_not_made_yet_opens_its_nearest_parent_and_is_not_created(
    qtbot, about: AboutDialog, user_dirs: Paths, opener: Opener, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    about.show()
    qtbot.mouseClick(about.open_buttons[2], Qt.MouseButton.LeftButton)
    assert opener.folders == [tmp_path], "the data folder's parents up to the test's home do not exist yet"
    assert not user_dirs.data_dir.exists(), "opening a folder creates nothing"
    note = about.note_labels[2]
    assert note.isVisible()
    assert "first use" in note.text() and str(tmp_path) in note.text()


def test_the_notes_follow_folders_made_while_the_dialog_was_hidden(qtbot, about: AboutDialog, user_dirs: Paths) -> None:  # type: ignore[no-untyped-def]
    about.show()
    assert about.note_labels[1].isVisible()
    about.hide()
    user_dirs.routines_dir.mkdir(parents=True)
    about.show()
    assert about.note_labels[1].isHidden()


def test_when_no_file_manager_opens_the_dialog_says_so(qtbot, user_dirs: Paths, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog(user_dirs, open_url=Opener(succeeds=False))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.open_buttons[0], Qt.MouseButton.LeftButton)
    assert dialog.status_label.isVisible()
    assert str(tmp_path) in dialog.status_label.text()


def test_nearest_existing_folder(tmp_path: Path) -> None:
    assert nearest_existing_folder(tmp_path / "a" / "b") == tmp_path
    (tmp_path / "a").mkdir()
    assert nearest_existing_folder(tmp_path / "a" / "b") == tmp_path / "a"
    assert nearest_existing_folder(tmp_path) == tmp_path


@pytest.mark.parametrize("key", ["Escape", "Ctrl+W"])
def test_about_closes_from_the_keyboard(qtbot, about: AboutDialog, key: str) -> None:  # type: ignore[no-untyped-def]
    show_active(qtbot, about)
    combination = QKeySequence(key)[0]
    qtbot.keyClick(QApplication.focusWidget() or about, combination.key(), combination.keyboardModifiers())
    assert not about.isVisible()


def test_about_close_button_has_the_focus_and_closes(qtbot, about: AboutDialog) -> None:  # type: ignore[no-untyped-def]
    show_active(qtbot, about)
    assert QApplication.focusWidget() is about.close_button
    qtbot.keyClick(about.close_button, Qt.Key.Key_Space)
    assert not about.isVisible()


def test_about_tab_order_goes_down_the_dialog(qtbot, about: AboutDialog) -> None:  # type: ignore[no-untyped-def]
    show_active(qtbot, about)
    expected: list[QWidget] = []
    for field, button in zip(about.path_fields, about.open_buttons):
        expected += [field, button]
    expected.append(about.close_button)
    assert tab_chain(about) == expected


def test_about_open_buttons_work_by_mnemonic(qtbot, about: AboutDialog, user_dirs: Paths, opener: Opener) -> None:  # type: ignore[no-untyped-def]
    user_dirs.routines_dir.mkdir(parents=True)
    show_active(qtbot, about)
    qtbot.keyClick(about.close_button, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(opener.folders))  # a mnemonic clicks with a short animation
    assert opener.folders == [user_dirs.routines_dir]
    assert about.isVisible()


def test_tabbing_into_a_path_selects_it_to_copy(qtbot, about: AboutDialog) -> None:  # type: ignore[no-untyped-def]
    show_active(qtbot, about)
    qtbot.keyClick(about.close_button, Qt.Key.Key_Tab)
    field = about.path_fields[0]
    assert field.hasFocus()
    assert field.selectedText() == field.text()


# Help: where its text comes from -----------------------------------------------


def test_every_listed_section_is_in_readme_and_in_the_compiled_help() -> None:
    source = {heading.title for heading in headings((ROOT / "README.md").read_text(encoding="utf-8")) if heading.level <= 2}
    compiled = {heading.title for heading in headings(read_help_resource()) if heading.level <= 2}
    for title in USER_SECTIONS:
        assert title in source, (
            f"README.md has no section {title!r}, which the Help shows: "
            "rename it in knotbreak/qt/help_window.py USER_SECTIONS too, or the Help loses it"
        )
        assert title in compiled, f"the compiled help lacks {title!r}: run `make resources` after editing README.md"


def test_help_text_comes_from_the_compiled_resource_not_the_file_system(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    read_help_resource()  # registers the resources (an import) before files are off limits

    def no_files(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"the help read a file: {args}")

    monkeypatch.chdir(tmp_path)
    for owner, name in ((builtins, "open"), (pathlib.Path, "open"), (pathlib.Path, "read_text"), (pathlib.Path, "read_bytes")):
        monkeypatch.setattr(owner, name, no_files)
    window = HelpWindow(open_url=Opener())
    monkeypatch.undo()
    qtbot.addWidget(window)
    assert HELP_RESOURCE.startswith(":/")
    assert window.markdown == user_help(read_help_resource()).markdown


def shown_headings(window: HelpWindow, deepest: int = 2) -> list[str]:
    document = window.browser.document()
    found = []
    block = document.begin()
    while block.isValid():
        if 0 < block.blockFormat().headingLevel() <= deepest:
            found.append(block.text())
        block = block.next()
    return found


def test_help_shows_the_user_sections_and_none_for_developers(help_view: HelpWindow) -> None:
    readme_sections = [h.title for h in headings(read_help_resource()) if h.level <= 2]
    for title in DEVELOPER_SECTIONS:
        assert title in readme_sections, f"{title!r} left README.md: update DEVELOPER_SECTIONS"
    assert not set(DEVELOPER_SECTIONS) & set(USER_SECTIONS)
    assert shown_headings(help_view) == list(USER_SECTIONS)
    text = help_view.browser.toPlainText()
    for title in set(readme_sections) - set(USER_SECTIONS):
        assert title not in shown_headings(help_view), title
    for developer_words in ("pytest", "make test", "make system-deps", "knotbreak/qt/scheduler.py"):
        assert developer_words not in text
    for user_words in ("Snooze", "work_minutes", "knotbreak status --json", "history.sqlite3", "natural break"):
        assert user_words in text


def test_sections_split_at_headings_outside_code() -> None:
    readme = "# App\n\nIntro.\n\n## Use\n\n```toml\n# not a heading\n## nor this\n```\n\n### Detail\n\nMore.\n\n## Hack\n\nTests.\n"
    sections = split_sections(readme)
    assert list(sections) == ["App", "Use", "Hack"]
    assert "# not a heading" in sections["Use"] and "### Detail" in sections["Use"]
    assert "Tests." not in sections["Use"]


def test_a_listed_heading_missing_from_readme_is_reported(qtbot, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    readme = "# KnotBreak\n\nIntro.\n\n## Using KnotBreak\n\nRenamed.\n\n## Settings\n\nKeys.\n"
    assert user_help(readme).missing == tuple(title for title in USER_SECTIONS if title not in ("KnotBreak", "Settings"))
    with caplog.at_level(logging.ERROR, logger=help_window.__name__):
        window = HelpWindow(open_url=Opener(), readme=readme)
    qtbot.addWidget(window)
    assert "'Using it'" in caplog.text
    assert shown_headings(window) == ["KnotBreak", "Settings"]


# Help: links and anchors ---------------------------------------------------------


def test_slugs_are_githubs() -> None:
    taken: set[str] = set()
    assert slug("How sitting time is counted", taken) == "how-sitting-time-is-counted"
    assert slug("Fresh machine (Debian or Ubuntu)", taken) == "fresh-machine-debian-or-ubuntu"
    assert slug("The `knotbreak` command", taken) == "the-knotbreak-command"
    assert slug("Settings", taken) == "settings"
    assert slug("Settings", taken) == "settings-1"


def link_targets(window: HelpWindow) -> list[str]:
    targets = []
    block = window.browser.document().begin()
    while block.isValid():
        for fragment in (iterator.fragment() for iterator in iter_fragments(block)):
            if fragment.charFormat().anchorHref():
                targets.append(fragment.charFormat().anchorHref())
        block = block.next()
    return targets


def iter_fragments(block):  # type: ignore[no-untyped-def]
    iterator = block.begin()
    while not iterator.atEnd():
        yield iterator
        iterator += 1


def test_every_contents_link_leads_to_a_heading(help_view: HelpWindow) -> None:
    contents = [target for target in link_targets(help_view) if target.startswith("#")]
    assert contents, "the help has a linked contents list"
    assert {target[1:] for target in contents} <= set(help_view.anchors)
    assert {slug(title, set()) for title in USER_SECTIONS[1:]} <= {target[1:] for target in contents}


def test_a_contents_link_scrolls_to_its_section_by_keyboard(qtbot, help_view: HelpWindow) -> None:  # type: ignore[no-untyped-def]
    show_active(qtbot, help_view)
    assert help_view.browser.hasFocus()
    scroll = help_view.browser.verticalScrollBar()
    assert scroll.value() == 0
    qtbot.keyClick(help_view.browser, Qt.Key.Key_Tab)
    assert help_view.browser.textCursor().selectedText() == "Using it"
    qtbot.keyClick(help_view.browser, Qt.Key.Key_Return)
    assert scroll.value() > 0
    heading = help_view.browser.document().find("Using it", help_view.browser.textCursor().position())
    top = help_view.browser.cursorRect(heading).top()
    assert 0 <= top < 3 * help_view.fontMetrics().height(), "the section's heading is at the top of the view"


def test_links_out_open_in_the_web_browser_and_links_into_the_source_tree_do_nothing(
    help_view: HelpWindow, opener: Opener
) -> None:
    help_view.follow_link(QUrl("https://example.org/stretching"))
    help_view.follow_link(QUrl("packaging/install-desktop-entry.sh"))
    assert opener.urls == [QUrl("https://example.org/stretching")]


def test_links_take_the_palette_link_colour_when_the_theme_changes(help_view: HelpWindow) -> None:
    palette = QPalette(help_view.palette())
    palette.setColor(QPalette.ColorRole.Link, QColor("#6cb6ff"))
    help_view.setPalette(palette)
    colours = set()
    block = help_view.browser.document().begin()
    while block.isValid():
        for iterator in iter_fragments(block):
            if iterator.fragment().charFormat().anchorHref():
                colours.add(iterator.fragment().charFormat().foreground().color().name())
        block = block.next()
    assert colours == {"#6cb6ff"}


# Help: keys and size -------------------------------------------------------------


@pytest.mark.parametrize("key", ["Escape", "Ctrl+W"])
def test_help_closes_from_the_keyboard(qtbot, help_view: HelpWindow, key: str) -> None:  # type: ignore[no-untyped-def]
    show_active(qtbot, help_view)
    combination = QKeySequence(key)[0]
    qtbot.keyClick(help_view.browser, combination.key(), combination.keyboardModifiers())
    assert not help_view.isVisible()


def test_help_close_button_by_mnemonic(qtbot, help_view: HelpWindow) -> None:  # type: ignore[no-untyped-def]
    show_active(qtbot, help_view)
    qtbot.keyClick(help_view.browser, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not help_view.isVisible())


def test_help_opens_at_a_readable_size_that_grows_with_the_font(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    def open_help() -> HelpWindow:
        window = HelpWindow(open_url=Opener())
        qtbot.addWidget(window)
        return window

    small = open_help()
    em = small.fontMetrics().height()
    assert small.width() >= 40 * em and small.height() >= 30 * em
    original = QFont(qapp.font())
    larger = QFont(original)
    larger.setPointSizeF(original.pointSizeF() * 1.25)
    qapp.setFont(larger)
    try:
        large = open_help()
    finally:
        qapp.setFont(original)
    screen = large.screen().availableGeometry()
    assert large.height() > small.height()
    assert large.width() > small.width() or large.width() >= round(screen.width() * help_window.MAX_SCREEN_SHARE)
    assert large.width() <= screen.width() and large.height() <= screen.height()


@pytest.mark.parametrize("point_size", [None, 12.0, 30.0])
def test_nothing_needs_a_horizontal_scroll_at_the_default_size_nor_breaks_words_where_it_fits(qtbot, qapp, point_size: float | None) -> None:  # type: ignore[no-untyped-def]
    original = QFont(qapp.font())
    if point_size:
        font = QFont(original)
        font.setPointSizeF(point_size)
        qapp.setFont(font)
    try:
        window = HelpWindow(open_url=Opener())
        qtbot.addWidget(window)
        window.show()
        settle()
        assert window.browser.horizontalScrollBar().maximum() == 0
        if window.width() < window.screen().availableGeometry().width() * help_window.MAX_SCREEN_SHARE - 1:
            assert window.browser.wordWrapMode() == QTextOption.WrapMode.WordWrap, "no word is broken at the default size"
    finally:
        qapp.setFont(original)


# Both ------------------------------------------------------------------------------


Maker = Callable[[Paths, Opener], QWidget]
WINDOWS: dict[str, Maker] = {
    "about": lambda paths, opener: AboutDialog(paths, open_url=opener),
    "help": lambda paths, opener: HelpWindow(open_url=opener),
}


@pytest.mark.parametrize("name", list(WINDOWS))
def test_every_focusable_widget_has_an_accessible_name(qtbot, user_dirs: Paths, name: str) -> None:  # type: ignore[no-untyped-def]
    window = WINDOWS[name](user_dirs, Opener())
    qtbot.addWidget(window)
    show_active(qtbot, window)
    widgets = focusable(window)
    assert widgets
    for widget in widgets:
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface is not None and interface.text(QAccessible.Text.Name).strip(), widget


@pytest.mark.parametrize("name", list(WINDOWS))
def test_every_button_has_its_own_mnemonic(qtbot, user_dirs: Paths, name: str) -> None:  # type: ignore[no-untyped-def]
    window = WINDOWS[name](user_dirs, Opener())
    qtbot.addWidget(window)
    mnemonics = [QKeySequence.mnemonic(button.text()).toString() for button in window.findChildren(QAbstractButton)]
    assert all(mnemonics), mnemonics
    assert len(set(mnemonics)) == len(mnemonics), mnemonics


def assert_nothing_cut_off(window: QWidget) -> None:
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            continue
        hint = widget.minimumSizeHint()
        assert widget.width() >= hint.width() and widget.height() >= hint.height(), widget
        if widget.hasHeightForWidth():
            assert widget.height() >= widget.heightForWidth(widget.width()), widget
        parent = widget.parentWidget()
        assert parent is not None and parent.rect().contains(widget.geometry()), widget


@pytest.mark.parametrize("name", list(WINDOWS))
def test_nothing_is_cut_off_with_large_text(qtbot, user_dirs: Paths, large_font: QFont, name: str) -> None:  # type: ignore[no-untyped-def]
    window = WINDOWS[name](user_dirs, Opener())
    qtbot.addWidget(window)
    window.show()
    settle()
    assert_nothing_cut_off(window)


def test_about_fits_its_text_without_scrolling(qtbot) -> None:  # type: ignore[no-untyped-def]
    home = Path("/home/alex")  # a usual length of path, where the test's own are long
    about = AboutDialog(Paths(home / ".config/knotbreak", home / ".local/share/knotbreak", home / "run"), open_url=Opener())
    qtbot.addWidget(about)
    about.show()
    settle()
    assert not about.scroll_area.verticalScrollBar().isVisible() and not about.scroll_area.horizontalScrollBar().isVisible()
    assert_nothing_cut_off(about)
    assert [row.direction() for row in about._rows] == [QBoxLayout.Direction.LeftToRight] * 3, "each button beside its path"


def test_about_on_a_small_screen_puts_buttons_under_paths_and_scrolls(qtbot, about: AboutDialog, large_font: QFont) -> None:  # type: ignore[no-untyped-def]
    about.show()
    settle()
    free = about.screen().availableGeometry()
    assert about.width() <= free.width() and about.height() <= free.height()
    assert [row.direction() for row in about._rows] == [QBoxLayout.Direction.TopToBottom] * 3
    assert about.close_button.isVisible() and about.rect().contains(about.close_button.geometry())


def test_a_help_translation_without_sections_falls_back_to_english(monkeypatch: pytest.MonkeyPatch) -> None:
    english = help_window.help_for("en").markdown
    real = help_window.read_resource
    monkeypatch.setattr(help_window, "read_resource", lambda path: "" if "help_de" in path else real(path))
    assert help_window.help_for("de").markdown == english


def test_a_missing_help_says_so_in_the_window_instead_of_failing(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(help_window, "read_resource", lambda path: None)
    window = HelpWindow(open_url=lambda url: None)
    qtbot.addWidget(window)
    assert "has no help text" in window.browser.toPlainText()
