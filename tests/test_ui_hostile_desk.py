"""The front desk's new fields as a hostile person would fill them: the first start and
"someone else" at the desk. Each bad value gives one clear line and stores nothing; a
value that is kept is kept cleaned."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog
from test_hostile_input import HOSTILE_TEXT

from shopcare.application import Actor
from shopcare.domain.errors import InvalidInput
from shopcare.domain.values import clean_text
from shopcare.readmodels.care import shop_details
from shopcare.service.config import Config
from shopcare.service.shop import Shop
from shopcare.ui import settings as local
from shopcare.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SETTINGS = settings(
    max_examples=12,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
texts = st.one_of(st.sampled_from(HOSTILE_TEXT), st.text(max_size=80))


@given(name=texts)
@settings(max_examples=200, deadline=None, database=None)
def test_a_staff_name_is_stamped_cleaned_or_refused_in_one_word(name: str) -> None:
    try:
        actor = Actor(staff=name)
    except InvalidInput as refused:
        assert refused.code in {"errors-empty", "errors-text-too-long", "errors-not-text"}
        return
    assert actor.staff and actor.staff == clean_text(name, "words-staff")


def events_in(window: MainWindow) -> int:
    return window.shop.head()


@pytest.fixture
def new_shop_window(qtbot, ui_settings, data_dir: Path):
    shop = Shop(Config.resolve(data_dir), staff="지은", follow=False)
    window = MainWindow(shop, staff="지은", sweep_on_start=False)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    shop.close()


@SETTINGS
@given(name=texts, address=texts, staff=texts)
@example(name="Kim", address="", staff="evil")  # then a name that cleans to nothing:
@example(name="Kim\x00Min", address="", staff="\x00")  # found by CI: refused, "evil" stays
@example(name="Kim", address="", staff="지은\n\x00\n지은")  # one 지은, no blank name
def test_the_first_start_saves_cleaned_words_or_one_line_and_nothing(
    qtbot, new_shop_window, name: str, address: str, staff: str
) -> None:
    window = new_shop_window
    before = events_in(window)
    dialog = window.open_first_start()
    dialog.name.setText(name)
    dialog.address.setText(address)
    dialog.staff.setPlainText(staff)
    # what the fields hold (Qt cannot hold unpaired surrogates: they arrive replaced)
    name, address = dialog.name.text(), dialog.address.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    if dialog.isVisible():  # refused: one line, nothing stored
        assert dialog.error.isVisible() and "\n" not in dialog.error.text().strip()
        assert events_in(window) == before
        dialog.reject()
        return
    details = shop_details(window.shop.db)
    assert details["name"] == clean_text(name, "words-shop-name")
    assert details["address"] == clean_text(address, "words-address")
    assert details["staff"] and all(n == clean_text(n, "words-staff") for n in details["staff"])
    assert len(set(details["staff"])) == len(details["staff"])  # no name twice in the picker
    assert window.shop.actor.staff == details["staff"][0]


@SETTINGS
@given(name=texts)
def test_someone_else_at_the_desk_is_cleaned_or_refused(qtbot, new_shop_window, name: str):
    window = new_shop_window
    window.set_staff("지은")
    kept = list(local.staff_list())
    window.staff_combo.setCurrentIndex(window.staff_combo.count() - 1)
    window.staff_combo.activated.emit(window.staff_combo.count() - 1)
    (asked,) = [d for d in window.findChildren(QInputDialog, "someone_else") if d.isVisible()]
    asked.setTextValue(name)
    name = asked.textValue()  # as Qt holds it
    asked.accept()
    try:
        cleaned = Actor(staff=name).staff
    except InvalidInput:
        assert window.shop.actor.staff == "지은"  # the person at the desk is unchanged
        assert local.staff_list() == kept
        assert window.statusBar().currentMessage().count("\n") == 0
        assert window.statusBar().currentMessage()
        return
    assert window.shop.actor.staff == cleaned
    assert cleaned in window.staff_names() and cleaned in local.staff_list()
