"""``shopcare report weekly [--week 2026-W47] --out FILE``: the weekly review PDF."""

from __future__ import annotations

import argparse
from datetime import date

from shopcare.i18n import catalogue, system_language
from shopcare.presentation.formats import week_span
from shopcare.service.shop import Shop


def cmd_report(shop: Shop, args: argparse.Namespace) -> int:
    from shopcare.reports.files import make_weekly_review  # the PDF code, only when asked

    week, out = make_weekly_review(shop.db, args.week, args.out.expanduser())
    if getattr(args, "json", False):
        import json

        print(json.dumps({"week": week, "out": str(out)}, ensure_ascii=False))
    else:
        lang = system_language()
        monday = date.fromisocalendar(*(int(n) for n in week.split("-W")), 1)
        print(catalogue(lang)("cli-weekly", week=week_span(monday, lang), out=str(out)))
    return 0
