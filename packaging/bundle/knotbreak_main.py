"""The frozen KnotBreak's program: the `knotbreak` command, as the installed script runs it.

packaging/bundle/knotbreak.spec freezes this file. With no command it starts
the tray app; with one (status, break, quit, autostart, ...) it talks to the
running app, exactly as `knotbreak` does in a venv.
"""

from __future__ import annotations

import os
import sys


def _environment_for_children() -> None:
    """Leave the environment as the user's session had it, for the programs the app starts.

    PyInstaller's bootloader points LD_LIBRARY_PATH at the bundle's _internal
    folder, and its PySide6 hook points QT_PLUGIN_PATH and QML2_IMPORT_PATH at
    the bundled Qt. This process needs none of them any more: the dynamic
    loader read LD_LIBRARY_PATH at start-up, and PySide6's embedded qt.conf
    already names the bundled plugins. A program the app starts, though (a
    link opened through xdg-open, which may run kde-open or a browser built on
    Qt), would inherit them and load the bundle's Qt, ICU and Python instead of
    its own, and crash.
    """
    if not getattr(sys, "frozen", False):
        return
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)
    for name in ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH"):
        os.environ.pop(name, None)


_environment_for_children()

from knotbreak.cli import main  # noqa: E402

raise SystemExit(main())
