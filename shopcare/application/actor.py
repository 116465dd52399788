"""Who does something, and on which computer: stamped on every event."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Actor:
    """Who logged something, and on which computer."""

    staff: str
    computer: str = socket.gethostname()

    def stamp(self, occurred_at: datetime) -> dict[str, Any]:
        return {"staff": self.staff, "computer": self.computer, "occurred_at": occurred_at}
