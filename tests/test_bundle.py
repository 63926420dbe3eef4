"""The self-contained Linux bundle (packaging/build-bundle.sh, `make bundle`).

The bundle is built once per module with this venv's PyInstaller, or taken
from $KNOTBREAK_BUNDLE_TARBALL (a knotbreak-VERSION-linux-ARCH.tar.gz built
before), and unpacked into an empty folder. It then runs as it would on a
machine without Python: an environment of its own (no venv or PYTHONPATH,
PATH only /usr/bin:/bin, HOME and the XDG folders in a temporary folder, no
session bus), under Xvfb, with its own executable as the command line. The
running process may map nothing from this checkout, this venv or the Python
it was built with.

Then install.sh and uninstall.sh in a temporary HOME: where every file lands,
the menu and login entries validate, and uninstalling leaves the HOME as it
was before, the user's settings and history untouched.

Building takes about 25 s (PyInstaller about 12 s, gzip about 10 s), the whole
module about 45 s. Everything here needs the build, so all of it is marked
x11 like the test that needs the X server.
"""

from __future__ import annotations

import importlib.util
import json
import os
import pty
import select
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from xserver import XServer, running_xvfb, skip_without, stop, wait_until

import knotbreak

pytestmark = [pytest.mark.x11, pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle")]

ROOT = Path(__file__).resolve().parents[1]
BUILD_SCRIPT = ROOT / "packaging" / "build-bundle.sh"
PREBUILT = "KNOTBREAK_BUNDLE_TARBALL"
SIZE_LIMIT_MB = 120
# The Qt that must not be in the bundle: the app uses none of it.
UNWANTED_QT = ("Qml", "Quick", "WebEngine", "Pdf", "3D", "Charts", "VirtualKeyboard", "DataVisualization", "Graphs", "Designer", "EglFS")
# Host libraries the bundle may lack on a system without them: each only disables what needs it
# (the GTK 3 theme, spoken cues, sound, Wayland); everything else must resolve here.
OPTIONAL_HOST_LIBRARIES = ("libgtk-3.so", "libgdk-3.so", "libspeechd.so", "libpulse.so", "libwayland-")


@dataclass(frozen=True)
class Bundle:
    tarball: Path
    folder: Path  # the unpacked knotbreak-VERSION/

    @property
    def program(self) -> Path:
        return self.folder / "knotbreak"


@pytest.fixture(scope="module")
def tarball(tmp_path_factory: pytest.TempPathFactory) -> Path:
    prebuilt = os.environ.get(PREBUILT)
    if prebuilt:
        path = Path(prebuilt)
        assert path.is_file(), f"${PREBUILT} names {path}, which is not a file"
        return path
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("needs PyInstaller in this venv (pip install '.[bundle]'), or a built bundle in $KNOTBREAK_BUNDLE_TARBALL")
    out = tmp_path_factory.mktemp("bundle-build")
    started = time.monotonic()
    result = subprocess.run(
        ["bash", str(BUILD_SCRIPT), "--dist", str(out / "dist"), "--work", str(out / "work"), "--python", sys.executable],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, f"build-bundle.sh failed:\n{result.stdout}\n{result.stderr}"
    print(f"built the bundle in {time.monotonic() - started:.0f} s")
    (path,) = (out / "dist").glob("knotbreak-*-linux-*.tar.gz")
    return path


@pytest.fixture(scope="module")
def bundle(tarball: Path, tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    folder = tmp_path_factory.mktemp("bundle-unpacked")
    assert not any(folder.iterdir())
    with tarfile.open(tarball) as archive:
        archive.extractall(folder, filter="tar")
    (top,) = folder.iterdir()
    assert top.name == f"knotbreak-{knotbreak.__version__}", "one folder, named for the version"
    return Bundle(tarball, top)


def clean_env(home: Path, server: XServer | None = None) -> dict[str, str]:
    """A session's environment with nothing of this checkout or its Python in it."""
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(runtime),
        # No session bus (and no autolaunching one), nor the user's speech-dispatcher.
        "DBUS_SESSION_BUS_ADDRESS": f"unix:path={runtime}/no-session-bus",
        "SPEECHD_ADDRESS": f"unix_socket:{runtime}/no-speech-dispatcher.sock",
    }
    if server is not None:
        env.update(DISPLAY=server.display, XDG_SESSION_TYPE="x11")
    return env


def run(command: list[str | Path], env: dict[str, str], cwd: Path, timeout: float = 30, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(part) for part in command], env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    if check:
        assert result.returncode == 0, f"{command} exited with {result.returncode}:\n{result.stdout}\n{result.stderr}"
    return result


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as file:
                if file.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def foreign_prefixes() -> list[Path]:
    """Where the build's Python lives: nothing of the bundle may come from there."""
    prefixes = {ROOT, Path(sys.prefix).resolve()}
    base = Path(sys.base_prefix).resolve()
    if base not in (Path("/usr"), Path("/")):
        prefixes.add(base)
    return sorted(prefixes)


# --- what is in it ----------------------------------------------------------------------------------


def test_the_bundle_holds_the_app_its_data_and_installers_and_only_the_qt_it_uses(bundle: Bundle) -> None:
    folder, internal = bundle.folder, bundle.folder / "_internal"
    for name in ("knotbreak", "install.sh", "uninstall.sh"):
        assert os.access(folder / name, os.X_OK), name
    for name in ("exercises.toml", "routines.toml", "knotbreak.desktop", "content/de.toml", "content/es.toml"):
        assert (internal / "knotbreak" / "data" / name).is_file(), f"knotbreak/data/{name}"
    assert (folder / "share" / "applications" / "knotbreak.desktop").is_file()
    assert (folder / "share" / "icons" / "hicolor" / "scalable" / "apps" / "knotbreak.svg").is_file()
    assert list((folder / "share" / "icons" / "hicolor").glob("*x*/apps/knotbreak.png")), "the PNG icons"
    assert list((folder / "share" / "metainfo").glob("*.metainfo.xml")), "the AppStream metainfo"

    broken = [path for path in folder.rglob("*") if path.is_symlink() and not path.exists()]
    assert not broken, f"broken links: {broken}"
    qt = internal / "PySide6" / "Qt"
    unwanted = [path.name for path in internal.rglob("*Qt*") if any(f"Qt6{part}" in path.name or f"Qt{part}" in path.name for part in UNWANTED_QT)]
    assert not unwanted, unwanted
    assert not (qt / "translations").exists() and not (qt / "qml").exists()
    plugins = {f"{path.parent.name}/{path.name}" for path in (qt / "plugins").rglob("*.so")}
    assert {"platforms/libqxcb.so", "platforms/libqwayland.so", "iconengines/libqsvgicon.so", "imageformats/libqsvg.so"} <= plugins
    assert not {path for path in plugins if path.startswith(("egldeviceintegrations/", "generic/", "tls/", "networkinformation/", "multimedia/"))}
    assert list((internal / "pywayland.libs").glob("libwayland-client*.so*")), "pywayland's libwayland-client"

    size = sum(path.lstat().st_size for path in folder.rglob("*"))
    if shutil.which("strip") or os.environ.get(PREBUILT):  # without binutils' strip the build keeps debugging symbols
        assert size < SIZE_LIMIT_MB * 1024 * 1024, f"{size / 1048576:.0f} MiB unpacked"


def test_every_library_resolves_to_the_bundle_or_the_system(bundle: Bundle) -> None:
    """ldd as the program's loader sees it (the bootloader puts _internal on LD_LIBRARY_PATH)."""
    skip_without("ldd")
    internal = bundle.folder / "_internal"
    env = {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": str(internal)}
    foreign = [str(prefix) for prefix in foreign_prefixes()]
    problems = []
    for elf in elf_files(bundle.folder):
        result = subprocess.run(["ldd", str(elf)], env=env, capture_output=True, text=True, timeout=30)
        for line in result.stdout.splitlines():
            name = line.strip().split(" ", 1)[0]
            if "not found" in line and not name.startswith(OPTIONAL_HOST_LIBRARIES):
                problems.append(f"{elf.relative_to(bundle.folder)}: {line.strip()}")
            elif any(prefix in line for prefix in foreign):
                problems.append(f"{elf.relative_to(bundle.folder)} reaches outside the bundle: {line.strip()}")
    assert not problems, "\n".join(problems)


# --- running it -------------------------------------------------------------------------------------

GRAB = r"""
import json, sys
from collections import Counter
from PySide6.QtGui import QGuiApplication, QImage
app = QGuiApplication(["knotbreak-test-grab"])
image = app.primaryScreen().grabWindow(int(sys.argv[1])).toImage().convertToFormat(QImage.Format.Format_RGB888)
image.save(sys.argv[2])
width, height, stride = image.width(), image.height(), image.bytesPerLine()
data = bytes(image.constBits())
def pixel(x, y):
    return data[y * stride + 3 * x : y * stride + 3 * x + 3]
# The figure's card: the window's second commonest colour (after the window's own), in one large block.
card = Counter(pixel(x, y) for y in range(0, height, 3) for x in range(0, width, 3)).most_common(2)[1][0]
rows = [y for y in range(height) if sum(pixel(x, y) == card for x in range(0, width, 2)) * 2 > width * 0.2]
top, bottom = rows[0], rows[-1]
columns = [x for x in range(width) if sum(pixel(x, y) == card for y in range(top, bottom + 1, 2)) * 2 > (bottom - top) * 0.2]
left, right = columns[0], columns[-1]
inset = max(6, round(0.08 * min(right - left, bottom - top)))  # clear of the rounded corners and the edge
inside = [(x, y) for y in range(top + inset, bottom - inset) for x in range(left + inset, right - inset)]
drawn = sum(pixel(x, y) != card for x, y in inside)
print(json.dumps({"card": list(card), "box": [left, top, right, bottom], "drawn": round(drawn / max(1, len(inside)), 4)}))
"""


class RunningBundle:
    def __init__(self, bundle: Bundle, server: XServer, home: Path) -> None:
        self.bundle = bundle
        self.server = server
        self.home = home
        self.env = clean_env(home, server)
        self.cwd = home  # not the checkout
        self.log = home / "knotbreak.log"
        with self.log.open("w") as log:
            self.process = subprocess.Popen([str(bundle.program)], env=self.env, cwd=self.cwd, stdout=log, stderr=subprocess.STDOUT)

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return run([self.bundle.program, *args], self.env, self.cwd, check=check)

    def status(self) -> dict | None:  # type: ignore[type-arg]
        result = self.cli("status", "--json", check=False)
        return json.loads(result.stdout) if result.returncode == 0 else None

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def mapped_files(self) -> set[str]:
        maps = Path(f"/proc/{self.process.pid}/maps").read_text()
        return {line.split(None, 5)[5] for line in maps.splitlines() if len(line.split(None, 5)) == 6 and line.split(None, 5)[5].startswith("/")}


@pytest.fixture
def running_bundle(bundle: Bundle, tmp_path: Path) -> Iterator[RunningBundle]:
    skip_without("Xvfb", "xdotool", "openbox")
    home = tmp_path / "home"
    (home / ".config" / "knotbreak").mkdir(parents=True)
    # Settings of one's own (so no first-run welcome over the stretch window); the chimes on, as by default.
    (home / ".config" / "knotbreak" / "settings.toml").write_text("sounds = true\n")
    with running_xvfb(size="1280x1024", window_manager=True) as server:
        app = RunningBundle(bundle, server, home)
        try:
            yield app
        finally:
            if app.process.poll() is None:
                app.cli("quit", check=False)
                try:
                    app.process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    stop(app.process)
            print(app.output())


def test_the_unpacked_bundle_runs_the_break_loop_with_nothing_else_installed(running_bundle: RunningBundle, tmp_path: Path) -> None:
    app = running_bundle
    started = time.monotonic()
    wait_until(lambda: app.process.poll() is not None or app.status() is not None, 60, "the bundle to answer status", interval=0.2)
    assert app.process.poll() is None, f"the bundle exited with {app.process.returncode}:\n{app.output()}"
    print(f"first status answer after {time.monotonic() - started:.1f} s")
    status = app.status()
    assert status is not None
    assert status["version"] == knotbreak.__version__ and status["state"] == "working"
    assert status["idle_source"] == "x11", status  # ctypes reaches the system's libX11 and libXss

    # The same executable is the command line: a command the app does not need to run for, too.
    assert app.cli("--version").stdout.strip() == f"knotbreak {knotbreak.__version__}"
    routines = {routine["id"] for routine in json.loads(app.cli("routines", "--json").stdout)["routines"]}
    assert "desk-reset" in routines, routines

    app.cli("break")
    wait_until(lambda: (app.status() or {}).get("state") == "on_break", 20, "the break to start")
    search = run(["xdotool", "search", "--onlyvisible", "--name", "^KnotBreak: "], app.server.env(), tmp_path)
    window = search.stdout.split()[0]
    title = run(["xdotool", "getwindowname", window], app.server.env(), tmp_path).stdout.strip()
    assert title.startswith("KnotBreak: ") and len(title) > len("KnotBreak: "), f"the stretch window is titled {title!r}"
    # Desktops match its windows to the menu entry by StartupWMClass, which the frozen program must keep.
    wm_class = desktop_keys(app.bundle.folder / "share" / "applications" / "knotbreak.desktop")["StartupWMClass"]
    classes = run(["xdotool", "search", "--onlyvisible", "--class", f"^{wm_class}$"], app.server.env(), tmp_path, check=False)
    assert window in classes.stdout.split(), f"the stretch window is not of class {wm_class}"

    # Its figure is drawn: a good part of the card it stands on is not the card's colour (an empty card is
    # all card). The art may change; that it is there may not.
    time.sleep(1.0)  # the first frames and the figure's first pose
    shot = tmp_path / "stretch-window.png"
    grab = run([sys.executable, "-c", GRAB, window, str(shot)], app.server.env(), tmp_path)
    card = json.loads(grab.stdout.splitlines()[-1])
    assert card["drawn"] > 0.02, f"no figure on the card in the stretch window ({card}); see {shot}"

    # Nothing of this checkout, this venv or the Python that built it is loaded, and the bundle's Python is.
    internal = str(app.bundle.folder / "_internal")
    mapped = app.mapped_files()
    outside = [path for path in mapped if any(path.startswith(str(prefix)) for prefix in foreign_prefixes())]
    assert not outside, outside
    pythons = [path for path in mapped if "libpython" in path or "/python3" in path]
    assert pythons and all(path.startswith(internal) for path in pythons), pythons
    assert any(path.startswith(internal) and "libQt6Svg" in path for path in mapped)

    # The Preferences window asks the sound backend whether it works: the bundled QtMultimedia loads.
    app.cli("preferences")
    wait_until(lambda: any("QtMultimedia.abi3.so" in path for path in app.mapped_files()), 20, "QtMultimedia to load")

    app.cli("quit")
    assert app.process.wait(timeout=20) == 0
    output = app.output()
    for problem in ("Traceback", "Could not load the Qt platform plugin", "no illustration", "Cannot load library", "ModuleNotFoundError"):
        assert problem not in output, output

    history = app.home / ".local" / "share" / "knotbreak" / "history.sqlite3"
    assert history.is_file()
    with sqlite3.connect(f"file:{history}?mode=ro", uri=True) as db:
        tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'events%'")]
        assert tables, "an events table"
        kinds = {kind for table in tables for (kind,) in db.execute(f"SELECT kind FROM {table}")}
    assert "app_start" in kinds, kinds


def test_the_bundled_pywayland_loads(bundle: Bundle, tmp_path: Path) -> None:
    """On a Wayland session the app tries ext-idle-notify through pywayland; here no compositor answers,
    so it must fail to connect, not to import (its compiled _ffi needs cffi's _cffi_backend)."""
    skip_without("Xvfb")
    with running_xvfb() as server:
        env = clean_env(tmp_path / "home", server)
        env.update(XDG_SESSION_TYPE="wayland", WAYLAND_DISPLAY=str(tmp_path / "no-compositor"), QT_QPA_PLATFORM="xcb")
        with (tmp_path / "knotbreak.log").open("w") as log:
            process = subprocess.Popen([str(bundle.program)], env=env, cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT)
        try:
            status: dict = {}  # type: ignore[type-arg]

            def answered() -> bool:
                result = run([bundle.program, "status", "--json"], env, tmp_path, check=False)
                status.update(json.loads(result.stdout) if result.returncode == 0 else {})
                return process.poll() is not None or bool(status)

            wait_until(answered, 60, "the bundle to answer status", interval=0.2)
            rejected = status.get("idle_sources_rejected", {})
            assert "ext-idle-notify" in rejected, status
            reason = rejected["ext-idle-notify"]
            assert "No module" not in reason and "no-compositor" in reason, f"it did not get as far as connecting: {reason}"
            run([bundle.program, "quit"], env, tmp_path)
            assert process.wait(timeout=20) == 0
        finally:
            stop(process)


WAYLAND_SESSION = ROOT.parent / "shared" / "tools" / "wayland-session"
COMPOSITOR_FAILED = 3  # wayland-session's exit status when the compositor cannot be had
# Runs inside the Wayland session: the bundle with a bare environment but the session's display and bus.
WAYLAND_SCENARIO = r"""
import json, os, subprocess, sys, time
program, home, report = sys.argv[1:4]
runtime = os.path.join(home, "runtime")
os.makedirs(runtime, mode=0o700)
display = os.environ["WAYLAND_DISPLAY"]
env = {
    "HOME": home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
    "WAYLAND_DISPLAY": display if os.path.isabs(display) else os.path.join(os.environ["XDG_RUNTIME_DIR"], display),
    "XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": os.environ.get("XDG_CURRENT_DESKTOP", ""),
    "DBUS_SESSION_BUS_ADDRESS": os.environ["DBUS_SESSION_BUS_ADDRESS"],
    "XDG_CONFIG_HOME": os.path.join(home, ".config"), "XDG_DATA_HOME": os.path.join(home, ".local", "share"),
    "XDG_RUNTIME_DIR": runtime,
}
def status():
    result = subprocess.run([program, "status", "--json"], env=env, capture_output=True, text=True, timeout=20)
    return json.loads(result.stdout) if result.returncode == 0 else None
out = {}
with open(os.path.join(home, "knotbreak.log"), "w") as log:
    app = subprocess.Popen([program], env=env, cwd=home, stdout=log, stderr=subprocess.STDOUT)
try:
    deadline = time.monotonic() + 60
    while app.poll() is None and time.monotonic() < deadline and not out.get("first_status"):
        out["first_status"] = status()
        time.sleep(0.2)
    subprocess.run([program, "break"], env=env, capture_output=True, timeout=20)
    time.sleep(2)
    out["break_status"] = status()
    with open(f"/proc/{app.pid}/maps") as maps:
        out["mapped"] = sorted({line.split(None, 5)[5].strip() for line in maps if len(line.split(None, 5)) == 6})
    subprocess.run([program, "quit"], env=env, capture_output=True, timeout=20)
    out["exit"] = app.wait(timeout=20)
finally:
    if app.poll() is None:
        app.kill()
    out["log"] = open(os.path.join(home, "knotbreak.log")).read()
    with open(report, "w") as file:
        json.dump(out, file)
"""


@pytest.mark.wayland
def test_the_bundle_runs_on_kwins_wayland_and_reads_idle_time_through_pywayland(bundle: Bundle, tmp_path: Path) -> None:
    if not WAYLAND_SESSION.exists():
        pytest.skip(f"no {WAYLAND_SESSION}")
    report = tmp_path / "report.json"
    (tmp_path / "home").mkdir()
    session = subprocess.run(
        [str(WAYLAND_SESSION), "--compositor", "kwin", "--", sys.executable, "-c", WAYLAND_SCENARIO,
         str(bundle.program), str(tmp_path / "home"), str(report)],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300,
    )
    if not report.exists():
        if session.returncode == COMPOSITOR_FAILED:
            pytest.skip(f"kwin cannot run here: {session.stdout[-2000:]}{session.stderr[-2000:]}")
        pytest.fail(f"wayland-session exited {session.returncode} without a report:\n{session.stdout}\n{session.stderr}")
    result = json.loads(report.read_text())
    assert result["first_status"] and result["first_status"]["idle_source"] == "ext-idle-notify", result
    assert result["break_status"]["state"] == "on_break", result
    plugins = [path for path in result["mapped"] if "/platforms/" in path]
    assert plugins and all(path.startswith(str(bundle.folder)) and path.endswith("libqwayland.so") for path in plugins), plugins
    assert result["exit"] == 0 and "Traceback" not in result["log"], result["log"]


def test_a_command_without_the_app_says_it_is_not_running(bundle: Bundle, tmp_path: Path) -> None:
    result = run([bundle.program, "status"], clean_env(tmp_path), tmp_path, check=False)
    assert result.returncode == 1 and "not running" in result.stderr, result


# --- install.sh and uninstall.sh --------------------------------------------------------------------


def snapshot(home: Path) -> dict[str, bytes | str]:
    """Every path under home: a file's bytes, a link's target, or 'dir'."""
    found: dict[str, bytes | str] = {}
    for path in sorted(home.rglob("*")):
        key = str(path.relative_to(home))
        if path.is_symlink():
            found[key] = "-> " + os.readlink(path)
        elif path.is_dir():
            found[key] = "dir"
        else:
            found[key] = path.read_bytes()
    return found


def desktop_keys(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line and not line.startswith("#"))


def validate_desktop_file(path: Path) -> None:
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0 and not result.stdout.strip(), f"{path}: {result.stdout}{result.stderr}"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A user's home with settings, a history and a command of their own, as install.sh may meet it."""
    home = tmp_path / "home"
    (home / ".config" / "knotbreak").mkdir(parents=True)
    (home / ".config" / "knotbreak" / "settings.toml").write_text("# mine\nwork_minutes = 45\n")
    (home / ".local" / "share" / "knotbreak").mkdir(parents=True)
    (home / ".local" / "share" / "knotbreak" / "history.sqlite3").write_bytes(b"SQLite format 3\x00 not really")
    (home / ".local" / "bin").mkdir(parents=True)
    (home / ".local" / "bin" / "my-tool").write_text("#!/bin/sh\n")
    (home / "runtime").mkdir(mode=0o700)
    return home


def home_env(home: Path) -> dict[str, str]:
    """install.sh as a user runs it: HOME, and no XDG folders set (the defaults under HOME)."""
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "XDG_RUNTIME_DIR": str(home / "runtime")}


def test_install_puts_everything_in_place_and_uninstall_takes_exactly_that_away(bundle: Bundle, home: Path) -> None:
    skip_without("desktop-file-validate")
    before = snapshot(home)
    env = home_env(home)
    lib, launcher = home / ".local" / "lib" / "knotbreak", home / ".local" / "bin" / "knotbreak"
    data = home / ".local" / "share"

    output = run(["bash", bundle.folder / "install.sh", "--no-autostart"], env, home, timeout=120).stdout
    assert (lib / "knotbreak").is_file() and (lib / "_internal").is_dir() and os.access(lib / "uninstall.sh", os.X_OK)
    assert launcher.is_symlink() and os.readlink(launcher) == str(lib / "knotbreak")
    assert run([launcher, "--version"], env, home).stdout.strip() == f"knotbreak {knotbreak.__version__}"
    entry = data / "applications" / "knotbreak.desktop"
    assert desktop_keys(entry)["Exec"] == str(launcher)
    validate_desktop_file(entry)
    icons = {str(path.relative_to(bundle.folder / "share")) for path in (bundle.folder / "share" / "icons").rglob("*") if path.is_file()}
    assert "icons/hicolor/scalable/apps/knotbreak.svg" in icons and "icons/hicolor/48x48/apps/knotbreak.png" in icons
    for icon in icons:
        assert (data / icon).read_bytes() == (bundle.folder / "share" / icon).read_bytes(), icon
    (metainfo,) = (bundle.folder / "share" / "metainfo").glob("*.metainfo.xml")
    assert (data / "metainfo" / metainfo.name).read_bytes() == metainfo.read_bytes()
    assert not (home / ".config" / "autostart").exists(), "--no-autostart"
    assert "not on your PATH" in output

    # Installed again, now starting at login: the login entry is the one the app writes, for the installed program.
    run(["bash", bundle.folder / "install.sh", "--autostart"], env, home, timeout=120)
    login = home / ".config" / "autostart" / "knotbreak.desktop"
    assert desktop_keys(login)["Exec"] == str((lib / "knotbreak").resolve())
    validate_desktop_file(login)
    manifest = (lib / "install-manifest.txt").read_text().splitlines()
    assert f"l {launcher}" in manifest and f"f {entry}" in manifest
    users = ("/.config/knotbreak", "/.local/share/knotbreak", "/.config/autostart/knotbreak.desktop")
    assert not [line for line in manifest if any(part in line for part in users)], "the settings, history and login entry are not the installer's"

    result = run([lib / "uninstall.sh"], env, home)
    assert "Kept your settings" in result.stdout
    assert snapshot(home) == before, "uninstalling leaves the home as it was before installing"


def test_uninstall_leaves_a_login_entry_that_starts_another_knotbreak(bundle: Bundle, home: Path) -> None:
    env = home_env(home)
    run(["bash", bundle.folder / "install.sh", "--no-autostart"], env, home, timeout=120)
    login = home / ".config" / "autostart" / "knotbreak.desktop"
    login.parent.mkdir(parents=True)
    login.write_text("[Desktop Entry]\nType=Application\nName=KnotBreak\nExec=/opt/venv/bin/knotbreak\n")
    run([home / ".local" / "lib" / "knotbreak" / "uninstall.sh"], env, home)
    assert login.read_text().endswith("Exec=/opt/venv/bin/knotbreak\n")
    assert not (home / ".local" / "lib" / "knotbreak").exists() and not (home / ".local" / "bin" / "knotbreak").exists()
    assert (home / ".local" / "bin" / "my-tool").exists()


def test_install_refuses_to_replace_a_knotbreak_command_it_did_not_install(bundle: Bundle, home: Path) -> None:
    (home / ".local" / "bin" / "knotbreak").write_text("#!/bin/sh\n# pip install --user\n")
    before = snapshot(home)
    result = run(["bash", bundle.folder / "install.sh", "--no-autostart"], home_env(home), home, check=False)
    assert result.returncode == 1 and "--force" in result.stderr, result
    assert snapshot(home) == before


def test_install_asks_about_login_when_run_in_a_terminal(bundle: Bundle, home: Path) -> None:
    """In a terminal, without --autostart or --no-autostart, install.sh asks; 'y' turns it on."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        ["bash", str(bundle.folder / "install.sh")], env=home_env(home), cwd=home, stdin=terminal, stdout=terminal, stderr=terminal
    )
    os.close(terminal)
    said = b""
    try:
        deadline = time.monotonic() + 120
        answered = False
        while process.poll() is None and time.monotonic() < deadline:
            ready, _, _ = select.select([controller], [], [], 0.5)
            if ready:
                try:
                    said += os.read(controller, 4096)
                except OSError:
                    break
            if not answered and b"Start KnotBreak when you log in? [y/N]" in said:
                os.write(controller, b"y\n")
                answered = True
        assert process.wait(timeout=30) == 0, said.decode(errors="replace")
    finally:
        stop(process)
        os.close(controller)
    assert answered, said.decode(errors="replace")
    assert (home / ".config" / "autostart" / "knotbreak.desktop").is_file()


def test_a_failed_install_takes_back_what_it_had_installed(bundle: Bundle, home: Path) -> None:
    (home / ".local" / "share" / "applications").write_text("a file where the menu folder goes")
    before = snapshot(home)
    result = run(["bash", bundle.folder / "install.sh", "--no-autostart"], home_env(home), home, check=False)
    assert result.returncode == 1 and "removing what was installed so far" in result.stderr, result
    assert snapshot(home) == before
