"""Sound and speech cues: the generated WAVs, and Cues on a machine without audio.

No test here makes a sound: the Qt backends are only probed where no audio
output exists (skipped otherwise), and everything that would play or speak
goes to fakes.
"""

from __future__ import annotations

import enum
import gc
import importlib.util
import json
import logging
import math
import struct
import subprocess
import sys
import time
import wave
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QFile, QIODevice, QObject, QResource, Signal

from knotbreak.qt import cues as cues_module
from knotbreak.qt.cues import SOUND_URLS, Cues, quiet_qt_probe

ROOT = Path(__file__).resolve().parents[1]
SOUNDS = ROOT / "assets" / "sounds"
MAKE_SOUNDS = ROOT / "tools" / "make_sounds.py"
LOGGER = "knotbreak.qt.cues"
RCC = "import sys; from PySide6.scripts.pyside_tool import rcc; sys.argv[0] = 'pyside6-rcc'; rcc()"


# -- the WAV files -------------------------------------------------------------


def read_wav(path: Path) -> tuple[wave._wave_params, list[int]]:
    with wave.open(str(path), "rb") as wav:
        params = wav.getparams()
        frames = wav.readframes(params.nframes)
    return params, list(struct.unpack(f"<{params.nframes}h", frames))


@pytest.mark.parametrize(("name", "low", "high"), [("chime.wav", 0.3, 0.5), ("done.wav", 0.9, 1.2)])
def test_sound_files_are_soft_clean_16_bit_mono(name: str, low: float, high: float) -> None:
    params, samples = read_wav(SOUNDS / name)
    assert (params.nchannels, params.sampwidth, params.framerate, params.comptype) == (1, 2, 44_100, "NONE")
    assert low <= params.nframes / params.framerate <= high

    peak_dbfs = 20 * math.log10(max(abs(s) for s in samples) / 32_768)
    assert -7.0 <= peak_dbfs <= -5.0

    ms = params.framerate // 1000
    assert samples[0] == 0 and samples[-1] == 0
    assert max(abs(s) for s in samples[:ms]) < 0.02 * 32_768, "starts near silence (fade-in)"
    assert max(abs(s) for s in samples[-2 * ms :]) < 0.01 * 32_768, "ends near silence (fade-out)"
    # No clicks: no jump between neighbouring samples bigger than a loud 3 kHz sine could make.
    assert max(abs(a - b) for a, b in zip(samples, samples[1:])) < 0.5 * 32_768 * 2 * math.pi * 3000 / 44_100


def test_done_is_longer_and_rises() -> None:
    _, chime = read_wav(SOUNDS / "chime.wav")
    _, done = read_wav(SOUNDS / "done.wav")
    assert len(done) > 2 * len(chime)


def test_the_generator_is_byte_identical_to_the_committed_files(tmp_path: Path) -> None:
    for run in ("first", "second"):
        out = tmp_path / run
        subprocess.run([sys.executable, str(MAKE_SOUNDS), "--out", str(out)], check=True, capture_output=True, timeout=120)
        for name in ("chime.wav", "done.wav"):
            assert (out / name).read_bytes() == (SOUNDS / name).read_bytes(), f"{run} run: {name} differs"


# -- Qt resources ----------------------------------------------------------------


@pytest.fixture(scope="module")
def sound_resources(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The sounds under qrc:/sounds: the project's compiled resources if they have them,
    else a binary rcc compiled here from assets/sounds and registered for this module."""
    from knotbreak.qt.resources import ensure_resources

    try:
        ensure_resources()
    except RuntimeError:
        pass
    if all(QFile.exists(url.removeprefix("qrc")) for url in SOUND_URLS.values()):
        yield
        return
    folder = tmp_path_factory.mktemp("rcc")
    qrc = folder / "sounds.qrc"
    entries = "".join(f'<file alias="{path.name}">{path}</file>' for path in sorted(SOUNDS.glob("*.wav")))
    qrc.write_text(f'<RCC><qresource prefix="/sounds">{entries}</qresource></RCC>', encoding="utf-8")
    rcc = folder / "sounds.rcc"
    subprocess.run([sys.executable, "-c", RCC, "--binary", str(qrc), "-o", str(rcc)], check=True, capture_output=True, timeout=120)
    assert QResource.registerResource(str(rcc))
    yield
    QResource.unregisterResource(str(rcc))


def test_the_sound_urls_resolve_to_the_generated_files(sound_resources: None) -> None:
    for url in SOUND_URLS.values():
        file = QFile(url.removeprefix("qrc"))
        assert file.open(QIODevice.OpenModeFlag.ReadOnly), url
        try:
            assert bytes(file.readAll().data()) == (SOUNDS / url.rsplit("/", 1)[1]).read_bytes()
        finally:
            file.close()


# -- lazy loading ----------------------------------------------------------------


def test_importing_cues_loads_no_addons_module() -> None:
    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from knotbreak.qt.cues import Cues\n"
        "app = QCoreApplication([])\n"
        "cues = Cues(sounds=False, speech=False)\n"
        "cues.chime(); cues.finished(); cues.say('Hold')\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6.QtMultimedia', 'PySide6.QtTextToSpeech')))\n"
        "print(loaded)\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, f"Addons imported: {result.stdout}{result.stderr}"


def addons_installed() -> bool:
    """Without importing them: importing is what the tests below watch."""
    try:
        return all(importlib.util.find_spec(name) is not None for name in ("PySide6.QtMultimedia", "PySide6.QtTextToSpeech"))
    except (ImportError, ValueError):
        return False


def audio_output_exists() -> bool:
    with quiet_qt_probe():
        from PySide6.QtMultimedia import QMediaDevices

        return bool(QMediaDevices.audioOutputs())


needs_addons = pytest.mark.skipif(not addons_installed(), reason="PySide6-Addons is not installed")


def qt_warnings(qtlog: Any) -> list[str]:
    return [r.message for r in qtlog.records if r.typename in ("QtWarningMsg", "QtCriticalMsg", "QtFatalMsg")]


QUIET_RUN = '''
import json, logging, sys, time
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, qInstallMessageHandler
messages = []
qInstallMessageHandler(lambda mode, context, text: messages.append([mode.name, context.category, text]))
logging.basicConfig(level=logging.DEBUG, stream=sys.stderr)
app = QCoreApplication([])
from knotbreak.qt.cues import Cues
cues = Cues(sounds=True, speech=True)
start = time.perf_counter()
for _ in range(3):
    cues.chime(); cues.finished(); cues.say("Switch sides")
elapsed = time.perf_counter() - start
loop = QEventLoop(); QTimer.singleShot(300, loop.quit); loop.exec()
from PySide6.QtMultimedia import QMediaDevices
print(json.dumps({"messages": messages, "elapsed": elapsed, "sound": cues.available_sound,
                  "speech": cues.available_speech, "outputs": len(QMediaDevices.audioOutputs())}))
'''


@needs_addons
def test_a_fresh_process_without_audio_logs_nothing_from_qt() -> None:
    """Loading QtMultimedia and probing devices happen once per process, so watch a new one."""
    result = subprocess.run([sys.executable, "-c", QUIET_RUN], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    if report["outputs"]:
        pytest.skip("this machine has an audio output; the test is for one without")
    assert report["sound"] is False
    assert report["elapsed"] < 2.0
    loud = [m for m in report["messages"] if m[0] in ("QtWarningMsg", "QtCriticalMsg", "QtFatalMsg")]
    assert loud == [], "Qt warned while cues probed a machine without audio"
    assert "Sound cues are off: no audio output device" in result.stderr


@needs_addons
def test_without_an_audio_device_cues_do_nothing_quickly_and_quietly(qtbot, qtlog, caplog) -> None:  # type: ignore[no-untyped-def]
    if audio_output_exists():
        pytest.skip("this machine has an audio output; the test is for one without")
    cues = Cues(sounds=True, speech=True)
    with caplog.at_level(logging.DEBUG, logger=LOGGER):
        start = time.perf_counter()
        for _ in range(3):
            cues.chime()
            cues.finished()
            cues.say("Switch sides")
        elapsed = time.perf_counter() - start
        qtbot.wait(200)  # anything Qt would report later
    assert elapsed < 2.0
    assert cues.available_sound is False
    if cues.available_speech:
        pytest.skip("a working speech engine exists here")
    assert qt_warnings(qtlog) == []
    infos = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
    assert infos[0] == "Sound cues are off: no audio output device"
    assert len(infos) == 2 and infos[1].startswith("Spoken cues are off: ")
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


@needs_addons
def test_only_qts_mock_speech_engine_counts_as_none(qtbot, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(cues_module, "_speech_engines", lambda speech: ["mock"])
    cues = Cues(sounds=False, speech=True)
    with caplog.at_level(logging.INFO, logger=LOGGER):
        cues.say("Hold")
        cues.say("Hold")
    assert cues.available_speech is False
    assert [r.getMessage() for r in caplog.records] == ["Spoken cues are off: no text-to-speech engine is installed"]
    assert cues.speech_problem == "no text-to-speech engine is installed", "Preferences shows the same reason"


@needs_addons
@pytest.mark.qt_log_ignore(r"^QSoundEffect: playback of this format is not supported on the selected audio device$")
def test_a_sound_that_fails_to_load_turns_sound_off_once(qtbot, monkeypatch, caplog, sound_resources) -> None:  # type: ignore[no-untyped-def]
    """The real QSoundEffect path: with no device behind it the effect ends in Error."""
    if audio_output_exists():
        pytest.skip("this machine has an audio output; the test would play")
    monkeypatch.setattr(cues_module, "_has_audio_output", lambda multimedia: True)
    cues = Cues(sounds=True)
    with caplog.at_level(logging.INFO, logger=LOGGER):
        cues.chime()
        qtbot.waitUntil(lambda: cues.available_sound is False, timeout=5000)
        cues.chime()
        cues.finished()
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 1 and messages[0].startswith("Sound cues are off: qrc:/sounds/")


def test_without_the_addons_cues_are_silent(qtbot, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)
    cues = Cues(sounds=True, speech=True)
    with caplog.at_level(logging.DEBUG, logger=LOGGER):
        for _ in range(3):
            cues.chime()
            cues.finished()
            cues.say("Hold")
    assert cues.available_sound is False
    assert cues.available_speech is False
    assert all(r.levelno == logging.DEBUG for r in caplog.records)
    assert [r.getMessage().split(":")[0] for r in caplog.records] == ["Sound cues are off", "Spoken cues are off"]
    assert "install PySide6-Addons" in caplog.text
    assert cues.sound_problem is not None and "PySide6-Addons" in cues.sound_problem
    assert cues.speech_problem is not None and "PySide6-Addons" in cues.speech_problem


def test_disabled_cues_never_touch_the_backends(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def forbidden(*args: object) -> None:
        raise AssertionError("a backend was touched")

    monkeypatch.setattr(cues_module, "_import_addon", forbidden)
    cues = Cues(sounds=False, speech=False, sound_factory=forbidden, speech_factory=forbidden)
    cues.chime()
    cues.finished()
    cues.say("Switch sides")
    cues.stop()
    cues.sounds_enabled = False
    cues.speech_enabled = False
    assert (cues.sounds_enabled, cues.speech_enabled) == (False, False)


# -- fakes: what plays and what is said ------------------------------------------


class FakeStatus(enum.Enum):
    Null = 0
    Loading = 1
    Ready = 2
    Error = 3


class FakeEffect(QObject):
    statusChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = ""
        self.plays = 0
        self.stops = 0
        self._status = FakeStatus.Null

    def setSource(self, url: Any) -> None:
        self.source = url.toString()
        self.set_status(FakeStatus.Loading)

    def status(self) -> FakeStatus:
        return self._status

    def set_status(self, status: FakeStatus) -> None:
        self._status = status
        self.statusChanged.emit()

    def play(self) -> None:
        self.plays += 1

    def stop(self) -> None:
        self.stops += 1


class EffectFactory:
    def __init__(self) -> None:
        self.made: list[FakeEffect] = []

    def __call__(self, parent: QObject) -> FakeEffect:
        effect = FakeEffect(parent)
        self.made.append(effect)
        return effect

    def by_source(self) -> dict[str, FakeEffect]:
        return {effect.source: effect for effect in self.made}


class FakeSpeech:
    class State(enum.Enum):
        Ready = 0
        Speaking = 1
        Paused = 2
        Error = 3

    def __init__(self, state: State = State.Ready) -> None:
        self._state = state
        self.calls: list[tuple[str, ...]] = []

    def state(self) -> FakeSpeech.State:
        return self._state

    def say(self, text: str) -> None:
        self.calls.append(("say", text))
        self._state = self.State.Speaking

    def stop(self) -> None:
        self.calls.append(("stop",))
        self._state = self.State.Ready

    def finish_speaking(self) -> None:
        self._state = self.State.Ready

    def errorString(self) -> str:
        return "no voice"


def test_each_sound_effect_is_made_once_and_reused(qtbot) -> None:  # type: ignore[no-untyped-def]
    factory = EffectFactory()
    cues = Cues(sound_factory=factory)
    for _ in range(3):
        cues.chime()
    cues.finished()
    cues.finished()
    assert len(factory.made) == 2
    effects = factory.by_source()
    assert set(effects) == {"qrc:/sounds/chime.wav", "qrc:/sounds/done.wav"}
    assert (effects["qrc:/sounds/chime.wav"].plays, effects["qrc:/sounds/done.wav"].plays) == (3, 2)
    assert all(effect.parent() is cues for effect in factory.made)
    assert cues.available_sound is True


def test_an_effect_in_error_turns_sound_off_and_logs_once(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    factory = EffectFactory()
    cues = Cues(sound_factory=factory)
    cues.chime()
    chime = factory.by_source()["qrc:/sounds/chime.wav"]
    with caplog.at_level(logging.DEBUG, logger=LOGGER):
        chime.set_status(FakeStatus.Error)
        chime.set_status(FakeStatus.Error)
        cues.chime()
        cues.finished()
    assert cues.available_sound is False
    assert chime.plays == 1
    assert len(factory.made) == 2, "no new effects after the error"
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (logging.INFO, "Sound cues are off: qrc:/sounds/chime.wav could not be played (no usable audio device or decoder)")
    ]


def test_cues_do_not_keep_themselves_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Signal connections must not hold the cues: a cycle through a child's connection
    once let a deferred delete destroy the parent mid-destruction (a crash)."""
    factory = EffectFactory()
    cues = Cues(sound_factory=factory, speech=True, speech_factory=lambda parent: FakeSpeech())
    cues.chime()
    cues.say("Hold")
    factory.made[0].set_status(FakeStatus.Error)  # deleteLater on both effects
    alive = weakref.ref(cues)
    del cues
    gc.collect()
    assert alive() is None
    factory.made.clear()
    qtbot.wait(50)  # the deferred deletes run on objects already gone


def test_turning_sounds_off_stops_them_and_skips_later_cues(qtbot) -> None:  # type: ignore[no-untyped-def]
    factory = EffectFactory()
    cues = Cues(sound_factory=factory)
    cues.finished()
    cues.sounds_enabled = False
    cues.chime()
    cues.finished()
    effects = factory.by_source()
    assert effects["qrc:/sounds/done.wav"].plays == 1 and effects["qrc:/sounds/chime.wav"].plays == 0
    assert all(effect.stops == 1 for effect in factory.made)
    cues.sounds_enabled = True
    cues.chime()
    assert effects["qrc:/sounds/chime.wav"].plays == 1


def test_say_interrupts_an_unfinished_utterance(qtbot) -> None:  # type: ignore[no-untyped-def]
    engine = FakeSpeech()
    made: list[QObject] = []
    cues = Cues(sounds=False, speech=True, speech_factory=lambda parent: made.append(parent) or engine)
    cues.say("Switch sides")
    cues.say("Hold")  # the first is still being spoken
    engine.finish_speaking()
    cues.say("Rest ten seconds")
    cues.say("   ")
    assert engine.calls == [("say", "Switch sides"), ("stop",), ("say", "Hold"), ("say", "Rest ten seconds")]
    assert made == [cues], "one engine, made once, owned by the cues"
    assert cues.available_speech is True


def test_turning_speech_off_stops_the_current_utterance(qtbot) -> None:  # type: ignore[no-untyped-def]
    engine = FakeSpeech()
    cues = Cues(speech=True, speech_factory=lambda parent: engine)
    cues.say("Hold")
    cues.speech_enabled = False
    cues.say("Switch sides")
    assert engine.calls == [("say", "Hold"), ("stop",)]


def test_an_engine_that_fails_to_start_turns_speech_off(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    engine = FakeSpeech(FakeSpeech.State.Error)
    calls = []
    cues = Cues(speech=True, speech_factory=lambda parent: calls.append(1) or engine)
    with caplog.at_level(logging.DEBUG, logger=LOGGER):
        cues.say("Hold")
        cues.say("Hold")
    assert engine.calls == []
    assert calls == [1]
    assert cues.available_speech is False
    assert [r.getMessage() for r in caplog.records] == ["Spoken cues are off: the speech engine did not start: no voice"]
