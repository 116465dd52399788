"""One person entered twice, and a person who asked to be forgotten, in the window.

* :class:`DuplicatesDialog`: pairs that may be one person (same phone, same email,
  a very similar name); merge the chosen pair.
* :class:`MergeDialog`: merge another record into this customer, with what will
  happen said before it does.
* :class:`ForgetDialog`: forget a customer for good, behind a clear confirmation
  (typing their name), then which backups still hold them.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopcare.readmodels.customers import get_customer_row, search_customers
from shopcare.readmodels.duplicates import Duplicate, find_duplicates
from shopcare.readmodels.open_items import open_items_of
from shopcare.readmodels.timeline import timeline_rows
from shopcare.service.forget import ForgetReport, forget
from shopcare.service.shop import Shop
from shopcare.ui.forms import close_only, error_label, go_cancel, named, push_button, show_error
from shopcare.ui.i18n import Retranslating, window_catalogue
from shopcare.ui.operations import (
    EVERYTHING,
    Operations,
    ProgressBar,
    ReadOp,
    Reporter,
    ShopOp,
    failure_text,
)

DANGER_STYLE = "QPushButton:enabled { background: #b3261e; color: white; font-weight: bold; }"


def who(row: dict[str, Any] | None, cid: str) -> str:
    """A customer as a person reads them: name, short id, phone or email."""
    if row is None:
        return cid[:8]
    reach = row.get("phone") or row.get("email") or ""
    return f"{row['name']} ({cid[:8]})" + (f" · {reach}" if reach else "")


def reasons_text(reasons: tuple[str, ...]) -> str:
    cat = window_catalogue()
    return ", ".join(cat("data-by-" + r) for r in reasons)


# ----- duplicates ------------------------------------------------------------------------------


class DuplicatesDialog(Retranslating, QDialog):
    """Customers who may be one person entered twice; merge a pair from here."""

    merged = Signal(str)  # the kept customer's id

    def __init__(self, shop: Shop, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_duplicates")
        self.shop = shop
        self.ops = ops
        self.found: list[Duplicate] = []
        self.merge_dialog: MergeDialog | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("duplicate_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.merge_selected())
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.hide()
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.merge_button = push_button("merge_pair", self.merge_selected)
        self.swap_button = push_button(
            "merge_pair_swapped", lambda: self.merge_selected(swapped=True)
        )
        row.addWidget(self.merge_button)
        row.addWidget(self.swap_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.close_buttons, self.close_button = close_only(self)
        layout.addWidget(self.close_buttons)
        self.resize(860, 460)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        cat = window_catalogue()
        self.setWindowTitle(cat("data-duplicates-title"))
        self.intro.setText(cat("data-duplicates-intro"))
        self.table.setHorizontalHeaderLabels(
            [cat("data-col-keep"), cat("data-col-other"), cat("data-col-alike")]
        )
        self.merge_button.setText(cat("data-duplicates-merge"))
        self.swap_button.setText(cat("data-duplicates-merge-swapped"))
        self.empty.setText(cat("data-duplicates-none"))
        self.close_button.setText(cat("data-close"))
        self._fill()

    def reload(self) -> ReadOp[Any]:
        return (
            ReadOp(self.table, lambda db, _progress: find_duplicates(db))
            .success(self._found)
            .run_in_background(self.ops)
        )

    def _found(self, found: list[Duplicate]) -> None:
        self.found = found
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.found))
        for r, d in enumerate(self.found):
            cells = [
                who(d.keep, d.keep["id"]),
                who(d.other, d.other["id"]),
                reasons_text(d.reasons),
            ]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self.found)
        if self.found and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.merge_button.setEnabled(chosen)
        self.swap_button.setEnabled(chosen)

    def merge_selected(self, swapped: bool = False) -> MergeDialog | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        d = self.found[rows[0].row()]
        keep, other = (d.other, d.keep) if swapped else (d.keep, d.other)
        dialog = MergeDialog(self.shop, self.ops, keep["id"], other["id"], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self._merged)
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def _merged(self, kept: str) -> None:
        self.merged.emit(kept)
        self.reload()


# ----- merging -----------------------------------------------------------------------------


class MergeDialog(Retranslating, QDialog):
    """Merge another record of the same person into this customer."""

    merged = Signal(str)  # the kept customer's id

    def __init__(
        self,
        shop: Shop,
        ops: Operations,
        keep_id: str,
        other_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_merge")
        self.shop = shop
        self.ops = ops
        self.keep_id = keep_id
        self.other_id: str | None = None
        layout = QVBoxLayout(self)
        self.keep_label = named(QLabel(), "merge_keep")
        self.keep_label.setWordWrap(True)
        layout.addWidget(self.keep_label)
        self.search_label = QLabel()
        layout.addWidget(self.search_label)
        self.search = named(QLineEdit(), "merge_search")
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        layout.addWidget(self.search)
        self.candidates = named(QListWidget(), "merge_candidates")
        self.candidates.currentItemChanged.connect(self._chosen)
        layout.addWidget(self.candidates, 1)
        self.what = named(QLabel(), "merge_what")
        self.what.setWordWrap(True)
        self.what.setStyleSheet("background: #fff7ec; border: 1px solid #e8cfa9; padding: 8px;")
        layout.addWidget(self.what)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons, self.merge_button, self.cancel_button = go_cancel(
            self, self.do_merge, "do_merge"
        )
        self.merge_button.setEnabled(True)  # both records are known: it may go at once
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._search)
        self.search.textChanged.connect(self._timer.start)
        self.resize(620, 520)
        self.retranslate()
        self._list(self._suggested())
        if other_id is not None:
            self.choose(other_id)

    def retranslate(self) -> None:
        cat = window_catalogue()
        keep = get_customer_row(self.shop.db, self.keep_id)
        self.setWindowTitle(cat("data-merge-title"))
        self.keep_label.setText(
            "<b>" + escape(cat("data-merge-keep", customer=who(keep, self.keep_id))) + "</b>"
        )
        self.search_label.setText(cat("data-merge-search"))
        self.search.setPlaceholderText(cat("data-merge-search-hint"))
        self.merge_button.setText(cat("data-merge-go"))
        self.cancel_button.setText(cat("data-cancel"))
        if self.candidates.count():  # "same name" and the like, in the new language
            chosen = self.other_id
            self._search()
            if chosen is not None:
                self.choose(chosen)
        self._explain()

    def _suggested(self) -> list[tuple[dict[str, Any], tuple[str, ...]]]:
        """The records that look like this customer, first."""
        out = []
        for d in find_duplicates(self.shop.db):
            if d.keep["id"] == self.keep_id:
                out.append((d.other, d.reasons))
            elif d.other["id"] == self.keep_id:
                out.append((d.keep, d.reasons))
        return out

    def _search(self) -> None:
        text = self.search.text().strip()
        if not text:
            self._list(self._suggested())
            return
        rows = [
            r for r in search_customers(self.shop.db, text, limit=50) if r["id"] != self.keep_id
        ]
        self._list([(r, ()) for r in rows])

    def _list(self, rows: list[tuple[dict[str, Any], tuple[str, ...]]]) -> None:
        self.candidates.clear()
        for row, reasons in rows:
            text = who(row, row["id"])
            if reasons:
                text += "  —  " + window_catalogue()("data-merge-alike", why=reasons_text(reasons))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            self.candidates.addItem(item)

    def choose(self, other_id: str) -> None:
        for i in range(self.candidates.count()):
            if self.candidates.item(i).data(Qt.ItemDataRole.UserRole) == other_id:
                self.candidates.setCurrentRow(i)
                return
        row = get_customer_row(self.shop.db, other_id)
        if row is not None:
            self._list([(row, ()), *self._suggested()])
            self.candidates.setCurrentRow(0)

    def _chosen(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        self.other_id = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        self._explain()

    def _explain(self) -> None:
        cat = window_catalogue()
        self.merge_button.setEnabled(self.other_id is not None)
        if self.other_id is None:
            self.what.setText(cat("data-merge-choose"))
            return
        db = self.shop.db
        other = get_customer_row(db, self.other_id)
        keep = get_customer_row(db, self.keep_id)
        moved = len(open_items_of(db, self.other_id))
        self.what.setText(
            cat.plural(
                "data-merge-what",
                moved,
                other=who(other, self.other_id),
                keep=who(keep, self.keep_id),
                entries=len(timeline_rows(db, self.other_id)),
            )
        )

    def do_merge(self) -> ShopOp[Any] | None:
        if self.other_id is None:
            return None
        keep, other = self.keep_id, self.other_id
        self.error.hide()
        return (
            ShopOp(self, lambda shop, _p: merge_and_catch_up(shop, keep, other))
            .success(self._merged)
            .failure(lambda e: show_error(self.error, failure_text(e, window_catalogue())))
            .run_in_background(self.ops)
        )

    def _merged(self, kept: str) -> None:
        self.merged.emit(kept)
        self.accept()


def merge_and_catch_up(shop: Shop, keep: str, other: str) -> str:
    kept = str(shop.app.merge_customers(shop.actor, keep, other))
    shop.catch_up()  # the views show one customer when the dialog closes
    return kept


# ----- forgetting ------------------------------------------------------------------------------


class ForgetDialog(Retranslating, QDialog):
    """Forget a customer for good: said plainly, confirmed by typing their name."""

    forgotten = Signal(str)  # the customer's id

    def __init__(
        self, shop: Shop, ops: Operations, customer_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_forget")
        self.shop = shop
        self.ops = ops
        self.customer_id = customer_id
        self.row = get_customer_row(shop.db, customer_id)
        self.name = self.row["name"] if self.row else customer_id[:8]
        self.report: ForgetReport | None = None
        layout = QVBoxLayout(self)
        self.heading = named(QLabel(), "forget_heading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.explain = named(QLabel(), "forget_explain")
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.explain)
        self.type_label = QLabel()
        self.type_label.setWordWrap(True)
        self.type_label.setTextFormat(Qt.TextFormat.PlainText)  # the name as typed, never markup
        layout.addWidget(self.type_label)
        self.typed = named(QLineEdit(), "forget_type_name")
        self.typed.textChanged.connect(self._typed)
        self.type_label.setBuddy(self.typed)
        layout.addWidget(self.typed)
        self.progress = ProgressBar()
        layout.addWidget(self.progress)
        self.result = named(QLabel(), "forget_result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons, self.forget_button, self.cancel_button = go_cancel(
            self, self.do_forget, "do_forget"
        )
        self.forget_button.setStyleSheet(DANGER_STYLE)
        layout.addWidget(self.buttons)
        self.resize(600, 380)
        self.retranslate()
        self.typed.setFocus()

    def retranslate(self) -> None:
        cat = window_catalogue()
        self.setWindowTitle(cat("data-forget-title", name=self.name))
        self.heading.setText(
            f"<span style='font-size: 15pt; font-weight: bold; color: #b3261e;'>"
            f"{escape(cat('data-forget-heading', name=self.name))}</span>"
        )
        self.explain.setText(cat("data-forget-explain", name=escape(self.name)))
        self.type_label.setText(cat("data-forget-type", name=self.name))
        self.typed.setPlaceholderText(self.name)
        self.forget_button.setText(cat("data-forget-go"))
        self.cancel_button.setText(cat("data-close") if self.report else cat("data-cancel"))

    def _typed(self, text: str) -> None:
        self.forget_button.setEnabled(self.report is None and text.strip() == self.name.strip())

    def do_forget(self) -> ShopOp[Any] | None:
        if not self.forget_button.isEnabled():
            return None
        cid = self.customer_id
        self.error.hide()
        self.progress.start()
        self.typed.setEnabled(False)

        def erase(shop: Shop, _progress: Reporter) -> ForgetReport:
            return forget(shop, cid)

        return (
            ShopOp(self.buttons, erase, changes=EVERYTHING, exclusive=True)
            .success(self._done)
            .failure(self._failed)
            .run_in_background(self.ops)
        )

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.typed.setEnabled(True)
        show_error(self.error, failure_text(error, window_catalogue()))

    def _done(self, report: ForgetReport) -> None:
        cat = window_catalogue()
        self.report = report
        self.progress.hide()
        cache = getattr(self.shop.app.repository, "cache", None)
        if cache is not None:  # the window's own copy of them goes too
            cache.clear()
        lines = [
            cat.plural(
                "data-forgot",
                report.events,
                name=self.name,
                id=self.customer_id[:8],
                mentions=report.mentions,
            )
        ]
        if report.backups_holding:
            lines.append(cat.plural("data-forgot-backups", len(report.backups_holding)))
            lines += [f"  {p}" for p in report.backups_holding]
        self.result.setText("\n".join(lines))
        self.result.show()
        self.forget_button.setEnabled(False)
        self.forget_button.hide()
        self.cancel_button.setText(cat("data-close"))
        self.forgotten.emit(self.customer_id)


__all__ = ["DuplicatesDialog", "ForgetDialog", "MergeDialog", "who"]
