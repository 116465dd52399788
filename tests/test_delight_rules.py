"""The delight rules are pure functions: each fires on its trigger, and not otherwise."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from uuid import uuid4

import pytest
from aggregates import phone_call

from shopcare.domain.customer import Customer
from shopcare.domain.delight_rules import (
    DEFAULT_CONFIG,
    RULES,
    OpenFollowUp,
    OverdueReturn,
    RuleConfig,
    SensitiveEvent,
    back_in_stock_rule,
    bereavement_rule,
    birthday_rule,
    complaint_call_rule,
    congratulations_rule,
    gentle_return_rule,
    get_well_rule,
    milestone_rule,
    miss_you_rule,
    neighbourhood_rule,
    next_birthday,
    promotions_paused_until,
    require_rule,
    suggestions_for_event,
    thank_you_rule,
    waiting_answer_rule,
)
from shopcare.domain.errors import InvalidInput
from shopcare.domain.rounds import Regular, choose_round
from shopcare.domain.stamp import Stamp

AT = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
STAMP = Stamp("지은", "pc", AT)
OFF = RuleConfig(enabled=dict.fromkeys(RULES, False))


def customer() -> Customer:
    c = Customer.register(
        STAMP,
        name="김민지",
    )
    c.collect_events()
    return c


def one_event(call) -> object:
    """The single event a Customer command triggers."""
    c = customer()
    call(c)
    (event,) = c.collect_events()
    return event


def life(kind: str, note: str = "", sensitive: bool = False):
    return one_event(
        lambda c: c.note_life_event(STAMP, kind=kind, on=None, note=note, sensitive=sensitive)
    )


def contact(connection: bool = False, minutes: int | None = None):
    return one_event(
        lambda c: phone_call(c, STAMP, "asked about gloves", connection=connection, minutes=minutes)
    )


def feedback(polarity: str):
    return one_event(
        lambda c: c.receive_feedback(STAMP, polarity=polarity, text="slow", touchpoint=None)
    )


def complaint():
    return one_event(
        lambda c: c.raise_complaint(STAMP, category="delivery", text="late", touchpoint=None)
    )


def referred():
    return one_event(
        lambda c: c.refer_elsewhere(STAMP, item="red scarf", sent_to="Market", price=None)
    )


# ----- event rules ----------------------------------------------------------------------


def test_bereavement_flowers_and_card_next_day_and_promotions_paused():
    s = bereavement_rule(life("bereavement", "her mother", True), "김민지", DEFAULT_CONFIG)
    assert s is not None
    assert s.rule == "bereavement"
    assert s.due == date(2026, 11, 21)
    assert promotions_paused_until(date(2026, 11, 20)) == date(2026, 12, 20)
    assert s.facts == {
        "name": "김민지",
        "note": "her mother",
        "on": "2026-11-20",
        "paused_until": "2026-12-20",
    }


def test_bereavement_not_for_other_life_events_or_when_off():
    assert bereavement_rule(life("wedding"), "김민지", DEFAULT_CONFIG) is None
    assert bereavement_rule(life("bereavement"), "김민지", OFF) is None


def test_lead_time_comes_from_settings():
    config = RuleConfig(lead_days={"bereavement": 0})
    assert bereavement_rule(life("bereavement"), "김민지", config).due == AT.date()


@pytest.mark.parametrize("kind", ["wedding", "new baby", "graduation"])
def test_congratulations(kind: str):
    s = congratulations_rule(life(kind), "김민지", DEFAULT_CONFIG)
    assert s is not None and s.rule == "congratulations"
    assert s.facts == {"name": "김민지", "occasion": kind, "note": ""}


@pytest.mark.parametrize("kind", ["bereavement", "moved", "illness", "birthday"])
def test_no_congratulations_for_other_events(kind: str):
    assert congratulations_rule(life(kind), "김민지", DEFAULT_CONFIG) is None


def test_complaint_and_negative_feedback_get_the_owners_call_within_two_days():
    for event, source in ((complaint(), "complaint"), (feedback("negative"), "feedback")):
        s = complaint_call_rule(event, "김민지", DEFAULT_CONFIG)
        assert s is not None and s.facts["source"] == source
        assert s.due == AT.date() + timedelta(days=2)
    assert complaint_call_rule(complaint(), "n", DEFAULT_CONFIG).facts["category"] == "delivery"
    assert complaint_call_rule(feedback("positive"), "김민지", DEFAULT_CONFIG) is None
    assert complaint_call_rule(complaint(), "김민지", OFF) is None


def test_thank_you_for_connection_or_long_call_only():
    assert thank_you_rule(contact(connection=True), "김민지", DEFAULT_CONFIG) is not None
    long_call = thank_you_rule(contact(minutes=30), "김민지", DEFAULT_CONFIG)
    assert long_call is not None and long_call.facts["minutes"] == 30
    assert long_call.facts["connection"] is False
    assert long_call.facts["summary"] == "asked about gloves"
    assert thank_you_rule(contact(minutes=29), "김민지", DEFAULT_CONFIG) is None
    assert thank_you_rule(contact(), "김민지", DEFAULT_CONFIG) is None


def test_referred_elsewhere_tell_them_when_back_in_stock():
    s = back_in_stock_rule(referred(), "김민지", DEFAULT_CONFIG)
    assert s is not None and s.facts == {"name": "김민지", "item": "red scarf", "sent_to": "Market"}
    assert back_in_stock_rule(referred(), "김민지", OFF) is None


def test_suggestions_for_event_dispatch_and_keys_are_per_event():
    event = life("bereavement")
    (s,) = suggestions_for_event(event, "김민지", DEFAULT_CONFIG)
    assert s.trigger_key == f"bereavement:{event.originator_id}:{event.originator_version}"
    assert suggestions_for_event(referred(), "김민지", DEFAULT_CONFIG)[0].rule == "back-in-stock"
    assert suggestions_for_event(contact(), "김민지", DEFAULT_CONFIG) == []
    assert suggestions_for_event(complaint(), "김민지", OFF) == []


# ----- date rules -----------------------------------------------------------------------


def test_birthday_card_due_seven_days_before_every_year():
    cid = str(uuid4())
    bday = date(1980, 12, 10)
    s = birthday_rule(cid, "김민지", bday, date(2026, 11, 20), DEFAULT_CONFIG)
    assert s is not None and s.due == date(2026, 12, 3)
    assert s.facts == {"name": "김민지", "birthday": "2026-12-10"}
    assert s.trigger_key == f"birthday:{cid}:2026"
    again = birthday_rule(cid, "김민지", bday, date(2027, 11, 25), DEFAULT_CONFIG)
    assert again.trigger_key == f"birthday:{cid}:2027"


def test_birthday_not_too_early_not_without_a_birthday_not_when_off():
    bday = date(1980, 12, 10)
    assert birthday_rule("c", "n", bday, date(2026, 10, 1), DEFAULT_CONFIG) is None
    assert birthday_rule("c", "n", None, date(2026, 12, 1), DEFAULT_CONFIG) is None
    assert birthday_rule("c", "n", bday, date(2026, 12, 1), OFF) is None


def test_birthday_late_sweep_is_due_today_and_29_february():
    s = birthday_rule("c", "n", date(1980, 12, 10), date(2026, 12, 8), DEFAULT_CONFIG)
    assert s.due == date(2026, 12, 8)
    assert next_birthday(date(2000, 2, 29), date(2027, 2, 1)) == date(2027, 2, 28)


def test_gentle_return_when_overdue_during_a_recent_sensitive_event():
    today = date(2026, 11, 20)
    returns = [OverdueReturn(3, "coat", date(2026, 11, 10))]
    recent = [SensitiveEvent("bereavement", date(2026, 10, 1))]
    (s,) = gentle_return_rule("c", "김민지", returns, recent, today, DEFAULT_CONFIG)
    assert s.facts == {
        "name": "김민지",
        "item": "coat",
        "return_due": "2026-11-10",
        "life_event": "bereavement",
        "life_event_on": "2026-10-01",
    }
    assert s.trigger_key == "gentle-return:c:3"
    old = [SensitiveEvent("bereavement", date(2026, 8, 1))]
    assert gentle_return_rule("c", "n", returns, old, today, DEFAULT_CONFIG) == []
    assert gentle_return_rule("c", "n", returns, [], today, DEFAULT_CONFIG) == []
    not_due = [OverdueReturn(3, "coat", date(2026, 11, 25))]
    assert gentle_return_rule("c", "n", not_due, recent, today, DEFAULT_CONFIG) == []
    assert gentle_return_rule("c", "n", returns, recent, today, OFF) == []


def test_milestones_5_10_25_purchases_or_visits():
    today = date(2026, 11, 20)

    def rule(purchases, visits, config=DEFAULT_CONFIG, paused=None, last_on=today):
        return milestone_rule("c", "n", purchases, visits, today, config, paused, last_on)

    assert rule(4, 4) is None
    assert rule(5, 0).trigger_key == ("milestone:c:purchase:5")
    s = rule(6, 10)
    assert s.trigger_key == "milestone:c:visit:10"
    assert s.facts == {"name": "n", "number": 10, "counted": "visit"}
    assert rule(30, 0).facts["number"] == 25
    assert rule(5, 0, OFF) is None
    paused = date(2026, 12, 1)
    assert rule(5, 0, paused=paused) is None
    # only while it is news: not for a milestone passed long ago
    assert rule(5, 0, last_on=date(2026, 11, 10)) is not None
    assert rule(5, 0, last_on=date(2026, 9, 1)) is None
    assert rule(5, 0, last_on=None) is None


def test_we_miss_you_for_quiet_regulars_only():
    today = date(2026, 11, 20)
    last = today - timedelta(days=120)
    s = miss_you_rule("c", "n", 5, last, today, DEFAULT_CONFIG)
    assert s is not None and s.trigger_key == f"miss-you:c:{last}"
    assert s.facts == {"name": "n", "contacts": 5, "quiet_days": 120, "last_contact": str(last)}
    assert miss_you_rule("c", "n", 4, last, today, DEFAULT_CONFIG) is None
    assert miss_you_rule("c", "n", 5, last + timedelta(days=1), today, DEFAULT_CONFIG) is None
    assert miss_you_rule("c", "n", 5, None, today, DEFAULT_CONFIG) is None
    assert miss_you_rule("c", "n", 5, last, today, OFF) is None
    assert miss_you_rule("c", "n", 5, last, today, DEFAULT_CONFIG, date(2026, 12, 1)) is None


def test_neighbourhood_round_once_a_month_in_route_order():
    today = date(2026, 11, 20)
    regulars = [
        Regular("a", "김민지", "서울특별시 마포구 월드컵북로 40", 9),
        Regular("b", "박서준", "서울 마포구 월드컵북로 12", 7),
        Regular("c", "이하나", "서울특별시 마포구 월드컵북로 26, 101동 302호", 5),
    ]
    s = neighbourhood_rule(choose_round(regulars), today, DEFAULT_CONFIG)
    assert s is not None and s.customer_id is None
    assert s.trigger_key == "neighbourhood:2026-11"  # at most one round a month
    assert s.facts["area"] == "마포구 월드컵북로"
    assert s.facts["names"] == ["박서준", "이하나", "김민지"]  # 12, 26, 40 along the road
    assert [stop["customer_id"] for stop in s.facts["stops"]] == ["b", "c", "a"]
    assert neighbourhood_rule(choose_round(regulars[:2]), today, DEFAULT_CONFIG) is None
    assert neighbourhood_rule(choose_round(regulars), today, OFF) is None


def test_unknown_rule_is_a_clear_error():
    assert require_rule(" Birthday ") == "birthday"
    with pytest.raises(InvalidInput, match=r"errors-unknown-choice.*words-rule.*lottery"):
        require_rule("lottery")


def test_history_typed_in_later_makes_no_task() -> None:
    from datetime import datetime, timedelta

    from shopcare.domain.delight_rules import STALE_AFTER_DAYS, is_fresh

    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    assert is_fresh(now - timedelta(days=1), now)
    assert is_fresh(now - timedelta(days=STALE_AFTER_DAYS), now)
    assert not is_fresh(now - timedelta(days=STALE_AFTER_DAYS + 1), now)


def test_every_rule_records_the_facts_its_type_names():
    """Issue 13 ranks and merges on these facts: each rule keeps exactly its typed keys."""
    from typing import get_type_hints

    from shopcare.domain.delight_rules import RULE_FACTS

    today = date(2026, 11, 20)
    recent = [SensitiveEvent("bereavement", date(2026, 11, 1))]
    made = [
        bereavement_rule(life("bereavement", "note"), "n", DEFAULT_CONFIG),
        get_well_rule(life("illness", "flu"), "n", DEFAULT_CONFIG),
        *waiting_answer_rule(
            "c", "n", [OpenFollowUp(3, "boots in 270?", date(2026, 11, 17))], today, DEFAULT_CONFIG
        ),
        congratulations_rule(life("wedding"), "n", DEFAULT_CONFIG),
        complaint_call_rule(complaint(), "n", DEFAULT_CONFIG),
        thank_you_rule(contact(connection=True), "n", DEFAULT_CONFIG),
        back_in_stock_rule(referred(), "n", DEFAULT_CONFIG),
        birthday_rule("c", "n", date(1990, 11, 25), today, DEFAULT_CONFIG),
        *gentle_return_rule(
            "c", "n", [OverdueReturn(2, "coat", date(2026, 11, 10))], recent, today, DEFAULT_CONFIG
        ),
        milestone_rule("c", "n", 5, 0, today, DEFAULT_CONFIG, None, today),
        miss_you_rule("c", "n", 6, date(2026, 1, 1), today, DEFAULT_CONFIG),
        neighbourhood_rule(
            choose_round(
                [Regular(i, i, f"12{i} Baker Street, London", 5) for i in ("1", "2", "3")]
            ),
            today,
            DEFAULT_CONFIG,
        ),
    ]
    assert {s.rule for s in made if s is not None} == set(RULES)
    for s in made:
        assert s is not None
        assert set(s.facts) == set(get_type_hints(RULE_FACTS[s.rule])), s.rule
