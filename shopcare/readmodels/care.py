"""Care facts: the shop's settings, and what to keep in mind about a customer.

``care_facts`` holds one row per customer with something to keep in mind: after a
bereavement, promotions pause (until ``promotions_paused_until``).
``shop_settings`` holds the shop's name, address, staff list, language and weekly
budget of kind acts.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from shopcare.domain.customer import Customer
from shopcare.domain.delight_rules import SENSITIVE_RECENT_DAYS
from shopcare.domain.delight_rules import promotions_paused_until as pause_end
from shopcare.domain.kindness import DEFAULT_BUDGET, Budget
from shopcare.domain.shop_settings import ShopSettings
from shopcare.readmodels.database import Database
from shopcare.readmodels.events import OPEN_ITEM_EVENTS, PROFILE_EVENTS, TASK_EVENTS, VISIT_EVENTS
from shopcare.readmodels.projection import Projection, handles
from shopcare.readmodels.recorded import Recorded


class CareFactsProjection(Projection):
    name = "care_facts"
    tables = ("care_facts", "shop_settings")
    ignores = (
        *PROFILE_EVENTS,
        *VISIT_EVENTS,
        *OPEN_ITEM_EVENTS,
        Customer.FeedbackReceived,
        Customer.ReferredElsewhere,
        Customer.GiftSent,
        Customer.EntryCorrected,
        *TASK_EVENTS,
        ShopSettings.Started,
        ShopSettings.RuleSwitched,
        ShopSettings.LeadTimeChanged,
    )

    def create(self, db: Database) -> None:
        db.execute(
            """CREATE TABLE IF NOT EXISTS care_facts (customer_id TEXT PRIMARY KEY,
               promotions_paused_until TEXT, sensitive_note TEXT, sensitive_on TEXT,
               sensitive_entry INTEGER)"""
        )
        db.execute("CREATE TABLE IF NOT EXISTS shop_settings (key TEXT PRIMARY KEY, value TEXT)")

    @handles(Customer.LifeEventNoted)
    def life_event_noted(self, db: Database, e: Recorded) -> None:
        d = e.data
        if not (d["sensitive"] or d["kind"] == "bereavement"):
            return
        noted = d["occurred_at"][:10]  # the day where it was noted (its own offset)
        bereaved = d["kind"] == "bereavement"
        until = pause_end(date.fromisoformat(noted)).isoformat() if bereaved else None
        note = f"{d['kind']}: {d['note']}" if d["note"] else d["kind"]
        db.execute(
            """INSERT INTO care_facts (customer_id, promotions_paused_until, sensitive_note,
               sensitive_on, sensitive_entry) VALUES (?,?,?,?,?)
               ON CONFLICT(customer_id) DO UPDATE SET
               promotions_paused_until = CASE
                 WHEN excluded.promotions_paused_until IS NULL THEN promotions_paused_until
                 WHEN promotions_paused_until IS NULL THEN excluded.promotions_paused_until
                 ELSE max(promotions_paused_until, excluded.promotions_paused_until) END,
               sensitive_note = excluded.sensitive_note, sensitive_on = excluded.sensitive_on,
               sensitive_entry = excluded.sensitive_entry""",
            (e.originator_id, until, note, d["on"] or noted, e.originator_version),
        )

    @handles(Customer.MergedInto)
    def customer_merged(self, db: Database, e: Recorded) -> None:
        """What to keep in mind about the duplicate is kept in mind for the kept one."""
        other, kept = e.originator_id, e.data["into"]
        theirs = care_facts(db, other)
        if theirs is None:
            return
        if care_facts(db, kept) is None:
            db.execute("UPDATE care_facts SET customer_id = ? WHERE customer_id = ?", [kept, other])
            return
        db.execute(
            """UPDATE care_facts SET promotions_paused_until = CASE
                 WHEN promotions_paused_until IS NULL THEN ?
                 WHEN ? IS NULL THEN promotions_paused_until
                 ELSE max(promotions_paused_until, ?) END,
               sensitive_note = coalesce(sensitive_note, ?) WHERE customer_id = ?""",
            [*[theirs["promotions_paused_until"]] * 3, theirs["sensitive_note"], kept],
        )
        db.execute("DELETE FROM care_facts WHERE customer_id = ?", [other])

    @handles(Customer.Forgotten)
    def customer_forgotten(self, db: Database, e: Recorded) -> None:
        db.execute("DELETE FROM care_facts WHERE customer_id = ?", [e.originator_id])

    def _put(self, db: Database, **values: Any) -> None:
        db.conn.executemany(
            "INSERT INTO shop_settings (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            list(values.items()),
        )

    @handles(ShopSettings.ShopDetailsChanged)
    def shop_details_changed(self, db: Database, e: Recorded) -> None:
        self._put(db, shop_name=e.data["name"], shop_address=e.data["address"])

    @handles(ShopSettings.StaffListChanged)
    def staff_list_changed(self, db: Database, e: Recorded) -> None:
        self._put(db, staff_list=json.dumps(e.data["names"], ensure_ascii=False))

    @handles(ShopSettings.LanguageChanged)
    def language_changed(self, db: Database, e: Recorded) -> None:
        self._put(db, language=e.data["language"])

    @handles(ShopSettings.BudgetChanged)
    def budget_changed(self, db: Database, e: Recorded) -> None:
        self._put(db, budget_acts=str(e.data["acts"]), budget_money=str(e.data["money"]))


def care_facts(db: Database, customer_id: str) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM care_facts WHERE customer_id = ?", [customer_id]))
    return rows[0] if rows else None


def promotions_paused_until(db: Database, customer_id: str) -> str | None:
    """The date promotions resume for this customer (YYYY-MM-DD), or None."""
    facts = care_facts(db, customer_id)
    return facts["promotions_paused_until"] if facts else None


def shop_details(db: Database) -> dict[str, Any]:
    values = dict(db.execute("SELECT key, value FROM shop_settings").fetchall())
    return {
        "name": values.get("shop_name", ""),
        "address": values.get("shop_address", ""),
        "staff": json.loads(values.get("staff_list", "[]")),
        "language": values.get("language", ""),
    }


def weekly_budget(db: Database) -> Budget:
    """How many acts and how much money a week the shop can give (defaults until set)."""
    values = dict(
        db.execute(
            "SELECT key, value FROM shop_settings WHERE key IN ('budget_acts', 'budget_money')"
        ).fetchall()
    )
    if not values:
        return DEFAULT_BUDGET
    return Budget(
        int(values.get("budget_acts", DEFAULT_BUDGET.acts)),
        Decimal(values.get("budget_money", DEFAULT_BUDGET.money)),
    )


def shop_language(db: Database) -> str:
    """The language the shop chose ("ko", "en"), or "" while it has not chosen one."""
    row = db.execute("SELECT value FROM shop_settings WHERE key = 'language'").fetchone()
    return row[0] if row else ""


#: What a shop is called until its owner names it in the settings.
DEFAULT_SHOP_NAME = "ShopCare"


def shop_name(db: Database) -> str:
    """The shop's name from its settings, else ``DEFAULT_SHOP_NAME``."""
    return shop_details(db)["name"].strip() or DEFAULT_SHOP_NAME


@dataclass(frozen=True)
class CareState:
    """What staff should keep in mind about a customer right now (facts, not words).

    ``kind`` is the latest sensitive life event's kind ("bereavement", "illness"...)
    when it is recent (:data:`SENSITIVE_RECENT_DAYS`) or promotions are still paused;
    ``paused_until`` while promotions are paused; ``complaint_since`` and
    ``complaint_category`` while a complaint is open (the oldest).
    """

    kind: str = ""
    note: str = ""
    on: date | None = None
    paused_until: date | None = None
    complaint_since: str = ""
    complaint_category: str = ""

    def __bool__(self) -> bool:
        return bool(self.kind or self.paused_until or self.complaint_since)


def care_states(db: Database, customer_ids: Sequence[str], today: date) -> dict[str, CareState]:
    """The customers among ``customer_ids`` in a sensitive time, and what it is."""
    wanted = sorted(set(customer_ids))
    facts: dict[str, tuple] = {}
    complaints: dict[str, tuple[str, str]] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        marks = ", ".join("?" * len(chunk))
        for row in db.execute(
            "SELECT customer_id, promotions_paused_until, sensitive_note, sensitive_on"
            f" FROM care_facts WHERE customer_id IN ({marks})",
            chunk,
        ):
            facts[row[0]] = row[1:]
        for cid, opened, category in db.execute(
            "SELECT customer_id, min(opened_at), category FROM open_complaints"
            f" WHERE customer_id IN ({marks}) GROUP BY customer_id",
            chunk,
        ):
            complaints[cid] = (opened, category)
    out: dict[str, CareState] = {}
    for cid in wanted:
        until_text, note_text, on_text = facts.get(cid, (None, None, None))
        until = date.fromisoformat(until_text) if until_text else None
        if until is not None and until <= today:
            until = None
        on = date.fromisoformat(on_text[:10]) if on_text else None
        kind, note = "", ""
        if note_text and on is not None:
            recent = 0 <= (today - on).days <= SENSITIVE_RECENT_DAYS
            if recent or until is not None:
                kind, _, note = note_text.partition(": ")
        since, category = complaints.get(cid, ("", ""))
        state = CareState(kind, note, on if kind else None, until, since, category)
        if state:
            out[cid] = state
    return out
