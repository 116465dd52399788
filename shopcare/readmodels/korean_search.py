"""Searching names the way Korean phones do.

* NFC and NFD input find the same people: names and queries are compared composed
  (a name pasted from a Mac arrives decomposed, ``김`` as ``ᄀ``+``ᅵ``+``ᆷ``).
* 초성 (initial consonants): ``ㄱㅁㅅ`` finds 김민수, ``ㅁㅅ`` finds 민수 and 김민수.
* A half-typed syllable, as an input method shows it while typing: ``김민ㅅ`` finds
  김민수, because a lone consonant stands for any syllable that begins with it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: The 19 initial consonants (초성) in the order Unicode composes syllables.
CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_FIRST, _LAST = 0xAC00, 0xD7A3
_PER_INITIAL = 21 * 28  # syllables that share one initial consonant
_CONJOINING_FIRST = 0x1100  # ᄀ: initial consonants as conjoining jamo (NFD)


def search_key(text: str) -> str:
    """Text as it is compared: composed (NFC) and lower-case."""
    return unicodedata.normalize("NFC", text).lower()


def lone_initial(ch: str) -> str | None:
    """The initial consonant a lone jamo stands for (``ㅅ`` or NFD ``ᄉ``), else None."""
    if ch in CHOSEONG:
        return ch
    code = ord(ch) - _CONJOINING_FIRST
    return CHOSEONG[code] if 0 <= code < len(CHOSEONG) else None


def initials(text: str) -> str:
    """The initial consonants of ``text``'s syllables (and its lone ones): 김민수 → ㄱㅁㅅ."""
    out = []
    for ch in search_key(text):
        code = ord(ch)
        if _FIRST <= code <= _LAST:
            out.append(CHOSEONG[(code - _FIRST) // _PER_INITIAL])
        elif (initial := lone_initial(ch)) is not None:
            out.append(initial)
    return "".join(out)


def has_lone_initial(term: str) -> bool:
    """Whether a search word has a lone consonant (a 초성 search or a half-typed syllable)."""
    return any(lone_initial(ch) is not None for ch in term)


def only_initials(term: str) -> bool:
    return bool(term) and all(lone_initial(ch) is not None for ch in term)


@lru_cache(maxsize=256)
def name_pattern(term: str) -> re.Pattern[str]:
    """A pattern for a search word in which a lone consonant stands for any syllable
    beginning with it: ``김민ㅅ`` matches 김민수 and 김민성."""
    parts = []
    for ch in term:
        initial = lone_initial(ch)
        if initial is None:
            parts.append(re.escape(ch))
            continue
        first = _FIRST + CHOSEONG.index(initial) * _PER_INITIAL
        parts.append(f"[{chr(first)}-{chr(first + _PER_INITIAL - 1)}{initial}]")
    return re.compile("".join(parts))


def name_matches(term: str, name: str | None) -> bool:
    """Whether the search word is in ``name`` (its spaces ignored), lone consonants as above."""
    return bool(name) and name_pattern(term).search(name.replace(" ", "")) is not None
