"""The Customer aggregate's rules, without any storage."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from aggregates import phone_call

from shopcare.domain.customer import Customer
from shopcare.domain.errors import InvalidInput
from shopcare.domain.stamp import Stamp

SEOUL = timezone(timedelta(hours=9))
WHEN = datetime(2026, 11, 20, 14, 30, tzinfo=SEOUL)
STAMP = Stamp("지은", "front-desk", WHEN)


def new_customer() -> Customer:
    return Customer.register(
        STAMP,
        name="김민수",
        phone="010-5678-1234",
        postal_code="04001",
        birthday=date(1990, 3, 1),
        tags=["vip"],
        notes="shoe size 260",
    )


def test_every_event_records_who_logged_it_where_and_when() -> None:
    c = new_customer()
    phone_call(c, STAMP, "asked about boots")
    for e in c.collect_events():
        assert (e.staff, e.computer, e.occurred_at) == ("지은", "front-desk", WHEN)


def test_a_return_cannot_be_received_twice() -> None:
    c = new_customer()
    entry = c.request_return(STAMP, item="boots", due=date(2026, 12, 1))
    c.receive_return(STAMP, entry=entry)
    with pytest.raises(InvalidInput, match=r"errors-nothing-open.*words-return"):
        c.receive_return(STAMP, entry=None)
    with pytest.raises(InvalidInput, match=r"errors-not-open.*words-return"):
        c.receive_return(STAMP, entry=entry)


def test_with_several_open_returns_the_entry_must_be_named() -> None:
    c = new_customer()
    first = c.request_return(STAMP, item="boots", due=None)
    second = c.request_return(STAMP, item="sandals", due=None)
    with pytest.raises(InvalidInput, match=rf"errors-several-open.*entries='{first}, {second}'"):
        c.waive_return(STAMP, entry=None, reason="kindness")
    c.waive_return(STAMP, entry=second, reason="kindness")
    assert c.open_returns == {first: "boots"}


def test_a_followup_done_must_exist() -> None:
    c = new_customer()
    with pytest.raises(InvalidInput, match=r"errors-nothing-open.*words-follow-up"):
        c.complete_followup(STAMP, entry=None, note="called")
    entry = c.schedule_followup(STAMP, due=date(2026, 11, 25), reason="boots back?")
    c.complete_followup(STAMP, entry=None, note="called")
    assert entry not in c.open_followups


def test_a_complaint_is_resolved_once() -> None:
    c = new_customer()
    entry = c.raise_complaint(STAMP, category="delivery", text="late", touchpoint="delivery")
    c.resolve_complaint(STAMP, entry=entry, resolution="refunded shipping")
    with pytest.raises(InvalidInput):
        c.resolve_complaint(STAMP, entry=entry, resolution="again")


def test_a_correction_points_at_an_earlier_entry_and_keeps_history() -> None:
    c = new_customer()
    entry = c.request_return(STAMP, item="boots", due=None)
    with pytest.raises(InvalidInput, match=r"errors-no-entry .entry=9"):
        c.correct_entry(STAMP, entry=9, note="typo", void=False)
    with pytest.raises(InvalidInput, match="errors-correction-needs-note"):
        c.correct_entry(STAMP, entry=entry, note="  ", void=False)
    c.correct_entry(STAMP, entry=entry, note="logged on the wrong customer", void=True)
    assert c.open_returns == {}
    with pytest.raises(InvalidInput, match="errors-entry-already-withdrawn"):
        c.correct_entry(STAMP, entry=entry, note="again", void=True)
    kinds = [type(e).__name__ for e in c.collect_events()]
    assert kinds == ["Registered", "ReturnRequested", "EntryCorrected"]


def test_details_change_only_records_real_changes() -> None:
    c = new_customer()
    with pytest.raises(InvalidInput, match="errors-nothing-to-change"):
        c.change_details(STAMP, {"name": "김민수"})
    with pytest.raises(InvalidInput, match="errors-unknown-profile-field"):
        c.change_details(STAMP, {"shoe": "260"})
    c.change_details(STAMP, {"phone": "010-1111-2222"})
    assert c.phone == "010-1111-2222"
