"""Making the PDFs from the read models: what the command line and the window both call.

A PDF is written beside its target and moved into place, so a failure never leaves
half a file where the owner expects a report.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from shopcare import clock
from shopcare.domain.errors import InvalidInput
from shopcare.presentation import shop_catalogue
from shopcare.readmodels.care import shop_details
from shopcare.readmodels.database import Database
from shopcare.reports.task_sheet import render_task_sheets
from shopcare.reports.task_sheets_query import task_sheets
from shopcare.reports.weekly_figures import weekly_review_data
from shopcare.reports.weekly_review import render_weekly_review
from shopcare.service.export import check_target, write_atomically


def make_weekly_review(db: Database, week: str | None, out: Path) -> tuple[str, Path]:
    """Render the weekly review of ``week`` (default: last complete) to ``out``; the
    shop's name is on it once the owner has set it."""
    check_target(out)
    tr = shop_catalogue(db)
    data = weekly_review_data(db, week, shop_details(db)["name"].strip(), tr=tr)
    write_atomically(out, lambda fh: render_weekly_review(data, fh, tr), text=False)
    return data.week_label, out


def make_task_sheets(
    db: Database, task_ids: Sequence[str], due_within: int | None, out: Path
) -> tuple[int, Path]:
    """Render one sheet per task (given ids, or open tasks due within N days)."""
    check_target(out)
    sheets = task_sheets(db, list(task_ids), due_within, clock.today())
    if not sheets:
        raise InvalidInput("errors-no-tasks-to-print")
    tr = shop_catalogue(db)
    write_atomically(out, lambda fh: render_task_sheets(sheets, fh, tr), text=False)
    return len(sheets), out
