"""The interface language: Qt translators for our texts and Qt's own (standard buttons),
the locale numbers are shown in, and the first-start guess from the system locale.

Our translations are `resources/i18n/jury_room_<lang>.qm`, compiled from the `.ts`
sources next to them by `python -m ui.i18n_build`. English is the source language, so it
needs no file. Installing a translator makes Qt send every widget a LanguageChange event;
the widgets re-set their texts then (see `ui.screens.base.Retranslating`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resource
from ui import fmt

LANGUAGES = ("ru", "kk", "en")
# each language is offered under its own name, so it can be found whatever is shown now
NATIVE_NAMES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}
DEFAULT = "en"

_installed: list[QTranslator] = []
_current = DEFAULT


def system_language(locale: QLocale | None = None) -> str:
    """Russian or Kazakh when the system asks for it (first in its list), else English."""
    locale = locale or QLocale.system()
    for name in list(locale.uiLanguages()) + [locale.name()]:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT


def current() -> str:
    return _current


def qm_file(lang: str):
    """Our compiled translation for `lang` (a resource: it works from a wheel too)."""
    return resource("i18n", f"jury_room_{lang}.qm")


def load_fonts() -> None:
    """Make the bundled DejaVu Sans available to Qt: a system whose own fonts lack the
    Kazakh letters (ә ғ қ ң ө ұ ү һ і) falls back to it instead of drawing boxes."""
    from PySide6.QtGui import QFontDatabase

    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFontFromData(resource("fonts", name).read_bytes())


def set_language(lang: str) -> str:
    """Switch the whole application to `lang` (unknown codes fall back to English).

    Returns the language now in use. Widgets that exist get a LanguageChange event."""
    global _current
    lang = lang if lang in LANGUAGES else DEFAULT
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang != DEFAULT:
        ours = QTranslator(app)
        data = qm_file(lang).read_bytes()
        ours._data = data           # QTranslator reads from this buffer; keep it alive
        if ours.load(data):
            _installed.append(ours)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    locale = QLocale(lang)
    locale.setNumberOptions(QLocale.OmitGroupSeparator)
    QLocale.setDefault(locale)
    fmt.use_locale(locale)
    _current = lang
    return lang
