"""The application service and its read models, on real SQLite files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from interrupted import kill_part_way

from shopcare.application import Actor, ShopCareApplication
from shopcare.domain.errors import InvalidInput
from shopcare.readmodels.customers import search_customers
from shopcare.readmodels.open_items import followups_due, open_complaints, open_returns
from shopcare.readmodels.store import ReadModels
from shopcare.readmodels.timeline import timeline_rows
from shopcare.service.config import Config
from shopcare.service.shop import Shop

SKIPPED_TABLES = ("customers_fts_",)  # FTS5 shadow tables hold index internals


def table_contents(models: ReadModels) -> dict[str, list[tuple]]:
    """Every row of every read-model table, in a stable order."""
    out = {}
    for name in models.db.table_names():
        if name.startswith(SKIPPED_TABLES):
            continue
        rows = models.db.execute(f"SELECT * FROM [{name}]").fetchall()
        out[name] = sorted(rows, key=repr)
    return out


def fill(config: Config, customers: int, contacts_each: int) -> list[str]:
    """Write events straight through the application (no read models involved)."""
    config.data_dir.mkdir(parents=True, exist_ok=True)
    app = ShopCareApplication(env=config.event_store_env())
    by = Actor("민지", "pc-1")
    ids = []
    for i in range(customers):
        cid = app.register_customer(by, name=f"손님 {i}", phone=f"010-{i:04d}-{i:04d}")
        for j in range(contacts_each):
            app.log_contact(by, cid, channel="phone", summary=f"call {j}", topics=["sizing"])
        app.raise_complaint(by, cid, category="delivery", text="late")
        ids.append(str(cid))
    app.close()
    return ids


def test_timeline_shows_every_event_oldest_first_with_corrections(shop: Shop) -> None:
    cid = shop.app.register_customer(shop.actor, name="김민수", phone="010-5678-1234")
    shop.app.log_contact(
        shop.actor, cid, channel="phone", summary="boots", at="2026-11-20T10:00:00+09:00"
    )
    entry = shop.app.request_return(shop.actor, cid, item="boots", due="2026-12-01")
    shop.app.correct_entry(shop.actor, cid, entry=entry, note="wrong customer", void=True)
    rows = timeline_rows(shop.db, str(cid))
    assert [r["kind"] for r in rows] == [
        "contact",
        "registered",
        "return requested",
        "correction",
    ]  # the call happened (--at) before the customer was registered today
    withdrawn = rows[2]
    assert withdrawn["voided"] and withdrawn["correction"] == "지은: wrong customer"
    assert rows[3]["corrects"] == entry
    assert open_returns(shop.db) == []  # a withdrawn return is no longer waiting
    assert all(r["staff"] == "지은" for r in rows)


def test_open_items_follow_the_events(shop: Shop) -> None:
    cid = shop.app.register_customer(shop.actor, name="Anna Berg")
    shop.app.request_return(shop.actor, cid, item="helmet", due="2026-12-01")
    shop.app.raise_complaint(shop.actor, cid, category="delivery", text="late again")
    shop.app.schedule_followup(shop.actor, cid, due="2026-11-25", reason="is it back?")
    assert [r["item"] for r in open_returns(shop.db)] == ["helmet"]
    assert [r["customer_name"] for r in open_complaints(shop.db)] == ["Anna Berg"]
    assert [r["reason"] for r in followups_due(shop.db, by="2026-11-25")] == ["is it back?"]
    assert followups_due(shop.db, by="2026-11-24") == []
    shop.app.receive_return(shop.actor, cid)
    shop.app.resolve_complaint(shop.actor, cid, resolution="refunded shipping")
    shop.app.complete_followup(shop.actor, cid, note="called her")
    assert open_returns(shop.db) == open_complaints(shop.db) == followups_due(shop.db) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("민수", ["김민수"]),  # two-character Korean given name
        ("김민", ["김민수"]),
        ("김민수", ["김민수"]),
        ("1234", ["김민수"]),  # the last four digits, typed without dashes
        ("5678-1234", ["김민수"]),
        ("010 5678", ["김민수"]),
        ("anna", ["Anna Berg"]),
        ("berg", ["Anna Berg"]),
        ("an", ["Anna Berg"]),
        ("anna@example", ["Anna Berg"]),
        ("vip", ["Anna Berg", "김민수"]),
        ("vip 민수", ["김민수"]),
        ("박", ["박지성"]),
        ("nobody", []),
    ],
)
def test_search_finds_customers_by_any_part(shop: Shop, query: str, expected: list[str]) -> None:
    shop.app.register_customer(shop.actor, name="김민수", phone="010-5678-1234", tags=["VIP"])
    shop.app.register_customer(
        shop.actor,
        name="Anna Berg",
        email="anna@example.com",
        phone="+44 20 7946 0000",
        tags=["vip", "cyclist"],
    )
    shop.app.register_customer(shop.actor, name="박지성", phone="02-555-0199")
    assert [r["name"] for r in search_customers(shop.db, query)] == expected


def test_two_letter_search_skips_customers_without_phone(shop: Shop) -> None:
    shop.app.register_customer(shop.actor, name="김민수", phone="010-5678-1234")
    shop.app.register_customer(shop.actor, name="Anna Berg")
    assert [r["name"] for r in search_customers(shop.db, "민수")] == ["김민수"]
    assert [r["name"] for r in search_customers(shop.db, "12")] == ["김민수"]


def test_search_follows_a_name_change(shop: Shop) -> None:
    cid = shop.app.register_customer(shop.actor, name="이영희", phone="010-1111-2222")
    shop.app.change_details(shop.actor, cid, name="이영순", phone="010-3333-4444")
    assert search_customers(shop.db, "영희") == []
    assert search_customers(shop.db, "2222") == []
    assert [r["name"] for r in search_customers(shop.db, "영순")] == ["이영순"]
    assert [r["name"] for r in search_customers(shop.db, "4444")] == ["이영순"]


def test_bad_input_changes_nothing(shop: Shop) -> None:
    cid = shop.app.register_customer(shop.actor, name="김민수")
    before = shop.app.recorder.max_notification_id()
    bad_commands = [
        lambda: shop.app.log_contact(shop.actor, cid, channel="pigeon", summary="x"),
        lambda: shop.app.log_contact(shop.actor, cid, channel="phone", summary="   "),
        lambda: shop.app.request_return(shop.actor, cid, item="x", due="tomorrow"),
        lambda: shop.app.register_customer(shop.actor, name=""),
        lambda: shop.app.log_contact(shop.actor, "not-an-id", channel="phone", summary="x"),
        lambda: shop.app.send_gift(shop.actor, cid, what="flowers", cost="-5"),
        lambda: shop.app.receive_return(shop.actor, cid),
    ]
    for command in bad_commands:
        with pytest.raises(InvalidInput):
            command()
    assert shop.app.recorder.max_notification_id() == before
    assert len(timeline_rows(shop.db, str(cid))) == 1


def test_rebuild_gives_exactly_the_incremental_tables(data_dir: Path) -> None:
    config = Config.resolve(data_dir)
    with Shop(config, staff="지은") as shop:
        a = shop.app.register_customer(shop.actor, name="김민수", phone="010-5678-1234")
        b = shop.app.register_customer(shop.actor, name="Anna", tags=["vip"])
        shop.app.log_contact(shop.actor, a, channel="walk-in", summary="새 신발", connection=True)
        shop.app.change_details(shop.actor, b, name="Anna Berg", tags=["vip", "bmx"])
        entry = shop.app.raise_complaint(shop.actor, a, category="product", text="sole came off")
        shop.app.correct_entry(shop.actor, a, entry=entry, note="it was the heel")
        shop.app.schedule_followup(shop.actor, b, due="2026-12-02", reason="saddle")
        incremental = table_contents(shop.read)
        assert shop.rebuild() == shop.app.recorder.max_notification_id()
        assert table_contents(shop.read) == incremental


def test_opening_resumes_from_the_stored_position(data_dir: Path) -> None:
    config = Config.resolve(data_dir)
    with Shop(config) as shop:
        cid = shop.app.register_customer(shop.actor, name="김민수")
        position = shop.read.position()
    stored = ReadModels(config.readmodels_path)
    assert stored.position() == position  # what was read is remembered on disk
    stored.close()
    fill(config, customers=1, contacts_each=2)  # another process writes meanwhile
    with Shop(config) as reopened:
        assert reopened.read.position() == reopened.app.recorder.max_notification_id()
        assert reopened.read.position() > position
        assert len(timeline_rows(reopened.db, str(cid))) == 1
        assert reopened.catch_up() == 0


def test_killed_mid_catch_up_loses_nothing_and_doubles_nothing(data_dir: Path) -> None:
    config = Config.resolve(data_dir)
    fill(config, customers=60, contacts_each=30)
    app = ShopCareApplication(env=config.event_store_env())
    total = app.recorder.max_notification_id()
    app.close()
    opened: list[ReadModels] = []  # the read models, once there is a file to open

    def part_way() -> bool:
        if not opened and config.readmodels_path.exists():
            opened.append(ReadModels(config.readmodels_path))
        return bool(opened) and 0 < opened[0].position() < total

    kill_part_way(data_dir, {"SHOPCARE_PROJECTION_BATCH": "5"}, part_way)
    assert opened
    models = opened[0]
    stopped_at = models.position()
    assert 0 < stopped_at < total
    with Shop(config) as resumed:
        assert resumed.read.position() == total
        resumed_tables = table_contents(resumed.read)
        # every customer event once: one timeline row each, contact counts exact
        assert len(resumed_tables["timeline"]) == 60 * 32
        counts = {r[0] for r in resumed.db.execute("SELECT contacts FROM customers")}
        assert counts == {30}
        resumed.rebuild()
        assert table_contents(resumed.read) == resumed_tables


def test_two_processes_logging_at_once_both_land(data_dir: Path) -> None:
    config = Config.resolve(data_dir)
    with Shop(config) as shop:
        cid = shop.app.register_customer(shop.actor, name="김민수")
    script = (
        "import sys; from shopcare.service.config import Config; from shopcare.service import Shop\n"
        "with Shop(Config.resolve(sys.argv[1]), staff=sys.argv[3]) as s:\n"
        "    for i in range(40):\n"
        "        s.app.log_contact(s.actor, sys.argv[2], channel='phone', summary=f'c{i}')\n"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", script, str(data_dir), str(cid), who])
        for who in ("pc-a", "pc-b")
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    with Shop(config) as shop:
        rows = timeline_rows(shop.db, str(cid))
        assert len(rows) == 81
        assert sorted(r["entry"] for r in rows) == list(range(1, 82))
        (contacts,) = shop.db.execute("SELECT contacts FROM customers").fetchone()
        assert contacts == 80


def test_open_items_of_one_customer(shop: Shop) -> None:
    anna = shop.app.register_customer(shop.actor, name="Anna Berg")
    minsu = shop.app.register_customer(shop.actor, name="김민수")
    shop.app.request_return(shop.actor, anna, item="helmet")
    shop.app.request_return(shop.actor, minsu, item="운동화")
    shop.app.schedule_followup(shop.actor, minsu, due="2026-11-25", reason="back?")
    assert [r["item"] for r in open_returns(shop.db, str(minsu))] == ["운동화"]
    assert [r["item"] for r in open_returns(shop.db, str(anna))] == ["helmet"]
    assert followups_due(shop.db, customer_id=str(anna)) == []
    assert [r["reason"] for r in followups_due(shop.db, "2026-11-25", str(minsu))] == ["back?"]
    assert followups_due(shop.db, "2026-11-24", str(minsu)) == []
