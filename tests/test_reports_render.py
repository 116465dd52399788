"""Rendering tests for shopcare.reports: Korean text, escaping, determinism, empties."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from shopcare.reports.fonts import register_fonts
from shopcare.reports.sheets_data import (
    BacklogWeek,
    ComingTask,
    ContactLine,
    DoneTask,
    LongConversation,
    QuietFriend,
    RepeatedItem,
    SentElsewhere,
    StaffLine,
    Story,
    TaskSheetData,
    TouchpointCheck,
    WaitingItem,
    WeeklyReviewData,
)
from shopcare.reports.task_sheet import render_task_sheets
from shopcare.reports.text import para_text
from shopcare.reports.weekly_review import ratio_text, render_weekly_review

TRICKY = "Oil & filter <change>"


def _text(pdf: Path | bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _pages(pdf: Path | bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf).pages)


def _compact(s: str) -> str:
    return "".join(s.split())


def _sheet(task_id: str = "T-1", **over: object) -> TaskSheetData:
    fields: dict[str, object] = dict(
        task_id=task_id,
        shop_name="꽃집 하루",
        shop_address="서울시 마포구 와우산로 12",
        customer_name="김민수",
        customer_address="서울시 마포구 연남동 223-14",
        customer_phone="010-1234-5678",
        title="아기 탄생 축하",
        reason="따님이 화요일에 태어났다고 하셨어요",
        suggested_act="흰 튤립 꽃다발 보내기",
        suggested_message="민수 님, 축하드립니다!\n하루 드림",
        due="2026-11-20",
        status="open",
        last_contacts=[
            ContactLine("2026-11-14", "visit", "이지은", "장미를 사 가셨어요"),
            ContactLine("2026-10-02", "phone", "박서준", TRICKY),
            ContactLine("2026-09-11", "visit", "이지은", "어머니 생신 꽃"),
            ContactLine("2026-08-01", "visit", "이지은", "FOURTH-CONTACT-NOT-SHOWN"),
        ],
        what_we_know=["백합 알레르기", TRICKY],
        sensitive_context="봄에 아버님이 돌아가셨어요. 가족 모임 이야기는 피해 주세요.",
    )
    fields.update(over)
    return TaskSheetData(**fields)  # type: ignore[arg-type]


def _review(**over: object) -> WeeklyReviewData:
    fields: dict[str, object] = dict(
        week_label="2026-W47",
        shop_name="꽃집 하루",
        date_range="2026-11-16 – 2026-11-22",
        contacts_by_channel={"visit": 41, "카카오톡": 22},
        contacts_by_staff={"이지은": 38, "박서준": 29},
        positive=40,
        negative=1,
        connections_made=12,
        longest_conversations=[LongConversation("김민수", "이지은", 42, "웨딩 부케 상담")],
        tasks_done=[DoneTask("김민수", "흰 튤립 꽃다발", "₩35,000")],
        gifts_sent=1,
        gifts_total_cost="₩35,000",
        repeated=[
            RepeatedItem("complaint", "주차 어려움", 4, ["김민수", "최유나"], [1, 0, 2, 4], True)
        ],
        touchpoint_check=[TouchpointCheck("배달", 1, 9)],
        waiting=[
            WaitingItem("박서준", "파란 수국 주문", "2026-11-18", 4),
            WaitingItem("김민수", "꽃병 문의 회신", "2026-11-09", 13),
        ],
        coming_week=[ComingTask("2026-11-25", "최유나", "어머니 생신 카드")],
        quiet_friends=[QuietFriend("강도윤", "2026-09-03", 27)],
        sent_elsewhere=[SentElsewhere("윤서연", "난초 분갈이", "망원동 화원", True)],
        staff=[StaffLine("이지은", 7, 3, [3, 4, 5, 4, 6, 5, 8, 7])],
        backlog=[
            BacklogWeek(f"2026-W{40 + i}", n) for i, n in enumerate([12, 10, 11, 9, 7, 8, 6, 5])
        ],
        stories=[Story("김민수", "이지은", "비가 와서 집 앞까지 가져다 드렸어요. " + TRICKY)],
    )
    fields.update(over)
    return WeeklyReviewData(**fields)  # type: ignore[arg-type]


def _render_sheets(sheets: list[TaskSheetData]) -> bytes:
    buf = io.BytesIO()
    render_task_sheets(sheets, buf)
    return buf.getvalue()


def _render_review(data: WeeklyReviewData) -> bytes:
    buf = io.BytesIO()
    render_weekly_review(data, buf)
    return buf.getvalue()


# ----------------------------------------------------------------- helpers


def test_register_fonts_is_idempotent() -> None:
    assert register_fonts() == ("NanumGothic", "NanumGothic-Bold")
    assert register_fonts() == ("NanumGothic", "NanumGothic-Bold")


def test_para_text_escapes_and_keeps_newlines() -> None:
    assert para_text(TRICKY) == "Oil &amp; filter &lt;change&gt;"
    assert para_text("a\nb\r\nc") == "a<br/>b<br/>c"
    assert para_text("") == ""


@pytest.mark.parametrize(
    ("positive", "negative", "expected"),
    [(40, 1, "40 : 1"), (50, 1, "50 : 1"), (499, 10, "49.9 : 1"), (0, 3, "0 : 1")],
)
def test_ratio_text(positive: int, negative: int, expected: str) -> None:
    assert ratio_text(positive, negative) == expected


def test_ratio_text_without_negatives_does_not_divide() -> None:
    assert ratio_text(12, 0) == "no negatives"
    assert ratio_text(0, 0) == "no negatives"


# -------------------------------------------------------------- task sheets


def test_task_sheet_korean_and_escaping(tmp_path: Path) -> None:
    out = tmp_path / "tasks.pdf"
    render_task_sheets([_sheet()], out)
    text = _text(out)
    compact = _compact(text)
    for expected in (
        "김민수",
        "서울시 마포구",
        "따님이 화요일에 태어났다고 하셨어요",
        "흰 튤립 꽃다발 보내기",
        "백합 알레르기",
        "아버님이 돌아가셨어요",
        "Done",
        "Card written",
        "Delivered",
        "What was done",
        "Cost",
    ):
        assert _compact(expected) in compact, expected
    assert TRICKY in text
    assert "&amp;" not in text and "&lt;" not in text
    assert "FOURTH-CONTACT-NOT-SHOWN" not in compact  # only the last three contacts


def test_task_sheets_one_page_each_even_when_long(tmp_path: Path) -> None:
    long = _sheet("T-2", reason="아주 긴 이야기입니다. " * 300, what_we_know=["메모"] * 60)
    pdf = _render_sheets([_sheet("T-1"), long, _sheet("T-3")])
    assert _pages(pdf) == 3


def test_task_sheets_byte_identical() -> None:
    sheets = [_sheet("T-1"), _sheet("T-2", sensitive_context="")]
    assert _render_sheets(sheets) == _render_sheets(sheets)


def test_task_sheets_empty_list(tmp_path: Path) -> None:
    out = tmp_path / "none.pdf"
    render_task_sheets([], out)
    assert _pages(out) == 1
    assert "no tasks" in _text(out)
    assert _render_sheets([]) == _render_sheets([])


def test_task_sheet_blank_fields() -> None:
    blank = TaskSheetData("", "", "", "", "", "", "", "", "", "", "", "", [], [], "")
    assert _pages(_render_sheets([blank])) == 1


# ------------------------------------------------------------ weekly review


def test_weekly_review_korean_and_numbers(tmp_path: Path) -> None:
    out = tmp_path / "weekly.pdf"
    render_weekly_review(_review(), out)
    text = _text(out)
    compact = _compact(text)
    for expected in (
        "2026-W47",
        "꽃집 하루",
        "김민수",
        "주차 어려움",
        "파란 수국 주문",
        "어머니 생신 카드",
        "망원동 화원",
        "비가 와서 집 앞까지 가져다 드렸어요",
        "The week in numbers",
        "Happened more than once",
        "Touchpoint check",
        "Waiting for us",
        "This coming week",
        "Quiet friends",
        "Sent elsewhere",
        "Staff",
        "Backlog",
        "Stories",
    ):
        assert _compact(expected) in compact, expected
    assert "40 : 1" in text
    assert TRICKY in text
    # Waiting for us: the longest wait comes first.
    assert compact.index("꽃병문의회신") < compact.index("파란수국주문")


def test_weekly_review_no_negatives(tmp_path: Path) -> None:
    text = _text(_render_review(_review(positive=12, negative=0)))
    assert "no negatives" in text
    assert "No negatives this week" in text


def test_weekly_review_byte_identical() -> None:
    data = _review()
    assert _render_review(data) == _render_review(data)


def test_weekly_review_empty() -> None:
    pdf = _render_review(WeeklyReviewData(week_label="2026-W48", shop_name="", date_range=""))
    text = _text(pdf)
    assert "Nothing this week." in text
    assert "no negatives" in text
    assert "Nothing due this coming week." in text


def test_weekly_review_accepts_plain_tuples_and_zero_charts() -> None:
    data = _review(
        longest_conversations=[("김민수", "이지은", 5, "짧은 대화")],
        backlog=[(f"W{i}", 0) for i in range(8)],
        staff=[StaffLine("박서준", 0, 0, [0] * 8), StaffLine("빈 추세", 0, 0, [])],
    )
    assert "짧은 대화" in _text(_render_review(data))


def test_output_is_identical_across_processes(tmp_path: Path) -> None:
    """A fresh interpreter produces the very same bytes (no time, no random ids)."""
    code = (
        "import sys, io\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "import test_reports_render as t\n"
        "sys.stdout.buffer.write(t._render_sheets([t._sheet()]))\n"
    )
    here = Path(__file__).resolve().parent
    done = subprocess.run(
        [sys.executable, "-c", code, str(here)], capture_output=True, check=True, timeout=120
    )
    assert done.stdout == _render_sheets([_sheet()])
