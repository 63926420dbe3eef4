"""A private D-Bus daemon for tests: nothing installed on the machine can start on it."""

from __future__ import annotations

import selectors
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from xserver import stop

# Just enough of dbus-daemon's session.conf: no service activation, open to this user.
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={directory}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def read_line(stream: IO[bytes], timeout: float, what: str) -> str:
    """One line from a child's pipe, or TimeoutError: a silent child never hangs the suite."""
    with selectors.DefaultSelector() as selector:
        selector.register(stream, selectors.EVENT_READ)
        if not selector.select(timeout):
            raise TimeoutError(f"no line from {what} within {timeout} s")
    return stream.readline().decode().strip()


@contextmanager
def private_session_bus(directory: Path) -> Iterator[str]:
    """Run a dbus-daemon in directory; yields its address."""
    config = directory / "bus.conf"
    config.write_text(BUS_CONFIG.format(directory=directory))
    daemon = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--print-address=1", "--nofork"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # it grumbles about fd limits when not root
    )
    try:
        assert daemon.stdout is not None
        address = read_line(daemon.stdout, 10, "dbus-daemon")
        assert address.startswith("unix:"), address
        yield address
    finally:
        stop(daemon)
