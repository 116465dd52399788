"""The delight rules: what happened in a customer's life becomes a kind act to do.

Every rule is a pure function of plain inputs (a customer event, or plain facts
about a customer, ``today`` and the shop's rule settings) and returns
:class:`TaskSuggestion` values; it never reads or writes anything. The trigger key
of a suggestion names exactly what caused it, so the same cause always gives the
same task (the task id is derived from the key), however often the rules run and
on however many computers.

A suggestion holds facts, never words: the rule, the customer, the due date and a
small typed ``facts`` mapping (one ``TypedDict`` per rule below, plain JSON values,
dates as ``YYYY-MM-DD``). The title, reason, act and message a person reads are
rendered from the catalogues in the shop's language (``shopcare.presentation``).

Two kinds of rule:

* event rules (:data:`EVENT_RULES`) run when a customer command is saved, on the
  new event: bereavement, get well, congratulations, complaint call, thank-you,
  back in stock;
* date rules run in the daily sweep, on facts gathered from the read models:
  birthday, gentle return, waiting for an answer, milestone, we-miss-you,
  neighbourhood round.

How the acts rank, how long each stays worth doing and which fit the week's budget
is :mod:`shopcare.domain.kindness`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypedDict
from uuid import UUID

from shopcare.domain.customer import Customer
from shopcare.domain.errors import InvalidInput

if TYPE_CHECKING:  # the rounds (and their address parsing) load with the sweep only
    from shopcare.domain.rounds import Round


@dataclass(frozen=True)
class Rule:
    """A rule's name and its default lead time in days (its words are in the catalogues)."""

    name: str
    lead_days: int


#: Every rule the shop can switch on or off, with its default lead time.
RULES: dict[str, Rule] = {
    r.name: r
    for r in (
        Rule("bereavement", 1),
        Rule("get-well", 1),
        Rule("birthday", 7),
        Rule("congratulations", 3),
        Rule("complaint-call", 2),
        Rule("gentle-return", 1),
        Rule("waiting-answer", 0),
        Rule("back-in-stock", 14),
        Rule("thank-you", 2),
        Rule("milestone", 7),
        Rule("miss-you", 7),
        Rule("neighbourhood", 14),
    )
}

#: Promotions stop for this many days after a bereavement.
PROMOTION_PAUSE_DAYS = 30
#: A sensitive life event this recent makes an overdue return a kindness, not a reminder.
SENSITIVE_RECENT_DAYS = 60
#: A call this long (minutes) earns a thank-you note.
LONG_CALL_MINUTES = 30
#: Purchases or visits that earn a small surprise.
MILESTONES = (5, 10, 25)
#: A customer with this many contacts is a regular.
LOYAL_CONTACTS = 5
#: A regular is quiet after this many days without contact.
QUIET_DAYS = 120
#: A promised answer this many days late makes the customer's wait a kind act of its own.
WAITING_LATE_DAYS = 2
#: A birthday suggestion appears this many days before its due date.
BIRTHDAY_NOTICE_DAYS = 14
#: An event logged this long after it happened (history typed in later) makes no task:
#: a thank-you note for a call last spring would not delight anyone.
STALE_AFTER_DAYS = 14

#: Life events that call for a congratulation card.
CONGRATULATION_KINDS = frozenset({"wedding", "new baby", "graduation"})


def require_rule(name: str) -> str:
    """The rule's name, or a clear InvalidInput naming the rules there are."""
    key = name.strip().lower()
    if key not in RULES:
        raise InvalidInput(
            "errors-unknown-choice", what="words-rule", value=str(name), allowed=", ".join(RULES)
        )
    return key


@dataclass(frozen=True)
class RuleConfig:
    """Which rules are on and their lead times; unset rules use the defaults."""

    enabled: Mapping[str, bool] = field(default_factory=dict)
    lead_days: Mapping[str, int] = field(default_factory=dict)

    def on(self, rule: str) -> bool:
        return self.enabled.get(rule, True)

    def lead(self, rule: str) -> int:
        return self.lead_days.get(rule, RULES[rule].lead_days)


DEFAULT_CONFIG = RuleConfig()


# ----- the facts each rule records (plain JSON values; dates as YYYY-MM-DD) ------------


class BereavementFacts(TypedDict):
    name: str
    note: str  # as typed ("her mother"), may be empty
    on: str  # the day the loss was noted
    paused_until: str  # no promotions until this day


class GetWellFacts(TypedDict):
    name: str
    note: str  # as typed, may be empty
    on: str  # the day the illness was noted


class CongratulationsFacts(TypedDict):
    name: str
    occasion: str  # "wedding", "new baby" or "graduation"
    note: str


class ComplaintCallFacts(TypedDict):
    name: str
    source: str  # "complaint" or "feedback" (unhappy feedback)
    category: str  # the complaint's category as typed; "" for feedback
    text: str  # the customer's words


class ThankYouFacts(TypedDict):
    name: str
    connection: bool  # a real connection was made
    minutes: int | None  # how long the conversation was, when known
    summary: str  # what the contact was about, as typed


class BackInStockFacts(TypedDict):
    name: str
    item: str
    sent_to: str


class BirthdayFacts(TypedDict):
    name: str
    birthday: str  # the coming birthday's date


class GentleReturnFacts(TypedDict):
    name: str
    item: str
    return_due: str
    life_event: str  # the latest sensitive life event's kind ("bereavement", "illness"...)
    life_event_on: str


class WaitingAnswerFacts(TypedDict):
    name: str
    reason: str  # what we promised to get back about, as typed
    promised: str  # the day we promised to get back by
    entry: int  # the follow-up's entry on the customer's timeline


class MilestoneFacts(TypedDict):
    name: str
    number: int  # 5, 10 or 25
    counted: str  # "purchase" or "visit"


class MissYouFacts(TypedDict):
    name: str
    contacts: int
    quiet_days: int
    last_contact: str


class RoundStop(TypedDict):
    customer_id: str
    name: str
    address: str  # as the customer gave it


class NeighbourhoodFacts(TypedDict):
    area: str  # where the round goes ("마포구 월드컵북로", "Baker Street, London")
    names: list[str]  # the regulars' names, in route order
    stops: list[RoundStop]  # one per household, in route order


Facts = (
    BereavementFacts
    | GetWellFacts
    | CongratulationsFacts
    | ComplaintCallFacts
    | ThankYouFacts
    | BackInStockFacts
    | BirthdayFacts
    | GentleReturnFacts
    | WaitingAnswerFacts
    | MilestoneFacts
    | MissYouFacts
    | NeighbourhoodFacts
)

#: Each rule's facts type: its keys are what a task of that rule records.
RULE_FACTS: dict[str, type] = {
    "bereavement": BereavementFacts,
    "get-well": GetWellFacts,
    "congratulations": CongratulationsFacts,
    "complaint-call": ComplaintCallFacts,
    "thank-you": ThankYouFacts,
    "back-in-stock": BackInStockFacts,
    "birthday": BirthdayFacts,
    "gentle-return": GentleReturnFacts,
    "waiting-answer": WaitingAnswerFacts,
    "milestone": MilestoneFacts,
    "miss-you": MissYouFacts,
    "neighbourhood": NeighbourhoodFacts,
}
assert set(RULE_FACTS) == set(RULES)


@dataclass(frozen=True)
class TaskSuggestion:
    """A kind act a rule suggests: which rule, for whom, by when, and the facts why.

    ``customer_id`` is None for a neighbourhood round. ``facts`` has the keys of
    the rule's facts type (:data:`RULE_FACTS`).
    """

    rule: str
    trigger_key: str
    customer_id: str | None
    due: date
    facts: Mapping[str, Any]


def _event_day(event: Any) -> date:
    return event.occurred_at.date()


def _key(rule: str, *parts: object) -> str:
    return ":".join([rule, *(str(p) for p in parts)])


def _for_event(rule: str, event: Any, config: RuleConfig, facts: Facts) -> TaskSuggestion:
    """A suggestion about one customer event, due the rule's lead time after it."""
    return TaskSuggestion(
        rule=rule,
        trigger_key=_key(rule, event.originator_id, event.originator_version),
        customer_id=str(event.originator_id),
        due=_event_day(event) + timedelta(days=config.lead(rule)),
        facts=facts,
    )


def _for_today(
    rule: str, customer_id: str | None, today: date, config: RuleConfig, facts: Facts, *key: object
) -> TaskSuggestion:
    """A suggestion found on ``today``, due the rule's lead time later; ``key`` makes the
    trigger key (with the rule's name before it)."""
    return TaskSuggestion(
        rule=rule,
        trigger_key=_key(rule, *key),
        customer_id=customer_id,
        due=today + timedelta(days=config.lead(rule)),
        facts=facts,
    )


# ----- event rules ----------------------------------------------------------------------


def bereavement_rule(event: Any, name: str, config: RuleConfig) -> TaskSuggestion | None:
    """A loss noted: flowers and a handwritten card, due the next day (lead time)."""
    if event.kind != "bereavement" or not config.on("bereavement"):
        return None
    day = _event_day(event)
    facts: BereavementFacts = {
        "name": name,
        "note": event.note or "",
        "on": day.isoformat(),
        "paused_until": promotions_paused_until(day).isoformat(),
    }
    return _for_event("bereavement", event, config, facts)


def promotions_paused_until(noted_on: date) -> date:
    """After a bereavement noted on ``noted_on``, no promotions until this date."""
    return noted_on + timedelta(days=PROMOTION_PAUSE_DAYS)


def get_well_rule(event: Any, name: str, config: RuleConfig) -> TaskSuggestion | None:
    """An illness noted: a get-well card and a kind word, due the next day (lead time)."""
    if event.kind != "illness" or not config.on("get-well"):
        return None
    facts: GetWellFacts = {
        "name": name,
        "note": event.note or "",
        "on": _event_day(event).isoformat(),
    }
    return _for_event("get-well", event, config, facts)


def congratulations_rule(event: Any, name: str, config: RuleConfig) -> TaskSuggestion | None:
    """A wedding, new baby or graduation: a congratulation card."""
    if event.kind not in CONGRATULATION_KINDS or not config.on("congratulations"):
        return None
    facts: CongratulationsFacts = {"name": name, "occasion": event.kind, "note": event.note or ""}
    return _for_event("congratulations", event, config, facts)


def complaint_call_rule(event: Any, name: str, config: RuleConfig) -> TaskSuggestion | None:
    """A complaint or negative feedback: the owner calls personally within 2 days."""
    if not config.on("complaint-call"):
        return None
    if isinstance(event, Customer.ComplaintRaised):
        facts: ComplaintCallFacts = {
            "name": name,
            "source": "complaint",
            "category": event.category,
            "text": event.text,
        }
    elif isinstance(event, Customer.FeedbackReceived) and event.polarity == "negative":
        facts = {"name": name, "source": "feedback", "category": "", "text": event.text}
    else:
        return None
    return _for_event("complaint-call", event, config, facts)


def thank_you_rule(event: Any, name: str, config: RuleConfig) -> TaskSuggestion | None:
    """A contact with an emotional connection, or a call of 30 minutes or more."""
    if not config.on("thank-you"):
        return None
    long_call = event.minutes is not None and event.minutes >= LONG_CALL_MINUTES
    if not (event.connection or long_call):
        return None
    facts: ThankYouFacts = {
        "name": name,
        "connection": bool(event.connection),
        "minutes": event.minutes,
        "summary": event.summary,
    }
    return _for_event("thank-you", event, config, facts)


def back_in_stock_rule(event: Any, name: str, config: RuleConfig) -> TaskSuggestion | None:
    """We could not supply an item: tell them when it is back in stock."""
    if not config.on("back-in-stock"):
        return None
    facts: BackInStockFacts = {"name": name, "item": event.item, "sent_to": event.sent_to}
    return _for_event("back-in-stock", event, config, facts)


EventRule = Callable[[Any, str, RuleConfig], TaskSuggestion | None]

#: Customer event class → the rules that look at it.
EVENT_RULES: dict[type, tuple[EventRule, ...]] = {
    Customer.LifeEventNoted: (bereavement_rule, get_well_rule, congratulations_rule),
    Customer.ComplaintRaised: (complaint_call_rule,),
    Customer.FeedbackReceived: (complaint_call_rule,),
    Customer.ContactLogged: (thank_you_rule,),
    Customer.ReferredElsewhere: (back_in_stock_rule,),
}


def is_fresh(occurred_at: datetime, now: datetime) -> bool:
    """Whether an event is recent enough for its rules to suggest a task."""
    return now - occurred_at <= timedelta(days=STALE_AFTER_DAYS)


def suggestions_for_event(event: Any, name: str, config: RuleConfig) -> list[TaskSuggestion]:
    """What the event rules suggest for one new customer event."""
    rules = EVENT_RULES.get(type(event), ())
    return [s for rule in rules if (s := rule(event, name, config)) is not None]


# ----- date rules -----------------------------------------------------------------------


def next_birthday(birthday: date, today: date) -> date:
    """The birthday's next date on or after ``today`` (29 February → 28th in other years)."""
    for year in (today.year, today.year + 1):
        try:
            day = birthday.replace(year=year)
        except ValueError:
            day = date(year, 2, 28)
        if day >= today:
            return day
    raise AssertionError("unreachable")  # pragma: no cover


def birthday_rule(
    customer_id: str, name: str, birthday: date | None, today: date, config: RuleConfig
) -> TaskSuggestion | None:
    """A card due 7 days (lead time) before the birthday, every year.

    It is suggested from two weeks before it is due; the year is in the trigger key.
    """
    if birthday is None or not config.on("birthday"):
        return None
    upcoming = next_birthday(birthday, today)
    due = max(today, upcoming - timedelta(days=config.lead("birthday")))
    if (due - today).days > BIRTHDAY_NOTICE_DAYS:
        return None
    facts: BirthdayFacts = {"name": name, "birthday": upcoming.isoformat()}
    return TaskSuggestion(
        rule="birthday",
        trigger_key=_key("birthday", customer_id, upcoming.year),
        customer_id=customer_id,
        due=due,
        facts=facts,
    )


@dataclass(frozen=True)
class OverdueReturn:
    entry: int
    item: str
    due: date


@dataclass(frozen=True)
class SensitiveEvent:
    kind: str
    on: date
    note: str = ""


def gentle_return_rule(
    customer_id: str,
    name: str,
    returns: Sequence[OverdueReturn],
    sensitive: Sequence[SensitiveEvent],
    today: date,
    config: RuleConfig,
) -> list[TaskSuggestion]:
    """An overdue return while a sensitive life event is recent (60 days): waive it kindly."""
    if not config.on("gentle-return"):
        return []
    recent = [s for s in sensitive if 0 <= (today - s.on).days <= SENSITIVE_RECENT_DAYS]
    if not recent:
        return []
    latest = max(recent, key=lambda s: s.on)
    out = []
    for r in returns:
        if r.due >= today:
            continue
        facts: GentleReturnFacts = {
            "name": name,
            "item": r.item,
            "return_due": r.due.isoformat(),
            "life_event": latest.kind,
            "life_event_on": latest.on.isoformat(),
        }
        out.append(
            _for_today("gentle-return", customer_id, today, config, facts, customer_id, r.entry)
        )
    return out


@dataclass(frozen=True)
class OpenFollowUp:
    entry: int
    reason: str
    due: date


def waiting_answer_rule(
    customer_id: str,
    name: str,
    followups: Sequence[OpenFollowUp],
    today: date,
    config: RuleConfig,
) -> list[TaskSuggestion]:
    """We promised to get back and are two days (``WAITING_LATE_DAYS``) late: the
    customer is waiting for an answer; call with it, and say sorry for the wait."""
    if not config.on("waiting-answer"):
        return []
    out = []
    for f in followups:
        if (today - f.due).days < WAITING_LATE_DAYS:
            continue
        facts: WaitingAnswerFacts = {
            "name": name,
            "reason": f.reason,
            "promised": f.due.isoformat(),
            "entry": f.entry,
        }
        out.append(
            _for_today("waiting-answer", customer_id, today, config, facts, customer_id, f.entry)
        )
    return out


def milestone_rule(
    customer_id: str,
    name: str,
    purchases: int,
    visits: int,
    today: date,
    config: RuleConfig,
    promotions_paused_until: date | None = None,
    last_on: date | None = None,
) -> TaskSuggestion | None:
    """The 5th, 10th or 25th purchase or visit: a small surprise (the highest reached).

    Only while the milestone is news: ``last_on`` (the latest purchase or visit) must be
    within ``STALE_AFTER_DAYS``, so a first sweep over years of history stays quiet.
    """
    if not config.on("milestone") or _paused(promotions_paused_until, today):
        return None
    if last_on is None or (today - last_on).days > STALE_AFTER_DAYS:
        return None
    best: tuple[int, str] | None = None
    for count, what in ((purchases, "purchase"), (visits, "visit")):
        reached = [m for m in MILESTONES if count >= m]
        if reached and (best is None or reached[-1] > best[0]):
            best = (reached[-1], what)
    if best is None:
        return None
    number, what = best
    facts: MilestoneFacts = {"name": name, "number": number, "counted": what}
    return _for_today("milestone", customer_id, today, config, facts, customer_id, what, number)


def miss_you_rule(
    customer_id: str,
    name: str,
    contacts: int,
    last_contact: date | None,
    today: date,
    config: RuleConfig,
    promotions_paused_until: date | None = None,
) -> TaskSuggestion | None:
    """A regular (5+ contacts) quiet for 120 days: a 'we miss you' note, once per quiet spell."""
    if not config.on("miss-you") or _paused(promotions_paused_until, today):
        return None
    if contacts < LOYAL_CONTACTS or last_contact is None:
        return None
    quiet = (today - last_contact).days
    if quiet < QUIET_DAYS:
        return None
    facts: MissYouFacts = {
        "name": name,
        "contacts": contacts,
        "quiet_days": quiet,
        "last_contact": last_contact.isoformat(),
    }
    key = last_contact.isoformat()
    return _for_today("miss-you", customer_id, today, config, facts, customer_id, key)


def neighbourhood_rule(
    chosen: Round | None, today: date, config: RuleConfig
) -> TaskSuggestion | None:
    """A round of a handful of nearby regulars (see :mod:`shopcare.domain.rounds`), at
    most one a month: the month is in the trigger key."""
    if chosen is None or not config.on("neighbourhood") or not chosen.stops:
        return None
    stops: list[RoundStop] = [
        {"customer_id": s.customer_ids[0], "name": " · ".join(s.names), "address": s.address}
        for s in chosen.stops
    ]
    facts: NeighbourhoodFacts = {
        "area": chosen.area,
        "names": [n for s in chosen.stops for n in s.names],
        "stops": stops,
    }
    month = f"{today.year}-{today.month:02d}"
    return _for_today("neighbourhood", None, today, config, facts, month)


def _paused(until: date | None, today: date) -> bool:
    return until is not None and today < until


def as_uuid(value: str | UUID | None) -> UUID | None:
    """A suggestion's customer id as a UUID (or None)."""
    if value is None or isinstance(value, UUID):
        return value
    return UUID(value)
