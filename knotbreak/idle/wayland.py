"""The Wayland protocol ext-idle-notify-v1: KWin 5.27+, sway 1.8+, Hyprland, river, labwc, newer Mutter.

The protocol never answers "how long idle?". It only tells a client, for a
timeout of its choice, when the seat has had no input for that long (`idled`)
and when input comes back (`resumed`). So we ask for a short timeout and count
ourselves: `idled` arriving at time t means the last input was `timeout` before
t, so the idle time is (now - t) + timeout. Before `idled`, all we know is
"under the timeout", read as 0.0 (sitting, the safe side for a break reminder).

The events are read on a small background thread that sleeps in poll() on the
connection and stamps each event the moment it arrives. The app asks only every
2 to 30 seconds; stamping an `idled` only when it is next asked would make idle
stretches look up to 30 s shorter than they were. idle_seconds() itself does no
I/O and never blocks. Only the constructor talks to the compositor on the
calling thread (two round trips, bounded by CONNECT_TIMEOUT_SECONDS).

Protocol version 2's get_input_idle_notification is used where the compositor
has it: it counts only keyboard, mouse and touch input and ignores idle
inhibitors (a playing video), which is exactly "time since the last input".
With version 1 an inhibitor holds the seat "active", which errs towards
counting sitting time.

The notification's timer starts when it is created, so idleness from before
the app started is not seen: the first reading after start-up is at most the
timeout plus the time since then.

pywayland is imported only when a source is built, so KnotBreak runs without it.
"""

from __future__ import annotations

import logging
import math
import os
import select
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

log = logging.getLogger(__name__)

TIMEOUT_MS = 1000
"""The notification's timeout: idle stretches shorter than this read as 0.0."""
CONNECT_TIMEOUT_SECONDS = 2.0
"""The longest the constructor waits for the compositor (it runs on the GUI thread at start-up)."""
JOIN_TIMEOUT_SECONDS = 2.0

NOTIFIER = "ext_idle_notifier_v1"
SEAT = "wl_seat"


class IdleTracker:
    """The idled/resumed bookkeeping of one notification, apart from any Wayland I/O.

    `idled` and `resumed` come from the reader thread, `idle_seconds` from the
    GUI thread.
    """

    def __init__(self, timeout_seconds: float, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.timeout = timeout_seconds
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._idled_at: float | None = None

    def idled(self) -> None:
        with self._lock:
            # Twice without a resumed in between is a compositor bug; the first one counts.
            if self._idled_at is None:
                self._idled_at = self._monotonic()

    def resumed(self) -> None:
        with self._lock:
            self._idled_at = None

    def idle_seconds(self) -> float:
        with self._lock:
            idled_at = self._idled_at
            if idled_at is None:
                return 0.0  # only "less than the timeout" is known
            return max(0.0, self._monotonic() - idled_at) + self.timeout


def socket_path(environ: Mapping[str, str]) -> str:
    """The compositor's socket, found as libwayland finds it (but from `environ`, not os.environ)."""
    name = environ.get("WAYLAND_DISPLAY") or "wayland-0"
    if os.path.isabs(name):
        return name
    runtime_dir = environ.get("XDG_RUNTIME_DIR")
    if not runtime_dir:
        raise OSError("XDG_RUNTIME_DIR is not set")
    return os.path.join(runtime_dir, name)


def ext_idle_notify_source(environ: Mapping[str, str]) -> ExtIdleNotifySource:
    """The source for the compositor that `environ` names. Raises OSError or ImportError if it cannot be built."""
    return ExtIdleNotifySource(socket_path(environ))


class ExtIdleNotifySource:
    name = "ext-idle-notify"
    continuous = False
    """Below its timeout it reads 0.0, so a run of zeros is no sign of a broken source."""

    def __init__(
        self,
        path: str,
        timeout_ms: int = TIMEOUT_MS,
        monotonic: Callable[[], float] = time.monotonic,
        connect_timeout: float = CONNECT_TIMEOUT_SECONDS,
    ) -> None:
        """Connect to the compositor at `path` (a socket path) and subscribe to idle notifications.

        Raises ImportError without pywayland, OSError if the compositor cannot
        be reached in time or lacks ext_idle_notifier_v1 or a seat.
        """
        from pywayland.client.display import Display
        from pywayland.protocol.ext_idle_notify_v1 import ExtIdleNotifierV1
        from pywayland.protocol.wayland import WlSeat

        self._tracker = IdleTracker(timeout_ms / 1000, monotonic)
        self._proxies: list[Any] = []  # destroyed in reverse order by close()
        self._thread: threading.Thread | None = None
        self._wake: tuple[int, int] | None = None
        self._broken = False
        self._closed = False
        self._display: Any = None

        display = Display(path)
        try:
            display.connect()
        except ValueError:
            raise OSError(f"cannot connect to the Wayland compositor at {path!r}") from None
        self._display = display
        try:
            self._subscribe(display, timeout_ms, ExtIdleNotifierV1, WlSeat, time.monotonic() + connect_timeout)
            self._wake = os.pipe()
            self._thread = threading.Thread(target=self._read_events, name="knotbreak-wayland-idle", daemon=True)
            self._thread.start()
        except BaseException:
            self._closed = True
            self._release()
            raise

    def _subscribe(
        self, display: Any, timeout_ms: int, notifier_interface: Any, seat_interface: Any, deadline: float
    ) -> None:
        registry = display.get_registry()
        self._proxies.append(registry)
        advertised: dict[str, tuple[int, int]] = {}

        def on_global(proxy: object, name: int, interface: str, version: int) -> None:
            advertised.setdefault(interface, (name, version))

        registry.dispatcher["global"] = on_global
        _roundtrip(display, deadline)
        if NOTIFIER not in advertised:
            raise OSError(f"the Wayland compositor lacks {NOTIFIER}")
        if SEAT not in advertised:
            raise OSError("the Wayland compositor has no seat")

        seat = registry.bind(advertised[SEAT][0], seat_interface, 1)
        self._proxies.append(seat)
        notifier_name, advertised_version = advertised[NOTIFIER]
        version = min(advertised_version, notifier_interface.version)
        notifier = registry.bind(notifier_name, notifier_interface, version)
        self._proxies.append(notifier)
        if version >= 2:
            notification = notifier.get_input_idle_notification(timeout_ms, seat)
        else:
            notification = notifier.get_idle_notification(timeout_ms, seat)
        self._proxies.append(notification)
        tracker = self._tracker

        def on_idled(proxy: object) -> None:
            tracker.idled()

        def on_resumed(proxy: object) -> None:
            tracker.resumed()

        notification.dispatcher["idled"] = on_idled
        notification.dispatcher["resumed"] = on_resumed
        _roundtrip(display, deadline)  # a protocol error in the requests above shows here
        log.debug("wayland idle: %s version %d, timeout %d ms", NOTIFIER, version, timeout_ms)

    def _read_events(self) -> None:
        """The reader thread: dispatch events as they arrive, until close() or the connection breaks."""
        assert self._wake is not None
        display = self._display
        wake = self._wake[0]
        poller = select.poll()
        poller.register(display.get_fd(), select.POLLIN)
        poller.register(wake, select.POLLIN)
        try:
            while True:
                display.dispatch(block=False)
                display.flush()
                ready = {fd for fd, _ in poller.poll()}
                if wake in ready:
                    return
                display.read()  # never blocks: libwayland reads with MSG_DONTWAIT
        # Anything that goes wrong here means the connection is unusable; the app goes on.
        except Exception as error:  # noqa: BLE001
            log.debug("wayland idle: connection lost (%s: %s)", type(error).__name__, error)
        self._broken = True

    def idle_seconds(self) -> float | None:
        if self._closed or self._broken:
            return None
        return self._tracker.idle_seconds()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        thread = self._thread
        if thread is not None and self._wake is not None:
            os.write(self._wake[1], b"x")
            thread.join(JOIN_TIMEOUT_SECONDS)
            if thread.is_alive():
                # Never free what another thread may still be using; the process keeps the connection.
                log.debug("wayland idle: reader thread did not stop; connection left open")
                return
        self._release()

    def _release(self) -> None:
        """Destroy the protocol objects, then disconnect (pywayland crashes if the order is reversed)."""
        for proxy in reversed(self._proxies):
            try:
                if not proxy.destroyed:
                    proxy.destroy()
            except Exception as error:  # noqa: BLE001
                log.debug("wayland idle: destroy %s failed (%s)", type(proxy).__name__, error)
        self._proxies.clear()
        if self._display is not None:
            try:
                self._display.flush()  # tell the compositor, if it still listens
                self._display.disconnect()
            except Exception as error:  # noqa: BLE001
                log.debug("wayland idle: disconnect failed (%s)", error)
            self._display = None
        if self._wake is not None:
            for fd in self._wake:
                os.close(fd)
            self._wake = None


def _roundtrip(display: Any, deadline: float) -> None:
    """wl_display_roundtrip with a deadline: a hung compositor must not freeze start-up.

    Raises OSError when the deadline passes or the connection fails.
    """
    done = False

    def on_done(proxy: object, data: int) -> None:
        nonlocal done
        done = True

    callback = display.sync()
    callback.dispatcher["done"] = on_done
    poller = select.poll()
    poller.register(display.get_fd(), select.POLLIN)
    try:
        while True:
            display.dispatch(block=False)
            if done:
                return
            display.flush()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise OSError("the Wayland compositor did not answer in time")
            if poller.poll(math.ceil(remaining * 1000)):
                display.read()
    except RuntimeError as error:  # pywayland's word for a broken connection or a protocol error
        raise OSError(f"Wayland connection failed: {error}") from None
    finally:
        callback.destroy()
