"""One person entered twice: the duplicate finder and the merge (an event; nothing deleted)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from cli_run import run

from shopcare.domain.errors import InvalidInput
from shopcare.readmodels.customers import list_customers, search_customers
from shopcare.readmodels.duplicates import find_duplicates
from shopcare.readmodels.open_items import open_complaints, open_returns
from shopcare.readmodels.tasks import list_tasks
from shopcare.readmodels.timeline import recent_contacts, timeline_rows
from shopcare.reports.weekly_figures import weekly_review_data
from shopcare.service.shop import Shop


def stored(data_dir: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(data_dir / "events.sqlite") as db:
        return db.execute("SELECT rowid, * FROM stored_events ORDER BY rowid").fetchall()


def tables(shop: Shop) -> dict[str, list[tuple[Any, ...]]]:
    names = [
        r[0]
        for r in shop.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'"
            " AND name != 'positions' ORDER BY name"
        )
    ]
    return {n: sorted(map(tuple, shop.db.execute(f"SELECT * FROM [{n}]"))) for n in names}


@pytest.fixture
def twice(shop: Shop) -> tuple[str, str]:
    """김민수 registered at the counter, and again by phone a month later."""
    kept = str(
        shop.app.register_customer(
            shop.actor, name="김민수", phone="010-1111-2222", at="2026-09-01T10:00"
        )
    )
    shop.app.log_contact(
        shop.actor, kept, channel="walk-in", summary="운동화 구경", at="2026-09-02T11:00"
    )
    other = str(
        shop.app.register_customer(
            shop.actor,
            name="김 민수",
            email="minsu@example.kr",
            tags=["vip"],
            notes="발볼 넓음",
            at="2026-10-01T09:00",
        )
    )
    shop.app.log_contact(
        shop.actor,
        other,
        channel="phone",
        summary="부츠 재입고 문의",
        connection=True,
        minutes=50,
        at="2026-10-01T09:05",
    )
    shop.app.raise_complaint(
        shop.actor, other, category="delivery", text="배송이 늦었어요", at="2026-10-03T12:00"
    )
    shop.app.request_return(shop.actor, other, item="샌들", due="2026-10-20", at="2026-10-04T12:00")
    shop.app.add_task(shop.actor, other, title="부츠 들어오면 연락")
    return kept, other


def test_the_merged_customer_shows_both_histories_and_takes_over_what_is_open(
    shop: Shop, twice: tuple[str, str], data_dir: Path, capsys
) -> None:
    kept, other = twice
    before = stored(data_dir)
    code, out, err = run(data_dir, "merge", kept[:8], other[:8], "--json", capsys=capsys)
    assert code == 0, err
    assert json.loads(out) == {"kept": kept, "merged": other, "moved": 2}
    shop.catch_up()

    after = stored(data_dir)
    assert after[: len(before)] == before  # nothing deleted, no stored event changed
    assert len(after) == len(before) + 4  # merged, two items moved over, details filled

    rows = timeline_rows(shop.db, kept)
    assert [(r["customer_id"] == kept, r["kind"]) for r in rows[:6]] == [
        (True, "registered"),
        (True, "contact"),
        (False, "registered"),
        (False, "contact"),
        (False, "complaint"),
        (False, "return requested"),
    ]
    assert {r["kind"] for r in rows[6:]} == {"merged", "moved over", "details changed"}

    profile = search_customers(shop.db, "minsu@example")[0]
    assert profile["id"] == kept and profile["phone"] == "010-1111-2222"
    assert profile["tags"] == ["vip"] and profile["notes"] == "발볼 넓음"
    assert profile["contacts"] == 2
    assert [c["id"] for c in list_customers(shop.db)] == [kept]

    complaints = open_complaints(shop.db, kept)
    assert [c["text"] for c in complaints] == ["배송이 늦었어요"]
    assert complaints[0]["opened_at"].startswith("2026-10-03")
    assert [r["item"] for r in open_returns(shop.db, kept)] == ["샌들"]
    assert not open_complaints(shop.db, other) and not open_returns(shop.db, other)
    assert [t["title"] for t in list_tasks(shop.db, customer_id=kept)] == ["부츠 들어오면 연락"]
    assert {c["customer_id"] for c in recent_contacts(shop.db)} == {kept}

    # The other id now means the kept customer everywhere: show, log, close.
    code, out, _ = run(data_dir, "customer", "show", other, "--json", capsys=capsys)
    assert json.loads(out)["customer"]["id"] == kept
    code, _, err = run(
        data_dir, "complaint-resolved", other[:8], "--resolution", "사과드림", capsys=capsys
    )
    assert code == 0, err
    code, _, _ = run(
        data_dir, "log", other, "--channel", "email", "--summary", "감사 메일", capsys=capsys
    )
    shop.catch_up()
    assert not open_complaints(shop.db, kept)
    assert timeline_rows(shop.db, kept)[-1]["customer_id"] == kept
    assert shop.app.get_customer(other).id.hex == kept.replace("-", "")

    review = weekly_review_data(shop.db, "2026-W40", "shop")  # the week of the long call
    assert [c.customer for c in review.longest_conversations] == ["김민수"]

    before_rebuild = tables(shop)
    shop.rebuild()
    assert tables(shop) == before_rebuild  # a rebuild from zero gives the same tables


def test_a_merge_is_refused_when_it_makes_no_sense(
    shop: Shop, twice: tuple[str, str], data_dir: Path, capsys
) -> None:
    kept, other = twice
    before = stored(data_dir)
    for args in ((kept, kept), (kept, "ffffffff"), (kept[:8], kept[:8].upper())):
        code, out, err = run(data_dir, "merge", *args, capsys=capsys)
        assert code == 2 and out == "" and err.count("\n") == 1, args
    assert stored(data_dir) == before
    assert run(data_dir, "merge", kept, other, capsys=capsys)[0] == 0
    code, _, err = run(data_dir, "merge", other, kept, capsys=capsys)  # already one customer
    assert code == 2 and "already one customer" in err
    with pytest.raises(InvalidInput, match="data-merge-same"):
        shop.app.merge_customers(shop.actor, kept, other)


def test_the_duplicate_finder_sees_same_phones_emails_and_near_names(
    shop: Shop, data_dir: Path, capsys
) -> None:
    add = shop.app.register_customer
    a = str(add(shop.actor, name="Anna Berg", phone="010-3333-4444", at="2026-01-01T10:00"))
    b = str(add(shop.actor, name="Ana Berg", at="2026-02-01T10:00"))
    c = str(add(shop.actor, name="A. Berg", phone="01033334444", at="2026-03-01T10:00"))
    d = str(add(shop.actor, name="김민수", email="ms@example.kr", at="2026-01-05T10:00"))
    e = str(add(shop.actor, name="민수 김", email="MS@example.kr", at="2026-01-06T10:00"))
    add(shop.actor, name="김민서", at="2026-01-07T10:00")  # a different person
    add(shop.actor, name="김민수", at="2026-01-08T10:00")
    found = {(x.keep["id"], x.other["id"]): x.reasons for x in find_duplicates(shop.db)}
    names = {r["id"]: r["name"] for r in list_customers(shop.db)}
    assert found[(a, c)] == ("phone",)
    assert found[(a, b)] == ("name",)
    assert found[(d, e)] == ("email",)
    assert not any("김민서" in (names[k], names[o]) for k, o in found)
    code, out, _ = run(data_dir, "duplicates", "--json", capsys=capsys)
    assert code == 0
    assert {(x["keep"], x["other"]) for x in json.loads(out)} == set(found)
    assert json.loads(out)[0]["reasons"] in (["phone"], ["email"])
