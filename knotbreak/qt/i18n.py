"""Helpers for marking strings for translation (pyside6-lupdate, `make translations`).

pyside6-lupdate finds strings by the names of the calls round them: self.tr() and
SomeQObjectClass.tr() (context: the class), QCoreApplication.translate("Context", ...)
and QT_TRANSLATE_NOOP("Context", ...). A `#:` comment on the line before becomes the
translators' note (`# Translators:` is not read).

Plurals: pyside6-lupdate 6.11 reads a message as a plural (%n) from tr(text, "", n), but
not from QCoreApplication.translate(context, text, "", n) with a variable n; plural
strings outside a QObject subclass go through a QObject class's tr(), called on the class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from knotbreak.core import i18n
from knotbreak.core.i18n import QT_TRANSLATE_NOOP, fill

__all__ = ["QT_TRANSLATE_NOOP", "TranslationContext", "fill", "mid_sentence", "schema_text", "translated"]


def translated(context: str, source: str) -> str:
    """The translation of a string marked with QT_TRANSLATE_NOOP(context, source), read where it is shown."""
    return QCoreApplication.translate(context, source)


def schema_text(source: str) -> str:
    """A word of the settings schema (knotbreak.core.settings: pages, labels, hints, descriptions), translated.

    The core stays English and Qt-free; knotbreak/qt/schema_strings.py marks its words for
    lupdate in the "Settings" context (`make translations` writes it from the schema).
    """
    return QCoreApplication.translate("Settings", source) if source else source


class TranslationContext(QObject):
    """A subclass names a translation context for code outside QObject subclasses: Context.tr(text, "", n).

    lupdate reads Context.tr() calls in that context, plurals included (which it does not read from
    QCoreApplication.translate(context, text, "", n) with a variable n).
    """

    if TYPE_CHECKING:  # PySide6 calls it on the class too; its stubs only know the instance method.

        @classmethod
        def tr(cls, source: str, disambiguation: str | None = None, n: int = -1) -> str: ...


# Languages that write nouns with a capital wherever they stand, so a name keeps its case inside a sentence.
_CAPITALISED_NOUNS = frozenset({"de", "lb"})


def mid_sentence(name: str) -> str:
    """A capitalised name ("Sitting", "Unlimited") as it reads inside a sentence: "sitting" in English, "Sitzzeit" in German."""
    if not name or i18n.language() in _CAPITALISED_NOUNS:
        return name
    return name[0].lower() + name[1:]
