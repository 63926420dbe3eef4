"""Start at login: the XDG entry for real (it starts the app), Windows against a fake registry, macOS in a temp home."""

from __future__ import annotations

import json
import os
import plistlib
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knotbreak.autostart import Unsupported, for_this_system, launch_command
from knotbreak.autostart.macos import LABEL, MacAutostart
from knotbreak.autostart.windows import APPROVED_KEY, RUN_KEY, VALUE_NAME, WindowsAutostart
from knotbreak.autostart.xdg import XdgAutostart, desktop_entry, quote_exec
from knotbreak.cli import main

ROOT = Path(__file__).resolve().parents[1]
VALIDATE = shutil.which("desktop-file-validate")
START_TIMEOUT = 20.0

# The Desktop Entry spec's reserved characters, which only a quoted argument may hold.
RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
STRING_ESCAPES = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}


def unquote_exec(value: str) -> list[str]:
    """The Exec key's argv, by the spec, written apart from the code under test.

    First the string escapes of the value, then the quoting rules, then the
    field codes (of which only %% may appear: KnotBreak takes no files or URLs).
    """
    text = re.sub(r"\\([sntr\\])", lambda m: STRING_ESCAPES[m[1]], value)
    argv: list[str] = []
    token: str | None = None
    quoted = False
    chars = iter(text)
    for c in chars:
        if quoted:
            if c == "\\":
                escaped = next(chars)
                assert escaped in '"`$\\', f"\\{escaped} is no escape inside quotes"
                token = (token or "") + escaped
            elif c == '"':
                quoted = False
            else:
                assert c not in "`$", f"unescaped {c!r} inside quotes in {value!r}"
                token = (token or "") + c
        elif c == '"':
            assert token is None, "a quote must open the whole argument"
            quoted, token = True, ""
        elif c == " ":
            if token is not None:
                argv.append(token)
            token = None
        else:
            assert c not in RESERVED, f"reserved {c!r} outside quotes in {value!r}"
            token = (token or "") + c
    assert not quoted, f"unterminated quote in {value!r}"
    if token is not None:
        argv.append(token)

    def field_code(match: re.Match[str]) -> str:
        assert match[1] == "%", f"field code %{match[1]} in {value!r}"
        return "%"

    return [re.sub("%(.)", field_code, argument, flags=re.DOTALL) for argument in argv]


def entry_keys(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def assert_valid(path: Path) -> None:
    if VALIDATE is None:
        return
    result = subprocess.run([VALIDATE, str(path)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def fake_install(monkeypatch: pytest.MonkeyPatch, bin_dir: Path, *, script: str | None = "knotbreak") -> Path:
    """Make sys.executable a python in bin_dir, with a console script beside it if script."""
    bin_dir.mkdir(parents=True)
    python = bin_dir / "python"
    python.write_text("")
    if script:
        (bin_dir / script).write_text("")
    monkeypatch.setattr(sys, "executable", str(python))
    return python


@pytest.fixture
def autostart_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "autostart" / "knotbreak.desktop"  # conftest's XDG_CONFIG_HOME


# --- XDG -------------------------------------------------------------------------------------------


def test_on_writes_a_valid_entry_that_runs_this_knotbreak(autostart_file: Path) -> None:
    autostart = XdgAutostart()
    assert autostart.supported and autostart.where == str(autostart_file)
    assert not autostart.enabled()

    autostart.set_enabled(True)
    assert autostart.enabled()
    assert_valid(autostart_file)
    keys = entry_keys(autostart_file)
    assert unquote_exec(keys["Exec"]) == launch_command()
    assert os.path.isabs(launch_command()[0])
    assert keys["X-GNOME-Autostart-enabled"] == "true" and keys["Name"] == "KnotBreak" and keys["Type"] == "Application"
    assert autostart_file.read_text(encoding="utf-8") == desktop_entry(launch_command(), autostart=True)


def test_off_removes_only_our_file_and_both_are_idempotent(autostart_file: Path) -> None:
    autostart = XdgAutostart()
    foreign = autostart_file.parent / "other-app.desktop"
    foreign.parent.mkdir(parents=True)
    foreign.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other-app\n")

    autostart.set_enabled(True)
    autostart.set_enabled(True)
    assert autostart.enabled()
    assert sorted(p.name for p in autostart_file.parent.iterdir()) == ["knotbreak.desktop", "other-app.desktop"]

    autostart.set_enabled(False)
    assert not autostart.enabled() and not autostart_file.exists()
    autostart.set_enabled(False)
    assert [p.name for p in autostart_file.parent.iterdir()] == ["other-app.desktop"]
    assert foreign.read_text() == "[Desktop Entry]\nType=Application\nName=Other\nExec=other-app\n"


@pytest.mark.parametrize("switch", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_a_switched_off_entry_counts_as_off_and_on_switches_it_back(autostart_file: Path, switch: str) -> None:
    autostart = XdgAutostart()
    autostart.set_enabled(True)
    text = autostart_file.read_text().replace("X-GNOME-Autostart-enabled=true\n", "")
    autostart_file.write_text(text + switch + "\n")
    assert not autostart.enabled()

    autostart.set_enabled(True)
    assert autostart.enabled() and switch not in autostart_file.read_text()

    autostart_file.write_text(text + switch + "\n")
    autostart.set_enabled(False)
    assert not autostart_file.exists()


def test_an_entry_of_that_name_for_another_program_is_left_alone(autostart_file: Path) -> None:
    autostart = XdgAutostart()
    autostart_file.parent.mkdir(parents=True)
    foreign = "[Desktop Entry]\nType=Application\nName=Mine\nExec=/usr/bin/something-else --flag\n"
    autostart_file.write_text(foreign)
    assert not autostart.enabled()
    with pytest.raises(OSError, match="starts something else"):
        autostart.set_enabled(True)
    autostart.set_enabled(False)
    assert autostart_file.read_text() == foreign


def test_an_entry_from_python_dash_m_or_an_older_install_counts_as_ours(autostart_file: Path) -> None:
    autostart = XdgAutostart()
    autostart_file.parent.mkdir(parents=True)
    for command in (["/opt/old venv/bin/python3", "-m", "knotbreak"], ["/home/u/.local/bin/knotbreak"]):
        autostart_file.write_text(desktop_entry(command, autostart=True))
        assert autostart.enabled()
    autostart.set_enabled(False)
    assert not autostart_file.exists()


def test_exec_with_a_space_and_percent_round_trips(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, autostart_file: Path) -> None:
    fake_install(monkeypatch, tmp_path / "My Apps 100%" / "bin")
    command = launch_command()
    assert command == [str(tmp_path / "My Apps 100%" / "bin" / "knotbreak")]

    XdgAutostart().set_enabled(True)
    exec_value = entry_keys(autostart_file)["Exec"]
    assert exec_value == f'"{tmp_path}/My Apps 100%%/bin/knotbreak"'
    assert unquote_exec(exec_value) == command
    assert_valid(autostart_file)
    assert XdgAutostart().enabled()


def test_exec_quoting_of_every_reserved_character_validates(tmp_path: Path) -> None:
    command = ['/o p t/a"b', "c$d`e\\f", "tab\there", "new\nline", "~", "#x", "(y)", "a'b;c&d|e<f>g*h?", "", "100%", "plain", "ünï"]
    path = tmp_path / "knotbreak.desktop"
    path.write_text(desktop_entry(command, autostart=False), encoding="utf-8")
    assert unquote_exec(entry_keys(path)["Exec"]) == command
    assert_valid(path)


argument_text = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x7f", min_codepoint=0x20) | st.sampled_from("\t\n\r"))


@settings(max_examples=300, deadline=None)
@given(st.lists(argument_text, min_size=1, max_size=5))
def test_exec_quoting_round_trips(command: list[str]) -> None:
    assert unquote_exec(quote_exec(command)) == command


def test_control_characters_cannot_go_in_an_entry() -> None:
    with pytest.raises(OSError, match="control characters"):
        quote_exec(["/tmp/a\x01b"])


@pytest.mark.parametrize("value", [None, "", "relative/config"])
def test_without_a_usable_xdg_config_home_the_folder_is_dot_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str | None) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    if value is None:
        monkeypatch.delenv("XDG_CONFIG_HOME")
    else:
        monkeypatch.setenv("XDG_CONFIG_HOME", value)
    assert XdgAutostart().where == str(tmp_path / "home" / ".config" / "autostart" / "knotbreak.desktop")


def test_the_written_exec_starts_the_app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    home = tmp_path / "home"
    runtime = home / "runtime"
    runtime.mkdir(parents=True, mode=0o700)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    env = os.environ.copy()

    autostart = XdgAutostart()
    autostart.set_enabled(True)
    argv = unquote_exec(entry_keys(Path(autostart.where))["Exec"])

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "knotbreak", *args], capture_output=True, text=True, timeout=20, env=env)

    with open(tmp_path / "app.out", "w") as out, open(tmp_path / "app.err", "w") as err:
        process = subprocess.Popen(argv, stdout=out, stderr=err, env=env, cwd=home)
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while process.poll() is None and cli("status", "--json").returncode != 0:
            assert time.monotonic() < deadline, "the app did not answer in time"
            time.sleep(0.1)
        assert process.poll() is None, "the app exited"
        assert json.loads(cli("status", "--json").stdout)["state"]
        assert cli("quit").returncode == 0
        assert process.wait(timeout=10) == 0
        assert (home / ".local" / "share" / "knotbreak" / "history.sqlite3").is_file()
    except BaseException:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
        print("app stdout:", (tmp_path / "app.out").read_text(), "app stderr:", (tmp_path / "app.err").read_text(), sep="\n")
        raise
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


# --- knotbreak autostart ---------------------------------------------------------------------------


def test_the_autostart_command(autostart_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["autostart", "status"]) == 0
    assert capsys.readouterr().out == "KnotBreak does not start at login\n"

    assert main(["autostart", "on"]) == 0
    assert capsys.readouterr().out == f"KnotBreak starts at login ({autostart_file})\n"
    assert autostart_file.exists()
    assert main(["autostart", "status"]) == 0
    assert capsys.readouterr().out == f"KnotBreak starts at login ({autostart_file})\n"

    assert main(["autostart", "off"]) == 0
    assert capsys.readouterr().out == "KnotBreak does not start at login\n"
    assert not autostart_file.exists()


def test_the_autostart_command_reports_failure(autostart_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    autostart_file.mkdir(parents=True)  # a folder where the file should go
    assert main(["autostart", "on"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith("knotbreak: ") and str(autostart_file) in captured.err


def test_the_autostart_command_where_there_is_no_way(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "platform", "emscripten")
    assert main(["autostart", "status"]) == 0
    assert capsys.readouterr().out.startswith("KnotBreak does not start at login: KnotBreak does not know how")
    assert main(["autostart", "on"]) == 1
    assert "emscripten" in capsys.readouterr().err


# --- Windows ---------------------------------------------------------------------------------------


class FakeRegistry:
    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str | bytes] = {}
        self.broken = False

    def get(self, key: str, name: str) -> str | bytes | None:
        if self.broken:
            raise PermissionError(13, "Access is denied")
        return self.values.get((key, name))

    def set_string(self, key: str, name: str, value: str) -> None:
        if self.broken:
            raise PermissionError(13, "Access is denied")
        self.values[(key, name)] = value

    def delete(self, key: str, name: str) -> None:
        if self.broken:
            raise PermissionError(13, "Access is denied")
        self.values.pop((key, name), None)


def test_windows_run_value(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake_install(monkeypatch, tmp_path / "Program Files" / "venv" / "bin")
    registry = FakeRegistry()
    autostart = WindowsAutostart(registry)
    assert autostart.supported and autostart.where == r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run\KnotBreak"
    assert not autostart.enabled()

    autostart.set_enabled(True)
    autostart.set_enabled(True)
    assert registry.values == {(RUN_KEY, VALUE_NAME): f'"{tmp_path}/Program Files/venv/bin/knotbreak"'}
    assert registry.values[(RUN_KEY, VALUE_NAME)] == subprocess.list2cmdline(launch_command())
    assert autostart.enabled()

    # Task Manager's Startup tab "Disable"; turning on again undoes it.
    registry.values[(APPROVED_KEY, VALUE_NAME)] = bytes([3]) + bytes(11)
    assert not autostart.enabled()
    autostart.set_enabled(True)
    assert autostart.enabled() and (APPROVED_KEY, VALUE_NAME) not in registry.values
    registry.values[(APPROVED_KEY, VALUE_NAME)] = bytes([2]) + bytes(11)
    assert autostart.enabled()

    registry.values[(RUN_KEY, "Other")] = "other.exe"
    autostart.set_enabled(False)
    autostart.set_enabled(False)
    assert not autostart.enabled() and registry.values == {(RUN_KEY, "Other"): "other.exe"}


def test_windows_registry_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    registry = FakeRegistry()
    registry.broken = True
    autostart = WindowsAutostart(registry)
    assert not autostart.enabled()
    with pytest.raises(OSError, match="Access is denied"):
        autostart.set_enabled(True)


def test_the_real_registry_is_only_touched_on_windows() -> None:
    if sys.platform == "win32":
        pytest.skip("this checks the refusal elsewhere")
    with pytest.raises(OSError, match="only on Windows"):
        WindowsAutostart().set_enabled(True)
    assert not WindowsAutostart().enabled()


# --- macOS -----------------------------------------------------------------------------------------


def test_macos_launch_agent(tmp_path: Path) -> None:
    autostart = MacAutostart(home=tmp_path)
    plist = tmp_path / "Library" / "LaunchAgents" / "org.knotbreak.KnotBreak.plist"
    assert autostart.supported and autostart.where == str(plist) and not autostart.enabled()

    autostart.set_enabled(True)
    autostart.set_enabled(True)
    assert autostart.enabled()
    agent = plistlib.loads(plist.read_bytes())
    assert agent["Label"] == LABEL and agent["ProgramArguments"] == launch_command() and agent["RunAtLoad"] is True

    plist.write_bytes(plistlib.dumps({**agent, "Disabled": True}))
    assert not autostart.enabled()
    plist.write_bytes(b"not a plist")
    assert not autostart.enabled()
    autostart.set_enabled(True)
    assert autostart.enabled()

    other = plist.parent / "com.example.other.plist"
    other.write_bytes(plistlib.dumps({"Label": "com.example.other"}))
    autostart.set_enabled(False)
    autostart.set_enabled(False)
    assert not autostart.enabled() and [p.name for p in plist.parent.iterdir()] == [other.name]


# --- choosing, and the command to run --------------------------------------------------------------


@pytest.mark.parametrize(
    ("platform", "kind"),
    [
        ("linux", XdgAutostart),
        ("freebsd14", XdgAutostart),
        ("openbsd7", XdgAutostart),
        ("win32", WindowsAutostart),
        ("darwin", MacAutostart),
        ("emscripten", Unsupported),
    ],
)
def test_for_this_system_picks_by_platform(monkeypatch: pytest.MonkeyPatch, platform: str, kind: type) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(sys, "platform", platform)
        chosen = for_this_system()
    assert type(chosen) is kind
    if kind is Unsupported:
        assert not chosen.supported and not chosen.enabled()
        with pytest.raises(OSError, match=platform):
            chosen.set_enabled(True)


def test_launch_command_of_this_test_run() -> None:
    beside = Path(sys.executable).parent / "knotbreak"
    expected = [str(beside)] if beside.is_file() else [sys.executable, "-m", "knotbreak"]
    assert launch_command() == expected


def test_launch_command_of_a_frozen_app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    python = fake_install(monkeypatch, tmp_path / "KnotBreak")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert launch_command() == [str(python)]


def test_launch_command_prefers_the_console_script_and_keeps_the_venv_python(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "python").symlink_to(os.path.realpath(sys.executable))
    monkeypatch.setattr(sys, "executable", str(bin_dir / "python"))
    assert launch_command() == [str(bin_dir / "python"), "-m", "knotbreak"]

    (bin_dir / "knotbreak").write_text("")
    assert launch_command() == [str(bin_dir / "knotbreak")]


def test_launch_command_from_a_relative_executable_is_absolute(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake_install(monkeypatch, tmp_path / "bin", script=None)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "executable", "bin/python")
    assert launch_command() == [str(tmp_path / "bin" / "python"), "-m", "knotbreak"]


@pytest.mark.parametrize("layout", ["venv", "system"])
def test_launch_command_on_windows(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, layout: str) -> None:
    # A venv has python.exe and knotbreak.exe side by side in Scripts; a system install keeps scripts in Scripts below python.exe.
    root = tmp_path / "Python311"
    scripts = root / "Scripts"
    scripts.mkdir(parents=True)
    python = (scripts if layout == "venv" else root) / "python.exe"
    python.write_text("")
    (scripts / "knotbreak.exe").write_text("")
    monkeypatch.setattr(sys, "executable", str(python))
    with monkeypatch.context() as patch:
        patch.setattr(sys, "platform", "win32")
        command = launch_command()
    assert command == [str(scripts / "knotbreak.exe")]


def test_launch_command_without_an_executable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "executable", "")
    with pytest.raises(OSError, match="sys.executable"):
        launch_command()


# --- packaging/install-desktop-entry.sh ------------------------------------------------------------


@pytest.mark.parametrize("autostart", [False, True])
def test_install_desktop_entry_script(tmp_path: Path, autostart: bool) -> None:
    exe = tmp_path / "opt" / "Knot Break 100%" / "knotbreak"
    exe.parent.mkdir(parents=True)
    exe.write_text("")
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "share"), "XDG_CONFIG_HOME": str(home / "config")}
    args = ["bash", str(ROOT / "packaging" / "install-desktop-entry.sh"), *(["--autostart"] if autostart else []), str(exe)]
    result = subprocess.run(args, capture_output=True, text=True, timeout=30, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr

    menu = home / "share" / "applications" / "knotbreak.desktop"
    assert_valid(menu)
    assert unquote_exec(entry_keys(menu)["Exec"]) == [str(exe)]
    assert menu.read_text(encoding="utf-8") == desktop_entry([str(exe)], autostart=False)
    assert (home / "share" / "icons" / "hicolor" / "scalable" / "apps" / "knotbreak.svg").is_file()

    login = home / "config" / "autostart" / "knotbreak.desktop"
    assert login.exists() == autostart
    if autostart:
        assert login.read_text(encoding="utf-8") == desktop_entry([str(exe)], autostart=True)
        assert_valid(login)
        assert XdgAutostart(login.parent).enabled()
    assert sorted(p.name for p in (home / "share" / "applications").iterdir()) == ["knotbreak.desktop"]


def test_install_script_quotes_like_the_python_code(tmp_path: Path) -> None:
    names = ['a"b', "c$d", "e`f", "g\\h", "i'j", "k;l", "m~n", "o#p", "q(r)", "s*t?u", "v|w&x<y>z", "tab\tx", "%x%"]
    script = ROOT / "packaging" / "install-desktop-entry.sh"
    for name in names:
        exe = tmp_path / name / "knotbreak"
        exe.parent.mkdir(parents=True)
        exe.write_text("")
        home = tmp_path / "homes" / str(names.index(name))
        env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "share"), "XDG_CONFIG_HOME": str(home / "config")}
        result = subprocess.run(["bash", str(script), str(exe)], capture_output=True, text=True, timeout=30, env=env)
        assert result.returncode == 0, result.stderr
        menu = home / "share" / "applications" / "knotbreak.desktop"
        assert menu.read_text(encoding="utf-8") == desktop_entry([str(exe)], autostart=False), name


# --- no Qt -----------------------------------------------------------------------------------------


def test_autostart_imports_without_qt() -> None:
    code = (
        "import sys\n"
        "import knotbreak.autostart, knotbreak.autostart.cli, knotbreak.autostart.xdg, knotbreak.autostart.windows, knotbreak.autostart.macos\n"
        "from knotbreak.autostart.cli import autostart_command\n"
        "autostart_command('status')\n"
        "sys.exit(1 if [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))] else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, f"Qt imported by knotbreak.autostart: {result.stdout}{result.stderr}"
