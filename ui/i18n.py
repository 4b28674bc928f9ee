"""Loading and switching the UI language (Dutch first, English second)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui.format import day
from ui.paths import resource_path

LANGUAGES = {"nl": "Nederlands", "en": "English"}
_installed: list[QTranslator] = []
_language = ["nl"]  # the language last installed


def qm_path(lang: str):
    """The compiled translation file for ``lang``."""
    return resource_path("translations", f"klantbehoud_{lang}.qm")


def install(lang: str) -> bool:
    """Switch the application's translator to ``lang``; widgets get a LanguageChange event.

    Returns False when the .qm file is missing (the UI then shows the English source strings).
    """
    app = QCoreApplication.instance()
    _language[0] = lang
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English,
                               QLocale.Country.Netherlands if lang == "nl" else QLocale.Country.UnitedKingdom))
    from core.report import charts  # no matplotlib: the charts' axis numbers follow the language

    charts.set_decimal("," if lang == "nl" else ".")
    # Qt's own texts (standard buttons such as Cancel, Close) come from Qt's translations.
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    translator = QTranslator(app)
    ok = translator.load(str(qm_path(lang)))
    if ok:
        app.installTranslator(translator)
        _installed.append(translator)
    return ok


def current() -> str:
    """The language the texts are in now ("nl" or "en")."""
    return _language[0]


def core_text(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a core message template (see core.text); ``n`` picks the plural form of a text that has them."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def problem_text(problem) -> str:
    """A core message in the current language, with amounts and dates as that language writes them."""
    return problem.render(core_text, QLocale().decimalPoint(), day)
