"""What forgetting a person keeps and what it blanks, field by field (pure Python).

A forgotten person's events stay in the log as an anonymous "forgotten customer",
so the shop's weekly counts stay right: when, which kind of contact, through which
channel, how it felt, amounts, who at the shop logged it. Everything else (names,
phones, emails, addresses, birthdays, notes, and the words of every contact) is
blanked: text becomes "", lists become empty, dates of their life become None.
Fields this module does not know are blanked too: forgetting errs on forgetting.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

#: Fields that say nothing about the person and keep the counts right.
KEEP_FIELDS = frozenset(
    {
        # the log's own bookkeeping
        "timestamp",
        "originator_topic",
        "class_version",
        "occurred_at",
        "opened_at",
        # who at the shop, where
        "staff",
        "computer",
        "assignee",
        # choices from the shop's lists, numbers, references
        "channel",
        "direction",
        "touchpoint",
        "sentiment",
        "polarity",
        "connection",
        "minutes",
        "kind",
        "category",
        "sensitive",
        "void",
        "entry",
        "from_entry",
        "amount",
        "price",
        "cost",
        "due",
        "rule",
        "trigger_key",
        "task_id",
        "customer_id",
        "into",
        "from_customer",
    }
)

#: Shorter strings are not searched for in other people's events (too many false hits).
MIN_NEEDLE = 3


def blank(value: Any, field: str = "") -> Any:
    """``value`` with nothing personal left: text "", lists empty, dates None."""
    if field in KEEP_FIELDS:
        return value
    if isinstance(value, str):
        return ""
    if isinstance(value, list | tuple):
        return []
    if isinstance(value, dict):
        return {k: blank(v, k) for k, v in value.items()}
    if isinstance(value, bool | int | float | Decimal | UUID) or value is None:
        return value
    if isinstance(value, date):  # a birthday, the day of a life event
        return None
    return None


def scrub_state(state: dict[str, Any]) -> dict[str, Any]:
    """A forgotten person's event state, made anonymous (the same fields, blanked)."""
    return {k: blank(v, k) for k, v in state.items()}


def personal_strings(state: dict[str, Any]) -> set[str]:
    """Names, phones, emails and addresses in an event of the person, to look for
    in other people's events (a neighbourhood round that lists them, say)."""
    found: set[str] = set()
    for key in ("name", "phone", "email", "address"):
        value = state.get(key)
        if isinstance(value, str) and len(value.strip()) >= MIN_NEEDLE:
            found.add(value.strip())
    changes = state.get("changes")
    if isinstance(changes, dict):
        found |= personal_strings(changes)
    return found


def redact(value: Any, needles: set[str]) -> Any:
    """``value`` with every mention of ``needles`` cut out of its text.

    A mention counts when it does not continue a word of Latin letters or digits, so
    "Ann" is cut from "Ann, Ben" but not from "Anna"; Korean particles after a name
    ("김민수님") do not protect it.
    """
    if not needles:
        return value
    if isinstance(value, str):
        return _pattern(frozenset(needles)).sub("", value)
    if isinstance(value, list):
        return [redact(v, needles) for v in value]
    if isinstance(value, dict):
        return {k: redact(v, needles) for k, v in value.items()}
    return value


def redact_state(state: dict[str, Any], needles: set[str]) -> dict[str, Any]:
    """Another person's event with mentions of ``needles`` cut from its words (the
    fields :data:`KEEP_FIELDS` names are facts, not words, and stay as they are)."""
    return {k: v if k in KEEP_FIELDS else redact(v, needles) for k, v in state.items()}


_cache: dict[frozenset[str], re.Pattern[str]] = {}


def _pattern(needles: frozenset[str]) -> re.Pattern[str]:
    if needles not in _cache:
        words = "|".join(re.escape(n) for n in sorted(needles, key=len, reverse=True))
        _cache[needles] = re.compile(rf"(?<![A-Za-z0-9])(?:{words})(?![A-Za-z0-9])")
    return _cache[needles]
