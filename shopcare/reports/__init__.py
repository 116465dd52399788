"""Pure PDF rendering for ShopCare: task sheets and the weekly review.

The renderers take plain frozen dataclasses (see :mod:`shopcare.reports.sheets_data`)
and know nothing about the database, the event store or the UI.

The names below are loaded on first use: importing a submodule that makes no PDF
(the weekly figures, the ISO weeks the window offers) does not load ``reportlab``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from shopcare.reports.fonts import register_fonts
    from shopcare.reports.sheets_data import (
        BacklogWeek,
        ComingTask,
        ContactLine,
        DoneTask,
        LongConversation,
        OutcomeRow,
        OverdueAct,
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

_WHERE = {
    **dict.fromkeys(
        (
            "BacklogWeek",
            "ComingTask",
            "ContactLine",
            "DoneTask",
            "LongConversation",
            "OutcomeRow",
            "OverdueAct",
            "QuietFriend",
            "RepeatedItem",
            "SentElsewhere",
            "StaffLine",
            "Story",
            "TaskSheetData",
            "TouchpointCheck",
            "WaitingItem",
            "WeeklyReviewData",
        ),
        "sheets_data",
    ),
    "register_fonts": "fonts",
    "render_task_sheets": "task_sheet",
    "para_text": "text",
    "ratio_text": "weekly_review",
    "render_weekly_review": "weekly_review",
}

__all__ = [
    "BacklogWeek",
    "ComingTask",
    "ContactLine",
    "DoneTask",
    "LongConversation",
    "OutcomeRow",
    "OverdueAct",
    "QuietFriend",
    "RepeatedItem",
    "SentElsewhere",
    "StaffLine",
    "Story",
    "TaskSheetData",
    "TouchpointCheck",
    "WaitingItem",
    "WeeklyReviewData",
    "para_text",
    "ratio_text",
    "register_fonts",
    "render_task_sheets",
    "render_weekly_review",
]
assert set(__all__) == set(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(name)
    return getattr(import_module(f"shopcare.reports.{module}"), name)
