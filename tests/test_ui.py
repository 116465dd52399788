"""The desktop window, driven through its real widgets (pytest-qt, offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialogButtonBox

from shopcare.readmodels.customers import search_customers
from shopcare.readmodels.timeline import timeline_rows
from shopcare.service.config import Config
from shopcare.service.shop import Shop
from shopcare.ui import settings as st
from shopcare.ui.main_window import MainWindow
from shopcare.ui.models import CustomerTableModel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHOTS = Path("/tmp/ui_shots")


def open_window(data_dir: Path, staff: str | None = "지은", size=(1280, 800)) -> MainWindow:
    """As ``run_app`` opens it: the window catches up (in the background) by itself."""
    shop = Shop(Config.resolve(data_dir), staff=staff or "staff", follow=False)
    window = MainWindow(shop, staff=staff)
    if size:
        window.resize(*size)
    window.show()
    return window


@pytest.fixture
def window(qtbot, ui_settings, data_dir: Path):
    win = open_window(data_dir)
    qtbot.addWidget(win)
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    win.close()
    win.shop.close()


def shot(widget, tmp_path: Path, name: str) -> None:
    """Save a screenshot for the test run, and one for a person to look at."""
    image = widget.grab()
    image.save(str(tmp_path / f"{name}.png"))
    SHOTS.mkdir(parents=True, exist_ok=True)
    image.save(str(SHOTS / f"{name}.png"))


def add_customer(qtbot, window: MainWindow, name: str, phone: str) -> str:
    """Ctrl+N, fill in the new customer dialog, save; return the new id."""
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.customers.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.edits["name"].setText(name)  # QTest cannot type Hangul
    qtbot.keyClicks(dialog.edits["phone"], phone)
    qtbot.keyClick(dialog.edits["phone"], Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert dialog.customer_id
    return dialog.customer_id


def quick_log(qtbot, window: MainWindow, summary: str, find: str | None = None):
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.quick_log
    assert dialog is not None and dialog.isVisible()
    if find is not None:
        dialog.find.setText(find)
        qtbot.keyClick(dialog.find, Qt.Key.Key_Return)  # picks the first match
    qtbot.keyClicks(dialog.summary, summary)
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    return dialog


# ----- tests ---------------------------------------------------------------------------


def test_korean_font_is_bundled_and_registered(ui_settings):
    assert any("Nanum" in f for f in QFontDatabase.families())


def test_add_customer_quick_log_shows_on_timeline_and_today(qtbot, window, tmp_path):
    cid = add_customer(qtbot, window, "김민수", "010-5678-1234")
    assert window.tabs.currentWidget() is window.customers
    assert window.customers.page.customer_id == cid
    assert "김민수" in window.customers.page.profile.text()

    dialog = quick_log(qtbot, window, "Asked about rain boots")
    assert not dialog.isVisible()
    rows = window.customers.page.timeline.rows()
    assert rows[0]["kind"] == "contact"  # newest first
    assert "phone in: Asked about rain boots" in shown_line(window, 0)
    assert rows[0]["staff"] == "지은"
    recent = window.today.recent
    assert recent.rowCount() == 1
    assert recent.row(0)["summary"].endswith("Asked about rain boots")
    assert recent.row(0)["customer_name"] == "김민수"
    shot(window, tmp_path, "customers")
    window.tabs.setCurrentWidget(window.today)
    shot(window, tmp_path, "today")


def test_quick_log_finds_customer_and_keeps_text_on_error(qtbot, window, tmp_path):
    shop = window.shop
    shop.app.register_customer(shop.actor, name="박지은", phone="010-2222-9876")
    window.refresh()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.quick_log
    assert dialog.channel.currentData() == "phone" and dialog.direction.currentData() == "in"
    qtbot.keyClicks(dialog.find, "9876")
    qtbot.keyClick(dialog.find, Qt.Key.Key_Return)
    assert dialog.matches.count() == 1 and dialog.isVisible()
    qtbot.keyClicks(dialog.topics, "sizes, boots")
    dialog.connection.setChecked(True)
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)  # empty summary: refused
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "summary" in dialog.error.text()
    assert dialog.topics.text() == "sizes, boots"
    shot(dialog, tmp_path, "quick_log_error")
    qtbot.keyClicks(dialog.summary, "Wanted a bigger size")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    cid = search_customers(shop.db, "9876")[0]["id"]
    row = timeline_rows(shop.db, cid, newest_first=True)[0]
    assert row["data"]["topics"] == ["sizes", "boots"] and row["data"]["connection"] is True


def test_quick_log_new_customer_inline(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.quick_log
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    dialog.new_name.setText("이하늘")
    qtbot.keyClicks(dialog.new_phone, "010-3333-4444")
    qtbot.keyClicks(dialog.summary, "First visit")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    found = search_customers(window.shop.db, "하늘")
    assert [r["name"] for r in found] == ["이하늘"]
    assert found[0]["contacts"] == 1


def test_search_by_phone_digits_and_korean_name_part(qtbot, window, qtmodeltester):
    shop = window.shop
    for name, phone in (
        ("김민수", "010-5678-1234"),
        ("최영희", "010-1111-2222"),
        ("Anna Berg", "010-9999-0000"),
    ):
        shop.app.register_customer(shop.actor, name=name, phone=phone)
    window.refresh()
    view = window.customers
    model = view.model
    qtmodeltester.check(model)
    assert model.total() == 3
    window.tabs.setCurrentWidget(view)
    qtbot.keyClicks(view.search, "1234")
    qtbot.waitUntil(lambda: model.query == "1234")
    assert [model.row(i)["name"] for i in range(model.rowCount())] == ["김민수"]
    assert view.page.row["name"] == "김민수"  # the first match opens
    view.search.setText("민수")
    qtbot.waitUntil(lambda: model.query == "민수")
    assert [model.row(i)["name"] for i in range(model.rowCount())] == ["김민수"]
    qtmodeltester.check(model)
    view.search.clear()
    qtbot.waitUntil(lambda: model.total() == 3)


def test_customer_model_fetches_lazily(qtbot, ui_settings, shop, qtmodeltester):
    for i in range(1200):
        shop.app.register_customer(shop.actor, name=f"Customer {i:04}")
    model = CustomerTableModel(shop.db)
    assert model.total() == 1200
    assert model.rowCount() == CustomerTableModel.CHUNK
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * CustomerTableModel.CHUNK
    (last,) = search_customers(shop.db, "Customer 1199")
    assert model.row_of(last["id"]) == 1199
    assert model.row(1199)["name"] == "Customer 1199"
    assert model.rowCount() == 1200
    qtmodeltester.check(model)


def test_staff_switch_records_new_staff(qtbot, window):
    cid = add_customer(qtbot, window, "김민수", "010-5678-1234")
    window.apply_settings(["지은", "민호"], "en")
    assert window.staff_names() == ["지은", "민호"]
    window.staff_combo.setCurrentIndex(1)
    window.staff_combo.activated.emit(1)  # as a person's choice in the list does
    assert window.shop.actor.staff == "민호"
    assert st.current_staff() == "민호"
    quick_log(qtbot, window, "Called back")
    rows = timeline_rows(window.shop.db, cid, newest_first=True)
    assert rows[0]["staff"] == "민호"
    assert rows[-1]["staff"] == "지은"  # registered before the switch


def test_language_switch_to_korean(qtbot, window, tmp_path):
    add_customer(qtbot, window, "김민수", "010-5678-1234")
    quick_log(qtbot, window, "Asked about rain boots")
    assert window.tabs.tabText(0) == "&Today"
    window.open_settings()
    dialog = window.settings_dialog
    shot(dialog, tmp_path, "settings")
    dialog.language.setCurrentIndex(dialog.language.findData("ko"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert st.language() == "ko"
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "오늘(&T)")  # LanguageChange is posted
    label = window.customers.page.filter_label
    qtbot.waitUntil(lambda: label.width() >= label.sizeHint().width())  # laid out again
    assert window.tabs.tabText(1) == "고객(&C)"
    assert window.customers.page.buttons["log_contact"].text() == "연락 기록(&O)"
    assert window.customers.page.timeline.headerData(0, Qt.Orientation.Horizontal) == "일시"
    assert window.customers.page.timeline.index(0, 1).data() == "연락"
    shot(window, tmp_path, "customers_ko")
    window.tabs.setCurrentWidget(window.today)
    shot(window, tmp_path, "today_ko")
    window.open_quick_log()
    assert window.quick_log.windowTitle() == "빠른 기록"
    shot(window.quick_log, tmp_path, "quick_log_ko")
    window.quick_log.reject()


def test_another_process_shows_up_within_two_seconds(qtbot, window, data_dir):
    cid = add_customer(qtbot, window, "김민수", "010-5678-1234")
    with Shop(Config.resolve(data_dir), staff="민호") as other:
        other.app.log_contact(other.actor, cid, channel="walk-in", summary="Dropped by")
    qtbot.waitUntil(
        lambda: any(r["summary"].endswith("Dropped by") for r in window.today.recent._rows),
        timeout=2000,
    )
    rows = window.customers.page.timeline.rows()
    assert shown_line(window, 0) == "#2  walk-in: Dropped by" and rows[0]["staff"] == "민호"


def shown_line(window, row: int) -> str:
    """What the customer page's timeline shows in its What column (newest first)."""
    model = window.customers.page.timeline
    return model.index(row, model.WHAT).data()


def test_event_dialogs_errors_and_corrections(qtbot, window, tmp_path, qtmodeltester):
    add_customer(qtbot, window, "김민수", "010-5678-1234")
    page = window.customers.page
    qtbot.mouseClick(page.buttons["note_purchase"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.widgets["item"], "Rain boots")
    qtbot.keyClicks(dialog.widgets["amount"], "lots")
    qtbot.keyClick(dialog.widgets["amount"], Qt.Key.Key_Return)
    assert dialog.isVisible() and "amount" in dialog.error.text()
    assert dialog.widgets["item"].text() == "Rain boots"
    shot(dialog, tmp_path, "purchase_error")
    dialog.widgets["amount"].setText("59000")
    qtbot.keyClick(dialog.widgets["amount"], Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert shown_line(window, 0) == "#2  Bought Rain boots (59,000)"

    page.open_event("raise_complaint")
    complaint = page.dialog
    qtbot.keyClicks(complaint.widgets["category"], "product")
    qtbot.keyClicks(complaint.widgets["text"], "The sole came loose")
    complaint.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert not complaint.isVisible()
    assert window.today.waiting.rowCount() == 1

    page.open_event("schedule_followup")
    follow = page.dialog
    follow.widgets["due"].setText("2000-01-01")
    qtbot.keyClicks(follow.widgets["reason"], "Did the boots fit?")
    qtbot.keyClick(follow.widgets["reason"], Qt.Key.Key_Return)
    assert window.today.followups.rowCount() == 1

    # Withdraw the purchase: shown beside it, struck through, marked.
    purchase_row = next(i for i, r in enumerate(page.timeline.rows()) if r["kind"] == "purchase")
    page.timeline_view.selectRow(purchase_row)
    page.open_event("correct_entry")
    fix = page.dialog
    assert fix.widgets["entry"].currentData() == page.timeline.rows()[purchase_row]["entry"]
    fix.widgets["note"].setPlainText("Wrong customer")
    fix.widgets["void"].setChecked(True)
    fix.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    rows = page.timeline.rows()
    purchase = next(r for r in rows if r["kind"] == "purchase")
    assert purchase["voided"] and "Wrong customer" in purchase["correction"]
    i = rows.index(purchase)
    assert "[withdrawn]" in page.timeline.index(i, 3).data()
    assert page.timeline.index(i, 4).data() == "지은: Wrong customer"
    assert page.timeline.index(i, 0).data(Qt.ItemDataRole.FontRole).strikeOut()

    page.kind_filter.setCurrentIndex(page.kind_filter.findData("complaint"))
    assert page.proxy.rowCount() == 1
    qtmodeltester.check(page.proxy)
    qtmodeltester.check(page.timeline)
    qtmodeltester.check(window.today.waiting)
    qtmodeltester.check(window.today.recent)
    page.kind_filter.setCurrentIndex(0)
    shot(window, tmp_path, "customer_timeline")


def test_window_remembers_geometry_splitter_and_staff(qtbot, ui_settings, data_dir):
    first = open_window(data_dir, staff="민호")
    qtbot.addWidget(first)
    first.resize(760, 560)  # the offscreen screen is 800x600
    first.customers.splitter.setSizes([300, 690])
    sizes = first.customers.splitter.sizes()
    first.close()
    first.shop.close()
    second = open_window(data_dir, staff=None, size=None)
    qtbot.addWidget(second)
    assert second.shop.actor.staff == "민호"
    assert second.customers.splitter.sizes() == sizes
    assert (second.width(), second.height()) == (760, 560)
    second.close()
    second.shop.close()
