"""Measure what people wait for, each beside a floor taken in the same run, as Markdown.

    uv run python bench/generate.py bench/data/shop            # once: the ten-year shop
    uv run python bench/run.py bench/data/shop [--demo] [--window]

``--demo`` measures the 300-customer demo shop too (made in a temporary folder), so the
tables show how each cost grows from a small shop to a ten-year one; ``--window`` adds
the window's first paint and settled time (``bench/window.py``). Everything runs on
copies in a temporary folder on the same disk as the shop; the shop itself is not
changed.

Figures and their floors:

* whole-process commands (``customer find``, ``log``, ``tasks list``): median of 7
  runs, from starting Python to its exit, with Python's compiled files in place as
  an installed app has them; floor: ``python -c "import eventsourcing.application"``;
* catch-up from zero and rebuild: events per second, each in a process of its own
  (its peak memory: ``VmHWM``, as ``/usr/bin/time -v`` reports it); floor: reading every stored event with
  ``sqlite3`` and parsing it with ``json.loads``;
* logging a contact in-process (a random customer, so mostly not in memory yet);
  floor: one row inserted and committed with ``synchronous=FULL`` in the same folder;
* search, per query (p95 of 200): floor: the very statements the search ran, on the
  same file and indexes, each read as far as the search read it, through bare ``sqlite3``;
* the sweep on a shop not swept before; floor: reading the customer rows it needs;
* the weekly review PDF; floor: a one-page PDF with one line, by the same library.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PY = sys.executable
#: Child processes may keep compiled files, as an installed app does.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

SEARCHES = [
    "김",  # one letter: a family name
    "a",  # one letter, English
    "ㄱ",  # one initial consonant
    "12",  # two digits of a phone
    "34",
    "민수",  # a two-letter given name (thousands of 김민수, 이민수...)
    "ㄱㅁㅅ",  # initials
    "5678",  # four digits of a phone
    "anna",
    "berg",
    "user12",  # part of an e-mail
    "vip",  # a tag on many customers
    "단골",
    "서울 김",  # two words
]


@dataclass
class Row:
    what: str
    measured: str
    floor: str = ""
    ratio: float | None = None
    aim: str = ""
    met: str = ""


def median_ms(fn: Callable[[], object], n: int) -> float:
    return statistics.median(timings(fn, n))


def timings(fn: Callable[[], object], n: int) -> list[float]:
    out = []
    for _ in range(n):
        began = time.perf_counter()
        fn()
        out.append((time.perf_counter() - began) * 1000)
    return out


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[94]


def verdict(ratio: float, limit: float) -> str:
    return "yes" if ratio <= limit else "no"


# ----- whole processes ---------------------------------------------------------------------


def process_ms(args: Sequence[str], runs: int = 7) -> float:
    subprocess.run(args, env=ENV, stdout=subprocess.DEVNULL, check=True)  # compiled files
    return median_ms(
        lambda: subprocess.run(args, env=ENV, stdout=subprocess.DEVNULL, check=True), runs
    )


def cli(folder: Path, *args: str) -> list[str]:
    return [PY, "-m", "shopcare", "--data-dir", str(folder), "--staff", "bench", *args]


CHILD = r"""
import json, sys, time
from pathlib import Path
what, folder = sys.argv[1], Path(sys.argv[2])
from shopcare.service.config import Config
config = Config(data_dir=folder)
if what == "catch-up":
    from shopcare.application import ShopCareApplication
    from shopcare.readmodels.store import ReadModels
    app = ShopCareApplication(env=config.event_store_env())
    began = time.perf_counter()
    models = ReadModels(config.readmodels_path)
    count = models.catch_up(app)
else:
    from shopcare.service.shop import Shop
    shop = Shop(config, staff="bench", follow=False)
    began = time.perf_counter()
    count = shop.rebuild()
took = time.perf_counter() - began
# The peak of this process's own memory (getrusage would count the parent's from before exec).
status = Path("/proc/self/status").read_text().splitlines()
rss = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
# A long load has a helper process (shopcare.readmodels.helper): its peak too (0 if none).
import resource
helper = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"events": count, "seconds": took, "rss": rss, "helper_rss": helper}))
"""


def child(what: str, folder: Path) -> dict[str, float]:
    done = subprocess.run(
        [PY, "-c", CHILD, what, str(folder)], env=ENV, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def memory_row(caught: dict[str, float], rebuilt: dict[str, float]) -> Row:
    """Peak memory of catch-up and rebuild: the process, plus its helper's when it had one
    (the two peaks added: an upper bound of what they held at once)."""

    def peak(run: dict[str, float]) -> tuple[float, str]:
        helper = run.get("helper_rss", 0)
        if not helper:
            return run["rss"], f"{run['rss']:.0f} MB"
        return run["rss"] + helper, f"{run['rss']:.0f} + {helper:.0f} MB (helper)"

    (a, a_text), (b, b_text) = peak(caught), peak(rebuilt)
    return Row(
        "peak memory of catch-up / rebuild (whole process)",
        f"{a_text} / {b_text}",
        aim="< 250 MB",
        met="yes" if max(a, b) < 250 else "no",
    )


def load_rows(source: Path, work: Path, repeat: int) -> list[Row]:
    """Catch-up from zero and rebuild only, each ``repeat`` times (median), each beside the
    floor taken just before it: on a machine others use, the figures move together."""
    folder = work / "load"
    shutil.copytree(source, folder)
    runs: dict[str, list[tuple[float, dict[str, float]]]] = {"catch-up": [], "rebuild": []}
    for _ in range(repeat):
        for what in runs:
            for companion in (
                "readmodels.sqlite",
                "readmodels.sqlite-wal",
                "readmodels.sqlite-shm",
            ):
                if what == "catch-up":
                    (folder / companion).unlink(missing_ok=True)
            floor = read_floor(folder / "events.sqlite")
            runs[what].append((floor, child(what, folder)))
    rows = []
    for what, label in (
        ("catch-up", "catch-up from zero"),
        ("rebuild", "rebuild (`shopcare rebuild`: beside the views, then swapped in)"),
    ):
        ordered = sorted(runs[what], key=lambda r: r[1]["events"] / r[1]["seconds"])
        floor, run = ordered[len(ordered) // 2]
        rate = run["events"] / run["seconds"]
        rates = ", ".join(f"{r['events'] / r['seconds'] / 1000:.1f}k" for _, r in runs[what])
        rows.append(
            Row(
                label,
                f"{rate:,.0f} events/s ({run['events']:,.0f} in {run['seconds']:.1f} s;"
                f" median of {repeat}: {rates})",
                f"{floor:,.0f} events/s",
                floor / rate,
                "≥ 60,000 events/s",
                "yes" if rate >= 60_000 else "no",
            )
        )
    caught = max((r for _, r in runs["catch-up"]), key=lambda r: r["rss"] + r["helper_rss"])
    rebuilt = max((r for _, r in runs["rebuild"]), key=lambda r: r["rss"] + r["helper_rss"])
    rows.append(memory_row(caught, rebuilt))
    return rows


def read_floor(events_path: Path) -> float:
    """Events per second: every stored event read with sqlite3 and parsed by json."""
    began = time.perf_counter()
    conn = sqlite3.connect(events_path)
    n = 0
    for row in conn.execute("SELECT rowid, originator_id, topic, state FROM stored_events"):
        json.loads(row[3])
        n += 1
    conn.close()
    return n / (time.perf_counter() - began)


# ----- in-process ----------------------------------------------------------------------------


def insert_floor(folder: Path, n: int) -> list[float]:
    """One row inserted and committed, WAL with synchronous=FULL (the event store's way)."""
    conn = sqlite3.connect(folder / "floor.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB)")
    payload = b"x" * 400

    def insert() -> None:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO t (data) VALUES (?)", [payload])
        conn.execute("COMMIT")

    out = timings(insert, n)
    conn.close()
    return out


class Counted:
    """A cursor (or row iterator) that counts the rows its reader took."""

    def __init__(self, rows: Any, note: list[int]) -> None:
        self.rows = rows
        self.note = note

    def __iter__(self) -> Any:
        for row in self.rows:
            self.note[0] += 1
            yield row

    def fetchone(self) -> Any:
        row = self.rows.fetchone()
        self.note[0] += row is not None
        return row

    def fetchall(self) -> Any:
        rows = self.rows.fetchall()
        self.note[0] += len(rows)
        return rows

    def fetchmany(self, n: int = 1) -> Any:
        rows = self.rows.fetchmany(n)
        self.note[0] += len(rows)
        return rows


class Recording:
    """A read-model database that notes the statements run through it, and how many
    rows of each were read."""

    def __init__(self, db: Any) -> None:
        self.db = db
        self.statements: list[tuple[str, list[Any], list[int]]] = []

    def _noted(self, sql: str, params: Any, rows: Any) -> Counted:
        note = [0]
        self.statements.append((sql, list(params or []), note))
        return Counted(rows, note)

    def execute(self, sql: str, params: Any = None) -> Any:
        return self._noted(sql, params, self.db.execute(sql, params))

    def query(self, sql: str, params: Any = None) -> Any:
        return self._noted(sql, params, self.db.query(sql, params))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.db, name)


def search_rows(db: Any, path: Path, rng: random.Random) -> list[Row]:
    from shopcare.readmodels.customers import search_customers

    raw = sqlite3.connect(path)
    rows = []
    for query in SEARCHES:
        recording = Recording(db)
        found = search_customers(recording, query)  # type: ignore[arg-type]
        statements = [(sql, params, note[0]) for sql, params, note in recording.statements]

        def floor(statements: list[tuple[str, list[Any], int]] = statements) -> list[Any]:
            """The same statements, each read as far as the search read it."""
            return [raw.execute(sql, params).fetchmany(n) for sql, params, n in statements]

        assert sum(n for *_, n in statements) >= len(found), query  # the rows it showed
        search = p95(timings(lambda q=query: search_customers(db, q), 200))
        bare = p95(timings(floor, 200))
        rows.append(
            Row(
                f"search `{query}` ({len(found)} shown)",
                f"p95 {search:.2f} ms",
                f"p95 {bare:.2f} ms",
                search / bare,
                "< 5 ms",
                verdict(search, 5.0),
            )
        )
    raw.close()
    return rows


def pdf_floor(folder: Path) -> float:
    from reportlab.pdfgen.canvas import Canvas

    def one_page() -> None:
        canvas = Canvas(str(folder / "floor.pdf"))
        canvas.drawString(72, 720, "hello")
        canvas.save()

    return median_ms(one_page, 5)


# ----- one shop ------------------------------------------------------------------------------


def measure(source: Path, work: Path, name: str) -> tuple[str, list[Row]]:
    from shopcare import clock
    from shopcare.readmodels.tasks import list_tasks
    from shopcare.reports.files import make_weekly_review
    from shopcare.service.config import Config
    from shopcare.service.shop import Shop

    rng = random.Random(3)
    rows: list[Row] = []
    folder = work / name
    shutil.copytree(source, folder)
    for companion in ("readmodels.sqlite", "readmodels.sqlite-wal", "readmodels.sqlite-shm"):
        (folder / companion).unlink(missing_ok=True)
    events_path = folder / "events.sqlite"

    # Catch-up from zero (a new PC, read models deleted), then a rebuild, each in its own
    # process; the floor between them.
    floor = read_floor(events_path)
    caught = child("catch-up", folder)
    rate = caught["events"] / caught["seconds"]
    rows.append(
        Row(
            "catch-up from zero",
            f"{rate:,.0f} events/s ({caught['events']:,.0f} in {caught['seconds']:.1f} s)",
            f"{floor:,.0f} events/s",
            floor / rate,
            "≥ 60,000 events/s",
            "yes" if rate >= 60_000 else "no",
        )
    )
    rebuilt = child("rebuild", folder)
    rate = rebuilt["events"] / rebuilt["seconds"]
    rows.append(
        Row(
            "rebuild (`shopcare rebuild`: beside the views, then swapped in)",
            f"{rate:,.0f} events/s ({rebuilt['events']:,.0f} in {rebuilt['seconds']:.1f} s)",
            f"{floor:,.0f} events/s",
            floor / rate,
            "≥ 60,000 events/s",
            "yes" if rate >= 60_000 else "no",
        )
    )
    rows.append(memory_row(caught, rebuilt))

    # Logging a contact, in-process, beside one durable row insert in the same folder.
    with Shop(Config(data_dir=folder), staff="bench") as shop:
        ids = [r[0] for r in shop.db.execute("SELECT id FROM customers")]
        log = timings(
            lambda: shop.app.log_contact(
                shop.actor, rng.choice(ids), channel="phone", summary="bench call"
            ),
            300,
        )
        insert = insert_floor(folder, 300)
        ratio = statistics.median(log) / statistics.median(insert)
        rows.append(
            Row(
                "log a contact in-process (event stored, rules run, views updated)",
                f"p50 {statistics.median(log):.2f} ms, p95 {p95(log):.2f} ms",
                f"p50 {statistics.median(insert):.2f} ms, p95 {p95(insert):.2f} ms",
                ratio,
                "≤ 5× floor",
                verdict(ratio, 5),
            )
        )
        rows.extend(search_rows(shop.db, shop.read.path, rng))

        # The sweep, the first on this shop: every date rule over every customer.
        bare = median_ms(
            lambda: shop.db.execute(
                "SELECT id, name, birthday, postal_code, contacts, purchases, last_contact_at"
                " FROM customers"
            ).fetchall(),
            5,
        )
        began = time.perf_counter()
        suggested = shop.sweep(clock.today())
        took = (time.perf_counter() - began) * 1000
        rows.append(
            Row(
                f"the sweep, first on this shop ({len(suggested):,} acts suggested)",
                f"{took:,.0f} ms",
                f"{bare:.0f} ms (reading the customers)",
                took / bare,
            )
        )
        open_tasks = len(list_tasks(shop.db, status="open"))
        cid = rng.choice(ids)
        pdf = work / f"{name}-weekly.pdf"
        weekly = median_ms(lambda: make_weekly_review(shop.db, None, pdf), 3)
        reportlab = pdf_floor(work)
        rows.append(
            Row(
                "weekly review PDF (figures and drawing)",
                f"{weekly:,.0f} ms",
                f"{reportlab:.0f} ms (a one-line page)",
                weekly / reportlab,
                "< 1 s",
                "yes" if weekly < 1000 else "no",
            )
        )

    # Whole processes, read models current.
    floor_ms = process_ms([PY, "-c", "import eventsourcing.application"])
    for what, args, aim in (
        ("`customer find 민수`", ("customer", "find", "민수"), 3.0),
        ("`log ID --channel phone --summary …`", ("log", cid, "--channel", "phone", "--summary", "x"), 3.0),
        (f"`tasks list` ({open_tasks:,} open)", ("tasks", "list"), None),
    ):  # fmt: skip
        took = process_ms(cli(folder, *args))
        rows.append(
            Row(
                f"whole process: {what}",
                f"{took:.0f} ms",
                f"{floor_ms:.0f} ms (`import eventsourcing.application`)",
                took / floor_ms,
                f"≤ {aim:.0f}× floor" if aim else "",
                verdict(took / floor_ms, aim) if aim else "",
            )
        )
    with Shop(Config(data_dir=folder), staff="bench", follow=False) as shop:
        events = shop.head()
        customers = shop.db.execute("SELECT count(*) FROM customers").fetchone()[0]
    return f"{customers:,} customers, {events:,} events", rows


def table(rows: list[Row]) -> str:
    out = [
        "| what | measured | floor (same run) | × floor | aim | met? |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        ratio = "" if r.ratio is None else f"{r.ratio:.1f}"
        out.append(f"| {r.what} | {r.measured} | {r.floor} | {ratio} | {r.aim} | {r.met} |")
    return "\n".join(out)


def make_demo(folder: Path) -> None:
    subprocess.run(
        [PY, str(Path(__file__).with_name("generate.py")), str(folder), "--demo"],
        env=ENV,
        stdout=subprocess.DEVNULL,
        check=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--demo", action="store_true", help="measure the demo shop too")
    parser.add_argument("--window", action="store_true", help="run bench/window.py too")
    parser.add_argument(
        "--load-only",
        type=int,
        metavar="N",
        help="only catch-up from zero and rebuild, each N times (median), beside their floor",
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="shopcare-bench-", dir=args.data_dir.parent))
    try:
        if args.load_only:
            load = os.getloadavg()
            print(
                f"{os.cpu_count()} cores, Python {platform.python_version()}, SQLite"
                f" {sqlite3.sqlite_version}, {time.strftime('%Y-%m-%d %H:%M')},"
                f" load average {load[0]:.1f}\n"
            )
            print(table(load_rows(args.data_dir, work, args.load_only)))
            return
        shops = [("ten-year", args.data_dir)]
        if args.demo:
            make_demo(work / "demo-source")
            shops.append(("demo", work / "demo-source"))
        load = os.getloadavg()
        print(
            f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores,"
            f" Python {platform.python_version()}, SQLite {sqlite3.sqlite_version},"
            f" {time.strftime('%Y-%m-%d %H:%M')}, load average {load[0]:.1f}\n"
        )
        for name, source in shops:
            described, rows = measure(source, work, name)
            print(f"### {name} shop: {described}\n\n{table(rows)}\n")
        if args.window:
            for name, source in shops:
                print(f"### window, {name} shop\n")
                sys.stdout.flush()
                window = Path(__file__).with_name("window.py")
                subprocess.run([PY, str(window), str(source)], env=ENV, check=True)
                print()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
