"""What can go wrong with the shop's files or server, said in words a person can act on.

Each problem carries a code (a catalogue key in ``errors``) and the values its message
needs, like :class:`~shopcare.domain.errors.InvalidInput`; the command line and the
window render it with :func:`shopcare.i18n.error_text`. A :class:`Notice` is not a
failure: it tells what the shop did by itself (views rebuilt, saved but views behind).
"""

from __future__ import annotations

from typing import Any

from shopcare.domain.errors import InvalidInput


class ShopProblem(Exception):
    """The shop's store cannot be used as it is (damaged, unreachable, full)."""

    def __init__(self, code: str, /, **values: Any) -> None:
        super().__init__(code)
        self.code = code
        self.values = values

    def __str__(self) -> str:
        shown = ", ".join(f"{k}={v!r}" for k, v in self.values.items())
        return f"{self.code} ({shown})" if shown else self.code


class StoreDamaged(ShopProblem):
    """The event store's file is damaged: only a backup brings the history back."""


class StoreUnreachable(ShopProblem):
    """The shop's PostgreSQL server cannot be reached or refuses this computer."""


class NotSaved(ShopProblem):
    """The store refused the write (disk full, read-only): nothing was saved."""


class DataFolderProblem(InvalidInput):
    """The data folder given cannot hold the shop (a file, read-only, cannot be made)."""


class Notice:
    """Something the shop did by itself that the person should know (one line)."""

    def __init__(self, code: str, /, **values: Any) -> None:
        self.code = code
        self.values = values

    def __repr__(self) -> str:
        return f"Notice({self.code!r}, {self.values!r})"


def reason(error: BaseException) -> str:
    """A short reason for a failure, for a message (the disk is full, ...)."""
    text = str(error.__cause__ or error) or type(error).__name__
    return text.splitlines()[0][:200]
