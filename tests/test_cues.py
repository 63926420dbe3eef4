"""Sound and speech cues: the generated WAVs, Cues on a machine without audio, and a real speech engine.

No test here makes a sound: the Qt sound backend is only probed where no audio
output exists (skipped otherwise), what would play goes to fakes, and all
speech goes to a private speech-dispatcher (started for this module, with
espeak-ng) whose audio goes to ALSA's null device. The user's own
speech-dispatcher is never reached, nor autospawned: SPEECHD_ADDRESS points
at the private one, or where none can start at a socket nothing listens on.
Where speech-dispatcher, espeak-ng or libspeechd is missing, the real-engine
tests skip and say which.
"""

from __future__ import annotations

import enum
import gc
import importlib.util
import json
import logging
import math
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
import wave
import weakref
from collections.abc import Iterator
from ctypes.util import find_library
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QFile, QIODevice, QObject, QResource, Signal

from knotbreak.qt import cues as cues_module
from knotbreak.qt.cues import SOUND_URLS, BackendUnavailable, Cues, quiet_qt_probe

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


# -- a private speech-dispatcher ---------------------------------------------------

# espeak-ng, with its audio into ALSA's null device: real synthesis, real
# Speaking and Ready, no sound, and no audio device needed. Without an audio
# sink (the Debian default is PulseAudio) speech-dispatcher stays Speaking
# forever after the first utterance, and once an utterance has been cut off,
# destroying a QTextToSpeech then blocks for good in libspeechd: a test would hang.
SPEECHD_CONFIG = """\
LogLevel 3
LogDir "{log}"
AudioOutputMethod "alsa"
AudioALSADevice "null"
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule espeak-ng
"""
SPEECHD_STARTED = re.compile(r"Speech Dispatcher started with (\d+) output module")


@dataclass
class SpeechServer:
    address: str  # what SPEECHD_ADDRESS is set to for this module
    problem: str | None  # why no speech engine runs behind address; None when one does
    log: Path

    def log_tail(self) -> str:
        logs = sorted(self.log.glob("*.log")) if self.log.is_dir() else []
        return "\n".join(f"{path.name}: ...{path.read_text(errors='replace')[-1500:]}" for path in logs)


def _started_modules(log: Path) -> int | None:
    try:
        found = SPEECHD_STARTED.search(log.read_text(errors="replace"))
    except OSError:
        return None
    return None if found is None else int(found.group(1))


def _start_speech_dispatcher(folder: Path) -> tuple[subprocess.Popen[bytes] | None, SpeechServer]:
    socket, log, config = folder / "speechd.sock", folder / "log", folder / "config"
    server = SpeechServer(f"unix_socket:{socket}", None, log)
    binary = shutil.which("speech-dispatcher")
    if binary is None:
        server.problem = "needs speech-dispatcher, not installed (Debian packages speech-dispatcher, speech-dispatcher-espeak-ng)"
        return None, server
    (config / "modules").mkdir(parents=True)
    log.mkdir()
    (config / "speechd.conf").write_text(SPEECHD_CONFIG.format(log=log))
    (config / "modules" / "espeak-ng.conf").write_text("")
    process = subprocess.Popen(
        [binary, "--run-single", "--timeout", "0", "--communication-method", "unix_socket", "--socket-path", str(socket),
         "--config-dir", str(config), "--log-dir", str(log), "--pid-file", str(folder / "speechd.pid")],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its output module goes with it
    )
    deadline = time.monotonic() + 15
    while process.poll() is None and _started_modules(log / "speech-dispatcher.log") is None and time.monotonic() < deadline:
        time.sleep(0.05)
    modules = _started_modules(log / "speech-dispatcher.log")
    if process.poll() is not None or modules is None or not socket.exists():
        server.problem = f"the private speech-dispatcher did not start; its logs:\n{server.log_tail()}"
    elif modules == 0:
        server.problem = "speech-dispatcher has no espeak-ng output module (Debian package speech-dispatcher-espeak-ng)"
    return process, server


def _stop_speech_dispatcher(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(process.pid, signal.SIGKILL)  # the server if it hung, and its output module
    except ProcessLookupError:
        pass
    process.wait(timeout=5)


@pytest.fixture(scope="module")
def speech_server() -> Iterator[SpeechServer]:
    """One private speech-dispatcher for the module (or the reason there is none)."""
    # Under /tmp: a unix socket's path must stay short.
    folder = Path(tempfile.mkdtemp(prefix="knotbreak-speechd-", dir="/tmp" if os.path.isdir("/tmp") else None))
    process, server = _start_speech_dispatcher(folder)
    try:
        yield server
        gc.collect()  # engines still alive say goodbye while the server can answer
    finally:
        if process is not None:
            _stop_speech_dispatcher(process)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def speech_address(monkeypatch: pytest.MonkeyPatch, speech_server: SpeechServer) -> SpeechServer:
    """Every test in this module, and every process it starts, speaks to the private server or to none.

    Set per test, after any suite-wide setting of SPEECHD_ADDRESS in conftest.py.
    """
    monkeypatch.setenv("SPEECHD_ADDRESS", speech_server.address)
    return speech_server


@pytest.fixture
def no_speech_engine(monkeypatch: pytest.MonkeyPatch, speech_address: SpeechServer) -> None:
    """As on a machine without speech-dispatcher: nothing listens at SPEECHD_ADDRESS, and libspeechd spawns nothing there.

    (A real engine takes a second or two to start, which these tests would count.)
    """
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{speech_address.log.parent / 'nobody.sock'}")


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
def test_a_fresh_process_without_audio_logs_nothing_from_qt(no_speech_engine: None) -> None:
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
def test_without_an_audio_device_cues_do_nothing_quickly_and_quietly(qtbot, qtlog, caplog, no_speech_engine) -> None:  # type: ignore[no-untyped-def]
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


# -- a real speech engine: speech-dispatcher with espeak-ng through QtTextToSpeech --

LONG_CUE = "Lift your shoulders towards your ears, hold, and let them drop slowly. " * 200
"""About ten seconds of synthesis into the null device here (a minute and more spoken): stop() must not wait for it."""


def real_speech_engine(server: SpeechServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """Skip, saying why, where no real speech engine can run here.

    The test server speaks into ALSA's null device, which Qt does not list as an audio output.
    """
    monkeypatch.setattr(cues_module, "_has_audio_output", lambda multimedia: True)
    if not addons_installed():
        pytest.skip("PySide6-Addons is not installed")
    if server.problem is not None:
        pytest.skip(server.problem)
    if find_library("speechd") is None:
        pytest.skip("Qt's speechd plugin needs libspeechd, not installed (Debian package libspeechd2)")


class EngineWatch:
    """The states and errors a real QTextToSpeech reports, as Qt signals them."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.states: list[str] = []
        self.errors: list[str] = []
        engine.stateChanged.connect(self._state)
        engine.errorOccurred.connect(self._error)

    def _state(self, state: Any) -> None:
        self.states.append(state.name)

    def _error(self, *details: Any) -> None:
        self.errors.append(f"{details}: {self.engine.errorString()}")

    def ready(self) -> bool:
        return bool(self.engine.state().name == "Ready")


def engine_of(cues: Cues) -> EngineWatch:
    from PySide6.QtTextToSpeech import QTextToSpeech

    assert cues.available_speech, f"no engine although speech-dispatcher runs: {cues.speech_problem}"
    engine = cues.findChild(QTextToSpeech)
    assert engine is not None, "the cues own their engine"
    assert engine.engine() == "speechd"
    return EngineWatch(engine)


def test_a_spoken_cue_reaches_a_real_engine(qtbot: Any, qtlog: Any, speech_server: SpeechServer, monkeypatch: pytest.MonkeyPatch) -> None:
    real_speech_engine(speech_server, monkeypatch)
    cues = Cues(sounds=False, speech=True)
    watch = engine_of(cues)
    assert watch.ready()
    cues.say("Switch sides")
    qtbot.waitUntil(lambda: "Speaking" in watch.states, timeout=5000)
    try:
        qtbot.waitUntil(watch.ready, timeout=10_000)
    except qtbot.TimeoutError:
        pytest.skip(f"the engine spoke but never finished (no audio sink?); states {watch.states}; {speech_server.log_tail()}")
    assert watch.states == ["Speaking", "Ready"]
    assert watch.errors == []
    assert cues.available_speech is True and cues.speech_problem is None
    assert qt_warnings(qtlog) == []


def test_stop_cuts_a_real_utterance_short(qtbot: Any, speech_server: SpeechServer, monkeypatch: pytest.MonkeyPatch) -> None:
    real_speech_engine(speech_server, monkeypatch)
    cues = Cues(sounds=False, speech=True)
    watch = engine_of(cues)
    cues.say(LONG_CUE)
    qtbot.waitUntil(lambda: "Speaking" in watch.states, timeout=5000)
    assert not watch.ready()
    stopped = time.monotonic()
    cues.stop()
    qtbot.waitUntil(watch.ready, timeout=2000)
    assert time.monotonic() - stopped < 2.0
    assert watch.errors == []
    # The engine is still usable: the next cue is spoken as usual.
    before = len(watch.states)
    cues.say("Hold")
    qtbot.waitUntil(lambda: watch.states[before:] == ["Speaking", "Ready"], timeout=5000)
    assert watch.errors == [] and cues.available_speech is True


def test_the_engine_has_german_and_spanish_voices(qtbot: Any, speech_server: SpeechServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """For spoken cues once the app is translated: espeak-ng brings voices for both."""
    from PySide6.QtCore import QLocale

    real_speech_engine(speech_server, monkeypatch)
    cues = Cues(sounds=False, speech=True)
    engine = engine_of(cues).engine
    locales = engine.availableLocales()
    for language, territory in ((QLocale.Language.German, QLocale.Country.Germany), (QLocale.Language.Spanish, QLocale.Country.Spain)):
        assert any(locale.language() == language for locale in locales), f"no {language.name} locale among {len(locales)}"
        engine.setLocale(QLocale(language, territory))
        voices = engine.availableVoices()
        assert voices, f"no {language.name} voice"
        assert engine.voice().locale().language() == language
        print(f"{language.name}: {len(voices)} voices, default {engine.voice().name()!r}")


@needs_addons
def test_without_an_audio_output_speech_is_off_before_an_engine_is_made(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """speech-dispatcher without audio gets stuck on a cut-off cue, and its engine then hangs the quit."""
    monkeypatch.setattr(cues_module, "_speech_engines", lambda speech: ["speechd"])
    monkeypatch.setattr(cues_module, "_has_audio_output", lambda multimedia: False)
    cues = Cues(sounds=False, speech=True)
    cues.say("Switch sides")
    assert cues.available_speech is False
    assert cues.speech_problem == "no audio output device"


def test_the_test_buttons_play_and_speak_while_chimes_and_cues_are_off(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Preferences' Test: turning chimes on for the test and off again stopped the chime it had just started."""
    factory = EffectFactory()
    engine = FakeSpeech()
    cues = Cues(sounds=False, speech=False, sound_factory=factory, speech_factory=lambda parent: engine)
    cues.chime()
    cues.say("Hold")
    assert factory.made == [] and engine.calls == [], "off means silent"
    cues.test_chime()
    cues.test_say("This is how cues sound")
    chime = factory.by_source()["qrc:/sounds/chime.wav"]
    assert (chime.plays, chime.stops) == (1, 0)
    assert engine.calls == [("say", "This is how cues sound")]
    assert not cues.sounds_enabled and not cues.speech_enabled


def test_asking_whether_speech_can_work_starts_no_engine(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Starting one lists the voices (seconds with speech-dispatcher): Preferences must open without that."""
    made: list[QObject] = []
    monkeypatch.setattr("knotbreak.qt.cues._qt_speech_factory", lambda: lambda parent: made.append(parent) or FakeSpeech())
    cues = Cues(speech=False)
    assert cues.speech_backend_problem() is None and made == []
    cues.test_say("Hold")
    assert made == [cues], "the engine starts when something is to be said"

    def no_engine() -> None:
        raise BackendUnavailable("no text-to-speech engine is installed")

    monkeypatch.setattr("knotbreak.qt.cues._qt_speech_factory", no_engine)
    assert Cues(speech=False).speech_backend_problem() == "no text-to-speech engine is installed"
