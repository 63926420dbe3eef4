# ruff: noqa: E501
"""The settings schema's words, marked for translation (written by tools/schema_strings.py; do not edit).

knotbreak.core.settings is English and Qt-free; knotbreak.qt.i18n.schema_text() translates these
in the "Settings" context where the Preferences window shows them.
"""

from __future__ import annotations

from knotbreak.qt.i18n import QT_TRANSLATE_NOOP

SCHEMA_WORDS = (
    QT_TRANSLATE_NOOP("Settings", "Breaks"),
    QT_TRANSLATE_NOOP("Settings", "Don't interrupt"),
    QT_TRANSLATE_NOOP("Settings", "Stretching"),
    QT_TRANSLATE_NOOP("Settings", "Sounds and voice"),
    QT_TRANSLATE_NOOP("Settings", "Check-in and history"),
    QT_TRANSLATE_NOOP("Settings", "&Work before a break"),
    QT_TRANSLATE_NOOP("Settings", "Minutes of sitting before a break is due."),
    QT_TRANSLATE_NOOP("Settings", "&Snooze for"),
    QT_TRANSLATE_NOOP("Settings", "Minutes a snooze postpones the break by default."),
    QT_TRANSLATE_NOOP("Settings", "Snoozes in a &row"),
    QT_TRANSLATE_NOOP("Settings", "Snoozes allowed in a row before a break must be taken or skipped."),
    QT_TRANSLATE_NOOP("Settings", "Snoozes allowed in a row before a break must be taken or skipped; 0 means unlimited."),
    QT_TRANSLATE_NOOP("Settings", "Unlimited"),
    QT_TRANSLATE_NOOP("Settings", "Warn &before a break"),
    QT_TRANSLATE_NOOP("Settings", "How long before a break a notice says it is coming."),
    QT_TRANSLATE_NOOP("Settings", "Seconds of warning before a break; 0 turns the warning off."),
    QT_TRANSLATE_NOOP("Settings", "Off"),
    QT_TRANSLATE_NOOP("Settings", "&Away counts as a break after"),
    QT_TRANSLATE_NOOP("Settings", "Minutes away from the keyboard and mouse that count as a break taken."),
    QT_TRANSLATE_NOOP("Settings", "Show a &due break as"),
    QT_TRANSLATE_NOOP("Settings", "Automatically: the desktop's notification on Wayland, where a window would take your keyboard, and a small corner window elsewhere."),
    QT_TRANSLATE_NOOP("Settings", "How a due break is shown: \"window\" (a small window in a corner), \"notification\" (the desktop's notification, with buttons), or \"auto\" (a notification on Wayland, where a window would take the keyboard; the window elsewhere)."),
    QT_TRANSLATE_NOOP("Settings", "&Language"),
    QT_TRANSLATE_NOOP("Settings", "A new language applies the next time KnotBreak starts."),
    QT_TRANSLATE_NOOP("Settings", "The language of the app: \"\" for the system's, or a code like \"de\" or \"es\"."),
    QT_TRANSLATE_NOOP("Settings", "Wait while a &fullscreen window has focus"),
    QT_TRANSLATE_NOOP("Settings", "Hold the break prompt while a fullscreen window has focus."),
    QT_TRANSLATE_NOOP("Settings", "Wait while the &camera is in use"),
    QT_TRANSLATE_NOOP("Settings", "Hold the break prompt while another program uses the camera (Linux)."),
    QT_TRANSLATE_NOOP("Settings", "Wait while a program keeps the screen &awake"),
    QT_TRANSLATE_NOOP("Settings", "Hold the break prompt while another program keeps the screen awake (a video, a slide show, a call)."),
    QT_TRANSLATE_NOOP("Settings", "&Longest wait"),
    QT_TRANSLATE_NOOP("Settings", "The longest a fullscreen window, the camera or a screen-awake request holds a prompt back."),
    QT_TRANSLATE_NOOP("Settings", "Working &hours"),
    QT_TRANSLATE_NOOP("Settings", "Count and remind only between these times."),
    QT_TRANSLATE_NOOP("Settings", "Count and remind only between these times, like \"09:00-17:30\"; \"\" means all day."),
    QT_TRANSLATE_NOOP("Settings", "Working &days"),
    QT_TRANSLATE_NOOP("Settings", "Days on which KnotBreak counts and reminds."),
    QT_TRANSLATE_NOOP("Settings", "&Quick routine length"),
    QT_TRANSLATE_NOOP("Settings", "Length of the routine a break prompt starts."),
    QT_TRANSLATE_NOOP("Settings", "&Places you can stretch"),
    QT_TRANSLATE_NOOP("Settings", "Standing needs room to stand up; floor includes kneeling."),
    QT_TRANSLATE_NOOP("Settings", "Where you can stretch: desk, standing (room to stand), floor."),
    QT_TRANSLATE_NOOP("Settings", "&Equipment you have"),
    QT_TRANSLATE_NOOP("Settings", "Routines only choose exercises you have the things for."),
    QT_TRANSLATE_NOOP("Settings", "Equipment you have: mat, foam-roller, towel, doorway, chair, bar, tennis-ball, heating-pad, resistance-band, medicine-ball."),
    QT_TRANSLATE_NOOP("Settings", "Exercises a&voided"),
    QT_TRANSLATE_NOOP("Settings", "Never chosen for a quick routine. \"Skip, it hurts\" in the stretch window adds one here."),
    QT_TRANSLATE_NOOP("Settings", "Exercises never to choose (the stretch window's \"Skip, it hurts\" adds here)."),
    QT_TRANSLATE_NOOP("Settings", "&Chimes"),
    QT_TRANSLATE_NOOP("Settings", "A soft chime at each step of a routine."),
    QT_TRANSLATE_NOOP("Settings", "S&poken cues"),
    QT_TRANSLATE_NOOP("Settings", "Speak cues like \"Switch sides\" aloud, where a speech engine exists."),
    QT_TRANSLATE_NOOP("Settings", "&Tension check-in"),
    QT_TRANSLATE_NOOP("Settings", "Ask \"How tight is your upper back?\" (0-10) before and after a routine."),
)
