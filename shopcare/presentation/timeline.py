"""A timeline entry in one line, and the details Today shows, in the reader's language.

The timeline read model keeps each event's class name (``event``) and fields
(``data``); the line is rendered here when it is shown, so a shop that switches
language reads its whole history in the new one. What people typed (a summary, an
item, a note) is shown as typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from shopcare.i18n import Catalogue
from shopcare.presentation.choices import label
from shopcare.presentation.formats import date_text, money_text, phone_text
from shopcare.readmodels.timeline import KINDS

#: Timeline events and the catalogue keys their lines may use (for the completeness test).
LINE_KEYS: dict[str, tuple[str, ...]] = {
    "Registered": ("timeline-registered",),
    "DetailsChanged": ("timeline-details-changed", "timeline-change", "timeline-list-separator"),
    "ContactLogged": (
        "timeline-contact",
        "timeline-contact-walk-in",
        "timeline-contact-connection",
        "timeline-contact-went-beyond",
    ),
    "PurchaseNoted": ("timeline-purchase", "timeline-purchase-amount"),
    "ReturnRequested": ("timeline-return-requested", "timeline-return-requested-due"),
    "ReturnReceived": ("timeline-return-received",),
    "ReturnWaived": ("timeline-return-waived",),
    "FeedbackReceived": ("timeline-feedback-positive", "timeline-feedback-negative"),
    "ComplaintRaised": ("timeline-complaint",),
    "ComplaintResolved": ("timeline-complaint-resolved",),
    "LifeEventNoted": (
        "timeline-life-event",
        "timeline-life-event-on",
        "timeline-life-event-note",
        "timeline-life-event-on-note",
    ),
    "ReferredElsewhere": ("timeline-referred", "timeline-referred-price"),
    "GiftSent": (
        "timeline-gift",
        "timeline-gift-occasion",
        "timeline-gift-cost",
        "timeline-gift-occasion-cost",
    ),
    "FollowUpScheduled": ("timeline-followup-scheduled",),
    "FollowUpDone": ("timeline-followup-done", "timeline-followup-done-note"),
    "EntryCorrected": ("timeline-corrected", "timeline-withdrew"),
    "MergedInto": ("timeline-merged",),
    "OpenItemMoved": ("timeline-moved-over",),
    "Forgotten": ("timeline-forgotten",),
}


def timeline_line(event: str, data: Mapping[str, Any], tr: Catalogue) -> str:
    """One line for a timeline entry: its event class name and its stored fields."""
    lang = tr.language
    d = data
    match event:
        case "Registered":
            return tr("timeline-registered", name=d.get("name", ""))
        case "DetailsChanged":
            sep = tr("timeline-list-separator")
            changes = sep.join(
                tr("timeline-change", field=label("field", k, tr), value=_value(k, v, lang))
                for k, v in (d.get("changes") or {}).items()
            )
            return tr("timeline-details-changed", changes=changes)
        case "ContactLogged":
            # A customer who came in needs no direction ("방문 수신", "walk-in in" read oddly)
            walked_in = d.get("channel") == "walk-in" and d.get("direction") in ("in", None)
            text = tr(
                "timeline-contact-walk-in" if walked_in else "timeline-contact",
                channel=label("channel", d.get("channel"), tr),
                direction=label("direction", d.get("direction"), tr),
                summary=d.get("summary", ""),
            )
            if d.get("connection"):
                text += " " + tr("timeline-contact-connection")
            if d.get("went_beyond"):
                text += " " + tr("timeline-contact-went-beyond", text=d["went_beyond"])
            return text
        case "PurchaseNoted":
            amount = money_text(d.get("amount"), lang)
            if amount:
                return tr("timeline-purchase-amount", item=d.get("item", ""), amount=amount)
            return tr("timeline-purchase", item=d.get("item", ""))
        case "ReturnRequested":
            if d.get("due"):
                due = date_text(d["due"], lang)
                return tr("timeline-return-requested-due", item=d.get("item", ""), due=due)
            return tr("timeline-return-requested", item=d.get("item", ""))
        case "ReturnReceived":
            return tr("timeline-return-received", entry=d.get("entry", ""))
        case "ReturnWaived":
            return tr(
                "timeline-return-waived", entry=d.get("entry", ""), reason=d.get("reason", "")
            )
        case "FeedbackReceived":
            key = "timeline-feedback-" + (
                "negative" if d.get("polarity") == "negative" else "positive"
            )
            return tr(key, text=d.get("text", ""))
        case "ComplaintRaised":
            return tr("timeline-complaint", category=d.get("category", ""), text=d.get("text", ""))
        case "ComplaintResolved":
            return tr(
                "timeline-complaint-resolved",
                entry=d.get("entry", ""),
                resolution=d.get("resolution", ""),
            )
        case "LifeEventNoted":
            key = "timeline-life-event"
            if d.get("on"):
                key += "-on"
            if d.get("note"):
                key += "-note"
            return tr(
                key,
                kind=label("life", d.get("kind"), tr),
                on=date_text(d.get("on"), lang),
                note=d.get("note", ""),
            )
        case "ReferredElsewhere":
            price = money_text(d.get("price"), lang)
            values = {"item": d.get("item", ""), "sent_to": d.get("sent_to", ""), "price": price}
            return tr("timeline-referred-price" if price else "timeline-referred", **values)
        case "GiftSent":
            occasion = label("rule", d.get("occasion"), tr)
            cost = money_text(d.get("cost"), lang)
            key = "timeline-gift" + ("-occasion" if occasion else "") + ("-cost" if cost else "")
            return tr(key, what=d.get("what", ""), occasion=occasion, cost=cost)
        case "FollowUpScheduled":
            return tr(
                "timeline-followup-scheduled",
                due=date_text(d.get("due"), lang),
                reason=d.get("reason", ""),
            )
        case "FollowUpDone":
            key = "timeline-followup-done-note" if d.get("note") else "timeline-followup-done"
            return tr(key, entry=d.get("entry", ""), note=d.get("note", ""))
        case "EntryCorrected":
            key = "timeline-withdrew" if d.get("void") else "timeline-corrected"
            return tr(key, entry=d.get("entry", ""), note=d.get("note", ""))
        case "MergedInto":
            return tr("timeline-merged", into=str(d.get("into", ""))[:8])
        case "OpenItemMoved":
            kind = label("open", d.get("kind"), tr)
            return tr("timeline-moved-over", kind=kind, entry=d.get("from_entry", ""))
        case "Forgotten":
            return tr("timeline-forgotten")
    kinds = {cls.__name__: kind for cls, kind in KINDS.items()}
    return label("kind", kinds.get(event, event), tr)


def _value(field: str, value: Any, lang: str) -> str:
    """A changed profile value as shown: dates and phones written out, tags listed."""
    if value is None or value == "":
        return "—"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value) or "—"
    if field == "birthday":
        return date_text(value, lang)
    if field == "phone":
        return phone_text(str(value))
    return str(value)


def waiting_detail(what: str, row: Mapping[str, Any], tr: Catalogue) -> str:
    """What a waiting customer waits for, on Today: a complaint's category and words,
    or the item to come back and by when."""
    if what == "complaint":
        return tr("timeline-waiting-complaint", category=row.get("category", ""), text=row["text"])
    if row.get("due"):
        due = date_text(row["due"], tr.language)
        return tr("timeline-waiting-return-due", item=row.get("item", ""), due=due)
    return row.get("item", "")
