"""What a projection is: a named set of tables kept up to date from events."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlite_utils import Database

from shopcare.clock import utc_iso

Handler = Callable[[Database, Any, int], None]


_AS_IS = frozenset({str, int, float, bool, type(None)})


def plain(value: Any) -> Any:
    """A JSON-friendly version of an event field."""
    if type(value) in _AS_IS:  # most fields: no conversion (the hot path of a rebuild)
        return value
    if isinstance(value, datetime):
        return utc_iso(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


class Projection:
    """Base class: subclasses create their tables and handle events by class name.

    Handlers are methods named after the event's qualified class name with the dot
    replaced, e.g. ``Customer_ContactLogged(db, event, position)``. Events a
    projection does not handle are skipped.
    """

    name: ClassVar[str]
    tables: ClassVar[tuple[str, ...]]

    def create(self, db: Database) -> None:
        """Create this projection's tables and indexes if they do not exist."""
        raise NotImplementedError

    def apply(self, db: Database, event: Any, position: int) -> None:
        handler = getattr(self, type(event).__qualname__.replace(".", "_"), None)
        if handler is not None:
            handler(db, event, position)

    def flush(self, db: Database) -> None:
        """Write what ``apply`` gathered; called once per batch, inside its transaction."""

    def drop(self, db: Database) -> None:
        for table in self.tables:
            db.execute(f"DROP TABLE IF EXISTS [{table}]")


def ids_starting(db: Database, table: str, prefix: str) -> list[str]:
    """At most two ids in ``table`` that begin with ``prefix`` (enough to tell unique)."""
    rows = db.execute(f"SELECT id FROM [{table}] WHERE id LIKE ? LIMIT 2", [prefix + "%"])
    return [row[0] for row in rows]
