"""The packages that cannot be built here: the Flatpak, and the Windows and macOS PyInstaller builds.

There is no flatpak-builder, Windows or macOS on this machine. So these tests
check what can be checked without them: the Flatpak manifest names only files
that exist, pins every download by sha256, pins every dependency within
pyproject.toml's ranges, installs offline, asks for no more of the sandbox than
the code uses, and installs what the sdist holds under the app id; the
PyInstaller specs run (with PyInstaller's part faked) and say what a tray app
needs; and a frozen app on Windows and macOS starts itself at login by the
program those specs build, with the OS faked.
"""

from __future__ import annotations

import ast
import fnmatch
import json
import os
import plistlib
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import types
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_sdist_filename, parse_wheel_filename

import knotbreak
from knotbreak.autostart import launch_command
from knotbreak.autostart.macos import LABEL, MacAutostart
from knotbreak.autostart.windows import RUN_KEY, VALUE_NAME, WindowsAutostart
from knotbreak.idle import dbus as idle_dbus
from knotbreak.qt import inhibitors, notifications, system_events

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "org.knotbreak.KnotBreak"
MANIFEST = ROOT / "packaging" / "flatpak" / f"{APP_ID}.json"
WINDOWS_SPEC = ROOT / "packaging" / "windows" / "knotbreak.spec"
MACOS_SPEC = ROOT / "packaging" / "macos" / "knotbreak.spec"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))

# The machines Flathub builds for; a wheel for one machine must be fetched on that one only.
FLATPAK_ARCHES = {"x86_64", "aarch64"}
# The Flatpak runtime's Python (org.freedesktop.Platform 25.08), for pyproject's environment markers.
FLATPAK_PYTHON = "3.13"
# Qt's StatusNotifierItem tray talks to this watcher from inside Qt, so the code never names it.
TRAY_WATCHER = "org.kde.StatusNotifierWatcher"
# Linked by QtMultimedia and its FFmpeg plugin: their libraries must stay though the app never imports them.
LINKED_QT = {"QtConcurrent", "QtOpenGL", "QtQml", "QtQuick"}
SHA256 = re.compile(r"[0-9a-f]{64}")
PIP_PIN = re.compile(r'"([A-Za-z0-9_.-]+)==([^"]+)"')


# --- helpers ---------------------------------------------------------------------------------------


def manifest() -> dict[str, Any]:
    loaded = json.loads(MANIFEST.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def all_modules(modules: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Every module, nested ones included, in the order flatpak-builder builds them."""
    for module in modules:
        yield from all_modules(module.get("modules", []))
        yield module


def app_module() -> dict[str, Any]:
    (module,) = [m for m in all_modules(manifest()["modules"]) if m["name"] == "knotbreak"]
    return module


def pinned_modules() -> list[tuple[dict[str, Any], str, str]]:
    """(module, distribution, version) for each module that pip-installs one pinned distribution."""
    pinned = []
    for module in all_modules(manifest()["modules"]):
        pins = [pin for command in module.get("build-commands", []) if "pip3 install" in command for pin in PIP_PIN.findall(command)]
        if pins:
            ((name, version),) = pins
            pinned.append((module, name, version))
    return pinned


def finish_args() -> dict[str, list[str]]:
    args: dict[str, list[str]] = {}
    for arg in manifest()["finish-args"]:
        key, _, value = arg.partition("=")
        args.setdefault(key, []).append(value)
    return args


def knotbreak_sources() -> list[Path]:
    return [path for path in sorted((ROOT / "knotbreak").rglob("*.py")) if path.name != "resources_rc.py"]


def qt_modules_the_app_imports() -> set[str]:
    """QtCore, QtWidgets, ...: every PySide6 module the code names, imported or loaded by name."""
    pattern = re.compile(r"\bPySide6\.(Qt\w+)")
    return {name for path in knotbreak_sources() for name in pattern.findall(path.read_text(encoding="utf-8"))}


def modules_imported_by_name() -> set[str]:
    """What the code loads with importlib (invisible to PyInstaller): import_module("x") and "PySide6.QtX" constants."""
    found = set()
    for path in knotbreak_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", None)) == "import_module":
                if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                    found.add(node.args[0].value)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and re.fullmatch(r"PySide6\.Qt\w+", node.value):
                found.add(node.value)
    return found


def linux_requirements() -> list[Requirement]:
    """The app's dependencies in the Flatpak: pyproject's, with the sound extra, for Linux and the runtime's Python."""
    environment = {
        **default_environment(),
        "sys_platform": "linux",
        "platform_system": "Linux",
        "os_name": "posix",
        "python_version": FLATPAK_PYTHON,
        "python_full_version": f"{FLATPAK_PYTHON}.0",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
    }
    project = PYPROJECT["project"]
    requirements = [Requirement(text) for text in [*project["dependencies"], *project["optional-dependencies"]["sound"]]]
    return [r for r in requirements if r.marker is None or r.marker.evaluate({**environment, "extra": ""})]


# --- Flatpak: the manifest -------------------------------------------------------------------------


def test_the_manifest_is_named_for_the_app_id_and_uses_the_freedesktop_runtime() -> None:
    loaded = manifest()
    assert loaded["id"] == APP_ID == LABEL
    assert (loaded["runtime"], loaded["sdk"]) == ("org.freedesktop.Platform", "org.freedesktop.Sdk")
    assert re.fullmatch(r"\d{2}\.08", loaded["runtime-version"])


def test_the_command_is_the_apps_console_script() -> None:
    scripts = PYPROJECT["project"]["scripts"]
    command = manifest()["command"]
    assert scripts.get(command) == "knotbreak.cli:main"


def test_every_local_path_in_the_manifest_exists() -> None:
    local = [source for module in all_modules(manifest()["modules"]) for source in module.get("sources", []) if "path" in source]
    assert local, "the app's own source is a local folder"
    for source in local:
        path = (MANIFEST.parent / source["path"]).resolve()
        assert path.exists(), f"{source['path']} (from {MANIFEST.parent}) does not exist"
    (app_source,) = app_module()["sources"]
    assert (app_source["type"], (MANIFEST.parent / app_source["path"]).resolve()) == ("dir", ROOT)


def test_every_download_is_a_pypi_file_pinned_by_sha256_and_matching_its_pin() -> None:
    pinned = pinned_modules()
    assert pinned
    for module, name, version in pinned:
        downloads = [source for source in module["sources"] if "url" in source]
        assert downloads, f"{module['name']} downloads nothing"
        for source in downloads:
            assert source["type"] == "file" and SHA256.fullmatch(source.get("sha256", "")), source
            assert source["url"].startswith("https://files.pythonhosted.org/packages/"), source["url"]
            filename = source["url"].rsplit("/", 1)[1]
            parsed = parse_wheel_filename(filename)[:2] if filename.endswith(".whl") else parse_sdist_filename(filename)
            assert (parsed[0], str(parsed[1])) == (canonicalize_name(name), version), f"{filename} is not {name}=={version}"
    # Every source of every module: nothing is fetched unpinned.
    for module in all_modules(manifest()["modules"]):
        for source in module.get("sources", []):
            assert "url" not in source or SHA256.fullmatch(source.get("sha256", "")), source


def test_a_wheel_for_one_machine_is_fetched_on_that_machine_only() -> None:
    for module, name, _version in pinned_modules():
        arches: list[str] = []
        for source in module["sources"]:
            filename = source["url"].rsplit("/", 1)[1]
            if not filename.endswith(".whl"):
                assert "only-arches" not in source
                continue
            platforms = {tag.platform for tag in parse_wheel_filename(filename)[3]}
            if platforms == {"any"}:
                assert "only-arches" not in source
                continue
            (arch,) = {next(a for a in FLATPAK_ARCHES if platform.endswith(a)) for platform in platforms}
            assert source.get("only-arches") == [arch], filename
            arches.append(arch)
        assert not arches or sorted(arches) == sorted(FLATPAK_ARCHES), f"{name}: wheels for {arches}"


def test_pip_installs_offline() -> None:
    def no_network(value: Any) -> None:
        if isinstance(value, dict):
            for item in value.values():
                no_network(item)
        elif isinstance(value, list):
            for item in value:
                no_network(item)
        else:
            assert "--share=network" not in str(value), "the build must not reach the network"

    no_network(manifest())
    for module in all_modules(manifest()["modules"]):
        for command in module.get("build-commands", []):
            if "pip3 install" in command:
                assert "--no-index" in command and "--prefix=${FLATPAK_DEST}" in command, command


def test_the_modules_pin_every_runtime_dependency_within_pyproject_and_install_in_order() -> None:
    pinned = {canonicalize_name(name): (index, version) for index, (_module, name, version) in enumerate(pinned_modules())}
    # The dependencies' own dependencies, as the installed distributions declare them.
    environment = {"python_version": FLATPAK_PYTHON, "sys_platform": "linux", "platform_system": "Linux", "extra": ""}
    wanted: dict[str, list[Requirement]] = {}
    todo = linux_requirements()
    while todo:
        requirement = todo.pop()
        name = canonicalize_name(requirement.name)
        seen = name in wanted
        wanted.setdefault(name, []).append(requirement)
        if seen:
            continue
        try:
            declared = metadata.requires(requirement.name) or []
        except metadata.PackageNotFoundError:
            continue
        todo += [r for r in map(Requirement, declared) if r.marker is None or r.marker.evaluate(environment)]

    assert set(pinned) == set(wanted), "a module for every dependency and no other"
    for name, requirements in wanted.items():
        index, version = pinned[name]
        for requirement in requirements:
            assert requirement.specifier.contains(version, prereleases=True), f"{name}=={version} does not satisfy {requirement}"
    # pip runs with --no-index: a module's dependencies must be installed before it.
    for name in wanted:
        try:
            declared = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        for requirement in map(Requirement, declared):
            if requirement.marker is None or requirement.marker.evaluate(environment):
                assert pinned[canonicalize_name(requirement.name)][0] < pinned[name][0], f"{requirement.name} must come before {name}"


def test_the_sandbox_gets_no_more_than_the_app_uses() -> None:
    args = finish_args()
    assert set(args) <= {"--share", "--socket", "--talk-name", "--system-talk-name"}, "no files, devices, own-names or environment"
    assert args["--share"] == ["ipc"], "no network"
    # fallback-x11 alone: X11 only where there is no Wayland. Both together is a Flathub linter error.
    assert sorted(args["--socket"]) == ["fallback-x11", "pulseaudio", "wayland"]
    assert sorted(args["--talk-name"]) == sorted(
        [
            "org.freedesktop.Notifications",
            "org.freedesktop.ScreenSaver",
            "org.gnome.Mutter.IdleMonitor",
            "org.gnome.ScreenSaver",
            "org.gnome.SessionManager",
            "org.kde.Solid.PowerManagement.PolicyAgent",
            TRAY_WATCHER,
        ]
    )
    assert args["--system-talk-name"] == ["org.freedesktop.login1"]
    for name in args["--talk-name"] + args["--system-talk-name"]:
        assert "*" not in name


def test_the_bus_names_granted_are_the_ones_the_code_calls() -> None:
    session = {
        notifications.SERVICE,
        inhibitors.GNOME_SERVICE,
        inhibitors.KDE_SERVICE,
        idle_dbus.MUTTER.service,
        *(method.service for method in idle_dbus.FREEDESKTOP),
        *(service for service, _path, _interface, _signal in system_events.SCREENSAVERS),
        TRAY_WATCHER,
    }
    args = finish_args()
    assert set(args["--talk-name"]) == session
    assert args["--system-talk-name"] == [system_events.LOGIND[0]]


def test_the_cleanup_keeps_every_qt_module_the_app_loads() -> None:
    site = f"/lib/python{FLATPAK_PYTHON}/site-packages/PySide6"
    kept = []
    for name in qt_modules_the_app_imports() | LINKED_QT:
        kept += [f"{site}/{name}.abi3.so", f"{site}/Qt/lib/libQt6{name.removeprefix('Qt')}.so.6"]
    kept += [f"{site}/Qt/plugins/{kind}/x.so" for kind in ("platforms", "multimedia", "texttospeech", "imageformats", "iconengines")]
    kept += [f"{site}/Qt/translations/qtbase_de.qm", f"{site}/Qt/libexec/rcc"]
    for pattern in manifest()["cleanup"]:
        for path in kept:
            assert not (fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(path, pattern + "/*")), f"{pattern} removes {path}"


# --- Flatpak: the app module, run as flatpak-builder would (less pip) ------------------------------


@pytest.fixture(scope="module")
def built_app(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The app module's commands run in a copy of the source tree: (the build folder, the app's prefix)."""
    if shutil.which("desktop-file-edit") is None:
        pytest.skip("desktop-file-edit is not installed (packaging/install-system-deps.sh installs desktop-file-utils)")
    base = tmp_path_factory.mktemp("flatpak")
    build, prefix = base / "build", base / "app"
    (source,) = app_module()["sources"]
    skip = set(source["skip"])

    def ignore(folder: str, names: list[str]) -> list[str]:
        relative = Path(folder).relative_to(ROOT)
        return [name for name in names if name == "__pycache__" or (relative / name).as_posix() in skip]

    shutil.copytree(ROOT, build, ignore=ignore)
    environment = {**os.environ, "FLATPAK_DEST": str(prefix), "FLATPAK_ID": APP_ID}
    for command in app_module()["build-commands"]:
        if command.startswith("pip3 install"):
            continue  # installing the package is the wheel tests' business (tests/test_packaging.py)
        if command.startswith("python3 "):
            command = f'"{sys.executable}" ' + command.removeprefix("python3 ")
        result = subprocess.run(["bash", "-c", command], cwd=build, env=environment, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, f"{command}\n{result.stdout}{result.stderr}"
    return build, prefix


def test_the_app_is_installed_from_its_sdist(built_app: tuple[Path, Path]) -> None:
    build, _prefix = built_app
    (sdist,) = (build / "sdist").glob("knotbreak-*.tar.gz")
    with tarfile.open(sdist) as archive:
        inside = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    # What setup.py needs to build the package, and every file the commands take from the unpacked sdist.
    assert {"pyproject.toml", "setup.py", "resources.qrc", "knotbreak/cli.py"} <= inside
    commands = " ".join(app_module()["build-commands"]).replace("${FLATPAK_ID}", APP_ID)
    taken = set(re.findall(r"\bsdist-tree/(\S+)", commands))
    assert taken and taken <= inside, taken - inside
    assert "./sdist-tree" in commands, "pip installs the unpacked sdist"


def test_the_desktop_entry_icons_and_metainfo_go_in_under_the_app_id(built_app: tuple[Path, Path]) -> None:
    _build, prefix = built_app
    entry = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    keys = dict(line.split("=", 1) for line in entry.read_text(encoding="utf-8").splitlines() if "=" in line)
    assert keys["Icon"] == APP_ID
    assert keys["Exec"] == manifest()["command"], "Flatpak rewrites Exec to run the app's command"
    validate = shutil.which("desktop-file-validate")
    if validate:
        result = subprocess.run([validate, str(entry)], capture_output=True, text=True, timeout=30)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr

    icons = prefix / "share" / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for png in sorted((ROOT / "assets" / "icons").glob("knotbreak-*.png")):
        size = png.stem.removeprefix("knotbreak-")
        assert (icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png").read_bytes() == png.read_bytes()
    assert {path.name for path in icons.glob("*/apps/*")} == {f"{APP_ID}.png", f"{APP_ID}.svg"}

    metainfo = ElementTree.parse(prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == APP_ID
    for launchable in metainfo.iter("launchable"):
        if launchable.get("type") == "desktop-id":
            assert launchable.text == f"{APP_ID}.desktop"
    for icon in metainfo.iter("icon"):
        if icon.get("type") == "stock":
            assert icon.text == APP_ID


# --- PyInstaller: the Windows and macOS specs ------------------------------------------------------


class Recorded:
    """What a faked PyInstaller class or version structure was called with."""

    def __init__(self, kind: str, *args: Any, **kwargs: Any) -> None:
        self.kind, self.args, self.kwargs = kind, args, kwargs
        # Analysis's results, which the spec passes on.
        self.pure: list[Any] = []
        self.scripts: list[Any] = []
        self.binaries: list[Any] = []
        self.datas: list[Any] = []


def run_spec(spec: Path, platform: str, monkeypatch: pytest.MonkeyPatch) -> tuple[dict[str, Recorded], dict[str, Any]]:
    """Run a spec as PyInstaller does, on `platform`, with PyInstaller's classes recording their arguments."""
    calls: dict[str, Recorded] = {}

    def recorder(kind: str) -> Any:
        def record(*args: Any, **kwargs: Any) -> Recorded:
            calls[kind] = Recorded(kind, *args, **kwargs)
            return calls[kind]

        return record

    versioninfo = types.ModuleType("PyInstaller.utils.win32.versioninfo")
    for name in ("FixedFileInfo", "StringFileInfo", "StringStruct", "StringTable", "VarFileInfo", "VarStruct", "VSVersionInfo"):
        setattr(versioninfo, name, lambda *args, _name=name, **kwargs: Recorded(_name, *args, **kwargs))
    for name in ("PyInstaller", "PyInstaller.utils", "PyInstaller.utils.win32"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, versioninfo.__name__, versioninfo)
    namespace: dict[str, Any] = {"__name__": "__main__", "__file__": str(spec), "SPECPATH": str(spec.parent)}
    namespace |= {kind: recorder(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    with monkeypatch.context() as patch:
        patch.setattr(sys, "platform", platform)
        exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    return calls, namespace


@pytest.mark.parametrize("spec", [WINDOWS_SPEC, MACOS_SPEC], ids=["windows", "macos"])
def test_the_spec_is_python(spec: Path) -> None:
    ast.parse(spec.read_text(encoding="utf-8"), filename=str(spec))


@pytest.mark.parametrize(("spec", "platform"), [(WINDOWS_SPEC, "win32"), (MACOS_SPEC, "darwin")], ids=["windows", "macos"])
def test_the_spec_bundles_the_app_with_the_qt_it_uses(spec: Path, platform: str, monkeypatch: pytest.MonkeyPatch) -> None:
    calls, _namespace = run_spec(spec, platform, monkeypatch)
    analysis = calls["Analysis"]
    (script,) = analysis.args[0]
    assert Path(script) == ROOT / "knotbreak" / "__main__.py"

    # The package data importlib.resources reads, as pyproject.toml declares it.
    package = Path(knotbreak.__file__).parent
    datas = analysis.kwargs["datas"]
    for pattern in PYPROJECT["tool"]["setuptools"]["package-data"]["knotbreak.data"]:
        assert (str(package / "data" / pattern), str(Path("knotbreak/data", pattern).parent.as_posix())) in datas
    for source, _target in datas:
        assert list(Path(source).parent.glob(Path(source).name)), f"{source} matches nothing"

    hidden = set(analysis.kwargs["hiddenimports"])
    assert modules_imported_by_name() <= hidden, "what the code loads by name, PyInstaller cannot see"
    assert "knotbreak.resources_rc" in hidden

    excluded = set(analysis.kwargs["excludes"])
    used = qt_modules_the_app_imports()
    assert used >= {"QtCore", "QtGui", "QtWidgets", "QtDBus", "QtNetwork", "QtSvg", "QtMultimedia", "QtTextToSpeech"}
    assert not {f"PySide6.{name}" for name in used | LINKED_QT} & excluded
    assert {"PySide6.QtWebEngineCore", "PySide6.QtQuick3D", "PyQt5", "PyQt6", "PySide2"} <= excluded
    assert all(name.startswith(("PySide6.Qt", "PyQt", "PySide2", "tkinter")) for name in excluded)

    assert calls["EXE"].kwargs["console"] is False, "a tray app has no console window"
    assert calls["EXE"].kwargs["upx"] is False and calls["COLLECT"].kwargs["upx"] is False


def string_structs(value: Any) -> Iterator[tuple[str, str]]:
    if isinstance(value, Recorded):
        if value.kind == "StringStruct":
            yield value.args[0], value.args[1]
        for item in (*value.args, *value.kwargs.values()):
            yield from string_structs(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from string_structs(item)


def test_the_windows_spec_makes_a_windowed_exe_with_icon_and_version(monkeypatch: pytest.MonkeyPatch) -> None:
    calls, namespace = run_spec(WINDOWS_SPEC, "win32", monkeypatch)
    exe = calls["EXE"].kwargs
    assert exe["name"] == "KnotBreak" and calls["COLLECT"].kwargs["name"] == "KnotBreak"
    icon = Path(exe["icon"])
    assert icon == ROOT / "assets" / "icons" / "knotbreak.ico"
    assert icon.read_bytes()[:4] == b"\x00\x00\x01\x00", "an .ico file"

    version = exe["version"]
    assert version is namespace["VERSION_INFO"]
    numbers = tuple(int(part) for part in knotbreak.__version__.split("."))
    fixed = version.kwargs["ffi"].kwargs
    assert fixed["filevers"] == fixed["prodvers"] == (numbers + (0, 0, 0, 0))[:4]
    strings = dict(string_structs(version))
    assert strings["ProductVersion"] == strings["FileVersion"] == knotbreak.__version__
    assert strings["OriginalFilename"] == "KnotBreak.exe" and strings["ProductName"] == "KnotBreak"


def test_the_macos_spec_makes_a_tray_only_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KNOTBREAK_CODESIGN_IDENTITY", raising=False)
    calls, _namespace = run_spec(MACOS_SPEC, "darwin", monkeypatch)
    bundle = calls["BUNDLE"]
    assert bundle.args == (calls["COLLECT"],)
    assert bundle.kwargs["name"] == "KnotBreak.app"
    assert bundle.kwargs["bundle_identifier"] == APP_ID
    assert bundle.kwargs["version"] == knotbreak.__version__
    plist = bundle.kwargs["info_plist"]
    assert plist["LSUIElement"] is True, "no Dock icon"
    assert plist["CFBundleShortVersionString"] == knotbreak.__version__
    icon = Path(bundle.kwargs["icon"])
    assert icon == ROOT / "assets" / "icons" / "knotbreak.icns"
    assert icon.read_bytes()[:4] == b"icns", "an .icns file"
    # Signed ad hoc unless an identity is given.
    assert calls["EXE"].kwargs["codesign_identity"] is None
    monkeypatch.setenv("KNOTBREAK_CODESIGN_IDENTITY", "Developer ID Application: Example (TEAMID)")
    calls, _namespace = run_spec(MACOS_SPEC, "darwin", monkeypatch)
    assert calls["EXE"].kwargs["codesign_identity"] == "Developer ID Application: Example (TEAMID)"


@pytest.mark.parametrize(("spec", "wanted"), [(WINDOWS_SPEC, "Windows"), (MACOS_SPEC, "macOS")], ids=["windows", "macos"])
def test_a_spec_refuses_to_build_on_another_system(spec: Path, wanted: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SystemExit, match=f"builds on {wanted} only"):
        run_spec(spec, "linux", monkeypatch)


# --- the frozen app starts itself at login ---------------------------------------------------------


class FakeRegistry:
    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str | bytes] = {}

    def get(self, key: str, name: str) -> str | bytes | None:
        return self.values.get((key, name))

    def set_string(self, key: str, name: str, value: str) -> None:
        self.values[(key, name)] = value

    def delete(self, key: str, name: str) -> None:
        self.values.pop((key, name), None)


def test_the_frozen_windows_app_starts_its_exe_at_login(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls, _namespace = run_spec(WINDOWS_SPEC, "win32", monkeypatch)
    # Where the spec's build lands once installed: dist\KnotBreak\ copied to Program Files.
    folder = tmp_path / "Program Files" / calls["COLLECT"].kwargs["name"]
    exe = folder / f"{calls['EXE'].kwargs['name']}.exe"
    (folder / "_internal").mkdir(parents=True)
    exe.write_bytes(b"MZ")
    # A knotbreak.exe from some pip install beside it must not be taken for the app.
    (folder / "Scripts").mkdir()
    (folder / "Scripts" / "knotbreak.exe").write_bytes(b"MZ")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    registry = FakeRegistry()
    with monkeypatch.context() as patch:
        patch.setattr(sys, "platform", "win32")
        assert launch_command() == [str(exe)]
        autostart = WindowsAutostart(registry)
        autostart.set_enabled(True)
        assert autostart.enabled()
    # One quoted argument, since the path has a space: Windows runs exactly this program.
    assert registry.values[(RUN_KEY, VALUE_NAME)] == f'"{exe}"' == subprocess.list2cmdline([str(exe)])


def test_the_frozen_mac_app_starts_its_bundle_program_at_login(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls, _namespace = run_spec(MACOS_SPEC, "darwin", monkeypatch)
    # Where the spec's build lands once installed: /Applications/KnotBreak.app.
    program = tmp_path / "Applications" / calls["BUNDLE"].kwargs["name"] / "Contents" / "MacOS" / calls["EXE"].kwargs["name"]
    program.parent.mkdir(parents=True)
    program.write_bytes(b"\xcf\xfa\xed\xfe")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    home = tmp_path / "home"
    with monkeypatch.context() as patch:
        patch.setattr(sys, "platform", "darwin")
        assert launch_command() == [str(program)]
        autostart = MacAutostart(home=home)
        autostart.set_enabled(True)
        assert autostart.enabled()
    agent = plistlib.loads((home / "Library" / "LaunchAgents" / f"{LABEL}.plist").read_bytes())
    assert agent["ProgramArguments"] == [str(program)]
    assert agent["Label"] == calls["BUNDLE"].kwargs["bundle_identifier"] == APP_ID
