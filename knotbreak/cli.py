"""The `knotbreak` command: start the app, or control the running one."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from knotbreak import __version__
from knotbreak.core.describe import describe_json
from knotbreak.core.durations import DurationError, parse_duration

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
        raise argparse.ArgumentTypeError(f"not a number of days: {text!r}") from None
    if not 1 <= days <= 366:
        raise argparse.ArgumentTypeError(f"days must be 1 to 366, not {days}")
    return days


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="knotbreak",
        description="KnotBreak counts how long you sit and guides short stretch breaks. "
        "With no command it starts the tray app; the commands control the running app.",
    )
    parser.add_argument("--version", action="version", version=f"knotbreak {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.add_parser("break", help="start a stretch break now (the quick routine)")
    routines = commands.add_parser("routines", help="list the routines (built-in and your own)")
    routines.add_argument("--json", action="store_true", help="print JSON")
    routine = commands.add_parser("routine", help="start a routine by id in the running app")
    routine.add_argument("id", help="a routine id from 'knotbreak routines'")
    snooze = commands.add_parser("snooze", help="postpone the break (default: snooze_minutes)")
    snooze.add_argument("minutes", nargs="?", help="minutes, 1 to 240 (e.g. 10 or 10m)")
    commands.add_parser("skip", help="skip this break and start a new cycle")
    pause = commands.add_parser("pause", help="pause reminders")
    pause.add_argument("duration", nargs="?", help="30m, 2h, 1h30m or 'tomorrow'; none pauses until you resume")
    commands.add_parser("resume", help="end a pause")
    meeting = commands.add_parser("meeting", help="hold prompts during a call or presentation")
    meeting.add_argument("duration", nargs="?", help="30m, 2h, ...; none holds until 'knotbreak meeting off'; 'off' ends it")
    status = commands.add_parser("status", help="show the current state")
    status.add_argument("--json", action="store_true", help="print one JSON object")
    commands.add_parser("quit", help="quit the running app")
    commands.add_parser("preferences", help="open the Preferences window in the running app")
    commands.add_parser("welcome", help="show the first-run welcome again in the running app")
    autostart = commands.add_parser("autostart", help="start KnotBreak when you log in: on, off, or status")
    autostart.add_argument("action", choices=("on", "off", "status"), help="on, off, or status")
    stats = commands.add_parser("stats", help="today and the last 7 days, from the history (works without the app)")
    stats.add_argument("--json", action="store_true", help="print one JSON object")
    stats.add_argument("--days", type=_days, default=7, metavar="N", help="days to include, 1 to 366 (default 7)")
    export = commands.add_parser("export", help="write the whole history to a file")
    export.add_argument("--csv", required=True, metavar="FILE", help="the CSV file to write")
    return parser


def request_for(args: argparse.Namespace, parser: argparse.ArgumentParser) -> dict[str, Any]:
    message: dict[str, Any] = {"command": args.command}
    if args.command == "snooze" and args.minutes is not None:
        try:
            seconds = parse_duration(args.minutes)
        except DurationError as error:
            parser.error(f"snooze: {error}")
        if not 60 <= seconds <= 240 * 60:
            parser.error("snooze: minutes must be between 1 and 240")
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
        for entry in catalog.describe():
            origin = "" if entry["builtin"] else "  (yours)"
            print(f"{entry['id']:<22} {entry['name']:<24} {entry['minutes']:>4.1f} min{origin}")
        for error in catalog.errors:
            print(f"knotbreak: routine file {error}", file=sys.stderr)
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
                print(f"knotbreak: no history yet ({path} does not exist)", file=sys.stderr)
            if args.command == "export":
                try:
                    rows = history.export_csv(Path(args.csv))
                except ExportError as error:
                    print(f"knotbreak: cannot write {error.filename}: {error.strerror}", file=sys.stderr)
                    return EXIT_USAGE
                print(f"Exported {rows} events to {args.csv}")
                return EXIT_OK
            statistics = history.statistics(days=args.days)
    except HistoryUnreadable as error:
        print(f"knotbreak: {error}", file=sys.stderr)
        return EXIT_HISTORY
    if args.json:
        print(json.dumps(statistics.to_json()))
    else:
        print(describe_statistics(statistics))
    return EXIT_OK


def describe_statistics(statistics: Any) -> str:
    from knotbreak.core.formatting import PLAIN

    today = statistics.today
    lines = [
        f"Today: sitting {PLAIN.duration(today.sitting_seconds)}, longest stretch {PLAIN.duration(today.longest_sitting_seconds)}",
        (
            f"       {today.breaks_taken} breaks taken, {today.natural_breaks} natural, {today.snoozed} snoozed, "
            f"{today.skipped} skipped, {PLAIN.duration(today.stretch_seconds)} stretching"
        ),
        f"Streak: {PLAIN.plural(statistics.streak_days, 'day')} in a row with a routine",
        "",
        f"{'day':<12}{'sitting':>10}{'breaks':>8}{'skipped':>9}{'stretching':>12}",
    ]
    for day in statistics.days:
        lines.append(
            f"{PLAIN.short_date(day.day, padded=True):<12}{PLAIN.duration(day.sitting_seconds):>10}{day.breaks_taken:>8}"
            f"{day.skipped:>9}{PLAIN.duration(day.stretch_seconds):>12}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from knotbreak.qt.app import run_app

        return run_app()
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
        print("KnotBreak is not running. Start it with: knotbreak", file=sys.stderr)
        return EXIT_NOT_RUNNING
    except BadReply as problem:
        print(f"knotbreak: what answers on {Paths.for_user().socket_path} is not KnotBreak, or not well: {problem}", file=sys.stderr)
        return EXIT_NOT_RUNNING
    if not reply.get("ok"):
        print(f"knotbreak: {reply.get('error', 'the app refused the command')}", file=sys.stderr)
        return EXIT_REFUSED if reply.get("refused") else EXIT_USAGE
    status = reply.get("status", {})
    if args.command == "status":
        print(json.dumps(status, indent=None if args.json else 2) if args.json else describe_json(status))
    elif args.command not in ("quit", "preferences", "welcome"):  # those show a window, or go: nothing to report
        print(describe_json(status))
    return EXIT_OK
