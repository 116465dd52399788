"""Few acts, the right ones: ranking, the weekly budget, one act a person, addresses and rounds.

The pure parts (``shopcare.domain.kindness``, ``addresses``, ``rounds``), one rule at a time.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shopcare.domain.addresses import parse_address
from shopcare.domain.delight_rules import RULES
from shopcare.domain.kindness import (
    OUT_ACTS,
    OUT_LATER,
    OUT_MONEY,
    STANDINGS,
    TIERS,
    ActOfCustomer,
    Budget,
    OpenAct,
    expires_on,
    host_for,
    is_sensitive,
    plan_week,
    room_for_new,
    standing,
)
from shopcare.domain.rounds import MAX_HOUSEHOLDS, NEAR_STEPS, Regular, choose_round

TODAY = date(2026, 11, 23)


def act(i: str, rule: str, due: date = TODAY, **kw) -> OpenAct:
    place = standing(rule)
    return OpenAct(
        id=i,
        rule=rule,
        tier=place.tier,
        due=due,
        sensitive=place.sensitive,
        planned_cost=kw.pop("cost", place.usual_cost),
        **kw,
    )


# ----- ranking ----------------------------------------------------------------------------


def test_the_ranking_follows_what_matters_most() -> None:
    order = [
        "bereavement",
        "complaint-call",
        "waiting-answer",
        "back-in-stock",
        "birthday",
        "thank-you",
        "milestone",
        "miss-you",
        "neighbourhood",
    ]
    tiers = [standing(r).tier for r in order]
    assert tiers == sorted(tiers) and len(set(tiers)) == len(tiers)
    assert standing("get-well").tier == standing("gentle-return").tier == tiers[0]
    assert standing("congratulations").tier == standing("birthday").tier
    assert len(TIERS) == len(order)
    # every rule (and an act added by hand) has a standing
    assert set(RULES) | {"by hand"} == set(STANDINGS)


def test_sensitive_acts_are_a_loss_an_illness_or_a_complaint() -> None:
    assert {r for r in RULES if is_sensitive(r)} == {
        "bereavement",
        "get-well",
        "gentle-return",
        "complaint-call",
    }


def test_plan_ranks_by_tier_then_due_date_overdue_first() -> None:
    acts = [
        act("miss", "miss-you", TODAY - timedelta(days=3)),
        act("birthday", "birthday", TODAY + timedelta(days=2)),
        act("late-thanks", "thank-you", TODAY - timedelta(days=1)),
        act("thanks", "thank-you", TODAY),
        act("grief", "bereavement", TODAY + timedelta(days=1)),
    ]
    plan = plan_week(acts, Budget(10, Decimal(1_000_000)), TODAY)
    assert [p.act.id for p in plan.placed] == ["grief", "birthday", "late-thanks", "thanks", "miss"]
    assert [p.rank for p in plan.placed] == [1, 2, 3, 4, 5]
    assert {p.act.id for p in plan.placed if p.overdue} == {"late-thanks", "miss"}
    assert all(p.in_budget for p in plan.placed)


def test_the_budget_of_acts_keeps_the_first_and_says_why_for_the_rest() -> None:
    acts = [act(f"m{i}", "miss-you") for i in range(5)] + [act("b", "birthday")]
    plan = plan_week(acts, Budget(3, Decimal(1_000_000)), TODAY)
    assert [p.act.id for p in plan.in_budget] == ["b", "m0", "m1"]
    assert [(p.act.id, p.out) for p in plan.could_do] == [
        ("m2", OUT_ACTS),
        ("m3", OUT_ACTS),
        ("m4", OUT_ACTS),
    ]
    assert plan.acts_left == 0


def test_acts_done_this_week_and_money_spent_count_against_the_budget() -> None:
    acts = [
        act("t1", "thank-you", cost=Decimal(5_000)),
        act("t2", "thank-you", cost=Decimal(5_000)),
    ]
    plan = plan_week(acts, Budget(10, Decimal(300_000)), TODAY, done=9, spent=Decimal(0))
    assert [p.act.id for p in plan.in_budget] == ["t1"]  # one act of ten left
    plan = plan_week(acts, Budget(10, Decimal(300_000)), TODAY, done=1, spent=Decimal(292_000))
    assert [p.act.id for p in plan.in_budget] == ["t1"]
    assert plan.could_do[0].out == OUT_MONEY
    assert plan.money_left == Decimal(3_000)


def test_sensitive_and_hand_made_acts_are_never_pushed_out() -> None:
    acts = [
        act("grief", "bereavement", cost=Decimal(80_000)),
        act("call", "complaint-call"),
        act("hand", "by hand"),
        act("thanks", "thank-you"),
    ]
    plan = plan_week(acts, Budget(0, Decimal(0)), TODAY)
    assert {p.act.id for p in plan.in_budget} == {"grief", "call", "hand"}
    assert plan.by_id["grief"].always == "sensitive"
    assert plan.by_id["hand"].always == "by-hand"
    assert plan.by_id["thanks"].out == OUT_ACTS
    assert plan.money_left == Decimal(-80_000)  # said as it is: the loss came first


def test_a_scheduled_act_is_on_the_list_and_counts() -> None:
    acts = [act("a", "miss-you"), act("b", "miss-you", scheduled=True)]
    plan = plan_week(acts, Budget(1, Decimal(300_000)), TODAY)
    assert [p.act.id for p in plan.in_budget] == ["b"]
    assert plan.by_id["a"].out == OUT_ACTS


def test_acts_due_after_this_week_wait_and_expired_ones_leave() -> None:
    acts = [
        act("soon", "birthday", TODAY + timedelta(days=7)),
        act("later", "birthday", TODAY + timedelta(days=8)),
        act("gone", "thank-you", TODAY - timedelta(days=20), expires=TODAY - timedelta(days=1)),
        act("last-day", "thank-you", TODAY - timedelta(days=14), expires=TODAY),
    ]
    plan = plan_week(acts, Budget(), TODAY)
    assert plan.by_id["soon"].in_budget and plan.by_id["later"].out == OUT_LATER
    assert "gone" not in plan.by_id
    assert plan.by_id["last-day"].in_budget and plan.by_id["last-day"].overdue


def test_an_act_that_waits_for_next_week_leaves_no_gap_in_this_weeks_numbers() -> None:
    # the demo shop showed 1…6, 8…11: rank 7 was "it is back" due in ten days
    acts = [
        act("call", "complaint-call", TODAY),
        act("back", "back-in-stock", TODAY + timedelta(days=10)),
        act("thanks", "thank-you", TODAY),
    ]
    plan = plan_week(acts, Budget(), TODAY)
    assert [(p.act.id, p.rank) for p in plan.in_budget] == [("call", 1), ("thanks", 2)]
    assert plan.by_id["back"].rank == 3 and plan.by_id["back"].out == OUT_LATER


def test_each_rule_says_how_long_its_act_is_worth_doing() -> None:
    due = date(2026, 11, 1)
    assert expires_on("thank-you", due) == date(2026, 11, 15)  # three weeks late is not kind
    assert expires_on("bereavement", due) == date(2026, 12, 1)
    assert expires_on("by hand", due) is None  # a person's own plan never expires


@settings(max_examples=60, deadline=None)
@given(
    rules=st.lists(st.sampled_from(sorted(STANDINGS)), max_size=30),
    acts_budget=st.integers(0, 12),
    money=st.integers(0, 400_000),
    done=st.integers(0, 5),
)
def test_a_plan_never_breaks_its_promises(rules, acts_budget, money, done) -> None:
    acts = [act(f"a{i}", r, TODAY + timedelta(days=i % 14 - 3)) for i, r in enumerate(rules)]
    plan = plan_week(acts, Budget(acts_budget, Decimal(money)), TODAY, done=done)
    listed = plan.in_budget
    always = [p for p in listed if p.always]
    others = [p for p in listed if not p.always]
    # sensitive and hand-made acts always show
    assert {p.act.id for p in plan.placed if p.act.sensitive or p.act.by_hand} <= {
        p.act.id for p in always
    }
    # the others fit what the always-on acts left of the budget
    assert len(others) <= max(0, acts_budget - done - len(always))
    left = Decimal(money) - sum((p.act.planned_cost for p in always), Decimal(0))
    assert sum((p.act.planned_cost for p in others), Decimal(0)) <= max(left, Decimal(0))
    # ranks run 1, 2, 3... in rank order: this week's acts first, then those that wait
    assert [p.rank for p in plan.placed] == list(range(1, len(plan.placed) + 1))
    keys = [(p.out == OUT_LATER, p.act.tier, p.act.due) for p in plan.placed]
    assert keys == sorted(keys)


# ----- one person, one act --------------------------------------------------------------


def test_a_new_reason_joins_the_open_act_that_is_not_sensitive() -> None:
    thanks = ActOfCustomer("t", "thank-you", TODAY)
    grief = ActOfCustomer("g", "bereavement", TODAY - timedelta(days=1))
    assert host_for("milestone", [grief, thanks]) == thanks
    assert host_for("milestone", [grief]) is None  # a condolence sheet stays about one thing
    assert host_for("complaint-call", [thanks]) is None  # sensitive: an act of its own
    assert host_for("birthday", []) is None
    two = [
        ActOfCustomer("x", "miss-you", TODAY),
        ActOfCustomer("y", "birthday", TODAY - timedelta(1)),
    ]
    assert host_for("thank-you", two).task_id == "y"  # the earliest due


def test_the_sweep_adds_at_most_the_budget_and_as_many_could_do() -> None:
    assert room_for_new(0, Budget(10, Decimal(0))) == 20
    assert room_for_new(15, Budget(10, Decimal(0))) == 5
    assert room_for_new(30, Budget(10, Decimal(0))) == 0


# ----- addresses ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "area", "shown", "number", "kind"),
    [
        (
            "서울특별시 마포구 월드컵북로 12",
            "서울 마포구 월드컵북로",
            "마포구 월드컵북로",
            12,
            "road",
        ),
        (
            "서울 마포구 월드컵북로 12, 103동 1204호 (성산동)",
            "서울 마포구 월드컵북로",
            "마포구 월드컵북로",
            12,
            "road",
        ),
        (
            "경기도 성남시 분당구 판교역로 235",
            "경기 성남시 분당구 판교역로",
            "분당구 판교역로",
            235,
            "road",
        ),
        (
            "서울 종로구 세종대로23길 47",
            "서울 종로구 세종대로23길",
            "종로구 세종대로23길",
            47,
            "road",
        ),
        (
            "부산광역시 해운대구 해운대로570",
            "부산 해운대구 해운대로",
            "해운대구 해운대로",
            570,
            "road",
        ),
        ("서울특별시 마포구 성산동 123-4", "서울 마포구 성산동", "마포구 성산동", 123, "lot"),
        ("경기도 양평군 양평읍 양근리 45", "경기 양평군 양평읍 양근리", "양평군 양평읍", 45, "lot"),
        (
            "221B Baker Street, London NW1 6XE",
            "london|baker street",
            "Baker Street, London",
            221,
            "street",
        ),
        (
            "Flat 3, 12 High St., Oxford OX1 4AA",
            "oxford|high street",
            "High Street, Oxford",
            12,
            "street",
        ),
        (
            "350 5th Ave, Apt 4B, New York, NY 10118",
            "new york|5th avenue",
            "5th Avenue, New York",
            350,
            "street",
        ),
        (
            "12 Worldcup-buk-ro, Mapo-gu, Seoul",
            "mapo-gu|worldcup-buk-ro",
            "Worldcup-buk-ro, Mapo-gu",
            12,
            "street",
        ),
    ],
)
def test_addresses_are_read_as_people_write_them(text, area, shown, number, kind) -> None:
    a = parse_address(text)
    assert a is not None
    assert (a.area, a.shown, a.number, a.kind) == (area, shown, number, kind)


@pytest.mark.parametrize(
    "text", ["", "   ", "서울", "마포구", "somewhere nice", "04001", "101동 1203호"]
)
def test_what_is_not_an_address_gives_none(text) -> None:
    assert parse_address(text) is None


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=60))
def test_any_text_is_read_without_failing(text) -> None:
    parse_address(text)  # an address is a hint: never an error


def test_a_block_of_flats_is_one_building_but_many_households() -> None:
    one = parse_address("서울 마포구 월드컵북로 12, 101동 302호")
    two = parse_address("서울 마포구 월드컵북로 12, 101동 305호")
    assert one and two and one.area == two.area and one.number == two.number
    assert one.household != two.household


# ----- neighbourhood rounds -------------------------------------------------------------------


def regular(i: int, address: str, loyalty: int = 5) -> Regular:
    return Regular(f"c{i:02d}", f"고객{i:02d}", address, loyalty)


def test_a_round_is_at_most_ten_households_the_most_loyal_in_route_order() -> None:
    street = [regular(i, f"서울 마포구 월드컵북로 {10 + 2 * i}", loyalty=i) for i in range(25)]
    chosen = choose_round(street)
    assert chosen is not None and len(chosen.stops) == MAX_HOUSEHOLDS
    ids = [s.customer_ids[0] for s in chosen.stops]
    assert set(ids) == {f"c{i:02d}" for i in range(15, 25)}  # the ten most loyal
    numbers = [s.number for s in chosen.stops]
    assert numbers == sorted(numbers)  # walked along the road


def test_a_round_stays_near_and_prefers_the_most_loyal_street() -> None:
    far = [
        regular(i, f"서울 마포구 월드컵북로 {n}")
        for i, n in enumerate((10, 12, 10 + NEAR_STEPS + 50))
    ]
    assert choose_round(far) is None  # two near, one a kilometre and a half away
    quiet = [regular(10 + i, f"서울 마포구 성미산로 {20 + i}", 2) for i in range(4)]
    loyal = [regular(20 + i, f"서울 은평구 연서로 {30 + i}", 9) for i in range(3)]
    chosen = choose_round(quiet + loyal)
    assert chosen is not None and chosen.area == "은평구 연서로"
    again = choose_round(quiet + loyal, visited={"은평구 연서로"})
    assert again is not None and again.area == "마포구 성미산로"


def test_people_at_one_address_are_one_stop() -> None:
    home = "서울 마포구 성산동 123-4"
    family = [regular(1, home, 8), regular(2, home, 3)]
    others = [regular(3, "서울 마포구 성산동 77"), regular(4, "서울 마포구 성산동 90")]
    chosen = choose_round(family + others)
    assert chosen is not None and len(chosen.stops) == 3
    stop = next(s for s in chosen.stops if len(s.names) == 2)
    assert stop.customer_ids == ("c01", "c02")  # the more loyal first
