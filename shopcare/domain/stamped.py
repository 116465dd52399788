"""The base of every aggregate: each event carries a :class:`Stamp` and is applied by
the aggregate's own ``when``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cache, singledispatchmethod
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
            _when_of(type(aggregate))(type(self))(aggregate, self)

    def _trigger(self, event_class: type[Event], stamp: Stamp, **fields: Any) -> int:
        """Trigger one event with ``stamp``; return its entry number (the new version)."""
        self.trigger_event(event_class, **fields, **stamp.fields())
        return self.version


@cache
def _when_of(aggregate_class: type) -> Callable[[type], Callable[[Any, Any], None]]:
    """The aggregate class's ``when`` for an event class, asked of its dispatcher itself:
    on Python 3.11 ``singledispatchmethod`` makes a new bound method at every access,
    which cost more than applying the event (loading a customer applies every event of
    their history)."""
    for klass in aggregate_class.__mro__:
        when = klass.__dict__.get("when")
        if isinstance(when, singledispatchmethod):
            return when.dispatcher.dispatch
    return lambda _event_class: lambda aggregate, event: aggregate.when(event)
