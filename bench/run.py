"""Measure ShopCare on a generated shop (see generate.py) and print a Markdown table.

    uv run python bench/run.py bench/data/shop

Each figure sits beside a floor measured in the same run on the same disk: a raw
SQLite insert-and-commit, and a raw FTS query.
"""

from __future__ import annotations

import argparse
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from shopcare.readmodels.customers import search_customers
from shopcare.readmodels.timeline import timeline_rows
from shopcare.service.config import Config
from shopcare.service.shop import Shop


def timings(fn: Callable[[], object], n: int) -> list[float]:
    out = []
    for _ in range(n):
        began = time.perf_counter()
        fn()
        out.append((time.perf_counter() - began) * 1000)
    return out


def p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def raw_insert_floor(folder: Path, n: int) -> list[float]:
    """One row inserted and committed, in WAL mode, as the event store does."""
    conn = sqlite3.connect(folder / "floor.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB)")
    payload = b"x" * 400

    def insert() -> None:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO t (data) VALUES (?)", [payload])
        conn.execute("COMMIT")

    result = timings(insert, n)
    conn.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    args = parser.parse_args()
    rng = random.Random(3)
    work = Path(tempfile.mkdtemp(prefix="shopcare-bench-"))
    data = work / "shop"
    shutil.copytree(args.data_dir, data)
    config = Config(data_dir=data)
    rows: list[tuple[str, str, str]] = []

    # Full rebuild from zero (the first open of the copy has caught up already).
    shop = Shop(config, staff="bench")
    events = shop.app.recorder.max_notification_id()
    began = time.perf_counter()
    shop.rebuild()
    took = time.perf_counter() - began
    rows.append(
        (
            "full rebuild",
            f"{events / took:,.0f} events/s ({events:,} in {took:.1f} s)",
            "≥ 20,000 events/s",
        )
    )
    customers = [r[0] for r in shop.db.execute("SELECT id FROM customers")]
    heavy = shop.db.execute(
        "SELECT customer_id FROM timeline GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    shop.close()

    # Start-up: open the store and the read models, caught up (a fresh process).
    script = (
        "import sys,time; t=time.perf_counter();"
        "from shopcare.service.config import Config; from shopcare.service import Shop;"
        "t1=time.perf_counter(); s=Shop(Config(data_dir=__import__('pathlib').Path(sys.argv[1])));"
        "print(time.perf_counter()-t1, t1-t)"
    )
    opens, imports = [], []
    for _ in range(5):
        out = subprocess.run(
            [sys.executable, "-c", script, str(data)], capture_output=True, text=True, check=True
        ).stdout.split()
        opens.append(float(out[0]) * 1000)
        imports.append(float(out[1]) * 1000)
    rows.append(
        (
            "start-up (open store and read models, caught up)",
            f"median {statistics.median(opens):.0f} ms (+ {statistics.median(imports):.0f} ms imports)",
            "< 500 ms",
        )
    )

    shop = Shop(config, staff="bench")
    floor = raw_insert_floor(work, 300)
    log = timings(
        lambda: shop.app.log_contact(
            shop.actor, rng.choice(customers), channel="phone", summary="bench call"
        ),
        300,
    )
    rows.append(
        (
            "raw SQLite insert + commit (floor)",
            f"p50 {p(floor, 50):.2f} ms, p95 {p(floor, 95):.2f} ms",
            "",
        )
    )
    rows.append(
        (
            "log a contact, end to end (event stored, read models updated)",
            f"p50 {p(log, 50):.2f} ms, p95 {p(log, 95):.2f} ms "
            f"({p(log, 50) / p(floor, 50):.1f}x floor)",
            "≤ 5x floor",
        )
    )

    queries = [
        "민수",
        "김민",
        "1234",
        "5678",
        "anna",
        "customer123",
        "vip",
        "단골",
        "berg",
        "010-12",
        "ㄱㅁㅅ",
        "ㅁㅅ",
        "김민ㅅ",
        "ㅇㅅ",
    ]
    fts = timings(
        lambda: shop.db.execute(
            "SELECT rowid FROM customers_fts WHERE customers_fts MATCH ? LIMIT 50",
            [f'"{rng.choice(["1234", "customer12", "anna", "berg"])}"'],
        ).fetchall(),
        500,
    )
    search = timings(lambda: search_customers(shop.db, rng.choice(queries)), 500)
    rows.append(("raw FTS query (floor)", f"p95 {p(fts, 95):.2f} ms", ""))
    rows.append(
        (
            "search (names incl. 2-letter Korean and 초성, phone digits, email, tag)",
            f"p95 {p(search, 95):.2f} ms ({p(search, 95) / p(fts, 95):.1f}x floor)",
            "≤ 3x floor and < 20 ms",
        )
    )
    for q in queries:
        each = timings(lambda q=q: search_customers(shop.db, q), 20)
        found = len(search_customers(shop.db, q))
        print(f"search {q!r}: {found} shown, median {statistics.median(each):.2f} ms")
    count = len(timeline_rows(shop.db, heavy))
    tl = timings(lambda: timeline_rows(shop.db, heavy, newest_first=True), 50)
    rows.append((f"open a timeline of {count:,} events", f"p95 {p(tl, 95):.1f} ms", ""))
    shop.close()

    # Weekly review: figures for the last complete week, rendered to a PDF in memory.
    from io import BytesIO

    from shopcare.reports import render_weekly_review
    from shopcare.reports.weekly_figures import weekly_review_data

    shop = Shop(config, staff="bench")
    weekly = timings(
        lambda: render_weekly_review(weekly_review_data(shop.db, None, "Bench"), BytesIO()), 3
    )
    rows.append(
        ("weekly review PDF (figures + render)", f"p50 {statistics.median(weekly):.0f} ms", "< 2 s")
    )
    shop.close()

    print(
        f"Machine: {platform.node()} · {platform.processor() or platform.machine()} · "
        f"Python {platform.python_version()} · SQLite {sqlite3.sqlite_version} · "
        f"{date.today().isoformat()}\n"
    )
    print(f"Shop: {len(customers):,} customers, {events:,} events\n")
    print("| what | measured | aim |\n|---|---|---|")
    for what, measured, aim in rows:
        print(f"| {what} | {measured} | {aim} |")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
