"""Timelines: one row per customer event, with corrections shown beside what they correct."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from shopcare.readmodels.projection import Projection, plain, utc_iso

#: Event class name → the kind shown on the timeline.
KINDS = {
    "Registered": "registered",
    "DetailsChanged": "details changed",
    "ContactLogged": "contact",
    "PurchaseNoted": "purchase",
    "ReturnRequested": "return requested",
    "ReturnReceived": "return received",
    "ReturnWaived": "return waived",
    "FeedbackReceived": "feedback",
    "ComplaintRaised": "complaint",
    "ComplaintResolved": "complaint resolved",
    "LifeEventNoted": "life event",
    "ReferredElsewhere": "referred elsewhere",
    "GiftSent": "gift sent",
    "FollowUpScheduled": "follow-up scheduled",
    "FollowUpDone": "follow-up done",
    "EntryCorrected": "correction",
}

_SKIP = {
    "originator_id",
    "originator_version",
    "timestamp",
    "staff",
    "computer",
    "occurred_at",
}


def _money(value: Any) -> str:
    return f" ({value})" if value not in (None, "") else ""


def describe(kind: str, d: dict[str, Any]) -> str:
    """One plain line for a timeline entry, in the shop's words."""
    match kind:
        case "Registered":
            return f"Registered {d['name']}"
        case "DetailsChanged":
            return "Changed " + ", ".join(f"{k}: {v}" for k, v in d["changes"].items())
        case "ContactLogged":
            text = f"{d['channel']} {d['direction']}: {d['summary']}"
            if d.get("connection"):
                text += " [connection made]"
            if d.get("went_beyond"):
                text += f" [went beyond: {d['went_beyond']}]"
            return text
        case "PurchaseNoted":
            return f"Bought {d['item']}{_money(d.get('amount'))}"
        case "ReturnRequested":
            due = f", due {d['due']}" if d.get("due") else ""
            return f"Return of {d['item']} requested{due}"
        case "ReturnReceived":
            return f"Return (entry {d['entry']}) received"
        case "ReturnWaived":
            return f"Return (entry {d['entry']}) waived: {d['reason']}"
        case "FeedbackReceived":
            return f"{d['polarity'].capitalize()} feedback: {d['text']}"
        case "ComplaintRaised":
            return f"Complaint ({d['category']}): {d['text']}"
        case "ComplaintResolved":
            return f"Complaint (entry {d['entry']}) resolved: {d['resolution']}"
        case "LifeEventNoted":
            on = f" on {d['on']}" if d.get("on") else ""
            note = f": {d['note']}" if d.get("note") else ""
            return f"Life event, {d['kind']}{on}{note}"
        case "ReferredElsewhere":
            return f"Could not supply {d['item']}; sent to {d['sent_to']}{_money(d.get('price'))}"
        case "GiftSent":
            occasion = f" for {d['occasion']}" if d.get("occasion") else ""
            return f"Sent {d['what']}{occasion}{_money(d.get('cost'))}"
        case "FollowUpScheduled":
            return f"Follow-up due {d['due']}: {d['reason']}"
        case "FollowUpDone":
            note = f": {d['note']}" if d.get("note") else ""
            return f"Follow-up (entry {d['entry']}) done{note}"
        case "EntryCorrected":
            verb = "Withdrew" if d.get("void") else "Corrected"
            return f"{verb} entry {d['entry']}: {d['note']}"
    return kind


def event_fields(e: Any) -> dict[str, Any]:
    """The event's own fields, JSON-friendly, without the bookkeeping ones."""
    return {k: plain(v) for k, v in vars(e).items() if k not in _SKIP}


INSERT_ROW = """INSERT INTO timeline (position, customer_id, entry, at, logged_at, kind, event,
    staff, computer, summary, data, corrects) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"""
MARK_CORRECTED = """UPDATE timeline SET
    correction = CASE WHEN correction IS NULL THEN ? ELSE correction || char(10) || ? END,
    voided = max(voided, ?) WHERE customer_id = ? AND entry = ?"""


class TimelineProjection(Projection):
    """Rows are gathered per batch and written with one ``executemany``."""

    name = "timeline"
    tables = ("timeline",)

    def __init__(self) -> None:
        self._rows: list[tuple] = []
        self._corrections: list[tuple] = []

    def create(self, db: Database) -> None:
        db.execute(
            """CREATE TABLE IF NOT EXISTS timeline (
                position INTEGER PRIMARY KEY, customer_id TEXT NOT NULL,
                entry INTEGER NOT NULL, at TEXT NOT NULL, logged_at TEXT NOT NULL,
                kind TEXT NOT NULL, event TEXT NOT NULL, staff TEXT NOT NULL,
                computer TEXT NOT NULL, summary TEXT NOT NULL, data TEXT NOT NULL,
                corrects INTEGER, correction TEXT, voided INTEGER NOT NULL DEFAULT 0)"""
        )
        db.execute(
            "CREATE INDEX IF NOT EXISTS timeline_customer ON timeline(customer_id, at, position)"
        )
        db.execute(
            "CREATE UNIQUE INDEX IF NOT EXISTS timeline_entry ON timeline(customer_id, entry)"
        )
        db.execute("CREATE INDEX IF NOT EXISTS timeline_at ON timeline(at)")

    def apply(self, db: Database, event: Any, position: int) -> None:
        outer, _, inner = type(event).__qualname__.partition(".")
        if outer != "Customer" or inner not in KINDS:
            return
        data = event_fields(event)
        cid = str(event.originator_id)
        corrects = data["entry"] if inner == "EntryCorrected" else None
        self._rows.append(
            (
                position,
                cid,
                event.originator_version,
                utc_iso(event.occurred_at),
                utc_iso(event.timestamp),
                KINDS[inner],
                inner,
                event.staff,
                event.computer,
                describe(inner, data),
                json.dumps(data, ensure_ascii=False),
                corrects,
            )
        )
        if corrects is not None:
            note = f"{event.staff}: {data['note']}"
            self._corrections.append((note, note, int(bool(data.get("void"))), cid, corrects))

    def flush(self, db: Database) -> None:
        rows, corrections = self._rows, self._corrections
        self._rows, self._corrections = [], []
        db.conn.executemany(INSERT_ROW, rows)
        db.conn.executemany(MARK_CORRECTED, corrections)


def timeline_rows(
    db: Database, customer_id: str, newest_first: bool = False, limit: int | None = None
) -> list[dict[str, Any]]:
    """A customer's timeline, oldest first unless ``newest_first``."""
    order = "DESC" if newest_first else "ASC"
    sql = (
        "SELECT position, entry, at, logged_at, kind, event, staff, computer, summary, data,"
        " corrects, correction, voided FROM timeline WHERE customer_id = ?"
        f" ORDER BY at {order}, position {order}"
    )
    params: list[Any] = [customer_id]
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
    """The latest contacts across all customers (newest first), with names."""
    sql = (
        "SELECT t.customer_id, t.at, t.staff, t.summary, t.voided, c.name AS customer_name"
        " FROM timeline t JOIN customers c ON c.id = t.customer_id"
        " WHERE t.kind = 'contact' ORDER BY t.at DESC, t.position DESC LIMIT ?"
    )
    return list(db.query(sql, [limit]))
