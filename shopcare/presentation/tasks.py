"""A kind act in words: its title, why, what to do, and the message to send.

Rendered from the task's rule and facts (see ``shopcare.domain.delight_rules``) in
the catalogue's language. A task added by hand shows what the person typed; a task
stored before facts were kept (``legacy``) shows the words it was stored with.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from shopcare.domain.delight_task import BY_HAND
from shopcare.i18n import Catalogue
from shopcare.presentation.choices import label
from shopcare.presentation.formats import date_text, ordinal


@dataclass(frozen=True)
class TaskText:
    """What a person reads about one task."""

    title: str
    reason: str
    act: str
    message: str


def task_text(task: Mapping[str, Any], tr: Catalogue) -> TaskText:
    """The words of a task row (``rule``, ``facts``, ``title``, ``legacy`` and, when
    known, the customer's current ``customer_name``)."""
    rule = task.get("rule") or BY_HAND
    facts: Mapping[str, Any] = task.get("facts") or {}
    if rule == BY_HAND:
        title = task.get("title") or ""
        return TaskText(title, facts.get("note", ""), facts.get("act") or title, "")
    legacy = task.get("legacy") or {}
    if legacy or not facts:
        return TaskText(
            legacy.get("title") or label("rule", rule, tr),
            legacy.get("reason", ""),
            legacy.get("act", ""),
            legacy.get("message", ""),
        )
    values = _values(rule, facts, task.get("customer_name") or "", tr)
    key = f"tasks-{rule}"
    return TaskText(
        title=tr(f"{key}-title", **values),
        reason=tr(_reason_key(rule, facts), **values),
        act=tr(f"{key}-act", **values),
        message=tr(_message_key(rule, facts), **values),
    )


def _values(rule: str, facts: Mapping[str, Any], current_name: str, tr: Catalogue) -> dict:
    """The facts ready to go into a sentence: dates, words and numbers in the language."""
    lang = tr.language
    values: dict[str, Any] = dict(facts)
    values["name"] = current_name or facts.get("name", "")
    for key in ("on", "paused_until", "return_due", "life_event_on", "last_contact", "promised"):
        if key in facts:
            values[key] = date_text(facts[key], lang)
    if "birthday" in facts:
        values["birthday"] = date_text(facts["birthday"], lang, year=False)
    if "occasion" in facts:
        values["occasion"] = label("life", facts["occasion"], tr)
    if "life_event" in facts:
        values["life_event"] = label("life", facts["life_event"], tr)
    if "number" in facts:
        values["ordinal"] = ordinal(int(facts["number"]), lang)
    if rule == "neighbourhood":
        values["area"] = facts.get("area") or facts.get("postal_code", "")
        names = list(facts.get("names") or [])
        values["names"] = tr("tasks-name-separator").join(
            tr("tasks-neighbour-name", name=n) for n in names
        )
        values["count"] = len(names)
    return values


def _reason_key(rule: str, facts: Mapping[str, Any]) -> str:
    key = f"tasks-{rule}-reason"
    if rule in ("bereavement", "get-well", "congratulations") and facts.get("note"):
        return key + "-note"
    if rule == "complaint-call":
        return key + ("-feedback" if facts.get("source") == "feedback" else "-complaint")
    if rule == "thank-you":
        return key + ("-connection" if facts.get("connection") else "-long-call")
    if rule == "milestone":
        return key + ("-visit" if facts.get("counted") == "visit" else "-purchase")
    return key


def _message_key(rule: str, facts: Mapping[str, Any]) -> str:
    key = f"tasks-{rule}-message"
    if rule == "congratulations":
        return f"{key}-{str(facts.get('occasion', 'wedding')).replace(' ', '-')}"
    if rule == "milestone":
        return key + ("-visit" if facts.get("counted") == "visit" else "-purchase")
    return key


def every_task_key(rule: str) -> list[str]:
    """The catalogue keys a rule's texts may use (for the completeness test)."""
    base = f"tasks-{rule}"
    keys = [f"{base}-title", f"{base}-act"]
    reasons = {
        "bereavement": ["", "-note"],
        "get-well": ["", "-note"],
        "congratulations": ["", "-note"],
        "complaint-call": ["-complaint", "-feedback"],
        "thank-you": ["-connection", "-long-call"],
        "milestone": ["-purchase", "-visit"],
    }.get(rule, [""])
    keys += [f"{base}-reason{r}" for r in reasons]
    messages = {
        "congratulations": ["-wedding", "-new-baby", "-graduation"],
        "milestone": ["-purchase", "-visit"],
    }.get(rule, [""])
    keys += [f"{base}-message{m}" for m in messages]
    return keys
