"""Today as a dashboard: counts at a glance, each a click from its list, the lists
readable on a 1366x768 laptop, dates and words in the window's language."""

from __future__ import annotations

from datetime import timedelta

import pytest
import test_ui
from PySide6.QtCore import Qt

from shopcare import clock
from shopcare.readmodels.open_items import count_open
from shopcare.ui import settings as st
from shopcare.ui.i18n import install_translator

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def laptop(qtbot, ui_settings, data_dir):
    window = test_ui.open_window(data_dir, size=(1366, 768))
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.sweep_state == "done", timeout=20000)
    yield window
    install_translator("en")
    window.close()
    window.shop.close()


def fill(window) -> dict[str, str]:
    app, actor = window.shop.app, window.shop.actor
    ids = {
        name: str(app.register_customer(actor, name=name, phone=f"010-5678-12{i:02d}"))
        for i, name in enumerate(["Kim Minsu", "Park Jieun", "Lee Hana"])
    }
    app.raise_complaint(actor, ids["Kim Minsu"], category="delivery", text="Arrived late")
    app.request_return(actor, ids["Park Jieun"], item="boots")
    today = clock.today()
    app.schedule_followup(actor, ids["Lee Hana"], due=today.isoformat(), reason="Are they back?")
    app.schedule_followup(
        actor, ids["Kim Minsu"], due=(today + timedelta(days=9)).isoformat(), reason="later"
    )
    for cid in ids.values():
        app.log_contact(actor, cid, channel="phone", summary="Asked about sizes")
    window.refresh()
    return ids


def test_the_counts_match_the_shop_and_each_is_a_click_from_its_list(qtbot, laptop) -> None:
    fill(laptop)
    today = laptop.today
    db = laptop.shop.db
    cards = today.cards
    waiting = count_open(db, "open_complaints") + count_open(db, "open_returns")
    assert cards["waiting"].count == waiting == 2
    assert cards["followups"].count == 1  # due today or before; the later one waits
    assert cards["today"].count == 3
    assert cards["acts"].count == len(today.plan.in_budget)
    assert cards["waiting"].text() == "2\ncustomers waiting for us"
    assert cards["followups"].text() == "1\nfollow-up due"  # one: no "(s)", no "1 ... dues"

    qtbot.mouseClick(cards["waiting"], Qt.MouseButton.LeftButton)
    view = today.view_of["today_waiting"]
    assert view.hasFocus() and view.currentIndex().row() == 0
    qtbot.mouseClick(cards["acts"], Qt.MouseButton.LeftButton)
    assert laptop.tabs.currentWidget() is laptop.tasks


def test_every_list_shows_several_readable_rows_on_a_laptop(laptop) -> None:
    fill(laptop)
    laptop.tabs.setCurrentWidget(laptop.today)
    for view in laptop.today.views:
        rows_seen = view.viewport().height() // view.verticalHeader().defaultSectionSize()
        assert rows_seen >= 5, (view.objectName(), rows_seen)
        header = view.horizontalHeader()
        last = view.model().columnCount() - 1
        widest = max(range(last + 1), key=header.sectionSize)
        assert widest == last  # the words (act, reason, detail, summary) get the room


def test_dates_and_words_in_the_windows_language(qtbot, laptop) -> None:
    fill(laptop)
    today = laptop.today
    since = today.waiting.index(0, 0).data()
    waiting_for = {today.waiting.index(r, 3).data() for r in range(today.waiting.rowCount())}
    assert waiting_for == {"Complaint", "Return requested"}
    assert not since[:4].isdigit()  # "24 Nov", not 2026-11-24
    st.set_language("ko")
    install_translator("ko")
    qtbot.waitUntil(lambda: laptop.tabs.tabText(0) == "오늘(&T)")  # the window has heard
    d = clock.today()
    assert today.waiting.index(0, 0).data() == f"{d.month}.{d.day}"
    assert {today.waiting.index(r, 3).data() for r in range(today.waiting.rowCount())} == {
        "불만",
        "반품 요청",
    }
    assert today.cards["waiting"].text() == "2\n기다리시는 고객"


def test_a_result_line_follows_the_window_into_a_new_language(qtbot, laptop, tmp_path) -> None:
    """A weekly review made in English, then the window switched to Korean: the line
    saying where the PDF is reads in Korean too (it used to stay in the old language)."""
    view = laptop.reports
    laptop.tabs.setCurrentWidget(view)
    view.out.setText(str(tmp_path / "week.pdf"))
    view.make_weekly()
    qtbot.waitUntil(lambda: view.weekly_result.preview_button.isVisible(), timeout=20000)
    assert view.weekly_result.label.text().startswith("Weekly review")
    st.set_language("ko")
    install_translator("ko")
    qtbot.waitUntil(lambda: laptop.tabs.tabText(0) == "오늘(&T)")
    assert view.weekly_result.label.text().startswith("주간 리뷰")
    assert str(tmp_path / "week.pdf") in view.weekly_result.label.text()
