"""The message catalogues as the tests read them: ``from catalogues import messages``."""

from __future__ import annotations

from babel.messages.pofile import read_po

from shopcare.i18n import AREAS
from shopcare.resources import resource_dir

I18N = resource_dir() / "i18n"


def messages(lang: str) -> dict[str, object]:
    """Every key of ``lang`` and its text (a tuple of forms for plurals)."""
    out: dict[str, object] = {}
    for area in AREAS:
        po = I18N / lang / "LC_MESSAGES" / f"{area}.po"
        if not po.exists():
            continue
        with po.open("rb") as fh:
            for m in read_po(fh):
                if m.id:
                    key = m.id[0] if isinstance(m.id, tuple) else m.id
                    out[key] = m.string
    return out
