"""A new shop's first start, and who is at the desk (real window, real shop, offscreen)."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog

from shopcare.readmodels.care import shop_details
from shopcare.service.config import Config
from shopcare.service.demo import fill_demo_shop
from shopcare.service.shop import Shop
from shopcare.ui import settings as st
from shopcare.ui.i18n import install_translator
from shopcare.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SHOTS = Path("/tmp/shots/first_start")


def open_window(qtbot, data_dir: Path) -> MainWindow:
    """As ``run_app`` opens a shop: no staff given, the first start asked for."""
    shop = Shop(Config.resolve(data_dir), staff="staff", follow=False)
    window = MainWindow(shop, staff=None, first_start=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def close(window: MainWindow) -> None:
    window.close()
    window.shop.close()


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_new_shop_is_set_up_once_and_the_picker_lists_its_staff(
    qtbot, ui_settings, data_dir: Path
) -> None:
    window = open_window(qtbot, data_dir)
    try:
        qtbot.waitUntil(lambda: window.first_start_dialog is not None, timeout=10000)
        dialog = window.first_start_dialog
        assert getpass.getuser() not in window.staff_names()  # never the login name
        save(dialog)  # nothing filled in: refused, says why, stays
        assert dialog.isVisible() and dialog.error.isVisible()
        assert "shop name" in dialog.error.text()
        dialog.name.setText("발맞춤 신발")
        dialog.address.setText("서울 마포구 포은로 12")
        dialog.staff.setPlainText("지은\n민호, 수진")
        dialog.language.setCurrentIndex(dialog.language.findData("ko"))
        save(dialog)
        assert not dialog.isVisible()
        details = shop_details(window.shop.db)
        assert details["name"] == "발맞춤 신발" and details["address"] == "서울 마포구 포은로 12"
        assert details["staff"] == ["지은", "민호", "수진"]
        assert window.staff_names() == ["지은", "민호", "수진"]
        assert window.shop.actor.staff == "지은"
    finally:
        close(window)

    again = open_window(qtbot, data_dir)  # set up: not asked again
    try:
        qtbot.waitUntil(lambda: again.sweep_state == "done", timeout=10000)
        assert again.first_start_dialog is None
        assert again.staff_names() == ["지은", "민호", "수진"]
    finally:
        close(again)


def test_someone_else_at_the_desk_is_asked_and_remembered_on_this_pc(
    qtbot, ui_settings, data_dir: Path
) -> None:
    with Shop(Config.resolve(data_dir), staff="지은") as shop:
        shop.app.change_shop_settings(shop.actor, name="꽃집 하루", staff_list=["지은", "민호"])
    window = open_window(qtbot, data_dir)
    try:
        combo = window.staff_combo
        last = combo.count() - 1
        assert combo.itemText(last) == "Someone else…"
        combo.setCurrentIndex(last)
        combo.activated.emit(last)
        asked = window.findChild(QInputDialog, "someone_else")
        assert asked is not None and asked.isVisible()
        asked.setTextValue("아르바이트 수진")
        asked.accept()
        assert window.shop.actor.staff == "아르바이트 수진"
        assert window.staff_names() == ["지은", "민호", "아르바이트 수진"]
    finally:
        close(window)
    other = open_window(qtbot, data_dir)  # the same PC, later
    try:
        assert other.staff_names() == ["지은", "민호", "아르바이트 수진"]
        assert other.shop.actor.staff == "아르바이트 수진"
    finally:
        close(other)


def test_the_demo_shop_and_a_cancelled_first_start(qtbot, ui_settings, tmp_path: Path) -> None:
    demo = tmp_path / "demo"
    with Shop(Config.resolve(demo), staff="지은") as shop:
        fill_demo_shop(shop, customers=5, seed=1, language="ko")
    window = open_window(qtbot, demo)
    try:
        qtbot.waitUntil(lambda: window.sweep_state == "done", timeout=20000)
        assert window.first_start_dialog is None  # the demo shop has its name and staff
        assert window.staff_names()[:4] == list(shop_details(window.shop.db)["staff"])[:4]
    finally:
        close(window)

    new = tmp_path / "new"
    window = open_window(qtbot, new)
    try:
        qtbot.waitUntil(lambda: window.first_start_dialog is not None, timeout=10000)
        window.first_start_dialog.reject()
        assert shop_details(window.shop.db)["name"] == ""
    finally:
        close(window)
    window = open_window(qtbot, new)  # asked again at the next start
    try:
        qtbot.waitUntil(lambda: window.first_start_dialog is not None, timeout=10000)
    finally:
        close(window)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_first_start_screenshot(qtbot, ui_settings, data_dir: Path, lang: str) -> None:
    st.set_language(lang)
    install_translator(lang)
    window = open_window(qtbot, data_dir)
    try:
        qtbot.waitUntil(lambda: window.first_start_dialog is not None, timeout=10000)
        dialog = window.first_start_dialog
        assert dialog.language.currentData() == lang  # the computer's (here: the window's) language
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / f"first_start_{lang}.png"))
        window.grab().save(str(SHOTS / f"window_{lang}.png"))
    finally:
        close(window)
        install_translator("en")
