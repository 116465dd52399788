"""Making user-typed text safe for reportlab ``Paragraph`` markup."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

# C0 control characters other than tab and newline would upset the markup parser.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def para_text(s: str) -> str:
    """Escape user text for a ``Paragraph`` and turn newlines into ``<br/>``.

    ``"Oil & filter <change>"`` prints exactly as typed. ``None`` gives ``""``.
    """
    if not s:
        return ""
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = _CONTROL.sub("", s)
    return escape(s).replace("\n", "<br/>")
