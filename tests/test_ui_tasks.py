"""Tasks, Reports and the shop settings in the window (pytest-qt, offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date
from pathlib import Path

import pytest
import test_ui
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from shopcare.clock import local_tz
from shopcare.readmodels.care import shop_details
from shopcare.readmodels.tasks import list_tasks
from shopcare.readmodels.timeline import timeline_rows
from shopcare.reports.weekly_figures import default_week
from shopcare.ui.i18n import install_translator
from shopcare.ui.main_window import MainWindow
from shopcare.ui.tasks import TasksModel, TasksView

window = test_ui.window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHOTS = Path("/tmp/ui_shots2")


def shot(widget, tmp_path: Path, name: str) -> None:
    image = widget.grab()
    image.save(str(tmp_path / f"{name}.png"))
    SHOTS.mkdir(parents=True, exist_ok=True)
    image.save(str(SHOTS / f"{name}.png"))


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def save(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def bereaved_customer(qtbot, window: MainWindow) -> tuple[str, str]:
    """김민수, with a loss noted: the bereavement rule suggests a task. (customer, task)"""
    qtbot.waitUntil(lambda: window.sweep_state == "done")
    shop = window.shop
    cid = str(
        shop.app.register_customer(
            shop.actor, name="김민수", phone="010-5678-1234", address="서울시 마포구 1"
        )
    )
    shop.app.note_life_event(shop.actor, cid, kind="bereavement", note="어머니")
    window.refresh()
    tasks = list_tasks(shop.db, "open", cid)
    assert len(tasks) == 1 and tasks[0]["rule"] == "bereavement"
    return cid, tasks[0]["id"]


def tasks_tab(window: MainWindow) -> TasksView:
    assert window.tasks is not None
    window.tabs.setCurrentWidget(window.tasks)
    return window.tasks


def test_schedule_and_complete_shows_gift_on_timeline(qtbot, window, tmp_path, qtmodeltester):
    cid, tid = bereaved_customer(qtbot, window)
    view = tasks_tab(window)
    qtmodeltester.check(view.model)
    assert window.today.tasks.rowCount() == 1  # due tomorrow: on this week's list at once
    assert view.select_task(tid)
    assert view.buttons["schedule"].isEnabled()

    qtbot.mouseClick(view.buttons["schedule"], Qt.MouseButton.LeftButton)
    dialog = view.dialog
    dialog.widgets["assignee"].setCurrentText("민호")
    dialog.widgets["due"].setText("tomorrow-ish")
    save(dialog)
    assert dialog.isVisible() and dialog.error.isVisible()  # bad date: shown, kept
    assert dialog.widgets["assignee"].currentText() == "민호"
    dialog.widgets["due"].setText("2000-01-02")
    save(dialog)
    assert not dialog.isVisible()
    row = view.model.row(view.model.row_of(tid))
    assert (row["status"], row["assignee"], row["due"]) == ("scheduled", "민호", "2000-01-02")
    assert [r["id"] for r in view.selected_rows()] == [tid]  # still selected
    assert window.today.tasks.rowCount() == 1  # overdue now: still on Today, marked
    assert "overdue" in window.today.tasks.row(0)["due_text"]
    shot(window, tmp_path, "tasks")

    qtbot.mouseClick(view.buttons["done"], Qt.MouseButton.LeftButton)
    done = view.dialog
    assert done.widgets["what"].text()  # the suggested act, ready to keep or change
    done.widgets["what"].setText("White lilies and a card")
    done.widgets["cost"].setText("lots")
    save(done)
    assert done.isVisible() and "cost" in done.error.text()
    assert done.widgets["what"].text() == "White lilies and a card"
    shot(done, tmp_path, "task_done_error")
    done.widgets["cost"].setText("45000")
    done.widgets["note"].setPlainText("Delivered by hand")
    save(done)
    assert not done.isVisible()
    assert view.model.row_of(tid) == -1  # gone from the open list
    view.set_filter("done")
    assert view.model.row(view.model.row_of(tid))["what"] == "White lilies and a card"
    qtmodeltester.check(view.model)
    assert window.today.tasks.rowCount() == 0

    gifts = [r for r in timeline_rows(window.shop.db, cid, newest_first=True)]
    assert gifts[0]["kind"] == "gift sent" and gifts[0]["data"]["what"] == "White lilies and a card"
    window.show_customer(cid)
    assert window.customers.page.timeline.rows()[0]["kind"] == "gift sent"


def test_dismiss_with_reason_and_add_by_hand(qtbot, window):
    cid, tid = bereaved_customer(qtbot, window)
    view = tasks_tab(window)
    view.select_task(tid)
    qtbot.mouseClick(view.buttons["dismiss"], Qt.MouseButton.LeftButton)
    dialog = view.dialog
    save(dialog)  # no reason: refused
    assert dialog.isVisible() and dialog.error.isVisible()
    dialog.widgets["reason"].setText("Family asked for no flowers")
    save(dialog)
    assert not dialog.isVisible()
    view.set_filter("dismissed")
    assert view.model.row(0)["dismiss_reason"] == "Family asked for no flowers"

    view.set_filter("open")
    window.show_customer(cid)  # the open customer is offered when nothing is selected
    view = tasks_tab(window)
    view.view.clearSelection()
    qtbot.mouseClick(view.buttons["add"], Qt.MouseButton.LeftButton)
    add = view.dialog
    assert add.picker.customer_id() == cid
    save(add)  # no title
    assert add.isVisible() and "title" in add.error.text()
    add.picker.find.setText("nobody here")
    add.widgets["title"].setText("Call about the winter coat")
    save(add)
    assert add.isVisible() and add.error.isVisible()  # no customer chosen
    add.picker.find.setText("5678")
    assert add.picker.customer_id() == cid
    add.widgets["due"].setText("2030-01-15")
    add.widgets["note"].setPlainText("She liked the grey one")
    save(add)
    assert not add.isVisible()
    rows = list_tasks(window.shop.db, "open", cid)
    assert [(r["title"], r["rule"], r["due"]) for r in rows] == [
        ("Call about the winter coat", "by hand", "2030-01-15")
    ]
    assert [r["id"] for r in view.selected_rows()] == [rows[0]["id"]]


def test_print_task_sheet_from_tasks_tab(qtbot, window):
    _cid, tid = bereaved_customer(qtbot, window)
    view = tasks_tab(window)
    view.select_task(tid)
    qtbot.mouseClick(view.buttons["print"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.last_pdf is not None, timeout=20000)
    path = Path(view.last_pdf)
    assert path.parent == window.shop.config.data_dir / "reports"
    assert view.result.open_button.isVisible()
    text = pdf_text(path)
    assert "김민수" in text


def test_weekly_review_from_reports_tab(qtbot, window, tmp_path):
    bereaved_customer(qtbot, window)
    reports = window.reports
    window.tabs.setCurrentWidget(reports)
    label = default_week(date.today(), local_tz()).label
    assert reports.week_text() == label  # the last complete week by default
    reports.week.setEditText("2026-W99")
    qtbot.mouseClick(reports.weekly_button, Qt.MouseButton.LeftButton)
    assert "ISO week" in reports.weekly_result.label.text()  # bad week, said at once
    reports.week.setCurrentIndex(0)
    with qtbot.waitSignal(reports.pdf_made, timeout=30000) as made:
        qtbot.mouseClick(reports.weekly_button, Qt.MouseButton.LeftButton)
        assert reports.weekly_result.progress.isVisible()  # busy while the worker runs
        assert not reports.weekly_button.isEnabled()
    path = Path(made.args[0])
    assert path == window.shop.config.data_dir / "reports" / f"weekly-review-{label}.pdf"
    assert label in pdf_text(path)
    assert reports.weekly_result.open_button.isVisible()
    shot(window, tmp_path, "reports")

    chosen = tmp_path / "review.pdf"
    reports.out.setText(str(chosen))
    with qtbot.waitSignal(reports.pdf_made, timeout=30000):
        qtbot.mouseClick(reports.weekly_button, Qt.MouseButton.LeftButton)
    assert chosen.is_file()

    with qtbot.waitSignal(reports.pdf_made, timeout=30000) as made:
        reports.days.setValue(3)
        qtbot.mouseClick(reports.sheets_button, Qt.MouseButton.LeftButton)
    assert "김민수" in pdf_text(Path(made.args[0]))

    with qtbot.waitSignal(reports.rebuilt, timeout=30000) as rebuilt:
        qtbot.mouseClick(reports.rebuild_button, Qt.MouseButton.LeftButton)
    assert rebuilt.args[0] > 0
    assert window.poll.isActive()
    assert list_tasks(window.shop.db, "open")


def test_settings_shop_name_rules_and_data_folder(qtbot, window, tmp_path):
    qtbot.waitUntil(lambda: window.sweep_state == "done")
    dialog = window.open_settings()
    assert dialog.data_dir.isReadOnly()
    assert dialog.data_dir.text() == str(window.shop.config.data_dir)
    shot(dialog, tmp_path, "settings")
    dialog.shop_name.setText("")
    dialog.shop_address.setText("서울시 마포구 1")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "name" in dialog.error.text()  # kept open, text kept
    assert dialog.shop_address.text() == "서울시 마포구 1"
    dialog.shop_name.setText("민수네 신발")
    dialog.rule_on["miss-you"].setChecked(False)
    dialog.lead["birthday"].setValue(10)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    details = shop_details(window.shop.db)
    assert (details["name"], details["address"]) == ("민수네 신발", "서울시 마포구 1")
    config = window.shop.app.rule_config()
    assert not config.on("miss-you") and config.on("birthday")
    assert config.lead("birthday") == 10

    again = window.open_settings()  # shows what is saved
    assert again.shop_name.text() == "민수네 신발"
    assert not again.rule_on["miss-you"].isChecked()
    assert again.lead["birthday"].value() == 10
    again.reject()


def test_the_settings_dialog_saves_everything_in_one_save(qtbot, window):
    """Name, address, language, staff, two rules and a lead time: one command, one save."""
    qtbot.waitUntil(lambda: window.sweep_state == "done")
    app = window.shop.app
    saves: list[int] = []
    app.on_saved(lambda: saves.append(app.recorder.max_notification_id()))
    before = app.recorder.max_notification_id()
    dialog = window.open_settings()
    dialog.shop_name.setText("민수네 신발")
    dialog.shop_address.setText("서울시 마포구 1")
    dialog.shop_language.setCurrentIndex(dialog.shop_language.findData("ko"))
    dialog.staff.setPlainText("지은\n민호")
    dialog.rule_on["miss-you"].setChecked(False)
    dialog.rule_on["neighbourhood"].setChecked(False)
    dialog.lead["birthday"].setValue(10)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert len(saves) == 1 and saves[0] - before >= 6
    details = shop_details(window.shop.db)
    assert (details["name"], details["language"], details["staff"]) == (
        "민수네 신발",
        "ko",
        ["지은", "민호"],
    )
    config = app.rule_config()
    assert not config.on("miss-you") and not config.on("neighbourhood")
    assert config.lead("birthday") == 10


def test_korean_tasks_reports_settings(qtbot, window, tmp_path):
    _cid, tid = bereaved_customer(qtbot, window)
    install_translator("ko")
    view = window.tasks
    qtbot.waitUntil(lambda: window.tabs.tabText(window.tabs.indexOf(view)) == "할 일(&A)")
    label = window.staff_label
    qtbot.waitUntil(lambda: label.width() >= label.sizeHint().width())  # laid out again
    window.tabs.setCurrentWidget(view)
    view.select_task(tid)
    assert view.model.headerData(TasksModel.DUE, Qt.Orientation.Horizontal) == "기한"
    assert view.model.index(0, view.model.STATUS).data() == "제안됨"
    shot(window, tmp_path, "tasks_ko")
    window.tabs.setCurrentWidget(window.reports)
    assert window.reports.weekly_button.text() == "주간 리뷰 만들기(&M)"
    shot(window, tmp_path, "reports_ko")
    window.tabs.setCurrentWidget(window.today)
    shot(window, tmp_path, "today_ko")
    dialog = window.open_settings()
    assert dialog.rule_on["birthday"].text() == "생일"
    shot(dialog, tmp_path, "settings_ko")
    dialog.reject()
    view.complete()
    shot(view.dialog, tmp_path, "task_done_ko")
    view.dialog.reject()


def test_staff_list_is_shared_by_every_pc(qtbot, window, data_dir):
    from shopcare.ui import settings as local_settings

    qtbot.waitUntil(lambda: window.sweep_state == "done")
    dialog = window.open_settings()
    dialog.staff.setPlainText("지은\nTom\n민호")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert shop_details(window.shop.db)["staff"] == ["지은", "Tom", "민호"]

    local_settings.set_staff_list([])  # a PC that has never seen these names
    other = test_ui.open_window(data_dir, staff=None)
    qtbot.addWidget(other)
    try:
        names = other.staff_names()
        assert names[:3] == ["지은", "Tom", "민호"]
        qtbot.waitUntil(lambda: other.sweep_state == "done")
    finally:
        other.close()
        other.shop.close()
