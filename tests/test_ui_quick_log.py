"""The quick log at the front desk, driven by the keyboard alone (offscreen, real shop).

Keys go to whichever widget has the focus, as a clerk's keyboard would send them.
"""

from __future__ import annotations

import pytest
import test_ui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from shopcare.readmodels.customers import search_customers
from shopcare.readmodels.timeline import timeline_rows
from shopcare.ui import settings as st
from shopcare.ui.i18n import install_translator

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
window = test_ui.window

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


class Keyboard:
    """Presses keys where the focus is and counts them (typed text counted apart)."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.keys = 0

    def focus(self):
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.keys += 1
        self.qtbot.keyClick(self.focus(), key, modifier)

    def wait_for(self, widget) -> None:
        """As a person waits to see the dialog before typing."""
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)

    def type(self, text: str) -> None:
        """Typed words (digits, a summary): not counted as keys."""
        self.qtbot.keyClicks(self.focus(), text)


def open_quick_log(keyboard: Keyboard, window):
    """Ctrl+L, and the dialog ready for typing."""
    keyboard.press(Qt.Key.Key_L, CTRL)
    dialog = window.quick_log
    assert dialog is not None
    keyboard.wait_for(dialog.find)
    return dialog


def customers(window, *people: tuple[str, str]) -> dict[str, str]:
    shop = window.shop
    ids = {
        name: str(shop.app.register_customer(shop.actor, name=name, phone=phone))
        for name, phone in people
    }
    window.refresh()
    return ids


def last_summary(window, cid: str) -> str:
    rows = timeline_rows(window.shop.db, cid, newest_first=True)
    return rows[0]["data"].get("summary", "") if rows else ""


def test_a_call_with_one_match_takes_three_keys_besides_the_digits_and_summary(qtbot, window):
    ids = customers(window, ("김민수", "010-5678-1234"), ("박지은", "010-2222-9876"))
    keyboard = Keyboard(qtbot)
    dialog = open_quick_log(keyboard, window)  # Ctrl+L: one key
    keyboard.type("5678")
    keyboard.press(Qt.Key.Key_Return)  # takes the one match, moves on
    assert keyboard.focus() is dialog.summary and dialog.isVisible()
    assert not dialog.error.isVisible()
    keyboard.type("Asked about rain boots")
    keyboard.press(Qt.Key.Key_Return)  # saves
    assert not dialog.isVisible()
    assert last_summary(window, ids["김민수"]) == "Asked about rain boots"
    assert keyboard.keys <= 6


def test_down_and_up_choose_among_matches_while_typing_goes_on(qtbot, window):
    ids = customers(
        window,
        ("Kim Minsu", "010-5678-1234"),
        ("Kim Minji", "010-5678-2222"),
        ("Kim Mina", "010-5678-3333"),
    )
    keyboard = Keyboard(qtbot)
    dialog = open_quick_log(keyboard, window)
    keyboard.type("5678")
    qtbot.waitUntil(lambda: dialog.matches.count() == 3)
    assert "↓ ↑" in dialog.hint.text()
    first = dialog.chosen_customer()
    keyboard.press(Qt.Key.Key_Down)
    keyboard.press(Qt.Key.Key_Down)
    keyboard.press(Qt.Key.Key_Down)  # stops at the last one
    keyboard.press(Qt.Key.Key_Up)
    assert keyboard.focus() is dialog.find  # still typing here
    chosen = dialog.chosen_customer()
    assert chosen not in (None, first)
    row_text = dialog.matches.currentItem().text()
    assert "010-5678" in row_text  # name, phone and last contact tell callers apart
    keyboard.press(Qt.Key.Key_Return)
    assert keyboard.focus() is dialog.summary
    keyboard.type("Called about the order")
    keyboard.press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert last_summary(window, chosen) == "Called about the order"
    assert {last_summary(window, cid) for cid in ids.values() if cid != chosen} == {""}


def test_enter_in_the_match_list_moves_on_instead_of_saving(qtbot, window):
    customers(window, ("Kim Minsu", "010-5678-1234"))
    keyboard = Keyboard(qtbot)
    dialog = open_quick_log(keyboard, window)
    keyboard.type("5678")
    qtbot.waitUntil(lambda: dialog.matches.count() == 1)
    keyboard.press(Qt.Key.Key_Tab)
    assert keyboard.focus() is dialog.matches
    keyboard.press(Qt.Key.Key_Return)
    assert keyboard.focus() is dialog.summary
    assert dialog.isVisible() and not dialog.error.isVisible()


def test_no_match_enter_starts_a_new_customer_with_what_was_typed(qtbot, window):
    keyboard = Keyboard(qtbot)
    dialog = open_quick_log(keyboard, window)
    keyboard.type("Hana Lee")
    qtbot.waitUntil(lambda: "Hana Lee" in dialog.hint.text())
    assert "new customer" in dialog.hint.text()
    keyboard.press(Qt.Key.Key_Return)
    assert dialog.new_button.isChecked() and dialog.new_name.text() == "Hana Lee"
    assert keyboard.focus() is dialog.new_phone
    keyboard.type("010-3333-4444")
    keyboard.press(Qt.Key.Key_Return)
    assert keyboard.focus() is dialog.summary
    keyboard.type("First call")
    keyboard.press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    found = search_customers(window.shop.db, "4444")
    assert [r["name"] for r in found] == ["Hana Lee"]
    assert last_summary(window, found[0]["id"]) == "First call"


def test_alt_s_goes_back_to_the_summary_without_losing_it(qtbot, window):
    customers(window, ("Kim Minsu", "010-5678-1234"))
    keyboard = Keyboard(qtbot)
    dialog = open_quick_log(keyboard, window)
    keyboard.type("5678")
    keyboard.press(Qt.Key.Key_Return)
    keyboard.type("Wants boots")
    dialog.topics.setFocus()
    keyboard.type("size")
    keyboard.press(Qt.Key.Key_S, ALT)
    assert keyboard.focus() is dialog.summary
    keyboard.type(" in 245")
    assert dialog.summary.text() == "Wants boots in 245"


def test_escape_asks_before_throwing_away_what_was_typed(qtbot, window):
    keyboard = Keyboard(qtbot)
    dialog = open_quick_log(keyboard, window)
    keyboard.press(Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not dialog.isVisible()

    window.activateWindow()  # as the desktop gives the focus back to the window
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    dialog = window.quick_log
    keyboard.wait_for(dialog.find)
    keyboard.type("5678")
    dialog.summary.setText("half a note")
    keyboard.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert box.objectName() == "discard_quick_log"
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # on the question: keep writing
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible() and dialog.summary.text() == "half a note"

    keyboard.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.discard_box.isVisible())
    discard = next(b for b in dialog.discard_box.buttons() if "without saving" in b.text())
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_hints_read_in_korean(qtbot, window, tmp_path):
    customers(window, ("김민수", "010-5678-1234"), ("김민지", "010-5678-2222"))
    st.set_language("ko")
    install_translator("ko")
    keyboard = Keyboard(qtbot)
    dialog = open_quick_log(keyboard, window)
    assert dialog.hint.text() == "전화번호 숫자나 이름 일부를 입력하세요."
    keyboard.type("5678")
    qtbot.waitUntil(lambda: dialog.matches.count() == 2)
    assert dialog.hint.text().startswith("↓ ↑ 키로 고객을 고르고")
    dialog.find.setText("이하늘")
    dialog.search()
    assert dialog.hint.text() == "찾는 고객이 없어요. Enter를 누르면 새 고객으로 추가해요: 이하늘"
    dialog.resize(640, dialog.sizeHint().height())
    dialog.grab().save(str(tmp_path / "quick_log_ko.png"))
