"""``shopcare check``: is the shop's history whole, and do the views agree with it?

The check looks at, in order:

1. the event store's file (SQLite's own ``integrity_check``; on PostgreSQL the
   server keeps its files and is only asked for the events);
2. every stored event: it must decode, both as the views read it and as the
   application loads it; positions must rise;
3. the read models' file (``integrity_check``), and each projection's position
   (never past the last event);
4. the read models against the events: one customer row per registered customer,
   one timeline entry per customer event, contact and purchase counts per customer.

What the shop can mend by itself, it mends, and says so: read models that are
damaged or disagree with the events are built again from the events (they hold
nothing the events do not). A damaged event store or an event that cannot be read
cannot be mended here: the check names it and says what to do (restore a backup).
The findings are facts (codes and values); the command line words them.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventsourcing.persistence import StoredEvent

from shopcare.domain.customer import Customer
from shopcare.readmodels.recorded import RecordedReader, uuid_text
from shopcare.readmodels.store import ReadModels, read_stored
from shopcare.readmodels.timeline import TimelineProjection
from shopcare.service.config import Config
from shopcare.service.problems import ShopProblem, StoreDamaged
from shopcare.service.rebuild import move_aside
from shopcare.service.shop import Shop

#: How many events are read at a time.
BATCH = 5000
#: How many problems of one kind are listed (the rest are counted).
LISTED = 20

OK, REPAIRED, PROBLEM = "ok", "repaired", "problem"


@dataclass(frozen=True)
class Finding:
    """One thing the check found: a catalogue code, its values, and how bad it is."""

    severity: str
    code: str
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class CheckReport:
    events: int = 0
    customers: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        """No problem is left (what was repaired is fine now)."""
        return all(f.severity != PROBLEM for f in self.findings)

    def add(self, severity: str, code: str, **values: Any) -> None:
        self.findings.append(Finding(severity, code, values))


def integrity(path: Path) -> str:
    """``ok``, or what SQLite's ``integrity_check`` says is wrong with the file."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)) as db:
            rows = db.execute("PRAGMA integrity_check(5)").fetchall()
    except sqlite3.DatabaseError as error:
        return str(error)
    lines = [str(r[0]) for r in rows]
    return "ok" if lines == ["ok"] else "; ".join(lines)[:300]


def check_shop(config: Config, staff: str) -> CheckReport:
    """Check the shop at ``config`` (mending its views if needed) and report."""
    report = CheckReport()
    if config.postgres is None and config.events_path.exists():
        verdict = integrity(config.events_path)
        if verdict != "ok":
            report.add(
                PROBLEM, "errors-events-damaged", path=str(config.events_path), reason=verdict
            )
            return report
    try:
        shop = Shop(config, staff=staff)
    except StoreDamaged as damaged:
        report.add(PROBLEM, damaged.code, **damaged.values)
        return report
    with shop:
        for notice in shop.notices:  # what opening mended (skipped events are listed below)
            if notice.code != "errors-event-skipped":
                report.add(REPAIRED, notice.code, **notice.values)
        shop.notices.clear()
        _check_readmodels_file(shop, report)
        counts = _scan_events(shop, report)
        _check_positions(shop, report)
        if not _views_agree(shop, counts, report, say=False):
            shop.rebuild()
            shop.notices.clear()  # the skipped events are listed below
            report.add(REPAIRED, "errors-check-views-rebuilt")
            _views_agree(shop, counts, report, say=True)
        readable_but_skipped = [
            s for s in shop.read.skipped() if s.position not in counts.unreadable
        ]
        for s in readable_but_skipped[:LISTED]:
            report.add(
                PROBLEM,
                "errors-check-event-skipped",
                position=s.position,
                id=s.originator_id,
                kind=s.kind,
                reason=s.error,
            )
    if report.healthy and not any(f.severity == REPAIRED for f in report.findings):
        report.add(OK, "errors-check-all-well", events=report.events, customers=report.customers)
    return report


def _check_readmodels_file(shop: Shop, report: CheckReport) -> None:
    verdict = integrity(shop.config.readmodels_path)
    if verdict == "ok":
        return
    shop.read.close()
    moved = move_aside(shop.config.readmodels_path)
    shop.read = ReadModels(shop.config.readmodels_path)
    shop.catch_up()
    report.add(REPAIRED, "errors-readmodels-rebuilt", moved=str(moved))


@dataclass
class EventCounts:
    """What the events say the views should hold."""

    customers: set[str] = field(default_factory=set)
    timeline: Counter[str] = field(default_factory=Counter)
    kinds: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    unreadable: set[int] = field(default_factory=set)


def _stored(shop: Shop) -> Iterator[tuple[int, Any, int, str, bytes]]:
    start = 1
    while True:
        rows = read_stored(shop.app.recorder, start, BATCH)
        if not rows:
            return
        yield from rows
        start = rows[-1][0] + 1


def _scan_events(shop: Shop, report: CheckReport) -> EventCounts:
    """Read every stored event both ways; count what the views should show."""
    counts = EventCounts()
    reader = RecordedReader(shop.app.mapper)
    on_timeline = set(TimelineProjection.handlers)
    skipped = {s.position for s in shop.read.skipped()}
    last = 0
    listed = 0
    for position, originator_id, version, topic, state in _stored(shop):
        report.events += 1
        if position <= last:
            report.add(PROBLEM, "errors-check-positions-out-of-order", position=position)
        last = position
        try:
            event = reader.recorded(position, originator_id, version, topic, state)
            shop.app.mapper.to_domain_event(
                StoredEvent(
                    originator_id=originator_id,
                    originator_version=version,
                    topic=topic,
                    state=state,
                )
            )
        except Exception as error:
            counts.unreadable.add(position)
            if listed < LISTED:
                listed += 1
                report.add(
                    PROBLEM,
                    "errors-check-event-unreadable",
                    position=position,
                    id=uuid_text(originator_id),
                    kind=topic.rpartition(":")[2] or topic,
                    reason=f"{type(error).__name__}: {error}"[:200],
                )
            continue
        if position in skipped:
            continue
        cid = event.originator_id
        if event.cls is Customer.Registered:
            counts.customers.add(cid)
        if event.cls in on_timeline:
            counts.timeline[cid] += 1
        if event.cls.__qualname__.startswith("Customer."):
            counts.kinds[cid][event.cls.__name__] += 1
    report.customers = len(counts.customers)
    return counts


def _check_positions(shop: Shop, report: CheckReport) -> None:
    last = shop.app.recorder.max_notification_id() or 0
    for name, position in shop.read.positions().items():
        if not 0 <= position <= last:
            report.add(
                PROBLEM, "errors-check-position-past-end", name=name, position=position, last=last
            )


def _views_agree(shop: Shop, counts: EventCounts, report: CheckReport, say: bool) -> bool:
    """Whether the read models hold what the events say; with ``say``, list differences."""
    db = shop.db
    differences: list[tuple[str, str, Any, Any]] = []
    rows = {
        r[0]: (r[1], r[2])
        for r in db.execute("SELECT id, contacts, purchases FROM customers").fetchall()
    }
    for cid in sorted(counts.customers - set(rows)):
        differences.append(("customers", cid, 1, 0))
    for cid in sorted(set(rows) - counts.customers):
        differences.append(("customers", cid, 0, 1))
    for cid in sorted(counts.customers & set(rows)):
        kinds = counts.kinds[cid]
        contacts, purchases = rows[cid]
        if (kinds["ContactLogged"], kinds["PurchaseNoted"]) != (contacts, purchases):
            differences.append(
                ("contacts", cid, kinds["ContactLogged"], contacts),
            )
    timeline = dict(
        db.execute("SELECT customer_id, count(*) FROM timeline GROUP BY customer_id").fetchall()
    )
    for cid in sorted(set(timeline) | set(counts.timeline)):
        if timeline.get(cid, 0) != counts.timeline.get(cid, 0):
            differences.append(("timeline", cid, counts.timeline.get(cid, 0), timeline.get(cid, 0)))
    if say:
        for what, cid, expected, found in differences[:LISTED]:
            report.add(
                PROBLEM,
                "errors-check-views-disagree",
                view=what,
                id=cid,
                expected=expected,
                found=found,
            )
    return not differences


__all__ = ["CheckReport", "Finding", "ShopProblem", "check_shop", "integrity"]
