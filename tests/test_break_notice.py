"""The break prompt as a desktop notification: its buttons drive the break loop, it never stacks, and a dismissal is remembered.

A fake notification daemon on a private bus stands in for GNOME Shell or
Plasma, and for the person clicking its buttons.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from buses import private_session_bus
from fake_notifications import GNOME_SHELL, MARKUP, FakeDaemon, fake_daemon
from test_app import kinds
from test_notifications import connection
from xserver import skip_without

from knotbreak.core.breakloop import State
from knotbreak.core.clock import FakeClock
from knotbreak.core.paths import Paths
from knotbreak.qt.app import KnotBreakApp, Probes
from knotbreak.qt.break_notice import NO_BUTTONS_HINT, BreakNotice
from knotbreak.qt.notifications import DesktopNotifier
from knotbreak.qt.prompt import KEYBOARD_HINT

ACTIONS = ["start-routine", "Start routine", "snooze", "Snooze 10 min", "skip", "Skip"]


@pytest.fixture(scope="module")
def shell(qapp, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, FakeDaemon]]:  # type: ignore[no-untyped-def]
    skip_without("dbus-daemon")
    with (
        private_session_bus(tmp_path_factory.mktemp("bus")) as address,
        fake_daemon(address, GNOME_SHELL) as daemon,
        connection(address, "knotbreak-break-notice-test") as bus,
    ):
        yield bus, daemon


@pytest.fixture
def daemon(shell) -> FakeDaemon:  # type: ignore[no-untyped-def]
    assert shell[1].idle(0), "a call left over from an earlier test"
    return shell[1]  # type: ignore[no-any-return]


@pytest.fixture
def notifier(shell, daemon: FakeDaemon) -> Iterator[DesktopNotifier]:  # type: ignore[no-untyped-def]
    notifier = DesktopNotifier(bus=shell[0])
    assert notifier.supports_actions
    yield notifier
    notifier.deleteLater()


@pytest.fixture
def realtime_clock(app_clock: FakeClock) -> FakeClock:
    return app_clock


@pytest.fixture
def notice_app(  # type: ignore[no-untyped-def]
    qtbot, user_dirs: Paths, realtime_clock: FakeClock, notifier: DesktopNotifier, daemon: FakeDaemon
) -> Iterator[KnotBreakApp]:
    user_dirs.settings_file.parent.mkdir(parents=True, exist_ok=True)
    user_dirs.settings_file.write_text('break_prompt = "notification"\nnotify_before_seconds = 0\n')
    app = KnotBreakApp(user_dirs, realtime_clock, use_tray=False, probes=Probes(), listen_to_system=False, notifier=notifier)
    yield app
    app.shutdown()
    while not daemon.idle(0.2):
        daemon.next_call()  # the notice taken down on the way out
    if app.status_window is not None:
        app.status_window.hide()
        app.status_window.deleteLater()


def work_until_due(app: KnotBreakApp, clock: FakeClock) -> None:
    clock.advance(app.loop.settings.work_minutes * 60)
    app.tick()
    assert app.loop.state is State.DUE


def due_notice(daemon: FakeDaemon) -> dict[str, Any]:
    call = daemon.next_call()
    assert call["method"] == "Notify" and call["summary"] == "Time for a break", call
    return call


def test_a_due_break_is_a_resident_critical_notice_with_three_buttons(
    notice_app: KnotBreakApp, daemon: FakeDaemon, realtime_clock: FakeClock
) -> None:
    work_until_due(notice_app, realtime_clock)
    call = due_notice(daemon)
    assert call["actions"] == ACTIONS
    assert call["hints"]["resident"] is True
    assert call["expire_timeout"] == 0, "it stays until answered"
    assert "urgency" in call["hints"]
    assert "sitting for 50 min" in call["body"]
    assert KEYBOARD_HINT in call["body"], "the keyboard way: commands a person can bind to keys"
    assert not notice_app.prompt.isVisible(), "no window: it would take the keyboard"
    notice_app.tick()
    realtime_clock.advance(120)
    notice_app.tick()
    assert daemon.idle(), "not sent again just because time passed"
    assert kinds(notice_app).count("prompt_shown") == 1


def test_snooze_from_the_notice(qtbot, notice_app: KnotBreakApp, daemon: FakeDaemon, realtime_clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    work_until_due(notice_app, realtime_clock)
    call = due_notice(daemon)
    daemon.act("click", call["id"], "snooze")
    qtbot.waitUntil(lambda: notice_app.loop.state is State.SNOOZED)
    assert daemon.next_call() == {"method": "CloseNotification", "id": call["id"]}
    realtime_clock.advance(10 * 60)
    notice_app.tick()
    again = due_notice(daemon)
    assert again["replaces_id"] == 0, "a new prompt after the snooze, not an update of the closed one"


def test_skip_from_the_notice(qtbot, notice_app: KnotBreakApp, daemon: FakeDaemon, realtime_clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    work_until_due(notice_app, realtime_clock)
    call = due_notice(daemon)
    daemon.act("click", call["id"], "skip")
    qtbot.waitUntil(lambda: notice_app.loop.state is State.WORKING)
    assert daemon.next_call()["method"] == "CloseNotification"


def test_start_routine_from_the_notice_opens_the_stretch_window(  # type: ignore[no-untyped-def]
    qtbot, notice_app: KnotBreakApp, daemon: FakeDaemon, realtime_clock: FakeClock
) -> None:
    work_until_due(notice_app, realtime_clock)
    call = due_notice(daemon)
    daemon.act("click", call["id"], "start-routine")
    qtbot.waitUntil(lambda: notice_app.loop.state is State.ON_BREAK)
    assert notice_app.stretch_window is not None and notice_app.stretch_window.isVisible()
    assert daemon.next_call()["method"] == "CloseNotification"
    notice_app.stretch_window.close()


def test_the_activation_token_goes_to_the_stretch_window(  # type: ignore[no-untyped-def]
    qtbot, notice_app: KnotBreakApp, daemon: FakeDaemon, realtime_clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The click granted focus; Qt's Wayland platform passes XDG_ACTIVATION_TOKEN on with the window's activation."""
    monkeypatch.delenv("XDG_ACTIVATION_TOKEN", raising=False)
    seen: list[str | None] = []
    notice_app.break_notice.start_routine.connect(lambda: seen.append(os.environ.get("XDG_ACTIVATION_TOKEN")))  # type: ignore[union-attr]
    work_until_due(notice_app, realtime_clock)
    call = due_notice(daemon)
    daemon.act("click", call["id"], "start-routine", "token-from-the-shell")
    qtbot.waitUntil(lambda: notice_app.loop.state is State.ON_BREAK)
    assert seen == ["token-from-the-shell"]
    assert daemon.next_call()["method"] == "CloseNotification"
    notice_app.stretch_window.close()  # type: ignore[union-attr]


def test_a_click_on_another_notice_does_nothing(qtbot, notice_app: KnotBreakApp, daemon: FakeDaemon, realtime_clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    work_until_due(notice_app, realtime_clock)
    call = due_notice(daemon)
    daemon.act("click", call["id"] + 100, "skip")
    daemon.act("click", call["id"], "no-such-action")
    qtbot.wait(50)
    assert notice_app.loop.state is State.DUE


def test_snooze_leaves_the_buttons_at_the_limit_and_the_notice_is_replaced(  # type: ignore[no-untyped-def]
    qtbot, user_dirs: Paths, realtime_clock: FakeClock, notifier: DesktopNotifier, daemon: FakeDaemon
) -> None:
    notice = BreakNotice(notifier)
    app_like_status = _status(can_snooze=True)
    notice.render(app_like_status, 10)
    notice.present()
    first = due_notice(daemon)
    notice.render(_status(can_snooze=False), 10)
    notice.present()
    second = due_notice(daemon)
    assert second["replaces_id"] == first["id"], "replaced, never stacked"
    assert "snooze" not in second["actions"]
    notice.hide()
    assert daemon.next_call() == {"method": "CloseNotification", "id": first["id"]}


def test_dismissing_the_notice_brings_it_back_after_snooze_minutes_without_using_a_snooze(  # type: ignore[no-untyped-def]
    qtbot, notice_app: KnotBreakApp, daemon: FakeDaemon, realtime_clock: FakeClock
) -> None:
    work_until_due(notice_app, realtime_clock)
    call = due_notice(daemon)
    daemon.act("dismiss", call["id"])
    qtbot.waitUntil(lambda: not notice_app.break_notice.isVisible())  # type: ignore[union-attr]
    assert notice_app.loop.state is State.DUE, "still due: the tray says so"
    assert notice_app.loop.status().snoozes_used == 0
    realtime_clock.advance(9 * 60)
    notice_app.tick()
    assert daemon.idle()
    realtime_clock.advance(60)
    notice_app.tick()
    assert due_notice(daemon)["replaces_id"] == 0


def test_without_buttons_the_notice_says_where_to_answer(qapp, tmp_path_factory: pytest.TempPathFactory) -> None:  # type: ignore[no-untyped-def]
    skip_without("dbus-daemon")
    with (
        private_session_bus(tmp_path_factory.mktemp("bus")) as address,
        fake_daemon(address, MARKUP) as daemon,
        connection(address, "knotbreak-no-actions") as bus,
    ):
        notifier = DesktopNotifier(bus=bus)
        assert notifier.available and not notifier.supports_actions
        notice = BreakNotice(notifier)
        notice.render(_status(can_snooze=True), 10)
        notice.present()
        call = due_notice(daemon)
        assert call["actions"] == []
        assert NO_BUTTONS_HINT in call["body"]
        assert KEYBOARD_HINT in call["body"]


def _status(*, can_snooze: bool):  # type: ignore[no-untyped-def]
    from knotbreak.core.breakloop import Status

    return Status(
        state=State.DUE, sitting_seconds=3000, seconds_to_break=0, next_break_at=None, paused_until=None,
        snoozes_used=0 if can_snooze else 3, snoozes_left=3 if can_snooze else 0, work_seconds=3000,
    )


def test_quitting_takes_the_notice_down(notice_app: KnotBreakApp, daemon: FakeDaemon, realtime_clock: FakeClock) -> None:
    """A resident notice would outlive the app, its buttons dead, and a restart would add a second one."""
    work_until_due(notice_app, realtime_clock)
    call = due_notice(daemon)
    notice_app.shutdown()
    assert daemon.next_call() == {"method": "CloseNotification", "id": call["id"]}
