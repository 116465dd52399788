"""The week's kind acts in words: where each ranks and why, the budget, what acts brought back.

From the facts of :mod:`shopcare.domain.kindness` (a :class:`WeekPlan`) and
:mod:`shopcare.readmodels.weekly_facts` (a :class:`RuleOutcome`), in the catalogue's
language, for the window, the command line and the weekly review alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from shopcare.domain.kindness import (
    ALWAYS_BY_HAND,
    ALWAYS_SCHEDULED,
    ALWAYS_SENSITIVE,
    OUT_ACTS,
    OUT_LATER,
    OUT_MONEY,
    Placed,
    WeekPlan,
    tier_name,
)
from shopcare.i18n import Catalogue
from shopcare.presentation.formats import date_text, money_text, number_text
from shopcare.presentation.tasks import task_text
from shopcare.readmodels.weekly_facts import RuleOutcome


def rank_text(placed: Placed | None, tr: Catalogue) -> str:
    """The act's place: "1" ... (or '' for an act not in the plan)."""
    return "" if placed is None else number_text(placed.rank, tr.language)


def why_text(placed: Placed, plan: WeekPlan, tr: Catalogue) -> str:
    """Why the act ranks where it does, and whether it is on this week's list:
    "No. 2: a complaint; the owner's call comes next. Sensitive: always on the list."."""
    lang = tr.language
    act = placed.act
    parts = [
        tr(
            "kindness-why-rank",
            rank=number_text(placed.rank, lang),
            tier=tr(f"kindness-tier-{tier_name(act.tier)}"),
        )
    ]
    if placed.overdue:
        if act.expires is not None:
            parts.append(
                tr(
                    "kindness-why-overdue-until",
                    due=date_text(act.due, lang, year=False),
                    until=date_text(act.expires, lang, year=False),
                )
            )
        else:
            parts.append(tr("kindness-why-overdue", due=date_text(act.due, lang, year=False)))
    if placed.always == ALWAYS_SENSITIVE:
        parts.append(tr("kindness-why-sensitive"))
    elif placed.always == ALWAYS_BY_HAND:
        parts.append(tr("kindness-why-by-hand"))
    elif placed.always == ALWAYS_SCHEDULED:
        parts.append(tr("kindness-why-scheduled"))
    elif placed.out == OUT_ACTS:
        parts.append(tr("kindness-why-out-acts", acts=number_text(plan.budget.acts, lang)))
    elif placed.out == OUT_MONEY:
        parts.append(
            tr(
                "kindness-why-out-money",
                cost=money_text(act.planned_cost, lang),
                left=money_text(max(plan.money_left, 0), lang),
            )
        )
    elif placed.out == OUT_LATER:
        parts.append(tr("kindness-why-later", due=date_text(act.due, lang, year=False)))
    else:
        parts.append(tr("kindness-why-fits"))
    return " ".join(parts)


def why_short(placed: Placed, plan: WeekPlan, tr: Catalogue) -> str:
    """The same, short enough for a table cell beside the rank: "a complaint…· always"."""
    lang = tr.language
    act = placed.act
    tier = tr(f"kindness-tier-{tier_name(act.tier)}")
    if placed.always is not None:
        state = tr(f"kindness-short-{placed.always}")
    elif placed.out == OUT_ACTS:
        state = tr("kindness-short-out-acts", acts=number_text(plan.budget.acts, lang))
    elif placed.out == OUT_MONEY:
        state = tr("kindness-short-out-money", cost=money_text(act.planned_cost, lang))
    elif placed.out == OUT_LATER:
        state = tr("kindness-short-later", due=date_text(act.due, lang, year=False))
    else:
        state = tr("kindness-short-fits")
    return tr("kindness-short", tier=tier, state=state)


def budget_text(plan: WeekPlan, tr: Catalogue) -> str:
    """This week's budget in one line: acts done and listed of the budget, money left."""
    lang = tr.language
    left = plan.money_left
    return tr(
        "kindness-budget-line" if left >= 0 else "kindness-budget-line-over",
        done=number_text(plan.done, lang),
        listed=number_text(len(plan.in_budget), lang),
        acts=number_text(plan.budget.acts, lang),
        left=money_text(left, lang),
        over=money_text(-left, lang),
        money=money_text(plan.budget.money, lang),
    )


def could_do_text(plan: WeekPlan, tr: Catalogue) -> str:
    """ "12 more could do" (or '' when every act is on the list)."""
    n = len(plan.could_do)
    return tr("kindness-could-do-count", n=number_text(n, tr.language)) if n else ""


def also_lines(task: Mapping[str, Any], tr: Catalogue) -> list[str]:
    """The other reasons told on an act, each as its title: "Also: a small surprise…"."""
    out = []
    for reason in task.get("also") or []:
        row = {
            "rule": reason.get("rule"),
            "facts": reason.get("facts") or {},
            "customer_name": task.get("customer_name") or "",
        }
        words = task_text(row, tr)
        out.append(tr("kindness-also", title=words.title, reason=words.reason))
    return out


def expiry_text(row: Mapping[str, Any], today: date, tr: Catalogue) -> str:
    """Until when an open act is worth doing ('' for one that never expires)."""
    if not row.get("expires"):
        return ""
    return tr("kindness-worth-until", until=date_text(row["expires"], tr.language, year=False))


# ----- what kindness brought back ------------------------------------------------------


def share(part: int, whole: int, lang: str) -> str:
    """ "8 of 11 (73%)"; "—" when there is nothing to count."""
    if whole <= 0:
        return "—"
    percent = round(100 * part / whole)
    return f"{number_text(part, lang)}/{number_text(whole, lang)} ({percent}%)"


def outcome_line(o: RuleOutcome | None, tr: Catalogue) -> str:
    """One rule's observation in a line, for Settings: counts, never a verdict."""
    lang = tr.language
    if o is None or (o.done + o.not_done) == 0:
        return tr("kindness-outcome-none")
    spent = money_text(o.spent, lang) if o.spent and Decimal(o.spent) else tr("kindness-no-cost")
    text = tr(
        "kindness-outcome-line",
        done=number_text(o.done, lang),
        spent=spent,
        back_done=share(o.back_done, o.judged_done, lang),
        back_not=share(o.back_not, o.judged_not, lang),
    )
    if o.spent_per_return:
        text += " " + tr("kindness-outcome-per-return", cost=money_text(o.spent_per_return, lang))
    if o.watching:
        text += " " + tr("kindness-outcome-watching", n=number_text(o.watching, lang))
    return text
