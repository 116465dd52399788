"""The window paints first, whatever state the read models are in; history catches up
in the background with a progress bar, and the views are usable with what is there."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading
from pathlib import Path

import pytest
import test_ui

from shopcare.readmodels.timeline import timeline_rows
from shopcare.service.config import Config
from shopcare.service.demo import fill_demo_shop
from shopcare.service.shop import Shop
from shopcare.ui import main_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WAIT = 30000


def held_catch_up(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event]:
    """The window's real catch-up, held at its first progress report until released."""
    reached, release = threading.Event(), threading.Event()
    real = main_window.catch_up

    def held(shop: Shop, progress) -> int:
        def report(done: int, total: int = 0, stage=None) -> None:
            progress(done, total)
            if not release.is_set():
                reached.set()
                release.wait(WAIT / 1000)

        return real(shop, report)

    monkeypatch.setattr(main_window, "catch_up", held)
    monkeypatch.setattr(main_window, "HISTORY_FROM", 10)  # a small shop counts as history
    return reached, release


@pytest.mark.parametrize("state", ["missing", "behind"])
def test_the_window_paints_before_history_is_caught_up(
    qtbot, ui_settings, data_dir: Path, monkeypatch: pytest.MonkeyPatch, state: str
) -> None:
    config = Config.resolve(data_dir)
    with Shop(config, staff="지은") as shop:
        fill_demo_shop(shop, customers=12, days=60)
        first = shop.db.execute("SELECT id, name FROM customers ORDER BY name LIMIT 1").fetchone()
        known = shop.db.execute("SELECT count(*) FROM customers").fetchone()[0]
        start = 0 if state == "missing" else shop.head()  # where the read models stand
    if state == "missing":  # a new PC, or the read models were deleted
        config.readmodels_path.unlink()
        for extra in config.data_dir.glob("readmodels.sqlite-*"):
            extra.unlink()
    with Shop(config, staff="민호", follow=False) as other:  # saved, not yet projected
        for i in range(40):
            other.app.log_contact(other.actor, first[0], channel="phone", summary=f"call {i}")
        head = other.head()
    reached, release = held_catch_up(monkeypatch)

    window = test_ui.open_window(data_dir)
    qtbot.addWidget(window)
    try:
        qtbot.waitExposed(window)  # on screen, history still behind
        qtbot.waitUntil(reached.is_set, timeout=WAIT)
        shop = window.shop
        assert shop.read.position() < head
        qtbot.waitUntil(window.history_label.isVisible, timeout=WAIT)
        assert window.history_bar.isVisible()
        behind = head - start
        assert window.history_label.text() == f"Catching up history: 0 of {behind:,} events"
        assert window.history_bar.maximum() == behind

        # The views work with what is there.
        window.tabs.setCurrentWidget(window.customers)
        listed = window.customers.model.total()
        assert listed == (0 if state == "missing" else known)
        if state == "behind":
            window.customers.search.setText(first[1])
            qtbot.waitUntil(lambda: window.customers.model.query == first[1], timeout=WAIT)
            assert window.customers.model.total() >= 1
            # A save while history catches up is not caught up on the UI thread:
            # it shows once the queued catch-up gets there.
            dialog = test_ui.quick_log(qtbot, window, "Asked while catching up", find=first[1])
            assert not dialog.isVisible(), dialog.error.text()
            assert shop.read.position() < head

        release.set()
        qtbot.waitUntil(lambda: not window.history_running(), timeout=WAIT)
        assert not window.history_label.isVisible() and not window.history_bar.isVisible()
        assert shop.read.position() >= head
        window.customers.search.clear()
        qtbot.waitUntil(lambda: window.customers.model.total() == known, timeout=WAIT)
        summaries = [r["data"].get("summary", "") for r in timeline_rows(shop.db, first[0])]
        assert sum(s.endswith(tuple(f"call {i}" for i in range(40))) for s in summaries) == 40
        if state == "behind":
            qtbot.waitUntil(
                lambda: any(
                    r["summary"].endswith("Asked while catching up")
                    for r in window.today.recent._rows
                ),
                timeout=WAIT,
            )
    finally:
        release.set()
        window.close()
        window.shop.close()


def test_damaged_read_models_are_set_aside_and_the_window_still_opens_first(
    qtbot, ui_settings, data_dir: Path
) -> None:
    config = Config.resolve(data_dir)
    with Shop(config, staff="지은") as shop:
        cid = str(shop.app.register_customer(shop.actor, name="김민수", phone="010-5678-1234"))
    config.readmodels_path.write_bytes(b"not a database at all" * 500)
    window = test_ui.open_window(data_dir)
    qtbot.addWidget(window)
    try:
        qtbot.waitExposed(window)
        assert "built them again" in window.statusBar().currentMessage()
        assert list(data_dir.glob("readmodels.damaged-*.sqlite"))
        qtbot.waitUntil(lambda: window.customers.model.total() == 1, timeout=WAIT)
        assert window.customers.model.row(0)["id"] == cid
    finally:
        window.close()
        window.shop.close()


def test_the_frame_paints_before_the_shop_opens_then_the_window_takes_its_place(
    qtbot, ui_settings, qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QEvent, QObject

    from shopcare.service import shop as shop_module
    from shopcare.ui.app import open_main_window

    order: list[str] = []

    class Paints(QObject):
        def eventFilter(self, obj, event) -> bool:
            painted = event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.isWindow()
            if painted and (not order or order[-1] != obj.objectName()):
                order.append(obj.objectName())
            return False

    real_init = shop_module.Shop.__init__

    def opening(self, *args, **kwargs) -> None:  # the real opening, noted in the order
        order.append("shop opens")
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(shop_module.Shop, "__init__", opening)
    watch = Paints()
    qapp.installEventFilter(watch)
    try:
        opened = open_main_window(Config.resolve(data_dir), staff="지은")
        assert opened is not None
        window, shop = opened
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: "main_window" in order, timeout=WAIT)
        assert order.index("opening_frame") < order.index("shop opens") < order.index("main_window")
        visible = [w.objectName() for w in qapp.topLevelWidgets() if w.isVisible()]
        assert "opening_frame" not in visible and "main_window" in visible
    finally:
        qapp.removeEventFilter(watch)
        window.close()
        shop.close()
