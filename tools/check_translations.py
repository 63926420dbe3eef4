"""Is a language complete? Checks its catalogue, its exercises and its help (`make check-translations`).

    python tools/check_translations.py            every language of the `language` setting
    python tools/check_translations.py de         one language
    python tools/check_translations.py --stamp-help de
                                                  after updating translations/help/help_de.md to the
                                                  English help: records which English it now follows
    python tools/check_translations.py --start it  (make new-language CODE=it) writes the exercises
                                                  file and the help for a new language, English in
                                                  comments and blanks to fill in

It fails (exit 1) and says what is missing or wrong:
- translations/knotbreak_<lang>.ts: unfinished or empty messages, plural forms left empty,
  placeholders (%1, %n) or an accelerator (&) that the translation lost or added, and messages
  lupdate marked vanished (run `make translations`, which drops them);
- knotbreak/data/content/<lang>.toml: exercises and routines without a translation, and entries
  that do not fit the English (unknown ids or fields, another number of steps, changed numbers);
- translations/help/help_<lang>.md: missing, not the same number of sections as the English
  help, or translated from an older English help (its stamp differs).
tests/test_translations.py runs the same checks.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knotbreak.core.content_translations import check as check_content  # noqa: E402
from knotbreak.core.content_translations import english_texts, read_overlay  # noqa: E402
from knotbreak.core.exercises import load_builtin_library  # noqa: E402
from knotbreak.qt.help_window import english_sections, headings, help_stamp, stamp_line, translation_stamp  # noqa: E402

TRANSLATIONS = ROOT / "translations"
CONTENT = ROOT / "knotbreak" / "data" / "content"
README = ROOT / "README.md"

_PLACEHOLDER = re.compile(r"%(?:\d|n|s|\([a-z_]+\)[rsd])")
_ACCELERATOR = re.compile(r"&(?!&)(?=[^\s;])(?![a-zA-Z]+;|#\d+;)")


@dataclass
class Report:
    language: str
    problems: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.problems


def translatable_languages() -> list[str]:
    """Every language with any of its three files, apart from the source's English."""
    codes = {path.stem.removeprefix("knotbreak_") for path in TRANSLATIONS.glob("knotbreak_*.ts")}
    codes |= {path.stem for path in CONTENT.glob("*.toml")}
    codes |= {path.stem.removeprefix("help_") for path in (TRANSLATIONS / "help").glob("help_*.md")}
    return sorted(codes - {"en"})


def _toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a TOML basic string


def content_skeleton(language: str) -> str:
    """A new language's exercises file: every text to translate, blank, with the English in a comment above it."""
    lines = [
        f"# KnotBreak's exercises and routines in {language}: fill in each blank \"\" with the text of the comment above it.",
        "# Keep the number of steps and every number; see Translating in README.md.",
    ]
    for kind, items in english_texts(load_builtin_library("en")).items():
        for item_id, fields_ in items.items():
            lines += ["", f"[{kind}.{item_id}]"]
            for name, english in fields_.items():
                if isinstance(english, tuple):
                    lines.append(f"{name} = [")
                    for step in english:
                        lines += [f"  # {step}", '  "",']
                    lines.append("]")
                else:
                    lines += [f"# {english}", f'{name} = ""']
    return "\n".join(lines) + "\n"


def start(language: str) -> list[Path]:
    """Writes the exercises file and the help of a new language where they do not exist yet; what was written."""
    written = []
    content = CONTENT / f"{language}.toml"
    if not content.exists():
        content.write_text(content_skeleton(language), encoding="utf-8")
        written.append(content)
    help_file = TRANSLATIONS / "help" / f"help_{language}.md"
    if not help_file.exists():
        # The English to translate in place; without a stamp until it is translated (--stamp-help).
        help_file.write_text(english_sections(README.read_text(encoding="utf-8")), encoding="utf-8")
        written.append(help_file)
    return written


def _accelerators(text: str) -> int:
    return len(_ACCELERATOR.findall(text.replace("&&", "")))


def _message_problem(source: str, texts: list[str], numerus: bool) -> str | None:
    if not texts or any(not text.strip() for text in texts):
        return "plural forms left empty" if numerus else "empty"
    wanted = sorted(set(_PLACEHOLDER.findall(source)))
    for text in texts:
        found = sorted(set(_PLACEHOLDER.findall(text)))
        # A plural form may leave %n out ("one minute"), never put a placeholder the source lacks.
        if found != wanted and not (numerus and sorted(set(found) | {"%n"}) == wanted):
            return f"placeholders {found}, the source has {wanted}"
        if _accelerators(text) != _accelerators(source):
            return "the accelerator (&) of the source is lost or doubled"
    return None


def check_catalogue(language: str, path: Path | None = None) -> list[str]:
    """The problems of translations/knotbreak_<language>.ts, one line each (context: source: why)."""
    path = path or TRANSLATIONS / f"knotbreak_{language}.ts"
    if not path.exists():
        return [f"{path.relative_to(ROOT)} is missing: run `make new-language CODE={language}`"]
    problems = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            where = f"{name}: {source[:70]!r}"
            if kind in ("vanished", "obsolete"):
                problems.append(f"{where}: no longer in the code; `make translations` drops it")
                continue
            if translation is None or kind == "unfinished":
                problems.append(f"{where}: unfinished")
                continue
            numerus = message.get("numerus") == "yes"
            texts = [form.text or "" for form in translation.findall("numerusform")] if numerus else [translation.text or ""]
            problem = _message_problem(source, texts, numerus)
            if problem:
                problems.append(f"{where}: {problem}")
    return problems


def check_help(language: str, readme: str | None = None, translated: str | None = None) -> list[str]:
    """The problems of translations/help/help_<language>.md against README.md's user sections."""
    path = TRANSLATIONS / "help" / f"help_{language}.md"
    readme = README.read_text(encoding="utf-8") if readme is None else readme
    if translated is None:
        if not path.exists():
            return [f"{path.relative_to(ROOT)} is missing: run `make new-language CODE={language}` (see Translating in README.md)"]
        translated = path.read_text(encoding="utf-8")
    problems = []
    stamp = translation_stamp(translated)
    if stamp is None:
        problems.append(f"help_{language}.md: its first line has no stamp: run tools/check_translations.py --stamp-help {language}")
    elif stamp != help_stamp(readme):
        problems.append(
            f"help_{language}.md was translated from an older English help: bring it up to date with README.md's user sections "
            f"(`git log -p README.md`), then run tools/check_translations.py --stamp-help {language}"
        )
    english_levels = [heading.level for heading in headings(english_sections(readme))]
    levels = [heading.level for heading in headings(translated)]
    if levels != english_levels:
        problems.append(f"help_{language}.md has headings of levels {levels}; the English help has {english_levels}")
    return problems


def check(language: str) -> Report:
    report = Report(language)
    report.problems += check_catalogue(language)
    content = check_content(language, load_builtin_library("en"), read_overlay(language))
    if read_overlay(language) is None:
        report.problems.append(f"knotbreak/data/content/{language}.toml is missing or cannot be read")
    report.problems += content.problems
    report.problems += [f"content/{language}.toml: no translation of {key}" for key in content.missing]
    report.problems += check_help(language)
    return report


def stamp_help(language: str) -> None:
    path = TRANSLATIONS / "help" / f"help_{language}.md"
    text = path.read_text(encoding="utf-8")
    if translation_stamp(text) is not None:
        text = text.split("\n", 1)[1]
    path.write_text(stamp_line(help_stamp(README.read_text(encoding="utf-8"))) + text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="*", help="language codes (default: all)")
    parser.add_argument("--stamp-help", action="store_true", help="record that the help now follows the English")
    parser.add_argument("--start", action="store_true", help="write the exercises file and the help of a new language")
    args = parser.parse_args(argv)
    languages = args.languages or translatable_languages()
    if args.start:
        for language in args.languages:
            for path in start(language):
                print(f"{path.relative_to(ROOT)}: translate it (see Translating in README.md)")
        return 0
    if args.stamp_help:
        for language in languages:
            stamp_help(language)
        return 0
    failed = False
    for language in languages:
        report = check(language)
        print(f"{language}: {'complete' if report.complete else f'{len(report.problems)} to do'}")
        for problem in report.problems:
            print(f"  {problem}")
        failed |= not report.complete
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
