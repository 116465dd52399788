"""Bundled files the window uses: the Korean font, the icon, the translations."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QIcon

from shopcare.resources import resource_dir

_font_families: list[str] = []


def register_korean_font() -> list[str]:
    """Register Nanum Gothic with Qt so Hangul shows on a PC without a Korean font."""
    if not _font_families:
        for name in ("NanumGothic.ttf", "NanumGothicBold.ttf"):
            font_id = QFontDatabase.addApplicationFont(str(resource_dir() / "fonts" / name))
            if font_id >= 0:
                for family in QFontDatabase.applicationFontFamilies(font_id):
                    if family not in _font_families:
                        _font_families.append(family)
    return list(_font_families)


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resource_dir() / "icons"
    for size in (32, 64, 256):
        png = folder / f"shopcare-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    svg = folder / "shopcare.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    return icon
