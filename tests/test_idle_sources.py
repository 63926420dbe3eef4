"""Idle-time sources: each OS call faked at its boundary, detection order, and the
X11 and D-Bus sources for real against a private Xvfb and a private session bus."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace

import pytest
from buses import private_session_bus as stack_bus
from buses import read_line
from hypothesis import given
from hypothesis import strategies as st
from xserver import XServer, free_display_numbers, running_xvfb, skip_without, stop, wait_until

from knotbreak.idle import IdleSource, NoIdleSource, detect_idle_source
from knotbreak.idle.dbus import MUTTER, FreedesktopIdleSource, MutterIdleSource, QtDBusCall, freedesktop_source, mutter_source
from knotbreak.idle.detect import FACTORIES, SourceFactory, source_order
from knotbreak.idle.macos import K_CG_ANY_INPUT_EVENT_TYPE, K_CG_EVENT_SOURCE_STATE_COMBINED_SESSION_STATE, MacIdleSource
from knotbreak.idle.windows import WindowsIdleSource
from knotbreak.idle.x11 import X11IdleSource

# --- each source with its OS call faked ---------------------------------------


def test_windows_idle_is_tick_count_minus_last_input() -> None:
    source = WindowsIdleSource(lambda: 10_000, lambda: 12_500)
    assert source.name == "windows"
    assert source.idle_seconds() == 2.5


def test_windows_survives_the_49_day_tick_wrap() -> None:
    # Last input 995 ms before the counter wrapped, now 5 ms after it.
    source = WindowsIdleSource(lambda: 2**32 - 995, lambda: 5)
    assert source.idle_seconds() == 1.0


@given(last=st.integers(0, 2**32 - 1), idle_ms=st.integers(0, 2**32 - 1))
def test_windows_wrap_for_any_tick(last: int, idle_ms: int) -> None:
    source = WindowsIdleSource(lambda: last, lambda: (last + idle_ms) % 2**32)
    assert source.idle_seconds() == idle_ms / 1000


def test_windows_failed_call_is_unknown() -> None:
    assert WindowsIdleSource(lambda: None, lambda: 5).idle_seconds() is None


def test_macos_asks_for_any_input_in_the_combined_session_state() -> None:
    asked: list[tuple[int, int]] = []

    def seconds_since(state: int, event_type: int) -> float:
        asked.append((state, event_type))
        return 42.5

    source = MacIdleSource(seconds_since)
    assert source.name == "macos"
    assert source.idle_seconds() == 42.5
    assert asked == [(0, 0xFFFFFFFF)]
    assert (K_CG_EVENT_SOURCE_STATE_COMBINED_SESSION_STATE, K_CG_ANY_INPUT_EVENT_TYPE) == (0, 0xFFFFFFFF)


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), -1.0])
def test_macos_nonsense_is_unknown(bad: float) -> None:
    assert MacIdleSource(lambda state, event_type: bad).idle_seconds() is None


@pytest.mark.parametrize("source_class", [MutterIdleSource, FreedesktopIdleSource])
def test_dbus_sources_turn_milliseconds_into_seconds(source_class: type[MutterIdleSource | FreedesktopIdleSource]) -> None:
    assert source_class(lambda: 4242).idle_seconds() == 4.242
    assert source_class(lambda: 0).idle_seconds() == 0.0


@pytest.mark.parametrize("source_class", [MutterIdleSource, FreedesktopIdleSource])
def test_dbus_error_reply_is_unknown(source_class: type[MutterIdleSource | FreedesktopIdleSource]) -> None:
    replies: list[int | None] = [None, 1500]
    source = source_class(lambda: replies.pop(0))
    assert source.idle_seconds() is None
    assert source.idle_seconds() == 1.5, "a failed call does not stick"


def test_dbus_source_names() -> None:
    assert MutterIdleSource(lambda: 0).name == "mutter"
    assert FreedesktopIdleSource(lambda: 0).name == "freedesktop"


def test_no_idle_source_never_knows() -> None:
    source = NoIdleSource()
    assert source.name == "none"
    assert source.idle_seconds() is None
    source.close()
    source.close()


# --- detection order, with fake factories --------------------------------------


@dataclass
class FakeSource:
    name: str
    reading: float | None
    closed: bool = False

    def idle_seconds(self) -> float | None:
        return self.reading

    def close(self) -> None:
        self.closed = True


@dataclass
class Candidates:
    """Fake factories that record the order they were tried in and the sources they built."""

    readings: Mapping[str, float | None | Exception] = field(default_factory=dict)
    tried: list[str] = field(default_factory=list)
    built: dict[str, FakeSource] = field(default_factory=dict)

    def factories(self) -> dict[str, SourceFactory]:
        return {name: self._factory(name) for name in ("x11", "mutter", "freedesktop", "ext-idle-notify", "windows", "macos")}

    def _factory(self, name: str) -> SourceFactory:
        def build(environ: Mapping[str, str]) -> IdleSource:
            self.tried.append(name)
            reading = self.readings.get(name, OSError(f"{name} is not here"))
            if isinstance(reading, Exception):
                raise reading
            self.built[name] = FakeSource(name, reading)
            return self.built[name]

        return build


X11_SESSION = {"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}
WAYLAND_SESSION = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}


@pytest.mark.parametrize(
    ("environ", "platform", "order"),
    [
        (X11_SESSION, "linux", ["x11", "mutter", "freedesktop"]),
        ({"DISPLAY": ":1"}, "freebsd14", ["x11", "mutter", "freedesktop"]),
        (WAYLAND_SESSION, "linux", ["mutter", "ext-idle-notify", "freedesktop", "x11"]),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", ["mutter", "ext-idle-notify", "freedesktop", "x11"]),
        ({"XDG_SESSION_TYPE": "wayland"}, "linux", ["mutter", "ext-idle-notify", "freedesktop", "x11"]),
        ({}, "win32", ["windows"]),
        (X11_SESSION, "darwin", ["macos"]),
    ],
)
def test_detect_tries_sources_in_order(environ: dict[str, str], platform: str, order: list[str]) -> None:
    assert source_order(environ, platform) == order
    candidates = Candidates()
    source = detect_idle_source(environ, platform, candidates.factories())
    assert candidates.tried == order
    assert isinstance(source, NoIdleSource)
    assert source.name == "none"


def test_detect_x11_session_prefers_x11() -> None:
    candidates = Candidates({"x11": 3.0, "mutter": 4.0})
    source = detect_idle_source(X11_SESSION, "linux", candidates.factories())
    assert source.name == "x11"
    assert candidates.tried == ["x11"]


def test_detect_wayland_session_prefers_mutter_over_xwayland() -> None:
    candidates = Candidates({"x11": 3.0, "mutter": 4.0})
    source = detect_idle_source(WAYLAND_SESSION, "linux", candidates.factories())
    assert source.name == "mutter"
    assert candidates.tried == ["mutter"]


def test_detect_wayland_falls_back_to_xwayland_last() -> None:
    candidates = Candidates({"x11": 3.0, "freedesktop": None})
    source = detect_idle_source(WAYLAND_SESSION, "linux", candidates.factories())
    assert source.name == "x11"
    assert candidates.tried == ["mutter", "ext-idle-notify", "freedesktop", "x11"]
    assert candidates.built["freedesktop"].closed, "a source that answered nothing is closed"


def test_detect_windows_and_darwin() -> None:
    everything = {"x11": 1.0, "mutter": 1.0, "freedesktop": 1.0, "windows": 2.0, "macos": 3.0}
    assert detect_idle_source({}, "win32", Candidates(everything).factories()).name == "windows"
    assert detect_idle_source(X11_SESSION, "darwin", Candidates(everything).factories()).name == "macos"


def test_detect_skips_a_source_whose_first_reading_is_unknown() -> None:
    candidates = Candidates({"x11": None, "mutter": OSError("no bus"), "freedesktop": 0.0})
    source = detect_idle_source(X11_SESSION, "linux", candidates.factories())
    assert source.name == "freedesktop"
    assert source.idle_seconds() == 0.0, "zero seconds idle is a number, not a failure"
    assert candidates.built["x11"].closed
    assert not candidates.built["freedesktop"].closed


def test_detect_never_raises_and_logs_why(caplog: pytest.LogCaptureFixture) -> None:
    class Exploding(FakeSource):
        def idle_seconds(self) -> float | None:
            raise RuntimeError("boom")

    def exploding(environ: Mapping[str, str]) -> IdleSource:
        return Exploding("freedesktop", 1.0)

    factories = Candidates({"x11": ImportError("no ctypes"), "mutter": ValueError("odd")}).factories()
    factories["freedesktop"] = exploding
    with caplog.at_level(logging.DEBUG, logger="knotbreak.idle"):
        source = detect_idle_source(X11_SESSION, "linux", factories)
    assert source.name == "none"
    text = caplog.text
    assert "x11: unavailable (ImportError: no ctypes)" in text
    assert "mutter: unavailable (ValueError: odd)" in text
    assert "freedesktop: first reading failed (RuntimeError: boom)" in text
    assert all(record.levelno == logging.DEBUG for record in caplog.records)


def test_detect_with_a_missing_factory_moves_on() -> None:
    source = detect_idle_source(X11_SESSION, "linux", {"freedesktop": lambda environ: FakeSource("freedesktop", 1.0)})
    assert source.name == "freedesktop"


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the real factories would work here")
@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_real_factories_fail_cleanly_on_the_wrong_os(platform: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="knotbreak.idle"):
        assert detect_idle_source({}, platform).name == "none"
    assert "unavailable (OSError" in caplog.text


def test_real_x11_factory_without_display_fails_cleanly() -> None:
    candidates = {"x11": FACTORIES["x11"]}
    assert detect_idle_source({"XDG_SESSION_TYPE": "x11"}, "linux", candidates).name == "none"


# --- X11 for real, under Xvfb ---------------------------------------------------


@pytest.fixture(scope="module")
def xvfb() -> Iterator[XServer]:
    skip_without("Xvfb", "xdotool")
    with running_xvfb() as server:
        yield server


@pytest.fixture
def x11_source(xvfb: XServer) -> Iterator[X11IdleSource]:
    source = X11IdleSource(xvfb.display)
    yield source
    source.close()  # before Xvfb goes: Xlib exits the process on a dead connection


def idle(source: IdleSource) -> float:
    seconds = source.idle_seconds()
    assert seconds is not None
    return seconds


@pytest.mark.x11
def test_x11_idle_grows_and_input_resets_it(xvfb: XServer, x11_source: X11IdleSource) -> None:
    assert x11_source.name == "x11"
    before = idle(x11_source)
    started = time.monotonic()
    wait_until(lambda: time.monotonic() - started >= 1.2, 5, "1.2 s to pass")
    after = idle(x11_source)
    assert after - before >= 1.0

    xvfb.xdotool("mousemove", "10", "20")
    assert idle(x11_source) < 0.5

    wait_until(lambda: idle(x11_source) >= 1.0, 5, "idle to reach 1 s")
    xvfb.xdotool("key", "shift")
    assert idle(x11_source) < 0.5


@pytest.mark.x11
def test_x11_detected_in_an_x11_session(xvfb: XServer) -> None:
    source = detect_idle_source({"DISPLAY": xvfb.display, "XDG_SESSION_TYPE": "x11"}, "linux")
    try:
        assert source.name == "x11"
        assert idle(source) >= 0
    finally:
        source.close()
    source.close()
    assert source.idle_seconds() is None, "closed: no longer knows"


def test_x11_source_on_a_display_that_is_not_there() -> None:
    number = next(free_display_numbers())
    with pytest.raises(OSError, match="cannot open X display"):
        X11IdleSource(f":{number}")


# --- D-Bus for real, on a private session bus --------------------------------------

# Mutter's idle monitor answering 4242 ms (as uint64), and a ScreenSaver only at
# /ScreenSaver answering 7000 ms (as uint32), like the real services' signatures.
FAKE_SERVICES = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
    from PySide6.QtDBus import QDBusConnection

    @ClassInfo({"D-Bus Interface": "org.gnome.Mutter.IdleMonitor"})
    class Mutter(QObject):
        @Slot(result="qulonglong")
        def GetIdletime(self):
            return 4242

    @ClassInfo({"D-Bus Interface": "org.gnome.Mutter.IdleMonitor"})
    class HungMutter(QObject):
        @Slot(result="qulonglong")
        def GetIdletime(self):
            time.sleep(2)
            return 1

    if sys.argv[1:] == ["hung"]:
        Mutter = HungMutter

    @ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
    class ScreenSaver(QObject):
        @Slot(result="uint")
        def GetSessionIdleTime(self):
            return 7000

    app = QCoreApplication([])
    bus = QDBusConnection.sessionBus()
    mutter, screensaver = Mutter(), ScreenSaver()
    slots = QDBusConnection.RegisterOption.ExportAllSlots
    ok = (
        bus.registerObject("/org/gnome/Mutter/IdleMonitor/Core", mutter, slots)
        and bus.registerService("org.gnome.Mutter.IdleMonitor")
        and bus.registerObject("/ScreenSaver", screensaver, slots)
        and bus.registerService("org.freedesktop.ScreenSaver")
    )
    print("ready" if ok else "failed: " + bus.lastError().message(), flush=True)
    sys.exit(app.exec() if ok else 1)
    """
)


@pytest.fixture(scope="module")
def session_bus(qapp, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A private dbus-daemon with fake Mutter and ScreenSaver services; yields a connection to it."""
    yield from services_on_a_bus(tmp_path_factory, "knotbreak-idle-test")


@pytest.fixture
def hung_bus(qapp, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The same, with a Mutter that takes 2 s to answer."""
    yield from services_on_a_bus(tmp_path_factory, "knotbreak-idle-hung", "hung")


def services_on_a_bus(tmp_path_factory: pytest.TempPathFactory, name: str, *args: str):  # type: ignore[no-untyped-def]
    skip_without("dbus-daemon")
    from PySide6.QtDBus import QDBusConnection

    bus = stack_bus(tmp_path_factory.mktemp("bus"))
    address = bus.__enter__()
    service: subprocess.Popen[bytes] | None = None
    try:
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}
        service = subprocess.Popen(
            [sys.executable, "-c", FAKE_SERVICES, *args],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        assert service.stdout is not None
        assert read_line(service.stdout, 20, "the fake services") == "ready"
        connection = QDBusConnection.connectToBus(address, name)
        assert connection.isConnected(), connection.lastError().message()
        yield connection
    finally:
        QDBusConnection.disconnectFromBus(name)
        if service is not None:
            stop(service)
        bus.__exit__(None, None, None)


def test_mutter_on_a_real_bus(session_bus) -> None:  # type: ignore[no-untyped-def]
    source = mutter_source(session_bus)
    assert source.name == "mutter"
    assert source.idle_seconds() == 4.242


def test_a_prefetched_reading_is_read_without_asking_again(qtbot, session_bus) -> None:  # type: ignore[no-untyped-def]
    source = mutter_source(session_bus)
    answered: list[bool] = []
    source.prefetch(lambda: answered.append(True))
    source.prefetch(lambda: answered.append(True))  # one question in flight; both hear the answer
    qtbot.waitUntil(lambda: len(answered) == 2)
    assert source.idle_seconds() == 4.242


def test_a_hung_service_never_holds_up_a_prefetched_read(qtbot, hung_bus) -> None:  # type: ignore[no-untyped-def]
    source = mutter_source(hung_bus)
    answered: list[float] = []
    started = time.monotonic()
    source.prefetch(lambda: answered.append(time.monotonic() - started))
    assert time.monotonic() - started < 0.05, "prefetch only asks"
    qtbot.waitUntil(lambda: bool(answered), timeout=3000)
    assert answered[0] < 1.0, "the call gave up after CALL_TIMEOUT_MS"
    started = time.monotonic()
    assert source.idle_seconds() is None, "the failed answer is the reading"
    assert time.monotonic() - started < 0.05, "and it is not asked for again, blocking"


def test_freedesktop_on_a_real_bus_finds_the_short_object_path(session_bus) -> None:  # type: ignore[no-untyped-def]
    source = freedesktop_source(session_bus)
    assert source.name == "freedesktop"
    assert source.idle_seconds() == 7.0


@pytest.mark.parametrize(
    "method",
    [
        replace(MUTTER, service="org.example.NoSuchService"),
        replace(MUTTER, path="/org/gnome/Mutter/IdleMonitor/Nowhere"),
        replace(MUTTER, member="NoSuchMethod"),
    ],
)
def test_error_replies_on_a_real_bus_are_unknown(session_bus, method) -> None:  # type: ignore[no-untyped-def]
    assert MutterIdleSource(QtDBusCall(method, session_bus)).idle_seconds() is None


def test_detect_on_a_real_bus_fails_over_from_mutter_to_freedesktop(session_bus) -> None:  # type: ignore[no-untyped-def]
    absent = replace(MUTTER, service="org.example.NoMutter")
    candidates: dict[str, SourceFactory] = {
        "mutter": lambda environ: MutterIdleSource(QtDBusCall(absent, session_bus)),
        "freedesktop": lambda environ: freedesktop_source(session_bus),
    }
    assert detect_idle_source(WAYLAND_SESSION, "linux", candidates).name == "freedesktop"
    candidates["mutter"] = lambda environ: mutter_source(session_bus)
    assert detect_idle_source(WAYLAND_SESSION, "linux", candidates).name == "mutter"


def test_disconnected_bus_cannot_build_a_source(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtDBus import QDBusConnection

    name = "knotbreak-idle-nowhere"
    connection = QDBusConnection.connectToBus("unix:path=/nonexistent/knotbreak-bus", name)
    try:
        with pytest.raises(OSError, match="no session D-Bus"):
            mutter_source(connection)
    finally:
        QDBusConnection.disconnectFromBus(name)
