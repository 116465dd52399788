"""``shopcare report weekly [--week 2026-W47] --out FILE``: the weekly review PDF."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from typing import Any

from shopcare.domain.errors import InvalidInput
from shopcare.readmodels.care import shop_details
from shopcare.reports import render_weekly_review
from shopcare.reports.weekly_figures import weekly_review_data
from shopcare.service import Shop

DEFAULT_SHOP_NAME = "ShopCare"


def add_report_parser(sub: Any, common: argparse.ArgumentParser, parser_class: type) -> None:
    """Add ``report weekly`` to the command-line parser."""
    report = sub.add_parser("report", help="print reports as PDF")
    rsub = report.add_subparsers(dest="report", required=True, parser_class=parser_class)
    weekly = rsub.add_parser("weekly", parents=[common], help="the weekly review")
    weekly.add_argument("--week", help="ISO week, e.g. 2026-W47 (default: last complete week)")
    weekly.add_argument("--out", required=True, type=Path, help="the PDF file to write")


def shop_name(shop: Shop) -> str:
    """The shop's name from its settings, else ``"ShopCare"``."""
    return shop_details(shop.db)["name"].strip() or DEFAULT_SHOP_NAME


def cmd_report(shop: Shop, args: argparse.Namespace) -> int:
    out: Path = args.out.expanduser()
    if out.is_dir():
        raise InvalidInput(f"{str(out)!r} is a folder; give a file name for the PDF")
    if not out.parent.exists():
        raise InvalidInput(f"the folder {str(out.parent)!r} does not exist")
    data = weekly_review_data(shop.db, args.week, shop_name(shop))
    # Write beside the target and move into place, so a failure leaves no half file.
    fd, tmp = tempfile.mkstemp(prefix=".weekly-", suffix=".pdf", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            render_weekly_review(data, fh)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if getattr(args, "json", False):
        import json

        print(json.dumps({"week": data.week_label, "out": str(out)}, ensure_ascii=False))
    else:
        print(f"weekly review {data.week_label} written to {out}")
    return 0
