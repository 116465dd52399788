"""Text in terminal columns: Hangul (and other wide letters) take two columns each."""

from __future__ import annotations

import unicodedata


def columns(text: str) -> int:
    """How many terminal columns ``text`` takes."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int) -> str:
    """``text`` filled with spaces to ``width`` terminal columns."""
    return text + " " * max(0, width - columns(text))
