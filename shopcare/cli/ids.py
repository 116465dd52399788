"""Ids as people type them: a full id, or a unique beginning of one (4+ characters)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from shopcare.domain.errors import InvalidInput
from shopcare.domain.values import id_prefix, shown
from shopcare.readmodels.customers import merged_ids_starting
from shopcare.readmodels.projection import ids_starting
from shopcare.service.shop import Shop


def resolve_id(shop: Shop, given: str, table: str, what: str, load: Callable[[str], Any]) -> str:
    """The full id in ``table`` that ``given`` names; ``load`` explains a miss clearly."""
    text = id_prefix(given, what)
    found = ids_starting(shop.db, table, text)
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise InvalidInput("errors-ambiguous-id", what=what, value=shown(given))
    load(text)  # raises a clear "no such ..." or "not an id"
    return text


def resolve_customer(shop: Shop, given: str) -> str:
    """The customer an id (or its beginning) names; a merged record's id names the kept one."""
    text = id_prefix(given, "words-customer")
    if not ids_starting(shop.db, "customers", text):
        merged = merged_ids_starting(shop.db, text)
        if len(merged) == 1:
            return merged[0][1]
    return resolve_id(shop, given, "customers", "words-customer", shop.app.get_customer)


def resolve_task(shop: Shop, given: str) -> str:
    return resolve_id(shop, given, "tasks", "words-task", shop.app.get_task)
