"""Reports: the weekly review and task sheets as PDF, made off the UI thread.

The PDF goes into the data folder's ``reports/`` (or a file chosen here) and is
shown with its path and an Open button (the system's PDF viewer). PDFs are read
ops (beside the writer, on their own snapshot); rebuilding the read models is an
exclusive writer op, so no PDF starts while the tables are refilled.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopcare import clock
from shopcare.clock import local_tz
from shopcare.domain.errors import InvalidInput
from shopcare.i18n import error_text
from shopcare.presentation.formats import week_text as week_words
from shopcare.readmodels.database import Database
from shopcare.reports.weekly_figures import default_week, parse_week
from shopcare.service.config import Config
from shopcare.service.shop import Shop
from shopcare.ui.forms import named, push_button
from shopcare.ui.i18n import Retranslating, window_catalogue, window_language
from shopcare.ui.operations import (
    EVERYTHING,
    Operations,
    Progress,
    ProgressBar,
    ReadOp,
    Reporter,
    ShopOp,
    Stage,
    failure_text,
)

if TYPE_CHECKING:
    from shopcare.ui.preview import PdfPreview

WEEKS_OFFERED = 12
ISO_WEEK = re.compile(r"\d{4}-?W\d{1,2}", re.IGNORECASE)


def reports_dir(config: Config) -> Path:
    folder = config.data_dir / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def stamped_name(prefix: str) -> str:
    return f"{prefix}-{clock.now().strftime('%Y%m%d-%H%M%S')}.pdf"


def make_weekly_review(db: Database, week: str | None, out: Path) -> tuple[str, Path]:
    """The weekly review PDF (the PDF code is loaded when the first PDF is made)."""
    from shopcare.reports.files import make_weekly_review as make

    return make(db, week, out)


def make_task_sheets(
    db: Database, task_ids: Sequence[str], due_within: int | None, out: Path
) -> tuple[int, Path]:
    """Task sheets as one PDF (the PDF code is loaded when the first PDF is made)."""
    from shopcare.reports.files import make_task_sheets as make

    return make(db, task_ids, due_within, out)


def rebuild(shop: Shop, progress: Reporter) -> int:
    """Every read model again from the events (an exclusive writer op)."""
    total = shop.head()
    progress(0, total)
    return shop.rebuild(progress=lambda position: progress(position, total))


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def preview(path: Path, parent: QWidget | None) -> PdfPreview:
    """The PDF in a window of its own, inside the app: read, print, save as."""
    from shopcare.ui.preview import PdfPreview

    dialog = PdfPreview(path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


#: A result line: words as they are, or how to say them (again, in a new language).
Words = str | Callable[[], str]


class ResultBar(QWidget):
    """A busy bar while a PDF is made; then its path with Preview (print and save from
    there), Open (another program) and Open folder, or the error."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        #: How to say the result line (said again when the language changes).
        self._words: Callable[[], str] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.progress = ProgressBar("busy", max_width=160)
        self.label = named(QLabel(), "result")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(self.label.textInteractionFlags() | _selectable())
        self.preview_button = push_button("preview_pdf", self.show_preview)
        self.open_button = push_button("open_pdf", self.open_elsewhere)
        self.folder_button = push_button(
            "open_folder", lambda: self.path and open_file(self.path.parent)
        )
        layout.addWidget(self.progress)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.preview_button)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        self._buttons(False)
        self.retranslate()

    def retranslate(self) -> None:
        """Labels, and the result line again from its facts (a new language shows at once)."""
        if self._words is not None:
            self.label.setText(self._words())
        self.preview_button.setText(window_catalogue()("window-preview-button"))
        self.open_button.setText(self.tr("Open"))
        self.folder_button.setText(self.tr("Open folder"))

    def _buttons(self, shown: bool) -> None:
        for button in (self.preview_button, self.open_button, self.folder_button):
            button.setVisible(shown)

    def show_preview(self) -> PdfPreview | None:
        return None if self.path is None else preview(self.path, self.window())

    def open_elsewhere(self) -> bool:
        """Another program for PDFs; when the computer has none, say so (the folder and
        the preview, which prints, are right there)."""
        if self.path is None:
            return False
        opened = open_file(self.path)
        if not opened:
            self.label.setStyleSheet("color: #b00020;")
            self._say(lambda: window_catalogue()("window-preview-no-viewer"))
        return opened

    def _say(self, words: Words) -> None:
        self._words = words if callable(words) else (lambda: str(words))
        self.label.setText(self._words())

    def busy(self, text: Words) -> None:
        self.path = None
        self.progress.start()
        self.label.setStyleSheet("")
        self._say(text)
        self._buttons(False)

    def done(self, text: Words, path: Path) -> None:
        self.path = path
        self.progress.hide()
        self.label.setStyleSheet("")
        self._say(text)
        self._buttons(True)

    def failed(self, message: Words) -> None:
        self.path = None
        self.progress.hide()
        self.label.setStyleSheet("color: #b00020;")
        self._say(message)
        self._buttons(False)


def _selectable():
    from PySide6.QtCore import Qt

    return Qt.TextInteractionFlag.TextSelectableByMouse


class ReportsView(Retranslating, QWidget):
    """Weekly review for a chosen ISO week; task sheets due within N days; rebuild."""

    pdf_made = Signal(str)  # the path
    rebuild_started = Signal()
    rebuilt = Signal(int)  # events applied (-1: failed)

    def __init__(self, shop: Shop, ops: Operations, parent=None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.ops = ops
        self.last_pdf: Path | None = None
        root = QHBoxLayout(self)
        left = named(QWidget(), "report_actions")
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 0, 0)
        actions = QScrollArea()  # a narrow window scrolls the buttons, the preview stays
        actions.setWidgetResizable(True)
        actions.setFrameShape(QFrame.Shape.NoFrame)
        actions.setMinimumWidth(240)
        actions.setMaximumWidth(560)
        actions.setWidget(left)

        # ----- weekly review --------------------------------------------------------
        self.weekly_box = QGroupBox()
        weekly = QVBoxLayout(self.weekly_box)
        form = QFormLayout()
        self.week = named(QComboBox(), "week")
        self.week.setEditable(True)
        self.week.setMinimumContentsLength(24)
        self.week_label = QLabel()
        self.week_label.setBuddy(self.week)
        form.addRow(self.week_label, self.week)
        out_row = QHBoxLayout()
        self.out = named(QLineEdit(), "weekly_out")
        self.choose = push_button("choose_file", self._choose_file)
        out_row.addWidget(self.out, 1)
        out_row.addWidget(self.choose)
        self.out_label = QLabel()
        form.addRow(self.out_label, out_row)
        weekly.addLayout(form)
        self.weekly_button = push_button("make_weekly", self.make_weekly)
        row = QHBoxLayout()
        row.addWidget(self.weekly_button)
        row.addStretch(1)
        weekly.addLayout(row)
        self.weekly_result = ResultBar()
        self.weekly_result.setObjectName("weekly_result")
        weekly.addWidget(self.weekly_result)
        layout.addWidget(self.weekly_box)

        # ----- task sheets ------------------------------------------------------------
        self.sheets_box = QGroupBox()
        sheets = QVBoxLayout(self.sheets_box)
        row = QHBoxLayout()
        self.days_label = QLabel()
        self.days = named(QSpinBox(), "due_within")
        self.days.setRange(0, 365)
        self.days.setValue(7)
        self.days_label.setBuddy(self.days)
        self.sheets_button = push_button("print_due", self.print_due)
        row.addWidget(self.days_label)
        row.addWidget(self.days)
        row.addWidget(self.sheets_button)
        row.addStretch(1)
        sheets.addLayout(row)
        self.sheets_result = ResultBar()
        self.sheets_result.setObjectName("sheets_result")
        sheets.addWidget(self.sheets_result)
        layout.addWidget(self.sheets_box)

        # ----- maintenance ------------------------------------------------------------
        self.rebuild_box = QGroupBox()
        rebuild = QVBoxLayout(self.rebuild_box)
        self.rebuild_note = QLabel()
        self.rebuild_note.setWordWrap(True)
        rebuild.addWidget(self.rebuild_note)
        row = QHBoxLayout()
        self.rebuild_button = push_button("rebuild", self.rebuild)
        row.addWidget(self.rebuild_button)
        self.rebuild_progress = ProgressBar(max_width=160)
        row.addWidget(self.rebuild_progress)
        self.rebuild_status = named(QLabel(), "rebuild_status")
        row.addWidget(self.rebuild_status, 1)
        rebuild.addLayout(row)
        layout.addWidget(self.rebuild_box)
        layout.addStretch(1)
        root.addWidget(actions, 2)
        # The last PDF made, beside the buttons that made it: read, print, save as.
        from shopcare.ui.preview import PreviewPane

        self.pane = PreviewPane()
        self.pane.status.setText(window_catalogue()("window-preview-empty"))
        root.addWidget(self.pane, 3)
        self.retranslate()

    # ----- texts -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.weekly_box.setTitle(self.tr("Weekly review"))
        self.week_label.setText(self.tr("&Week:"))
        self._fill_weeks()
        self.week.setToolTip(self.tr("Pick a week or type one, e.g. 2026-W07"))
        self.out_label.setText(self.tr("Save to:"))
        self.out.setPlaceholderText(
            self.tr("(automatic: %1)").replace("%1", str(self.shop.config.data_dir / "reports"))
        )
        self.choose.setText(self.tr("Choose…"))
        self.weekly_button.setText(self.tr("&Make weekly review"))
        self.sheets_box.setTitle(self.tr("Task sheets"))
        self.days_label.setText(self.tr("Open tasks due within (days):"))
        self.sheets_button.setText(self.tr("&Print task sheets"))
        self.rebuild_box.setTitle(self.tr("Maintenance"))
        self.rebuild_note.setText(
            self.tr(
                "Rebuild the lists and search from the saved events. Nothing is lost;"
                " use it if something looks out of date."
            )
        )
        self.rebuild_button.setText(self.tr("Re&build read models"))
        for bar in (self.weekly_result, self.sheets_result):
            bar.retranslate()

    def _fill_weeks(self) -> None:
        """The last weeks as people say them (11월 셋째 주 (11.16–11.22)); an ISO week
        (2026-W47) may still be typed."""
        tz = local_tz()
        lang = window_language()
        chosen = self.week.currentData() if self.week.count() else None
        week = default_week(clock.today(), tz)
        self.week.clear()
        for _ in range(WEEKS_OFFERED):
            self.week.addItem(week_words(week.monday, lang), week.label)  # ISO week: data
            week = week.shifted(-1)
        self.week.setCurrentIndex(max(0, self.week.findData(chosen)))

    def week_text(self) -> str:
        """The chosen ISO week as typed or picked (checked: raises InvalidInput)."""
        text = self.week.currentText().strip()
        index = self.week.findText(text)
        if index >= 0:
            return str(self.week.itemData(index))
        typed = ISO_WEEK.search(text)
        return parse_week(typed.group(0) if typed else text, local_tz()).label

    def _choose_file(self) -> None:
        start = str(reports_dir(self.shop.config) / stamped_name("weekly-review"))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the weekly review"), start, "PDF (*.pdf)"
        )
        if path:
            self.out.setText(path)

    # ----- the weekly review ------------------------------------------------------------

    def make_weekly(self) -> ReadOp[tuple[str, Path]] | None:
        try:
            week = self.week_text()
        except InvalidInput as error:
            refused = error  # said again in a new language: kept past the except block
            self.weekly_result.failed(lambda: error_text(refused, window_catalogue()))
            return None
        given = self.out.text().strip()
        out = (
            Path(given).expanduser()
            if given
            else reports_dir(self.shop.config) / f"weekly-review-{week}.pdf"
        )
        self.weekly_result.busy(lambda: self.tr("Making the weekly review %1…").replace("%1", week))
        return (
            ReadOp(
                self.weekly_button,
                lambda db, _progress: make_weekly_review(db, week, out),
                stage=Stage.WEEKLY_REVIEW,
            )
            .success(self._weekly_done)
            .failure(lambda error: self._pdf_failed(self.weekly_result, error))
            .run_in_background(self.ops)
        )

    def _weekly_done(self, result: tuple[str, Path]) -> None:
        label, path = result
        self.last_pdf = path
        self.weekly_result.done(
            lambda: self.tr("Weekly review %1: %2").replace("%1", label).replace("%2", str(path)),
            path,
        )
        self.pane.show_pdf(path)
        self.pdf_made.emit(str(path))

    def _pdf_failed(self, bar: ResultBar, error: BaseException) -> None:
        message = failure_text(error, window_catalogue())
        bar.failed(lambda: self.tr("Could not make the PDF: %1").replace("%1", message))

    # ----- task sheets -------------------------------------------------------------------

    def print_due(self) -> ReadOp[tuple[int, Path]]:
        days = self.days.value()
        out = reports_dir(self.shop.config) / stamped_name(f"task-sheets-{days}d")
        self.sheets_result.busy(lambda: self.tr("Making task sheets…"))
        return (
            ReadOp(
                self.sheets_button,
                lambda db, _progress: make_task_sheets(db, (), days, out),
                stage=Stage.TASK_SHEETS,
            )
            .success(self._sheets_done)
            .failure(lambda error: self._pdf_failed(self.sheets_result, error))
            .run_in_background(self.ops)
        )

    def _sheets_done(self, result: tuple[int, Path]) -> None:
        count, path = result
        self.last_pdf = path
        self.sheets_result.done(
            lambda: window_catalogue().plural("window-task-sheets-made", count, file=str(path)),
            path,
        )
        self.pane.show_pdf(path)
        self.pdf_made.emit(str(path))

    # ----- rebuild ---------------------------------------------------------------------

    def rebuild(self) -> ShopOp[int]:
        self.rebuild_progress.start()
        self.rebuild_status.setStyleSheet("")
        self.rebuild_status.setText(self.tr("Rebuilding…"))
        self.rebuild_started.emit()
        return (
            ShopOp(self.rebuild_button, rebuild, Stage.REBUILD, changes=EVERYTHING, exclusive=True)
            .with_progress(self._rebuild_progress)
            .success(self._rebuilt)
            .failure(self._rebuild_failed)
            .run_in_background(self.ops)
        )

    def _rebuild_progress(self, progress: Progress) -> None:
        self.rebuild_progress.update_from(progress, "")
        self.rebuild_status.setText(progress.text(window_catalogue()))

    def _rebuilt(self, count: int) -> None:
        self.rebuild_progress.hide()
        self.rebuild_status.setText(self.tr("Rebuilt from %1 events.").replace("%1", str(count)))
        self.rebuilt.emit(int(count))

    def _rebuild_failed(self, error: BaseException) -> None:
        self.rebuild_progress.hide()
        self.rebuild_status.setStyleSheet("color: #b00020;")
        message = failure_text(error, window_catalogue())
        self.rebuild_status.setText(self.tr("Could not rebuild: %1").replace("%1", message))
        self.rebuilt.emit(-1)


__all__ = [
    "ReportsView",
    "ResultBar",
    "make_task_sheets",
    "make_weekly_review",
    "open_file",
    "reports_dir",
]
