"""Pure PDF rendering for ShopCare: task sheets and the weekly review.

The renderers take plain frozen dataclasses (see :mod:`shopcare.reports.sheets_data`)
and know nothing about the database, the event store or the UI.
"""

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

__all__ = [
    "BacklogWeek",
    "ComingTask",
    "ContactLine",
    "DoneTask",
    "LongConversation",
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
