"""Restoring a backup: check the file, keep a safety copy, replace the log, rebuild.

Into the embedded store, the current ``events.sqlite`` (even a damaged one) is kept
as a safety copy in the backup folder and then replaced as a whole. Into
PostgreSQL, a backup loads only into an empty store: that is how a shop moves from
one PC to a server (``shopcare backup`` on the PC, ``shopcare restore`` with
``SHOPCARE_POSTGRES_HOST`` set) and back. Either way the read models are rebuilt
from the restored log, and people the shop was asked to forget are forgotten again.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from eventsourcing.persistence import StoredEvent

from shopcare import clock
from shopcare.application import ShopCareApplication
from shopcare.domain.errors import InvalidInput
from shopcare.readmodels.customers import count_customers
from shopcare.readmodels.store import ReadModels
from shopcare.service.backup import (
    INFO_TABLE,
    SAFETY_PREFIX,
    BackupInfo,
    _free_name,
    check_copy,
    make_backup,
    read_only,
    ready_folder,
)
from shopcare.service.config import Config
from shopcare.service.rebuild import damaged, move_aside, rebuild_read_models

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RestoreReport:
    """What a restore did, for the person who asked."""

    file: Path
    made_at: datetime
    events: int
    customers: int
    safety_copy: Path | None
    forgotten_again: int
    into: str  # "sqlite" or "postgres"

    def as_json(self) -> dict[str, Any]:
        return {
            "file": str(self.file),
            "made_at": self.made_at.isoformat(timespec="seconds"),
            "events": self.events,
            "customers": self.customers,
            "safety_copy": None if self.safety_copy is None else str(self.safety_copy),
            "forgotten_again": self.forgotten_again,
            "into": self.into,
        }


def scratch_application() -> ShopCareApplication:
    """An application on an in-memory store: its mapper reads any backup's events."""
    return ShopCareApplication(
        env={"PERSISTENCE_MODULE": "eventsourcing.sqlite", "SQLITE_DBNAME": ":memory:"}
    )


def stored_events(path: Path, batch: int = 5000):
    """The backup's events in log order, as the library's ``StoredEvent`` objects."""
    with contextlib.closing(read_only(path)) as db:
        last = 0
        while True:
            rows = db.execute(
                "SELECT rowid, originator_id, originator_version, topic, state"
                " FROM stored_events WHERE rowid > ? ORDER BY rowid LIMIT ?",
                [last, batch],
            ).fetchall()
            if not rows:
                return
            last = rows[-1][0]
            yield [StoredEvent(UUID(r[1]), r[2], r[3], bytes(r[4])) for r in rows]


def check_backup(path: Path) -> BackupInfo:
    """Check a backup before restoring it: integrity, layout, count, and that every
    event can be read by this version of ShopCare (InvalidInput saying why not)."""
    info = check_copy(path)
    app = scratch_application()
    try:
        for events in stored_events(path):
            for stored in events:
                app.mapper.to_domain_event(stored)
    except InvalidInput:  # said as itself, not as a reason
        raise
    except Exception as error:
        raise InvalidInput("data-backup-not-a-backup", file=str(path), reason=str(error)) from None
    finally:
        app.close()
    return info


def keep_safety_copy(config: Config) -> Path | None:
    """Copy the current embedded store into the backup folder before it is replaced.

    A store that opens is copied with the backup API (and listed as a safety copy);
    a damaged one is kept byte for byte, with its write-ahead log, as it is.
    """
    if not config.events_path.is_file():
        return None
    folder = ready_folder(config) if _folder_ok(config) else _fallback_folder(config)
    try:
        return make_backup(config, folder=folder, kind="safety").path
    except (InvalidInput, sqlite3.Error):
        target = _free_name(folder, SAFETY_PREFIX + "damaged-", clock.now())
        shutil.copyfile(config.events_path, target)
        wal = config.events_path.with_name(config.events_path.name + "-wal")
        if wal.is_file():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
        return target


def _folder_ok(config: Config) -> bool:
    try:
        ready_folder(config)
    except InvalidInput:
        return False
    return True


def _fallback_folder(config: Config) -> Path:
    folder = config.data_dir / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _replace_sqlite_store(config: Config, backup: Path) -> None:
    """Write the backup into a new file beside the store, then swap it in."""
    config.data_dir.mkdir(parents=True, exist_ok=True)
    fresh = config.events_path.with_name(config.events_path.name + ".restoring")
    for leftover in [fresh, *_sidecars(fresh)]:
        leftover.unlink(missing_ok=True)
    with (
        contextlib.closing(read_only(backup)) as src,
        contextlib.closing(sqlite3.connect(fresh)) as dst,
    ):
        src.backup(dst)
        dst.execute(f"DROP TABLE IF EXISTS {INFO_TABLE}")
        dst.commit()
        dst.execute("VACUUM")
        dst.execute("PRAGMA journal_mode=WAL")
    # The old write-ahead log must not be applied to the new file.
    for sidecar in _sidecars(config.events_path):
        sidecar.unlink(missing_ok=True)
    os.replace(fresh, config.events_path)


def _load_into_postgres(
    app: ShopCareApplication, backup: BackupInfo, progress: Progress | None
) -> None:
    if app.recorder.max_notification_id():
        raise InvalidInput("data-restore-postgres-not-empty")
    done = 0
    for events in stored_events(backup.path, batch=1000):
        app.recorder.insert_events(events)
        done += len(events)
        if progress is not None:
            progress(done, backup.events)


#: How long a restore waits for a rebuild that is running (e.g. in an open window).
WAIT_FOR_REBUILD_S = 600.0


def fresh_read_models(config: Config, app: ShopCareApplication) -> int:
    """Build the read models again from the restored log; return how many customers.

    As ``shopcare rebuild`` does it: under the one rebuild lock (waiting for a rebuild
    already running, which read the old log), into a new file that is then copied over
    the live one in one transaction, so that another window or computer reading the
    read models sees the restored shop, never a deleted or half-built file (Windows
    would not even let the file be deleted while a window has it open).
    """
    path = config.readmodels_path
    try:
        live = ReadModels(path)
    except sqlite3.DatabaseError as error:
        if not damaged(error):
            raise
        move_aside(path)  # past opening: the rebuild makes a new one in its place
        live = ReadModels(path)
    try:
        live, _, _ = rebuild_read_models(live, app, wait=WAIT_FOR_REBUILD_S)
        return count_customers(live.db)
    finally:
        live.close()


def restore_backup(config: Config, backup: Path, progress: Progress | None = None) -> RestoreReport:
    """Restore ``backup`` (checked first), forget again whoever the shop was asked to
    forget (the backup may be older than that), and rebuild the read models."""
    from shopcare.service.forget import forget_again

    backup = Path(backup).expanduser()
    info = check_backup(backup)
    safety: Path | None = None
    if config.postgres is None:
        safety = keep_safety_copy(config)
        _replace_sqlite_store(config, backup)
    app = ShopCareApplication(env=config.event_store_env())
    try:
        if config.postgres is not None:
            _load_into_postgres(app, info, progress)
        forgotten = forget_again(config, app)
        customers = fresh_read_models(config, app)
    finally:
        app.close()
    return RestoreReport(
        file=backup,
        made_at=info.made_at,
        events=info.events,
        customers=customers,
        safety_copy=safety,
        forgotten_again=forgotten,
        into="sqlite" if config.postgres is None else "postgres",
    )
