"""Translations: Korean ships as ``resources/i18n/shopcare_ko.qm`` (made by lrelease).

The language follows the system unless chosen in Settings; a new choice is applied at
once by reinstalling the translator: Qt then sends every widget a LanguageChange
event and each view sets its texts again (``retranslate``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

from shopcare.i18n import Catalogue, catalogue
from shopcare.resources import resource_dir
from shopcare.ui import settings as st

LANGUAGES = ("system", "en", "ko")

_installed: list[QTranslator] = []
#: The language the window speaks now (set by :func:`install_translator`).
_current: list[str] = []


def effective_language(code: str) -> str:
    if code in ("en", "ko"):
        return code
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def window_language() -> str:
    """The language the window speaks now ("ko" or "en")."""
    return _current[-1] if _current else effective_language(st.language())


def window_catalogue() -> Catalogue:
    """The message catalogue in the window's language (labels, errors, timeline lines)."""
    return catalogue(window_language())


def install_translator(code: str = "system") -> str:
    """Install the translator for ``code`` ("system", "en", "ko"); return the language used."""
    app = QCoreApplication.instance()
    lang = effective_language(code)
    _current[:] = [lang]
    while _installed:
        app.removeTranslator(_installed.pop())
    if lang != "en":
        translator = QTranslator(app)
        if translator.load(str(resource_dir() / "i18n" / f"shopcare_{lang}.qm")):
            app.installTranslator(translator)
            _installed.append(translator)
    return lang


class Retranslating:
    """Mixed into a widget (before its Qt class): when the window's language changes, the
    widget says its words again with its own ``retranslate()``."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
