"""The weekly review: a few A4 pages to read together at the weekly meeting."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from shopcare.reports._common import (
    ACCENT,
    FRAME_H,
    FRAME_W,
    HEADER_BG,
    INK,
    MARGIN,
    MUTED,
    PAGE_W,
    RULE,
    SOFT_BG,
    SOFT_BORDER,
    Styles,
    grid,
    m,
    make_styles,
    open_doc,
    p,
)
from shopcare.reports.sheets_data import (
    BacklogWeek,
    ComingTask,
    DoneTask,
    LongConversation,
    QuietFriend,
    RepeatedItem,
    SentElsewhere,
    StaffLine,
    Story,
    TouchpointCheck,
    WaitingItem,
    WeeklyReviewData,
)
from shopcare.reports.text import para_text

TARGET_RATIO = 50
NOTHING = "Nothing this week."
LIGHT_BAR = colors.HexColor("#A9C4B9")
MAX_NAMED_CUSTOMERS = 6


def ratio_text(positive: int, negative: int) -> str:
    """The positive:negative ratio as printed, e.g. ``"40 : 1"``.

    With no negatives there is nothing to divide by, and the answer is simply
    ``"no negatives"``. The ratio is rounded *down* to one decimal, so it never
    looks better than it is (``"49.9 : 1"``, not ``"50 : 1"``).
    """
    positive, negative = max(0, positive), max(0, negative)
    if negative == 0:
        return "no negatives"
    ratio = math.floor(positive * 10 / negative) / 10
    shown = f"{ratio:.1f}".removesuffix(".0")
    return f"{shown} : 1"


def ratio_note(positive: int, negative: int) -> str:
    """One calm sentence putting the ratio next to the 50 : 1 target."""
    positive, negative = max(0, positive), max(0, negative)
    if negative == 0 and positive == 0:
        return "No positives or negatives were recorded this week."
    if negative == 0:
        return f"No negatives this week, and {positive:,} positive moments."
    if positive >= TARGET_RATIO * negative:
        return f"At or above the target of {TARGET_RATIO} : 1."
    return (
        f"Below the target of {TARGET_RATIO} : 1 this week "
        f"({positive:,} positive, {negative:,} negative)."
    )


def render_weekly_review(data: WeeklyReviewData, out: Path | BinaryIO) -> None:
    """Render the weekly review to ``out`` (a path or a binary file object).

    Byte-identical for the same input. Empty sections print a calm line.
    """
    st = make_styles()
    doc = open_doc(out, title=f"ShopCare weekly review {data.week_label}")
    footer = _footer(data, st)
    story: list[Flowable] = []
    story += _cover(data, st)
    story += _numbers(data, st)
    story.append(_new_part())
    story += _repeated(data.repeated, st)
    story += _touchpoints(data.touchpoint_check, st)
    story.append(_new_part())
    story += _waiting(data.waiting, st)
    story += _coming(data.coming_week, st)
    story += _quiet(data.quiet_friends, st)
    story += _sent(data.sent_elsewhere, st)
    story.append(_new_part())
    story += _staff(data.staff, st)
    story += _backlog(data.backlog, st)
    story += _stories(data.stories, st)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ------------------------------------------------------------------ pieces


def _new_part() -> Flowable:
    """Start the next part on a fresh page unless most of this page is still free."""
    return CondPageBreak(FRAME_H * 0.5)


def _footer(data: WeeklyReviewData, st: Styles) -> Callable[[Canvas, object], None]:
    parts = [s for s in ("ShopCare weekly review", data.shop_name, data.week_label) if s]
    text = " · ".join(parts)

    def draw(canvas: Canvas, doc: object) -> None:
        canvas.saveState()
        canvas.setFont(st.regular, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, MARGIN / 2, text)
        canvas.drawRightString(PAGE_W - MARGIN, MARGIN / 2, f"Page {canvas.getPageNumber()}")
        canvas.restoreState()

    return draw


def _cover(d: WeeklyReviewData, st: Styles) -> list[Flowable]:
    title = "Weekly review"
    if d.week_label:
        title += f" — {para_text(d.week_label)}"
    sub = " · ".join(para_text(s) for s in (d.shop_name, d.date_range) if s)
    flow: list[Flowable] = [m(title, st.title)]
    if sub:
        flow.append(m(sub, st.big))
    return flow


def _section(title: str, st: Styles) -> Paragraph:
    return m(title, st.h2)


def _calm(text: str, st: Styles) -> list[Flowable]:
    return [m(text, st.calm)]


def _numbers(d: WeeklyReviewData, st: Styles) -> list[Flowable]:
    flow: list[Flowable] = [_section("The week in numbers", st)]

    def tile(label: str, value: str, note: str) -> list[Flowable]:
        return [m(label, st.muted), m(value, _big_number(st)), m(note, st.small)]

    done = len(d.tasks_done)
    gifts_note = f"Total {para_text(d.gifts_total_cost)}" if d.gifts_total_cost else ""
    tiles = Table(
        [
            [
                tile(
                    "Positive : negative",
                    para_text(ratio_text(d.positive, d.negative)),
                    para_text(ratio_note(d.positive, d.negative)),
                ),
                tile("Connections made", f"{max(0, d.connections_made):,}", ""),
                tile("Kind acts done", f"{done:,}", ""),
                tile("Gifts sent", f"{max(0, d.gifts_sent):,}", gifts_note),
            ]
        ],
        colWidths=[FRAME_W * 0.34] + [FRAME_W * 0.22] * 3,
    )
    tiles.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), HEADER_BG),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    flow.append(tiles)

    # Contacts by channel and by staff, side by side.
    half = (FRAME_W - 8 * mm) / 2
    left = _count_table("Channel", d.contacts_by_channel, half, st)
    right = _count_table("Staff", d.contacts_by_staff, half, st)
    flow.append(m("Contacts", st.h3))
    pair = Table([[left, right]], colWidths=[half + 8 * mm, half])
    pair.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 8 * mm),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ]
        )
    )
    flow.append(pair)

    flow.append(m("Longest conversations — thank you for taking the time", st.h3))
    convs: Sequence[LongConversation] = sorted(
        (LongConversation(*c) for c in d.longest_conversations),
        key=lambda c: -c.minutes,
    )
    if convs:
        rows: list[list] = [_head(("Customer", "Staff", "Minutes", "What it was about"), st)]
        rows += [
            [
                p(c.customer, st.cell),
                p(c.staff, st.cell),
                m(f"{c.minutes:,}", st.cell_right),
                p(c.summary, st.cell),
            ]
            for c in convs
        ]
        flow.append(grid(rows, [34 * mm, 28 * mm, 16 * mm, FRAME_W - 78 * mm]))
    else:
        flow += _calm(NOTHING, st)

    flow.append(m("Kind acts done", st.h3))
    tasks = [DoneTask(*t) for t in d.tasks_done]
    if tasks:
        rows = [_head(("Customer", "What we did", "Cost"), st)]
        rows += [
            [p(t.customer, st.cell), p(t.what, st.cell), p(t.cost, st.cell_right)] for t in tasks
        ]
        flow.append(grid(rows, [38 * mm, FRAME_W - 66 * mm, 28 * mm]))
    else:
        flow += _calm(NOTHING, st)

    flow.append(m("Gifts", st.h3))
    if d.gifts_sent > 0:
        text = f"{d.gifts_sent:,} gift{'s' if d.gifts_sent != 1 else ''} sent"
        if d.gifts_total_cost:
            text += f", {para_text(d.gifts_total_cost)} in total"
        flow.append(m(text + ".", st.body))
    else:
        flow += _calm("No gifts sent this week.", st)
    return flow


def _count_table(label: str, counts: dict[str, int], width: float, st: Styles) -> Flowable:
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not items:
        return m(NOTHING, st.calm)
    rows: list[list] = [_head((label, "Contacts"), st)]
    rows += [[p(k, st.cell), m(f"{v:,}", st.cell_right)] for k, v in items]
    return grid(rows, [width - 24 * mm, 24 * mm])


def _repeated(items: list[RepeatedItem], st: Styles) -> list[Flowable]:
    flow: list[Flowable] = [_section("Happened more than once", st)]
    if not items:
        return flow + _calm(NOTHING, st)
    flow.append(
        m(
            "Trend shows the last four weeks, oldest first. "
            "■ marks something worth the effort to remove for good.",
            st.muted,
        )
    )
    rows: list[list] = [
        _head(("Kind", "What", "Times", "Customers", "Last 4 weeks", "Effort to remove"), st)
    ]
    for it in items:
        names = list(it.customers)
        shown = ", ".join(names[:MAX_NAMED_CUSTOMERS])
        if len(names) > MAX_NAMED_CUSTOMERS:
            shown += f" and {len(names) - MAX_NAMED_CUSTOMERS} more"
        trend = " → ".join(str(n) for n in it.trend) if it.trend else "—"
        rows.append(
            [
                p(it.kind, st.cell),
                p(it.name, st.cell_bold),
                m(f"{it.count:,}", st.cell_right),
                p(shown, st.cell),
                m(trend, st.cell),
                m("■ yes" if it.effort else "", st.cell),
            ]
        )
    flow.append(
        grid(
            rows,
            [20 * mm, 32 * mm, 12 * mm, FRAME_W - 118 * mm, 36 * mm, 18 * mm],
        )
    )
    return flow


def _touchpoints(items: list[TouchpointCheck], st: Styles) -> list[Flowable]:
    flow: list[Flowable] = [_section("Touchpoint check", st)]
    rows_in = [TouchpointCheck(*t) for t in items]
    if not rows_in:
        return flow + _calm(NOTHING, st)
    rows: list[list] = [_head(("Touchpoint", "Negatives", "Positives"), st)]
    rows += [
        [
            p(t.touchpoint, st.cell),
            m(f"{t.negatives:,}", st.cell_right),
            m(f"{t.positives:,}", st.cell_right),
        ]
        for t in rows_in
    ]
    flow.append(grid(rows, [FRAME_W - 60 * mm, 30 * mm, 30 * mm]))
    return flow


def _waiting(items: list[WaitingItem], st: Styles) -> list[Flowable]:
    flow: list[Flowable] = [_section("Waiting for us", st)]
    waiting = sorted((WaitingItem(*w) for w in items), key=lambda w: -w.days_waiting)
    if not waiting:
        return flow + _calm("Nobody is waiting for us. Lovely.", st)
    rows: list[list] = [_head(("Customer", "Waiting for", "Since", "Days"), st)]
    rows += [
        [
            p(w.customer, st.cell),
            p(w.what, st.cell),
            p(w.since, st.cell),
            m(f"{w.days_waiting:,}" if w.days_waiting >= 0 else "", st.cell_right),
        ]
        for w in waiting
    ]
    flow.append(grid(rows, [36 * mm, FRAME_W - 92 * mm, 28 * mm, 28 * mm]))
    return flow


def _coming(items: list[ComingTask], st: Styles) -> list[Flowable]:
    flow: list[Flowable] = [_section("This coming week", st)]
    tasks = sorted((ComingTask(*c) for c in items), key=lambda c: c.due)
    if not tasks:
        return flow + _calm("Nothing due this coming week.", st)
    rows: list[list] = [["", *_head(("Due", "Customer", "What"), st)]]
    rows += [
        [_Box(), p(c.due, st.cell), p(c.customer, st.cell), p(c.title, st.cell)] for c in tasks
    ]
    flow.append(
        grid(
            rows,
            [9 * mm, 28 * mm, 38 * mm, FRAME_W - 75 * mm],
            extra=[("VALIGN", (0, 1), (0, -1), "MIDDLE")],
        )
    )
    return flow


def _quiet(items: list[QuietFriend], st: Styles) -> list[Flowable]:
    flow: list[Flowable] = [_section("Quiet friends", st)]
    friends = [QuietFriend(*q) for q in items]
    if not friends:
        return flow + _calm(NOTHING, st)
    flow.append(m("Regulars we have not heard from for a while. Maybe say hello.", st.muted))
    rows: list[list] = [_head(("Customer", "Last contact", "Contacts so far"), st)]
    rows += [
        [
            p(q.customer, st.cell),
            p(q.last_contact, st.cell),
            m(f"{q.contacts:,}" if q.contacts >= 0 else "", st.cell_right),
        ]
        for q in friends
    ]
    flow.append(grid(rows, [FRAME_W - 72 * mm, 36 * mm, 36 * mm]))
    return flow


def _sent(items: list[SentElsewhere], st: Styles) -> list[Flowable]:
    flow: list[Flowable] = [_section("Sent elsewhere", st)]
    sent = [SentElsewhere(*s) for s in items]
    if not sent:
        return flow + _calm(NOTHING, st)
    rows: list[list] = [_head(("Customer", "For", "Sent to", "Came back"), st)]
    rows += [
        [
            p(s.customer, st.cell),
            p(s.item, st.cell),
            p(s.sent_to, st.cell),
            m("Yes" if s.came_back else "Not yet", st.cell),
        ]
        for s in sent
    ]
    flow.append(grid(rows, [36 * mm, FRAME_W - 112 * mm, 48 * mm, 28 * mm]))
    return flow


def _staff(items: list[StaffLine], st: Styles) -> list[Flowable]:
    flow: list[Flowable] = [_section("Staff", st)]
    if not items:
        return flow + _calm(NOTHING, st)
    flow.append(m("Connections and kind acts. Time on the phone is not a measure here.", st.muted))
    chart_w = FRAME_W - 96 * mm
    rows: list[list] = [
        _head(("Name", "Connections", "Kind acts", "Connections, last 8 weeks"), st)
    ]
    for s in items:
        rows.append(
            [
                p(s.name, st.cell_bold),
                m(f"{s.connections:,}", st.cell_right),
                m(f"{s.kind_acts:,}", st.cell_right),
                _spark(list(s.trend)[-8:], chart_w - 8, st) if s.trend else m("—", st.cell),
            ]
        )
    flow.append(
        grid(
            rows,
            [44 * mm, 26 * mm, 26 * mm, chart_w],
            extra=[("VALIGN", (0, 1), (2, -1), "MIDDLE")],
        )
    )
    return flow


def _backlog(items: list[BacklogWeek], st: Styles) -> list[Flowable]:
    flow: list[Flowable] = [_section("Backlog", st)]
    weeks = [BacklogWeek(*b) for b in items][-8:]
    if not weeks:
        return flow + _calm(NOTHING, st)
    flow.append(m("Open items at the end of each week, oldest first.", st.muted))
    flow.append(_bar_chart([w.week for w in weeks], [w.open_items for w in weeks], st))
    return flow


def _stories(items: list[Story], st: Styles) -> list[Flowable]:
    flow: list[Flowable] = [_section("Stories", st)]
    stories = [Story(*s) for s in items]
    if not stories:
        return flow + _calm("No stories this week. There will be.", st)
    flow.append(m("Going beyond, in our own words.", st.muted))
    for s in stories:
        who = " · ".join(para_text(x) for x in (s.staff, s.customer) if x)
        cell = [p(s.text, st.body)]
        if who:
            cell.append(m(f"— {who}", st.muted))
        t = Table([[cell]], colWidths=[FRAME_W])
        t.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), SOFT_BG),
                    ("LINEBEFORE", (0, 0), (0, -1), 2.5, SOFT_BORDER),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ]
            )
        )
        flow += [t, Spacer(1, 3 * mm)]
    return flow


# ------------------------------------------------------------------ helpers


def _head(labels: Sequence[str], st: Styles) -> list[Flowable]:
    return [m(label, st.cell_bold) for label in labels]


def _big_number(st: Styles) -> ParagraphStyle:
    return ParagraphStyle("bignum", parent=st.body, fontName=st.bold, fontSize=20, leading=26)


def _nice_max(values: Sequence[int]) -> tuple[int, int]:
    """An axis maximum and step for whole numbers; never zero."""
    top = max([1, *values])
    top += max(1, math.ceil(top * 0.12))  # headroom for the numbers above the bars
    step = max(1, math.ceil(top / 5))
    return step * math.ceil(top / step), step


def _spark(values: list[int], width: float, st: Styles) -> Drawing:
    """A small 8-bar chart with the numbers on the bars."""
    height = 34
    values = [max(0, int(v)) for v in values]
    d = Drawing(width, height)
    c = VerticalBarChart()
    c.x, c.y, c.width, c.height = 0, 2, width, height - 12
    c.data = [values]
    c.valueAxis.valueMin = 0
    c.valueAxis.valueMax = max([1, *values])
    c.valueAxis.visible = False
    c.categoryAxis.visible = False
    c.categoryAxis.categoryNames = [""] * len(values)
    c.categoryAxis.labels.fontName = st.regular
    c.valueAxis.labels.fontName = st.regular
    c.bars[0].fillColor = LIGHT_BAR
    c.bars[0].strokeColor = None
    c.bars[(0, len(values) - 1)].fillColor = ACCENT
    c.barLabelFormat = "%d"
    c.barLabels.fontName = st.regular
    c.barLabels.fontSize = 6
    c.barLabels.fillColor = INK
    c.barLabels.nudge = 5
    c.barSpacing = 1
    d.add(Rect(0, 2, width, 0.4, fillColor=RULE, strokeColor=None))
    d.add(c)
    return d


def _bar_chart(labels: list[str], values: list[int], st: Styles) -> Drawing:
    width, height = FRAME_W, 64 * mm
    values = [max(0, int(v)) for v in values]
    top, step = _nice_max(values)
    d = Drawing(width, height)
    c = VerticalBarChart()
    c.x, c.y = 12 * mm, 12 * mm
    c.width, c.height = width - 16 * mm, height - 18 * mm
    c.data = [values]
    c.categoryAxis.categoryNames = labels
    c.categoryAxis.labels.fontName = st.regular
    c.categoryAxis.labels.fontSize = 8
    c.categoryAxis.labels.dy = -3
    c.categoryAxis.strokeColor = RULE
    c.valueAxis.valueMin = 0
    c.valueAxis.valueMax = top
    c.valueAxis.valueStep = step
    c.valueAxis.labels.fontName = st.regular
    c.valueAxis.labels.fontSize = 8
    c.valueAxis.labelTextFormat = "%d"
    c.valueAxis.strokeColor = RULE
    c.valueAxis.visibleGrid = True
    c.valueAxis.gridStrokeColor = colors.HexColor("#E4E4E4")
    c.bars[0].fillColor = LIGHT_BAR
    c.bars[0].strokeColor = None
    c.bars[(0, len(values) - 1)].fillColor = ACCENT
    c.barLabelFormat = "%d"
    c.barLabels.fontName = st.regular
    c.barLabels.fontSize = 8
    c.barLabels.nudge = 7
    c.barLabels.fillColor = INK
    d.add(c)
    return d


class _Box(Flowable):
    """An empty square to tick by hand."""

    def __init__(self, size: float = 3.8 * mm):
        super().__init__()
        self.width = self.height = size

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.9)
        self.canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
