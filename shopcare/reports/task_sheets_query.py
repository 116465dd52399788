"""Task sheets from the read models: everything one page needs, as plain data.

The texts are written here, in the shop's language (``tr``): the task's words, the
last contacts' channels, what we know, and what to keep in mind.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from shopcare import clock
from shopcare.domain.delight_rules import SENSITIVE_RECENT_DAYS
from shopcare.i18n import Catalogue
from shopcare.presentation import shop_catalogue, task_text
from shopcare.presentation.care import care_lines
from shopcare.presentation.choices import label
from shopcare.presentation.formats import date_text, moment_text, phone_text
from shopcare.presentation.kindness import also_lines
from shopcare.readmodels.care import care_facts, shop_details, shop_name
from shopcare.readmodels.customers import get_customer_row
from shopcare.readmodels.database import Database
from shopcare.readmodels.tasks import get_task_row, task_rows
from shopcare.readmodels.week_plan import week_plan
from shopcare.reports.sheets_data import ContactLine, RoundStopLine, TaskSheetData

LAST_CONTACTS = 3


def sensitive_context(facts: dict[str, Any] | None, today: date, tr: Catalogue) -> str:
    """What to keep in mind, said gently, e.g. "Lost a loved one on 20 Nov (her mother).
    No promotions until 20 Dec 2026. Please be gentle." Empty when nothing recent is known."""
    if not facts or not facts.get("sensitive_note"):
        return ""
    lang = tr.language
    on = date.fromisoformat(facts["sensitive_on"]) if facts.get("sensitive_on") else None
    kind, _, note = facts["sensitive_note"].partition(": ")
    key = f"reports-sensitive-{kind if kind in ('bereavement', 'illness') else 'other'}"
    text = tr(key, kind=label("life", kind, tr), on=date_text(on, lang, year=False))
    if note:
        text += f" ({note})"
    text += ". "
    until = facts.get("promotions_paused_until")
    if until and date.fromisoformat(until) > today:
        return (
            text
            + tr("reports-sensitive-paused", until=date_text(until, lang))
            + " "
            + (tr("reports-sensitive-gentle"))
        )
    if on is not None and (today - on).days > SENSITIVE_RECENT_DAYS:
        return ""
    return text + tr("reports-sensitive-gentle")


def _what_we_know(customer: dict[str, Any], tr: Catalogue) -> list[str]:
    known = []
    if customer.get("notes"):
        known.append(customer["notes"])
    if customer.get("tags"):
        known.append(tr("reports-sheet-tags", tags=", ".join(customer["tags"])))
    if customer.get("birthday"):
        birthday = date_text(customer["birthday"], tr.language)
        known.append(tr("reports-sheet-birthday", birthday=birthday))
    known.append(
        tr("reports-sheet-counts", contacts=customer["contacts"], purchases=customer["purchases"])
    )
    return known


def _last_contacts(db: Database, customer_id: str, tr: Catalogue) -> list[ContactLine]:
    rows = db.query(
        "SELECT at, staff, json_extract(data, '$.summary') AS summary,"
        " json_extract(data, '$.channel') AS channel FROM timeline"
        " WHERE customer_id = ? AND event = 'ContactLogged' AND voided = 0"
        " ORDER BY at DESC, position DESC LIMIT ?",
        [customer_id, LAST_CONTACTS],
    )
    return [
        ContactLine(
            moment_text(r["at"], tr.language),
            label("channel", r["channel"], tr),
            r["staff"],
            r["summary"] or "",
        )
        for r in rows
    ]


def task_sheet(
    db: Database, task: dict[str, Any], today: date, tr: Catalogue | None = None
) -> TaskSheetData:
    """One task's sheet from its row in ``tasks``, in the shop's language."""
    tr = tr or shop_catalogue(db)
    lang = tr.language
    shop = shop_details(db)
    customer = get_customer_row(db, task["customer_id"]) if task["customer_id"] else None
    words = task_text(task, tr)
    due = date_text(task["due"], lang, weekday=True)
    if task.get("assignee"):
        due = tr("reports-sheet-due-for", due=due, assignee=task["assignee"])
    return TaskSheetData(
        task_id=task["id"],
        shop_name=shop_name(db),
        shop_address=shop["address"],
        customer_name=customer["name"] if customer else "",
        customer_address=" ".join(
            x for x in ((customer or {}).get("address"), (customer or {}).get("postal_code")) if x
        ),
        customer_phone=phone_text((customer or {}).get("phone")),
        title=words.title,
        reason=words.reason,
        suggested_act=words.act,
        suggested_message=words.message,
        due=due,
        status=label("status", task["status"], tr),
        last_contacts=_last_contacts(db, customer["id"], tr) if customer else [],
        what_we_know=_what_we_know(customer, tr) if customer else [],
        sensitive_context=sensitive_context(
            care_facts(db, customer["id"]) if customer else None, today, tr
        ),
        care=care_lines(db, [customer["id"]], today, tr).get(customer["id"], "")
        if customer
        else "",
        also=also_lines(task, tr),
        worth_until=date_text(task["expires"], lang, year=False) if task.get("expires") else "",
        stops=[
            RoundStopLine(stop.get("name", ""), stop.get("address", ""))
            for stop in (task.get("facts") or {}).get("stops") or []
        ]
        if task.get("rule") == "neighbourhood"
        else [],
    )


def task_sheets(
    db: Database,
    task_ids: Sequence[str] = (),
    due_within: int | None = None,
    today: date | None = None,
) -> list[TaskSheetData]:
    """Sheets for the given tasks (full ids), or for this week's acts (those that fit
    the weekly budget, in rank order) due within N days."""
    today = today or clock.today()
    tr = shop_catalogue(db)
    rows: list[dict[str, Any]] = []
    for tid in task_ids:
        row = get_task_row(db, tid)
        if row is not None:
            rows.append(row)
    if due_within is not None:
        known = {r["id"] for r in rows}
        by = today + timedelta(days=due_within)
        planned = [
            p.act.id
            for p in week_plan(db, today).in_budget
            if p.act.due <= by and p.act.id not in known
        ]
        rows += task_rows(db, planned)
    return [task_sheet(db, r, today, tr) for r in rows]
