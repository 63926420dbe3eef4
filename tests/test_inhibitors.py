"""Another program keeping the screen awake holds the break prompt: GNOME's and KDE's answers, read over D-Bus."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest
from buses import private_session_bus
from fake_notifications import Lines, fake_service
from simulation import BERLIN, Day
from test_notifications import connection
from xserver import skip_without

from knotbreak.core.breakloop import State
from knotbreak.core.settings import Settings
from knotbreak.qt.inhibitors import InhibitorProbe, any_inhibited

SCRIPT = Path(__file__).with_name("fake_inhibitors.py")


class FakeDesktop:
    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.process = process
        self.lines = Lines(process.stdout, "the fake inhibitor service")

    def set(self, flags: int) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(f"{flags}\n".encode())
        self.process.stdin.flush()
        assert self.lines.next() == f"ok {flags}"


@contextmanager
def fake_desktop(address: str, which: str) -> Iterator[FakeDesktop]:
    with fake_service(address, SCRIPT, which) as process:
        yield FakeDesktop(process)


@pytest.fixture
def bus_address(qapp, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:  # type: ignore[no-untyped-def]
    skip_without("dbus-daemon")
    with private_session_bus(tmp_path_factory.mktemp("bus")) as address:
        yield address


def settles_on(qtbot, probe: InhibitorProbe, expected: bool | None) -> None:  # type: ignore[no-untyped-def]
    """The probe answers from what the desktop last said: ask until that is `expected`."""
    qtbot.waitUntil(lambda: probe.inhibited() is expected, timeout=5000)


@pytest.mark.parametrize(("which", "inhibiting", "other"), [("gnome", 8, 4 | 1), ("kde", 4, 2)])
def test_the_probe_reads_the_desktops_idle_inhibitors(qtbot, bus_address: str, which: str, inhibiting: int, other: int) -> None:  # type: ignore[no-untyped-def]
    with connection(bus_address, f"knotbreak-inhibit-{which}") as bus:
        probe = InhibitorProbe(bus)
        assert probe.inhibited() is None, "no service: cannot tell"
        with fake_desktop(bus_address, which) as desktop:
            settles_on(qtbot, probe, False)
            desktop.set(inhibiting)
            settles_on(qtbot, probe, True)
            desktop.set(other)
            settles_on(qtbot, probe, False)  # a suspend or logout inhibitor is no video
        settles_on(qtbot, probe, None)


@pytest.mark.parametrize("which", ["gnome", "kde"])
def test_a_desktop_that_hangs_never_holds_up_the_caller(qtbot, bus_address: str, which: str) -> None:  # type: ignore[no-untyped-def]
    with connection(bus_address, f"knotbreak-inhibit-hang-{which}") as bus, fake_service(bus_address, SCRIPT, which, "--hang"):
        probe = InhibitorProbe(bus)
        longest = 0.0
        deadline = time.monotonic() + 1.5  # past CALL_TIMEOUT_MS: the calls have timed out meanwhile
        while time.monotonic() < deadline:
            started = time.monotonic()
            assert probe.inhibited() is None
            longest = max(longest, time.monotonic() - started)
            qtbot.wait(20)
        assert longest < 0.05, f"inhibited() took {longest:.3f} s while the desktop hung"


def test_any_inhibited() -> None:
    assert any_inhibited([lambda: None, lambda: True]) is True
    assert any_inhibited([lambda: None, lambda: None]) is None
    assert any_inhibited([lambda: None, lambda: False]) is False


def test_an_inhibitor_holds_the_prompt_up_to_max_defer_minutes() -> None:
    playing = {"video": True}
    settings = Settings(work_minutes=50, max_defer_minutes=20)
    day = Day(settings, datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN), inhibited=lambda: playing["video"])
    day.work(50)
    assert day.loop.state is State.DUE and not day.session.prompt_wanted()
    assert day.session.status_json()["deferred_reason"] == "inhibited"
    assert day.session.quiet(), "no pre-break notices either"
    day.work(21)
    assert day.session.prompt_wanted(), "after max_defer_minutes it shows anyway"
    assert day.prompts == ["10:10"]


def test_the_inhibitor_setting_can_be_turned_off() -> None:
    day = Day(Settings(defer_when_inhibited=False), datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN), inhibited=lambda: True)
    assert day.work_until_prompt() == "09:50"


