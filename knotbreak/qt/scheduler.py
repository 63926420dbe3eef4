"""APScheduler on the Qt event loop, done right.

apscheduler.schedulers.qt.QtScheduler keeps the None that QTimer.singleShot
returns, so it can never stop a pending wake-up: every add or modify starts
another timer chain, and they keep firing after shutdown. Its default
executor also runs jobs on a thread pool, away from the GUI thread.

GuiScheduler owns exactly one single-shot PreciseTimer, restarted on every
wake-up and stopped on shutdown, and GuiThreadExecutor queues each job onto
the GUI thread's event loop, so a job may touch widgets and may reschedule
itself without re-entering the scheduler's own loop.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

from apscheduler.executors.base import BaseExecutor, run_job
from apscheduler.schedulers.base import BaseScheduler
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

MAX_TIMER_MS = 2**31 - 1


class _Pump(QObject):
    """Lives in the GUI thread; signals emitted from any thread are delivered there."""

    rearm = Signal(object)  # seconds to wait, or None to stop
    run = Signal(object)  # a zero-argument callable

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.rearm.connect(self._rearm)
        # Always queued: a job must run after the scheduler's processing loop has returned.
        self.run.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _rearm(self, wait_seconds: float | None) -> None:
        self.timer.stop()
        if wait_seconds is not None:
            self.timer.start(min(max(0, int(wait_seconds * 1000)), MAX_TIMER_MS))

    @Slot(object)
    def _run(self, function: Any) -> None:
        function()


class GuiThreadExecutor(BaseExecutor):
    """Runs each job on the GUI thread, from the event loop."""

    def __init__(self, pump: _Pump) -> None:
        super().__init__()
        self._pump = pump

    def _do_submit_job(self, job: Any, run_times: list[Any]) -> None:
        def run() -> None:
            try:
                events = run_job(job, job._jobstore_alias, run_times, self._logger.name)
            except BaseException:
                self._run_job_error(job.id, *sys.exc_info()[1:])
            else:
                self._run_job_success(job.id, events)

        self._pump.run.emit(run)


class GuiScheduler(BaseScheduler):
    """A BaseScheduler driven by one owned Qt timer; jobs run on the GUI thread.

    Triggers are in wall-clock time, but the timer waits in monotonic time. So
    max_wait_seconds caps each sleep, and at every wake-up the offset between
    the two clocks is compared with the last one: when the wall clock was
    changed (by hand, or by a time sync), on_clock_jump callbacks run so their
    owners can re-arm jobs whose wall times no longer mean what they meant.
    """

    JUMP_TOLERANCE_SECONDS = 2.0

    def __init__(self, *, max_wait_seconds: float = 60.0, **options: Any) -> None:
        self._pump = _Pump()
        self._max_wait = max_wait_seconds
        self._pump.timer.timeout.connect(self._process_jobs)
        self._clock_offset = _wall_minus_monotonic()
        self.on_clock_jump: list[Callable[[float], None]] = []
        super().__init__(**options)

    @property
    def timer(self) -> QTimer:
        """The single timer behind every wake-up (exposed for tests)."""
        return self._pump.timer

    def _create_default_executor(self) -> BaseExecutor:
        return GuiThreadExecutor(self._pump)

    def shutdown(self, wait: bool = True) -> None:
        super().shutdown(wait=False)
        self._pump.rearm.emit(None)

    def wakeup(self) -> None:
        self._start_timer(0)

    def _start_timer(self, wait_seconds: float | None) -> None:
        if wait_seconds is not None:
            wait_seconds = min(wait_seconds, self._max_wait)
        self._pump.rearm.emit(wait_seconds)

    def check_clock(self) -> None:
        """Call on_clock_jump callbacks if the wall clock moved against the monotonic one."""
        offset = _wall_minus_monotonic()
        jump = offset - self._clock_offset
        self._clock_offset = offset
        if abs(jump) > self.JUMP_TOLERANCE_SECONDS:
            for callback in list(self.on_clock_jump):
                callback(jump)

    @Slot()
    def _process_jobs(self) -> None:
        if not self.running:
            return
        self.check_clock()
        wait_seconds = super()._process_jobs()
        if self.running:
            self._start_timer(wait_seconds)



def _wall_minus_monotonic() -> float:
    return time.time() - time.monotonic()
