"""Finding customers in the read models: search, one customer's row.

Kept apart from the projection that writes these tables (:mod:`.customers`), which
imports every event class: ``shopcare customer find`` reads current views with this
module alone. How the tables are searched is said in :mod:`.customers`.
"""

from __future__ import annotations

import json
from typing import Any

from shopcare.domain.profile import PROFILE_FIELDS
from shopcare.domain.values import phone_digits
from shopcare.readmodels.database import Database
from shopcare.readmodels.korean_search import (
    has_lone_initial,
    initials,
    name_matches,
    only_initials,
    search_key,
)

COLUMNS = (
    "id",
    *PROFILE_FIELDS,
    "registered_at",
    "last_contact_at",
    "contacts",
    "purchases",
)


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def search_customers(db: Database, query: str, limit: int = 50) -> list[dict[str, Any]]:
    """Customers whose name, phone digits, email or tags contain every word of ``query``.

    Words of three or more characters use the trigram index; two-character words
    use the name bigrams; a single character matches the start of a name. Words
    with lone consonants search names by their initials: "ㄱㅁㅅ" and "ㅁㅅ" find
    김민수, and so does "김민ㅅ" (a syllable still being typed).
    """
    terms = [_term(raw) for raw in search_key(query).split()]
    if len(terms) == 1 and (gram := _one_gram(terms[0])):
        return _by_gram(db, gram, limit)
    conditions: list[str] = []
    params: list[Any] = []
    for term in terms:
        if has_lone_initial(term):
            _initials_conditions(db, term, conditions, params)
        elif len(term) >= 3:
            conditions.append(
                "c.rowid IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?)"
            )
            params.append(_fts_phrase(term))
        elif len(term) == 2 and term.isdigit():
            conditions.append("c.phone_digits LIKE ?")
            params.append(f"%{term}%")
        elif len(term) == 2:
            conditions.append("c.id IN (SELECT customer_id FROM name_grams WHERE gram = ?)")
            params.append(term)
        else:  # '%' and '_' are letters here, not LIKE's wildcards
            conditions.append("c.search_name LIKE ? ESCAPE '\\'")
            params.append(f"{_like_escaped(term)}%")
    if not conditions:
        return []
    sql = (
        f"SELECT {', '.join('c.' + c for c in COLUMNS)} FROM customers c WHERE "
        + " AND ".join(conditions)
        + " ORDER BY c.name, c.id LIMIT ?"
    )
    return [customer_row(r) for r in db.query(sql, [*params, limit])]


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _term(raw: str) -> str:
    """A search word as it is looked up: a phone number by its digits."""
    digits = phone_digits(raw)
    return digits if digits and set(raw) <= set("0123456789-+(). ") else raw


def _one_gram(term: str) -> str | None:
    """The name bigram that alone decides a two-character word (민수, 단골, ㅇㅅ), if it does."""
    if len(term) != 2 or term.isdigit():
        return None
    if has_lone_initial(term):
        return term if only_initials(term) else None
    return term


def _by_gram(db: Database, gram: str, limit: int) -> list[dict[str, Any]]:
    """The first customers by name who have ``gram``: read in name order from the bigram
    table and stopped at ``limit``, however many thousand match."""
    sql = (
        f"SELECT {', '.join('c.' + c for c in COLUMNS)} FROM (SELECT name, customer_id"
        " FROM name_grams WHERE gram = ? ORDER BY name, customer_id LIMIT ?) g"
        " JOIN customers c ON c.id = g.customer_id ORDER BY g.name, g.customer_id"
    )
    return [customer_row(r) for r in db.query(sql, [gram, limit])]


def _initials_conditions(db: Database, term: str, conditions: list[str], params: list[Any]) -> None:
    """A word with lone consonants: the initials index finds the candidates, then the
    initials (ㄱㅁㅅ) or the name itself (김민ㅅ, a lone consonant for any syllable) decide."""
    key = initials(term)
    if len(key) >= 3:
        conditions.append(
            "c.rowid IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?)"
        )
        params.append("initials: " + _fts_phrase(key))
    elif len(key) == 2:
        conditions.append("c.id IN (SELECT customer_id FROM name_grams WHERE gram = ?)")
        params.append(key)
    if only_initials(term):
        if len(key) == 1:
            conditions.append("c.initials LIKE ?")
            params.append(f"{key}%")
        else:
            conditions.append("instr(c.initials, ?) > 0")
            params.append(key)
        return
    db.conn.create_function("shopcare_name_matches", 2, name_matches, deterministic=True)
    conditions.append("shopcare_name_matches(?, c.search_name)")
    params.append(term)


def customer_row(row: dict[str, Any]) -> dict[str, Any]:
    """A customer row with its tags decoded."""
    row = dict(row)
    row["tags"] = json.loads(row["tags"] or "[]")
    return row


def get_customer_row(db: Database, customer_id: str) -> dict[str, Any] | None:
    rows = list(db.query(f"SELECT {', '.join(COLUMNS)} FROM customers WHERE id = ?", [customer_id]))
    return customer_row(rows[0]) if rows else None
