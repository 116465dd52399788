"""What is still open: returns, complaints and follow-ups, so nobody is forgotten."""

from __future__ import annotations

from typing import Any

from shopcare.domain.customer import Customer
from shopcare.readmodels.database import Database
from shopcare.readmodels.events import (
    NOTE_EVENTS,
    PROFILE_EVENTS,
    SETTINGS_EVENTS,
    TASK_EVENTS,
    VISIT_EVENTS,
)
from shopcare.readmodels.projection import Projection, handles
from shopcare.readmodels.recorded import Recorded, utc_text

OPEN_TABLES = ("open_returns", "open_complaints", "open_followups")
#: Which table an item moved over in a merge goes to, and the columns its details fill.
MOVED_TO = {
    "return": ("open_returns", ("item", "due")),
    "complaint": ("open_complaints", ("category", "text", "touchpoint")),
    "followup": ("open_followups", ("due", "reason")),
}


class OpenItemsProjection(Projection):
    name = "open_items"
    tables = OPEN_TABLES
    bulk_indexes = ("open_followups_due",)
    ignores = (*PROFILE_EVENTS, *VISIT_EVENTS, *NOTE_EVENTS, *TASK_EVENTS, *SETTINGS_EVENTS)

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
    def _open(db: Database, table: str, e: Recorded, **fields: Any) -> None:
        cols = ["customer_id", "entry", *fields, "opened_at"]
        values = [
            e.originator_id,
            e.originator_version,
            *fields.values(),
            utc_text(e.data["occurred_at"]),
        ]
        db.execute(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            values,
        )

    @staticmethod
    def _close(db: Database, table: str, e: Recorded) -> None:
        db.execute(
            f"DELETE FROM {table} WHERE customer_id = ? AND entry = ?",
            (e.originator_id, e.data["entry"]),
        )

    @handles(Customer.ReturnRequested)
    def return_requested(self, db: Database, e: Recorded) -> None:
        self._open(db, "open_returns", e, item=e.data["item"], due=e.data["due"])

    @handles(Customer.ReturnReceived, Customer.ReturnWaived)
    def return_closed(self, db: Database, e: Recorded) -> None:
        self._close(db, "open_returns", e)

    @handles(Customer.ComplaintRaised)
    def complaint_raised(self, db: Database, e: Recorded) -> None:
        d = e.data
        self._open(
            db,
            "open_complaints",
            e,
            category=d["category"],
            text=d["text"],
            touchpoint=d["touchpoint"],
        )

    @handles(Customer.ComplaintResolved)
    def complaint_resolved(self, db: Database, e: Recorded) -> None:
        self._close(db, "open_complaints", e)

    @handles(Customer.FollowUpScheduled)
    def followup_scheduled(self, db: Database, e: Recorded) -> None:
        self._open(db, "open_followups", e, due=e.data["due"], reason=e.data["reason"])

    @handles(Customer.FollowUpDone)
    def followup_done(self, db: Database, e: Recorded) -> None:
        self._close(db, "open_followups", e)

    @handles(Customer.EntryCorrected)
    def entry_corrected(self, db: Database, e: Recorded) -> None:
        if e.data["void"]:
            for table in OPEN_TABLES:
                self._close(db, table, e)

    @handles(Customer.MergedInto, Customer.Forgotten)
    def closed_for_good(self, db: Database, e: Recorded) -> None:
        """A merged record's items are open on the kept one now (``OpenItemMoved``);
        a forgotten person's are no one's to follow up."""
        for table in OPEN_TABLES:
            db.execute(f"DELETE FROM {table} WHERE customer_id = ?", [e.originator_id])

    @handles(Customer.OpenItemMoved)
    def open_item_moved(self, db: Database, e: Recorded) -> None:
        d = e.data
        table, columns = MOVED_TO[d["kind"]]
        cols = ["customer_id", "entry", *columns, "opened_at"]
        values = [
            e.originator_id,
            e.originator_version,
            *(d["details"].get(c) for c in columns),
            utc_text(d["opened_at"]),
        ]
        db.execute(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            values,
        )


def _narrowed(customer_id: str | None, due_by: str | None) -> tuple[str, list[Any]]:
    conditions, params = [], []
    if customer_id is not None:
        conditions.append("t.customer_id = ?")
        params.append(customer_id)
    if due_by is not None:
        conditions.append("t.due <= ?")
        params.append(due_by)
    return ("WHERE " + " AND ".join(conditions)) if conditions else "", params


def _with_names(
    db: Database,
    table: str,
    order: str,
    customer_id: str | None = None,
    due_by: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Open rows of ``table`` with the customer's name and phone, optionally narrowed."""
    where, params = _narrowed(customer_id, due_by)
    sql = (
        f"SELECT t.*, c.name AS customer_name, c.phone AS phone FROM {table} t"
        f" JOIN customers c ON c.id = t.customer_id {where} ORDER BY {order}"
    )
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return list(db.query(sql, params))


def count_open(db: Database, table: str, due_by: str | None = None) -> int:
    """How many rows ``table`` (one of ``OPEN_TABLES``) holds, due by ``due_by`` if given."""
    if table not in OPEN_TABLES:
        raise ValueError(table)
    where, params = _narrowed(None, due_by)
    return db.execute(f"SELECT count(*) FROM {table} t {where}", params).fetchone()[0]


def open_returns(
    db: Database, customer_id: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Returns still to come back, soonest due first (all, or one customer's)."""
    return _with_names(
        db, "open_returns", "t.due IS NULL, t.due, t.opened_at", customer_id, limit=limit
    )


def open_complaints(
    db: Database, customer_id: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Complaints not yet resolved, oldest first (all, or one customer's)."""
    return _with_names(db, "open_complaints", "t.opened_at", customer_id, limit=limit)


def followups_due(
    db: Database,
    by: str | None = None,
    customer_id: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Open follow-ups, all or those due on or before ``by`` (YYYY-MM-DD)."""
    return _with_names(db, "open_followups", "t.due, t.opened_at", customer_id, by, limit)


def open_items_of(db: Database, customer_id: str) -> list[tuple[str, int]]:
    """Every item open for one customer: (table, entry)."""
    return [
        (table, entry)
        for table in OPEN_TABLES
        for (entry,) in db.execute(
            f"SELECT entry FROM {table} WHERE customer_id = ? ORDER BY entry", [customer_id]
        )
    ]
