"""Tasks through the application on a real store: life cycle, rules, sweep, CLI, PDF."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from shopcare.cli.main import main
from shopcare.clock import fixed, use_clock
from shopcare.domain.delight_rules import TaskSuggestion
from shopcare.domain.delight_task import DelightTask
from shopcare.domain.errors import InvalidInput
from shopcare.i18n import catalogue
from shopcare.presentation.choices import label
from shopcare.readmodels.care import promotions_paused_until
from shopcare.readmodels.tasks import get_task_row, list_tasks, tasks_due_within
from shopcare.readmodels.timeline import timeline_rows
from shopcare.service.config import Config
from shopcare.service.demo import fill_demo_shop
from shopcare.service.shop import Shop

TODAY = date(2030, 6, 1)


def open_shop(path: Path, staff: str = "지은") -> Shop:
    return Shop(Config.resolve(path), staff=staff)


def tasks_table(shop: Shop) -> list[dict]:
    return list(shop.db.query("SELECT * FROM tasks ORDER BY id"))


def fill(shop: Shop) -> dict[str, str]:
    """Customers whose facts trigger every date rule on TODAY."""
    app, by = shop.app, shop.actor
    ids = {}
    ids["birthday"] = str(app.register_customer(by, name="김민지", birthday="1980-06-05"))
    for i, (name, number) in enumerate((("박서준", 31), ("이하나", 12), ("최우진", 20))):
        address = f"서울특별시 마포구 월드컵북로 {number}"
        cid = str(app.register_customer(by, name=name, address=address, postal_code="04001"))
        ids[f"regular{i}"] = cid
        for day in range(1, 6):
            app.log_contact(
                by, cid, channel="walk-in", summary="browsing", at=f"2030-01-{day:02}T10:00"
            )
    ids["milestone"] = str(app.register_customer(by, name="강다은"))
    for day in range(25, 30):  # the 5th purchase is this week's news
        app.note_purchase(by, ids["milestone"], item="운동화", at=f"2030-05-{day}T10:00")
    bereaved = str(app.register_customer(by, name="정수아"))
    ids["bereaved"] = bereaved
    app.request_return(by, bereaved, item="wool coat", due="2030-05-20", at="2030-04-20T10:00")
    app.note_life_event(
        by, bereaved, kind="bereavement", on="2030-05-01", note="her mother", at="2030-05-02T10:00"
    )
    shop.catch_up()
    return ids


# ----- life cycle and invariants --------------------------------------------------------


def test_hand_made_task_life_cycle(shop: Shop):
    cid = shop.app.register_customer(shop.actor, name="김민지")
    tid = shop.app.add_task(
        shop.actor, cid, title="Bring the spare buttons", due="2030-06-03", note="she asked"
    )
    row = get_task_row(shop.db, str(tid))
    assert row["status"] == "suggested" and row["rule"] == "by hand"
    assert row["due"] == "2030-06-03" and row["customer_name"] == "김민지"

    shop.app.schedule_task(shop.actor, tid, assignee="민수", due="2030-06-04")
    row = get_task_row(shop.db, str(tid))
    assert (row["status"], row["assignee"], row["due"]) == ("scheduled", "민수", "2030-06-04")

    shop.app.complete_task(shop.actor, tid, what="posted the buttons", cost="3000", note="ok")
    row = get_task_row(shop.db, str(tid))
    assert (row["status"], row["what"], row["cost"]) == ("done", "posted the buttons", "3000")
    assert row["finished_at"]

    with pytest.raises(InvalidInput, match="errors-task-already-done"):
        shop.app.complete_task(shop.actor, tid, what="again")
    with pytest.raises(InvalidInput, match="errors-task-already-done"):
        shop.app.dismiss_task(shop.actor, tid, reason="no")
    with pytest.raises(InvalidInput, match="errors-task-already-done"):
        shop.app.schedule_task(shop.actor, tid, assignee="지은")


def test_dismiss_once_and_bad_input(shop: Shop):
    cid = shop.app.register_customer(shop.actor, name="김민지")
    tid = shop.app.add_task(shop.actor, cid, title="Call back")
    with pytest.raises(InvalidInput, match=r"errors-empty.*words-reason"):
        shop.app.dismiss_task(shop.actor, tid, reason="  ")
    shop.app.dismiss_task(shop.actor, tid, reason="she came in herself")
    assert get_task_row(shop.db, str(tid))["status"] == "dismissed"
    with pytest.raises(InvalidInput, match="errors-task-already-dismissed"):
        shop.app.dismiss_task(shop.actor, tid, reason="again")
    with pytest.raises(InvalidInput, match="errors-task-already-dismissed"):
        shop.app.complete_task(shop.actor, tid, what="flowers")
    with pytest.raises(InvalidInput, match=r"errors-empty.*words-title"):
        shop.app.add_task(shop.actor, cid, title=" ")
    with pytest.raises(InvalidInput, match="errors-not-a-date"):
        shop.app.add_task(shop.actor, cid, title="x", due="tomorrow")
    with pytest.raises(InvalidInput, match="errors-no-task"):
        shop.app.schedule_task(shop.actor, DelightTask.create_id("nothing"))
    with pytest.raises(InvalidInput, match=r"errors-amount-negative.*words-cost"):
        shop.app.complete_task(shop.actor, tid, what="x", cost="-1")


def test_completing_puts_the_gift_on_the_customers_timeline(shop: Shop):
    cid = shop.app.register_customer(shop.actor, name="김민지")
    tid = shop.app.add_task(shop.actor, cid, title="Birthday flowers")
    shop.app.complete_task(shop.actor, tid, what="yellow tulips", cost="25000")
    last = timeline_rows(shop.db, str(cid))[-1]
    assert last["event"] == "GiftSent"
    assert last["data"]["task_id"] == str(tid)
    assert last["data"]["what"] == "yellow tulips" and last["data"]["cost"] == "25000"


# ----- event rules run as the customer event is saved ----------------------------------


def test_event_rules_make_tasks_with_the_event(shop: Shop):
    app, by = shop.app, shop.actor
    cid = app.register_customer(by, name="김민지")
    app.note_life_event(by, cid, kind="bereavement", note="her mother", at="2030-05-02T10:00")
    app.log_contact(by, cid, channel="phone", summary="a long talk", minutes=40)
    app.log_contact(by, cid, channel="phone", summary="short")
    app.raise_complaint(by, cid, category="delivery", text="late")
    app.refer_elsewhere(by, cid, item="red scarf", sent_to="Market")
    app.note_life_event(by, cid, kind="wedding", note="her son")
    tasks = list_tasks(shop.db, customer_id=str(cid))
    assert sorted(t["rule"] for t in tasks) == [
        "back-in-stock",
        "bereavement",
        "complaint-call",
        "congratulations",
        "thank-you",
    ]
    # One person, one act: the sensitive acts stand alone; later reasons join the thank-you.
    assert {t["rule"]: t["status"] for t in tasks} == {
        "bereavement": "suggested",
        "complaint-call": "suggested",
        "thank-you": "suggested",
        "back-in-stock": "joined",
        "congratulations": "joined",
    }
    thanks = next(t for t in tasks if t["rule"] == "thank-you")
    assert [a["rule"] for a in thanks["also"]] == ["back-in-stock", "congratulations"]
    bereavement = next(t for t in list_tasks(shop.db) if t["rule"] == "bereavement")
    assert bereavement["due"] == "2030-05-03"
    assert promotions_paused_until(shop.db, str(cid)) == "2030-06-01"


def test_settings_switch_rules_and_lead_times(shop: Shop):
    app, by = shop.app, shop.actor
    assert app.change_shop_settings(by, rules_on={"thank-you": False})
    assert app.change_shop_settings(by, lead_days={"complaint-call": 1})
    assert not app.change_shop_settings(by, rules_on={"thank-you": False})  # already off
    with pytest.raises(InvalidInput, match=r"errors-unknown-choice.*words-rule"):
        app.change_shop_settings(by, rules_on={"lottery": True})
    with pytest.raises(InvalidInput, match=r"errors-number-out-of-range.*words-lead-time"):
        app.change_shop_settings(by, lead_days={"birthday": -3})
    cid = app.register_customer(by, name="김민지")
    app.log_contact(
        by, cid, channel="phone", summary="lovely", connection=True, at="2030-05-02T10:00"
    )
    app.raise_complaint(by, cid, category="delivery", text="late", at="2030-05-02T10:00")
    (task,) = list_tasks(shop.db)
    assert (task["rule"], task["due"]) == ("complaint-call", "2030-05-03")
    app.change_shop_settings(by, rules_on={"thank-you": True})
    app.change_shop_settings(by, name="꽃집 하루", address="서울 마포구")
    app.change_shop_settings(by, staff_list=["지은", "민수"])
    assert app.get_settings().staff_list == ["지은", "민수"]


# ----- idempotence ----------------------------------------------------------------------


def test_suggesting_the_same_trigger_twice_gives_one_task(shop: Shop):
    cid = shop.app.register_customer(shop.actor, name="김민지")
    s = TaskSuggestion(
        rule="birthday",
        trigger_key="birthday:x:2030",
        customer_id=str(cid),
        due=date(2030, 6, 1),
        facts={"name": "김민지", "birthday": "2030-06-08"},
    )
    first = shop.app.suggest_task(shop.actor, s)
    second = shop.app.suggest_task(shop.actor, s)
    assert first == second == DelightTask.create_id("birthday:x:2030")
    assert len(list_tasks(shop.db)) == 1


def test_sweep_runs_every_date_rule_and_twice_gives_the_same_tasks(shop: Shop):
    ids = fill(shop)
    swept = shop.sweep(TODAY)
    rows = list_tasks(shop.db)
    by_rule = {}
    for r in rows:
        by_rule.setdefault(r["rule"], []).append(r)
    assert {r["customer_id"] for r in by_rule["birthday"]} == {ids["birthday"]}
    assert by_rule["birthday"][0]["due"] == "2030-06-01"
    assert {r["customer_id"] for r in by_rule["miss-you"]} == {ids[f"regular{i}"] for i in range(3)}
    # the regulars' 5th visit was in January: old news, no surprise now
    assert {r["customer_id"] for r in by_rule["milestone"]} == {ids["milestone"]}
    (hood,) = by_rule["neighbourhood"]
    assert hood["customer_id"] is None and hood["facts"]["area"] == "마포구 월드컵북로"
    assert hood["facts"]["names"] == ["이하나", "최우진", "박서준"]  # along the road
    (gentle,) = by_rule["gentle-return"]
    assert gentle["customer_id"] == ids["bereaved"] and gentle["facts"]["item"] == "wool coat"
    assert len(swept) == len(rows) - 1  # all but the bereavement task from the event rule

    before = tasks_table(shop)
    assert sorted(shop.sweep(TODAY)) == sorted(swept)
    assert tasks_table(shop) == before

    shop.rebuild()
    assert tasks_table(shop) == before
    assert [t["id"] for t in tasks_due_within(shop.db, 0, TODAY)]


def test_two_shops_on_one_data_dir_sweep_without_duplicates(tmp_path: Path):
    with open_shop(tmp_path, "지은") as one, open_shop(tmp_path, "민수") as two:
        fill(one)
        a = one.sweep(TODAY)
        b = two.sweep(TODAY)
        assert sorted(a) == sorted(b)
        two.catch_up()
        one.catch_up()
        assert tasks_table(one) == tasks_table(two)
        keys = [r["trigger_key"] for r in tasks_table(one)]
        assert len(keys) == len(set(keys))


# ----- command line and task sheets -----------------------------------------------------


def run(capsys, data_dir: Path, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["--data-dir", str(data_dir), "--staff", "지은", *argv])
    except SystemExit as exit_:  # argparse's own errors
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_end_to_end(tmp_path: Path, capsys):
    _, out, _ = run(capsys, tmp_path, "customer", "add", "--name", "김민지", "--json")
    cid = json.loads(out)["id"]
    assert run(capsys, tmp_path, "life-event", cid, "--kind", "bereavement")[0] == 0
    code, out, _ = run(
        capsys,
        tmp_path,
        "tasks",
        "add",
        cid[:8],
        "--title",
        "Call her",
        "--due",
        "2030-06-02",
        "--json",
    )
    assert code == 0
    hand = json.loads(out)["id"]
    code, out, _ = run(capsys, tmp_path, "tasks", "list", "--json")
    listed = json.loads(out)
    assert {t["rule"] for t in listed} == {"bereavement", "by hand"}
    assert set(listed[0]) >= {"id", "customer_id", "title", "rule", "due", "status"}

    assert run(capsys, tmp_path, "tasks", "schedule", hand[:8], "--to", "민수")[0] == 0
    assert run(capsys, tmp_path, "tasks", "done", hand, "--what", "called", "--cost", "0")[0] == 0
    code, out, _ = run(capsys, tmp_path, "tasks", "list", "--status", "done", "--json")
    assert [t["id"] for t in json.loads(out)] == [hand]
    code, out, _ = run(
        capsys, tmp_path, "tasks", "list", "--status", "open", "--customer", cid, "--json"
    )
    (grief,) = json.loads(out)
    assert (
        run(capsys, tmp_path, "tasks", "dismiss", grief["id"], "--reason", "family asked")[0] == 0
    )

    code, out, _ = run(capsys, tmp_path, "customer", "show", cid, "--json")
    shown = json.loads(out)
    assert shown["customer"]["promotions_paused_until"]
    assert shown["timeline"][-1]["data"]["task_id"] == hand

    code, out, _ = run(capsys, tmp_path, "sweep", "--today", "2030-06-01", "--json")
    assert code == 0 and json.loads(out) == []


def test_the_sweep_lists_what_it_suggests_and_counts_what_joined(
    tmp_path: Path, capsys, monkeypatch
):
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    with use_clock(fixed(datetime(2026, 11, 24, 10).astimezone())):
        with Shop(Config(data_dir=tmp_path), staff="지은") as shop:
            fill_demo_shop(shop, customers=300)
            before = len(list_tasks(shop.db, "joined"))
        code, out, _ = run(capsys, tmp_path, "sweep", "--today", "2026-11-25")
        with Shop(Config(data_dir=tmp_path), staff="지은") as shop:
            joined = len(list_tasks(shop.db, "joined")) - before
    said, also, *listed = out.splitlines()
    assert code == 0 and joined > 0  # the demo's sweep finds someone with an act already
    assert said == f"2026년 11월 25일 기준으로 마음 쓰기 {len(listed)}건을 제안했어요"
    assert also == f"{joined}건은 같은 고객께 이미 있던 마음 쓰기에 합쳤어요"
    word = label("status", "joined", catalogue("ko"))
    assert listed and all(word not in line for line in listed)


@pytest.mark.parametrize(
    "argv",
    [
        ["tasks", "done", "nope", "--what", "x"],
        ["tasks", "schedule", "12345678", "--due", "soon"],
        ["tasks", "list", "--status", "lost"],
        ["tasks", "done", "--what", "x"],
        ["sweep", "--today", "2030-02-30"],
        ["tasks", "pdf", "--out", "x.pdf"],
    ],
)
def test_cli_bad_input_is_one_line_exit_2(tmp_path: Path, capsys, argv):
    code, _, err = run(capsys, tmp_path, *argv)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("shopcare: ")


def test_cli_done_twice_exit_2_and_store_unchanged(tmp_path: Path, capsys):
    _, out, _ = run(capsys, tmp_path, "customer", "add", "--name", "김민지", "--json")
    cid = json.loads(out)["id"]
    _, out, _ = run(capsys, tmp_path, "tasks", "add", cid, "--title", "Card", "--json")
    tid = json.loads(out)["id"]
    assert run(capsys, tmp_path, "tasks", "done", tid, "--what", "card")[0] == 0
    with open_shop(tmp_path) as shop:
        before = shop.app.recorder.max_notification_id()
    code, _, err = run(capsys, tmp_path, "tasks", "done", tid, "--what", "card")
    assert code == 2 and "already done" in err
    with open_shop(tmp_path) as shop:
        assert shop.app.recorder.max_notification_id() == before


def test_task_sheet_pdf_has_the_name_reason_and_act(tmp_path: Path, capsys):
    pypdf = pytest.importorskip("pypdf")
    pytest.importorskip("shopcare.reports.task_sheet")
    data = tmp_path / "data"
    with open_shop(data) as shop:
        shop.app.change_shop_settings(shop.actor, name="꽃집 하루", address="서울 마포구")
        cid = shop.app.register_customer(shop.actor, name="김민지", notes="size 37 shoes")
        shop.app.log_contact(shop.actor, cid, channel="walk-in", summary="chose a scarf")
        shop.app.note_life_event(shop.actor, cid, kind="bereavement", note="her mother")
        (task,) = list_tasks(shop.db)
    out = tmp_path / "sheets.pdf"
    code, _, err = run(capsys, data, "tasks", "pdf", task["id"][:8], "--out", str(out))
    assert code == 0, err
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    squashed = "".join(text.split())
    assert "김민지" in squashed
    assert "김민지hassufferedaloss(hermother)" in squashed
    assert "Sendflowerswithahandwrittencard" in squashed
    assert "Nopromotionsuntil" in squashed
    assert "꽃집하루" in squashed


def test_pdf_bad_folder_writes_nothing(tmp_path: Path, capsys):
    out = tmp_path / "missing" / "s.pdf"
    code, _, err = run(capsys, tmp_path, "tasks", "pdf", "--due-within", "7", "--out", str(out))
    assert code == 2 and "does not exist" in err
    assert not out.exists()


def test_neighbourhood_task_without_a_customer_can_be_done(shop: Shop):
    fill(shop)
    shop.sweep(TODAY)
    (hood,) = [t for t in list_tasks(shop.db) if t["rule"] == "neighbourhood"]
    shop.app.complete_task(shop.actor, hood["id"], what="cookies to three doors", cost="9000")
    assert get_task_row(shop.db, hood["id"])["status"] == "done"


def test_a_connection_logged_as_old_history_makes_no_thank_you_task(shop) -> None:
    from shopcare.readmodels.tasks import list_tasks

    cid = shop.app.register_customer(shop.actor, name="김민수")
    shop.app.log_contact(
        shop.actor,
        cid,
        channel="phone",
        summary="long chat last spring",
        connection=True,
        at="2026-03-01T10:00:00+09:00",
    )
    assert list_tasks(shop.db, customer_id=str(cid)) == []
    shop.app.log_contact(shop.actor, cid, channel="phone", summary="lovely chat", connection=True)
    assert [t["rule"] for t in list_tasks(shop.db, customer_id=str(cid))] == ["thank-you"]
