"""Timelines: one row per customer event, with corrections shown beside what they correct.

A row keeps the event's ``kind`` and its fields (``data``, JSON); the line a person
reads is rendered from them when shown (``shopcare.presentation.timeline``), in the
reader's language, so no generated words are stored.
"""

from __future__ import annotations

import json
from typing import Any

from shopcare.domain.customer import Customer
from shopcare.readmodels.current import VERSIONS
from shopcare.readmodels.database import Database
from shopcare.readmodels.events import SETTINGS_EVENTS, TASK_EVENTS
from shopcare.readmodels.projection import Projection, handles
from shopcare.readmodels.recorded import Recorded, utc_text

#: Customer event class → the kind shown on the timeline.
KINDS: dict[type, str] = {
    Customer.Registered: "registered",
    Customer.DetailsChanged: "details changed",
    Customer.ContactLogged: "contact",
    Customer.PurchaseNoted: "purchase",
    Customer.ReturnRequested: "return requested",
    Customer.ReturnReceived: "return received",
    Customer.ReturnWaived: "return waived",
    Customer.FeedbackReceived: "feedback",
    Customer.ComplaintRaised: "complaint",
    Customer.ComplaintResolved: "complaint resolved",
    Customer.LifeEventNoted: "life event",
    Customer.ReferredElsewhere: "referred elsewhere",
    Customer.GiftSent: "gift sent",
    Customer.FollowUpScheduled: "follow-up scheduled",
    Customer.FollowUpDone: "follow-up done",
    Customer.EntryCorrected: "correction",
    Customer.MergedInto: "merged",
    Customer.OpenItemMoved: "moved over",
    Customer.Forgotten: "forgotten",
}

#: Fields every event has, kept in their own columns rather than in ``data``.
_SKIP = frozenset({"timestamp", "staff", "computer", "occurred_at"})


def event_fields(e: Recorded) -> dict[str, Any]:
    """The event's own fields, JSON-friendly, without the bookkeeping ones."""
    return {k: v for k, v in e.data.items() if k not in _SKIP}


INSERT_ROW = """INSERT INTO timeline (position, customer_id, entry, at, logged_at, kind, event,
    staff, computer, data, corrects) VALUES (?,?,?,?,?,?,?,?,?,?,?)"""
MARK_CORRECTED = """UPDATE timeline SET
    correction = CASE WHEN correction IS NULL THEN ? ELSE correction || char(10) || ? END,
    voided = max(voided, ?) WHERE customer_id = ? AND entry = ?"""


class TimelineProjection(Projection):
    """Rows are gathered per batch and written with one ``executemany``."""

    name = "timeline"
    tables = ("timeline", "timeline_corrections_due")
    # version: no English summary column: lines are rendered when shown
    version = VERSIONS["timeline"]
    ignores = (*TASK_EVENTS, *SETTINGS_EVENTS)
    bulk_indexes = ("timeline_customer", "timeline_at", "timeline_entry")

    def __init__(self) -> None:
        self._rows: list[tuple] = []
        self._corrections: list[tuple] = []
        self._bulk = False

    def create(self, db: Database) -> None:
        db.execute(
            """CREATE TABLE IF NOT EXISTS timeline (
                position INTEGER PRIMARY KEY, customer_id TEXT NOT NULL,
                entry INTEGER NOT NULL, at TEXT NOT NULL, logged_at TEXT NOT NULL,
                kind TEXT NOT NULL, event TEXT NOT NULL, staff TEXT NOT NULL,
                computer TEXT NOT NULL, data TEXT NOT NULL,
                corrects INTEGER, correction TEXT, voided INTEGER NOT NULL DEFAULT 0)"""
        )
        db.execute(
            "CREATE INDEX IF NOT EXISTS timeline_customer ON timeline(customer_id, at, position)"
        )
        db.execute(
            "CREATE UNIQUE INDEX IF NOT EXISTS timeline_entry ON timeline(customer_id, entry)"
        )
        db.execute("CREATE INDEX IF NOT EXISTS timeline_at ON timeline(at)")
        # Corrections met during a bulk load, marked on their entries once it ends
        # (the entry index is made after the load).
        db.execute(
            """CREATE TABLE IF NOT EXISTS timeline_corrections_due (position INTEGER PRIMARY KEY,
               note TEXT NOT NULL, void INTEGER NOT NULL, customer_id TEXT NOT NULL,
               entry INTEGER NOT NULL)"""
        )

    def begin_bulk(self, db: Database) -> None:
        super().begin_bulk(db)
        self._bulk = True

    def end_bulk(self, db: Database) -> None:
        """Make the indexes, then mark the corrections met meanwhile, in order."""
        self._bulk = False
        self.create(db)
        due = db.execute(
            "SELECT note, note, void, customer_id, entry FROM timeline_corrections_due"
            " ORDER BY position"
        ).fetchall()
        db.conn.executemany(MARK_CORRECTED, due)
        db.execute("DELETE FROM timeline_corrections_due")

    @handles(*KINDS)
    def entry(self, db: Database, e: Recorded) -> None:
        cls = e.cls
        corrects = None
        if cls is Customer.EntryCorrected:
            d = e.data
            corrects = d["entry"]
            note = f"{e.staff}: {d['note']}"
            void = int(bool(d.get("void")))
            self._corrections.append((e.position, note, void, e.originator_id, corrects))
        # The event's own fields go in as they were stored when they need no reading.
        data = e.own
        if data is None:
            data = json.dumps(event_fields(e), ensure_ascii=False, separators=(",", ":"))
        self._rows.append(
            (
                e.position,
                e.originator_id,
                e.originator_version,
                e.at,
                utc_text(e.timestamp),
                KINDS[cls],
                cls.__name__,
                e.staff,
                e.computer,
                data,
                corrects,
            )
        )

    def flush(self, db: Database) -> None:
        rows, corrections = self._rows, self._corrections
        self._rows, self._corrections = [], []
        db.conn.executemany(INSERT_ROW, rows)
        if not corrections:
            return
        waiting = db.execute("SELECT 1 FROM timeline_corrections_due LIMIT 1").fetchone()
        if self._bulk or waiting:  # after those already waiting, to keep their order
            db.conn.executemany(
                "INSERT INTO timeline_corrections_due (position, note, void, customer_id, entry)"
                " VALUES (?,?,?,?,?)",
                corrections,
            )
        else:
            db.conn.executemany(
                MARK_CORRECTED, [(note, note, v, cid, n) for _, note, v, cid, n in corrections]
            )


def timeline_rows(
    db: Database, customer_id: str, newest_first: bool = False, limit: int | None = None
) -> list[dict[str, Any]]:
    """A customer's timeline, oldest first unless ``newest_first``; it includes the
    history of records merged into this one (``customer_id`` says whose entry it is)."""
    order = "DESC" if newest_first else "ASC"
    sql = (
        "SELECT position, entry, at, logged_at, kind, event, staff, computer, data,"
        " corrects, correction, voided, customer_id FROM timeline WHERE customer_id IN"
        " (SELECT ? UNION ALL SELECT other_id FROM merged_customers WHERE kept_id = ?)"
        f" ORDER BY at {order}, position {order}"
    )
    params: list[Any] = [customer_id, customer_id]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    rows = []
    for row in db.query(sql, params):
        row["data"] = json.loads(row["data"])
        row["voided"] = bool(row["voided"])
        rows.append(row)
    return rows


def recent_contacts(db: Database, limit: int = 30) -> list[dict[str, Any]]:
    """The latest contacts across all customers (newest first), with names.

    ``summary`` is what was typed; ``channel`` and ``direction`` are the stored values.
    """
    sql = (
        "SELECT c.id AS customer_id, t.at, t.staff, t.voided, c.name AS customer_name,"
        " json_extract(t.data, '$.summary') AS summary,"
        " json_extract(t.data, '$.channel') AS channel,"
        " json_extract(t.data, '$.direction') AS direction FROM timeline t"
        " LEFT JOIN merged_customers m ON m.other_id = t.customer_id"
        " JOIN customers c ON c.id = coalesce(m.kept_id, t.customer_id)"
        " WHERE t.kind = 'contact' ORDER BY t.at DESC, t.position DESC LIMIT ?"
    )
    return list(db.query(sql, [limit]))


def forgotten_since(db: Database, position: int) -> bool:
    """Whether someone was forgotten after ``position`` (their views must be rebuilt)."""
    row = db.execute(
        "SELECT 1 FROM timeline WHERE position > ? AND kind = 'forgotten' LIMIT 1", [position]
    ).fetchone()
    return row is not None


def count_contacts_since(db: Database, since_iso_utc: str) -> int:
    """How many contacts were logged at or after a stored time (e.g. today's)."""
    row = db.execute(
        "SELECT COUNT(*) FROM timeline WHERE at >= ? AND kind = 'contact' AND NOT voided",
        [since_iso_utc],
    ).fetchone()
    return int(row[0])
