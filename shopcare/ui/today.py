"""Today: follow-ups due, this week's kind acts, customers waiting, recent contacts.

A dashboard that fits a 1366x768 laptop: four counts at a glance along the top (acts to
do this week, customers waiting, follow-ups due, contacts today), each a click from its
full list, and the first rows of each list in two columns below, the words that matter
(the act, the reason, the summary) in the widest column.

The kind acts are the week's plan (:func:`shopcare.readmodels.week_plan.week_plan`):
those that fit the shop's weekly budget, most important first, overdue ones marked,
with the budget and the money left under them; the acts that could be done too are
one click away (``could_do`` opens them on the Tasks tab, each with why it ranked
where it did).

Each list shows its first rows (``TODAY_ROWS``) and says how many there are in all,
so a shop with thousands of open tasks opens as fast as a new one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopcare import clock
from shopcare.clock import local_date
from shopcare.presentation import shop_catalogue, task_text
from shopcare.presentation.formats import moment_text, phone_text, short_date
from shopcare.presentation.kindness import budget_text, could_do_text, why_short
from shopcare.presentation.timeline import waiting_detail
from shopcare.readmodels.open_items import (
    count_open,
    followups_due,
    open_complaints,
    open_returns,
)
from shopcare.readmodels.tasks import task_rows
from shopcare.readmodels.timeline import count_contacts_since, recent_contacts
from shopcare.readmodels.week_plan import week_plan
from shopcare.service.shop import Shop
from shopcare.ui.forms import named, push_button
from shopcare.ui.i18n import Retranslating, window_catalogue, window_language
from shopcare.ui.models import KeyRole, RowsModel, kind_label

RECENT_CONTACTS = 30
#: The rows each list on Today shows at most (the count says how many there are).
TODAY_ROWS = 50


def waiting(shop: Shop, limit: int | None = None) -> list[dict[str, Any]]:
    """Open complaints first, then open returns (the oldest first in each)."""
    tr = window_catalogue()
    rows = [
        dict(r, what="complaint", detail=waiting_detail("complaint", r, tr))
        for r in open_complaints(shop.db, limit=limit)
    ]
    room = None if limit is None else max(0, limit - len(rows))
    if room != 0:
        rows += [
            dict(r, what="return requested", detail=waiting_detail("return", r, tr))
            for r in open_returns(shop.db, limit=room)
        ]
    return rows


def _table(model: RowsModel, name: str) -> QTableView:
    view = named(QTableView(), name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setResizeContentsPrecision(20)  # widths from the first rows only
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    view.setMinimumHeight(120)  # four lists in two columns fit a 1366x768 laptop
    return view


def day_text(iso_or_date: Any) -> str:
    """A date in a narrow column, in the window's language ("11.20" / "20 Nov")."""
    return short_date(iso_or_date, window_language())


class CountCard(QPushButton):
    """A number at a glance and what it counts; a click goes to the list."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.count = 0
        self.setMinimumHeight(64)
        # the four share the row; a narrow window clips the words, never grows
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(120)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.setFont(font)
        self.setStyleSheet(
            "QPushButton { text-align: left; padding: 6px 14px; border: 1px solid #c9d3cc;"
            " border-radius: 6px; background: #f3f6f4; }"
            " QPushButton:hover { background: #e4ece6; }"
        )

    def show_count(self, count: int, words: str) -> None:
        self.count = count
        self.setText(f"{count:,}\n{words}")


class TodayView(Retranslating, QWidget):
    """What needs doing today; double-click (or Enter) a row to open the customer."""

    open_customer = Signal(str)
    #: "Could do" was clicked: show the acts beyond this week's budget.
    could_do = Signal()
    #: The count of this week's acts was clicked: the whole list is on the Tasks tab.
    show_acts = Signal()

    def __init__(self, shop: Shop, parent=None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.followups = RowsModel(
            [
                (lambda: self.tr("Due"), lambda r: day_text(r["due"])),
                (lambda: self.tr("Customer"), lambda r: r["customer_name"]),
                (lambda: self.tr("Phone"), lambda r: phone_text(r["phone"])),
                (lambda: self.tr("Reason"), lambda r: r["reason"]),
            ],
            self,
        )
        words = window_catalogue
        self.tasks = RowsModel(
            [
                (lambda: words()("kindness-col-rank"), lambda r: r["rank"]),
                (lambda: self.tr("Due"), lambda r: r["due_text"]),
                (lambda: self.tr("Customer"), lambda r: r["customer_name"] or ""),
                (lambda: self.tr("Kind act"), lambda r: r["text"].title),
                (lambda: self.tr("For"), lambda r: r["assignee"]),
                (lambda: words()("kindness-col-why"), lambda r: r["why"]),
            ],
            self,
        )
        self.waiting = RowsModel(
            [
                (lambda: self.tr("Since"), lambda r: day_text(local_date(r["opened_at"]))),
                (lambda: self.tr("Customer"), lambda r: r["customer_name"]),
                (lambda: self.tr("Phone"), lambda r: phone_text(r["phone"])),
                (lambda: self.tr("Waiting for"), lambda r: kind_label(r["what"])),
                (lambda: self.tr("Detail"), lambda r: r["detail"]),
            ],
            self,
        )
        self.recent = RowsModel(
            [
                (lambda: self.tr("When"), lambda r: moment_text(r["at"], window_language())),
                (lambda: self.tr("Customer"), lambda r: r["customer_name"]),
                (lambda: self.tr("Staff"), lambda r: r["staff"]),
                (lambda: self.tr("Summary"), lambda r: r["summary"]),
            ],
            self,
        )
        layout = QVBoxLayout(self)
        cards = QHBoxLayout()
        self.cards = {
            name: CountCard(f"card_{name}") for name in ("acts", "waiting", "followups", "today")
        }
        for card in self.cards.values():
            cards.addWidget(card, 1)
        layout.addLayout(cards)
        grid = QGridLayout()
        layout.addLayout(grid, 1)
        self.boxes: list[QGroupBox] = []
        self.more: list[QLabel] = []  # "showing the first 50 of 8,084" under a long list
        self.totals = [0, 0, 0, 0]
        places = {"today_tasks": (0, 0), "today_waiting": (0, 1), "today_followups": (1, 0)}
        for model, name in (
            (self.followups, "today_followups"),
            (self.tasks, "today_tasks"),
            (self.waiting, "today_waiting"),
            (self.recent, "today_recent"),
        ):
            box = QGroupBox()
            inner = QVBoxLayout(box)
            view = _table(model, name)
            view.doubleClicked.connect(self._open)
            view.activated.connect(self._open)
            inner.addWidget(view)
            more = named(QLabel(), f"{name}_more")
            more.setStyleSheet("color: #555;")
            more.hide()
            inner.addWidget(more)
            if model is self.tasks:
                inner.addLayout(self._budget_row())
            grid.addWidget(box, *places.get(name, (1, 1)))
            self.boxes.append(box)
            self.more.append(more)
        grid.setColumnStretch(0, 3)  # the acts and follow-ups: the longer words
        grid.setColumnStretch(1, 2)
        self.views = self.findChildren(QTableView)
        self.view_of = {v.objectName(): v for v in self.views}
        self.cards["acts"].clicked.connect(self.show_acts)
        for card, name in (
            ("waiting", "today_waiting"),
            ("followups", "today_followups"),
            ("today", "today_recent"),
        ):
            self.cards[card].clicked.connect(lambda _=False, n=name: self.show_list(n))
        self.retranslate()
        self.refresh()

    def _budget_row(self) -> QHBoxLayout:
        """Under the week's acts: the budget and the money left, and "could do"."""
        row = QHBoxLayout()
        self.budget = named(QLabel(), "today_budget")
        self.budget.setWordWrap(True)
        self.could_do_button = push_button("today_could_do")
        self.could_do_button.setFlat(True)
        self.could_do_button.setStyleSheet("color: #1a5fb4; text-decoration: underline;")
        self.could_do_button.clicked.connect(self.could_do)
        self.could_do_button.hide()
        row.addWidget(self.budget, 1)
        row.addWidget(self.could_do_button)
        return row

    def show_list(self, name: str) -> QTableView:
        """A count was clicked: its list, ready for the keyboard."""
        view = self.view_of[name]
        view.setFocus()
        if view.model().rowCount() and not view.currentIndex().isValid():
            view.selectRow(0)
        return view

    def _open(self, index) -> None:
        cid = index.data(KeyRole)
        if cid:
            self.open_customer.emit(cid)

    def retranslate(self) -> None:
        self.boxes[0].setTitle(self.tr("Follow-ups due (today and overdue)"))
        self.boxes[1].setTitle(window_catalogue()("kindness-today-title"))
        self.boxes[2].setTitle(self.tr("Customers waiting: open complaints and returns"))
        self.boxes[3].setTitle(self.tr("Recent contacts"))
        for model in (self.followups, self.tasks, self.waiting, self.recent):
            model.retranslate()
        self._show_counts()
        self._show_budget()
        self._show_cards()

    def refresh(self) -> None:
        db, today = self.shop.db, clock.today()
        self.followups.set_rows(followups_due(db, by=today.isoformat(), limit=TODAY_ROWS))
        tr = shop_catalogue(db)  # kind acts speak the shop's language
        plan = week_plan(db, today)
        listed = plan.in_budget
        rows = task_rows(db, [p.act.id for p in listed[:TODAY_ROWS]])
        self.tasks.set_rows([self._act_row(r, plan, tr) for r in rows])
        self.plan = plan
        self.waiting.set_rows(waiting(self.shop, limit=TODAY_ROWS))
        self.recent.set_rows(recent_contacts(db, RECENT_CONTACTS))
        self.totals = [
            count_open(db, "open_followups", due_by=today.isoformat()),
            len(listed),
            count_open(db, "open_complaints") + count_open(db, "open_returns"),
            self.recent.rowCount(),
        ]
        self.contacts_today = count_contacts_since(db, clock.start_of_day(today))
        self._show_counts()
        self._show_budget()
        self._show_cards()
        for view in self.views:  # at most TODAY_ROWS rows each
            view.resizeColumnsToContents()
            header = view.horizontalHeader()
            for col in range(view.model().columnCount() - 1):
                header.resizeSection(col, min(header.sectionSize(col) + 16, 200))

    def _show_cards(self) -> None:
        if not hasattr(self, "contacts_today"):
            return
        cat = window_catalogue()
        followups, acts, waiting_count, _recent = self.totals
        for name, count in (
            ("acts", acts),
            ("waiting", waiting_count),
            ("followups", followups),
            ("today", self.contacts_today),
        ):
            self.cards[name].show_count(count, cat.plural(f"window-today-card-{name}", count))

    def _act_row(self, row: dict[str, Any], plan, tr) -> dict[str, Any]:
        placed = plan.by_id[row["id"]]
        wtr = window_catalogue()
        due = short_date(row["due"], wtr.language)
        if placed.overdue:
            due = wtr("kindness-overdue-mark", due=due)
        return dict(
            row,
            text=task_text(row, tr),
            rank=placed.rank,
            due_text=due,
            why=why_short(placed, plan, wtr),
        )

    def _show_budget(self) -> None:
        plan = getattr(self, "plan", None)
        if plan is None:
            return
        cat = window_catalogue()
        self.budget.setText(budget_text(plan, cat))
        more = could_do_text(plan, cat)
        self.could_do_button.setText(cat("kindness-could-do-link", more=more) if more else "")
        self.could_do_button.setVisible(bool(more))

    def _show_counts(self) -> None:
        cat = window_catalogue()
        models = (self.followups, self.tasks, self.waiting, self.recent)
        for label, model, total in zip(self.more, models, self.totals, strict=True):
            shown = model.rowCount()
            label.setVisible(total > shown)
            if total > shown:
                label.setText(
                    cat("window-today-first-rows", shown=f"{shown:,}", total=f"{total:,}")
                )


__all__ = ["TodayView", "waiting"]
