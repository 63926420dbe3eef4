"""Fills in translations/knotbreak_en.ts's plural forms from the source strings' "(s)" (`make translations` runs it).

English needs a translation only for Qt's %n plurals: "%n minute(s)" is "%n minute" for
one and "%n minutes" for more. A form already written by hand (an irregular plural, or
a source without "(s)") is kept; a message that still has no forms stays unfinished,
and tests/test_translations.py says which.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENGLISH = ROOT / "translations" / "knotbreak_en.ts"


def fill(path: Path = ENGLISH) -> int:
    """Writes the forms lupdate left empty; returns how many messages still have none."""
    tree = ElementTree.parse(path)
    missing = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = translation.findall("numerusform")
        if all(form.text for form in forms) and translation.get("type") != "unfinished":
            continue
        if "(s)" not in source:
            missing += 1
            continue
        for form, text in zip(forms, (source.replace("(s)", ""), source.replace("(s)", "s")), strict=False):
            form.text = text
        translation.attrib.pop("type", None)
    ElementTree.indent(tree, space="    ")
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


if __name__ == "__main__":
    left = fill(Path(sys.argv[1]) if len(sys.argv) > 1 else ENGLISH)
    if left:
        print(f"{left} English plural(s) without forms: write them in {ENGLISH.relative_to(ROOT)}", file=sys.stderr)
