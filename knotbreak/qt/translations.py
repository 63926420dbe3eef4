"""The app's translations (translations/knotbreak_<lang>.qm, compiled into the resources) and Qt's own.

run_app and the command line install them before any window or message, for the `language`
setting: "" follows the system's UI languages, "en" is the English of the source, "pseudo" is
the made-up language for layout checks, and any other code loads that translation. The core's
words (knotbreak.core.i18n) go through the same catalogue. A new choice applies at the next start.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from knotbreak.core import i18n
from knotbreak.qt.resources import ensure_resources

RESOURCE_FOLDER = ":/translations"


def locale_for(language: str) -> QLocale:
    """The locale whose translations to load: the system's for "", else the one the code names."""
    return QLocale.system() if not language else QLocale(language)


class PseudoTranslator(QTranslator):
    """Answers every string in the pseudo-language, Qt's own buttons included (knotbreak.core.i18n.pseudo)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return i18n.pseudo_translator(context, source, n)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@dataclass
class Translations:
    """What is installed: keep it as long as the app runs (Qt only borrows a translator), remove() at the end."""

    app: QCoreApplication
    language: str
    """The code of the language the app speaks: "en", "de", "es" or "pseudo"."""
    translators: list[QTranslator] = field(default_factory=list)
    previous_locale: QLocale | None = None
    """The default locale before a chosen language replaced it, to put back."""

    def remove(self) -> None:
        for translator in self.translators:
            self.app.removeTranslator(translator)
        self.translators.clear()
        if self.previous_locale is not None:
            QLocale.setDefault(self.previous_locale)
            self.previous_locale = None
        i18n.uninstall()


def _core_translator(context: str, source: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, source, None, n)


def language_code(translator: QTranslator) -> str:
    """"de" for a catalogue written for de_DE."""
    return translator.language().split("_")[0].split("-")[0].lower()


def install_translations(app: QCoreApplication, language: str) -> Translations:
    """Installs KnotBreak's translation and Qt's (qtbase, for standard buttons) for language.

    English's plural forms are installed whatever the language, and the core's words are
    routed through the same translators.
    """
    ensure_resources()
    installed = Translations(app, i18n.ENGLISH)
    # English first, always: it holds only the plural forms ("%n minute(s)" is "1 minute"), and the
    # language installed after it is asked first, falling back to it for what it has not translated.
    english = QTranslator(app)
    if english.load(f"{RESOURCE_FOLDER}/knotbreak_en.qm"):
        installed.translators.append(english)
    if language == i18n.PSEUDO:
        installed.translators.append(PseudoTranslator(app))
        installed.language = i18n.PSEUDO
    else:
        locale = locale_for(language)
        if locale.language() not in (QLocale.Language.English, QLocale.Language.C):
            ours = QTranslator(app)
            if ours.load(locale, "knotbreak", "_", RESOURCE_FOLDER):
                installed.translators.append(ours)
                installed.language = language_code(ours)
                if language and QLocale().language() != locale.language():
                    # German chosen on an English system: German dates and numbers too. (The system's
                    # own variant wins where it is the same language: de_AT keeps Austria's formats.)
                    installed.previous_locale = QLocale()
                    QLocale.setDefault(locale)
                qt = QTranslator(app)
                if qt.load(QLocale(ours.language()), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                    installed.translators.append(qt)
    for translator in installed.translators:
        app.installTranslator(translator)
    i18n.install(_core_translator, installed.language)
    return installed
