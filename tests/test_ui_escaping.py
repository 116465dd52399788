"""A customer's name is shown as typed, never read as markup, wherever the window puts it."""

from __future__ import annotations

import pytest
import test_ui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
window = test_ui.window
NAME = "<b>Kim</b> & 'Lee' <i>x"


def shown_as_typed(label: QLabel) -> bool:
    """The label shows NAME literally: plain text, or markup with NAME escaped."""
    if label.textFormat() == Qt.TextFormat.PlainText:
        return NAME in label.text()
    page = QTextDocument()
    page.setHtml(label.text())  # what the person sees of the markup
    return NAME in page.toPlainText()


def test_a_name_that_looks_like_markup_is_shown_as_typed(qtbot, window) -> None:
    shop = window.shop
    cid = str(shop.app.register_customer(shop.actor, name=NAME, phone="010-5678-1234"))
    shop.app.add_task(shop.actor, cid, title="A card for " + NAME)
    window.refresh()
    window.show_customer(cid)
    page = window.customers.page
    assert shown_as_typed(page.profile)
    dialog = page.open_event("log_contact")
    assert shown_as_typed(dialog.findChild(QLabel, "heading"))
    dialog.close()
    forget = window.data.forget_current()
    assert shown_as_typed(forget.explain) and shown_as_typed(forget.type_label)
    forget.close()
    tasks = window.tasks
    window.tabs.setCurrentWidget(tasks)
    tasks.view.selectRow(0)
    form = tasks.dismiss()
    assert shown_as_typed(form.findChild(QLabel, "heading"))
    form.close()
