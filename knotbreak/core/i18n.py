"""Translating the core's words (status lines, refusals, spoken cues, the command line) without Qt.

The core marks its strings the way pyside6-lupdate reads them, so they land in the same
translations/*.ts files as the windows' strings: translate("Context", "text"), a Catalog
subclass's tr("%n thing(s)", "", n) for plurals, and QT_TRANSLATE_NOOP for constants.
Until somebody installs a translator (the app and the command line install Qt's), the
words are the English of the source, plurals included.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Translator = Callable[[str, str, int], str]
"""(context, source, n) -> the text, with %n still in it for plurals."""

ENGLISH = "en"
PSEUDO = "pseudo"
"""The made-up language for layout tests: every text about 40 % longer, accented and bracketed."""


def english(context: str, source: str, n: int = -1) -> str:
    """The source as English: "%n minute(s)" is "%n minute" for 1 and "%n minutes" otherwise."""
    if n < 0 or "(s)" not in source:
        return source
    return source.replace("(s)", "" if n == 1 else "s")


_translator: Translator = english
_language = ENGLISH


def install(translator: Translator, language: str) -> None:
    """Makes translator answer every translate() from now on; language is the code it speaks ("de")."""
    global _translator, _language
    _translator, _language = translator, language


def uninstall() -> None:
    """Back to the English of the source."""
    install(english, ENGLISH)


def language() -> str:
    """The code of the language the installed translator speaks: "en", "de", "es" or "pseudo"."""
    return _language


def translate(context: str, source: str, n: int = -1) -> str:
    """source, marked for lupdate in context, in the installed language; %n becomes n."""
    text = _translator(context, source, n)
    return text.replace("%n", str(n)) if n >= 0 else text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks source for translation in context; translate it where it is shown."""
    return source


class Catalog:
    """A subclass names a translation context whose plurals lupdate reads: Context.tr("%n day(s)", "", n)."""

    @classmethod
    def tr(cls, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(cls.__name__, source, n)


def fill(text: str, *values: str) -> str:
    """A translated text with %1, %2... replaced by values in one pass (a value holding "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda match: values[int(match.group(1)) - 1] if 0 < int(match.group(1)) <= len(values) else match.group(), text)


# The pseudo-language --------------------------------------------------------------

_ACCENTED = str.maketrans(
    "aceginorsuyACEGINORSUYz",
    "àçéĝîñöŕšûýÀÇÉĜÎÑÖŔŠÛÝž",
)
# What pseudo() leaves alone: placeholders, markup and entities, and a mnemonic's letter (Alt+letter must still be typeable).
_KEEP = re.compile(r"%(?:\d|n)|<[^>]*>|&(?:[a-zA-Z]+|#\d+);|&&|&\w|\{[^}]*\}")
PSEUDO_GROWTH = 0.4


def pseudo(text: str) -> str:
    """text as the pseudo-language: accented, about 40 % longer and in brackets, placeholders kept.

    "Snooze &5 minutes" becomes "[Šñööžé &5 ɱîñûţéš·····]": wrong-looking but readable, so a
    screenshot shows both what is untranslated (plain ASCII) and what is clipped (no bracket).
    """
    if not text:
        return text
    parts: list[str] = []
    position = 0
    for kept in _KEEP.finditer(text):
        parts.append(text[position : kept.start()].translate(_ACCENTED))
        parts.append(kept.group())
        position = kept.end()
    parts.append(text[position:].translate(_ACCENTED))
    padding = "·" * max(1, round(len(text) * PSEUDO_GROWTH) - 2)
    return f"[{''.join(parts)}{padding}]"


def pseudo_translator(context: str, source: str, n: int = -1) -> str:
    return pseudo(english(context, source, n))
