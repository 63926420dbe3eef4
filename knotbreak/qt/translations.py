"""The app's translations (translations/knotbreak_<lang>.qm, compiled into the resources) and Qt's own.

run_app installs them before any window exists, for the `language` setting:
"" follows the system's UI languages, "en" is the English of the source, and
any other code loads that translation. A new choice applies at the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from knotbreak.qt.resources import ensure_resources

RESOURCE_FOLDER = ":/translations"


def locale_for(language: str) -> QLocale:
    """The locale whose translations to load: the system's for "", else the one the code names."""
    return QLocale.system() if not language else QLocale(language)


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Installs KnotBreak's translation and Qt's (qtbase, for standard buttons) for language; returns them.

    English's plural forms are installed whatever the language. Keep the
    result alive as long as the app runs: a translator is only borrowed by Qt.
    """
    ensure_resources()
    installed: list[QTranslator] = []
    # English first, always: it holds only the plural forms ("%n minute(s)" is "1 minute"), and the
    # language installed after it is asked first, falling back to it for what it has not translated.
    english = QTranslator(app)
    if english.load(f"{RESOURCE_FOLDER}/knotbreak_en.qm"):
        installed.append(english)
    locale = locale_for(language)
    if locale.language() not in (QLocale.Language.English, QLocale.Language.C):
        ours = QTranslator(app)
        if ours.load(locale, "knotbreak", "_", RESOURCE_FOLDER):
            installed.append(ours)
        qt = QTranslator(app)
        if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            installed.append(qt)
    for translator in installed:
        app.installTranslator(translator)
    return installed
