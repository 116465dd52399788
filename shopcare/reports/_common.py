"""Shared styles, small flowables and document set-up for the renderers (internal)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from shopcare.reports.fonts import register_fonts
from shopcare.reports.text import para_text

INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#666666")
RULE = colors.HexColor("#BBBBBB")
HEADER_BG = colors.HexColor("#EEF2F0")
SOFT_BG = colors.HexColor("#FFF7EC")
SOFT_BORDER = colors.HexColor("#E8CFA9")
ACCENT = colors.HexColor("#4F7A6B")

MARGIN = 18 * mm
PAGE_W, PAGE_H = A4
FRAME_PADDING = 6  # SimpleDocTemplate's frame pads each side by 6 pt
FRAME_W = PAGE_W - 2 * MARGIN - 2 * FRAME_PADDING
FRAME_H = PAGE_H - 2 * MARGIN - 2 * FRAME_PADDING


@dataclass(frozen=True)
class Styles:
    """Paragraph styles used by both renderers."""

    regular: str
    bold: str
    title: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    big: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    bullet: ParagraphStyle
    calm: ParagraphStyle


def make_styles() -> Styles:
    """Register the fonts and build the shared paragraph styles."""
    regular, bold = register_fonts()
    base = ParagraphStyle(
        "body", fontName=regular, fontSize=10.5, leading=15, textColor=INK, spaceAfter=2
    )
    return Styles(
        regular=regular,
        bold=bold,
        title=ParagraphStyle(
            "title", parent=base, fontName=bold, fontSize=19, leading=25, spaceAfter=4
        ),
        h2=ParagraphStyle(
            "h2",
            parent=base,
            fontName=bold,
            fontSize=13.5,
            leading=18,
            spaceBefore=10,
            spaceAfter=5,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        h3=ParagraphStyle(
            "h3",
            parent=base,
            fontName=bold,
            fontSize=11,
            leading=15,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        ),
        body=base,
        big=ParagraphStyle("big", parent=base, fontSize=12.5, leading=18),
        small=ParagraphStyle("small", parent=base, fontSize=9, leading=12.5),
        muted=ParagraphStyle("muted", parent=base, fontSize=9, leading=12.5, textColor=MUTED),
        cell=ParagraphStyle("cell", parent=base, fontSize=9, leading=12, spaceAfter=0),
        cell_bold=ParagraphStyle(
            "cell_bold", parent=base, fontName=bold, fontSize=9, leading=12, spaceAfter=0
        ),
        cell_right=ParagraphStyle(
            "cell_right", parent=base, fontSize=9, leading=12, spaceAfter=0, alignment=2
        ),
        bullet=ParagraphStyle(
            "bullet", parent=base, leftIndent=12, bulletIndent=2, bulletFontName=regular
        ),
        calm=ParagraphStyle("calm", parent=base, textColor=MUTED, spaceBefore=2, spaceAfter=6),
    )


def p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of *user* text: escaped, newlines kept."""
    return Paragraph(para_text(text), style)


def t(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of catalogue text (escaped like user text: translators write no markup)."""
    return Paragraph(para_text(text), style)


def m(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of trusted markup written in this package."""
    return Paragraph(markup, style)


def open_doc(out: Path | str | BinaryIO, title: str, **kw: object) -> SimpleDocTemplate:
    """An A4 document with fixed metadata and ``invariant=True`` (byte-stable output)."""
    target = os.fspath(out) if isinstance(out, str | os.PathLike) else out
    return SimpleDocTemplate(
        target,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author="ShopCare",
        creator="ShopCare",
        producer="ShopCare",
        subject="",
        keywords="",
        invariant=True,
        **kw,
    )


def grid(
    rows: Sequence[Sequence[Flowable | str]],
    col_widths: Sequence[float | str],
    *,
    header: bool = True,
    extra: Sequence[tuple] = (),
) -> Table:
    """A light table; the first row is a header when ``header`` is true."""
    t = Table([list(r) for r in rows], colWidths=list(col_widths), repeatRows=1 if header else 0)
    style: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ]
    t.setStyle(TableStyle(style + list(extra)))
    return t


def panel(
    content: Flowable | list[Flowable],
    width: float | str,
    ground: colors.Color,
    edge: Sequence[tuple],
    **padding: float,
) -> Table:
    """One cell on a tinted ``ground`` with an ``edge`` (a line before it, or a box round
    it), padded by side (``left=10, top=4``...; a side not named keeps the table's own)."""
    box = Table([[content]], colWidths=[width])
    style: list[tuple] = [("BACKGROUND", (0, 0), (-1, -1), ground), *edge]
    style += [(f"{side.upper()}PADDING", (0, 0), (-1, -1), n) for side, n in padding.items()]
    box.setStyle(TableStyle(style))
    return box


class TickBox(Flowable):
    """A real empty square to tick by hand, followed by a label."""

    def __init__(self, label: str, font: str, size: float = 11, box: float = 4.2 * mm):
        super().__init__()
        self.label = label
        self.font = font
        self.size = size
        self.box = box
        self.height = box + 2
        self.width = box + 3 * mm + stringWidth(label, font, size)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(0.9)
        c.rect(0, 1, self.box, self.box, stroke=1, fill=0)
        c.setFillColor(INK)
        c.setFont(self.font, self.size)
        c.drawString(self.box + 2.5 * mm, 1 + (self.box - self.size * 0.72) / 2, self.label)
        c.restoreState()


class WriteLine(Flowable):
    """A label followed by ``lines`` empty ruled lines to write on by hand."""

    def __init__(
        self, label: str, font: str, lines: int = 1, gap: float = 9 * mm, size: float = 10.5
    ):
        super().__init__()
        self.label = label
        self.font = font
        self.lines = max(1, lines)
        self.gap = gap
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.lines * self.gap + 2
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFont(self.font, self.size)
        c.setFillColor(INK)
        label_w = stringWidth(self.label, self.font, self.size) + 3 * mm
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        for i in range(self.lines):
            y = self.height - (i + 1) * self.gap + 2
            if i == 0:
                c.drawString(0, y + 1.5, self.label)
                c.line(label_w, y, self.width, y)
            else:
                c.line(0, y, self.width, y)
        c.restoreState()
