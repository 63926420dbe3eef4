"""Packaging: the sdist and wheel, the wheel installed into a fresh venv, and the desktop integration files.

The sdist and the wheel are built once per session, the wheel from the sdist
(as `make dist` and PyPI's uploaders do), with the build requirements already
in this venv. The installed-wheel tests put the wheel into a new venv of their
own with pip's --no-deps; that venv reaches this venv's packages for the
dependencies through a .pth file naming a folder of links to them, which
leaves out knotbreak itself, so `import knotbreak` there can only be the
wheel's. They run with the working folder outside the repository. (pipx would
do the same with the network; it is not needed here.)

desktop-file-validate and appstreamcli come from Debian's desktop-file-utils
and appstream (packaging/install-system-deps.sh); a test that needs one is
skipped only where it is missing.
"""

from __future__ import annotations

import email
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import sysconfig
import tarfile
import tomllib
import xml.etree.ElementTree as ElementTree
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from xserver import running_xvfb, skip_without, stop, wait_until

import knotbreak
from knotbreak.autostart import APP_ID

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
METAINFO_ID = "org.knotbreak.KnotBreak"
METAINFO = ROOT / "packaging" / "linux" / f"{METAINFO_ID}.metainfo.xml"
DESKTOP_ENTRY = ROOT / "knotbreak" / "data" / f"{APP_ID}.desktop"
INSTALL_SCRIPT = ROOT / "packaging" / "install-desktop-entry.sh"
ICONS = ROOT / "assets" / "icons"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256)
HOMEPAGE = "https://github.com/knotbreak/knotbreak"
# Where the project's repository serves its files; the metainfo's screenshot URLs point into it.
RAW_FILES = "https://raw.githubusercontent.com/knotbreak/knotbreak/main/"
PACKAGE_DATA = (
    "knotbreak/data/exercises.toml",
    "knotbreak/data/routines.toml",
    "knotbreak/data/knotbreak.desktop",
    "knotbreak/data/content/de.toml",
    "knotbreak/data/content/es.toml",
)

sys.path.insert(0, str(ROOT / "tools"))
import make_icons  # noqa: E402


def qrc_sources() -> list[str]:
    tree = ElementTree.parse(ROOT / "resources.qrc")
    return [entry.text.strip() for entry in tree.getroot().iter("file") if entry.text]


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == make_icons.PNG_SIGNATURE and data[12:16] == b"IHDR", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def run(
    command: list[str | Path], timeout: float = 120, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True, timeout=timeout, cwd=cwd, env=env)
    assert result.returncode == 0, f"{command} exited with {result.returncode}:\n{result.stdout}\n{result.stderr}"
    return result


# --- the sdist and the wheel ------------------------------------------------------------------------


@dataclass(frozen=True)
class Dists:
    sdist: Path
    wheel: Path


@pytest.fixture(scope="session")
def dists(tmp_path_factory: pytest.TempPathFactory) -> Dists:
    out = tmp_path_factory.mktemp("dist")
    # The wheel is built from the sdist, in a folder of build's own: the sdist must hold all the build needs.
    run([sys.executable, "-m", "build", "--no-isolation", "--outdir", out, ROOT], timeout=300, cwd=out)
    (sdist,) = out.glob("knotbreak-*.tar.gz")
    (wheel,) = out.glob("knotbreak-*.whl")
    return Dists(sdist, wheel)


def wheel_metadata(wheel: Path) -> Message:
    with zipfile.ZipFile(wheel) as archive:
        return email.message_from_bytes(archive.read(f"knotbreak-{knotbreak.__version__}.dist-info/METADATA"))


def test_the_wheel_holds_the_compiled_resources_and_the_data_files(dists: Dists) -> None:
    assert dists.wheel.name == f"knotbreak-{knotbreak.__version__}-py3-none-any.whl"
    with zipfile.ZipFile(dists.wheel) as archive:
        names = set(archive.namelist())
        resources = archive.read("knotbreak/resources_rc.py")
        entry_points = archive.read(f"knotbreak-{knotbreak.__version__}.dist-info/entry_points.txt").decode()
    assert set(PACKAGE_DATA) <= names
    assert f"knotbreak-{knotbreak.__version__}.dist-info/licenses/LICENSE" in names
    assert b"qt_resource_data" in resources and len(resources) > 100_000
    assert "knotbreak = knotbreak.cli:main" in entry_points
    # The package and its metadata, nothing from the repository around it.
    assert {name.split("/")[0] for name in names} == {"knotbreak", f"knotbreak-{knotbreak.__version__}.dist-info"}
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]


def test_the_wheel_metadata_is_complete(dists: Dists) -> None:
    metadata = wheel_metadata(dists.wheel)
    assert metadata["Name"] == "knotbreak" and metadata["Version"] == knotbreak.__version__
    assert metadata["License-Expression"] == "MIT" and metadata["License-File"] == "LICENSE"
    assert metadata["Requires-Python"] == ">=3.11"
    assert metadata["Description-Content-Type"] == "text/markdown"
    assert metadata.get_payload().startswith("# KnotBreak")
    assert metadata["Keywords"]
    urls = dict(value.split(", ", 1) for value in metadata.get_all("Project-URL", []))
    assert urls["Homepage"] == HOMEPAGE and urls["Issues"] == f"{HOMEPAGE}/issues"
    classifiers = set(metadata.get_all("Classifier", []))
    assert {
        "Environment :: X11 Applications :: Qt",
        "Intended Audience :: End Users/Desktop",
        "Topic :: Utilities",
        "Operating System :: POSIX :: Linux",
        "Programming Language :: Python :: 3.11",
    } <= classifiers
    extras = set(metadata.get_all("Provides-Extra", []))
    assert {"sound", "test", "bundle"} <= extras
    requirements = metadata.get_all("Requires-Dist", [])
    assert any(requirement.startswith("pyinstaller") and 'extra == "bundle"' in requirement for requirement in requirements)


def test_the_sdist_holds_what_the_build_needs_and_not_the_build_output(dists: Dists) -> None:
    top = f"knotbreak-{knotbreak.__version__}/"
    with tarfile.open(dists.sdist) as archive:
        names = {name.removeprefix(top) for name in archive.getnames()}
    needed = {"pyproject.toml", "setup.py", "README.md", "LICENSE", "resources.qrc", *qrc_sources(), *PACKAGE_DATA}
    needed |= {str(path.relative_to(ROOT)) for path in (INSTALL_SCRIPT, METAINFO, *icon_files())}
    assert needed <= names, sorted(needed - names)
    assert "knotbreak/resources_rc.py" not in names
    assert not [name for name in names if name.startswith(("tests/", "build/", "dist/", ".venv/"))]


def test_twine_accepts_both(dists: Dists) -> None:
    result = run([sys.executable, "-m", "twine", "check", "--strict", dists.sdist, dists.wheel])
    assert result.stdout.count("PASSED") == 2, result.stdout


# --- the wheel installed in a fresh venv ------------------------------------------------------------


@dataclass(frozen=True)
class Installed:
    venv: Path
    outside: Path  # a working folder outside the repository

    def bin(self, name: str) -> Path:
        return self.venv / "bin" / name

    def env(self, base: dict[str, str] | None = None) -> dict[str, str]:
        """base (this process's environment) with the venv first on PATH, and no Python path of ours."""
        env = {key: value for key, value in (base or os.environ).items() if key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
        env["PATH"] = f"{self.venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
        return env


def dependencies_only(target: Path) -> Path:
    """A folder of links to everything in this venv's site-packages except knotbreak's own files."""
    site_packages = Path(sysconfig.get_paths()["purelib"])
    target.mkdir()
    for entry in site_packages.iterdir():
        name = entry.name.lower()
        if name.startswith(("knotbreak", "__editable__")) or name.endswith(".pth"):
            continue
        (target / entry.name).symlink_to(entry)
    return target


@pytest.fixture(scope="module")
def installed(dists: Dists, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("installed")
    venv = base / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", venv])
    # pip from this venv installs into the new one; the dependencies are not its business (--no-deps).
    run([sys.executable, "-m", "pip", "--python", venv / "bin" / "python", "install", "--no-deps", "--no-index", "-q", dists.wheel])
    python = f"python{sys.version_info.major}.{sys.version_info.minor}"
    (venv / "lib" / python / "site-packages" / "knotbreak-dependencies.pth").write_text(f"{dependencies_only(base / 'deps')}\n")
    outside = base / "work"
    outside.mkdir()
    assert not outside.resolve().is_relative_to(ROOT)
    return Installed(venv, outside)


def test_the_installed_package_is_the_wheels(installed: Installed) -> None:
    code = (
        "import importlib.metadata, knotbreak\n"
        "from PySide6.QtCore import QFile\n"
        "from knotbreak.qt.resources import ensure_resources\n"
        "ensure_resources()\n"
        "import sys; aliases = sys.argv[1:]\n"
        "print(knotbreak.__file__); print(importlib.metadata.version('knotbreak'))\n"
        "print([alias for alias in aliases if not QFile.exists(':' + alias)])\n"
    )
    aliases = [f"{resource.get('prefix')}/{entry.get('alias') or entry.text}" for resource in
               ElementTree.parse(ROOT / "resources.qrc").getroot().iter("qresource") for entry in resource.iter("file")]
    result = run([installed.bin("python"), "-c", code, *aliases], cwd=installed.outside, env=installed.env())
    location, version, missing = result.stdout.splitlines()
    assert Path(location).is_relative_to(installed.venv), location
    assert version == knotbreak.__version__
    assert missing == "[]", f"resources missing from the wheel's resources_rc.py: {missing}"


def test_the_installed_command_answers(installed: Installed) -> None:
    env = installed.env()
    version = run([installed.bin("knotbreak"), "--version"], cwd=installed.outside, env=env)
    assert version.stdout.strip() == f"knotbreak {knotbreak.__version__}"
    routines = json.loads(run([installed.bin("knotbreak"), "routines", "--json"], cwd=installed.outside, env=env).stdout)
    ids = {routine["id"] for routine in routines["routines"]}
    assert {"desk-reset", "floor-knot-release"} <= ids


@pytest.fixture
def running_installed_app(installed: Installed, tmp_path: Path) -> Iterator[tuple[Installed, dict[str, str], subprocess.Popen[str]]]:
    skip_without("Xvfb", "xdotool")
    with running_xvfb() as server:
        runtime = tmp_path / "app-runtime"
        runtime.mkdir(mode=0o700)
        env = installed.env(server.env(
            XDG_CONFIG_HOME=str(tmp_path / "app-config"), XDG_DATA_HOME=str(tmp_path / "app-data"), XDG_RUNTIME_DIR=str(runtime)
        ))
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        process = subprocess.Popen(
            [str(installed.bin("knotbreak"))], cwd=installed.outside, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        try:
            yield installed, env, process
        finally:
            stop(process)


@pytest.mark.x11
def test_the_installed_app_starts_answers_and_quits(running_installed_app: tuple[Installed, dict[str, str], subprocess.Popen[str]]) -> None:
    installed, env, process = running_installed_app
    knotbreak_command = str(installed.bin("knotbreak"))

    def status() -> dict[str, object] | None:
        result = subprocess.run([knotbreak_command, "status", "--json"], cwd=installed.outside, env=env, capture_output=True, text=True, timeout=20)
        return json.loads(result.stdout) if result.returncode == 0 else None  # type: ignore[no-any-return]

    wait_until(lambda: process.poll() is not None or status() is not None, 30, "the installed app to answer", interval=0.3)
    assert process.poll() is None, process.communicate(timeout=10)
    answer = status()
    assert answer is not None and answer["version"] == knotbreak.__version__
    # Desktops match its windows to the desktop entry by StartupWMClass.
    wm_class = desktop_entry_keys(DESKTOP_ENTRY)["StartupWMClass"]
    windows = subprocess.run(["xdotool", "search", "--class", f"^{wm_class}$"], env=env, capture_output=True, text=True, timeout=10)
    assert windows.stdout.split(), f"no window of class {wm_class}"

    run([knotbreak_command, "quit"], cwd=installed.outside, env=env, timeout=20)
    assert process.wait(timeout=20) == 0
    _, errors = process.communicate(timeout=10)
    assert "Traceback" not in errors, errors


# --- desktop integration ----------------------------------------------------------------------------


def desktop_entry_keys(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def icon_files() -> list[Path]:
    return [ICONS / "knotbreak.svg", *(ICONS / make_icons.png_name(size) for size in HICOLOR_SIZES)]


def test_the_desktop_entry_validates() -> None:
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("needs desktop-file-validate (Debian package desktop-file-utils)")
    result = subprocess.run([validate, DESKTOP_ENTRY], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    keys = desktop_entry_keys(DESKTOP_ENTRY)
    assert keys["Icon"] == APP_ID and keys["Exec"] == "knotbreak" and keys["Name"] == "KnotBreak"


def test_the_metainfo_validates() -> None:
    appstreamcli = shutil.which("appstreamcli")
    if appstreamcli is None:
        pytest.skip("needs appstreamcli (Debian package appstream)")
    result = subprocess.run([appstreamcli, "validate", "--no-net", METAINFO], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    # Nothing above the pedantic level: no error, warning or info. (AppStream 1.0 calls <developer_name>,
    # which 0.16 needs, deprecated, as an info.)
    issues = [line for line in re.findall(r"^\s*[EWI]: .*$", result.stdout, re.MULTILINE) if "developer-name-tag-deprecated" not in line]
    assert not issues, result.stdout


def test_the_metainfo_agrees_with_the_package() -> None:
    component = ElementTree.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == METAINFO_ID
    releases = component.findall("releases/release")
    assert releases and releases[0].get("version") == knotbreak.__version__, "the newest <release> is not knotbreak.__version__"
    assert component.findtext("project_license") == PYPROJECT["project"]["license"]
    assert component.find("content_rating[@type='oars-1.1']") is not None
    launchable = component.findtext("launchable[@type='desktop-id']")
    assert launchable == DESKTOP_ENTRY.name
    assert component.findtext("icon[@type='stock']") == desktop_entry_keys(DESKTOP_ENTRY)["Icon"]
    assert [binary.text for binary in component.findall("provides/binary")] == list(PYPROJECT["project"]["scripts"])
    assert component.findtext("url[@type='homepage']") == PYPROJECT["project"]["urls"]["Homepage"] == HOMEPAGE
    assert len(component.findall("description/p")) >= 2


def test_every_screenshot_in_the_metainfo_exists_at_its_stated_size() -> None:
    images = ElementTree.parse(METAINFO).getroot().findall("screenshots/screenshot/image")
    assert len(images) >= 4
    for image in images:
        url = image.text or ""
        assert url.startswith(RAW_FILES), url
        path = ROOT / url.removeprefix(RAW_FILES)
        assert path.is_file(), f"{url}: no {path}"
        assert png_size(path.read_bytes()) == (int(image.get("width", 0)), int(image.get("height", 0))), url


def test_the_screenshot_tool_renders_every_screenshot(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("QT_")}
    out = tmp_path / "shots"
    result = run([sys.executable, ROOT / "tools" / "app_screenshots.py", out], env=env, timeout=120)
    names = sorted(path.name for path in out.iterdir())
    assert names == sorted(["stretch.png", "prompt.png", "statistics.png", "preferences.png"]), result.stdout
    # The tool says nothing but the files it wrote: no Qt warning.
    assert not result.stderr.strip(), result.stderr


def test_the_icons_are_there_in_every_size() -> None:
    for size in HICOLOR_SIZES:
        assert png_size((ICONS / make_icons.png_name(size)).read_bytes()) == (size, size)
    ico = (ICONS / "knotbreak.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * index : 22 + 16 * index])
        side = width or 256
        assert (width, planes, bits) == (height, 1, 32)
        assert png_size(ico[offset : offset + length]) == (side, side)
        sizes.append(side)
    assert sorted(sizes) == list(HICOLOR_SIZES)
    icns = (ICONS / "knotbreak.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    expected = dict(make_icons.ICNS_TYPES)
    position, seen = 8, []
    while position < len(icns):
        kind_bytes, length = icns[position : position + 4], struct.unpack(">I", icns[position + 4 : position + 8])[0]
        image = icns[position + 8 : position + length]
        assert png_size(image) == (expected[kind_bytes], expected[kind_bytes]), kind_bytes
        seen.append(kind_bytes)
        position += length
    assert sorted(seen) == sorted(expected)
    assert {16, 32, 128, 256, 512, 1024} <= set(expected.values())


def test_the_icons_are_rendered_from_the_current_svg(qapp) -> None:  # type: ignore[no-untyped-def]
    """`make icons` was run after the last change to knotbreak.svg (within a little antialiasing noise)."""
    rendered = make_icons.build()
    for size in HICOLOR_SIZES:
        name = make_icons.png_name(size)
        fresh = QImage.fromData(rendered[name]).convertToFormat(QImage.Format.Format_ARGB32)
        committed = QImage.fromData((ICONS / name).read_bytes()).convertToFormat(QImage.Format.Format_ARGB32)
        assert fresh.size() == committed.size(), name
        a, b = bytes(fresh.constBits()), bytes(committed.constBits())
        difference = sum(abs(x - y) for x, y in zip(a, b)) / len(a)
        assert difference < 2, f"{name} differs from knotbreak.svg by {difference:.1f} per channel: run `make icons`"


def installed_files(data: Path) -> set[Path]:
    return {path for path in data.rglob("*") if path.is_file()}


def test_the_install_script_installs_icons_entry_and_metainfo_and_uninstalls_them(tmp_path: Path) -> None:
    # The data folder is a usr/share under a root, so that appstreamcli can check the installed tree.
    root = tmp_path / "root"
    data = root / "usr" / "share"
    config = tmp_path / "config"
    env = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(data), "XDG_CONFIG_HOME": str(config)}
    exe = Path(sysconfig.get_path("scripts")) / "knotbreak"
    run(["bash", INSTALL_SCRIPT, "--autostart", exe], env=env, cwd=tmp_path, timeout=30)

    hicolor = data / "icons" / "hicolor"
    expected = {
        data / "applications" / "knotbreak.desktop",
        data / "metainfo" / f"{METAINFO_ID}.metainfo.xml",
        hicolor / "scalable" / "apps" / "knotbreak.svg",
        *(hicolor / f"{size}x{size}" / "apps" / "knotbreak.png" for size in HICOLOR_SIZES),
    }
    assert installed_files(data) == expected
    for size in HICOLOR_SIZES:
        assert png_size((hicolor / f"{size}x{size}" / "apps" / "knotbreak.png").read_bytes()) == (size, size)
    assert (data / "metainfo" / f"{METAINFO_ID}.metainfo.xml").read_bytes() == METAINFO.read_bytes()
    assert (config / "autostart" / "knotbreak.desktop").is_file()
    appstreamcli = shutil.which("appstreamcli")
    if appstreamcli is not None:
        # The installed tree: the metainfo's launchable names a desktop entry that is there.
        result = subprocess.run([appstreamcli, "validate-tree", "--no-net", root], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0 and not re.search(r"^\s*[EW]: ", result.stdout, re.MULTILINE), result.stdout + result.stderr

    run(["bash", INSTALL_SCRIPT, "--uninstall"], env=env, cwd=tmp_path, timeout=30)
    assert installed_files(data) == set()
    assert not (config / "autostart" / "knotbreak.desktop").exists()


def test_the_makefile_has_the_packaging_targets() -> None:
    if shutil.which("make") is None:
        pytest.skip("needs make")
    plan = run(["make", "-n", "-C", ROOT, "dist", "bundle", "icons", "screenshots"], timeout=30).stdout
    assert "-m build" in plan and "twine check" in plan
    assert "bash packaging/build-bundle.sh" in plan
    assert "tools/make_icons.py" in plan and "tools/app_screenshots.py" in plan
