"""Moving in, in the window: pick a file, see how it will be read, then import it.

The dialog reads the file and checks every row in the background (a progress bar for
a big file), shows the column each field comes from (change it if ShopCare guessed
wrong), the first rows as they will be read with what becomes of each, and the
counts, before anything is written. Importing adds everyone or nobody, as
``shopcare import`` does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopcare import clock
from shopcare.domain.values import DEFAULT_PHONE_REGION
from shopcare.i18n import Catalogue, error_text
from shopcare.readmodels.database import Database
from shopcare.service.importing import (
    FIELDS,
    ImportPlan,
    SourceTable,
    carry_out,
    plan_import,
    read_source,
)
from shopcare.service.shop import Shop
from shopcare.ui.forms import error_label, go_cancel, named, push_button, show_error
from shopcare.ui.i18n import Retranslating, window_catalogue
from shopcare.ui.operations import (
    Operations,
    Progress,
    ProgressBar,
    ReadOp,
    Reporter,
    ShopOp,
    failure_text,
)

#: How many rows the preview shows (the counts cover the whole file).
PREVIEW_ROWS = 50
OUTCOME_COLOURS = {"add": "#e8f5e9", "match": "#eef2f7", "refuse": "#fdecea"}


def field_label(cat: Catalogue, name: str) -> str:
    """A field's name as a label (a capital first, where the language has capitals)."""
    text = cat("data-field-" + name.replace("_", "-"))
    return text[:1].upper() + text[1:]


class ImportDialog(Retranslating, QDialog):
    """Import customers from a CSV, Excel or vCard file, after a preview."""

    imported = Signal(int)  # how many customers were added

    def __init__(
        self, shop: Shop, ops: Operations, path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_import")
        self.shop = shop
        self.ops = ops
        self.path: Path | None = None
        self.source: SourceTable | None = None
        self.plan: ImportPlan | None = None
        self._filling = False
        layout = QVBoxLayout(self)

        file_row = QHBoxLayout()
        self.file_label = QLabel()
        self.file = named(QLineEdit(), "import_file")
        self.file.setReadOnly(True)
        self.choose_button = push_button("choose_import_file", self.choose_file)
        self.region_label = QLabel()
        self.region = QLineEdit(DEFAULT_PHONE_REGION)
        self.region.setObjectName("import_region")
        self.region.setMaxLength(2)
        self.region.setFixedWidth(40)
        self.region.editingFinished.connect(self.replan)
        file_row.addWidget(self.file_label)
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.region_label)
        file_row.addWidget(self.region)
        layout.addLayout(file_row)
        self.about = named(QLabel(), "import_about")
        layout.addWidget(self.about)

        self.mapping_box = QGroupBox()
        grid = QGridLayout(self.mapping_box)
        self.field_labels: dict[str, QLabel] = {}
        self.columns: dict[str, QComboBox] = {}
        for i, name in enumerate(FIELDS):
            label = QLabel()
            combo = named(QComboBox(), f"column_{name}")
            combo.currentIndexChanged.connect(self._mapping_changed)
            label.setBuddy(combo)
            grid.addWidget(label, i // 4, (i % 4) * 2)
            grid.addWidget(combo, i // 4, (i % 4) * 2 + 1)
            self.field_labels[name] = label
            self.columns[name] = combo
        layout.addWidget(self.mapping_box)

        self.preview_label = QLabel()
        layout.addWidget(self.preview_label)
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("import_preview")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        self.counts = named(QLabel(), "import_counts")
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        self.progress = ProgressBar("import_progress")
        layout.addWidget(self.progress)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons, self.import_button, self.cancel_button = go_cancel(
            self, self.do_import, "do_import"
        )
        layout.addWidget(self.buttons)
        self.resize(980, 640)
        self.retranslate()
        if path is not None:
            self.open_file(Path(path))

    # ----- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        cat = window_catalogue()
        self.setWindowTitle(cat("data-import-title"))
        self.file_label.setText(cat("data-import-file"))
        self.choose_button.setText(cat("data-import-choose"))
        self.region_label.setText(cat("data-import-region"))
        self.region.setToolTip(cat("data-import-region-tip"))
        self.mapping_box.setTitle(cat("data-import-mapping"))
        for name, label in self.field_labels.items():
            label.setText(field_label(cat, name))
            if self.columns[name].count():
                self.columns[name].setItemText(0, cat("data-import-not-imported"))
        self.preview_label.setText(cat("data-import-preview", n=PREVIEW_ROWS))
        self.cancel_button.setText(cat("data-cancel"))
        self._show_plan()

    # ----- reading -----------------------------------------------------------------------

    def choose_file(self) -> None:
        cat = window_catalogue()
        path, _filter = QFileDialog.getOpenFileName(
            self,
            cat("data-import-choose"),
            "",
            cat("data-import-filter") + " (*.csv *.txt *.xlsx *.vcf)",
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> ReadOp[Any]:
        """Read the file and check every row (in the background)."""
        self.path = path
        self.source = None
        self.file.setText(str(path))
        return self.replan()

    def mapping(self) -> dict[str, int] | None:
        if self.source is None:
            return None
        chosen = {name: combo.currentData() for name, combo in self.columns.items()}
        return {name: col for name, col in chosen.items() if col is not None and col >= 0}

    def replan(self) -> ReadOp[Any]:
        path, source, mapping = self.path, self.source, self.mapping()
        region = (self.region.text().strip() or DEFAULT_PHONE_REGION).upper()
        today = clock.today()
        self.error.hide()
        self.import_button.setEnabled(False)
        self.progress.start()

        def check(db: Database, progress: Reporter) -> tuple[SourceTable, ImportPlan]:
            read = source or read_source(path)  # type: ignore[arg-type]
            plan = plan_import(db, read, today, mapping=mapping, region=region, progress=progress)
            return read, plan

        return (
            ReadOp(self.mapping_box, check)
            .with_progress(self._progress)
            .success(self._planned)
            .failure(self._failed)
            .run_in_background(self.ops)
        )

    def _progress(self, progress: Progress) -> None:
        words = window_catalogue()("data-import-checking", done=progress.done, total=progress.total)
        self.progress.update_from(progress, words if progress.total else "")

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.plan = None
        show_error(self.error, failure_text(error, window_catalogue()))
        self._show_plan()

    def _planned(self, result: tuple[SourceTable, ImportPlan]) -> None:
        self.progress.hide()
        first = self.source is None
        self.source, self.plan = result
        if first:
            self._fill_columns()
        self._show_plan()

    def _fill_columns(self) -> None:
        assert self.source is not None and self.plan is not None
        cat = window_catalogue()
        self._filling = True
        fixed = self.source.kind == "vcard"  # an address book's fields are known
        for name, combo in self.columns.items():
            combo.clear()
            combo.addItem(cat("data-import-not-imported"), -1)
            for col, header in enumerate(self.source.headers):
                combo.addItem(header or f"#{col + 1}", col)
            combo.setCurrentIndex(combo.findData(self.plan.mapping.get(name, -1)))
            combo.setEnabled(not fixed)
        self._filling = False

    def _mapping_changed(self) -> None:
        if not self._filling and self.source is not None:
            self.replan()

    # ----- showing the plan --------------------------------------------------------------

    def _show_plan(self) -> None:
        cat = window_catalogue()
        self.import_button.setText(cat("data-import-go", n=self.plan.added if self.plan else 0))
        if self.plan is None or self.source is None:
            self.about.setText("")
            self.counts.setText("")
            self.table.setRowCount(0)
            return
        source, plan = self.source, self.plan
        self.about.setText(
            cat.plural(
                "data-import-read",
                len(source.rows),
                file=source.path.name,
                kind=cat("data-import-kind-" + source.kind),
                encoding=source.encoding.upper() or "-",
            )
        )
        shown = [f for f in FIELDS if f in plan.mapping]
        headers = [cat("data-col-line"), cat("data-col-outcome")]
        headers += [field_label(cat, f) for f in shown] + [cat("data-col-why")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        rows = plan.rows[:PREVIEW_ROWS]
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            why = ""
            if row.outcome == "refuse" and row.error is not None:
                why = error_text(row.error, cat)
            elif row.outcome == "match":
                by = cat("data-by-" + row.matched_by)
                other = row.matched_id[:8] if row.matched_id else str(row.matched_line)
                key = "data-import-why-customer" if row.matched_id else "data-import-why-line"
                why = cat(key, by=by, other=other)
            values = [str(row.line), cat("data-outcome-" + row.outcome)]
            values += [_shown(row.profile.get(f)) for f in shown] + [why]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setBackground(QColor(OUTCOME_COLOURS[row.outcome]))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        refused = len(plan.refused)
        text = cat("data-import-counts", added=plan.added, matched=plan.matched, refused=refused)
        if refused:
            text += " " + cat("data-import-fix-first")
        self.counts.setText(text)
        self.counts.setStyleSheet("color: #b00020;" if refused else "")
        self.import_button.setEnabled(not refused and plan.added > 0)

    # ----- importing ---------------------------------------------------------------------

    def do_import(self) -> ShopOp[Any] | None:
        plan = self.plan
        if plan is None or plan.refused or not plan.added:
            return None
        self.progress.start()
        self.progress.setFormat(window_catalogue()("data-import-saving", n=plan.added))

        def write(shop: Shop, _progress: Reporter) -> int:
            added = len(carry_out(shop.app, shop.actor, plan))
            shop.catch_up()  # the views show them when the dialog closes
            return added

        return (
            ShopOp(self, write)
            .success(self._imported)
            .failure(self._failed)
            .run_in_background(self.ops)
        )

    def _imported(self, added: int) -> None:
        self.progress.hide()
        self.imported.emit(added)
        self.accept()


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


__all__ = ["ImportDialog"]
