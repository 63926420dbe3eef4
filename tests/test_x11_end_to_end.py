"""The whole app under a real X server: real idle time, real input, real timers.

Two apps run side by side on their own Xvfb displays with work_minutes = 1 and
natural_break_minutes = 1: one gets input every few seconds and must prompt
after about a minute; the other gets none and must take a natural break
instead. About 80 seconds of wall time, which is the point.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from xserver import XServer, running_xvfb, skip_without, stop, wait_until

pytestmark = pytest.mark.x11


class RunningApp:
    def __init__(self, server: XServer, home: Path) -> None:
        self.server = server
        runtime = home / "runtime"
        runtime.mkdir(mode=0o700)
        config = home / "config" / "knotbreak"
        config.mkdir(parents=True)
        (config / "settings.toml").write_text("work_minutes = 1\nnatural_break_minutes = 1\nnotify_before_seconds = 0\n")
        self.env = server.env(
            XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"), XDG_RUNTIME_DIR=str(runtime)
        )
        self.env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "knotbreak"], env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self.started = time.monotonic()

    def status(self) -> dict | None:  # type: ignore[type-arg]
        result = subprocess.run(
            [sys.executable, "-m", "knotbreak", "status", "--json"], env=self.env, capture_output=True, text=True, timeout=20
        )
        return json.loads(result.stdout) if result.returncode == 0 else None

    def stop(self) -> str:
        if self.process.poll() is None:
            subprocess.run([sys.executable, "-m", "knotbreak", "quit"], env=self.env, capture_output=True, timeout=20)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        return self.process.communicate(timeout=10)[1]


@pytest.fixture
def two_apps(tmp_path: Path) -> Iterator[tuple[RunningApp, RunningApp]]:
    skip_without("Xvfb", "xdotool")
    with ExitStack() as stack:
        busy = stack.enter_context(running_xvfb(window_manager=True))
        idle = stack.enter_context(running_xvfb())
        (tmp_path / "busy").mkdir()
        (tmp_path / "idle").mkdir()
        apps = (RunningApp(busy, tmp_path / "busy"), RunningApp(idle, tmp_path / "idle"))
        try:
            for app in apps:
                wait_until(lambda app=app: app.process.poll() is not None or app.status() is not None, 30, "the app to answer")
                assert app.process.poll() is None, app.process.communicate()
            yield apps
        finally:
            logs = [app.stop() for app in apps]
            print("\n".join(logs))


def test_input_brings_the_prompt_and_no_input_is_a_natural_break(
    two_apps: tuple[RunningApp, RunningApp], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    busy, idle = two_apps
    assert busy.status()["idle_source"] == "x11"
    assert idle.status()["idle_source"] == "x11"
    # The person types into another program: it has focus, and keeps it when the prompt comes.
    focus_log = tmp_path / "focus.log"
    watcher = subprocess.Popen([sys.executable, str(Path(__file__).with_name("focus_watch.py")), str(focus_log)], env=busy.server.env())
    request.addfinalizer(lambda: stop(watcher))
    wait_until(lambda: focus_log.exists() and "focus-in" in focus_log.read_text(), 30, "the focus-watch window to have focus")
    keys_sent = 0

    seen_idle: list[dict] = []  # type: ignore[type-arg]
    deadline = time.monotonic() + 100
    due_after = None
    while time.monotonic() < deadline:
        busy.server.xdotool("key", "ctrl")
        keys_sent += 1
        status = busy.status()
        if due_after is None and status["state"] == "due":
            due_after = time.monotonic() - busy.started
        seen_idle.append(idle.status())
        if due_after is not None and seen_idle[-1]["away"] and time.monotonic() - idle.started > 75:
            break
        time.sleep(3)

    assert due_after is not None, "the busy app never prompted"
    assert 55 <= due_after <= 80, f"prompt after {due_after:.0f} s of activity"
    assert busy.status()["sitting_seconds"] >= 55
    prompt = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "time for a break"], env=busy.server.env(), capture_output=True)
    assert prompt.returncode == 0, "the prompt window is on screen"
    time.sleep(0.5)  # the last key on its way
    focus = focus_log.read_text().splitlines()
    assert not [line for line in focus if line in ("focus-out", "window-deactivate")], f"the prompt took focus: {focus}"
    assert focus.count("key Control") == keys_sent, f"{keys_sent} keys typed, {focus.count('key Control')} arrived"

    final = seen_idle[-1]
    assert final["away"] is True and final["sitting_seconds"] == 0 and final["idle_seconds"] >= 60
    assert all(s["state"] != "due" for s in seen_idle), "no prompt without sitting"

    # The person sits down again: the next working stretch starts at the input.
    idle.server.xdotool("mousemove", "--sync", "10", "10")
    wait_until(lambda: idle.status()["away"] is False, 10, "the return to be seen")
    assert idle.status()["seconds_to_break"] >= 50
