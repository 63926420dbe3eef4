"""The stretch window as a screen reader meets it: the real AT-SPI tree of the real app.

The app runs on its own Xvfb with a private session bus and a real AT-SPI bus
(at-spi-bus-launcher starts the accessibility bus, which starts
at-spi2-registryd when the first reader asks), with
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, as when a screen reader is running.
`knotbreak break` opens the stretch window over the control socket, and
tests/atspi_reader.py reads that window with pyatspi, as Orca would, from the
system Python (pyatspi is the Debian package python3-pyatspi, not a pip one).

Skipped only where Xvfb, at-spi2-core or python3-pyatspi is missing;
packaging/install-system-deps.sh installs them for CI. A few seconds.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from buses import private_session_bus
from xserver import running_xvfb, skip_without, stop, wait_until

from knotbreak.core.exercises import load_builtin_library

pytestmark = pytest.mark.x11

READER = Path(__file__).resolve().with_name("atspi_reader.py")
SYSTEM_PYTHON = "/usr/bin/python3"
# Where Debian and Ubuntu releases have put the launcher (package at-spi2-core).
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
WINDOW_PREFIX = "KnotBreak: "  # the stretch window's title: "KnotBreak: <routine name>"

# Roles a person acts on or moves through: each needs a name a screen reader can say.
INTERACTIVE_ROLES = frozenset(
    {
        "push button",
        "toggle button",
        "check box",
        "radio button",
        "spin button",
        "slider",
        "scroll bar",
        "combo box",
        "text",
        "password text",
        "entry",
        "list item",
        "menu item",
        "check menu item",
        "radio menu item",
        "page tab",
        "link",
        "table cell",
        "tree item",
        "dial",
    }
)
# The countdown as the stretch window exposes it, e.g. "23 seconds left", "1 minute left".
COUNTDOWN = re.compile(r"\b\d+ (second|minute)s? left\b")


def _bus_launcher() -> str | None:
    return next((path for path in BUS_LAUNCHERS if os.access(path, os.X_OK)), None)


def skip_without_atspi() -> str:
    """The bus launcher's path; skips the test where Xvfb, at-spi2-core or python3-pyatspi is missing."""
    skip_without("Xvfb", "dbus-daemon")
    launcher = _bus_launcher()
    if launcher is None:
        pytest.skip("needs at-spi-bus-launcher, not installed (Debian package at-spi2-core)")
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        pytest.skip(f"needs {SYSTEM_PYTHON} with pyatspi (Debian package python3-pyatspi)")
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, text=True, timeout=30)
    if probe.returncode != 0:
        pytest.skip(f"needs pyatspi for {SYSTEM_PYTHON}, not installed (Debian package python3-pyatspi)")
    return launcher


def _owns(address: str, service: str) -> bool:
    """Whether service has an owner on the bus at address (dbus-send is not needed: QtDBus asks)."""
    from PySide6.QtDBus import QDBusConnection

    name = "knotbreak-atspi-test"
    connection = QDBusConnection.connectToBus(address, name)
    try:
        return connection.isConnected() and bool(connection.interface().isServiceRegistered(service).value())
    finally:
        QDBusConnection.disconnectFromBus(name)


class AccessibleApp:
    """The real app under Xvfb, a private session bus and the AT-SPI bus."""

    def __init__(self, env: dict[str, str], home: Path) -> None:
        config = home / "config" / "knotbreak"
        config.mkdir(parents=True)
        # Any settings file: no first-run welcome. The rest are the defaults a person starts with.
        (config / "settings.toml").write_text("notify_before_seconds = 0\n")
        self.env = env
        self.log = home / "app.log"  # a file, not a pipe: nobody reads a pipe while the test runs
        with self.log.open("wb") as log:
            self.process = subprocess.Popen([sys.executable, "-m", "knotbreak"], env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log)

    def command(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "knotbreak", *args], env=self.env, capture_output=True, text=True, timeout=20)

    def answers(self) -> bool:
        return self.process.poll() is not None or self.command("status", "--json").returncode == 0

    def stop(self) -> str:
        if self.process.poll() is None:
            self.command("quit")
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        return self.log.read_text(errors="replace")


@pytest.fixture
def accessible_app(tmp_path: Path, qapp: Any) -> Iterator[AccessibleApp]:
    launcher_path = skip_without_atspi()
    home = tmp_path / "app"
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, parents=True)
    (tmp_path / "bus").mkdir()
    with ExitStack() as stack:
        server = stack.enter_context(running_xvfb())
        address = stack.enter_context(private_session_bus(tmp_path / "bus"))
        env = server.env(
            DBUS_SESSION_BUS_ADDRESS=address,
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CACHE_HOME=str(home / "cache"),
            XDG_RUNTIME_DIR=str(runtime),
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        )
        # Its own process group: the accessibility bus daemon and the registry it starts go with it.
        with (tmp_path / "at-spi.log").open("wb") as log:
            launcher = subprocess.Popen(
                [launcher_path, "--launch-immediately", "--a11y=1"],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                start_new_session=True,
            )
        stack.callback(_stop_group, launcher)
        wait_until(lambda: launcher.poll() is not None or _owns(address, "org.a11y.Bus"), 15, "at-spi-bus-launcher")
        assert launcher.poll() is None, f"at-spi-bus-launcher exited: {(tmp_path / 'at-spi.log').read_text(errors='replace')}"
        app = AccessibleApp(env, home)
        try:
            wait_until(app.answers, 30, "the app to answer")
            assert app.process.poll() is None, app.log.read_text(errors="replace")
            yield app
        finally:
            print(app.stop())


def _stop_group(process: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    stop(process)
    try:
        os.killpg(process.pid, signal.SIGKILL)  # whatever the launcher started and left behind
    except ProcessLookupError:
        pass


def read_window(app: AccessibleApp, wait_for: re.Pattern[str] | None = None) -> dict[str, Any]:
    args = [SYSTEM_PYTHON, str(READER), str(app.process.pid), WINDOW_PREFIX, "20"]
    if wait_for is not None:
        args += [wait_for.pattern, "3"]
    result = subprocess.run(args, env=app.env, capture_output=True, text=True, timeout=60)
    assert result.stdout, f"atspi_reader printed nothing: {result.stderr}"
    report = json.loads(result.stdout)
    assert report["window"] is not None, f"no stretch window in the AT-SPI tree; saw {report}; {result.stderr}"
    return report["window"]


def nodes(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    for child in node["children"]:
        yield from nodes(child)


def spoken(node: dict[str, Any]) -> list[str]:
    """What a screen reader can read out for a node: its name, description, text and value."""
    said = [node["name"], node["description"], node["text"] or ""]
    return [s for s in said if s] + ([str(node["value"])] if node["value"] is not None else [])


def test_a_screen_reader_can_use_the_stretch_window(accessible_app: AccessibleApp, tmp_path: Path) -> None:
    started = accessible_app.command("break")
    assert started.returncode == 0, started.stderr
    window = read_window(accessible_app, wait_for=COUNTDOWN)
    everything = list(nodes(window))
    heard = [(n["role"], n["name"]) for n in everything]
    # What a screen reader hears (-s shows it), for a person reading a failure.
    (tmp_path / "stretch-window-atspi.json").write_text(json.dumps(window, indent=1))
    print("\n".join(f"{n['role']}: {n['name']!r}{'' if 'showing' in n['states'] else '  (hidden)'}" for n in everything))
    assert window["name"].startswith(WINDOW_PREFIX)

    # (a) Nothing a person can act on is nameless.
    nameless = [(n["role"], n["states"]) for n in everything if n["role"] in INTERACTIVE_ROLES and not n["name"].strip()]
    assert nameless == [], f"interactive elements without a name: {nameless}"

    # (c) The exercise being done, and its steps as shown, can be read.
    exercises = {exercise.name: exercise for exercise in load_builtin_library().exercises.values()}
    names = [n["name"] for n in everything]
    shown = [name for name in names if name in exercises]
    assert shown, f"no exercise name among {names}"
    readable = "\n".join(s for n in everything for s in spoken(n))
    missing_steps = [step for step in exercises[shown[0]].steps if step not in readable]
    assert missing_steps == [], f"steps of {shown[0]} a screen reader cannot read"

    # (b) The countdown can be read as words, not only seen as a ring.
    countdown = [s for n in everything for s in spoken(n) if COUNTDOWN.search(s)]
    assert countdown, f"no countdown like '23 seconds left' among {heard}"
