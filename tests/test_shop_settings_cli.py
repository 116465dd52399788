"""``shopcare settings`` and ``shopcare demo``: the shop's language and details, in its words."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from shopcare.cli.main import main
from shopcare.i18n import catalogue
from shopcare.presentation import shop_catalogue, task_text
from shopcare.readmodels.care import shop_details
from shopcare.readmodels.tasks import tasks_due_within
from shopcare.service.config import Config
from shopcare.service.demo import fill_demo_shop
from shopcare.service.shop import Shop


def run(data_dir: Path, capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = main(["--data-dir", str(data_dir), "--staff", "지은", *args])
    except SystemExit as exit:
        code = int(exit.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_settings_set_and_show(data_dir: Path, capsys) -> None:
    assert run(data_dir, capsys, "settings", "set", "language", "ko")[1] == "Saved.\n"
    assert run(data_dir, capsys, "settings", "set", "name", "민수네", "신발")[0] == 0
    run(data_dir, capsys, "settings", "set", "staff", "지은", "민호,Tom")
    run(data_dir, capsys, "settings", "set", "rule", "miss-you", "off")
    run(data_dir, capsys, "settings", "set", "lead-time", "birthday", "10")
    assert run(data_dir, capsys, "settings", "set", "language", "ko")[1].startswith("Nothing")
    code, out, _ = run(data_dir, capsys, "settings", "show", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["language"] == "ko" and shown["name"] == "민수네 신발"
    assert shown["staff"] == ["지은", "민호", "Tom"]
    assert shown["rules"]["miss-you"] == {"on": False, "lead_days": 7}
    assert shown["rules"]["birthday"] == {"on": True, "lead_days": 10}
    _, out, _ = run(data_dir, capsys, "settings", "show")
    assert "Language: Korean (ko)" in out and "we miss you" in out and "10 days ahead" in out


def test_settings_speak_the_persons_language(data_dir: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    run(data_dir, capsys, "settings", "set", "language", "en")
    _, out, _ = run(data_dir, capsys, "settings", "show")
    assert "가게 언어: 영어 (en)" in out and "안부 메모" in out and "7일 전" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["settings", "set", "colour", "red"], "unknown setting 'colour'"),
        (["settings", "set", "language", "fr"], "unknown language 'fr'"),
        (["settings", "set", "rule", "lottery", "on"], "unknown rule 'lottery'"),
        (["settings", "set", "rule", "birthday", "maybe"], "unknown rule 'maybe'"),
        (["settings", "set", "lead-time", "birthday", "999"], "lead time must be from 0 to 365"),
        (["settings", "set", "lead-time", "birthday"], "lead time takes 2 value(s); 1 given"),
        (["settings", "set", "language", "ko", "en"], "language takes 1 value(s); 2 given"),
    ],
)
def test_bad_settings_are_one_line_and_change_nothing(
    data_dir: Path, capsys, args: list[str], message: str
) -> None:
    run(data_dir, capsys, "settings", "set", "name", "민수네 신발")
    before = files(data_dir)
    code, out, err = run(data_dir, capsys, *args)
    assert (code, out) == (2, "") and len(err.strip().splitlines()) == 1
    assert message in err, err
    assert files(data_dir) == before


def test_the_demo_is_a_korean_shoe_shop_with_its_story_on_today(tmp_path: Path) -> None:
    with Shop(Config(tmp_path / "ko"), staff="정은지") as shop:
        fill_demo_shop(shop, customers=15, days=90)
        details = shop_details(shop.db)
        assert details["language"] == "ko" and details["name"] == "발맞춤 신발"
        assert "마포구" in details["address"] and details["staff"][0] == "정은지"
        shop.sweep(date.today())
        today = tasks_due_within(shop.db, 0, date.today())
        titles = {task_text(t, shop_catalogue(shop.db)).title for t in today}
        assert {"김민지님께 위로의 꽃과 카드", "김민지님 구두 반품 면제"} <= titles
        rows = shop.db.execute("SELECT name, address FROM customers").fetchall()
        assert all(any("\uac00" <= ch <= "\ud7a3" for ch in name) for name, _ in rows)
        assert any("서울특별시" in (address or "") for _, address in rows)
    with Shop(Config(tmp_path / "en"), staff="Sarah") as shop:
        fill_demo_shop(shop, customers=8, days=60, language="en")
        assert shop_details(shop.db)["language"] == "en"
        shop.sweep(date.today())
        titles = {
            task_text(t, catalogue("en")).title for t in tasks_due_within(shop.db, 0, date.today())
        }
        assert {
            "Flowers and a card for Emma Hughes",
            "Waive the return of loafers for Emma Hughes",
        } <= titles
