"""This week's kind acts: the open acts ranked, and which fit the shop's weekly budget.

The ranking and the budget are the domain's (:func:`shopcare.domain.kindness.plan_week`);
this module gathers what they need from the read models in a few queries: the open
acts, the budget, the acts done this week (Monday to Sunday, local time) and what
they cost, and what an act of each rule usually costs this shop (the average of its
own acts done in the last year with a cost, when there are three or more; until
then the rule's usual cost, scaled to the shop's budget: a shop that gives 300 a
week, in pounds, plans 50 for flowers, not 50,000).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from shopcare.clock import local_tz, utc_iso
from shopcare.domain.delight_task import SCHEDULED
from shopcare.domain.kindness import (
    DEFAULT_BUDGET_MONEY,
    ActOfCustomer,
    Budget,
    OpenAct,
    WeekPlan,
    plan_week,
    standing,
)
from shopcare.readmodels.care import weekly_budget
from shopcare.readmodels.customers import kept_id
from shopcare.readmodels.database import Database
from shopcare.readmodels.tasks import open_acts
from shopcare.readmodels.weekly_facts import done_between, usual_costs

#: What an act usually costs is learned from this many days of the shop's own acts.
LEARN_DAYS = 365


def week_bounds(today: date) -> tuple[str, str]:
    """The ISO week containing ``today`` (Monday 00:00 to the next, local) in UTC."""
    monday = today - timedelta(days=today.weekday())
    start = datetime.combine(monday, time(0), local_tz())
    return utc_iso(start), utc_iso(start + timedelta(days=7))


def planned_costs(db: Database, today: date) -> dict[str, Decimal]:
    """What an act of each rule is planned to cost (learned, else the rule's usual cost)."""
    since = utc_iso(datetime.combine(today - timedelta(days=LEARN_DAYS), time(0), local_tz()))
    return {rule: Decimal(cost) for rule, cost in usual_costs(db, since).items()}


def week_plan(db: Database, today: date, budget: Budget | None = None) -> WeekPlan:
    """The open acts ranked, and which fit this week's budget (see ``plan_week``)."""
    budget = budget or weekly_budget(db)
    start, end = week_bounds(today)
    done, spent = done_between(db, start, end)
    learned = planned_costs(db, today)
    # A rule's usual cost is for a small Korean shop's budget: scaled to this shop's.
    scale = budget.money / DEFAULT_BUDGET_MONEY if DEFAULT_BUDGET_MONEY else Decimal(1)
    acts = [
        OpenAct(
            id=r["id"],
            rule=r["rule"],
            tier=r["tier"],
            due=date.fromisoformat(r["due"][:10]),
            scheduled=r["status"] == SCHEDULED,
            sensitive=bool(r["sensitive"]),
            planned_cost=learned.get(r["rule"], standing(r["rule"]).usual_cost * scale),
            expires=date.fromisoformat(r["expires"]) if r["expires"] else None,
        )
        for r in open_acts(db)
    ]
    return plan_week(acts, budget, today, done, spent)


def open_acts_of(db: Database, customer_ids: Sequence[str]) -> dict[str, list[ActOfCustomer]]:
    """Customer id → their open acts; an id merged into another customer gets the
    kept one's."""
    kept = {cid: kept_id(db, cid) for cid in customer_ids}
    found: dict[str, list[ActOfCustomer]] = {}
    for r in open_acts(db, sorted(set(kept.values()))):
        found.setdefault(r["customer_id"], []).append(
            ActOfCustomer(r["id"], r["rule"], date.fromisoformat(r["due"][:10]))
        )
    return {cid: found[k] for cid, k in kept.items() if k in found}
