"""The main window: staff picker, Today, Customers, Quick log, Settings, live updates.

The window never waits on the store. It shows what the read models hold at once;
catching up (history on a new PC, what other PCs saved) is a queued op on the
writer thread, polled every second, with a progress bar and a time estimate while
history is far behind. When a PostgreSQL server cannot be reached, a banner says
since when, saving is off, and both come back by themselves with the server.
"""

from __future__ import annotations

import contextlib
import time
from datetime import date, datetime
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from shopcare import clock
from shopcare.application import Actor
from shopcare.domain.errors import InvalidInput
from shopcare.i18n import error_text
from shopcare.readmodels.care import shop_details
from shopcare.service.problems import Notice
from shopcare.service.shop import Shop
from shopcare.ui import settings as st
from shopcare.ui.about import AboutDialog
from shopcare.ui.customers import CustomersView
from shopcare.ui.data_menu import DataActions
from shopcare.ui.dialogs import SettingsDialog
from shopcare.ui.first_start import FirstStartDialog
from shopcare.ui.forms import named
from shopcare.ui.i18n import (
    Retranslating,
    effective_language,
    install_translator,
    window_catalogue,
    window_language,
)
from shopcare.ui.operations import (
    EVERYTHING,
    Changes,
    Estimate,
    Op,
    Operations,
    Progress,
    Reporter,
    ShopOp,
    Stage,
    failure_text,
    is_unreachable,
    notice_text,
    time_left_text,
)
from shopcare.ui.quick_log import QuickLogDialog
from shopcare.ui.reports import ReportsView
from shopcare.ui.resources import app_icon
from shopcare.ui.today import TodayView

POLL_MS = 1000
#: Background work starts after the first paint, or after this long if never shown.
START_ANYWAY_MS = 1000
#: Further behind than this, catching up shows a progress bar and saves wait for it.
HISTORY_FROM = 2000
#: While history catches up, the views show what is there, refreshed this often.
HISTORY_REFRESH_S = 2.0


def catch_up(shop: Shop, progress: Reporter) -> int:
    """The writer's catch-up: what others saved, or a whole history on a new PC."""
    shop.ping()  # a server that went away is said at once, not after the library's retries
    start = shop.read.position()
    total = max(0, shop.head() - start)
    if total < HISTORY_FROM:
        return shop.catch_up()
    progress(0, total)
    return shop.catch_up(progress=lambda position: progress(position - start, total))


#: The staff picker's last item: a name not on the shop's list.
SOMEONE_ELSE = "\x00someone-else"


class MainWindow(Retranslating, QMainWindow):
    def __init__(
        self,
        shop: Shop,
        staff: str | None = None,
        sweep_on_start: bool = True,
        first_start: bool = False,
    ) -> None:
        super().__init__()
        self.shop = shop
        #: Ask a new shop its name, staff and language once the history is caught up.
        self._first_start = first_start
        self.first_start_dialog: FirstStartDialog | None = None
        self.ops = Operations(shop, self)
        self.sweep_state = "not run"  # "running", "done", "failed"
        self._closing = False
        self._catching_up = False  # a catch-up op is queued or running
        self._history: Progress | None = None  # history far behind, being caught up
        self._estimate = Estimate()
        self._history_shown = 0.0
        self.unreachable_since: datetime | None = None  # the server, when it went away
        self.saving_enabled = True
        self.setObjectName("main_window")
        self.setWindowIcon(app_icon())
        self.quick_log: QuickLogDialog | None = None
        self.settings_dialog: SettingsDialog | None = None

        # ----- toolbar: staff picker and actions ---------------------------------
        self.toolbar = named(QToolBar(), "main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self.staff_label = QLabel()
        self.staff_label.setContentsMargins(6, 0, 6, 0)
        self.staff_combo = named(QComboBox(), "staff_combo")
        self.staff_combo.setMinimumContentsLength(10)
        self.staff_label.setBuddy(self.staff_combo)
        self.toolbar.addWidget(self.staff_label)
        self.toolbar.addWidget(self.staff_combo)
        self.toolbar.addSeparator()

        self.quick_log_action = QAction(self)
        self.quick_log_action.setObjectName("action_quick_log")
        self.quick_log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.quick_log_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quick_log_action.triggered.connect(self.open_quick_log)
        self.new_customer_action = QAction(self)
        self.new_customer_action.setObjectName("action_new_customer")
        self.new_customer_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_customer_action.triggered.connect(self._new_customer)
        self.find_action = QAction(self)
        self.find_action.setObjectName("action_find")
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.settings_action = QAction(self)
        self.settings_action.setObjectName("action_settings")
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)
        for action in (
            self.quick_log_action,
            self.new_customer_action,
            self.find_action,
            self.settings_action,
        ):
            self.toolbar.addAction(action)
        self.about_action = QAction(self)
        self.about_action.setObjectName("action_about")
        self.about_action.triggered.connect(self.open_about)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.addAction(self.quit_action)

        # ----- views ------------------------------------------------------------------
        self.tabs = named(QTabWidget(), "tabs")
        self.today = TodayView(shop)
        self.customers = CustomersView(shop)
        self.tabs.addTab(self.today, "")
        self.tabs.addTab(self.customers, "")
        self.tasks = None
        if find_spec("shopcare.readmodels.tasks") is not None:
            try:
                from shopcare.ui.tasks import TasksView

                self.tasks = TasksView(shop, self.ops, self._current_customer)
                self.tabs.addTab(self.tasks, "")
            except Exception:  # the tasks read model is still being built
                self.tasks = None
        self.reports = ReportsView(shop, self.ops)
        self.tabs.addTab(self.reports, "")
        self.banner = named(QLabel(), "server_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fdecea; color: #8a1c12; border: 1px solid #f5c2bc;"
            " padding: 6px 10px; font-weight: bold;"
        )
        self.banner.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        for i in range(self.tabs.count()):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, n=i: self.tabs.setCurrentIndex(n))
            self.addAction(action)
        self.today.open_customer.connect(self.show_customer)
        self.customers.changed.connect(self._saved_here)
        if self.tasks is not None:
            self.tasks.changed.connect(self._saved_here)
            self.tasks.open_customer.connect(self.show_customer)
            self.today.could_do.connect(self.show_could_do)
            tasks = self.tasks
            self.today.show_acts.connect(lambda: self.tabs.setCurrentWidget(tasks))
        self.ops.shop_changed.connect(self._shop_changed)
        self.ops.noticed.connect(self.show_notice)
        self.busy = named(QProgressBar(), "busy_indicator")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(14)
        self.busy.hide()
        self._working: set[int] = set()  # ops started and not finished (ids)
        self.ops.started.connect(self._op_started)
        self.ops.finished.connect(self._op_finished)
        self.history_label = named(QLabel(), "history_label")
        self.history_bar = named(QProgressBar(), "history_progress")
        self.history_bar.setMaximumWidth(220)
        self.history_bar.setMaximumHeight(14)
        self.history_bar.setTextVisible(False)
        self.history_label.hide()
        self.history_bar.hide()
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.history_label)
        self.statusBar().addPermanentWidget(self.history_bar)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.status)
        #: A backup the owner chose to restore: ``run_app`` restores it after this closes.
        self.restore_file: Path | None = None
        self.data = DataActions(self)  # Data menu, merge/forget, backups (ui/data_menu.py)
        self.toolbar.addAction(self.about_action)  # last, after the Data menu

        self._load_staff(staff)
        self.staff_combo.activated.connect(self._staff_chosen)
        self.retranslate()
        self._restore_layout()

        if not shop.follows:  # this window decides when its own saves are caught up
            shop.app.on_saved(self._after_save)
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.request_catch_up)
        # Background work starts once the window has painted (Python threads share one
        # interpreter lock: a catch-up started earlier would slow the first paint down).
        self._sweep_on_start = sweep_on_start
        self._started = False
        QTimer.singleShot(START_ANYWAY_MS, self._start_background)  # a window never shown
        for notice in shop.notices:  # e.g. damaged read models moved aside at opening
            self.show_notice(notice)
        shop.notices.clear()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._started:
            QTimer.singleShot(0, self._start_background)

    def _start_background(self) -> None:
        """History first (queued on the writer), then the day's sweep, then the poll."""
        if self._started or self._closing:
            return
        self._started = True
        self.request_catch_up()
        if self._sweep_on_start:
            self.run_sweep()
        self.poll.start()

    # ----- texts -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("ShopCare"))
        self.staff_label.setText(self.tr("&Staff:"))
        self.staff_combo.setToolTip(self.tr("Who is logging: everything saved records this name"))
        self.quick_log_action.setText(self.tr("&Quick log"))
        self.quick_log_action.setToolTip(self.tr("Log a contact (Ctrl+L)"))
        self.new_customer_action.setText(self.tr("New customer"))
        self.new_customer_action.setToolTip(self.tr("Register a new customer (Ctrl+N)"))
        self.find_action.setText(self.tr("Find"))
        self.find_action.setToolTip(self.tr("Search customers (Ctrl+F)"))
        self.settings_action.setText(self.tr("Settings"))
        self.about_action.setText(window_catalogue()("window-about-action"))
        self.tabs.setTabText(0, self.tr("&Today"))
        self.tabs.setTabText(1, self.tr("&Customers"))
        if self.tasks is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.tasks), self.tr("T&asks"))
        self.tabs.setTabText(self.tabs.indexOf(self.reports), self.tr("&Reports"))
        self.busy.setToolTip(self.tr("Working in the background…"))
        self._update_status()
        self._show_history()
        self._show_banner()

    def _update_status(self) -> None:
        text = self.tr("Data: %1").replace("%1", str(self.shop.config.data_dir))
        self.status.setText(text)

    # ----- staff -----------------------------------------------------------------------

    def _load_staff(self, given: str | None) -> None:
        """The shop's staff (the same on every PC), then names used on this PC; the
        last one chosen here first. Never the computer's login name."""
        shared = shop_details(self.shop.db)["staff"]
        names = shared + [n for n in st.staff_list() if n not in shared]
        current = (given or "").strip() or st.current_staff() or (names[0] if names else "")
        current = current or window_catalogue()("window-staff-unnamed")
        if current not in names:
            names.append(current)
        self._fill_staff(names, current)
        if not self.set_staff(current):  # a name this PC kept that cannot be stamped
            self.set_staff(window_catalogue()("window-staff-unnamed"))

    def staff_names(self) -> list[str]:
        """The names the staff picker offers (without "someone else…")."""
        combo = self.staff_combo
        return [
            combo.itemText(i) for i in range(combo.count()) if combo.itemData(i) != SOMEONE_ELSE
        ]

    def _fill_staff(self, names: list[str], current: str) -> None:
        self.staff_combo.blockSignals(True)
        self.staff_combo.clear()
        self.staff_combo.addItems(names)
        self.staff_combo.addItem(window_catalogue()("window-staff-someone-else"), SOMEONE_ELSE)
        self.staff_combo.setCurrentIndex(max(0, self.staff_combo.findText(current)))
        self.staff_combo.blockSignals(False)

    def _staff_chosen(self, index: int) -> None:
        if self.staff_combo.itemData(index) == SOMEONE_ELSE:
            self.ask_someone_else()
        else:
            self.set_staff(self.staff_combo.itemText(index))

    def ask_someone_else(self) -> QInputDialog:
        """A name not on the list: asked, then kept on this PC's list."""
        before = self.shop.actor.staff
        cat = window_catalogue()
        dialog = QInputDialog(self)
        dialog.setObjectName("someone_else")
        dialog.setWindowTitle(cat("window-staff-someone-else"))
        dialog.setLabelText(cat("window-staff-someone-else-ask"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(name: str) -> None:
            if self.set_staff(name):
                st.set_staff_list([*st.staff_list(), self.shop.actor.staff])
            else:
                self.set_staff(before)

        dialog.textValueSelected.connect(chosen)
        dialog.rejected.connect(lambda: self.set_staff(before))
        dialog.open()
        return dialog

    def set_staff(self, name: str) -> bool:
        """Who is at the desk from now on; False (and one line why) for a name that cannot
        be stamped on events (empty, too long, not text)."""
        try:
            actor = Actor(staff=name)
        except InvalidInput as refused:
            self.statusBar().showMessage(error_text(refused, window_catalogue()), 8000)
            return False
        name = actor.staff
        index = self.staff_combo.findText(name)
        if index < 0:  # a new name goes before "someone else…"
            index = self.staff_combo.count() - 1
            self.staff_combo.insertItem(index, name)
        self.staff_combo.blockSignals(True)
        self.staff_combo.setCurrentIndex(index)
        self.staff_combo.blockSignals(False)
        self.shop.actor = actor
        st.set_current_staff(name)
        return True

    def open_about(self) -> AboutDialog:
        dialog = AboutDialog(self.shop.config, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # ----- the first start ---------------------------------------------------------

    def open_first_start(self) -> FirstStartDialog:
        """Set a new shop up: name, address, staff, language, backups (one save)."""
        dialog = FirstStartDialog(self.shop, effective_language(st.language()), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._first_start_saved)
        dialog.destroyed.connect(lambda: setattr(self, "first_start_dialog", None))
        self.first_start_dialog = dialog
        dialog.open()
        dialog.activateWindow()
        return dialog

    def _first_start_saved(self, staff: list[str], language: str) -> None:
        self._load_staff(staff[0] if staff else None)
        if st.language() == "system" and language != effective_language("system"):
            st.set_language(language)  # the owner's choice over the computer's
            install_translator(language)
        self._saved_here()

    def _check_first_start(self) -> None:
        if not self._first_start:
            return
        self._first_start = False
        if not shop_details(self.shop.db)["name"] and self.unreachable_since is None:
            self.open_first_start()

    # ----- actions ------------------------------------------------------------------

    def open_quick_log(self) -> QuickLogDialog:
        if self.quick_log is not None and self.quick_log.isVisible():
            self.quick_log.activateWindow()
            return self.quick_log
        current = (
            self.customers.page.customer_id if self.tabs.currentWidget() is self.customers else None
        )
        dialog = QuickLogDialog(self.shop, current, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._quick_logged)
        dialog.destroyed.connect(lambda: setattr(self, "quick_log", None))
        self.quick_log = dialog
        dialog.open()
        dialog.activateWindow()  # the keys typed next go to it, whatever the platform
        return dialog

    def _quick_logged(self, customer_id: str) -> None:
        self._saved_here()
        self.statusBar().showMessage(self.tr("Saved."), 4000)
        if self.tabs.currentWidget() is self.customers:
            self.customers.show_customer(customer_id)

    def _new_customer(self) -> None:
        self.tabs.setCurrentWidget(self.customers)
        self.customers.new_customer()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.customers)
        self.customers.search.setFocus()
        self.customers.search.selectAll()

    def show_customer(self, customer_id: str) -> None:
        self.tabs.setCurrentWidget(self.customers)
        self.customers.show_customer(customer_id)

    def _current_customer(self) -> str | None:
        return self.customers.page.customer_id

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(
            self.staff_names(),
            st.language(),
            self,
            shop=self.shop,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.apply_settings(dialog.staff_names(), dialog.language_code())
        )
        dialog.accepted.connect(self._saved_here)
        if dialog.backups_button is not None:
            dialog.backups_button.clicked.connect(self.data.open_backups)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def apply_settings(self, staff: list[str], language: str) -> None:
        current = self.shop.actor.staff
        names = staff or [current]
        st.set_staff_list(names)
        keep = current if current in names else names[0]
        self._fill_staff(names, keep)
        self.set_staff(keep)
        if language != st.language():
            st.set_language(language)
            install_translator(language)  # every widget gets LanguageChange and retranslates

    # ----- background work ------------------------------------------------------------

    def show_could_do(self) -> None:
        """The kind acts beyond this week's budget, each with why, on the Tasks tab."""
        if self.tasks is None:
            return
        self.tasks.set_filter("could")
        self.tabs.setCurrentWidget(self.tasks)

    def run_sweep(self, today: date | None = None) -> ShopOp[int]:
        """The daily delight sweep on the writer thread, then the views that changed."""
        day = today or clock.today()
        first_language = window_language()  # a new shop speaks the window's language
        self.sweep_state = "running"

        def sweep(shop: Shop, progress: Reporter) -> int:
            progress(0)  # it starts now (it may have waited for history to catch up)
            shop.app.choose_first_language(shop.actor, first_language)
            return len(shop.sweep(day))

        return (
            ShopOp(None, sweep, stage=Stage.SWEEP)
            .with_progress(self._show_progress)
            .success(self._swept)
            .failure(self._sweep_failed)
            .run_in_background(self.ops)
        )

    def _show_progress(self, progress: Progress) -> None:
        if not self._closing:
            self.statusBar().showMessage(progress.text(window_catalogue()))

    def _swept(self, count: int) -> None:
        self.sweep_state = "done"
        if self._closing:
            return
        self.statusBar().showMessage(
            self.tr("%1 kind act(s) suggested for today.").replace("%1", str(count)), 5000
        )

    def _sweep_failed(self, error: BaseException) -> None:
        self.sweep_state = "failed"
        if self._closing:
            return
        self._note_unreachable(error)
        message = failure_text(error, window_catalogue())
        self.statusBar().showMessage(
            self.tr("The daily sweep did not run: %1").replace("%1", message), 8000
        )

    def _op_started(self, op: Op[object]) -> None:
        # The regular catch-up is not "work" to show; history has its own bar.
        if op.stage is not Stage.CATCH_UP:
            self._working.add(id(op))
            self.busy.show()

    def _op_finished(self, op: Op[object]) -> None:
        self._working.discard(id(op))
        self.busy.setVisible(bool(self._working))

    # ----- live updates ---------------------------------------------------------------

    def request_catch_up(self) -> ShopOp[int] | None:
        """Queue a catch-up on the writer thread, unless one is queued already."""
        if self._catching_up or self._closing:
            return None
        self._catching_up = True
        return (
            ShopOp(None, catch_up, stage=Stage.CATCH_UP)
            .with_progress(self._history_progress)
            .success(self._caught_up)
            .failure(self._catch_up_failed)
            .run_in_background(self.ops)
        )

    def poll_events(self) -> None:
        """Pick up what other windows, the CLI or other PCs saved (queued, never waited on)."""
        self.request_catch_up()

    def _caught_up(self, _applied: int) -> None:
        self._catching_up = False
        if self._history is not None:
            self._history = None
            self._show_history()
        self.set_store_reachable(True)
        self._check_first_start()  # only now: a PC joining a server shop knows its name

    def _catch_up_failed(self, error: BaseException) -> None:
        self._catching_up = False
        if self._closing:
            return
        if self._history is not None:
            self._history = None
            self._show_history()
        if not self._note_unreachable(error):
            message = failure_text(error, window_catalogue())
            self.statusBar().showMessage(
                self.tr("Could not read new events: %1").replace("%1", message), 3000
            )

    def _history_progress(self, progress: Progress) -> None:
        if self._closing:
            return
        if self._history is None:
            self._estimate = Estimate()
        self._history = progress
        self._show_history()
        now = time.monotonic()
        if now - self._history_shown >= HISTORY_REFRESH_S:
            self._history_shown = now
            # The lists show what is there so far. Today waits for the end: its queries
            # need the indexes a bulk load makes last (seconds each without them).
            self.customers.refresh()
            if self.tasks is not None:
                self.tasks.refresh()

    def _show_history(self) -> None:
        progress = self._history
        if progress is None:
            self.history_label.hide()
            self.history_bar.hide()
            return
        tr = window_catalogue()
        text = progress.text(tr)
        left = self._estimate.seconds_left(progress)
        if left is not None:
            text += " · " + time_left_text(left, tr)
        self.history_label.setText(text)
        self.history_bar.setRange(0, max(1, progress.total))
        self.history_bar.setValue(min(progress.done, progress.total))
        self.history_label.show()
        self.history_bar.show()

    def history_running(self) -> bool:
        return self._history is not None

    def _after_save(self) -> None:
        """A save in this window: show it at once, unless history is still catching up
        (then it shows when the queued catch-up gets there). A save is a save: if the
        views cannot follow now, the queued catch-up tries again."""
        if self._history is not None:
            self.request_catch_up()
            return
        try:
            self.shop.catch_up()
        except Exception as error:
            self.show_notice(Notice("errors-saved-views-behind", reason=str(error)[:200]))
            self.request_catch_up()
        for notice in self.shop.notices:
            self.show_notice(notice)
        self.shop.notices.clear()
        QTimer.singleShot(0, self._saved_here)

    def show_notice(self, notice: Notice) -> None:
        """What the shop did by itself (views rebuilt, an event skipped), in the status bar."""
        if not self._closing:
            self.statusBar().showMessage(notice_text(notice, window_catalogue()), 10000)

    def _saved_here(self) -> None:
        if not self._closing:
            self.ops.note_positions()

    def _shop_changed(self, changes: Changes, _initiator: object) -> None:
        """Refresh only the views that show what moved."""
        if self._closing:
            return
        if changes.touches("open_items", "tasks", "timeline", "customers"):
            self.today.refresh()
        if changes.touches("customers", "timeline"):
            self.customers.refresh()
        if self.tasks is not None and changes.touches("tasks", "customers"):
            self.tasks.refresh()

    def refresh(self) -> None:
        """Every view again (after something this window cannot see in the positions)."""
        self.ops.note_positions()
        self._shop_changed(EVERYTHING, None)

    # ----- the server -----------------------------------------------------------------

    def _note_unreachable(self, error: BaseException) -> bool:
        """True (and the banner shown) when ``error`` says the shop's server is away."""
        if self.shop.config.postgres is None or not is_unreachable(error):
            return False
        self.set_store_reachable(False)
        return True

    def set_store_reachable(self, reachable: bool) -> None:
        if reachable == (self.unreachable_since is None):
            return
        self.unreachable_since = None if reachable else clock.now()
        self._show_banner()
        self.set_saving_enabled(reachable)
        if reachable:
            self.statusBar().showMessage(window_catalogue()("window-server-back"), 8000)

    def _show_banner(self) -> None:
        since = self.unreachable_since
        if since is None:
            self.banner.hide()
            return
        when = since.astimezone(clock.local_tz()).strftime("%H:%M")
        self.banner.setText(window_catalogue()("window-server-unreachable-since", time=when))
        self.banner.show()

    def set_saving_enabled(self, enabled: bool) -> None:
        """Everything that saves, off while the server is away (the lists stay usable)."""
        self.saving_enabled = enabled
        for action in (self.quick_log_action, self.new_customer_action, self.settings_action):
            action.setEnabled(enabled)
        self.customers.set_saving_enabled(enabled)
        if self.tasks is not None:
            self.tasks.set_saving_enabled(enabled)
        for dialog in self.findChildren(QDialog):
            for box in dialog.findChildren(QDialogButtonBox):
                for which in (
                    QDialogButtonBox.StandardButton.Save,
                    QDialogButtonBox.StandardButton.Ok,
                ):
                    button = box.button(which)
                    if button is not None:
                        button.setEnabled(enabled)

    # ----- layout memory ------------------------------------------------------------

    def _restore_layout(self) -> None:
        s = st.settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)
        state = s.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = s.value("customers/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.customers.splitter.restoreState(splitter)
        tab = s.value("window/tab", 0)
        with contextlib.suppress(TypeError, ValueError):
            self.tabs.setCurrentIndex(int(tab))

    def save_layout(self) -> None:
        s = st.settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("customers/splitter", self.customers.splitter.saveState())
        s.setValue("window/tab", self.tabs.currentIndex())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        self.poll.stop()
        self.save_layout()
        self.hide()  # gone at once, while a catch-up cut short finishes its indexes
        self.ops.shutdown()  # a PDF finishes; a catch-up stops after its batch
        if self.restore_file is None:
            self.data.on_close()  # the day's backup, now that nothing else writes
        super().closeEvent(event)
