"""A customer's sensitive time in one short line, wherever staff meet them.

"어머님 상 11.20 · 12.20까지 홍보 중지" / "lost her mother on 20 Nov; no promotions
until 20 Dec": the profile header, the Quick log's matches and the task sheet show
the same words, from :class:`shopcare.readmodels.care.CareState` facts.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from shopcare.i18n import Catalogue
from shopcare.presentation.choices import label
from shopcare.presentation.formats import short_date
from shopcare.readmodels.care import CareState, care_states
from shopcare.readmodels.database import Database

#: A note this short reads as who was lost ("어머님", "her mother"); a longer one is
#: shown in brackets after the date.
_SHORT_NOTE = {"ko": 6, "en": 24}


def care_line(state: CareState | None, tr: Catalogue) -> str:
    """The sensitive time as one line ('' when there is none)."""
    if not state:
        return ""
    lang = tr.language
    parts = []
    if state.kind:
        parts.append(_life(state, tr))
    if state.paused_until is not None:
        parts.append(tr("kindness-care-paused", until=short_date(state.paused_until, lang)))
    if state.complaint_since:
        parts.append(
            tr(
                "kindness-care-complaint",
                since=short_date(state.complaint_since[:10], lang),
                category=state.complaint_category,
            )
        )
    return tr("kindness-care-separator").join(p for p in parts if p)


def _life(state: CareState, tr: Catalogue) -> str:
    on = short_date(state.on, tr.language)
    note = state.note.strip()
    kind = state.kind if state.kind in ("bereavement", "illness") else "other"
    if not note:
        return tr(f"kindness-care-{kind}", on=on, what=label("life", state.kind, tr))
    short = len(note) <= _SHORT_NOTE.get(tr.language, 24) and "," not in note
    key = f"kindness-care-{kind}-{'who' if short else 'note'}"
    return tr(key, on=on, note=note, what=label("life", state.kind, tr))


def care_lines(
    db: Database, customer_ids: Sequence[str], today: date, tr: Catalogue
) -> dict[str, str]:
    """The customers among ``customer_ids`` in a sensitive time, each with its line."""
    return {
        cid: care_line(state, tr) for cid, state in care_states(db, customer_ids, today).items()
    }
