"""Quick log (Ctrl+L from anywhere): find the customer, type what happened, Enter.

Hands stay on the keyboard: type digits or part of a name; Down/Up move through the
matches (name, phone, last contact, and a sensitive time if there is one); Enter takes
the match and moves to the summary; Enter there saves. With no match, Enter starts a
new customer with what was typed. Escape closes, and asks first when something was
typed. A call with one match: Ctrl+L, the digits, Enter, the summary, Enter.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QKeyEvent
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
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopcare.clock import local_date
from shopcare.domain.errors import InvalidInput
from shopcare.domain.values import Channel, Direction, Sentiment
from shopcare.presentation.formats import date_text, phone_text
from shopcare.readmodels.customers import get_customer_row, search_customers
from shopcare.service.shop import Shop
from shopcare.ui.care_banner import MARK, CareBanner, care_marks
from shopcare.ui.dialogs import fill_choices
from shopcare.ui.forms import error_label, named, save_cancel, show_error, try_saving
from shopcare.ui.i18n import window_catalogue, window_language

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
#: How many matches the list shows without scrolling.
VISIBLE_MATCHES = 6


class SummaryEdit(QLineEdit):
    """A line that keeps what is typed in it when reached by its Alt+letter (Qt would
    select it all, and the next key typed would replace it)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.ShortcutFocusReason:
            self.deselect()
            self.end(False)


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

        self.find = named(QLineEdit(), "find")
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

        self.matches = named(QListWidget(), "matches")
        row_height = self.matches.fontMetrics().height() + 6
        self.matches.setFixedHeight(row_height * VISIBLE_MATCHES + 6)
        self.matches.installEventFilter(self)
        form.addRow("", self.matches)
        self.hint = named(QLabel(), "hint")  # what Enter will do now
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", self.hint)
        self.care = CareBanner()  # the chosen caller's sensitive time, before they speak
        form.addRow("", self.care)
        self.matches.currentItemChanged.connect(self._show_care)

        self.new_box = QWidget()
        new_layout = QHBoxLayout(self.new_box)
        new_layout.setContentsMargins(0, 0, 0, 0)
        self.new_name = named(QLineEdit(), "new_name")
        self.new_name.setPlaceholderText(self.tr("Name"))
        self.new_phone = named(QLineEdit(), "new_phone")
        self.new_phone.setPlaceholderText(self.tr("Phone"))
        self.new_name.installEventFilter(self)
        self.new_phone.installEventFilter(self)
        new_layout.addWidget(self.new_name, 2)
        new_layout.addWidget(self.new_phone, 1)
        self.new_label = QLabel(self.tr("New customer"))
        form.addRow(self.new_label, self.new_box)
        self.new_box.hide()
        self.new_label.hide()

        self.channel = named(QComboBox(), "channel")
        fill_choices(self.channel, [m.value for m in Channel], "phone", "channel")
        self.direction = named(QComboBox(), "direction")
        fill_choices(self.direction, [m.value for m in Direction], "in", "direction")
        self.sentiment = named(QComboBox(), "sentiment")
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
        self.topics = named(QLineEdit(), "topics")
        self.topics.setPlaceholderText(self.tr("comma separated"))
        form.addRow(self.tr("Topics"), self.topics)
        self.summary = SummaryEdit()
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
        self.setMinimumWidth(600)

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
        self._show_hint()

    # ----- finding the customer --------------------------------------------------

    def search(self) -> None:
        self._search_timer.stop()
        query = self.find.text().strip()
        self._set_matches(search_customers(self.shop.db, query, limit=20) if query else [])
        self._show_hint()

    def match_text(self, row: dict[str, Any]) -> str:
        """One match as a person tells callers apart: name, phone, email, last contact."""
        parts = [row["name"], phone_text(row["phone"]), row["email"] or ""]
        last = local_date(row.get("last_contact_at"))
        if last is not None:
            lang = window_language()
            when = date_text(last, lang, year=None)
            parts.append(window_catalogue()("window-quick-log-last-contact", date=when))
        return "  ·  ".join(x for x in parts if x)

    def _set_matches(self, rows: list[dict[str, Any]]) -> None:
        self.matches.clear()
        cares = care_marks(self.shop.db, [r["id"] for r in rows]) if rows else {}
        for r in rows:
            text = self.match_text(r)
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
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.find and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self._move_match(1 if key == Qt.Key.Key_Down else -1)
            return True  # the focus stays here: typing goes on narrowing the matches
        if key not in ENTER_KEYS:
            return super().eventFilter(watched, event)
        if watched is self.find:
            self._find_enter()
            return True  # Enter here picks the customer; it does not save yet
        if watched is self.matches:
            self._take_match()
            return True
        if watched is self.new_name:
            self.new_phone.setFocus()
            return True
        if watched is self.new_phone:
            self.summary.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _move_match(self, step: int) -> None:
        if self._search_timer.isActive():
            self.search()
        count = self.matches.count()
        if count:
            row = min(max(self.matches.currentRow() + step, 0), count - 1)
            self.matches.setCurrentRow(row)

    def _find_enter(self) -> None:
        """Enter in the search box: take the chosen match and move on to the summary;
        with no match, start a new customer with what was typed."""
        if self._search_timer.isActive() or (self.find.text().strip() and not self.matches.count()):
            self.search()
        if self.matches.count():
            self._take_match()
        elif self.find.text().strip():
            self.new_button.setChecked(True)

    def _take_match(self) -> None:
        if self.matches.currentItem() is None and self.matches.count():
            self.matches.setCurrentRow(0)
        if self.matches.currentItem() is not None:
            self.summary.setFocus()

    def _show_hint(self) -> None:
        """Say what Enter does now: take the match, or add the new customer."""
        cat = window_catalogue()
        query = self.find.text().strip()
        if self.new_button.isChecked():
            text = ""
        elif self.matches.count() > 1:
            text = cat("window-quick-log-hint-choose")
        elif self.matches.count() == 1:
            text = cat("window-quick-log-hint-take")
        elif query:
            text = cat("window-quick-log-hint-new", query=query)
        else:
            text = cat("window-quick-log-hint-type")
        self.hint.setText(text)

    # ----- closing -------------------------------------------------------------------

    def typed(self) -> bool:
        """Whether anything was typed that closing would throw away."""
        fields = (self.find, self.summary, self.topics, self.new_name, self.new_phone)
        return any(f.text().strip() for f in fields)

    def reject(self) -> None:
        """Escape, Cancel or closing: ask first when something was typed."""
        if self.logged_for or not self.typed():
            super().reject()
            return
        cat = window_catalogue()
        box = QMessageBox(self)
        box.setObjectName("discard_quick_log")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.windowTitle())
        box.setText(cat("window-quick-log-discard"))
        discard = box.addButton(
            cat("window-quick-log-discard-yes"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(cat("window-quick-log-discard-no"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(
            lambda _result: box.clickedButton() is discard and QDialog.reject(self)
        )
        box.open()
        self.discard_box = box

    def _toggle_new(self, on: bool) -> None:
        self.new_box.setVisible(on)
        self.new_label.setVisible(on)
        self.matches.setEnabled(not on)
        self._show_hint()
        if on:
            text = self.find.text().strip()
            if text and not self.new_name.text() and not self.new_phone.text():
                if any(ch.isdigit() for ch in text) and not any(ch.isalpha() for ch in text):
                    self.new_phone.setText(text)
                else:
                    self.new_name.setText(text)
            # the caller's name first, unless it is already there
            (self.new_phone if self.new_name.text().strip() else self.new_name).setFocus()

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
