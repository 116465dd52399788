"""Errors the domain raises when a command would break a rule."""

from __future__ import annotations

from typing import Any


class InvalidInput(ValueError):
    """A command was given input that the shop's rules do not accept.

    It carries a code (a catalogue key such as ``errors-not-a-date``) and the values
    the message needs; the window, the command line and the PDFs render it in the
    person's language (``shopcare.i18n.error_text``). ``str()`` is for developers.
    An error raised with a plain sentence instead of a code shows that sentence.
    """

    def __init__(self, code: str, /, **values: Any) -> None:
        super().__init__(code)
        self.code = code
        self.values = values

    def __str__(self) -> str:
        if not self.values:
            return self.code
        shown = ", ".join(f"{k}={v!r}" for k, v in self.values.items())
        return f"{self.code} ({shown})"
