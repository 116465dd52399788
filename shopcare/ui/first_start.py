"""The first start of a new shop: its name, address, staff, language and backups.

Shown once the window is up and the history is caught up, when the shop has no name
yet (a new data folder; a PC joining a shop on a server has the shop's name from its
history, so it is not asked). Everything is saved in one command; all of it can be
changed later in Settings. Closing it without saving asks again at the next start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopcare.domain.errors import InvalidInput
from shopcare.domain.values import clean_text
from shopcare.service.backup import backup_folder, choose_folder
from shopcare.service.shop import Shop
from shopcare.ui.forms import error_label, named, save_cancel, try_saving
from shopcare.ui.i18n import window_catalogue

LANGUAGES = ("ko", "en")


class FirstStartDialog(QDialog):
    """Sets the shop up in one go; ``saved`` carries the staff names and the language."""

    saved = Signal(list, str)

    def __init__(self, shop: Shop, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_start")
        self.shop = shop
        cat = window_catalogue()
        self.setWindowTitle(cat("window-first-start-title"))
        layout = QVBoxLayout(self)
        intro = QLabel(cat("window-first-start-intro"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)

        self.name = named(QLineEdit(), "shop_name")
        self.address = named(QLineEdit(), "shop_address")
        self.staff = named(QPlainTextEdit(), "staff_names")
        self.staff.setTabChangesFocus(True)
        self.staff.setPlaceholderText(cat("window-first-start-staff-hint"))
        self.staff.setFixedHeight(self.fontMetrics().height() * 5 + 12)
        self.language = named(QComboBox(), "shop_language")
        for code in LANGUAGES:
            self.language.addItem(cat(f"cli-language-{code}"), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.backups = QLineEdit(str(backup_folder(shop.config)))
        self.backups.setObjectName("backup_folder")
        self.backups.setReadOnly(True)
        choose = QPushButton(cat("window-first-start-choose-folder"))
        choose.setObjectName("choose_backup_folder")
        choose.setAutoDefault(False)
        choose.clicked.connect(self.choose_backup_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backups, 1)
        folder_row.addWidget(choose)
        for key, widget in (
            ("window-first-start-name", self.name),
            ("window-first-start-address", self.address),
            ("window-first-start-staff", self.staff),
            ("window-first-start-language", self.language),
        ):
            label = QLabel(cat(key))
            label.setBuddy(widget)
            form.addRow(label, widget)
        backups_label = QLabel(cat("window-first-start-backups"))
        backups_label.setBuddy(choose)
        form.addRow(backups_label, folder_row)
        later = QLabel(cat("window-first-start-later"))
        later.setWordWrap(True)
        later.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(later)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = save_cancel(self, self.save)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.name.setFocus()

    def staff_names(self) -> list[str]:
        """The names typed, one per line or comma, cleaned as events will stamp them;
        a name that cannot be cleaned is passed on as typed, for the save to refuse."""
        names: list[str] = []
        for typed in self.staff.toPlainText().replace(",", "\n").splitlines():
            try:
                name = clean_text(typed, "words-staff")
            except InvalidInput:
                name = typed
            if name and name not in names:
                names.append(name)
        return names

    def choose_backup_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, window_catalogue()("window-first-start-backups"), self.backups.text()
        )
        if chosen:
            self.backups.setText(chosen)

    def save(self) -> None:
        if try_saving(self.error, self._save):
            self.saved.emit(self.staff_names(), self.language.currentData())
            self.accept()

    def _save(self) -> None:
        if not self.name.text().strip():
            raise InvalidInput("errors-empty", what="words-shop-name")
        staff = self.staff_names()
        if not staff:
            raise InvalidInput("errors-empty", what="words-staff")
        self.shop.app.change_shop_settings(
            self.shop.actor,
            name=self.name.text(),
            address=self.address.text(),
            staff_list=staff,
            language=self.language.currentData(),
        )  # the window's after-save catch-up shows it; a refusal above changes nothing
        folder = Path(self.backups.text())
        if folder != backup_folder(self.shop.config):  # this PC's choice, kept beside the data
            choose_folder(self.shop.config, folder)
