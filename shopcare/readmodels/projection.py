"""What a projection is: a named set of tables kept up to date from events.

Handlers are bound to event classes, as the ``eventsourcing`` library's own
projections bind theirs::

    class CustomersProjection(Projection):
        ignores = (Customer.ReturnRequested, ...)

        @handles(Customer.Registered)
        def registered(self, db: Database, e: Recorded) -> None: ...

Each projection says, for every event class of every aggregate, whether it
handles it or ignores it (a test checks that none is forgotten). Handlers are
looked up once per event topic, not once per event.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from shopcare.readmodels.database import Database
from shopcare.readmodels.recorded import Recorded

Handler = Callable[[Database, Recorded], None]
F = TypeVar("F", bound=Callable[..., None])


def handles(*event_classes: type) -> Callable[[F], F]:
    """Mark a projection method as the handler of these event classes."""

    def mark(method: F) -> F:
        method.__dict__.setdefault("_handles", []).extend(event_classes)
        return method

    return mark


class Projection:
    """Base class: subclasses create their tables and handle events by event class."""

    name: ClassVar[str]
    tables: ClassVar[tuple[str, ...]]
    #: The shape of the tables; a read-model file made for another version is
    #: emptied and this projection replays the log (the events are the truth).
    version: ClassVar[int] = 1
    #: Event classes this projection has nothing to do with (said, so not forgotten).
    ignores: ClassVar[tuple[type, ...]] = ()
    #: Event class → the name of the method that handles it (built per subclass).
    handlers: ClassVar[dict[type, str]] = {}
    #: Indexes and triggers only the views need: dropped for a bulk load, made after.
    bulk_indexes: ClassVar[tuple[str, ...]] = ()
    bulk_triggers: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        found: dict[type, str] = {}
        for klass in reversed(cls.__mro__):
            for attr, value in vars(klass).items():
                for event_class in getattr(value, "_handles", ()):
                    found[event_class] = attr
        cls.handlers = found
        twice = set(found) & set(cls.ignores)
        if twice:
            names = ", ".join(sorted(c.__qualname__ for c in twice))
            raise TypeError(f"{cls.__name__} both handles and ignores {names}")

    def handler(self, event_class: type) -> Handler | None:
        """The bound handler of an event class, or None when it is ignored."""
        name = self.handlers.get(event_class)
        return None if name is None else getattr(self, name)

    def create(self, db: Database) -> None:
        """Create this projection's tables and indexes if they do not exist."""
        raise NotImplementedError

    def flush(self, db: Database) -> None:
        """Write what the handlers gathered; called once per batch, inside its transaction."""

    def begin_bulk(self, db: Database) -> None:
        """Before a bulk load: drop the indexes and triggers only the views need."""
        for index in self.bulk_indexes:
            db.execute(f"DROP INDEX IF EXISTS [{index}]")
        for trigger in self.bulk_triggers:
            db.execute(f"DROP TRIGGER IF EXISTS [{trigger}]")

    def end_bulk(self, db: Database) -> None:
        """After a bulk load (or when one was cut short): make them again."""
        self.create(db)

    def drop(self, db: Database) -> None:
        for table in self.tables:
            db.execute(f"DROP TABLE IF EXISTS [{table}]")


def ids_starting(db: Database, table: str, prefix: str) -> list[str]:
    """At most two ids in ``table`` that begin with ``prefix`` (enough to tell unique).

    The prefix is compared as text, never as a pattern: ``%`` and ``_`` are themselves.
    """
    rows = db.execute(
        f"SELECT id FROM [{table}] WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
        [prefix, prefix + "\U0010ffff"],
    )
    return [row[0] for row in rows]
