"""Dates, weeks, money, numbers and phone numbers, written as each language writes them.

Korean: ``2026년 11월 23일 (월)``, ``45,000원``, ``11월 셋째 주 (11.16–11.22)``.
English: ``Mon 23 Nov 2026``, ``45,000``, ``16–22 Nov 2026``.

``babel`` is imported on first use, so a command that formats no date or amount
does not pay for loading it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from shopcare import clock
from shopcare.clock import local
from shopcare.domain.errors import InvalidInput
from shopcare.domain.values import normalise_phone

#: How Korean names the weeks of a month (첫째 주 ... 다섯째 주).
_KO_NTH = ("첫째", "둘째", "셋째", "넷째", "다섯째")


@cache
def _babel_dates() -> Any:
    import babel.dates

    return babel.dates


@cache
def _babel_numbers() -> Any:
    import babel.numbers

    return babel.numbers


def _locale(lang: str) -> str:
    return "ko_KR" if lang == "ko" else "en"


def as_date(value: date | datetime | str | None) -> date | None:
    """A date from a date, a datetime or ``YYYY-MM-DD...`` text (None if it is none)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def date_text(
    value: date | datetime | str | None,
    lang: str,
    *,
    weekday: bool = False,
    year: bool | None = True,
) -> str:
    """A date for people: ``2026년 11월 23일 (월)`` / ``Mon 23 Nov 2026``.

    ``year=None`` leaves the year out for a date in this year (a table's column).
    Text that is not a date is shown as it is.
    """
    day = as_date(value)
    if day is None:
        return "" if value is None else str(value)
    if year is None:
        year = day.year != clock.today().year
    if lang == "ko":
        pattern = ("y년 " if year else "") + "M월 d일" + (" (E)" if weekday else "")
    else:
        pattern = ("EEE " if weekday else "") + "d MMM" + (" y" if year else "")
    return _babel_dates().format_date(day, pattern, locale=_locale(lang))


def short_date(value: date | str | None, lang: str) -> str:
    """A date in a range or a narrow column: ``11.16`` / ``16 Nov``."""
    day = as_date(value)
    if day is None:
        return "" if value is None else str(value)
    if lang == "ko":
        return f"{day.month}.{day.day}"
    return _babel_dates().format_date(day, "d MMM", locale=_locale(lang))


def moment_text(iso_utc: str | None, lang: str) -> str:
    """A stored time in this computer's zone, to the minute, for a table cell:
    ``2026.11.20 14:05`` / ``20 Nov 2026 14:05``."""
    if not iso_utc:
        return ""
    moment = local(iso_utc)
    if moment is None:
        return iso_utc
    if lang == "ko":
        return moment.strftime("%Y.%m.%d %H:%M")
    return date_text(moment.date(), lang) + moment.strftime(" %H:%M")


def _decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return None
    return amount if amount.is_finite() else None


def number_text(value: int | float | Decimal | str, lang: str) -> str:
    """A number with the language's grouping: ``45,000``."""
    amount = _decimal(value)
    if amount is None:
        return str(value)
    return _babel_numbers().format_decimal(amount, format="#,##0.##", locale=_locale(lang))


def money_text(value: Any, lang: str) -> str:
    """An amount of money: ``45,000원`` in Korean, ``45,000`` in English ('' for none).

    Amounts are stored without a currency; a Korean shop counts in won.
    """
    amount = _decimal(value)
    if amount is None:
        return "" if value in (None, "") else str(value)
    text = number_text(amount, lang)
    return f"{text}원" if lang == "ko" else text


def ordinal(n: int, lang: str) -> str:
    """``5th`` / ``5번째``."""
    if lang == "ko":
        return f"{n}번째"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# ----- weeks ------------------------------------------------------------------------------


def month_week(monday: date) -> tuple[int, int, int]:
    """(year, month, n): the week is the n-th week of that month.

    A week (Monday to Sunday) belongs to the month its Thursday falls in, as an ISO
    week belongs to the year of its Thursday; so "the first week of November" is
    the first week most of whose days are in November.
    """
    thursday = monday + timedelta(days=3 - monday.weekday())
    return thursday.year, thursday.month, (thursday.day - 1) // 7 + 1


def week_span(monday: date, lang: str) -> str:
    """The days of a week: ``11.16–11.22`` / ``16–22 Nov 2026``."""
    sunday = monday + timedelta(days=6)
    if lang == "ko":
        return f"{short_date(monday, lang)}–{short_date(sunday, lang)}"
    d = _babel_dates()
    loc = _locale(lang)
    if monday.month == sunday.month:
        first = str(monday.day)
    elif monday.year == sunday.year:
        first = d.format_date(monday, "d MMM", locale=loc)
    else:
        first = d.format_date(monday, "d MMM y", locale=loc)
    return f"{first}–{d.format_date(sunday, 'd MMM y', locale=loc)}"


def week_name(monday: date, lang: str) -> str:
    """A week as people say it: ``11월 셋째 주`` / ``week of 16 Nov``."""
    if lang == "ko":
        _, month, n = month_week(monday)
        return f"{month}월 {_KO_NTH[n - 1]} 주"
    return "week of " + short_date(monday, lang)


def week_text(monday: date, lang: str) -> str:
    """``11월 셋째 주 (11.16–11.22)`` / ``16–22 Nov 2026``."""
    if lang == "ko":
        return f"{week_name(monday, lang)} ({week_span(monday, lang)})"
    return week_span(monday, lang)


# ----- phone numbers ---------------------------------------------------------------------

#: A Korean number already written the national way.
_WRITTEN = re.compile(r"0\d{1,2}-\d{3,4}-\d{4}")


def phone_text(phone: str | None) -> str:
    """A phone number as people write it (``010-1234-5678``, ``02-555-0199``).

    Numbers are written one way when they are typed (``normalise_phone``); one stored
    before that is written that way here, and anything that is not a number shows as typed.
    """
    raw = (phone or "").strip()
    if not raw or _WRITTEN.fullmatch(raw):
        return raw
    try:
        return normalise_phone(raw)
    except InvalidInput:
        return raw
