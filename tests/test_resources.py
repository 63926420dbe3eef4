"""Icons come from compiled Qt resources, and every file in resources.qrc exists."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QFile
from PySide6.QtGui import QImage

from knotbreak.core.breakloop import State
from knotbreak.qt.icons import PROGRESS_STEPS, app_icon, render_tray_icon
from knotbreak.qt.resources import ensure_resources

ROOT = Path(__file__).resolve().parents[1]


def qrc_entries() -> list[tuple[str, str]]:
    tree = ElementTree.parse(ROOT / "resources.qrc")
    return [
        (f"{resource.get('prefix')}/{entry.get('alias') or entry.text}", entry.text or "")
        for resource in tree.getroot().iter("qresource")
        for entry in resource.iter("file")
    ]


def test_every_qrc_file_exists_and_is_compiled_in() -> None:
    ensure_resources()
    for alias, source in qrc_entries():
        assert (ROOT / source).is_file(), source
        assert QFile.exists(f":{alias}"), alias


def test_app_icon_renders(qapp) -> None:  # type: ignore[no-untyped-def]
    assert not app_icon().pixmap(64, 64).isNull()


def _ink(image: QImage) -> int:
    return sum(1 for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).alpha() > 0)


@pytest.mark.parametrize("state", list(State))
def test_tray_icon_renders_for_every_state(qapp, state: State) -> None:  # type: ignore[no-untyped-def]
    image = render_tray_icon(state, PROGRESS_STEPS // 2).pixmap(64, 64).toImage()
    assert _ink(image) > 500


def test_the_ring_fills_with_progress(qapp) -> None:  # type: ignore[no-untyped-def]
    empty = _ink(render_tray_icon(State.WORKING, 0).pixmap(64, 64).toImage())
    half = render_tray_icon(State.WORKING, PROGRESS_STEPS // 2).pixmap(64, 64).toImage()
    full = render_tray_icon(State.WORKING, PROGRESS_STEPS).pixmap(64, 64).toImage()
    # The track is translucent; the arc over it is opaque, so count opaque ring pixels.
    def opaque(image: QImage) -> int:
        return sum(1 for x in range(64) for y in range(64) if image.pixelColor(x, y).alpha() == 255)
    assert opaque(half) < opaque(full)
    assert empty > 0


def test_every_exercise_has_a_compiled_illustration_that_loads(qapp) -> None:  # type: ignore[no-untyped-def]
    from knotbreak.core.exercises import load_builtin_library
    from knotbreak.qt.figure_view import load_figure

    aliases = {alias for alias, _ in qrc_entries()}
    for exercise_id in load_builtin_library().exercises:
        assert f"/exercises/{exercise_id}.svg" in aliases, exercise_id
        figure = load_figure(exercise_id)
        assert figure is not None and figure.keyframes >= 1, exercise_id
