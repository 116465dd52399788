"""Who recorded an event, on which computer, and when it happened: on every event."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Stamp:
    """The three fields every event of every aggregate carries.

    ``occurred_at`` is when it happened (it may be back-dated: a call logged an hour
    later), unlike the library's own ``timestamp``, which says when it was recorded.
    """

    staff: str
    computer: str
    occurred_at: datetime

    def fields(self) -> dict[str, Any]:
        """The stamp as event fields (the names every ``Event`` class declares)."""
        return {"staff": self.staff, "computer": self.computer, "occurred_at": self.occurred_at}
