"""``shopcare report weekly [--week 2026-W47] --out FILE``: the weekly review PDF."""

from __future__ import annotations

import argparse

from shopcare.i18n import catalogue, system_language
from shopcare.service.shop import Shop


def cmd_report(shop: Shop, args: argparse.Namespace) -> int:
    from shopcare.reports.files import make_weekly_review  # the PDF code, only when asked

    week, out = make_weekly_review(shop.db, args.week, args.out.expanduser())
    if getattr(args, "json", False):
        import json

        print(json.dumps({"week": week, "out": str(out)}, ensure_ascii=False))
    else:
        print(catalogue(system_language())("cli-weekly", week=week, out=str(out)))
    return 0
