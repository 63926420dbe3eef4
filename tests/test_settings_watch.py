"""Live reload of settings.toml: editors save in steps, replace the file, or delete and recreate it.

Steps an editor takes quickly are run from a short QTimer while the test
waits, so the watcher's event loop runs between them as it would beside a
real editor. Where a test needs the watcher to have seen an in-between
state, it waits for the settling signal; outcomes never depend on timing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

import pytest
from PySide6.QtCore import QTimer

from knotbreak.core import settings
from knotbreak.core.settings import LoadResult, Settings
from knotbreak.qt.settings_watch import SettingsFile

WAIT_MS = 6000  # debounce and every retry, with room to spare
EDITOR_PAUSE_MS = 50  # between an editor's two writes: well inside the debounce


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "config" / "knotbreak" / "settings.toml"
    path.parent.mkdir(parents=True)
    path.write_text("work_minutes = 25\n")
    return path


@pytest.fixture
def watcher(qtbot, path: Path) -> Iterator[SettingsFile]:  # type: ignore[no-untyped-def]
    watcher = SettingsFile(path)
    assert watcher.load().settings == Settings(work_minutes=25)
    yield watcher
    watcher.blockSignals(True)


@pytest.fixture
def seen(watcher: SettingsFile) -> list[LoadResult]:
    results: list[LoadResult] = []
    watcher.changed.connect(results.append)
    return results


def broken_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if ".broken-" in p.name)


def later(step: Callable[[], object]) -> list[bool]:
    """Run step after EDITOR_PAUSE_MS; the list holds True once it has run."""
    done: list[bool] = []

    def run() -> None:
        step()
        done.append(True)

    QTimer.singleShot(EDITOR_PAUSE_MS, run)
    return done


def wait_for_settings(qtbot, seen: list[LoadResult], wanted: Settings) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: bool(seen) and seen[-1].settings == wanted, timeout=WAIT_MS)


def test_a_save_in_two_writes_is_read_whole_and_never_moved_aside(qtbot, path: Path, seen: list[LoadResult]) -> None:  # type: ignore[no-untyped-def]
    full = b"# mine\nwork_minutes = 40\nsnooze_minutes = 7\n"
    half = full[: full.index(b"snooze_") + 3]
    editor: IO[bytes] = open(path, "r+b")  # noqa: SIM115 -- held open across the pause, as nano holds it
    editor.truncate(0)
    editor.write(half)
    editor.flush()

    def finish() -> None:
        editor.write(full[len(half) :])
        editor.close()

    done = later(finish)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    wait_for_settings(qtbot, seen, Settings(work_minutes=40, snooze_minutes=7))
    assert path.read_bytes() == full, "the editor's second write landed in settings.toml"
    assert broken_files(path) == []
    assert [result.settings for result in seen] == [Settings(work_minutes=40, snooze_minutes=7)]


def test_a_half_written_file_that_was_seen_is_retried_not_moved_aside(qtbot, path: Path, watcher: SettingsFile, seen: list[LoadResult]) -> None:  # type: ignore[no-untyped-def]
    full = b"work_minutes = 40\nsnooze_minutes = 7\n"
    half = full[: full.index(b"snooze_") + 3]
    with open(path, "r+b") as editor:
        with qtbot.waitSignal(watcher.settling, timeout=WAIT_MS) as settling:
            editor.truncate(0)
            editor.write(half)
            editor.flush()
        assert "line 2" in settling.args[0]
        editor.write(full[len(half) :])
    wait_for_settings(qtbot, seen, Settings(work_minutes=40, snooze_minutes=7))
    qtbot.waitUntil(lambda: not watcher.pending, timeout=WAIT_MS)
    assert broken_files(path) == [] and path.read_bytes() == full
    assert [result.settings for result in seen] == [Settings(work_minutes=40, snooze_minutes=7)]


@pytest.mark.parametrize("blank", [b"", b"  \n\t\n"])
def test_a_momentarily_empty_file_never_applies_the_defaults(qtbot, path: Path, seen: list[LoadResult], blank: bytes) -> None:  # type: ignore[no-untyped-def]
    path.write_bytes(blank)  # an editor truncating before it writes
    done = later(lambda: path.write_text("work_minutes = 40\n"))
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    wait_for_settings(qtbot, seen, Settings(work_minutes=40))
    assert [result.settings for result in seen] == [Settings(work_minutes=40)]


def test_an_empty_file_seen_by_the_watcher_is_not_acted_on_until_it_settles(qtbot, path: Path, watcher: SettingsFile, seen: list[LoadResult]) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(watcher.settling, timeout=WAIT_MS) as settling:
        path.write_bytes(b"")
    assert "empty" in settling.args[0]
    path.write_text("work_minutes = 40\n")
    wait_for_settings(qtbot, seen, Settings(work_minutes=40))
    assert [result.settings for result in seen] == [Settings(work_minutes=40)]


def test_a_file_that_stays_empty_means_all_defaults(qtbot, path: Path, watcher: SettingsFile, seen: list[LoadResult]) -> None:  # type: ignore[no-untyped-def]
    settling: list[str] = []
    watcher.settling.connect(settling.append)
    path.write_bytes(b"\n")
    wait_for_settings(qtbot, seen, Settings())
    assert len(settling) == 3, "looked at a few times before acting"
    assert seen[0].warnings == [] and not seen[0].kept_previous
    qtbot.waitUntil(lambda: not watcher.pending, timeout=WAIT_MS)


def test_every_in_place_edit_after_an_atomic_replace_is_seen(qtbot, path: Path, seen: list[LoadResult]) -> None:  # type: ignore[no-untyped-def]
    # Losing the watch depended on the order Qt reported the folder's and the
    # file's events in, so the replace is done several times.
    minutes = 30
    for cycle in range(6):
        minutes += 1
        if cycle % 2:
            settings.set_value(path, "work_minutes", minutes)  # the app's own save
        else:
            temporary = path.with_name("settings.toml.tmp")
            temporary.write_text(f"work_minutes = {minutes}\n")
            os.replace(temporary, path)  # an editor's atomic save
        wait_for_settings(qtbot, seen, Settings(work_minutes=minutes))
        for _edit in range(2):
            minutes += 1
            path.write_text(f"work_minutes = {minutes}\n")  # in place, as vim with backupcopy=yes
            wait_for_settings(qtbot, seen, Settings(work_minutes=minutes))


def test_a_file_that_stays_broken_keeps_the_settings_and_is_reported_once(qtbot, path: Path, watcher: SettingsFile, seen: list[LoadResult]) -> None:  # type: ignore[no-untyped-def]
    broken = "work_minutes = 30\nsnooze_minutes = = 7\n"
    path.write_text(broken)
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    [report] = seen
    assert report.settings == Settings(work_minutes=25), "the previous settings stay in force"
    assert report.kept_previous and report.moved_aside is None
    [warning] = report.warnings
    assert "settings.toml" in warning and "line 2" in warning and "Invalid value" in warning
    assert path.read_text() == broken and broken_files(path) == [], "the user's file stays where it is"
    qtbot.waitUntil(lambda: not watcher.pending, timeout=WAIT_MS)

    with qtbot.waitSignal(watcher._watcher.fileChanged, timeout=WAIT_MS):
        path.write_text(broken)  # saved again, still broken
    qtbot.waitUntil(lambda: not watcher.pending, timeout=WAIT_MS)
    assert len(seen) == 1, "told once"

    path.write_text("work_minutes = 30\nsnooze_minutes = 7\n")
    wait_for_settings(qtbot, seen, Settings(work_minutes=30, snooze_minutes=7))
    assert len(seen) == 2 and watcher.settings == Settings(work_minutes=30, snooze_minutes=7)


def test_a_deleted_and_recreated_file_is_seen_and_watched_again(qtbot, path: Path, seen: list[LoadResult]) -> None:  # type: ignore[no-untyped-def]
    path.unlink()  # vim's backup rename, or a dotfile manager relinking
    done = later(lambda: path.write_text("work_minutes = 35\n"))
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    wait_for_settings(qtbot, seen, Settings(work_minutes=35))
    path.write_text("work_minutes = 36\n")  # in place, into the new file
    wait_for_settings(qtbot, seen, Settings(work_minutes=36))
    assert [result.settings.work_minutes for result in seen] == [35, 36], "the defaults never applied in between"


def test_a_file_recreated_after_the_watcher_saw_it_missing_is_picked_up(qtbot, path: Path, watcher: SettingsFile, seen: list[LoadResult]) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(watcher.settling, timeout=WAIT_MS) as settling:
        path.unlink()
    assert "missing" in settling.args[0]
    path.write_text("work_minutes = 35\n")
    wait_for_settings(qtbot, seen, Settings(work_minutes=35))
    path.write_text("work_minutes = 36\n")
    wait_for_settings(qtbot, seen, Settings(work_minutes=36))
    assert [result.settings.work_minutes for result in seen] == [35, 36]


def test_a_file_that_stays_deleted_means_all_defaults(qtbot, path: Path, watcher: SettingsFile, seen: list[LoadResult]) -> None:  # type: ignore[no-untyped-def]
    path.unlink()
    wait_for_settings(qtbot, seen, Settings())
    assert not path.exists(), "not written again behind the user's back"


@pytest.mark.skipif(os.name != "posix", reason="symlinks need privileges on Windows")
def test_a_symlinked_file_replaced_at_its_target_is_seen(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "dotfiles" / "knotbreak.toml"
    target.parent.mkdir()
    target.write_text("work_minutes = 25\n")
    link = tmp_path / "config" / "settings.toml"
    link.parent.mkdir()
    link.symlink_to(target)
    watcher = SettingsFile(link)
    watcher.load()
    seen: list[LoadResult] = []
    watcher.changed.connect(seen.append)
    for minutes in (31, 32, 33):
        temporary = target.with_name("knotbreak.toml.tmp")
        temporary.write_text(f"work_minutes = {minutes}\n")
        os.replace(temporary, target)  # the dotfiles checkout updated
        wait_for_settings(qtbot, seen, Settings(work_minutes=minutes))
    watcher.blockSignals(True)


def test_the_apps_own_edit_is_applied_once_and_nothing_is_left_running(qtbot, path: Path, watcher: SettingsFile, seen: list[LoadResult]) -> None:  # type: ignore[no-untyped-def]
    settings.set_value(path, "avoid_exercises", ("down-dog",))
    wait_for_settings(qtbot, seen, Settings(work_minutes=25, avoid_exercises=("down-dog",)))
    qtbot.waitUntil(lambda: not watcher.pending, timeout=WAIT_MS)
    assert len(seen) == 1
