"""Each command works on its own copy of a customer: what one command changed and did
not save (it was refused half-way, its save failed) is not there for the next."""

from __future__ import annotations

from shopcare.service.shop import Shop


def test_changes_not_saved_are_not_seen_by_the_next_command(shop: Shop) -> None:
    cid = shop.app.register_customer(shop.actor, name="김민수", tags=["단골"])
    entry = shop.app.request_return(shop.actor, cid, item="운동화")
    first = shop.app.get_customer(cid)
    first.tags.append("vip")
    first.open_returns.clear()
    first.corrected[entry] = True
    first.log_contact(
        shop.actor.stamp(shop.app.clock()),
        channel="phone",
        direction="in",
        summary="저장하지 않음",
        topics=[],
        touchpoint=None,
        sentiment="neutral",
        connection=False,
        minutes=None,
        went_beyond="",
    )
    again = shop.app.get_customer(cid)
    assert again.tags == ["단골"]
    assert again.open_returns == {entry: "운동화"}
    assert again.corrected == {}
    assert again.version == entry and not again.pending_events
    shop.app.log_contact(shop.actor, cid, channel="phone", summary="저장함")
    assert shop.app.get_customer(cid).version == entry + 1
