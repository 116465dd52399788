"""Several PCs on one PostgreSQL server: the eventsourcing library's own persistence.

Needs the server on 127.0.0.1:5432 (database ``test``, trust auth). Without one these
tests skip, saying so; with SHOPCARE_REQUIRE_POSTGRES=1 (as in CI) they fail instead.
"""

from __future__ import annotations

from pathlib import Path

from shopcare.readmodels.customers import search_customers
from shopcare.readmodels.timeline import timeline_rows
from shopcare.service.config import Config
from shopcare.service.shop import Shop


def test_two_pcs_share_one_server_and_see_each_others_contacts(
    postgres_schema: str, tmp_path: Path
) -> None:
    front_desk = Shop(Config.resolve(tmp_path / "front-desk"), staff="지은")
    back_office = Shop(Config.resolve(tmp_path / "back-office"), staff="Owner")
    try:
        assert front_desk.config.postgres is not None
        assert not (tmp_path / "front-desk" / "events.sqlite").exists()
        cid = front_desk.app.register_customer(
            front_desk.actor, name="김민수", phone="010-5678-1234"
        )
        front_desk.app.log_contact(front_desk.actor, cid, channel="phone", summary="boots")

        back_office.catch_up()
        assert [r["name"] for r in search_customers(back_office.db, "1234")] == ["김민수"]
        back_office.app.log_contact(
            back_office.actor, cid, channel="phone", direction="out", summary="called back"
        )

        assert front_desk.catch_up() == 1
        rows = timeline_rows(front_desk.db, str(cid))
        assert [(r["staff"], r["kind"]) for r in rows] == [
            ("지은", "registered"),
            ("지은", "contact"),
            ("Owner", "contact"),
        ]
    finally:
        front_desk.close()
        back_office.close()


def test_a_stale_copy_on_another_pc_loses_no_contact(postgres_schema: str, tmp_path: Path) -> None:
    one = Shop(Config.resolve(tmp_path / "one"), staff="A")
    two = Shop(Config.resolve(tmp_path / "two"), staff="B")
    try:
        cid = one.app.register_customer(one.actor, name="Anna Berg")
        two.app.get_customer(cid)  # PC two now holds version 1 in its cache
        one.app.log_contact(one.actor, cid, channel="phone", summary="from one")
        two.app.log_contact(two.actor, cid, channel="email", summary="from two")
        two.catch_up()
        rows = timeline_rows(two.db, str(cid))
        assert [r["entry"] for r in rows] == [1, 2, 3]
        assert {r["data"]["summary"] for r in rows[1:]} == {"from one", "from two"}
    finally:
        one.close()
        two.close()


def test_rebuild_from_the_server_gives_the_same_tables(
    postgres_schema: str, tmp_path: Path
) -> None:
    with Shop(Config.resolve(tmp_path / "pc"), staff="지은") as shop:
        cid = shop.app.register_customer(shop.actor, name="박지성", tags=["vip"])
        shop.app.raise_complaint(shop.actor, cid, category="delivery", text="late")
        shop.app.resolve_complaint(shop.actor, cid, resolution="refund")
        before = timeline_rows(shop.db, str(cid))
        shop.rebuild()
        assert timeline_rows(shop.db, str(cid)) == before
