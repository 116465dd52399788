"""The read models alone, for a command that only reads them, when they are current.

Opening the shop (:class:`~shopcare.service.shop.Shop`) loads the application and every
event class, so that it can catch the views up. A command that only reads (``shopcare
customer find``) first asks whether there is anything to catch up: when the views hold
every stored event it reads them as they are; when not, it opens the shop as before, so
what another computer or process saved a moment ago is shown.
"""

from __future__ import annotations

import sqlite3

from shopcare.domain.values import require_text
from shopcare.readmodels.current import views_current
from shopcare.readmodels.database import Database
from shopcare.service.config import Config
from shopcare.service.folders import check_data_dir


def current_views(config: Config, staff: str) -> Database | None:
    """The read models, opened for reading, if they hold every event in the embedded store;
    None when they are behind, missing or damaged, or the events are on a server.

    The data folder and the staff name are checked as opening the shop checks them."""
    require_text(staff, "words-staff")
    check_data_dir(config.data_dir)
    if config.postgres is not None or not config.readmodels_path.is_file():
        return None
    head = last_position(config)
    if head is None:
        return None
    try:
        db = Database(config.readmodels_path)
        db.execute("PRAGMA busy_timeout=10000")
    except sqlite3.Error:
        return None
    if views_current(db, head):
        return db
    db.close()
    return None


def last_position(config: Config) -> int | None:
    """The position of the last event in the embedded store (0 when there is none), or
    None when the store cannot say (no file yet, not readable, another layout)."""
    if not config.events_path.is_file():
        return None
    try:
        # Read-write, as the store opens it (a read-only connection would leave the
        # store's journal files behind), but never made: mode=rw.
        conn = sqlite3.connect(
            f"{config.events_path.absolute().as_uri()}?mode=rw", uri=True, timeout=10
        )
    except sqlite3.Error:
        return None
    try:
        return conn.execute("SELECT max(rowid) FROM stored_events").fetchone()[0] or 0
    except sqlite3.Error:
        return None
    finally:
        conn.close()
