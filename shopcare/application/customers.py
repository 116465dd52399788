"""The customer commands of the application: each stores one customer event.

A thin command surface in the style of the ``eventsourcing`` examples: each
method parses its input with the domain's value helpers, asks the aggregate to
decide, and saves. A save that conflicts with another writer (another window,
the CLI, another PC on PostgreSQL) raises ``IntegrityError``; the whole command
is then retried on the fresh state.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError, Application
from eventsourcing.persistence import JSONTranscoder
from eventsourcing.utils import TopicError

from shopcare.application.actor import Actor
from shopcare.application.conflicts import retry_on_conflict
from shopcare.application.transcodings import DateAsISO
from shopcare.clock import Clock
from shopcare.clock import now as clock_now
from shopcare.domain.customer import Customer
from shopcare.domain.errors import InvalidInput
from shopcare.domain.values import (
    SENSITIVE_BY_DEFAULT,
    Channel,
    Direction,
    LifeEventKind,
    Polarity,
    Sentiment,
    Touchpoint,
    clean_tags,
    clean_text,
    normalise_phone,
    parse_choice,
    parse_count,
    parse_date,
    parse_email,
    parse_id,
    parse_moment,
    parse_money,
    require_text,
)

#: The longest contact that may be logged, in minutes (a whole day).
MAX_MINUTES = 24 * 60
#: The highest entry number a command may name.
MAX_ENTRY = 10**9

T = TypeVar("T")


def replay(aggregate: Any, events: Iterable[Any]) -> Any:
    """Apply events in order (the library's default also asserts a runtime Protocol per
    event, which costs more than the event itself on Python 3.11)."""
    for domain_event in events:
        aggregate = domain_event.mutate(aggregate)
    return aggregate


#: What loading an aggregate raises when one of its stored events is damaged (not the
#: store's own faults, which are ``PersistenceError`` and pass on).
UNREADABLE = (ValueError, TypeError, KeyError, AttributeError, TopicError)


def parse_customer_id(value: str | UUID) -> UUID:
    return parse_id(value, "words-customer")


def parse_entry(value: int | str | None, what: str = "words-entry") -> int | None:
    """An entry number of a customer's timeline (``None`` when not given)."""
    return parse_count(value, what, minimum=1, maximum=MAX_ENTRY)


def clean_profile(changes: dict[str, Any], today: date) -> dict[str, Any]:
    """Profile fields as typed, each checked and cleaned the one way it is everywhere."""
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "name":
            out[key] = require_text(value, "words-name")
        elif key == "phone":
            out[key] = normalise_phone(value)
        elif key == "email":
            out[key] = parse_email(value)
        elif key == "birthday":
            out[key] = parse_date(value, "words-birthday", today)
        elif key == "tags":
            out[key] = clean_tags(list(value or ()))
        elif key == "notes":
            out[key] = clean_text(value, "words-notes", multiline=True)
        elif key in ("address", "postal_code"):
            out[key] = clean_text(value, "words-" + key.replace("_", "-"))
        else:
            out[key] = value  # the aggregate names an unknown field
    return out


#: The fields of the event that opened an item, by kind, carried over in a merge.
OPEN_DETAILS = {
    "return": ("item", "due"),
    "complaint": ("category", "text", "touchpoint"),
    "followup": ("due", "reason"),
}


def details_to_fill(kept: Customer, duplicate: Customer) -> dict[str, Any]:
    """Profile details the kept record lacks and the duplicate has; tags and notes join."""
    changes: dict[str, Any] = {}
    for key in ("phone", "email", "address", "postal_code", "birthday"):
        if not getattr(kept, key) and getattr(duplicate, key):
            changes[key] = getattr(duplicate, key)
    tags = kept.tags + [t for t in duplicate.tags if t not in kept.tags]
    if tags != kept.tags:
        changes["tags"] = tags
    if duplicate.notes and duplicate.notes not in kept.notes:
        changes["notes"] = f"{kept.notes}\n{duplicate.notes}" if kept.notes else duplicate.notes
    return changes


class CustomerApplication(Application[UUID]):
    """Commands for customers and their contacts; events go to the event store."""

    name = "ShopCare"
    env = {  # noqa: RUF012 - the library reads this class attribute
        "AGGREGATE_CACHE_MAXSIZE": "2000",
        "AGGREGATE_CACHE_FASTFORWARD": "y",
    }

    def __init__(
        self,
        env: dict[str, str] | None = None,
        clock: Clock = clock_now,
    ) -> None:
        super().__init__(env=env)
        self.clock = clock
        self._listeners: list[Callable[[], None]] = []
        #: What the last save stored, for its listeners: per event (position, originator
        #: id, version, topic, stored state), as the log holds it.
        self.last_saved: list[tuple[int, Any, int, str, bytes]] = []

    def register_transcodings(self, transcoder: JSONTranscoder) -> None:
        super().register_transcodings(transcoder)
        transcoder.register(DateAsISO())

    def on_saved(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after every successful save (read models catch up)."""
        self._listeners.append(listener)

    def _notify(self, recordings: Sequence[Any]) -> None:  # type: ignore[override]
        self.last_saved = [
            (n.id, n.originator_id, n.originator_version, n.topic, n.state)
            for n in (r.notification for r in recordings)
        ]
        for listener in self._listeners:
            listener()

    # ----- helpers ----------------------------------------------------------------

    def _when(self, at: datetime | str | None) -> datetime:
        """When it happened: now, or a time from 1900 to a few years ahead."""
        return parse_moment(at, "words-time", self.clock())

    def _date(self, value: str | date | None, what: str) -> date | None:
        """A date from 1900 to a few years ahead (``None`` when not given)."""
        return parse_date(value, what, self.clock().date())

    def get_customer(
        self, customer_id: str | UUID, *, follow: bool = True, forgotten: bool = False
    ) -> Customer:
        """The customer's current state, rebuilt from its events.

        A record merged into another gives the one it was merged into (``follow``);
        a forgotten person is refused unless ``forgotten`` allows them.
        """
        customer = self._load_customer(parse_customer_id(customer_id))
        seen = {customer.id}
        while follow and customer.merged_into is not None and customer.merged_into not in seen:
            customer = self._load_customer(customer.merged_into)
            seen.add(customer.id)
        if customer.forgotten and not forgotten:
            raise InvalidInput("data-customer-forgotten", id=str(customer.id))
        return customer

    def _load_customer(self, cid: UUID) -> Customer:
        try:
            customer = self.repository.get(cid, projector_func=replay)
        except AggregateNotFoundError:
            raise InvalidInput("errors-no-customer", id=str(cid)) from None
        except UNREADABLE as error:  # a stored event of theirs is damaged: say so, change nothing
            raise InvalidInput(
                "errors-history-unreadable", id=str(cid), reason=type(error).__name__
            ) from error
        if not isinstance(customer, Customer):
            raise InvalidInput("errors-no-customer", id=str(cid))
        return customer

    def _update(self, customer_id: str | UUID, change: Callable[[Customer], T]) -> T:
        """Run ``change`` on the customer and save; on a conflict, retry on fresh state."""

        def once() -> T:
            customer = self.get_customer(customer_id)
            result = change(customer)
            self.save(customer)
            return result

        return retry_on_conflict(once)

    # ----- one person entered twice, and a person who asked to be forgotten ------------

    def merge_customers(self, by: Actor, keep: str | UUID, other: str | UUID) -> UUID:
        """``other`` is ``keep`` entered twice: one customer from now on; return the kept id.

        In one save: ``other`` points at ``keep`` (its history stays and shows on the
        kept timeline), what it still had open moves over, and details the kept
        record lacks (a phone, an email, ...) are filled in from it.
        """
        when = self._when(None)

        def once() -> UUID:
            kept = self.get_customer(keep)
            duplicate = self.get_customer(other)
            if kept.id == duplicate.id:
                raise InvalidInput("data-merge-same")
            still_open = self._still_open(duplicate)
            duplicate.merge_into(by.stamp(when), into=kept.id)
            for kind, entry, opened_at, details in still_open:
                kept.take_over(
                    by.stamp(when),
                    kind=kind,
                    from_customer=duplicate.id,
                    from_entry=entry,
                    opened_at=opened_at,
                    details=details,
                )
            missing = details_to_fill(kept, duplicate)
            if missing:
                kept.change_details(by.stamp(when), missing)
            self.save(duplicate, kept)
            return kept.id

        return retry_on_conflict(once)

    def _still_open(self, customer: Customer) -> list[tuple[str, int, datetime, dict[str, Any]]]:
        """What is open for ``customer``: (kind, entry, opened at, details), by entry."""
        open_entries = {
            entry: kind
            for kind, items in (
                ("return", customer.open_returns),
                ("complaint", customer.open_complaints),
                ("followup", customer.open_followups),
            )
            for entry in items
        }
        if not open_entries:
            return []
        found = []
        for e in self.events.get(customer.id):
            kind = open_entries.get(e.originator_version)
            if kind is None:
                continue
            if isinstance(e, Customer.OpenItemMoved):
                found.append((kind, e.originator_version, e.opened_at, dict(e.details)))
                continue
            fields = OPEN_DETAILS[kind]
            details = {f: getattr(e, f) for f in fields}
            found.append((kind, e.originator_version, e.occurred_at, details))
        return found

    def forget_customer(self, by: Actor, customer_id: str | UUID) -> UUID:
        """Record that the person asked to be forgotten (the stored events are made
        anonymous by ``shopcare.service.erasure``); return their id."""
        when = self._when(None)

        def once() -> UUID:
            customer = self.get_customer(customer_id, follow=False, forgotten=True)
            if not customer.forgotten:
                customer.forget(by.stamp(when))
                self.save(customer)
            return customer.id

        return retry_on_conflict(once)

    # ----- commands ---------------------------------------------------------------

    def register_customer(
        self,
        by: Actor,
        *,
        name: str,
        phone: str = "",
        email: str = "",
        address: str = "",
        postal_code: str = "",
        birthday: str | date | None = None,
        tags: Sequence[str] = (),
        notes: str = "",
        at: datetime | str | None = None,
    ) -> UUID:
        """Register a new customer and return their id."""
        profile = clean_profile(
            {
                "name": name,
                "phone": phone,
                "email": email,
                "address": address,
                "postal_code": postal_code,
                "birthday": birthday,
                "tags": tags,
                "notes": notes,
            },
            self.clock().date(),
        )
        customer = Customer.register(by.stamp(self._when(at)), **profile)
        self.save(customer)
        return customer.id

    def register_customers(self, by: Actor, profiles: Sequence[dict[str, Any]]) -> list[UUID]:
        """Register many customers in one save (all of them or none); return their ids."""
        today, when = self.clock().date(), self._when(None)
        customers = [
            Customer.register(by.stamp(when), **clean_profile(dict(p), today)) for p in profiles
        ]
        if customers:
            self.save(*customers)
        return [c.id for c in customers]

    def change_details(self, by: Actor, customer_id: str | UUID, **changes: Any) -> None:
        """Change profile fields (name, phone, email, address, postal_code, ...)."""
        changes = clean_profile(changes, self.clock().date())
        when = self._when(None)
        self._update(customer_id, lambda c: c.change_details(by.stamp(when), changes))

    def log_contact(
        self,
        by: Actor,
        customer_id: str | UUID,
        *,
        channel: str,
        summary: str,
        direction: str = "in",
        topics: Sequence[str] = (),
        touchpoint: str | None = None,
        sentiment: str = "neutral",
        connection: bool = False,
        minutes: int | None = None,
        went_beyond: str = "",
        at: datetime | str | None = None,
    ) -> None:
        """Record a call, walk-in, email, message or social contact."""
        fields = {
            "channel": parse_choice(Channel, channel, "words-channel").value,
            "direction": parse_choice(Direction, direction, "words-direction").value,
            "summary": require_text(summary, "words-summary", multiline=True),
            "topics": clean_tags(list(topics), "words-topic"),
            "touchpoint": self._touchpoint(touchpoint),
            "sentiment": parse_choice(Sentiment, sentiment, "words-sentiment").value,
            "connection": bool(connection),
            "minutes": parse_count(minutes, "words-minutes", maximum=MAX_MINUTES),
            "went_beyond": clean_text(went_beyond, "words-went-beyond", multiline=True),
        }
        when = self._when(at)
        self._update(customer_id, lambda c: c.log_contact(by.stamp(when), **fields))

    def note_purchase(
        self,
        by: Actor,
        customer_id: str | UUID,
        *,
        item: str,
        amount: str | Decimal | None = None,
        at: datetime | str | None = None,
    ) -> None:
        fields = {
            "item": require_text(item, "words-item"),
            "amount": parse_money(amount, "words-amount"),
        }
        when = self._when(at)
        self._update(customer_id, lambda c: c.note_purchase(by.stamp(when), **fields))

    def request_return(
        self,
        by: Actor,
        customer_id: str | UUID,
        *,
        item: str,
        due: str | date | None = None,
        at: datetime | str | None = None,
    ) -> int:
        fields = {
            "item": require_text(item, "words-item"),
            "due": self._date(due, "words-due-date"),
        }
        when = self._when(at)
        return self._update(customer_id, lambda c: c.request_return(by.stamp(when), **fields))

    def receive_return(
        self,
        by: Actor,
        customer_id: str | UUID,
        *,
        entry: int | None = None,
        at: datetime | str | None = None,
    ) -> None:
        entry = parse_entry(entry)
        when = self._when(at)
        self._update(customer_id, lambda c: c.receive_return(by.stamp(when), entry=entry))

    def waive_return(
        self,
        by: Actor,
        customer_id: str | UUID,
        *,
        reason: str,
        entry: int | None = None,
        at: datetime | str | None = None,
    ) -> None:
        reason = require_text(reason, "words-reason", multiline=True)
        entry = parse_entry(entry)
        when = self._when(at)
        self._update(
            customer_id,
            lambda c: c.waive_return(by.stamp(when), entry=entry, reason=reason),
        )

    def receive_feedback(
        self,
        by: Actor,
        customer_id: str | UUID,
        *,
        polarity: str,
        text: str,
        touchpoint: str | None = None,
        at: datetime | str | None = None,
    ) -> None:
        fields = {
            "polarity": parse_choice(Polarity, polarity, "words-polarity").value,
            "text": require_text(text, "words-feedback", multiline=True),
            "touchpoint": self._touchpoint(touchpoint),
        }
        when = self._when(at)
        self._update(customer_id, lambda c: c.receive_feedback(by.stamp(when), **fields))

    def raise_complaint(
        self,
        by: Actor,
        customer_id: str | UUID,
        *,
        category: str,
        text: str,
        touchpoint: str | None = None,
        at: datetime | str | None = None,
    ) -> int:
        fields = {
            "category": require_text(category, "words-category").lower(),
            "text": require_text(text, "words-complaint", multiline=True),
            "touchpoint": self._touchpoint(touchpoint),
        }
        when = self._when(at)
        return self._update(customer_id, lambda c: c.raise_complaint(by.stamp(when), **fields))

    def resolve_complaint(
        self,
        by: Actor,
        customer_id: str | UUID,
        *,
        resolution: str,
        entry: int | None = None,
        at: datetime | str | None = None,
    ) -> None:
        resolution = require_text(resolution, "words-resolution", multiline=True)
        entry = parse_entry(entry)
        when = self._when(at)
        self._update(
            customer_id,
            lambda c: c.resolve_complaint(by.stamp(when), entry=entry, resolution=resolution),
        )

    def note_life_event(
        self,
        by: Actor,
        customer_id: str | UUID,
        *,
        kind: str,
        on: str | date | None = None,
        note: str = "",
        sensitive: bool | None = None,
        at: datetime | str | None = None,
    ) -> None:
        life_kind = parse_choice(LifeEventKind, kind, "words-life-event")
        fields = {
            "kind": life_kind.value,
            "on": self._date(on, "words-date"),
            "note": clean_text(note, "words-note", multiline=True),
            "sensitive": (life_kind in SENSITIVE_BY_DEFAULT) if sensitive is None else sensitive,
        }
        when = self._when(at)
        self._update(customer_id, lambda c: c.note_life_event(by.stamp(when), **fields))

    def refer_elsewhere(
        self,
        by: Actor,
        customer_id: str | UUID,
        *,
        item: str,
        sent_to: str,
        price: str | Decimal | None = None,
        at: datetime | str | None = None,
    ) -> None:
        fields = {
            "item": require_text(item, "words-item"),
            "sent_to": require_text(sent_to, "words-sent-to"),
            "price": parse_money(price, "words-price"),
        }
        when = self._when(at)
        self._update(customer_id, lambda c: c.refer_elsewhere(by.stamp(when), **fields))

    def send_gift(
        self,
        by: Actor,
        customer_id: str | UUID,
        *,
        what: str,
        occasion: str = "",
        cost: str | Decimal | None = None,
        task_id: str | None = None,
        at: datetime | str | None = None,
    ) -> None:
        fields = {
            "what": require_text(what, "words-what-was-sent"),
            "occasion": clean_text(occasion, "words-occasion"),
            "cost": parse_money(cost, "words-cost"),
            "task_id": task_id,
        }
        when = self._when(at)
        self._update(customer_id, lambda c: c.send_gift(by.stamp(when), **fields))

    def schedule_followup(
        self,
        by: Actor,
        customer_id: str | UUID,
        *,
        due: str | date,
        reason: str,
        at: datetime | str | None = None,
    ) -> int:
        due_date = self._date(due, "words-due-date")
        if due_date is None:
            raise InvalidInput("errors-empty", what="words-due-date")
        reason = require_text(reason, "words-reason", multiline=True)
        when = self._when(at)
        return self._update(
            customer_id,
            lambda c: c.schedule_followup(by.stamp(when), due=due_date, reason=reason),
        )

    def complete_followup(
        self,
        by: Actor,
        customer_id: str | UUID,
        *,
        entry: int | None = None,
        note: str = "",
        at: datetime | str | None = None,
    ) -> None:
        entry = parse_entry(entry)
        note = clean_text(note, "words-note", multiline=True)
        when = self._when(at)
        self._update(
            customer_id,
            lambda c: c.complete_followup(by.stamp(when), entry=entry, note=note),
        )

    def correct_entry(
        self,
        by: Actor,
        customer_id: str | UUID,
        *,
        entry: int,
        note: str,
        void: bool = False,
    ) -> None:
        """Fix a mistake: a new event points at entry ``entry`` and says what was wrong."""
        number = parse_entry(entry)
        if number is None:
            raise InvalidInput("errors-empty", what="words-entry")
        entry = number
        note = clean_text(note, "words-note", multiline=True)
        when = self._when(None)
        self._update(
            customer_id,
            lambda c: c.correct_entry(by.stamp(when), entry=entry, note=note, void=void),
        )

    # ----- parsing helpers --------------------------------------------------------

    @staticmethod
    def _touchpoint(value: str | None) -> str | None:
        if value is None or value == "":
            return None
        return parse_choice(Touchpoint, value, "words-touchpoint").value
