"""GuiScheduler: one owned timer, no leaked wake-ups, every job on the GUI thread."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest
from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtCore import Qt, QTimer

from knotbreak.qt.scheduler import GuiScheduler


def soon(ms: int) -> datetime:
    return datetime.now().astimezone() + timedelta(milliseconds=ms)


@pytest.fixture
def scheduler(qtbot):  # type: ignore[no-untyped-def]
    scheduler = GuiScheduler()
    scheduler.start()
    yield scheduler
    if scheduler.running:
        scheduler.shutdown()


def test_jobs_run_on_the_gui_thread(qtbot, scheduler: GuiScheduler) -> None:  # type: ignore[no-untyped-def]
    threads: list[int] = []
    scheduler.add_job(lambda: threads.append(threading.get_ident()), "date", run_date=soon(20))
    qtbot.waitUntil(lambda: bool(threads), timeout=2000)
    assert threads == [threading.main_thread().ident]


def test_stock_qtscheduler_runs_jobs_off_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The upstream behaviour this wrapper exists for; if this starts failing, upstream changed."""
    stock = QtScheduler()
    stock.start()
    threads: list[int] = []
    try:
        stock.add_job(lambda: threads.append(threading.get_ident()), "date", run_date=soon(20))
        qtbot.waitUntil(lambda: bool(threads), timeout=2000)
    finally:
        stock.shutdown(wait=True)
    assert threads != [threading.main_thread().ident]
    assert stock._timer is None, "QtScheduler keeps no handle on its timer"


def test_one_timer_however_many_jobs_are_added_and_changed(qtbot, scheduler: GuiScheduler) -> None:  # type: ignore[no-untyped-def]
    for index in range(50):
        scheduler.add_job(print, "date", run_date=soon(60_000 + index), id=f"job{index}")
        scheduler.modify_job(f"job{index}", next_run_time=soon(30_000 + index))
    qtbot.waitUntil(lambda: scheduler.timer.remainingTime() > 1000, timeout=2000)
    timers = scheduler._pump.findChildren(QTimer)
    assert timers == [scheduler.timer]
    assert scheduler.timer.isActive() and scheduler.timer.isSingleShot()
    assert scheduler.timer.timerType() is Qt.TimerType.PreciseTimer
    assert 29_000 <= scheduler.timer.remainingTime() <= 30_100


def test_a_rescheduled_job_fires_once_at_its_new_time(qtbot, scheduler: GuiScheduler) -> None:  # type: ignore[no-untyped-def]
    runs: list[str] = []
    scheduler.add_job(lambda: runs.append("a"), "date", run_date=soon(40), id="a")
    scheduler.modify_job("a", next_run_time=soon(150))
    qtbot.waitUntil(lambda: bool(runs), timeout=2000)
    qtbot.wait(250)
    assert runs == ["a"]


def test_shutdown_cancels_the_pending_wakeup(qtbot, scheduler: GuiScheduler) -> None:  # type: ignore[no-untyped-def]
    runs: list[str] = []
    for index in range(10):
        scheduler.add_job(lambda: runs.append("late"), "date", run_date=soon(60), id=f"j{index}")
    scheduler.shutdown()
    assert not scheduler.timer.isActive()
    qtbot.wait(200)
    assert runs == []


def test_a_job_can_reschedule_itself(qtbot, scheduler: GuiScheduler) -> None:  # type: ignore[no-untyped-def]
    """The app's wake-up job re-adds itself with the same id; APScheduler must not then delete it."""
    runs: list[int] = []

    def tick() -> None:
        runs.append(len(runs))
        if len(runs) < 3:
            scheduler.add_job(tick, "date", run_date=soon(10), id="tick", replace_existing=True)

    scheduler.add_job(tick, "date", run_date=soon(10), id="tick")
    qtbot.waitUntil(lambda: len(runs) == 3, timeout=2000)
    qtbot.wait(100)
    assert runs == [0, 1, 2]
    assert scheduler.get_job("tick") is None


def test_waits_are_capped_so_wall_clock_changes_are_noticed(qtbot) -> None:  # type: ignore[no-untyped-def]
    scheduler = GuiScheduler(max_wait_seconds=2)
    scheduler.start()
    try:
        scheduler.add_job(print, "date", run_date=soon(3_600_000))
        qtbot.waitUntil(lambda: scheduler.timer.remainingTime() > 1000, timeout=2000)
        assert scheduler.timer.remainingTime() <= 2000
    finally:
        scheduler.shutdown()


def test_a_failing_job_does_not_stop_the_scheduler(qtbot, scheduler: GuiScheduler, caplog) -> None:  # type: ignore[no-untyped-def]
    runs: list[str] = []

    def boom() -> None:
        raise RuntimeError("job failed")

    scheduler.add_job(boom, "date", run_date=soon(10))
    scheduler.add_job(lambda: runs.append("after"), "date", run_date=soon(60))
    qtbot.waitUntil(lambda: bool(runs), timeout=2000)
    assert "job failed" in caplog.text


def test_a_wall_clock_jump_is_reported(qtbot, scheduler: GuiScheduler, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import knotbreak.qt.scheduler as module

    jumps: list[float] = []
    scheduler.on_clock_jump.append(jumps.append)
    real = module._wall_minus_monotonic
    scheduler.check_clock()
    assert jumps == []
    monkeypatch.setattr(module, "_wall_minus_monotonic", lambda: real() - 3600)
    scheduler.check_clock()
    assert len(jumps) == 1 and jumps[0] == pytest.approx(-3600, abs=1)
    scheduler.check_clock()
    assert len(jumps) == 1, "reported once"
