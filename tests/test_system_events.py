"""Suspend and lock signals reach the app from D-Bus (on a private bus)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from buses import private_session_bus
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from xserver import skip_without

from knotbreak.qt.system_events import LOGIND, SCREENSAVERS, SystemEvents


@pytest.fixture
def bus(qapp, tmp_path: Path) -> Iterator[QDBusConnection]:  # type: ignore[no-untyped-def]
    skip_without("dbus-daemon")
    with private_session_bus(tmp_path) as address:
        connection = QDBusConnection.connectToBus(address, "knotbreak-system-events-test")
        assert connection.isConnected()
        try:
            yield connection
        finally:
            QDBusConnection.disconnectFromBus("knotbreak-system-events-test")


def send_signal(bus: QDBusConnection, path: str, interface: str, name: str, value: bool) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments([value])
    assert bus.send(message)


def test_listens_to_logind_and_both_screensavers(bus: QDBusConnection) -> None:
    events = SystemEvents(system=bus, session=bus)
    assert events.listening == ["logind", "org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"]


@pytest.mark.parametrize("screensaver", SCREENSAVERS, ids=lambda s: s[0])
def test_screen_lock_and_unlock_are_reported(qtbot, bus: QDBusConnection, screensaver) -> None:  # type: ignore[no-untyped-def]
    events = SystemEvents(system=bus, session=bus)
    _, path, interface, name = screensaver
    with qtbot.waitSignal(events.lock_changed, timeout=3000) as locked:
        send_signal(bus, path, interface, name, True)
    assert locked.args == [True]
    with qtbot.waitSignal(events.lock_changed, timeout=3000) as unlocked:
        send_signal(bus, path, interface, name, False)
    assert unlocked.args == [False]


def test_waking_from_sleep_is_reported_but_going_to_sleep_is_not(qtbot, bus: QDBusConnection) -> None:  # type: ignore[no-untyped-def]
    assert bus.registerService(LOGIND[0]), "the signal must come from logind's name"
    events = SystemEvents(system=bus, session=bus)
    resumed: list[bool] = []
    events.resumed.connect(lambda: resumed.append(True))
    send_signal(bus, *LOGIND[1:], True)
    with qtbot.waitSignal(events.resumed, timeout=3000):
        send_signal(bus, *LOGIND[1:], False)
    assert resumed == [True]


def test_no_bus_means_no_listening(qapp) -> None:  # type: ignore[no-untyped-def]
    nowhere = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "knotbreak-no-bus")
    try:
        assert SystemEvents(system=nowhere, session=nowhere).listening == []
    finally:
        QDBusConnection.disconnectFromBus("knotbreak-no-bus")
