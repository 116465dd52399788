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


def _load_area(language: str, area: str) -> gettext.NullTranslations:
    """One area's messages in ``language`` (none when it has no such file)."""
    mo = resource_dir() / "i18n" / language / "LC_MESSAGES" / f"{area}.mo"
    if area not in AREAS or not mo.is_file():
        return gettext.NullTranslations()
    with mo.open("rb") as fh:
        return gettext.GNUTranslations(fh)


class _Areas(gettext.NullTranslations):
    """The messages of one language, each area's file read the first time one of its
    messages is asked for: every key begins with its area's name (``cli-saved`` is in
    ``cli.po``), so a command reads the two or three areas it speaks from, not all ten
    (reading them all took longer than parsing the command line). Korean falls back to
    English area by area."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self._language = language
        self._areas: dict[str, gettext.NullTranslations] = {}

    def _area(self, key: str) -> gettext.NullTranslations:
        name = key.partition("-")[0]
        found = self._areas.get(name)
        if found is None:
            found = _load_area(self._language, name)
            if self._language != "en":
                found.add_fallback(_load_area("en", name))
            self._areas[name] = found
        return found

    def gettext(self, message: str) -> str:
        return self._area(message).gettext(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return self._area(msgid1).ngettext(msgid1, msgid2, n)


@cache
def catalogue(language: str) -> Catalogue:
    """The catalogue of ``language`` ("ko" or "en"); Korean falls back to English."""
    lang = language if language in LANGUAGES else "en"
    return Catalogue(lang, _Areas(lang))


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
