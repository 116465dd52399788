"""Forgetting a person, checked byte by byte: marker strings in every field, then every
file in the data folder scanned for them (events, write-ahead log, read models, free
pages), before and after restoring a backup made while the person was still there."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import psycopg
import pytest
from cli_run import run
from postgres_helpers import DBNAME, HOST, USER

from shopcare.domain.errors import InvalidInput
from shopcare.readmodels.customers import list_customers, search_customers
from shopcare.readmodels.tasks import list_tasks
from shopcare.reports.weekly_figures import weekly_review_data
from shopcare.service.config import Config
from shopcare.service.forget import forget
from shopcare.service.shop import Shop

#: Unusual strings put in every personal field; none may survive anywhere.
MARKERS = [
    "QZXNAME",
    "마커수",
    "010-9876-5432",
    "01098765432",
    "010-5555-4444",
    "01055554444",
    "qzx.email@example.kr",
    "QZXADDRESS",
    "QZXPOSTAL",
    "1977-07-17",
    "QZXNOTES",
    "QZXSUMMARY",
    "QZXBEYOND",
    "QZXITEM",
    "QZXCOMPLAINT",
    "QZXLIFE",
    "QZXSENTTO",
    "QZXFOLLOW",
    "QZXCORRECT",
    "QZXTASK",
    "QZXGIFT",
    "qzx",  # lower case: the search index keeps names as lower-case trigrams
]
NAME = "QZXNAME 마커수"
WEEK = "2026-W47"


def markers_in(folder: Path, skip: str = "backups") -> dict[str, list[str]]:
    """Which markers are in which file under ``folder`` (the backups folder left out)."""
    found: dict[str, list[str]] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or skip in path.relative_to(folder).parts:
            continue
        data = path.read_bytes()
        hits = [m for m in MARKERS if m.encode("utf-8") in data]
        if hits:
            found[str(path.relative_to(folder))] = hits
    return found


def the_person(shop: Shop) -> str:
    """A customer with a marker in every field they have, and a neighbour who mentions them."""
    app, me = shop.app, shop.actor
    cid = str(
        app.register_customer(
            me,
            name=NAME,
            phone="010-9876-5432",
            email="qzx.email@example.kr",
            address="QZXADDRESS 테헤란로 7",
            postal_code="QZXPOSTAL",
            birthday="1977-07-17",
            tags=["qzxtag"],
            notes="QZXNOTES 발볼 넓음",
            at="2026-11-16T10:00",
        )
    )
    app.change_details(me, cid, phone="010-5555-4444")  # the old number must go too
    app.log_contact(
        me,
        cid,
        channel="phone",
        summary="QZXSUMMARY 부츠 문의",
        went_beyond="QZXBEYOND",
        connection=True,
        minutes=45,
        at="2026-11-17T10:00",
    )
    app.note_purchase(me, cid, item="QZXITEM 등산화", amount="89000", at="2026-11-17T11:00")
    app.raise_complaint(me, cid, category="delivery", text="QZXCOMPLAINT", at="2026-11-18T10:00")
    app.receive_feedback(
        me, cid, polarity="positive", text="QZXSUMMARY 최고", at="2026-11-18T12:00"
    )
    app.note_life_event(me, cid, kind="bereavement", note="QZXLIFE 어머님", at="2026-11-19T10:00")
    app.refer_elsewhere(me, cid, item="QZXITEM", sent_to="QZXSENTTO", at="2026-11-19T11:00")
    app.schedule_followup(me, cid, due="2026-11-30", reason="QZXFOLLOW")
    app.correct_entry(me, cid, entry=4, note="QZXCORRECT 금액 오타")
    done = app.add_task(me, cid, title="QZXTASK 꽃 보내기", note="QZXTASK")
    app.complete_task(me, done, what="QZXGIFT 꽃다발", cost="30000", note="QZXGIFT")
    app.add_task(me, cid, title="QZXTASK 전화")  # still open when they are forgotten
    neighbour = app.register_customer(
        me, name="Keep Me", phone="010-1212-3434", at="2026-11-16T09:00"
    )
    app.log_contact(
        me,
        neighbour,
        channel="walk-in",
        summary=f"came in with {NAME}님 KEEPMARKER",
        at="2026-11-20T10:00",
    )
    shop.catch_up()
    return cid


def figures(shop: Shop) -> dict[str, Any]:
    data = weekly_review_data(shop.db, WEEK, "shop")
    return {
        "channels": data.contacts_by_channel,
        "staff": data.contacts_by_staff,
        "ratio": (data.positive, data.negative),
        "connections": data.connections_made,
        "gifts": data.gifts_sent,
    }


def test_a_forgotten_person_is_in_no_byte_of_the_data_folder_even_after_a_restore(
    shop: Shop, data_dir: Path, capsys
) -> None:
    cid = the_person(shop)
    counts = figures(shop)
    assert counts["channels"] and markers_in(data_dir)  # the markers are there to begin with
    code, out, _ = run(data_dir, "backup", "--json", capsys=capsys)
    before = Path(json.loads(out)["path"])

    code, out, err = run(data_dir, "forget", cid[:8], "--yes", "--json", capsys=capsys)
    assert code == 0, err
    report = json.loads(out)
    assert report["forgotten"] == [cid] and report["events"] >= 14 and report["mentions"] == 1
    assert report["backups_holding"] == [str(before)]
    assert markers_in(data_dir) == {}
    assert not (data_dir / "events.sqlite-wal").exists() or not markers_in(data_dir)

    shop.catch_up()
    assert figures(shop) == counts  # the week's numbers stay, anonymously
    assert [c["name"] for c in list_customers(shop.db)] == ["Keep Me"]
    assert not search_customers(shop.db, "마커수") and not search_customers(shop.db, "9876")
    statuses = sorted(t["status"] for t in list_tasks(shop.db, customer_id=cid))
    assert statuses[0] == "dismissed" and statuses.count("done") == 1  # open ones are off
    assert set(statuses) <= {"dismissed", "done", "joined"}  # joined: told on another act
    keep = search_customers(shop.db, "Keep")[0]
    code, out, _ = run(data_dir, "customer", "show", keep["id"], "--json", capsys=capsys)
    assert "KEEPMARKER" in out and "came in with 님" in out and "QZX" not in out
    with pytest.raises(InvalidInput, match="data-customer-forgotten"):
        shop.app.log_contact(shop.actor, cid, channel="phone", summary="again")
    code, _, err = run(data_dir, "log", cid, "--channel", "phone", "--summary", "x", capsys=capsys)
    assert code == 2 and "forgotten" in err

    # A backup from before still holds them; restoring it forgets them again at once.
    code, out, err = run(data_dir, "restore", str(before), "--yes", "--json", capsys=capsys)
    assert code == 0, err
    assert json.loads(out)["forgotten_again"] == 1
    scan = markers_in(data_dir)
    assert scan == {}, scan
    assert markers_in(data_dir / "backups", skip="-")[before.name]  # the backup is untouched
    with Shop(Config.resolve(data_dir)) as restored:
        assert [c["name"] for c in list_customers(restored.db)] == ["Keep Me"]
        assert figures(restored) == counts
    code, out, _ = run(data_dir, "forget", keep["id"], "--yes", capsys=capsys)  # list grows
    assert json.loads((data_dir / "forgotten.json").read_text())["forgotten"].keys() == {
        cid,
        keep["id"],
    }


def test_forgetting_a_merged_person_forgets_both_records_and_asks_first(
    shop: Shop, data_dir: Path, capsys
) -> None:
    cid = the_person(shop)
    twice = str(
        shop.app.register_customer(shop.actor, name="QZXNAME 두번", email="qzx2@example.kr")
    )
    shop.app.merge_customers(shop.actor, cid, twice)
    code, out, err = run(data_dir, "forget", twice, capsys=capsys)  # no --yes, no terminal
    assert code == 2 and "--yes" in err and markers_in(data_dir)
    code, out, err = run(data_dir, "forget", twice, "--yes", "--json", capsys=capsys)
    assert code == 0, err
    assert sorted(json.loads(out)["forgotten"]) == sorted([cid, twice])
    assert markers_in(data_dir) == {}
    tables = {}
    for name in ("timeline", "tasks", "customers", "open_returns", "care_facts"):
        tables[name] = sorted(map(tuple, shop.db.execute(f"SELECT * FROM {name}")))
    shop.rebuild()
    for name, rows in tables.items():  # the views equal a rebuild from the erased log
        assert sorted(map(tuple, shop.db.execute(f"SELECT * FROM {name}"))) == rows, name


def server_hits(schema: str) -> tuple[int, list[str]]:
    """Markers in the files of the schema's tables, indexes and TOAST on the server
    (read by the server itself: the test user is its superuser); and how many files."""
    dsn = f"host={HOST} port=5432 dbname={DBNAME} user={USER}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("CHECKPOINT")  # what is in memory goes to the files
        paths = conn.execute(
            "SELECT pg_relation_filepath(c.oid) FROM pg_class c JOIN pg_namespace n"
            " ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relkind IN ('r', 'i')"
            " UNION SELECT pg_relation_filepath(c.reltoastrelid) FROM pg_class c"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = %s AND c.reltoastrelid != 0",
            [schema, schema],
        ).fetchall()
        hits: set[str] = set()
        for (path,) in paths:
            data = bytes(conn.execute("SELECT pg_read_binary_file(%s::text)", [path]).fetchone()[0])
            hits |= {m for m in MARKERS if m.encode("utf-8") in data}
        return len(paths), sorted(hits)


@pytest.mark.postgres
def test_forgetting_on_the_server_erases_its_tables_and_every_pcs_views(
    postgres_server,
    tmp_path: Path,
    capsys,
) -> None:
    schema = postgres_server()
    front, back = tmp_path / "front-desk", tmp_path / "back-office"
    with Shop(Config.resolve(front), staff="지은") as shop:
        cid = the_person(shop)
    with Shop(Config.resolve(back), staff="Owner") as other_pc:
        assert markers_in(back)  # the other PC's views hold the person too
        files, hits = server_hits(schema)
        assert files >= 3 and "QZXCOMPLAINT" in hits  # the scan sees what is there
        code, _, err = run(front, "forget", cid, "--yes", capsys=capsys)
        assert code == 0, err
        assert server_hits(schema)[1] == []
        other_pc.catch_up()  # it hears of the forgetting and builds its views again
        assert markers_in(back) == {}
        assert [c["name"] for c in list_customers(other_pc.db)] == ["Keep Me"]
    assert markers_in(front) == {}


def test_mentions_are_cut_where_they_are_names_not_inside_other_words() -> None:
    from shopcare.domain.forgetting import redact, scrub_state

    needles = {"Ann Lee", "김민수", "010-1234-5678"}
    assert redact("with Ann Lee, Ann Leeds and 김민수님", needles) == "with , Ann Leeds and 님"
    assert redact(["call 010-1234-5678 now", 3], needles) == ["call  now", 3]
    state = {
        "name": "김민수",
        "tags": ["vip"],
        "changes": {"phone": "010", "birthday": "1990-01-01"},
        "amount": "45000",
        "channel": "phone",
        "occurred_at": "2026-11-20T10:00:00+09:00",
        "facts": {"name": "김민수", "number": 5},
    }
    assert scrub_state(state) == {
        "name": "",
        "tags": [],
        "changes": {"phone": "", "birthday": ""},
        "amount": "45000",
        "channel": "phone",
        "occurred_at": "2026-11-20T10:00:00+09:00",
        "facts": {"name": "", "number": 5},
    }
    assert scrub_state(scrub_state(state)) == scrub_state(state)


def test_merged_and_forgotten_customers_rebuild_the_same_on_the_bulk_path(
    shop: Shop, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from shopcare.readmodels import store

    app, me = shop.app, shop.actor
    ids = [
        str(app.register_customer(me, name=f"손님 {i:02d}", phone=f"010-4000-{1000 + i}"))
        for i in range(30)
    ]
    for cid in ids:
        for n in range(3):
            app.log_contact(me, cid, channel="phone", summary=f"문의 {n}")
    app.merge_customers(me, ids[0], ids[1])
    cid = the_person(shop)
    with Shop(Config.resolve(data_dir)) as other:
        forget(other, cid)
    shop.catch_up()
    before = {
        n: sorted(map(tuple, shop.db.execute(f"SELECT * FROM [{n}]")))
        for n in ("customers", "timeline", "tasks", "merged_customers", "name_grams")
    }
    monkeypatch.setattr(store, "BULK_AFTER", 50)
    monkeypatch.setattr(store, "BULK_BATCH", 64)
    shop.read.rebuild(shop.app, batch=20)  # in bulk: triggers and search index come after
    for name, rows in before.items():
        assert sorted(map(tuple, shop.db.execute(f"SELECT * FROM [{name}]"))) == rows, name
    assert [r["name"] for r in search_customers(shop.db, "4000-1000")] == ["손님 00"]
    assert search_customers(shop.db, "4000-1001") == [] and not search_customers(shop.db, "마커수")
    assert shop.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
