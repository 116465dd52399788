"""Loading the catalogues of a language and rendering messages from them."""

from __future__ import annotations

import gettext
import locale
import os
import string
from collections.abc import Mapping
from functools import cache
from typing import Any, Protocol

from shopcare.domain.errors import InvalidInput
from shopcare.i18n.korean import PAIRS, with_particle
from shopcare.resources import resource_dir

#: The shop languages there are catalogues for; the first is the default.
LANGUAGES = ("ko", "en")

#: One catalogue file per area (``resources/i18n/<lang>/LC_MESSAGES/<area>.po``).
AREAS = (
    "errors",
    "words",
    "choices",
    "tasks",
    "timeline",
    "reports",
    "cli",
    "window",
    "data",
    "kindness",
)


class _Formatter(string.Formatter):
    """``str.format`` plus Korean particles (``{item:을/를}``); a missing value shows as is."""

    def get_value(self, key: int | str, args: Any, kwargs: Mapping[str, Any]) -> Any:
        if isinstance(key, str) and key not in kwargs:
            return "{" + key + "}"
        return super().get_value(key, args, kwargs)

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec in PAIRS:
            return with_particle(str(value), format_spec)
        return super().format_field(value, format_spec)


_FORMATTER = _Formatter()


class Catalogue:
    """The messages of one language: ``tr(key, **values)`` and ``tr.plural(key, n, ...)``."""

    def __init__(self, language: str, translations: gettext.NullTranslations) -> None:
        self.language = language
        self._t = translations

    def __call__(self, key: str, /, **values: Any) -> str:
        return _FORMATTER.vformat(self._t.gettext(key), (), values)

    def plural(self, key: str, n: int, /, **values: Any) -> str:
        """A message whose words depend on the number ``n`` (passed on as ``{n}``)."""
        return _FORMATTER.vformat(self._t.ngettext(key, key, n), (), {"n": n, **values})

    def has(self, key: str) -> bool:
        return self._t.gettext(key) != key

    def error(self, error: InvalidInput) -> str:
        """The person's one-line message for a refused command."""
        return error_text(error, self)


def _load(language: str) -> gettext.NullTranslations:
    folder = resource_dir() / "i18n"
    chain: gettext.NullTranslations | None = None
    for area in AREAS:
        mo = folder / language / "LC_MESSAGES" / f"{area}.mo"
        if not mo.is_file():
            continue
        with mo.open("rb") as fh:
            loaded = gettext.GNUTranslations(fh)
        if chain is None:
            chain = loaded
        else:
            chain.add_fallback(loaded)
    return chain or gettext.NullTranslations()


@cache
def catalogue(language: str) -> Catalogue:
    """The catalogue of ``language`` ("ko" or "en"); Korean falls back to English."""
    lang = language if language in LANGUAGES else "en"
    translations = _load(lang)
    if lang != "en":
        translations.add_fallback(_load("en"))
    return Catalogue(lang, translations)


class Coded(Protocol):
    """A message as facts: a catalogue key and its values (an error, a notice)."""

    code: str
    values: dict[str, Any]


def error_text(error: InvalidInput | Coded, tr: Catalogue) -> str:
    """A refused command's message: its code rendered with its values, in ``tr``'s language.

    Anything with a ``code`` and ``values`` renders the same way (store problems, notices).

    An error whose code is not (yet) a catalogue key is a sentence already and shows as is.
    """
    if not tr.has(error.code):
        return str(error)
    values = {k: _word(v, tr) for k, v in error.values.items()}
    return tr(error.code, **values)


def _word(value: Any, tr: Catalogue) -> Any:
    """Values that are themselves catalogue keys (``words-birthday``) are translated."""
    if isinstance(value, str) and value.startswith("words-") and tr.has(value):
        return tr(value)
    return value


def system_language() -> str:
    """ "ko" when this computer's language is Korean, else "en"."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name, "")
        if value:
            return "ko" if value.lower().startswith("ko") else "en"
    try:
        current = locale.getlocale()[0] or ""
    except ValueError:
        current = ""
    return "ko" if current.lower().startswith(("ko", "korean")) else "en"
