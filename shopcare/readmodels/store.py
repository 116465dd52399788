"""The read-model database: projections, their positions, catching up and rebuilding.

Each projection records how far it has read in the event log in the same SQLite
transaction as its rows, so a crash loses nothing and applies nothing twice:
the next catch-up starts after the last committed position. Two processes may
catch up the same file at once: the write lock is taken first (``BEGIN
IMMEDIATE``) and positions are read again inside it.

One bad event never stops the views: an event that cannot be read or applied
is skipped (its batch is applied again one event at a time, each in its own
savepoint), named in ``skipped_events`` with its position, aggregate and kind,
and reported by ``shopcare check``. A fault of the file or the disk is not the
event's fault: it stops the catch-up and nothing is skipped.

Far behind (a new PC, a rebuild, read models deleted), catching up takes the bulk
path: the indexes and triggers only the views need are dropped, the events are
applied in big batches, and the indexes are made again at the end. Which
projections are mid-load is written down in the same transaction as the drop,
so a load killed half-way is finished (indexes made, search index refilled) the
next time the file is opened.
"""

from __future__ import annotations

import gc
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from eventsourcing.sqlite import SQLiteApplicationRecorder

from shopcare.readmodels.activity import ActivityProjection
from shopcare.readmodels.care import CareFactsProjection
from shopcare.readmodels.customers import CustomersProjection
from shopcare.readmodels.database import Database
from shopcare.readmodels.helper import Helper, remove_leftover
from shopcare.readmodels.open_items import OpenItemsProjection
from shopcare.readmodels.projection import Handler, Projection
from shopcare.readmodels.recorded import Recorded, RecordedReader, uuid_text
from shopcare.readmodels.tasks import TasksProjection
from shopcare.readmodels.timeline import TimelineProjection
from shopcare.readmodels.weekly_facts import WeeklyFactsProjection

#: How many events are applied in one transaction.
DEFAULT_BATCH = int(os.environ.get("SHOPCARE_PROJECTION_BATCH", "1000"))
#: Events per transaction on the bulk path.
BULK_BATCH = int(os.environ.get("SHOPCARE_BULK_BATCH", "20000"))
#: Read models this far behind (and by a sixteenth of what they hold) load in bulk.
BULK_AFTER = int(os.environ.get("SHOPCARE_BULK_AFTER", "20000"))
#: A bulk load this long hands :data:`HELPED` to a helper process (see ``helper``).
HELPER_AFTER = int(os.environ.get("SHOPCARE_HELPER_AFTER", "100000"))
#: Beside a helper, each process keeps this much of its file in memory (KiB), and the
#: helper reads this many events per batch: the two together stay under 250 MB.
HELPER_CACHE_KIB = 16384
HELPER_BATCH = 5000
#: A batch this big is read before its transaction begins (a save's few events are not).
READ_FIRST = 1000
#: The projections a helper process loads: the timeline (a row for nearly every event)
#: and the customers (their search index), about half of the work of a long load.
HELPED = ("timeline", "customers")


class EventSource(Protocol):
    """What catching up needs from the application: its log and its mapper."""

    recorder: Any
    mapper: Any


#: One stored event as read from the log: position, originator id, version, topic, state.
StoredRow = tuple[int, Any, int, str, bytes]


def read_stored(recorder: Any, start: int, limit: int) -> Sequence[StoredRow]:
    """Up to ``limit`` stored events from position ``start`` on, in order.

    From the embedded store the rows are read as they are (ids as stored text);
    from another store through the library's notifications.
    """
    if isinstance(recorder, SQLiteApplicationRecorder):
        with recorder.datastore.transaction(commit=False) as cursor:
            cursor.execute(
                "SELECT rowid, originator_id, originator_version, topic, state"
                f" FROM {recorder.events_table_name} WHERE rowid >= ? ORDER BY rowid LIMIT ?",
                [start, limit],
            )
            return [tuple(row) for row in cursor.fetchall()]  # type: ignore[misc]
    notifications = recorder.select_notifications(start=start, limit=limit)
    return [(n.id, n.originator_id, n.originator_version, n.topic, n.state) for n in notifications]


def follows_on(recorder: Any, rows: Sequence[StoredRow], start: int) -> bool:
    """Whether stored rows are the log from ``start`` on, one after another, in the
    embedded store (whose writer holds the file's lock while it numbers them)."""
    return isinstance(recorder, SQLiteApplicationRecorder) and all(
        row[0] == start + i for i, row in enumerate(rows)
    )


def default_projections() -> list[Projection]:
    return [
        CustomersProjection(),
        TimelineProjection(),
        OpenItemsProjection(),
        TasksProjection(),
        CareFactsProjection(),
        WeeklyFactsProjection(),
        ActivityProjection(),
    ]


SKIPPED_TABLE = "skipped_events"


@dataclass(frozen=True)
class Skipped:
    """A stored event the views could not show: where it is, whose, what kind, and why."""

    position: int
    originator_id: str
    kind: str
    error: str


def fault_of_the_store(error: BaseException) -> bool:
    """Whether ``error`` is the file's or the disk's fault (full, locked, damaged), not
    the event's: then nothing is skipped and the catch-up stops."""
    return isinstance(error, sqlite3.OperationalError | MemoryError) or (
        type(error) is sqlite3.DatabaseError
    )


class ReadModels:
    """The read-model SQLite file and the projections kept in it."""

    def __init__(
        self,
        path: Path,
        projections: Sequence[Projection] | None = None,
        scratch: bool = False,
        helper: bool = False,
    ) -> None:
        """Open (or make) the read models at ``path``. A ``scratch`` file is one being
        built that nobody reads yet (a rebuild's): it is thrown away if the build stops,
        so its writes need not survive a power cut (no journal on disk, no syncing).
        A ``helper``'s file is a helper process's own (see :mod:`.helper`): it is loaded
        in bulk however short the log, and left without the indexes the views need."""
        self.path = Path(path)
        self.scratch = scratch
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = Database(self.path)
        self.db.execute("PRAGMA busy_timeout=10000")
        if scratch:
            self.db.execute("PRAGMA journal_mode=MEMORY")
            self.db.execute("PRAGMA synchronous=OFF")
        else:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
        if helper:  # beside another process: mostly appends, and sorts spill to a file
            self.db.execute(f"PRAGMA cache_size=-{HELPER_CACHE_KIB}")
        else:
            self.db.execute("PRAGMA cache_size=-65536")  # 64 MiB: indexes of a big shop fit
            self.db.execute("PRAGMA temp_store=MEMORY")
        #: Every projection kept in this file; ``projections`` are those this object
        #: catches up now (all but any a helper process is loading meanwhile).
        self.all_projections = list(projections or default_projections())
        self._use(self.all_projections)
        self.helper = helper
        self._recorded_reader: RecordedReader | None = None
        #: Events skipped by this object's catch-ups (reported once by the caller).
        self.newly_skipped: list[Skipped] = []
        #: The position every projection had reached when the last catch-up began.
        self.began_at = 0
        self._create()
        if not helper:
            remove_leftover(self.path)

    def _use(self, projections: list[Projection]) -> None:
        """Catch up these projections (and only these) from now on."""
        self.projections = projections
        # Handlers are looked up once per event class, not once per event.
        self._plan: dict[type, list[tuple[str, Handler]]] = {}
        for projection in projections:
            for cls in projection.handlers:
                handler = projection.handler(cls)
                assert handler is not None
                self._plan.setdefault(cls, []).append((projection.name, handler))
        #: The same handlers without the names, for a batch every projection starts at.
        self._handlers = {cls: tuple(h for _, h in plan) for cls, plan in self._plan.items()}

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
            self.db.execute(
                f"CREATE TABLE IF NOT EXISTS {SKIPPED_TABLE} (position INTEGER PRIMARY KEY,"
                " originator_id TEXT NOT NULL, kind TEXT NOT NULL, error TEXT NOT NULL)"
            )
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS versions (projection TEXT PRIMARY KEY,"
                " version INTEGER NOT NULL)"
            )
            versions = dict(self.db.execute("SELECT projection, version FROM versions"))
            self.db.execute("CREATE TABLE IF NOT EXISTS bulk_loads (projection TEXT PRIMARY KEY)")
            unfinished = {row[0] for row in self.db.execute("SELECT projection FROM bulk_loads")}
            for projection in self.projections:
                if versions.get(projection.name, 1) != projection.version:
                    # Made by another version of ShopCare: start this one again.
                    projection.drop(self.db)
                    self.db.execute("DELETE FROM positions WHERE projection = ?", [projection.name])
                projection.create(self.db)
                if projection.name in unfinished:  # a bulk load was cut short
                    projection.end_bulk(self.db)
                self.db.execute(
                    "INSERT OR IGNORE INTO positions (projection, position) VALUES (?, 0)",
                    [projection.name],
                )
                if versions.get(projection.name) != projection.version:
                    self.db.execute(
                        "INSERT OR REPLACE INTO versions (projection, version) VALUES (?, ?)",
                        [projection.name, projection.version],
                    )
            self.db.execute("DELETE FROM bulk_loads")

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

    @contextmanager
    def _savepoint(self, name: str) -> Iterator[None]:
        """Inside a write transaction: undo only this block's writes when it fails."""
        self.db.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            self.db.execute(f"ROLLBACK TO {name}")
            self.db.execute(f"RELEASE {name}")
            raise
        self.db.execute(f"RELEASE {name}")

    def _discard(self) -> None:
        """Forget what the projections gathered but did not write (a failed batch)."""
        self.db.execute("SAVEPOINT discard")
        for projection in self.projections:
            with suppress(Exception):  # written only to be rolled back
                projection.flush(self.db)
        self.db.execute("ROLLBACK TO discard")
        self.db.execute("RELEASE discard")

    def skipped(self) -> list[Skipped]:
        """Every stored event the views could not show, in log order."""
        rows = self.db.execute(
            f"SELECT position, originator_id, kind, error FROM {SKIPPED_TABLE} ORDER BY position"
        ).fetchall()
        return [Skipped(*row) for row in rows]

    def close(self) -> None:
        self.db.close()

    def positions(self) -> dict[str, int]:
        """How far each projection has read in the event log."""
        return self._positions_of(self.projections)

    def _positions_of(self, projections: Sequence[Projection]) -> dict[str, int]:
        rows = self.db.execute("SELECT projection, position FROM positions").fetchall()
        known = dict(rows)
        return {p.name: known.get(p.name, 0) for p in projections}

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
        batch: int | None = None,
        progress: Callable[[int], None] | None = None,
        just_stored: Sequence[StoredRow] = (),
    ) -> int:
        """Apply every event recorded after the stored positions; return how many.

        ``progress`` is told the position reached after each batch. ``just_stored`` are
        the rows the caller's last save wrote to the embedded store: when they are the
        very next ones they are applied as given, not read back (and the catch-up ends
        there: what another process wrote since waits for the next one).
        """
        batch = batch or DEFAULT_BATCH
        reader = self._reader(source)
        applied = 0
        bulk = False
        self.began_at = self.position()
        helper: Helper | None = None
        collecting = gc.isenabled()
        # A batch's objects hold no cycles: the cyclic collector would only rescan
        # them as they pile up (a third of the time of a big catch-up).
        gc.disable()
        try:
            start = self.began_at + 1
            if just_stored and follows_on(source.recorder, just_stored, start):
                self._apply_batch(reader, just_stored)
                return len(just_stored)
            while True:
                asked = batch
                rows = read_stored(source.recorder, start, asked)
                if not rows:
                    if helper is None:
                        return applied
                else:
                    if not bulk and (
                        self.helper or (len(rows) == asked and self._far_behind(source, start))
                    ):
                        bulk = True
                        self._begin_bulk()
                        batch = batch if self.helper else max(batch, BULK_BATCH)
                        helper = self._start_helper(source)
                    self._apply_batch(reader, rows)
                    applied += len(rows)
                    if progress is not None:
                        progress(rows[-1][0])
                    if len(rows) == asked:
                        start = self.position() + 1
                        continue
                    if helper is None:  # that was the end of the log when it was read
                        return applied
                # The helper's projections: wait for them, then catch up with all of
                # them (what the helper left, and what was saved meanwhile).
                self._join_helper(helper, progress)
                helper = None
                start = self.position() + 1
        finally:
            if helper is not None:
                helper.stop()
                helper.remove()
                self._use(self.all_projections)
            if collecting:
                gc.enable()
            if bulk and not self.helper:
                self._end_bulk()

    def make_indexes(self) -> None:
        """Make every index of these projections (a helper's file, when its load is done:
        they are copied in with the rows)."""
        with self._write():
            for projection in self.projections:
                projection.create(self.db)

    def _start_helper(self, source: EventSource) -> Helper | None:
        """Hand the projections :data:`HELPED` to a helper process when they start from
        nothing and the log is long and in a SQLite file: it loads them into a file of
        its own while this process loads the others, and they are copied in at the end
        (see :mod:`.helper`). Without it all are loaded here."""
        helped = [p for p in self.projections if p.name in HELPED]
        if self.helper or not helped or any(self._positions_of(helped).values()):
            return None
        if source.recorder.max_notification_id() < HELPER_AFTER:
            return None
        helper = Helper.start(self.path, source, [p.name for p in helped])
        if helper is not None:
            self._use([p for p in self.projections if p.name not in HELPED])
            self.db.execute(f"PRAGMA cache_size=-{HELPER_CACHE_KIB}")  # only its tables now
        return helper

    def _join_helper(self, helper: Helper, progress: Callable[[int], None] | None) -> None:
        """Wait for the helper and copy in what it loaded; then every projection is
        caught up here again (what the helper did not reach, or all if it failed)."""
        while not helper.wait(0.2):
            if progress is not None:
                progress(min(self.positions().values(), default=0))
        helped = [p for p in self.all_projections if p.name in HELPED]
        self._use(self.all_projections)
        if helper.succeeded():
            self._copy_in(helper.path, helped)
        helper.remove()

    def _copy_in(self, path: Path, helped: Sequence[Projection]) -> None:
        """Copy the helped projections' tables, positions and skipped events from the
        helper's file, in one transaction, if nobody caught them up here meanwhile."""
        if not path.exists():
            return
        self.db.execute("ATTACH DATABASE ? AS helper", [str(path)])
        try:
            with self._write():
                if any(self._positions_of(helped).values()):
                    return
                for projection in helped:
                    for table in projection.tables:
                        self._copy_table(table)
                names = [p.name for p in helped]
                marks = ", ".join("?" * len(names))
                for table in ("positions", "changed"):
                    self.db.execute(
                        f"INSERT OR REPLACE INTO main.{table} (projection, position)"
                        f" SELECT projection, position FROM helper.{table}"
                        f" WHERE projection IN ({marks})",
                        names,
                    )
                skipped = self.db.execute(
                    f"SELECT * FROM helper.{SKIPPED_TABLE} ORDER BY position"
                ).fetchall()
                self.db.conn.executemany(
                    f"INSERT OR REPLACE INTO main.{SKIPPED_TABLE} VALUES (?, ?, ?, ?)", skipped
                )
                known = {s.position for s in self.newly_skipped}
                self.newly_skipped.extend(Skipped(*r) for r in skipped if r[0] not in known)
        finally:
            self.db.execute("DETACH DATABASE helper")

    def _copy_table(self, table: str) -> None:
        """One table's rows, with the indexes the helper made on them, from its file.

        The indexes are made on the empty table here first, so SQLite copies rows and
        index entries as they lie (its transfer of ``INSERT INTO … SELECT *`` between
        tables of one shape), rowids kept, instead of sorting them again. A search
        index is not copied but refilled from its rows when the load ends."""
        sql = self.db.execute(
            "SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?", [table]
        ).fetchone()
        if sql is None or sql[0].upper().startswith("CREATE VIRTUAL"):
            return
        made = {
            row[0]
            for row in self.db.execute(
                "SELECT name FROM main.sqlite_master WHERE type = 'index' AND tbl_name = ?",
                [table],
            )
        }
        for name, index_sql in self.db.execute(
            "SELECT name, sql FROM helper.sqlite_master WHERE type = 'index' AND tbl_name = ?"
            " AND sql IS NOT NULL",
            [table],
        ).fetchall():
            if name not in made:
                self.db.execute(index_sql)
        self.db.execute(f"INSERT INTO main.[{table}] SELECT * FROM helper.[{table}]")

    def _far_behind(self, source: EventSource, start: int) -> bool:
        """Whether making the view-only indexes again over every row costs less than
        keeping them up to date event by event. Measured on the ten-year shop: half the
        log behind, 25 s in bulk against 71 s; an eighth, 7.5 s against 15 s; a
        twentieth, even."""
        behind = source.recorder.max_notification_id() - start + 1
        return behind >= BULK_AFTER and behind * 16 >= start

    def _begin_bulk(self) -> None:
        """Drop what only the views need; say so in the same transaction."""
        # One copy into the file at the end, not one after every batch.
        self.db.execute("PRAGMA wal_autocheckpoint=0")
        with self._write():
            for projection in self.projections:
                self.db.execute(
                    "INSERT OR IGNORE INTO bulk_loads (projection) VALUES (?)", [projection.name]
                )
                projection.begin_bulk(self.db)

    def _end_bulk(self) -> None:
        """Make the indexes and search index again, and say the load is finished."""
        with self._write():
            for projection in self.projections:
                projection.end_bulk(self.db)
            self.db.execute("DELETE FROM bulk_loads")
        self.db.execute("PRAGMA wal_autocheckpoint=1000")
        self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        self.db.execute("PRAGMA shrink_memory")  # the load's pages need not stay in memory
        self.db.execute("PRAGMA cache_size=-65536")  # as it was before a helper came

    def _apply_batch(self, reader: RecordedReader, rows: Sequence[StoredRow]) -> None:
        """One batch in one transaction: rows and positions of every projection."""
        last = rows[-1][0]
        # A big batch is read before taking the write lock (another process may write
        # meanwhile); one that cannot be read is applied one event at a time below.
        events: list[Recorded] | None = None
        if len(rows) >= READ_FIRST:
            try:
                events = self._events(reader, rows, self.position())
            except Exception as error:
                if fault_of_the_store(error):
                    raise
        with self._write():
            positions = self.positions()  # again, now that we hold the write lock
            try:
                with self._savepoint("batch"):
                    moved = self._apply(reader, rows, positions, events)
            except Exception as error:
                if fault_of_the_store(error):
                    raise
                self._discard()
                moved = dict.fromkeys(positions, 0)
                for row in rows:  # again, one at a time, to skip only the bad ones
                    for name, at in self._apply_or_skip(reader, row, positions).items():
                        moved[name] = max(moved[name], at)
            names = [p.name for p in self.projections]
            self.db.execute(
                "UPDATE positions SET position = max(position, ?)"
                f" WHERE projection IN ({', '.join('?' * len(names))})",
                [last, *names],
            )
            self.db.conn.executemany(
                "INSERT INTO changed (projection, position) VALUES (?, ?)"
                " ON CONFLICT(projection) DO UPDATE SET position = excluded.position",
                [(name, at) for name, at in moved.items() if at],
            )

    def _apply(
        self,
        reader: RecordedReader,
        rows: Sequence[StoredRow],
        positions: dict[str, int],
        events: list[Recorded] | None = None,
    ) -> dict[str, int]:
        """Apply stored rows to every projection not already past them, and flush;
        return, per projection, the position of the last event it applied (0: none).
        ``events``: the rows already read (from an earlier position, perhaps)."""
        moved = dict.fromkeys(positions, 0)
        db = self.db
        after = min(positions.values())
        if events is None:
            events = self._events(reader, rows, after)
        elif events and events[0].position <= after:
            events = [e for e in events if e.position > after]
        if any(at != after for at in positions.values()):
            plan = self._plan
            for event in events:
                for name, handle in plan[event.cls]:
                    if event.position > positions[name]:
                        handle(db, event)
                        moved[name] = event.position
        else:  # the usual case: every projection is at the same place
            handlers = self._handlers
            last: dict[type, int] = {}
            for event in events:
                for handle in handlers[event.cls]:
                    handle(db, event)
                last[event.cls] = event.position
            for cls, at in last.items():
                for name, _handle in self._plan[cls]:
                    moved[name] = max(moved[name], at)
        for projection in self.projections:
            projection.flush(db)
        return moved

    def _apply_or_skip(
        self, reader: RecordedReader, row: StoredRow, positions: dict[str, int]
    ) -> dict[str, int]:
        """Apply one stored event; if it cannot be read or applied, skip it and say so."""
        try:
            with self._savepoint("one"):
                return self._apply(reader, [row], positions)
        except Exception as error:
            if fault_of_the_store(error):
                raise
            self._discard()
            position, originator_id, _version, topic, _state = row
            skipped = Skipped(
                position,
                uuid_text(originator_id),
                topic.rpartition(":")[2] or topic,
                f"{type(error).__name__}: {error}"[:500],
            )
            self.db.execute(
                f"INSERT OR REPLACE INTO {SKIPPED_TABLE} VALUES (?, ?, ?, ?)",
                [skipped.position, skipped.originator_id, skipped.kind, skipped.error],
            )
            self.newly_skipped.append(skipped)
            return {}

    def _reader(self, source: EventSource) -> RecordedReader:
        if self._recorded_reader is None or self._recorded_reader.mapper is not source.mapper:
            self._recorded_reader = RecordedReader(source.mapper)
        return self._recorded_reader

    def _events(
        self, reader: RecordedReader, rows: Sequence[StoredRow], after: int
    ) -> list[Recorded]:
        """The rows some projection handles, each read once for all of them."""
        return reader.recorded_many(rows, after, self._plan)

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
        batch: int | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> int:
        """Build every table from zero (on the bulk path when the log is long); the
        result equals what catching up gave."""
        self.reset()
        return self.catch_up(source, batch=batch, progress=progress)
