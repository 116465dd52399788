"""What a restore did, in words, for the window and the command line alike."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Protocol

from shopcare.clock import local_minute, utc_iso
from shopcare.i18n import Catalogue


class Restored(Protocol):
    """The facts of a restore (``shopcare.service.restore.RestoreReport``)."""

    file: Path
    made_at: datetime
    events: int
    customers: int
    safety_copy: Path | None
    forgotten_again: int


def restored_text(report: Restored, tr: Catalogue) -> str:
    """A line or three: what was restored, where the safety copy is, who was forgotten again."""
    lines = [
        tr.plural(
            "data-restored",
            report.events,
            file=report.file.name,
            when=local_minute(utc_iso(report.made_at)),
            customers=report.customers,
        )
    ]
    if report.safety_copy is not None:
        lines.append(tr("data-restored-safety", file=str(report.safety_copy)))
    if report.forgotten_again:
        lines.append(tr.plural("data-restored-forgotten", report.forgotten_again))
    return "\n".join(lines)
