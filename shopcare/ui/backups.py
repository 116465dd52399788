"""Backups in the window: made by themselves, shown in the status bar, and a dialog.

* :class:`BackupKeeper` backs up when the window closes and once a day while it is
  open (only when something was logged since the last copy), and keeps the status
  bar's line: when the last good backup was made, in orange after a week without
  one or when the chosen folder is gone (a USB stick pulled out).
* :class:`BackupsDialog` (Settings → Backups): the folder (choose another, or back
  to the data folder), the copies there, "Back up now", "Restore…", "Open folder".
* A restore replaces the shop under the window, so the window closes, the restore
  runs with a progress dialog (:func:`restore_with_progress`), and a new window
  opens on the restored shop (``run_app`` does this).
"""

from __future__ import annotations

import threading
from datetime import timedelta
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopcare import clock
from shopcare.presentation import restoring
from shopcare.service.backup import (
    BackupInfo,
    backup_folder,
    backup_health,
    backup_if_moved,
    choose_folder,
    default_folder,
    list_backups,
    make_backup,
    thin_backups,
)
from shopcare.service.config import Config
from shopcare.service.restore import RestoreReport, check_backup, restore_backup
from shopcare.service.shop import Shop
from shopcare.ui.forms import close_only, error_label, named, push_button, show_error
from shopcare.ui.i18n import window_catalogue
from shopcare.ui.operations import (
    Operations,
    ProgressBar,
    Reporter,
    ShopOp,
    Stage,
    failure_text,
)

if TYPE_CHECKING:
    from shopcare.ui.main_window import MainWindow

#: How often the window looks whether a day's backup is due (it makes one at most daily).
CHECK_MS = 30 * 60 * 1000
DAY = timedelta(days=1)
WARN_STYLE = "color: #a04a00; font-weight: bold;"


def when_text(info: BackupInfo) -> str:
    """When a backup was made, in this computer's time: today/yesterday or the date."""
    cat = window_catalogue()
    local = info.made_at.astimezone()
    days = (clock.today() - local.date()).days
    time = local.strftime("%H:%M")
    if days == 0:
        return cat("data-when-today", time=time)
    if days == 1:
        return cat("data-when-yesterday", time=time)
    return local.strftime("%Y-%m-%d %H:%M")


def health_text(config: Config) -> tuple[str, bool]:
    """The status bar's line about backups, and whether it is a warning."""
    cat = window_catalogue()
    state, newest = backup_health(config)
    if state == "folder-missing":
        return cat("data-backup-status-folder-missing", folder=str(backup_folder(config))), True
    if newest is None:
        return cat("data-backup-status-none"), True
    text = cat("data-backup-status", when=when_text(newest))
    if state == "stale":
        return cat("data-backup-status-stale", when=when_text(newest)), True
    return text, False


class BackupKeeper(QObject):
    """Automatic backups of one window, and its status-bar line."""

    made = Signal(object)  # the BackupInfo of a new backup

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.config: Config = window.shop.config
        self.label = named(QLabel(), "backup_status")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.linkActivated.connect(lambda _link: self.open_dialog())
        self.dialog: BackupsDialog | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.daily)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        text, warn = health_text(self.config)
        style = "text-decoration:none;" + (WARN_STYLE if warn else "")
        self.label.setText(f"<a href='backups' style='{style}'>{escape(text)}</a>")
        self.label.setStyleSheet(WARN_STYLE if warn else "")
        self.label.setToolTip(window_catalogue()("data-backup-status-tip"))

    def daily(self) -> ShopOp[Any]:
        """A backup when the newest is a day old and something was logged since."""

        def back_up(shop: Shop, _progress: Reporter) -> BackupInfo | None:
            return backup_if_moved(shop.config, shop.app, older_than=DAY)

        return (
            ShopOp(None, back_up, stage=Stage.BACKUP)
            .success(self._made)
            .failure(lambda _error: self.refresh())
            .run_in_background(self.window.ops)
        )

    def _made(self, info: BackupInfo | None) -> None:
        self.refresh()
        if info is not None:
            self.made.emit(info)

    def on_close(self) -> BackupInfo | None:
        """The backup as the window closes (here, on the window's own connection).

        With a server, the whole log travels over the network: then only once a day."""
        self.timer.stop()
        older_than = DAY if self.config.postgres is not None else timedelta(0)
        try:
            return backup_if_moved(self.config, self.window.shop.app, older_than=older_than)
        except Exception as error:  # never keep a window from closing
            self.window.statusBar().showMessage(failure_text(error, window_catalogue()))
            return None

    def open_dialog(self) -> BackupsDialog:
        dialog = BackupsDialog(self.window.shop, self.window.ops, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.refresh)
        dialog.restore_chosen.connect(self.window_restore)
        self.dialog = dialog
        dialog.open()
        return dialog

    def window_restore(self, path: Path) -> None:
        """Close this window; ``run_app`` restores and opens a new one."""
        self.window.restore_file = path
        self.window.close()


class BackupsDialog(QDialog):
    """Settings → Backups: where they go, which there are, back up now, restore."""

    changed = Signal()  # a backup was made or the folder changed
    restore_chosen = Signal(object)  # the Path of a checked backup the owner confirmed

    def __init__(self, shop: Shop, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_backups")
        self.shop = shop
        self.ops = ops
        self.config = shop.config
        self.backups: list[BackupInfo] = []
        self.confirm: QMessageBox | None = None
        layout = QVBoxLayout(self)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        folder_row = QHBoxLayout()
        self.folder_label = QLabel()
        self.folder = named(QLineEdit(), "backup_folder")
        self.folder.setReadOnly(True)
        self.choose_button = push_button("choose_folder", self.choose_folder)
        self.default_button = push_button("default_folder", lambda: self.use_folder(None))
        folder_row.addWidget(self.folder_label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.default_button)
        layout.addLayout(folder_row)
        self.status = named(QLabel(), "backup_health")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("backup_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.progress = ProgressBar("backup_progress")
        layout.addWidget(self.progress)
        self.error = error_label()
        layout.addWidget(self.error)

        buttons = QHBoxLayout()
        self.backup_button = push_button("backup_now", self.back_up_now)
        self.restore_button = push_button("restore_selected", self.restore_selected)
        self.restore_file_button = push_button("restore_file", self.restore_from_file)
        self.open_button = push_button("open_folder", self.open_folder)
        for b in (self.backup_button, self.restore_button, self.restore_file_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        self.close_buttons, self.close_button = close_only(self)
        layout.addWidget(self.close_buttons)
        self.resize(760, 480)
        self.retranslate()
        self.reload()

    # ----- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        cat = window_catalogue()
        self.setWindowTitle(cat("data-backups-title"))
        self.intro.setText(cat("data-backups-intro"))
        self.folder_label.setText(cat("data-backups-folder-label"))
        self.choose_button.setText(cat("data-backups-choose"))
        self.default_button.setText(cat("data-backups-use-default"))
        self.backup_button.setText(cat("data-backups-now"))
        self.restore_button.setText(cat("data-backups-restore"))
        self.restore_file_button.setText(cat("data-backups-restore-file"))
        self.open_button.setText(cat("data-backups-open-folder"))
        self.close_button.setText(cat("data-close"))
        self.table.setHorizontalHeaderLabels(
            [
                cat("data-col-made"),
                cat("data-col-events"),
                cat("data-col-kind"),
                cat("data-col-file"),
            ]
        )
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    # ----- contents ----------------------------------------------------------------------

    def reload(self) -> None:
        cat = window_catalogue()
        folder = backup_folder(self.config)
        self.folder.setText(str(folder))
        self.folder.setCursorPosition(0)
        self.default_button.setEnabled(folder != default_folder(self.config))
        self.backups = list_backups(folder)
        self.table.setRowCount(len(self.backups))
        for row, b in enumerate(self.backups):
            cells = [when_text(b), f"{b.events:,}", cat("data-kind-" + b.kind), b.path.name]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        if self.backups:
            self.table.selectRow(0)
        self._selection_changed()
        self._show_status()

    def _show_status(self) -> None:
        text, warn = health_text(self.config)
        self.status.setText(text)
        self.status.setStyleSheet(WARN_STYLE if warn else "")

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    # ----- actions -----------------------------------------------------------------------

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, window_catalogue()("data-backups-choose"), str(backup_folder(self.config))
        )
        if chosen:
            self.use_folder(chosen)

    def use_folder(self, folder: str | None) -> None:
        try:
            choose_folder(self.config, folder)
        except Exception as error:
            show_error(self.error, failure_text(error, window_catalogue()))
            return
        self.error.hide()
        self.reload()
        self.changed.emit()

    def back_up_now(self) -> ShopOp[Any]:
        self.error.hide()
        self.progress.start()

        def back_up(shop: Shop, progress: Reporter) -> BackupInfo:
            made = make_backup(shop.config, shop.app, progress=progress)
            thin_backups(made.path.parent)
            return made

        return (
            ShopOp(self, back_up, stage=Stage.BACKUP)
            .with_progress(self.progress.update_from)
            .success(self._made)
            .failure(self._failed)
            .run_in_background(self.ops)
        )

    def _made(self, made: BackupInfo) -> None:
        self.progress.hide()
        self.reload()
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        show_error(self.error, failure_text(error, window_catalogue()))
        self._show_status()

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(backup_folder(self.config))))

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.ask_to_restore(chosen.path)

    def restore_from_file(self) -> None:
        cat = window_catalogue()
        path, _filter = QFileDialog.getOpenFileName(
            self,
            cat("data-backups-restore-file"),
            str(backup_folder(self.config)),
            cat("data-backups-file-filter") + " (*.sqlite)",
        )
        if path:
            self.ask_to_restore(Path(path))

    def ask_to_restore(self, path: Path) -> QMessageBox | None:
        """Check the file, then ask plainly; the window restores after closing."""
        cat = window_catalogue()
        try:
            info = check_backup(path)
        except Exception as error:
            show_error(self.error, failure_text(error, cat))
            return None
        self.error.hide()
        box = QMessageBox(self)
        box.setObjectName("confirm_restore")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(cat("data-backups-title"))
        box.setText(
            cat.plural(
                "data-restore-confirm",
                info.events,
                when=when_text(info),
                folder=str(self.config.data_dir),
            )
        )
        box.setInformativeText(cat("data-restore-window-note"))
        yes = box.addButton(cat("data-restore-yes"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(cat("data-cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(QMessageBox.StandardButton.NoButton)
        box.finished.connect(lambda _r: self._answered(box.clickedButton() is yes, path))
        self.confirm = box
        box.open()
        return box

    def _answered(self, yes: bool, path: Path) -> None:
        if yes:
            self.accept()
            self.restore_chosen.emit(path)


def restore_with_progress(config: Config, path: Path) -> RestoreReport:
    """Restore while a small progress dialog shows that ShopCare is at work."""
    cat = window_catalogue()
    dialog = QProgressDialog(cat("data-restoring", file=path.name), "", 0, 0)
    dialog.setObjectName("restore_progress")
    dialog.setCancelButton(None)
    dialog.setWindowTitle("ShopCare")
    dialog.setMinimumDuration(0)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["report"] = restore_backup(config, path)
        except BaseException as error:
            outcome["error"] = error

    thread = threading.Thread(target=work, name="shopcare-restore", daemon=True)
    thread.start()
    while thread.is_alive():  # the dialog keeps painting while the restore runs
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        thread.join(0.05)
    dialog.close()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["report"]


def restored_text(report: RestoreReport) -> str:
    return restoring.restored_text(report, window_catalogue())


__all__ = [
    "BackupKeeper",
    "BackupsDialog",
    "health_text",
    "restore_with_progress",
    "restored_text",
    "when_text",
]
