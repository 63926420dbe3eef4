"""One-line descriptions of the loop's status for tooltips, windows and the CLI."""

from __future__ import annotations

from datetime import datetime

from knotbreak.core.breakloop import State, Status
from knotbreak.core.formatting import PLAIN, Formatter

HELD_REASONS = {
    "meeting": "Meeting mode is on: break prompts wait until it ends",
    "camera": "The break waits while the camera is in use",
    "fullscreen": "The break waits while a fullscreen window has focus",
    "inhibited": "The break waits while another program keeps the screen awake (a video, a slide show, a call)",
    "outside_working_hours": "Outside working hours: nothing is counted",
}
WALL_CLOCK_NOTE = "No idle-time source on this desktop: counting wall-clock time"
SOURCE_TITLES = {
    "x11": "the X11 screen-saver extension",
    "mutter": "GNOME's idle monitor",
    "freedesktop": "the freedesktop ScreenSaver service",
    "ext-idle-notify": "the Wayland compositor (ext-idle-notify)",
    "windows": "Windows' last-input time",
    "macos": "macOS's input events",
}


def describe(status: Status, fmt: Formatter = PLAIN) -> str:
    """The status in a line; fmt formats its times (PLAIN, English, unless a window passes its own)."""
    sitting = f"sitting {fmt.duration(status.sitting_seconds)}"
    if status.away and status.state is State.WORKING:
        return "Away from the desk · the timer restarts when you are back"
    if status.state is State.WORKING:
        return f"Next break in {fmt.duration(status.seconds_to_break or 0, round_up=True)} · {sitting}"
    if status.state is State.SNOOZED:
        return f"Snoozed · break in {fmt.duration(status.seconds_to_break or 0, round_up=True)} · {sitting}"
    if status.state is State.DUE:
        return f"Time for a break · {sitting}"
    if status.state is State.ON_BREAK:
        return "On a break"
    until = status.paused_until
    if isinstance(until, datetime):
        return f"Paused until {fmt.day_and_time(until) if _not_today(until) else fmt.time_of_day(until)}"
    return "Paused until you resume"


def notes(details: dict) -> list[str]:
    """Extra lines from a status_json() object: why a break waits, and how time is counted."""
    lines = []
    reason = details.get("deferred_reason")
    if reason in HELD_REASONS:
        lines.append(HELD_REASONS[reason])
    elif details.get("meeting_mode"):
        lines.append(HELD_REASONS["meeting"])
    source = details.get("idle_source", "none")
    if source == "none":
        lines.append(WALL_CLOCK_NOTE)
    else:
        lines.append(f"Activity read from {SOURCE_TITLES.get(source, source)}")
    for name, reason in (details.get("idle_sources_rejected") or {}).items():
        if reason.startswith(("not available", "did not answer")):
            continue  # not on this desktop: no news
        lines.append(f"Not used: {SOURCE_TITLES.get(name, name)}: {reason}")
    return lines


def _not_today(moment: datetime) -> bool:
    return moment.date() != datetime.now(moment.tzinfo).date()


def describe_json(status: dict) -> str:
    """describe() for the status object the control socket returns."""
    paused_until = status.get("paused_until")
    if isinstance(paused_until, str) and paused_until != "indefinitely":
        paused_until = datetime.fromisoformat(paused_until)
    elif paused_until == "indefinitely":
        paused_until = None
    next_break = status.get("next_break_at")
    main = describe(
        Status(
            state=State(status["state"]),
            sitting_seconds=status["sitting_seconds"],
            seconds_to_break=status["seconds_to_break"],
            next_break_at=datetime.fromisoformat(next_break) if next_break else None,
            paused_until=paused_until,
            snoozes_used=status["snoozes_used"],
            snoozes_left=status.get("snoozes_left"),
            work_seconds=status.get("work_seconds", 0),
            away=status.get("away", False),
        )
    )
    return "\n".join([main, *notes(status)])
