"""Labels of stored values: a channel, a rule, a task status, a timeline kind...

Stored values stay English identifiers (``walk-in``, ``complaint-call``); each has a
catalogue key ``choices-<group>-<value>`` (spaces as ``-``), so the window, the CLI
and the PDFs show the same word. A value without a key (typed by a person, or from
an older version) is shown as it is.
"""

from __future__ import annotations

from enum import StrEnum

from shopcare.domain.customer import OPEN_KINDS, PROFILE_FIELDS
from shopcare.domain.delight_rules import RULES
from shopcare.domain.delight_task import BY_HAND, EXPIRY_REASONS, STATUSES
from shopcare.domain.values import (
    Channel,
    Direction,
    LifeEventKind,
    Polarity,
    Sentiment,
    Touchpoint,
)
from shopcare.i18n import Catalogue
from shopcare.readmodels.timeline import KINDS


def _values(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(m.value for m in enum)


#: Every group of stored values and the values it has (each needs a key per language).
GROUPS: dict[str, tuple[str, ...]] = {
    "channel": _values(Channel),
    "direction": _values(Direction),
    "sentiment": _values(Sentiment),
    "touchpoint": _values(Touchpoint),
    "polarity": _values(Polarity),
    "life": _values(LifeEventKind),
    "kind": tuple(KINDS.values()),
    "status": STATUSES,
    "rule": (*RULES, BY_HAND),
    "rule-about": tuple(RULES),
    "field": PROFILE_FIELDS,
    "open": tuple(OPEN_KINDS),
    "expired": EXPIRY_REASONS,
}


def choice_key(group: str, value: str) -> str:
    return f"choices-{group}-{value.strip().lower().replace(' ', '-').replace('_', '-')}"


def label(group: str, value: str | None, tr: Catalogue) -> str:
    """The word for a stored value in ``tr``'s language ('' for none)."""
    if not value:
        return ""
    key = choice_key(group, value)
    return tr(key) if tr.has(key) else value


def all_keys() -> list[str]:
    """Every choice key there must be (for the completeness test)."""
    return [choice_key(g, v) for g, values in GROUPS.items() for v in values]
