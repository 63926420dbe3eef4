"""Fuzzing the settings file: load() never raises, set_value() edits exactly one key or refuses.

Documents are built line by line, so the test knows which lines hold the key
set_value changes; every other line, comments included, must come through
byte for byte (line endings too).
"""

from __future__ import annotations

import math
import string
import tempfile
import tomllib
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

import tomli_w
from hypothesis import HealthCheck, example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from knotbreak.core import settings
from knotbreak.core.exercises import EQUIPMENT
from knotbreak.core.settings import (
    LANGUAGES,
    OPTIONS,
    PLACES,
    PROMPT_STYLES,
    SCHEMA,
    WEEKDAYS,
    SettingsEditError,
)

BOM = b"\xef\xbb\xbf"
SCHEMA_KEYS = [option.name for option in SCHEMA]
FUZZ = hypothesis_settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


def scratch_file(content: bytes) -> tuple[tempfile.TemporaryDirectory[str], Path]:
    folder = tempfile.TemporaryDirectory()
    path = Path(folder.name) / "settings.toml"
    path.write_bytes(content)
    return folder, path


# -- TOML values and their text ------------------------------------------------

bare_keys = st.text(string.ascii_letters + string.digits + "_-", min_size=1, max_size=12)
keys = st.one_of(st.sampled_from(SCHEMA_KEYS), bare_keys, st.text(max_size=8))
timezones = st.sampled_from([UTC, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8))])
scalars = st.one_of(
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(),
    st.text(),
    st.dates(),
    st.times().map(lambda moment: moment.replace(microsecond=moment.microsecond // 1000 * 1000)),
    st.datetimes(timezones=st.none() | timezones).map(lambda moment: moment.replace(microsecond=0)),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(bare_keys, inner, max_size=3),
    max_leaves=8,
)


@st.composite
def key_text(draw: st.DrawFn, key: str) -> str:
    """key as TOML writes it: bare where it can be, else basic or literal quoted."""
    styles = ["basic"]
    if key and all(char in string.ascii_letters + string.digits + "_-" for char in key):
        styles.append("bare")
    if "'" not in key and all(char.isprintable() or char == "\t" for char in key):
        styles.append("literal")
    style = draw(st.sampled_from(styles))
    if style == "bare":
        return key
    if style == "literal":
        return f"'{key}'"
    return tomli_w.dumps({key: 0}).rsplit(" = ", 1)[0]


@st.composite
def value_text(draw: st.DrawFn, value: Any, newline: str, *, one_line: bool = False) -> str:
    if isinstance(value, dict):  # an inline table: one line, whatever is inside
        parts = [f"{draw(key_text(key))} = {draw(value_text(item, newline, one_line=True))}" for key, item in value.items()]
        return "{" + ", ".join(parts) + "}"
    if isinstance(value, list):
        items = [draw(value_text(item, newline, one_line=one_line)) for item in value]
        if items and not one_line and draw(st.booleans()):  # spread over lines, with comments
            body = "".join(f"  {item},  # {index}{newline}" for index, item in enumerate(items))
            return f"[{newline}{body}]"
        return "[" + ", ".join(items) + "]"
    if isinstance(value, float) and math.isnan(value):
        return draw(st.sampled_from(["nan", "+nan", "-nan"]))
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0 and draw(st.booleans()):
        return draw(st.sampled_from([hex(value), oct(value), bin(value), f"{value:_}"]))
    if isinstance(value, datetime | date | time) and draw(st.booleans()):
        return value.isoformat().replace("T", " ")
    if isinstance(value, str) and "'" not in value and all(char.isprintable() or char == "\t" for char in value) and draw(st.booleans()):
        return f"'{value}'"
    return tomli_w.dumps({"v": value}, multiline_strings=False)[4:].rstrip("\n")


def split_lines(text: str) -> list[str]:
    """text's lines with their endings; only LF ends a line in TOML (str.splitlines knows more)."""
    parts = text.split("\n")
    return [part + "\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


# -- whole documents -----------------------------------------------------------


@dataclass
class Document:
    lines: list[str]
    """Each with its line ending; the last may have none."""
    key_lines: set[int]
    """Indexes of the lines that define the key set_value changes (empty when it is absent)."""
    bom: bool
    newline: str

    def text(self) -> str:
        return "".join(self.lines)

    def raw(self) -> bytes:
        return (BOM if self.bom else b"") + self.text().encode("utf-8")


comments = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=20).map(lambda text: "#" + text)
indents = st.sampled_from(["", "  ", "\t"])


@st.composite
def entry_lines(draw: st.DrawFn, key: str, value: Any, newline: str) -> list[str]:
    text = draw(value_text(value, newline))
    separator = draw(st.sampled_from([" = ", "=", "  =  "]))
    trailing = draw(st.none() | comments)
    entry = f"{draw(indents)}{draw(key_text(key))}{separator}{text}" + (f"  {trailing}" if trailing else "")
    return split_lines(entry + newline)


@st.composite
def documents(draw: st.DrawFn, target: str) -> Document:
    """A TOML document with random keys (schema ones among them) and tables; target is often a top-level key."""
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    top = draw(st.dictionaries(keys, values, max_size=6))
    if draw(st.booleans()):
        top[target] = draw(values)
    table_names = bare_keys.filter(lambda name: name not in top and name != target)
    tables = draw(st.dictionaries(table_names, st.dictionaries(keys, values, max_size=3), max_size=2))
    lines: list[str] = []
    key_lines: set[int] = set()
    for key, value in top.items():
        lines.extend(comment + newline for comment in draw(st.lists(comments, max_size=1)))
        if draw(st.booleans()):
            lines.append(newline)
        entry = draw(entry_lines(key, value, newline))
        if key == target:
            key_lines.update(range(len(lines), len(lines) + len(entry)))
        lines.extend(entry)
    for name, body in tables.items():
        lines.append(newline)
        lines.append(f"[{name}]" + (f"  {draw(comments)}" if draw(st.booleans()) else "") + newline)
        for key, value in body.items():
            lines.extend(draw(entry_lines(key, value, newline)))
    if draw(st.booleans()) and lines:
        lines[-1] = lines[-1].removesuffix(newline)  # no newline at the end
    return Document(lines, key_lines, bom=draw(st.booleans()), newline=newline)


@st.composite
def valid_values(draw: st.DrawFn) -> tuple[str, Any]:
    """A schema key and a value it accepts."""
    option = draw(st.sampled_from(SCHEMA))
    if option.type is bool:
        value: Any = draw(st.booleans())
    elif option.type is int:
        value = draw(st.integers(min_value=int(option.minimum or 0), max_value=int(option.maximum or 1000)))
    elif option.name == "break_prompt":
        value = draw(st.sampled_from(PROMPT_STYLES))
    elif option.name == "language":
        value = draw(st.sampled_from(LANGUAGES))
    elif option.name == "working_hours":
        value = draw(st.sampled_from(["", "09:00-17:30", "22:00-06:00", "00:00-24:00"]))
    elif option.name == "working_days":
        value = tuple(draw(st.lists(st.sampled_from(WEEKDAYS), unique=True)))
    elif option.name == "places":
        value = tuple(draw(st.lists(st.sampled_from(PLACES), unique=True)))
    elif option.name == "equipment":
        value = tuple(draw(st.lists(st.sampled_from(EQUIPMENT), unique=True)))
    else:
        value = tuple(draw(st.lists(st.text(max_size=10), max_size=3)))
    assert option.check(value) is None
    return option.name, value


# -- the properties ------------------------------------------------------------


def assert_load_never_raises(content: bytes) -> None:
    folder, path = scratch_file(content)
    with folder:
        result = settings.load(path)
        assert isinstance(result.settings, settings.Settings)


@FUZZ
@given(st.binary(max_size=300))
@example(BOM)
@example(b"\xff\xfe\x00w\x00o")
@example(b"a = " + b"[" * 3000)
@example(b"work_minutes = " + b"9" * 5000)
@example(b"working_days = [['mon']]\nplaces = [{a = 1}]\n")
def test_load_never_raises_on_random_bytes(content: bytes) -> None:
    assert_load_never_raises(content)
    assert_load_never_raises(BOM + content)


@FUZZ
@given(st.data())
def test_load_reads_any_toml_document_as_tomllib_does(data: st.DataObject) -> None:
    document = data.draw(documents(target=data.draw(st.sampled_from(SCHEMA_KEYS))))
    expected, _warnings = settings.validate(tomllib.loads(document.text()))
    folder, path = scratch_file(document.raw())
    with folder:
        result = settings.load(path)
        assert result.moved_aside is None, result.warnings
        assert result.settings == expected


def as_tomllib_reads(raw: bytes) -> dict[str, Any] | None:
    """What tomllib makes of a file (after its byte order mark), None when it is not TOML."""
    try:
        return tomllib.loads(raw.removeprefix(BOM).decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # TOMLDecodeError is a ValueError
        return None


@st.composite
def damaged(draw: st.DrawFn, target: str) -> bytes:
    """A document with a few random bytes put in somewhere; often no longer TOML, sometimes still."""
    raw = draw(documents(target=target)).raw()
    cut = draw(st.integers(min_value=0, max_value=len(raw)))
    return raw[:cut] + draw(st.binary(min_size=1, max_size=4)) + raw[cut:]


@FUZZ
@given(damaged(target="work_minutes"))
def test_load_never_raises_on_a_damaged_document(content: bytes) -> None:
    data = as_tomllib_reads(content)
    folder, path = scratch_file(content)
    with folder:
        result = settings.load(path)
    assert (result.moved_aside is None) == (data is not None), "moved aside exactly when it is not TOML"
    if data is not None:
        assert result.settings == settings.validate(data)[0]


def added_lines(old: list[str], new: list[str], newline: str) -> list[str]:
    """The lines of new that are not old's lines, which must all be there, in order, unchanged.

    Only a last old line without an ending may have gained one (newline).
    """
    added: list[str] = []
    position = 0
    for line in new:
        if position < len(old) and line in (old[position], old[position] + newline if not old[position].endswith("\n") else None):
            position += 1
        else:
            added.append(line)
    assert position == len(old), f"line {old[position]!r} was changed or lost"
    return added


@FUZZ
@given(st.data())
def test_set_value_changes_one_key_or_refuses(data: st.DataObject) -> None:
    key, value = data.draw(valid_values())
    document = data.draw(documents(target=key))
    original = document.raw()
    folder, path = scratch_file(original)
    with folder:
        try:
            settings.set_value(path, key, value)
        except (SettingsEditError, OSError):
            assert path.read_bytes() == original, "a refused edit leaves the file alone"
            return
        raw = path.read_bytes()
        result = settings.load(path)
    assert result.moved_aside is None
    assert getattr(result.settings, key) == OPTIONS[key].convert(value)
    assert raw.startswith(BOM) == document.bom, "a byte order mark is kept, and never added"
    text = raw.removeprefix(BOM).decode("utf-8")

    newline = document.newline if "\n" in document.text() else "\n"  # a file of one line gets LF
    others = [line for index, line in enumerate(document.lines) if index not in document.key_lines]
    new_lines = split_lines(text)
    added = added_lines(others, new_lines, newline)
    [key_line] = [line for line in added if line.strip()]
    assert tomllib.loads(key_line)[key] == tomllib.loads(f"{key} = {settings._toml_value(OPTIONS[key].convert(value))}")[key]
    for line in added:
        if line is new_lines[-1] and not document.text().endswith("\n"):
            continue  # the file's last line had no ending and keeps having none
        assert line.endswith(newline), f"{line!r} does not end as the file's lines do"


@FUZZ
@given(st.data())
def test_set_value_on_a_damaged_document_edits_it_or_leaves_it_alone(data: st.DataObject) -> None:
    key, value = data.draw(valid_values())
    content = data.draw(damaged(target=key))
    folder, path = scratch_file(content)
    with folder:
        try:
            settings.set_value(path, key, value)
        except (SettingsEditError, OSError):
            assert path.read_bytes() == content, "a refused edit leaves the file alone"
            assert [p.name for p in path.parent.iterdir()] == ["settings.toml"], "nothing moved aside or left over"
            return
        result = settings.load(path)
    assert as_tomllib_reads(content) is not None, "a file that is not TOML is refused, not replaced"
    assert result.moved_aside is None and getattr(result.settings, key) == OPTIONS[key].convert(value)
