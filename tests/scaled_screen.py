"""Running a check in a second Python at double scale: QT_SCALE_FACTOR is read once, at start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def run_at_double_scale(folder: Path, script: str) -> dict[str, Any]:
    """Runs script at QT_SCALE_FACTOR=2 on a 1280×800 offscreen screen; the JSON object it prints last."""
    screens = folder / "screen.json"
    screens.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpiX": 96, "logicalDpiY": 96}]}))
    env = {
        **{key: value for key, value in os.environ.items() if not key.startswith("QT_")},
        "QT_QPA_PLATFORM": f"offscreen:configfile={screens}",
        "QT_SCALE_FACTOR": "2",
        "QT_LOGGING_RULES": "qt.qpa.*=false",
    }
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return report
