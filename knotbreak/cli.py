"""The `knotbreak` command: start the app, or control the running one."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from typing import Any

from knotbreak import __version__
from knotbreak.core import i18n
from knotbreak.core.describe import describe_json
from knotbreak.core.durations import DurationError, parse_duration
from knotbreak.core.formatting import PLAIN, Formatter
from knotbreak.core.i18n import QT_TRANSLATE_NOOP, Catalog, fill, translate

EXIT_OK = 0
EXIT_NOT_RUNNING = 1
EXIT_USAGE = 2
EXIT_REFUSED = 3
EXIT_HISTORY = 4
"""`knotbreak stats` or `export`: the history cannot be read (damaged, or from another KnotBreak version)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"knotbreak: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(fill(translate("CommandLine", "not a number of days: '%1'"), text)) from None
    if not 1 <= days <= 366:
        raise argparse.ArgumentTypeError(fill(translate("CommandLine", "days must be 1 to 366, not %1"), str(days)))
    return days


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="knotbreak",
        description=translate(
            "CommandLine",
            "KnotBreak counts how long you sit and guides short stretch breaks. "
            "With no command it starts the tray app; the commands control the running app.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"knotbreak {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.add_parser("break", help=translate("CommandLine", "start a stretch break now (the quick routine)"))
    routines = commands.add_parser("routines", help=translate("CommandLine", "list the routines (built-in and your own)"))
    routines.add_argument("--json", action="store_true", help=translate("CommandLine", "print JSON"))
    routine = commands.add_parser("routine", help=translate("CommandLine", "start a routine by id in the running app"))
    routine.add_argument("id", help=translate("CommandLine", "a routine id from 'knotbreak routines'"))
    snooze = commands.add_parser("snooze", help=translate("CommandLine", "postpone the break (default: snooze_minutes)"))
    snooze.add_argument("minutes", nargs="?", help=translate("CommandLine", "minutes, 1 to 240 (e.g. 10 or 10m)"))
    commands.add_parser("skip", help=translate("CommandLine", "skip this break and start a new cycle"))
    pause = commands.add_parser("pause", help=translate("CommandLine", "pause reminders"))
    pause.add_argument("duration", nargs="?", help=translate("CommandLine", "30m, 2h, 1h30m or 'tomorrow'; none pauses until you resume"))
    commands.add_parser("resume", help=translate("CommandLine", "end a pause"))
    meeting = commands.add_parser("meeting", help=translate("CommandLine", "hold prompts during a call or presentation"))
    meeting.add_argument(
        "duration", nargs="?", help=translate("CommandLine", "30m, 2h, ...; none holds until 'knotbreak meeting off'; 'off' ends it")
    )
    status = commands.add_parser("status", help=translate("CommandLine", "show the current state"))
    status.add_argument("--json", action="store_true", help=translate("CommandLine", "print one JSON object"))
    commands.add_parser("quit", help=translate("CommandLine", "quit the running app"))
    commands.add_parser("preferences", help=translate("CommandLine", "open the Preferences window in the running app"))
    commands.add_parser("welcome", help=translate("CommandLine", "show the first-run welcome again in the running app"))
    autostart = commands.add_parser("autostart", help=translate("CommandLine", "start KnotBreak when you log in: on, off, or status"))
    autostart.add_argument("action", choices=("on", "off", "status"), help=translate("CommandLine", "on, off, or status"))
    stats = commands.add_parser("stats", help=translate("CommandLine", "today and the last 7 days, from the history (works without the app)"))
    stats.add_argument("--json", action="store_true", help=translate("CommandLine", "print one JSON object"))
    stats.add_argument("--days", type=_days, default=7, metavar="N", help=translate("CommandLine", "days to include, 1 to 366 (default 7)"))
    export = commands.add_parser("export", help=translate("CommandLine", "write the whole history to a file"))
    export.add_argument("--csv", required=True, metavar="FILE", help=translate("CommandLine", "the CSV file to write"))
    return parser


def request_for(args: argparse.Namespace, parser: argparse.ArgumentParser) -> dict[str, Any]:
    message: dict[str, Any] = {"command": args.command}
    if args.command == "snooze" and args.minutes is not None:
        try:
            seconds = parse_duration(args.minutes)
        except DurationError as error:
            parser.error(f"snooze: {error}")
        if not 60 <= seconds <= 240 * 60:
            parser.error("snooze: " + translate("CommandLine", "minutes must be between 1 and 240"))
        message["minutes"] = seconds / 60
    if args.command == "routine":
        message["id"] = args.id
    if args.command == "meeting" and args.duration is not None:
        if args.duration.strip().lower() == "off":
            message["end"] = True
        else:
            try:
                message["seconds"] = parse_duration(args.duration)
            except DurationError as error:
                parser.error(f"meeting: {error}")
    if args.command == "pause" and args.duration is not None:
        if args.duration.strip().lower() == "tomorrow":
            message["until"] = "tomorrow"
        else:
            try:
                message["seconds"] = parse_duration(args.duration)
            except DurationError as error:
                parser.error(f"pause: {error}")
    return message


def list_routines(*, as_json: bool) -> int:
    """Read the routines as the app would, without needing it to run."""
    from knotbreak.core.paths import Paths
    from knotbreak.core.routine_catalog import load_catalog

    catalog = load_catalog(Paths.for_user().routines_dir)
    if as_json:
        print(json.dumps({"routines": catalog.describe(), "errors": [str(e) for e in catalog.errors]}, indent=2))
    else:
        entries = catalog.describe()
        id_width = max([22, *(len(entry["id"]) + 1 for entry in entries)])
        name_width = max([24, *(len(entry["name"]) + 1 for entry in entries)])
        for entry in entries:
            #: After a routine of the person's own in `knotbreak routines`.
            origin = "" if entry["builtin"] else "  " + translate("CommandLine", "(yours)")
            print(f"{entry['id']:<{id_width}} {entry['name']:<{name_width}} {_formatter.minutes(entry['minutes']):>8}{origin}")
        for error in catalog.errors:
            #: %1 names a routine file and what is wrong with it (the details may be English).
            print("knotbreak: " + fill(translate("CommandLine", "routine file %1"), str(error)), file=sys.stderr)
    return EXIT_OK


def history_command(args: argparse.Namespace) -> int:
    """`knotbreak stats` and `knotbreak export`: read the history only, never change it.

    The app may be writing to the file right now: moving it aside, migrating it
    or creating it is the app's business, at its start.
    """
    from pathlib import Path

    from knotbreak.core.clock import SystemClock
    from knotbreak.core.history import ExportError, HistoryReader, HistoryUnreadable
    from knotbreak.core.paths import Paths

    path = Paths.for_user().history_file
    try:
        with HistoryReader(path, SystemClock()) as history:
            if not history.exists:
                #: %1 is the history file's path.
                print("knotbreak: " + fill(translate("CommandLine", "no history yet (%1 does not exist)"), str(path)), file=sys.stderr)
            if args.command == "export":
                try:
                    rows = history.export_csv(Path(args.csv))
                except ExportError as error:
                    #: %1 is a file's path, %2 the system's reason.
                    print(
                        "knotbreak: " + fill(translate("CommandLine", "cannot write %1: %2"), str(error.filename), str(error.strerror)),
                        file=sys.stderr,
                    )
                    return EXIT_USAGE
                #: %1 is the CSV file's path.
                print(fill(CommandLine.tr("Exported %n event(s) to %1", "", rows), args.csv))
                return EXIT_OK
            statistics = history.statistics(days=args.days)
    except HistoryUnreadable as error:
        print(f"knotbreak: {error}", file=sys.stderr)
        return EXIT_HISTORY
    if args.json:
        print(json.dumps(statistics.to_json()))
    else:
        print(describe_statistics(statistics, _formatter))
    return EXIT_OK


def describe_statistics(statistics: Any, fmt: Formatter = PLAIN) -> str:
    today = statistics.today
    columns = [
        #: A column of `knotbreak stats`: the date.
        translate("CommandLine", "day"),
        #: A column of `knotbreak stats`: time spent sitting.
        translate("CommandLine", "sitting"),
        #: A column of `knotbreak stats`: breaks taken.
        translate("CommandLine", "breaks"),
        #: A column of `knotbreak stats`: breaks skipped.
        translate("CommandLine", "skipped"),
        #: A column of `knotbreak stats`: time spent stretching.
        translate("CommandLine", "stretching"),
    ]
    widths = [max(12, len(columns[0]) + 2), *(max(minimum, len(title) + 2) for minimum, title in zip((10, 8, 9, 12), columns[1:], strict=True))]
    lines = [
        #: %1 is today's sitting time, %2 the longest stretch of it without a break.
        fill(
            translate("CommandLine", "Today: sitting %1, longest stretch %2"),
            fmt.duration(today.sitting_seconds),
            fmt.duration(today.longest_sitting_seconds),
        ),
        "       "
        + fill(
            #: Today's figures: %1 breaks taken, %2 breaks taken on your own (natural), %3 snoozes, %4 skipped breaks, %5 time stretching.
            translate("CommandLine", "breaks taken: %1, on your own: %2, snoozed: %3, skipped: %4, stretching: %5"),
            fmt.count(today.breaks_taken),
            fmt.count(today.natural_breaks),
            fmt.count(today.snoozed),
            fmt.count(today.skipped),
            fmt.duration(today.stretch_seconds),
        ),
        #: %1 is a number of days in a row, e.g. "3 days in a row".
        fill(translate("CommandLine", "Streak: %1 with a routine"), fmt.streak(statistics.streak_days)),
        "",
        columns[0].ljust(widths[0]) + "".join(title.rjust(width) for title, width in zip(columns[1:], widths[1:], strict=True)),
    ]
    for day in statistics.days:
        cells = (fmt.duration(day.sitting_seconds), fmt.count(day.breaks_taken), fmt.count(day.skipped), fmt.duration(day.stretch_seconds))
        lines.append(
            fmt.short_date(day.day, padded=True).ljust(widths[0]) + "".join(cell.rjust(width) for cell, width in zip(cells, widths[1:], strict=True))
        )
    return "\n".join(lines)


class CommandLine(Catalog):
    """The command line's words (translation context)."""


# argparse's own words, which it looks up through its module's `_` (gettext): the app's catalogue
# answers them in its language (_install_language points `_` at it).
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    #: %s lists the missing arguments.
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    #: %(value)r is what was typed, %(choices)s what is allowed; keep both as they are.
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    #: %s lists the arguments not understood.
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    #: %(argument_name)s names the argument, %(message)s says what is wrong with it; keep both as they are.
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
)

_formatter: Formatter = PLAIN
"""How the messages write durations, dates and numbers: the user's locale once a language is installed."""


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if not arguments:
        from knotbreak.qt.app import run_app

        return run_app()  # which installs the language for its windows
    remove_language = _install_language()
    try:
        parser = build_parser()
        return _run(parser.parse_args(arguments), parser)
    finally:
        remove_language()


def _install_language() -> Callable[[], None]:
    """Speaks the `language` setting's language (or the system's) in the messages; returns how to undo it.

    English needs nothing. Any other language loads the app's catalogue through QtCore, which also
    formats durations and dates for the locale; a command that prints nothing human pays for it too,
    a few tens of milliseconds.
    """
    global _formatter
    from knotbreak.core.paths import Paths
    from knotbreak.core.settings import load as load_settings

    language = load_settings(Paths.for_user().settings_file, move_aside=False).settings.language
    if language == i18n.ENGLISH or (not language and _system_speaks_english()):
        return lambda: None
    from PySide6.QtCore import QCoreApplication

    from knotbreak.qt.formatting import LOCAL
    from knotbreak.qt.translations import install_translations

    app = QCoreApplication.instance() or QCoreApplication(["knotbreak"])
    translations = install_translations(app, language)
    _formatter = LOCAL
    english_words = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: translate("argparse", text)  # type: ignore[attr-defined]

    def remove() -> None:
        global _formatter
        translations.remove()
        _formatter = PLAIN
        argparse._ = english_words  # type: ignore[attr-defined]

    return remove


def _system_speaks_english() -> bool:
    """Whether the environment's language (POSIX: LANGUAGE, LC_ALL, LC_MESSAGES, LANG) is English or unset (C)."""
    if os.name != "posix" or sys.platform == "darwin":
        return False  # Windows and macOS keep it elsewhere: ask Qt
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            first = value.split(":")[0]
            return first in ("C", "POSIX") or first.startswith(("C.", "en"))
    return True


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.command == "routines":
        return list_routines(as_json=args.json)
    if args.command in ("stats", "export"):
        return history_command(args)
    if args.command == "autostart":
        from knotbreak.autostart.cli import autostart_command

        return autostart_command(args.action)
    message = request_for(args, parser)

    from knotbreak.core.paths import Paths
    from knotbreak.qt.ipc import BadReply, NotRunning, send_request

    try:
        reply = send_request(Paths.for_user().socket_path, message)
    except NotRunning:
        print(translate("CommandLine", "KnotBreak is not running. Start it with: knotbreak"), file=sys.stderr)
        return EXIT_NOT_RUNNING
    except BadReply as problem:
        #: %1 is the control socket's path, %2 the technical problem.
        problem_text = fill(
            translate("CommandLine", "what answers on %1 is not KnotBreak, or not well: %2"), str(Paths.for_user().socket_path), str(problem)
        )
        print("knotbreak: " + problem_text, file=sys.stderr)
        return EXIT_NOT_RUNNING
    if not reply.get("ok"):
        print(f"knotbreak: {reply.get('error') or translate('CommandLine', 'the app refused the command')}", file=sys.stderr)
        return EXIT_REFUSED if reply.get("refused") else EXIT_USAGE
    status = reply.get("status", {})
    if args.command == "status":
        print(json.dumps(status, indent=None if args.json else 2) if args.json else describe_json(status, _formatter))
    elif args.command not in ("quit", "preferences", "welcome"):  # those show a window, or go: nothing to report
        print(describe_json(status, _formatter))
    return EXIT_OK
