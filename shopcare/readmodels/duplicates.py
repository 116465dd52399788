"""Customers who may be one person entered twice: same phone, same email, or a very
similar name (for the merge in ``shopcare merge`` and the window's duplicate finder)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from shopcare.readmodels.database import Database

#: How alike two names must be to be shown (1.0: the same but for spaces and case).
NAME_LIKENESS = 0.88
#: Names shorter than this must be the same to be shown (김민수 and 김민서 are two people).
SHORT_NAME = 5
#: How many neighbours in name order are compared with each name.
WINDOW = 6


@dataclass(frozen=True)
class Duplicate:
    """Two customers who may be one person, and why they look alike."""

    keep: dict[str, Any]  # the one registered first
    other: dict[str, Any]
    reasons: tuple[str, ...]  # "phone", "email", "name"


def name_key(name: str) -> str:
    """A name as compared: composed, lower case, letters and digits only."""
    text = unicodedata.normalize("NFKC", name).lower()
    return "".join(ch for ch in text if ch.isalnum())


def similar_names(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    if min(len(a), len(b)) < SHORT_NAME:
        return False
    return SequenceMatcher(None, a, b).ratio() >= NAME_LIKENESS


def find_duplicates(db: Database, limit: int = 500) -> list[Duplicate]:
    """Pairs of customers who may be one person, strongest first (at most ``limit``)."""
    rows = {
        r["id"]: r
        for r in db.query(
            "SELECT id, name, phone, email, registered_at, contacts FROM customers"
            " ORDER BY registered_at, id"
        )
    }
    reasons: dict[tuple[str, str], set[str]] = {}

    def pair(a: str, b: str, why: str) -> None:
        if a == b:
            return
        key = (a, b) if (rows[a]["registered_at"], a) <= (rows[b]["registered_at"], b) else (b, a)
        reasons.setdefault(key, set()).add(why)

    for why, sql in (
        ("phone", "SELECT phone_digits, id FROM customers WHERE phone_digits != ''"),
        ("email", "SELECT lower(email), id FROM customers WHERE email != ''"),
    ):
        groups: dict[str, list[str]] = {}
        for value, cid in db.execute(sql):
            groups.setdefault(value, []).append(cid)
        for ids in groups.values():
            for i, a in enumerate(ids):
                for b in ids[i + 1 :]:
                    pair(a, b, why)

    keyed = [(name_key(r["name"]), cid) for cid, r in rows.items()]
    for order in (lambda k: k, lambda k: k[::-1]):  # typos at the start are caught too
        ranked = sorted(keyed, key=lambda t: (order(t[0]), t[1]))
        for i, (a_key, a) in enumerate(ranked):
            for b_key, b in ranked[i + 1 : i + 1 + WINDOW]:
                if similar_names(a_key, b_key):
                    pair(a, b, "name")

    strength = {"phone": 3, "email": 3, "name": 1}
    found = [Duplicate(rows[a], rows[b], tuple(sorted(why))) for (a, b), why in reasons.items()]
    found.sort(key=lambda d: (-sum(strength[w] for w in d.reasons), d.keep["name"], d.keep["id"]))
    return found[:limit]
