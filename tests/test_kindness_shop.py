"""Few acts, the right ones, on a real store: merging, expiry, the budget, what acts brought back."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from shopcare.cli.main import main
from shopcare.clock import fixed, use_clock
from shopcare.domain.errors import InvalidInput
from shopcare.domain.kindness import DEFAULT_BUDGET, Budget
from shopcare.readmodels.care import weekly_budget
from shopcare.readmodels.tasks import get_task_row, list_tasks
from shopcare.readmodels.week_plan import week_plan
from shopcare.readmodels.weekly_facts import outcomes_by_rule
from shopcare.service.config import Config
from shopcare.service.shop import Shop

SEOUL = ZoneInfo("Asia/Seoul")
MONDAY = date(2030, 6, 3)


def moment(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=SEOUL)


@pytest.fixture
def clock_at() -> Iterator:
    """Set the shop's clock: ``clock_at(day)`` (the clock stays until the next call)."""
    stack: list = []

    def set_day(day: date, hour: int = 10) -> None:
        if stack:
            stack.pop().__exit__(None, None, None)
        cm = use_clock(fixed(moment(day, hour)))
        cm.__enter__()
        stack.append(cm)

    yield set_day
    if stack:
        stack.pop().__exit__(None, None, None)


def rows_by_rule(shop: Shop, cid) -> dict[str, dict]:
    return {r["rule"]: r for r in list_tasks(shop.db, customer_id=str(cid))}


# ----- one person, one act ------------------------------------------------------------------


def test_a_new_reason_enriches_the_open_act_instead_of_a_second_sheet(shop: Shop, clock_at):
    app, by = shop.app, shop.actor
    clock_at(MONDAY)
    cid = app.register_customer(by, name="서영희")
    app.log_contact(by, cid, channel="phone", summary="우리 딸 결혼 이야기", connection=True)
    app.log_contact(by, cid, channel="phone", summary="또 한참 통화", minutes=45)
    app.note_life_event(by, cid, kind="wedding", note="따님")
    (thanks,) = list_tasks(shop.db, "open", str(cid))
    assert thanks["rule"] == "thank-you"
    # the second thank-you and the congratulation are told on the first act
    joined = [r for r in list_tasks(shop.db, customer_id=str(cid)) if r["status"] == "joined"]
    assert len(joined) == 2 and {r["joined_into"] for r in joined} == {thanks["id"]}
    assert [a["rule"] for a in thanks["also"]] == ["thank-you", "congratulations"]
    assert thanks["tier"] == 5  # it ranks as its best reason: a happy event


def test_sensitive_acts_stand_beside_the_one_plain_act(shop: Shop, clock_at):
    app, by = shop.app, shop.actor
    clock_at(MONDAY)
    cid = app.register_customer(by, name="오현우")
    app.log_contact(by, cid, channel="phone", summary="긴 통화", minutes=50)
    app.raise_complaint(by, cid, category="배송", text="늦었어요")
    app.receive_feedback(by, cid, polarity="negative", text="포장이 찢어졌어요")
    app.note_life_event(by, cid, kind="illness", note="허리 수술")
    open_rules = sorted(r["rule"] for r in list_tasks(shop.db, "open", str(cid)))
    # two owner's calls: each complaint is its own sensitive act, never merged away
    assert open_rules == ["complaint-call", "complaint-call", "get-well", "thank-you"]


def test_the_sweep_heals_a_customer_who_came_to_have_two_acts(shop: Shop, clock_at):
    app, by = shop.app, shop.actor
    clock_at(MONDAY)
    keep = app.register_customer(by, name="김민수", phone="010-1111-2222")
    other = app.register_customer(by, name="김민수", email="minsu@example.com")
    app.log_contact(by, keep, channel="phone", summary="long", minutes=40)
    app.log_contact(by, other, channel="phone", summary="a connection", connection=True)
    app.merge_customers(by, keep, other)
    assert len(list_tasks(shop.db, "open", str(keep))) == 2  # both moved over
    shop.sweep(MONDAY)
    (left,) = list_tasks(shop.db, "open", str(keep))
    assert len(left["also"]) == 1


# ----- acts that expire ---------------------------------------------------------------------


def test_an_act_past_its_time_closes_as_expired_and_leaves_the_week(shop: Shop, clock_at):
    app, by = shop.app, shop.actor
    clock_at(MONDAY)
    cid = app.register_customer(by, name="이하나")
    app.log_contact(by, cid, channel="phone", summary="a real connection", connection=True)
    thanks = rows_by_rule(shop, cid)["thank-you"]
    assert thanks["expires"] == (MONDAY + timedelta(days=2 + 14)).isoformat()

    late = MONDAY + timedelta(days=10)  # overdue, still worth doing: on top, marked overdue
    clock_at(late)
    shop.sweep(late)
    placed = week_plan(shop.db, late).by_id[thanks["id"]]
    assert placed.overdue and placed.in_budget and placed.rank == 1

    gone = MONDAY + timedelta(days=17)
    clock_at(gone)
    shop.sweep(gone)
    row = get_task_row(shop.db, thanks["id"])
    assert (row["status"], row["expired_reason"]) == ("expired", "past-its-time")
    assert thanks["id"] not in week_plan(shop.db, gone).by_id
    with pytest.raises(InvalidInput, match="errors-task-already-expired"):
        app.complete_task(by, thanks["id"], what="a card after all")


def test_an_act_whose_cause_was_withdrawn_is_settled(shop: Shop, clock_at):
    app, by = shop.app, shop.actor
    clock_at(MONDAY)
    cid = app.register_customer(by, name="박지호")
    entry = app.raise_complaint(by, cid, category="sizing", text="logged by mistake")
    call = rows_by_rule(shop, cid)["complaint-call"]
    app.correct_entry(by, cid, entry=entry, note="not a complaint", void=True)
    assert call["id"] not in week_plan(shop.db, MONDAY).by_id  # not on the list meanwhile
    shop.sweep(MONDAY)
    row = get_task_row(shop.db, call["id"])
    assert (row["status"], row["expired_reason"]) == ("expired", "settled")


def test_a_customer_waiting_for_an_answer_gets_an_act_until_they_have_it(shop: Shop, clock_at):
    app, by = shop.app, shop.actor
    clock_at(MONDAY)
    cid = app.register_customer(by, name="Anna Berg")
    entry = app.schedule_followup(by, cid, due=MONDAY, reason="boots in 270?")
    shop.sweep(MONDAY + timedelta(days=1))
    assert "waiting-answer" not in rows_by_rule(shop, cid)  # one day late: still on the list
    clock_at(MONDAY + timedelta(days=2))
    shop.sweep(MONDAY + timedelta(days=2))
    wait = rows_by_rule(shop, cid)["waiting-answer"]
    assert wait["status"] == "suggested" and wait["facts"]["reason"] == "boots in 270?"
    app.complete_followup(by, cid, entry=entry, note="called: they are in")
    shop.sweep(MONDAY + timedelta(days=3))
    assert get_task_row(shop.db, wait["id"])["expired_reason"] == "settled"


# ----- the weekly budget ---------------------------------------------------------------------


def test_the_budget_is_a_shop_setting(shop: Shop):
    assert weekly_budget(shop.db) == DEFAULT_BUDGET == Budget(10, Decimal(300_000))
    assert shop.app.change_shop_settings(shop.actor, budget_acts="5", budget_money="20만원")
    assert weekly_budget(shop.db) == Budget(5, Decimal(200_000))
    assert shop.app.budget() == Budget(5, Decimal(200_000))
    assert not shop.app.change_shop_settings(shop.actor, budget_money="200,000원")
    before = shop.head()
    for bad in ({"budget_acts": "-1"}, {"budget_acts": "ten"}, {"budget_money": "lots"}):
        with pytest.raises(InvalidInput):
            shop.app.change_shop_settings(shop.actor, **bad)
    assert shop.head() == before


def quiet_regulars(shop: Shop, n: int, last: date) -> list[str]:
    """``n`` regulars last seen on ``last``, the later ones more loyal."""
    app, by = shop.app, shop.actor
    ids = []
    for i in range(n):
        cid = str(app.register_customer(by, name=f"단골{i:02d}"))
        for k in range(5 + i):
            when = moment(last - timedelta(days=k))
            app.log_contact(by, cid, channel="walk-in", direction="out", summary="hi", at=when)
        ids.append(cid)
    return ids


def test_the_sweep_suggests_what_fits_the_week_most_loyal_first(shop: Shop, clock_at):
    today = MONDAY
    clock_at(today - timedelta(days=200))
    shop.app.change_shop_settings(shop.actor, budget_acts=3)
    ids = quiet_regulars(shop, 9, today - timedelta(days=150))
    clock_at(today)
    shop.sweep(today)
    made = [r for r in list_tasks(shop.db, "open") if r["rule"] == "miss-you"]
    assert len(made) == 6  # the week's 3, and 3 "could do"
    assert {r["customer_id"] for r in made} == set(ids[3:])  # the most loyal
    plan = week_plan(shop.db, today)
    assert len(plan.in_budget) == 3 and len(plan.could_do) == 3
    assert [p.act.id for p in plan.in_budget] == [p.act.id for p in plan.placed[:3]]
    shop.sweep(today)  # a second sweep adds nothing
    assert len(list_tasks(shop.db, "open")) == 6


def test_cli_lists_the_week_in_rank_order_and_all_with_json(tmp_path: Path, capsys):
    data = tmp_path / "shop"
    with Shop(Config.resolve(data), staff="지은") as shop:
        shop.app.change_shop_settings(shop.actor, budget_acts=2)
        a = shop.app.register_customer(shop.actor, name="김민지")
        b = shop.app.register_customer(shop.actor, name="박서준")
        shop.app.log_contact(shop.actor, a, channel="phone", summary="x", connection=True)
        shop.app.log_contact(shop.actor, b, channel="phone", summary="y", connection=True)
        shop.app.raise_complaint(shop.actor, b, category="delivery", text="late")
    capsys.readouterr()

    def run(*argv: str) -> list[dict]:
        assert main(["--data-dir", str(data), "tasks", "list", *argv, "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    week = run()
    assert [r["rule"] for r in week] == ["complaint-call", "thank-you"]
    assert [r["rank"] for r in week] == [1, 2] and all(r["in_budget"] for r in week)
    assert all(r["expires"] and r["why"] for r in week)
    everything = run("--all")
    assert [r["in_budget"] for r in everything] == [True, True, False]
    assert everything[2]["rule"] == "thank-you" and "Could do" in everything[2]["why"]
    assert main(["--data-dir", str(data), "tasks", "list"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("This week:") and "1 more could do" in text


def test_the_weeks_list_speaks_the_terminals_language(tmp_path: Path, capsys, monkeypatch):
    data = tmp_path / "shop"
    with Shop(Config.resolve(data), staff="지은") as shop:
        shop.app.change_shop_settings(shop.actor, budget_acts=1, language="ko")
        a = shop.app.register_customer(shop.actor, name="김민지")
        shop.app.log_contact(shop.actor, a, channel="phone", summary="x", connection=True)
        shop.app.raise_complaint(shop.actor, a, category="delivery", text="late")
        shop.app.register_customer(shop.actor, name="박서준")
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    capsys.readouterr()
    assert main(["--data-dir", str(data), "tasks", "list", "--all"]) == 0
    lines = capsys.readouterr().out.splitlines()[1:]
    assert lines and all("suggested" not in line and "could do" not in line for line in lines)
    assert "제안됨" in lines[0] and "사장님 전화" in lines[0]  # status and rule in words
    assert any(line.endswith("(여유 되면)") for line in lines)  # one act waits for room


# ----- credit, and what kindness brought back -------------------------------------------------


def test_who_did_an_act_is_kept_and_what_followed_is_observed(shop: Shop, clock_at):
    app, by = shop.app, shop.actor
    start = date(2030, 1, 7)
    clock_at(start)
    done, dismissed, quiet = (
        app.register_customer(by, name=n) for n in ("김민지", "박서준", "이하나")
    )
    tasks = {cid: app.add_task(by, cid, title="card") for cid in (done, dismissed, quiet)}
    app.complete_task(by, tasks[done], what="a card", cost="5000")
    app.complete_task(by, tasks[quiet], what="a card", cost="5000")
    app.dismiss_task(by, tasks[dismissed], reason="not now")
    assert get_task_row(shop.db, str(tasks[done]))["done_by"] == "지은"
    # 김민지 buys 30 days later; 박서준 calls 90 days later (too late); 이하나 is not heard of
    clock_at(start + timedelta(days=30))
    app.note_purchase(by, done, item="운동화")
    clock_at(start + timedelta(days=90))
    app.log_contact(by, dismissed, channel="phone", direction="in", summary="hello")
    app.log_contact(by, quiet, channel="phone", direction="out", summary="we called them")

    end = "2030-06-01T00:00:00+00:00"
    (o,) = outcomes_by_rule(shop.db, "2030-01-01T00:00:00+00:00", end)
    assert (o.rule, o.done, o.not_done, o.spent) == ("by hand", 2, 1, "10000")
    assert (o.back_done, o.judged_done, o.back_not, o.judged_not) == (1, 2, 0, 1)
    assert o.spent_per_return == "10000" and o.watching == 0
    # 60 days after the acts, they are judged; before, watched
    (young,) = outcomes_by_rule(shop.db, "2030-01-01T00:00:00+00:00", "2030-02-20T00:00:00+00:00")
    assert young.back_done == 1 and young.watching == 2

    def tables() -> list:
        return [
            list(shop.db.query(f"SELECT * FROM {t} ORDER BY 1"))
            for t in ("kind_acts", "open_item_history", "customer_activity", "tasks")
        ]

    before = tables()
    shop.rebuild()  # the same facts from the events alone
    assert tables() == before


def test_cli_sets_the_budget_in_acts_and_money(tmp_path: Path, capsys):
    data = str(tmp_path / "shop")

    def run(*argv: str) -> tuple[int, str, str]:
        try:
            code = main(["--data-dir", data, "settings", *argv])
        except SystemExit as exit_:
            code = exit_.code
        out, err = capsys.readouterr()
        return code, out, err

    assert run("set", "budget-acts", "6")[0] == 0
    assert run("set", "budget-money", "25만", "원")[0] == 0
    code, out, _ = run("show", "--json")
    assert json.loads(out)["budget"] == {"acts": 6, "money": "250000"}
    code, out, _ = run("show")
    assert "6 kind acts, 250,000" in out
    for bad in (["budget-acts", "many"], ["budget-acts", "-2"], ["budget-money", "lots"]):
        code, out, err = run("set", *bad)
        assert code == 2 and len(err.strip().splitlines()) == 1, (bad, err)
    assert json.loads(run("show", "--json")[1])["budget"] == {"acts": 6, "money": "250000"}
