"""``shopcare check [--json]``: the shop's history whole, and its views in agreement.

Prints one line per finding (what was mended by itself, what needs a person) and
exits 0 when nothing is left to do, 1 when something is (a damaged event store, an
event that cannot be read).
"""

from __future__ import annotations

import argparse
import json

from shopcare.i18n import catalogue, error_text, system_language
from shopcare.service.check import OK, PROBLEM, REPAIRED, check_shop
from shopcare.service.config import Config

MARKS = {OK: "words-check-ok", REPAIRED: "words-check-mended", PROBLEM: "words-check-problem"}


def cmd_check(config: Config, staff: str, args: argparse.Namespace) -> int:
    report = check_shop(config, staff)
    tr = catalogue(system_language())
    lines = [(f.severity, error_text(f, tr)) for f in report.findings]
    if getattr(args, "json", False):
        data = {
            "healthy": report.healthy,
            "events": report.events,
            "customers": report.customers,
            "findings": [
                {"severity": f.severity, "code": f.code, "message": text, **f.values}
                for f, (_, text) in zip(report.findings, lines, strict=True)
            ],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        for severity, text in lines:
            print(f"{tr(MARKS[severity])}: {text}")
    return 0 if report.healthy else 1
