"""Task sheets: one A4 page per kind act, to take to the florist or write the card from."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Frame,
    HRFlowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import _listWrapOn

from shopcare.i18n import Catalogue, catalogue
from shopcare.reports._common import (
    ACCENT,
    MUTED,
    RULE,
    SOFT_BG,
    SOFT_BORDER,
    Styles,
    TickBox,
    WriteLine,
    grid,
    m,
    make_styles,
    open_doc,
    p,
    panel,
    t,
)
from shopcare.reports.sheets_data import TaskSheetData
from shopcare.reports.text import para_text

MAX_CONTACTS = 3
MIN_SCALE = 0.3
#: A customer's sensitive time: warm and quiet, the same look as the window's banner.
CARE_BG = colors.HexColor("#FFF3E0")
CARE_BORDER = colors.HexColor("#E08E00")


def render_task_sheets(
    sheets: list[TaskSheetData], out: Path | BinaryIO, tr: Catalogue | None = None
) -> None:
    """Render one A4 page per task to ``out`` (a path or a binary file object).

    Headings and labels are in ``tr``'s language (the shop's; English by default);
    the sheets' own texts come already written. The output is byte-identical for the
    same input. An empty list gives one calm page saying there are no tasks.
    """
    tr = tr or catalogue("en")
    st = make_styles()
    doc = open_doc(out, title=tr("reports-sheets-title"))
    story: list[Flowable] = []
    if not sheets:
        story += [
            t(tr("reports-sheets-title"), st.title),
            Spacer(1, 6 * mm),
            t(tr("reports-sheets-none"), st.big),
            t(tr("reports-sheets-none-calm"), st.calm),
        ]
    for i, sheet in enumerate(sheets):
        if i:
            story.append(PageBreak())
        story.append(_OnePage(lambda sheet=sheet: _sheet(sheet, st, tr)))
    doc.build(story)


def _sheet(d: TaskSheetData, st: Styles, tr: Catalogue) -> list[Flowable]:
    flow: list[Flowable] = []

    # Header: shop on the left, task facts on the right.
    left = [p(d.shop_name, st.h3)]
    if d.shop_address:
        left.append(p(d.shop_address, st.muted))
    facts = []
    if d.due:
        facts.append(f"<b>{para_text(tr('reports-sheet-due'))}</b> {para_text(d.due)}")
    if d.status:
        facts.append(f"<b>{para_text(tr('reports-sheet-status'))}</b> {para_text(d.status)}")
    if d.worth_until:
        until = para_text(d.worth_until)
        facts.append(f"<b>{para_text(tr('reports-sheet-worth-until'))}</b> {until}")
    if d.task_id:
        facts.append(para_text(tr("reports-sheet-task-id", id=d.task_id[:8])))
    right = [m("<br/>".join(facts), _right(st))]
    head = Table([[left, right]], colWidths=["62%", "38%"])
    head.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    flow += [head, HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceAfter=8)]

    # What and for whom.
    flow.append(p(d.title or tr("reports-sheet-kind-act"), st.title))
    who = (
        [f"<b>{para_text(tr('reports-sheet-for'))}</b> {para_text(d.customer_name)}"]
        if d.customer_name
        else []
    )
    if d.customer_address:
        who.append(para_text(d.customer_address))
    if d.customer_phone:
        who.append(para_text(d.customer_phone))
    if who:
        flow.append(m("<br/>".join(who), st.big))
    if d.care:
        flow.append(_care(d.care, st))

    flow.append(t(tr("reports-sheet-why"), st.h2))
    flow.append(p(d.reason, st.body) if d.reason else t(tr("reports-sheet-no-reason"), st.calm))
    flow += [Paragraph(para_text(a), st.bullet, bulletText="+") for a in d.also if a.strip()]

    flow.append(t(tr("reports-sheet-what-to-do"), st.h2))
    flow.append(
        p(d.suggested_act, st.big) if d.suggested_act else t(tr("reports-sheet-judgement"), st.calm)
    )
    if d.suggested_message:
        flow.append(t(tr("reports-sheet-message"), st.h3))
        msg = Table([[p(d.suggested_message, st.body)]], colWidths=["100%"])
        msg.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        flow.append(msg)

    if d.stops:
        flow += _route(d, st, tr)
        return flow + _ticks(st, tr)

    flow.append(t(tr("reports-sheet-last-contacts"), st.h2))
    contacts = list(d.last_contacts)[:MAX_CONTACTS]
    if contacts:
        heads = ("when", "how", "who", "what")
        rows: list[list] = [[t(tr(f"reports-sheet-{h}"), st.cell_bold) for h in heads]]
        rows += [
            [
                p(c.at, st.cell),
                p(c.kind, st.cell),
                p(c.staff, st.cell),
                p(c.summary, st.cell),
            ]
            for c in contacts
        ]
        flow.append(grid(rows, ["19%", "12%", "14%", "55%"]))
    else:
        flow.append(t(tr("reports-sheet-no-contacts"), st.calm))

    flow.append(t(tr("reports-sheet-what-we-know"), st.h2))
    known = [k for k in d.what_we_know if k and k.strip()]
    if known:
        flow += [Paragraph(para_text(k), st.bullet, bulletText="•") for k in known]
    else:
        flow.append(t(tr("reports-sheet-nothing-noted"), st.calm))

    if d.sensitive_context and d.sensitive_context.strip():
        flow.append(Spacer(1, 4 * mm))
        keep_in_mind = [t(tr("reports-sheet-keep-in-mind"), st.h3), p(d.sensitive_context, st.body)]
        edge = [("BOX", (0, 0), (-1, -1), 0.6, SOFT_BORDER), ("ROUNDEDCORNERS", [4, 4, 4, 4])]
        flow.append(panel(keep_in_mind, "100%", SOFT_BG, edge, left=10, right=10, top=4, bottom=8))

    return flow + _ticks(st, tr)


def _ticks(st: Styles, tr: Catalogue) -> list[Flowable]:
    """The hand-written part: what was done, what it cost."""
    ticks = Table(
        [
            [
                TickBox(tr(f"reports-sheet-tick-{label}"), st.regular)
                for label in ("done", "card", "delivered")
            ]
        ],
        colWidths=["33%", "33%", "34%"],
        hAlign="LEFT",
    )
    ticks.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return [
        Spacer(1, 5 * mm),
        ticks,
        Spacer(1, 3 * mm),
        WriteLine(tr("reports-sheet-what-was-done"), st.regular, lines=3, gap=8 * mm),
        WriteLine(tr("reports-sheet-cost"), st.regular, lines=1, gap=8 * mm),
        Spacer(1, 2 * mm),
        HRFlowable(width="100%", thickness=0.4, color=MUTED, spaceAfter=2),
    ]


def _care(text: str, st: Styles) -> Flowable:
    """The customer's sensitive time, in one warm line under their name."""
    bar = ("LINEBEFORE", (0, 0), (0, -1), 3, CARE_BORDER)
    return panel(p(text, st.body), "100%", CARE_BG, [bar], left=8, top=3, bottom=5)


def _route(d: TaskSheetData, st: Styles, tr: Catalogue) -> list[Flowable]:
    """A neighbourhood round: the households in the order to walk them, to tick off."""
    flow: list[Flowable] = [t(tr("reports-sheet-route"), st.h2)]
    flow.append(t(tr("reports-sheet-route-note"), st.muted))
    heads = ("reports-sheet-stop", "reports-customer", "reports-sheet-address", "")
    rows: list[list] = [[t(tr(h), st.cell_bold) if h else "" for h in heads]]
    rows += [
        [
            t(str(i), st.cell_right),
            p(stop.names, st.cell),
            p(stop.address, st.cell),
            TickBox("", st.regular),
        ]
        for i, stop in enumerate(d.stops, start=1)
    ]
    flow.append(grid(rows, ["8%", "27%", "55%", "10%"]))
    return flow


def _right(st: Styles) -> ParagraphStyle:
    return ParagraphStyle("right", parent=st.small, alignment=2)


class _OnePage(Flowable):
    """One task sheet, always on one page: a very long sheet is scaled down, not split.

    Unlike ``KeepInFrame(mode="shrink")`` the content is rebuilt for every trial
    width, so tables (which remember their first column widths) scale as well.
    """

    def __init__(self, make: Callable[[], list[Flowable]]):
        super().__init__()
        self._make = make
        self._content: list[Flowable] = []
        self._scale = 1.0
        self._inner_w = 0.0
        self._inner_h = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        scale = 1.0
        for _ in range(10):
            content = self._make()
            _, h = _listWrapOn(content, availWidth / scale, self.canv)
            if h * scale <= availHeight or scale <= MIN_SCALE:
                break
            scale = max(MIN_SCALE, scale * min(0.97, availHeight / (h * scale)))
        self._content, self._scale = content, scale
        self._inner_w, self._inner_h = availWidth / scale, h
        self.width, self.height = availWidth, min(h * scale, availHeight)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.translate(0, self.height)
        c.scale(self._scale, self._scale)
        slack = 6
        frame = Frame(
            0,
            -self._inner_h - slack,
            self._inner_w,
            self._inner_h + slack,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            showBoundary=0,
        )
        frame.addFromList(list(self._content), c)
        c.restoreState()
