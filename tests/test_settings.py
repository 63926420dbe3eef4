"""The settings file: defaults, bad keys and values, unparsable files, atomic writes."""

from __future__ import annotations

import os
import tomllib
from datetime import datetime
from pathlib import Path

import pytest

from knotbreak.core import settings
from knotbreak.core.settings import SCHEMA, Settings


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "knotbreak" / "settings.toml"


def write(path: Path, text: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode() if isinstance(text, str) else text)


def test_no_file_gives_defaults(path: Path) -> None:
    result = settings.load(path)
    assert result.settings == Settings() and result.warnings == [] and result.moved_aside is None
    assert Settings().as_dict() == {
        "work_minutes": 50, "snooze_minutes": 10, "max_snoozes": 3,
        "notify_before_seconds": 60, "natural_break_minutes": 5,
        "defer_when_fullscreen": True, "defer_when_camera_in_use": True, "defer_when_inhibited": True,
        "max_defer_minutes": 30, "break_prompt": "auto",
        "working_hours": "", "working_days": ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
        "quick_routine_minutes": 2, "places": ("desk", "standing"), "equipment": (), "avoid_exercises": (),
        "sounds": True, "spoken_cues": False, "tension_checkin": True,
    }


def test_every_schema_default_is_valid_and_described() -> None:
    for option in SCHEMA:
        assert option.check(option.default) is None
        assert option.description.endswith(".")
        assert getattr(Settings(), option.name) == option.default


def test_valid_values_are_read(path: Path) -> None:
    write(path, "work_minutes = 25\nmax_snoozes = 0\nnotify_before_seconds = 0\n")
    result = settings.load(path)
    assert result.settings == Settings(work_minutes=25, max_snoozes=0, notify_before_seconds=0)
    assert result.warnings == []


def test_unknown_key_warns_and_is_ignored(path: Path) -> None:
    write(path, "work_minutes = 30\nwork_minute = 20\n")
    result = settings.load(path)
    assert result.settings.work_minutes == 30
    assert result.warnings == ["settings.toml: unknown setting 'work_minute' is ignored"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("work_minutes = 0", "must be at least 1"),
        ("work_minutes = 241", "must be at most 240"),
        ("work_minutes = 'fifty'", "expected int, got str"),
        ("work_minutes = 12.5", "expected int, got float"),
        ("work_minutes = true", "got a boolean"),
        ("max_snoozes = -1", "must be at least 0"),
        ("defer_when_fullscreen = 1", "expected true or false, got int"),
        ("working_hours = '9-5'", "expected HH:MM-HH:MM"),
        ("working_hours = '17:00-17:00'", "start and end are the same"),
        ("working_days = ['mon', 'funday']", "unknown day 'funday'"),
        ("working_days = 'mon'", "expected list, got string"),
        ("places = ['sofa']", "unknown place 'sofa'"),
        ("equipment = ['kettlebell']", "unknown equipment 'kettlebell'"),
        ("avoid_exercises = [1]", "expected a list of exercise ids"),
    ],
)
def test_bad_value_falls_back_to_its_default_naming_key_and_value(path: Path, line: str, reason: str) -> None:
    write(path, f"snooze_minutes = 15\n{line}\n")
    result = settings.load(path)
    key, value = (part.strip() for part in line.split("=", 1))
    assert getattr(result.settings, key) == getattr(Settings(), key)
    assert result.settings.snooze_minutes == 15, "the good keys still apply"
    [warning] = result.warnings
    assert key in warning and reason in warning and "default" in warning
    assert repr(tomllib.loads(line)[key]) in warning


@pytest.mark.parametrize("content", ["work_minutes = = 3\n", "[unclosed\n", b"work_minutes = 5\n\xff\xfe\n"])
def test_unparsable_file_is_moved_aside_and_defaults_used(path: Path, content: str | bytes) -> None:
    write(path, content)
    original = path.read_bytes()
    result = settings.load(path, now=datetime(2026, 11, 23, 9, 30, 5))
    assert result.settings == Settings()
    assert result.moved_aside == path.with_name("settings.toml.broken-20261123-093005")
    assert result.moved_aside.read_bytes() == original, "the user's text is kept, byte for byte"
    assert not path.exists()
    assert "broken-20261123-093005" in result.warnings[0]


def test_a_second_broken_file_in_the_same_second_does_not_overwrite_the_first(path: Path) -> None:
    now = datetime(2026, 11, 23, 9, 30, 5)
    write(path, "first = = 1")
    first = settings.load(path, now=now).moved_aside
    write(path, "second = = 2")
    second = settings.load(path, now=now).moved_aside
    assert first != second and first.read_text() == "first = = 1" and second.read_text() == "second = = 2"


def test_unreadable_file_gives_defaults_without_moving_it(path: Path) -> None:
    path.mkdir(parents=True)  # a folder where the file should be: reading fails with an OSError
    result = settings.load(path)
    assert result.settings == Settings() and result.moved_aside is None
    assert "could not read" in result.warnings[0]


def test_working_hours_and_days_are_read(path: Path) -> None:
    write(path, "working_hours = '08:30-24:00'\nworking_days = ['mon', 'wed']\n")
    result = settings.load(path)
    assert (result.settings.working_hours, result.settings.working_days) == ("08:30-24:00", ("mon", "wed"))
    assert settings.parse_working_hours("08:30-24:00") == (510, 1440)
    assert settings.parse_working_hours("22:00-06:00") == (1320, 360), "overnight shifts are allowed"


def test_save_round_trips_with_comments(path: Path) -> None:
    wanted = Settings(work_minutes=42, max_snoozes=1, working_hours="09:00-17:00", working_days=("tue", "fri"), defer_when_fullscreen=False)
    settings.save(path, wanted)
    text = path.read_text()
    assert "# Minutes of sitting before a break is due. (1 to 240, default 50)" in text
    assert settings.load(path).settings == wanted


def test_save_is_atomic_and_leaves_no_temporary_files(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings.save(path, Settings(work_minutes=20))

    def crash(*args: object) -> None:
        raise OSError("disk on fire")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        settings.save(path, Settings(work_minutes=99))
    assert settings.load(path).settings.work_minutes == 20, "a failed write leaves the old file intact"
    assert [p.name for p in path.parent.iterdir()] == ["settings.toml"]


def test_set_value_changes_one_line_and_keeps_the_rest(path: Path) -> None:
    write(path, "# my notes\nwork_minutes = 30  # short days\navoid_exercises = []\n")
    settings.set_value(path, "avoid_exercises", ("down-dog",))
    assert path.read_text() == '# my notes\nwork_minutes = 30  # short days\navoid_exercises = ["down-dog"]\n'
    settings.set_value(path, "sounds", False)
    assert path.read_text().endswith("sounds = false\n")
    assert settings.load(path).settings.avoid_exercises == ("down-dog",)


def test_set_value_replaces_a_value_spread_over_lines_and_keeps_everything_else(path: Path) -> None:
    write(path, '# my notes\nmax_snoozes = 99\navoid_exercises = [\n  "cat-stretch",  # hurts\n]\nsounds = true\n')
    settings.set_value(path, "avoid_exercises", ("cat-stretch", "down-dog"))
    assert path.read_text() == '# my notes\nmax_snoozes = 99\navoid_exercises = ["cat-stretch", "down-dog"]\nsounds = true\n'


def test_set_value_adds_a_missing_key_above_any_table(path: Path) -> None:
    write(path, "work_minutes = 40\n\n[notes]\nfavourite = 'cat'\n")
    settings.set_value(path, "avoid_exercises", ("down-dog",))
    text = path.read_text()
    assert text.index("avoid_exercises") < text.index("[notes]")
    assert tomllib.loads(text)["avoid_exercises"] == ["down-dog"]


def test_set_value_on_a_missing_file_writes_the_defaults_with_the_key(path: Path) -> None:
    settings.set_value(path, "sounds", False)
    assert settings.load(path).settings == Settings(sounds=False)


def test_set_value_refuses_bad_values(path: Path) -> None:
    with pytest.raises(ValueError, match="unknown place"):
        settings.set_value(path, "places", ("moon",))
