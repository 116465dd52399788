"""Value objects and vocabularies of the customer-care domain (pure Python)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import TypeVar
from uuid import UUID

from shopcare.domain.errors import InvalidInput


class Channel(StrEnum):
    """How a contact reached us (or we reached them)."""

    PHONE = "phone"
    WALK_IN = "walk-in"
    EMAIL = "email"
    MESSAGE = "message"
    SOCIAL = "social"
    OTHER = "other"


class Direction(StrEnum):
    IN = "in"
    OUT = "out"


class Touchpoint(StrEnum):
    """Where in the customer's experience the contact was about."""

    SITE = "site"
    ORDERING = "ordering"
    ORDER_FORM = "order form"
    DELIVERY = "delivery"
    PRODUCT = "product"
    SUPPORT = "support"
    OTHER = "other"


class Sentiment(StrEnum):
    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"


class Polarity(StrEnum):
    """Feedback is either praise or criticism."""

    POSITIVE = "positive"
    NEGATIVE = "negative"


class LifeEventKind(StrEnum):
    BEREAVEMENT = "bereavement"
    BIRTHDAY = "birthday"
    WEDDING = "wedding"
    NEW_BABY = "new baby"
    MOVED = "moved"
    ILLNESS = "illness"
    GRADUATION = "graduation"
    ANNIVERSARY = "anniversary"
    OTHER = "other"


#: Life events that are sensitive by default (stated gently, no promotions).
SENSITIVE_BY_DEFAULT = frozenset({LifeEventKind.BEREAVEMENT, LifeEventKind.ILLNESS})


E = TypeVar("E", bound=StrEnum)


def parse_choice(enum: type[E], value: str, what: str) -> E:
    """Return the member of ``enum`` named by ``value`` or raise a clear InvalidInput."""
    normalised = value.strip().lower().replace("_", "-")
    for member in enum:
        if normalised in (member.value, member.value.replace(" ", "-")):
            return member
    allowed = ", ".join(m.value for m in enum)
    raise InvalidInput(f"unknown {what} {value!r} (choose from: {allowed})")


def require_text(value: str | None, what: str) -> str:
    """Strip ``value`` and insist it is not empty."""
    text = (value or "").strip()
    if not text:
        raise InvalidInput(f"{what} must not be empty")
    return text


def parse_date(value: str | date | None, what: str) -> date | None:
    """Parse an ISO date (YYYY-MM-DD); ``None`` and '' stay ``None``.

    ``what`` names the field for the message (a ``words-`` catalogue key, or as typed).
    """
    if value is None or value == "":
        return None
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise InvalidInput("errors-not-a-date", what=what, value=str(value)) from None


def require_aware(moment: datetime, what: str) -> datetime:
    """Insist a datetime carries its time zone, so timelines order correctly."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise InvalidInput(f"{what} must include a time zone")
    return moment


def phone_digits(phone: str | None) -> str:
    """The digits of a phone number in any format ("010-5678-1234" → "01056781234")."""
    return "".join(ch for ch in (phone or "") if ch.isdigit())


def clean_tags(tags: list[str] | tuple[str, ...] | None) -> list[str]:
    """Tags trimmed, lower-cased, without blanks or repeats, in the order given."""
    seen: list[str] = []
    for tag in tags or ():
        t = tag.strip().lower()
        if t and t not in seen:
            seen.append(t)
    return seen


def non_negative(value: float | int | None, what: str) -> float | None:
    if value is None:
        return None
    if value < 0:
        raise InvalidInput(f"{what} must not be negative")
    return value


def parse_money(value: str | Decimal | float | None, what: str) -> Decimal | None:
    """An amount of money, or ``None``; never negative."""
    if value is None or value == "":
        return None
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        raise InvalidInput(f"{what} {value!r} is not an amount") from None
    if not amount.is_finite() or amount < 0:
        raise InvalidInput(f"{what} must be zero or more")
    return amount


def parse_id(value: str | UUID, what: str) -> UUID:
    """An id typed or pasted by a person ("... is not a customer id" otherwise)."""
    if isinstance(value, UUID):
        return value
    try:
        return UUID(str(value).strip())
    except ValueError:
        raise InvalidInput(f"{value!r} is not a {what} id") from None
