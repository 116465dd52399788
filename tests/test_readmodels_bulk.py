"""A long catch-up (bulk, with or without a helper process) gives exactly the tables that
catching up one save at a time gives, on a shop with every kind of event; and a load
killed half-way leaves read models that are consistent and finish by themselves."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from shopcare.readmodels import store, weekly_facts
from shopcare.readmodels.customers import search_customers
from shopcare.readmodels.helper import HELPER_ARG, Helper
from shopcare.readmodels.store import ReadModels
from shopcare.readmodels.tasks import list_tasks
from shopcare.service.config import Config
from shopcare.service.demo import fill_demo_shop
from shopcare.service.shop import Shop

from interrupted import kill_part_way, positions_reached  # isort: skip
from test_core_readmodels import fill, table_contents  # isort: skip


def _index_names(models: ReadModels) -> set[str]:
    return {
        row[0]
        for row in models.db.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL"
        )
    }


def varied_shop(shop: Shop) -> None:
    """A demo shop (contacts, purchases, returns, complaints, follow-ups, life events,
    referrals, gifts, kind acts done, dismissed, enriched and joined, settings), then
    what the demo does not do: name and tag changes, corrections that withdraw and
    that do not, acts scheduled, a merge that moves open items over, a forgotten person."""
    fill_demo_shop(shop, customers=40, days=200)
    app, by = shop.app, shop.actor
    ids = [r[0] for r in shop.db.execute("SELECT id FROM customers ORDER BY name, id")]
    app.change_details(by, ids[0], name="김민준", tags=["단골", "vip"])
    app.change_details(by, ids[1], phone="010-5678-1234")
    entry = app.request_return(by, ids[2], item="구두", due="2026-12-01")
    app.correct_entry(by, ids[2], entry=entry, note="다른 고객", void=True)
    app.correct_entry(by, ids[2], entry=1, note="이름 철자")
    app.schedule_followup(by, ids[3], due="2026-12-02", reason="사이즈 입고")
    app.raise_complaint(by, ids[3], category="delivery", text="늦었어요")
    app.merge_customers(by, ids[4], ids[3])  # the follow-up and complaint move over
    app.forget_customer(by, ids[5])
    for task in list_tasks(shop.db, status="open")[:3]:
        app.schedule_task(by, task["id"], assignee="지은", due="2026-12-03")
    app.change_shop_settings(by, budget_acts=4)
    shop.catch_up()


@pytest.fixture(scope="module")
def shop_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, set[str]]:
    """The varied shop, with its tables and indexes as saving one by one made them."""
    folder = tmp_path_factory.mktemp("varied")
    with Shop(Config.resolve(folder), staff="지은") as shop:
        varied_shop(shop)
        return folder, table_contents(shop.read), _index_names(shop.read)


def helpers_started(monkeypatch: pytest.MonkeyPatch) -> list[Helper | None]:
    """Every helper the read models start from now on (None: one could not start)."""
    started: list[Helper | None] = []
    real_start = Helper.start

    def start(*args, **kwargs):
        started.append(real_start(*args, **kwargs))
        return started[-1]

    monkeypatch.setattr(Helper, "start", start)
    return started


@pytest.mark.parametrize("helper", [False, True], ids=["one process", "with a helper"])
@pytest.mark.parametrize("how", ["rebuild", "catch-up from zero"])
def test_a_long_load_gives_exactly_the_incremental_tables(
    shop_folder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str, helper: bool
) -> None:
    source, incremental, indexes = shop_folder
    folder = tmp_path / "shop"
    folder.mkdir()
    (folder / "events.sqlite").write_bytes((source / "events.sqlite").read_bytes())
    monkeypatch.setattr(store, "DEFAULT_BATCH", 20)
    monkeypatch.setattr(store, "BULK_AFTER", 50)
    monkeypatch.setattr(store, "BULK_BATCH", 64)
    monkeypatch.setattr(store, "HELPER_AFTER", 0 if helper else 10**9)
    monkeypatch.setattr(weekly_facts, "FEW_CUSTOMERS", 0)  # the batch-wide look-up too
    started = helpers_started(monkeypatch)
    config = Config.resolve(folder)
    with Shop(config, staff="지은", follow=False) as shop:
        total = shop.app.recorder.max_notification_id()
        assert (shop.rebuild() if how == "rebuild" else shop.catch_up()) == total
        assert shop.read.position() == shop.app.recorder.max_notification_id()
        assert table_contents(shop.read) == incremental
        assert _index_names(shop.read) == indexes  # made again after the load
        assert search_customers(shop.db, "5678")  # the search index was refilled
        assert [r["name"] for r in search_customers(shop.db, "민준")] == ["김민준"]
    assert len(started) == (1 if helper else 0) and all(started)
    assert not list(folder.glob("*.helper"))  # its file is gone


def test_the_packaged_app_runs_its_own_helper(
    shop_folder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A PyInstaller app has no ``python -m``: it starts itself with ``--readmodels-helper``
    (main.py). Here a launcher of main.py stands in for the packaged executable."""
    source, incremental, _indexes = shop_folder
    folder = tmp_path / "shop"
    folder.mkdir()
    (folder / "events.sqlite").write_bytes((source / "events.sqlite").read_bytes())
    launcher = tmp_path / "ShopCare"
    main_py = Path(__file__).resolve().parent.parent / "main.py"
    launcher.write_text(
        f"#!{sys.executable}\nimport runpy, sys\nsys.argv[0] = {str(main_py)!r}\n"
        f"runpy.run_path({str(main_py)!r}, run_name='__main__')\n"
    )
    launcher.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(launcher))
    monkeypatch.setattr(store, "DEFAULT_BATCH", 20)
    monkeypatch.setattr(store, "BULK_AFTER", 50)
    monkeypatch.setattr(store, "BULK_BATCH", 64)
    monkeypatch.setattr(store, "HELPER_AFTER", 0)
    started = helpers_started(monkeypatch)
    with Shop(Config.resolve(folder), staff="지은", follow=False) as shop:
        shop.catch_up()
        assert table_contents(shop.read) == incremental
    (helper,) = started
    assert helper is not None and helper.process.args[:2] == [str(launcher), HELPER_ARG]
    assert helper.process.returncode == 0  # it loaded its part (not the first process alone)


def test_a_load_with_a_helper_killed_half_way_is_finished_when_next_opened(
    data_dir: Path,
) -> None:
    config = Config.resolve(data_dir)
    fill(config, customers=150, contacts_each=20)
    helper_file = config.readmodels_path.with_name(config.readmodels_path.name + ".helper")
    kill_part_way(
        data_dir,
        {"SHOPCARE_BULK_AFTER": "100", "SHOPCARE_BULK_BATCH": "20", "SHOPCARE_HELPER_AFTER": "1"},
        # both are loading
        lambda: helper_file.exists() and positions_reached(config.readmodels_path, "max") > 0,
    )
    with sqlite3.connect(config.readmodels_path) as conn:
        positions = dict(conn.execute("SELECT projection, position FROM positions"))
        assert positions["timeline"] == positions["customers"] == 0  # the helper's: not in yet
        assert positions["tasks"] > 0
        assert conn.execute("SELECT count(*) FROM timeline").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM bulk_loads").fetchone()[0] > 0
    with Shop(config) as resumed:
        assert resumed.read.position() == resumed.app.recorder.max_notification_id()
        resumed_tables = table_contents(resumed.read)
        assert not helper_file.exists()  # the killed helper's file was removed
        resumed.rebuild()
        assert table_contents(resumed.read) == resumed_tables
