"""Events and read models keep facts, never words; old shops open with their history.

``tests/data/events-v1.json`` holds the stored events of a small shop exactly as the
version before facts wrote them (a bereavement task, a thank-you task, a task added
by hand): they still open, and a shop that switches language reads its tasks and
timeline in the new one.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from uuid import UUID

import pytest
from eventsourcing.persistence import StoredEvent

from shopcare.domain.errors import InvalidInput
from shopcare.i18n import catalogue
from shopcare.presentation import task_text, timeline_line
from shopcare.readmodels.care import shop_details, shop_language
from shopcare.readmodels.tasks import list_tasks
from shopcare.readmodels.timeline import timeline_rows
from shopcare.service.config import Config
from shopcare.service.shop import Shop

V1 = Path(__file__).parent / "data" / "events-v1.json"


def shop_with_v1_events(data_dir: Path) -> Shop:
    """A shop whose log holds the events the previous version wrote."""
    shop = Shop(Config(data_dir), staff="지은")
    stored = [
        StoredEvent(
            originator_id=UUID(e["originator_id"]),
            originator_version=e["originator_version"],
            topic=e["topic"],
            state=e["state"].encode("utf-8"),
        )
        for e in json.loads(V1.read_text(encoding="utf-8"))
    ]
    shop.app.recorder.insert_events(stored)
    shop.catch_up()
    return shop


def test_tasks_written_before_facts_still_open_and_keep_their_words(tmp_path: Path):
    with shop_with_v1_events(tmp_path) as shop:
        tasks = {t["rule"]: t for t in list_tasks(shop.db)}
        assert set(tasks) == {"bereavement", "by hand", "thank-you"}
        # a rule's old English prose is kept as written (legacy), facts are empty
        grief = tasks["bereavement"]
        assert grief["facts"] == {} and grief["title"] == ""
        assert grief["legacy"]["title"] == "Flowers and a card for 김민수"
        words = task_text(grief, catalogue("ko"))
        assert words.title == "Flowers and a card for 김민수"
        assert "어머님" in words.reason and words.message.startswith("Dear 김민수")
        # a task added by hand keeps what the person typed
        hand = tasks["by hand"]
        assert hand["title"] == "단추 챙겨 드리기"
        assert hand["facts"] == {"note": "지난번 약속", "act": ""}
        assert task_text(hand, catalogue("en")).reason == "지난번 약속"
        # the aggregates load and take commands as before
        task = shop.app.get_task(grief["id"])
        assert task.legacy["act"] == "Send flowers with a handwritten card"
        shop.app.complete_task(shop.actor, grief["id"], what="하얀 국화와 카드", cost="45000")
        assert shop.app.get_task(grief["id"]).status == "done"
        assert shop_details(shop.db)["name"] == "민수네 신발"


def test_the_timeline_reads_in_the_language_it_is_shown_in(tmp_path: Path):
    with shop_with_v1_events(tmp_path) as shop:
        cid = list_tasks(shop.db)[0]["customer_id"]
        rows = timeline_rows(shop.db, cid)
        lines = {
            lang: [timeline_line(r["event"], r["data"], catalogue(lang)) for r in rows]
            for lang in ("ko", "en")
        }
        assert lines["en"] == [
            "Registered 김민수",
            "Life event: bereavement: 어머님",
            "phone in: 부츠 문의",
        ]
        assert lines["ko"] == ["김민수님 등록", "경조사: 상(喪) — 어머님", "전화 수신: 부츠 문의"]
        # no generated words are stored: the row holds the event's fields
        columns = {c[1] for c in shop.db.execute("PRAGMA table_info(timeline)")}
        assert "summary" not in columns


def test_new_tasks_store_rule_and_facts_and_read_in_the_shops_language(tmp_path: Path):
    with Shop(Config(tmp_path), staff="지은") as shop:
        cid = shop.app.register_customer(shop.actor, name="김민수")
        shop.app.note_life_event(shop.actor, cid, kind="bereavement", note="어머님")
        (row,) = list_tasks(shop.db)
        assert row["rule"] == "bereavement" and row["title"] == "" and row["legacy"] == {}
        assert row["facts"]["note"] == "어머님" and row["facts"]["name"] == "김민수"
        stored = shop.app.recorder.select_notifications(start=1, limit=10)
        suggested = next(n for n in stored if n.topic.endswith("DelightTask.Suggested"))
        state = json.loads(suggested.state)
        assert state["class_version"] == 2
        assert not {"reason", "act", "message"} & set(state)
        assert task_text(row, catalogue("ko")).title == "김민수님께 위로의 꽃과 카드"
        assert task_text(row, catalogue("en")).title == "Flowers and a card for 김민수"


def test_a_read_model_file_of_the_old_shape_is_rebuilt_on_open(tmp_path: Path):
    with shop_with_v1_events(tmp_path):
        pass
    db = sqlite3.connect(tmp_path / "readmodels.sqlite")
    with db:  # make it look like the previous version's file
        db.execute("DROP TABLE tasks")
        db.execute(
            "CREATE TABLE tasks (id TEXT PRIMARY KEY, customer_id TEXT, title TEXT NOT NULL,"
            " rule TEXT NOT NULL, reason TEXT NOT NULL, act TEXT NOT NULL, message TEXT NOT NULL,"
            " due TEXT NOT NULL, status TEXT NOT NULL, assignee TEXT NOT NULL DEFAULT '',"
            " what TEXT, cost TEXT, note TEXT, dismiss_reason TEXT, trigger_key TEXT NOT NULL,"
            " created_at TEXT NOT NULL, finished_at TEXT, position INTEGER NOT NULL)"
        )
        db.execute("DROP TABLE versions")
    db.close()
    with Shop(Config(tmp_path), staff="지은") as shop:
        assert {t["rule"] for t in list_tasks(shop.db)} == {"bereavement", "by hand", "thank-you"}


# ----- the shop's language and its settings, saved at once --------------------------------


def test_the_shops_language_is_a_setting_and_defaults_to_this_computer(tmp_path: Path):
    with Shop(Config(tmp_path), staff="지은") as shop:
        assert shop_language(shop.db) == ""
        assert shop.app.change_shop_settings(shop.actor, language="ko")
        assert shop_language(shop.db) == "ko" and shop.app.shop_language() == "ko"
        assert not shop.app.change_shop_settings(shop.actor, language="ko")  # no change
        with pytest.raises(InvalidInput, match="errors-unknown-choice"):
            shop.app.change_shop_settings(shop.actor, language="fr")


def test_settings_are_one_command_and_one_save(tmp_path: Path):
    with Shop(Config(tmp_path), staff="지은") as shop:
        saves: list[int] = []
        shop.app.on_saved(lambda: saves.append(shop.app.recorder.max_notification_id()))
        before = shop.app.recorder.max_notification_id() or 0
        changed = shop.app.change_shop_settings(
            shop.actor,
            name="민수네 신발",
            address="서울 마포구 성미산로 1",
            staff_list=["지은", "민호"],
            rules_on={"miss-you": False, "neighbourhood": False},
            lead_days={"birthday": 10, "thank-you": 3},
            language="ko",
        )
        assert changed and len(saves) == 1  # one save ...
        assert saves[0] - before == 1 + 1 + 1 + 2 + 2 + 1  # ... of every change (and Started)
        config = shop.app.rule_config()
        assert not config.on("miss-you") and config.lead("thank-you") == 3

        # a bad value anywhere refuses the whole change: nothing is saved
        last = shop.app.recorder.max_notification_id()
        with pytest.raises(InvalidInput):
            shop.app.change_shop_settings(
                shop.actor,
                name="민수네 구두",
                rules_on={"birthday": False, "lottery": True},
            )
        with pytest.raises(InvalidInput):
            shop.app.change_shop_settings(shop.actor, name="새 이름", lead_days={"birthday": 999})
        assert shop.app.recorder.max_notification_id() == last
        assert shop_details(shop.db)["name"] == "민수네 신발"
        assert shop.app.rule_config().on("birthday")
