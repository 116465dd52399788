"""Rebuilding the read models without ever leaving a shop without them.

A rebuild builds every table from the first event into a new file beside the read
models (``readmodels.sqlite.rebuilding``). Only when that has succeeded is the new
content copied over the old in one SQLite transaction (the backup API), so windows
and commands reading meanwhile see the old views, then the new ones, and never an
empty or half-built file. A rebuild that fails, or is killed, leaves the old views
as they were; its half-built file is removed by the next one.

One rebuild at a time: the second finds the first's lock (held by SQLite on a small
lock file, so the operating system lets go of it when a process dies) and is told so.
A read-model file that is damaged past copying into is moved aside
(``readmodels.damaged-<time>.sqlite``) and the new one takes its place.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from shopcare.domain.errors import InvalidInput
from shopcare.readmodels.store import EventSource, ReadModels, Skipped

#: SQLite's own companion files of a database (write-ahead log, shared memory, journal).
COMPANIONS = ("-wal", "-shm", "-journal")


def sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def remove_database(path: Path) -> None:
    """Delete a database file and its companions, if they are there."""
    for p in (path, *(sidecar(path, s) for s in COMPANIONS)):
        p.unlink(missing_ok=True)


def damaged(error: BaseException) -> bool:
    """Whether a SQLite error says the file is damaged or not a database at all."""
    return type(error) is sqlite3.DatabaseError


def move_aside(path: Path) -> Path:
    """Move a damaged database (and its companions) out of the way; return where to."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    stem = path.name.removesuffix(".sqlite")
    target = path.with_name(f"{stem}.damaged-{stamp}.sqlite")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{stem}.damaged-{stamp}-{n}.sqlite")
    for suffix in ("", *COMPANIONS):
        source = sidecar(path, suffix)
        if source.exists():
            source.replace(sidecar(target, suffix))
    return target


@contextmanager
def rebuild_lock(path: Path, wait: float = 0) -> Iterator[None]:
    """Hold the one rebuild lock of the read models at ``path``; refuse when another
    rebuild holds it (after waiting up to ``wait`` seconds for it to end)."""
    lock = sqlite3.connect(sidecar(path, ".rebuild-lock"), timeout=wait, isolation_level=None)
    try:
        try:
            lock.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError:
            raise InvalidInput("errors-rebuild-running") from None
        try:
            yield
        finally:
            lock.execute("ROLLBACK")
    finally:
        lock.close()


def build_fresh(
    path: Path, source: EventSource, progress: Callable[[int], None] | None = None
) -> tuple[Path, int, list[Skipped]]:
    """Build every read model from the first event into a new file beside ``path``;
    return it, how many events were read, and the events that had to be skipped."""
    fresh = sidecar(path, ".rebuilding")
    remove_database(fresh)  # a half-built one left by a rebuild that was stopped
    models = ReadModels(fresh, scratch=True)
    try:
        count = models.rebuild(source, progress=progress)
        models.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        models.close()
        remove_database(fresh)
        raise
    models.close()
    return fresh, count, models.newly_skipped


def publish(fresh: Path, live: ReadModels) -> None:
    """Copy the fresh read models over the live ones in one transaction."""
    source = sqlite3.connect(fresh)
    try:
        source.backup(live.db.conn)
    finally:
        source.close()
    remove_database(fresh)


def rebuild_read_models(
    live: ReadModels,
    source: EventSource,
    progress: Callable[[int], None] | None = None,
    reopen: Callable[[Path], ReadModels] = ReadModels,
    wait: float = 0,
) -> tuple[ReadModels, int, Path | None]:
    """Rebuild ``live`` from the events; return the read models to use from now on,
    how many events were read, and where a damaged old file was moved (if it was).
    ``wait``: how long to wait for another rebuild to end before refusing.
    """
    path = live.path
    with rebuild_lock(path, wait):
        fresh, count, skipped = build_fresh(path, source, progress)
        moved: Path | None = None
        try:
            publish(fresh, live)
        except sqlite3.DatabaseError as error:
            if not damaged(error):  # busy, full or read-only: the old views stay as they are
                remove_database(fresh)
                raise
            # The old file cannot take the copy (damaged): move it aside instead.
            live.close()
            moved = move_aside(path)
            fresh.replace(path)
            live = reopen(path)
        live.newly_skipped.extend(skipped)
        live.catch_up(source)  # what was saved while the rebuild ran
        return live, count, moved
