"""The read-model database: projections, their positions, catching up and rebuilding.

Each projection records how far it has read in the event log in the same SQLite
transaction as its rows, so a crash loses nothing and applies nothing twice:
the next catch-up starts after the last committed position. Two processes may
catch up the same file at once: the write lock is taken first (``BEGIN
IMMEDIATE``) and positions are read again inside it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from sqlite_utils import Database

from shopcare.readmodels.care import CareFactsProjection
from shopcare.readmodels.customers import CustomersProjection
from shopcare.readmodels.open_items import OpenItemsProjection
from shopcare.readmodels.projection import Handler, Projection
from shopcare.readmodels.recorded import Recorded, RecordedReader
from shopcare.readmodels.tasks import TasksProjection
from shopcare.readmodels.timeline import TimelineProjection

#: How many events are applied in one transaction.
DEFAULT_BATCH = int(os.environ.get("SHOPCARE_PROJECTION_BATCH", "1000"))


class EventSource(Protocol):
    """What catching up needs from the application: its log and its mapper."""

    recorder: Any
    mapper: Any


#: One stored event as read from the log: position, originator id, version, topic, state.
StoredRow = tuple[int, Any, int, str, bytes]


def read_stored(recorder: Any, start: int, limit: int) -> Sequence[StoredRow]:
    """Up to ``limit`` stored events from position ``start`` on, in order."""
    notifications = recorder.select_notifications(start=start, limit=limit)
    return [(n.id, n.originator_id, n.originator_version, n.topic, n.state) for n in notifications]


def default_projections() -> list[Projection]:
    return [
        CustomersProjection(),
        TimelineProjection(),
        OpenItemsProjection(),
        TasksProjection(),
        CareFactsProjection(),
    ]


class ReadModels:
    """The read-model SQLite file and the projections kept in it."""

    def __init__(self, path: Path, projections: Sequence[Projection] | None = None) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = Database(self.path)
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA cache_size=-65536")  # 64 MiB: indexes of a big shop fit
        self.db.execute("PRAGMA temp_store=MEMORY")
        self.projections = list(projections or default_projections())
        # Handlers are looked up once per event class, not once per event.
        self._handlers: dict[str, dict[type, Handler]] = {
            p.name: {cls: p.handler(cls) for cls in p.handlers} for p in self.projections
        }
        self._wanted: dict[type, bool] = {}
        self._recorded_reader: RecordedReader | None = None
        self._create()

    def _create(self) -> None:
        with self._write():
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS positions (projection TEXT PRIMARY KEY,"
                " position INTEGER NOT NULL)"
            )
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS changed (projection TEXT PRIMARY KEY,"
                " position INTEGER NOT NULL)"
            )
            for projection in self.projections:
                projection.create(self.db)
                self.db.execute(
                    "INSERT OR IGNORE INTO positions (projection, position) VALUES (?, 0)",
                    [projection.name],
                )

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One write transaction, taking the write lock at once (no upgrade deadlock)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.rollback()
            raise
        self.db.commit()

    def close(self) -> None:
        self.db.close()

    def positions(self) -> dict[str, int]:
        """How far each projection has read in the event log."""
        rows = self.db.execute("SELECT projection, position FROM positions").fetchall()
        known = dict(rows)
        return {p.name: known.get(p.name, 0) for p in self.projections}

    def changed(self) -> dict[str, int]:
        """Where each projection last changed its rows: the position of the last event
        it applied (0 if none). A view compares it with what it shows, so it refreshes
        only when its projection moved, whichever window or process caught up."""
        known = dict(self.db.execute("SELECT projection, position FROM changed").fetchall())
        return {p.name: known.get(p.name, 0) for p in self.projections}

    def position(self) -> int:
        """The position every projection has reached."""
        return min(self.positions().values(), default=0)

    def catch_up(
        self,
        source: EventSource,
        batch: int = DEFAULT_BATCH,
        progress: Callable[[int], None] | None = None,
    ) -> int:
        """Apply every event recorded after the stored positions; return how many."""
        reader = self._reader(source)
        applied = 0
        while True:
            start = self.position() + 1
            rows = read_stored(source.recorder, start, batch)
            if not rows:
                return applied
            last = rows[-1][0]
            with self._write():
                positions = self.positions()  # again, now that we hold the write lock
                events = self._events(reader, rows, min(positions.values()))
                for projection in self.projections:
                    done = positions[projection.name]
                    handler = self._handlers[projection.name]
                    moved = 0
                    for cls, event in events:
                        if event.position > done:
                            apply = handler.get(cls)
                            if apply is not None:
                                apply(self.db, event)
                                moved = event.position
                    projection.flush(self.db)
                    self.db.execute(
                        "UPDATE positions SET position = ? WHERE projection = ?",
                        [max(done, last), projection.name],
                    )
                    if moved:
                        self.db.execute(
                            "INSERT INTO changed (projection, position) VALUES (?, ?)"
                            " ON CONFLICT(projection) DO UPDATE SET position = excluded.position",
                            [projection.name, moved],
                        )
            applied += len(rows)
            if progress is not None:
                progress(last)

    def _reader(self, source: EventSource) -> RecordedReader:
        if self._recorded_reader is None or self._recorded_reader.mapper is not source.mapper:
            self._recorded_reader = RecordedReader(source.mapper)
        return self._recorded_reader

    def _events(
        self, reader: RecordedReader, rows: Sequence[StoredRow], after: int
    ) -> list[tuple[type, Recorded]]:
        """The rows some projection handles, read once for all of them."""
        events = []
        wanted = self._wanted
        for row in rows:
            if row[0] <= after:
                continue
            cls = reader.event_class(row[3])
            if cls not in wanted:
                handled = any(cls in p.handlers for p in self.projections)
                wanted[cls] = handled
            if wanted[cls]:
                events.append((cls, reader.recorded(*row)))
        return events

    def reset(self) -> None:
        """Empty every projection (a rebuild then replays from the first event)."""
        with self._write():
            for projection in self.projections:
                projection.drop(self.db)
            self.db.execute("DELETE FROM positions")
            self.db.execute("DELETE FROM changed")
        self._create()

    def rebuild(
        self,
        source: EventSource,
        batch: int = DEFAULT_BATCH,
        progress: Callable[[int], None] | None = None,
    ) -> int:
        """Build every table from zero; the result equals what catching up gave.

        Secondary indexes are dropped for the load and made again at the end (much
        faster than keeping them up to date row by row). Should the rebuild stop
        half-way, the next open makes them again and catching up resumes.
        """
        self.reset()
        indexes = self._secondary_indexes()
        with self._write():
            for name, _sql in indexes:
                self.db.execute(f"DROP INDEX [{name}]")
        applied = self.catch_up(source, batch=max(batch, 5000), progress=progress)
        with self._write():
            for _name, sql in indexes:
                self.db.execute(sql)
        return applied

    def _secondary_indexes(self) -> list[tuple[str, str]]:
        """Indexes the projections made themselves (not primary keys or FTS internals)."""
        tables = {t for p in self.projections for t in p.tables}
        return [
            (name, sql)
            for name, table, sql in self.db.execute(
                "SELECT name, tbl_name, sql FROM sqlite_master"
                " WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
            )
            if table in tables
        ]
