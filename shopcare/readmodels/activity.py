"""Per customer: visits and the latest visit or purchase, kept as the events come.

The milestone rule counts visits (walk-ins) as well as purchases, and needs to know
whether the latest one is news; the sweep asks for every customer at once, so these
counts are kept here instead of being counted from the whole timeline each day.
Like the customers' own counts, a withdrawn entry still counts.
"""

from __future__ import annotations

from dataclasses import dataclass

from shopcare.domain.customer import Customer
from shopcare.readmodels.database import Database
from shopcare.readmodels.events import (
    NOTE_EVENTS,
    OPEN_ITEM_EVENTS,
    PROFILE_EVENTS,
    SETTINGS_EVENTS,
    TASK_EVENTS,
)
from shopcare.readmodels.projection import Projection, handles
from shopcare.readmodels.recorded import Recorded
from shopcare.readmodels.weekly_facts import channel_and_direction


@dataclass
class _Seen:
    visits: int = 0
    last: str = ""


class ActivityProjection(Projection):
    """Visits and the latest visit or purchase, per customer (written once per batch)."""

    name = "activity"
    tables = ("customer_activity",)
    ignores = (
        *PROFILE_EVENTS,
        *OPEN_ITEM_EVENTS,
        *NOTE_EVENTS,
        Customer.EntryCorrected,
        *TASK_EVENTS,
        *SETTINGS_EVENTS,
    )

    def __init__(self) -> None:
        self._seen: dict[str, _Seen] = {}

    def create(self, db: Database) -> None:
        db.execute(
            """CREATE TABLE IF NOT EXISTS customer_activity (customer_id TEXT PRIMARY KEY,
               visits INTEGER NOT NULL DEFAULT 0, last_visit_or_purchase_at TEXT)"""
        )

    def _see(self, cid: str, at: str, visit: bool) -> None:
        seen = self._seen.get(cid)
        if seen is None:
            seen = self._seen[cid] = _Seen()
        seen.visits += visit
        seen.last = max(seen.last, at)

    @handles(Customer.ContactLogged)
    def contact_logged(self, db: Database, e: Recorded) -> None:
        if channel_and_direction(e)[0] == "walk-in":
            self._see(e.originator_id, e.at, True)

    @handles(Customer.PurchaseNoted)
    def purchase_noted(self, db: Database, e: Recorded) -> None:
        self._see(e.originator_id, e.at, False)

    def flush(self, db: Database) -> None:
        seen, self._seen = self._seen, {}
        db.conn.executemany(
            """INSERT INTO customer_activity (customer_id, visits, last_visit_or_purchase_at)
               VALUES (?, ?, ?) ON CONFLICT(customer_id) DO UPDATE SET
               visits = visits + excluded.visits,
               last_visit_or_purchase_at = max(coalesce(last_visit_or_purchase_at, ''),
                                               excluded.last_visit_or_purchase_at)""",
            [(cid, s.visits, s.last) for cid, s in seen.items()],
        )

    @handles(Customer.MergedInto)
    def merged_into(self, db: Database, e: Recorded) -> None:
        """The duplicate's visits join the kept customer's."""
        self.flush(db)
        row = db.execute(
            "SELECT visits, last_visit_or_purchase_at FROM customer_activity WHERE customer_id = ?",
            [e.originator_id],
        ).fetchone()
        if row is None:
            return
        db.execute("DELETE FROM customer_activity WHERE customer_id = ?", [e.originator_id])
        self._see(e.data["into"], row[1] or "", False)
        self._seen[e.data["into"]].visits += row[0]

    @handles(Customer.Forgotten)
    def forgotten(self, db: Database, e: Recorded) -> None:
        self.flush(db)
        db.execute("DELETE FROM customer_activity WHERE customer_id = ?", [e.originator_id])
