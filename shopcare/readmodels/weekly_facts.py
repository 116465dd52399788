"""The weekly review's facts: its own tables, and every query the figures ask.

The projection keeps what the weekly figures would otherwise dig out of the whole
history each time:

* ``kind_acts``: one row per kind act (suggested by a rule or added by hand), with
  how it ended (``done``, ``dismissed`` or ``expired``; an act that joined another is
  not an act of its own), when, by whom, what was done and what it cost, and
  ``came_back_at``: the first time the customer bought something or got in touch
  themselves (a contact they started) in the :data:`CAME_BACK_DAYS` days after.
* ``open_item_history``: every return, complaint and follow-up ever opened, with
  when it opened and closed (a withdrawn opening is gone; a merge or a forgotten
  person closes what was open), so the backlog of any week is one query.

The query functions below hold every statement :mod:`shopcare.reports.weekly_figures`
runs; the figures compute, the read model answers. Times are UTC ISO strings.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from shopcare.domain.customer import Customer
from shopcare.domain.delight_task import DelightTask
from shopcare.readmodels.current import VERSIONS
from shopcare.readmodels.database import Database
from shopcare.readmodels.events import NOTE_EVENTS, PROFILE_EVENTS, SETTINGS_EVENTS
from shopcare.readmodels.projection import Projection, handles
from shopcare.readmodels.recorded import Recorded, utc_text

#: A customer "came back" after an act if they bought or got in touch within these days.
CAME_BACK_DAYS = 60
#: Up to this many customers touched in a batch, their acts are looked up one by one.
FEW_CUSTOMERS = 100
#: How an act ended, as ``kind_acts.outcome`` keeps it (NULL while it is open).
OUTCOMES = ("done", "dismissed", "expired")
OPENED = {
    Customer.ReturnRequested: "return",
    Customer.ComplaintRaised: "complaint",
    Customer.FollowUpScheduled: "followup",
}


def _days_before(iso: str, days: int) -> str:
    return (datetime.fromisoformat(iso) - timedelta(days=days)).isoformat(timespec="seconds")


class WeeklyFactsProjection(Projection):
    """Kind acts and how they ended; open items and when they closed."""

    name = "weekly_facts"
    version = VERSIONS[
        "weekly_facts"
    ]  # "came back" counted as if events came one at a time, whatever the batch
    tables = ("kind_acts", "open_item_history")
    ignores = (
        *PROFILE_EVENTS,
        *NOTE_EVENTS,
        DelightTask.Scheduled,
        DelightTask.Enriched,
        *SETTINGS_EVENTS,
    )

    def __init__(self) -> None:
        #: (customer id, UTC time, position) of every purchase and contact a customer
        #: started in this batch: matched against finished acts once, at its end.
        self._touches: list[tuple[str, str, int]] = []
        #: Acts finished in this batch: the position of the event that finished them.
        self._finished: dict[str, int] = {}

    def create(self, db: Database) -> None:
        db.execute(
            """CREATE TABLE IF NOT EXISTS kind_acts (task_id TEXT PRIMARY KEY,
               customer_id TEXT, rule TEXT NOT NULL, suggested_at TEXT NOT NULL,
               outcome TEXT, finished_at TEXT, finished_by TEXT, what TEXT, cost TEXT,
               came_back_at TEXT)"""
        )
        db.execute("CREATE INDEX IF NOT EXISTS kind_acts_finished ON kind_acts(finished_at)")
        db.execute("CREATE INDEX IF NOT EXISTS kind_acts_customer ON kind_acts(customer_id)")
        db.execute(
            """CREATE TABLE IF NOT EXISTS open_item_history (customer_id TEXT NOT NULL,
               entry INTEGER NOT NULL, kind TEXT NOT NULL, opened_at TEXT NOT NULL,
               closed_at TEXT, PRIMARY KEY (customer_id, entry))"""
        )
        db.execute(
            "CREATE INDEX IF NOT EXISTS open_item_history_closed ON open_item_history(closed_at)"
        )

    # ----- kind acts -------------------------------------------------------------------

    @handles(DelightTask.Suggested)
    def suggested(self, db: Database, e: Recorded) -> None:
        d = e.data
        db.execute(
            "INSERT OR IGNORE INTO kind_acts (task_id, customer_id, rule, suggested_at)"
            " VALUES (?, ?, ?, ?)",
            [e.originator_id, d["customer_id"], d["rule"], utc_text(d["occurred_at"])],
        )

    def _finish(self, db: Database, e: Recorded, outcome: str, **fields: Any) -> None:
        self._finished[e.originator_id] = e.position
        db.execute(
            "UPDATE kind_acts SET outcome = ?, finished_at = ?, finished_by = ?, what = ?,"
            " cost = ? WHERE task_id = ?",
            [
                outcome,
                e.at,
                e.staff,
                fields.get("what"),
                fields.get("cost"),
                e.originator_id,
            ],
        )

    @handles(DelightTask.Done)
    def done(self, db: Database, e: Recorded) -> None:
        self._finish(db, e, "done", what=e.data["what"], cost=e.data["cost"])

    @handles(DelightTask.Dismissed)
    def dismissed(self, db: Database, e: Recorded) -> None:
        self._finish(db, e, "dismissed")

    @handles(DelightTask.Expired)
    def expired(self, db: Database, e: Recorded) -> None:
        self._finish(db, e, "expired")

    @handles(DelightTask.Joined)
    def joined(self, db: Database, e: Recorded) -> None:
        """A reason told on another act is not an act of its own."""
        db.execute("DELETE FROM kind_acts WHERE task_id = ?", [e.originator_id])

    @handles(Customer.ContactLogged)
    def contact_logged(self, db: Database, e: Recorded) -> None:
        if channel_and_direction(e)[1] == "in":
            self._touches.append((e.originator_id, e.at, e.position))

    @handles(Customer.PurchaseNoted)
    def purchase_noted(self, db: Database, e: Recorded) -> None:
        self._touches.append((e.originator_id, e.at, e.position))

    def flush(self, db: Database) -> None:
        """Mark the acts this batch's purchases and contacts show the customer came back
        after. As if they came one at a time, whatever the batch: a touch counts for
        acts finished before it in the log, and the first one that counts is kept."""
        touches, self._touches = self._touches, []
        finished_here, self._finished = self._finished, {}
        if not touches:
            return
        first = min(at for _, at, _ in touches)
        last = max(at for _, at, _ in touches)
        since = _days_before(first, CAME_BACK_DAYS)
        waiting: dict[str, list[tuple[str, str]]] = defaultdict(list)
        customers = sorted({cid for cid, _, _ in touches})
        if len(customers) <= FEW_CUSTOMERS:
            # A save's few touches: the acts of those customers (not every act of the
            # last two months, which a ten-year shop counts in hundreds).
            marks = ", ".join("?" * len(customers))
            found = db.execute(
                "SELECT task_id, customer_id, finished_at FROM kind_acts"
                f" WHERE customer_id IN ({marks}) AND came_back_at IS NULL"
                " AND outcome IS NOT NULL AND +finished_at >= ? AND +finished_at <= ?",
                [*customers, since, last],
            )
        else:
            found = db.execute(
                "SELECT task_id, customer_id, finished_at FROM kind_acts WHERE came_back_at"
                " IS NULL AND outcome IS NOT NULL AND finished_at >= ? AND finished_at <= ?",
                [since, last],
            )
        for task_id, cid, finished in found:
            waiting[cid].append((task_id, finished))
        if not waiting:
            return
        came: dict[str, str] = {}
        for cid, at, position in touches:  # in log order
            for task_id, finished in waiting.get(cid, ()):
                if task_id in came or finished_here.get(task_id, 0) > position:
                    continue
                if finished <= at <= _days_after(finished, CAME_BACK_DAYS):
                    came[task_id] = at
        db.conn.executemany(
            "UPDATE kind_acts SET came_back_at = ? WHERE task_id = ?",
            [(at, task_id) for task_id, at in came.items()],
        )

    # ----- open items -----------------------------------------------------------------

    @handles(*OPENED)
    def item_opened(self, db: Database, e: Recorded) -> None:
        db.execute(
            "INSERT OR IGNORE INTO open_item_history (customer_id, entry, kind, opened_at)"
            " VALUES (?, ?, ?, ?)",
            [e.originator_id, e.originator_version, OPENED[e.cls], utc_text(e.data["occurred_at"])],
        )

    @handles(
        Customer.ReturnReceived,
        Customer.ReturnWaived,
        Customer.ComplaintResolved,
        Customer.FollowUpDone,
    )
    def item_closed(self, db: Database, e: Recorded) -> None:
        at = utc_text(e.data["occurred_at"])
        db.execute(
            "UPDATE open_item_history SET closed_at = CASE WHEN closed_at IS NULL THEN ?"
            " ELSE min(closed_at, ?) END WHERE customer_id = ? AND entry = ?",
            [at, at, e.originator_id, e.data["entry"]],
        )

    @handles(Customer.EntryCorrected)
    def entry_corrected(self, db: Database, e: Recorded) -> None:
        """A withdrawn opening never counted as open."""
        if e.data["void"]:
            db.execute(
                "DELETE FROM open_item_history WHERE customer_id = ? AND entry = ?",
                [e.originator_id, e.data["entry"]],
            )

    @handles(Customer.OpenItemMoved)
    def item_moved(self, db: Database, e: Recorded) -> None:
        """Open on the kept record from the merge on (it closed on the other then)."""
        db.execute(
            "INSERT OR IGNORE INTO open_item_history (customer_id, entry, kind, opened_at)"
            " VALUES (?, ?, ?, ?)",
            [
                e.originator_id,
                e.originator_version,
                e.data["kind"],
                utc_text(e.data["occurred_at"]),
            ],
        )

    def _close_all(self, db: Database, e: Recorded) -> None:
        db.execute(
            "UPDATE open_item_history SET closed_at = ? WHERE customer_id = ?"
            " AND closed_at IS NULL",
            [utc_text(e.data["occurred_at"]), e.originator_id],
        )

    @handles(Customer.MergedInto)
    def merged_into(self, db: Database, e: Recorded) -> None:
        self.flush(db)  # the touches so far were the other record's, its acts still its own
        self._close_all(db, e)
        db.execute(
            "UPDATE kind_acts SET customer_id = ? WHERE customer_id = ?",
            [e.data["into"], e.originator_id],
        )

    @handles(Customer.Forgotten)
    def forgotten(self, db: Database, e: Recorded) -> None:
        """Nothing more is open for a forgotten person, and nothing more will be done."""
        self._close_all(db, e)
        db.execute(
            "DELETE FROM kind_acts WHERE customer_id = ? AND outcome IS NULL", [e.originator_id]
        )


_CHANNEL = '{"channel":"'
_DIRECTION = '","direction":"'


def channel_and_direction(e: Recorded) -> tuple[str, str]:
    """A contact's channel and direction, read from the head of its own fields when it
    can be (a contact is then never parsed in full), else from its data; read once
    for all the projections that ask."""
    found = e.contact_head
    if found is None:
        found = e.contact_head = _channel_and_direction(e)
    return found


def _channel_and_direction(e: Recorded) -> tuple[str, str]:
    own = e.own
    if own is not None and own.startswith(_CHANNEL):
        i = len(_CHANNEL)
        j = own.find('"', i)
        if j > 0 and own.startswith(_DIRECTION, j):
            k = j + len(_DIRECTION)
            end = own.find('"', k)
            if end > 0 and "\\" not in own[i:end]:
                return own[i:j], own[k:end]
    return e.data["channel"], e.data["direction"]


def _days_after(iso: str, days: int) -> str:
    return (datetime.fromisoformat(iso) + timedelta(days=days)).isoformat(timespec="seconds")


# ===================================================================== the queries


def timeline_between(
    db: Database, start: str, end: str, events: Sequence[str]
) -> list[dict[str, Any]]:
    """Timeline rows (not withdrawn) of these event kinds in ``[start, end)``, in order."""
    marks = ",".join("?" * len(events))
    sql = (
        "SELECT position, customer_id, entry, at, event, staff, data FROM timeline"
        f" WHERE at >= ? AND at < ? AND voided = 0 AND event IN ({marks})"
        " ORDER BY at, position"
    )
    out = []
    for position, cid, entry, at, event, staff, data in db.execute(sql, [start, end, *events]):
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


#: The fields "happened more than once" looks at (the rest of an entry is not read).
TREND_FIELDS = ("topics", "category", "touchpoint", "sentiment", "polarity")


def trend_rows(db: Database, start: str, end: str, events: Sequence[str]) -> list[dict[str, Any]]:
    """Like :func:`timeline_between`, with only :data:`TREND_FIELDS` in ``data``: the
    weeks before the review's are read for their trend only, without parsing whole
    entries."""
    marks = ",".join("?" * len(events))
    picks = ", ".join(f"json_extract(data, '$.{f}')" for f in TREND_FIELDS)
    sql = (
        f"SELECT position, customer_id, at, event, {picks} FROM timeline"
        f" WHERE at >= ? AND at < ? AND voided = 0 AND event IN ({marks})"
        " ORDER BY at, position"
    )
    out = []
    for position, cid, at, event, topics, *rest in db.execute(sql, [start, end, *events]):
        data = dict(zip(TREND_FIELDS[1:], rest, strict=True))
        data["topics"] = json.loads(topics) if topics and topics != "[]" else []
        out.append(
            {"position": position, "customer_id": cid, "at": at, "event": event, "data": data}
        )
    return out


def customer_names(db: Database, ids: Iterable[str]) -> dict[str, str]:
    """The names of these customers (a forgotten or unknown id is left out); a record
    merged into another goes by the kept customer's name."""
    wanted = sorted(set(ids))
    out: dict[str, str] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        marks = ",".join("?" * len(chunk))
        out.update(db.execute(f"SELECT id, name FROM customers WHERE id IN ({marks})", chunk))
        out.update(
            db.execute(
                "SELECT m.other_id, c.name FROM merged_customers m JOIN customers c"
                f" ON c.id = m.kept_id WHERE m.other_id IN ({marks})",
                chunk,
            )
        )
    return out


def last_contacts(db: Database, ids: Iterable[str], before: str) -> dict[str, str]:
    """Each customer's last contact (UTC ISO) before ``before`` (a withdrawn one aside).

    The customers' own last contact answers when it is before ``before`` and stands
    (one look each, in one query); for the others, one step back along the customer's
    timeline index."""
    out: dict[str, str] = {}
    wanted = sorted(set(ids))
    again: list[str] = []
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for cid, last, voided in db.execute(
            "SELECT c.id, c.last_contact_at, t.voided FROM customers c LEFT JOIN timeline t"
            " ON t.customer_id = c.id AND t.at = c.last_contact_at"
            f" AND t.event = 'ContactLogged' WHERE c.id IN ({marks})",
            chunk,
        ):
            if last and last < before and voided == 0:
                out[cid] = last
            elif last:
                again.append(cid)
    sql = (
        "SELECT at FROM timeline WHERE customer_id = ? AND at < ? AND event = 'ContactLogged'"
        " AND voided = 0 ORDER BY at DESC LIMIT 1"
    )
    for cid in sorted(set(again) - set(out)):
        row = db.execute(sql, [cid, before]).fetchone()
        if row is not None:
            out[cid] = row[0]
    return out


@dataclass(frozen=True)
class FinishedAct:
    """A kind act that ended: how, when, by whom, for whom, what was done and its cost."""

    task_id: str
    customer_id: str
    rule: str
    outcome: str
    finished_at: str
    finished_by: str
    what: str
    cost: str
    came_back_at: str | None


def acts_finished(
    db: Database, start: str, end: str, outcomes: Sequence[str] = OUTCOMES
) -> list[FinishedAct]:
    """Acts that ended in ``[start, end)`` (done, dismissed or expired), oldest first."""
    marks = ",".join("?" * len(outcomes))
    rows = db.execute(
        "SELECT task_id, customer_id, rule, outcome, finished_at, finished_by, what, cost,"
        " came_back_at FROM kind_acts WHERE finished_at >= ? AND finished_at < ?"
        f" AND outcome IN ({marks}) ORDER BY finished_at, task_id",
        [start, end, *outcomes],
    )
    return [
        FinishedAct(r[0], r[1] or "", r[2], r[3], r[4], r[5] or "", r[6] or "", r[7] or "", r[8])
        for r in rows
    ]


def open_complaints_before(db: Database, end: str) -> list[tuple]:
    """(customer, entry, category, text, opened) of complaints open now, opened before ``end``."""
    return db.execute(
        "SELECT customer_id, entry, category, text, opened_at FROM open_complaints"
        " WHERE opened_at < ?",
        [end],
    ).fetchall()


def open_returns_before(db: Database, end: str) -> list[tuple]:
    """(customer, entry, item, due, opened) of returns open now, opened before ``end``."""
    return db.execute(
        "SELECT customer_id, entry, item, due, opened_at FROM open_returns WHERE opened_at < ?",
        [end],
    ).fetchall()


def open_followups_before(db: Database, end: str, due_by: str) -> list[tuple]:
    """(customer, entry, due, reason, opened) of follow-ups open now, opened before
    ``end`` and due by ``due_by``."""
    return db.execute(
        "SELECT customer_id, entry, due, reason, opened_at FROM open_followups"
        " WHERE opened_at < ? AND due <= ?",
        [end, due_by],
    ).fetchall()


def followups_due_between(db: Database, first: str, last: str) -> list[tuple]:
    """(due, customer, reason, entry) of open follow-ups due from ``first`` to ``last``."""
    return db.execute(
        "SELECT due, customer_id, reason, entry FROM open_followups WHERE due BETWEEN ? AND ?",
        [first, last],
    ).fetchall()


def _open_tasks(db: Database, where: str, params: list[Any]) -> list[dict[str, Any]]:
    rows = db.query(
        "SELECT t.id, t.customer_id, t.rule, t.facts, t.title, t.legacy, t.also, t.due,"
        " t.tier, t.expires, t.status, t.assignee, c.name AS customer_name FROM tasks t"
        " LEFT JOIN customers c ON c.id = t.customer_id"
        f" WHERE t.status IN ('suggested', 'scheduled') AND t.withdrawn = 0 AND {where}"
        " ORDER BY t.tier, t.due, t.created_at, t.id",
        params,
    )
    out = []
    for row in rows:
        for key in ("facts", "legacy"):
            row[key] = json.loads(row[key] or "{}")
        row["also"] = json.loads(row["also"] or "[]")
        out.append(row)
    return out


def tasks_due_between(db: Database, first: str, last: str) -> list[dict[str, Any]]:
    """Open acts due from ``first`` to ``last`` (YYYY-MM-DD), in rank order."""
    return _open_tasks(db, "substr(t.due, 1, 10) BETWEEN ? AND ?", [first, last])


def overdue_tasks(db: Database, before: str) -> list[dict[str, Any]]:
    """Open acts due before ``before`` (YYYY-MM-DD) and still worth doing on it, in
    rank order: the acts that slipped but still matter."""
    return _open_tasks(db, "t.due < ? AND (t.expires IS NULL OR t.expires >= ?)", [before, before])


def quiet_regulars(
    db: Database, min_contacts: int, quiet_since: str, limit: int
) -> tuple[list[tuple[str, str, int, str]], int]:
    """The first ``limit`` (customer, name, contacts, last contact) of customers with
    ``min_contacts`` or more contacts whose last contact was before ``quiet_since`` (the
    customers' own counts), most contacts first; and how many there are in all."""
    where = "WHERE contacts >= ? AND last_contact_at < ?"
    rows = db.execute(
        f"SELECT id, name, contacts, last_contact_at FROM customers {where}"
        " ORDER BY contacts DESC, last_contact_at, name, id LIMIT ?",
        [min_contacts, quiet_since, limit],
    ).fetchall()
    total = db.execute(
        f"SELECT count(*) FROM customers {where}", [min_contacts, quiet_since]
    ).fetchone()[0]
    return rows, total


def came_back_after(db: Database, customer_id: str, after: str, before: str) -> bool:
    """Whether the customer bought or was in touch after ``after`` (and before ``before``)."""
    row = db.execute(
        "SELECT 1 FROM timeline WHERE customer_id = ? AND at > ? AND at < ?"
        " AND event IN ('ContactLogged', 'PurchaseNoted') AND voided = 0 LIMIT 1",
        [customer_id, after, before],
    ).fetchone()
    return row is not None


def connections_by_staff(db: Database, start: str, end: str) -> list[tuple[str, str]]:
    """(staff, UTC time) of every contact with a connection made in ``[start, end)``."""
    return db.execute(
        "SELECT staff, at FROM timeline WHERE at >= ? AND at < ? AND voided = 0"
        " AND event = 'ContactLogged' AND json_extract(data, '$.connection')",
        [start, end],
    ).fetchall()


def open_items_at(db: Database, ends: Sequence[str]) -> list[int]:
    """How many returns, complaints and follow-ups were open at each of these moments."""
    if not ends:
        return []
    sums = ", ".join("sum(opened_at < ? AND (closed_at IS NULL OR closed_at >= ?))" for _ in ends)
    params: list[Any] = [x for end in ends for x in (end, end)]
    row = db.execute(
        f"SELECT {sums} FROM open_item_history WHERE opened_at < ?"
        " AND (closed_at IS NULL OR closed_at >= ?)",
        [*params, max(ends), min(ends)],
    ).fetchone()
    return [int(v or 0) for v in row]


# ----- what kindness brought back ---------------------------------------------------


@dataclass(frozen=True)
class RuleOutcome:
    """What followed one rule's acts, over a span ending at a moment (``as of``).

    Acts are judged once :data:`CAME_BACK_DAYS` have passed since they ended (a
    younger act is ``watching``). ``back_done`` of ``judged_done`` customers came back
    after an act done for them; ``back_not`` of ``judged_not`` after one dismissed or
    expired. ``spent`` is what the done acts cost, ``spent_judged`` what the judged
    ones did (``spent_per_return`` divides it by ``back_done``).
    """

    rule: str
    done: int
    not_done: int
    spent: str
    judged_done: int
    back_done: int
    judged_not: int
    back_not: int
    watching: int
    spent_judged: str

    @property
    def spent_per_return(self) -> str:
        if not self.back_done or not self.spent_judged:
            return ""
        return str((Decimal(self.spent_judged) / self.back_done).quantize(Decimal(1)))


def outcomes_by_rule(db: Database, start: str, end: str) -> list[RuleOutcome]:
    """Per rule, the acts that ended in ``[start, end)`` and what followed (as of ``end``),
    counted by the read model in one query."""
    judged = _days_before(end, CAME_BACK_DAYS)
    rows = db.execute(
        """SELECT rule,
             sum(outcome = 'done'), sum(outcome != 'done'),
             sum(CASE WHEN outcome = 'done' THEN CAST(cost AS REAL) END),
             count(CASE WHEN outcome = 'done' AND cost IS NOT NULL AND cost != '' THEN 1 END),
             count(DISTINCT CASE WHEN outcome = 'done' AND (finished_at <= :judged
                   OR back) THEN who END),
             count(DISTINCT CASE WHEN outcome = 'done' AND back THEN who END),
             count(DISTINCT CASE WHEN outcome != 'done' AND (finished_at <= :judged
                   OR back) THEN who END),
             count(DISTINCT CASE WHEN outcome != 'done' AND back THEN who END),
             sum(finished_at > :judged AND NOT back),
             sum(CASE WHEN outcome = 'done' AND (finished_at <= :judged OR back)
                 THEN CAST(cost AS REAL) END)
           FROM (SELECT rule, outcome, cost, finished_at, coalesce(customer_id, '') AS who,
                   coalesce(came_back_at < :end, 0) AS back
                 FROM kind_acts WHERE finished_at >= :start AND finished_at < :end
                 AND outcome IS NOT NULL)
           GROUP BY rule ORDER BY rule""",
        {"start": start, "end": end, "judged": judged},
    ).fetchall()
    return [
        RuleOutcome(
            rule=rule,
            done=done or 0,
            not_done=not_done or 0,
            spent=_money_text(spent) if costed else "",
            judged_done=judged_done,
            back_done=back_done,
            judged_not=judged_not,
            back_not=back_not,
            watching=watching or 0,
            spent_judged=_money_text(spent_judged) if costed else "",
        )
        for (
            rule,
            done,
            not_done,
            spent,
            costed,
            judged_done,
            back_done,
            judged_not,
            back_not,
            watching,
            spent_judged,
        ) in rows
    ]


def _money_text(total: float | None) -> str:
    """A sum of stored amounts as stored text ("45000", "12.5"); "0" for none."""
    amount = Decimal(str(round(total or 0, 2))).normalize()
    return str(amount.quantize(Decimal(1)) if amount == amount.to_integral_value() else amount)


def usual_costs(db: Database, since: str, at_least: int = 3) -> dict[str, str]:
    """Per rule, the average cost of its acts done since ``since`` that had a cost, when
    there are ``at_least`` of them (what the shop's own acts say an act costs)."""
    rows = db.execute(
        "SELECT rule, count(*), sum(CAST(cost AS REAL)) FROM kind_acts WHERE outcome = 'done'"
        " AND finished_at >= ? AND cost IS NOT NULL AND cost != '' GROUP BY rule",
        [since],
    ).fetchall()
    return {rule: str(round(total / n)) for rule, n, total in rows if n >= at_least and total}


def done_between(db: Database, start: str, end: str) -> tuple[int, Decimal]:
    """How many acts were done in ``[start, end)`` and what they cost together."""
    rows = db.execute(
        "SELECT cost FROM kind_acts WHERE outcome = 'done' AND finished_at >= ?"
        " AND finished_at < ?",
        [start, end],
    ).fetchall()
    return len(rows), sum((a for (c,) in rows if (a := _amount(c)) is not None), Decimal(0))


def _amount(text: str | None) -> Decimal | None:
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None
