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
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from shopcare.clock import local_tz, utc_iso
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


class CustomerFacts(NamedTuple):
    """One customer as the date rules see them (times as stored: UTC ISO text)."""

    id: str
    name: str
    birthday: str | None
    address: str | None
    contacts: int
    purchases: int
    last_contact_at: str | None


@dataclass
class SweepFacts:
    """Per customer: profile and counts, visits, pauses, overdue returns, the latest
    sensitive time, late follow-ups; and the areas rounds went to lately. Times stay
    as stored (UTC text), so only the few that matter are turned into local dates."""

    customers: list[CustomerFacts]
    visits: dict[str, int] = field(default_factory=dict)
    last_visit_or_purchase_at: dict[str, str] = field(default_factory=dict)
    paused_until: dict[str, date | None] = field(default_factory=dict)
    overdue: dict[str, list[OverdueReturn]] = field(default_factory=lambda: defaultdict(list))
    sensitive: dict[str, list[SensitiveEvent]] = field(default_factory=lambda: defaultdict(list))
    late_followups: dict[str, list[OpenFollowUp]] = field(default_factory=lambda: defaultdict(list))
    visited_areas: set[str] = field(default_factory=set)


def sweep_facts(db: Database, today: date) -> SweepFacts:
    """Everything the date rules look at, as of ``today``."""
    facts = SweepFacts(
        customers=[
            CustomerFacts(*row)
            for row in db.execute(
                "SELECT id, name, birthday, address, contacts, purchases, last_contact_at"
                " FROM customers ORDER BY id"
            )
        ]
    )
    for cid, visits, last in db.execute(
        "SELECT customer_id, visits, last_visit_or_purchase_at FROM customer_activity"
    ):
        facts.visits[cid] = visits
        if last:
            facts.last_visit_or_purchase_at[cid] = last
    for cid, until, note, on in db.execute(
        "SELECT customer_id, promotions_paused_until, sensitive_note, sensitive_on FROM care_facts"
    ):
        if until:
            facts.paused_until[cid] = day(until)
        if note and on:
            kind, _, text = note.partition(": ")
            facts.sensitive[cid].append(SensitiveEvent(kind, date.fromisoformat(on[:10]), text))
    for cid, entry, item, due in db.execute(
        "SELECT customer_id, entry, item, due FROM open_returns"
        " WHERE due IS NOT NULL AND due < ? ORDER BY customer_id, entry",
        [today.isoformat()],
    ):
        facts.overdue[cid].append(OverdueReturn(entry, item, date.fromisoformat(due[:10])))
    late = (today - timedelta(days=WAITING_LATE_DAYS)).isoformat()
    for cid, entry, reason, due in db.execute(
        "SELECT customer_id, entry, reason, due FROM open_followups WHERE due <= ?"
        " ORDER BY customer_id, entry",
        [late],
    ):
        facts.late_followups[cid].append(OpenFollowUp(entry, reason, date.fromisoformat(due[:10])))
    since = (today - timedelta(days=31 * REVISIT_MONTHS)).isoformat()
    for (raw,) in db.execute(
        "SELECT facts FROM tasks WHERE rule = 'neighbourhood' AND created_at >= ?", [since]
    ):
        area = json.loads(raw or "{}").get("area")
        if area:
            facts.visited_areas.add(area)
    return facts


def local_midnight_utc(day_: date) -> str:
    """The start of a local day, as the read models store times (UTC ISO text): a stored
    time before it is on an earlier local day."""
    return utc_iso(datetime.combine(day_, time(0), local_tz()))


def known_trigger_keys(db: Database) -> set[str]:
    """The trigger key of every task there is (open, finished or joined)."""
    return {row[0] for row in db.execute("SELECT trigger_key FROM tasks")}


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
