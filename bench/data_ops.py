"""Backups, restore, import, export and forgetting on a big shop, each beside a floor.

    uv run python bench/generate.py bench/data/shop
    uv run python bench/data_ops.py bench/data/shop

Works on a copy of the folder. Each figure is measured beside a floor taken in the
same run on the same disk: a plain file copy of ``events.sqlite`` (for a backup), a
rebuild of the read models (for a restore and for forgetting, which both end in one),
reading every stored event (for the JSON-lines export), and parsing the CSV file
with the standard library (for an import).
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from shopcare import clock
from shopcare.readmodels.customers import count_customers
from shopcare.service.backup import make_backup
from shopcare.service.config import Config
from shopcare.service.export import export_customers_csv, export_events_jsonl
from shopcare.service.forget import forget
from shopcare.service.importing import carry_out, plan_import, read_source
from shopcare.service.restore import restore_backup
from shopcare.service.shop import Shop


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    began = time.perf_counter()
    result = fn()
    return time.perf_counter() - began, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="shopcare-bench-"))
    shop_dir = work / "shop"
    shutil.copytree(args.data_dir, shop_dir)
    config = Config(shop_dir)
    rows: list[tuple[str, str, str]] = []
    with Shop(config) as shop:
        events = shop.head()
        customers = count_customers(shop.db)
        heaviest = shop.db.execute(
            "SELECT customer_id, count(*) AS n FROM timeline GROUP BY customer_id"
            " ORDER BY n DESC LIMIT 1"
        ).fetchone()
        floor_rebuild, _ = timed(shop.rebuild)
    print(f"shop: {customers:,} customers, {events:,} events", file=sys.stderr)

    # Backup beside a plain copy of the file.
    with sqlite3.connect(config.events_path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy_s, _ = timed(lambda: shutil.copyfile(config.events_path, work / "plain-copy.sqlite"))
    backup_s, made = timed(lambda: make_backup(config))
    size = made.path.stat().st_size / 1e6
    rows.append(
        (
            "backup (online backup API, checked)",
            f"{backup_s:.2f} s for {size:.0f} MB ({backup_s / copy_s:.1f}x floor)",
            f"plain file copy {copy_s:.2f} s",
        )
    )

    # Export of the log beside reading every stored event.
    with Shop(config) as shop:

        def read_all() -> int:
            n, start = 0, 1
            while True:
                notes = shop.app.recorder.select_notifications(start=start, limit=2000)
                if not notes:
                    return n
                n += len(notes)
                start = notes[-1].id + 1

        floor_read, _ = timed(read_all)
        export_s, n = timed(lambda: export_events_jsonl(shop.app, work / "log.jsonl"))
        rows.append(
            (
                "export events (JSON lines)",
                f"{export_s:.2f} s, {n / export_s:,.0f} events/s ({export_s / floor_read:.1f}x floor)",
                f"read every stored event {floor_read:.2f} s",
            )
        )
        listing = work / "customers.csv"
        csv_s, _ = timed(lambda: export_customers_csv(shop.db, listing, {}))
        rows.append(("export customer list (CSV)", f"{csv_s:.2f} s for {customers:,}", ""))

    # Import of 10,000 new customers beside parsing the same file.
    people = work / "new.csv"
    with people.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["이름", "휴대폰", "이메일", "생년월일", "메모"])
        for i in range(10_000):
            w.writerow(
                [
                    f"새손님{i}",
                    f"010-{7000 + i // 100}-{1000 + i % 100 * 10}",
                    f"n{i}@example.kr",
                    "1990.3.5",
                    "메모",
                ]
            )
    floor_parse, _ = timed(lambda: list(csv.reader(people.open(encoding="utf-8"))))
    with Shop(config) as shop:
        plan_s, plan = timed(lambda: plan_import(shop.db, read_source(people), clock.today()))
        write_s, _ = timed(lambda: (carry_out(shop.app, shop.actor, plan), shop.catch_up()))
    rows.append(
        (
            "import 10,000 rows: read and check (dry run)",
            f"{plan_s:.2f} s ({plan_s / floor_parse:.0f}x floor); {plan.added:,} to add, {len(plan.refused)} refused",
            f"csv.reader {floor_parse:.3f} s",
        )
    )
    rows.append(("import 10,000 rows: one save + catch-up", f"{write_s:.2f} s", ""))

    # Forgetting the customer with the most events, beside a rebuild.
    with Shop(config) as shop:
        forget_s, report = timed(lambda: forget(shop, heaviest[0]))
    rows.append(
        (
            f"forget the customer with {heaviest[1]:,} entries",
            f"{forget_s:.2f} s ({forget_s / floor_rebuild:.1f}x floor); {report.events:,} events erased",
            f"rebuild {floor_rebuild:.2f} s",
        )
    )

    # Restore the backup (over the forgotten person: forgotten again) beside a rebuild.
    restore_s, restored = timed(lambda: restore_backup(config, made.path))
    rows.append(
        (
            "restore (check, safety copy, replace, forget again, rebuild)",
            f"{restore_s:.2f} s ({restore_s / floor_rebuild:.1f}x floor); forgot {restored.forgotten_again} again",
            f"rebuild {floor_rebuild:.2f} s",
        )
    )

    print("| what | measured | floor |\n|---|---|---|")
    for what, measured, floor in rows:
        print(f"| {what} | {measured} | {floor} |")
    shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
