"""The app on the real GNOME and Plasma compositors (Mutter 43, KWin 5.27), headless, on Qt's Wayland platform.

Both sessions run at once (about two and a half minutes of wall time, the
point being real timers, real idle time and a real focus-watch window); each
runs tests/wayland_scenario.py, and the tests here read its report.
Skipped only where ../shared/tools/wayland-session is missing or the
compositor cannot start on this machine.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.wayland

HERE = Path(__file__).resolve().parent
TOOL = HERE.parents[1] / "shared" / "tools" / "wayland-session"
COMPOSITOR_FAILED = 3  # wayland-session's exit status when the compositor (or its packages) cannot be had
SESSION_TIMEOUT = 420


class Session:
    def __init__(self, compositor: str, work: Path) -> None:
        self.compositor = compositor
        self.report_path = work / "report.json"
        self._report: dict[str, Any] | None = None
        (work / "app").mkdir(parents=True)
        self.process = subprocess.Popen(
            [str(TOOL), "--compositor", compositor, "--", sys.executable, str(HERE / "wayland_scenario.py"),
             str(self.report_path), str(work / "app")],
            env={**os.environ, "WAYLAND_SESSION_TOOL": str(TOOL)},
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )

    def report(self) -> dict[str, Any]:
        if self._report is None:
            self._report = self._read_report()
        return self._report

    def _read_report(self) -> dict[str, Any]:
        output, _ = self.process.communicate(timeout=SESSION_TIMEOUT)
        if not self.report_path.exists():
            if self.process.returncode == COMPOSITOR_FAILED:
                pytest.skip(f"{self.compositor} cannot run here: {output.strip()[-3000:]}")
            pytest.fail(f"wayland-session {self.compositor} exited {self.process.returncode} without a report:\n{output}")
        report: dict[str, Any] = json.loads(self.report_path.read_text())
        assert "error" not in report, f"the scenario broke: {report['error']}\n{json.dumps(report, indent=1)[-3000:]}"
        return report


@pytest.fixture(scope="module")
def sessions(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Session]]:
    if not TOOL.exists():
        pytest.skip(f"no {TOOL}")
    work = tmp_path_factory.mktemp("wayland")
    running = {name: Session(name, work / name) for name in ("mutter", "kwin")}
    yield running
    for session in running.values():
        if session.process.poll() is None:
            session.process.kill()
        session.process.communicate()


@pytest.fixture(scope="module")
def mutter(sessions: dict[str, Session]) -> dict[str, Any]:
    return sessions["mutter"].report()


@pytest.fixture(scope="module")
def kwin(sessions: dict[str, Session]) -> dict[str, Any]:
    return sessions["kwin"].report()


def focus_changes(report: dict[str, Any]) -> list[str]:
    return [line for line in report["focus_log"] if re.search(r" (focus-out|window-deactivate)", line)]


def test_mutter_reads_idle_time_from_gnomes_idle_monitor(mutter: dict[str, Any]) -> None:
    assert mutter["first_status"]["idle_source"] == "mutter"


def test_kwin_reads_idle_time_from_ext_idle_notify_not_a_screensaver_stuck_at_zero(kwin: dict[str, Any]) -> None:
    status = kwin["first_status"]
    assert status["idle_source"] == "ext-idle-notify"


@pytest.mark.parametrize("compositor", ["mutter", "kwin"])
def test_the_focused_window_keeps_the_keyboard_when_a_break_comes_due(compositor: str, request: pytest.FixtureRequest) -> None:
    report = request.getfixturevalue(compositor)
    assert report["focus_watch_started"]
    assert report["due_status"]["state"] == "due"
    assert any(" focus-in" in line or "window-activate" in line for line in report["focus_log"]), report["focus_log"]
    assert focus_changes(report) == [], f"the focus-watch window lost focus:\n{report['focus_log']}"


def test_every_key_typed_under_mutter_reaches_the_focused_window(mutter: dict[str, Any]) -> None:
    due_at = next(e["t"] for e in mutter["events"] if e["what"] == "break notice")
    sent = mutter["inputs_sent"]
    assert len([t for t in sent if t > due_at]) >= 3, "typing went on after the break came due"
    keys = [line for line in mutter["focus_log"] if " key Ctrl" in line]
    assert len(keys) == len(sent), f"{len(sent)} keys typed, {len(keys)} arrived"


@pytest.mark.parametrize("compositor", ["mutter", "kwin"])
def test_the_break_notice_has_buttons_and_snooze_works(compositor: str, request: pytest.FixtureRequest) -> None:
    report = request.getfixturevalue(compositor)
    notices = [n for n in report["notifications"] if n.get("summary") == "Time for a break"]
    assert len(notices) == 1, report["notifications"]
    assert [key for key in notices[0]["actions"][::2]] == ["start-routine", "snooze", "skip"]
    assert notices[0]["hints"]["resident"] is True
    assert report["closed_after_snooze"], "the notice goes once answered"
    assert report["after_snooze"]["state"] == "snoozed"


@pytest.mark.parametrize("compositor", ["mutter", "kwin"])
def test_real_idle_time_ends_in_a_natural_break(compositor: str, request: pytest.FixtureRequest) -> None:
    report = request.getfixturevalue(compositor)
    status = report["natural_break"]
    assert status is not None, f"no natural break: {report['events']}"
    assert status["away"] and status["sitting_seconds"] == 0 and status["state"] == "working"


def test_status_idle_seconds_is_live_under_mutter(mutter: dict[str, Any]) -> None:
    first, second = mutter["live_idle"]["app"]
    first_ms, second_ms = mutter["live_idle"]["compositor_ms"]
    assert second - first >= 2, "three seconds later, about three seconds more idle"
    assert abs(first - first_ms / 1000) <= 1.5 and abs(second - second_ms / 1000) <= 1.5


def test_status_idle_seconds_is_live_under_kwin(kwin: dict[str, Any]) -> None:
    first, second = kwin["live_idle"]["app"]
    assert 2 <= second - first <= 5
