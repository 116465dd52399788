"""``shopcare report weekly [--week 2026-W47] --out FILE``: the weekly review PDF."""

from __future__ import annotations

import argparse
from datetime import date

from shopcare.cli.output import emit
from shopcare.cli.words import terminal
from shopcare.presentation.formats import week_span
from shopcare.service.shop import Shop


def cmd_report(shop: Shop, args: argparse.Namespace) -> int:
    from shopcare.reports.files import make_weekly_review  # the PDF code, only when asked

    week, out = make_weekly_review(shop.db, args.week, args.out.expanduser())

    def said() -> str:
        tr = terminal()
        monday = date.fromisocalendar(*(int(n) for n in week.split("-W")), 1)
        return tr("cli-weekly", week=week_span(monday, tr.language), out=str(out))

    emit(args, {"week": week, "out": str(out)}, said)
    return 0
