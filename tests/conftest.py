"""Test setup: offscreen Qt, and every test gets its own per-user folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The offscreen platform's own chatter; real warnings still fail the run.
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from knotbreak.core.clock import FakeClock  # noqa: E402
from knotbreak.core.paths import Paths  # noqa: E402


@pytest.fixture(autouse=True)
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Paths:
    """Point XDG folders at a temporary home so no test touches the real user's files."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    # No test reaches, or autospawns, the user's speech-dispatcher (test_cues.py runs its own).
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{runtime}/no-speech-dispatcher.sock")
    return Paths.for_user()


@pytest.fixture(autouse=True)
def c_locale() -> Iterator[None]:
    """Every test reads dates and numbers the C locale's way (the app's English), whatever LANG says.

    The windows format through QLocale(); the strings the tests pin are English with
    month/day chart labels and a 24 h clock. Tests of other locales set their own default.
    """
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(QLocale.c())


_english: list[object] = []


@pytest.fixture(autouse=True)
def english_plurals(request: pytest.FixtureRequest) -> None:
    """Tests with a QApplication get English's plural forms ("%n minute(s)" is "1 minute"), as run_app installs them.

    Installed once, on the session's QApplication, and left there (as the app does).
    """
    if _english or "qapp" not in request.fixturenames:
        return
    from PySide6.QtCore import QTranslator

    request.getfixturevalue("qapp")
    from knotbreak.qt.resources import ensure_resources

    ensure_resources()
    translator = QTranslator()
    assert translator.load(":/translations/knotbreak_en.qm"), "English's plurals are compiled into the resources"
    QApplication.installTranslator(translator)
    _english.append(translator)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def tomorrow_at_nine() -> datetime:
    """Tomorrow 09:00 local time, whatever the hour the suite runs.

    The app's scheduler times its jobs by the real clock; a fake clock ahead of
    it means no job fires by itself (the tests tick the app by hand), and a
    working day of test time never crosses midnight.
    """
    tomorrow = (datetime.now() + timedelta(days=1)).date()
    return datetime.combine(tomorrow, time(9, 0)).astimezone()


@pytest.fixture
def app_clock() -> FakeClock:
    """The clock for tests of the whole app: see tomorrow_at_nine."""
    return FakeClock(start=tomorrow_at_nine())


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[QFont]:
    """The application font at 20 pt, as a desktop's large-text setting gives it; the usual size again afterwards."""
    original = QFont(qapp.font())
    large = QFont(original)
    large.setPointSizeF(20)
    qapp.setFont(large)
    yield large
    qapp.setFont(original)
