"""Plain, frozen input data for the PDF renderers.

The renderers depend only on these types, never on the database. Tuple-shaped rows
are ``NamedTuple`` so a caller may pass either the named type or a plain tuple in
the same field order. All text is shown as typed (it is escaped for the PDF).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

# ---------------------------------------------------------------- task sheet


@dataclass(frozen=True)
class ContactLine:
    """One recent contact shown on a task sheet."""

    at: str
    kind: str
    staff: str
    summary: str


@dataclass(frozen=True)
class RoundStopLine:
    """One household on a neighbourhood round's route."""

    names: str
    address: str


@dataclass(frozen=True)
class TaskSheetData:
    """Everything printed on one task sheet (one A4 page).

    ``last_contacts`` is newest first; only the first three are printed.
    """

    task_id: str
    shop_name: str
    shop_address: str
    customer_name: str
    customer_address: str
    customer_phone: str
    title: str
    reason: str
    suggested_act: str
    suggested_message: str
    due: str
    status: str
    last_contacts: list[ContactLine]
    what_we_know: list[str]
    sensitive_context: str
    care: str = ""  # the customer's sensitive time in one line ("어머님 상 11.20 · …")
    also: list[str] = field(default_factory=list)  # other reasons told on this act
    worth_until: str = ""  # the last day the act is worth doing ('' for never)
    stops: list[RoundStopLine] = field(default_factory=list)  # a round, in route order


# ------------------------------------------------------------- weekly review


class LongConversation(NamedTuple):
    """A long conversation worth celebrating."""

    customer: str
    staff: str
    minutes: int
    summary: str


class DoneTask(NamedTuple):
    """A kind act done this week (an act done, or a gift given directly), what it cost,
    and who did it."""

    customer: str
    what: str
    cost: str
    staff: str = ""


class OverdueAct(NamedTuple):
    """An act past its due date that is still worth doing (until ``until``, '' for
    an act added by hand)."""

    customer: str
    title: str
    due: str
    until: str


class OutcomeRow(NamedTuple):
    """What followed one rule's acts (see ``weekly_facts.RuleOutcome``): counts, shares
    as text ("8/11 (73%)"), and money as stored."""

    rule: str
    done: int
    spent: str
    back_done: str
    back_not: str
    per_return: str
    watching: int


RepeatedKind = Literal["topic", "complaint", "touchpoint"]


@dataclass(frozen=True)
class RepeatedItem:
    """Something that happened more than once; ``trend`` is 4 weeks, oldest first."""

    kind: RepeatedKind
    name: str
    count: int
    customers: list[str]
    trend: list[int]
    effort: bool


class TouchpointCheck(NamedTuple):
    """Negatives and positives seen at one touchpoint this week."""

    touchpoint: str
    negatives: int
    positives: int


class WaitingItem(NamedTuple):
    """A customer waiting for us; ``since`` is a date string."""

    customer: str
    what: str
    since: str
    days_waiting: int


class ComingTask(NamedTuple):
    """A task due in the coming week."""

    due: str
    customer: str
    title: str


class QuietFriend(NamedTuple):
    """A regular we have not heard from for a while."""

    customer: str
    last_contact: str
    contacts: int


class SentElsewhere(NamedTuple):
    """A customer we sent to someone else, and whether they came back."""

    customer: str
    item: str
    sent_to: str
    came_back: bool


@dataclass(frozen=True)
class StaffLine:
    """One staff member's week: connections made, kind acts done (acts and gifts given
    directly), stories; ``trend`` is connections over 8 weeks, oldest first."""

    name: str
    connections: int
    kind_acts: int
    trend: list[int]
    stories: int = 0


class BacklogWeek(NamedTuple):
    """Open items at the end of one week."""

    week: str
    open_items: int


class Story(NamedTuple):
    """A went-beyond note, in the staff member's own words."""

    customer: str
    staff: str
    text: str


@dataclass(frozen=True)
class WeeklyReviewData:
    """Everything printed in the weekly review.

    ``week_label`` is an ISO week such as ``"2026-W47"``; ``date_range`` is display
    text such as ``"2026-11-16 – 2026-11-22"``. The positive:negative ratio is shown
    against a 50:1 target. ``backlog`` is 8 weeks, oldest first.
    """

    week_label: str
    shop_name: str
    date_range: str
    contacts_by_channel: dict[str, int] = field(default_factory=dict)
    contacts_by_staff: dict[str, int] = field(default_factory=dict)
    positive: int = 0
    negative: int = 0
    connections_made: int = 0
    longest_conversations: list[LongConversation] = field(default_factory=list)
    tasks_done: list[DoneTask] = field(default_factory=list)
    kind_acts: int = -1  # how many kind acts (the list may stop at its first rows); -1: all listed
    gifts_sent: int = 0
    gifts_total_cost: str = ""
    gifts_for_acts: int = 0
    repeated: list[RepeatedItem] = field(default_factory=list)
    touchpoint_check: list[TouchpointCheck] = field(default_factory=list)
    waiting: list[WaitingItem] = field(default_factory=list)
    coming_week: list[ComingTask] = field(default_factory=list)
    quiet_friends: list[QuietFriend] = field(default_factory=list)
    sent_elsewhere: list[SentElsewhere] = field(default_factory=list)
    staff: list[StaffLine] = field(default_factory=list)
    backlog: list[BacklogWeek] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    overdue_acts: list[OverdueAct] = field(default_factory=list)
    outcomes: list[OutcomeRow] = field(default_factory=list)
    outcome_weeks: int = 52
