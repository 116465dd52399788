"""Commands on a bare aggregate, with the fields a test does not care about filled in:
``from aggregates import phone_call``."""

from __future__ import annotations

from collections.abc import Sequence

from shopcare.domain.customer import Customer
from shopcare.domain.stamp import Stamp


def phone_call(
    customer: Customer,
    stamp: Stamp,
    summary: str,
    *,
    topics: Sequence[str] = (),
    connection: bool = False,
    minutes: int | None = None,
) -> None:
    """An incoming phone call, neutral, about no touchpoint (the aggregate asks for every field)."""
    customer.log_contact(
        stamp,
        channel="phone",
        direction="in",
        summary=summary,
        topics=list(topics),
        touchpoint=None,
        sentiment="neutral",
        connection=connection,
        minutes=minutes,
        went_beyond="",
    )
