"""The settings file: defaults, bad keys and values, unparsable files, atomic writes, edits in place."""

from __future__ import annotations

import os
import stat
import tomllib
from datetime import datetime
from pathlib import Path

import pytest

from knotbreak.core import settings
from knotbreak.core.settings import SCHEMA, Settings, SettingsEditError

BOM = b"\xef\xbb\xbf"


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
        "max_defer_minutes": 30, "break_prompt": "auto", "language": "",
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
    key = line.split("=", 1)[0].strip()
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
    assert first is not None and second is not None
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


def test_set_value_refuses_bad_values_and_unknown_keys_with_its_own_error(path: Path) -> None:
    write(path, "sounds = true\n")
    with pytest.raises(SettingsEditError, match="unknown place"):
        settings.set_value(path, "places", ("moon",))
    with pytest.raises(SettingsEditError, match="not a setting"):
        settings.set_value(path, "volume", 3)
    assert path.read_text() == "sounds = true\n"


@pytest.mark.parametrize(
    ("line", "edited"),
    [
        ("  avoid_exercises = []", '  avoid_exercises = ["down-dog"]'),
        ('"avoid_exercises" = []', '"avoid_exercises" = ["down-dog"]'),
        ("'avoid_exercises'   =   []   # my list", "'avoid_exercises'   =   [\"down-dog\"]   # my list"),
        ("\tavoid_exercises=[ 'cat-stretch' ]", '\tavoid_exercises=["down-dog"]'),
    ],
)
def test_set_value_edits_an_indented_or_quoted_key_where_it_stands(path: Path, line: str, edited: str) -> None:
    write(path, f"# notes\nwork_minutes = 30\n{line}\nsounds = false\n")
    settings.set_value(path, "avoid_exercises", ("down-dog",))
    assert path.read_text() == f"# notes\nwork_minutes = 30\n{edited}\nsounds = false\n"
    assert settings.load(path).settings == Settings(work_minutes=30, avoid_exercises=("down-dog",), sounds=False)


def test_a_file_with_a_byte_order_mark_is_read_and_kept_with_it(path: Path) -> None:
    write(path, BOM + b"# from Notepad\nwork_minutes = 30\n")
    result = settings.load(path)
    assert result.moved_aside is None and result.warnings == []
    assert result.settings.work_minutes == 30
    settings.set_value(path, "sounds", False)
    assert path.read_bytes() == BOM + b"# from Notepad\nwork_minutes = 30\nsounds = false\n"
    assert settings.load(path).settings == Settings(work_minutes=30, sounds=False)


def test_set_value_keeps_crlf_line_endings(path: Path) -> None:
    write(path, b"# notes\r\nwork_minutes = 30\r\navoid_exercises = [\r\n  'cat-stretch',\r\n]\r\n\r\n[mine]\r\nx = 1\r\n")
    settings.set_value(path, "avoid_exercises", ("cat-stretch", "down-dog"))
    settings.set_value(path, "sounds", False)  # a new key, above the table
    assert path.read_bytes() == (
        b'# notes\r\nwork_minutes = 30\r\navoid_exercises = ["cat-stretch", "down-dog"]\r\nsounds = false\r\n\r\n[mine]\r\nx = 1\r\n'
    )


def test_set_value_on_a_crlf_file_without_a_final_newline(path: Path) -> None:
    write(path, b"# notes\r\nwork_minutes = 30")
    settings.set_value(path, "sounds", False)
    assert path.read_bytes() == b"# notes\r\nwork_minutes = 30\r\nsounds = false\r\n"


@pytest.mark.parametrize(
    ("content", "edited"),
    [
        (b"\r\n", b"sounds = false\r\n\r\n"),
        (b"[mine]\r\nx = 1\r\n", b"sounds = false\r\n\r\n[mine]\r\nx = 1\r\n"),
        (b"# a\r\n# b\n# c\r\n", b"# a\r\n# b\n# c\r\nsounds = false\r\n"),
    ],
)
def test_set_value_adds_a_key_with_crlf_wherever_it_goes(path: Path, content: bytes, edited: bytes) -> None:
    write(path, content)
    settings.set_value(path, "sounds", False)
    assert path.read_bytes() == edited


def test_set_value_keeps_every_comment_and_unknown_key(path: Path) -> None:
    text = (
        "# KnotBreak settings, mine\n"
        "\n"
        "# how long I sit\n"
        "work_minutes = 30 # short days\n"
        "colour = 'green'  # not a setting (yet)\n"
        "# what hurts:\n"
        "avoid_exercises = [] # grows\n"
        "# end of top level\n"
        "\n"
        "[notes]  # my own table\n"
        "# inside\n"
        "favourite = 'cat' # yes\n"
    )
    write(path, text)
    settings.set_value(path, "avoid_exercises", ("down-dog",))
    settings.set_value(path, "max_snoozes", 1)
    assert path.read_text() == (
        text.replace("avoid_exercises = [] # grows", 'avoid_exercises = ["down-dog"] # grows')
        .replace("# end of top level\n", "# end of top level\nmax_snoozes = 1\n")
    )


@pytest.mark.skipif(os.name != "posix", reason="symlinks need privileges on Windows")
def test_set_value_writes_through_a_symlink(path: Path) -> None:
    dotfiles = path.parent.parent / "dotfiles"
    dotfiles.mkdir(parents=True)
    target = dotfiles / "knotbreak.toml"
    target.write_text("# managed by my dotfiles\nwork_minutes = 30\n")
    path.parent.mkdir(parents=True)
    path.symlink_to(target)
    settings.set_value(path, "sounds", False)
    assert path.is_symlink() and path.resolve() == target.resolve(), "the link stays a link"
    assert target.read_text() == "# managed by my dotfiles\nwork_minutes = 30\nsounds = false\n"
    assert settings.load(path).settings == Settings(work_minutes=30, sounds=False)
    assert sorted(p.name for p in dotfiles.iterdir()) == ["knotbreak.toml"], "no temporary file left beside the target"
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.toml"]


@pytest.mark.skipif(os.name != "posix", reason="symlinks need privileges on Windows")
def test_save_writes_through_a_symlink(path: Path) -> None:
    target = path.parent.parent / "dotfiles" / "knotbreak.toml"
    target.parent.mkdir(parents=True)
    path.parent.mkdir(parents=True)
    path.symlink_to(target)  # dangling, as a fresh dotfiles checkout may leave it
    settings.save(path, Settings(work_minutes=20))
    assert path.is_symlink() and settings.load(target).settings.work_minutes == 20


@pytest.mark.skipif(os.name != "posix", reason="symlinks need privileges on Windows")
def test_a_broken_symlinked_file_is_moved_aside_beside_its_target_and_the_link_kept(path: Path) -> None:
    target = path.parent.parent / "dotfiles" / "knotbreak.toml"
    target.parent.mkdir(parents=True)
    target.write_text("work_minutes = = 3\n")
    path.parent.mkdir(parents=True)
    path.symlink_to(target)
    result = settings.load(path, now=datetime(2026, 11, 23, 9, 30, 5))
    assert result.moved_aside == target.with_name("knotbreak.toml.broken-20261123-093005")
    assert result.moved_aside.read_text() == "work_minutes = = 3\n"
    assert path.is_symlink(), "the link is the dotfile manager's; it stays"
    settings.save(path, result.settings)
    assert settings.load(target).settings == Settings()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_set_value_keeps_the_files_permissions(path: Path) -> None:
    write(path, "sounds = true\n")
    path.chmod(0o644)
    settings.set_value(path, "sounds", False)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_set_value_on_a_broken_file_refuses_and_leaves_it_alone(path: Path) -> None:
    write(path, "# half saved\nwork_minutes = 30\nsounds = tr")
    with pytest.raises(SettingsEditError, match=r"not valid TOML right now \(line 3: "):
        settings.set_value(path, "avoid_exercises", ("down-dog",))
    assert path.read_text() == "# half saved\nwork_minutes = 30\nsounds = tr"
    assert [p.name for p in path.parent.iterdir()] == ["settings.toml"], "nothing moved aside"


def test_set_value_on_a_file_that_is_not_utf8_refuses(path: Path) -> None:
    write(path, b"# caf\xe9\nwork_minutes = 30\n")
    with pytest.raises(SettingsEditError, match="line 1: not UTF-8"):
        settings.set_value(path, "sounds", False)
    assert path.read_bytes() == b"# caf\xe9\nwork_minutes = 30\n"


def test_set_value_never_lets_a_tomlkit_error_out(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tomlkit
    from tomlkit.exceptions import ParseError

    def fail(text: str) -> None:
        raise ParseError(1, 1, "tomlkit disagrees")

    write(path, "sounds = true\n")
    monkeypatch.setattr(tomlkit, "parse", fail)
    with pytest.raises(SettingsEditError, match="set sounds by hand"):
        settings.set_value(path, "sounds", False)
    assert path.read_text() == "sounds = true\n"


def test_set_value_refuses_an_edit_that_would_change_other_values(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tomlkit

    real_parse = tomlkit.parse

    def sloppy(text: str) -> tomlkit.TOMLDocument:
        document = real_parse(text)
        document["work_minutes"] = 99  # a tomlkit bug, as the check would see one
        return document

    write(path, "work_minutes = 30\n")
    monkeypatch.setattr(tomlkit, "parse", sloppy)
    with pytest.raises(SettingsEditError, match="could not be edited safely"):
        settings.set_value(path, "sounds", False)
    assert path.read_text() == "work_minutes = 30\n"


def test_a_syntax_error_names_its_line_and_can_be_read_without_moving_the_file(path: Path) -> None:
    write(path, "work_minutes = 30\nsnooze_minutes = = 7\n")
    result = settings.load(path, move_aside=False)
    assert result.settings == Settings() and result.moved_aside is None
    assert "line 2: Invalid value" in result.warnings[0]
    assert path.read_text() == "work_minutes = 30\nsnooze_minutes = = 7\n"
    with pytest.raises(settings.SettingsParseError) as raised:
        settings.parse(path.read_bytes())
    assert (raised.value.line, raised.value.reason) == (2, "Invalid value")


@pytest.mark.parametrize(
    "content",
    [
        "a = " + "[" * 5000 + "]" * 5000,  # tomllib recurses
        "work_minutes = " + "1" * 5000,  # int() refuses this many digits
    ],
)
def test_load_survives_what_tomllib_does_not(path: Path, content: str) -> None:
    write(path, content)
    result = settings.load(path)
    assert result.settings == Settings() and result.moved_aside is not None


def test_every_option_says_where_and_how_preferences_shows_it() -> None:
    for option in SCHEMA:
        assert option.label.replace("&", "").strip(), option.name
        assert option.label.count("&") == 1, f"{option.name}: one mnemonic per control"
        assert option.page in settings.PAGES, option.name
        if option.choices and option.type is tuple:
            assert option.check(option.choices) is None, f"{option.name}: every choice is valid"
            assert all(option.check((choice,)) is None for choice in option.choices)
        if option.choices and option.type is str:
            assert option.default in option.choices
    assert {option.page for option in SCHEMA} == set(settings.PAGES), "no page is empty"


def test_set_values_edits_several_keys_in_one_write_keeping_the_rest(path: Path) -> None:
    write(path, "# mine\r\nwork_minutes = 30 # short days\r\ncolour = 'green'\r\n")
    settings.set_values(path, {"work_minutes": 45, "places": ("desk", "floor")})
    assert path.read_bytes().decode() == (
        "# mine\r\nwork_minutes = 45 # short days\r\ncolour = 'green'\r\nplaces = [\"desk\", \"floor\"]\r\n"
    )


def test_set_values_writes_nothing_when_one_value_is_wrong(path: Path) -> None:
    write(path, "work_minutes = 30\n")
    with pytest.raises(SettingsEditError, match="snooze_minutes"):
        settings.set_values(path, {"work_minutes": 45, "snooze_minutes": 0})
    assert path.read_text() == "work_minutes = 30\n"


def test_language_is_the_systems_by_default_and_takes_only_the_translated_codes(path: Path) -> None:
    option = settings.OPTIONS["language"]
    assert option.type is str and option.default == "" and option.page == settings.PAGES[0]
    assert option.choices == ("", "en", "de", "es") and option.label == "&Language"
    assert "next time" in option.hint, "a new language applies at the next start"
    assert all(option.check(code) is None for code in option.choices)
    assert option.check("fr") is not None and option.check("DE") is not None
    write(path, 'language = "de"\n')
    assert settings.load(path).settings.language == "de"
    write(path, 'language = "xx"\n')
    result = settings.load(path)
    assert result.settings.language == "" and any("language" in warning for warning in result.warnings)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_named_settings_toml_neither_hangs_reading_nor_editing(path: Path) -> None:
    """Every command of the command line reads the settings for its language: a FIFO there must not hang it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    result = settings.load(path)
    assert result.settings == Settings() and result.warnings == [f"could not read {path}: it is not a regular file; using defaults"]
    with pytest.raises(settings.SettingsEditError, match="is not a regular file; it was left as it is"):
        settings.set_values(path, {"work_minutes": 40})
