"""Retrying a command when another writer saved the same aggregate first."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from eventsourcing.persistence import IntegrityError

T = TypeVar("T")

#: How often a command is tried before the conflict is reported.
CONFLICT_RETRIES = 12


def retry_on_conflict(attempt_once: Callable[[], T]) -> T:
    """Run ``attempt_once`` (load, decide, save) again whenever its save conflicts.

    Each attempt must load fresh state; the wait between attempts is short and random,
    so two desks logging at the same moment do not collide again and again.
    """
    for attempt in range(CONFLICT_RETRIES):
        try:
            return attempt_once()
        except IntegrityError:
            if attempt == CONFLICT_RETRIES - 1:
                raise
            time.sleep(random.uniform(0.0, 0.01) * (attempt + 1))
    raise AssertionError("unreachable")  # pragma: no cover
