"""What the statistics window and `knotbreak stats` show: plain data, computed by history.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class DaySummary:
    day: date
    sitting_seconds: float = 0.0
    longest_sitting_seconds: float = 0.0
    """The longest stretch of sitting between two breaks (taken or natural) that ended this day."""
    breaks_taken: int = 0
    """Routines finished or stopped early."""
    natural_breaks: int = 0
    snoozed: int = 0
    skipped: int = 0
    stretch_seconds: float = 0.0
    """Seconds spent in routines."""
    routines_completed: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "day": self.day.isoformat(),
            "sitting_seconds": round(self.sitting_seconds),
            "longest_sitting_seconds": round(self.longest_sitting_seconds),
            "breaks_taken": self.breaks_taken,
            "natural_breaks": self.natural_breaks,
            "snoozed": self.snoozed,
            "skipped": self.skipped,
            "stretch_seconds": round(self.stretch_seconds),
            "routines_completed": self.routines_completed,
        }


@dataclass(frozen=True)
class TensionPoint:
    day: date
    before: float | None
    """Mean 0-10 answer before routines that day, None when not asked or dismissed."""
    after: float | None
    count: int


@dataclass(frozen=True)
class Statistics:
    today: DaySummary
    days: tuple[DaySummary, ...]
    """The last N days, oldest first, today last; days without events are present with zeros."""
    streak_days: int
    """Consecutive days up to today (or up to yesterday, if today has none yet) with at least one routine."""
    top_exercises: tuple[tuple[str, int], ...] = field(default_factory=tuple)
    """(exercise id, times done) over the period, most first."""
    body_areas: tuple[tuple[str, int], ...] = field(default_factory=tuple)
    """(target muscle, times worked) over the period, most first."""
    tension: tuple[TensionPoint, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        return {
            "today": self.today.to_json(),
            "days": [d.to_json() for d in self.days],
            "streak_days": self.streak_days,
            "top_exercises": [{"exercise": e, "count": c} for e, c in self.top_exercises],
            "body_areas": [{"area": a, "count": c} for a, c in self.body_areas],
            "tension": [
                {"day": t.day.isoformat(), "before": t.before, "after": t.after, "count": t.count} for t in self.tension
            ],
        }
