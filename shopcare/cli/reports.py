"""``shopcare report weekly [--week 2026-W47] --out FILE``: the weekly review PDF."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from shopcare.cli.words import h
from shopcare.i18n import catalogue, system_language
from shopcare.service.shop import Shop


def add_report_parser(sub: Any, common: argparse.ArgumentParser, parser_class: type) -> None:
    """Add ``report weekly`` to the command-line parser."""
    report = sub.add_parser("report", help=h("cli-help-report"))
    rsub = report.add_subparsers(dest="report", required=True, parser_class=parser_class)
    weekly = rsub.add_parser("weekly", parents=[common], help=h("cli-help-report-weekly"))
    weekly.add_argument("--week", help=h("cli-help-week"))
    weekly.add_argument("--out", required=True, type=Path, help=h("cli-help-out-pdf"))


def cmd_report(shop: Shop, args: argparse.Namespace) -> int:
    from shopcare.reports.files import make_weekly_review  # the PDF code, only when asked

    week, out = make_weekly_review(shop.db, args.week, args.out.expanduser())
    if getattr(args, "json", False):
        import json

        print(json.dumps({"week": week, "out": str(out)}, ensure_ascii=False))
    else:
        print(catalogue(system_language())("cli-weekly", week=week, out=str(out)))
    return 0
