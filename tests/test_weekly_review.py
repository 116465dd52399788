"""The weekly review from a real store: figures, the printed PDF, the CLI."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from shopcare.application import Actor
from shopcare.cli.main import main
from shopcare.clock import fixed, use_clock
from shopcare.domain.errors import InvalidInput
from shopcare.reports.sheets_data import (
    BacklogWeek,
    ComingTask,
    DoneTask,
    LongConversation,
    QuietFriend,
    SentElsewhere,
    StaffLine,
    Story,
    TouchpointCheck,
    WaitingItem,
)
from shopcare.reports.weekly_figures import weekly_review_data
from shopcare.reports.weekly_review import render_weekly_review
from shopcare.service.config import Config
from shopcare.service.shop import Shop

SEOUL = ZoneInfo("Asia/Seoul")
WEEK = "2026-W47"  # Monday 2026-11-16 to Sunday 2026-11-22, Seoul time
NOW = datetime(2026, 11, 23, 10, tzinfo=SEOUL)


def at(day: str, clock: str = "10:00") -> str:
    return f"2026-{day}T{clock}:00+09:00"


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "".join("".join((page.extract_text() or "").split()) for page in reader.pages)


def _compact(s: str) -> str:
    return "".join(s.split())


def _pdf(data) -> bytes:
    buf = io.BytesIO()
    render_weekly_review(data, buf)
    return buf.getvalue()


def _entry(shop: Shop, cid, event: str, **where: str) -> int:
    rows = shop.db.execute(
        "SELECT entry, at FROM timeline WHERE customer_id = ? AND event = ? ORDER BY entry",
        [str(cid), event],
    ).fetchall()
    return rows[-1][0]


def fill_week(shop: Shop) -> Shop:
    """A shop with a known week W47 (and a little history around it)."""
    app, me = shop.app, shop.actor  # 지은
    tom = Actor("Tom", "till")
    reg = "2026-01-05T09:00:00+09:00"
    a = app.register_customer(me, name="김민수", at=reg)
    b = app.register_customer(me, name="Anna Berg", at=reg)
    c = app.register_customer(me, name="이서연", at=reg)
    d = app.register_customer(me, name="박지호", at=reg)

    # Before the week: a complaint of A's still open, a return of B's opened and closed,
    # C's five contacts long ago (a quiet friend), D sent elsewhere and back to buy.
    app.raise_complaint(me, a, category="delivery", text="늦게 도착", at=at("11-10"))
    app.request_return(me, b, item="운동화", at=at("10-05"))
    app.receive_return(me, b, at=at("10-12"))
    for month in ("01", "02", "03", "04", "05"):
        app.log_contact(me, c, channel="phone", summary="안부", at=at(f"{month}-01"))
    app.refer_elsewhere(me, d, item="등산화", sent_to="Shoe Palace", at=at("10-20"))
    app.note_purchase(me, d, item="깔창", amount="12000", at=at("10-25"))

    # The week.
    app.log_contact(
        me,
        a,
        channel="phone",
        summary="사이즈 상담",
        topics=["sizing"],
        touchpoint="product",
        sentiment="positive",
        connection=True,
        minutes=40,
        at=at("11-17"),
    )
    app.schedule_followup(me, a, due="2026-11-25", reason="사이즈 재입고 안내", at=at("11-17"))
    app.log_contact(
        me,
        a,
        channel="walk-in",
        summary="Still unsure about the size",
        topics=["sizing"],
        touchpoint="delivery",
        sentiment="negative",
        at=at("11-18"),
    )
    app.log_contact(
        me,
        a,
        channel="email",
        summary="Logged by mistake",
        topics=["price"],
        sentiment="positive",
        connection=True,
        minutes=90,
        at=at("11-19"),
    )
    app.correct_entry(me, a, entry=_entry(shop, a, "ContactLogged"), note="wrong", void=True)
    app.log_contact(
        tom,
        b,
        channel="phone",
        summary="Rain, walked home",
        topics=["sizing"],
        sentiment="positive",
        minutes=15,
        went_beyond="우산을 빌려드렸어요",
        at=at("11-19", "15:00"),
    )
    app.receive_feedback(
        me, b, polarity="positive", text="빨라요", touchpoint="delivery", at=at("11-20")
    )
    app.send_gift(tom, b, what="꽃다발", cost="15000", at=at("11-20"))
    app.raise_complaint(
        me,
        b,
        category="delivery",
        text="Box crushed",
        touchpoint="delivery",
        at=at("11-21", "11:00"),
    )
    app.raise_complaint(
        me, d, category="delivery", text="택배 분실", touchpoint="delivery", at=at("11-19", "09:00")
    )
    for day in ("11-20", "11-21"):
        app.receive_feedback(me, d, polarity="positive", text="친절해요", at=at(day))
    app.raise_complaint(me, b, category="sizing", text="oops", at=at("11-18"))
    app.correct_entry(
        me, b, entry=_entry(shop, b, "ComplaintRaised"), note="not a complaint", void=True
    )
    app.refer_elsewhere(me, a, item="구두", sent_to="Shoe Palace", at=at("11-21"))

    # Kind acts: one done by 지은 during the week, one scheduled, one dismissed.
    card = app.add_task(me, a, title="생일 카드", due="2026-11-19")
    with use_clock(fixed(datetime(2026, 11, 19, 14, tzinfo=SEOUL))):
        app.complete_task(me, card, what="손편지 카드", cost="3000")
    call = app.add_task(me, b, title="감사 전화", due="2026-11-24")
    app.schedule_task(me, call, assignee="지은")
    other = app.add_task(me, c, title="Dismissed one", due="2026-11-24")
    app.dismiss_task(me, other, reason="she moved away")
    return shop


@pytest.fixture
def week_shop(shop: Shop):
    """The shop of :func:`fill_week`, made on Monday 23 November (Seoul)."""
    with use_clock(fixed(NOW)):
        yield fill_week(shop)


def test_figures(week_shop: Shop) -> None:
    d = weekly_review_data(week_shop.db, WEEK, "꽃집 하루", tz=SEOUL)
    assert (d.week_label, d.date_range) == (WEEK, "2026-11-16 – 2026-11-22")
    # The withdrawn email contact counts nowhere.
    assert d.contacts_by_channel == {"phone": 2, "walk-in": 1}
    assert d.contacts_by_staff == {"지은": 2, "Tom": 1}
    # + : A's positive call, B's positive call, B's and D's (x2) positive feedback.
    # - : A's negative walk-in, B's and D's complaints (the withdrawn one is not).
    assert (d.positive, d.negative) == (5, 3)
    assert d.connections_made == 1
    assert d.longest_conversations == [
        LongConversation("김민수", "지은", 40, "사이즈 상담"),
        LongConversation("Anna Berg", "Tom", 15, "Rain, walked home"),
    ]
    # Kind acts: 지은's act (its gift counts once, as the act) and Tom's gift given directly.
    assert d.tasks_done == [
        DoneTask("김민수", "손편지 카드", "3000", "지은"),
        DoneTask("Anna Berg", "꽃다발", "15000", "Tom"),
    ]
    assert (d.gifts_sent, d.gifts_total_cost, d.gifts_for_acts) == (2, "18000", 1)

    repeated = {(r.kind, r.name): r for r in d.repeated}
    assert set(repeated) == {
        ("topic", "sizing"),
        ("complaint", "delivery"),
        ("touchpoint", "delivery"),
    }
    sizing = repeated["topic", "sizing"]
    assert (sizing.count, sizing.customers, sizing.trend, sizing.effort) == (
        3,
        ["Anna Berg", "김민수"],
        [0, 0, 0, 3],
        True,  # 김민수 came back about sizing twice
    )
    complaint = repeated["complaint", "delivery"]
    assert (complaint.count, complaint.customers, complaint.trend, complaint.effort) == (
        2,
        ["Anna Berg", "박지호"],
        [0, 0, 1, 2],
        False,
    )
    assert repeated["touchpoint", "delivery"].count == 3
    assert [(r.kind, r.name) for r in d.repeated] == [  # most often first
        ("touchpoint", "delivery"),
        ("topic", "sizing"),
        ("complaint", "delivery"),
    ]

    assert d.touchpoint_check == [
        TouchpointCheck("delivery", 3, 1),
        TouchpointCheck("product", 0, 1),
    ]
    # A: complaint since 11-10, last contact 11-18 10:00 -> 4 days by Monday 00:00.
    # D: complaint 11-19 09:00, no contact since -> 3 days. B: complaint on 11-21, not yet.
    assert d.waiting == [
        WaitingItem("김민수", "Complaint (delivery): 늦게 도착", "2026-11-18", 4),
        WaitingItem("박지호", "Complaint (delivery): 택배 분실", "2026-11-19", 3),
    ]
    # (The delight rules may suggest tasks of their own; these are the ones made here.)
    assert sorted(d.coming_week) == d.coming_week
    assert "Dismissed one" not in {c.title for c in d.coming_week}
    assert [
        c for c in d.coming_week if c.title in ("감사 전화", "Follow up: 사이즈 재입고 안내")
    ] == [
        ComingTask("2026-11-24", "Anna Berg", "감사 전화"),
        ComingTask("2026-11-25", "김민수", "Follow up: 사이즈 재입고 안내"),
    ]
    assert d.quiet_friends == [QuietFriend("이서연", "2026-05-01", 5)]
    # This week's referral; 박지호's of October came back, so it is no longer news.
    assert d.sent_elsewhere == [SentElsewhere("김민수", "구두", "Shoe Palace", False)]
    # The staff table credits the same kind acts the tile counts (2), and the stories.
    assert d.staff == [
        StaffLine("Tom", 0, 1, [0] * 8, 1),  # sent a gift, went beyond once
        StaffLine("지은", 1, 1, [0] * 7 + [1], 0),  # one connection, one act done
    ]
    assert sum(s.kind_acts for s in d.staff) == d.kind_acts == len(d.tasks_done)
    # Acts that slipped but still matter: the owner's calls first, then the thank-you.
    assert [(o.customer, o.due) for o in d.overdue_acts] == [
        ("김민수", "2026-11-12"),
        ("박지호", "2026-11-21"),
        ("김민수", "2026-11-19"),
    ]
    assert all(o.until >= "2026-11-22" for o in d.overdue_acts)
    # The acts of W47 are too young to say what they brought back: watched, not judged.
    (by_hand,) = d.outcomes
    assert (by_hand.done, by_hand.spent, by_hand.watching) == (1, "3000", 1)  # dismissed on 11-23
    assert (by_hand.back_done, by_hand.back_not) == ("—", "—")
    assert d.backlog == [
        BacklogWeek(str(date.fromisocalendar(2026, w, 1)), n)
        for w, n in zip(range(40, 48), [0, 1, 0, 0, 0, 0, 1, 4], strict=True)
    ]
    assert d.stories == [Story("Anna Berg", "Tom", "우산을 빌려드렸어요")]


def test_pdf_shows_the_figures(week_shop: Shop) -> None:
    text = _text(_pdf(weekly_review_data(week_shop.db, WEEK, "꽃집 하루", tz=SEOUL)))
    for expected in (
        "Weeklyreview:16–22Nov2026",
        "ISOweek2026-W47",
        "꽃집하루",
        "1.6:1",  # 5 : 3, rounded down
        "sizing",
        "AnnaBerg,김민수",  # the customers behind the repeated topic
        "0→0→0→3",
        "■yes",
        "Complaint(delivery):늦게도착",  # who is waiting
        "박지호",
        "감사전화",  # the checklist for the coming week
        "Followup:사이즈재입고안내",
        "이서연",
        "우산을빌려드렸어요",
        "손편지카드",
        "15,000",
    ):
        assert _compact(expected) in text, expected
    assert "Loggedbymistake" not in text


def test_empty_week_is_calm(shop: Shop) -> None:
    d = weekly_review_data(shop.db, WEEK, "ShopCare", tz=SEOUL)
    assert (d.positive, d.negative, d.connections_made, d.gifts_sent) == (0, 0, 0, 0)
    assert d.repeated == d.waiting == d.staff == d.stories == []
    assert d.backlog == [
        BacklogWeek(str(date.fromisocalendar(2026, w, 1)), 0) for w in range(40, 48)
    ]
    text = _text(_pdf(d))
    assert "Nobodyiswaitingforus" in text
    assert "Nopositivesornegativeswererecordedthisweek" in text


def test_same_store_same_bytes(week_shop: Shop) -> None:
    first = weekly_review_data(week_shop.db, WEEK, "꽃집 하루", tz=SEOUL)
    second = weekly_review_data(week_shop.db, WEEK, "꽃집 하루", tz=SEOUL)
    assert first == second
    assert _pdf(first) == _pdf(second)


def test_default_week_is_the_last_complete_week(shop: Shop) -> None:
    for today, expected in (
        (date(2026, 11, 23), "2026-W47"),  # Monday
        (date(2026, 11, 29), "2026-W47"),  # Sunday
        (date(2026, 1, 1), "2025-W52"),
    ):
        d = weekly_review_data(shop.db, None, "S", tz=SEOUL, today=today)
        assert d.week_label == expected


@pytest.mark.parametrize("bad", ["2026-47", "2026-W54", "W47", "last week", "2026-W00"])
def test_bad_week(shop: Shop, bad: str) -> None:
    with pytest.raises(InvalidInput, match="errors-not-a-week"):
        weekly_review_data(shop.db, bad, "S", tz=SEOUL)


def test_cli_end_to_end(week_shop: Shop, data_dir: Path, tmp_path: Path, capsys) -> None:
    week_shop.close()
    out = tmp_path / "weekly.pdf"
    base = ["--data-dir", str(data_dir), "report", "weekly"]
    assert main([*base, "--week", WEEK, "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "16–22 Nov 2026" in said or "11.16–11.22" in said  # the terminal's language
    text = _text(out.read_bytes())
    assert "Weeklyreview:16–22Nov2026" in text
    assert "우산을빌려드렸어요" in text
    assert "Weeklyreview·16–22Nov2026" in text  # no shop name set: none in the footer
    assert "ShopCare" not in text

    bad = tmp_path / "bad.pdf"
    assert main([*base, "--week", "2026-W99", "--out", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "shopcare: '2026-W99' is not an ISO week (use e.g. 2026-W47)"
    assert not bad.exists()
    assert main([*base, "--out", str(tmp_path / "nowhere" / "x.pdf")]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_cli_uses_the_shop_name(data_dir: Path, tmp_path: Path) -> None:
    with Shop(Config.resolve(data_dir)) as shop:
        if not shop.db["shop_settings"].exists():
            pytest.skip("shop settings are not in this build")
        shop.db["shop_settings"].upsert({"key": "shop_name", "value": "꽃집 하루"}, pk="key")
        shop.db.conn.commit()
    out = tmp_path / "w.pdf"
    assert (
        main(["--data-dir", str(data_dir), "report", "weekly", "--week", WEEK, "--out", str(out)])
        == 0
    )
    assert "꽃집하루" in _text(out.read_bytes())


def test_the_computers_zone_keeps_summer_time(monkeypatch: pytest.MonkeyPatch) -> None:
    import time as systime
    from datetime import datetime as dt

    from shopcare.clock import local_tz

    monkeypatch.setenv("TZ", "Europe/Berlin")
    systime.tzset()
    try:
        tz = local_tz()
        assert dt(2026, 1, 15, 12, tzinfo=tz).utcoffset() == timedelta(hours=1)
        assert dt(2026, 7, 15, 12, tzinfo=tz).utcoffset() == timedelta(hours=2)
        # a week that crosses the change starts and ends at local midnight
        utc = dt(2026, 3, 30, 0, tzinfo=tz).astimezone(UTC)
        assert (utc.hour, utc.day) == (22, 29)
        assert dt.fromisoformat("2026-07-01T10:00:00+00:00").astimezone(tz).hour == 12
    finally:
        monkeypatch.undo()
        systime.tzset()
