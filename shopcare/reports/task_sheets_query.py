"""Task sheets from the read models: everything one page needs, as plain data."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlite_utils import Database

from shopcare import clock
from shopcare.clock import local_minute
from shopcare.domain.delight_rules import SENSITIVE_RECENT_DAYS
from shopcare.readmodels.care import care_facts, shop_details, shop_name
from shopcare.readmodels.customers import get_customer_row
from shopcare.readmodels.tasks import get_task_row, tasks_due_within
from shopcare.reports.sheets_data import ContactLine, TaskSheetData

LAST_CONTACTS = 3


def _month(day: date) -> str:
    return calendar.month_name[day.month]


def sensitive_context(facts: dict[str, Any] | None, today: date) -> str:
    """What to keep in mind, said gently, e.g. "Bereavement (her mother) in November:
    no promotions until 23 December." Empty when nothing recent is known."""
    if not facts or not facts.get("sensitive_note"):
        return ""
    on = date.fromisoformat(facts["sensitive_on"]) if facts.get("sensitive_on") else None
    kind, _, note = facts["sensitive_note"].partition(": ")
    text = kind.capitalize() + (f" ({note})" if note else "")
    if on is not None:
        text += f" in {_month(on)}"
    until = facts.get("promotions_paused_until")
    if until and date.fromisoformat(until) > today:
        end = date.fromisoformat(until)
        return f"{text}: no promotions until {end.day} {_month(end)}. Please be gentle."
    if on is not None and (today - on).days > SENSITIVE_RECENT_DAYS:
        return ""
    return f"{text}. Please be gentle."


def _what_we_know(customer: dict[str, Any]) -> list[str]:
    known = []
    if customer.get("notes"):
        known.append(customer["notes"])
    if customer.get("tags"):
        known.append("Tags: " + ", ".join(customer["tags"]))
    if customer.get("birthday"):
        known.append(f"Birthday: {customer['birthday']}")
    known.append(f"{customer['contacts']} contacts, {customer['purchases']} purchases so far")
    return known


def _last_contacts(db: Database, customer_id: str) -> list[ContactLine]:
    rows = db.query(
        "SELECT at, staff, summary, json_extract(data, '$.channel') AS channel FROM timeline"
        " WHERE customer_id = ? AND event = 'ContactLogged' AND voided = 0"
        " ORDER BY at DESC, position DESC LIMIT ?",
        [customer_id, LAST_CONTACTS],
    )
    return [
        ContactLine(local_minute(r["at"]), r["channel"] or "", r["staff"], r["summary"])
        for r in rows
    ]


def task_sheet(db: Database, task: dict[str, Any], today: date) -> TaskSheetData:
    """One task's sheet from its row in ``tasks``."""
    shop = shop_details(db)
    customer = get_customer_row(db, task["customer_id"]) if task["customer_id"] else None
    due = task["due"] + (f" (for {task['assignee']})" if task.get("assignee") else "")
    return TaskSheetData(
        task_id=task["id"],
        shop_name=shop_name(db),
        shop_address=shop["address"],
        customer_name=customer["name"] if customer else "",
        customer_address=" ".join(
            x for x in ((customer or {}).get("address"), (customer or {}).get("postal_code")) if x
        ),
        customer_phone=(customer or {}).get("phone") or "",
        title=task["title"],
        reason=task["reason"],
        suggested_act=task["act"],
        suggested_message=task["message"],
        due=due,
        status=task["status"],
        last_contacts=_last_contacts(db, customer["id"]) if customer else [],
        what_we_know=_what_we_know(customer) if customer else [],
        sensitive_context=sensitive_context(
            care_facts(db, customer["id"]) if customer else None, today
        ),
    )


def task_sheets(
    db: Database,
    task_ids: Sequence[str] = (),
    due_within: int | None = None,
    today: date | None = None,
) -> list[TaskSheetData]:
    """Sheets for the given tasks (full ids), or for open tasks due within N days."""
    today = today or clock.today()
    rows: list[dict[str, Any]] = []
    for tid in task_ids:
        row = get_task_row(db, tid)
        if row is not None:
            rows.append(row)
    if due_within is not None:
        known = {r["id"] for r in rows}
        rows += [r for r in tasks_due_within(db, due_within, today) if r["id"] not in known]
    return [task_sheet(db, r, today) for r in rows]
