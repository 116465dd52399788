"""The Customer aggregate: a customer and every contact the shop has with them.

Each public method checks the shop's rules and then triggers one event, named in
the past tense. Nothing is edited in place: a mistake is fixed with
:meth:`Customer.correct_entry`, which points at the earlier entry by its number
(the aggregate version of that event) and says what was wrong.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from shopcare.domain.errors import InvalidInput

#: Profile fields that "details changed" may set.
PROFILE_FIELDS = (
    "name",
    "phone",
    "email",
    "address",
    "postal_code",
    "birthday",
    "tags",
    "notes",
)


#: What can be open for a customer, and the detail that names it.
OPEN_KINDS = {"return": "item", "complaint": "category", "followup": "reason"}


class Customer(Aggregate):
    """A shop's customer, whose history is the sequence of its events."""

    class Event(Aggregate.Event):
        """Every customer event says who logged it, on which computer, and when it happened."""

        staff: str
        computer: str
        occurred_at: datetime

    @event("Registered")
    def __init__(
        self,
        *,
        name: str,
        phone: str,
        email: str,
        address: str,
        postal_code: str,
        birthday: date | None,
        tags: list[str],
        notes: str,
        staff: str,
        computer: str,
        occurred_at: datetime,
    ) -> None:
        self.name = name
        self.phone = phone
        self.email = email
        self.address = address
        self.postal_code = postal_code
        self.birthday = birthday
        self.tags = list(tags)
        self.notes = notes
        self.open_returns: dict[int, str] = {}
        self.open_complaints: dict[int, str] = {}
        self.open_followups: dict[int, str] = {}
        self.corrected: dict[int, bool] = {}
        #: The customer this record turned out to be (entered twice), if it did.
        self.merged_into: UUID | None = None
        #: Whether the person asked the shop to forget them.
        self.forgotten = False

    # ----- profile ---------------------------------------------------------------

    def change_details(
        self, changes: dict[str, Any], *, staff: str, computer: str, occurred_at: datetime
    ) -> None:
        """Change profile fields; only fields that really change are recorded."""
        unknown = sorted(set(changes) - set(PROFILE_FIELDS))
        if unknown:
            raise InvalidInput("errors-unknown-profile-field", fields=", ".join(unknown))
        if "name" in changes and not str(changes["name"]).strip():
            raise InvalidInput("errors-empty", what="words-name")
        real = {k: v for k, v in changes.items() if getattr(self, k) != v}
        if not real:
            raise InvalidInput("errors-nothing-to-change")
        self._details_changed(changes=real, staff=staff, computer=computer, occurred_at=occurred_at)

    @event("DetailsChanged")
    def _details_changed(
        self, changes: dict[str, Any], staff: str, computer: str, occurred_at: datetime
    ) -> None:
        for key, value in changes.items():
            setattr(self, key, list(value) if key == "tags" else value)

    # ----- contacts ---------------------------------------------------------------

    @event("ContactLogged")
    def log_contact(
        self,
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
        staff: str,
        computer: str,
        occurred_at: datetime,
    ) -> None:
        """A call, walk-in, email, message or post with this customer."""

    @event("PurchaseNoted")
    def note_purchase(
        self,
        *,
        item: str,
        amount: Decimal | None,
        staff: str,
        computer: str,
        occurred_at: datetime,
    ) -> None:
        """The customer bought something."""

    # ----- returns ----------------------------------------------------------------

    def request_return(
        self,
        *,
        item: str,
        due: date | None,
        staff: str,
        computer: str,
        occurred_at: datetime,
    ) -> int:
        """Record a return the customer asked for; returns its entry number."""
        self._return_requested(
            item=item, due=due, staff=staff, computer=computer, occurred_at=occurred_at
        )
        return self.version

    @event("ReturnRequested")
    def _return_requested(
        self, item: str, due: date | None, staff: str, computer: str, occurred_at: datetime
    ) -> None:
        self.open_returns[self._applying_entry] = item

    def receive_return(
        self, *, entry: int | None, staff: str, computer: str, occurred_at: datetime
    ) -> None:
        entry = self._open_entry(self.open_returns, entry, "words-return")
        self._return_received(entry=entry, staff=staff, computer=computer, occurred_at=occurred_at)

    @event("ReturnReceived")
    def _return_received(
        self, entry: int, staff: str, computer: str, occurred_at: datetime
    ) -> None:
        self.open_returns.pop(entry, None)

    def waive_return(
        self,
        *,
        entry: int | None,
        reason: str,
        staff: str,
        computer: str,
        occurred_at: datetime,
    ) -> None:
        entry = self._open_entry(self.open_returns, entry, "words-return")
        self._return_waived(
            entry=entry,
            reason=reason,
            staff=staff,
            computer=computer,
            occurred_at=occurred_at,
        )

    @event("ReturnWaived")
    def _return_waived(
        self, entry: int, reason: str, staff: str, computer: str, occurred_at: datetime
    ) -> None:
        self.open_returns.pop(entry, None)

    # ----- feedback and complaints ------------------------------------------------

    @event("FeedbackReceived")
    def receive_feedback(
        self,
        *,
        polarity: str,
        text: str,
        touchpoint: str | None,
        staff: str,
        computer: str,
        occurred_at: datetime,
    ) -> None:
        """Praise or criticism, in the customer's words."""

    def raise_complaint(
        self,
        *,
        category: str,
        text: str,
        touchpoint: str | None,
        staff: str,
        computer: str,
        occurred_at: datetime,
    ) -> int:
        """Record a complaint; returns its entry number."""
        self._complaint_raised(
            category=category,
            text=text,
            touchpoint=touchpoint,
            staff=staff,
            computer=computer,
            occurred_at=occurred_at,
        )
        return self.version

    @event("ComplaintRaised")
    def _complaint_raised(
        self,
        category: str,
        text: str,
        touchpoint: str | None,
        staff: str,
        computer: str,
        occurred_at: datetime,
    ) -> None:
        self.open_complaints[self._applying_entry] = category

    def resolve_complaint(
        self,
        *,
        entry: int | None,
        resolution: str,
        staff: str,
        computer: str,
        occurred_at: datetime,
    ) -> None:
        entry = self._open_entry(self.open_complaints, entry, "words-complaint")
        self._complaint_resolved(
            entry=entry,
            resolution=resolution,
            staff=staff,
            computer=computer,
            occurred_at=occurred_at,
        )

    @event("ComplaintResolved")
    def _complaint_resolved(
        self, entry: int, resolution: str, staff: str, computer: str, occurred_at: datetime
    ) -> None:
        self.open_complaints.pop(entry, None)

    # ----- life, referrals, gifts, follow-ups -------------------------------------

    @event("LifeEventNoted")
    def note_life_event(
        self,
        *,
        kind: str,
        on: date | None,
        note: str,
        sensitive: bool,
        staff: str,
        computer: str,
        occurred_at: datetime,
    ) -> None:
        """A bereavement, birthday, wedding, new baby... in the customer's life."""

    @event("ReferredElsewhere")
    def refer_elsewhere(
        self,
        *,
        item: str,
        sent_to: str,
        price: Decimal | None,
        staff: str,
        computer: str,
        occurred_at: datetime,
    ) -> None:
        """We could not supply an item and told them where to get it."""

    @event("GiftSent")
    def send_gift(
        self,
        *,
        what: str,
        occasion: str,
        cost: Decimal | None,
        task_id: str | None,
        staff: str,
        computer: str,
        occurred_at: datetime,
    ) -> None:
        """A gift, card or flowers went to the customer."""

    def schedule_followup(
        self, *, due: date, reason: str, staff: str, computer: str, occurred_at: datetime
    ) -> int:
        """Promise to get back to the customer by ``due``; returns its entry number."""
        self._followup_scheduled(
            due=due, reason=reason, staff=staff, computer=computer, occurred_at=occurred_at
        )
        return self.version

    @event("FollowUpScheduled")
    def _followup_scheduled(
        self, due: date, reason: str, staff: str, computer: str, occurred_at: datetime
    ) -> None:
        self.open_followups[self._applying_entry] = reason

    def complete_followup(
        self,
        *,
        entry: int | None,
        note: str,
        staff: str,
        computer: str,
        occurred_at: datetime,
    ) -> None:
        entry = self._open_entry(self.open_followups, entry, "words-follow-up")
        self._followup_done(
            entry=entry, note=note, staff=staff, computer=computer, occurred_at=occurred_at
        )

    @event("FollowUpDone")
    def _followup_done(
        self, entry: int, note: str, staff: str, computer: str, occurred_at: datetime
    ) -> None:
        self.open_followups.pop(entry, None)

    # ----- corrections ------------------------------------------------------------

    def correct_entry(
        self,
        *,
        entry: int,
        note: str,
        void: bool,
        staff: str,
        computer: str,
        occurred_at: datetime,
    ) -> None:
        """Say what was wrong with an earlier entry; ``void`` withdraws it entirely."""
        if not 1 <= entry <= self.version:
            raise InvalidInput("errors-no-entry", entry=entry)
        if not note.strip():
            raise InvalidInput("errors-correction-needs-note")
        if void and self.corrected.get(entry):
            raise InvalidInput("errors-entry-already-withdrawn", entry=entry)
        if void and entry == 1:
            raise InvalidInput("errors-registration-cannot-be-withdrawn")
        self._entry_corrected(
            entry=entry,
            note=note.strip(),
            void=void,
            staff=staff,
            computer=computer,
            occurred_at=occurred_at,
        )

    @event("EntryCorrected")
    def _entry_corrected(
        self,
        entry: int,
        note: str,
        void: bool,
        staff: str,
        computer: str,
        occurred_at: datetime,
    ) -> None:
        self.corrected[entry] = self.corrected.get(entry, False) or void
        if void:
            # A withdrawn entry no longer keeps anything open.
            self.open_returns.pop(entry, None)
            self.open_complaints.pop(entry, None)
            self.open_followups.pop(entry, None)

    # ----- one person entered twice ------------------------------------------------

    def merge_into(self, *, into: UUID, staff: str, computer: str, occurred_at: datetime) -> None:
        """This record is the same person as ``into``: it points there from now on.

        Nothing is deleted: its history stays and shows on the kept customer's
        timeline; what it still had open moves over (:meth:`take_over`).
        """
        if into == self.id:
            raise InvalidInput("data-merge-same")
        self._merged_into(into=into, staff=staff, computer=computer, occurred_at=occurred_at)

    @event("MergedInto")
    def _merged_into(self, into: UUID, staff: str, computer: str, occurred_at: datetime) -> None:
        self.merged_into = into
        self.open_returns.clear()
        self.open_complaints.clear()
        self.open_followups.clear()

    def take_over(
        self,
        *,
        kind: str,
        from_customer: UUID,
        from_entry: int,
        opened_at: datetime,
        details: dict[str, Any],
        staff: str,
        computer: str,
        occurred_at: datetime,
    ) -> int:
        """A return, complaint or follow-up still open on a merged duplicate is open
        here now, under a new entry number (returned)."""
        if kind not in OPEN_KINDS:
            raise InvalidInput("errors-unknown-choice", what=kind, allowed=", ".join(OPEN_KINDS))
        self._open_item_moved(
            kind=kind,
            from_customer=from_customer,
            from_entry=from_entry,
            opened_at=opened_at,
            details=details,
            staff=staff,
            computer=computer,
            occurred_at=occurred_at,
        )
        return self.version

    @event("OpenItemMoved")
    def _open_item_moved(
        self,
        kind: str,
        from_customer: UUID,
        from_entry: int,
        opened_at: datetime,
        details: dict[str, Any],
        staff: str,
        computer: str,
        occurred_at: datetime,
    ) -> None:
        label = str(details.get(OPEN_KINDS[kind], ""))
        self._open_items(kind)[self._applying_entry] = label

    def _open_items(self, kind: str) -> dict[int, str]:
        return {
            "return": self.open_returns,
            "complaint": self.open_complaints,
            "followup": self.open_followups,
        }[kind]

    # ----- a person who asked to be forgotten -----------------------------------------

    def forget(self, *, staff: str, computer: str, occurred_at: datetime) -> None:
        """The person asked the shop to forget them: an anonymous record stays, so the
        shop's counts stay right, and no command may add to it again."""
        self._forgotten(staff=staff, computer=computer, occurred_at=occurred_at)

    @event("Forgotten")
    def _forgotten(self, staff: str, computer: str, occurred_at: datetime) -> None:
        self.name = self.phone = self.email = self.address = self.postal_code = ""
        self.notes = ""
        self.birthday = None
        self.tags = []
        self.open_returns.clear()
        self.open_complaints.clear()
        self.open_followups.clear()
        self.forgotten = True

    # ----- helpers ----------------------------------------------------------------

    @property
    def _applying_entry(self) -> int:
        """The entry number of the event being applied (the version is set after)."""
        return self.version + 1

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
