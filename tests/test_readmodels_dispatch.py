"""Projections are bound to event classes, and read stored events as plain values.

Every event class of every aggregate is either handled or said to be ignored by
each projection, so a new event cannot be skipped by accident; and the plain
reading of the stored JSON gives exactly what the library's own decoding gives.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from uuid import UUID, uuid4

import pytest
from aggregates import phone_call
from eventsourcing.domain import Aggregate, event
from eventsourcing.persistence import (
    DatetimeAsISO,
    DecimalAsStr,
    JSONTranscoder,
    Mapper,
    StoredEvent,
    UUIDAsHex,
)
from eventsourcing.utils import get_topic
from hypothesis import given, settings
from hypothesis import strategies as st
from interrupted import kill_part_way, positions_reached

from shopcare.application import Actor, ShopCareApplication
from shopcare.application.transcodings import DateAsISO
from shopcare.clock import utc_iso
from shopcare.readmodels import store, weekly_facts
from shopcare.readmodels.customers import search_customers
from shopcare.readmodels.events import AGGREGATES, ALL_EVENTS, event_classes
from shopcare.readmodels.projection import Projection, handles
from shopcare.readmodels.recorded import RecordedReader, plain, utc_text
from shopcare.readmodels.store import default_projections
from shopcare.readmodels.tasks import list_tasks
from shopcare.service.config import Config
from shopcare.service.shop import Shop

from test_core_readmodels import fill, table_contents  # isort: skip


@pytest.mark.parametrize("projection", default_projections(), ids=lambda p: p.name)
def test_every_event_is_handled_or_ignored_by_each_projection(projection: Projection) -> None:
    handled, ignored = set(projection.handlers), set(projection.ignores)
    forgotten = [c.__qualname__ for c in ALL_EVENTS if c not in handled | ignored]
    assert forgotten == [], f"{projection.name} neither handles nor ignores {forgotten}"
    strangers = [c.__qualname__ for c in handled | ignored if c not in ALL_EVENTS]
    assert strangers == [], f"{projection.name} names events the shop never records"
    assert not handled & ignored
    for cls in handled:
        assert callable(projection.handler(cls))


def test_the_event_list_covers_every_aggregate_and_skips_unused_defaults() -> None:
    names = {c.__qualname__ for c in ALL_EVENTS}
    assert {"Customer.Registered", "DelightTask.Done", "ShopSettings.RuleSwitched"} <= names
    assert "Customer.Created" not in names  # the library's default; Registered creates
    assert "Customer.Event" not in names
    assert sum(len(event_classes(a)) for a in AGGREGATES) == len(ALL_EVENTS)


def test_handling_and_ignoring_the_same_event_is_refused() -> None:
    class Nope(Aggregate):
        @event("Happened")
        def happen(self) -> None: ...

    with pytest.raises(TypeError, match="both handles and ignores"):

        class Confused(Projection):
            name = "confused"
            tables = ()
            ignores = (Nope.Happened,)

            @handles(Nope.Happened)
            def happened(self, db, e) -> None: ...


def _library_plain(shop: Shop, n) -> dict:
    """What the library decodes for a stored event, made plain the same way."""
    domain_event = shop.app.mapper.to_domain_event(n)
    state = dict(vars(domain_event))
    del state["originator_id"], state["originator_version"]
    return plain(state)


def test_plain_reading_equals_the_library_decoding_for_every_kind_of_event(shop: Shop) -> None:
    """Dates, money, ids and times straight from the stored JSON, as the library reads them."""
    a = shop.app
    by = shop.actor
    cid = a.register_customer(by, name="김민수", phone="010-5678-1234", birthday="1990-02-03")
    a.change_details(by, cid, birthday="1991-03-04", tags=["단골", "vip"])
    a.log_contact(by, cid, channel="phone", summary='따옴표 " 와 \\ 백슬래시', minutes=40)
    a.note_purchase(by, cid, item="boots", amount="129000.50")
    a.request_return(by, cid, item="boots", due="2026-12-01")
    a.raise_complaint(by, cid, category="delivery", text="late")
    a.note_life_event(by, cid, kind="bereavement", on="2026-11-19", note="her mother")
    a.refer_elsewhere(by, cid, item="gloves", sent_to="the shop next door", price="9000")
    a.schedule_followup(by, cid, due="2026-11-30", reason="is it back?")
    a.correct_entry(by, cid, entry=2, note="typo")
    notifications = a.recorder.select_notifications(start=1, limit=1000)
    assert len(notifications) > 12
    reader = RecordedReader(a.mapper)
    kinds = set()
    for n in notifications:
        recorded = reader.recorded(n.id, n.originator_id, n.originator_version, n.topic, n.state)
        assert recorded.data == _library_plain(shop, n), n.topic
        _assert_head_agrees(recorded)
        assert recorded.originator_id == str(n.originator_id)
        assert recorded.cls is type(a.mapper.to_domain_event(n))
        kinds.add(recorded.cls.__qualname__)
        for key in ("occurred_at", "timestamp"):
            moment = datetime.fromisoformat(recorded.data[key])
            assert utc_text(recorded.data[key]) == utc_iso(moment)
    assert {"DelightTask.Suggested", "Customer.ReferredElsewhere"} <= kinds
    suggested = [
        reader.recorded(n.id, n.originator_id, n.originator_version, n.topic, n.state)
        for n in notifications
        if n.topic.endswith("DelightTask.Suggested")
    ]
    assert suggested and all(s.data["customer_id"] == str(cid) for s in suggested)


def _assert_head_agrees(recorded) -> None:
    """The fields read from the head of the stored JSON are the parsed ones."""
    d = recorded.data
    head = (recorded.timestamp, recorded.staff, recorded.computer, recorded.occurred_at)
    assert head == (d["timestamp"], d["staff"], d["computer"], d["occurred_at"])
    if recorded.own is not None:
        own = {k: v for k, v in d.items() if k not in HEAD}
        assert json.loads(recorded.own) == own
        assert '"_type_"' not in recorded.own


HEAD = ("timestamp", "staff", "computer", "occurred_at")


@settings(max_examples=80, deadline=None)
@given(staff=st.text(), computer=st.text(), summary=st.text(), minutes=st.integers())
def test_the_head_of_any_stored_event_reads_as_parsing_it_would(
    staff, computer, summary, minutes
) -> None:
    """Names with quotes, backslashes, control characters or Korean are read right."""
    from shopcare.domain.customer import Customer
    from shopcare.domain.stamp import Stamp

    c = Customer.register(
        Stamp(staff, computer, datetime.fromisoformat("2026-11-20T10:00:00+09:00")),
        name="김민수",
    )
    later = Stamp(staff, computer, datetime.fromisoformat("2026-11-20T10:00:00.5+09:00"))
    phone_call(c, later, summary, topics=[summary], minutes=minutes)
    mapper = _mapper()
    reader = RecordedReader(mapper)
    for position, domain_event in enumerate(c.collect_events(), 1):
        stored = mapper.to_stored_event(domain_event)
        recorded = reader.recorded(
            position, stored.originator_id, stored.originator_version, stored.topic, stored.state
        )
        if recorded.cls is Customer.ContactLogged:
            assert recorded.own is not None  # nothing transcoded among its own fields
        _assert_head_agrees(recorded)
        assert recorded.staff == staff and recorded.computer == computer


def _mapper() -> Mapper:
    transcoder = JSONTranscoder()
    for t in (UUIDAsHex(), DecimalAsStr(), DatetimeAsISO(), DateAsISO()):
        transcoder.register(t)
    return Mapper(transcoder=transcoder)


class Parcel(Aggregate):
    """An aggregate whose event changed shape: v1 had no ``weight``."""

    @event("Sent")
    def __init__(self, to: str, on: date, cost: Decimal, ref: UUID) -> None:
        self.to = to


Parcel.Sent.class_version = 2  # type: ignore[attr-defined]


def _upcast_v1_v2(state: dict) -> None:
    state["weight"] = Decimal("1.5")


Parcel.Sent.upcast_v1_v2 = staticmethod(_upcast_v1_v2)  # type: ignore[attr-defined]


def test_older_events_are_upcast_by_the_library_rules() -> None:
    mapper = _mapper()
    ref = uuid4()
    v1_state = mapper.transcoder.encode(
        {
            "to": "부산",
            "on": date(2026, 11, 20),
            "cost": Decimal("3000"),
            "ref": ref,
            "timestamp": datetime.fromisoformat("2026-11-20T01:02:03.456789+00:00"),
        }
    )
    pid = uuid4()
    stored = StoredEvent(pid, 1, get_topic(Parcel.Sent), v1_state)
    recorded = RecordedReader(mapper).recorded(7, pid, 1, stored.topic, stored.state)
    assert recorded.data == {
        "to": "부산",
        "on": "2026-11-20",
        "cost": "3000",
        "ref": str(ref),
        "timestamp": "2026-11-20T01:02:03.456789+00:00",
        "weight": "1.5",
    }
    assert recorded.position == 7 and recorded.originator_id == str(pid)


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(),
    amount=st.decimals(allow_nan=False, allow_infinity=False, places=2),
    day=st.dates(),
    moment=st.datetimes(
        min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.timezones()
    ),
    tags=st.lists(st.text(max_size=5), max_size=3),
)
def test_plain_reading_matches_the_library_for_any_values(text, amount, day, moment, tags) -> None:
    mapper = _mapper()
    state = {
        "to": text,
        "on": day,
        "cost": amount,
        "ref": uuid4(),
        "when": moment,
        "tags": tags,
        "nested": {"day": day, "text": text},
    }
    stored = mapper.transcoder.encode(state)
    reader = RecordedReader(mapper)
    assert reader.state(stored) == plain(mapper.transcoder.decode(stored))
    assert utc_text(moment.isoformat()) == utc_iso(moment)


def _index_names(models) -> set[str]:
    return {
        row[0]
        for row in models.db.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL"
        )
    }


def test_the_bulk_path_gives_exactly_the_incremental_tables(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = Config.resolve(data_dir)
    fill(config, customers=40, contacts_each=6)
    with Shop(config, staff="지은") as shop:  # far below the bulk size: one event at a time
        cid = shop.app.register_customer(shop.actor, name="김민수", phone="010-5678-1234")
        shop.app.change_details(shop.actor, cid, name="김민준", tags=["단골"])
        entry = shop.app.request_return(shop.actor, cid, item="구두", due="2026-12-01")
        shop.app.correct_entry(shop.actor, cid, entry=entry, note="다른 고객", void=True)
        shop.app.raise_complaint(shop.actor, cid, category="delivery", text="늦었어요")
        (call,) = [t["id"] for t in list_tasks(shop.db, customer_id=str(cid))]
        shop.app.complete_task(shop.actor, call, what="사장님 전화")
        shop.app.note_purchase(shop.actor, cid, item="운동화", amount="89000")  # came back
        incremental = table_contents(shop.read)
        came_back = "SELECT came_back_at FROM kind_acts WHERE task_id = ?"
        assert shop.db.execute(came_back, [call]).fetchone()[0] is not None
        indexes = _index_names(shop.read)
        monkeypatch.setattr(store, "BULK_AFTER", 50)
        monkeypatch.setattr(store, "BULK_BATCH", 64)
        monkeypatch.setattr(weekly_facts, "FEW_CUSTOMERS", 0)  # the batch-wide look-up too
        seen: list[int] = []
        total = shop.app.recorder.max_notification_id()
        assert shop.read.rebuild(shop.app, batch=20, progress=seen.append) == total
        assert len(seen) > 3 and seen[1] - seen[0] == 64  # in bulk batches
        assert table_contents(shop.read) == incremental
        assert _index_names(shop.read) == indexes  # made again after the load
        assert [r["name"] for r in search_customers(shop.db, "5678")] == ["김민준"]
        assert [r["name"] for r in search_customers(shop.db, "민준")] == ["김민준"]
        assert search_customers(shop.db, "민수") == []


def test_a_bulk_load_killed_half_way_is_finished_when_next_opened(data_dir: Path) -> None:
    config = Config.resolve(data_dir)
    ids = fill(config, customers=80, contacts_each=20)
    app = ShopCareApplication(env=config.event_store_env())
    by = Actor("민지", "pc-1")
    for n, cid in enumerate(ids[::8]):  # corrections wait for the entry index
        app.correct_entry(by, cid, entry=3, note=f"고침 {n}", void=n % 2 == 0)
        app.correct_entry(by, cid, entry=3, note="한 번 더")
    total = app.recorder.max_notification_id()
    app.close()

    def reached() -> int:
        return positions_reached(config.readmodels_path, "min")

    kill_part_way(
        data_dir,
        {"SHOPCARE_BULK_AFTER": "100", "SHOPCARE_BULK_BATCH": "20"},
        lambda: config.readmodels_path.exists() and 0 < reached() < total * 3 // 4,
    )
    with sqlite3.connect(config.readmodels_path) as conn:
        assert conn.execute("SELECT count(*) FROM bulk_loads").fetchone()[0] > 0
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "timeline_customer" not in names  # cut off mid-load
    with Shop(config) as resumed:
        assert resumed.read.position() == total
        assert "timeline_customer" in _index_names(resumed.read)
        assert resumed.db.execute("SELECT count(*) FROM bulk_loads").fetchone()[0] == 0
        found = search_customers(resumed.db, "손님", limit=1000)
        assert sorted(r["id"] for r in found) == sorted(ids)  # the search index was refilled
        resumed_tables = table_contents(resumed.read)
        corrected = resumed.db.execute(
            "SELECT correction FROM timeline WHERE customer_id = ? AND entry = 3", [ids[0]]
        ).fetchone()[0]
        assert corrected == "민지: 고침 0\n민지: 한 번 더"  # in the order they were made
        resumed.rebuild()
        assert table_contents(resumed.read) == resumed_tables
