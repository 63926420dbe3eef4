"""Render the Statistics window with sample data to PNG files, in light and dark palettes.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/stats_screenshots.py [OUT_DIR]

Writes, for light and dark: the window at its default size for 7 and 30 days,
the whole scrolled content for 30 days, the window at its minimum size (and
its whole content at that width), the status line after an export and after a
failed one, and the empty state (a first day with no history).
"""

from __future__ import annotations

import os
import random
import sys
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from PySide6.QtCore import QtMsgType, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from knotbreak.core.stats import DaySummary, Statistics, TensionPoint  # noqa: E402
from knotbreak.qt.stats_window import MINIMUM_SIZE, StatisticsWindow  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import dark_palette, grab, start  # noqa: E402

TODAY = date(2025, 3, 31)
EXERCISES = (
    ("upper-back-stretch", 21), ("chest-stretch", 18), ("doorway-stretch", 15), ("cat-camel", 12),
    ("thread-the-needle", 9), ("standing-twists", 7), ("eagle-arm-circles", 4),
)
AREAS = (
    ("upper-back", 46), ("rhomboids", 31), ("chest", 27), ("thoracic-spine", 22), ("rear-delts", 15),
    ("trapezius", 11), ("erector-spinae", 8), ("lats", 6), ("neck", 3),
)


def sample_days(count: int = 30, seed: int = 7) -> tuple[list[DaySummary], list[TensionPoint]]:
    """A plausible month: desk days with 4-7 h sitting, quiet weekends, answers on most routine days."""
    rng = random.Random(seed)
    days: list[DaySummary] = []
    tension: list[TensionPoint] = []
    for offset in range(count - 1, -1, -1):
        day = TODAY - timedelta(days=offset)
        weekend = day.weekday() >= 5
        if weekend and rng.random() < 0.7:
            days.append(DaySummary(day=day, sitting_seconds=rng.choice([0, 0, 40 * 60])))
            continue
        fraction = 0.55 if offset == 0 else 1.0  # today is half over
        sitting = rng.uniform(3.8, 7.2) * 3600 * fraction
        taken = round(rng.uniform(2, 7) * fraction)
        skipped = rng.choice([0, 0, 1, 1, 2, 3])
        routines = max(0, taken - rng.choice([0, 0, 1]))
        days.append(DaySummary(
            day=day,
            sitting_seconds=sitting,
            longest_sitting_seconds=rng.uniform(45, 110) * 60,
            breaks_taken=taken,
            natural_breaks=rng.randint(1, 5),
            snoozed=rng.choice([0, 1, 1, 2, 4]),
            skipped=skipped,
            stretch_seconds=taken * rng.uniform(2.5, 6) * 60,
            routines_completed=routines,
        ))
        if taken and rng.random() < 0.75:
            before = round(rng.uniform(4.5, 7.5), 1)
            after = None if rng.random() < 0.15 else round(before - rng.uniform(0.5, 3), 1)
            tension.append(TensionPoint(day=day, before=before, after=after, count=taken))
    return days, tension


def sample_statistics(period: int) -> Statistics:
    days, tension = sample_days()
    days = days[-period:]
    first = days[0].day
    scale = period / 30
    return Statistics(
        today=days[-1],
        days=tuple(days),
        streak_days=4,
        top_exercises=tuple((e, max(1, round(n * scale))) for e, n in EXERCISES),
        body_areas=tuple((a, max(1, round(n * scale))) for a, n in AREAS),
        tension=tuple(t for t in tension if t.day >= first),
    )


def empty_statistics(period: int) -> Statistics:
    days = tuple(DaySummary(day=TODAY - timedelta(days=i)) for i in range(period - 1, -1, -1))
    return Statistics(today=days[-1], days=days, streak_days=0)


def _refuse(path: Path) -> int:
    raise PermissionError(13, "Permission denied", str(path))


def _quiet_offscreen(kind: QtMsgType, context, message: str) -> None:  # type: ignore[no-untyped-def]
    # The offscreen platform says it cannot do window-manager things; anything else is shown.
    if not message.startswith("This plugin does not support"):
        print(message, file=sys.stderr)


def main() -> None:
    qInstallMessageHandler(_quiet_offscreen)
    out, app, light = start(sys.argv)
    real_dialog = QFileDialog.getSaveFileName
    for theme, palette in (("light", light), ("dark", dark_palette())):
        app.setPalette(palette)

        window = StatisticsWindow(sample_statistics, export=lambda path: 1234)
        window.show()
        grab(window, out / f"stats-7-{theme}.png")
        # The status line after an export, and after a failed one.
        QFileDialog.getSaveFileName = lambda *args, window=window, **kwargs: (  # type: ignore[method-assign]
            str(window.default_export_path()), ""
        )
        window.export_csv()
        grab(window, out / f"stats-exported-{theme}.png")
        failing = StatisticsWindow(sample_statistics, export=_refuse)
        failing.show()
        failing.export_csv()
        failing.resize(failing.width(), 300)
        grab(failing, out / f"stats-export-failed-{theme}.png")
        failing.close()
        QFileDialog.getSaveFileName = real_dialog  # type: ignore[method-assign]
        window.set_period(30)
        grab(window, out / f"stats-30-{theme}.png")
        # The whole page, as if the window were tall enough not to scroll.
        window.resize(window.width(), window.content.sizeHint().height() + 4)
        grab(window, out / f"stats-30-full-{theme}.png")
        window.resize(*MINIMUM_SIZE)
        grab(window, out / f"stats-30-minimum-{theme}.png")
        window.resize(MINIMUM_SIZE[0], window.content.sizeHint().height() + 4)
        grab(window, out / f"stats-30-minimum-full-{theme}.png")
        window.set_period(7)
        window.resize(MINIMUM_SIZE[0], window.content.sizeHint().height() + 4)
        grab(window, out / f"stats-7-minimum-full-{theme}.png")
        window.close()

        empty = StatisticsWindow(empty_statistics, export=lambda path: 0)
        empty.show()
        empty.resize(empty.width(), empty.content.sizeHint().height() + 4)
        grab(empty, out / f"stats-empty-{theme}.png")
        empty.close()


if __name__ == "__main__":
    main()
