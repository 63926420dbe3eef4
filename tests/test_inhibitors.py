"""Another program keeping the screen awake holds the break prompt: GNOME's and KDE's answers, read over D-Bus."""

from __future__ import annotations

import subprocess
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


@pytest.mark.parametrize(("which", "inhibiting", "other"), [("gnome", 8, 4 | 1), ("kde", 4, 2)])
def test_the_probe_reads_the_desktops_idle_inhibitors(bus_address: str, which: str, inhibiting: int, other: int) -> None:
    with connection(bus_address, f"knotbreak-inhibit-{which}") as bus:
        probe = InhibitorProbe(bus)
        assert probe.inhibited() is None, "no service: cannot tell"
        with fake_desktop(bus_address, which) as desktop:
            assert probe.inhibited() is False
            desktop.set(inhibiting)
            assert probe.inhibited() is True
            desktop.set(other)
            assert probe.inhibited() is False, "a suspend or logout inhibitor is no video"
        assert probe.inhibited() is None


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


