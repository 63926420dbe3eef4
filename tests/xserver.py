"""A private X server for tests: Xvfb on a free display, optionally with openbox as window manager.

    @pytest.fixture(scope="module")
    def x_server() -> Iterator[XServer]:
        skip_without("Xvfb", "xdotool")
        with running_xvfb() as server:
            yield server
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from knotbreak.presence.fullscreen import X11FullscreenProbe

# The Debian package that brings each binary the X tests need.
DEBIAN_PACKAGES = {"Xvfb": "xvfb", "xdotool": "xdotool", "openbox": "openbox", "dbus-daemon": "dbus-daemon"}

_START_ATTEMPTS = 5
_START_TIMEOUT = 15.0  # seconds for Xvfb to accept connections, and for openbox to take over


def wait_until(condition: Callable[[], bool], timeout: float, what: str, interval: float = 0.05) -> None:
    """Poll condition until it holds; AssertionError after timeout seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(interval)


def skip_without(*tools: str) -> None:
    """Skip the calling test (or fixture) when any of these binaries is not on PATH."""
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        packages = ", ".join(DEBIAN_PACKAGES.get(tool, tool) for tool in missing)
        plural = "s" if len(missing) > 1 else ""
        pytest.skip(f"needs {' and '.join(missing)}, not installed (Debian package{plural} {packages})")


def free_display_numbers() -> Iterator[int]:
    """Display numbers with neither a socket nor a lock file, so probably free (another starter may race us)."""
    for number in range(42, 400):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            yield number


def stop(process: subprocess.Popen[bytes] | subprocess.Popen[str]) -> None:
    """Terminate, kill if that takes over 5 s, reap, and close any pipes to it."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream is not None:
            stream.close()


@dataclass
class XServer:
    display: str  # such as ":93"

    def env(self, **extra: str) -> dict[str, str]:
        """This process's environment for a child that should use this X server (and X11, not Wayland)."""
        env = {**os.environ, "DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb", "XDG_SESSION_TYPE": "x11"}
        env.pop("WAYLAND_DISPLAY", None)
        env.update(extra)
        return env

    def xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env(), check=True, timeout=10, capture_output=True)


def _opens(display: str) -> bool:
    try:
        X11FullscreenProbe(display).close()
    except OSError:
        return False
    return True


def _locked_by(number: int, process: subprocess.Popen[bytes]) -> bool:
    """Whether the display's lock file names this process: the display is ours, not a racing starter's."""
    try:
        return int(Path(f"/tmp/.X{number}-lock").read_text().strip()) == process.pid
    except (OSError, ValueError):
        return False


def _window_manager_ready(display: str) -> bool:
    """The window manager has taken over the root window: it publishes _NET_SUPPORTING_WM_CHECK."""
    probe = X11FullscreenProbe(display)
    try:
        states = probe._states
        check = states._read(states._root, states.atom("_NET_SUPPORTING_WM_CHECK"), 33)  # XA_WINDOW
        return bool(check)
    finally:
        probe.close()


def _tail(log: Path) -> str:
    return log.read_text(errors="replace")[-2000:]


@contextmanager
def _xvfb_process(size: str, log: Path) -> Iterator[XServer]:
    # A number free when checked can be taken before Xvfb locks it; then Xvfb
    # exits at once and the next free number is tried. Until it has, that
    # other server may answer on the display, so the display only counts as
    # up once Xvfb's lock file holds our process's pid. -noreset: an X server
    # otherwise resets when its last client leaves (our readiness probe, each
    # xdotool), refusing connections for a moment, e.g. to openbox.
    for _, number in zip(range(_START_ATTEMPTS), free_display_numbers(), strict=False):
        display = f":{number}"
        with log.open("ab") as out:
            process = subprocess.Popen(
                ["Xvfb", display, "-screen", "0", f"{size}x24", "-nolisten", "tcp", "-noreset"],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=out,
            )
        try:
            try:
                wait_until(
                    lambda process=process, number=number, display=display: (
                        process.poll() is not None or (_locked_by(number, process) and _opens(display))
                    ),
                    _START_TIMEOUT,
                    f"Xvfb on {display}",
                )
            except AssertionError as error:
                pytest.fail(f"{error}; its log:\n{_tail(log)}")
            if process.poll() is None:
                yield XServer(display)
                return
        finally:
            stop(process)
    pytest.fail(f"Xvfb did not start; its log:\n{_tail(log)}")


@contextmanager
def _openbox(server: XServer, work: Path) -> Iterator[None]:
    log = work / "openbox.log"
    # Its own home and XDG folders, so no user configuration or session leaks in.
    env = server.env(
        HOME=str(work),
        XDG_CONFIG_HOME=str(work / "config"),
        XDG_CACHE_HOME=str(work / "cache"),
        XDG_DATA_HOME=str(work / "data"),
    )
    with log.open("wb") as out:
        process = subprocess.Popen(["openbox", "--sm-disable"], env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=out)
    try:
        try:
            wait_until(
                lambda: process.poll() is not None or _window_manager_ready(server.display),
                _START_TIMEOUT,
                f"openbox on {server.display}",
            )
        except AssertionError as error:
            pytest.fail(f"{error}; its log:\n{_tail(log)}")
        if process.poll() is not None:
            pytest.fail(f"openbox exited at start; its log:\n{_tail(log)}")
        yield
    finally:
        stop(process)


@contextmanager
def running_xvfb(size: str = "640x480", window_manager: bool = False) -> Iterator[XServer]:
    """Xvfb on a free display (with openbox if window_manager), stopped again on the way out."""
    with tempfile.TemporaryDirectory(prefix="knotbreak-x11-") as folder:
        work = Path(folder)
        with _xvfb_process(size, work / "xvfb.log") as server:
            if window_manager:
                with _openbox(server, work):
                    yield server
            else:
                yield server
