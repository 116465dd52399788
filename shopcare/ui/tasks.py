"""Tasks: the kind acts to do, suggested by the delight rules or added by hand.

A table over the tasks read model, filtered: this week's acts (those that fit the
weekly budget, in rank order, the default), the ones that could be done too (each
with why it ranked where it did), or by status. Schedule, Done, Dismiss, Add by hand,
and Print sheets (PDF, made off the UI thread). Every dialog calls the application
command itself and shows bad input inline, keeping what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopcare import clock
from shopcare.domain.errors import InvalidInput
from shopcare.domain.kindness import Placed, WeekPlan
from shopcare.i18n import Catalogue
from shopcare.presentation import TaskText, shop_catalogue, task_text
from shopcare.presentation.choices import label
from shopcare.presentation.formats import date_text, money_text
from shopcare.presentation.kindness import (
    also_lines,
    budget_text,
    expiry_text,
    rank_text,
    why_short,
    why_text,
)
from shopcare.readmodels.customers import get_customer_row, search_customers
from shopcare.readmodels.tasks import TaskQuery, count_tasks, task_key, task_page, task_rank
from shopcare.readmodels.week_plan import week_plan
from shopcare.service.shop import Shop
from shopcare.ui import settings as st
from shopcare.ui.care_banner import CareBanner
from shopcare.ui.forms import Choice, Custom, FormDialog, Line, Lines, named, push_button
from shopcare.ui.i18n import Retranslating, window_catalogue, window_language
from shopcare.ui.models import (
    Index,
    KeyRole,
    RowRole,
    RowTableModel,
    rules_named,
    task_word,
)
from shopcare.ui.operations import Operations, ReadOp, Stage, failure_text
from shopcare.ui.reports import ResultBar, make_task_sheets, reports_dir, stamped_name

#: The filter: this week's plan, what could be done too, or a status ('' for all).
FILTERS = ("week", "could", "open", "suggested", "scheduled", "done", "dismissed", "expired", "")
#: The filters that show the week's plan, in rank order.
PLANNED = ("week", "could")


class TasksModel(RowTableModel):
    """Tasks from the read model, soonest due first, in pages as the view scrolls.

    ``status`` as ``list_tasks`` takes it. Filtering and sorting are the read
    model's (keyset paging): a shop with thousands of open tasks never loads them all.
    """

    RANK, DUE, STATUS, CUSTOMER, TITLE, RULE, ASSIGNEE, DETAIL = range(8)
    CHUNK = 200
    ORDERS = {  # noqa: RUF012 - column -> TaskQuery.order
        RANK: "rank",
        DUE: "due",
        STATUS: "status",
        CUSTOMER: "customer",
        TITLE: "title",
        RULE: "rule",
        ASSIGNEE: "assignee",
    }

    def __init__(self, db, status: str = "week", parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._filter = status
        planned = status in PLANNED
        self._query = TaskQuery(
            status="open" if planned else status or None, order="rank" if planned else "due"
        )
        self._total = 0
        self._fetching = False
        self._today = clock.today().isoformat()
        self.plan: WeekPlan | None = None
        self.reload()

    def _headers(self) -> list[str]:
        return [
            window_catalogue()("kindness-col-rank"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Customer"),
            self.tr("Task"),
            self.tr("Rule"),
            self.tr("For"),
            self.tr("Why / result"),
        ]

    @property
    def status(self) -> str:
        return self._filter if self._filter in PLANNED else self._query.status or ""

    @property
    def query(self) -> TaskQuery:
        return self._query

    def set_status(self, status: str) -> None:
        if status == self._filter:
            return
        self._filter = status
        planned = status in PLANNED
        self._query = replace(
            self._query,
            status="open" if planned else status or None,
            order="rank" if planned else "due",
            descending=False,
        )
        self.reload()

    def set_search(self, text: str) -> None:
        words = text.strip()
        self._set_query(replace(self._query, search=words, rules=rules_named(words)))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._set_query(
            replace(
                self._query,
                order=self.ORDERS.get(column, self._natural_order()),
                descending=column in self.ORDERS and order == Qt.SortOrder.DescendingOrder,
            )
        )

    def _natural_order(self) -> str:
        """The list's own order: this week's acts by rank, the others by due date."""
        return "rank" if self._filter in PLANNED else "due"

    def _set_query(self, query: TaskQuery) -> None:
        if query != self._query:
            self._query = query
            self.reload()

    def _planned(self, query: TaskQuery) -> TaskQuery:
        """The query with this week's plan: only its acts, or all but them."""
        today = clock.today()
        self.plan = week_plan(self._db, today)
        listed = tuple(p.act.id for p in self.plan.in_budget)
        if self._filter == "week":
            return replace(query, only=listed, besides=(), live_on=None)
        if self._filter == "could":
            return replace(query, only=None, besides=listed, live_on=today.isoformat())
        return replace(query, only=None, besides=(), live_on=None)

    def reload(self) -> None:
        self._fetching = True  # no page is fetched while the first one is being shown
        try:
            self.beginResetModel()
            self._query = self._planned(self._query)
            self._today = clock.today().isoformat()
            self._tr = shop_catalogue(self._db)  # tasks speak the shop's language
            self._rows = self._worded(task_page(self._db, self._query, None, self.CHUNK))
            self._total = count_tasks(self._db, self._query)
            self.endResetModel()
        finally:
            self._fetching = False

    def _worded(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Rows with their words (``text``: title, reason, act, message)."""
        for r in rows:
            r["text"] = task_text(r, self._tr)
        return rows

    @property
    def shop_tr(self) -> Catalogue:
        """The shop's language, in which the acts are worded."""
        return self._tr

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._fetching or not self.canFetchMore():
            return
        after = task_key(self._rows[-1], self._query.order) if self._rows else None
        page = self._worded(task_page(self._db, self._query, after, self.CHUNK))
        if not page:  # tasks went away meanwhile: stop here
            self._total = len(self._rows)
            return
        self._fetching = True  # a view may ask again while it hears of the new rows
        try:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        finally:
            self._fetching = False

    def loaded_row_of(self, task_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r["id"] == task_id), -1)

    def row_of(self, task_id: str) -> int:
        """The row of a task, loading pages down to it; -1 if it is not in the list."""
        found = self.loaded_row_of(task_id)
        if found >= 0:
            return found
        rank = task_rank(self._db, self._query, task_id)
        if rank < 0:
            return -1
        while rank >= len(self._rows) and self.canFetchMore():
            self.fetchMore()
        return self.loaded_row_of(task_id)

    def placed(self, r: dict[str, Any]) -> Placed | None:
        """Where an open act stands in this week's plan (None when it is not in it)."""
        return None if self.plan is None else self.plan.by_id.get(r["id"])

    def _text(self, r: dict[str, Any], col: int) -> str:
        if col == self.RANK:
            return rank_text(self.placed(r), window_catalogue())
        if col == self.DUE:
            return date_text(r["due"], window_language(), year=None)
        if col == self.STATUS:
            return task_word(r["status"])
        if col == self.CUSTOMER:
            return r["customer_name"] or ""
        if col == self.TITLE:
            return r["text"].title
        if col == self.RULE:
            return task_word(r["rule"])
        if col == self.ASSIGNEE:
            return r["assignee"] or ""
        if r["status"] == "done":
            text = r["what"] or ""
            if r["cost"]:
                text += f" ({money_text(r['cost'], window_language())})"
            return text + (f" — {r['note']}" if r["note"] else "")
        if r["status"] == "dismissed":
            return r["dismiss_reason"] or ""
        if r["status"] == "expired":
            return label("expired", r["expired_reason"] or "", window_catalogue())
        placed = self.placed(r)
        if placed is not None and self._filter == "could":
            return why_short(placed, self.plan, window_catalogue())  # type: ignore[arg-type]
        return r["text"].reason

    def _overdue(self, r: dict[str, Any]) -> bool:
        return r["status"] in ("suggested", "scheduled") and r["due"] < self._today

    def cell(self, r: dict[str, Any], col: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(r, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._overdue(r) and col == self.DUE:
                return QBrush(QColor("#b00020"))
            if r["status"] not in ("suggested", "scheduled"):
                return QBrush(QColor("#6a6a6a"))
        if role == Qt.ItemDataRole.FontRole and self._overdue(r) and col == self.DUE:
            font = QFont()
            font.setBold(True)
            return font
        return None


class CustomerPicker(QWidget):
    """Type a name or phone digits; pick from the matches."""

    def __init__(self, shop: Shop, customer_id: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.shop = shop
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.find = named(QLineEdit(), "find_customer")
        self.find.setPlaceholderText(self.tr("Name or phone digits"))
        self.matches = named(QComboBox(), "customer_matches")
        layout.addWidget(self.find)
        layout.addWidget(self.matches)
        self.find.textChanged.connect(self._search)
        if customer_id:
            row = get_customer_row(shop.db, customer_id)
            if row:
                self.matches.addItem(_customer_text(row), row["id"])

    def _search(self, text: str) -> None:
        self.matches.clear()
        if text.strip():
            for row in search_customers(self.shop.db, text.strip(), limit=50):
                self.matches.addItem(_customer_text(row), row["id"])

    def customer_id(self) -> str | None:
        data = self.matches.currentData()
        return str(data) if data else None


def _customer_text(row: dict[str, Any]) -> str:
    return row["name"] + (f"  ({row['phone']})" if row.get("phone") else "")


class TasksView(Retranslating, QWidget):
    """The task list with its actions; ``changed`` after every save."""

    changed = Signal()
    open_customer = Signal(str)

    def __init__(
        self,
        shop: Shop,
        ops: Operations,
        current_customer: Callable[[], str | None] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.shop = shop
        self.ops = ops
        self.current_customer = current_customer or (lambda: None)
        self.dialog: FormDialog | None = None
        self.last_pdf = None
        self.saving_enabled = True  # off while the shop's server cannot be reached
        self._retranslating = False
        self.model = TasksModel(shop.db, "week", self)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.filter_label = QLabel()
        self.status_filter = named(QComboBox(), "status_filter")
        self.filter_label.setBuddy(self.status_filter)
        self.search = named(QLineEdit(), "task_search")
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._run_search)
        top.addWidget(self.filter_label)
        top.addWidget(self.status_filter)
        top.addWidget(self.search, 1)
        layout.addLayout(top)
        self.budget = named(
            QLabel(), "tasks_budget"
        )  # this week: acts done and to do of the budget, money left
        self.budget.setStyleSheet("color: #444;")
        layout.addWidget(self.budget)

        self.view = named(QTableView(), "tasks_table")
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the query's order
        self.view.setSortingEnabled(True)  # sorting is the read model's, page by page
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.doubleClicked.connect(self._open_customer)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.view, 1)

        self.detail = named(QLabel(), "task_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setMinimumHeight(40)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.detail)
        self.care = CareBanner()  # the selected act's customer, in a sensitive time
        layout.addWidget(self.care)

        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, slot in (
            ("schedule", self.schedule),
            ("done", self.complete),
            ("dismiss", self.dismiss),
            ("add", self.add_by_hand),
            ("print", self.print_sheets),
        ):
            button = push_button(f"task_{key}", lambda _=False, s=slot: s())
            self.buttons[key] = button
            buttons.addWidget(button)
            if key == "dismiss":
                buttons.addSpacing(16)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.result = ResultBar()
        self.result.setObjectName("print_result")
        layout.addWidget(self.result)

        self.retranslate()
        self.status_filter.setCurrentIndex(0)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        self._selection_changed()

    # ----- texts -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self._retranslating = True  # words only: nothing is read again
        try:
            self._retranslate()
        finally:
            self._retranslating = False

    def _retranslate(self) -> None:
        self.filter_label.setText(self.tr("S&how:"))
        words = window_catalogue()
        labels = {
            "week": words("kindness-filter-week"),
            "could": words("kindness-filter-could"),
            "expired": words("kindness-filter-expired"),
            "open": self.tr("All open"),
            "suggested": self.tr("Suggested"),
            "scheduled": self.tr("Scheduled"),
            "done": self.tr("Done"),
            "dismissed": self.tr("Dismissed"),
            "": self.tr("All"),
        }
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        for value in FILTERS:
            self.status_filter.addItem(labels[value], value)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))
        self.status_filter.blockSignals(False)
        self.search.setPlaceholderText(self.tr("Filter: customer, task, staff…"))
        texts = {
            "schedule": self.tr("&Schedule…"),
            "done": self.tr("&Done…"),
            "dismiss": self.tr("D&ismiss…"),
            "add": self.tr("Add &by hand…"),
            "print": self.tr("&Print sheets"),
        }
        for key, button in self.buttons.items():
            button.setText(texts[key])
        self.buttons["print"].setToolTip(self.tr("One PDF page per selected task"))
        self.model.retranslate()
        self.result.retranslate()
        self._fit_columns()
        self._selection_changed()

    # ----- the list ----------------------------------------------------------------------

    def _filter_changed(self) -> None:
        self.model.set_status(str(self.status_filter.currentData() or ""))
        self._show_budget()
        self._selection_changed()

    def _show_budget(self) -> None:
        plan = self.model.plan
        self.budget.setText(budget_text(plan, window_catalogue()) if plan is not None else "")

    def _run_search(self) -> None:
        self._search_timer.stop()
        self.model.set_search(self.search.text())
        self._selection_changed()

    def set_filter(self, status: str) -> None:
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(status)))

    def refresh(self) -> None:
        chosen = set(self.selected_ids())
        self.model.reload()
        self._show_budget()
        if chosen:
            selection = self.view.selectionModel()
            for i in range(self.model.rowCount()):
                index = self.model.index(i, 0)
                if index.data(KeyRole) in chosen:
                    selection.select(
                        index,
                        selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                    )
        self._selection_changed()

    def _fit_columns(self) -> None:
        """Widths from the font and the headers, never from every row's contents."""
        metrics = QFontMetrics(self.view.font())
        header = self.view.horizontalHeader()
        words = [task_word(s) for s in ("suggested", "scheduled", "done", "dismissed")]
        samples = {
            TasksModel.RANK: ["000"],
            TasksModel.DUE: ["2026년 12월 30일", "30 Dec 2026"],
            TasksModel.STATUS: words,
            TasksModel.CUSTOMER: ["M" * 12],
            TasksModel.TITLE: ["M" * 22],
            TasksModel.RULE: ["M" * 10],
            TasksModel.ASSIGNEE: ["M" * 6],
        }
        for col, texts in samples.items():
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            width = max(metrics.horizontalAdvance(t) for t in [*texts, title]) + 24
            header.resizeSection(col, min(width, 260))

    def select_task(self, task_id: str) -> bool:
        row = self.model.row_of(task_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def set_saving_enabled(self, enabled: bool) -> None:
        """Schedule, done, dismiss and add: off while the server is away."""
        self.saving_enabled = enabled
        self._selection_changed()

    def selected_rows(self) -> list[dict[str, Any]]:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return [index.data(RowRole) for index in sorted(rows, key=lambda i: i.row())]

    def selected_ids(self) -> list[str]:
        return [r["id"] for r in self.selected_rows()]

    def _selection_changed(self, *_: Any) -> None:
        rows = self.selected_rows()
        open_one = len(rows) == 1 and rows[0]["status"] in ("suggested", "scheduled")
        for key in ("schedule", "done", "dismiss"):
            self.buttons[key].setEnabled(open_one and self.saving_enabled)
        self.buttons["add"].setEnabled(self.saving_enabled)
        self.buttons["print"].setEnabled(bool(rows))
        chosen = rows[0].get("customer_id") if len(rows) == 1 else None
        if chosen != self.care.customer_id or not self._retranslating:
            self.care.show_customer(self.shop.db, chosen)
        if len(rows) == 1:
            r = rows[0]
            text: TaskText = r["text"]
            words = window_catalogue()
            parts = [text.title]
            placed = self.model.placed(r)
            if placed is not None and self.model.plan is not None:
                parts.append(why_text(placed, self.model.plan, words))
            if text.reason:
                parts.append(self.tr("Why: %1").replace("%1", text.reason))
            parts += also_lines(r, self.model.shop_tr)
            overdue = placed is not None and placed.overdue  # the why says until when
            until = expiry_text(r, clock.today(), words)
            if until and r["status"] in ("suggested", "scheduled") and not overdue:
                parts.append(until)
            if text.act and text.act != text.title:
                parts.append(self.tr("Suggested: %1").replace("%1", text.act))
            if text.message:
                parts.append(self.tr("Message: %1").replace("%1", text.message))
            self.detail.setText("\n".join(parts))
        elif rows:
            self.detail.setText(self.tr("%1 tasks selected").replace("%1", str(len(rows))))
        else:
            self.detail.setText(self.tr("Select a task to schedule, complete or print it."))

    def _open_customer(self, index) -> None:
        row = index.data(RowRole)
        if row and row.get("customer_id"):
            self.open_customer.emit(row["customer_id"])

    # ----- actions -----------------------------------------------------------------------

    def _one(self) -> dict[str, Any] | None:
        rows = self.selected_rows()
        return rows[0] if len(rows) == 1 else None

    def _heading(self, r: dict[str, Any]) -> str:
        who = r["customer_name"] or ""
        return r["text"].title + (f" — {who}" if who else "")

    def _open_dialog(self, dialog: FormDialog, task_id: str | None = None) -> FormDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(task_id or dialog.result_value))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, task_id: Any) -> None:
        self.changed.emit()
        self.refresh()
        if task_id:
            self.select_task(str(task_id))

    def _staff_names(self) -> list[str]:
        names = st.staff_list()
        if self.shop.actor.staff not in names:
            names.insert(0, self.shop.actor.staff)
        return names

    def schedule(self) -> FormDialog | None:
        r = self._one()
        if r is None:
            return None
        who = Choice(
            "assignee",
            self.tr("Who"),
            tuple((name, name) for name in self._staff_names()),
            current=r["assignee"] or self.shop.actor.staff,
            editable=True,
        )
        due = Line("due", self.tr("By when"), r["due"], "YYYY-MM-DD")
        tid = r["id"]

        def submit(v: dict[str, Any]) -> None:
            self.shop.app.schedule_task(
                self.shop.actor, tid, assignee=v["assignee"].strip(), due=v["due"].strip()
            )

        dialog = FormDialog(
            self.tr("Schedule task"),
            self._heading(r),
            [who, due],
            submit,
            self,
        )
        dialog.setObjectName("dialog_schedule_task")
        return self._open_dialog(dialog, tid)

    def complete(self) -> FormDialog | None:
        r = self._one()
        if r is None:
            return None
        tid = r["id"]

        def submit(v: dict[str, Any]) -> None:
            self.shop.app.complete_task(
                self.shop.actor, tid, what=v["what"], cost=v["cost"].strip(), note=v["note"]
            )

        dialog = FormDialog(
            self.tr("Task done"),
            self._heading(r),
            [
                Line("what", self.tr("What was done or sent"), r["text"].act),
                Line("cost", self.tr("Cost"), placeholder=self.tr("optional")),
                Lines("note", self.tr("Note")),
            ],
            submit,
            self,
        )
        dialog.setObjectName("dialog_complete_task")
        return self._open_dialog(dialog, tid)

    def dismiss(self) -> FormDialog | None:
        r = self._one()
        if r is None:
            return None
        tid = r["id"]

        def submit(v: dict[str, Any]) -> None:
            self.shop.app.dismiss_task(self.shop.actor, tid, reason=v["reason"])

        dialog = FormDialog(
            self.tr("Dismiss task"),
            self._heading(r),
            [Line("reason", self.tr("Why not"))],
            submit,
            self,
        )
        dialog.setObjectName("dialog_dismiss_task")
        return self._open_dialog(dialog, tid)

    def add_by_hand(self) -> FormDialog:
        r = self._one()
        customer_id = (r or {}).get("customer_id") or self.current_customer()
        picker = CustomerPicker(self.shop, customer_id)

        def submit(v: dict[str, Any]) -> str:
            cid = picker.customer_id()
            if not cid:
                raise InvalidInput("errors-choose-customer-first")
            return str(
                self.shop.app.add_task(
                    self.shop.actor,
                    cid,
                    title=v["title"],
                    due=v["due"].strip() or None,
                    note=v["note"],
                )
            )

        dialog = FormDialog(
            self.tr("Add a task by hand"),
            "",
            [
                Custom("customer", self.tr("Customer"), widget=picker),
                Line("title", self.tr("Task")),
                Line("due", self.tr("Due"), clock.today().isoformat(), "YYYY-MM-DD"),
                Lines("note", self.tr("Note")),
            ],
            submit,
            self,
        )
        dialog.setObjectName("dialog_add_task")
        dialog.picker = picker  # type: ignore[attr-defined]
        return self._open_dialog(dialog)

    def print_sheets(self) -> ReadOp[tuple[int, Any]] | None:
        ids = self.selected_ids()
        if not ids:
            self.result.failed(lambda: self.tr("Select the tasks to print first."))
            return None
        out = reports_dir(self.shop.config) / stamped_name("task-sheets")
        self.result.busy(lambda: self.tr("Making task sheets…"))
        return (
            ReadOp(
                self.buttons["print"],
                lambda db, _progress: make_task_sheets(db, ids, None, out),
                stage=Stage.TASK_SHEETS,
            )
            .success(self._printed)
            .failure(self._print_failed)
            .run_in_background(self.ops)
        )

    def _printed(self, result: tuple[int, Any]) -> None:
        count, path = result
        self.last_pdf = path
        self._selection_changed()
        self.result.done(
            lambda: window_catalogue().plural("window-task-sheets-made", count, file=str(path)),
            path,
        )

    def _print_failed(self, error: BaseException) -> None:
        self._selection_changed()
        message = failure_text(error, window_catalogue())
        self.result.failed(lambda: self.tr("Could not make the PDF: %1").replace("%1", message))


__all__ = ["TasksModel", "TasksView"]
