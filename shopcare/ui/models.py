"""Item models over the read models: customers, a timeline, and plain row lists."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from sqlite_utils import Database

from shopcare.clock import local_minute
from shopcare.readmodels.customers import (
    count_customers,
    customer_page,
    customer_rank,
    search_customers,
)
from shopcare.readmodels.timeline import KINDS, timeline_rows

RowRole = Qt.ItemDataRole.UserRole + 1  # the whole row dict
KeyRole = Qt.ItemDataRole.UserRole + 2  # the raw (untranslated) value

Index = QModelIndex | QPersistentModelIndex

#: The kinds shown on a timeline, marked for translation (the raw kind is the read model's).
KIND_LABELS = (
    QT_TRANSLATE_NOOP("Kinds", "registered"),
    QT_TRANSLATE_NOOP("Kinds", "details changed"),
    QT_TRANSLATE_NOOP("Kinds", "contact"),
    QT_TRANSLATE_NOOP("Kinds", "purchase"),
    QT_TRANSLATE_NOOP("Kinds", "return requested"),
    QT_TRANSLATE_NOOP("Kinds", "return received"),
    QT_TRANSLATE_NOOP("Kinds", "return waived"),
    QT_TRANSLATE_NOOP("Kinds", "feedback"),
    QT_TRANSLATE_NOOP("Kinds", "complaint"),
    QT_TRANSLATE_NOOP("Kinds", "complaint resolved"),
    QT_TRANSLATE_NOOP("Kinds", "life event"),
    QT_TRANSLATE_NOOP("Kinds", "referred elsewhere"),
    QT_TRANSLATE_NOOP("Kinds", "gift sent"),
    QT_TRANSLATE_NOOP("Kinds", "follow-up scheduled"),
    QT_TRANSLATE_NOOP("Kinds", "follow-up done"),
    QT_TRANSLATE_NOOP("Kinds", "correction"),
    QT_TRANSLATE_NOOP("Kinds", "merged"),
    QT_TRANSLATE_NOOP("Kinds", "moved over"),
    QT_TRANSLATE_NOOP("Kinds", "forgotten"),
)
assert set(KIND_LABELS) == set(KINDS.values())


def kind_label(kind: str) -> str:
    """The kind in the current language (translated when asked, not at import)."""
    return QCoreApplication.translate("Kinds", kind)


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


class CustomerTableModel(HeaderedTableModel):
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
        self._all: list[dict[str, Any]] = []  # rows loaded so far
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
            self._all = search_customers(self._db, self._query, limit=self.SEARCH_LIMIT)
            self._total = len(self._all)
        else:
            self._all = customer_page(self._db, limit=self.CHUNK)
            self._total = count_customers(self._db)
        self._shown = min(len(self._all), self.CHUNK)
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
        if not self._query and self._shown == len(self._all):
            last = self._all[-1] if self._all else None
            after = (last["name"], last["id"]) if last else None
            page = customer_page(self._db, after, limit=self.CHUNK)
            if not page:  # customers went away meanwhile: stop here
                self._total = self._shown
                return
            self._all.extend(page)
        more = min(self.CHUNK, len(self._all) - self._shown)
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def row(self, row: int) -> dict[str, Any]:
        return self._all[row]

    def row_of(self, customer_id: str) -> int:
        """The row of a customer, loading pages down to it; -1 if not in the list."""
        if self._query:
            target = next((i for i, r in enumerate(self._all) if r["id"] == customer_id), -1)
        else:
            target = customer_rank(self._db, customer_id)
        if target < 0 or target >= self._total:
            return -1
        while target >= self._shown and self.canFetchMore():
            self.fetchMore()
        if target < self._shown and self._all[target]["id"] == customer_id:
            return target
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        r = self._all[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 0:
                return r["name"]
            if col == 1:
                return r["phone"] or ""
            if col == 2:
                return r["email"] or ""
            return local_minute(r["last_contact_at"])
        if role == RowRole:
            return r
        if role == KeyRole:
            return r["id"]
        return None


class TimelineModel(HeaderedTableModel):
    """One customer's timeline, newest first; corrections beside what they correct."""

    WHEN, KIND, STAFF, WHAT, CORRECTION = range(5)

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._customer_id: str | None = None
        self._rows: list[dict[str, Any]] = []

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

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.WHEN:
                return local_minute(r["at"])
            if col == self.KIND:
                return kind_label(r["kind"])
            if col == self.STAFF:
                return r["staff"]
            if col == self.WHAT:
                text = f"#{r['entry']}  {r['summary']}"
                if r["voided"]:
                    text += "  " + self.tr("[withdrawn]")
                return text
            return r["correction"] or ""
        if role == KeyRole:
            return r["kind"] if col == self.KIND else r["entry"]
        if role == RowRole:
            return r
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


class RowsModel(HeaderedTableModel):
    """A read-only table of row dicts with (header, value) columns; used by Today."""

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[dict[str, Any]] = []

    def _headers(self) -> list[str]:
        return [header() for header, _value in self._columns]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self._columns[index.column()][1](r)
            return "" if value is None else str(value)
        if role == RowRole:
            return r
        if role == KeyRole:
            return r.get("customer_id")
        return None


#: Task statuses and delight rules shown translated (stored values stay English).
TASK_WORDS = (
    QT_TRANSLATE_NOOP("Tasks", "suggested"),
    QT_TRANSLATE_NOOP("Tasks", "scheduled"),
    QT_TRANSLATE_NOOP("Tasks", "done"),
    QT_TRANSLATE_NOOP("Tasks", "dismissed"),
    QT_TRANSLATE_NOOP("Tasks", "by hand"),
    QT_TRANSLATE_NOOP("Tasks", "bereavement"),
    QT_TRANSLATE_NOOP("Tasks", "birthday"),
    QT_TRANSLATE_NOOP("Tasks", "congratulations"),
    QT_TRANSLATE_NOOP("Tasks", "complaint-call"),
    QT_TRANSLATE_NOOP("Tasks", "gentle-return"),
    QT_TRANSLATE_NOOP("Tasks", "back-in-stock"),
    QT_TRANSLATE_NOOP("Tasks", "thank-you"),
    QT_TRANSLATE_NOOP("Tasks", "milestone"),
    QT_TRANSLATE_NOOP("Tasks", "miss-you"),
    QT_TRANSLATE_NOOP("Tasks", "neighbourhood"),
)

#: What each rule is for (as in the domain's RULES), for the settings dialog.
RULE_DESCRIPTIONS = {
    "bereavement": QT_TRANSLATE_NOOP("Rules", "flowers and a handwritten card after a loss"),
    "birthday": QT_TRANSLATE_NOOP("Rules", "a birthday card, days before the birthday"),
    "congratulations": QT_TRANSLATE_NOOP(
        "Rules", "congratulate on a wedding, new baby or graduation"
    ),
    "complaint-call": QT_TRANSLATE_NOOP("Rules", "the owner calls personally after a complaint"),
    "gentle-return": QT_TRANSLATE_NOOP("Rules", "waive an overdue return after a hard time"),
    "back-in-stock": QT_TRANSLATE_NOOP("Rules", "tell them when what we could not supply is back"),
    "thank-you": QT_TRANSLATE_NOOP("Rules", "a thank-you note after a warm or long conversation"),
    "milestone": QT_TRANSLATE_NOOP(
        "Rules", "a small surprise on the 5th, 10th, 25th purchase or visit"
    ),
    "miss-you": QT_TRANSLATE_NOOP("Rules", "a 'we miss you' note to a quiet regular"),
    "neighbourhood": QT_TRANSLATE_NOOP(
        "Rules", "one surprise round for regulars living close together"
    ),
}


def task_word(value: str) -> str:
    """A task status or rule name in the current language."""
    return QCoreApplication.translate("Tasks", value) if value else ""


def rule_description(rule: str) -> str:
    text = RULE_DESCRIPTIONS.get(rule)
    return QCoreApplication.translate("Rules", text) if text else rule
