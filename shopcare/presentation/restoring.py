"""What a restore did, in words, for the window and the command line alike."""

from __future__ import annotations

from typing import TYPE_CHECKING

from shopcare.clock import local_minute, utc_iso
from shopcare.i18n import Catalogue

if TYPE_CHECKING:  # only its type: the window need not load the restore code to say this
    from shopcare.service.restore import RestoreReport


def restored_text(report: RestoreReport, tr: Catalogue) -> str:
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
