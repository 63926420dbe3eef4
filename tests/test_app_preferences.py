"""Preferences, the first-start welcome, About and Help, wired into the running app."""

from __future__ import annotations

import sqlite3
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from knotbreak.core.clock import FakeClock
from knotbreak.core.paths import Paths
from knotbreak.core.protocol import Request
from knotbreak.qt.app import KnotBreakApp, Probes
from knotbreak.qt.welcome import WelcomeChoices


class FakeAutostart:
    supported = True
    where = "/fake/autostart/knotbreak.desktop"

    def __init__(self) -> None:
        self.on = False
        self.calls: list[bool] = []

    def enabled(self) -> bool:
        return self.on

    def set_enabled(self, on: bool) -> None:
        self.calls.append(on)
        self.on = on


MakeApp = Callable[..., KnotBreakApp]


@pytest.fixture
def autostart() -> FakeAutostart:
    return FakeAutostart()


@pytest.fixture
def make_app(qtbot, user_dirs: Paths, app_clock: FakeClock, autostart: FakeAutostart) -> Iterator[MakeApp]:  # type: ignore[no-untyped-def]
    made: list[KnotBreakApp] = []

    def make(*, welcome: bool = True) -> KnotBreakApp:
        app = KnotBreakApp(
            user_dirs, app_clock, use_tray=False, probes=Probes(), listen_to_system=False,
            welcome_on_first_run=welcome, autostart=autostart,  # type: ignore[arg-type]
        )
        made.append(app)
        return app

    yield make
    for app in made:
        app.shutdown()
        for widget in (app.status_window, app.prompt):
            if widget is not None:
                widget.hide()
                widget.deleteLater()


def file_settings(paths: Paths) -> dict[str, object]:
    return tomllib.loads(paths.settings_file.read_text())


def test_the_first_start_welcomes_and_counts_while_the_welcome_is_open(
    qtbot, make_app: MakeApp, user_dirs: Paths, app_clock: FakeClock, autostart: FakeAutostart
) -> None:
    app = make_app()
    qtbot.waitUntil(lambda: app.preferences.welcome_window is not None and app.preferences.welcome_window.isVisible())
    assert not user_dirs.settings_file.exists(), "nothing is written until the person has chosen"
    app_clock.advance(10 * 60)
    app.tick()
    assert app.loop.status().sitting_seconds == pytest.approx(600), "the app counts while the welcome is open"

    app.preferences.welcome_window.done.emit(
        WelcomeChoices(settings_changes={"work_minutes": 40, "places": ("desk",), "equipment": ("towel",)}, start_at_login=True, skipped=False)
    )
    written = file_settings(user_dirs)
    assert (written["work_minutes"], written["places"], written["equipment"]) == (40, ["desk"], ["towel"])
    assert "# Minutes of sitting before a break is due." in user_dirs.settings_file.read_text(), "the file is the commented one"
    assert app.session.settings.work_minutes == 40, "applied at once"
    assert app.loop.status().seconds_to_break == pytest.approx(30 * 60)
    assert autostart.calls == [True]
    assert app.preferences.welcome_window is None


def test_a_skipped_welcome_writes_the_defaults_and_does_not_come_back(
    qtbot, make_app: MakeApp, user_dirs: Paths, autostart: FakeAutostart
) -> None:
    app = make_app()
    qtbot.waitUntil(lambda: app.preferences.welcome_window is not None)
    app.preferences.welcome_window.done.emit(WelcomeChoices(settings_changes={}, start_at_login=None, skipped=True))
    assert file_settings(user_dirs)["work_minutes"] == 50
    assert autostart.calls == []
    app.shutdown()

    again = make_app()
    qtbot.wait(50)  # the welcome would be queued for the first turn of the event loop
    assert again.preferences.welcome_window is None


def test_quitting_during_the_welcome_shows_it_at_the_next_start(qtbot, make_app: MakeApp, user_dirs: Paths) -> None:
    app = make_app()
    qtbot.waitUntil(lambda: app.preferences.welcome_window is not None)
    app.shutdown()
    assert not user_dirs.settings_file.exists()
    again = make_app()
    qtbot.waitUntil(lambda: again.preferences.welcome_window is not None and again.preferences.welcome_window.isVisible())


def test_the_welcome_command_shows_it_again(qtbot, make_app: MakeApp, user_dirs: Paths) -> None:
    app = make_app(welcome=False)
    assert user_dirs.settings_file.exists()
    assert app.handle_request(Request("welcome"))["ok"]
    assert app.preferences.welcome_window.isVisible()
    app.preferences.welcome_window.done.emit(WelcomeChoices(settings_changes={}, start_at_login=None, skipped=True))
    assert app.preferences.welcome_window is None


def test_the_preferences_command_opens_one_window_and_raises_it(qtbot, make_app: MakeApp) -> None:
    app = make_app(welcome=False)
    assert app.handle_request(Request("preferences"))["ok"]
    window = app.preferences.preferences_window
    assert window is not None and window.isVisible()
    window.hide()
    assert app.handle_request(Request("preferences"))["ok"]
    assert app.preferences.preferences_window is window and window.isVisible()


def test_a_change_in_preferences_moves_the_break_at_once_and_keeps_the_file(
    qtbot, make_app: MakeApp, user_dirs: Paths
) -> None:
    app = make_app(welcome=False)
    with user_dirs.settings_file.open("a") as file:
        file.write("\n# my own note\ncolour = 'green'\n")
    app.settings_file.reload_now()
    assert app.status_json()["seconds_to_break"] == pytest.approx(50 * 60)
    assert app.preferences.change_settings({"work_minutes": 20}) is None
    assert app.status_json()["seconds_to_break"] == pytest.approx(20 * 60), "no wait for the file watch"
    text = user_dirs.settings_file.read_text()
    assert "work_minutes = 20" in text and "# my own note\ncolour = 'green'" in text


def test_a_refused_change_writes_nothing(make_app: MakeApp, user_dirs: Paths) -> None:
    app = make_app(welcome=False)
    before = user_dirs.settings_file.read_bytes()
    problem = app.preferences.change_settings({"work_minutes": 0})
    assert problem is not None and "at least 1" in problem
    assert user_dirs.settings_file.read_bytes() == before
    assert app.session.settings.work_minutes == 50


def test_a_hand_edit_reaches_the_open_preferences_window(qtbot, make_app: MakeApp, user_dirs: Paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    app = make_app(welcome=False)
    app.show_preferences()
    window = app.preferences.preferences_window
    shown: list[int] = []
    original = window.show_settings
    monkeypatch.setattr(window, "show_settings", lambda settings: (shown.append(settings.work_minutes), original(settings)))
    text = user_dirs.settings_file.read_text().replace("work_minutes = 50", "work_minutes = 35")
    user_dirs.settings_file.write_text(text)
    qtbot.waitUntil(lambda: 35 in shown, timeout=5000)
    assert app.session.settings.work_minutes == 35


def test_the_menu_reaches_preferences_help_and_about(qtbot, make_app: MakeApp) -> None:
    app = make_app(welcome=False)
    menu = app.actions.build_menu()
    entries = [action.text() for action in menu.actions()]
    assert {"Preferences…", "Help", "About KnotBreak"} <= set(entries)
    app.actions.about_action.trigger()
    assert app.preferences.about_dialog.isVisible()
    app.actions.help_action.trigger()
    assert app.preferences.help_window.isVisible()
    app.status_window.preferences_button.click()
    assert app.preferences.preferences_window.isVisible()
    more = [action.text() for action in app.status_window.more_menu.actions()]
    assert {"Routines", "Statistics…", "Help", "About KnotBreak"} <= set(more)


def test_history_summary_and_delete_through_the_service(qtbot, make_app: MakeApp, user_dirs: Paths) -> None:  # type: ignore[no-untyped-def]
    app = make_app(welcome=False)
    summary = app.preferences.history_summary()
    assert summary.startswith("1 recorded event since "), "the app's own start"
    replies: list[str | None] = []
    app.preferences.delete_history(replies.append)
    qtbot.waitUntil(lambda: replies != [])
    assert replies == [None]
    assert app.history.flush()
    assert app.preferences.history_summary() == "The history is empty."


def test_a_delete_the_history_cannot_do_is_reported_not_claimed(qtbot, make_app: MakeApp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """The writer thread does the delete; until it is done nothing is claimed, and a failure is named."""
    app = make_app(welcome=False)
    assert app.history.flush()

    def cannot_delete(db: object) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(app.history, "delete_everything", lambda: app.history._enqueue(cannot_delete))
    replies: list[str | None] = []
    app.preferences.delete_history(replies.append)
    assert replies == [], "the GUI thread does not wait for the writer"
    qtbot.waitUntil(lambda: replies != [])
    assert replies == ["History is not being saved: attempt to write a readonly database."]


def test_export_names_a_file_it_cannot_write(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app(welcome=False)
    problem = app.preferences.export_history(tmp_path / "missing-folder" / "history.csv")
    assert problem is not None and "history.csv" in problem
    assert app.preferences.export_history(tmp_path / "history.csv") is None
    assert (tmp_path / "history.csv").read_text().startswith("id,time,day,kind")
