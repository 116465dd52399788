"""The weekly review's figures, computed from the read models for one ISO week.

``weekly_review_data(db, week, shop_name, tz, today)`` returns the
:class:`~shopcare.reports.sheets_data.WeeklyReviewData` the renderer prints. Every
question it asks the read models is a function of
:mod:`shopcare.readmodels.weekly_facts` (which also keeps the review's own tables:
the kind acts and how they ended, and the history of open items); this module
computes and words the figures.

Definitions (all in the shop's time zone ``tz``, default: this computer's):

* **The week** is an ISO week, ``"2026-W47"``: Monday 00:00 up to the next Monday
  00:00, local time. With no week given, the report is for the *last complete
  week*: the week before the one containing ``today`` (so on any day of W48 the
  default is W47; the running week is never shown half-done by default).
* **As of the week's end.** Every figure is measured as of the end of the week:
  events after it are not looked at, so the same store and week always give the
  same numbers, and a report for an old week is what it would have said then.
  (The one exception is "waiting for us", which lists items that are *still*
  open, see below.)
* **Withdrawn entries** (``voided``) are ignored everywhere. A withdrawn
  *opening* entry (return, complaint, follow-up) never counts as open. A
  withdrawn *closing* entry does not reopen its item (the domain does not
  reopen it either), so closings count whether or not they were withdrawn.
* **Positive : negative.** Positives are positive feedback plus contacts logged
  with a positive sentiment. Negatives are negative feedback, contacts logged
  with a negative sentiment, and complaints. Neutral contacts count in neither.
* **Connections made**: contacts logged with "connection made".
* **Longest conversations**: the five longest contacts by minutes (ties: the
  earlier first). Shown to celebrate time given, never as a measure.
* **Kind acts done**: acts done during the week, and gifts given directly (not
  for an act), each credited to who did it. **Gifts**: every gift sent during the
  week (for an act or directly), with their total cost (gifts without a cost count,
  but add nothing to the total). A gift sent for an act is one kind act, not two:
  the tile, the list and the staff table count the same things.
* **Happened more than once**: contact topics, complaint categories, and
  touchpoints of *negative* moments (negative contacts, negative feedback,
  complaints) that came up two or more times this week; with the customers
  involved, the counts for the four weeks ending this week (oldest first), and
  ``effort`` when one of this week's customers raised the same thing more than
  once within those four weeks (customer effort worth removing for good).
* **Touchpoint check**: per touchpoint, this week's negatives and positives (as
  defined for the ratio, counted where a touchpoint was given).
* **Waiting for us**: open complaints, returns and due follow-ups (due by the
  week's last day) opened before the week's end, whose customer has had no
  contact for three or more days. Days waiting are whole days from the later of
  the item's opening (a follow-up's due day) and the customer's last contact, to
  the week's end; oldest first.
* **This coming week**: kind acts suggested or scheduled and due in the seven
  days after the week, and open follow-ups due then.
* **Overdue acts**: kind acts still open (now) that were due before the week's
  end and are still worth doing on its last day; in rank order.
* **Quiet friends**: customers with five or more contacts whose last contact
  was more than 120 days before the week's end (the customers' own counts);
  most contacts first.
* **Sent elsewhere**: referrals of the week, and those of the seven weeks before
  whose customer has not come back (no contact or purchase since, before the
  week's end); newest first.
* **Staff**: per person, connections made, kind acts done (acts and gifts given
  directly, as in the tile) and stories (went-beyond notes), with connections per
  week for the last eight weeks. Time spent on contacts is deliberately never
  shown per person.
* **Backlog**: open items (complaints, returns, follow-ups) at the end of each
  of the last eight weeks, from the history of open items.
* **Stories**: the went-beyond notes of the week, in the staff member's words.
* **What kindness brought back**: per rule, the acts that ended in the 52 weeks up
  to the week's end: how many were done and what they cost, and how many of the
  customers came back (bought, or got in touch themselves) within 60 days after an
  act done, against after an act dismissed or expired. An observation with its
  counts, not a proof.

Long lists are cut to :data:`MAX_ROWS` rows; a last row then says how many more
there are. Every list is sorted with a full tie-break (down to the customer id
and timeline position), so the report is deterministic.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import Decimal, InvalidOperation
from typing import Any

from shopcare import clock
from shopcare.clock import local_tz
from shopcare.clock import utc_iso as _u
from shopcare.domain.errors import InvalidInput
from shopcare.domain.values import check_date, clean_text, shown
from shopcare.i18n import Catalogue, catalogue
from shopcare.presentation import task_text
from shopcare.presentation.choices import label
from shopcare.presentation.formats import date_text, number_text
from shopcare.presentation.kindness import share
from shopcare.readmodels import weekly_facts as facts
from shopcare.readmodels.database import Database
from shopcare.reports.sheets_data import (
    BacklogWeek,
    ComingTask,
    DoneTask,
    LongConversation,
    OutcomeRow,
    OverdueAct,
    QuietFriend,
    RepeatedItem,
    SentElsewhere,
    StaffLine,
    Story,
    TouchpointCheck,
    WaitingItem,
    WeeklyReviewData,
)

#: The longest list printed in one section; the rest is summed up in a last row.
MAX_ROWS = 40
MAX_STORIES = 20
LONGEST = 5
QUIET_DAYS = 120
QUIET_MIN_CONTACTS = 5
WAITING_DAYS = 3
TREND_WEEKS = 4
STAFF_WEEKS = 8
BACKLOG_WEEKS = 8
SENT_WEEKS = 8
OUTCOME_WEEKS = 52

_WEEK = re.compile(r"(\d{4})-?W(\d{1,2})")


# ------------------------------------------------------------------ weeks


@dataclass(frozen=True)
class Week:
    """One ISO week in a time zone: ``start`` inclusive, ``end`` exclusive (aware)."""

    year: int
    number: int
    tz: tzinfo

    @property
    def label(self) -> str:
        return f"{self.year}-W{self.number:02d}"

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.number, 1)

    @property
    def start(self) -> datetime:
        return datetime.combine(self.monday, time(0), self.tz)

    @property
    def end(self) -> datetime:
        return datetime.combine(self.monday + timedelta(days=7), time(0), self.tz)

    def shifted(self, weeks: int) -> Week:
        y, w, _ = (self.monday + timedelta(weeks=weeks)).isocalendar()
        return Week(y, w, self.tz)

    @property
    def date_range(self) -> str:
        return f"{self.monday.isoformat()} – {(self.monday + timedelta(days=6)).isoformat()}"


def parse_week(text: str, tz: tzinfo, today: date | None = None) -> Week:
    """``"2026-W47"`` (or ``"2026W47"``) as a :class:`Week`; a clear error otherwise.

    The week must exist and lie from 1900 to a few years after ``today``.
    """
    typed = clean_text(text, "words-week")
    match = _WEEK.fullmatch(typed.upper())
    if match:
        year, number = int(match[1]), int(match[2])
        try:
            monday = date.fromisocalendar(year, number, 1)
        except ValueError:
            pass
        else:
            check_date(monday, "words-week", today or clock.today(), typed)
            return Week(year, number, tz)
    raise InvalidInput("errors-not-a-week", value=shown(typed))


def default_week(today: date, tz: tzinfo) -> Week:
    """The last complete week: the one before the week containing ``today``."""
    y, w, _ = (today - timedelta(days=7)).isocalendar()
    return Week(y, w, tz)


# ------------------------------------------------------------------ the figures


def weekly_review_data(
    db: Database,
    week: str | None,
    shop_name: str,
    tz: tzinfo | None = None,
    today: date | None = None,
    tr: Catalogue | None = None,
) -> WeeklyReviewData:
    """Everything the weekly review prints, for ``week`` (default: last complete week).

    Texts are written in ``tr``'s language (the shop's; English by default).
    """
    tz = tz or local_tz()
    wk = (
        parse_week(week, tz, today)
        if week is not None
        else default_week(today or clock.now().astimezone(tz).date(), tz)
    )
    return _Figures(db, wk, tz, tr or catalogue("en")).data(shop_name)


class _Figures:
    def __init__(self, db: Database, week: Week, tz: tzinfo, tr: Catalogue) -> None:
        self.db, self.week, self.tz, self.tr = db, week, tz, tr
        self.lang = tr.language
        self.s, self.e = _u(week.start), _u(week.end)
        self._names: dict[str, str] = {}

    # ----- helpers

    def name(self, cid: str) -> str:
        if cid not in self._names:
            self.names([cid])
        return self._names.get(cid, cid[:8])

    def names(self, cids: Iterable[str]) -> None:
        """Look many names up at once."""
        wanted = set(cids) - set(self._names)
        if wanted:
            self._names.update(facts.customer_names(self.db, wanted))

    def local_date(self, at: str) -> date:
        return datetime.fromisoformat(at).astimezone(self.tz).date()

    def data(self, shop_name: str) -> WeeklyReviewData:
        rows = self.week_rows()
        self.names(r["customer_id"] for r in rows)
        done = self.kind_acts(rows)
        positive, negative = self.ratio(rows)
        gifts = [r for r in rows if r["event"] == "GiftSent"]
        acts_done = {a.task_id for a in self.acts_done}
        return WeeklyReviewData(
            week_label=self.week.label,
            shop_name=shop_name,
            date_range=self.week.date_range,
            contacts_by_channel={
                label("channel", channel, self.tr): n
                for channel, n in self.contacts_by(rows, lambda r: r["data"]["channel"]).items()
            },
            contacts_by_staff=self.contacts_by(rows, lambda r: r["staff"]),
            positive=positive,
            negative=negative,
            connections_made=sum(1 for r in rows if _connection(r)),
            longest_conversations=self.longest(rows),
            tasks_done=self.first_rows(done, lambda n: DoneTask(self.more(n), "", "", "")),
            kind_acts=len(done),
            gifts_sent=len(gifts),
            gifts_total_cost=_money_total(r["data"].get("cost") for r in gifts),
            gifts_for_acts=sum(1 for r in gifts if (r["data"].get("task_id") or "") in acts_done),
            repeated=self.repeated(rows),
            touchpoint_check=self.touchpoints(rows),
            waiting=self.waiting(),
            coming_week=self.coming(),
            quiet_friends=self.quiet(),
            sent_elsewhere=self.sent(),
            staff=self.staff(rows, done),
            backlog=self.backlog(),
            stories=self.stories(rows),
            overdue_acts=self.overdue(),
            outcomes=self.outcomes(),
            outcome_weeks=OUTCOME_WEEKS,
        )

    def rows_between(self, start: str, end: str, events: tuple[str, ...]) -> list[dict]:
        return facts.timeline_between(self.db, start, end, events)

    def week_rows(self) -> list[dict]:
        return self.rows_between(
            self.s,
            self.e,
            ("ContactLogged", "FeedbackReceived", "ComplaintRaised", "GiftSent"),
        )

    # ----- the week in numbers

    @staticmethod
    def contacts_by(rows: list[dict], key) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for r in rows:
            if r["event"] == "ContactLogged":
                counts[key(r)] += 1
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    @staticmethod
    def ratio(rows: list[dict]) -> tuple[int, int]:
        positive = negative = 0
        for r in rows:
            mood = _mood(r)
            positive += mood == "positive"
            negative += mood == "negative"
        return positive, negative

    def longest(self, rows: list[dict]) -> list[LongConversation]:
        talks = [
            r for r in rows if r["event"] == "ContactLogged" and (r["data"].get("minutes") or 0) > 0
        ]
        talks.sort(key=lambda r: (-r["data"]["minutes"], r["at"], r["position"]))
        return [
            LongConversation(
                self.name(r["customer_id"]), r["staff"], r["data"]["minutes"], r["data"]["summary"]
            )
            for r in talks[:LONGEST]
        ]

    def kind_acts(self, rows: list[dict]) -> list[DoneTask]:
        """The week's kind acts: acts done, and gifts given directly (not for an act),
        oldest first, each with who did it."""
        self.acts_done = facts.acts_finished(self.db, self.s, self.e, ("done",))
        done_ids = {a.task_id for a in self.acts_done}
        self.names(a.customer_id for a in self.acts_done if a.customer_id)
        found = [
            (
                a.finished_at,
                self.name(a.customer_id) if a.customer_id else "",
                a.what,
                a.cost,
                a.finished_by,
            )
            for a in self.acts_done
        ]
        for r in rows:
            if r["event"] == "GiftSent" and (r["data"].get("task_id") or "") not in done_ids:
                d = r["data"]
                found.append(
                    (
                        r["at"],
                        self.name(r["customer_id"]),
                        d["what"],
                        d.get("cost") or "",
                        r["staff"],
                    )
                )
        found.sort()
        return [
            DoneTask(customer, what, cost or "", staff) for _, customer, what, cost, staff in found
        ]

    # ----- happened more than once, touchpoints

    def repeated(self, week: list[dict]) -> list[RepeatedItem]:
        first = self.week.shifted(-(TREND_WEEKS - 1))
        kinds = ("ContactLogged", "FeedbackReceived", "ComplaintRaised")
        # the weeks before from the timeline; this week's rows are read already
        rows = facts.trend_rows(self.db, _u(first.start), self.s, kinds)
        rows += [r for r in week if r["event"] in kinds]
        starts = [_u(first.shifted(i).start) for i in range(TREND_WEEKS)]
        # (kind, name) -> per week counts, and this week's customers -> times in 4 weeks
        trend: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0] * TREND_WEEKS)
        per_customer: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
        this_week: dict[tuple[str, str], set[str]] = defaultdict(set)
        for r in rows:
            index = sum(1 for s in starts if r["at"] >= s) - 1
            for key in _things(r):
                trend[key][index] += 1
                per_customer[key][r["customer_id"]] += 1
                if index == TREND_WEEKS - 1:
                    this_week[key].add(r["customer_id"])
        self.names(c for cs in this_week.values() for c in cs)
        items = []
        for key, counts in trend.items():
            if counts[-1] < 2:
                continue
            cids = sorted(this_week[key], key=lambda c: (self.name(c), c))
            name = label("touchpoint", key[1], self.tr) if key[0] == "touchpoint" else key[1]
            items.append(
                RepeatedItem(
                    kind=key[0],  # type: ignore[arg-type]
                    name=name,
                    count=counts[-1],
                    customers=[self.name(c) for c in cids],
                    trend=list(counts),
                    effort=any(per_customer[key][c] >= 2 for c in cids),
                )
            )
        order = {"complaint": 0, "touchpoint": 1, "topic": 2}
        items.sort(key=lambda i: (-i.count, order[i.kind], i.name))
        return items

    def touchpoints(self, rows: list[dict]) -> list[TouchpointCheck]:
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        words: dict[str, str] = {}  # each touchpoint worded once
        for r in rows:
            mood, where = _mood(r), r["data"].get("touchpoint")
            if where and mood in ("negative", "positive"):
                if where not in words:
                    words[where] = label("touchpoint", where, self.tr)
                counts[words[where]][0 if mood == "negative" else 1] += 1
        out = [TouchpointCheck(t, n, p) for t, (n, p) in counts.items()]
        out.sort(key=lambda t: (-t.negatives, -t.positives, t.touchpoint))
        return out

    # ----- waiting, coming, quiet, sent elsewhere

    def waiting(self) -> list[WaitingItem]:
        last_day = (self.week.end - timedelta(days=1)).date().isoformat()
        # (customer, since UTC, what it is, tie); the words are written for the rows shown
        items: list[tuple[str, str, tuple[str, ...], str]] = []
        for cid, entry, category, text, opened in facts.open_complaints_before(self.db, self.e):
            items.append((cid, opened, ("complaint", category, text), f"c{entry:09d}"))
        for cid, entry, item, due, opened in facts.open_returns_before(self.db, self.e):
            items.append((cid, opened, ("return", item, due or ""), f"r{entry:09d}"))
        day_starts: dict[str, str] = {}  # each due day's start, worked out once
        for cid, entry, due, reason, opened in facts.open_followups_before(
            self.db, self.e, last_day
        ):
            if due not in day_starts:
                start = datetime.combine(date.fromisoformat(due), time(0), self.tz)
                day_starts[due] = _u(start)
            since = max(opened, day_starts[due])
            items.append((cid, since, ("followup", due, reason), f"f{entry:09d}"))
        last = facts.last_contacts(self.db, (i[0] for i in items), self.e)
        end = self.week.end.astimezone(UTC)  # in UTC: no zone rules worked per item
        waiting = []
        for cid, since, what, tie in items:
            since = max(since, last.get(cid, ""))
            days = (end - datetime.fromisoformat(since)).days
            if days >= WAITING_DAYS:
                waiting.append((days, since, cid, tie, what))
        self.names(w[2] for w in waiting)
        waiting.sort(key=lambda w: (-w[0], w[1], self.name(w[2]), w[2], w[3]))
        shown = waiting if len(waiting) <= MAX_ROWS else waiting[: MAX_ROWS - 1]
        out = [
            WaitingItem(
                self.name(cid), self.waiting_text(what), self.local_date(since).isoformat(), days
            )
            for days, since, cid, _tie, what in shown
        ]
        if len(waiting) > MAX_ROWS:
            out.append(WaitingItem(self.more(len(waiting) - len(shown)), "", "", -1))
        return out

    def waiting_text(self, what: tuple[str, ...]) -> str:
        """What a customer waits for, in words: a complaint, a return, a follow-up."""
        kind, first, second = what
        if kind == "complaint":
            return self.tr("reports-waiting-complaint", category=first, text=second)
        if kind == "return":
            if not second:
                return self.tr("reports-waiting-return", item=first)
            due = date_text(second, self.lang, year=None)
            return self.tr("reports-waiting-return-due", item=first, due=due)
        due = date_text(first, self.lang, year=None)
        return self.tr("reports-waiting-followup", due=due, reason=second)

    def more(self, n: int) -> str:
        """The last row of a long list, standing for the rest: "… and 12 more"."""
        return self.tr("reports-more-rows", n=number_text(n, self.lang))

    def coming(self) -> list[ComingTask]:
        first = self.week.end.date()
        last = first + timedelta(days=6)
        found: list[tuple[str, str, str, str]] = []
        for row in facts.tasks_due_between(self.db, first.isoformat(), last.isoformat()):
            text = task_text(row, self.tr).title
            found.append((row["due"][:10], str(row["customer_id"]), text, f"t{row['id']}"))
        for due, cid, reason, entry in facts.followups_due_between(
            self.db, first.isoformat(), last.isoformat()
        ):
            found.append(
                (due, cid, self.tr("reports-coming-followup", reason=reason), f"f{entry:09d}")
            )
        self.names(f[1] for f in found)
        found.sort(key=lambda f: (f[0], self.name(f[1]), f[1], f[2], f[3]))
        out = [ComingTask(due, self.name(cid), text) for due, cid, text, _ in found]
        if len(out) > MAX_ROWS:
            more = len(out) - MAX_ROWS + 1
            out = [*out[: MAX_ROWS - 1], ComingTask("", "", self.more(more))]
        return out

    def overdue(self) -> list[OverdueAct]:
        """Acts due before the week's end that slipped but are still worth doing."""
        last_day = (self.week.end - timedelta(days=1)).date()
        rows = facts.overdue_tasks(self.db, (last_day + timedelta(days=1)).isoformat())
        rows = [r for r in rows if r["expires"] is None or r["expires"] >= last_day.isoformat()]
        out = [
            OverdueAct(
                r["customer_name"] or "",
                task_text(r, self.tr).title,
                r["due"][:10],
                r["expires"] or "",
            )
            for r in rows
        ]
        if len(out) > MAX_ROWS:
            more = len(out) - MAX_ROWS + 1
            out = [*out[: MAX_ROWS - 1], OverdueAct(self.more(more), "", "", "")]
        return out

    def quiet(self) -> list[QuietFriend]:
        cutoff = _u(self.week.end - timedelta(days=QUIET_DAYS))
        rows, total = facts.quiet_regulars(self.db, QUIET_MIN_CONTACTS, cutoff, MAX_ROWS)
        shown = rows if total <= MAX_ROWS else rows[: MAX_ROWS - 1]
        out = [
            QuietFriend(name, self.local_date(last).isoformat(), n) for _c, name, n, last in shown
        ]
        if total > MAX_ROWS:
            out.append(QuietFriend(self.more(total - len(shown)), "", -1))
        return out

    def sent(self) -> list[SentElsewhere]:
        """This week's referrals, and earlier ones (eight weeks) still not back."""
        start = _u(self.week.shifted(-(SENT_WEEKS - 1)).start)
        rows = self.rows_between(start, self.e, ("ReferredElsewhere",))
        out = []
        for r in sorted(rows, key=lambda r: (r["at"], r["position"]), reverse=True):
            back = facts.came_back_after(self.db, r["customer_id"], r["at"], self.e)
            if back and r["at"] < self.s:
                continue  # an earlier referral that came back: settled, not this week's news
            out.append(
                SentElsewhere(
                    self.name(r["customer_id"]), r["data"]["item"], r["data"]["sent_to"], back
                )
            )
        if len(out) > MAX_ROWS:
            more = len(out) - MAX_ROWS + 1
            out = [*out[: MAX_ROWS - 1], SentElsewhere(self.more(more), "", "", False)]
        return out

    # ----- staff, backlog, stories

    def staff(self, rows: list[dict], done: list[DoneTask]) -> list[StaffLine]:
        """Per person: connections, kind acts (the same ones the tile counts), stories."""
        first = self.week.shifted(-(STAFF_WEEKS - 1))
        starts = [_u(first.shifted(i).start) for i in range(STAFF_WEEKS)]
        trend: dict[str, list[int]] = defaultdict(lambda: [0] * STAFF_WEEKS)
        for staff, at in facts.connections_by_staff(self.db, starts[0], self.e):
            trend[staff][sum(1 for s in starts if at >= s) - 1] += 1
        kind: dict[str, int] = defaultdict(int)
        for act in done:
            if act.staff:
                kind[act.staff] += 1
        stories: dict[str, int] = defaultdict(int)
        for r in rows:
            if r["event"] == "ContactLogged" and r["data"].get("went_beyond"):
                stories[r["staff"]] += 1
        people = sorted(
            set(kind) | set(stories) | {s for s, counts in trend.items() if any(counts)}
        )
        return [
            StaffLine(name, trend[name][-1], kind[name], list(trend[name]), stories[name])
            for name in people
        ]

    def backlog(self) -> list[BacklogWeek]:
        first = self.week.shifted(-(BACKLOG_WEEKS - 1))
        weeks = [first.shifted(i) for i in range(BACKLOG_WEEKS)]
        counts = facts.open_items_at(self.db, [_u(w.end) for w in weeks])
        return [BacklogWeek(w.monday.isoformat(), n) for w, n in zip(weeks, counts, strict=True)]

    def stories(self, rows: list[dict]) -> list[Story]:
        found = [
            Story(self.name(r["customer_id"]), r["staff"], r["data"]["went_beyond"])
            for r in rows
            if r["event"] == "ContactLogged" and r["data"].get("went_beyond")
        ]
        return self.first_rows(found, lambda n: Story(self.more(n), "", ""), MAX_STORIES)

    @staticmethod
    def first_rows(rows: list, more: Callable[[int], Any], limit: int = MAX_ROWS) -> list:
        """The first rows of a long list, and a last row standing for the rest."""
        if len(rows) <= limit:
            return rows
        return [*rows[: limit - 1], more(len(rows) - limit + 1)]

    def outcomes(self) -> list[OutcomeRow]:
        """Per rule, what followed the acts of the last year (see the module)."""
        start = _u(self.week.shifted(-(OUTCOME_WEEKS - 1)).start)
        lang = self.lang
        rows = [
            OutcomeRow(
                rule=label("rule", o.rule, self.tr),
                done=o.done,
                spent=o.spent,
                back_done=share(o.back_done, o.judged_done, lang),
                back_not=share(o.back_not, o.judged_not, lang),
                per_return=o.spent_per_return,
                watching=o.watching,
            )
            for o in facts.outcomes_by_rule(self.db, start, self.e)
        ]
        return sorted(rows, key=lambda r: (-r.done, r.rule))


# ------------------------------------------------------------------ small pieces


def _connection(r: dict) -> bool:
    return r["event"] == "ContactLogged" and bool(r["data"].get("connection"))


def _mood(r: dict) -> str | None:
    """``"positive"``, ``"negative"`` or ``None`` for one timeline row (see the ratio)."""
    d = r["data"]
    if r["event"] == "ContactLogged":
        return d.get("sentiment") if d.get("sentiment") in ("positive", "negative") else None
    if r["event"] == "FeedbackReceived":
        return d.get("polarity")
    if r["event"] == "ComplaintRaised":
        return "negative"
    return None


def _things(r: dict) -> list[tuple[str, str]]:
    """What a row counts towards in "happened more than once"."""
    d = r["data"]
    out: list[tuple[str, str]] = []
    if r["event"] == "ContactLogged":
        out += [("topic", t) for t in sorted(set(d.get("topics") or []))]
    if r["event"] == "ComplaintRaised":
        out.append(("complaint", d["category"]))
    if _mood(r) == "negative" and d.get("touchpoint"):
        out.append(("touchpoint", d["touchpoint"]))
    return out


def _decimal(value: Any) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _money_total(values: Iterable[Any]) -> str:
    amounts = [a for a in (_decimal(v) for v in values) if a is not None]
    return str(sum(amounts, Decimal(0))) if amounts else ""
