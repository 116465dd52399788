"""What is still open: returns, complaints and follow-ups, so nobody is forgotten."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from shopcare.readmodels.projection import Projection, plain, utc_iso

OPEN_TABLES = ("open_returns", "open_complaints", "open_followups")


class OpenItemsProjection(Projection):
    name = "open_items"
    tables = OPEN_TABLES

    def create(self, db: Database) -> None:
        db.execute(
            """CREATE TABLE IF NOT EXISTS open_returns (customer_id TEXT NOT NULL,
               entry INTEGER NOT NULL, item TEXT NOT NULL, due TEXT, opened_at TEXT NOT NULL,
               PRIMARY KEY (customer_id, entry))"""
        )
        db.execute(
            """CREATE TABLE IF NOT EXISTS open_complaints (customer_id TEXT NOT NULL,
               entry INTEGER NOT NULL, category TEXT NOT NULL, text TEXT NOT NULL,
               touchpoint TEXT, opened_at TEXT NOT NULL, PRIMARY KEY (customer_id, entry))"""
        )
        db.execute(
            """CREATE TABLE IF NOT EXISTS open_followups (customer_id TEXT NOT NULL,
               entry INTEGER NOT NULL, due TEXT NOT NULL, reason TEXT NOT NULL,
               opened_at TEXT NOT NULL, PRIMARY KEY (customer_id, entry))"""
        )
        db.execute("CREATE INDEX IF NOT EXISTS open_followups_due ON open_followups(due)")

    @staticmethod
    def _open(db: Database, table: str, e: Any, **fields: Any) -> None:
        cols = ["customer_id", "entry", *fields, "opened_at"]
        values = [
            str(e.originator_id),
            e.originator_version,
            *(plain(v) for v in fields.values()),
            utc_iso(e.occurred_at),
        ]
        db.execute(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            values,
        )

    @staticmethod
    def _close(db: Database, table: str, e: Any) -> None:
        db.execute(
            f"DELETE FROM {table} WHERE customer_id = ? AND entry = ?",
            (str(e.originator_id), e.entry),
        )

    def Customer_ReturnRequested(self, db: Database, e: Any, position: int) -> None:
        self._open(db, "open_returns", e, item=e.item, due=e.due)

    def Customer_ReturnReceived(self, db: Database, e: Any, position: int) -> None:
        self._close(db, "open_returns", e)

    Customer_ReturnWaived = Customer_ReturnReceived

    def Customer_ComplaintRaised(self, db: Database, e: Any, position: int) -> None:
        self._open(
            db,
            "open_complaints",
            e,
            category=e.category,
            text=e.text,
            touchpoint=e.touchpoint,
        )

    def Customer_ComplaintResolved(self, db: Database, e: Any, position: int) -> None:
        self._close(db, "open_complaints", e)

    def Customer_FollowUpScheduled(self, db: Database, e: Any, position: int) -> None:
        self._open(db, "open_followups", e, due=e.due, reason=e.reason)

    def Customer_FollowUpDone(self, db: Database, e: Any, position: int) -> None:
        self._close(db, "open_followups", e)

    def Customer_EntryCorrected(self, db: Database, e: Any, position: int) -> None:
        if e.void:
            for table in OPEN_TABLES:
                self._close(db, table, e)


def _with_names(
    db: Database,
    table: str,
    order: str,
    customer_id: str | None = None,
    due_by: str | None = None,
) -> list[dict[str, Any]]:
    """Open rows of ``table`` with the customer's name and phone, optionally narrowed."""
    conditions, params = [], []
    if customer_id is not None:
        conditions.append("t.customer_id = ?")
        params.append(customer_id)
    if due_by is not None:
        conditions.append("t.due <= ?")
        params.append(due_by)
    where = ("WHERE " + " AND ".join(conditions)) if conditions else ""
    sql = (
        f"SELECT t.*, c.name AS customer_name, c.phone AS phone FROM {table} t"
        f" JOIN customers c ON c.id = t.customer_id {where} ORDER BY {order}"
    )
    return list(db.query(sql, params))


def open_returns(db: Database, customer_id: str | None = None) -> list[dict[str, Any]]:
    """Returns still to come back, soonest due first (all, or one customer's)."""
    return _with_names(db, "open_returns", "t.due IS NULL, t.due, t.opened_at", customer_id)


def open_complaints(db: Database, customer_id: str | None = None) -> list[dict[str, Any]]:
    """Complaints not yet resolved, oldest first (all, or one customer's)."""
    return _with_names(db, "open_complaints", "t.opened_at", customer_id)


def followups_due(
    db: Database, by: str | None = None, customer_id: str | None = None
) -> list[dict[str, Any]]:
    """Open follow-ups, all or those due on or before ``by`` (YYYY-MM-DD)."""
    return _with_names(db, "open_followups", "t.due, t.opened_at", customer_id, by)
