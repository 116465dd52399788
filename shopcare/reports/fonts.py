"""Registration of the bundled Korean TrueType fonts (Nanum Gothic) with reportlab."""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from shopcare.resources import resource_dir

REGULAR = "NanumGothic"
BOLD = "NanumGothic-Bold"

_FILES = {REGULAR: "NanumGothic.ttf", BOLD: "NanumGothicBold.ttf"}
_lock = threading.Lock()
_registered = False


def font_dir() -> Path:
    """Return the folder holding the bundled fonts (source tree first, then the wheel)."""
    folder = resource_dir() / "fonts"
    if all((folder / name).is_file() for name in _FILES.values()):
        return folder
    raise FileNotFoundError(f"Nanum Gothic fonts not found in {folder}")


def register_fonts() -> tuple[str, str]:
    """Register Nanum Gothic regular and bold with reportlab, once.

    Returns the (regular, bold) font names to use in styles and on a canvas.
    Safe to call any number of times, from any thread.
    """
    global _registered
    if _registered:
        return REGULAR, BOLD
    with _lock:
        if not _registered:
            folder = font_dir()
            known = set(pdfmetrics.getRegisteredFontNames())
            for name, filename in _FILES.items():
                if name not in known:
                    pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
            pdfmetrics.registerFontFamily(
                REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
            )
            _registered = True
    return REGULAR, BOLD
