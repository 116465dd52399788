"""Background work in the window: writers one at a time, readers beside them, never during
a rebuild; typed progress, failures in the window's language, and only what changed refreshes."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading
from pathlib import Path

import pytest
import test_ui
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from shopcare.domain.errors import InvalidInput
from shopcare.i18n import catalogue, error_text
from shopcare.service.config import Config
from shopcare.service.shop import Shop
from shopcare.ui import reports as reports_module
from shopcare.ui.i18n import install_translator
from shopcare.ui.operations import (
    EVERYTHING,
    Changes,
    Estimate,
    Progress,
    ReadOp,
    ShopOp,
    Stage,
    time_left_text,
)

window = test_ui.window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WAIT = 20000


def settled(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.sweep_state == "done" and not window.ops.busy(), timeout=WAIT)


def test_progress_has_one_label_per_stage_and_a_time_estimate() -> None:
    en, ko = catalogue("en"), catalogue("ko")
    for stage in Stage:
        assert en.has(stage.key) and ko.has(stage.key), stage
    progress = Progress(Stage.CATCH_UP, 120_000, 500_000)
    assert progress.text(en) == "Catching up history: 120,000 of 500,000 events"
    assert progress.text(ko) == "지난 기록을 불러오는 중이에요: 500,000건 중 120,000건"
    assert progress.fraction == pytest.approx(0.24)
    assert Progress(Stage.SWEEP).fraction is None

    estimate = Estimate()
    assert estimate.seconds_left(Progress(Stage.CATCH_UP, 0, 1000), now=10.0) is None
    # 100 events in 2 s: 900 more take 18 s.
    left = estimate.seconds_left(Progress(Stage.CATCH_UP, 100, 1000), now=12.0)
    assert left == pytest.approx(18.0)
    assert time_left_text(left, en) == "about 18 seconds left"
    assert time_left_text(1, en) == "about 1 second left"
    assert time_left_text(200, en) == "about 4 minutes left"
    assert time_left_text(200, ko) == "약 4분 남았어요"


def test_changes_say_which_projections_moved() -> None:
    changes = Changes.between({"customers": 5, "tasks": 3}, {"customers": 5, "tasks": 4})
    assert changes.touches("tasks") and not changes.touches("customers", "timeline")
    assert not Changes.between({"tasks": 4}, {"tasks": 4})
    assert EVERYTHING.touches("anything")


def test_writers_queue_on_one_thread_and_readers_run_beside_them(qtbot, window) -> None:
    settled(qtbot, window)
    ops = window.ops
    release = threading.Event()
    threads: dict[str, str] = {}

    def holding_writer(shop: Shop, _progress) -> str:
        threads["first"] = threading.current_thread().name
        release.wait(WAIT / 1000)
        return "first"

    def second_writer(shop: Shop, _progress) -> str:
        threads["second"] = threading.current_thread().name
        return "second"

    done: list[str] = []
    first = ShopOp(None, holding_writer).success(done.append).run_in_background(ops)
    second = ShopOp(None, second_writer).success(done.append).run_in_background(ops)
    # A reader does not wait for the writers: it reads the read models beside them.
    read = ReadOp(None, lambda db, _p: db.execute("SELECT count(*) FROM customers").fetchone()[0])
    read.success(lambda n: done.append(f"read {n}")).run_in_background(ops)
    qtbot.waitUntil(lambda: done == ["read 0"], timeout=WAIT)
    assert "second" not in threads  # queued behind the first writer
    release.set()
    qtbot.waitUntil(lambda: done == ["read 0", "first", "second"], timeout=WAIT)
    assert threads["first"] == threads["second"] == "shopcare-writer"
    assert first.error is None and second.error is None


def test_a_pdf_cannot_start_while_a_rebuild_refills_the_tables(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    settled(qtbot, window)
    shop = window.shop
    cid = str(shop.app.register_customer(shop.actor, name="김민수", phone="010-5678-1234"))
    shop.app.log_contact(shop.actor, cid, channel="phone", summary="asked about boots")
    reports = window.reports
    window.tabs.setCurrentWidget(reports)

    # The real rebuild, held once it has emptied the tables and applied the events,
    # until the test has asked for a PDF.
    refilling, release = threading.Event(), threading.Event()
    real_rebuild = reports_module.rebuild

    def held_rebuild(s: Shop, progress) -> int:
        def report(done: int, total: int = 0, stage=None) -> None:
            progress(done, total)
            if done:
                refilling.set()
                release.wait(WAIT / 1000)

        return real_rebuild(s, report)

    monkeypatch.setattr(reports_module, "rebuild", held_rebuild)
    order: list[str] = []
    window.ops.started.connect(lambda op: order.append(f"start {op.stage}"))
    window.ops.finished.connect(lambda op: order.append(f"end {op.stage}"))

    qtbot.mouseClick(reports.rebuild_button, Qt.MouseButton.LeftButton)
    assert not reports.rebuild_button.isEnabled()  # its parent is off while it runs
    qtbot.waitUntil(refilling.is_set, timeout=WAIT)
    with qtbot.waitSignal(reports.pdf_made, timeout=WAIT) as made:
        qtbot.mouseClick(reports.weekly_button, Qt.MouseButton.LeftButton)
        assert not reports.weekly_button.isEnabled()
        qtbot.waitUntil(lambda: window.ops.gate.readers_waiting == 1, timeout=WAIT)
        assert "start weekly-review" not in order  # it waits for the rebuild
        release.set()
    assert order.index("start weekly-review") > order.index("end rebuild")
    assert reports.rebuild_button.isEnabled() and reports.weekly_button.isEnabled()
    assert reports.rebuild_status.text().startswith("Rebuilt from")
    text = "\n".join(p.extract_text() or "" for p in PdfReader(made.args[0]).pages)
    assert "Weekly review" in text or "주간" in text


def test_a_failure_shows_through_the_catalogue_in_the_window_language(qtbot, window) -> None:
    settled(qtbot, window)
    button = QPushButton("work", window)

    refusal = InvalidInput("errors-not-a-date", what="words-birthday", value="2026-02-30")

    def refuse(_shop: Shop, _progress) -> None:
        raise refusal

    op = ShopOp(button, refuse).run_in_background(window.ops)
    assert not button.isEnabled()
    qtbot.waitUntil(lambda: op.error is not None and button.isEnabled(), timeout=WAIT)
    english = error_text(refusal, catalogue("en"))
    assert english.startswith("birthday") and "2026-02-30" in english
    assert window.statusBar().currentMessage() == english

    install_translator("ko")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "오늘(&T)")
    from shopcare.ui import settings as st

    st.set_language("ko")
    op = ShopOp(button, refuse).run_in_background(window.ops)
    qtbot.waitUntil(lambda: op.error is not None and button.isEnabled(), timeout=WAIT)
    korean = error_text(refusal, catalogue("ko"))
    assert korean != english and "생일" in korean
    assert window.statusBar().currentMessage() == korean


def test_only_the_views_that_show_what_changed_refresh(qtbot, window, data_dir: Path) -> None:
    settled(qtbot, window)
    shop = window.shop
    cid = str(shop.app.register_customer(shop.actor, name="김민수", phone="010-5678-1234"))
    shop.app.note_life_event(shop.actor, cid, kind="bereavement", note="어머니")
    window.refresh()
    settled(qtbot, window)
    resets = {"customers": 0, "tasks": 0}
    window.customers.model.modelReset.connect(
        lambda: resets.__setitem__("customers", 1 + resets["customers"])
    )
    assert window.tasks is not None
    window.tasks.model.modelReset.connect(lambda: resets.__setitem__("tasks", 1 + resets["tasks"]))
    seen: list[Changes] = []
    window.ops.shop_changed.connect(lambda changes, _initiator: seen.append(changes))

    # Another PC schedules the task: only tasks move, so the customer list stays as it is.
    with Shop(Config.resolve(data_dir), staff="민호") as other:
        task = next(r for r in other.db.query("SELECT id FROM tasks"))["id"]
        other.app.schedule_task(other.actor, task, assignee="민호", due="2030-01-02")
    qtbot.waitUntil(lambda: resets["tasks"] > 0, timeout=WAIT)
    assert seen and all(c.projections == {"tasks"} for c in seen)
    assert resets["customers"] == 0
    row = window.tasks.model.row(window.tasks.model.loaded_row_of(task))
    assert (row["status"], row["assignee"]) == ("scheduled", "민호")

    # A contact moves the customer list and the timeline too.
    with Shop(Config.resolve(data_dir), staff="민호") as other:
        other.app.log_contact(other.actor, cid, channel="walk-in", summary="dropped by")
    qtbot.waitUntil(lambda: resets["customers"] > 0, timeout=WAIT)
    assert seen[-1].touches("customers", "timeline")


def test_an_idle_window_keeps_running_for_a_working_day(qtbot, window) -> None:
    """Every second the window polls (a catch-up op, its signals and slots). A Qt binding
    that drops a reference on each signal to a Python slot (PySide6 6.12.0 drops one to
    True) ends the process after some thousand of them: minutes for a window."""
    import gc
    import sys

    def references() -> tuple[int, int]:
        gc.collect()  # garbage left by earlier tests lets go of True and False too (CI)
        return sys.getrefcount(True), sys.getrefcount(False)

    settled(qtbot, window)
    window.poll.stop()  # the test polls itself
    before = references()
    for _ in range(30):  # thirty polls, as thirty idle seconds make
        assert window.request_catch_up() is not None
        qtbot.waitUntil(lambda: not window._catching_up, timeout=WAIT)
    after = references()
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5, (before, after)


def test_a_dialog_closed_before_its_work_ends_is_not_touched_after(qtbot, window) -> None:
    """Data → Duplicates, closed at once: the search still ends, and nothing is written
    into the closed dialog (that once raised 'Internal C++ object already deleted')."""
    dialog = window.data.open_duplicates()
    dialog.close()
    qtbot.waitUntil(lambda: not window.ops.busy(), timeout=10000)
    dialog = window.data.open_duplicates()  # and it works when left open
    qtbot.waitUntil(lambda: not window.ops.busy(), timeout=10000)
    assert dialog.isVisible() and dialog.table.rowCount() == 0
    dialog.close()
