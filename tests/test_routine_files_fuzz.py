"""Whatever the routines folder holds, loading it never raises and never loses the built-in routines.

Random bytes, random TOML of every type and shape, and documents shaped like
[[routine]] tables whose fields are sometimes right and sometimes anything.
"""

from __future__ import annotations

import tempfile
import tomllib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from knotbreak.core.exercises import DOSE_KINDS, ITEM_FIELDS, ROUTINE_ID, load_builtin_library
from knotbreak.core.routine_catalog import Catalog, load_catalog

LIBRARY = load_builtin_library()
BUILTIN_IDS = frozenset(LIBRARY.routines)
EXERCISE_IDS = sorted(LIBRARY.exercises)

# Fixed examples, no database: the same cases every run, whatever the clock or the machine.
FUZZ = settings(max_examples=200, deadline=None, derandomize=True, database=None)

Draw = Callable[[st.SearchStrategy[Any]], Any]


# TOML values ----------------------------------------------------------------------

offsets = st.sampled_from([UTC, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8))])
scalars = st.one_of(
    st.text(max_size=12),
    st.integers(),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(),
    st.booleans(),
    st.datetimes(),
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=offsets),
    st.dates(),
    st.times(),
)
values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4),
    max_leaves=10,
)


def sometimes(right: st.SearchStrategy[Any], wrong: st.SearchStrategy[Any] = values) -> st.SearchStrategy[Any]:
    """Mostly the right kind of value, now and then a wrong one; often enough right that whole files load."""
    # one_of would drop repeated branches, so the odds come from a draw of its own.
    return st.sampled_from([True] * 7 + [False]).flatmap(lambda is_right: right if is_right else wrong)


dose_fields = st.dictionaries(
    sometimes(st.sampled_from(ITEM_FIELDS[1:]), st.text(max_size=8)),
    sometimes(st.integers(0, 120) | st.sampled_from(DOSE_KINDS)),
    max_size=3,
)
items = sometimes(
    st.builds(
        lambda exercise, dose: {"exercise": exercise, **dose} if exercise is not None else dose,
        sometimes(st.sampled_from(EXERCISE_IDS), st.none() | st.text(max_size=10) | values),
        dose_fields,
    )
)
routine_ids = sometimes(st.from_regex(ROUTINE_ID, fullmatch=True) | st.sampled_from(["a", "b"]), st.sampled_from(sorted(BUILTIN_IDS)) | values)
routine_tables = sometimes(
    st.fixed_dictionaries(
        {
            "id": routine_ids,
            "name": sometimes(st.text(max_size=20)),
            "items": sometimes(st.lists(items, min_size=1, max_size=4), st.just([]) | values),
        },
        optional={"description": sometimes(st.text(max_size=20)), "warmup_hint": sometimes(st.text(max_size=20)), "extra": values},
    )
)
routine_documents = st.fixed_dictionaries(
    {"routine": sometimes(st.lists(routine_tables, max_size=3))},
    optional={"exercise": values, "note": values},
)
any_documents = st.dictionaries(st.text(max_size=8) | st.just("routine"), values, max_size=5)


# Writing a document as TOML, choosing at random between the ways TOML allows ------


def toml_key(key: str) -> str:
    """A bare key where TOML allows one, else a quoted key (tomli_w decides)."""
    return tomli_w.dumps({key: 0}).removesuffix(" = 0\n")


def inline(value: Any, draw: Draw) -> str:
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{toml_key(k)} = {inline(v, draw)}" for k, v in value.items()) + " }"
    if isinstance(value, list):
        separator = draw(st.sampled_from([", ", ",\n  "]))
        return "[" + separator.join(inline(v, draw) for v in value) + draw(st.sampled_from(["]", ",]"])) if value else "[]"
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0 and draw(st.booleans()):
        return hex(value)
    return tomli_w.dumps({"v": value}).removeprefix("v = ").rstrip("\n")


def write_table(header: list[str], table: dict[str, Any], draw: Draw, lines: list[str]) -> None:
    """Plain keys first, then each sub-table as [header] or inline, each array of tables as [[header]] or inline."""
    sections = []
    for key, value in table.items():
        is_table_array = isinstance(value, list) and value and all(isinstance(v, dict) for v in value)
        if (isinstance(value, dict) or is_table_array) and draw(st.booleans()):
            sections.append((key, value))
        else:
            lines.append(f"{toml_key(key)} = {inline(value, draw)}")
    for key, value in sections:
        path = [*header, toml_key(key)]
        for table_value in [value] if isinstance(value, dict) else value:
            lines.append(f"[{'.'.join(path)}]" if isinstance(value, dict) else f"[[{'.'.join(path)}]]")
            write_table(path, table_value, draw, lines)


def as_toml(document: dict[str, Any], draw: Draw) -> str:
    lines: list[str] = []
    write_table([], document, draw, lines)
    text = "\n".join(lines) + "\n"
    tomllib.loads(text)  # the writer's own check: it must write valid TOML, so the loader's checks get exercised
    return text


@st.composite
def damaged(draw: Draw, text: str) -> str:
    """The text with a few characters deleted or inserted, for syntax errors at known lines."""
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(text)))
        if draw(st.booleans()) and at < len(text):
            text = text[:at] + text[at + 1 :]
        else:
            text = text[:at] + draw(st.sampled_from(list("[]{}=\"',.#\n\\ x1"))) + text[at:]
    return text


# The property ---------------------------------------------------------------------


def load_files(files: dict[str, bytes]) -> Catalog:
    """load_catalog on a fresh folder holding these files, checked for what must hold whatever they contain."""
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for name, data in files.items():
            (folder / name).write_bytes(data)
        catalog = load_catalog(folder)
    assert BUILTIN_IDS <= set(catalog.routines)
    assert not BUILTIN_IDS & set(catalog.custom)
    assert all(catalog.routines[rid] == LIBRARY.routines[rid] for rid in BUILTIN_IDS)
    assert len(catalog.describe()) == len(catalog.routines)
    for routine in catalog.custom.values():
        assert ROUTINE_ID.fullmatch(routine.id) and routine.items
    named = [error.path.name for error in catalog.errors]
    assert len(named) == len(set(named)), "one error per broken file"
    for error in catalog.errors:
        assert error.path.parent == folder and error.path.name in files
        assert str(error).startswith(error.path.name)
        assert error.reason and not error.reason.startswith("could not be loaded"), error  # the loader's own bug net
        lines = files[error.path.name].count(b"\n") + 1
        assert error.line is None or 1 <= error.line <= lines, error
    return catalog


@FUZZ
@given(st.binary(max_size=600), st.text(alphabet="[]{}=\"',.#\n\\ rouine=id1", max_size=200))
def test_random_bytes_and_toml_like_text_never_stop_loading(data: bytes, text: str) -> None:
    load_files({"bytes.toml": data, "text.toml": text.encode(), "bom.toml": b"\xef\xbb\xbf" + data})


@FUZZ
@given(any_documents, st.data())
def test_random_toml_documents_never_stop_loading(document: dict[str, Any], data: st.DataObject) -> None:
    text = as_toml(document, data.draw)
    load_files({"any.toml": text.encode(), "damaged.toml": data.draw(damaged(text)).encode()})


@FUZZ
@given(st.lists(routine_documents, min_size=1, max_size=3), st.data())
def test_routine_shaped_documents_never_stop_loading(documents: list[dict[str, Any]], data: st.DataObject) -> None:
    files = {f"{number}.toml": as_toml(document, data.draw).encode() for number, document in enumerate(documents)}
    files["damaged.toml"] = data.draw(damaged(files["0.toml"].decode())).encode()
    catalog = load_files(files)
    failed = {error.path.name for error in catalog.errors}
    loaded_ids = [table["id"] for name in files if name not in failed for table in tomllib.loads(files[name].decode())["routine"]]
    assert sorted(loaded_ids) == sorted(catalog.custom), "a file loads whole or not at all"


good_routines = st.fixed_dictionaries(
    {
        "id": st.from_regex(ROUTINE_ID, fullmatch=True).filter(lambda rid: rid not in BUILTIN_IDS),
        "name": st.text(max_size=20),
        "items": st.lists(
            st.fixed_dictionaries(
                {"exercise": st.sampled_from(EXERCISE_IDS)},
                optional={"sets": st.integers(1, 20), "rest_seconds": st.integers(0, 600)},
            ),
            min_size=1,
            max_size=5,
        ),
    },
    optional={"description": st.text(max_size=20), "warmup_hint": st.text(max_size=20)},
)


@FUZZ
@given(st.lists(good_routines, min_size=1, max_size=3, unique_by=lambda routine: routine["id"]), st.data())
def test_valid_routines_load_however_they_are_written(routines: list[dict[str, Any]], data: st.DataObject) -> None:
    text = as_toml({"routine": routines}, data.draw)
    catalog = load_files({"mine.toml": text.encode()})
    assert catalog.errors == []
    assert sorted(catalog.custom) == sorted(routine["id"] for routine in routines)
    for routine in routines:
        loaded = catalog.custom[routine["id"]]
        assert [item.exercise.id for item in loaded.items] == [item["exercise"] for item in routine["items"]]
        assert loaded.name == routine["name"]
