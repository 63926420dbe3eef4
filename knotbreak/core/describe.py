"""One-line descriptions of the loop's status for tooltips, windows and the CLI."""

from __future__ import annotations

from datetime import datetime

from knotbreak.core.breakloop import State, Status
from knotbreak.core.durations import format_minutes


def describe(status: Status) -> str:
    sitting = f"sitting {format_minutes(status.sitting_seconds)}"
    if status.state is State.WORKING:
        return f"Next break in {format_minutes(status.seconds_to_break or 0)} · {sitting}"
    if status.state is State.SNOOZED:
        return f"Snoozed · break in {format_minutes(status.seconds_to_break or 0)} · {sitting}"
    if status.state is State.DUE:
        return f"Time for a break · {sitting}"
    if status.state is State.ON_BREAK:
        return "On a break"
    until = status.paused_until
    if isinstance(until, datetime):
        return f"Paused until {until.strftime('%a %H:%M') if _not_today(until) else until.strftime('%H:%M')}"
    return "Paused until you resume"


def _not_today(moment: datetime) -> bool:
    return moment.date() != datetime.now(moment.tzinfo).date()


def describe_json(status: dict) -> str:  # type: ignore[type-arg]
    """describe() for the status object the control socket returns."""
    paused_until = status.get("paused_until")
    if isinstance(paused_until, str) and paused_until != "indefinitely":
        paused_until = datetime.fromisoformat(paused_until)
    elif paused_until == "indefinitely":
        paused_until = None
    next_break = status.get("next_break_at")
    return describe(
        Status(
            state=State(status["state"]),
            sitting_seconds=status["sitting_seconds"],
            seconds_to_break=status["seconds_to_break"],
            next_break_at=datetime.fromisoformat(next_break) if next_break else None,
            paused_until=paused_until,
            snoozes_used=status["snoozes_used"],
            snoozes_left=status.get("snoozes_left"),
            work_seconds=status.get("work_seconds", 0),
        )
    )
