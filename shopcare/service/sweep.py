"""The daily sweep: date rules run on facts gathered from the read models.

It sits at the service layer: it takes the facts from
:mod:`shopcare.readmodels.sweep_facts`, calls the pure date rules of
:mod:`shopcare.domain.delight_rules`, and hands what they suggest to the
application, which saves only the tasks not already there (task ids come from
trigger keys). Running it twice, or on two computers, gives the same tasks.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from uuid import UUID

from shopcare.application import Actor, ShopCareApplication
from shopcare.clock import local_date
from shopcare.domain.delight_rules import (
    LOYAL_CONTACTS,
    RuleConfig,
    TaskSuggestion,
    birthday_rule,
    gentle_return_rule,
    milestone_rule,
    miss_you_rule,
    neighbourhood_rule,
)
from shopcare.readmodels.database import Database
from shopcare.readmodels.sweep_facts import day, sweep_facts


def gather_suggestions(db: Database, today: date, config: RuleConfig) -> list[TaskSuggestion]:
    """What the date rules suggest today, from the read models (nothing is saved)."""
    facts = sweep_facts(db, today)
    out: list[TaskSuggestion] = []
    regulars: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for c in facts.customers:
        cid, name = c["id"], c["name"]
        pause = facts.paused_until.get(cid)
        if (s := birthday_rule(cid, name, day(c["birthday"]), today, config)) is not None:
            out.append(s)
        if cid in facts.overdue:
            out += gentle_return_rule(
                cid, name, facts.overdue[cid], facts.sensitive[cid], today, config
            )
        s = milestone_rule(
            cid,
            name,
            c["purchases"],
            facts.visits.get(cid, 0),
            today,
            config,
            pause,
            facts.last_visit_or_purchase.get(cid),
        )
        if s is not None:
            out.append(s)
        last = local_date(c["last_contact_at"])
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
