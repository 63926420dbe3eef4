"""Lists every language's compiled catalogue and help in resources.qrc (`make translations` runs it).

A new language's files (translations/knotbreak_<lang>.qm, translations/help/help_<lang>.md)
reach the app through the resources; this keeps resources.qrc's lists in step with the
files present, so adding a language needs no hand edit there.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QRC = ROOT / "resources.qrc"

_CATALOGUES = re.compile(r'(<qresource prefix="/translations">\n)(.*?)(  </qresource>)', re.S)
_HELP = re.compile(r'(    <file alias="README.md">README.md</file>\n(?:    <!--[^\n]*-->\n)?)((?:    <file alias="help_[^"]+">[^<]+</file>\n)*)')


def render(text: str) -> str:
    catalogues = sorted((ROOT / "translations").glob("knotbreak_*.qm"), key=lambda path: (path.stem != "knotbreak_en", path.stem))
    helps = sorted((ROOT / "translations" / "help").glob("help_*.md"))
    catalogue_lines = "".join(f'    <file alias="{path.name}">translations/{path.name}</file>\n' for path in catalogues)
    help_lines = "".join(f'    <file alias="{path.name}">translations/help/{path.name}</file>\n' for path in helps)
    text, found = _CATALOGUES.subn(lambda match: match.group(1) + catalogue_lines + match.group(3), text)
    if found != 1:
        raise SystemExit("resources.qrc has no <qresource prefix=\"/translations\"> block")
    text, found = _HELP.subn(lambda match: match.group(1) + help_lines, text)
    if found != 1:
        raise SystemExit("resources.qrc has no README.md entry under /help")
    return text


def main() -> int:
    text = QRC.read_text(encoding="utf-8")
    updated = render(text)
    if updated != text:
        QRC.write_text(updated, encoding="utf-8")
        print("resources.qrc: the translation files listed again", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
