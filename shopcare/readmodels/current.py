"""Whether a read-model file holds every stored event, asked without the projections.

``shopcare customer find`` reads the views at once when they are current, without
the application or the projections (which import every event class); when they are
behind it opens the shop, which catches them up first. So this module names each
projection and the version of its tables here, and the projections take their
``version`` from this list (one place to raise it); a test checks the names against
:func:`shopcare.readmodels.store.default_projections`.
"""

from __future__ import annotations

import sqlite3

from shopcare.readmodels.database import Database

#: Each projection's name and the version of its tables (``Projection.version``).
VERSIONS = {
    "customers": 3,
    "timeline": 2,
    "open_items": 1,
    "tasks": 3,
    "care_facts": 1,
    "weekly_facts": 2,
    "activity": 1,
}


def views_current(db: Database, head: int) -> bool:
    """Whether every projection of this version has applied the log up to ``head`` (the
    position of the last stored event), with no bulk load left unfinished. A file that
    is not (yet) read models, or is damaged, is not current either."""
    try:
        positions = dict(db.execute("SELECT projection, position FROM positions"))
        versions = dict(db.execute("SELECT projection, version FROM versions"))
        unfinished = db.execute("SELECT 1 FROM bulk_loads LIMIT 1").fetchone()
    except sqlite3.DatabaseError:
        return False
    return unfinished is None and all(
        positions.get(name) == head and versions.get(name) == version
        for name, version in VERSIONS.items()
    )
