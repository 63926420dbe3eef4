"""Canary for the PySide6 6.12.0 / Python 3.11 crash (bool_dealloc after ~1,000 emits).

Runs in a child process, since the failure is an abort that would take pytest with it.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    class Source(QObject):
        flag = Signal(bool)
        value = Signal(object)

    app = QCoreApplication([])
    source = Source()
    received = []
    payload = object()
    source.flag.connect(lambda on: received.append(on))
    source.value.connect(lambda v: received.append(v is payload))
    before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(payload))
    for index in range(10_000):
        source.flag.emit(index % 2 == 0)
        source.value.emit(payload)
    received.clear()
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(payload))
    print("emits ok", before, after)
    sys.exit(0 if abs(after[0] - before[0]) < 50 and abs(after[1] - before[1]) < 50 and after[2] == before[2] else 3)
    """
)


def test_ten_thousand_signal_emits_to_python_slots_survive() -> None:
    result = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    assert "emits ok" in result.stdout
