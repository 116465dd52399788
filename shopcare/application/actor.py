"""Who does something, and on which computer: stamped on every event."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from datetime import datetime

from shopcare.domain.stamp import Stamp


@dataclass(frozen=True)
class Actor:
    """Who logged something, and on which computer."""

    staff: str
    computer: str = socket.gethostname()

    def stamp(self, occurred_at: datetime) -> Stamp:
        """This person, on this computer, for something that happened at ``occurred_at``."""
        return Stamp(self.staff, self.computer, occurred_at)
