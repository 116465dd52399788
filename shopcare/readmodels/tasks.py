"""Tasks: one row per kind act, suggested by a rule or added by hand, until done.

A row keeps facts, not words: ``rule`` and ``facts`` (JSON) for a rule's task,
``title`` for one added by hand (as typed), and ``legacy`` (JSON) for the English
prose tasks stored before version 2. ``shopcare.presentation`` renders the words.

It also keeps what ranks an act (``tier``, ``sensitive``; see
:mod:`shopcare.domain.kindness`), the last day it is worth doing (``expires``, None
for acts added by hand), the other reasons told on it (``also``, JSON), and who
did it (``done_by``, credited in the weekly review).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import groupby
from typing import Any

from shopcare.domain.customer import Customer
from shopcare.domain.delight_task import DelightTask
from shopcare.domain.kindness import expires_on, standing
from shopcare.readmodels.current import VERSIONS
from shopcare.readmodels.database import Database
from shopcare.readmodels.events import (
    NOTE_EVENTS,
    OPEN_ITEM_EVENTS,
    PROFILE_EVENTS,
    SETTINGS_EVENTS,
    VISIT_EVENTS,
)
from shopcare.readmodels.projection import Projection, handles
from shopcare.readmodels.recorded import Recorded, utc_text

TASK_COLUMNS = (
    "id",
    "customer_id",
    "rule",
    "facts",
    "title",
    "legacy",
    "due",
    "status",
    "assignee",
    "what",
    "cost",
    "note",
    "dismiss_reason",
    "trigger_key",
    "created_at",
    "finished_at",
    "done_by",
    "tier",
    "sensitive",
    "expires",
    "also",
    "joined_into",
    "expired_reason",
)

OPEN_STATUSES = ("suggested", "scheduled")


INSERT_TASK = """INSERT INTO tasks (id, customer_id, rule, facts, title, legacy, due, status,
    trigger_key, created_at, tier, sensitive, expires, source_entry, position)
    VALUES (?,?,?,?,?,?,?,'suggested',?,?,?,?,?,?,?)"""


class TasksProjection(Projection):
    name = "tasks"
    tables = ("tasks",)
    version = VERSIONS[
        "tasks"
    ]  # 2: rule + facts instead of English prose; 3: rank, expiry, joins, done_by
    # (tasks_customer stays: a withdrawn cause finds its acts by customer during a load)
    bulk_indexes = ("tasks_status_due", "tasks_finished")
    # (a done task's gift is on the customer too: the task's own Done says it)
    ignores = (*PROFILE_EVENTS, *VISIT_EVENTS, *OPEN_ITEM_EVENTS, *NOTE_EVENTS, *SETTINGS_EVENTS)

    def __init__(self) -> None:
        # New tasks, then changes in the order they came: written once per batch.
        self._new: list[tuple[Any, ...]] = []
        self._changes: list[tuple[str, list[Any]]] = []

    def flush(self, db: Database) -> None:
        new, changes = self._new, self._changes
        self._new, self._changes = [], []
        db.conn.executemany(INSERT_TASK, new)
        for sql, same in groupby(changes, key=lambda change: change[0]):
            db.conn.executemany(sql, [params for _, params in same])

    def create(self, db: Database) -> None:
        db.execute(
            """CREATE TABLE IF NOT EXISTS tasks (
                id TEXT PRIMARY KEY, customer_id TEXT, rule TEXT NOT NULL,
                facts TEXT NOT NULL, title TEXT NOT NULL, legacy TEXT,
                due TEXT NOT NULL, status TEXT NOT NULL,
                assignee TEXT NOT NULL DEFAULT '', what TEXT, cost TEXT, note TEXT,
                dismiss_reason TEXT, trigger_key TEXT NOT NULL, created_at TEXT NOT NULL,
                finished_at TEXT, done_by TEXT, tier INTEGER NOT NULL DEFAULT 3,
                sensitive INTEGER NOT NULL DEFAULT 0, expires TEXT, also TEXT,
                joined_into TEXT, expired_reason TEXT, source_entry INTEGER,
                withdrawn INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL)"""
        )
        db.execute("CREATE INDEX IF NOT EXISTS tasks_status_due ON tasks(status, due)")
        db.execute("CREATE INDEX IF NOT EXISTS tasks_customer ON tasks(customer_id, due)")
        db.execute("CREATE INDEX IF NOT EXISTS tasks_finished ON tasks(finished_at)")

    @handles(DelightTask.Suggested)
    def suggested(self, db: Database, e: Recorded) -> None:
        d = e.data
        place = standing(d["rule"])
        expires = expires_on(d["rule"], date.fromisoformat(d["due"]))
        self._new.append(
            (
                e.originator_id,
                d["customer_id"],
                d["rule"],
                json.dumps(d["facts"], ensure_ascii=False),
                d["title"],
                json.dumps(d["legacy"], ensure_ascii=False) if d["legacy"] else None,
                d["due"],
                d["trigger_key"],
                utc_text(d["occurred_at"]),
                place.tier,
                int(place.sensitive),
                None if expires is None else expires.isoformat(),
                source_entry(d["trigger_key"], d["customer_id"]),
                e.position,
            )
        )

    def _set(self, db: Database, e: Recorded, **fields: Any) -> None:
        fields["position"] = e.position
        sets = ", ".join(f"[{k}] = ?" for k in fields)
        self._changes.append(
            (f"UPDATE tasks SET {sets} WHERE id = ?", [*fields.values(), e.originator_id])
        )

    @handles(DelightTask.Scheduled)
    def scheduled(self, db: Database, e: Recorded) -> None:
        """A person chose the day: the act stays worth doing until then at least."""
        due = e.data["due"]
        self._changes.append(
            (
                "UPDATE tasks SET status = 'scheduled', assignee = ?, due = ?, position = ?,"
                " expires = CASE WHEN expires IS NULL THEN NULL ELSE max(expires, ?) END"
                " WHERE id = ?",
                [e.data["assignee"], due, e.position, due, e.originator_id],
            )
        )

    @handles(DelightTask.Done)
    def done(self, db: Database, e: Recorded) -> None:
        d = e.data
        self._set(
            db,
            e,
            status="done",
            what=d["what"],
            cost=d["cost"],
            note=d["note"],
            finished_at=utc_text(d["occurred_at"]),
            done_by=d["staff"],
        )

    @handles(DelightTask.Enriched)
    def enriched(self, db: Database, e: Recorded) -> None:
        """Another reason is told on this act: it ranks as its best reason, is due by
        the earliest, and stays worth doing as long as any reason does."""
        d = e.data
        self.flush(db)  # the act as it stands, with what this batch did to it
        row = db.execute(
            "SELECT also, tier, expires, due, status FROM tasks WHERE id = ?", [e.originator_id]
        ).fetchone()
        if row is None:
            return
        also = json.loads(row[0] or "[]")
        also.append(
            {"rule": d["rule"], "facts": d["facts"], "due": d["due"], "task_id": d["task_id"]}
        )
        theirs = expires_on(d["rule"], date.fromisoformat(d["due"]))
        expires = None if row[2] is None or theirs is None else max(row[2], theirs.isoformat())
        due = min(row[3], d["due"]) if row[4] == "suggested" else row[3]
        self._set(
            db,
            e,
            also=json.dumps(also, ensure_ascii=False),
            tier=min(row[1], standing(d["rule"]).tier),
            expires=expires,
            due=due,
        )

    @handles(DelightTask.Joined)
    def joined(self, db: Database, e: Recorded) -> None:
        self._set(
            db,
            e,
            status="joined",
            joined_into=e.data["into"],
            finished_at=utc_text(e.data["occurred_at"]),
        )

    @handles(DelightTask.Expired)
    def expired(self, db: Database, e: Recorded) -> None:
        self._set(
            db,
            e,
            status="expired",
            expired_reason=e.data["reason"],
            finished_at=utc_text(e.data["occurred_at"]),
        )

    @handles(Customer.EntryCorrected)
    def entry_corrected(self, db: Database, e: Recorded) -> None:
        """An act whose cause was withdrawn is settled (the sweep closes it)."""
        if e.data["void"]:
            self._changes.append(
                (
                    "UPDATE tasks SET withdrawn = 1, position = ? WHERE customer_id = ?"
                    " AND source_entry = ?",
                    [e.position, e.originator_id, e.data["entry"]],
                )
            )

    @handles(Customer.MergedInto)
    def customer_merged(self, db: Database, e: Recorded) -> None:
        """The duplicate's kind acts are the kept customer's now."""
        self.flush(db)
        db.execute(
            "UPDATE tasks SET customer_id = ? WHERE customer_id = ?",
            [e.data["into"], e.originator_id],
        )

    @handles(Customer.Forgotten)
    def customer_forgotten(self, db: Database, e: Recorded) -> None:
        """Nothing more is done for a forgotten person; what was done still counts."""
        self.flush(db)
        db.execute(
            "UPDATE tasks SET status = 'dismissed', finished_at = ?, position = ?"
            " WHERE customer_id = ? AND status IN ('suggested', 'scheduled')",
            [utc_text(e.data["occurred_at"]), e.position, e.originator_id],
        )

    @handles(DelightTask.Dismissed)
    def dismissed(self, db: Database, e: Recorded) -> None:
        self._set(
            db,
            e,
            status="dismissed",
            dismiss_reason=e.data["reason"],
            finished_at=utc_text(e.data["occurred_at"]),
        )


_SELECT = (
    f"SELECT {', '.join('t.' + c for c in TASK_COLUMNS)}, c.name AS customer_name,"
    " t.title || t.rule AS title_key FROM tasks t LEFT JOIN customers c ON c.id = t.customer_id"
)


def source_entry(trigger_key: str, customer_id: str | None) -> int | None:
    """The customer's entry that caused a rule's act (``rule:customer:entry``), if any."""
    parts = trigger_key.split(":")
    if len(parts) == 3 and customer_id and parts[1] == customer_id and parts[2].isdigit():
        return int(parts[2])
    return None


def _select(
    db: Database, where: str, params: list[Any], limit: int | None = None
) -> list[dict[str, Any]]:
    sql = f"{_SELECT} {where} ORDER BY t.due, t.created_at, t.id"
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, limit]
    return [task_row(r) for r in db.query(sql, params)]


def task_row(row: dict[str, Any]) -> dict[str, Any]:
    """A task row with ``facts``, ``legacy`` and ``also`` decoded (``legacy`` is {} for
    new tasks, ``also`` [] for an act with one reason)."""
    row["facts"] = json.loads(row["facts"] or "{}")
    row["legacy"] = json.loads(row["legacy"] or "{}")
    row["also"] = json.loads(row.get("also") or "[]")
    return row


def list_tasks(
    db: Database,
    status: str | None = None,
    customer_id: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Tasks by due date (the first ``limit``); ``status`` may also be 'open'."""
    conditions, params = _conditions(TaskQuery(status, customer_id))
    where = ("WHERE " + " AND ".join(conditions)) if conditions else ""
    return _select(db, where, params, limit)


def tasks_due_within(
    db: Database, days: int, today: date, limit: int | None = None
) -> list[dict[str, Any]]:
    """Open tasks due on or before ``today + days`` (overdue ones included)."""
    by = (today + timedelta(days=days)).isoformat()
    return _select(db, "WHERE t.status IN ('suggested', 'scheduled') AND t.due <= ?", [by], limit)


def count_tasks_due_within(db: Database, days: int, today: date) -> int:
    by = (today + timedelta(days=days)).isoformat()
    return db.execute(
        "SELECT count(*) FROM tasks WHERE status IN ('suggested', 'scheduled') AND due <= ?", [by]
    ).fetchone()[0]


# ----- a task list in pages (the window's Tasks tab) ---------------------------------------

#: What a task list can be ordered by; due date, creation time and id follow (unique).
TASK_ORDERS: dict[str, tuple[str, str]] = {
    "due": ("", ""),
    "rank": ("t.tier", "tier"),
    "status": ("t.status", "status"),
    "customer": ("COALESCE(c.name, '')", "customer_name"),
    "title": ("t.title || t.rule", "title_key"),
    "rule": ("t.rule", "rule"),
    "assignee": ("t.assignee", "assignee"),
}
_TIEBREAK = (("t.due", "due"), ("t.created_at", "created_at"), ("t.id", "id"))


@dataclass(frozen=True)
class TaskQuery:
    """Which tasks a list shows, and in which order.

    ``status``: a status, 'open' (suggested or scheduled) or None (all); ``search``:
    words found in a hand-typed title, the facts (names, items, notes...), the
    customer, the assignee or the rule (matched literally); ``rules``: rules whose
    name in the reader's language matched a search word."""

    status: str | None = "open"
    customer_id: str | None = None
    search: str = ""
    rules: tuple[str, ...] = ()
    order: str = "due"
    descending: bool = False
    #: Only these tasks (the week's plan), or all but these ("could do").
    only: tuple[str, ...] | None = None
    besides: tuple[str, ...] = ()
    #: Only acts still worth doing on this day (YYYY-MM-DD).
    live_on: str | None = None


def _conditions(query: TaskQuery) -> tuple[list[str], list[Any]]:
    conditions: list[str] = []
    params: list[Any] = []
    if query.status == "open":
        conditions.append("t.status IN ('suggested', 'scheduled')")
    elif query.status:
        conditions.append("t.status = ?")
        params.append(query.status)
    if query.customer_id:
        conditions.append("t.customer_id = ?")
        params.append(query.customer_id)
    if query.only is not None:
        conditions.append(f"t.id IN ({', '.join('?' * len(query.only))})")
        params.extend(query.only)
    if query.besides:
        conditions.append(f"t.id NOT IN ({', '.join('?' * len(query.besides))})")
        params.extend(query.besides)
    if query.live_on:
        conditions.append("(t.expires IS NULL OR t.expires >= ?)")
        params.append(query.live_on)
    for word in query.search.split():
        like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        found = [f"{c} LIKE ? ESCAPE '\\'" for c in _SEARCHED]
        params.extend([like] * len(_SEARCHED))
        if query.rules:
            found.append(f"t.rule IN ({', '.join('?' * len(query.rules))})")
            params.extend(query.rules)
        conditions.append("(" + " OR ".join(found) + ")")
    return conditions, params


_SEARCHED = ("t.title", "t.facts", "c.name", "t.assignee", "t.rule")


def _key_columns(order: str) -> list[tuple[str, str]]:
    first = TASK_ORDERS.get(order, TASK_ORDERS["due"])
    return ([first] if first[0] else []) + list(_TIEBREAK)


def task_key(row: dict[str, Any], order: str = "due") -> tuple[Any, ...]:
    """Where ``row`` stands in a list ordered by ``order`` (for the next page)."""
    return tuple(
        (row[name] or "") if name == "customer_name" else row[name]
        for _sql, name in _key_columns(order)
    )


def _page_sql(query: TaskQuery, after: tuple[Any, ...] | None) -> tuple[str, list[Any]]:
    conditions, params = _conditions(query)
    keys = [sql for sql, _name in _key_columns(query.order)]
    if after is not None:
        compare = "<" if query.descending else ">"
        conditions.append(f"({', '.join(keys)}) {compare} ({', '.join('?' * len(keys))})")
        params.extend(after)
    where = ("WHERE " + " AND ".join(conditions)) if conditions else ""
    direction = " DESC" if query.descending else ""
    return f"{_SELECT} {where} ORDER BY {', '.join(k + direction for k in keys)}", params


def task_page(
    db: Database, query: TaskQuery, after: tuple[Any, ...] | None = None, limit: int = 200
) -> list[dict[str, Any]]:
    """The next ``limit`` tasks of ``query`` after the key ``after`` (keyset paging)."""
    sql, params = _page_sql(query, after)
    return [task_row(r) for r in db.query(sql + " LIMIT ?", [*params, limit])]


def count_tasks(db: Database, query: TaskQuery) -> int:
    conditions, params = _conditions(query)
    where = ("WHERE " + " AND ".join(conditions)) if conditions else ""
    return db.execute(
        f"SELECT count(*) FROM tasks t LEFT JOIN customers c ON c.id = t.customer_id {where}",
        params,
    ).fetchone()[0]


def task_rank(db: Database, query: TaskQuery, task_id: str) -> int:
    """How many tasks of ``query`` come before ``task_id`` (-1 if it is not in the list)."""
    conditions, params = _conditions(query)
    conditions.append("t.id = ?")
    rows = list(db.query(f"{_SELECT} WHERE {' AND '.join(conditions)}", [*params, task_id]))
    if not rows:
        return -1
    flipped = replace(query, descending=not query.descending)
    sql, before = _page_sql(flipped, task_key(rows[0], query.order))
    return db.execute(f"SELECT count(*) FROM ({sql})", before).fetchone()[0]


def get_task_row(db: Database, task_id: str) -> dict[str, Any] | None:
    rows = _select(db, "WHERE t.id = ?", [task_id])
    return rows[0] if rows else None


def task_rows(db: Database, ids: list[str]) -> list[dict[str, Any]]:
    """These tasks' rows, in the order of ``ids`` (unknown ids left out)."""
    found: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ", ".join("?" * len(chunk))
        for row in _select(db, f"WHERE t.id IN ({marks})", list(chunk)):
            found[row["id"]] = row
    return [found[i] for i in ids if i in found]


def open_acts(db: Database, customer_ids: list[str] | None = None) -> list[dict[str, Any]]:
    """What ranks the open acts (all, or these customers'): id, customer, rule, tier,
    due, status, sensitive, expires; in rank order. An act whose cause was withdrawn
    is left out (the sweep closes it)."""
    where, params = "", []
    if customer_ids is not None:
        if not customer_ids:
            return []
        where = f" AND customer_id IN ({', '.join('?' * len(customer_ids))})"
        params = list(customer_ids)
    return list(
        db.query(
            "SELECT id, customer_id, rule, tier, due, status, sensitive, expires FROM tasks"
            f" WHERE status IN ('suggested', 'scheduled') AND withdrawn = 0{where}"
            " ORDER BY tier, due, created_at, id",
            params,
        )
    )
