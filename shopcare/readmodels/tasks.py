"""Tasks: one row per kind act, suggested by a rule or added by hand, until done."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlite_utils import Database

from shopcare.domain.customer import Customer
from shopcare.domain.delight_task import DelightTask
from shopcare.readmodels.events import SETTINGS_EVENTS
from shopcare.readmodels.projection import Projection, handles
from shopcare.readmodels.recorded import Recorded, utc_text

TASK_COLUMNS = (
    "id",
    "customer_id",
    "title",
    "rule",
    "reason",
    "act",
    "message",
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


class TasksProjection(Projection):
    name = "tasks"
    tables = ("tasks",)
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
        *SETTINGS_EVENTS,
    )

    def create(self, db: Database) -> None:
        db.execute(
            """CREATE TABLE IF NOT EXISTS tasks (
                id TEXT PRIMARY KEY, customer_id TEXT, title TEXT NOT NULL,
                rule TEXT NOT NULL, reason TEXT NOT NULL, act TEXT NOT NULL,
                message TEXT NOT NULL, due TEXT NOT NULL, status TEXT NOT NULL,
                assignee TEXT NOT NULL DEFAULT '', what TEXT, cost TEXT, note TEXT,
                dismiss_reason TEXT, trigger_key TEXT NOT NULL, created_at TEXT NOT NULL,
                finished_at TEXT, position INTEGER NOT NULL)"""
        )
        db.execute("CREATE INDEX IF NOT EXISTS tasks_status_due ON tasks(status, due)")
        db.execute("CREATE INDEX IF NOT EXISTS tasks_customer ON tasks(customer_id, due)")

    @handles(DelightTask.Suggested)
    def suggested(self, db: Database, e: Recorded) -> None:
        d = e.data
        db.execute(
            """INSERT INTO tasks (id, customer_id, title, rule, reason, act, message, due,
               status, trigger_key, created_at, position)
               VALUES (?,?,?,?,?,?,?,?,'suggested',?,?,?)""",
            (
                e.originator_id,
                d["customer_id"],
                d["title"],
                d["rule"],
                d["reason"],
                d["act"],
                d["message"],
                d["due"],
                d["trigger_key"],
                utc_text(d["occurred_at"]),
                e.position,
            ),
        )

    @staticmethod
    def _set(db: Database, e: Recorded, **fields: Any) -> None:
        fields["position"] = e.position
        sets = ", ".join(f"[{k}] = ?" for k in fields)
        db.execute(f"UPDATE tasks SET {sets} WHERE id = ?", [*fields.values(), e.originator_id])

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

    @handles(DelightTask.Dismissed)
    def dismissed(self, db: Database, e: Recorded) -> None:
        self._set(
            db,
            e,
            status="dismissed",
            dismiss_reason=e.data["reason"],
            finished_at=utc_text(e.data["occurred_at"]),
        )


def _select(db: Database, where: str, params: list[Any]) -> list[dict[str, Any]]:
    sql = (
        f"SELECT {', '.join('t.' + c for c in TASK_COLUMNS)}, c.name AS customer_name"
        f" FROM tasks t LEFT JOIN customers c ON c.id = t.customer_id {where}"
        " ORDER BY t.due, t.created_at, t.id"
    )
    return list(db.query(sql, params))


def list_tasks(
    db: Database, status: str | None = None, customer_id: str | None = None
) -> list[dict[str, Any]]:
    """Tasks by due date; ``status`` may also be 'open' (suggested or scheduled)."""
    conditions: list[str] = []
    params: list[Any] = []
    if status == "open":
        conditions.append("t.status IN ('suggested', 'scheduled')")
    elif status:
        conditions.append("t.status = ?")
        params.append(status)
    if customer_id:
        conditions.append("t.customer_id = ?")
        params.append(customer_id)
    where = ("WHERE " + " AND ".join(conditions)) if conditions else ""
    return _select(db, where, params)


def tasks_due_within(db: Database, days: int, today: date) -> list[dict[str, Any]]:
    """Open tasks due on or before ``today + days`` (overdue ones included)."""
    by = (today + timedelta(days=days)).isoformat()
    return _select(db, "WHERE t.status IN ('suggested', 'scheduled') AND t.due <= ?", [by])


def get_task_row(db: Database, task_id: str) -> dict[str, Any] | None:
    rows = _select(db, "WHERE t.id = ?", [task_id])
    return rows[0] if rows else None
