"""Registers the compiled Qt resources (icons) once."""

from __future__ import annotations

import importlib

_loaded = False


def ensure_resources() -> None:
    global _loaded
    if _loaded:
        return
    try:
        importlib.import_module("knotbreak.resources_rc")
    except ModuleNotFoundError as error:
        raise RuntimeError(
            "knotbreak/resources_rc.py is missing: install the package (pip install .) "
            "or run `make resources`, which compiles resources.qrc with pyside6-rcc"
        ) from error
    _loaded = True
