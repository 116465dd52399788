"""The delight rules: what happened in a customer's life becomes a kind act to do.

Every rule is a pure function of plain inputs (a customer event, or plain facts
about a customer, ``today`` and the shop's rule settings) and returns
:class:`TaskSuggestion` values; it never reads or writes anything. The trigger key
of a suggestion names exactly what caused it, so the same cause always gives the
same task (the task id is derived from the key), however often the rules run and
on however many computers.

Two kinds of rule:

* event rules (:data:`EVENT_RULES`) run when a customer command is saved, on the
  new event: bereavement, congratulations, complaint call, thank-you, back in stock;
* date rules run in the daily sweep, on facts gathered from the read models:
  birthday, gentle return, milestone, we-miss-you, neighbourhood.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from uuid import UUID

from shopcare.domain.customer import Customer
from shopcare.domain.errors import InvalidInput


@dataclass(frozen=True)
class Rule:
    """A rule's name, what it is for, and its default lead time in days."""

    name: str
    description: str
    lead_days: int


#: Every rule the shop can switch on or off, with its default lead time.
RULES: dict[str, Rule] = {
    r.name: r
    for r in (
        Rule("bereavement", "flowers and a handwritten card after a loss", 1),
        Rule("birthday", "a birthday card, days before the birthday", 7),
        Rule("congratulations", "congratulate on a wedding, new baby or graduation", 3),
        Rule("complaint-call", "the owner calls personally after a complaint", 2),
        Rule("gentle-return", "waive an overdue return after a hard time", 1),
        Rule("back-in-stock", "tell them when what we could not supply is back", 14),
        Rule("thank-you", "a thank-you note after a warm or long conversation", 2),
        Rule("milestone", "a small surprise on the 5th, 10th, 25th purchase or visit", 7),
        Rule("miss-you", "a 'we miss you' note to a quiet regular", 7),
        Rule("neighbourhood", "one surprise round for regulars living close together", 14),
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
#: This many regulars in one postal code make a neighbourhood round.
NEIGHBOURHOOD_MIN = 3
#: A birthday suggestion appears this many days before its due date.
BIRTHDAY_NOTICE_DAYS = 14
#: An event logged this long after it happened (history typed in later) makes no task:
#: a thank-you note for a call last spring would not delight anyone.
STALE_AFTER_DAYS = 14

CONGRATULATION_KINDS = {
    "wedding": "wedding",
    "new baby": "new baby",
    "graduation": "graduation",
}


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


@dataclass(frozen=True)
class TaskSuggestion:
    """A kind act a rule suggests; ``customer_id`` is None for a neighbourhood round."""

    trigger_key: str
    rule: str
    customer_id: str | None
    title: str
    reason: str
    act: str
    message: str
    due: date


def _days(n: int) -> str:
    return "1 day" if n == 1 else f"{n} days"


def _event_day(event: Any) -> date:
    return event.occurred_at.date()


def _key(rule: str, *parts: object) -> str:
    return ":".join([rule, *(str(p) for p in parts)])


# ----- event rules ----------------------------------------------------------------------


def bereavement_rule(event: Any, name: str, config: RuleConfig) -> TaskSuggestion | None:
    """A loss noted: flowers and a handwritten card, due the next day (lead time)."""
    if event.kind != "bereavement" or not config.on("bereavement"):
        return None
    day = _event_day(event)
    until = promotions_paused_until(day)
    note = f" ({event.note})" if event.note else ""
    return TaskSuggestion(
        trigger_key=_key("bereavement", event.originator_id, event.originator_version),
        rule="bereavement",
        customer_id=str(event.originator_id),
        title=f"Flowers and a card for {name}",
        reason=f"{name} has suffered a loss{note}. Promotions are paused until {until}.",
        act="Send flowers with a handwritten card",
        message=f"Dear {name}, we were so sorry to hear of your loss. "
        "We are thinking of you. With warm wishes from all of us.",
        due=day + timedelta(days=config.lead("bereavement")),
    )


def promotions_paused_until(noted_on: date) -> date:
    """After a bereavement noted on ``noted_on``, no promotions until this date."""
    return noted_on + timedelta(days=PROMOTION_PAUSE_DAYS)


def congratulations_rule(event: Any, name: str, config: RuleConfig) -> TaskSuggestion | None:
    """A wedding, new baby or graduation: a congratulation card."""
    occasion = CONGRATULATION_KINDS.get(event.kind)
    if occasion is None or not config.on("congratulations"):
        return None
    note = f" ({event.note})" if event.note else ""
    return TaskSuggestion(
        trigger_key=_key("congratulations", event.originator_id, event.originator_version),
        rule="congratulations",
        customer_id=str(event.originator_id),
        title=f"Congratulate {name} on the {occasion}",
        reason=f"{name} told us about a {occasion}{note}.",
        act="Send a congratulation card",
        message=f"Dear {name}, congratulations on the {occasion}! "
        "We are so happy for you. Best wishes from all of us.",
        due=_event_day(event) + timedelta(days=config.lead("congratulations")),
    )


def complaint_call_rule(event: Any, name: str, config: RuleConfig) -> TaskSuggestion | None:
    """A complaint or negative feedback: the owner calls personally within 2 days."""
    if not config.on("complaint-call"):
        return None
    if isinstance(event, Customer.ComplaintRaised):
        what = f"a complaint about {event.category}: {event.text}"
    elif isinstance(event, Customer.FeedbackReceived) and event.polarity == "negative":
        what = f"unhappy feedback: {event.text}"
    else:
        return None
    return TaskSuggestion(
        trigger_key=_key("complaint-call", event.originator_id, event.originator_version),
        rule="complaint-call",
        customer_id=str(event.originator_id),
        title=f"Owner to call {name}",
        reason=f"{name} gave us {what}",
        act="The owner calls personally, listens, and puts it right",
        message=f"Hello {name}, this is the owner. I heard what happened and I am sorry. "
        "I would like to hear it from you and put it right.",
        due=_event_day(event) + timedelta(days=config.lead("complaint-call")),
    )


def thank_you_rule(event: Any, name: str, config: RuleConfig) -> TaskSuggestion | None:
    """A contact with an emotional connection, or a call of 30 minutes or more."""
    if not config.on("thank-you"):
        return None
    long_call = event.minutes is not None and event.minutes >= LONG_CALL_MINUTES
    if not (event.connection or long_call):
        return None
    why = "a real connection" if event.connection else f"a {event.minutes}-minute conversation"
    return TaskSuggestion(
        trigger_key=_key("thank-you", event.originator_id, event.originator_version),
        rule="thank-you",
        customer_id=str(event.originator_id),
        title=f"Thank-you note to {name}",
        reason=f"We had {why} with {name}: {event.summary}",
        act="Write a short handwritten thank-you note",
        message=f"Dear {name}, thank you for taking the time to talk with us. "
        "It was lovely. See you soon!",
        due=_event_day(event) + timedelta(days=config.lead("thank-you")),
    )


def back_in_stock_rule(event: Any, name: str, config: RuleConfig) -> TaskSuggestion | None:
    """We could not supply an item: tell them when it is back in stock."""
    if not config.on("back-in-stock"):
        return None
    return TaskSuggestion(
        trigger_key=_key("back-in-stock", event.originator_id, event.originator_version),
        rule="back-in-stock",
        customer_id=str(event.originator_id),
        title=f"Tell {name} when {event.item} is back",
        reason=f"We could not supply {event.item} and sent {name} to {event.sent_to}.",
        act=f"Check the stock of {event.item}; tell them when it is back in stock",
        message=f"Hello {name}, good news: {event.item} is back in stock. "
        "We kept one aside for you.",
        due=_event_day(event) + timedelta(days=config.lead("back-in-stock")),
    )


EventRule = Callable[[Any, str, RuleConfig], TaskSuggestion | None]

#: Customer event class → the rules that look at it.
EVENT_RULES: dict[type, tuple[EventRule, ...]] = {
    Customer.LifeEventNoted: (bereavement_rule, congratulations_rule),
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
    return TaskSuggestion(
        trigger_key=_key("birthday", customer_id, upcoming.year),
        rule="birthday",
        customer_id=customer_id,
        title=f"Birthday card for {name}",
        reason=f"{name}'s birthday is on {upcoming.isoformat()}.",
        act="Write and post a birthday card",
        message=f"Happy birthday, {name}! Wishing you a wonderful year, from all of us.",
        due=due,
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
        out.append(
            TaskSuggestion(
                trigger_key=_key("gentle-return", customer_id, r.entry),
                rule="gentle-return",
                customer_id=customer_id,
                title=f"Waive the return of {r.item} for {name}",
                reason=f"The return of {r.item} was due {r.due.isoformat()}, but {name} "
                f"is going through a hard time ({latest.kind}, {latest.on.isoformat()}).",
                act="Waive the return and send a kind note, not a reminder",
                message=f"Dear {name}, please don't worry about returning the {r.item}; "
                "keep it with our compliments. We are thinking of you.",
                due=today + timedelta(days=config.lead("gentle-return")),
            )
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
    return TaskSuggestion(
        trigger_key=_key("milestone", customer_id, what, number),
        rule="milestone",
        customer_id=customer_id,
        title=f"A small surprise for {name}",
        reason=f"{name} has reached their {_ordinal(number)} {what} with us.",
        act="Put a small surprise in their next bag, or post one",
        message=f"Dear {name}, a little thank-you for your {_ordinal(number)} {what}. "
        "It means a lot to us!",
        due=today + timedelta(days=config.lead("milestone")),
    )


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
    return TaskSuggestion(
        trigger_key=_key("miss-you", customer_id, last_contact.isoformat()),
        rule="miss-you",
        customer_id=customer_id,
        title=f"'We miss you' note to {name}",
        reason=f"{name} has been in touch {contacts} times, but not for {_days(quiet)} "
        f"(last on {last_contact.isoformat()}).",
        act="Send a short 'we miss you' note",
        message=f"Dear {name}, we have not seen you for a while and we miss you. "
        "We hope all is well!",
        due=today + timedelta(days=config.lead("miss-you")),
    )


def neighbourhood_rule(
    postal_code: str, regulars: Sequence[tuple[str, str]], today: date, config: RuleConfig
) -> TaskSuggestion | None:
    """Three or more regulars (id, name) in one postal code: one surprise round, once a year."""
    if not config.on("neighbourhood") or not postal_code.strip():
        return None
    if len(regulars) < NEIGHBOURHOOD_MIN:
        return None
    names = ", ".join(n for _, n in sorted(regulars, key=lambda r: (r[1], r[0])))
    return TaskSuggestion(
        trigger_key=_key("neighbourhood", postal_code.strip(), today.year),
        rule="neighbourhood",
        customer_id=None,
        title=f"Neighbourhood surprise in {postal_code}",
        reason=f"{len(regulars)} regulars live in {postal_code}: {names}.",
        act="Make a list and deliver a small surprise to each, in one round",
        message="Hello neighbour! A little something from your local shop, with thanks.",
        due=today + timedelta(days=config.lead("neighbourhood")),
    )


def _paused(until: date | None, today: date) -> bool:
    return until is not None and today < until


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def as_uuid(value: str | UUID | None) -> UUID | None:
    """A suggestion's customer id as a UUID (or None)."""
    if value is None or isinstance(value, UUID):
        return value
    return UUID(value)
