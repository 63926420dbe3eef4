"""The first-run welcome: pre-filled from the settings, keyboard-only, skippable, and `done` exactly once."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton, QWidget, QWizard
from pytestqt.qtbot import QtBot

from knotbreak.core.settings import OPTIONS, Settings
from knotbreak.qt.welcome import NO_AUTOSTART_REASON, NO_PLACE_REASON, TITLE, WelcomeChoices, WelcomeWindow, equipment_label


class FakeAutostart:
    """Stands in for knotbreak.autostart.Autostart; the welcome must only read it."""

    def __init__(self, supported: bool = True) -> None:
        self.supported = supported
        self.where = "/home/someone/.config/autostart/knotbreak.desktop" if supported else ""
        self.calls: list[bool] = []

    def enabled(self) -> bool:
        return False

    def set_enabled(self, on: bool) -> None:
        self.calls.append(on)


class Welcome:
    """A shown, active WelcomeWindow and every `done` it emitted."""

    def __init__(self, qtbot: QtBot, settings: Settings, autostart: FakeAutostart) -> None:
        self.qtbot = qtbot
        self.autostart = autostart
        self.window = WelcomeWindow(settings, autostart)
        qtbot.addWidget(self.window)
        self.emitted: list[WelcomeChoices] = []
        self.window.done.connect(self.emitted.append)
        self.window.show()
        self.window.activateWindow()
        qtbot.waitUntil(self.window.isActiveWindow)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        """A key press as the keyboard gives it: to whatever has the focus."""
        self.qtbot.keyClick(self.focused(), key, modifier)

    def mnemonic(self, key: Qt.Key, then: Callable[[], bool]) -> None:
        """Alt+key; a button's mnemonic clicks it after a short press animation, so wait for `then`."""
        self.key(key, Qt.KeyboardModifier.AltModifier)
        self.qtbot.waitUntil(then)

    def mnemonic_of_refused(self, key: Qt.Key, button: QPushButton) -> None:
        """Alt+key for a button whose click changes no page: wait for its press animation, and so its click, to end."""
        self.key(key, Qt.KeyboardModifier.AltModifier)
        assert button.isDown()
        self.qtbot.waitUntil(lambda: not button.isDown())

    def on(self, page: QWidget) -> Callable[[], bool]:
        return lambda: self.window.currentPage() is page

    def tab_to(self, found: Callable[[QWidget], bool], limit: int = 40) -> QWidget:
        for _ in range(limit):
            if found(self.focused()):
                return self.focused()
            self.key(Qt.Key.Key_Tab)
        raise AssertionError("Tab never reached the widget")

    def button(self, which: QWizard.WizardButton) -> QPushButton:
        button = self.window.button(which)
        assert isinstance(button, QPushButton)
        return button

    def wait_for_one_done(self) -> WelcomeChoices:
        self.qtbot.waitUntil(lambda: len(self.emitted) > 0)
        QApplication.processEvents()
        assert len(self.emitted) == 1
        assert self.autostart.calls == []  # applying the choice is the app's job
        return self.emitted[0]


@pytest.fixture
def welcome(qtbot: QtBot) -> Welcome:
    return Welcome(qtbot, Settings(), FakeAutostart())


def checked(boxes: dict[str, QCheckBox]) -> tuple[str, ...]:
    return tuple(name for name, box in boxes.items() if box.isChecked())


def test_the_window_is_titled_and_never_blocks_the_event_loop(welcome: Welcome, qtbot: QtBot) -> None:
    assert welcome.window.windowTitle() == TITLE == "Welcome to KnotBreak"
    assert not welcome.window.isModal()
    assert welcome.window.windowModality() == Qt.WindowModality.NonModal
    timer = QTimer()
    timer.setSingleShot(True)
    with qtbot.waitSignal(timer.timeout, timeout=2000):
        timer.start(10)
    assert welcome.window.isVisible()
    assert welcome.emitted == []


def test_the_controls_are_prefilled_from_the_settings(qtbot: QtBot) -> None:
    settings = Settings(work_minutes=35, places=("floor",), equipment=("mat", "foam-roller"))
    welcome = Welcome(qtbot, settings, FakeAutostart())
    page = welcome.window.breaks_page
    work = OPTIONS["work_minutes"]
    assert page.work_minutes.value() == 35
    assert (page.work_minutes.minimum(), page.work_minutes.maximum()) == (work.minimum, work.maximum)
    assert tuple(page.place_boxes) == OPTIONS["places"].choices
    assert tuple(page.equipment_boxes) == OPTIONS["equipment"].choices
    assert checked(page.place_boxes) == ("floor",)
    assert checked(page.equipment_boxes) == ("mat", "foam-roller")


def test_defaults_and_start_at_login_on_where_supported(welcome: Welcome) -> None:
    window = welcome.window
    assert window.breaks_page.work_minutes.value() == 50
    assert checked(window.breaks_page.place_boxes) == Settings().places
    assert checked(window.breaks_page.equipment_boxes) == ()
    assert window.start_page.start_at_login.isEnabled()
    assert window.start_page.start_at_login.isChecked()
    assert window.choices() == WelcomeChoices(
        settings_changes={"work_minutes": 50, "places": ("desk", "standing"), "equipment": ()},
        start_at_login=True,
        skipped=False,
    )


def test_equipment_has_human_labels(welcome: Welcome) -> None:
    assert equipment_label("foam-roller") == "Foam roller"
    assert equipment_label("tennis-ball") == "Tennis ball"
    boxes = welcome.window.breaks_page.equipment_boxes
    assert boxes["foam-roller"].text() == "Foam roller"
    assert all("-" not in box.text() for box in boxes.values())


def test_a_keyboard_only_run_changes_the_minutes_ticks_equipment_and_finishes(welcome: Welcome) -> None:
    window = welcome.window
    assert window.currentPage() is window.about_page
    welcome.key(Qt.Key.Key_Return)  # Next is the default button
    assert window.currentPage() is window.breaks_page
    assert welcome.focused() in (window.breaks_page.work_minutes, window.breaks_page.work_minutes.lineEdit())
    welcome.key(Qt.Key.Key_Down)
    welcome.key(Qt.Key.Key_Down)
    assert window.breaks_page.work_minutes.value() == 40
    welcome.key(Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # the label's mnemonic goes back to the spin box
    welcome.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    for key in (Qt.Key.Key_3, Qt.Key.Key_5):
        welcome.key(key)
    welcome.tab_to(lambda widget: widget is window.breaks_page.place_boxes["desk"])  # leaving the box commits what was typed
    assert window.breaks_page.work_minutes.value() == 35
    foam_roller = window.breaks_page.equipment_boxes["foam-roller"]
    welcome.tab_to(lambda widget: widget is foam_roller)
    welcome.key(Qt.Key.Key_Space)
    assert foam_roller.isChecked()
    welcome.mnemonic(Qt.Key.Key_N, then=welcome.on(window.start_page))
    assert welcome.focused() is window.start_page.start_at_login
    assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)  # so the style draws the focus frame
    welcome.key(Qt.Key.Key_Space)
    assert not window.start_page.start_at_login.isChecked()
    welcome.key(Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert welcome.wait_for_one_done() == WelcomeChoices(
        settings_changes={"work_minutes": 35, "places": ("desk", "standing"), "equipment": ("foam-roller",)},
        start_at_login=False,
        skipped=False,
    )
    assert not window.isVisible()


def test_back_and_return_go_between_steps_without_losing_choices(welcome: Welcome) -> None:
    window = welcome.window
    welcome.mnemonic(Qt.Key.Key_N, then=welcome.on(window.breaks_page))
    welcome.tab_to(lambda widget: widget is window.breaks_page.place_boxes["floor"])
    welcome.key(Qt.Key.Key_Space)
    welcome.key(Qt.Key.Key_Return)
    assert window.currentPage() is window.start_page
    welcome.mnemonic(Qt.Key.Key_B, then=welcome.on(window.breaks_page))
    assert window.breaks_page.place_boxes["floor"].isChecked()
    welcome.mnemonic(Qt.Key.Key_N, then=welcome.on(window.start_page))
    welcome.key(Qt.Key.Key_Return)  # on the last step the default button is Finish
    assert welcome.wait_for_one_done().settings_changes["places"] == ("desk", "standing", "floor")


def test_tab_follows_the_controls_then_the_buttons_left_to_right(welcome: Welcome) -> None:
    window = welcome.window
    welcome.key(Qt.Key.Key_Return)
    page = window.breaks_page
    expected: list[QWidget] = [
        page.work_minutes,
        *page.place_boxes.values(),
        *page.equipment_boxes.values(),
        welcome.button(QWizard.WizardButton.CancelButton),
        welcome.button(QWizard.WizardButton.BackButton),
        welcome.button(QWizard.WizardButton.NextButton),
    ]
    seen: list[QWidget] = []
    for _ in expected:
        focused = welcome.focused()
        seen.append(page.work_minutes if focused is page.work_minutes.lineEdit() else focused)
        welcome.key(Qt.Key.Key_Tab)
    assert seen == expected
    assert welcome.focused() in (page.work_minutes, page.work_minutes.lineEdit())  # round again


@pytest.mark.parametrize("how", ["skip button", "skip mnemonic", "escape", "close button", "escape on the last step"])
def test_skip_escape_and_close_each_emit_skipped_exactly_once(welcome: Welcome, how: str) -> None:
    window = welcome.window
    welcome.key(Qt.Key.Key_Return)
    welcome.key(Qt.Key.Key_Down)  # a change that skipping must not report
    if how == "skip button":
        welcome.button(QWizard.WizardButton.CancelButton).click()
    elif how == "skip mnemonic":
        welcome.key(Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    elif how == "escape":
        welcome.key(Qt.Key.Key_Escape)
    elif how == "close button":
        window.close()  # what the title bar's close button asks for
    else:
        welcome.mnemonic(Qt.Key.Key_N, then=welcome.on(window.start_page))
        welcome.key(Qt.Key.Key_Escape)
    assert welcome.wait_for_one_done() == WelcomeChoices(settings_changes={}, start_at_login=None, skipped=True)
    assert not window.isVisible()
    window.close()
    window.reject()
    QApplication.processEvents()
    assert len(welcome.emitted) == 1


def test_finish_then_a_late_close_still_emits_once(welcome: Welcome) -> None:
    welcome.window.next()
    welcome.window.next()
    welcome.button(QWizard.WizardButton.FinishButton).click()
    assert not welcome.wait_for_one_done().skipped
    welcome.window.show()
    welcome.window.close()
    QApplication.processEvents()
    assert len(welcome.emitted) == 1


def test_without_autostart_the_box_is_disabled_with_a_reason_and_the_choice_is_none(qtbot: QtBot) -> None:
    welcome = Welcome(qtbot, Settings(), FakeAutostart(supported=False))
    window = welcome.window
    window.next()
    window.next()
    box = window.start_page.start_at_login
    assert not box.isEnabled()
    assert not box.isChecked()
    assert window.start_page.unsupported_label.isVisible()
    assert window.start_page.unsupported_label.text() == NO_AUTOSTART_REASON
    assert box.accessibleDescription() == NO_AUTOSTART_REASON
    assert welcome.focused() is not box  # a disabled box cannot take the focus; Finish has it
    welcome.key(Qt.Key.Key_Return)
    choices = welcome.wait_for_one_done()
    assert choices.start_at_login is None
    assert not choices.skipped
    assert choices.settings_changes["work_minutes"] == 50


def test_no_place_at_all_is_refused_with_the_reason_beside_the_places(welcome: Welcome) -> None:
    window = welcome.window
    page = window.breaks_page
    window.next()
    assert not page.no_place.isVisible()
    for box in page.place_boxes.values():
        box.setChecked(False)
    assert page.no_place.isVisible()  # said as soon as the last one goes
    assert page.no_place.text() == NO_PLACE_REASON
    assert page.place_boxes["desk"].accessibleDescription() == NO_PLACE_REASON  # read out where the focus lands
    welcome.button(QWizard.WizardButton.NextButton).click()
    assert window.currentPage() is page
    assert welcome.focused() is page.place_boxes["desk"]  # where the fix is
    welcome.key(Qt.Key.Key_Tab)
    welcome.mnemonic_of_refused(Qt.Key.Key_N, welcome.button(QWizard.WizardButton.NextButton))
    assert window.currentPage() is page
    assert page.no_place.isVisible()
    assert welcome.focused() is page.place_boxes["desk"]
    assert welcome.emitted == []
    welcome.key(Qt.Key.Key_Space)
    assert not page.no_place.isVisible()
    assert page.place_boxes["desk"].accessibleDescription() == ""
    welcome.mnemonic(Qt.Key.Key_N, then=welcome.on(window.start_page))
    window.button(QWizard.WizardButton.FinishButton).click()
    assert welcome.wait_for_one_done().settings_changes["places"] == ("desk",)


def test_settings_without_places_start_quietly_and_are_refused_on_next(qtbot: QtBot) -> None:
    welcome = Welcome(qtbot, Settings(places=()), FakeAutostart())
    welcome.window.next()
    assert not welcome.window.breaks_page.no_place.isVisible()
    welcome.window.next()
    assert welcome.window.currentPage() is welcome.window.breaks_page
    assert welcome.window.breaks_page.no_place.isVisible()


def focusable_widgets(window: QWidget) -> Iterator[QWidget]:
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            yield widget


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    return interface.text(QAccessible.Text.Name)


@pytest.mark.parametrize("supported", [True, False])
def test_every_focusable_widget_on_every_step_has_an_accessible_name(qtbot: QtBot, supported: bool) -> None:
    welcome = Welcome(qtbot, Settings(), FakeAutostart(supported))
    window = welcome.window
    seen = 0
    for step in range(3):
        assert window.currentId() == window.pageIds()[step]
        for widget in focusable_widgets(window):
            seen += 1
            assert accessible_name(widget).strip(), f"{type(widget).__name__} {widget.objectName()!r} on step {step + 1}"
        window.next()
    assert seen >= 3 * 2 + 1 + 3 + 9  # buttons, the spin box, places, equipment at the least
    assert accessible_name(window.breaks_page.work_minutes) == "Work before a break"


def test_mnemonics_on_the_buttons_and_the_controls(welcome: Welcome) -> None:
    texts = {which: welcome.button(which).text() for which in (
        QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
        QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton,
    )}
    assert texts == {
        QWizard.WizardButton.BackButton: "&Back",
        QWizard.WizardButton.NextButton: "&Next",
        QWizard.WizardButton.FinishButton: "&Finish",
        QWizard.WizardButton.CancelButton: "&Skip",
    }
    welcome.window.next()
    welcome.key(Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert welcome.focused() is welcome.window.breaks_page.equipment_boxes["mat"]
    welcome.key(Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert welcome.focused() is welcome.window.breaks_page.place_boxes["desk"]
    welcome.window.next()
    assert "&l" in welcome.window.start_page.start_at_login.text()


def test_with_large_text_the_window_fits_the_screen_and_nothing_is_cut_off_sideways(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font()
    large = QFont(normal)
    large.setPointSize(20)
    app.setFont(large)
    try:
        welcome = Welcome(qtbot, Settings(), FakeAutostart())
        window = welcome.window
        screen = window.screen()
        assert screen is not None
        assert screen.availableGeometry().contains(window.frameGeometry())
        for step, page in enumerate((window.about_page, window.breaks_page, window.start_page)):
            assert window.currentPage() is page
            viewport = page.scroll_area.viewport()
            content = page.content
            qtbot.waitUntil(lambda: content.width() <= viewport.width())  # noqa: B023 -- waited for here, in this pass
            for child in content.findChildren(QWidget):
                if child.isVisible():
                    right = child.mapTo(content, child.rect().topRight()).x()
                    assert right < viewport.width(), f"{type(child).__name__} {getattr(child, 'text', lambda: '')()!r} on step {step + 1}"
            window.next()
        # What does not fit scrolls, and the keyboard can reach it even on a step of text alone.
        window.restart()
        scroll_area = window.about_page.scroll_area
        assert scroll_area.focusPolicy() == Qt.FocusPolicy.NoFocus
        window.resize(window.width(), window.height() // 2)
        qtbot.waitUntil(lambda: scroll_area.verticalScrollBar().maximum() > 0)
        assert scroll_area.focusPolicy() == Qt.FocusPolicy.StrongFocus
        assert accessible_name(scroll_area) == "What KnotBreak does"
    finally:
        app.setFont(normal)
