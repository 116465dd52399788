"""Tasks: one row per kind act, suggested by a rule or added by hand, until done.

A row keeps facts, not words: ``rule`` and ``facts`` (JSON) for a rule's task,
``title`` for one added by hand (as typed), and ``legacy`` (JSON) for the English
prose tasks stored before version 2. ``shopcare.presentation`` renders the words.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import groupby
from typing import Any

from shopcare.domain.customer import Customer
from shopcare.domain.delight_task import DelightTask
from shopcare.readmodels.database import Database
from shopcare.readmodels.events import SETTINGS_EVENTS
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
)

OPEN_STATUSES = ("suggested", "scheduled")


INSERT_TASK = """INSERT INTO tasks (id, customer_id, rule, facts, title, legacy, due, status,
    trigger_key, created_at, position) VALUES (?,?,?,?,?,?,?,'suggested',?,?,?)"""


class TasksProjection(Projection):
    name = "tasks"
    tables = ("tasks",)
    version = 2  # rule + facts instead of English prose
    bulk_indexes = ("tasks_status_due", "tasks_customer")
    ignores = (
        Customer.Registered,
        Customer.DetailsChanged,
        Customer.ContactLogged,
        Customer.PurchaseNoted,
        Customer.ReturnRequested,
        Customer.ReturnReceived,
        Customer.ReturnWaived,
        Customer.FeedbackReceived,
        Customer.ComplaintRaised,
        Customer.ComplaintResolved,
        Customer.LifeEventNoted,
        Customer.ReferredElsewhere,
        Customer.GiftSent,  # a done task's gift: the task's own Done says it
        Customer.FollowUpScheduled,
        Customer.FollowUpDone,
        Customer.EntryCorrected,
        Customer.OpenItemMoved,
        *SETTINGS_EVENTS,
    )

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
                finished_at TEXT, position INTEGER NOT NULL)"""
        )
        db.execute("CREATE INDEX IF NOT EXISTS tasks_status_due ON tasks(status, due)")
        db.execute("CREATE INDEX IF NOT EXISTS tasks_customer ON tasks(customer_id, due)")

    @handles(DelightTask.Suggested)
    def suggested(self, db: Database, e: Recorded) -> None:
        d = e.data
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
        self._set(db, e, status="scheduled", assignee=e.data["assignee"], due=e.data["due"])

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


def _select(
    db: Database, where: str, params: list[Any], limit: int | None = None
) -> list[dict[str, Any]]:
    sql = f"{_SELECT} {where} ORDER BY t.due, t.created_at, t.id"
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, limit]
    return [task_row(r) for r in db.query(sql, params)]


def task_row(row: dict[str, Any]) -> dict[str, Any]:
    """A task row with ``facts`` and ``legacy`` decoded (``legacy`` is {} for new tasks)."""
    row["facts"] = json.loads(row["facts"] or "{}")
    row["legacy"] = json.loads(row["legacy"] or "{}")
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
