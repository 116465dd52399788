"""Quick log (Ctrl+L from anywhere): find the customer, type what happened, Enter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopcare.domain.errors import InvalidInput
from shopcare.domain.values import Channel, Direction, Sentiment
from shopcare.presentation.formats import phone_text
from shopcare.readmodels.customers import get_customer_row, search_customers
from shopcare.service.shop import Shop
from shopcare.ui.care_banner import MARK, CareBanner, care_marks
from shopcare.ui.dialogs import fill_choices
from shopcare.ui.forms import error_label, save_cancel, show_error, try_saving


class QuickLogDialog(QDialog):
    """Log a contact in a few keystrokes; a new customer can be added inline."""

    saved = Signal(str)  # customer id

    def __init__(self, shop: Shop, customer_id: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("quick_log")
        self.shop = shop
        self.logged_for = ""  # the customer the contact was saved for
        self.setWindowTitle(self.tr("Quick log"))
        layout = QVBoxLayout(self)

        self.find = QLineEdit()
        self.find.setObjectName("find")
        self.find.setPlaceholderText(self.tr("Name, phone (last 4 digits), email or tag"))
        self.find.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("&New customer"))
        self.new_button.setObjectName("new_customer")
        self.new_button.setCheckable(True)
        self.new_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.find, 1)
        row.addWidget(self.new_button)
        form = QFormLayout()
        layout.addLayout(form)
        self.find_label = QLabel(self.tr("&Customer"))
        self.find_label.setBuddy(self.find)
        form.addRow(self.find_label, row)

        self.matches = QListWidget()
        self.matches.setObjectName("matches")
        self.matches.setFixedHeight(110)
        form.addRow("", self.matches)
        self.care = CareBanner()  # the chosen caller's sensitive time, before they speak
        form.addRow("", self.care)
        self.matches.currentItemChanged.connect(self._show_care)

        self.new_box = QWidget()
        new_layout = QHBoxLayout(self.new_box)
        new_layout.setContentsMargins(0, 0, 0, 0)
        self.new_name = QLineEdit()
        self.new_name.setObjectName("new_name")
        self.new_name.setPlaceholderText(self.tr("Name"))
        self.new_phone = QLineEdit()
        self.new_phone.setObjectName("new_phone")
        self.new_phone.setPlaceholderText(self.tr("Phone"))
        new_layout.addWidget(self.new_name, 2)
        new_layout.addWidget(self.new_phone, 1)
        self.new_label = QLabel(self.tr("New customer"))
        form.addRow(self.new_label, self.new_box)
        self.new_box.hide()
        self.new_label.hide()

        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        fill_choices(self.channel, [m.value for m in Channel], "phone", "channel")
        self.direction = QComboBox()
        self.direction.setObjectName("direction")
        fill_choices(self.direction, [m.value for m in Direction], "in", "direction")
        self.sentiment = QComboBox()
        self.sentiment.setObjectName("sentiment")
        fill_choices(self.sentiment, [m.value for m in Sentiment], "neutral", "sentiment")
        how = QHBoxLayout()
        how.addWidget(self.channel)
        how.addWidget(self.direction)
        how.addWidget(self.sentiment)
        how.addStretch(1)
        form.addRow(self.tr("Channel"), how)
        self.connection = QCheckBox(self.tr("Connection made"))
        self.connection.setObjectName("connection")
        form.addRow("", self.connection)
        self.topics = QLineEdit()
        self.topics.setObjectName("topics")
        self.topics.setPlaceholderText(self.tr("comma separated"))
        form.addRow(self.tr("Topics"), self.topics)
        self.summary = QLineEdit()
        self.summary.setObjectName("summary")
        self.summary.setPlaceholderText(self.tr("What happened (Enter saves)"))
        self.summary_label = QLabel(self.tr("&Summary"))
        self.summary_label.setBuddy(self.summary)
        form.addRow(self.summary_label, self.summary)

        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = save_cancel(self, self.save)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self.search)
        self.find.textChanged.connect(self._search_timer.start)
        self.find.installEventFilter(self)
        self.new_button.toggled.connect(self._toggle_new)

        self.setTabOrder(self.find, self.matches)
        self.setTabOrder(self.matches, self.new_name)
        self.setTabOrder(self.new_name, self.new_phone)
        self.setTabOrder(self.new_phone, self.channel)
        self.setTabOrder(self.channel, self.direction)
        self.setTabOrder(self.direction, self.sentiment)
        self.setTabOrder(self.sentiment, self.connection)
        self.setTabOrder(self.connection, self.topics)
        self.setTabOrder(self.topics, self.summary)

        if customer_id:
            row_ = get_customer_row(shop.db, customer_id)
            if row_:
                self._set_matches([row_])
                self.summary.setFocus()
        else:
            self.find.setFocus()

    # ----- finding the customer --------------------------------------------------

    def search(self) -> None:
        self._search_timer.stop()
        query = self.find.text().strip()
        self._set_matches(search_customers(self.shop.db, query, limit=20) if query else [])

    def _set_matches(self, rows: list[dict[str, Any]]) -> None:
        self.matches.clear()
        cares = care_marks(self.shop.db, [r["id"] for r in rows]) if rows else {}
        for r in rows:
            text = "  ".join(x for x in (r["name"], phone_text(r["phone"]), r["email"] or "") if x)
            care = cares.get(r["id"])
            item = QListWidgetItem(f"{MARK} {text}  ·  {care}" if care else text)
            item.setData(Qt.ItemDataRole.UserRole, r["id"])
            if care:  # a sensitive time shows in the list itself, before anyone is picked
                item.setForeground(QBrush(QColor("#8A4B00")))
                item.setToolTip(care)
            self.matches.addItem(item)
        if rows:
            self.matches.setCurrentRow(0)

    def _show_care(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        cid = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.care.show_customer(self.shop.db, cid)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.find
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._find_enter()
            return True  # Enter here picks the customer; it does not save yet
        return super().eventFilter(watched, event)

    def _find_enter(self) -> None:
        """Enter in the search box picks the first match and moves on to the summary."""
        self.search()
        if self.matches.count():
            self.summary.setFocus()

    def _toggle_new(self, on: bool) -> None:
        self.new_box.setVisible(on)
        self.new_label.setVisible(on)
        self.matches.setEnabled(not on)
        if on:
            if not self.new_name.text() and self.find.text().strip():
                text = self.find.text().strip()
                if any(ch.isdigit() for ch in text) and not any(ch.isalpha() for ch in text):
                    self.new_phone.setText(text)
                else:
                    self.new_name.setText(text)
            self.new_name.setFocus()

    def chosen_customer(self) -> str | None:
        item = self.matches.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    # ----- saving ------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        show_error(self.error, message)

    def save(self) -> None:
        if try_saving(self.error, self._save):
            self.saved.emit(self.logged_for)
            self.accept()

    def _save(self) -> None:
        """Add the new caller if asked, then log the contact for ``logged_for``."""
        app, actor = self.shop.app, self.shop.actor
        if self.new_button.isChecked():
            if not self.summary.text().strip():
                raise InvalidInput("errors-empty", what="words-summary")
            cid = str(
                app.register_customer(actor, name=self.new_name.text(), phone=self.new_phone.text())
            )
            # The customer exists now: if logging fails, the form points at them.
            self.new_button.setChecked(False)
            self.find.blockSignals(True)
            self.find.setText(self.new_name.text().strip())
            self.find.blockSignals(False)
            self._set_matches([r for r in [get_customer_row(self.shop.db, cid)] if r])
        else:
            cid = self.chosen_customer()
            if cid is None:
                raise InvalidInput("errors-find-customer-first")
        app.log_contact(
            actor,
            cid,
            channel=self.channel.currentData(),
            direction=self.direction.currentData(),
            sentiment=self.sentiment.currentData(),
            connection=self.connection.isChecked(),
            topics=[t.strip() for t in self.topics.text().split(",") if t.strip()],
            summary=self.summary.text(),
        )
        self.logged_for = cid
