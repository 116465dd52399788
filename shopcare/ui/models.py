"""Item models over the read models: customers, a timeline, and plain row lists."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from shopcare.domain.delight_rules import RULES
from shopcare.domain.delight_task import BY_HAND, STATUSES
from shopcare.presentation.choices import label
from shopcare.presentation.formats import moment_text, phone_text
from shopcare.presentation.timeline import timeline_line
from shopcare.readmodels.customers import (
    count_customers,
    customer_page,
    customer_rank,
    search_customers,
)
from shopcare.readmodels.database import Database
from shopcare.readmodels.timeline import timeline_rows
from shopcare.ui.i18n import window_catalogue, window_language

RowRole = Qt.ItemDataRole.UserRole + 1  # the whole row dict
KeyRole = Qt.ItemDataRole.UserRole + 2  # the raw (untranslated) value

Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: str) -> str:
    """A timeline kind in the window's language, as a table cell starts it."""
    return cell_word(label("kind", kind, window_catalogue()))


def cell_word(text: str) -> str:
    """A stored value's word at the start of a table cell ("Complaint", "반품 요청")."""
    return text[:1].upper() + text[1:]


class HeaderedTableModel(QAbstractTableModel):
    """A table model whose column headers come from ``_headers()``.

    The headers are translated once and kept until ``retranslate`` (views ask for
    the column count many thousand times while they lay out)."""

    _header_cache: list[str] | None = None

    def _headers(self) -> list[str]:
        raise NotImplementedError

    def headers(self) -> list[str]:
        if self._header_cache is None:
            self._header_cache = self._headers()
        return self._header_cache

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        headers = self.headers()
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(headers)
        ):
            return headers[section]
        return None

    def retranslate(self) -> None:
        """Headers and cells are asked again (after the language changed)."""
        self._header_cache = None
        columns = self.columnCount()
        if columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
            if self.rowCount():
                self.dataChanged.emit(
                    self.index(0, 0), self.index(self.rowCount() - 1, columns - 1)
                )


class RowTableModel(HeaderedTableModel):
    """A table of rows (dicts) under translated headers. ``data`` answers the row
    (``RowRole``) and its key (``KeyRole``); subclasses say each cell (``cell``)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def rows(self) -> list[dict[str, Any]]:
        """The rows loaded so far."""
        return list(self._rows)

    def row(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        r = self.row(index.row())
        if role == RowRole:
            return r
        if role == KeyRole:
            return self.key(r, index.column())
        return self.cell(r, index.column(), role)

    def key(self, r: dict[str, Any], col: int) -> Any:
        """What ``KeyRole`` gives: the row's id."""
        return r["id"]

    def cell(self, r: dict[str, Any], col: int, role: int) -> Any:
        """One cell's text, colour or font for ``role`` (None: nothing)."""
        raise NotImplementedError


class CustomerTableModel(RowTableModel):
    """Customers: all (by name) when the query is empty, else search results.

    The full list is paged from the read model as the view scrolls
    (``canFetchMore``/``fetchMore``, keyset paging by name), so 20,000 customers
    never load at once; search results (at most ``SEARCH_LIMIT``) are shown in chunks.
    """

    CHUNK = 500
    SEARCH_LIMIT = 500

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._query = ""
        self._shown = 0
        self._total = 0
        self.reload()

    # -- headers (translated each time they are asked for) --
    def _headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Phone"), self.tr("Email"), self.tr("Last contact")]

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        self._query = query.strip()
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        if self._query:
            self._rows = search_customers(self._db, self._query, limit=self.SEARCH_LIMIT)
            self._total = len(self._rows)
        else:
            self._rows = customer_page(self._db, limit=self.CHUNK)
            self._total = count_customers(self._db)
        self._shown = min(len(self._rows), self.CHUNK)
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.canFetchMore():
            return
        if not self._query and self._shown == len(self._rows):
            last = self._rows[-1] if self._rows else None
            after = (last["name"], last["id"]) if last else None
            page = customer_page(self._db, after, limit=self.CHUNK)
            if not page:  # customers went away meanwhile: stop here
                self._total = self._shown
                return
            self._rows.extend(page)
        more = min(self.CHUNK, len(self._rows) - self._shown)
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def row_of(self, customer_id: str) -> int:
        """The row of a customer, loading pages down to it; -1 if not in the list."""
        if self._query:
            target = next((i for i, r in enumerate(self._rows) if r["id"] == customer_id), -1)
        else:
            target = customer_rank(self._db, customer_id)
        if target < 0 or target >= self._total:
            return -1
        while target >= self._shown and self.canFetchMore():
            self.fetchMore()
        if target < self._shown and self._rows[target]["id"] == customer_id:
            return target
        return -1

    def cell(self, r: dict[str, Any], col: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return r["name"]
        if col == 1:
            return phone_text(r["phone"])
        if col == 2:
            return r["email"] or ""
        return moment_text(r["last_contact_at"], window_language())


class TimelineModel(RowTableModel):
    """One customer's timeline, newest first; corrections beside what they correct."""

    WHEN, KIND, STAFF, WHAT, CORRECTION = range(5)

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._customer_id: str | None = None

    def _headers(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("Kind"),
            self.tr("Staff"),
            self.tr("What"),
            self.tr("Correction"),
        ]

    def set_customer(self, customer_id: str | None) -> None:
        self._customer_id = customer_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = (
            timeline_rows(self._db, self._customer_id, newest_first=True)
            if self._customer_id
            else []
        )
        self.endResetModel()

    def key(self, r: dict[str, Any], col: int) -> Any:
        return r["kind"] if col == self.KIND else r["entry"]

    def cell(self, r: dict[str, Any], col: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.WHEN:
                return moment_text(r["at"], window_language())
            if col == self.KIND:
                return kind_label(r["kind"])
            if col == self.STAFF:
                return r["staff"]
            if col == self.WHAT:
                line = timeline_line(r["event"], r["data"], window_catalogue())
                text = f"#{r['entry']}  {line}"
                if r["voided"]:
                    text += "  " + self.tr("[withdrawn]")
                return text
            return r["correction"] or ""
        if role == Qt.ItemDataRole.FontRole and r["voided"]:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if r["voided"]:
                return QBrush(QColor("#8a8a8a"))
            if col == self.CORRECTION and r["correction"]:
                return QBrush(QColor("#9a4a00"))
        return None


class KindFilterProxy(QSortFilterProxyModel):
    """Shows only the timeline rows of one kind (or all when the kind is empty)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._kind = ""

    def set_kind(self, kind: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self._kind = kind
            self.endFilterChange()
        else:  # pragma: no cover - older Qt
            self._kind = kind
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._kind:
            return True
        index = self.sourceModel().index(source_row, TimelineModel.KIND, source_parent)
        return index.data(KeyRole) == self._kind


Column = tuple[Callable[[], str], Callable[[dict[str, Any]], Any]]


class RowsModel(RowTableModel):
    """A read-only table of row dicts with (header, value) columns; used by Today."""

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)

    def _headers(self) -> list[str]:
        return [header() for header, _value in self._columns]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def key(self, r: dict[str, Any], col: int) -> Any:
        return r.get("customer_id")

    def cell(self, r: dict[str, Any], col: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self._columns[col][1](r)
            return "" if value is None else str(value)
        return None


def task_word(value: str) -> str:
    """A task status or rule name in the window's language."""
    if not value:
        return ""
    group = "status" if value in STATUSES else "rule"
    return cell_word(label(group, value, window_catalogue()))


def rules_named(text: str) -> tuple[str, ...]:
    """The rules whose name, in the window's language, contains a word of ``text``."""
    tr = window_catalogue()
    words = [w.lower() for w in text.split()]
    names = {rule: label("rule", rule, tr).lower() for rule in (*RULES, BY_HAND)}
    return tuple(rule for rule, name in names.items() if any(w in name for w in words))


def rule_description(rule: str) -> str:
    """What a rule is for, in the window's language."""
    return label("rule-about", rule, window_catalogue())
