"""For test_history's kill -9 test: write to a history as fast as possible until killed.

    python tests/history_killer.py PATH

Prints the id of every event as soon as record() has returned it, one per
line, flushed; the test kills this process at a random moment and then checks
that every printed id is in the file. Every third event is a break, followed
by tension answers and a sitting stretch, so multi-row transactions get killed
too. Exits with status 2 if the history reports a problem.
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from knotbreak.core.clock import SystemClock  # noqa: E402
from knotbreak.core.history import EventKind, History  # noqa: E402


def main() -> int:
    clock = SystemClock()
    history = History(Path(sys.argv[1]), clock)
    if history.problem:
        print(history.problem, file=sys.stderr, flush=True)
        return 2
    number = 0
    while True:
        number += 1
        if number % 3:
            event_id = history.record(EventKind.PROMPT_SHOWN, sitting_seconds=float(number))
        else:
            event_id = history.record(
                EventKind.BREAK_TAKEN,
                routine_id="desk",
                completed=True,
                exercises_done=["chin_tuck", "cat_cow"],
                exercises_skipped=[],
                seconds=60.0,
                sat_seconds=1800.0,
                targets=["trapezius"],
            )
        print(event_id, flush=True)
        if event_id is None:
            print(history.problem, file=sys.stderr, flush=True)
            return 2
        if number % 3 == 0:
            history.record_tension(event_id, "before", number % 11)
            history.record_tension(event_id, "after", (number + 5) % 11)
            now = clock.now()
            history.record_sitting(now - timedelta(minutes=30), now)


if __name__ == "__main__":
    sys.exit(main())
