"""The daily sweep and the week's kind acts on a generated shop (see generate.py).

    uv run python bench/kindness.py bench/data/shop

Works on a copy of the folder. Measures, in-process, the daily sweep (the first after
the history was written, and a second one the same day) beside a floor taken in the
same run: one read of every customer row the date rules look at. Then the week's plan
(what Today lists) and the weekly review (figures and PDF), and checks what the shop
promises: the week fits the budget, no customer has two open kind acts, sensitive
acts always show, acts past their time leave, rounds are small and local.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from shopcare import clock
from shopcare.clock import fixed, use_clock
from shopcare.domain.kindness import is_sensitive
from shopcare.domain.rounds import MAX_HOUSEHOLDS, NEAR_STEPS
from shopcare.readmodels.care import weekly_budget
from shopcare.readmodels.tasks import list_tasks, open_acts
from shopcare.readmodels.week_plan import week_plan
from shopcare.reports.files import make_weekly_review
from shopcare.service.config import Config
from shopcare.service.shop import Shop
from shopcare.service.sweep import sweep


def seconds(fn: Callable[[], object]) -> tuple[float, object]:
    began = time.perf_counter()
    result = fn()
    return time.perf_counter() - began, result


def floor(shop: Shop, n: int = 5) -> float:
    """Reading every customer row the date rules look at, once (median of n, seconds)."""
    sql = (
        "SELECT id, name, birthday, address, postal_code, contacts, purchases, last_contact_at"
        " FROM customers"
    )
    return statistics.median(seconds(lambda: shop.db.execute(sql).fetchall())[0] for _ in range(n))


def check(shop: Shop, day) -> list[str]:
    """What the shop promises about the week's acts, as failed checks ([] when all hold)."""
    failed = []
    budget = weekly_budget(shop.db)
    plan = week_plan(shop.db, day)
    always = [p for p in plan.in_budget if p.always]
    chosen = [p for p in plan.in_budget if not p.always]
    if len(chosen) > max(0, budget.acts - plan.done - len(always)):
        failed.append(f"{len(chosen)} acts beyond the always-listed ones: over the budget")
    room = budget.money - plan.spent - sum((p.act.planned_cost for p in always), Decimal(0))
    if sum((p.act.planned_cost for p in chosen), Decimal(0)) > max(room, Decimal(0)):
        failed.append("the listed acts cost more than the money left")
    if any(p.act.sensitive and not p.in_budget for p in plan.placed):
        failed.append("a sensitive act is not on the list")
    plain = Counter(
        r["customer_id"]
        for r in open_acts(shop.db)
        if r["customer_id"] and not is_sensitive(r["rule"]) and r["rule"] != "by hand"
    )
    if plain and max(plain.values()) > 1:
        failed.append(f"{sum(1 for n in plain.values() if n > 1)} customers with two open acts")
    if any(p.act.expires is not None and p.act.expires < day for p in plan.placed):
        failed.append("an act past its time is on the list")
    for task in list_tasks(shop.db):
        if task["rule"] == "neighbourhood" and task["facts"].get("stops"):
            stops = task["facts"]["stops"]
            if len(stops) > MAX_HOUSEHOLDS:
                failed.append(f"a round of {len(stops)} households")
    return failed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="shopcare-kindness-"))
    data = work / "shop"
    shutil.copytree(args.data_dir, data)
    today = clock.today()
    rows: list[tuple[str, str]] = []
    with Shop(Config(data_dir=data), staff="bench") as shop:
        customers = shop.db.execute("SELECT count(*) FROM customers").fetchone()[0]
        events = shop.head()
        before = len(list_tasks(shop.db, "open"))
        floor_s = floor(shop)
        took, first = seconds(lambda: sweep(shop.app, shop.db, shop.actor, today))
        shop.catch_up()
        after = len(list_tasks(shop.db, "open"))
        rows.append(
            ("floor: read every customer row the rules look at", f"{floor_s * 1000:.0f} ms")
        )
        rows.append(
            (
                "first sweep after the history (expires, joins, suggests)",
                f"{took * 1000:.0f} ms ({took / floor_s:.0f}x floor); open acts {before} -> "
                f"{after}; expired {len(first.expired)}; suggested {len(first.suggested)};"
                f" left for later {first.left_for_later}",
            )
        )
        again = [seconds(lambda: sweep(shop.app, shop.db, shop.actor, today))[0] for _ in range(5)]
        rows.append(
            (
                "the same day's sweep again (nothing new)",
                f"median {statistics.median(again) * 1000:.0f} ms"
                f" ({statistics.median(again) / floor_s:.0f}x floor)",
            )
        )
        plan_s = statistics.median(seconds(lambda: week_plan(shop.db, today))[0] for _ in range(5))
        plan = week_plan(shop.db, today)
        rows.append(
            (
                "the week's plan (what Today lists)",
                f"median {plan_s * 1000:.0f} ms; {len(plan.in_budget)} on the list,"
                f" {len(plan.could_do)} could do",
            )
        )
        out = work / "weekly.pdf"
        pdf = statistics.median(
            seconds(lambda: make_weekly_review(shop.db, None, out))[0] for _ in range(3)
        )
        rows.append(("weekly review PDF (figures + render)", f"median {pdf * 1000:.0f} ms"))
        failed = check(shop, today)
    later = today + timedelta(days=40)
    with (
        use_clock(fixed(datetime.combine(later, datetime.min.time()).replace(hour=10))),
        Shop(Config(data_dir=data), staff="bench") as shop,
    ):
        took, outcome = seconds(lambda: sweep(shop.app, shop.db, shop.actor, later))
        shop.catch_up()
        rows.append(
            (
                "a sweep 40 days later",
                f"{took * 1000:.0f} ms; expired {len(outcome.expired)},"
                f" suggested {len(outcome.suggested)}",
            )
        )
        failed += [f"40 days later: {f}" for f in check(shop, later)]
    print(f"Shop: {customers:,} customers, {events:,} events; NEAR_STEPS {NEAR_STEPS}\n")
    print("| what | measured |\n|---|---|")
    for what, value in rows:
        print(f"| {what} | {value} |")
    print()
    print("promises:", "all hold" if not failed else "; ".join(failed))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
