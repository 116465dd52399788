"""One customer's record as a PDF: what the shop keeps about them, to hand to them.

The answer to a request to see one's data (Korea's PIPA, Europe's GDPR): the
profile, the whole timeline with its corrections, what is still open, the kind acts
and the care notes, in the shop's language. The data comes from
:func:`shopcare.service.export.customer_record`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from shopcare.clock import local_minute
from shopcare.i18n import Catalogue
from shopcare.presentation import task_text, timeline_line
from shopcare.readmodels.database import Database
from shopcare.reports._common import FRAME_W, grid, make_styles, open_doc, p
from shopcare.service.export import check_target, customer_record, write_atomically

PROFILE_ROWS = ("name", "phone", "email", "address", "postal_code", "birthday", "tags", "notes")


def _field(tr: Catalogue, name: str) -> str:
    """A field's label, starting with a capital where the language has them."""
    label = tr("data-field-" + name.replace("_", "-"))
    return label[:1].upper() + label[1:]


def render_customer_record(record: dict[str, Any], tr: Catalogue, out: Path | BinaryIO) -> None:
    """Write the record as an A4 PDF."""
    s = make_styles()
    c = record["customer"]
    story: list[Flowable] = [
        p(tr("data-record-title", shop=record["shop"], name=c["name"]), s.title),
        p(
            tr("data-record-intro", when=record["exported_at"][:16].replace("T", " "), id=c["id"]),
            s.muted,
        ),
        Spacer(1, 4 * mm),
        p(tr("data-record-profile"), s.h2),
    ]
    values = dict(c, tags=", ".join(c["tags"]))
    rows = [[p(_field(tr, k), s.cell_bold), p(str(values[k] or "—"), s.cell)] for k in PROFILE_ROWS]
    rows.append(
        [
            p(_field(tr, "registered_at"), s.cell_bold),
            p(local_minute(c["registered_at"]), s.cell),
        ]
    )
    rows.append(
        [
            p(tr("data-record-counts-label"), s.cell_bold),
            p(tr("data-record-counts", contacts=c["contacts"], purchases=c["purchases"]), s.cell),
        ]
    )
    care = record.get("care") or {}
    if care.get("promotions_paused_until"):
        rows.append(
            [
                p(tr("data-record-paused-label"), s.cell_bold),
                p(tr("data-record-paused", until=care["promotions_paused_until"]), s.cell),
            ]
        )
    if care.get("sensitive_note"):
        rows.append([p(tr("data-record-care"), s.cell_bold), p(care["sensitive_note"], s.cell)])
    story.append(grid(rows, [FRAME_W * 0.28, FRAME_W * 0.72], header=False))

    story.append(p(tr.plural("data-record-timeline", len(record["timeline"])), s.h2))
    rows = [
        [
            p("#", s.cell_bold),
            p(tr("data-record-when"), s.cell_bold),
            p(tr("data-record-staff"), s.cell_bold),
            p(tr("data-record-what"), s.cell_bold),
        ]
    ]
    for e in record["timeline"]:
        what = timeline_line(e["event"], e["data"], tr)
        if e["withdrawn"]:
            what += " " + tr("data-record-withdrawn")
        if e["correction"]:
            what += "\n" + tr("data-record-correction", text=e["correction"])
        rows.append(
            [
                p(str(e["entry"]), s.cell),
                p(e["at"][:16].replace("T", " "), s.cell),
                p(e["staff"], s.cell),
                p(what, s.cell),
            ]
        )
    story.append(grid(rows, [FRAME_W * 0.07, FRAME_W * 0.2, FRAME_W * 0.13, FRAME_W * 0.6]))

    story.append(p(tr("data-record-open"), s.h2))
    open_items = record["open"]
    lines = [
        tr("data-record-return", item=r["item"], due=r["due"] or "—") for r in open_items["returns"]
    ]
    lines += [
        tr("data-record-complaint", category=r["category"], text=r["text"])
        for r in open_items["complaints"]
    ]
    lines += [
        tr("data-record-followup", due=r["due"], reason=r["reason"])
        for r in open_items["followups"]
    ]
    story += [p("• " + line, s.body) for line in lines] or [p(tr("data-record-none"), s.calm)]

    story.append(p(tr("data-record-tasks"), s.h2))
    if record["tasks"]:
        rows = [
            [
                p(tr("data-record-due"), s.cell_bold),
                p(tr("data-record-status"), s.cell_bold),
                p(tr("data-record-what"), s.cell_bold),
            ]
        ]
        for t in record["tasks"]:
            what = task_text(t, tr).title + (f" — {t['what']}" if t.get("what") else "")
            rows.append(
                [
                    p(str(t["due"])[:10], s.cell),
                    p(tr("data-task-status-" + t["status"]), s.cell),
                    p(what, s.cell),
                ]
            )
        story.append(grid(rows, [FRAME_W * 0.18, FRAME_W * 0.17, FRAME_W * 0.65]))
    else:
        story.append(p(tr("data-record-none"), s.calm))
    doc = open_doc(out, tr("data-record-title", shop=record["shop"], name=c["name"]))
    doc.build(story)


def make_customer_record_pdf(db: Database, customer_id: str, out: Path, tr: Catalogue) -> Path:
    """One customer's record as a PDF at ``out`` (written beside it, then moved)."""
    check_target(out)
    record = customer_record(db, customer_id)
    write_atomically(out, lambda fh: render_customer_record(record, tr, fh), text=False)
    return out
