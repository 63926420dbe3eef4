"""What the tray says about idle sources, and the prompt window's wait for a pause in typing where it takes focus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from knotbreak.core.activity import FunctionIdle
from knotbreak.core.breakloop import State
from knotbreak.core.clock import FakeClock
from knotbreak.core.describe import notes
from knotbreak.core.session import Session
from knotbreak.core.settings import Settings
from knotbreak.qt import prompt_presenter
from knotbreak.qt.prompt_presenter import QUIET_SECONDS, PromptPresenter


def test_the_tray_names_the_source_and_only_the_rejections_worth_telling() -> None:
    lines = notes(
        {
            "idle_source": "ext-idle-notify",
            "idle_sources_rejected": {
                "mutter": "not available: org.gnome.Mutter.IdleMonitor is not on the bus",
                "freedesktop": "answered exactly 0 4 times in a row over 90 s: it does not count idle time on this desktop",
            },
        }
    )
    assert "Activity read from the Wayland compositor (ext-idle-notify)" in lines
    assert any(line.startswith("Not used: the freedesktop ScreenSaver service: answered exactly 0") for line in lines)
    assert not any("Mutter" in line for line in lines), "a source that is simply not on this desktop is no news"


class Recorded:
    def __init__(self) -> None:
        self.shown = 0

    def prompt_shown(self) -> None:
        self.shown += 1


@pytest.fixture
def typing_on_wayland(qtbot, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[FakeClock, dict[str, float], Session, PromptPresenter, Recorded]]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(prompt_presenter, "windows_take_focus", lambda: True)
    clock = FakeClock()
    last_input = {"at": clock.monotonic()}
    session = Session(clock, Settings(work_minutes=1), idle=FunctionIdle(lambda: clock.monotonic() - last_input["at"], "fake"))
    recorded = Recorded()
    presenter = PromptPresenter(session, recorded, None, start_routine=lambda: None, attempt=lambda *a: None, resync=lambda: None)  # type: ignore[arg-type]
    yield clock, last_input, session, presenter, recorded
    presenter.hide()
    presenter.window.deleteLater()


def test_where_a_window_takes_the_keyboard_it_waits_for_a_pause_in_typing(typing_on_wayland) -> None:  # type: ignore[no-untyped-def]
    clock, last_input, session, presenter, recorded = typing_on_wayland
    clock.advance(60)
    last_input["at"] = clock.monotonic()  # typing right now
    session.tick()
    assert session.loop.state is State.DUE and session.prompt_wanted()
    presenter.show(session.loop.status())
    assert not presenter.window.isVisible() and recorded.shown == 0, "no window under the typing hands"
    clock.advance(QUIET_SECONDS)
    presenter.show(session.loop.status())
    assert presenter.window.isVisible() and recorded.shown == 1
