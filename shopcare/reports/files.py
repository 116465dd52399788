"""Making the PDFs from the read models: what the command line and the window both call.

A PDF is written beside its target and moved into place, so a failure never leaves
half a file where the owner expects a report.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from shopcare import clock
from shopcare.domain.errors import InvalidInput
from shopcare.domain.values import shown
from shopcare.presentation import shop_catalogue
from shopcare.readmodels.care import shop_details
from shopcare.readmodels.database import Database
from shopcare.reports.task_sheet import render_task_sheets
from shopcare.reports.task_sheets_query import task_sheets
from shopcare.reports.weekly_figures import weekly_review_data
from shopcare.reports.weekly_review import render_weekly_review


def check_target(out: Path) -> None:
    """A clear message, before any work, when ``out`` cannot take a PDF."""
    if out.is_dir():
        raise InvalidInput("errors-out-is-a-folder", path=shown(out, 200))
    if not out.parent.is_dir():
        raise InvalidInput("errors-no-such-folder", path=shown(out.parent, 200))


def write_atomically(out: Path, write: Callable[[BinaryIO], None]) -> None:
    """Write beside the target and move into place: a failure leaves no half file."""
    check_target(out)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".shopcare-", suffix=".pdf", dir=out.parent)
    except OSError as error:
        raise _cannot_write(out, error) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.replace(tmp, out)
    except BaseException as error:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise _cannot_write(out, error) from None
        raise


def _cannot_write(out: Path, error: OSError) -> InvalidInput:
    reason = error.strerror or type(error).__name__
    return InvalidInput("errors-cannot-write-file", path=shown(out, 200), reason=reason)


def make_weekly_review(db: Database, week: str | None, out: Path) -> tuple[str, Path]:
    """Render the weekly review of ``week`` (default: last complete) to ``out``; the
    shop's name is on it once the owner has set it."""
    check_target(out)
    tr = shop_catalogue(db)
    data = weekly_review_data(db, week, shop_details(db)["name"].strip(), tr=tr)
    write_atomically(out, lambda fh: render_weekly_review(data, fh, tr))
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
    write_atomically(out, lambda fh: render_task_sheets(sheets, fh, tr))
    return len(sheets), out
