"""The built-in exercises and routines in other languages: one TOML overlay per language.

knotbreak/data/content/<lang>.toml has an [exercise.<id>] table per exercise (name, summary,
steps, caution) and a [routine.<id>] table per routine (name, description, warmup_hint).
Whatever it lacks stays English, and so does a field that does not fit the English one
(another number of steps, other numbers or placeholders): a person never gets a step
that says something else than the figure and the timer. check() names all of that for
translators and the tests. The person's own routine files are never translated.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any

from knotbreak.core import i18n
from knotbreak.core.exercises import Exercise, Library, LibraryError, Routine, RoutineItem, load_toml

log = logging.getLogger(__name__)

FIELDS: Mapping[str, tuple[str, ...]] = {
    "exercise": ("name", "summary", "steps", "caution"),
    "routine": ("name", "description", "warmup_hint"),
}
"""The words of each kind of table that an overlay may translate."""

# Digits, %1-style placeholders and {braces}: the parts of a text a translation must keep.
_KEPT_TOKENS = re.compile(r"%\d|\{[^}]*\}|\d+")


def overlay_languages() -> list[str]:
    """The languages with an overlay file, by code."""
    folder = resources.files("knotbreak.data").joinpath("content")
    return sorted(entry.name.removesuffix(".toml") for entry in folder.iterdir() if entry.name.endswith(".toml"))


@functools.cache
def read_overlay(language: str) -> dict[str, Any] | None:
    """The overlay's tables for language; None when there is none or it cannot be read (logged)."""
    entry = resources.files("knotbreak.data").joinpath("content", f"{language}.toml")
    try:
        text = entry.read_text("utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        log.warning("content/%s.toml cannot be read, so the exercises stay English: %s", language, error)
        return None
    return parse_overlay(text, language)


def parse_overlay(text: str, language: str) -> dict[str, Any] | None:
    """An overlay's tables; None, logged, when the text is not TOML that can be read safely."""
    try:
        # The routine files' reader: it refuses nesting and numbers that would take tomllib gigabytes or crash it.
        return load_toml(text, f"content/{language}.toml")
    except LibraryError as error:
        log.warning("%s, so the exercises stay English", error)
        return None


@dataclass
class ContentReport:
    """What check() found in one language's overlay."""

    language: str
    problems: list[str] = field(default_factory=list)
    """Entries that are wrong: unknown ids or fields, another number of steps, changed numbers or placeholders."""
    missing: list[str] = field(default_factory=list)
    """English texts without a translation (they are shown in English)."""

    @property
    def complete(self) -> bool:
        return not self.problems and not self.missing


def english_texts(library: Library) -> dict[str, dict[str, dict[str, str | tuple[str, ...]]]]:
    """The translatable words of the library by kind, id and field; empty fields are left out."""
    texts: dict[str, dict[str, dict[str, str | tuple[str, ...]]]] = {"exercise": {}, "routine": {}}
    for kind, items in (("exercise", library.exercises), ("routine", library.routines)):
        for item_id, item in items.items():
            values = {name: getattr(item, name) for name in FIELDS[kind]}
            texts[kind][item_id] = {name: value for name, value in values.items() if value}
    return texts


def _tokens(text: str) -> list[str]:
    return sorted(_KEPT_TOKENS.findall(text))


def _field_problem(english: str | tuple[str, ...], translated: Any) -> str | None:
    """Why a translated field cannot stand in for the English one; None when it can."""
    if isinstance(english, tuple):
        if not isinstance(translated, list) or not all(isinstance(step, str) and step.strip() for step in translated):
            return "must be a list of sentences"
        if len(translated) != len(english):
            return f"has {len(translated)} steps; the English has {len(english)}"
        for number, (source, text) in enumerate(zip(english, translated, strict=True), start=1):
            if _tokens(source) != _tokens(text):
                return f"step {number} has the numbers or placeholders {_tokens(text)}; the English has {_tokens(source)}"
        return None
    if not isinstance(translated, str) or not translated.strip():
        return "must be a non-empty string"
    if _tokens(english) != _tokens(translated):
        return f"has the numbers or placeholders {_tokens(translated)}; the English has {_tokens(english)}"
    return None


def check(language: str, library: Library, overlay: Mapping[str, Any] | None) -> ContentReport:
    """Every problem and every missing entry of overlay (a language's tables) against the English library."""
    report = ContentReport(language)
    english = english_texts(library)
    overlay = overlay or {}
    for kind in overlay:
        if kind not in FIELDS:
            report.problems.append(f"[{kind}]: unknown table; use [exercise.<id>] or [routine.<id>]")
    for kind, items in english.items():
        tables = overlay.get(kind, {})
        if not isinstance(tables, dict):
            report.problems.append(f"[{kind}]: must hold one table per {kind} id")
            tables = {}
        for item_id in tables:
            if item_id not in items:
                report.problems.append(f"[{kind}.{item_id}]: no built-in {kind} has this id")
        for item_id, fields_ in items.items():
            table = tables.get(item_id)
            if table is not None and not isinstance(table, dict):
                report.problems.append(f"[{kind}] {item_id}: must be a table, [{kind}.{item_id}], with its texts")
            if not isinstance(table, dict):
                report.missing.extend(f"{kind}.{item_id}.{name}" for name in fields_)
                continue
            for name in table:
                if name not in fields_:
                    allowed = "the English has no such text" if name in FIELDS[kind] else f"a {kind} translates {', '.join(FIELDS[kind])}"
                    report.problems.append(f"[{kind}.{item_id}] {name}: unknown field ({allowed})")
            for name, source in fields_.items():
                if name not in table:
                    report.missing.append(f"{kind}.{item_id}.{name}")
                elif (problem := _field_problem(source, table[name])) is not None:
                    report.problems.append(f"[{kind}.{item_id}] {name}: {problem}")
    return report


def _usable(kind: str, source: Mapping[str, Any], table: Any) -> dict[str, Any]:
    """The fields of an overlay table that fit the English ones, as the dataclass holds them."""
    if not isinstance(table, dict):
        return {}
    usable: dict[str, Any] = {}
    for name, english in source.items():
        if name in table and _field_problem(english, table[name]) is None:
            usable[name] = tuple(table[name]) if isinstance(english, tuple) else table[name]
    return usable


def _pseudo_overlay(library: Library) -> dict[str, Any]:
    return {
        kind: {
            item_id: {name: [*map(i18n.pseudo, value)] if isinstance(value, tuple) else i18n.pseudo(value) for name, value in fields_.items()}
            for item_id, fields_ in items.items()
        }
        for kind, items in english_texts(library).items()
    }


def translate_library(library: Library, language: str) -> Library:
    """The library with its words in language, where the overlay has them; English is returned as it is."""
    if language == i18n.ENGLISH:
        return library
    overlay = _pseudo_overlay(library) if language == i18n.PSEUDO else read_overlay(language)
    if not overlay:
        return library
    english = english_texts(library)
    exercise_tables = overlay.get("exercise")
    exercise_tables = exercise_tables if isinstance(exercise_tables, dict) else {}
    routine_tables = overlay.get("routine")
    routine_tables = routine_tables if isinstance(routine_tables, dict) else {}
    exercises: dict[str, Exercise] = {
        exercise_id: replace(exercise, **_usable("exercise", english["exercise"][exercise_id], exercise_tables.get(exercise_id)))
        for exercise_id, exercise in library.exercises.items()
    }
    routines: dict[str, Routine] = {}
    for routine_id, routine in library.routines.items():
        items = tuple(RoutineItem(exercises[item.exercise.id], item.dose) for item in routine.items)
        words = _usable("routine", english["routine"][routine_id], routine_tables.get(routine_id))
        routines[routine_id] = replace(routine, items=items, **words)
    return Library(exercises, routines)
