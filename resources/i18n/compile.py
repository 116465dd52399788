"""Compile every message catalogue (``<lang>/LC_MESSAGES/<area>.po``) to its ``.mo``.

Run from the repository root after editing a ``.po`` file:

    uv run python resources/i18n/compile.py

A test fails when a ``.mo`` is older than its ``.po`` (compiled output differs).
"""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

HERE = Path(__file__).resolve().parent
STABLE_DATE = datetime(2026, 1, 1, tzinfo=UTC)


def compiled(po: Path) -> bytes:
    """The ``.mo`` bytes of one ``.po`` file (fuzzy entries left out, as msgfmt does)."""
    with po.open("rb") as fh:
        catalog = read_po(fh, locale=po.parents[1].name, abort_invalid=True)
    # babel stamps "now" into the header unless the file gives dates: keep output stable
    catalog.creation_date = catalog.revision_date = STABLE_DATE
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def main() -> int:
    for po in sorted(HERE.glob("*/LC_MESSAGES/*.po")):
        data = compiled(po)
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.read_bytes() != data:
            mo.write_bytes(data)
            print(f"compiled {mo.relative_to(HERE)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
