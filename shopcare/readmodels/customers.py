"""Customer list and search: one row per customer, a trigram index, and name bigrams.

SQLite's trigram tokenizer needs three characters, and many Korean given names
have two ("민수" in "김민수"), so two-character name parts are looked up in a
small bigram table instead. Phones are indexed by their digits, so "1234" finds
"010-5678-1234". Names are searched composed (NFC), and by their initial
consonants too (초성: "ㄱㅁㅅ", "김민ㅅ"; see :mod:`.korean_search`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from shopcare.domain.customer import PROFILE_FIELDS, Customer
from shopcare.domain.values import phone_digits
from shopcare.readmodels.current import VERSIONS
from shopcare.readmodels.customer_search import COLUMNS, customer_row
from shopcare.readmodels.customer_search import get_customer_row as get_customer_row
from shopcare.readmodels.customer_search import search_customers as search_customers
from shopcare.readmodels.database import Database
from shopcare.readmodels.events import NOTE_EVENTS, OPEN_ITEM_EVENTS, SETTINGS_EVENTS, TASK_EVENTS
from shopcare.readmodels.korean_search import initials, search_key
from shopcare.readmodels.projection import Projection, handles
from shopcare.readmodels.recorded import Recorded, utc_text


def name_grams(name: str, tags: list[str]) -> set[str]:
    """Every two-character piece of the name's words (and of the name without spaces),
    of their initial consonants (김민수: ㄱㅁ, ㅁㅅ), and two-character tags."""
    words = search_key(name).split()
    words.append("".join(words))
    words += [initials(w) for w in words]
    words.extend(search_key(t) for t in tags if len(t) == 2)
    return {w[i : i + 2] for w in words for i in range(len(w) - 1)}


FTS_COLUMNS = ("search_name", "initials", "phone_digits", "email", "tags_text")

#: The columns "details changed" may set: the profile fields, each a column.
CHANGEABLE = frozenset(PROFILE_FIELDS)
assert CHANGEABLE.issubset(COLUMNS), "every profile field needs its column"


INSERT_CUSTOMER = """INSERT INTO customers (id, name, search_name, initials, phone,
    phone_digits, email, address, postal_code, birthday, tags, tags_text, notes,
    registered_at, position) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"""


@dataclass
class _Counts:
    """A customer's contacts and purchases seen in this batch, and the latest contact."""

    contacts: int = 0
    purchases: int = 0
    last_contact_at: str = ""
    position: int = 0


class CustomersProjection(Projection):
    """Profiles are written at once; contact and purchase counts once per batch."""

    name = "customers"
    tables = ("customers_fts", "customers", "name_grams", "merged_customers")
    version = VERSIONS[
        "customers"
    ]  # names searched composed, by their initial consonants, grams in name order
    ignores = (
        *OPEN_ITEM_EVENTS,
        *NOTE_EVENTS,
        Customer.EntryCorrected,
        *TASK_EVENTS,
        *SETTINGS_EVENTS,
    )

    bulk_indexes = ("customers_name_id", "customers_postal")
    bulk_triggers = ("customers_fts_ai", "customers_fts_au", "customers_fts_ad")

    def __init__(self) -> None:
        # New customers (and their name pieces) and counts, written once per batch.
        self._new: list[tuple[Any, ...]] = []
        self._grams: list[tuple[str, str, str]] = []
        self._counts: dict[str, _Counts] = {}

    def end_bulk(self, db: Database) -> None:
        """Make the triggers again and refill the search index from the rows."""
        self.create(db)
        db.execute("INSERT INTO customers_fts (customers_fts) VALUES ('rebuild')")

    def create(self, db: Database) -> None:
        db.execute(
            """CREATE TABLE IF NOT EXISTS customers (
                id TEXT PRIMARY KEY, name TEXT NOT NULL, search_name TEXT NOT NULL,
                initials TEXT NOT NULL, phone TEXT, phone_digits TEXT,
                email TEXT, address TEXT, postal_code TEXT, birthday TEXT, tags TEXT,
                tags_text TEXT, notes TEXT, registered_at TEXT, last_contact_at TEXT,
                contacts INTEGER NOT NULL DEFAULT 0, purchases INTEGER NOT NULL DEFAULT 0,
                position INTEGER NOT NULL)"""
        )
        db.execute("CREATE INDEX IF NOT EXISTS customers_name_id ON customers(name, id)")
        db.execute("CREATE INDEX IF NOT EXISTS customers_postal ON customers(postal_code)")
        db.execute(
            "CREATE TABLE IF NOT EXISTS name_grams (gram TEXT NOT NULL, name TEXT NOT NULL,"
            " customer_id TEXT NOT NULL, PRIMARY KEY (gram, name, customer_id)) WITHOUT ROWID"
        )
        db.execute("CREATE INDEX IF NOT EXISTS name_grams_customer ON name_grams(customer_id)")
        db.execute(
            "CREATE TABLE IF NOT EXISTS merged_customers (other_id TEXT PRIMARY KEY,"
            " kept_id TEXT NOT NULL)"
        )
        db.execute("CREATE INDEX IF NOT EXISTS merged_customers_kept ON merged_customers(kept_id)")
        cols = ", ".join(FTS_COLUMNS)
        new = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
        old = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
        db.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS customers_fts USING fts5({cols},"
            " content='customers', content_rowid='rowid', tokenize='trigram')"
        )
        # Only changes to the searched columns touch the index (not contact counts).
        db.execute(
            "CREATE TRIGGER IF NOT EXISTS customers_fts_ai AFTER INSERT ON customers BEGIN"
            f" INSERT INTO customers_fts (rowid, {cols}) VALUES (new.rowid, {new}); END"
        )
        db.execute(
            f"CREATE TRIGGER IF NOT EXISTS customers_fts_au AFTER UPDATE OF {cols} ON customers"
            f" BEGIN INSERT INTO customers_fts (customers_fts, rowid, {cols})"
            f" VALUES ('delete', old.rowid, {old});"
            f" INSERT INTO customers_fts (rowid, {cols}) VALUES (new.rowid, {new}); END"
        )
        # A merged or forgotten customer leaves the search index with their row.
        db.execute(
            "CREATE TRIGGER IF NOT EXISTS customers_fts_ad AFTER DELETE ON customers BEGIN"
            f" INSERT INTO customers_fts (customers_fts, rowid, {cols})"
            f" VALUES ('delete', old.rowid, {old}); END"
        )

    # ----- events -----------------------------------------------------------------

    @handles(Customer.Registered)
    def registered(self, db: Database, e: Recorded) -> None:
        d = e.data
        self._new.append(
            (
                e.originator_id,
                d["name"],
                search_key(d["name"]),
                initials(d["name"]),
                d["phone"],
                phone_digits(d["phone"]),
                d["email"],
                d["address"],
                d["postal_code"],
                d["birthday"],
                json.dumps(d["tags"], ensure_ascii=False),
                " ".join(d["tags"]),
                d["notes"],
                utc_text(d["occurred_at"]),
                e.position,
            )
        )
        cid = e.originator_id
        self._grams.extend((g, d["name"], cid) for g in sorted(name_grams(d["name"], d["tags"])))

    @handles(Customer.DetailsChanged)
    def details_changed(self, db: Database, e: Recorded) -> None:
        self._write_new(db)  # the row it changes may have come in this batch
        cid = e.originator_id
        # Only profile fields become column names (the domain allows no others).
        changes = {k: v for k, v in e.data["changes"].items() if k in CHANGEABLE}
        if "tags" in changes:
            changes["tags_text"] = " ".join(changes["tags"])
            changes["tags"] = json.dumps(changes["tags"], ensure_ascii=False)
        if "phone" in changes:
            changes["phone_digits"] = phone_digits(changes["phone"])
        if "name" in changes:
            changes["search_name"] = search_key(changes["name"])
            changes["initials"] = initials(changes["name"])
        changes["position"] = e.position
        sets = ", ".join(f"[{k}] = ?" for k in changes)
        db.execute(f"UPDATE customers SET {sets} WHERE id = ?", [*changes.values(), cid])
        if "name" in changes or "tags" in changes:
            row = db.execute("SELECT name, tags FROM customers WHERE id = ?", [cid]).fetchone()
            self._index_name(db, cid, row[0], json.loads(row[1]))

    @handles(Customer.ContactLogged)
    def contact_logged(self, db: Database, e: Recorded) -> None:
        counts = self._counts.get(e.originator_id)
        if counts is None:
            counts = self._counts[e.originator_id] = _Counts()
        counts.contacts += 1
        counts.last_contact_at = max(counts.last_contact_at, e.at)
        counts.position = e.position

    @handles(Customer.PurchaseNoted)
    def purchase_noted(self, db: Database, e: Recorded) -> None:
        counts = self._counts.get(e.originator_id)
        if counts is None:
            counts = self._counts[e.originator_id] = _Counts()
        counts.purchases += 1
        counts.position = e.position

    def _write_new(self, db: Database) -> None:
        new, grams = self._new, self._grams
        self._new, self._grams = [], []
        db.conn.executemany(INSERT_CUSTOMER, new)
        db.conn.executemany(
            "INSERT INTO name_grams (gram, name, customer_id) VALUES (?, ?, ?)", grams
        )

    def flush(self, db: Database) -> None:
        self._write_new(db)
        counts, self._counts = self._counts, {}
        db.conn.executemany(
            """UPDATE customers SET contacts = contacts + ?, purchases = purchases + ?,
               last_contact_at = nullif(max(coalesce(last_contact_at, ''), ?), ''),
               position = max(position, ?) WHERE id = ?""",
            [
                (c.contacts, c.purchases, c.last_contact_at, c.position, cid)
                for cid, c in counts.items()
            ],
        )

    @handles(Customer.MergedInto)
    def merged_into(self, db: Database, e: Recorded) -> None:
        """The duplicate's counts join the kept customer's; its id points there."""
        self.flush(db)  # the counts gathered so far belong to the rows they were seen on
        other, kept = e.originator_id, e.data["into"]
        db.execute("UPDATE merged_customers SET kept_id = ? WHERE kept_id = ?", [kept, other])
        db.execute(
            "INSERT OR REPLACE INTO merged_customers (other_id, kept_id) VALUES (?, ?)",
            [other, kept],
        )
        row = db.execute(
            "SELECT contacts, purchases, last_contact_at FROM customers WHERE id = ?", [other]
        ).fetchone()
        if row is not None:
            db.execute(
                """UPDATE customers SET contacts = contacts + ?, purchases = purchases + ?,
                   last_contact_at = nullif(max(coalesce(last_contact_at, ''), ?), '')
                   WHERE id = ?""",
                [row[0], row[1], row[2] or "", kept],
            )
        self._remove(db, other)

    @handles(Customer.Forgotten)
    def forgotten(self, db: Database, e: Recorded) -> None:
        """A forgotten person leaves the list, the search and the sweep."""
        self.flush(db)
        self._remove(db, e.originator_id)

    @staticmethod
    def _remove(db: Database, cid: str) -> None:
        """The customer's row and name pieces go (the search index follows by trigger)."""
        db.execute("DELETE FROM customers WHERE id = ?", [cid])
        db.execute("DELETE FROM name_grams WHERE customer_id = ?", [cid])

    @staticmethod
    def _index_name(db: Database, cid: str, name: str, tags: list[str], new: bool = False) -> None:
        if not new:
            db.execute("DELETE FROM name_grams WHERE customer_id = ?", [cid])
        db.conn.executemany(
            "INSERT INTO name_grams (gram, name, customer_id) VALUES (?, ?, ?)",
            [(g, name, cid) for g in sorted(name_grams(name, tags))],
        )


def kept_id(db: Database, customer_id: str) -> str:
    """The customer an id means now: the kept one, when it was merged into another."""
    row = db.execute(
        "SELECT kept_id FROM merged_customers WHERE other_id = ?", [customer_id]
    ).fetchone()
    return customer_id if row is None else row[0]


def merged_ids(db: Database, customer_id: str) -> list[str]:
    """The ids of the duplicates merged into this customer."""
    rows = db.execute(
        "SELECT other_id FROM merged_customers WHERE kept_id = ? ORDER BY other_id", [customer_id]
    )
    return [r[0] for r in rows]


def merged_ids_starting(db: Database, prefix: str) -> list[tuple[str, str]]:
    """At most two (merged id, kept id) pairs whose merged id begins with ``prefix``."""
    rows = db.execute(
        "SELECT other_id, kept_id FROM merged_customers WHERE other_id >= ? AND other_id < ?"
        " ORDER BY other_id LIMIT 2",
        [prefix, prefix + "\U0010ffff"],
    )
    return [(r[0], r[1]) for r in rows]


#: What the customer list shows; enough to page through 20,000 customers quickly.
LIST_COLUMNS = ("id", "name", "phone", "email", "last_contact_at")


def count_customers(db: Database) -> int:
    return db.execute("SELECT count(*) FROM customers").fetchone()[0]


def customer_page(
    db: Database, after: tuple[str, str] | None = None, limit: int = 500
) -> list[dict[str, Any]]:
    """The next ``limit`` customers by name after ``(name, id)`` (keyset paging)."""
    where, params = ("WHERE (name, id) > (?, ?)", [*after]) if after else ("", [])
    cursor = db.execute(
        f"SELECT {', '.join(LIST_COLUMNS)} FROM customers {where} ORDER BY name, id LIMIT ?",
        [*params, limit],
    )
    return [dict(zip(LIST_COLUMNS, row, strict=True)) for row in cursor]


def customer_rank(db: Database, customer_id: str) -> int:
    """Where a customer stands in the list by name (0 first), or -1 if unknown."""
    row = db.execute("SELECT name FROM customers WHERE id = ?", [customer_id]).fetchone()
    if row is None:
        return -1
    return db.execute(
        "SELECT count(*) FROM customers WHERE (name, id) < (?, ?)", [row[0], customer_id]
    ).fetchone()[0]


def list_customers(db: Database, limit: int = 100_000) -> list[dict[str, Any]]:
    """All customers by name."""
    sql = f"SELECT {', '.join(COLUMNS)} FROM customers ORDER BY name, id LIMIT ?"
    return [customer_row(r) for r in db.query(sql, [limit])]
