"""The facts the daily sweep needs, read from the read models in a few set-based queries.

Nothing here reads the whole timeline or loads an aggregate: per-customer counts come
from the customers' and activity tables, what to keep in mind from ``care_facts``,
open returns and follow-ups from the open items, and which acts exist and are open
from ``tasks``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from shopcare.clock import local_date
from shopcare.domain.delight_rules import (
    WAITING_LATE_DAYS,
    OpenFollowUp,
    OverdueReturn,
    SensitiveEvent,
)
from shopcare.domain.rounds import REVISIT_MONTHS
from shopcare.readmodels.database import Database


def day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


@dataclass
class SweepFacts:
    """Per customer: profile and counts, visits, pauses, overdue returns, the latest
    sensitive time, late follow-ups; and the areas rounds went to lately."""

    customers: list[dict[str, Any]]
    visits: dict[str, int] = field(default_factory=dict)
    last_visit_or_purchase: dict[str, date | None] = field(default_factory=dict)
    paused_until: dict[str, date | None] = field(default_factory=dict)
    overdue: dict[str, list[OverdueReturn]] = field(default_factory=lambda: defaultdict(list))
    sensitive: dict[str, list[SensitiveEvent]] = field(default_factory=lambda: defaultdict(list))
    late_followups: dict[str, list[OpenFollowUp]] = field(default_factory=lambda: defaultdict(list))
    visited_areas: set[str] = field(default_factory=set)


def sweep_facts(db: Database, today: date) -> SweepFacts:
    """Everything the date rules look at, as of ``today``."""
    facts = SweepFacts(
        customers=list(
            db.query(
                "SELECT id, name, birthday, address, postal_code, contacts, purchases,"
                " last_contact_at FROM customers ORDER BY id"
            )
        )
    )
    for cid, visits, last in db.execute(
        "SELECT customer_id, visits, last_visit_or_purchase_at FROM customer_activity"
    ):
        facts.visits[cid] = visits
        facts.last_visit_or_purchase[cid] = local_date(last) if last else None
    for cid, until, note, on in db.execute(
        "SELECT customer_id, promotions_paused_until, sensitive_note, sensitive_on FROM care_facts"
    ):
        if until:
            facts.paused_until[cid] = day(until)
        if note and on:
            kind, _, text = note.partition(": ")
            facts.sensitive[cid].append(SensitiveEvent(kind, date.fromisoformat(on[:10]), text))
    for r in db.query(
        "SELECT customer_id, entry, item, due FROM open_returns"
        " WHERE due IS NOT NULL AND due < ? ORDER BY customer_id, entry",
        [today.isoformat()],
    ):
        due = day(r["due"])
        assert due is not None
        facts.overdue[r["customer_id"]].append(OverdueReturn(r["entry"], r["item"], due))
    late = (today - timedelta(days=WAITING_LATE_DAYS)).isoformat()
    for r in db.query(
        "SELECT customer_id, entry, reason, due FROM open_followups WHERE due <= ?"
        " ORDER BY customer_id, entry",
        [late],
    ):
        due = day(r["due"])
        assert due is not None
        facts.late_followups[r["customer_id"]].append(OpenFollowUp(r["entry"], r["reason"], due))
    since = (today - timedelta(days=31 * REVISIT_MONTHS)).isoformat()
    for (raw,) in db.execute(
        "SELECT facts FROM tasks WHERE rule = 'neighbourhood' AND created_at >= ?", [since]
    ):
        area = json.loads(raw or "{}").get("area")
        if area:
            facts.visited_areas.add(area)
    return facts


def known_task_ids(db: Database) -> set[str]:
    """The id of every task there is (open, finished or joined)."""
    return {row[0] for row in db.execute("SELECT id FROM tasks")}


def expired_acts(db: Database, today: date) -> list[str]:
    """Open acts whose last day worth doing was before ``today``."""
    return [
        row[0]
        for row in db.execute(
            "SELECT id FROM tasks WHERE status IN ('suggested', 'scheduled')"
            " AND expires IS NOT NULL AND expires < ? ORDER BY id",
            [today.isoformat()],
        )
    ]


def settled_acts(db: Database) -> list[str]:
    """Open acts with nothing left to do: their cause was withdrawn (a complaint logged
    by mistake), or the follow-up a "waiting for an answer" act was about is done."""
    return [
        row[0]
        for row in db.execute(
            "SELECT t.id FROM tasks t WHERE t.status IN ('suggested', 'scheduled')"
            " AND (t.withdrawn = 1 OR (t.rule = 'waiting-answer' AND NOT EXISTS ("
            " SELECT 1 FROM open_followups f WHERE f.customer_id = t.customer_id"
            " AND f.entry = json_extract(t.facts, '$.entry')))) ORDER BY t.id"
        )
    ]
