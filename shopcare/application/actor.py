"""Who does something, and on which computer: stamped on every event."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

from shopcare.domain.stamp import Stamp
from shopcare.domain.values import require_text


def this_computer() -> str:
    """This computer's network name, as ``socket.gethostname()`` gives it (from the kernel
    where it can be asked directly: the socket module takes longer to load than a command
    takes to run)."""
    uname = getattr(os, "uname", None)
    if uname is not None:
        return uname().nodename
    import socket

    return socket.gethostname()


@dataclass(frozen=True)
class Actor:
    """Who logged something, and on which computer. The name is stamped on every event,
    so it is cleaned as any typed text is (and refused when empty or too long) wherever
    it comes from: the command line, the window's staff picker, a setting."""

    staff: str
    computer: str = this_computer()

    def __post_init__(self) -> None:
        object.__setattr__(self, "staff", require_text(self.staff, "words-staff"))

    def stamp(self, occurred_at: datetime) -> Stamp:
        """This person, on this computer, for something that happened at ``occurred_at``."""
        return Stamp(self.staff, self.computer, occurred_at)
