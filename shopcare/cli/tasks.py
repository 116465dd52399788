"""``shopcare tasks ...`` and ``shopcare sweep``: the kind acts to do, from the command line.

``tasks list|add|schedule|done|dismiss|pdf`` and ``sweep [--today DATE]``. Task ids
may be shortened to a unique beginning of four or more characters.

``tasks list`` shows this week's acts: those that fit the shop's weekly budget, in
rank order (``--all`` adds the ones that could be done too); ``--status`` or
``--customer`` list tasks by due date instead. ``--json`` rows carry ``rank``,
``in_budget``, ``expires`` and ``why``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from shopcare import clock
from shopcare.cli.columns import columns, pad
from shopcare.cli.ids import resolve_customer, resolve_task
from shopcare.cli.output import emit
from shopcare.cli.words import terminal
from shopcare.domain.delight_task import JOINED
from shopcare.domain.errors import InvalidInput
from shopcare.domain.values import parse_count, parse_date
from shopcare.i18n import Catalogue
from shopcare.presentation import shop_catalogue, task_text
from shopcare.presentation.choices import label
from shopcare.presentation.formats import date_text
from shopcare.presentation.kindness import budget_text, could_do_text, why_text
from shopcare.readmodels.tasks import list_tasks, task_rows
from shopcare.readmodels.week_plan import week_plan
from shopcare.service.shop import Shop

LIST_FIELDS = ("id", "customer_id", "customer_name", "rule", "facts", "due", "status", "expires")
#: ``tasks pdf --due-within`` looks at most ten years ahead.
MAX_DUE_WITHIN = 3660


def _listed(rows: list[dict[str, Any]], tr: Catalogue) -> list[dict[str, Any]]:
    """Task rows as listed: their facts, and their title in the shop's language."""
    return [{k: r[k] for k in LIST_FIELDS} | {"title": task_text(r, tr).title} for r in rows]


def _week(shop: Shop, everything: bool, tr: Catalogue) -> tuple[list[dict[str, Any]], str]:
    """This week's acts in rank order (and, with ``everything``, the could-do ones):
    the rows, and the text to print."""
    plan = week_plan(shop.db, clock.today())
    placed = plan.placed if everything else plan.in_budget
    by_id = {r["id"]: r for r in task_rows(shop.db, [p.act.id for p in placed])}
    rows = []
    for p in placed:
        row = by_id.get(p.act.id)
        if row is None:
            continue
        rows.append(
            _listed([row], tr)[0]
            | {
                "rank": p.rank,
                "in_budget": p.in_budget,
                "overdue": p.overdue,
                "why": why_text(p, plan, tr),
            }
        )
    lines = [budget_text(plan, tr)]
    if rows:
        lines.append(_rows_text(rows, ranked=True))  # labels in the terminal's language
    if not everything and plan.could_do:
        lines.append(could_do_text(plan, tr) + ": shopcare tasks list --all")
    return rows, "\n".join(lines)


def _rows_text(
    rows: list[dict[str, Any]], tr: Catalogue | None = None, *, ranked: bool = False
) -> str:
    """One line per task: id, due date, status and rule in the person's words, title;
    ``ranked``: the week's rank first, and a mark on the acts that could be done too."""
    tr = tr or terminal()
    if not rows:
        return tr("cli-no-tasks")
    status = {r["status"]: label("status", r["status"], tr) for r in rows}
    rules = {r["rule"]: label("rule", r["rule"], tr) for r in rows}
    width_s = max(columns(s) for s in status.values())
    width_r = max(columns(s) for s in rules.values())
    could = "  " + tr("kindness-could-do-mark")
    return "\n".join(
        (f"{r['rank']:>3}  " if ranked else "")
        + f"{r['id'][:8]}  {r['due']}  {pad(status[r['status']], width_s)}  "
        + f"{pad(rules[r['rule']], width_r)}  {r['title']}"
        + (could if ranked and not r["in_budget"] else "")
        for r in rows
    )


def run_task_command(shop: Shop, args: argparse.Namespace) -> int:
    if args.command == "sweep":
        if args.today is not None and not args.today.strip():  # a script's unset variable
            raise InvalidInput("errors-empty", what="words-today")
        today = parse_date(args.today, "words-today", clock.today()) or clock.today()
        ids = shop.sweep(today)
        known = {str(i) for i in ids}
        rows = _listed(
            [r for r in list_tasks(shop.db) if r["id"] in known], shop_catalogue(shop.db)
        )
        tr = terminal()
        open_rows = [r for r in rows if r["status"] != JOINED]
        lines = [tr.plural("cli-swept", len(open_rows), today=date_text(today, tr.language))]
        if len(open_rows) < len(rows):  # a second act for someone became part of the first
            lines.append(tr.plural("cli-swept-joined", len(rows) - len(open_rows)))
        if open_rows:
            lines.append(_rows_text(open_rows, tr))
        emit(args, rows, lambda: "\n".join(lines))
        return 0
    action = args.action
    if action == "list":
        tr = shop_catalogue(shop.db)
        if args.status or args.customer is not None:  # '' names no one: refused, not all
            cid = resolve_customer(shop, args.customer) if args.customer is not None else None
            rows = _listed(list_tasks(shop.db, args.status, cid), tr)
            emit(args, rows, lambda: _rows_text(rows))
        else:
            rows, text = _week(shop, args.all, tr)
            emit(args, rows, lambda: text)
    elif action == "add":
        cid = resolve_customer(shop, args.customer_id)
        tid = shop.app.add_task(shop.actor, cid, title=args.title, due=args.due, note=args.note)
        emit(args, {"id": str(tid)}, lambda: str(tid))
    elif action == "schedule":
        tid = resolve_task(shop, args.task_id)
        shop.app.schedule_task(shop.actor, tid, assignee=args.assignee, due=args.due)
        emit(args, {"id": tid}, lambda: terminal()("cli-scheduled", id=tid))
    elif action == "done":
        tid = resolve_task(shop, args.task_id)
        shop.app.complete_task(shop.actor, tid, what=args.what, cost=args.cost, note=args.note)
        emit(args, {"id": tid}, lambda: terminal()("cli-done", id=tid))
    elif action == "dismiss":
        tid = resolve_task(shop, args.task_id)
        shop.app.dismiss_task(shop.actor, tid, reason=args.reason)
        emit(args, {"id": tid}, lambda: terminal()("cli-dismissed", id=tid))
    else:
        return _pdf(shop, args)
    return 0


def _pdf(shop: Shop, args: argparse.Namespace) -> int:
    due_within = parse_count(args.due_within, "words-due-within", maximum=MAX_DUE_WITHIN)
    if not args.task_ids and due_within is None:
        raise InvalidInput("errors-pdf-needs-tasks")
    ids = [resolve_task(shop, t) for t in args.task_ids]
    from shopcare.reports.files import make_task_sheets  # the PDF code, only when asked

    count, out = make_task_sheets(shop.db, ids, due_within, Path(args.out).expanduser())
    said = terminal().plural("cli-sheets", count, out=str(out))
    emit(args, {"out": str(out), "sheets": count}, lambda: said)
    return 0
