"""The main window: staff picker, Today, Customers, Quick log, Settings, live updates."""

from __future__ import annotations

import contextlib
import getpass
from datetime import date
from importlib.util import find_spec

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QProgressBar,
    QTabWidget,
    QToolBar,
)

from shopcare import clock
from shopcare.application import Actor
from shopcare.readmodels.care import shop_details
from shopcare.service.shop import Shop
from shopcare.ui import settings as st
from shopcare.ui.customers import CustomersView
from shopcare.ui.dialogs import SettingsDialog
from shopcare.ui.i18n import install_translator
from shopcare.ui.quick_log import QuickLogDialog
from shopcare.ui.reports import ReportsView
from shopcare.ui.resources import app_icon
from shopcare.ui.today import TodayView
from shopcare.ui.worker import Jobs

POLL_MS = 1000


def default_staff_name() -> str:
    try:
        return getpass.getuser() or "staff"
    except Exception:  # no login name (some services)
        return "staff"


class MainWindow(QMainWindow):
    def __init__(self, shop: Shop, staff: str | None = None, sweep_on_start: bool = True) -> None:
        super().__init__()
        self.shop = shop
        self.jobs = Jobs(shop, self)
        self.sweep_state = "not run"  # "running", "done", "failed"
        self._closing = False
        self.setObjectName("main_window")
        self.setWindowIcon(app_icon())
        self.quick_log: QuickLogDialog | None = None
        self.settings_dialog: SettingsDialog | None = None

        # ----- toolbar: staff picker and actions ---------------------------------
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self.staff_label = QLabel()
        self.staff_label.setContentsMargins(6, 0, 6, 0)
        self.staff_combo = QComboBox()
        self.staff_combo.setObjectName("staff_combo")
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
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.addAction(self.quit_action)

        # ----- views ------------------------------------------------------------------
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.today = TodayView(shop)
        self.customers = CustomersView(shop)
        self.tabs.addTab(self.today, "")
        self.tabs.addTab(self.customers, "")
        self.tasks = None
        if find_spec("shopcare.readmodels.tasks") is not None:
            try:
                from shopcare.ui.tasks import TasksView

                self.tasks = TasksView(shop, self.jobs, self._current_customer)
                self.tabs.addTab(self.tasks, "")
            except Exception:  # the tasks read model is still being built
                self.tasks = None
        self.reports = ReportsView(shop, self.jobs)
        self.tabs.addTab(self.reports, "")
        self.setCentralWidget(self.tabs)
        for i in range(self.tabs.count()):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, n=i: self.tabs.setCurrentIndex(n))
            self.addAction(action)
        self.today.open_customer.connect(self.show_customer)
        self.customers.changed.connect(self.refresh)
        if self.tasks is not None:
            self.tasks.changed.connect(self.refresh)
            self.tasks.open_customer.connect(self.show_customer)
        self.reports.rebuild_started.connect(self.poll_pause)
        self.reports.rebuilt.connect(self._rebuilt)
        self.busy = QProgressBar()
        self.busy.setObjectName("busy_indicator")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(14)
        self.busy.hide()
        self.jobs.busy_changed.connect(self.busy.setVisible)
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.status)

        self._load_staff(staff)
        self.staff_combo.currentTextChanged.connect(self.set_staff)
        self.retranslate()
        self._restore_layout()

        self._seen_position = self.shop.read.position()
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.poll_events)
        self.poll.start()
        if sweep_on_start:
            self.run_sweep()

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
        self.tabs.setTabText(0, self.tr("&Today"))
        self.tabs.setTabText(1, self.tr("&Customers"))
        if self.tasks is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.tasks), self.tr("T&asks"))
        self.tabs.setTabText(self.tabs.indexOf(self.reports), self.tr("&Reports"))
        self.busy.setToolTip(self.tr("Working in the background…"))
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_status(self) -> None:
        text = self.tr("Data: %1").replace("%1", str(self.shop.config.data_dir))
        self.status.setText(text)

    # ----- staff -----------------------------------------------------------------------

    def _load_staff(self, given: str | None) -> None:
        shared = shop_details(self.shop.db)["staff"]  # the shop's list, the same on every PC
        names = shared + [n for n in st.staff_list() if n not in shared]
        current = (given or "").strip() or st.current_staff() or (names[0] if names else "")
        current = current or default_staff_name()
        if current not in names:
            names.append(current)
            st.set_staff_list(names)
        self._fill_staff(names, current)
        self.set_staff(current)

    def _fill_staff(self, names: list[str], current: str) -> None:
        self.staff_combo.blockSignals(True)
        self.staff_combo.clear()
        self.staff_combo.addItems(names)
        self.staff_combo.setCurrentIndex(max(0, self.staff_combo.findText(current)))
        self.staff_combo.blockSignals(False)

    def set_staff(self, name: str) -> None:
        name = name.strip()
        if not name:
            return
        if self.staff_combo.currentText() != name:
            index = self.staff_combo.findText(name)
            if index < 0:
                self.staff_combo.addItem(name)
                index = self.staff_combo.count() - 1
            self.staff_combo.setCurrentIndex(index)  # calls back here once more
            return
        self.shop.actor = Actor(staff=name)
        st.set_current_staff(name)

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
        return dialog

    def _quick_logged(self, customer_id: str) -> None:
        self.refresh()
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
            [self.staff_combo.itemText(i) for i in range(self.staff_combo.count())],
            st.language(),
            self,
            shop=self.shop,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.apply_settings(dialog.staff_names(), dialog.language_code())
        )
        dialog.accepted.connect(self.refresh)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def apply_settings(self, staff: list[str], language: str) -> None:
        current = self.staff_combo.currentText()
        names = staff or [current]
        st.set_staff_list(names)
        keep = current if current in names else names[0]
        self._fill_staff(names, keep)
        self.set_staff(keep)
        if language != st.language():
            st.set_language(language)
            install_translator(language)  # every widget gets LanguageChange and retranslates

    # ----- background work ------------------------------------------------------------

    def run_sweep(self, today: date | None = None) -> None:
        """The daily delight sweep in a worker thread (its own Shop), then refresh."""
        day = today or clock.today()
        self.sweep_state = "running"
        self.statusBar().showMessage(self.tr("Looking for kind acts to suggest…"))
        self.jobs.start(
            lambda shop, _progress: len(shop.sweep(day)),
            on_done=self._swept,
            on_failed=self._sweep_failed,
            needs="shop",
        )

    def _swept(self, count: int) -> None:
        self.sweep_state = "done"
        if self._closing:
            return
        self.statusBar().showMessage(
            self.tr("%1 kind act(s) suggested for today.").replace("%1", str(count)), 5000
        )
        self.poll_events()
        self.refresh()

    def _sweep_failed(self, message: str, _bad_input: bool) -> None:
        self.sweep_state = "failed"
        self.statusBar().showMessage(
            self.tr("The daily sweep did not run: %1").replace("%1", message), 8000
        )

    def poll_pause(self) -> None:
        self.poll.stop()

    def _rebuilt(self, _count: int) -> None:
        if self._closing:
            return
        self.poll.start()
        self.refresh()

    # ----- live updates ---------------------------------------------------------------

    def poll_events(self) -> int:
        """Pick up what other windows, the CLI or other PCs saved; refresh if anything."""
        try:
            applied = self.shop.catch_up()
        except Exception as error:  # the store is busy or away: say so, try again
            self.statusBar().showMessage(
                self.tr("Could not read new events: %1").replace("%1", str(error)), 3000
            )
            return 0
        # Another window on this PC shares the read models and may have applied the
        # events already, so the read models' position is what tells us to refresh.
        position = self.shop.read.position()
        if applied or position != self._seen_position:
            self.refresh()
        return applied

    def refresh(self) -> None:
        self._seen_position = self.shop.read.position()
        self.today.refresh()
        self.customers.refresh()
        if self.tasks is not None and hasattr(self.tasks, "refresh"):
            self.tasks.refresh()

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
        self.jobs.wait()  # a PDF or the sweep finishes before the shop is closed
        self.save_layout()
        super().closeEvent(event)
