"""What a customer's profile holds, apart from the aggregate (which makes every event
class when imported): the read models' search and the command line name these fields
without loading the events."""

from __future__ import annotations

#: Profile fields that "details changed" may set.
PROFILE_FIELDS = (
    "name",
    "phone",
    "email",
    "address",
    "postal_code",
    "birthday",
    "tags",
    "notes",
)
