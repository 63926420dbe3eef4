"""How long the Statistics window takes to open over five years of heavy use.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/stats_window.py [--runs 9]

Builds the same 100,000-event history as bench/history.py, then times, as
medians in milliseconds, what a person waits for after clicking Statistics…:
a fresh History opened on the file, the window built, the 7-day statistics
loaded, and the first complete paint (grab()). Also the switch to 30 days.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from history import generate  # noqa: E402

from knotbreak.core.clock import SystemClock  # noqa: E402
from knotbreak.core.history import History  # noqa: E402
from knotbreak.qt.stats_window import StatisticsWindow  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.sqlite3"
        counts = generate(path, years=5)
        opening, switching = [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            history = History(path, SystemClock())
            window = StatisticsWindow(load=lambda days, history=history: history.statistics(days=days), export=history.export_csv)
            window.refresh()
            window.show()
            window.grab()
            opening.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            window.period_group.button(30).click()
            window.grab()
            switching.append((time.perf_counter() - started) * 1000)
            window.close()
            window.deleteLater()
            app.processEvents()
            history.close()
    print(json.dumps({
        "events": sum(counts.values()),
        "open_window_7_days_ms": round(statistics.median(opening), 1),
        "switch_to_30_days_ms": round(statistics.median(switching), 1),
        "runs": args.runs,
    }, indent=2))


if __name__ == "__main__":
    main()
