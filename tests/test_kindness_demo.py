"""On the demo shop (a year lived in time): the week fits the budget, one act a person,
sensitive acts always show, acts past their time leave, rounds are small and local, and
the weekly review says what kindness brought back."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from shopcare import clock
from shopcare.clock import fixed, use_clock
from shopcare.domain.addresses import parse_address
from shopcare.domain.kindness import is_sensitive
from shopcare.domain.rounds import MAX_HOUSEHOLDS, NEAR_STEPS, Regular, choose_round
from shopcare.readmodels.care import weekly_budget
from shopcare.readmodels.tasks import list_tasks, open_acts
from shopcare.readmodels.week_plan import week_plan
from shopcare.reports.weekly_figures import weekly_review_data
from shopcare.service.config import Config
from shopcare.service.demo import fill_demo_shop
from shopcare.service.shop import Shop


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    folder: Path = tmp_path_factory.mktemp("demo")
    with Shop(Config(data_dir=folder), staff="정은지") as shop:
        fill_demo_shop(shop, customers=70)
        shop.sweep(clock.today())
        yield shop


def test_a_week_fits_the_budget_and_sensitive_acts_always_show(demo: Shop) -> None:
    today = clock.today()
    budget = weekly_budget(demo.db)
    plan = week_plan(demo.db, today)
    assert plan.placed, "the demo has acts to do"
    always = [p for p in plan.in_budget if p.always]
    chosen = [p for p in plan.in_budget if not p.always]
    assert len(chosen) <= max(0, budget.acts - plan.done - len(always))
    room = budget.money - plan.spent - sum((p.act.planned_cost for p in always), Decimal(0))
    assert sum((p.act.planned_cost for p in chosen), Decimal(0)) <= max(room, Decimal(0))
    sensitive = [p for p in plan.placed if p.act.sensitive]
    assert sensitive and all(p.in_budget for p in sensitive)
    # the week's new acts: no more than the budget and as many "could do"
    plain = [p for p in plan.placed if not p.act.sensitive and not p.act.by_hand]
    assert len(plain) <= 2 * budget.acts + len(list_tasks(demo.db, "scheduled"))


def test_no_customer_has_two_open_kind_acts(demo: Shop) -> None:
    plain = Counter(
        r["customer_id"]
        for r in open_acts(demo.db)
        if r["customer_id"] and not is_sensitive(r["rule"]) and r["rule"] != "by hand"
    )
    assert plain and max(plain.values()) == 1
    joined = list_tasks(demo.db, "joined")
    assert joined and all(r["also"] == [] for r in joined)  # told on another act instead


def test_acts_past_their_time_close_and_leave_today(demo: Shop, tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "later"
    shutil.copytree(demo.config.data_dir, folder)
    later = clock.today() + timedelta(days=40)
    with use_clock(fixed(datetime.combine(later, time(10)))), Shop(Config(data_dir=folder)) as shop:
        shop.sweep(later)
        expired = list_tasks(shop.db, "expired")
        assert expired and all(r["expired_reason"] in ("past-its-time", "settled") for r in expired)
        for r in list_tasks(shop.db, "open"):
            assert r["expires"] is None or r["expires"] >= later.isoformat(), r
        plan = week_plan(shop.db, later)
        assert all(p.act.expires is None or p.act.expires >= later for p in plan.placed)


def test_rounds_are_a_handful_of_nearby_regulars(demo: Shop) -> None:
    regulars = [
        Regular(r["id"], r["name"], r["address"], r["contacts"] + r["purchases"])
        for r in demo.db.query("SELECT * FROM customers WHERE contacts >= 5 AND address != ''")
    ]
    chosen = choose_round(regulars)
    assert chosen is not None
    assert 3 <= len(chosen.stops) <= MAX_HOUSEHOLDS
    places = [parse_address(s.address) for s in chosen.stops]
    assert len({p.area for p in places if p}) == 1
    numbers = [s.number for s in chosen.stops]
    assert numbers == sorted(numbers) and numbers[-1] - numbers[0] <= NEAR_STEPS
    for task in list_tasks(demo.db):  # and any round the sweep made is as small
        if task["rule"] == "neighbourhood":
            assert len(task["facts"]["stops"]) <= MAX_HOUSEHOLDS


def test_the_weekly_review_says_what_kindness_brought_back(demo: Shop) -> None:
    d = weekly_review_data(demo.db, None, "발맞춤 신발")
    assert sum(s.kind_acts for s in d.staff) == d.kind_acts >= len(d.tasks_done)
    assert d.gifts_for_acts <= d.gifts_sent
    assert d.outcomes and any(o.done and "%" in o.back_done for o in d.outcomes)
    assert all(o.until for o in d.overdue_acts if o.customer)  # every overdue act says until when
