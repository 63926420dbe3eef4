"""For test_history's kill -9 test: write to a history as fast as possible until killed.

    python tests/history_killer.py PATH

record() only queues an event; the history's writer thread commits it. This
keeps up to IN_FLIGHT events queued, and prints the id of each as soon as its
ticket says it is committed, in order, one per line, flushed: the test kills
this process at a random moment and then checks that every printed id is in
the file (events still queued when it dies are lost, and never printed).
Every third event is a break, followed by tension answers (attached through
the break's ticket) and a sitting stretch, so multi-row transactions get
killed too. Prints None and exits with status 2 if an event could not be saved.
"""

from __future__ import annotations

import sys
from collections import deque
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from knotbreak.core.clock import SystemClock  # noqa: E402
from knotbreak.core.history import EventKind, EventTicket, History  # noqa: E402

IN_FLIGHT = 8


def main() -> int:
    clock = SystemClock()
    history = History(Path(sys.argv[1]), clock)
    if history.problem:
        print(history.problem, file=sys.stderr, flush=True)
        return 2
    queued: deque[EventTicket] = deque()
    number = 0
    while True:
        number += 1
        if number % 3:
            ticket = history.record(EventKind.PROMPT_SHOWN, sitting_seconds=float(number))
        else:
            ticket = history.record(
                EventKind.BREAK_TAKEN,
                routine_id="desk",
                completed=True,
                exercises_done=["chin_tuck", "cat_cow"],
                exercises_skipped=[],
                seconds=60.0,
                sat_seconds=1800.0,
                targets=["trapezius"],
            )
            history.record_tension(ticket, "before", number % 11)
            history.record_tension(ticket, "after", (number + 5) % 11)
            now = clock.now()
            history.record_sitting(now - timedelta(minutes=30), now)
        queued.append(ticket)
        while queued and (len(queued) >= IN_FLIGHT or queued[0].done()):
            event_id = queued.popleft().wait(timeout=30)
            print(event_id, flush=True)
            if event_id is None:
                print(history.problem, file=sys.stderr, flush=True)
                return 2


if __name__ == "__main__":
    sys.exit(main())
