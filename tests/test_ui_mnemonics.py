"""Every window and dialog, in Korean and in English: no Alt+letter is used twice where a
person sees it, and no keyboard shortcut twice in one window.

Alt+R once meant 반품, 정정 and the 보고서 tab at the same time; a clerk pressing it got
whichever Qt chose. This walks what the app can open, for real, and reads what is shown.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import test_ui
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QToolBar,
    QWidget,
)

from shopcare.ui import settings as st
from shopcare.ui.i18n import install_translator

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
MNEMONIC = re.compile(r"&(?!&)(\w)")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled()


def labelled(top: QWidget) -> Iterator[tuple[str, str]]:
    """(text, where) of everything in ``top`` that shows an Alt+letter now."""
    for button in top.findChildren(QAbstractButton):
        if shown(button) and button.window() is top:
            yield button.text(), f"button {button.objectName() or button.text()!r}"
    for label in top.findChildren(QLabel):
        if shown(label) and label.buddy() is not None and label.window() is top:
            yield label.text(), f"label {label.text()!r}"
    for box in top.findChildren(QGroupBox):
        if shown(box) and box.window() is top:
            yield box.title(), f"group {box.title()!r}"
    for bar in top.findChildren(QTabBar):
        if shown(bar) and bar.window() is top:
            for i in range(bar.count()):
                if bar.isTabVisible(i):
                    yield bar.tabText(i), f"tab {bar.tabText(i)!r}"
    for toolbar in top.findChildren(QToolBar):
        if shown(toolbar):
            for action in toolbar.actions():
                if action.isVisible() and not action.isSeparator() and action.text():
                    menu = action.menu()
                    yield action.text(), f"toolbar {action.text()!r}" + (" (menu)" if menu else "")


def clashes(top: QWidget) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = defaultdict(list)
    for text, where in labelled(top):
        key = mnemonic(text)
        if key:
            seen[key].append(where)
    return {k: v for k, v in seen.items() if len(v) > 1}


def shortcut_clashes(top: QWidget) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = defaultdict(list)
    for action in top.findChildren(QAction):
        for key in action.shortcuts():
            if not key.isEmpty() and action.isEnabled():
                seen[key.toString()].append(action.text() or action.objectName())
    return {k: v for k, v in seen.items() if len(v) > 1}


def menu_clashes(top: QWidget) -> dict[str, list[str]]:
    """Items of one open menu share its Alt+letters."""
    found = {}
    for menu in top.findChildren(QMenu):
        seen: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            if action.isVisible() and (key := mnemonic(action.text())):
                seen[key].append(action.text())
        for key, texts in seen.items():
            if len(texts) > 1:
                found[f"{menu.title() or menu.objectName()}: {key}"] = texts
    return found


def walk(window) -> Iterator[tuple[str, Callable[[], QWidget | None]]]:
    """Every place a person can be, as (name, how to get there)."""
    for i in range(window.tabs.count()):
        yield f"main window, tab {i}", (lambda i=i: (window.tabs.setCurrentIndex(i), window)[1])
    yield "quick log", window.open_quick_log
    yield "settings", window.open_settings
    yield "new customer", window.customers.new_customer
    window_customers = window.customers

    def customer_page():
        window.tabs.setCurrentWidget(window_customers)
        return window

    yield "main window, a customer shown", customer_page
    yield "edit customer", window_customers.edit_customer
    for method in (
        "log_contact",
        "note_purchase",
        "request_return",
        "receive_feedback",
        "raise_complaint",
        "note_life_event",
        "refer_elsewhere",
        "send_gift",
        "schedule_followup",
        "correct_entry",
    ):
        yield f"event {method}", (lambda m=method: window_customers.page.open_event(m))
    yield "backups", window.data.open_backups
    yield "import", window.data.open_import
    yield "duplicates", window.data.open_duplicates
    yield "forget", window.data.forget_current

    def reports_with_a_pdf():
        from shopcare.reports.files import make_weekly_review

        _, pdf = make_weekly_review(window.shop.db, None, window.shop.config.data_dir / "w.pdf")
        window.tabs.setCurrentWidget(window.reports)
        window.reports.weekly_result.done("made", pdf)
        window.reports.pane.show_pdf(pdf)
        return window

    yield "main window, reports with a PDF shown", reports_with_a_pdf
    yield "first start", window.open_first_start
    yield "about", window.open_about
    tasks = window.tasks

    def task_chosen(action: str):
        def go():
            window.tabs.setCurrentWidget(tasks)
            tasks.view.selectRow(0)
            return getattr(tasks, action)()

        return go

    yield "add a task", tasks.add_by_hand
    for action in ("schedule", "complete", "dismiss"):
        yield f"task {action}", task_chosen(action)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_no_alt_letter_or_shortcut_is_used_twice_where_it_is_seen(
    qtbot, ui_settings, data_dir: Path, lang: str
) -> None:
    window = test_ui.open_window(data_dir, size=(1366, 768))
    qtbot.addWidget(window)
    try:
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.sweep_state == "done", timeout=20000)
        shop = window.shop
        cid = str(shop.app.register_customer(shop.actor, name="김민수", phone="010-5678-1234"))
        shop.app.log_contact(shop.actor, cid, channel="phone", summary="부츠 문의")
        shop.app.add_task(shop.actor, cid, title="감사 카드")
        window.refresh()
        window.show_customer(cid)
        st.set_language(lang)
        install_translator(lang)
        problems: dict[str, object] = {}
        for place, go in walk(window):
            top = go()
            QApplication.processEvents()
            if top is None:
                problems[place] = "could not be opened"
                continue
            if found := clashes(top):
                problems[place] = found
            if found := shortcut_clashes(top):
                problems[f"{place} (shortcuts)"] = found
            if top is not window:
                top.close()
                QApplication.processEvents()
        if found := menu_clashes(window):
            problems["menus"] = found
        for place, found in problems.items():
            print(lang, place, found)
        assert not problems, problems
    finally:
        install_translator("en")
        window.close()
        window.shop.close()


def test_an_alt_letter_acts_at_once_now_that_it_is_unique(
    qtbot, ui_settings, data_dir: Path
) -> None:
    """Alt+I (Correction) opens the correction form, not a tour of three buttons."""
    window = test_ui.open_window(data_dir, size=(1366, 768))
    qtbot.addWidget(window)
    try:
        qtbot.waitExposed(window)
        shop = window.shop
        cid = str(shop.app.register_customer(shop.actor, name="김민수", phone="010-5678-1234"))
        window.refresh()
        window.show_customer(cid)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        page = window.customers.page
        qtbot.waitUntil(lambda: page.buttons["correct_entry"].isVisible())
        qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
        assert page.dialog.objectName() == "dialog_correct_entry"
        page.dialog.close()
    finally:
        window.close()
        window.shop.close()
