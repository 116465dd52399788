"""What matters most: how kind acts rank, how long each stays worth doing, and the week's budget.

A shop can give only so many acts and so much money a week. The rules suggest acts;
this module says which come first and which fit:

* Every rule has a **standing** (:data:`STANDINGS`): its tier (1 comes first: a loss or
  an illness, then the owner's call after a complaint, a customer waiting for an
  answer, "it is back", birthdays and congratulations, thanks for a real connection,
  milestones, "we miss you", neighbourhood rounds), how many days after its due date
  the act is still worth doing, whether it is sensitive, and what such an act usually
  costs.
* **Sensitive** acts (a loss, an illness, a complaint) are never pushed out by the
  budget, and may stand beside another open act for the same person. Every other
  new reason for someone who already has an open act joins that act instead.
* **Acts added by hand** always count and always show, and never expire.
* :func:`plan_week` walks the open acts in rank order and says which fit the week's
  budget (acts and money), and why the others do not.

Pure Python: facts in, facts out; the words are in the catalogues.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from shopcare.domain.delight_rules import RULES
from shopcare.domain.delight_task import BY_HAND


@dataclass(frozen=True)
class Standing:
    """Where a rule's acts stand: tier (1 first), days worth doing after the due date,
    sensitive or not, and what such an act usually costs (won)."""

    tier: int
    keeps_days: int | None
    sensitive: bool
    usual_cost: Decimal


#: The tiers, first to last, by name (their words are in the catalogues).
TIERS = (
    "loss-or-illness",
    "complaint",
    "waiting",
    "back-in-stock",
    "celebration",
    "connection",
    "milestone",
    "miss-you",
    "neighbourhood",
)


def _tier(name: str) -> int:
    return TIERS.index(name) + 1


#: Every rule's standing, and that of an act added by hand.
STANDINGS: dict[str, Standing] = {
    "bereavement": Standing(_tier("loss-or-illness"), 30, True, Decimal(50_000)),
    "get-well": Standing(_tier("loss-or-illness"), 21, True, Decimal(30_000)),
    "gentle-return": Standing(_tier("loss-or-illness"), 30, True, Decimal(0)),
    "complaint-call": Standing(_tier("complaint"), 14, True, Decimal(0)),
    "waiting-answer": Standing(_tier("waiting"), 14, False, Decimal(0)),
    BY_HAND: Standing(_tier("waiting"), None, False, Decimal(0)),
    "back-in-stock": Standing(_tier("back-in-stock"), 30, False, Decimal(0)),
    "birthday": Standing(_tier("celebration"), 10, False, Decimal(10_000)),
    "congratulations": Standing(_tier("celebration"), 21, False, Decimal(30_000)),
    "thank-you": Standing(_tier("connection"), 14, False, Decimal(5_000)),
    "milestone": Standing(_tier("milestone"), 21, False, Decimal(20_000)),
    "miss-you": Standing(_tier("miss-you"), 21, False, Decimal(5_000)),
    "neighbourhood": Standing(_tier("neighbourhood"), 30, False, Decimal(30_000)),
}
assert set(RULES) | {BY_HAND} == set(STANDINGS), "every rule needs a standing"

#: A rule's acts in an old shop may name a rule this version no longer has.
_UNKNOWN = Standing(_tier("waiting"), None, False, Decimal(0))


def standing(rule: str) -> Standing:
    """The standing of a rule's acts (an unknown rule ranks like an act added by hand)."""
    return STANDINGS.get(rule, _UNKNOWN)


def tier_name(tier: int) -> str:
    return TIERS[max(1, min(tier, len(TIERS))) - 1]


def is_sensitive(rule: str) -> bool:
    """Sensitive acts are never pushed out by the budget and never join another act."""
    return standing(rule).sensitive


def expires_on(rule: str, due: date) -> date | None:
    """The last day an act of ``rule`` due on ``due`` is still worth doing (None: never)."""
    keeps = standing(rule).keeps_days
    return None if keeps is None else due + timedelta(days=keeps)


# ----- the weekly budget ------------------------------------------------------------------

#: What a small shop can give in a week, until its owner says otherwise.
DEFAULT_BUDGET_ACTS = 10
DEFAULT_BUDGET_MONEY = Decimal(300_000)
#: The largest weekly budget of acts a shop can set.
MAX_BUDGET_ACTS = 1_000
#: Acts due by this many days from today compete for this week's budget.
WEEK_DAYS = 7
#: Beside the acts that fit, the sweep keeps this many times the budget as "could do".
COULD_DO_TIMES = 1


@dataclass(frozen=True)
class Budget:
    """How many acts and how much money (won) a week the shop can give."""

    acts: int = DEFAULT_BUDGET_ACTS
    money: Decimal = DEFAULT_BUDGET_MONEY


DEFAULT_BUDGET = Budget()


@dataclass(frozen=True)
class OpenAct:
    """An open act as the plan sees it."""

    id: str
    rule: str
    tier: int
    due: date
    scheduled: bool = False
    sensitive: bool = False
    planned_cost: Decimal = Decimal(0)
    expires: date | None = None

    @property
    def by_hand(self) -> bool:
        return self.rule == BY_HAND


#: Why an act is on the week's list whatever the budget.
ALWAYS_SENSITIVE, ALWAYS_BY_HAND, ALWAYS_SCHEDULED = "sensitive", "by-hand", "scheduled"
#: Why an act is not on the week's list: the acts are taken, the money is, or it is due later.
OUT_ACTS, OUT_MONEY, OUT_LATER = "acts", "money", "later"


@dataclass(frozen=True)
class Placed:
    """One act's place: its rank (1 first), whether it fits this week, and why."""

    act: OpenAct
    rank: int
    in_budget: bool
    always: str | None  # why it is on the list whatever the budget
    out: str | None  # why it is not on the list
    overdue: bool


@dataclass(frozen=True)
class WeekPlan:
    """The open acts in rank order, with what fits the week's budget."""

    placed: list[Placed]
    budget: Budget
    done: int  # acts done this week so far
    spent: Decimal  # money those acts cost
    planned: Decimal = Decimal(0)  # what the acts on the list still to do usually cost
    by_id: dict[str, Placed] = field(default_factory=dict)

    @property
    def money_left(self) -> Decimal:
        return self.budget.money - self.spent - self.planned

    @property
    def in_budget(self) -> list[Placed]:
        return [p for p in self.placed if p.in_budget]

    @property
    def could_do(self) -> list[Placed]:
        return [p for p in self.placed if not p.in_budget]

    @property
    def acts_left(self) -> int:
        """Acts of the week's budget neither done nor on the list."""
        return max(0, self.budget.acts - self.done - len(self.in_budget))


def rank_key(act: OpenAct) -> tuple[int, date]:
    """Acts rank by tier, then by due date (the overdue first)."""
    return (act.tier, act.due)


def plan_week(
    acts: Iterable[OpenAct],
    budget: Budget,
    today: date,
    done: int = 0,
    spent: Decimal = Decimal(0),
) -> WeekPlan:
    """Rank the open acts and say which fit this week's budget.

    Acts past their time (``expires`` before ``today``) are left out: the sweep closes
    them. Sensitive acts, acts added by hand and acts a person scheduled are on the
    list whatever the budget, and count against it first. The others, in rank order,
    fit while acts and money are left; those due after this week wait for theirs and
    rank after this week's, so the numbers a person reads run 1, 2, 3… without gaps.
    """
    live = sorted(
        (a for a in acts if a.expires is None or a.expires >= today),
        key=rank_key,  # a stable sort: equal keys keep the order given
    )
    slots = budget.acts - done
    money = budget.money - spent
    planned = Decimal(0)
    always: dict[str, str] = {}
    for act in live:
        reason = _always(act)
        if reason is not None:
            always[act.id] = reason
            slots -= 1
            money -= act.planned_cost
            planned += act.planned_cost
    last_day = today + timedelta(days=WEEK_DAYS)
    live.sort(key=lambda a: a.id not in always and a.due > last_day)  # stable: rank order kept
    placed = []
    for rank, act in enumerate(live, start=1):
        out: str | None = None
        if act.id not in always:
            if act.due > last_day:
                out = OUT_LATER
            elif slots <= 0:
                out = OUT_ACTS
            elif act.planned_cost > money:
                out = OUT_MONEY
            else:
                slots -= 1
                money -= act.planned_cost
                planned += act.planned_cost
        placed.append(
            Placed(act, rank, out is None, always.get(act.id), out, overdue=act.due < today)
        )
    return WeekPlan(placed, budget, done, spent, planned, {p.act.id: p for p in placed})


def _always(act: OpenAct) -> str | None:
    if act.sensitive:
        return ALWAYS_SENSITIVE
    if act.by_hand:
        return ALWAYS_BY_HAND
    if act.scheduled:
        return ALWAYS_SCHEDULED
    return None


# ----- one person, one act ------------------------------------------------------------------


@dataclass(frozen=True)
class ActOfCustomer:
    """An open act of one customer, as far as joining acts goes."""

    task_id: str
    rule: str
    due: date


def host_for(rule: str, open_acts: Sequence[ActOfCustomer]) -> ActOfCustomer | None:
    """The open act a new reason of ``rule`` joins, or None for an act of its own.

    A sensitive act (a loss, an illness, a complaint) always stands on its own, and
    is never joined: its sheet stays about the one thing. Any other reason joins the
    customer's open act that is not sensitive (the earliest due), if there is one.
    """
    if is_sensitive(rule):
        return None
    plain = [a for a in open_acts if not is_sensitive(a.rule)]
    return min(plain, key=lambda a: (a.due, a.task_id)) if plain else None


def room_for_new(open_plain: int, budget: Budget) -> int:
    """How many new acts (not sensitive) the sweep may add while ``open_plain`` are open:
    the week's budget plus as many "could do" (:data:`COULD_DO_TIMES`)."""
    return max(0, budget.acts * (1 + COULD_DO_TIMES) - open_plain)
