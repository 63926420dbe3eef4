"""Writes knotbreak/qt/schema_strings.py: the settings schema's words, marked for lupdate (`make translations`).

knotbreak.core.settings stays English and Qt-free; the Preferences window translates its
pages, labels, hints, descriptions and "0 means" words with i18n.schema_text() in the
"Settings" context, and lupdate finds them in the module written here.
tests/test_translations.py checks it is up to date.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knotbreak.core.settings import PAGES, SCHEMA  # noqa: E402

TARGET = ROOT / "knotbreak" / "qt" / "schema_strings.py"


def schema_words() -> list[str]:
    words: list[str] = list(PAGES)
    for option in SCHEMA:
        words += [option.label, option.hint, option.description, option.zero_means]
    return list(dict.fromkeys(word for word in words if word))


def render() -> str:
    lines = [
        "# ruff: noqa: E501",
        '"""The settings schema\'s words, marked for translation (written by tools/schema_strings.py; do not edit).',
        "",
        "knotbreak.core.settings is English and Qt-free; knotbreak.qt.i18n.schema_text() translates these",
        'in the "Settings" context where the Preferences window shows them.',
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from knotbreak.qt.i18n import QT_TRANSLATE_NOOP",
        "",
        "SCHEMA_WORDS = (",
        *(f'    QT_TRANSLATE_NOOP("Settings", {json.dumps(word)}),' for word in schema_words()),
        ")",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
