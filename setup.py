"""Compiles resources.qrc into knotbreak/resources_rc.py during the build, and puts its sources in the sdist.

Everything else about the package is declared in pyproject.toml.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.egg_info import egg_info, write_file

ROOT = Path(__file__).resolve().parent
RESOURCE_MODULE = "resources_rc.py"
GENERATED = f"knotbreak/{RESOURCE_MODULE}"
# setuptools puts tests/test*.py in an sdist by default, but not the helpers, tools/ and ../shared they
# need; the tests run from a clone of the repository, so the sdist has none.
LEFT_OUT = ("tests/",)
# Beside the package in the sdist: the desktop integration that packaging/install-desktop-entry.sh
# installs (the desktop entry itself is package data), so a distribution can package it from the sdist.
# The translations' sources (translations/*.ts) too, for translators; the build uses the committed .qm files.
SDIST_EXTRAS = (
    "translations/*.ts",
    "packaging/install-desktop-entry.sh",
    "packaging/desktop-entry-lib.sh",
    "packaging/linux/*.metainfo.xml",
    "assets/icons/*.png",
)


def find_rcc() -> list[str]:
    script = shutil.which("pyside6-rcc", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-rcc")
    if script:
        return [script]
    # The entry-point script is missing (some build environments): call the same wrapper directly.
    code = "import sys; from PySide6.scripts.pyside_tool import rcc; sys.argv[0] = 'pyside6-rcc'; rcc()"
    return [sys.executable, "-c", code]


def compile_resources(target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    command = [*find_rcc(), "-g", "python", str(ROOT / "resources.qrc"), "-o", str(target)]
    subprocess.run(command, check=True, cwd=ROOT)


def resource_sources() -> list[str]:
    """resources.qrc and every file it lists, relative to the project root."""
    tree = ElementTree.parse(ROOT / "resources.qrc")
    return ["resources.qrc", *(entry.text.strip() for entry in tree.getroot().iter("file") if entry.text)]


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            compile_resources(ROOT / "knotbreak" / RESOURCE_MODULE)
        else:
            compile_resources(Path(self.build_lib) / "knotbreak" / RESOURCE_MODULE)


class SourcesWithResources(egg_info):
    """The sdist's file list (SOURCES.txt): the resources' sources in; the tests and the compiled module (if built here) out."""

    def find_sources(self) -> None:
        super().find_sources()
        extras = [str(path.relative_to(ROOT)) for pattern in SDIST_EXTRAS for path in sorted(ROOT.glob(pattern))]
        files = {name for name in self.filelist.files if name != GENERATED and not name.startswith(LEFT_OUT)}
        files.update(resource_sources(), extras)
        self.filelist.files = sorted(files)
        write_file(str(Path(self.egg_info) / "SOURCES.txt"), self.filelist.files)


setup(cmdclass={"build_py": BuildWithResources, "egg_info": SourcesWithResources})
