"""The Customer aggregate: a customer and every contact the shop has with them.

Each public method checks the shop's rules and then triggers one event, named in
the past tense, with the :class:`~shopcare.domain.stamp.Stamp` of who recorded it.
The events are declared once, as classes; :meth:`Customer.when` says what each
does to the customer's state. Nothing is edited in place: a mistake is fixed with
:meth:`Customer.correct_entry`, which points at the earlier entry by its number
(the aggregate version of that event) and says what was wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from functools import singledispatchmethod
from typing import Any
from uuid import UUID, uuid4

from eventsourcing.domain import Aggregate

from shopcare.domain.errors import InvalidInput
from shopcare.domain.profile import PROFILE_FIELDS
from shopcare.domain.stamp import Stamp
from shopcare.domain.stamped import Stamped

#: What can be open for a customer, and the detail that names it.
OPEN_KINDS = {"return": "item", "complaint": "category", "followup": "reason"}


class Customer(Stamped):
    """A shop's customer, whose history is the sequence of its events."""

    class Event(Stamped.Event):
        """Every customer event says who logged it, on which computer, and when it happened."""

    # ----- the events (stored as they are declared: names and fields never change) ----

    class Registered(Aggregate.Created, Event):
        name: str
        phone: str
        email: str
        address: str
        postal_code: str
        birthday: date | None
        tags: list[str]
        notes: str

    class DetailsChanged(Event):
        changes: dict[str, Any]

    class ContactLogged(Event):
        """A call, walk-in, email, message or post with this customer."""

        channel: str
        direction: str
        summary: str
        topics: list[str]
        touchpoint: str | None
        sentiment: str
        connection: bool
        minutes: int | None
        went_beyond: str

    class PurchaseNoted(Event):
        item: str
        amount: Decimal | None

    class ReturnRequested(Event):
        item: str
        due: date | None

    class ReturnReceived(Event):
        entry: int

    class ReturnWaived(Event):
        entry: int
        reason: str

    class FeedbackReceived(Event):
        """Praise or criticism, in the customer's words."""

        polarity: str
        text: str
        touchpoint: str | None

    class ComplaintRaised(Event):
        category: str
        text: str
        touchpoint: str | None

    class ComplaintResolved(Event):
        entry: int
        resolution: str

    class LifeEventNoted(Event):
        """A bereavement, birthday, wedding, new baby... in the customer's life."""

        kind: str
        on: date | None
        note: str
        sensitive: bool

    class ReferredElsewhere(Event):
        """We could not supply an item and told them where to get it."""

        item: str
        sent_to: str
        price: Decimal | None

    class GiftSent(Event):
        """A gift, card or flowers went to the customer."""

        what: str
        occasion: str
        cost: Decimal | None
        task_id: str | None

    class FollowUpScheduled(Event):
        due: date
        reason: str

    class FollowUpDone(Event):
        entry: int
        note: str

    class EntryCorrected(Event):
        entry: int
        note: str
        void: bool

    class MergedInto(Event):
        into: UUID

    class OpenItemMoved(Event):
        kind: str
        from_customer: UUID
        from_entry: int
        opened_at: datetime
        details: dict[str, Any]

    class Forgotten(Event):
        pass

    # ----- commands ------------------------------------------------------------------

    @classmethod
    def register(
        cls,
        stamp: Stamp,
        *,
        name: str,
        phone: str = "",
        email: str = "",
        address: str = "",
        postal_code: str = "",
        birthday: date | None = None,
        tags: Sequence[str] = (),
        notes: str = "",
    ) -> Customer:
        """A new customer (only the name is needed; the rest may be empty)."""
        return cls._create(
            cls.Registered,
            id=uuid4(),
            name=name,
            phone=phone,
            email=email,
            address=address,
            postal_code=postal_code,
            birthday=birthday,
            tags=list(tags),
            notes=notes,
            **stamp.fields(),
        )

    def change_details(self, stamp: Stamp, changes: dict[str, Any]) -> None:
        """Change profile fields; only fields that really change are recorded."""
        unknown = sorted(set(changes) - set(PROFILE_FIELDS))
        if unknown:
            raise InvalidInput("errors-unknown-profile-field", fields=", ".join(unknown))
        if "name" in changes and not str(changes["name"]).strip():
            raise InvalidInput("errors-empty", what="words-name")
        real = {k: v for k, v in changes.items() if getattr(self, k) != v}
        if not real:
            raise InvalidInput("errors-nothing-to-change")
        self._trigger(self.DetailsChanged, stamp, changes=real)

    def log_contact(
        self,
        stamp: Stamp,
        *,
        channel: str,
        direction: str,
        summary: str,
        topics: list[str],
        touchpoint: str | None,
        sentiment: str,
        connection: bool,
        minutes: int | None,
        went_beyond: str,
    ) -> None:
        """A call, walk-in, email, message or post with this customer."""
        self._trigger(
            self.ContactLogged,
            stamp,
            channel=channel,
            direction=direction,
            summary=summary,
            topics=topics,
            touchpoint=touchpoint,
            sentiment=sentiment,
            connection=connection,
            minutes=minutes,
            went_beyond=went_beyond,
        )

    def note_purchase(self, stamp: Stamp, *, item: str, amount: Decimal | None) -> None:
        """The customer bought something."""
        self._trigger(self.PurchaseNoted, stamp, item=item, amount=amount)

    def request_return(self, stamp: Stamp, *, item: str, due: date | None) -> int:
        """Record a return the customer asked for; returns its entry number."""
        return self._trigger(self.ReturnRequested, stamp, item=item, due=due)

    def receive_return(self, stamp: Stamp, *, entry: int | None) -> None:
        entry = self._open_entry(self.open_returns, entry, "words-return")
        self._trigger(self.ReturnReceived, stamp, entry=entry)

    def waive_return(self, stamp: Stamp, *, entry: int | None, reason: str) -> None:
        entry = self._open_entry(self.open_returns, entry, "words-return")
        self._trigger(self.ReturnWaived, stamp, entry=entry, reason=reason)

    def receive_feedback(
        self, stamp: Stamp, *, polarity: str, text: str, touchpoint: str | None
    ) -> None:
        """Praise or criticism, in the customer's words."""
        self._trigger(
            self.FeedbackReceived, stamp, polarity=polarity, text=text, touchpoint=touchpoint
        )

    def raise_complaint(
        self, stamp: Stamp, *, category: str, text: str, touchpoint: str | None
    ) -> int:
        """Record a complaint; returns its entry number."""
        return self._trigger(
            self.ComplaintRaised, stamp, category=category, text=text, touchpoint=touchpoint
        )

    def resolve_complaint(self, stamp: Stamp, *, entry: int | None, resolution: str) -> None:
        entry = self._open_entry(self.open_complaints, entry, "words-complaint")
        self._trigger(self.ComplaintResolved, stamp, entry=entry, resolution=resolution)

    def note_life_event(
        self, stamp: Stamp, *, kind: str, on: date | None, note: str, sensitive: bool
    ) -> None:
        """A bereavement, birthday, wedding, new baby... in the customer's life."""
        self._trigger(self.LifeEventNoted, stamp, kind=kind, on=on, note=note, sensitive=sensitive)

    def refer_elsewhere(
        self, stamp: Stamp, *, item: str, sent_to: str, price: Decimal | None
    ) -> None:
        """We could not supply an item and told them where to get it."""
        self._trigger(self.ReferredElsewhere, stamp, item=item, sent_to=sent_to, price=price)

    def send_gift(
        self,
        stamp: Stamp,
        *,
        what: str,
        occasion: str,
        cost: Decimal | None,
        task_id: str | None,
    ) -> None:
        """A gift, card or flowers went to the customer."""
        self._trigger(
            self.GiftSent, stamp, what=what, occasion=occasion, cost=cost, task_id=task_id
        )

    def schedule_followup(self, stamp: Stamp, *, due: date, reason: str) -> int:
        """Promise to get back to the customer by ``due``; returns its entry number."""
        return self._trigger(self.FollowUpScheduled, stamp, due=due, reason=reason)

    def complete_followup(self, stamp: Stamp, *, entry: int | None, note: str) -> None:
        entry = self._open_entry(self.open_followups, entry, "words-follow-up")
        self._trigger(self.FollowUpDone, stamp, entry=entry, note=note)

    def correct_entry(self, stamp: Stamp, *, entry: int, note: str, void: bool) -> None:
        """Say what was wrong with an earlier entry; ``void`` withdraws it entirely."""
        if not 1 <= entry <= self.version:
            raise InvalidInput("errors-no-entry", entry=entry)
        if not note.strip():
            raise InvalidInput("errors-correction-needs-note")
        if void and self.corrected.get(entry):
            raise InvalidInput("errors-entry-already-withdrawn", entry=entry)
        if void and entry == 1:
            raise InvalidInput("errors-registration-cannot-be-withdrawn")
        self._trigger(self.EntryCorrected, stamp, entry=entry, note=note.strip(), void=void)

    def merge_into(self, stamp: Stamp, *, into: UUID) -> None:
        """This record is the same person as ``into``: it points there from now on.

        Nothing is deleted: its history stays and shows on the kept customer's
        timeline; what it still had open moves over (:meth:`take_over`).
        """
        if into == self.id:
            raise InvalidInput("data-merge-same")
        self._trigger(self.MergedInto, stamp, into=into)

    def take_over(
        self,
        stamp: Stamp,
        *,
        kind: str,
        from_customer: UUID,
        from_entry: int,
        opened_at: datetime,
        details: dict[str, Any],
    ) -> int:
        """A return, complaint or follow-up still open on a merged duplicate is open
        here now, under a new entry number (returned)."""
        if kind not in OPEN_KINDS:
            raise InvalidInput("errors-unknown-choice", what=kind, allowed=", ".join(OPEN_KINDS))
        return self._trigger(
            self.OpenItemMoved,
            stamp,
            kind=kind,
            from_customer=from_customer,
            from_entry=from_entry,
            opened_at=opened_at,
            details=details,
        )

    def forget(self, stamp: Stamp) -> None:
        """The person asked the shop to forget them: an anonymous record stays, so the
        shop's counts stay right, and no command may add to it again."""
        self._trigger(self.Forgotten, stamp)

    # ----- what each event does to the state ---------------------------------------------

    @singledispatchmethod
    def when(self, event: Event) -> None:
        """Most events only add to the history; those that change the state are below."""

    @when.register(Registered)
    def _(self, event: Registered) -> None:
        self.name = event.name
        self.phone = event.phone
        self.email = event.email
        self.address = event.address
        self.postal_code = event.postal_code
        self.birthday = event.birthday
        self.tags = list(event.tags)
        self.notes = event.notes
        self.open_returns: dict[int, str] = {}
        self.open_complaints: dict[int, str] = {}
        self.open_followups: dict[int, str] = {}
        self.corrected: dict[int, bool] = {}
        #: The customer this record turned out to be (entered twice), if it did.
        self.merged_into: UUID | None = None
        #: Whether the person asked the shop to forget them.
        self.forgotten = False

    @when.register(DetailsChanged)
    def _(self, event: DetailsChanged) -> None:
        for key, value in event.changes.items():
            setattr(self, key, list(value) if key == "tags" else value)

    @when.register(ReturnRequested)
    def _(self, event: ReturnRequested) -> None:
        self.open_returns[event.originator_version] = event.item

    @when.register(ComplaintRaised)
    def _(self, event: ComplaintRaised) -> None:
        self.open_complaints[event.originator_version] = event.category

    @when.register(FollowUpScheduled)
    def _(self, event: FollowUpScheduled) -> None:
        self.open_followups[event.originator_version] = event.reason

    @when.register(ReturnReceived)
    @when.register(ReturnWaived)
    @when.register(ComplaintResolved)
    @when.register(FollowUpDone)
    def _(self, event: ReturnReceived | ReturnWaived | ComplaintResolved | FollowUpDone) -> None:
        self._close(event.entry)

    @when.register(EntryCorrected)
    def _(self, event: EntryCorrected) -> None:
        self.corrected[event.entry] = self.corrected.get(event.entry, False) or event.void
        if event.void:
            self._close(event.entry)  # a withdrawn entry no longer keeps anything open

    @when.register(MergedInto)
    def _(self, event: MergedInto) -> None:
        self.merged_into = event.into
        self._close_everything()

    @when.register(OpenItemMoved)
    def _(self, event: OpenItemMoved) -> None:
        label = str(event.details.get(OPEN_KINDS[event.kind], ""))
        self._open_items(event.kind)[event.originator_version] = label

    @when.register(Forgotten)
    def _(self, event: Forgotten) -> None:
        self.name = self.phone = self.email = self.address = self.postal_code = ""
        self.notes = ""
        self.birthday = None
        self.tags = []
        self._close_everything()
        self.forgotten = True

    # ----- helpers ----------------------------------------------------------------

    def __deepcopy__(self, memo: dict[int, Any]) -> Customer:
        """A copy for one command (the library hands out a copy of what it caches).

        A customer holds text, numbers, dates and ids, and lists and dicts of those: the
        lists and dicts are copied and their values shared, since none is changed in
        place. Walking the whole graph cost fifteen times as much, for every command on
        a customer already in memory."""
        copied = object.__new__(type(self))
        copied.__dict__.update(
            {k: v.copy() if isinstance(v, list | dict) else v for k, v in vars(self).items()}
        )
        return copied

    def _close(self, entry: int) -> None:
        """Nothing stays open under ``entry`` (an entry number names one item of one kind)."""
        for kind in OPEN_KINDS:
            self._open_items(kind).pop(entry, None)

    def _close_everything(self) -> None:
        for kind in OPEN_KINDS:
            self._open_items(kind).clear()

    def _open_items(self, kind: str) -> dict[int, str]:
        return {
            "return": self.open_returns,
            "complaint": self.open_complaints,
            "followup": self.open_followups,
        }[kind]

    @staticmethod
    def _open_entry(open_items: dict[int, str], entry: int | None, what: str) -> int:
        """The entry number of an open item; with one open, it may be left out."""
        if entry is None:
            if len(open_items) == 1:
                return next(iter(open_items))
            if not open_items:
                raise InvalidInput("errors-nothing-open", what=what)
            numbers = ", ".join(str(n) for n in sorted(open_items))
            raise InvalidInput("errors-several-open", what=what, entries=numbers)
        if entry not in open_items:
            raise InvalidInput("errors-not-open", what=what, entry=entry)
        return entry
