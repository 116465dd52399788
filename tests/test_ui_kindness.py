"""The week's kind acts in the window: Today, Tasks, Settings, and care at the desk."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from decimal import Decimal
from pathlib import Path

import pytest
import test_ui
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from shopcare.domain.kindness import Budget
from shopcare.readmodels.care import weekly_budget
from shopcare.readmodels.tasks import list_tasks
from shopcare.reports.files import make_task_sheets
from shopcare.ui.i18n import install_translator
from shopcare.ui.main_window import MainWindow
from shopcare.ui.quick_log import QuickLogDialog

window = test_ui.window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def a_busy_week(window: MainWindow) -> dict[str, str]:
    """A bereaved customer, a complaint, and more thank-yous than the budget has room for."""
    app, by = window.shop.app, window.shop.actor
    app.change_shop_settings(by, budget_acts=3)
    ids = {}
    ids["grief"] = str(app.register_customer(by, name="김민지", phone="010-5678-1234"))
    app.note_life_event(by, ids["grief"], kind="bereavement", note="어머님")
    ids["angry"] = str(app.register_customer(by, name="박서준"))
    app.raise_complaint(by, ids["angry"], category="배송", text="늦었어요")
    for i in range(4):
        cid = str(app.register_customer(by, name=f"단골{i}"))
        app.log_contact(by, cid, channel="phone", summary="긴 이야기", connection=True)
        ids[f"thanks{i}"] = cid
    window.refresh()
    return ids


def test_today_lists_what_fits_the_budget_and_could_do_is_one_click_away(qtbot, window):
    qtbot.waitUntil(lambda: window.sweep_state == "done")
    ids = a_busy_week(window)
    today = window.today
    rows = [today.tasks.row(i) for i in range(today.tasks.rowCount())]
    # the loss and the complaint always; one thank-you fills the third place
    assert [r["rule"] for r in rows] == ["bereavement", "complaint-call", "thank-you"]
    assert [r["rank"] for r in rows] == [1, 2, 3]
    assert "always on the list" in rows[0]["why"]
    assert today.budget.text().startswith("This week: 0 done and 3 to do, of 3 acts")
    assert today.could_do_button.isVisible() and "3 more could do" in today.could_do_button.text()

    week = [window.tasks.model.placed(r).rank for r in window.tasks.model.rows()]
    assert week == [1, 2, 3]  # the Tasks tab opens on this week's acts, in rank order

    qtbot.mouseClick(today.could_do_button, Qt.MouseButton.LeftButton)
    tasks = window.tasks
    assert window.tabs.currentWidget() is tasks and tasks.model.status == "could"
    could = tasks.model.rows()
    assert len(could) == 3 and {r["customer_id"] for r in could} <= set(ids.values())
    assert [tasks.model.placed(r).rank for r in could] == [4, 5, 6]
    text = tasks.model.index(0, tasks.model.DETAIL).data()
    assert "the week's 3 acts went to more pressing ones" in text
    tasks.view.selectRow(0)
    assert "No. 4" in tasks.detail.text()


def test_settings_set_the_weekly_budget_and_show_what_followed(qtbot, window):
    qtbot.waitUntil(lambda: window.sweep_state == "done")
    dialog = window.open_settings()
    assert dialog.budget_acts.value() == 10 and dialog.budget_money.text() == "300,000"
    assert dialog.outcome_labels["thank-you"].text() == "No acts yet to learn from."
    dialog.budget_acts.setValue(5)
    dialog.budget_money.setText("lots")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "money a week" in dialog.error.text()
    assert weekly_budget(window.shop.db) == Budget(10, Decimal(300_000))  # nothing saved
    dialog.budget_money.setText("20만원")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert weekly_budget(window.shop.db) == Budget(5, Decimal(200_000))


def test_a_customer_in_a_sensitive_time_shows_it_wherever_staff_meet_them(
    qtbot, window, tmp_path: Path
):
    qtbot.waitUntil(lambda: window.sweep_state == "done")
    ids = a_busy_week(window)
    page = window.customers.page
    window.show_customer(ids["grief"])
    assert page.care.isVisible()
    line = page.care.text()
    assert line.startswith("♥ a loss on") or "lost 어머님 on" in line
    assert "no promotions until" in line
    window.show_customer(ids["thanks0"])
    assert page.care.isHidden()  # nothing to keep in mind: no banner
    window.show_customer(ids["angry"])
    assert "open complaint since" in page.care.text()

    # Quick log: the mark in the list itself, and the banner for the chosen caller
    dialog = QuickLogDialog(window.shop, None, window)
    qtbot.addWidget(dialog)
    dialog.find.setText("김민지")
    dialog.search()
    item = dialog.matches.item(0)
    assert item.text().startswith("♥ 김민지") and "no promotions until" in item.text()
    assert not dialog.care.isHidden() and "no promotions" in dialog.care.text()

    # the same line in the window's other language, without reading the shop again
    window.show_customer(ids["grief"])
    install_translator("ko")
    qtbot.waitUntil(lambda: "홍보 연락 멈춤" in page.care.text())
    assert "어머님 상" in page.care.text()
    install_translator("en")

    # and on the act's sheet
    grief = next(t for t in list_tasks(window.shop.db, "open", ids["grief"]))
    out = tmp_path / "sheet.pdf"
    make_task_sheets(window.shop.db, [grief["id"]], None, out)
    text = "".join((p.extract_text() or "") for p in PdfReader(str(out)).pages)
    assert "lost 어머님 on" in text and "no promotions until" in text  # the shop's language
