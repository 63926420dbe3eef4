"""A simulated person at a simulated desk, for whole-day tests of the Session."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from knotbreak.core.activity import FunctionIdle
from knotbreak.core.breakloop import Event, EventKind
from knotbreak.core.clock import FakeClock
from knotbreak.core.session import Session
from knotbreak.core.settings import Settings

BERLIN = ZoneInfo("Europe/Berlin")
TYPING_EVERY = 20.0
MAX_STEPS = 200_000


class FakeUser:
    """Idle time as an X server reports it: time since the last input, on a clock that sleeps with the machine."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.last_input = clock.monotonic()

    def touch(self) -> None:
        self.last_input = self.clock.monotonic()

    def idle(self) -> float:
        return self.clock.monotonic() - self.last_input


class Day:
    def __init__(self, settings: Settings, start: datetime, **probes) -> None:  # type: ignore[no-untyped-def]
        self.clock = FakeClock(start=start)
        self.user = FakeUser(self.clock)
        self.session = Session(self.clock, settings, idle=FunctionIdle(self.user.idle, "fake"), **probes)
        self.prompts: list[str] = []
        self.natural_breaks: list[str] = []
        self.events: list[Event] = []
        self._prompt_shown = False
        self.session.loop.subscribe(self._record)
        self.session.tick()

    @property
    def loop(self):  # type: ignore[no-untyped-def]
        return self.session.loop

    def at(self) -> str:
        return self.clock.now().strftime("%H:%M")

    def _record(self, event: Event) -> None:
        self.events.append(event)
        if event.kind is EventKind.NATURAL_BREAK:
            self.natural_breaks.append(self.at())

    def _observe(self) -> None:
        wanted = self.session.prompt_wanted()
        if wanted and not self._prompt_shown:
            self.prompts.append(self.at())
        self._prompt_shown = wanted

    def _run(self, seconds: float | None, typing: bool, stop_on_prompt: bool = False) -> None:
        end = None if seconds is None else self.clock.monotonic() + seconds
        for _ in range(MAX_STEPS):
            now = self.clock.monotonic()
            if end is not None and now >= end:
                return
            if stop_on_prompt and self.session.prompt_wanted():
                return
            target = self.session.next_wakeup()
            if end is not None:
                target = min(target, end)
            if typing:
                target = min(target, self.user.last_input + TYPING_EVERY)
            self.clock.advance(max(0.0, target - now))
            if typing and self.clock.monotonic() >= self.user.last_input + TYPING_EVERY:
                self.user.touch()
            self.session.tick()
            self._observe()
        raise AssertionError("the simulation did not settle")

    def work(self, minutes: float) -> None:
        self._run(minutes * 60, typing=True)

    def work_until_prompt(self) -> str:
        self._run(None, typing=True, stop_on_prompt=True)
        return self.at()

    def away(self, minutes: float) -> None:
        self._run(minutes * 60, typing=False)

    def come_back(self) -> None:
        self.user.touch()
        self.session.tick()
        self._observe()

    def take_break(self, minutes: float) -> None:
        self.loop.start_break()
        self._run(minutes * 60, typing=False)
        self.loop.finish_break(completed=True)
        self.come_back()

    def suspend(self, minutes: float) -> None:
        self.clock.suspend(minutes * 60)
        self.come_back()  # opening the lid is input; the app polls at once on resume

    def count(self, kind: EventKind) -> int:
        return sum(1 for event in self.events if event.kind is kind)
