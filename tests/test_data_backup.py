"""Backups and restore, end to end on real files (and a real PostgreSQL server)."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cli_run import run
from postgres_helpers import use_sqlite

from shopcare.clock import fixed, use_clock
from shopcare.readmodels.customers import list_customers
from shopcare.readmodels.timeline import timeline_rows
from shopcare.service.backup import (
    BackupInfo,
    backup_folder,
    backup_health,
    backup_if_moved,
    keep_by_rotation,
    list_backups,
    make_backup,
    thin_backups,
)
from shopcare.service.config import Config
from shopcare.service.shop import Shop


def fill(shop: Shop, n: int = 3) -> list[str]:
    ids = []
    for i in range(n):
        cid = shop.app.register_customer(
            shop.actor, name=f"김민수{i}", phone=f"010-5678-12{i:02d}", tags=["vip"]
        )
        shop.app.log_contact(shop.actor, cid, channel="phone", summary=f"부츠 문의 {i}")
        shop.app.raise_complaint(shop.actor, cid, category="delivery", text="late")
        ids.append(str(cid))
    return ids


def what_the_shop_holds(data_dir: Path) -> list[Any]:
    """Every customer with their timeline (positions left out: a server numbers anew)."""
    with Shop(Config.resolve(data_dir)) as shop:
        out = []
        for c in list_customers(shop.db):
            rows = [
                {k: v for k, v in r.items() if k != "position"}
                for r in timeline_rows(shop.db, c["id"])
            ]
            out.append((c, rows))
        return out


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_backup_is_a_checked_copy_listed_with_its_date_and_events(data_dir: Path, capsys) -> None:
    with Shop(Config.resolve(data_dir)) as shop:
        fill(shop)
    code, out, _ = run(data_dir, "backup", "--json", capsys=capsys)
    assert code == 0
    path = Path(json.loads(out)["path"])
    assert path.parent == data_dir / "backups" and path.name.startswith("events-")
    with sqlite3.connect(path) as db:  # a portable file in the library's own layout
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT count(*) FROM stored_events").fetchone()[0] == 12
    assert not Path(str(path) + "-wal").exists()

    code, out, _ = run(data_dir, "backups", "--json", capsys=capsys)
    listed = json.loads(out)["backups"]
    assert [(b["path"], b["events"], b["kind"]) for b in listed] == [(str(path), 12, "backup")]
    code, out, _ = run(data_dir, "backups", capsys=capsys)
    assert "12 events" in out and path.name in out


def test_automatic_backups_skip_when_nothing_moved_and_old_ones_are_thinned(
    data_dir: Path,
) -> None:
    config = Config.resolve(data_dir)
    start = datetime(2026, 1, 1, 18, 0).astimezone()
    with Shop(config) as shop:
        cid = shop.app.register_customer(shop.actor, name="Anna Berg")
        made = []
        for day in range(24):
            with use_clock(fixed(start + timedelta(days=day))):
                if day:
                    assert backup_if_moved(config) is None  # nothing moved since yesterday
                shop.app.log_contact(shop.actor, cid, channel="phone", summary=f"day {day}")
                made.append(backup_if_moved(config))
                assert made[-1] is not None
                assert backup_if_moved(config, older_than=timedelta(days=1)) is None
        kept = list_backups(backup_folder(config))
    assert kept[0] == made[-1]  # the newest is always kept
    days = [b.made_at.astimezone().date() for b in kept]
    newest = days[0]
    assert days[:7] == [newest - timedelta(days=i) for i in range(7)]
    weeks = [d.isocalendar()[:2] for d in days[7:]]
    assert len(weeks) == len(set(weeks)) >= 2 and days[-1] < newest - timedelta(days=14)
    assert thin_backups(backup_folder(config)) == []  # thinning again changes nothing


def test_rotation_keeps_7_days_8_weeks_and_12_months_of_a_long_run() -> None:
    start = datetime(2025, 1, 1, 19, 0).astimezone()
    backups = [
        BackupInfo(
            Path(f"b{i}"), start + timedelta(days=i, minutes=i % 60), i, i, "sqlite", "backup"
        )
        for i in range(800)
    ]
    backups += [  # a second copy on some days: only the newest of a day counts
        BackupInfo(Path(f"a{i}"), b.made_at - timedelta(hours=3), 0, 0, "sqlite", "backup")
        for i, b in enumerate(backups)
        if i % 3 == 0
    ]
    kept = keep_by_rotation(backups)
    when = {b.path: b.made_at.astimezone() for b in backups}
    tiers = {
        tier: sorted((when[p] for p, t in kept.items() if t == tier), reverse=True)
        for tier in ("day", "week", "month")
    }
    assert [len(tiers[t]) for t in ("day", "week", "month")] == [7, 8, 12]
    assert Path("b799") in kept and not any(p.name.startswith("a") for p in kept)
    days = [d.date() for d in tiers["day"]]
    assert days == [days[0] - timedelta(days=i) for i in range(7)]
    all_weeks = [d.isocalendar()[:2] for d in tiers["day"] + tiers["week"]]
    assert len(set(all_weeks[7:])) == 8 and not set(all_weeks[7:]) & set(all_weeks[:7])
    months = {(d.year, d.month) for d in tiers["month"]}
    assert len(months) == 12
    assert min(tiers["month"]) > max(when.values()) - timedelta(days=31 * 15)


def test_the_window_hears_when_backups_are_stale_or_the_folder_is_gone(
    data_dir: Path, tmp_path: Path, capsys
) -> None:
    config = Config.resolve(data_dir)
    with Shop(config) as shop:
        fill(shop, 1)
    assert backup_health(config) == ("none", None)
    made = make_backup(config)
    assert backup_health(config) == ("ok", made)
    with use_clock(fixed(datetime.now().astimezone() + timedelta(days=8))):
        assert backup_health(config)[0] == "stale"

    stick = tmp_path / "usb"
    stick.mkdir()
    code, _, _ = run(data_dir, "backups", "--use", str(stick), capsys=capsys)
    assert code == 0
    code, out, _ = run(data_dir, "backup", "--json", capsys=capsys)
    assert Path(json.loads(out)["path"]).parent == stick
    stick.joinpath(Path(json.loads(out)["path"]).name).unlink()
    stick.rmdir()  # the stick is pulled out
    assert backup_health(config) == ("folder-missing", None)
    code, out, err = run(data_dir, "backup", capsys=capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "is not there" in err


def test_restore_over_a_damaged_store_brings_the_shop_back_and_keeps_the_damaged_copy(
    data_dir: Path, capsys
) -> None:
    with Shop(Config.resolve(data_dir)) as shop:
        fill(shop)
    before = what_the_shop_holds(data_dir)
    code, out, _ = run(data_dir, "backup", "--json", capsys=capsys)
    backup = Path(json.loads(out)["path"])
    with Shop(Config.resolve(data_dir)) as shop:  # written after the backup: lost by restoring
        shop.app.register_customer(shop.actor, name="나중에 온 손님")
    events = data_dir / "events.sqlite"
    damaged = bytearray(events.read_bytes())
    damaged[100:4196] = b"\xde\xad" * 2048  # the header and first page are garbage
    events.write_bytes(bytes(damaged))
    (data_dir / "readmodels.sqlite").write_bytes(b"not a database at all")
    with pytest.raises(Exception):  # noqa: B017 - the store really is broken
        Shop(Config.resolve(data_dir)).close()

    code, out, err = run(data_dir, "restore", str(backup), "--yes", "--json", capsys=capsys)
    assert code == 0, err
    report = json.loads(out)
    assert report["events"] == 12 and report["customers"] == 3 and report["into"] == "sqlite"
    assert what_the_shop_holds(data_dir) == before
    safety = Path(report["safety_copy"])
    assert safety.parent == data_dir / "backups" and safety.read_bytes() == bytes(damaged)


def test_restore_refuses_a_file_that_is_not_a_backup_and_changes_nothing(
    data_dir: Path, tmp_path: Path, capsys
) -> None:
    with Shop(Config.resolve(data_dir)) as shop:
        fill(shop, 1)
    code, out, _ = run(data_dir, "backup", "--json", capsys=capsys)
    good = Path(json.loads(out)["path"])
    not_backup = tmp_path / "photo.sqlite"
    not_backup.write_bytes(b"\x89PNG not a database")
    half = tmp_path / "half.sqlite"
    half.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    unknown = tmp_path / "unknown.sqlite"
    unknown.write_bytes(good.read_bytes())
    with sqlite3.connect(unknown) as db:
        db.execute("UPDATE stored_events SET topic = 'shopcare.domain.nothing:Gone'")
    before = files_of(data_dir)
    for bad in (not_backup, half, unknown, tmp_path / "missing.sqlite"):
        code, out, err = run(data_dir, "restore", str(bad), "--yes", capsys=capsys)
        assert code == 2 and out == "", bad
        assert err.startswith("shopcare: ") and err.count("\n") == 1, err
    code, out, err = run(data_dir, "restore", str(good), capsys=capsys)  # no --yes, no terminal
    assert code == 2 and "--yes" in err
    assert files_of(data_dir) == before


@pytest.mark.postgres
def test_a_shop_moves_from_a_server_to_one_pc_and_back(
    postgres_server,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys,
) -> None:
    postgres_server()
    server_pc = tmp_path / "server-pc"
    with Shop(Config.resolve(server_pc)) as shop:
        fill(shop)
        shop.app.resolve_complaint(shop.actor, list_customers(shop.db)[0]["id"], resolution="ok")
    on_server = what_the_shop_holds(server_pc)
    code, out, _ = run(server_pc, "backup", "--json", capsys=capsys)
    assert code == 0
    portable = Path(json.loads(out)["path"])

    use_sqlite(monkeypatch)
    laptop = tmp_path / "laptop"
    code, out, err = run(laptop, "restore", str(portable), "--yes", "--json", capsys=capsys)
    assert code == 0, err
    assert json.loads(out)["into"] == "sqlite"
    assert what_the_shop_holds(laptop) == on_server
    with Shop(Config.resolve(laptop)) as shop:
        shop.app.log_contact(
            shop.actor, list_customers(shop.db)[1]["id"], channel="email", summary="x"
        )
    on_laptop = what_the_shop_holds(laptop)
    code, out, _ = run(laptop, "backup", "--json", capsys=capsys)
    back = Path(json.loads(out)["path"])

    postgres_server()  # a new, empty schema on the server
    new_pc = tmp_path / "new-server-pc"
    code, out, err = run(new_pc, "restore", str(back), "--yes", "--json", capsys=capsys)
    assert code == 0, err
    assert json.loads(out)["into"] == "postgres" and json.loads(out)["safety_copy"] is None
    assert what_the_shop_holds(new_pc) == on_laptop
    code, out, err = run(new_pc, "restore", str(back), "--yes", capsys=capsys)
    assert code == 2 and "empty" in err  # never over a store that has events
    assert what_the_shop_holds(new_pc) == on_laptop


def test_a_window_left_open_during_a_restore_sees_the_restored_shop(data_dir: Path, capsys) -> None:
    """Another window (here: its open read-model connection) is not left reading a
    deleted file: the restored views are copied into the file it has open."""
    with Shop(Config.resolve(data_dir)) as shop:
        fill(shop, n=2)
    code, out, _ = run(data_dir, "backup", "--json", capsys=capsys)
    backup = Path(json.loads(out)["path"])
    with Shop(Config.resolve(data_dir)) as shop:
        shop.app.register_customer(shop.actor, name="나중에 온 손님")
    with Shop(Config.resolve(data_dir), follow=False) as window:
        assert len(list_customers(window.db)) == 3
        code, _, err = run(data_dir, "restore", str(backup), "--yes", capsys=capsys)
        assert code == 0, err
        names = sorted(c["name"] for c in list_customers(window.db))
        assert names == ["김민수0", "김민수1"]


def test_a_restore_waits_for_a_rebuild_that_is_running(data_dir: Path, capsys) -> None:
    """A rebuild running elsewhere read the old log: the restore waits for it to end,
    then builds the views from the restored log (it is not refused, nor overtaken)."""
    import threading

    from shopcare.service.rebuild import rebuild_lock

    with Shop(Config.resolve(data_dir)) as shop:
        fill(shop, n=2)
    out = run(data_dir, "backup", "--json", capsys=capsys)[1]
    backup = Path(json.loads(out)["path"])
    with Shop(Config.resolve(data_dir)) as shop:
        shop.app.register_customer(shop.actor, name="나중에 온 손님")
    holding, release = threading.Event(), threading.Event()

    def other_rebuild() -> None:
        with rebuild_lock(Config.resolve(data_dir).readmodels_path):
            holding.set()
            release.wait(30)

    other = threading.Thread(target=other_rebuild)
    other.start()
    assert holding.wait(10)
    done: list[int] = []
    restore = threading.Thread(
        target=lambda: done.append(run(data_dir, "restore", str(backup), "--yes", capsys=capsys)[0])
    )
    restore.start()
    restore.join(1.0)
    assert restore.is_alive() and not done  # waiting, not refused
    release.set()
    other.join(10)
    restore.join(60)
    assert done == [0]
    with Shop(Config.resolve(data_dir)) as shop:
        assert sorted(c["name"] for c in list_customers(shop.db)) == ["김민수0", "김민수1"]
