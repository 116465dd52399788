"""``shopcare customer find QUERY [--limit N]``: customers by name, phone, email or tag.

It needs only the views: :func:`find_customers` is given them current, either as they
were (:func:`shopcare.service.views.current_views`) or from the shop just caught up.
"""

from __future__ import annotations

import argparse

from shopcare.cli.output import emit
from shopcare.cli.words import terminal
from shopcare.domain.values import clean_text, parse_count
from shopcare.readmodels.customer_search import search_customers
from shopcare.readmodels.database import Database

#: The most rows ``customer find`` prints.
MAX_LIMIT = 10_000


def find_customers(db: Database, args: argparse.Namespace) -> int:
    query = clean_text(args.query, "words-query")
    limit = parse_count(args.limit, "words-limit", minimum=1, maximum=MAX_LIMIT, required=True)
    rows = search_customers(db, query, limit=limit)
    data = [{k: r[k] for k in ("id", "name", "phone", "email", "tags")} for r in rows]
    emit(
        args,
        data,
        lambda: (
            "\n".join(f"{r['id']}  {r['name']}  {r['phone']}  {r['email']}" for r in rows)
            or terminal()("cli-no-customers")
        ),
    )
    return 0
