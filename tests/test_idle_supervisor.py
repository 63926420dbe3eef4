"""Choosing the idle source by what works, and dropping one that stops working or never counted."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from hypothesis import given
from hypothesis import strategies as st

from knotbreak.core.clock import FakeClock
from knotbreak.idle import IdleSupervisor, Rejection, choose_idle_source
from knotbreak.idle.base import IdleSource
from knotbreak.idle.detect import ZERO_AT_START, SourceFactory
from knotbreak.idle.supervisor import (
    FAILURES_BEFORE_RECHECK,
    MAX_RETRY_LOST_SECONDS,
    RETRY_LOST_SECONDS,
    STUCK_ZERO_SECONDS,
    ZEROS_BEFORE_REJECT,
)

KDE_WAYLAND = {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "KDE"}


class Scripted:
    """A source that answers from a list (the last value repeats); None is a failed read."""

    def __init__(self, name: str, readings: list[float | None], continuous: bool = True) -> None:
        self.name = name
        self.readings = list(readings)
        self.continuous = continuous
        self.closed = 0
        self.reads = 0

    def idle_seconds(self) -> float | None:
        self.reads += 1
        return self.readings.pop(0) if len(self.readings) > 1 else self.readings[0]

    def close(self) -> None:
        self.closed += 1


def factories(**sources: Scripted | Exception) -> dict[str, SourceFactory]:
    def build(name: str) -> SourceFactory:
        def factory(environ: Mapping[str, str]) -> IdleSource:
            source = sources[name]
            if isinstance(source, Exception):
                raise source
            return source

        return factory

    return {name.replace("_", "-"): build(name) for name in sources}


def test_kde_wayland_prefers_ext_idle_notify_to_a_freedesktop_zero() -> None:
    freedesktop = Scripted("freedesktop", [0.0])
    notify = Scripted("ext-idle-notify", [0.0], continuous=False)
    choice = choose_idle_source(
        KDE_WAYLAND, "linux",
        factories(mutter=OSError("org.gnome.Mutter.IdleMonitor is not on the bus"), ext_idle_notify=notify, freedesktop=freedesktop),
    )
    assert choice.source is notify
    assert choice.rejected["mutter"] == Rejection("not available: org.gnome.Mutter.IdleMonitor is not on the bus")
    assert "freedesktop" not in choice.rejected, "never reached: ext-idle-notify comes first"


def test_a_zero_first_reading_is_a_last_resort() -> None:
    freedesktop = Scripted("freedesktop", [0.0])
    x11 = Scripted("x11", [4.2])
    choice = choose_idle_source(KDE_WAYLAND, "linux", factories(freedesktop=freedesktop, x11=x11))
    assert choice.source is x11
    assert choice.rejected["freedesktop"] == Rejection(ZERO_AT_START, answered=True)
    assert freedesktop.closed == 1

    alone = Scripted("freedesktop", [0.0])
    choice = choose_idle_source(KDE_WAYLAND, "linux", factories(freedesktop=alone))
    assert choice.source is alone and "freedesktop" not in choice.rejected and alone.closed == 0


def test_excluded_sources_are_not_tried() -> None:
    mutter = Scripted("mutter", [5.0])
    dropped = {"mutter": Rejection("stuck", answered=True)}
    choice = choose_idle_source(KDE_WAYLAND, "linux", factories(mutter=mutter), exclude=dropped)
    assert choice.source.name == "none" and mutter.reads == 0
    assert choice.rejected["mutter"].reason == "stuck"


def supervise(clock: FakeClock, **sources: Scripted | Exception) -> IdleSupervisor:
    built = factories(**sources)
    return IdleSupervisor(lambda exclude: choose_idle_source(KDE_WAYLAND, "linux", built, exclude), clock.monotonic)


def test_a_counter_stuck_at_zero_is_dropped_for_the_next_source(clock: FakeClock) -> None:
    stuck = Scripted("freedesktop", [0.0])
    supervisor = supervise(clock, freedesktop=stuck)
    assert supervisor.name == "freedesktop"
    readings = []
    for _ in range(ZEROS_BEFORE_REJECT + 5):
        readings.append(supervisor.idle_seconds())
        clock.advance(STUCK_ZERO_SECONDS / 2)
    assert supervisor.name == "none"
    assert supervisor.rejected["freedesktop"].answered
    assert "exactly 0" in supervisor.rejected["freedesktop"].reason
    assert stuck.closed == 1
    assert readings[:ZEROS_BEFORE_REJECT - 1] == [0.0] * (ZEROS_BEFORE_REJECT - 1)


def test_zeros_in_quick_succession_are_not_enough(clock: FakeClock) -> None:
    source = Scripted("mutter", [0.0])
    supervisor = supervise(clock, mutter=source)
    for _ in range(50):
        supervisor.idle_seconds()
        clock.advance(0.1)  # 5 s in all: a person typing fast could see a few of these
    assert supervisor.name == "mutter"


def test_a_coarse_source_may_read_zero_for_ever(clock: FakeClock) -> None:
    notify = Scripted("ext-idle-notify", [0.0], continuous=False)
    supervisor = supervise(clock, ext_idle_notify=notify)
    for _ in range(100):
        assert supervisor.idle_seconds() == 0.0
        clock.advance(30)
    assert supervisor.name == "ext-idle-notify"


def test_failed_reads_are_unknown_then_the_choice_is_made_again(clock: FakeClock) -> None:
    mutter = Scripted("mutter", [3.0, 3.0, None, None, None, None, 7.0])  # the first for detection
    supervisor = supervise(clock, mutter=mutter, x11=Scripted("x11", [2.0]))
    assert supervisor.idle_seconds() == 3.0
    assert [supervisor.idle_seconds() for _ in range(FAILURES_BEFORE_RECHECK)] == [None] * FAILURES_BEFORE_RECHECK
    assert supervisor.changes == 0, "not before the failures have lasted a while"
    clock.advance(11)
    assert supervisor.idle_seconds() is None
    assert supervisor.changes == 1
    assert supervisor.name == "mutter", "mutter is tried first again, and answers"
    assert supervisor.idle_seconds() == 7.0


def test_a_lost_source_is_looked_for_again(clock: FakeClock) -> None:
    readings: list[float | None] = [2.0, 2.0, None]  # the first for detection
    state = {"up": True}

    def mutter_factory(environ: Mapping[str, str]) -> IdleSource:
        if not state["up"]:
            raise OSError("gone")
        return Scripted("mutter", readings)

    supervisor = IdleSupervisor(
        lambda exclude: choose_idle_source(KDE_WAYLAND, "linux", {"mutter": mutter_factory}, exclude), clock.monotonic
    )
    assert supervisor.idle_seconds() == 2.0
    state["up"] = False
    for _ in range(FAILURES_BEFORE_RECHECK + 1):
        supervisor.idle_seconds()
        clock.advance(5)
    assert supervisor.name == "none"
    state["up"] = True
    readings[:] = [9.0]
    clock.advance(RETRY_LOST_SECONDS)
    assert supervisor.idle_seconds() == 9.0
    assert supervisor.name == "mutter"


@given(st.lists(st.one_of(st.none(), st.just(0.0), st.floats(0.001, 1e6)), min_size=1, max_size=60),
       st.lists(st.floats(0.0, 40.0), min_size=1, max_size=60))
def test_the_supervisor_never_raises_and_never_invents_a_reading(readings: list[float | None], gaps: list[float]) -> None:
    clock = FakeClock()
    supervisor = supervise(clock, mutter=Scripted("mutter", readings), x11=Scripted("x11", [1.5]))
    for index in range(len(readings)):
        value = supervisor.idle_seconds()
        assert value is None or value >= 0
        assert supervisor.name in ("mutter", "x11", "none")
        clock.advance(gaps[index % len(gaps)])


def test_a_counter_that_has_counted_is_never_dropped_for_zeros(clock: FakeClock) -> None:
    """Continuous mouse input reads exactly 0 at every poll (Windows' 15.6 ms tick, a 1 kHz mouse): not a broken source."""
    source = Scripted("mutter", [2.5, 2.5, 0.0])  # detection, one real pause, then input at every poll
    supervisor = supervise(clock, mutter=source)
    for _ in range(100):
        supervisor.idle_seconds()
        clock.advance(30)
    assert supervisor.name == "mutter" and supervisor.changes == 0


def test_looking_for_a_lost_source_backs_off(clock: FakeClock) -> None:
    tries: list[float] = []

    def gone(environ: Mapping[str, str]) -> IdleSource:
        tries.append(clock.monotonic())
        raise OSError("still gone")

    built: dict[str, SourceFactory] = {"mutter": lambda environ: Scripted("mutter", [2.0, 2.0, None])}
    supervisor = IdleSupervisor(lambda exclude: choose_idle_source(KDE_WAYLAND, "linux", built, exclude), clock.monotonic)
    assert supervisor.idle_seconds() == 2.0
    built["mutter"] = gone
    for _ in range(FAILURES_BEFORE_RECHECK + 1):
        supervisor.idle_seconds()
        clock.advance(5)
    assert supervisor.name == "none"
    tries.clear()
    for _ in range(24 * 60):  # a day of polls, one a minute
        supervisor.idle_seconds()
        clock.advance(60)
    gaps = [b - a for a, b in zip(tries, tries[1:])]
    assert gaps == sorted(gaps) and max(gaps) <= MAX_RETRY_LOST_SECONDS + 60
    assert len(tries) < 60, "not a blocking scan every minute"


class Prefetching(Scripted):
    """A source that is asked ahead (like a D-Bus one) and answers when told to."""

    def __init__(self, name: str, readings: list[float | None], fail: bool = False) -> None:
        super().__init__(name, readings)
        self.waiting: list[Callable[[], None]] = []
        self.fail = fail

    def prefetch(self, then: Callable[[], None]) -> None:
        if self.fail:
            raise OSError("the bus went away")
        self.waiting.append(then)

    def answer(self) -> None:
        waiting, self.waiting = self.waiting, []
        for then in waiting:
            then()


def test_prefetch_goes_to_the_source_in_use_and_then_reads(clock: FakeClock) -> None:
    mutter = Prefetching("mutter", [3.0])
    supervisor = supervise(clock, mutter=mutter)
    read: list[float | None] = []
    supervisor.prefetch(lambda: read.append(supervisor.idle_seconds()))
    assert read == [], "nothing is read before the source has its answer"
    mutter.answer()
    assert read == [3.0]


def test_a_source_that_cannot_prefetch_reads_at_once(clock: FakeClock) -> None:
    supervisor = supervise(clock, x11=Scripted("x11", [2.0]))
    read: list[float | None] = []
    supervisor.prefetch(lambda: read.append(supervisor.idle_seconds()))
    assert read == [2.0]
    failing = supervise(clock, mutter=Prefetching("mutter", [3.0], fail=True))
    failing.prefetch(lambda: read.append(failing.idle_seconds()))
    assert read == [2.0, 3.0], "a prefetch that fails still reads, and counts any failure there"
