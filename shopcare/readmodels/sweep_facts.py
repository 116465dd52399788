"""The facts the daily sweep's date rules need, read from the read models in one go."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from shopcare.clock import local_date
from shopcare.domain.delight_rules import OverdueReturn, SensitiveEvent
from shopcare.readmodels.database import Database


def day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


@dataclass
class SweepFacts:
    """Per customer: profile counts, visits, pauses, overdue returns, sensitive events."""

    customers: list[dict[str, Any]]
    visits: dict[str, int] = field(default_factory=dict)
    last_visit_or_purchase: dict[str, date | None] = field(default_factory=dict)
    paused_until: dict[str, date | None] = field(default_factory=dict)
    overdue: dict[str, list[OverdueReturn]] = field(default_factory=lambda: defaultdict(list))
    sensitive: dict[str, list[SensitiveEvent]] = field(default_factory=lambda: defaultdict(list))


def sweep_facts(db: Database, today: date) -> SweepFacts:
    """Everything the date rules look at, as of ``today``."""
    facts = SweepFacts(
        customers=list(
            db.query(
                "SELECT id, name, birthday, postal_code, contacts, purchases, last_contact_at"
                " FROM customers ORDER BY id"
            )
        )
    )
    for cid, count, last in db.execute(
        "SELECT customer_id, sum(event = 'ContactLogged'), max(at) FROM timeline"
        " WHERE voided = 0 AND (event = 'PurchaseNoted' OR (event = 'ContactLogged'"
        " AND json_extract(data, '$.channel') = 'walk-in')) GROUP BY customer_id"
    ):
        facts.visits[cid] = count
        facts.last_visit_or_purchase[cid] = local_date(last)
    for cid, until in db.execute(
        "SELECT customer_id, promotions_paused_until FROM care_facts"
        " WHERE promotions_paused_until IS NOT NULL"
    ):
        facts.paused_until[cid] = day(until)
    for r in db.query(
        "SELECT customer_id, entry, item, due FROM open_returns"
        " WHERE due IS NOT NULL AND due < ? ORDER BY customer_id, entry",
        [today.isoformat()],
    ):
        facts.overdue[r["customer_id"]].append(OverdueReturn(r["entry"], r["item"], day(r["due"])))
    if facts.overdue:
        for r in db.query(
            "SELECT customer_id, at, json_extract(data, '$.kind') AS kind,"
            " json_extract(data, '$.on') AS on_day, json_extract(data, '$.note') AS note"
            " FROM timeline WHERE event = 'LifeEventNoted' AND voided = 0"
            " AND json_extract(data, '$.sensitive')"
        ):
            on = day(r["on_day"]) or local_date(r["at"])
            facts.sensitive[r["customer_id"]].append(SensitiveEvent(r["kind"], on, r["note"] or ""))
    return facts
