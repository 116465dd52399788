"""``shopcare customer add|edit|find|show``: a customer's record and timeline."""

from __future__ import annotations

import argparse
from typing import Any

from shopcare.cli.columns import pad
from shopcare.cli.find import find_customers
from shopcare.cli.ids import resolve_customer
from shopcare.cli.output import emit
from shopcare.cli.words import terminal
from shopcare.clock import local_iso_minutes
from shopcare.domain.errors import InvalidInput
from shopcare.domain.profile import PROFILE_FIELDS
from shopcare.presentation.choices import label
from shopcare.presentation.formats import date_text, moment_text, phone_text
from shopcare.presentation.timeline import timeline_line
from shopcare.readmodels.care import promotions_paused_until
from shopcare.readmodels.customer_search import get_customer_row
from shopcare.readmodels.timeline import timeline_rows
from shopcare.service.shop import Shop


def cmd_customer(shop: Shop, args: argparse.Namespace) -> int:
    if args.action == "add":
        fields = {k: getattr(args, k) for k in PROFILE_FIELDS if k in args}
        cid = shop.app.register_customer(shop.actor, **fields)
        emit(args, {"id": str(cid)}, lambda: str(cid))
    elif args.action == "edit":
        cid = resolve_customer(shop, args.customer_id)
        changes = {k: getattr(args, k) for k in PROFILE_FIELDS if k in args}
        if not changes:
            raise InvalidInput("errors-edit-needs-a-field")
        shop.app.change_details(shop.actor, cid, **changes)
        emit(args, {"id": cid}, lambda: terminal()("cli-changed", id=cid))
    elif args.action == "find":
        return find_customers(shop.db, args)
    else:
        cid = resolve_customer(shop, args.customer_id)
        profile = get_customer_row(shop.db, cid)
        if profile is None:
            raise InvalidInput("errors-no-customer", id=cid)
        profile["promotions_paused_until"] = promotions_paused_until(shop.db, cid)
        tr = terminal()
        timeline = [
            {
                "entry": r["entry"],
                "at": local_iso_minutes(r["at"]),
                "kind": r["kind"],
                "staff": r["staff"],
                "computer": r["computer"],
                "logged_at": local_iso_minutes(r["logged_at"]),
                "summary": timeline_line(r["event"], r["data"], tr),
                "correction": r["correction"],
                "voided": r["voided"],
                "record": r["customer_id"],  # a merged duplicate's entries keep their numbers
                "data": r["data"],
            }
            for r in timeline_rows(shop.db, cid)
        ]
        emit(
            args,
            {"customer": profile, "timeline": timeline},
            lambda: show_text(profile, timeline),
        )
    return 0


def show_text(profile: dict[str, Any], timeline: list[dict[str, Any]]) -> str:
    tr = terminal()
    lang = tr.language
    lines = [f"{profile['name']}  ({profile['id']})"]
    shown = {
        "phone": phone_text(profile.get("phone")),
        "email": profile.get("email"),
        "address": profile.get("address"),
        "postal_code": profile.get("postal_code"),
        "birthday": date_text(profile.get("birthday"), lang) if profile.get("birthday") else "",
        "notes": profile.get("notes"),
        "tags": ", ".join(profile["tags"]),
    }
    for key, value in shown.items():
        if value:
            lines.append(f"  {label('field', key, tr)}: {value}")
    if profile.get("promotions_paused_until"):
        until = date_text(profile["promotions_paused_until"], lang)
        lines.append(f"  {tr('cli-paused-until')}: {until}")
    lines.append("")
    for e in timeline:
        mark = " " + tr("cli-withdrawn") if e["voided"] else ""
        number = (
            str(e["entry"]) if e["record"] == profile["id"] else f"{e['entry']}·{e['record'][:4]}"
        )
        lines.append(
            f"#{number:<4} {_when(e['at'], lang)}  {pad(e['staff'], 10)} {e['summary']}{mark}"
        )
        if e["correction"]:
            lines.append("       " + tr("cli-correction", text=e["correction"]))
    return "\n".join(lines)


def _when(local_iso: str, lang: str) -> str:
    """A timeline time as the window shows it (``2026.11.20 14:05``), same width each line."""
    return pad(moment_text(local_iso, lang), 17)
