"""Text for a terminal: what a stored name holds is shown, never obeyed.

A name or a note may hold control characters (written before input was cleaned, or
by another program on a shared server). Printed raw, an escape sequence would
recolour, move or retitle the person's terminal; here each is shown as a visible
symbol instead. Output to a file or a pipe is left exactly as it is.
"""

from __future__ import annotations

import unicodedata
from typing import TextIO

#: Characters that reorder text on screen (bidirectional overrides and isolates).
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _shown(ch: str) -> str:
    if ch in "\n\t" or (ch.isprintable() and ch not in _BIDI):
        return ch
    if ord(ch) < 0x20:
        return chr(0x2400 + ord(ch))  # ␛ for ESC, ␀ for NUL, ...
    if ch == "\x7f":
        return "\u2421"
    if ch in _BIDI or unicodedata.category(ch) == "Cc":
        return "\ufffd"
    return ch  # other unprintable letters (format marks such as ZWJ) do no harm


def visible(text: str) -> str:
    """``text`` with control characters (other than line breaks and tabs) made visible."""
    if text.isprintable() and not _BIDI.intersection(text):
        return text
    return "".join(_shown(ch) for ch in text)


class TerminalSafe:
    """A stand-in for ``sys.stdout`` on a terminal that writes :func:`visible` text."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(visible(text))

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)
