"""A kind act to do for a customer: suggested by a rule (or by hand), then done.

Life cycle: Suggested → (Scheduled, again if needed) → Done, Dismissed or Expired
(past the time it was worth doing). A finished task stays finished. The id is
derived from the trigger key, so the same cause always names the same task and
suggesting it again changes nothing.

One person, one act: a new reason for a customer who already has an open act is
told on that act (``Enriched``, "also: their 10th purchase"), and its own task is
closed at once as ``Joined`` to it, so the reason is not suggested again.

A task keeps facts, not words: a rule's task stores its rule and facts, and the
words a person reads are rendered in the shop's language when shown. Only a task
added by hand has a title, as the person typed it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from functools import singledispatchmethod
from typing import Any
from uuid import UUID, uuid4, uuid5

from eventsourcing.domain import Aggregate

from shopcare.domain.errors import InvalidInput
from shopcare.domain.stamp import Stamp
from shopcare.domain.stamped import Stamped

#: The namespace of task ids (uuid5 of the trigger key): uuid5(NAMESPACE_URL,
#: "https://shopcare.invalid/delight-task"), written out so that importing the domain
#: computes no hash (tests/test_cli_lean.py checks it).
TASK_NAMESPACE = UUID("1067b636-0bd6-5776-b6c9-46a02c88f2ea")

BY_HAND = "by hand"

SUGGESTED, SCHEDULED, DONE, DISMISSED = "suggested", "scheduled", "done", "dismissed"
EXPIRED, JOINED = "expired", "joined"
STATUSES = (SUGGESTED, SCHEDULED, DONE, DISMISSED, EXPIRED, JOINED)
OPEN = (SUGGESTED, SCHEDULED)

#: Why an act expired: past the days its rule keeps it worth doing; or what it was
#: about is settled (the promised answer was given).
PAST_ITS_TIME, SETTLED = "past-its-time", "settled"
EXPIRY_REASONS = (PAST_ITS_TIME, SETTLED)


def hand_trigger_key() -> str:
    """A fresh trigger key for a task a person adds by hand."""
    return f"by-hand:{uuid4()}"


class DelightTask(Stamped):
    """A kind act for a customer (or, for a neighbourhood round, for several)."""

    class Event(Stamped.Event):
        """Stamped like every event (:class:`~shopcare.domain.stamped.Stamped`)."""

    @classmethod
    def create_id(cls, trigger_key: str) -> UUID:  # type: ignore[override]
        return uuid5(TASK_NAMESPACE, trigger_key)

    class Suggested(Aggregate.Created, Event):
        """A task was suggested: by a rule (``rule`` + ``facts``) or by hand (``title``).

        Version 2 keeps facts, not words. Version 1 stored English prose (title,
        reason, act, message); :meth:`upcast_v1_v2` keeps a rule's prose as
        ``legacy`` (shown as it was written), and a hand-made task's title and note
        as the person typed them.
        """

        class_version = 2

        customer_id: UUID | None
        rule: str
        facts: dict[str, Any]
        title: str
        due: date
        trigger_key: str
        legacy: dict[str, str]

        @staticmethod
        def upcast_v1_v2(state: dict[str, Any]) -> None:
            title = state.pop("title", "")
            reason = state.pop("reason", "")
            act = state.pop("act", "")
            message = state.pop("message", "")
            if state.get("rule") == BY_HAND:
                state["title"] = title
                state["facts"] = {"note": reason, "act": "" if act == title else act}
                state["legacy"] = {}
            else:
                state["title"] = ""
                state["facts"] = {}
                state["legacy"] = {
                    "title": title,
                    "reason": reason,
                    "act": act,
                    "message": message,
                }

    class Scheduled(Event):
        assignee: str
        due: date

    class Done(Event):
        what: str
        cost: Decimal | None
        note: str

    class Dismissed(Event):
        reason: str

    class Enriched(Event):
        task_id: UUID
        rule: str
        facts: dict[str, Any]
        due: date
        trigger_key: str

    class Joined(Event):
        into: UUID

    class Expired(Event):
        reason: str
        on: date

    # ----- commands ------------------------------------------------------------------

    @classmethod
    def suggest(
        cls,
        stamp: Stamp,
        *,
        customer_id: UUID | None,
        rule: str,
        facts: Mapping[str, Any],
        due: date,
        trigger_key: str,
        title: str = "",
    ) -> DelightTask:
        """A new task, its input checked; ``title`` is for tasks added by hand."""
        rule = rule.strip() or BY_HAND
        if rule == BY_HAND and not title.strip():
            raise InvalidInput("errors-empty", what="words-title")
        if not trigger_key.strip():
            raise InvalidInput("errors-empty", what="words-trigger-key")
        if not isinstance(due, date) or isinstance(due, datetime):
            raise InvalidInput("errors-empty", what="words-due-date")
        return cls._create(
            cls.Suggested,
            id=cls.create_id(trigger_key),
            customer_id=customer_id,
            rule=rule,
            facts=dict(facts),
            title=title.strip(),
            due=due,
            trigger_key=trigger_key,
            legacy={},
            **stamp.fields(),
        )

    @property
    def finished(self) -> bool:
        return self.status not in OPEN

    def _not_finished(self) -> None:
        if self.finished:
            raise InvalidInput(
                {
                    DONE: "errors-task-already-done",
                    DISMISSED: "errors-task-already-dismissed",
                    EXPIRED: "errors-task-already-expired",
                    JOINED: "errors-task-already-joined",
                }[self.status]
            )

    def schedule(self, stamp: Stamp, *, assignee: str, due: date | None) -> None:
        """Give the task to someone, for a day (either may stay as it was)."""
        self._not_finished()
        self._trigger(
            self.Scheduled,
            stamp,
            assignee=assignee.strip() or self.assignee or stamp.staff,
            due=due or self.due,
        )

    def complete(self, stamp: Stamp, *, what: str, cost: Decimal | None, note: str) -> None:
        """The kind act was done: what was done and what it cost."""
        self._not_finished()
        if not what.strip():
            raise InvalidInput("errors-empty", what="words-what-was-done")
        if cost is not None and cost < 0:
            raise InvalidInput("errors-amount-negative", what="words-cost")
        self._trigger(self.Done, stamp, what=what.strip(), cost=cost, note=note.strip())

    def dismiss(self, stamp: Stamp, *, reason: str) -> None:
        """Decide not to do it, saying why."""
        self._not_finished()
        if not reason.strip():
            raise InvalidInput("errors-empty", what="words-reason")
        self._trigger(self.Dismissed, stamp, reason=reason.strip())

    # ----- one person, one act ------------------------------------------------------

    def enrich(self, stamp: Stamp, *, other: DelightTask) -> None:
        """Tell another task's reason on this act (the other then joins this one)."""
        self._not_finished()
        if other.id == self.id:
            raise InvalidInput("errors-task-joins-itself")
        self._trigger(
            self.Enriched,
            stamp,
            task_id=other.id,
            rule=other.rule,
            facts=dict(other.facts),
            due=other.due,
            trigger_key=other.trigger_key,
        )

    def join(self, stamp: Stamp, *, into: UUID) -> None:
        """This reason is told on another act (``into``): this task is closed for it."""
        self._not_finished()
        if into == self.id:
            raise InvalidInput("errors-task-joins-itself")
        self._trigger(self.Joined, stamp, into=into)

    # ----- acts that expire --------------------------------------------------------------

    def expire(self, stamp: Stamp, *, reason: str, on: date) -> None:
        """Past the time it was worth doing (or settled otherwise): closed, with the reason."""
        self._not_finished()
        if reason not in EXPIRY_REASONS:
            raise InvalidInput(
                "errors-unknown-choice",
                what="words-reason",
                value=reason,
                allowed=", ".join(EXPIRY_REASONS),
            )
        self._trigger(self.Expired, stamp, reason=reason, on=on)

    # ----- what each event does to the state ---------------------------------------------

    @singledispatchmethod
    def when(self, event: Event) -> None:
        """Every task event is handled below."""

    @when.register(Suggested)
    def _(self, event: Suggested) -> None:
        self.customer_id = event.customer_id
        self.rule = event.rule
        self.facts = event.facts
        self.title = event.title
        self.due = event.due
        self.trigger_key = event.trigger_key
        self.legacy = event.legacy
        self.status = SUGGESTED
        self.assignee = ""
        #: The other reasons told on this act (rule, facts, due, trigger key).
        self.also: list[dict[str, Any]] = []

    @when.register(Scheduled)
    def _(self, event: Scheduled) -> None:
        self.assignee = event.assignee
        self.due = event.due
        self.status = SCHEDULED

    @when.register(Enriched)
    def _(self, event: Enriched) -> None:
        self.also.append(
            {
                "task_id": event.task_id,
                "rule": event.rule,
                "facts": event.facts,
                "due": event.due,
                "key": event.trigger_key,
            }
        )
        if self.status == SUGGESTED and event.due < self.due:
            self.due = event.due  # due by the earliest of its reasons, unless a person chose

    @when.register(Done)
    @when.register(Dismissed)
    @when.register(Joined)
    @when.register(Expired)
    def _(self, event: Done | Dismissed | Joined | Expired) -> None:
        self.status = CLOSED_AS[type(event)]


#: The status each closing event leaves a task in.
CLOSED_AS: dict[type[DelightTask.Event], str] = {
    DelightTask.Done: DONE,
    DelightTask.Dismissed: DISMISSED,
    DelightTask.Joined: JOINED,
    DelightTask.Expired: EXPIRED,
}
