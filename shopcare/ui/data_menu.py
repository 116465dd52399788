"""The shop's data in the window: the Data menu, the customer page's More menu, backups.

``DataActions`` is made by the main window. It adds

* a "Data" menu to the toolbar: import customers, export the customer list, find
  duplicates, backups;
* a "More" menu on the customer page: merge a duplicate into this customer, export
  their record (PDF or JSON), forget them;
* the status bar's backup line and the automatic backups (:mod:`.backups`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton

from shopcare.service.export import CSV_FIELDS, export_customer_json, export_customers_csv
from shopcare.ui.backups import BackupKeeper, BackupsDialog
from shopcare.ui.forms import named
from shopcare.ui.i18n import window_catalogue
from shopcare.ui.importing import ImportDialog
from shopcare.ui.operations import ReadOp, failure_text
from shopcare.ui.people import DuplicatesDialog, ForgetDialog, MergeDialog

if TYPE_CHECKING:
    from shopcare.ui.main_window import MainWindow


class DataActions(QObject):
    """The Data menu, the customer page's More menu, and the backups of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: Any = None  # the last dialog opened (tests and screenshots use it)
        self.keeper = BackupKeeper(window)
        window.statusBar().addPermanentWidget(self.keeper.label)

        self.menu = QMenu(window)
        self.import_action = self._action("action_import", self.open_import)
        self.export_action = self._action("action_export_customers", self.export_customers)
        self.duplicates_action = self._action("action_duplicates", self.open_duplicates)
        self.backups_action = self._action("action_backups", self.open_backups)
        for action in (self.import_action, self.export_action, self.duplicates_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.backups_action)
        self.button = named(QToolButton(), "data_menu")
        self.button.setMenu(self.menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        window.toolbar.addWidget(self.button)

        page = window.customers.page
        self.customer_menu = QMenu(page)
        self.merge_action = self._action("action_merge", self.merge_into_current)
        self.record_action = self._action("action_export_record", self.export_record)
        self.forget_action = self._action("action_forget", self.forget_current)
        for action in (self.merge_action, self.record_action):
            self.customer_menu.addAction(action)
        self.customer_menu.addSeparator()
        self.customer_menu.addAction(self.forget_action)
        page.more_button.setMenu(self.customer_menu)
        window.installEventFilter(self)
        self.retranslate()

    def _action(self, name: str, slot: Any) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False: slot())
        return action

    # ----- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        cat = window_catalogue()
        self.button.setText(cat("data-menu") + " ▾")
        self.import_action.setText(cat("data-menu-import"))
        self.export_action.setText(cat("data-menu-export"))
        self.duplicates_action.setText(cat("data-menu-duplicates"))
        self.backups_action.setText(cat("data-menu-backups"))
        self.window.customers.page.more_button.setText(cat("data-menu-more"))
        self.merge_action.setText(cat("data-menu-merge"))
        self.record_action.setText(cat("data-menu-record"))
        self.forget_action.setText(cat("data-menu-forget"))
        self.keeper.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # ----- the Data menu -----------------------------------------------------------------

    def _open(self, dialog: Any) -> Any:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_import(self, path: Path | None = None) -> ImportDialog:
        dialog = ImportDialog(self.window.shop, self.window.ops, path, self.window)
        dialog.imported.connect(self._imported)
        return self._open(dialog)

    def _imported(self, added: int) -> None:
        text = window_catalogue()("data-import-done", added=added, matched=0)
        self.window.statusBar().showMessage(text.split(".")[0] + ".", 8000)

    def export_customers(self, out: Path | None = None) -> ReadOp[Any] | None:
        cat = window_catalogue()
        if out is None:
            chosen, _f = QFileDialog.getSaveFileName(
                self.window, cat("data-menu-export"), cat("data-export-file-name"), "CSV (*.csv)"
            )
            if not chosen:
                return None
            out = Path(chosen)
        headers = {f: cat("data-field-" + f.replace("_", "-")) for f in CSV_FIELDS}
        target = out
        return (
            ReadOp(None, lambda db, _p: export_customers_csv(db, target, headers))
            .success(
                lambda n: self.window.statusBar().showMessage(
                    cat("data-export-customers", n=n, file=str(target)), 8000
                )
            )
            .run_in_background(self.window.ops)
        )

    def open_duplicates(self) -> DuplicatesDialog:
        dialog = DuplicatesDialog(self.window.shop, self.window.ops, self.window)
        dialog.merged.connect(self._merged)
        return self._open(dialog)

    def open_backups(self) -> BackupsDialog:
        return self.keeper.open_dialog()

    # ----- the customer page's More menu -------------------------------------------------

    def _current(self) -> str | None:
        return self.window.customers.page.customer_id

    def merge_into_current(self, other_id: str | None = None) -> MergeDialog | None:
        current = self._current()
        if current is None:
            return None
        dialog = MergeDialog(self.window.shop, self.window.ops, current, other_id, self.window)
        dialog.merged.connect(self._merged)
        return self._open(dialog)

    def _merged(self, kept: str) -> None:
        self.window.show_customer(kept)

    def export_record(self, out: Path | None = None) -> ReadOp[Any] | None:
        current = self._current()
        if current is None:
            return None
        cat = window_catalogue()
        if out is None:
            chosen, _f = QFileDialog.getSaveFileName(
                self.window, cat("data-menu-record"), "", "PDF (*.pdf);;JSON (*.json)"
            )
            if not chosen:
                return None
            out = Path(chosen)
        target = out

        def write(db: Any, _progress: Any) -> Path:
            if target.suffix.lower() == ".json":
                export_customer_json(db, current, target)
                return target
            from shopcare.reports.customer_record import make_customer_record_pdf

            return make_customer_record_pdf(db, current, target, cat)

        return (
            ReadOp(None, write)
            .success(
                lambda path: self.window.statusBar().showMessage(
                    cat("data-export-record-written", file=str(path)), 8000
                )
            )
            .failure(lambda e: self.window.statusBar().showMessage(failure_text(e, cat), 10000))
            .run_in_background(self.window.ops)
        )

    def forget_current(self) -> ForgetDialog | None:
        current = self._current()
        if current is None:
            return None
        dialog = ForgetDialog(self.window.shop, self.window.ops, current, self.window)
        dialog.forgotten.connect(self._forgotten)
        return self._open(dialog)

    def _forgotten(self, _customer_id: str) -> None:
        self.window.customers.page.set_customer(None)
        self.window.refresh()

    # ----- closing -----------------------------------------------------------------------

    def on_close(self) -> None:
        self.keeper.on_close()


__all__ = ["DataActions"]
