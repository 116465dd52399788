"""The one place where ShopCare changes stored events: erasing a person who asked.

The event log is append-only everywhere else. Here, and only here, the stored
events of people the shop was asked to forget are rewritten in place: each keeps
its type, its place in the log and its fields, with everything personal blanked
(:mod:`shopcare.domain.forgetting`); their kind acts are blanked the same way; and
other events that mention their name, phone or email (a neighbourhood round) have
the mention cut out. Then the store is compacted, so no freed page, journal or
write-ahead log keeps the old bytes: SQLite with ``secure_delete`` on, ``VACUUM`` and
a truncating checkpoint; PostgreSQL with ``VACUUM FULL`` of the events table.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from uuid import UUID

from shopcare.domain.delight_task import DelightTask
from shopcare.domain.forgetting import personal_strings, redact_state, scrub_state

#: Stored as (originator id, version, topic, state).
Row = tuple[UUID, int, str, bytes]

TASK_SUGGESTED = f"{DelightTask.__module__}:{DelightTask.Suggested.__qualname__}"


class EventTable(Protocol):
    """The stored-events table of one store, as erasing needs it."""

    def events_of(self, ids: Iterable[UUID]) -> list[Row]: ...
    def containing(self, needles: list[bytes], topic: str | None = None) -> list[Row]: ...
    def rewrite(self, rows: list[tuple[UUID, int, bytes]]) -> None: ...
    def compact(self) -> None: ...


@dataclass(frozen=True)
class Erased:
    """How many stored events were made anonymous, and how many had a mention cut."""

    events: int
    mentions: int


class Codec:
    """Stored state ↔ plain dict, as the application's mapper stores it."""

    def __init__(self, mapper: Any) -> None:
        self.mapper = mapper

    def decode(self, state: bytes) -> dict[str, Any]:
        if self.mapper.cipher:
            state = self.mapper.cipher.decrypt(state)
        if self.mapper.compressor:
            state = self.mapper.compressor.decompress(state)
        return self.mapper.transcoder.decode(state)

    def encode(self, data: dict[str, Any]) -> bytes:
        state = self.mapper.transcoder.encode(data)
        if self.mapper.compressor:
            state = self.mapper.compressor.compress(state)
        if self.mapper.cipher:
            state = self.mapper.cipher.encrypt(state)
        return state

    @property
    def searchable(self) -> bool:
        """Whether stored bytes show the text (not compressed or encrypted)."""
        return not (self.mapper.cipher or self.mapper.compressor)


def erase(table: EventTable, codec: Codec, people: Iterable[UUID], mentions: bool = True) -> Erased:
    """Make every stored event of ``people`` (and of their kind acts) anonymous, and (with
    ``mentions``) cut mentions of them out of other events; one transaction, one pass
    over the log for each search. Compact afterwards."""
    people = set(people)
    own = table.events_of(people)
    needles: set[str] = set()
    for _id, _version, _topic, state in own:
        needles |= personal_strings(codec.decode(state))
    tasks = {
        row[0]
        for row in _search(table, codec, [p.hex.encode() for p in people], TASK_SUGGESTED)
        if codec.decode(row[3]).get("customer_id") in people
    }
    theirs = own + table.events_of(tasks)
    changed: dict[tuple[UUID, int], bytes] = {}
    for oid, version, _topic, state in theirs:
        data = codec.decode(state)
        scrubbed = scrub_state(data)
        if scrubbed != data:
            changed[(oid, version)] = codec.encode(scrubbed)
    mine = {(r[0], r[1]) for r in theirs}
    cut_out = 0
    if mentions and needles:
        words = [n.encode("utf-8") for n in sorted(needles)]
        for oid, version, _topic, state in _search(table, codec, words):
            if (oid, version) in mine:
                continue
            data = codec.decode(state)
            cut = redact_state(data, needles)
            if cut != data:
                changed[(oid, version)] = codec.encode(cut)
                cut_out += 1
    table.rewrite([(oid, version, state) for (oid, version), state in changed.items()])
    return Erased(events=len(changed) - cut_out, mentions=cut_out)


def _search(
    table: EventTable, codec: Codec, needles: list[bytes], topic: str | None = None
) -> list[Row]:
    if not needles:
        return []
    if codec.searchable:
        return table.containing(needles, topic)
    return table.containing([b""], topic)  # every row: the bytes cannot be searched


def holds_anyone(table: EventTable, codec: Codec, people: Iterable[UUID]) -> bool:
    """Whether the store still keeps anything personal about any of ``people``."""
    for _id, _version, _topic, state in table.events_of(people):
        data = codec.decode(state)
        if scrub_state(data) != data:
            return True
    return False


class _Searchable:
    """Finding stored events by bytes their state holds, in either store's SQL."""

    #: ``SELECT`` of the four columns of a :data:`Row` ``FROM`` the table.
    select: str
    #: The test that the state holds one parameter, and the parameter mark alone.
    holds: str
    mark: str
    #: The column that keeps the log's order.
    order: str

    def _rows(self, sql: str, params: list[Any]) -> list[Row]:
        raise NotImplementedError

    def containing(self, needles: list[bytes], topic: str | None = None) -> list[Row]:
        """Events whose state holds any of ``needles`` (of ``topic`` only, if given)."""
        found = " OR ".join(self.holds for _ in needles)
        sql = f"{self.select} WHERE ({found})"
        params: list[Any] = list(needles)
        if topic is not None:
            sql += f" AND topic = {self.mark}"
            params.append(topic)
        return self._rows(f"{sql} ORDER BY {self.order}", params)


# ----- the embedded store ----------------------------------------------------------------


class SQLiteEvents(_Searchable):
    """``stored_events`` in an SQLite file (the library's layout: ids as 32 hex digits)."""

    select = "SELECT originator_id, originator_version, topic, state FROM stored_events"
    holds, mark, order = "instr(state, ?) > 0", "?", "rowid"

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        if read_only:
            uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
            self.db = sqlite3.connect(uri, uri=True, isolation_level=None)
        else:
            self.db = sqlite3.connect(path, isolation_level=None, timeout=10)
            self.db.execute("PRAGMA secure_delete = ON")  # freed space is zeroed

    def close(self) -> None:
        self.db.close()

    def _rows(self, sql: str, params: list[Any]) -> list[Row]:
        return [(UUID(r[0]), r[1], r[2], bytes(r[3])) for r in self.db.execute(sql, params)]

    def events_of(self, ids: Iterable[UUID]) -> list[Row]:
        hexes = [i.hex for i in ids]
        if not hexes:
            return []
        marks = ",".join("?" * len(hexes))
        return self._rows(f"{self.select} WHERE originator_id IN ({marks}) ORDER BY rowid", hexes)

    def rewrite(self, rows: list[tuple[UUID, int, bytes]]) -> None:
        if not rows:
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.executemany(
                "UPDATE stored_events SET state = ? WHERE originator_id = ?"
                " AND originator_version = ?",
                [(state, oid.hex, version) for oid, version, state in rows],
            )
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def compact(self) -> None:
        """Rewrite the file without free pages, then empty the write-ahead log."""
        self.db.execute("VACUUM")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


@contextlib.contextmanager
def sqlite_events(path: Path, *, read_only: bool = False) -> Iterator[SQLiteEvents]:
    table = SQLiteEvents(path, read_only=read_only)
    try:
        yield table
    finally:
        table.close()


# ----- the shop's server -----------------------------------------------------------------


class PostgresEvents(_Searchable):
    """The application's events table on the PostgreSQL server."""

    holds, mark, order = "position(%s IN state) > 0", "%s", "notification_id"

    def __init__(self, recorder: Any) -> None:
        self.datastore = recorder.datastore
        self.table = f"{self.datastore.schema}.{recorder.events_table_name}"
        self.select = f"SELECT originator_id, originator_version, topic, state FROM {self.table}"

    def _rows(self, sql: str, params: list[Any]) -> list[Row]:
        with self.datastore.transaction(commit=False) as curs:
            curs.execute(sql, params)
            return [
                (r["originator_id"], r["originator_version"], r["topic"], bytes(r["state"]))
                for r in curs.fetchall()
            ]

    def events_of(self, ids: Iterable[UUID]) -> list[Row]:
        ids = list(ids)
        if not ids:
            return []
        return self._rows(
            f"{self.select} WHERE originator_id = ANY(%s) ORDER BY notification_id", [ids]
        )

    def rewrite(self, rows: list[tuple[UUID, int, bytes]]) -> None:
        if not rows:
            return
        with self.datastore.transaction(commit=True) as curs:
            curs.executemany(
                f"UPDATE {self.table} SET state = %s WHERE originator_id = %s"
                " AND originator_version = %s",
                [(state, oid, version) for oid, version, state in rows],
            )

    def compact(self) -> None:
        """Rewrite the table (and its TOAST and indexes) without the old row versions."""
        with self.datastore.get_connection() as conn:
            conn.execute(f"VACUUM FULL {self.table}")
