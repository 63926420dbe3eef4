"""The composition root: the loop, the faces and the control commands working together."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from knotbreak.core.clock import FakeClock
from knotbreak.core.paths import Paths
from knotbreak.core.protocol import Request
from knotbreak.qt.app import WAKEUP_JOB, KnotBreakApp, Probes


@pytest.fixture
def realtime_clock(app_clock: FakeClock) -> FakeClock:
    return app_clock


def write_settings(paths: Paths, text: str) -> None:
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(text)


@pytest.fixture
def make_app(qtbot, user_dirs: Paths, realtime_clock: FakeClock):  # type: ignore[no-untyped-def]
    made: list[KnotBreakApp] = []

    def make(probes: Probes | None = None) -> KnotBreakApp:
        app = KnotBreakApp(user_dirs, realtime_clock, use_tray=False, probes=probes or Probes(), listen_to_system=False)
        made.append(app)
        return app

    yield make
    for app in made:
        app.shutdown()
        for widget in (app.status_window, app.prompt):
            if widget is not None:
                widget.hide()
                widget.deleteLater()


def advance(app: KnotBreakApp, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    app.tick()


def test_first_start_writes_a_commented_settings_file(make_app, user_dirs: Paths) -> None:  # type: ignore[no-untyped-def]
    make_app()
    assert "work_minutes = 50" in user_dirs.settings_file.read_text()


def test_the_break_prompt_appears_when_due_and_snooze_hides_it(qtbot, make_app, realtime_clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    window = app.status_window
    assert window is not None and window.isVisible()
    assert "Next break in 50 min" in window.status_label.text()
    assert "No system tray" in window.reason_label.text()

    advance(app, realtime_clock, 49 * 60)
    assert "starts in 1 min" in window.message_label.text(), "the pre-break notice"
    assert not app.prompt.isVisible()
    advance(app, realtime_clock, 60)
    assert app.prompt.isVisible()
    assert "Time for a break" in window.status_label.text()
    assert window.skip_button.isVisible()

    qtbot.mouseClick(app.prompt.snooze_button, Qt.MouseButton.LeftButton)
    assert app.loop.status().state.value == "snoozed"
    assert not app.prompt.isVisible()
    assert "Snoozed" in window.status_label.text()


def test_snooze_disappears_after_max_snoozes(qtbot, make_app, user_dirs: Paths, realtime_clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    write_settings(user_dirs, "max_snoozes = 2\nsnooze_minutes = 5\n")
    app = make_app()
    for _ in range(2):
        advance(app, realtime_clock, app.loop.status().seconds_to_break or 0)
        qtbot.mouseClick(app.prompt.snooze_button, Qt.MouseButton.LeftButton)
    advance(app, realtime_clock, 5 * 60)
    assert app.prompt.isVisible() and app.prompt.snooze_button.isHidden()
    assert not app.status_window.snooze_button.isEnabled()
    assert app.status_window.snooze_button.text() == "Snooze (limit reached)"
    qtbot.mouseClick(app.prompt.skip_button, Qt.MouseButton.LeftButton)
    assert app.loop.status().state.value == "working"


def test_start_routine_runs_a_break_and_finishing_resets_sitting(qtbot, make_app, realtime_clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    advance(app, realtime_clock, 50 * 60)
    qtbot.mouseClick(app.prompt.start_button, Qt.MouseButton.LeftButton)
    window = app.stretch_window
    assert window is not None and window.isVisible()
    assert app.loop.status().state.value == "on_break"
    assert not app.prompt.isVisible()
    realtime_clock.advance(40)
    qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
    status = app.loop.status()
    assert status.state.value == "working" and status.sitting_seconds == 0
    assert app.stretch_window is None


def test_pausing_from_the_menu_closes_an_open_routine(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    app.actions.take_break_action.trigger()
    window = app.stretch_window
    assert window.isVisible()
    app.actions.pause.emit(30 * 60.0)
    assert app.loop.status().state.value == "paused"
    assert not window.isVisible() and app.stretch_window is None
    assert app.status_window.resume_button.isVisible() and not app.status_window.pause_button.isVisible()
    app.actions.resume_action.trigger()
    assert app.loop.status().state.value == "working"


def test_pause_until_tomorrow_from_the_menu(make_app, realtime_clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    [action] = [a for a in app.actions.pause_menu.actions() if a.text() == "Until tomorrow"]
    action.trigger()
    until = app.loop.status().paused_until
    assert until.hour == 6 and until.date() == (realtime_clock.now() + timedelta(days=1)).date()


def test_the_wakeup_job_follows_the_session(make_app, realtime_clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    app = make_app()

    def armed_in() -> float:
        job = app.scheduler.get_job(WAKEUP_JOB)
        assert job.misfire_grace_time is None and job.coalesce
        return (job.next_run_time - realtime_clock.now()).total_seconds()

    assert armed_in() == pytest.approx(30, abs=1), "with no idle source, a poll every 30 s watches for suspends"
    advance(app, realtime_clock, 48 * 60 + 50)
    assert armed_in() == pytest.approx(10, abs=1), "the pre-break notice at 49 min comes first"
    advance(app, realtime_clock, 10)
    assert armed_in() == pytest.approx(30, abs=1)


def test_a_wall_clock_jump_rearms_the_wakeup(make_app, realtime_clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    advance(app, realtime_clock, 48 * 60 + 50)
    realtime_clock.set_wall(realtime_clock.now() - timedelta(hours=1))
    app._on_clock_jump(-3600)
    job = app.scheduler.get_job(WAKEUP_JOB)
    assert (job.next_run_time - realtime_clock.now()).total_seconds() == pytest.approx(10, abs=1)


def test_control_commands_report_every_transition(make_app, realtime_clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    app = make_app()

    def state(request: Request) -> str:
        reply = app.handle_request(request)
        assert reply["ok"], reply
        return reply["status"]["state"]

    assert state(Request("status")) == "working"
    assert state(Request("snooze", minutes=5)) == "snoozed"
    assert app.handle_request(Request("status"))["status"]["seconds_to_break"] == 55 * 60, "a coming break moves 5 min later"
    assert state(Request("skip")) == "working"
    assert state(Request("pause", seconds=1800)) == "paused"
    paused = app.handle_request(Request("status"))["status"]
    assert paused["seconds_to_break"] is None and paused["paused_until"].startswith(str(realtime_clock.now().year))
    assert state(Request("resume")) == "working"
    assert state(Request("pause", until="tomorrow")) == "paused"
    assert state(Request("pause")) == "paused"
    assert app.handle_request(Request("status"))["status"]["paused_until"] == "indefinitely"
    assert state(Request("break")) == "on_break"
    assert app.stretch_window is not None
    refused = app.handle_request(Request("snooze"))
    assert refused == {"ok": False, "refused": True, "error": "cannot snooze while on break", "status": refused["status"]}
    status = app.handle_request(Request("status"))["status"]
    assert status["idle_source"] == "none"
    assert set(status) >= {
        "state", "sitting_seconds", "seconds_to_break", "next_break_at", "paused_until", "snoozes_used",
        "idle_source", "idle_seconds", "deferred_reason",
    }
    assert state(Request("meeting", seconds=3600)) == "on_break"
    assert app.handle_request(Request("status"))["status"]["meeting_mode"] is True
    app.handle_request(Request("meeting", end=True))
    assert app.handle_request(Request("status"))["status"]["meeting_mode"] is False


def test_a_broken_settings_file_is_kept_and_the_user_told(make_app, user_dirs: Paths) -> None:  # type: ignore[no-untyped-def]
    write_settings(user_dirs, "work_minutes = [broken\n")
    app = make_app()
    [aside] = list(user_dirs.config_dir.glob("settings.toml.broken-*"))
    assert aside.read_text() == "work_minutes = [broken\n"
    assert app.loop.settings.work_minutes == 50
    assert aside.name in app.status_window.message_label.text()
    assert app.status_window.message_label.isVisible()
    assert "work_minutes = 50" in user_dirs.settings_file.read_text(), "a fresh file with the defaults"


def test_a_bad_value_is_reported_by_name(make_app, user_dirs: Paths) -> None:  # type: ignore[no-untyped-def]
    write_settings(user_dirs, "work_minutes = 999\nsnooze_minutes = 7\n")
    app = make_app()
    assert app.loop.settings.work_minutes == 50 and app.loop.settings.snooze_minutes == 7
    assert "work_minutes = 999" in app.status_window.message_label.text()
    assert user_dirs.settings_file.read_text() == "work_minutes = 999\nsnooze_minutes = 7\n", "the user's file is left alone"


def test_editing_the_settings_file_applies_at_once(qtbot, make_app, user_dirs: Paths) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    replacement = user_dirs.config_dir / "new.toml"
    replacement.write_text("work_minutes = 20\n")
    replacement.replace(user_dirs.settings_file)  # as editors that save atomically do
    qtbot.waitUntil(lambda: app.loop.settings.work_minutes == 20, timeout=3000)
    assert app.loop.status().seconds_to_break == pytest.approx(20 * 60)
    assert "Next break in 20 min" in app.status_window.status_label.text()


def test_status_window_closing_minimises_instead(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    app.status_window.close()
    assert app.status_window.isVisible()


class FakeIdle:
    name = "fake"

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.last_input = clock.monotonic()

    def idle_seconds(self) -> float:
        return self.clock.monotonic() - self.last_input

    def close(self) -> None:
        pass


class FakeCamera:
    def __init__(self) -> None:
        self.on = False

    def in_use(self) -> bool:
        return self.on


def test_walking_away_is_a_natural_break_and_the_tooltip_says_so(make_app, realtime_clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    idle = FakeIdle(realtime_clock)
    app = make_app(Probes(idle=idle))
    advance(app, realtime_clock, 20 * 60)
    idle.last_input = realtime_clock.monotonic()
    advance(app, realtime_clock, 6 * 60)  # no input for six minutes
    status = app.status_json()
    assert status["away"] is True and status["sitting_seconds"] == 0 and status["idle_source"] == "fake"
    assert "Away from the desk" in app.status_window.status_label.text()
    idle.last_input = realtime_clock.monotonic()
    advance(app, realtime_clock, 3)
    assert app.status_json()["away"] is False
    assert "Next break in 50 min" in app.status_window.status_label.text()


def test_the_camera_holds_the_prompt_and_the_window_says_why(make_app, realtime_clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    camera = FakeCamera()
    app = make_app(Probes(camera=camera))
    camera.on = True
    advance(app, realtime_clock, 50 * 60)
    assert app.loop.state.value == "due" and not app.prompt.isVisible()
    assert app.status_json()["deferred_reason"] == "camera"
    assert "camera" in app.status_window.notes_label.text()
    camera.on = False
    advance(app, realtime_clock, 30)
    assert app.prompt.isVisible()


def test_meeting_mode_from_the_menu_silences_the_notice(make_app, realtime_clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    [one_hour] = [a for a in app.actions.meeting_menu.actions() if a.text() == "For 1 hour"]
    one_hour.trigger()
    assert app.status_window.end_meeting_button.isVisible() and not app.status_window.meeting_button.isVisible()
    advance(app, realtime_clock, 49 * 60)
    assert not app.status_window.message_label.isVisible(), "no pre-break notice during a meeting"
    advance(app, realtime_clock, 60)
    assert not app.prompt.isVisible()
    app.actions.end_meeting_action.trigger()
    assert app.prompt.isVisible()


def test_a_prompt_held_by_a_meeting_never_flashes_and_is_counted_once(qtbot, make_app, realtime_clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    shown: list[bool] = []
    app.session.subscribe(lambda event: shown.append(app.prompt.isVisible()))
    app.start_meeting(None)
    advance(app, realtime_clock, 50 * 60)
    assert app.loop.state.value == "due"
    assert not any(shown), "the prompt never appeared, not even for a moment"
    assert kinds(app).count("prompt_shown") == 0
    app.end_meeting()
    assert app.prompt.isVisible()
    advance(app, realtime_clock, 30)
    assert kinds(app).count("prompt_shown") == 1


def test_no_idle_source_is_said_plainly(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    assert "counting wall-clock time" in app.status_window.notes_label.text()


def test_the_prompt_starts_a_fitted_quick_routine_that_rotates(qtbot, make_app, realtime_clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    first = _take_quick_break(qtbot, app, realtime_clock)
    second = _take_quick_break(qtbot, app, realtime_clock)
    assert first and second and first[0] != second[0], "consecutive breaks start differently"


def _take_quick_break(qtbot, app: KnotBreakApp, clock: FakeClock) -> list[str]:  # type: ignore[no-untyped-def]
    advance(app, clock, app.loop.status().seconds_to_break or 0)
    qtbot.mouseClick(app.prompt.start_button, Qt.MouseButton.LeftButton)
    window = app.stretch_window
    routine = window.runner.routine
    assert routine.id == "quick"
    total = sum(s.seconds for s in window.runner.segments)
    assert total <= app.loop.settings.quick_routine_minutes * 60
    ids = [item.exercise.id for item in routine.items]
    qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
    return ids


def test_rebuilding_the_routines_menu_leaks_no_submenu(qtbot, make_app, user_dirs: Paths) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QMenu

    user_dirs.routines_dir.mkdir(parents=True)
    (user_dirs.routines_dir / "mine.toml").write_text(
        '[[routine]]\nid = "mine"\nname = "Mine"\nitems = [{ exercise = "cat-camel" }]\n'
    )
    app = make_app()
    for _ in range(30):
        app.actions.routines_menu.aboutToShow.emit()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(app.actions.routines_menu.findChildren(QMenu)) == 1


def test_routines_menu_lists_built_in_and_custom_routines(qtbot, make_app, user_dirs: Paths) -> None:  # type: ignore[no-untyped-def]
    user_dirs.routines_dir.mkdir(parents=True)
    (user_dirs.routines_dir / "mine.toml").write_text('[[routine]]\nid = "mine"\nname = "My morning"\nitems = [{ exercise = "cat-stretch" }]\n')
    (user_dirs.routines_dir / "broken.toml").write_text('[[routine]]\nid = "b"\nname = "B"\nitems = [{ exercise = "nope" }]\n')
    app = make_app()
    app.actions.routines_menu.aboutToShow.emit()
    labels = [action.text() for action in app.actions.routines_menu.actions()]
    assert labels[:4] == ["Desk reset  (2 min)", "Standing reset  (3 min)", "Floor knot release  (8 min)", "Mobility flow  (5 min)"]
    assert "My morning  (1 min)" in labels
    assert labels[-2:] == ["New routine…", "Edit my routines"]
    assert "broken.toml, line 4: routine 'b', item 1: unknown exercise 'nope'" in app.status_window.message_label.text()
    [mine] = [a for a in app.actions.routines_menu.actions() if a.data() == "mine"]
    mine.trigger()
    assert app.stretch_window.runner.routine.name == "My morning"


def test_routine_command_starts_a_routine_or_says_why_not(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    assert app.handle_request(Request("routine", id="nope")) == {"ok": False, "error": "unknown routine 'nope'; 'knotbreak routines' lists them"}
    assert app.handle_request(Request("routine", id="mobility-flow"))["status"]["state"] == "on_break"
    assert app.stretch_window.runner.routine.id == "mobility-flow"
    busy = app.handle_request(Request("routine", id="desk-reset"))
    assert busy["ok"] is False and busy["refused"] is True


def test_it_hurts_is_remembered_in_the_settings_file(qtbot, make_app, user_dirs: Paths) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    app.take_break("desk-reset")
    qtbot.mouseClick(app.stretch_window.hurts_button, Qt.MouseButton.LeftButton)
    assert 'avoid_exercises = ["upper-back-stretch"]' in user_dirs.settings_file.read_text()
    qtbot.waitUntil(lambda: app.loop.settings.avoid_exercises == ("upper-back-stretch",), timeout=3000)
    assert "will not be chosen again" in app.status_window.message_label.text()


def kinds(app: KnotBreakApp) -> list[str]:
    import sqlite3

    assert app.history.flush(), "the history's writer thread is stuck"
    with sqlite3.connect(app.paths.history_file) as db:
        return [row[0] for row in db.execute("SELECT kind FROM events ORDER BY id")]


def test_every_flow_lands_in_the_history(qtbot, make_app, realtime_clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    idle = FakeIdle(realtime_clock)
    app = make_app(Probes(idle=idle))

    def work(seconds: float) -> None:
        """Typing all along: input every 30 seconds."""
        end = realtime_clock.monotonic() + seconds
        while realtime_clock.monotonic() < end:
            idle.last_input = realtime_clock.monotonic()
            advance(app, realtime_clock, min(30, end - realtime_clock.monotonic()))

    work(50 * 60)  # due: the prompt is shown
    qtbot.mouseClick(app.prompt.snooze_button, Qt.MouseButton.LeftButton)
    work(10 * 60)
    qtbot.mouseClick(app.prompt.skip_button, Qt.MouseButton.LeftButton)
    work(50 * 60)
    qtbot.mouseClick(app.prompt.start_button, Qt.MouseButton.LeftButton)
    window = app.stretch_window
    qtbot.mouseClick(window.checkin_before.buttons[6], Qt.MouseButton.LeftButton)
    for _ in range(len(window.runner.segments)):
        realtime_clock.advance(window.runner.remaining())
        window.refresh()
    qtbot.mouseClick(window.checkin_after.buttons[4], Qt.MouseButton.LeftButton)
    work(20 * 60)
    advance(app, realtime_clock, 6 * 60)  # walked away: a natural break
    work(5)
    app.take_break("desk-reset")
    qtbot.mouseClick(app.stretch_window.finish_button, Qt.MouseButton.LeftButton)  # stopped early
    app.actions.pause.emit(None)
    app.actions.resume_action.trigger()

    recorded = kinds(app)
    assert recorded[0] == "app_start"
    for kind in ("prompt_shown", "snoozed", "skipped", "break_taken", "natural_break", "pause", "resume"):
        assert kind in recorded, kind
    assert recorded.count("break_taken") == 2 and recorded.count("prompt_shown") == 3

    stats = app.history.statistics(days=7)
    today = stats.today
    assert (today.breaks_taken, today.routines_completed, today.snoozed, today.skipped, today.natural_breaks) == (2, 1, 1, 1, 1)
    # The natural break counts from the last input, 30 s before the 20 minutes were up.
    assert today.sitting_seconds == pytest.approx(50 * 60 + 10 * 60 + 50 * 60 + 20 * 60 - 30 + 5, abs=2)
    assert today.longest_sitting_seconds == pytest.approx(110 * 60, abs=5)
    assert stats.tension[-1].before == 6 and stats.tension[-1].after == 4
    assert stats.top_exercises and stats.streak_days == 1


def test_statistics_window_opens_from_the_tray_menu(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    app.actions.statistics_action.trigger()
    window = app.statistics_window
    assert window is not None and window.isVisible()
    window.close()
    window.deleteLater()


def test_a_broken_history_never_stops_the_app(make_app, user_dirs: Paths) -> None:  # type: ignore[no-untyped-def]
    user_dirs.history_file.parent.mkdir(parents=True, exist_ok=True)
    user_dirs.history_file.write_bytes(b"this is not a database" * 100)
    app = make_app()
    assert list(user_dirs.data_dir.glob("history.sqlite3.broken-*"))
    assert "broken" in app.status_window.message_label.text()
    assert kinds(app)[0] == "app_start", "a fresh history records from the start"


def test_new_routine_from_the_menu_saves_and_appears_in_the_menu(qtbot, make_app, user_dirs: Paths) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    app.actions.routines_menu.aboutToShow.emit()
    [new] = [a for a in app.actions.routines_menu.actions() if a.text() == "New routine…"]
    new.trigger()
    editor = app.routine_editor
    assert editor is not None and editor.isVisible()
    editor.name_edit.setText("Tea break")
    editor.add_exercise("cat-stretch")
    editor.save()
    assert (user_dirs.routines_dir / "tea-break.toml").exists()
    app.actions.routines_menu.aboutToShow.emit()
    assert "Tea break  (1 min)" in [a.text() for a in app.actions.routines_menu.actions()]


def test_a_restart_remembers_todays_exercises_for_the_rotation(qtbot, make_app, realtime_clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    first = make_app()
    ids = _take_quick_break(qtbot, first, realtime_clock)
    first.shutdown()
    second = make_app()
    assert second.routines.rotation.breaks_today == 1
    assert sorted(second.routines.rotation.last_break) == sorted(ids)
    assert _take_quick_break(qtbot, second, realtime_clock)[0] not in ids


class FakeNotifier:
    def __init__(self, available: bool) -> None:
        self.available = available
        self.sent: list[tuple[str, str]] = []

    def notify(self, title: str, body: str, *, timeout_ms: int = 10000) -> bool:
        self.sent.append((title, body))
        return True

    def close(self) -> None:
        pass


@pytest.mark.parametrize("available", [True, False])
def test_notices_go_to_the_desktop_daemon_when_there_is_one(make_app, available: bool) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    app.notifier = FakeNotifier(available)
    app.notify("A break is coming up", "Your stretch break starts in 1 min.")
    assert app.notifier.sent == ([("A break is coming up", "Your stretch break starts in 1 min.")] if available else [])
    assert "A break is coming up" in app.status_window.message_label.text(), "the status window shows it either way"


class AskedAhead:
    """An idle source that is asked ahead, as the D-Bus ones are, and answers when told to."""

    name = "mutter"

    def __init__(self) -> None:
        self.waiting: list[Any] = []

    def idle_seconds(self) -> float | None:
        return 0.0

    def prefetch(self, then: Any) -> None:
        self.waiting.append(then)

    def close(self) -> None:
        pass


class CountingInhibitors:
    def __init__(self) -> None:
        self.refreshes = 0

    def inhibited(self) -> bool | None:
        return None

    def refresh(self) -> None:
        self.refreshes += 1

    def close(self) -> None:
        pass


def test_a_scheduled_tick_waits_for_the_desktops_answers(make_app, realtime_clock: FakeClock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    idle, inhibitors = AskedAhead(), CountingInhibitors()
    app = make_app(Probes(idle=idle, inhibitors=inhibitors))  # type: ignore[arg-type]
    ticks: list[float] = []
    monkeypatch.setattr(app, "tick", lambda: ticks.append(realtime_clock.monotonic()))
    realtime_clock.advance(10 * 60)
    app.read_then_tick()
    assert ticks == [] and len(idle.waiting) == 1, "the GUI does not wait on the bus: the tick comes with the answer"
    idle.waiting.pop()()
    assert len(ticks) == 1
    assert inhibitors.refreshes == 0, "nobody is asked about videos 40 minutes before a break"
    realtime_clock.advance(39 * 60)
    app.read_then_tick()
    assert inhibitors.refreshes == 1, "a minute before the break, so the answer is in when the prompt's hold is decided"


def test_a_whole_break_by_keyboard_alone(qtbot, make_app, realtime_clock: FakeClock, user_dirs: Paths) -> None:  # type: ignore[no-untyped-def]
    """From a due break to both check-ins answered, without the mouse: Alt+T, digits, Esc, digits."""

    def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        target = QApplication.focusWidget()
        assert target is not None, "something has the keyboard focus"
        qtbot.keyClick(target, key, modifier)

    app = make_app()
    advance(app, realtime_clock, 50 * 60)
    assert app.prompt.isVisible() and app.prompt.focusPolicy() == Qt.FocusPolicy.NoFocus
    status = app.status_window
    status.activateWindow()
    status.break_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is status.break_button)
    press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Take a break now
    qtbot.waitUntil(lambda: app.stretch_window is not None and app.stretch_window.isVisible())
    stretch = app.stretch_window
    stretch.activateWindow()
    qtbot.waitUntil(lambda: stretch.isAncestorOf(QApplication.focusWidget()))
    press(Qt.Key.Key_3)  # the check-in before has the focus
    qtbot.waitUntil(lambda: not stretch.checkin_before.isVisible())
    realtime_clock.advance(30)
    press(Qt.Key.Key_Escape)  # finish: the break counts, and the question after comes
    qtbot.waitUntil(lambda: stretch.checkin_after.isAncestorOf(QApplication.focusWidget()))
    press(Qt.Key.Key_1)
    press(Qt.Key.Key_0)  # ten
    qtbot.waitUntil(lambda: app.stretch_window is None or not stretch.isVisible())
    assert app.loop.status().state.value == "working" and app.loop.status().sitting_seconds == 0
    assert app.history.flush()
    with sqlite3.connect(user_dirs.history_file) as db:
        answers = sorted(db.execute("SELECT moment, value FROM tension").fetchall())
    assert answers == [("after", 10), ("before", 3)]
