"""The shop's data in the window: backups, restore, import, merge and forget, driven
through the real widgets offscreen (screenshots in Korean and English go to
/tmp/shots/lifecycle for a person to look at)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from shiboken6 import isValid

from shopcare.readmodels.customers import list_customers, search_customers
from shopcare.readmodels.timeline import timeline_rows
from shopcare.service.backup import backup_folder, list_backups
from shopcare.service.config import Config
from shopcare.service.shop import Shop
from shopcare.ui import settings as st
from shopcare.ui.app import restore_in_between
from shopcare.ui.i18n import install_translator
from shopcare.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHOTS = Path("/tmp/shots/lifecycle")


def open_window(qtbot, data_dir: Path) -> MainWindow:
    shop = Shop(Config.resolve(data_dir), staff="지은", follow=False)
    window = MainWindow(shop, staff="지은", sweep_on_start=False)
    window.resize(1280, 800)
    window.show()
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.ops.busy(), timeout=20000)
    return window


def close(window: MainWindow) -> None:
    window.close()
    window.shop.close()


@pytest.fixture
def window(qtbot, ui_settings, data_dir: Path):
    win = open_window(qtbot, data_dir)
    yield win
    if win.isVisible():
        close(win)


def shot(widget, name: str, lang: str = "en") -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}-{lang}.png"))


def gone(widget) -> bool:
    """Closed (a dialog that deletes itself on close is gone altogether)."""
    return not isValid(widget) or not widget.isVisible()


def korean(window: MainWindow) -> None:
    st.set_language("ko")
    install_translator("ko")
    QCoreApplication.processEvents()


def settle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.ops.busy(), timeout=20000)
    window.refresh()


# ----- backups -------------------------------------------------------------------------------


def test_backups_from_the_window_and_by_themselves_on_close(
    qtbot, window: MainWindow, data_dir: Path
) -> None:
    shop = window.shop
    shop.app.register_customer(shop.actor, name="김민수", phone="010-5678-1234")
    window.refresh()
    assert "No backup yet" in window.data.keeper.label.text()
    dialog = window.data.open_backups()
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20000)
    assert dialog.table.item(0, 1).text() == "1"
    assert "Last backup: today" in window.data.keeper.label.text()
    assert dialog.restore_button.isEnabled()
    shot(dialog, "backups")
    korean(window)
    assert "마지막 백업: 오늘" in window.data.keeper.label.text()
    assert dialog.backup_button.text() == "지금 백업"
    shot(dialog, "backups", "ko")
    shot(window, "window-backup-status", "ko")
    dialog.close()

    config = shop.config
    shop.app.log_contact(
        shop.actor, search_customers(shop.db, "김민수")[0]["id"], channel="phone", summary="부츠"
    )
    close(window)  # closing makes the day's backup: the log moved
    made = list_backups(backup_folder(config))
    assert [b.events for b in made] == [2]  # (one a day: the morning's copy was thinned)
    again = open_window(qtbot, data_dir)
    close(again)  # nothing moved: no new copy
    assert [b.path for b in list_backups(backup_folder(config))] == [made[0].path]


def test_the_window_warns_when_the_backup_folder_is_gone(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    dialog = window.data.open_backups()
    dialog.use_folder(str(stick))
    assert dialog.folder.text() == str(stick.resolve())
    stick.rmdir()
    window.data.keeper.refresh()
    label = window.data.keeper.label
    assert "Backup folder missing" in label.text() and "bold" in label.styleSheet()
    shot(window.statusBar(), "status-folder-missing")
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20000)
    assert "is not there" in dialog.error.text()
    dialog.use_folder(None)
    assert not dialog.default_button.isEnabled()


def test_restore_from_the_window_closes_restores_and_reopens(
    qtbot, window: MainWindow, data_dir: Path
) -> None:
    shop = window.shop
    shop.app.register_customer(shop.actor, name="먼저 온 손님")
    dialog = window.data.open_backups()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20000)
    shop.app.register_customer(shop.actor, name="나중에 온 손님")  # lost by the restore
    box = dialog.ask_to_restore(dialog.selected().path)
    assert box is not None and "1 event" in box.text()
    shot(box, "restore-confirm")
    restore = next(b for b in box.buttons() if b.text() == "Restore")
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    chosen = window.restore_file
    assert chosen is not None
    window.shop.close()
    said = restore_in_between(Config.resolve(data_dir), chosen)
    assert "Restored 1 event" in said
    reopened = open_window(qtbot, data_dir)
    try:
        names = [c["name"] for c in list_customers(reopened.shop.db)]
        assert names == ["먼저 온 손님"]
    finally:
        close(reopened)


# ----- import --------------------------------------------------------------------------------


def cp949_csv(path: Path, rows: list[list[str]]) -> Path:
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows(rows)
    path.write_bytes(text.getvalue().encode("cp949"))
    return path


ROWS = [
    ["성명", "핸드폰", "이메일", "생년월일", "비고", "분류"],
    ["김민수", "010-1234-5678", "minsu@example.kr", "1990.3.5", "사이즈 260", "vip"],
    ["이영희", "01022223333", "", "1985-07-12", "", "단골"],
    ["박지성", "010 2222 3333", "", "", "같은 번호", ""],
    ["Anna Berg", "+44 20 7946 0000", "anna@example.com", "", "", ""],
]


def test_importing_a_korean_excel_csv_with_a_preview_first(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    window.shop.app.register_customer(window.shop.actor, name="Anna Berg", email="anna@example.com")
    path = cp949_csv(tmp_path / "고객.csv", ROWS)
    dialog = window.data.open_import(path)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    assert dialog.table.rowCount() == 4
    outcomes = [dialog.table.item(r, 1).text() for r in range(4)]
    assert outcomes == ["new customer", "new customer", "already there", "already there"]
    assert dialog.columns["phone"].currentText() == "핸드폰"
    assert dialog.counts.text().startswith("To add: 2 · already customers: 2 · refused: 0")
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "Import 2"
    assert list_customers(window.shop.db)[0]["name"] == "Anna Berg"  # nothing written yet
    shot(dialog, "import")
    korean(window)
    assert dialog.import_button.text() == "2명 가져오기"
    assert dialog.table.item(0, 1).text() == "새 고객"
    shot(dialog, "import", "ko")

    dialog.columns["phone"].setCurrentIndex(0)  # "not imported": the phone column is ignored
    qtbot.waitUntil(
        lambda: dialog.plan is not None and "phone" not in dialog.plan.mapping, timeout=20000
    )
    assert dialog.plan.added == 3
    dialog.columns["phone"].setCurrentIndex(dialog.columns["phone"].findText("핸드폰"))
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.added == 2, timeout=20000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gone(dialog), timeout=20000)
    settle(qtbot, window)
    names = sorted(c["name"] for c in list_customers(window.shop.db))
    assert names == ["Anna Berg", "김민수", "이영희"]
    assert window.customers.model.total() == 3


def test_a_refused_row_keeps_the_import_button_off(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    rows = [*ROWS, ["최수빈", "010-9999-1234", "", "2026-02-30", "", ""]]
    rows += [[f"손님{i}", f"010-{5000 + i}-{1000 + i}", "", "", "", ""] for i in range(1500)]
    dialog = window.data.open_import(cp949_csv(tmp_path / "big.csv", rows))
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30000)
    assert len(dialog.plan.refused) == 1 and dialog.plan.added == 1503
    assert not dialog.import_button.isEnabled()
    assert "nothing is imported" in dialog.counts.text().lower()
    refused = [
        r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 1).text() == "refused"
    ]
    why = dialog.table.item(refused[0], dialog.table.columnCount() - 1).text()
    assert "2026-02-30" in why
    assert dialog.table.rowCount() == 50  # a preview; the counts cover the whole file
    shot(dialog, "import-refused")


# ----- merge and forget ------------------------------------------------------------------------


def test_merging_a_duplicate_from_the_customer_page(qtbot, window: MainWindow) -> None:
    shop = window.shop
    add = shop.app.register_customer
    kept = str(add(shop.actor, name="김민수", phone="010-1111-2222", at="2026-10-01T10:00"))
    other = str(add(shop.actor, name="김 민수", email="ms@example.kr", at="2026-11-01T10:00"))
    shop.app.raise_complaint(shop.actor, other, category="delivery", text="배송이 늦었어요")
    window.refresh()
    window.show_customer(kept)
    finder = window.data.open_duplicates()
    qtbot.waitUntil(lambda: finder.table.rowCount() == 1, timeout=20000)
    assert "name" in finder.table.item(0, 2).text()
    shot(finder, "duplicates")
    dialog = finder.merge_selected()
    assert dialog is not None and dialog.other_id == other
    assert "1 open item moves over" in dialog.what.text()
    shot(dialog, "merge")
    korean(window)
    assert "합쳐져요" in dialog.what.text()
    shot(dialog, "merge", "ko")
    shot(finder, "duplicates", "ko")
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gone(dialog), timeout=20000)
    settle(qtbot, window)
    assert window.customers.page.customer_id == kept
    assert [c["id"] for c in list_customers(shop.db)] == [kept]
    assert {r["customer_id"] for r in timeline_rows(shop.db, kept)} == {kept, other}
    window.show_customer(other)  # a link to the other record opens the kept one
    assert window.customers.page.customer_id == kept
    shot(window, "merged-customer", "ko")
    qtbot.waitUntil(lambda: finder.table.rowCount() == 0, timeout=20000)


def test_forgetting_asks_for_the_name_and_then_forgets(
    qtbot, window: MainWindow, data_dir: Path
) -> None:
    shop = window.shop
    cid = str(
        shop.app.register_customer(
            shop.actor, name="QZXNAME 마커수", phone="010-9876-5432", notes="QZXNOTES"
        )
    )
    shop.app.log_contact(shop.actor, cid, channel="phone", summary="QZXSUMMARY")
    window.refresh()
    window.show_customer(cid)
    assert window.customers.page.more_button.isEnabled()
    dialog = window.data.forget_current()
    assert dialog is not None and not dialog.forget_button.isEnabled()
    shot(dialog, "forget")
    dialog.typed.setText("QZXNAME")  # not the whole name
    assert not dialog.forget_button.isEnabled()
    dialog.typed.setText("QZXNAME 마커수")
    assert dialog.forget_button.isEnabled()
    korean(window)
    shot(dialog, "forget", "ko")
    install_translator("en")
    qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result.isVisible(), timeout=30000)
    assert "Forgot QZXNAME 마커수" in dialog.result.text()
    shot(dialog, "forget-done")
    settle(qtbot, window)
    assert window.customers.page.customer_id is None
    assert list_customers(shop.db) == []
    for path in data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"QZX" not in data and b"qzx" not in data, path
            assert "마커수".encode() not in data, path


def test_the_customer_list_and_one_record_go_out_from_the_window(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    shop = window.shop
    cid = str(shop.app.register_customer(shop.actor, name="김민수", phone="010-5678-1234"))
    window.refresh()
    window.show_customer(cid)
    listing, record = tmp_path / "customers.csv", tmp_path / "record.pdf"
    window.data.export_customers(listing)
    window.data.export_record(record)
    qtbot.waitUntil(lambda: listing.exists() and record.exists(), timeout=20000)
    assert listing.read_bytes().startswith(b"\xef\xbb\xbf") and "김민수" in listing.read_text(
        "utf-8-sig"
    )
    assert record.read_bytes().startswith(b"%PDF")
