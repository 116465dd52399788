"""Korean particles (조사) that depend on whether a word ends in a final consonant."""

from __future__ import annotations

#: Particle pairs written in catalogues as ``{word:을/를}``: (after a consonant, after a vowel).
PAIRS: dict[str, tuple[str, str]] = {
    "은/는": ("은", "는"),
    "이/가": ("이", "가"),
    "을/를": ("을", "를"),
    "과/와": ("과", "와"),
    "아/야": ("아", "야"),
    "이나/나": ("이나", "나"),
    "이에요/예요": ("이에요", "예요"),
    "으로/로": ("으로", "로"),
}

_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
#: How digits are read (일, 이, 삼, ...): True when the reading ends in a consonant.
_DIGIT_FINAL = {
    "0": True,
    "1": True,
    "2": False,
    "3": True,
    "4": False,
    "5": False,
    "6": True,
    "7": True,
    "8": True,
    "9": False,
}
#: Latin letters whose English reading ends in a consonant sound (엘, 엠, 엔, 알).
_LATIN_FINAL = set("lmnrLMNR")


def final_consonant(word: str) -> bool | None:
    """Whether ``word`` ends in a final consonant (받침); None when it cannot tell."""
    text = word.rstrip(" )]}\"'.,!?")
    if not text:
        return None
    last = text[-1]
    code = ord(last)
    if _HANGUL_FIRST <= code <= _HANGUL_LAST:
        return (code - _HANGUL_FIRST) % 28 != 0
    if last in _DIGIT_FINAL:
        return _DIGIT_FINAL[last]
    if last.isascii() and last.isalpha():
        return last in _LATIN_FINAL
    return None


def _rieul(word: str) -> bool:
    """Whether the word's last syllable ends in ㄹ (then 으로 becomes 로: 서울로)."""
    text = word.rstrip()
    code = ord(text[-1]) if text else 0
    return _HANGUL_FIRST <= code <= _HANGUL_LAST and (code - _HANGUL_FIRST) % 28 == 8


def with_particle(word: str, pair: str) -> str:
    """``word`` followed by the particle of ``pair`` (``"을/를"``) that fits it."""
    after_consonant, after_vowel = PAIRS[pair]
    final = final_consonant(word)
    if final is None:
        return f"{word}{after_consonant}({after_vowel})"
    if pair == "으로/로" and _rieul(word):
        return f"{word}{after_vowel}"
    return f"{word}{after_consonant if final else after_vowel}"
