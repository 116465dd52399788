"""The base of every aggregate: each event carries a :class:`Stamp` and is applied by
the aggregate's own ``when``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from eventsourcing.domain import Aggregate

from shopcare.domain.stamp import Stamp


class Stamped(Aggregate):
    """An aggregate whose events say who logged them, on which computer, and when."""

    class Event(Aggregate.Event):
        staff: str
        computer: str
        occurred_at: datetime

        def apply(self, aggregate: Any) -> None:
            aggregate.when(self)

    def _trigger(self, event_class: type[Event], stamp: Stamp, **fields: Any) -> int:
        """Trigger one event with ``stamp``; return its entry number (the new version)."""
        self.trigger_event(event_class, **fields, **stamp.fields())
        return self.version
