"""Value objects and vocabularies of the customer-care domain (pure Python)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Literal, TypeVar, overload
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
    normalised = str(value).strip().lower().replace("_", "-")
    for member in enum:
        if normalised in (member.value, member.value.replace(" ", "-")):
            return member
    allowed = ", ".join(m.value for m in enum)
    raise InvalidInput("errors-unknown-choice", what=what, value=shown(str(value)), allowed=allowed)


# ----- text ---------------------------------------------------------------------------

#: The longest one-line text (a name, an item, a summary line) and the longest note.
MAX_LINE = 500
MAX_NOTE = 20_000

#: Characters that reorder text on screen (the "trojan source" set): never stored.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


#: Letters that show nothing: the Hangul fillers (a well-known blank name in Korean) and
#: the blank braille pattern.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
#: Marks that show nothing alone: variation selectors and the tags of flag emoji (at the
#: end of a flag, so never trimmed from an end; text of nothing else is still empty).
_SILENT_MARKS = re.compile("[\ufe00-\ufe0f\U000e0000-\U000e007f\U000e0100-\U000e01ef]")


def _blank(ch: str) -> bool:
    """Whether a character shows nothing where it stands at an end: spaces, the format
    characters (zero-width space, word joiner, byte-order mark) and the blank letters."""
    return (
        ch.isspace()
        or ch in _BLANK_LETTERS
        or (unicodedata.category(ch) in ("Cf", "Zs", "Zl", "Zp") and not _SILENT_MARKS.match(ch))
    )


def _trim_blank(text: str) -> str:
    """``text`` without what shows nothing at either end; empty when nothing in it shows
    (a name of fillers stored a customer or staff member nobody could see, and 'Kim'
    with a zero-width space after it was a second 'Kim'). Inside a word, the joiners
    of Persian and of emoji stay."""
    start, end = 0, len(text)
    while start < end and _blank(text[start]):
        start += 1
    while end > start and _blank(text[end - 1]):
        end -= 1
    text = text[start:end]
    if all(_blank(ch) or _SILENT_MARKS.match(ch) for ch in text):
        return ""
    return text


def clean_text(value: object, what: str, *, multiline: bool = False) -> str:
    """Text a person typed, made safe to store and show, or a clear refusal.

    Invalid UTF-8 (which arrives from a terminal as lone surrogates) is refused;
    NUL and other control characters are dropped (a one-line field turns tabs and
    line breaks into spaces; a note keeps its lines); Unicode is composed (NFC),
    so "민수" typed on any computer finds "민수"; surrounding blanks are trimmed.
    """
    if value is None:
        return ""
    text = str(value)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:  # bytes a terminal passed through as surrogates: maybe valid UTF-8 after all
            text = text.encode("utf-8", "surrogateescape").decode("utf-8")
        except UnicodeError:
            raise InvalidInput("errors-not-text", what=what) from None
    text = unicodedata.normalize("NFC", text)
    kept = []
    for ch in text:
        if ch in "\n\t" and multiline:
            kept.append(ch)
        elif ch in "\n\r\t\v\f":
            kept.append(" " if not multiline or ch != "\r" else "")
        elif unicodedata.category(ch) == "Cc" or ch in _BIDI_CONTROLS:
            continue
        else:
            kept.append(ch)
    text = _trim_blank("".join(kept))
    limit = MAX_NOTE if multiline else MAX_LINE
    if len(text) > limit:
        raise InvalidInput("errors-text-too-long", what=what, limit=limit)
    return text


def require_text(value: str | None, what: str, *, multiline: bool = False) -> str:
    """Clean ``value`` (see :func:`clean_text`) and insist it is not empty."""
    text = clean_text(value, what, multiline=multiline)
    if not text:
        raise InvalidInput("errors-empty", what=what)
    return text


def shown(value: object, limit: int = 40) -> str:
    """A value quoted back in a message: printable, one line, not too long."""
    text = str(value)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    text = "".join(
        ch if unicodedata.category(ch)[0] != "C" else "\N{REPLACEMENT CHARACTER}" for ch in text
    )
    return text if len(text) <= limit else text[: limit - 1] + "…"


def parse_email(value: str | None, what: str = "words-email") -> str:
    """An email address ('' for none): one @, a dot after it, no blanks."""
    email = clean_text(value, what)
    if not email:
        return ""
    local_part, at, domain = email.rpartition("@")
    if not at or not local_part or "." not in domain.strip(".") or any(c.isspace() for c in email):
        raise InvalidInput("errors-not-an-email", value=shown(email))
    return email


# ----- numbers ------------------------------------------------------------------------


@overload
def parse_count(
    value: int | str | None, what: str, *, minimum: int = 0, maximum: int, required: Literal[True]
) -> int: ...
@overload
def parse_count(
    value: int | str | None, what: str, *, minimum: int = 0, maximum: int, required: bool = False
) -> int | None: ...
def parse_count(
    value: int | str | None, what: str, *, minimum: int = 0, maximum: int, required: bool = False
) -> int | None:
    """A whole number from ``minimum`` to ``maximum``.

    ``None`` and '' stay ``None``, or are refused when the number is ``required``.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise InvalidInput("errors-empty", what=what)
        return None
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, int):
        number = value
    else:
        text = str(value).strip().replace(",", "")
        if not re.fullmatch(r"[+-]?\d{1,30}", text):
            raise InvalidInput("errors-not-a-whole-number", what=what, value=shown(value))
        number = int(text)
    if not minimum <= number <= maximum:
        raise InvalidInput(
            "errors-number-out-of-range", what=what, minimum=minimum, maximum=maximum
        )
    return number


def non_negative(value: float | int | None, what: str) -> float | None:
    if value is None:
        return None
    if value < 0:
        raise InvalidInput("errors-negative", what=what)
    return value


# ----- money --------------------------------------------------------------------------

#: The largest amount a price, a purchase or a gift may have (a trillion won, less one).
MAX_MONEY = Decimal("999999999999")

_CURRENCY = re.compile(r"^(?:₩|krw)\s*|\s*(?:원|₩|krw)$", re.IGNORECASE)
_PLAIN_AMOUNT = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+")
_SINO_DIGITS = dict(zip("영일이삼사오육칠팔구", range(10), strict=True))
_SMALL_UNITS = {"십": 10, "백": 100, "천": 1000}
_BIG_UNITS = {"만": 10**4, "억": 10**8, "조": 10**12}
_KOREAN_TOKEN = re.compile(
    r"((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[영일이삼사오육칠팔구])?([십백천만억조])?"
)


def parse_money(value: str | Decimal | float | int | None, what: str) -> Decimal | None:
    """An amount of money as a shop owner types it, or ``None`` for none.

    ``45000``, ``45,000``, ``45,000원``, ``₩45,000``, ``4만5천원``, ``4.5만``,
    ``1억 2천만 원`` and full-width digits all mean what they say. Amounts are
    zero or more, at most :data:`MAX_MONEY`, with at most two decimal places.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, Decimal | int | float) and not isinstance(value, bool):
        amount = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
        if not amount.is_finite():
            raise InvalidInput("errors-not-an-amount", what=what, value=shown(value))
    else:
        amount = _read_amount(clean_text(value, what), what)
    if amount < 0:
        raise InvalidInput("errors-amount-negative", what=what)
    if amount > MAX_MONEY:
        raise InvalidInput("errors-amount-too-large", what=what, limit=f"{MAX_MONEY:,}")
    if amount != amount.quantize(Decimal("0.01")):
        raise InvalidInput("errors-amount-too-precise", what=what, value=shown(value))
    if amount == amount.to_integral_value():
        return amount.quantize(Decimal(1))
    return amount.normalize()


def _read_amount(typed: str, what: str) -> Decimal:
    text = unicodedata.normalize("NFKC", typed).strip()
    negative = text.startswith("-")
    text = _CURRENCY.sub("", text.lstrip("-").strip()).strip()
    text = _CURRENCY.sub("", text).strip()  # "₩45,000원" has both
    compact = "".join(text.split())
    try:
        if _PLAIN_AMOUNT.fullmatch(compact):
            amount = Decimal(compact.replace(",", ""))
        else:
            amount = _korean_amount(compact)
    except (InvalidOperation, ValueError):
        raise InvalidInput("errors-not-an-amount", what=what, value=shown(typed)) from None
    return -amount if negative else amount


def _korean_amount(text: str) -> Decimal:
    """``4만5천`` → 45000: numbers before 십/백/천 within a group, groups of 만/억/조."""
    if not text:
        raise ValueError(text)
    total = Decimal(0)
    group = Decimal(0)
    pending: Decimal | None = None
    last_big = 10**16
    last_small = 10**4
    pos = 0
    while pos < len(text):
        match = _KOREAN_TOKEN.match(text, pos)
        if match is None or match.end() == pos:
            raise ValueError(text)
        number, unit = match.groups()
        if number is not None:
            if pending is not None:
                raise ValueError(text)
            pending = (
                Decimal(_SINO_DIGITS[number])
                if number in _SINO_DIGITS
                else Decimal(number.replace(",", ""))
            )
        if unit in _SMALL_UNITS:
            size = _SMALL_UNITS[unit]
            if size >= last_small:
                raise ValueError(text)
            group += (Decimal(1) if pending is None else pending) * size
            last_small, pending = size, None
        elif unit in _BIG_UNITS:
            size = _BIG_UNITS[unit]
            if size >= last_big:
                raise ValueError(text)
            group += Decimal(0) if pending is None else pending
            total += (group or Decimal(1)) * size
            last_big, last_small, group, pending = size, 10**4, Decimal(0), None
        pos = match.end()
    return total + group + (pending or 0)


# ----- phones -------------------------------------------------------------------------

#: Phone numbers without a country code are read as numbers of this country.
DEFAULT_PHONE_REGION = "KR"


def normalise_phone(value: str | None, region: str = DEFAULT_PHONE_REGION) -> str:
    """A phone number in one way of writing it, or a clear refusal ('' stays '').

    Numbers of ``region`` are written the national way ("010-1234-5678",
    "02-555-0199"), whatever was typed ("01012345678", "+82 10 1234 5678");
    numbers of other countries the international way ("+44 20 7946 0000").
    """
    text = clean_text(value, "words-phone")
    if not text:
        return ""
    import phonenumbers  # loaded when a phone is typed: a tenth of a second saved per command

    try:
        number = phonenumbers.parse(unicodedata.normalize("NFKC", text), region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_possible_number(number):
        raise InvalidInput("errors-not-a-phone", value=shown(text))
    home = number.country_code == phonenumbers.country_code_for_region(region)
    style = phonenumbers.PhoneNumberFormat
    written = phonenumbers.format_number(number, style.NATIONAL if home else style.INTERNATIONAL)
    # A number the library's tables do not list yet (new mobile ranges open every year)
    # is kept when it has the shape of a real one: the tables then still group its digits.
    if not phonenumbers.is_valid_number(number) and not _grouped(written):
        raise InvalidInput("errors-not-a-phone", value=shown(text))
    return written


def _grouped(written: str) -> bool:
    """Whether a formatted number came out in groups (a shape the tables know)."""
    return any(sep in written.lstrip("+").strip() for sep in "- ")


def phone_digits(phone: str | None) -> str:
    """The digits of a phone number in any format ("010-5678-1234" → "01056781234")."""
    return "".join(ch for ch in (phone or "") if ch.isdigit())


def clean_tags(tags: list[str] | tuple[str, ...] | None, what: str = "words-tag") -> list[str]:
    """Tags cleaned, lower-cased, without blanks or repeats, in the order given."""
    seen: list[str] = []
    for tag in tags or ():
        t = clean_text(tag, what).lower()
        if t and t not in seen:
            seen.append(t)
    return seen


# ----- dates and times ----------------------------------------------------------------

#: The earliest date the shop records (birthdays of the oldest customers included).
EARLIEST = date(1900, 1, 1)
#: How far ahead a date may be (a follow-up, a due date): this many years after today.
YEARS_AHEAD = 5


def latest_date(today: date) -> date:
    """The latest date accepted when it is ``today``."""
    return today + timedelta(days=366 * YEARS_AHEAD)


def check_date(day: date, what: str, today: date, typed: str | None = None) -> date:
    """``day`` if it lies from 1900 to a few years after ``today``; a clear refusal if not.

    ``typed`` is how the person wrote it (a week, a time), quoted back in the refusal.
    """
    if not EARLIEST <= day <= latest_date(today):
        raise InvalidInput(
            "errors-date-out-of-range",
            what=what,
            value=shown(typed) if typed is not None else day.isoformat(),
            earliest=EARLIEST.isoformat(),
            latest=latest_date(today).isoformat(),
        )
    return day


def parse_date(value: str | date | None, what: str, today: date | None = None) -> date | None:
    """Parse an ISO date (YYYY-MM-DD); ``None`` and '' stay ``None``.

    ``what`` names the field for the message (a ``words-`` catalogue key). With
    ``today``, the date must also lie from 1900 to a few years ahead.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        text = clean_text(value, what)
        try:
            value = date.fromisoformat(text)
        except ValueError:
            raise InvalidInput("errors-not-a-date", what=what, value=shown(text)) from None
    return value if today is None else check_date(value, what, today)


def parse_moment(value: str | datetime | None, what: str, now: datetime) -> datetime:
    """When something happened: an ISO date and time (``None`` and '' mean ``now``).

    A time without a zone is this computer's local time. It must lie from 1900 to a
    few years after ``now`` (checked before any zone arithmetic, which cannot reach
    past the calendar's ends).
    """
    if value is None or value == "":
        return now
    typed: str | None = None
    if not isinstance(value, datetime):
        text = typed = clean_text(value, what)
        try:
            value = datetime.fromisoformat(text)
        except ValueError:
            raise InvalidInput("errors-not-a-time", what=what, value=shown(text)) from None
    check_date(value.date(), what, now.date(), typed)
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.astimezone()  # a naive time is the computer's local time
    # The same range on this computer's calendar, which the weeks of the reports use:
    # 1900-01-01T00:00+14:00 is still 1899 here, and no week of 1899 can be reported.
    check_date(value.astimezone().date(), what, now.date(), typed)
    return value


def require_aware(moment: datetime, what: str) -> datetime:
    """Insist a datetime carries its time zone, so timelines order correctly."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise InvalidInput("errors-time-needs-zone", what=what)
    return moment


# ----- ids ----------------------------------------------------------------------------

_ID_PREFIX = re.compile(r"[0-9a-f-]{4,36}")


def parse_id(value: str | UUID, what: str) -> UUID:
    """An id typed or pasted by a person ("... is not a customer id" otherwise)."""
    if isinstance(value, UUID):
        return value
    try:
        return UUID(str(value).strip())
    except ValueError:
        raise InvalidInput("errors-not-an-id", what=what, value=shown(value)) from None


def id_prefix(value: str, what: str) -> str:
    """The beginning of an id as typed (4 to 36 hex digits and dashes), lower-cased."""
    if len(str(value)) > 100:
        raise InvalidInput("errors-not-an-id", what=what, value=shown(value))
    text = clean_text(value, what).lower()
    if not _ID_PREFIX.fullmatch(text):
        raise InvalidInput("errors-not-an-id", what=what, value=shown(value))
    return text
