"""Customers: search-as-you-type list, and a customer page (profile, buttons, timeline)."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopcare.clock import local_date
from shopcare.presentation.formats import date_text, phone_text
from shopcare.readmodels.customers import get_customer_row, kept_id
from shopcare.readmodels.timeline import KINDS
from shopcare.service.shop import Shop
from shopcare.ui.care_banner import CareBanner
from shopcare.ui.dialogs import SPECS, CustomerDialog, EventDialog
from shopcare.ui.forms import named, push_button
from shopcare.ui.i18n import Retranslating, window_catalogue, window_language
from shopcare.ui.models import (
    CustomerTableModel,
    KindFilterProxy,
    RowRole,
    TimelineModel,
    kind_label,
)


def _table(name: str) -> QTableView:
    view = named(QTableView(), name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setStretchLastSection(True)
    return view


#: The correction column's width when no entry shown is corrected (room for the summary).
NARROW_CORRECTION = 110


class CustomerPage(Retranslating, QWidget):
    """One customer's profile, the buttons for common events, and the whole timeline."""

    changed = Signal()  # something was saved
    edit_requested = Signal()

    #: (object name, label, [(method, label) ...]) — one button, or one button with a menu.
    BUTTONS = (
        ("log_contact", "L&og contact", ()),
        ("note_purchase", "&Purchase", ()),
        (
            "return",
            "Ret&urn",
            (
                ("request_return", "Request return"),
                ("receive_return", "Return received"),
                ("waive_return", "Waive return"),
            ),
        ),
        ("receive_feedback", "&Feedback", ()),
        (
            "complaint",
            "Co&mplaint",
            (("raise_complaint", "Raise complaint"), ("resolve_complaint", "Resolve complaint")),
        ),
        ("note_life_event", "&Life event", ()),
        ("refer_elsewhere", "Referre&d", ()),
        ("send_gift", "&Gift", ()),
        (
            "followup",
            "Follo&w-up",
            (("schedule_followup", "Schedule follow-up"), ("complete_followup", "Follow-up done")),
        ),
        ("correct_entry", "Correct&ion", ()),
    )

    def __init__(self, shop: Shop, parent=None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.customer_id: str | None = None
        self.row: dict[str, Any] | None = None
        self.dialog: EventDialog | None = None
        self.saving_enabled = True  # off while the shop's server cannot be reached

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.profile = named(QLabel(), "profile")
        self.profile.setWordWrap(True)
        self.profile.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.profile.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        top.addWidget(self.profile, 1)
        self.edit_button = push_button("edit_customer", self.edit_requested)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        self.more_button = push_button("customer_more")  # merge, export, forget (ui/data_menu.py)
        top.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.care = CareBanner()  # a sensitive time: what to keep in mind, at a glance
        layout.addWidget(self.care)

        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        self.menu_actions: dict[str, Any] = {}
        for i, (name, _label, items) in enumerate(self.BUTTONS):
            button = push_button(f"button_{name}")
            if items:
                menu = QMenu(button)
                for method, _text in items:
                    action = menu.addAction("")
                    action.setObjectName(f"action_{method}")
                    action.triggered.connect(lambda _=False, m=method: self.open_event(m))
                    self.menu_actions[method] = action
                button.setMenu(menu)
            else:
                button.clicked.connect(lambda _=False, m=name: self.open_event(m))
            self.buttons[name] = button
            grid.addWidget(button, i // 5, i % 5)
        layout.addLayout(grid)

        filter_row = QHBoxLayout()
        self.timeline_label = QLabel()
        self.kind_filter = named(QComboBox(), "kind_filter")
        self.kind_filter.currentIndexChanged.connect(self._filter_changed)
        self.timeline_label.setBuddy(self.kind_filter)
        filter_row.addWidget(self.timeline_label)
        filter_row.addStretch(1)
        self.filter_label = QLabel()
        filter_row.addWidget(self.filter_label)
        filter_row.addWidget(self.kind_filter)
        layout.addLayout(filter_row)

        self.timeline = TimelineModel(shop.db, self)
        self.proxy = KindFilterProxy(self)
        self.proxy.setSourceModel(self.timeline)
        self.timeline_view = _table("timeline")
        self.timeline_view.setModel(self.proxy)
        header = self.timeline_view.horizontalHeader()
        header.setResizeContentsPrecision(50)  # column widths from 50 rows, not 2,000
        header.setSectionResizeMode(TimelineModel.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TimelineModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TimelineModel.STAFF, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TimelineModel.WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TimelineModel.CORRECTION, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.resizeSection(TimelineModel.CORRECTION, NARROW_CORRECTION)
        layout.addWidget(self.timeline_view, 1)
        self.retranslate()
        self.set_customer(None)

    # ----- texts ---------------------------------------------------------------------

    def retranslate(self) -> None:
        labels = {
            "log_contact": self.tr("L&og contact"),
            "note_purchase": self.tr("&Purchase"),
            "return": self.tr("Ret&urn"),
            "receive_feedback": self.tr("&Feedback"),
            "complaint": self.tr("Co&mplaint"),
            "note_life_event": self.tr("&Life event"),
            "refer_elsewhere": self.tr("Referre&d"),
            "send_gift": self.tr("&Gift"),
            "followup": self.tr("Follo&w-up"),
            "correct_entry": self.tr("Correct&ion"),
        }
        for name, button in self.buttons.items():
            button.setText(labels[name])
        actions = {
            "request_return": self.tr("Request return"),
            "receive_return": self.tr("Return received"),
            "waive_return": self.tr("Waive return"),
            "raise_complaint": self.tr("Raise complaint"),
            "resolve_complaint": self.tr("Resolve complaint"),
            "schedule_followup": self.tr("Schedule follow-up"),
            "complete_followup": self.tr("Follow-up done"),
        }
        for method, action in self.menu_actions.items():
            action.setText(actions[method])
        self.edit_button.setText(self.tr("&Edit details"))
        self.timeline_label.setText(self.tr("<b>Timeline</b> (newest first)"))
        self.filter_label.setText(self.tr("S&how:"))
        self.filter_label.setBuddy(self.kind_filter)
        current = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for kind in KINDS.values():
            self.kind_filter.addItem(kind_label(kind), kind)
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(current or "")))
        self.kind_filter.blockSignals(False)
        self.timeline.retranslate()
        self._show_profile()

    # ----- the customer --------------------------------------------------------------

    def set_customer(self, customer_id: str | None) -> None:
        self.customer_id = customer_id
        self.refresh()

    def refresh(self) -> None:
        self.row = get_customer_row(self.shop.db, self.customer_id) if self.customer_id else None
        if self.row is None:
            self.customer_id = None
        self.care.show_customer(self.shop.db, self.customer_id)
        self.timeline.set_customer(self.customer_id)
        enabled = self.customer_id is not None and self.saving_enabled
        for button in self.buttons.values():
            button.setEnabled(enabled)
        self.edit_button.setEnabled(enabled)
        self.more_button.setEnabled(enabled)
        self._show_profile()

    def set_saving_enabled(self, enabled: bool) -> None:
        self.saving_enabled = enabled
        enabled = enabled and self.customer_id is not None
        for button in self.buttons.values():
            button.setEnabled(enabled)
        self.edit_button.setEnabled(enabled)
        self.more_button.setEnabled(enabled)

    def _show_profile(self) -> None:
        r = self.row
        if r is None:
            self.profile.setText(self.tr("Choose a customer on the left, or add a new one."))
            return
        parts = [f"<span style='font-size:15pt; font-weight:bold'>{escape(r['name'])}</span>"]
        facts = [
            (self.tr("Phone"), phone_text(r["phone"])),
            (self.tr("Email"), r["email"]),
            (self.tr("Address"), " ".join(x for x in (r["postal_code"], r["address"]) if x)),
            (
                self.tr("Birthday"),
                date_text(r["birthday"], window_language()) if r["birthday"] else "",
            ),
            (self.tr("Tags"), ", ".join(r["tags"])),
            (self.tr("Notes"), r["notes"]),
        ]
        lines = [f"{label}: {escape(str(value))}" for label, value in facts if value]
        cat, lang = window_catalogue(), window_language()
        counts = ", ".join(
            (
                cat.plural("window-customer-contacts", r["contacts"]),
                cat.plural("window-customer-purchases", r["purchases"]),
                cat("window-customer-since", date=date_text(local_date(r["registered_at"]), lang)),
            )
        )
        lines.append(f"<span style='color:#555'>{escape(counts)}</span>")
        self.profile.setText(parts[0] + "<br>" + "<br>".join(lines))

    def _filter_changed(self) -> None:
        self.proxy.set_kind(self.kind_filter.currentData() or "")

    def selected_entry(self) -> int | None:
        index = self.timeline_view.currentIndex()
        if not index.isValid():
            return None
        row = index.data(RowRole)
        return row["entry"] if row else None

    def open_event(self, method: str) -> EventDialog | None:
        if self.customer_id is None or self.row is None:
            return None
        preset: dict[str, Any] = {}
        if method == "correct_entry" and self.selected_entry() is not None:
            preset["entry"] = self.selected_entry()
        dialog = EventDialog(
            self.shop, self.customer_id, SPECS[method], self.row["name"], preset, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.changed)
        self.dialog = dialog
        dialog.open()
        return dialog


class CustomersView(Retranslating, QWidget):
    """Search on the left, the chosen customer on the right."""

    changed = Signal()

    def __init__(self, shop: Shop, parent=None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("customers_splitter")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.search = named(QLineEdit(), "customer_search")
        self.search.setClearButtonEnabled(True)
        left_layout.addWidget(self.search)
        self.model = CustomerTableModel(shop.db, self)
        self.table = _table("customer_table")
        self.table.setModel(self.model)
        self.table.horizontalHeader().resizeSection(0, 120)
        self.table.horizontalHeader().resizeSection(1, 120)
        self.table.horizontalHeader().resizeSection(
            2, 125
        )  # the last contact needs room for "29 Aug 2026 17:33"
        left_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.count = named(QLabel(), "customer_count")
        bottom.addWidget(self.count, 1)
        self.new_button = push_button("new_customer", self.new_customer)
        bottom.addWidget(self.new_button)
        left_layout.addLayout(bottom)
        self.page = CustomerPage(shop)
        self.page.changed.connect(self.changed)
        self.page.edit_requested.connect(self.edit_customer)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([460, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.dialog: CustomerDialog | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._run_search)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.setTabOrder(self.search, self.table)
        self.retranslate()
        self._update_count()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Search: name, phone (e.g. last 4 digits), email or tag  (Ctrl+F)")
        )
        self.new_button.setText(self.tr("&New customer"))
        self.model.retranslate()
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.total()
        if self.model.query:
            self.count.setText(window_catalogue().plural("window-customers-matches", total))
        else:
            self.count.setText(window_catalogue().plural("window-customers-count", total))

    def _run_search(self) -> None:
        self._timer.stop()
        if self.search.text().strip() == self.model.query:
            return
        current = self.page.customer_id
        self.model.set_query(self.search.text())
        self._update_count()
        if not self.select(current, open_page=False) and self.model.total():
            self.table.selectRow(0)

    def _current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.page.set_customer(self.model.row(current.row())["id"])

    def select(self, customer_id: str | None, open_page: bool = True) -> bool:
        """Select the customer in the list (if listed) and show their page."""
        if customer_id is None:
            return False
        row = self.model.row_of(customer_id)
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        if open_page and self.page.customer_id != customer_id:
            self.page.set_customer(customer_id)
        return row >= 0

    def show_customer(self, customer_id: str) -> None:
        """Open a customer from elsewhere (Today, Quick log): clear a search that hides them."""
        customer_id = kept_id(self.shop.db, customer_id)  # a merged record: the kept one
        if self.model.row_of(customer_id) < 0 and self.search.text():
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.model.set_query("")
            self._update_count()
        self.select(customer_id)

    def set_saving_enabled(self, enabled: bool) -> None:
        """New customer and every event button: off while the server is away."""
        self.new_button.setEnabled(enabled)
        self.page.set_saving_enabled(enabled)

    def refresh(self) -> None:
        """Reload after new events, keeping the chosen customer."""
        current = self.page.customer_id
        self.model.reload()
        self._update_count()
        self.select(current, open_page=False)
        self.page.refresh()

    def new_customer(self) -> CustomerDialog:
        dialog = CustomerDialog(self.shop, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved_customer(dialog.customer_id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_customer(self) -> CustomerDialog | None:
        if self.page.row is None:
            return None
        dialog = CustomerDialog(self.shop, self.page.row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved_customer(dialog.customer_id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved_customer(self, customer_id: str | None) -> None:
        self.changed.emit()
        if customer_id:
            self.show_customer(customer_id)
