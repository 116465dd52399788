"""After a save the views hold it at once: the events just stored are applied as saved
(not read back from the log) when they follow on from the views; when another process
saved in between, the views read the log and miss nothing."""

from __future__ import annotations

from pathlib import Path

from shopcare.application import Actor, ShopCareApplication
from shopcare.readmodels.customers import search_customers
from shopcare.readmodels.store import ReadModels
from shopcare.readmodels.timeline import timeline_rows
from shopcare.service.config import Config
from shopcare.service.shop import Shop


def test_a_logged_contact_is_on_the_timeline_at_once(shop: Shop) -> None:
    cid = shop.app.register_customer(shop.actor, name="김민수")
    shop.app.log_contact(shop.actor, cid, channel="phone", summary="사이즈 문의")
    assert [r["kind"] for r in timeline_rows(shop.db, str(cid))][-1] == "contact"
    assert shop.read.position() == shop.head()


def test_what_another_process_saved_first_is_not_skipped(data_dir: Path) -> None:
    config = Config.resolve(data_dir)
    with Shop(config, staff="지은") as shop:
        cid = shop.app.register_customer(shop.actor, name="김민수")
        other = ShopCareApplication(env=config.event_store_env())  # another process
        try:
            newcomer = other.register_customer(Actor("민호"), name="박서준")
            other.log_contact(Actor("민호"), cid, channel="walk-in", summary="들렀어요")
        finally:
            other.close()
        shop.app.log_contact(shop.actor, cid, channel="phone", summary="사이즈 문의")
        assert [r["id"] for r in search_customers(shop.db, "박서준")] == [str(newcomer)]
        kinds = [(r["kind"], r["staff"]) for r in timeline_rows(shop.db, str(cid))]
        assert kinds[-2:] == [("contact", "민호"), ("contact", "지은")]
        assert shop.read.position() == shop.head()
    # The views hold exactly what catching up from nothing gives.
    with Shop(config, staff="지은", follow=False) as fresh:
        rebuilt = ReadModels(data_dir / "again.sqlite")
        rebuilt.catch_up(fresh.app)
        for table in ("customers", "timeline"):
            query = f"SELECT * FROM {table} ORDER BY 1, 2"
            assert fresh.db.execute(query).fetchall() == rebuilt.db.execute(query).fetchall()
        rebuilt.close()
