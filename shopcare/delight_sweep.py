"""The daily sweep: date rules run on facts gathered from the read models.

It sits at the service layer: it reads the read models, calls the pure date rules
of :mod:`shopcare.domain.delight_rules`, and hands what they suggest to the
application, which saves only the tasks not already there (task ids come from
trigger keys). Running it twice, or on two computers, gives the same tasks.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlite_utils import Database

from shopcare.application import Actor, ShopCareApplication
from shopcare.domain.delight_rules import (
    LOYAL_CONTACTS,
    OverdueReturn,
    RuleConfig,
    SensitiveEvent,
    TaskSuggestion,
    birthday_rule,
    gentle_return_rule,
    milestone_rule,
    miss_you_rule,
    neighbourhood_rule,
)


def _local_date(iso_utc: str | None) -> date | None:
    if not iso_utc:
        return None
    return datetime.fromisoformat(iso_utc).astimezone().date()


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def gather_suggestions(db: Database, today: date, config: RuleConfig) -> list[TaskSuggestion]:
    """What the date rules suggest today, from the read models (nothing is saved)."""
    customers = list(
        db.query(
            "SELECT id, name, birthday, postal_code, contacts, purchases, last_contact_at"
            " FROM customers ORDER BY id"
        )
    )
    visits: dict[str, int] = {}
    last_visit_or_purchase: dict[str, date | None] = {}
    for cid, count, last in db.execute(
        "SELECT customer_id, sum(event = 'ContactLogged'), max(at) FROM timeline"
        " WHERE voided = 0 AND (event = 'PurchaseNoted' OR (event = 'ContactLogged'"
        " AND json_extract(data, '$.channel') = 'walk-in')) GROUP BY customer_id"
    ):
        visits[cid] = count
        last_visit_or_purchase[cid] = _local_date(last)
    paused = dict(
        db.execute(
            "SELECT customer_id, promotions_paused_until FROM care_facts"
            " WHERE promotions_paused_until IS NOT NULL"
        ).fetchall()
    )
    overdue: dict[str, list[OverdueReturn]] = defaultdict(list)
    for r in db.query(
        "SELECT customer_id, entry, item, due FROM open_returns"
        " WHERE due IS NOT NULL AND due < ? ORDER BY customer_id, entry",
        [today.isoformat()],
    ):
        overdue[r["customer_id"]].append(OverdueReturn(r["entry"], r["item"], _day(r["due"])))
    sensitive: dict[str, list[SensitiveEvent]] = defaultdict(list)
    if overdue:
        for r in db.query(
            "SELECT customer_id, at, json_extract(data, '$.kind') AS kind,"
            " json_extract(data, '$.on') AS on_day, json_extract(data, '$.note') AS note"
            " FROM timeline WHERE event = 'LifeEventNoted' AND voided = 0"
            " AND json_extract(data, '$.sensitive')"
        ):
            on = _day(r["on_day"]) or _local_date(r["at"])
            sensitive[r["customer_id"]].append(SensitiveEvent(r["kind"], on, r["note"] or ""))

    out: list[TaskSuggestion] = []
    regulars: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for c in customers:
        cid, name = c["id"], c["name"]
        pause = _day(paused.get(cid))
        if (s := birthday_rule(cid, name, _day(c["birthday"]), today, config)) is not None:
            out.append(s)
        if cid in overdue:
            out += gentle_return_rule(cid, name, overdue[cid], sensitive[cid], today, config)
        s = milestone_rule(
            cid,
            name,
            c["purchases"],
            visits.get(cid, 0),
            today,
            config,
            pause,
            last_visit_or_purchase.get(cid),
        )
        if s is not None:
            out.append(s)
        last = _local_date(c["last_contact_at"])
        if (s := miss_you_rule(cid, name, c["contacts"], last, today, config, pause)) is not None:
            out.append(s)
        postal = (c["postal_code"] or "").strip()
        if postal and c["contacts"] >= LOYAL_CONTACTS and not (pause and today < pause):
            regulars[postal].append((cid, name))
    for postal in sorted(regulars):
        if (s := neighbourhood_rule(postal, regulars[postal], today, config)) is not None:
            out.append(s)
    return out


def run_sweep(app: ShopCareApplication, db: Database, by: Actor, today: date) -> list[UUID]:
    """Suggest today's date-driven tasks; return the ids of every task suggested."""
    suggestions = gather_suggestions(db, today, app.rule_config())
    if not suggestions:
        return []
    return app.suggest_tasks(by, suggestions)


def sweep_summary(db: Database, ids: list[UUID]) -> list[dict[str, Any]]:
    """The swept tasks as rows (id, customer_id, title, rule, due, status)."""
    wanted = [str(i) for i in ids]
    if not wanted:
        return []
    marks = ", ".join("?" * len(wanted))
    return list(
        db.query(
            "SELECT id, customer_id, title, rule, due, status FROM tasks"
            f" WHERE id IN ({marks}) ORDER BY due, id",
            wanted,
        )
    )
