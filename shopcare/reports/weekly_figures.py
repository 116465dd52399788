"""The weekly review's figures, computed from the read models for one ISO week.

``weekly_review_data(db, week, shop_name, tz, today)`` returns the
:class:`~shopcare.reports.sheets_data.WeeklyReviewData` the renderer prints. It
reads only the read-model tables (``timeline``, ``customers``, ``open_*`` and,
when the delight-task projection is there, ``tasks``), never the event store.

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
* **Kind acts done**: delight tasks marked done during the week (from ``tasks``
  if that table exists). **Gifts**: gifts sent during the week, with their total
  cost (gifts without a cost count, but add nothing to the total).
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
* **This coming week**: delight tasks suggested or scheduled and due in the
  seven days after the week, and open follow-ups due then.
* **Quiet friends**: customers with five or more contacts whose last contact
  was more than 120 days before the week's end; most contacts first.
* **Sent elsewhere**: referrals in the eight weeks ending this week, newest
  first; "came back" when the customer had a contact or a purchase after the
  referral (before the week's end).
* **Staff**: per person, connections made and kind acts this week (gifts sent,
  went-beyond notes, delight tasks done; a gift sent for a task that was done
  counts once), with connections per week for the last eight weeks. Time spent
  on contacts is deliberately never shown per person.
* **Backlog**: open items (complaints, returns, follow-ups) at the end of each
  of the last eight weeks, rebuilt from the timeline.
* **Stories**: the went-beyond notes of the week, in the staff member's words.

Long lists are cut to :data:`MAX_ROWS` rows; a last row then says how many more
there are. Every list is sorted with a full tie-break (down to the customer id
and timeline position), so the report is deterministic.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
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
from shopcare.readmodels.database import Database
from shopcare.readmodels.tasks import task_row
from shopcare.reports.sheets_data import (
    BacklogWeek,
    ComingTask,
    DoneTask,
    LongConversation,
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
LONGEST = 5
QUIET_DAYS = 120
QUIET_MIN_CONTACTS = 5
WAITING_DAYS = 3
TREND_WEEKS = 4
STAFF_WEEKS = 8
BACKLOG_WEEKS = 8
SENT_WEEKS = 8

OPENERS = ("ReturnRequested", "ComplaintRaised", "FollowUpScheduled")
CLOSERS = ("ReturnReceived", "ReturnWaived", "ComplaintResolved", "FollowUpDone")
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
        self.has_tasks = db["tasks"].exists()
        self.task_cols = set(db["tasks"].columns_dict) if self.has_tasks else set()

    # ----- helpers

    def q(self, sql: str, params: Iterable[Any] = ()) -> list[tuple]:
        return self.db.execute(sql, list(params)).fetchall()

    def name(self, cid: str) -> str:
        if cid not in self._names:
            row = self.db.execute("SELECT name FROM customers WHERE id = ?", [cid]).fetchone()
            self._names[cid] = row[0] if row else cid[:8]
        return self._names[cid]

    def names(self, cids: Iterable[str]) -> None:
        """Look many names up at once."""
        wanted = sorted(set(cids) - set(self._names))
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for cid, name in self.q(f"SELECT id, name FROM customers WHERE id IN ({marks})", chunk):
                self._names[cid] = name

    def local_date(self, at: str) -> date:
        return datetime.fromisoformat(at).astimezone(self.tz).date()

    def data(self, shop_name: str) -> WeeklyReviewData:
        rows = self.week_rows()
        self.names(r["customer_id"] for r in rows)
        done = self.tasks_done()
        positive, negative = self.ratio(rows)
        gifts = [r for r in rows if r["event"] == "GiftSent"]
        return WeeklyReviewData(
            week_label=self.week.label,
            shop_name=shop_name,
            date_range=self.week.date_range,
            contacts_by_channel=self.contacts_by(
                rows, lambda r: label("channel", r["data"]["channel"], self.tr)
            ),
            contacts_by_staff=self.contacts_by(rows, lambda r: r["staff"]),
            positive=positive,
            negative=negative,
            connections_made=sum(1 for r in rows if _connection(r)),
            longest_conversations=self.longest(rows),
            tasks_done=[DoneTask(t["customer"], t["what"], t["cost"]) for t in done],
            gifts_sent=len(gifts),
            gifts_total_cost=_money_total(r["data"].get("cost") for r in gifts),
            repeated=self.repeated(),
            touchpoint_check=self.touchpoints(rows),
            waiting=self.waiting(),
            coming_week=self.coming(),
            quiet_friends=self.quiet(),
            sent_elsewhere=self.sent(),
            staff=self.staff(rows, done),
            backlog=self.backlog(),
            stories=self.stories(rows),
        )

    def rows_between(self, start: str, end: str, events: tuple[str, ...]) -> list[dict]:
        marks = ",".join("?" * len(events))
        sql = (
            "SELECT position, customer_id, entry, at, event, staff, data FROM timeline"
            f" WHERE at >= ? AND at < ? AND voided = 0 AND event IN ({marks})"
            " ORDER BY at, position"
        )
        out = []
        for position, cid, entry, at, event, staff, data in self.q(sql, [start, end, *events]):
            out.append(
                {
                    "position": position,
                    "customer_id": cid,
                    "entry": entry,
                    "at": at,
                    "event": event,
                    "staff": staff,
                    "data": json.loads(data),
                }
            )
        return out

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

    def tasks_done(self) -> list[dict[str, Any]]:
        """Delight tasks finished during the week, oldest first."""
        if not self.has_tasks or not {"status", "finished_at"} <= self.task_cols:
            return []
        cols = [c for c in ("id", "customer_id", "title", "what", "cost") if c in self.task_cols]
        who = next(
            (c for c in ("done_by", "finished_by", "staff", "assignee") if c in self.task_cols),
            None,
        )
        select = ", ".join([*cols, "finished_at", *([who] if who else [])])
        out = []
        for row in self.db.query(
            f"SELECT {select} FROM tasks WHERE status = 'done' AND finished_at IS NOT NULL"
        ):
            finished = self._moment(row["finished_at"])
            if finished is None or not (self.week.start <= finished < self.week.end):
                continue
            cid = str(row.get("customer_id") or "")
            out.append(
                {
                    "id": str(row.get("id") or ""),
                    "customer_id": cid,
                    "customer": self.name(cid) if cid else "",
                    "what": str(row.get("what") or row.get("title") or ""),
                    "cost": row.get("cost") or "",
                    "finished": finished,
                    "staff": str(row.get(who) or "") if who else "",
                }
            )
        out.sort(key=lambda t: (t["finished"], t["customer"], t["id"]))
        return out

    def _moment(self, value: Any) -> datetime | None:
        """A stored time or date (aware, naive local, or a bare date) as an aware moment."""
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=self.tz)

    # ----- happened more than once, touchpoints

    def repeated(self) -> list[RepeatedItem]:
        first = self.week.shifted(-(TREND_WEEKS - 1))
        rows = self.rows_between(
            _u(first.start), self.e, ("ContactLogged", "FeedbackReceived", "ComplaintRaised")
        )
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
        for r in rows:
            mood, where = _mood(r), r["data"].get("touchpoint")
            if where and mood in ("negative", "positive"):
                counts[label("touchpoint", where, self.tr)][0 if mood == "negative" else 1] += 1
        out = [TouchpointCheck(t, n, p) for t, (n, p) in counts.items()]
        out.sort(key=lambda t: (-t.negatives, -t.positives, t.touchpoint))
        return out

    # ----- waiting, coming, quiet, sent elsewhere

    def last_contacts(self, cids: Iterable[str], before: str) -> dict[str, str]:
        """Each customer's last contact (UTC ISO) before ``before``."""
        out: dict[str, str] = {}
        wanted = sorted(set(cids))
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            sql = (
                "SELECT customer_id, max(at) FROM timeline WHERE customer_id IN"
                f" ({marks}) AND at < ? AND event = 'ContactLogged' AND voided = 0"
                " GROUP BY customer_id"
            )
            out.update(dict(self.q(sql, [*chunk, before])))
        return out

    def waiting(self) -> list[WaitingItem]:
        last_day = (self.week.end - timedelta(days=1)).date().isoformat()
        items: list[tuple[str, str, str, str]] = []  # (customer, since UTC, what, tie)
        for cid, entry, category, text, opened in self.q(
            "SELECT customer_id, entry, category, text, opened_at FROM open_complaints"
            " WHERE opened_at < ?",
            [self.e],
        ):
            what = self.tr("reports-waiting-complaint", category=category, text=text)
            items.append((cid, opened, what, f"c{entry:09d}"))
        for cid, entry, item, due, opened in self.q(
            "SELECT customer_id, entry, item, due, opened_at FROM open_returns WHERE opened_at < ?",
            [self.e],
        ):
            what = (
                self.tr("reports-waiting-return-due", item=item, due=date_text(due, self.lang))
                if due
                else self.tr("reports-waiting-return", item=item)
            )
            items.append((cid, opened, what, f"r{entry:09d}"))
        for cid, entry, due, reason, opened in self.q(
            "SELECT customer_id, entry, due, reason, opened_at FROM open_followups"
            " WHERE opened_at < ? AND due <= ?",
            [self.e, last_day],
        ):
            due_start = _u(datetime.combine(date.fromisoformat(due), time(0), self.tz))
            what = self.tr("reports-waiting-followup", due=date_text(due, self.lang), reason=reason)
            items.append((cid, max(opened, due_start), what, f"f{entry:09d}"))
        last = self.last_contacts((i[0] for i in items), self.e)
        waiting = []
        for cid, since, what, tie in items:
            since = max(since, last.get(cid, ""))
            days = (self.week.end - datetime.fromisoformat(since)).days
            if days >= WAITING_DAYS:
                waiting.append((days, since, cid, tie, what))
        self.names(w[2] for w in waiting)
        waiting.sort(key=lambda w: (-w[0], w[1], self.name(w[2]), w[2], w[3]))
        out = [
            WaitingItem(self.name(cid), what, self.local_date(since).isoformat(), days)
            for days, since, cid, _tie, what in waiting
        ]
        if len(out) > MAX_ROWS:
            rest = out[MAX_ROWS - 1 :]
            out = out[: MAX_ROWS - 1]
            out.append(WaitingItem(self.more(len(rest)), "", "", -1))
        return out

    def more(self, n: int) -> str:
        """The last row of a long list, standing for the rest: "… and 12 more"."""
        return self.tr("reports-more-rows", n=number_text(n, self.lang))

    def coming(self) -> list[ComingTask]:
        first = self.week.end.date()
        last = first + timedelta(days=6)
        span = [first.isoformat(), last.isoformat()]
        found: list[tuple[str, str, str, str]] = []
        if self.has_tasks:
            for row in self.db.query(
                "SELECT t.id, t.customer_id, t.rule, t.facts, t.title, t.legacy, t.due,"
                " c.name AS customer_name FROM tasks t LEFT JOIN customers c"
                " ON c.id = t.customer_id WHERE t.status IN ('suggested', 'scheduled')"
                " AND substr(t.due, 1, 10) BETWEEN ? AND ?",
                span,
            ):
                text = task_text(task_row(row), self.tr).title
                found.append((row["due"][:10], str(row["customer_id"]), text, f"t{row['id']}"))
        for due, cid, reason, entry in self.q(
            "SELECT due, customer_id, reason, entry FROM open_followups WHERE due BETWEEN ? AND ?",
            span,
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

    def quiet(self) -> list[QuietFriend]:
        cutoff = _u(self.week.end - timedelta(days=QUIET_DAYS))
        rows = self.q(
            "SELECT customer_id, count(*) AS n, max(at) AS last FROM timeline"
            " WHERE event = 'ContactLogged' AND voided = 0 AND +at < ?"
            " GROUP BY customer_id HAVING n >= ? AND last < ?",
            [self.e, QUIET_MIN_CONTACTS, cutoff],
        )
        self.names(r[0] for r in rows)
        rows.sort(key=lambda r: (-r[1], r[2], self.name(r[0]), r[0]))
        out = [
            QuietFriend(self.name(c), self.local_date(last).isoformat(), n) for c, n, last in rows
        ]
        if len(out) > MAX_ROWS:
            more = len(out) - MAX_ROWS + 1
            out = [*out[: MAX_ROWS - 1], QuietFriend(self.more(more), "", -1)]
        return out

    def sent(self) -> list[SentElsewhere]:
        start = _u(self.week.shifted(-(SENT_WEEKS - 1)).start)
        rows = self.rows_between(start, self.e, ("ReferredElsewhere",))
        out = []
        for r in sorted(rows, key=lambda r: (r["at"], r["position"]), reverse=True):
            back = self.db.execute(
                "SELECT 1 FROM timeline WHERE customer_id = ? AND at > ? AND at < ?"
                " AND event IN ('ContactLogged', 'PurchaseNoted') AND voided = 0 LIMIT 1",
                [r["customer_id"], r["at"], self.e],
            ).fetchone()
            out.append(
                SentElsewhere(
                    self.name(r["customer_id"]),
                    r["data"]["item"],
                    r["data"]["sent_to"],
                    back is not None,
                )
            )
        if len(out) > MAX_ROWS:
            more = len(out) - MAX_ROWS + 1
            out = [*out[: MAX_ROWS - 1], SentElsewhere(self.more(more), "", "", False)]
        return out

    # ----- staff, backlog, stories

    def staff(self, rows: list[dict], done: list[dict[str, Any]]) -> list[StaffLine]:
        first = self.week.shifted(-(STAFF_WEEKS - 1))
        starts = [_u(first.shifted(i).start) for i in range(STAFF_WEEKS)]
        trend: dict[str, list[int]] = defaultdict(lambda: [0] * STAFF_WEEKS)
        for staff, at in self.q(
            "SELECT staff, at FROM timeline WHERE at >= ? AND at < ? AND voided = 0"
            " AND event = 'ContactLogged' AND json_extract(data, '$.connection')",
            [starts[0], self.e],
        ):
            trend[staff][sum(1 for s in starts if at >= s) - 1] += 1
        kind: dict[str, int] = defaultdict(int)
        done_ids = {t["id"] for t in done}
        for r in rows:
            gift = r["event"] == "GiftSent" and (r["data"].get("task_id") or "") not in done_ids
            beyond = r["event"] == "ContactLogged" and r["data"].get("went_beyond")
            if gift or beyond:
                kind[r["staff"]] += 1
        for t in done:
            if t["staff"]:
                kind[t["staff"]] += 1
        people = sorted(set(kind) | {s for s, counts in trend.items() if any(counts)})
        return [StaffLine(name, trend[name][-1], kind[name], list(trend[name])) for name in people]

    def backlog(self) -> list[BacklogWeek]:
        # ``+at``: these read nearly all history, where a table scan beats the index.
        first = self.week.shifted(-(BACKLOG_WEEKS - 1))
        weeks = [first.shifted(i) for i in range(BACKLOG_WEEKS)]
        ends = [_u(w.end) for w in weeks]
        marks_o = ",".join("?" * len(OPENERS))
        marks_c = ",".join("?" * len(CLOSERS))
        opened = self.q(
            "SELECT customer_id, entry, at FROM timeline WHERE +at < ? AND voided = 0"
            f" AND event IN ({marks_o})",
            [self.e, *OPENERS],
        )
        closed: dict[tuple[str, int], str] = {}
        for cid, entry, at in self.q(
            "SELECT customer_id, json_extract(data, '$.entry'), at FROM timeline"
            f" WHERE +at < ? AND event IN ({marks_c})",
            [self.e, *CLOSERS],
        ):
            key = (cid, entry)
            closed[key] = min(at, closed.get(key, at))
        counts = [0] * len(ends)
        for cid, entry, at in opened:
            shut = closed.get((cid, entry))
            for i, end in enumerate(ends):
                if at < end and (shut is None or shut >= end):
                    counts[i] += 1
        return [BacklogWeek(w.monday.isoformat(), n) for w, n in zip(weeks, counts, strict=True)]

    def stories(self, rows: list[dict]) -> list[Story]:
        return [
            Story(self.name(r["customer_id"]), r["staff"], r["data"]["went_beyond"])
            for r in rows
            if r["event"] == "ContactLogged" and r["data"].get("went_beyond")
        ]


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
