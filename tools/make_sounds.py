"""Generate the stretch window's cue sounds: assets/sounds/chime.wav and done.wav.

Standard library only, and deterministic: the same bytes on every run, so the
committed files can be checked against a fresh render (tests/test_cues.py).

    python tools/make_sounds.py [--out DIR]

Both sounds are soft, bell-like sine tones (a fundamental with faint
overtones and an exponential decay), 16-bit mono at 44.1 kHz, normalised to a
peak of -6 dBFS, with short raised-cosine fades so they start and end on
silence and never click.

- chime.wav (~0.4 s): a gentle two-note chime, G5 then C6, for transitions
  (next exercise, switch sides, rest over).
- done.wav (~1 s): a warmer three-note rising chime, C5, E5, G5, for the end
  of a routine.
"""

from __future__ import annotations

import argparse
import io
import math
import struct
import wave
from dataclasses import dataclass
from pathlib import Path

SAMPLE_RATE = 44_100
SAMPLE_WIDTH = 2  # bytes: 16-bit PCM
PEAK_DBFS = -6.0
FULL_SCALE = 32_767
FADE_IN_S = 0.004  # whole-file fade-in
FADE_OUT_S = 0.040  # whole-file fade-out
ATTACK_S = 0.008  # each note's soft attack
# A bell-ish timbre: the fundamental with faint 2nd and 3rd harmonics.
OVERTONES = ((1.0, 1.0), (2.0, 0.18), (3.0, 0.05))

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "assets" / "sounds"


@dataclass(frozen=True)
class Note:
    frequency: float  # Hz
    start: float  # seconds from the beginning of the sound
    decay: float  # seconds for the amplitude to fall to 1/e
    gain: float = 1.0


def _raised_cosine(x: float) -> float:
    """0 at x <= 0, 1 at x >= 1, a smooth S-curve between."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    return 0.5 - 0.5 * math.cos(math.pi * x)


def render(notes: tuple[Note, ...], duration: float) -> list[int]:
    """Mix the notes into 16-bit samples normalised to PEAK_DBFS."""
    count = round(duration * SAMPLE_RATE)
    mix = [0.0] * count
    for note in notes:
        first = round(note.start * SAMPLE_RATE)
        for i in range(first, count):
            t = (i - first) / SAMPLE_RATE
            envelope = note.gain * _raised_cosine(t / ATTACK_S) * math.exp(-t / note.decay)
            tone = sum(weight * math.sin(2.0 * math.pi * note.frequency * harmonic * t) for harmonic, weight in OVERTONES)
            mix[i] += envelope * tone
    fade_in = FADE_IN_S * SAMPLE_RATE
    fade_out = FADE_OUT_S * SAMPLE_RATE
    for i in range(count):
        mix[i] *= _raised_cosine(i / fade_in) * _raised_cosine((count - 1 - i) / fade_out)
    peak = max(abs(value) for value in mix)
    scale = FULL_SCALE * 10.0 ** (PEAK_DBFS / 20.0) / peak
    return [round(value * scale) for value in mix]


def wav_bytes(samples: list[int]) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(SAMPLE_WIDTH)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return buffer.getvalue()


def chime() -> bytes:
    """A gentle two-note chime, G5 then C6 (a rising fourth), ~0.4 s."""
    notes = (
        Note(783.99, 0.000, decay=0.16),
        Note(1046.50, 0.110, decay=0.14, gain=0.85),
    )
    return wav_bytes(render(notes, 0.40))


def done() -> bytes:
    """A warmer three-note rising chime, C5 E5 G5 (a major triad), ~1 s."""
    notes = (
        Note(523.25, 0.000, decay=0.30),
        Note(659.26, 0.160, decay=0.30, gain=0.9),
        Note(783.99, 0.320, decay=0.28, gain=0.85),
    )
    return wav_bytes(render(notes, 1.00))


SOUNDS = {"chime.wav": chime, "done.wav": done}


def write_all(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in SOUNDS.items():
        path = out / name
        path.write_bytes(make())
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default: {DEFAULT_OUT})")
    args = parser.parse_args(argv)
    for path in write_all(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
