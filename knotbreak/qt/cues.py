"""Sound and speech cues for the guided stretch window.

QtMultimedia and QtTextToSpeech come from the optional PySide6-Addons wheel,
so this module never imports them at import time: each is imported on the
first cue that needs it. When a backend cannot work (Addons not installed, no
audio output device, no speech engine, a sound that fails to load) the cue is
skipped silently from then on: nothing raises, nothing blocks, and the reason
is logged once (DEBUG for missing Addons, INFO otherwise).

Sounds come from the compiled Qt resources (resources.qrc, prefix /sounds) and
play through one QSoundEffect per sound, created once and reused. Speech uses
the default QTextToSpeech engine, and a new utterance always cuts off the
previous one, so cues never queue up behind each other.

Loading QtMultimedia and asking it for audio devices makes Qt log some
harmless probing (optional libraries such as pipewire and VA-API it did not
find, a PulseAudio connection that failed because no sound server runs). The
backend probes run under a narrow message filter that drops exactly those
known lines (see QT_PROBE_NOISE) and passes every other message on unchanged.
"""

from __future__ import annotations

import importlib
import logging
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QFile, QLocale, QObject, QUrl, qFormatLogMessage, qInstallMessageHandler

from knotbreak.core import i18n
from knotbreak.qt.i18n import fill

log = logging.getLogger(__name__)

SOUND_URLS = {
    "chime": "qrc:/sounds/chime.wav",
    "done": "qrc:/sounds/done.wav",
}
MULTIMEDIA_MODULE = "PySide6.QtMultimedia"
SPEECH_MODULE = "PySide6.QtTextToSpeech"
MOCK_SPEECH_ENGINE = "mock"  # Qt's test plugin, shipped in the wheels: it says nothing

# (logging category, message pattern) of what Qt prints while it probes for
# audio and speech backends on a machine without them. Only these are dropped.
QT_PROBE_NOISE: tuple[tuple[str, re.Pattern[str]], ...] = (
    # Optional libraries QtMultimedia looks for when it loads (pipewire, VA-API).
    ("qt.multimedia.symbolsresolver", re.compile(r"Couldn't (load|resolve) .+ (library|symbols)$")),
    ("qt.multimedia.ffmpeg", re.compile(r"Using Qt multimedia with FFmpeg version ")),
    # No PulseAudio (or pipewire-pulse) server: QMediaDevices then lists no outputs.
    ("default", re.compile(r"PulseAudioService: pa_context_connect\(\) failed$")),
    # The speech-dispatcher plugin is listed but libspeechd is not installed.
    ("default", re.compile(r'Error loading text-to-speech plug-in "[^"]*"$')),
)

SoundFactory = Callable[[QObject], Any]
"""Makes one QSoundEffect-like object (setSource, play, stop, status, statusChanged)."""
SpeechFactory = Callable[[QObject], Any]
"""Makes one QTextToSpeech-like object (say, stop, state)."""


class BackendUnavailable(Exception):
    """A cue backend cannot work here; `level` is how loudly to log it."""

    def __init__(self, reason: str, level: int = logging.INFO) -> None:
        super().__init__(reason)
        self.reason = reason
        self.level = level


class Cues(QObject):
    """Transition chimes, an end-of-routine chime and spoken cues.

    `sound_factory` and `speech_factory` replace the Qt backends (tests); by
    default the Addons modules are loaded and probed on first use.
    """

    def __init__(
        self,
        *,
        sounds: bool = True,
        speech: bool = False,
        parent: QObject | None = None,
        sound_factory: SoundFactory | None = None,
        speech_factory: SpeechFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self._sounds_enabled = bool(sounds)
        self._speech_enabled = bool(speech)
        self._sound_factory = sound_factory
        self._speech_factory = speech_factory
        self._sound_ok: bool | None = None  # None: not probed yet
        self._speech_ok: bool | None = None
        self._effects: dict[str, Any] = {}
        self._engine: Any = None
        self.sound_problem: str | None = None
        """Why sounds cannot play here, once a probe or a cue has found out."""
        self.speech_problem: str | None = None

    # -- settings ----------------------------------------------------------

    @property
    def sounds_enabled(self) -> bool:
        return self._sounds_enabled

    @sounds_enabled.setter
    def sounds_enabled(self, value: bool) -> None:
        self._sounds_enabled = bool(value)
        if not self._sounds_enabled:
            self._stop_sounds()

    @property
    def speech_enabled(self) -> bool:
        return self._speech_enabled

    @speech_enabled.setter
    def speech_enabled(self, value: bool) -> None:
        self._speech_enabled = bool(value)
        if not self._speech_enabled:
            self._stop_speech()

    @property
    def available_sound(self) -> bool:
        """Whether sounds can play here. Probes the backend (without playing) if no cue has yet.

        It can still turn False later, when a sound fails to load.
        """
        return self._ensure_sound()

    @property
    def available_speech(self) -> bool:
        """Whether a speech engine works here. Probes it (without speaking) if no cue has yet."""
        return self._ensure_speech() is not None

    # -- cues --------------------------------------------------------------

    def chime(self) -> None:
        """The soft two-note transition sound: next exercise, switch sides, rest over."""
        self._play("chime")

    def finished(self) -> None:
        """The warmer three-note sound at the end of a routine."""
        self._play("done")

    def say(self, text: str) -> None:
        """Speak a short cue such as "Switch sides", cutting off any unfinished one."""
        if self._speech_enabled:
            self._speak(text)

    def test_chime(self) -> None:
        """The chime once, whether chimes are on or off: Preferences' Test button."""
        self._play("chime", even_when_off=True)

    def test_say(self, text: str) -> None:
        """Speak text once, whether spoken cues are on or off: Preferences' Test button."""
        self._speak(text)

    def speech_backend_problem(self) -> str | None:
        """Why no speech engine can work here, found without starting one; None when one may.

        Starting the engine lists speech-dispatcher's voices, which took 1 to 2 seconds here:
        Preferences asks this instead when it opens, and the engine starts when a cue or the
        Test button needs it.
        """
        if self._speech_ok is None and self._speech_factory is None:
            try:
                self._speech_factory = _qt_speech_factory()
            except BackendUnavailable as unavailable:
                self._speech_unavailable(unavailable.reason, unavailable.level)
        return self.speech_problem if self._speech_ok is False else None

    def _speak(self, text: str) -> None:
        if not text.strip():
            return
        engine = self._ensure_speech()
        if engine is None:
            return
        try:
            if _enum_name(engine.state()) != "Ready":
                engine.stop()
            engine.say(text)
        except Exception as error:  # a backend's failure must never reach the window
            self._speech_unavailable(fill(self.tr("the speech engine failed: %1"), str(error)))

    def stop(self) -> None:
        """Silence whatever is playing or being spoken (the window closed)."""
        self._stop_sounds()
        self._stop_speech()

    # -- sound -------------------------------------------------------------

    def _ensure_sound(self) -> bool:
        if self._sound_ok is None:
            try:
                if self._sound_factory is None:
                    self._sound_factory = _qt_sound_factory()
            except BackendUnavailable as unavailable:
                self._sound_unavailable(unavailable.reason, unavailable.level)
            else:
                self._sound_ok = True
        return bool(self._sound_ok)

    def _play(self, name: str, *, even_when_off: bool = False) -> None:
        if not (self._sounds_enabled or even_when_off) or not self._ensure_sound():
            return
        if not self._effects:
            self._load_effects()
        effect = self._effects.get(name)
        if effect is None or not self._sound_ok:
            return
        try:
            effect.play()
        except Exception as error:
            #: %1 the sound's name ("chime"), %2 the error.
            self._sound_unavailable(fill(self.tr("playing %1 failed: %2"), name, str(error)))

    def _load_effects(self) -> None:
        """Create every sound effect once, so the last one is loaded long before it is needed."""
        assert self._sound_factory is not None
        for name, url in SOUND_URLS.items():
            try:
                effect = self._sound_factory(self)
                self._effects[name] = effect
                # A bound method, not a closure over self: a closure would keep these
                # cues alive through their own child's connection.
                effect.statusChanged.connect(self._on_sound_status)
                effect.setSource(QUrl(url))
            except Exception as error:
                self._sound_unavailable(fill(self.tr("creating the %1 sound failed: %2"), name, str(error)))
                return
            self._on_sound_status()  # a source can fail while being set
            if not self._sound_ok:
                return

    def _on_sound_status(self) -> None:
        if not self._sound_ok:
            return
        for name, effect in self._effects.items():
            if _enum_name(effect.status()) == "Error":
                #: %1 is a sound file's address in the app's resources.
                problem = self.tr("%1 could not be played (no usable audio device or decoder)")
                self._sound_unavailable(fill(problem, SOUND_URLS[name]))
                return

    def _sound_unavailable(self, reason: str, level: int = logging.INFO) -> None:
        if self._sound_ok is False:
            return
        self._sound_ok = False
        self.sound_problem = reason
        log.log(level, "Sound cues are off: %s", reason)
        effects, self._effects = list(self._effects.values()), {}
        for effect in effects:
            _call_quietly(effect, "stop")
            _call_quietly(effect, "deleteLater")

    def _stop_sounds(self) -> None:
        for effect in self._effects.values():
            _call_quietly(effect, "stop")

    # -- speech ------------------------------------------------------------

    def _ensure_speech(self) -> Any:
        if self._speech_ok is None:
            try:
                if self._speech_factory is None:
                    self._speech_factory = _qt_speech_factory()
                engine = self._speech_factory(self)
                if _enum_name(engine.state()) == "Error":
                    reason = _error_string(engine)
                    _call_quietly(engine, "deleteLater")
                    raise BackendUnavailable(fill(self.tr("the speech engine did not start: %1"), reason))
            except BackendUnavailable as unavailable:
                self._speech_unavailable(unavailable.reason, unavailable.level)
            except Exception as error:
                self._speech_unavailable(fill(self.tr("the speech engine failed: %1"), str(error)))
            else:
                self._engine = engine
                self._speech_ok = True
                speak_in(engine, i18n.language())  # the language the cues are written in
                error_signal = getattr(engine, "errorOccurred", None)
                if error_signal is not None:
                    error_signal.connect(self._on_speech_error)
        return self._engine if self._speech_ok else None

    def _on_speech_error(self, *_details: Any) -> None:
        self._speech_unavailable(fill(self.tr("the speech engine failed: %1"), _error_string(self._engine)))

    def _speech_unavailable(self, reason: str, level: int = logging.INFO) -> None:
        if self._speech_ok is False:
            return
        self._speech_ok = False
        self.speech_problem = reason
        log.log(level, "Spoken cues are off: %s", reason)
        engine, self._engine = self._engine, None
        if engine is not None:
            _call_quietly(engine, "stop")
            _call_quietly(engine, "deleteLater")

    def _stop_speech(self) -> None:
        if self._engine is not None:
            _call_quietly(self._engine, "stop")


# -- Qt backends, imported on first use ------------------------------------


def _import_addon(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except (ImportError, OSError) as error:
        #: %1 a Qt module ("PySide6.QtMultimedia"), %2 the error; PySide6-Addons is a package's name.
        problem = QCoreApplication.translate("Cues", "%1 is not available (%2); install PySide6-Addons")
        raise BackendUnavailable(fill(problem, module, str(error)), logging.DEBUG) from error


def _has_audio_output(multimedia: Any) -> bool:
    devices = multimedia.QMediaDevices
    return bool(devices.audioOutputs()) and not devices.defaultAudioOutput().isNull()


def _sound_resources_present() -> bool:
    from knotbreak.qt.resources import ensure_resources

    try:
        ensure_resources()
    except RuntimeError:
        pass  # the sounds may still be registered some other way; check them below
    return all(QFile.exists(url.removeprefix("qrc")) for url in SOUND_URLS.values())


def _qt_sound_factory() -> SoundFactory:
    with quiet_qt_probe():
        multimedia = _import_addon(MULTIMEDIA_MODULE)
        if not _has_audio_output(multimedia):
            raise BackendUnavailable(QCoreApplication.translate("Cues", "no audio output device"))
    if not _sound_resources_present():
        problem = QCoreApplication.translate("Cues", "the sounds are missing from the compiled Qt resources (resources.qrc)")
        raise BackendUnavailable(problem)
    sound_effect = multimedia.QSoundEffect
    return lambda parent: sound_effect(parent)


def _speech_engines(speech: Any) -> list[str]:
    return list(speech.QTextToSpeech.availableEngines())


def _qt_speech_factory() -> SpeechFactory:
    with quiet_qt_probe():
        speech = _import_addon(SPEECH_MODULE)
        engines = [name for name in _speech_engines(speech) if name != MOCK_SPEECH_ENGINE]
    if not engines:
        raise BackendUnavailable(QCoreApplication.translate("Cues", "no text-to-speech engine is installed"))
    with quiet_qt_probe():
        multimedia = _import_addon(MULTIMEDIA_MODULE)
        # Without one, speech-dispatcher gets stuck on its first cut-off cue, and destroying
        # the engine (at quit) then waits for ever inside libspeechd.
        if not _has_audio_output(multimedia):
            raise BackendUnavailable(QCoreApplication.translate("Cues", "no audio output device"))

    def make(parent: QObject) -> Any:
        with quiet_qt_probe():
            engine = speech.QTextToSpeech(parent)  # the default engine: the highest-priority plugin
        if engine.engine() == MOCK_SPEECH_ENGINE:
            engine.deleteLater()
            raise BackendUnavailable(QCoreApplication.translate("Cues", "only Qt's mock text-to-speech engine is available"))
        return engine

    return make


def speak_in(engine: Any, language: str) -> bool:
    """Gives engine a voice for language ("de"; the pseudo-language is read in English); whether it has one.

    The engine starts with the system locale's voice, which would read a German cue with English
    sounds when the app's language differs from the system's. Of the engine's locales for the
    language, the one of the user's own country comes first ("de_AT" before "de_DE" for an Austrian).
    """
    wanted = QLocale(i18n.ENGLISH if language == i18n.PSEUDO else language)
    try:
        if engine.locale().language() == wanted.language():
            return True
        matching = [locale for locale in engine.availableLocales() if locale.language() == wanted.language()]
        if not matching:
            log.info("no %s voice in the speech engine; cues are read with its default voice", wanted.name())
            return False
        system = QLocale()
        matching.sort(key=lambda locale: (locale.territory() != system.territory(), locale.territory() != wanted.territory()))
        engine.setLocale(matching[0])
    except (AttributeError, RuntimeError) as error:  # an engine without locales, or gone
        log.info("the speech engine's language cannot be chosen: %s", error)
        return False
    return True


def _is_probe_noise(category: str | None, message: str) -> bool:
    return any(category == noise_category and pattern.match(message) for noise_category, pattern in QT_PROBE_NOISE)


@contextmanager
def quiet_qt_probe() -> Iterator[None]:
    """Drop Qt's known backend-probing lines (QT_PROBE_NOISE) while the block runs.

    Every other message goes on to the handler that was installed before
    (the default one writes it to stderr as usual).
    """
    previous: Any = None

    def handler(mode: Any, context: Any, message: str) -> None:
        if _is_probe_noise(context.category, message):
            log.debug("Qt while probing cue backends: %s", message)
        elif previous is not None:
            previous(mode, context, message)
        else:
            sys.stderr.write(qFormatLogMessage(mode, context, message) + "\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


# -- helpers -----------------------------------------------------------------


def _enum_name(value: Any) -> str:
    return str(getattr(value, "name", value))


def _error_string(engine: Any) -> str:
    try:
        return str(engine.errorString()) or QCoreApplication.translate("Cues", "unknown error")
    except Exception:
        return QCoreApplication.translate("Cues", "unknown error")


def _call_quietly(target: Any, method: str) -> None:
    try:
        getattr(target, method)()
    except Exception:  # already deleted, or a fake without the method
        pass
