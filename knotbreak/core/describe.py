"""One-line descriptions of the loop's status for tooltips, windows and the CLI."""

from __future__ import annotations

from datetime import datetime

from knotbreak.core.breakloop import State, Status
from knotbreak.core.formatting import PLAIN, Formatter
from knotbreak.core.i18n import QT_TRANSLATE_NOOP, fill, translate

HELD_REASONS = {
    "meeting": QT_TRANSLATE_NOOP("Status", "Meeting mode is on: break prompts wait until it ends"),
    "camera": QT_TRANSLATE_NOOP("Status", "The break waits while the camera is in use"),
    "fullscreen": QT_TRANSLATE_NOOP("Status", "The break waits while a fullscreen window has focus"),
    "inhibited": QT_TRANSLATE_NOOP(
        "Status", "The break waits while another program keeps the screen awake (a video, a slide show, a call)"
    ),
    "outside_working_hours": QT_TRANSLATE_NOOP("Status", "Outside working hours: nothing is counted"),
}
WALL_CLOCK_NOTE = QT_TRANSLATE_NOOP("Status", "No idle-time source on this desktop: counting wall-clock time")
SOURCE_TITLES = {
    "x11": QT_TRANSLATE_NOOP("Status", "the X11 screen-saver extension"),
    "mutter": QT_TRANSLATE_NOOP("Status", "GNOME's idle monitor"),
    "freedesktop": QT_TRANSLATE_NOOP("Status", "the freedesktop ScreenSaver service"),
    "ext-idle-notify": QT_TRANSLATE_NOOP("Status", "the Wayland compositor (ext-idle-notify)"),
    "windows": QT_TRANSLATE_NOOP("Status", "Windows' last-input time"),
    "macos": QT_TRANSLATE_NOOP("Status", "macOS's input events"),
}


def describe(status: Status, fmt: Formatter = PLAIN) -> str:
    """The status in a line, in the installed language; fmt formats its times (PLAIN, English, unless a window passes its own)."""
    sitting = fmt.duration(status.sitting_seconds)
    if status.away and status.state is State.WORKING:
        return translate("Status", "Away from the desk · the timer restarts when you are back")
    if status.state is State.WORKING:
        #: %1 is the time left (e.g. "12 min"), %2 how long you have been sitting.
        return fill(translate("Status", "Next break in %1 · sitting %2"), fmt.duration(status.seconds_to_break or 0, round_up=True), sitting)
    if status.state is State.SNOOZED:
        #: %1 is the time left (e.g. "5 min"), %2 how long you have been sitting.
        return fill(translate("Status", "Snoozed · break in %1 · sitting %2"), fmt.duration(status.seconds_to_break or 0, round_up=True), sitting)
    if status.state is State.DUE:
        #: %1 is how long you have been sitting.
        return fill(translate("Status", "Time for a break · sitting %1"), sitting)
    if status.state is State.ON_BREAK:
        return translate("Status", "On a break")
    until = status.paused_until
    if isinstance(until, datetime):
        #: %1 is a time of day, or a day and a time.
        return fill(translate("Status", "Paused until %1"), fmt.day_and_time(until) if _not_today(until) else fmt.time_of_day(until))
    return translate("Status", "Paused until you resume")


def notes(details: dict) -> list[str]:
    """Extra lines from a status_json() object: why a break waits, and how time is counted."""
    lines = []
    reason = details.get("deferred_reason")
    if reason in HELD_REASONS:
        lines.append(translate("Status", HELD_REASONS[reason]))
    elif details.get("meeting_mode"):
        lines.append(translate("Status", HELD_REASONS["meeting"]))
    source = details.get("idle_source", "none")
    if source == "none":
        lines.append(translate("Status", WALL_CLOCK_NOTE))
    else:
        #: %1 names where activity comes from, e.g. "GNOME's idle monitor".
        lines.append(fill(translate("Status", "Activity read from %1"), _source_title(source)))
    for name, reason in (details.get("idle_sources_rejected") or {}).items():
        if reason.startswith(("not available", "did not answer")):
            continue  # not on this desktop: no news
        #: %1 names an idle-time source, %2 is the technical reason it failed (often English).
        lines.append(fill(translate("Status", "Not used: %1: %2"), _source_title(name), reason))
    return lines


def _source_title(name: str) -> str:
    return translate("Status", SOURCE_TITLES[name]) if name in SOURCE_TITLES else name


def _not_today(moment: datetime) -> bool:
    return moment.date() != datetime.now(moment.tzinfo).date()


def describe_json(status: dict, fmt: Formatter = PLAIN) -> str:
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
        ),
        fmt,
    )
    return "\n".join([main, *notes(status)])
