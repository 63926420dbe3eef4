"""Desktop notices over D-Bus, against a fake freedesktop notification daemon on a private bus."""

from __future__ import annotations

import logging
import re
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from buses import BUS_CONFIG, private_session_bus
from fake_notifications import FakeDaemon, Lines, fake_daemon
from xserver import skip_without, stop, wait_until

from knotbreak.qt.notifications import DesktopNotifier, dbus_byte, markup_escaped


@contextmanager
def connection(address: str, name: str) -> Iterator[Any]:
    from PySide6.QtDBus import QDBusConnection

    bus = QDBusConnection.connectToBus(address, name)
    try:
        assert bus.isConnected(), bus.lastError().message()
        yield bus
    finally:
        QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def new_bus(qapp, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A fresh private dbus-daemon with nothing on it; yields its address."""
    skip_without("dbus-daemon")
    # tmp_path_factory's folders are short: a unix socket path has ~100 bytes at most.
    with private_session_bus(tmp_path_factory.mktemp("bus")) as address:
        yield address


@pytest.fixture(scope="module")
def daemon_bus(qapp, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, FakeDaemon, str]]:  # type: ignore[no-untyped-def]
    """A private bus with the fake daemon (markup capable); yields a connection, the daemon and the address."""
    skip_without("dbus-daemon")
    with (
        private_session_bus(tmp_path_factory.mktemp("bus")) as address,
        fake_daemon(address) as daemon,
        connection(address, "knotbreak-notify-test") as bus,
    ):
        yield bus, daemon, address


@pytest.fixture
def notifier(daemon_bus) -> DesktopNotifier:  # type: ignore[no-untyped-def]
    bus, daemon, _ = daemon_bus
    assert daemon.idle(0), "a call left over from an earlier test"
    return DesktopNotifier(bus=bus)


@pytest.fixture
def daemon(daemon_bus) -> FakeDaemon:  # type: ignore[no-untyped-def]
    return daemon_bus[1]  # type: ignore[no-any-return]


# --- without D-Bus --------------------------------------------------------------


def test_markup_escaping() -> None:
    assert markup_escaped("Tom & Jerry <b>bold</b> > 'quoted' \"too\"") == (
        "Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt; &gt; 'quoted' \"too\""
    )
    assert markup_escaped("plain text") == "plain text"


def test_dbus_byte_is_a_byte() -> None:
    byte = dbus_byte(1)
    assert byte is not None
    assert byte.currentSignature() == "y"


def test_no_session_bus(qapp, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtDBus import QDBusConnection

    caplog.set_level(logging.INFO, "knotbreak.qt.notifications")
    name = "knotbreak-notify-nowhere"
    bus = QDBusConnection.connectToBus("unix:path=/nonexistent/knotbreak-bus", name)
    try:
        notifier = DesktopNotifier(bus=bus)
        assert not notifier.available
        assert not notifier.notify("A break is coming up", "soon")
        notifier.close()
    finally:
        QDBusConnection.disconnectFromBus(name)
    assert "no session D-Bus" in caplog.text


# --- a private bus without a daemon -------------------------------------------------


def test_not_available_without_a_daemon(new_bus: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "knotbreak.qt.notifications")
    with connection(new_bus, "knotbreak-notify-empty") as bus:
        notifier = DesktopNotifier(bus=bus)
        assert not notifier.available
        assert not notifier.notify("A break is coming up", "soon")
        notifier.close()
    assert "no notification daemon" in caplog.text


@contextmanager
def activating_bus(directory: Path) -> Iterator[str]:
    """A private dbus-daemon that can start org.freedesktop.Notifications from a .service file;
    the started 'daemon' only leaves directory/started behind."""
    services = directory / "services"
    services.mkdir()
    (services / "notifications.service").write_text(
        f"[D-BUS Service]\nName=org.freedesktop.Notifications\nExec=/bin/touch {directory / 'started'}\n"
    )
    config = directory / "bus.conf"
    config.write_text(
        BUS_CONFIG.format(directory=directory).replace("<auth>", f"<servicedir>{services}</servicedir>\n  <auth>")
    )
    bus = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--print-address=1", "--nofork"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield Lines(bus.stdout, "dbus-daemon").next()
    finally:
        stop(bus)


def test_checking_for_a_daemon_starts_none(qapp, tmp_path_factory: pytest.TempPathFactory) -> None:  # type: ignore[no-untyped-def]
    skip_without("dbus-daemon")
    from PySide6.QtDBus import QDBusMessage

    directory = tmp_path_factory.mktemp("bus")
    with activating_bus(directory) as address, connection(address, "knotbreak-notify-activating") as bus:
        notifier = DesktopNotifier(bus=bus)
        assert not notifier.available
        assert not notifier.notify("t", "b")
        time.sleep(0.3)  # a started service would have run by now
        assert not (directory / "started").exists()
        # The control: a call that may start a service does start this one.
        call = QDBusMessage.createMethodCall(
            "org.freedesktop.Notifications", "/org/freedesktop/Notifications", "org.freedesktop.Notifications", "GetCapabilities"
        )
        assert bus.send(call)
        wait_until((directory / "started").exists, 10, "dbus-daemon to start the service")


# --- with the fake daemon -------------------------------------------------------


def test_available_with_a_daemon(notifier: DesktopNotifier) -> None:
    assert notifier.available


def test_notify_sends_the_spec_arguments(notifier: DesktopNotifier, daemon: FakeDaemon) -> None:
    assert notifier.notify("A break is coming up", "Stretch in 5 min & <then> rest.", timeout_ms=7000)
    call = daemon.next_call()
    assert call.pop("id") > 41
    assert call == {
        "method": "Notify",
        "app_name": "KnotBreak",
        "replaces_id": 0,
        "app_icon": "knotbreak",
        "summary": "A break is coming up",
        "body": "Stretch in 5 min &amp; &lt;then&gt; rest.",
        "actions": [],
        "hints": {"desktop-entry": "knotbreak", "urgency": 1},
        "expire_timeout": 7000,
    }


def test_app_name_and_icon_are_the_callers(daemon_bus) -> None:  # type: ignore[no-untyped-def]
    bus, daemon, _ = daemon_bus
    notifier = DesktopNotifier("Other", "/usr/share/icons/other.svg", bus=bus)
    assert notifier.notify("t", "b")
    call = daemon.next_call()
    assert (call["app_name"], call["app_icon"]) == ("Other", "/usr/share/icons/other.svg")


def test_a_second_notice_replaces_the_first(notifier: DesktopNotifier, daemon: FakeDaemon) -> None:
    assert notifier.notify("first", "one")
    first = daemon.next_call()
    assert first["replaces_id"] == 0
    assert notifier.notify("second", "two")
    second = daemon.next_call()
    assert second["replaces_id"] == first["id"]
    assert notifier.notify("third", "three", replace_previous=False)
    third = daemon.next_call()
    assert third["replaces_id"] == 0
    assert notifier.notify("fourth", "four")
    assert daemon.next_call()["replaces_id"] == third["id"]


def test_close_closes_the_last_notice(notifier: DesktopNotifier, daemon: FakeDaemon) -> None:
    notifier.close()
    assert daemon.idle(), "nothing shown yet, so nothing to close"
    notifier.notify("first", "one")
    notifier.notify("second", "two")
    daemon.next_call()
    last = daemon.next_call()
    notifier.close()
    assert daemon.next_call() == {"method": "CloseNotification", "id": last["id"]}
    notifier.close()
    assert daemon.idle(), "closed already"
    assert notifier.notify("after", "close")
    assert daemon.next_call()["replaces_id"] == 0, "a closed notice is not replaced"


def test_types_on_the_wire(daemon_bus) -> None:  # type: ignore[no-untyped-def]
    """uint32 ids and a byte urgency, as dbus-monitor sees them (the fake's Python slot cannot tell a byte
    from an int); and the daemon is never introspected.

    This fake, being QtDBus, introspects with Qt type annotations, so a QDBusInterface built from its
    data would work here; GDBus daemons (dunst, GNOME Shell) send none, and their Notify comes out
    uncallable. Hence a fresh connection (no cached interface data) and the watch on Introspect.
    """
    skip_without("dbus-monitor")
    _, daemon, address = daemon_bus
    monitor = subprocess.Popen(
        [
            "dbus-monitor",
            "--address",
            address,
            "type='method_call',interface='org.freedesktop.Notifications'",
            "type='method_call',interface='org.freedesktop.DBus.Introspectable'",
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    output = Lines(monitor.stdout, "dbus-monitor")
    lines: list[str] = []
    try:
        # A monitor gives up its bus name once it is monitoring.
        while not output.next().endswith("member=NameLost"):
            pass
        with connection(address, "knotbreak-notify-wire") as bus:
            notifier = DesktopNotifier(bus=bus)
            assert notifier.notify("t", "b", timeout_ms=-1)
            assert notifier.notify("t", "b", timeout_ms=-1)
            notifier.close()
        while len(lines) < 2 or not lines[-2].endswith("member=CloseNotification"):
            lines.append(output.next())
    finally:
        stop(monitor)
    first, second, closed = daemon.next_call(), daemon.next_call(), daemon.next_call()
    text = "\n".join(lines)
    assert "member=Introspect" not in text
    notify = r'string "KnotBreak"\s+uint32 (\d+)\s+string "knotbreak"\s+string "t"\s+string "b"'
    assert [int(replaces) for replaces in re.findall(notify, text)] == [0, first["id"]]
    assert re.search(r'string "desktop-entry"\s+variant\s+string "knotbreak"', text)
    assert re.search(r'string "urgency"\s+variant\s+byte 1$', text, re.MULTILINE)
    assert re.search(r"\]\s+int32 -1$", text, re.MULTILINE)
    assert lines[-1] == f"uint32 {second['id']}"
    assert closed == {"method": "CloseNotification", "id": second["id"]}


def test_plain_body_for_a_daemon_without_markup(new_bus: str) -> None:
    with fake_daemon(new_bus, ("body",)) as daemon, connection(new_bus, "knotbreak-notify-plain") as bus:
        notifier = DesktopNotifier(bus=bus)
        assert notifier.notify("t", "a & b < c")
        assert daemon.next_call()["body"] == "a & b < c"


def test_a_daemon_that_goes_away_sends_notices_to_the_tray(new_bus: str, caplog: pytest.LogCaptureFixture) -> None:
    with connection(new_bus, "knotbreak-notify-gone") as bus:
        with fake_daemon(new_bus) as daemon:
            notifier = DesktopNotifier(bus=bus)
            assert notifier.notify("t", "b")
            daemon.next_call()
        caplog.set_level(logging.INFO, "knotbreak.qt.notifications")
        assert not notifier.notify("t", "b")
        assert not notifier.available
        assert not notifier.notify("t", "b")
        notifier.close()
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1, "logged once"
    assert "notification daemon failed" in warnings[0].getMessage()
