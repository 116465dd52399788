"""The Tasks tab in pages: keyset paging, sorting and filtering by the read model, so a
shop with thousands of open tasks never loads them all (pages made small here)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import replace

import pytest
import test_ui
from PySide6.QtCore import Qt

from shopcare.readmodels.tasks import (
    TASK_ORDERS,
    TaskQuery,
    count_tasks,
    list_tasks,
    task_key,
    task_page,
    task_rank,
)
from shopcare.service.shop import Shop
from shopcare.ui.tasks import TasksModel

window = test_ui.window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def make_tasks(shop: Shop, n: int = 31) -> list[str]:
    """Tasks for three customers with many ties (same due dates, titles, names)."""
    names = ["김민수", "Anna Berg", "이지은"]
    customers = [
        str(shop.app.register_customer(shop.actor, name=name, phone=f"010-1111-{i:04d}"))
        for i, name in enumerate(names)
    ]
    ids = []
    for i in range(n):
        ids.append(
            str(
                shop.app.add_task(
                    shop.actor,
                    customers[i % 3],
                    title=f"Task {i % 5}",
                    due=f"2030-01-{1 + i % 4:02d}",
                )
            )
        )
    for i, tid in enumerate(ids[:6]):
        shop.app.schedule_task(shop.actor, tid, assignee="민호" if i % 2 else "Tom")
    return ids


def pages(db, query: TaskQuery, size: int) -> list[dict]:
    rows: list[dict] = []
    while True:
        after = task_key(rows[-1], query.order) if rows else None
        page = task_page(db, query, after, size)
        if not page:
            return rows
        assert len(page) <= size
        rows.extend(page)


@pytest.mark.parametrize("order", sorted(TASK_ORDERS))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_follow_one_order_with_no_row_lost_or_doubled(
    shop: Shop, order: str, descending: bool
) -> None:
    make_tasks(shop)
    query = TaskQuery(status="open", order=order, descending=descending)
    everything = list_tasks(shop.db, "open")
    expected = sorted(everything, key=lambda r: task_key(r, order), reverse=descending)
    paged = pages(shop.db, query, 7)
    assert [r["id"] for r in paged] == [r["id"] for r in expected]
    assert count_tasks(shop.db, query) == len(everything) == 31
    for rank, row in enumerate(paged):
        assert task_rank(shop.db, query, row["id"]) == rank


def test_search_matches_words_literally(shop: Shop) -> None:
    make_tasks(shop)
    query = TaskQuery(status="open", search="berg")
    rows = pages(shop.db, query, 4)
    assert rows and {r["customer_name"] for r in rows} == {"Anna Berg"}
    assert count_tasks(shop.db, query) == len(rows)
    both = TaskQuery(status="open", search="Anna 3")
    assert {(r["customer_name"], r["title"]) for r in pages(shop.db, both, 4)} == {
        ("Anna Berg", "Task 3")
    }
    for wild in ("%", "_", "Task_1"):
        assert count_tasks(shop.db, replace(query, search=wild)) == 0
    assert task_rank(shop.db, query, "not-a-task") == -1


def test_the_model_loads_pages_as_the_view_scrolls(shop: Shop, qtmodeltester, monkeypatch) -> None:
    ids = make_tasks(shop)
    monkeypatch.setattr(TasksModel, "CHUNK", 7)
    model = TasksModel(shop.db, "open")
    assert model.rowCount() == 7 and model.total() == 31 and model.canFetchMore()
    qtmodeltester.check(model)
    last = list_tasks(shop.db, "open")[-1]["id"]
    assert model.row_of(last) == 30  # pages loaded down to it
    assert model.rowCount() == 31 and not model.canFetchMore()

    model.sort(TasksModel.CUSTOMER, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 7
    while model.canFetchMore():
        model.fetchMore()
    names = [model.row(i)["customer_name"] for i in range(model.rowCount())]
    assert names == sorted(names, reverse=True)
    qtmodeltester.check(model)

    model.set_status("scheduled")
    assert model.total() == 6 and {model.row(i)["id"] for i in range(6)} == set(ids[:6])
    model.set_search("Tom")
    assert model.total() == 3
    qtmodeltester.check(model)


def test_the_tasks_tab_selects_a_task_beyond_the_first_page(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(TasksModel, "CHUNK", 7)
    qtbot.waitUntil(lambda: window.sweep_state == "done")
    ids = make_tasks(window.shop)
    window.refresh()
    view = window.tasks
    assert view is not None
    window.tabs.setCurrentWidget(view)
    assert view.model.rowCount() == 7
    target = list_tasks(window.shop.db, "open")[29]["id"]
    assert view.select_task(target)
    assert view.selected_ids() == [target]
    view.search.setText("Berg")
    qtbot.waitUntil(lambda: view.model.query.search == "Berg")
    assert {view.model.row(i)["customer_name"] for i in range(view.model.rowCount())} == {
        "Anna Berg"
    }
    assert len(ids) == 31


def test_today_shows_the_first_rows_and_how_many_there_are(
    qtbot, window, monkeypatch, qtmodeltester
) -> None:
    from shopcare.ui import today

    monkeypatch.setattr(today, "TODAY_ROWS", 2)
    qtbot.waitUntil(lambda: window.sweep_state == "done")
    shop = window.shop
    cid = str(shop.app.register_customer(shop.actor, name="김민수", phone="010-5678-1234"))
    for i in range(5):
        shop.app.add_task(shop.actor, cid, title=f"Call {i}", due="2000-01-03")
    window.refresh()
    view = window.today
    assert view.tasks.rowCount() == 2
    more = view.more[1]
    assert not more.isHidden() and more.text() == "Showing the first 2 of 5."
    assert view.more[0].isHidden()  # no follow-ups: nothing more to say
    for model in (view.followups, view.tasks, view.waiting, view.recent):
        qtmodeltester.check(model)
