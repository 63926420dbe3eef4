"""The core must stay free of Qt, so it can be tested and reasoned about alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "knotbreak"
CORE = PACKAGE / "core"
AUTOSTART = PACKAGE / "autostart"


def test_core_modules_import_without_qt() -> None:
    modules = sorted(f"knotbreak.core.{p.stem}" for p in CORE.glob("*.py") if p.stem != "__init__")
    # Start at login is the command line's too (`knotbreak autostart`), which must not load Qt.
    modules += sorted(f"knotbreak.autostart.{p.stem}" for p in AUTOSTART.glob("*.py") if p.stem != "__init__")
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "import knotbreak.cli\n"
        + "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        + "print(qt)\nsys.exit(1 if qt else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, f"Qt imported by the core: {result.stdout}{result.stderr}"
    assert len(modules) >= 8
