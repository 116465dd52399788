"""The weekly review: a few A4 pages to read together at the weekly meeting."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from shopcare.i18n import Catalogue, catalogue
from shopcare.presentation.formats import date_text, money_text, number_text, short_date, week_text
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
    panel,
    t,
)
from shopcare.reports.sheets_data import (
    BacklogWeek,
    ComingTask,
    DoneTask,
    LongConversation,
    OutcomeRow,
    OverdueAct,
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
LIGHT_BAR = colors.HexColor("#A9C4B9")
MAX_NAMED_CUSTOMERS = 6


def ratio_text(positive: int, negative: int, tr: Catalogue | None = None) -> str:
    """The positive:negative ratio as printed, e.g. ``"40 : 1"``.

    With no negatives there is nothing to divide by, and the answer is simply
    ``"no negatives"``. The ratio is rounded *down* to one decimal, so it never
    looks better than it is (``"49.9 : 1"``, not ``"50 : 1"``).
    """
    tr = tr or catalogue("en")
    positive, negative = max(0, positive), max(0, negative)
    if negative == 0:
        return tr("reports-ratio-no-negatives")
    ratio = math.floor(positive * 10 / negative) / 10
    shown = f"{ratio:.1f}".removesuffix(".0")
    return tr("reports-ratio-value", ratio=shown)


def ratio_note(positive: int, negative: int, tr: Catalogue | None = None) -> str:
    """One calm sentence putting the ratio next to the 50 : 1 target."""
    tr = tr or catalogue("en")
    lang = tr.language
    positive, negative = max(0, positive), max(0, negative)
    if negative == 0 and positive == 0:
        return tr("reports-ratio-note-none")
    if negative == 0:
        return tr("reports-ratio-note-only-positive", positive=number_text(positive, lang))
    if positive >= TARGET_RATIO * negative:
        return tr("reports-ratio-note-at-target", target=TARGET_RATIO)
    return tr(
        "reports-ratio-note-below",
        target=TARGET_RATIO,
        positive=number_text(positive, lang),
        negative=number_text(negative, lang),
    )


def render_weekly_review(
    data: WeeklyReviewData, out: Path | BinaryIO, tr: Catalogue | None = None
) -> None:
    """Render the weekly review to ``out`` (a path or a binary file object).

    Headings, labels and notes are in ``tr``'s language (the shop's; English by
    default). Byte-identical for the same input. Empty sections print a calm line.
    """
    tr = tr or catalogue("en")
    st = make_styles()
    doc = open_doc(out, title=tr("reports-weekly-doc-title", week=data.week_label))
    footer = _footer(data, st, tr)
    story: list[Flowable] = []
    story += _cover(data, st, tr)
    story += _numbers(data, st, tr)
    story.append(_new_part())
    story += _repeated(data.repeated, st, tr)
    story += _touchpoints(data.touchpoint_check, st, tr)
    story.append(_new_part())
    story += _waiting(data.waiting, st, tr)
    story += _overdue(data.overdue_acts, st, tr)
    story += _coming(data.coming_week, st, tr)
    story += _quiet(data.quiet_friends, st, tr)
    story += _sent(data.sent_elsewhere, st, tr)
    story.append(_new_part())
    story += _staff(data.staff, st, tr)
    story += _backlog(data.backlog, st, tr)
    story += _stories(data.stories, st, tr)
    story.append(_new_part())
    story += _outcomes(data.outcomes, data.outcome_weeks, st, tr)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ------------------------------------------------------------------ pieces


def _new_part() -> Flowable:
    """Start the next part on a fresh page unless most of this page is still free."""
    return CondPageBreak(FRAME_H * 0.5)


def _week_words(d: WeeklyReviewData, lang: str) -> str:
    """The week as people say it (``11월 셋째 주 (11.16–11.22)``), from its ISO label."""
    try:
        year, _, number = d.week_label.partition("-W")
        monday = date.fromisocalendar(int(year), int(number), 1)
    except ValueError:
        return d.date_range or d.week_label
    return week_text(monday, lang)


def _footer(data: WeeklyReviewData, st: Styles, tr: Catalogue) -> Callable[[Canvas, object], None]:
    week = _week_words(data, tr.language)
    parts = [s for s in (tr("reports-weekly-footer"), data.shop_name, week) if s]
    text = " · ".join(parts)

    def draw(canvas: Canvas, doc: object) -> None:
        canvas.saveState()
        canvas.setFont(st.regular, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, MARGIN / 2, text)
        page = tr("reports-page", n=canvas.getPageNumber())
        canvas.drawRightString(PAGE_W - MARGIN, MARGIN / 2, page)
        canvas.restoreState()

    return draw


def _cover(d: WeeklyReviewData, st: Styles, tr: Catalogue) -> list[Flowable]:
    week = _week_words(d, tr.language)
    title = tr("reports-weekly-title", week=week) if week else tr("reports-weekly-footer")
    iso = tr("reports-weekly-iso-week", week=d.week_label) if d.week_label else ""
    sub = " · ".join(para_text(s) for s in (d.shop_name, iso) if s)
    flow: list[Flowable] = [t(title, st.title)]
    if sub:
        flow.append(m(sub, st.big))
    return flow


def _section(title: str, st: Styles) -> Paragraph:
    return _kept(t(title, st.h2))


def _note(text: str, st: Styles) -> Flowable:
    """The one plain line under a section that says what it counts (kept with what it
    explains: a heading and its note never end a page alone)."""
    return _kept(t(text, st.muted))


def _kept(para: Paragraph) -> Paragraph:
    para.keepWithNext = 1
    return para


def _calm(text: str, st: Styles) -> list[Flowable]:
    return [t(text, st.calm)]


def _opening(key: str, st: Styles, tr: Catalogue, **note: object) -> list[Flowable]:
    """A section's title (``key``) and its note (``key-note``)."""
    return [_section(tr(key), st), _note(tr(f"{key}-note", **note), st)]


def _table_or_calm(
    heads: Sequence[str],
    rows: list[list],
    widths: Sequence[float],
    st: Styles,
    tr: Catalogue,
    *,
    none: str = "reports-nothing",
    extra: Sequence[tuple] = (),
) -> list[Flowable]:
    """``rows`` under the ``heads`` keys in a light table, or a calm line (``none``) if empty."""
    if not rows:
        return _calm(tr(none), st)
    return [grid([_head(heads, st, tr), *rows], widths, extra=extra)]


def _numbers(d: WeeklyReviewData, st: Styles, tr: Catalogue) -> list[Flowable]:
    lang = tr.language
    flow: list[Flowable] = [_section(tr("reports-numbers"), st)]
    flow.append(_note(tr("reports-numbers-note", target=TARGET_RATIO), st))

    def tile(label: str, value: str, note: str) -> list[Flowable]:
        return [t(label, st.muted), t(value, _big_number(st)), t(note, st.small)]

    done = d.kind_acts if d.kind_acts >= 0 else len(d.tasks_done)
    total = money_text(d.gifts_total_cost, lang)
    gifts_note = tr("reports-gifts-total", cost=total) if total else ""
    direct = max(0, d.gifts_sent - d.gifts_for_acts)
    acts_note = (
        tr(
            "reports-kind-acts-split",
            acts=number_text(done - direct, lang),
            direct=number_text(direct, lang),
        )
        if done
        else ""
    )
    tiles = Table(
        [
            [
                tile(
                    tr("reports-ratio"),
                    ratio_text(d.positive, d.negative, tr),
                    ratio_note(d.positive, d.negative, tr),
                ),
                tile(tr("reports-connections"), number_text(max(0, d.connections_made), lang), ""),
                tile(tr("reports-kind-acts-done"), number_text(done, lang), acts_note),
                tile(tr("reports-gifts-sent"), number_text(max(0, d.gifts_sent), lang), gifts_note),
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
    left = _count_table(tr("reports-channel"), d.contacts_by_channel, half, st, tr)
    right = _count_table(tr("reports-staff"), d.contacts_by_staff, half, st, tr)
    flow.append(t(tr("reports-contacts"), st.h3))
    flow.append(_note(tr("reports-contacts-note"), st))
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

    flow.append(t(tr("reports-longest"), st.h3))
    flow.append(_note(tr("reports-longest-note"), st))
    convs: Sequence[LongConversation] = sorted(
        (LongConversation(*c) for c in d.longest_conversations),
        key=lambda c: -c.minutes,
    )
    heads = ("reports-customer", "reports-staff", "reports-minutes", "reports-about")
    rows = [
        [
            p(c.customer, st.cell),
            p(c.staff, st.cell),
            t(number_text(c.minutes, lang), st.cell_right),
            p(c.summary, st.cell),
        ]
        for c in convs
    ]
    flow += _table_or_calm(heads, rows, [34 * mm, 28 * mm, 16 * mm, FRAME_W - 78 * mm], st, tr)

    flow.append(t(tr("reports-kind-acts-done"), st.h3))
    flow.append(_note(tr("reports-kind-acts-note"), st))
    tasks = [DoneTask(*x) for x in d.tasks_done]
    heads = ("reports-customer", "reports-what-we-did", "reports-by", "reports-cost")
    rows = [
        [
            p(x.customer, st.cell),
            p(x.what, st.cell),
            p(x.staff, st.cell),
            p(money_text(x.cost, lang), st.cell_right),
        ]
        for x in tasks
    ]
    flow += _table_or_calm(heads, rows, [38 * mm, FRAME_W - 94 * mm, 28 * mm, 28 * mm], st, tr)

    flow.append(t(tr("reports-gifts"), st.h3))
    if d.gifts_sent > 0:
        n = number_text(d.gifts_sent, lang)
        if total:
            text = tr("reports-gifts-line-cost", n=n, cost=total)
        else:
            text = tr("reports-gifts-line", n=n)
        text += " " + tr(
            "reports-gifts-split",
            acts=number_text(d.gifts_for_acts, lang),
            direct=number_text(max(0, d.gifts_sent - d.gifts_for_acts), lang),
        )
        flow.append(t(text, st.body))
    else:
        flow += _calm(tr("reports-no-gifts"), st)
    return flow


def _count_table(
    label: str, counts: dict[str, int], width: float, st: Styles, tr: Catalogue
) -> Flowable:
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not items:
        return t(tr("reports-nothing"), st.calm)
    rows: list[list] = [[t(label, st.cell_bold), t(tr("reports-contacts"), st.cell_bold)]]
    rows += [[p(k, st.cell), t(number_text(v, tr.language), st.cell_right)] for k, v in items]
    return grid(rows, [width - 24 * mm, 24 * mm])


def _repeated(items: list[RepeatedItem], st: Styles, tr: Catalogue) -> list[Flowable]:
    rows: list[list] = []
    for it in items:
        names = list(it.customers)
        shown = ", ".join(names[:MAX_NAMED_CUSTOMERS])
        if len(names) > MAX_NAMED_CUSTOMERS:
            shown = tr("reports-and-more", names=shown, n=len(names) - MAX_NAMED_CUSTOMERS)
        trend = " → ".join(str(n) for n in it.trend) if it.trend else "—"
        rows.append(
            [
                t(tr(f"reports-repeated-{it.kind}"), st.cell),
                p(it.name, st.cell_bold),
                t(number_text(it.count, tr.language), st.cell_right),
                p(shown, st.cell),
                t(trend, st.cell),
                t(tr("reports-effort-yes") if it.effort else "", st.cell),
            ]
        )
    heads = ("kind", "what", "times", "customers", "last-4-weeks", "effort")
    widths = [20 * mm, 32 * mm, 12 * mm, FRAME_W - 118 * mm, 36 * mm, 18 * mm]
    return _opening("reports-repeated", st, tr) + _table_or_calm(
        tuple(f"reports-{h}" for h in heads), rows, widths, st, tr
    )


def _touchpoints(items: list[TouchpointCheck], st: Styles, tr: Catalogue) -> list[Flowable]:
    rows = [
        [
            p(x.touchpoint, st.cell),
            t(number_text(x.negatives, tr.language), st.cell_right),
            t(number_text(x.positives, tr.language), st.cell_right),
        ]
        for x in (TouchpointCheck(*x) for x in items)
    ]
    heads = ("reports-touchpoint", "reports-negatives", "reports-positives")
    widths = [FRAME_W - 60 * mm, 30 * mm, 30 * mm]
    return _opening("reports-touchpoints", st, tr) + _table_or_calm(heads, rows, widths, st, tr)


def _waiting(items: list[WaitingItem], st: Styles, tr: Catalogue) -> list[Flowable]:
    waiting = sorted((WaitingItem(*w) for w in items), key=lambda w: -w.days_waiting)
    rows = [
        [
            p(w.customer, st.cell),
            p(w.what, st.cell),
            p(date_text(w.since, tr.language, year=None), st.cell),
            t(
                number_text(w.days_waiting, tr.language) if w.days_waiting >= 0 else "",
                st.cell_right,
            ),
        ]
        for w in waiting
    ]
    heads = ("reports-customer", "reports-waiting-for", "reports-since", "reports-days")
    widths = [36 * mm, FRAME_W - 92 * mm, 28 * mm, 28 * mm]
    return _opening("reports-waiting", st, tr) + _table_or_calm(
        heads, rows, widths, st, tr, none="reports-waiting-none"
    )


def _coming(items: list[ComingTask], st: Styles, tr: Catalogue) -> list[Flowable]:
    rows = [
        [
            _Box() if c.customer else "",
            p(date_text(c.due, tr.language, weekday=True, year=False), st.cell),
            p(c.customer, st.cell),
            p(c.title, st.cell),
        ]
        for c in (ComingTask(*c) for c in items)
    ]
    heads = ("", "reports-due", "reports-customer", "reports-what")
    widths = [9 * mm, 28 * mm, 38 * mm, FRAME_W - 75 * mm]
    middle = [("VALIGN", (0, 1), (0, -1), "MIDDLE")]
    return _opening("reports-coming", st, tr) + _table_or_calm(
        heads, rows, widths, st, tr, none="reports-coming-none", extra=middle
    )


def _overdue(items: list[OverdueAct], st: Styles, tr: Catalogue) -> list[Flowable]:
    lang = tr.language
    rows = [
        [
            p(a.customer, st.cell),
            p(a.title, st.cell),
            p(date_text(a.due, lang, year=False), st.cell),
            p(date_text(a.until, lang, year=False) if a.until else "—", st.cell),
        ]
        for a in (OverdueAct(*a) for a in items)
    ]
    heads = ("reports-customer", "reports-what", "reports-due", "reports-worth-until")
    widths = [36 * mm, FRAME_W - 96 * mm, 30 * mm, 30 * mm]
    return _opening("reports-overdue", st, tr) + _table_or_calm(
        heads, rows, widths, st, tr, none="reports-overdue-none"
    )


def _outcomes(items: list[OutcomeRow], weeks: int, st: Styles, tr: Catalogue) -> list[Flowable]:
    lang = tr.language
    outcomes = [OutcomeRow(*o) for o in items]
    rows = [
        [
            p(o.rule, st.cell_bold),
            t(number_text(o.done, lang), st.cell_right),
            t(money_text(o.spent, lang) or "—", st.cell_right),
            t(o.back_done, st.cell_right),
            t(o.back_not, st.cell_right),
            t(money_text(o.per_return, lang) or "—", st.cell_right),
        ]
        for o in outcomes
    ]
    heads = (
        "reports-rule",
        "reports-outcomes-done",
        "reports-outcomes-spent",
        "reports-outcomes-back-done",
        "reports-outcomes-back-not",
        "reports-outcomes-per-return",
    )
    widths = [FRAME_W - 130 * mm, 16 * mm, 26 * mm, 30 * mm, 30 * mm, 28 * mm]
    flow = _opening("reports-outcomes", st, tr, weeks=weeks)
    flow += _table_or_calm(heads, rows, widths, st, tr, none="reports-outcomes-none")
    watching = sum(o.watching for o in outcomes)
    if watching:
        flow.append(_note(tr("reports-outcomes-watching", n=number_text(watching, lang)), st))
    return flow


def _quiet(items: list[QuietFriend], st: Styles, tr: Catalogue) -> list[Flowable]:
    rows = [
        [
            p(q.customer, st.cell),
            p(date_text(q.last_contact, tr.language, year=None), st.cell),
            t(number_text(q.contacts, tr.language) if q.contacts >= 0 else "", st.cell_right),
        ]
        for q in (QuietFriend(*q) for q in items)
    ]
    heads = ("reports-customer", "reports-last-contact", "reports-contacts-so-far")
    widths = [FRAME_W - 72 * mm, 36 * mm, 36 * mm]
    return _opening("reports-quiet", st, tr) + _table_or_calm(heads, rows, widths, st, tr)


def _sent(items: list[SentElsewhere], st: Styles, tr: Catalogue) -> list[Flowable]:
    rows = [
        [
            p(s.customer, st.cell),
            p(s.item, st.cell),
            p(s.sent_to, st.cell),
            t(tr("reports-yes") if s.came_back else tr("reports-not-yet"), st.cell)
            if s.item
            else t("", st.cell),
        ]
        for s in (SentElsewhere(*s) for s in items)
    ]
    heads = ("reports-customer", "reports-sent-for", "reports-sent-to", "reports-came-back")
    widths = [36 * mm, FRAME_W - 112 * mm, 48 * mm, 28 * mm]
    return _opening("reports-sent", st, tr) + _table_or_calm(heads, rows, widths, st, tr)


def _staff(items: list[StaffLine], st: Styles, tr: Catalogue) -> list[Flowable]:
    chart_w = FRAME_W - 114 * mm
    rows = [
        [
            p(s.name, st.cell_bold),
            t(number_text(s.connections, tr.language), st.cell_right),
            t(number_text(s.kind_acts, tr.language), st.cell_right),
            t(number_text(s.stories, tr.language), st.cell_right),
            _spark(list(s.trend)[-8:], chart_w - 8, st) if s.trend else t("—", st.cell),
        ]
        for s in items
    ]
    heads = ("name", "connections", "kind-acts", "stories", "connections-8-weeks")
    widths = [40 * mm, 24 * mm, 24 * mm, 26 * mm, chart_w]
    middle = [("VALIGN", (0, 1), (3, -1), "MIDDLE")]
    return _opening("reports-staff", st, tr) + _table_or_calm(
        tuple(f"reports-{h}" for h in heads), rows, widths, st, tr, extra=middle
    )


def _backlog(items: list[BacklogWeek], st: Styles, tr: Catalogue) -> list[Flowable]:
    flow: list[Flowable] = [_section(tr("reports-backlog"), st)]
    flow.append(_note(tr("reports-backlog-note"), st))
    weeks = [BacklogWeek(*b) for b in items][-8:]
    if not weeks:
        return flow + _calm(tr("reports-nothing"), st)
    labels = [short_date(w.week, tr.language) for w in weeks]
    flow.append(_bar_chart(labels, [w.open_items for w in weeks], st))
    return flow


def _stories(items: list[Story], st: Styles, tr: Catalogue) -> list[Flowable]:
    flow: list[Flowable] = [_section(tr("reports-stories"), st)]
    flow.append(_note(tr("reports-stories-note"), st))
    stories = [Story(*s) for s in items]
    if not stories:
        return flow + _calm(tr("reports-stories-none"), st)
    for s in stories:
        who = " · ".join(para_text(x) for x in (s.staff, s.customer) if x)
        cell = [p(s.text, st.body)]
        if who:
            cell.append(m(f"— {who}", st.muted))
        bar = ("LINEBEFORE", (0, 0), (0, -1), 2.5, SOFT_BORDER)
        box = panel(cell, FRAME_W, SOFT_BG, [bar], left=10, right=10, top=5, bottom=7)
        flow += [box, Spacer(1, 3 * mm)]
    return flow


# ------------------------------------------------------------------ helpers


def _head(keys: Sequence[str], st: Styles, tr: Catalogue) -> list[Flowable | str]:
    """A table's header cells: each key's words ('' for an empty cell)."""
    return [t(tr(key), st.cell_bold) if key else "" for key in keys]


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
