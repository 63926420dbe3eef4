"""Compiles resources.qrc into knotbreak/resources_rc.py during the build.

Everything else about the package is declared in pyproject.toml.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCE_MODULE = "resources_rc.py"


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


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            compile_resources(ROOT / "knotbreak" / RESOURCE_MODULE)
        else:
            compile_resources(Path(self.build_lib) / "knotbreak" / RESOURCE_MODULE)


setup(cmdclass={"build_py": BuildWithResources})
