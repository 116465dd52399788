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
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid4, uuid5

from eventsourcing.domain import Aggregate, event

from shopcare.domain.errors import InvalidInput

#: The namespace of task ids (uuid5 of the trigger key).
TASK_NAMESPACE = uuid5(NAMESPACE_URL, "https://shopcare.invalid/delight-task")

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


class DelightTask(Aggregate):
    """A kind act for a customer (or, for a neighbourhood round, for several)."""

    class Event(Aggregate.Event):
        staff: str
        computer: str
        occurred_at: datetime

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

    @classmethod
    def suggest(
        cls,
        *,
        customer_id: UUID | None,
        rule: str,
        facts: Mapping[str, Any],
        due: date,
        trigger_key: str,
        staff: str,
        computer: str,
        occurred_at: datetime,
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
        return cls(
            customer_id=customer_id,
            rule=rule,
            facts=dict(facts),
            title=title.strip(),
            due=due,
            trigger_key=trigger_key,
            legacy={},
            staff=staff,
            computer=computer,
            occurred_at=occurred_at,
        )

    @event(Suggested)
    def __init__(
        self,
        *,
        customer_id: UUID | None,
        rule: str,
        facts: dict[str, Any],
        title: str,
        due: date,
        trigger_key: str,
        legacy: dict[str, str],
        staff: str,
        computer: str,
        occurred_at: datetime,
    ) -> None:
        self.customer_id = customer_id
        self.rule = rule
        self.facts = facts
        self.title = title
        self.due = due
        self.trigger_key = trigger_key
        self.legacy = legacy
        self.status = SUGGESTED
        self.assignee = ""
        #: The other reasons told on this act (rule, facts, due, trigger key).
        self.also: list[dict[str, Any]] = []

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

    def schedule(
        self,
        *,
        assignee: str,
        due: date | None,
        staff: str,
        computer: str,
        occurred_at: datetime,
    ) -> None:
        """Give the task to someone, for a day (either may stay as it was)."""
        self._not_finished()
        self._scheduled(
            assignee=assignee.strip() or self.assignee or staff,
            due=due or self.due,
            staff=staff,
            computer=computer,
            occurred_at=occurred_at,
        )

    @event("Scheduled")
    def _scheduled(
        self, assignee: str, due: date, staff: str, computer: str, occurred_at: datetime
    ) -> None:
        self.assignee = assignee
        self.due = due
        self.status = SCHEDULED

    def complete(
        self,
        *,
        what: str,
        cost: Decimal | None,
        note: str,
        staff: str,
        computer: str,
        occurred_at: datetime,
    ) -> None:
        """The kind act was done: what was done and what it cost."""
        self._not_finished()
        if not what.strip():
            raise InvalidInput("errors-empty", what="words-what-was-done")
        if cost is not None and cost < 0:
            raise InvalidInput("errors-amount-negative", what="words-cost")
        self._done(
            what=what.strip(),
            cost=cost,
            note=note.strip(),
            staff=staff,
            computer=computer,
            occurred_at=occurred_at,
        )

    @event("Done")
    def _done(
        self,
        what: str,
        cost: Decimal | None,
        note: str,
        staff: str,
        computer: str,
        occurred_at: datetime,
    ) -> None:
        self.status = DONE

    def dismiss(self, *, reason: str, staff: str, computer: str, occurred_at: datetime) -> None:
        """Decide not to do it, saying why."""
        self._not_finished()
        if not reason.strip():
            raise InvalidInput("errors-empty", what="words-reason")
        self._dismissed(
            reason=reason.strip(), staff=staff, computer=computer, occurred_at=occurred_at
        )

    @event("Dismissed")
    def _dismissed(self, reason: str, staff: str, computer: str, occurred_at: datetime) -> None:
        self.status = DISMISSED

    # ----- one person, one act ------------------------------------------------------

    def enrich(
        self,
        *,
        other: DelightTask,
        staff: str,
        computer: str,
        occurred_at: datetime,
    ) -> None:
        """Tell another task's reason on this act (the other then joins this one)."""
        self._not_finished()
        if other.id == self.id:
            raise InvalidInput("errors-task-joins-itself")
        self._enriched(
            task_id=other.id,
            rule=other.rule,
            facts=dict(other.facts),
            due=other.due,
            trigger_key=other.trigger_key,
            staff=staff,
            computer=computer,
            occurred_at=occurred_at,
        )

    @event("Enriched")
    def _enriched(
        self,
        task_id: UUID,
        rule: str,
        facts: dict[str, Any],
        due: date,
        trigger_key: str,
        staff: str,
        computer: str,
        occurred_at: datetime,
    ) -> None:
        self.also.append(
            {"task_id": task_id, "rule": rule, "facts": facts, "due": due, "key": trigger_key}
        )
        if self.status == SUGGESTED and due < self.due:
            self.due = due  # due by the earliest of its reasons, unless a person chose a day

    def join(self, *, into: UUID, staff: str, computer: str, occurred_at: datetime) -> None:
        """This reason is told on another act (``into``): this task is closed for it."""
        self._not_finished()
        if into == self.id:
            raise InvalidInput("errors-task-joins-itself")
        self._joined(into=into, staff=staff, computer=computer, occurred_at=occurred_at)

    @event("Joined")
    def _joined(self, into: UUID, staff: str, computer: str, occurred_at: datetime) -> None:
        self.status = JOINED

    # ----- acts that expire --------------------------------------------------------------

    def expire(
        self, *, reason: str, on: date, staff: str, computer: str, occurred_at: datetime
    ) -> None:
        """Past the time it was worth doing (or settled otherwise): closed, with the reason."""
        self._not_finished()
        if reason not in EXPIRY_REASONS:
            raise InvalidInput(
                "errors-unknown-choice",
                what="words-reason",
                value=reason,
                allowed=", ".join(EXPIRY_REASONS),
            )
        self._expired(reason=reason, on=on, staff=staff, computer=computer, occurred_at=occurred_at)

    @event("Expired")
    def _expired(
        self, reason: str, on: date, staff: str, computer: str, occurred_at: datetime
    ) -> None:
        self.status = EXPIRED
