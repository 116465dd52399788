"""The daily sweep: acts past their time close, and the date rules suggest the week's acts.

It sits at the service layer: it takes the facts from
:mod:`shopcare.readmodels.sweep_facts` (set-based queries, no aggregate loaded to
ask whether a task exists), calls the pure rules of
:mod:`shopcare.domain.delight_rules`, and hands what they suggest to the
application. In order:

1. acts past the last day they were worth doing close as expired; an act whose cause
   was withdrawn, or a "waiting for an answer" act whose answer was given, closes as
   settled;
2. a customer with two open acts (two records merged into one) keeps one, the
   other's reason told on it;
3. the date rules run; what is already there is left alone (task ids come from
   trigger keys, so a second sweep, or a second computer, suggests nothing new);
4. new acts that are not sensitive are added in rank order only while the week's
   budget and as many "could do" are not taken (the rest wait for a later sweep); a
   new reason for someone with an open act joins that act instead.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date, timedelta
from uuid import UUID

from shopcare.application import Actor, ShopCareApplication
from shopcare.clock import local_date
from shopcare.domain.delight_rules import (
    LOYAL_CONTACTS,
    QUIET_DAYS,
    STALE_AFTER_DAYS,
    RuleConfig,
    TaskSuggestion,
    birthday_rule,
    gentle_return_rule,
    milestone_rule,
    miss_you_rule,
    neighbourhood_rule,
    waiting_answer_rule,
)
from shopcare.domain.delight_task import BY_HAND, PAST_ITS_TIME, SETTLED, DelightTask
from shopcare.domain.kindness import (
    ActOfCustomer,
    Budget,
    is_sensitive,
    room_for_new,
    standing,
)
from shopcare.domain.rounds import Regular, choose_round
from shopcare.readmodels.care import weekly_budget
from shopcare.readmodels.database import Database
from shopcare.readmodels.sweep_facts import (
    day,
    expired_acts,
    known_trigger_keys,
    local_midnight_utc,
    settled_acts,
    sweep_facts,
)
from shopcare.readmodels.tasks import open_acts


@dataclass
class Candidate:
    """A suggestion and the loyalty of whom it is for; or (a round) a way to work it out
    once it is known to have room."""

    suggestion: TaskSuggestion | None
    loyalty: int
    later: Callable[[], TaskSuggestion | None] | None = None


@dataclass
class SweepOutcome:
    """What a sweep did: acts suggested (new or there already), expired, and joined."""

    suggested: list[UUID] = field(default_factory=list)
    expired: list[UUID] = field(default_factory=list)
    left_for_later: int = 0


def gather_suggestions(
    db: Database,
    today: date,
    config: RuleConfig,
    known: Collection[str] = (),
    full: Collection[str] | None = None,
) -> list[Candidate]:
    """What the date rules suggest today, from the read models (nothing is saved).

    Times are compared as stored (UTC text) against the start of the local days that
    matter, so only the customers a rule may fire for get their dates worked out.
    ``known`` (trigger keys already there) spares working out a round already made
    this month. ``full``: when the week has no room for new acts, the customers who
    have an open act (only a reason that joins it can be added): milestones and "we
    miss you" are then looked for only for them."""
    facts = sweep_facts(db, today)
    quiet_before = local_midnight_utc(today - timedelta(days=QUIET_DAYS - 1))
    news_since = local_midnight_utc(today - timedelta(days=STALE_AFTER_DAYS))
    out: list[Candidate] = []
    regulars: list[Regular] = []
    for c in facts.customers:
        cid, name = c.id, c.name
        loyalty = (c.contacts or 0) + (c.purchases or 0)
        found: list[TaskSuggestion | None] = []
        pause = facts.paused_until.get(cid)
        if c.birthday:
            found.append(birthday_rule(cid, name, day(c.birthday), today, config))
        if cid in facts.overdue:
            found += gentle_return_rule(
                cid, name, facts.overdue[cid], facts.sensitive.get(cid, []), today, config
            )
        if cid in facts.late_followups:
            found += waiting_answer_rule(cid, name, facts.late_followups[cid], today, config)
        joins_only = full is not None and cid not in full
        last_visit = facts.last_visit_or_purchase_at.get(cid, "")
        if last_visit >= news_since and not joins_only:
            found.append(
                milestone_rule(
                    cid,
                    name,
                    c.purchases,
                    facts.visits.get(cid, 0),
                    today,
                    config,
                    pause,
                    local_date(last_visit),
                )
            )
        regular = c.contacts >= LOYAL_CONTACTS
        quiet = regular and c.last_contact_at and c.last_contact_at < quiet_before
        if quiet and not joins_only:
            last = local_date(c.last_contact_at)
            found.append(miss_you_rule(cid, name, c.contacts, last, today, config, pause))
        out += [Candidate(s, loyalty) for s in found if s is not None]
        address = (c.address or "").strip()
        if address and regular and not (pause and today < pause):
            regulars.append(Regular(cid, name, address, loyalty))
    if config.on("neighbourhood") and round_key(today) not in known:
        out.append(Candidate(None, 0, lambda: _round(regulars, facts.visited_areas, today, config)))
    return out


def _round(
    regulars: list[Regular], visited: set[str], today: date, config: RuleConfig
) -> TaskSuggestion | None:
    """This month's round, worked out only when it may be chosen (it ranks last)."""
    return neighbourhood_rule(choose_round(regulars, visited), today, config)


def round_key(today: date) -> str:
    """The trigger key of this month's neighbourhood round (one a month)."""
    return f"neighbourhood:{today.year}-{today.month:02d}"


def _rank(c: Candidate) -> tuple[int, int, date, str]:
    s = c.suggestion
    assert s is not None
    return (standing(s.rule).tier, -c.loyalty, s.due, s.trigger_key)


def choose_new(
    candidates: list[Candidate],
    known: Collection[str],
    acts: dict[str, list[ActOfCustomer]],
    open_plain: int,
    budget: Budget,
) -> tuple[list[TaskSuggestion], int]:
    """The candidates to save, in rank order, and how many wait for a later sweep.

    ``known``: the trigger keys already there. Sensitive ones always; a reason for
    someone with an open act (it joins that act); the others while the budget's room
    (acts and "could do") lasts."""
    room = room_for_new(open_plain, budget)
    has_act = {cid for cid, a in acts.items() if a}
    chosen: list[TaskSuggestion] = []
    left = 0
    seen: set[str] = set()
    ready = [c for c in candidates if c.suggestion is not None]
    fresh = [c for c in ready if c.suggestion.trigger_key not in known]  # type: ignore[union-attr]
    for c in sorted(fresh, key=_rank):
        s = c.suggestion
        assert s is not None
        if s.trigger_key in seen:
            continue
        seen.add(s.trigger_key)
        if is_sensitive(s.rule) or (s.customer_id is not None and s.customer_id in has_act):
            chosen.append(s)
        elif room > 0:
            chosen.append(s)
            room -= 1
        else:
            left += 1
            continue
        if s.customer_id is not None:
            has_act.add(s.customer_id)
    for c in candidates:  # a round ranks last: worked out only if there is room for it
        if c.later is not None:
            if room <= 0:
                left += 1
            elif (s := c.later()) is not None and s.trigger_key not in known:
                chosen.append(s)
                room -= 1
    return chosen, left


def run_sweep(app: ShopCareApplication, db: Database, by: Actor, today: date) -> list[UUID]:
    """Run the daily sweep (see the module); return the ids of the acts the date rules
    suggest today (new, or there from an earlier sweep)."""
    return sweep(app, db, by, today).suggested


def sweep(app: ShopCareApplication, db: Database, by: Actor, today: date) -> SweepOutcome:
    outcome = SweepOutcome()
    # 1. Acts past their time, and waits that were answered, close.
    past = expired_acts(db, today)
    settled = [t for t in settled_acts(db) if t not in set(past)]
    closing = [(t, PAST_ITS_TIME) for t in past] + [(t, SETTLED) for t in settled]
    if closing:
        outcome.expired = app.expire_tasks(by, closing, today)
    closed = {str(t) for t in outcome.expired}
    # 2. One person, one act: heal customers who came to have two.
    acts: dict[str, list[ActOfCustomer]] = defaultdict(list)
    open_plain = 0
    for r in open_acts(db):
        if r["id"] in closed:
            continue
        if not is_sensitive(r["rule"]) and r["rule"] != BY_HAND:
            open_plain += 1
        if r["customer_id"]:
            acts[r["customer_id"]].append(
                ActOfCustomer(r["id"], r["rule"], date.fromisoformat(r["due"][:10]))
            )
    for cid, theirs in list(acts.items()):
        plain = sorted(
            (a for a in theirs if not is_sensitive(a.rule)), key=lambda a: (a.due, a.task_id)
        )
        if len(plain) > 1:
            app.join_tasks(by, plain[0].task_id, [a.task_id for a in plain[1:]])
            acts[cid] = [a for a in theirs if a not in plain[1:]]
            open_plain -= len(plain) - 1
    # 3 and 4. The date rules, and what of it fits.
    config = app.rule_config()
    known = known_trigger_keys(db)
    budget = weekly_budget(db)
    full = set(acts) if room_for_new(open_plain, budget) == 0 else None
    candidates = gather_suggestions(db, today, config, known, full)
    chosen, outcome.left_for_later = choose_new(candidates, known, acts, open_plain, budget)
    if chosen:
        app.suggest_tasks(by, chosen, open_acts=acts, known=())
    wanted = {c.suggestion.trigger_key for c in candidates if c.suggestion}
    if config.on("neighbourhood"):
        wanted.add(round_key(today))  # made earlier this month, or just now
    there = wanted & known
    keys = there | {s.trigger_key for s in chosen}
    outcome.suggested = sorted(DelightTask.create_id(k) for k in keys)
    return outcome
