"""The settings schema and the settings file.

Every key is declared once in SCHEMA; validation, defaults, the README table
and (later) the settings dialog all come from it. Loading never fails: bad
values fall back to their defaults with a warning, and an unparsable file is
moved aside so the user can recover it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import tomli_w

from knotbreak.core.atomic import atomic_write_text


@dataclass(frozen=True)
class Option:
    name: str
    type: type
    default: Any
    description: str
    minimum: float | None = None
    maximum: float | None = None

    def check(self, value: Any) -> str | None:
        """None when value is valid, else the reason it is not."""
        # bool is an int subclass; a `true` where a number belongs is a mistake.
        if isinstance(value, bool) and self.type is not bool:
            return f"expected {self.type.__name__}, got a boolean"
        if self.type is float and isinstance(value, int):
            value = float(value)
        if not isinstance(value, self.type):
            return f"expected {self.type.__name__}, got {type(value).__name__}"
        if self.minimum is not None and value < self.minimum:
            return f"must be at least {self.minimum:g}"
        if self.maximum is not None and value > self.maximum:
            return f"must be at most {self.maximum:g}"
        return None


SCHEMA: tuple[Option, ...] = (
    Option("work_minutes", int, 50, "Minutes of sitting before a break is due.", 1, 240),
    Option("snooze_minutes", int, 10, "Minutes a snooze postpones the break by default.", 1, 120),
    Option("max_snoozes", int, 3, "Snoozes allowed in a row before a break must be taken or skipped; 0 means unlimited.", 0, 20),
    Option("notify_before_seconds", int, 60, "Seconds of warning before a break; 0 turns the warning off.", 0, 900),
    Option("natural_break_minutes", int, 5, "Minutes away from the keyboard and mouse that count as a break taken.", 1, 120),
)

OPTIONS: dict[str, Option] = {option.name: option for option in SCHEMA}


@dataclass(frozen=True)
class Settings:
    work_minutes: int = OPTIONS["work_minutes"].default
    snooze_minutes: int = OPTIONS["snooze_minutes"].default
    max_snoozes: int = OPTIONS["max_snoozes"].default
    notify_before_seconds: int = OPTIONS["notify_before_seconds"].default
    natural_break_minutes: int = OPTIONS["natural_break_minutes"].default

    def as_dict(self) -> dict[str, Any]:
        return {option.name: getattr(self, option.name) for option in SCHEMA}


@dataclass
class LoadResult:
    settings: Settings
    warnings: list[str] = field(default_factory=list)
    moved_aside: Path | None = None
    """Where an unparsable file was moved, so the user can be told."""


def validate(data: dict[str, Any]) -> tuple[Settings, list[str]]:
    values: dict[str, Any] = {}
    warnings: list[str] = []
    for key, value in data.items():
        option = OPTIONS.get(key)
        if option is None:
            warnings.append(f"unknown setting {key!r} is ignored")
            continue
        problem = option.check(value)
        if problem:
            warnings.append(f"{key} = {value!r}: {problem}; using the default {option.default!r}")
            continue
        values[key] = option.type(value)
    return Settings(**values), warnings


def load(path: Path, *, now: datetime | None = None) -> LoadResult:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return LoadResult(Settings())
    except OSError as error:
        return LoadResult(Settings(), [f"could not read {path}: {error.strerror}; using defaults"])
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        aside = _move_aside(path, now or datetime.now())
        message = f"{path.name} could not be read ({error}); it was kept as {aside.name} and defaults are used"
        return LoadResult(Settings(), [message], moved_aside=aside)
    settings, warnings = validate(data)
    return LoadResult(settings, [f"{path.name}: {w}" for w in warnings])


def render(settings: Settings) -> str:
    """The file text: every key with its description, bounds and default as comments."""
    lines = ["# KnotBreak settings. Every key is optional: delete one to get its default.", ""]
    for option in SCHEMA:
        bounds = ""
        if option.minimum is not None and option.maximum is not None:
            bounds = f"{option.minimum:g} to {option.maximum:g}, "
        lines.append(f"# {option.description} ({bounds}default {option.default!r})")
        lines.append(tomli_w.dumps({option.name: getattr(settings, option.name)}).rstrip("\n"))
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def save(path: Path, settings: Settings) -> None:
    atomic_write_text(path, render(settings))


def _move_aside(path: Path, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.broken-{stamp}")
    counter = 1
    while aside.exists():
        aside = path.with_name(f"{path.name}.broken-{stamp}-{counter}")
        counter += 1
    path.rename(aside)
    return aside
