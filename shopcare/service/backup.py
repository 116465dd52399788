"""Backups of the event log: consistent copies, checked after writing, kept by rotation.

A backup is one portable SQLite file in the ``eventsourcing`` library's own layout
(``stored_events``) plus a small ``shopcare_backup`` table saying when it was made and
how many events it holds. It is made with SQLite's online backup API from the
embedded store (never a file copy of a live database), or read event by event from a
PostgreSQL server, so the same file restores into either (:mod:`.restore`).

Copies go to ``backups/`` in the data folder, or to a folder the owner chooses
(``backup.json`` beside the data). Automatic backups skip when the log has not
moved since the newest one; old copies are thinned to the last 7 daily, 8 weekly
and 12 monthly ones, as Anki does.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from shopcare import clock
from shopcare.domain.errors import InvalidInput
from shopcare.service.config import Config

BACKUP_PREFIX = "events-"
SAFETY_PREFIX = "safety-"
SUFFIX = ".sqlite"
INFO_TABLE = "shopcare_backup"
SETTINGS_FILE = "backup.json"

#: How many copies rotation keeps: one per day, per ISO week, per month.
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 8, 12
#: How many safety copies (made before a restore) are kept.
KEEP_SAFETY = 3
#: Warn in the window when the newest good backup is older than this.
STALE_AFTER = timedelta(days=7)

EVENTS_TABLE_SQL = (
    "CREATE TABLE IF NOT EXISTS stored_events (originator_id TEXT, originator_version"
    " INTEGER, topic TEXT, state BLOB, PRIMARY KEY (originator_id, originator_version))"
)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and what its info table says."""

    path: Path
    made_at: datetime
    events: int
    last_position: int
    source: str  # "sqlite" or "postgres"
    kind: str  # "backup" or "safety"

    def as_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "made_at": self.made_at.isoformat(timespec="seconds"),
            "events": self.events,
            "kind": self.kind,
            "source": self.source,
        }


# ----- where backups go --------------------------------------------------------------------


def default_folder(config: Config) -> Path:
    return config.data_dir / "backups"


def chosen_folder(config: Config) -> Path | None:
    """The folder the owner chose in Settings, if any."""
    path = config.data_dir / SETTINGS_FILE
    try:
        value = json.loads(path.read_text(encoding="utf-8")).get("folder")
    except (OSError, ValueError, AttributeError):
        return None
    return Path(value).expanduser() if value else None


def backup_folder(config: Config) -> Path:
    """Where backups go: the chosen folder, else ``backups/`` in the data folder."""
    return chosen_folder(config) or default_folder(config)


def choose_folder(config: Config, folder: str | Path | None) -> None:
    """Keep backups in ``folder`` from now on (``None``: back to the default)."""
    config.data_dir.mkdir(parents=True, exist_ok=True)
    value = str(Path(folder).expanduser().resolve()) if folder else None
    if value is not None and not Path(value).is_dir():
        raise InvalidInput("data-backup-folder-missing", folder=value)
    target = config.data_dir / SETTINGS_FILE
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps({"folder": value}, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, target)


def ready_folder(config: Config, folder: Path | None = None) -> Path:
    """The backup folder, made if it is the default; a chosen one must be there."""
    target = Path(folder).expanduser() if folder else backup_folder(config)
    if folder is None and target == default_folder(config):
        target.mkdir(parents=True, exist_ok=True)
    if not target.is_dir():
        raise InvalidInput("data-backup-folder-missing", folder=str(target))
    return target


# ----- reading a backup file ------------------------------------------------------------


def read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to a file that is not live (never creates or changes it)."""
    if not path.is_file():
        raise InvalidInput("data-backup-no-such-file", file=str(path))
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def read_info(path: Path) -> BackupInfo:
    """What a backup file holds, from its info table (InvalidInput if it is not a backup)."""
    try:
        with contextlib.closing(read_only(path)) as db:
            rows = dict(db.execute(f"SELECT key, value FROM {INFO_TABLE}").fetchall())
        return BackupInfo(
            path=path,
            made_at=datetime.fromisoformat(rows["made_at"]),
            events=int(rows["events"]),
            last_position=int(rows["last_position"]),
            source=rows.get("source", "sqlite"),
            kind=SAFETY_PREFIX[:-1] if path.name.startswith(SAFETY_PREFIX) else "backup",
        )
    except InvalidInput:  # a ValueError too: said as itself, not as a reason
        raise
    except (sqlite3.Error, KeyError, ValueError) as error:
        raise InvalidInput("data-backup-not-a-backup", file=str(path), reason=str(error)) from None


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backup and safety copies in ``folder``, newest first (unreadable files left out)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        if path.suffix != SUFFIX or not path.name.startswith((BACKUP_PREFIX, SAFETY_PREFIX)):
            continue
        with contextlib.suppress(InvalidInput):
            found.append(read_info(path))
    return sorted(found, key=lambda b: (b.made_at, b.last_position, b.events), reverse=True)


def latest_backup(folder: Path) -> BackupInfo | None:
    """The newest good backup (safety copies do not count)."""
    return next((b for b in list_backups(folder) if b.kind == "backup"), None)


# ----- making one ---------------------------------------------------------------------------


def log_state(config: Config, app: Any | None) -> tuple[int, int]:
    """(events, last position) of the live log, to tell whether it moved."""
    if config.postgres is None:
        if not config.events_path.is_file():
            return 0, 0
        with contextlib.closing(sqlite3.connect(config.events_path)) as db:
            try:
                count, last = db.execute(
                    "SELECT count(*), coalesce(max(rowid), 0) FROM stored_events"
                ).fetchone()
            except sqlite3.OperationalError:
                return 0, 0
        return int(count), int(last)
    assert app is not None, "a PostgreSQL backup reads through the application"
    last = app.recorder.max_notification_id() or 0
    return _pg_count(app), int(last)


def _pg_count(app: Any) -> int:
    recorder = app.recorder
    table = f"{recorder.datastore.schema}.{recorder.events_table_name}"
    with recorder.datastore.transaction(commit=False) as curs:
        curs.execute(f"SELECT count(*) AS n FROM {table}")
        return int(curs.fetchone()["n"])


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%d-%H%M%S")


def _free_name(folder: Path, prefix: str, moment: datetime) -> Path:
    base = f"{prefix}{_stamp(moment)}"
    path = folder / f"{base}{SUFFIX}"
    n = 2
    while path.exists():
        path = folder / f"{base}-{n}{SUFFIX}"
        n += 1
    return path


def make_backup(
    config: Config,
    app: Any | None = None,
    folder: Path | None = None,
    *,
    kind: str = "backup",
    progress: Progress | None = None,
) -> BackupInfo:
    """Write a checked copy of the whole event log into the backup folder; return it.

    The copy is written under a temporary name, checked (integrity, layout, and at
    least as many events as the log had when it began), then renamed into place.
    """
    target_dir = ready_folder(config, folder)
    made_at = clock.now()
    prefix = SAFETY_PREFIX if kind == "safety" else BACKUP_PREFIX
    final = _free_name(target_dir, prefix, made_at)
    partial = final.with_name(f".{final.name}.partial")
    before = log_state(config, app)
    try:
        if config.postgres is None:
            _copy_sqlite(config.events_path, partial)
            source = "sqlite"
        else:
            assert app is not None, "a PostgreSQL backup reads through the application"
            _copy_postgres(app, partial, progress)
            source = "postgres"
        _write_info(partial, made_at, source)
        info = check_copy(partial)
        if info.events < before[0] or info.last_position < before[1]:
            raise InvalidInput("data-backup-check-failed", file=str(final), reason="short")
        os.replace(partial, final)
    finally:
        partial.unlink(missing_ok=True)
    return BackupInfo(final, info.made_at, info.events, info.last_position, source, kind)


def _copy_sqlite(events: Path, target: Path) -> None:
    """SQLite's online backup API: a consistent snapshot, even while others write."""
    if not events.is_file():
        raise InvalidInput("data-backup-no-store", file=str(events))
    with (
        contextlib.closing(sqlite3.connect(events)) as src,
        contextlib.closing(sqlite3.connect(target)) as dst,
    ):
        src.execute("PRAGMA busy_timeout=10000")
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")


def _copy_postgres(app: Any, target: Path, progress: Progress | None, batch: int = 5000) -> None:
    """Every event up to the log's current end, in order, into the portable layout."""
    recorder = app.recorder
    stop = recorder.max_notification_id() or 0
    with contextlib.closing(sqlite3.connect(target)) as dst:
        dst.execute(EVENTS_TABLE_SQL)
        start, copied = 1, 0
        while start <= stop:
            notes = recorder.select_notifications(start=start, limit=batch, stop=stop)
            if not notes:
                break
            dst.executemany(
                "INSERT INTO stored_events VALUES (?,?,?,?)",
                [
                    (_hex(n.originator_id), n.originator_version, n.topic, bytes(n.state))
                    for n in notes
                ],
            )
            copied += len(notes)
            start = notes[-1].id + 1
            if progress is not None:
                progress(copied, stop)
        dst.commit()


def _hex(originator_id: Any) -> str:
    return originator_id.hex if hasattr(originator_id, "hex") else str(originator_id)


def _write_info(path: Path, made_at: datetime, source: str) -> None:
    with contextlib.closing(sqlite3.connect(path)) as db:
        count, last = db.execute(
            "SELECT count(*), coalesce(max(rowid), 0) FROM stored_events"
        ).fetchone()
        db.execute(f"CREATE TABLE {INFO_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.executemany(
            f"INSERT INTO {INFO_TABLE} VALUES (?, ?)",
            [
                ("made_at", made_at.astimezone(UTC).isoformat(timespec="seconds")),
                ("events", str(count)),
                ("last_position", str(last)),
                ("source", source),
                ("format", "1"),
            ],
        )
        db.commit()


def check_copy(path: Path) -> BackupInfo:
    """Open a written copy again and check it: integrity, layout and its event count."""
    info = read_info(path)
    with contextlib.closing(read_only(path)) as db:
        result = db.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise InvalidInput("data-backup-check-failed", file=str(path), reason=result)
        columns = [row[1] for row in db.execute("PRAGMA table_info(stored_events)")]
        if columns != ["originator_id", "originator_version", "topic", "state"]:
            raise InvalidInput("data-backup-check-failed", file=str(path), reason="layout")
        count = db.execute("SELECT count(*) FROM stored_events").fetchone()[0]
    if count != info.events:
        raise InvalidInput("data-backup-check-failed", file=str(path), reason="count")
    return info


# ----- automatic backups and rotation -------------------------------------------------


def backup_if_moved(
    config: Config,
    app: Any | None = None,
    older_than: timedelta = timedelta(0),
) -> BackupInfo | None:
    """Back up when the log moved since the newest backup and that one is ``older_than``
    (the window: on close, and once a day while open); thin old copies after."""
    folder = ready_folder(config)
    newest = latest_backup(folder)
    events, last = log_state(config, app)
    if events == 0:
        return None
    if newest is not None:
        if (newest.events, newest.last_position) == (events, last):
            return None
        if clock.now() - newest.made_at < older_than:
            return None
    made = make_backup(config, app, folder)
    thin_backups(folder)
    return made


def keep_by_rotation(backups: Iterable[BackupInfo]) -> dict[Path, str]:
    """Which backups rotation keeps, and why ("day", "week", "month"), newest first: one
    a day for the last 7 days that have one, then one a week for 8 more weeks, then one
    a month for 12 more months."""
    kept: dict[Path, str] = {}
    covered: set[tuple[str, Any]] = set()
    counts = {"day": 0, "week": 0, "month": 0}
    limits = {"day": KEEP_DAILY, "week": KEEP_WEEKLY, "month": KEEP_MONTHLY}
    for b in sorted(backups, key=lambda b: (b.made_at, b.last_position), reverse=True):
        local = b.made_at.astimezone()
        periods = {
            "day": local.date(),
            "week": tuple(local.isocalendar()[:2]),
            "month": (local.year, local.month),
        }
        for tier, period in periods.items():
            if (tier, period) not in covered and counts[tier] < limits[tier]:
                counts[tier] += 1
                kept[b.path] = tier
                covered.update(periods.items())
                break
    return kept


def thin_backups(folder: Path) -> list[Path]:
    """Delete backups rotation no longer keeps, and all but the newest safety copies."""
    every = list_backups(folder)
    backups = [b for b in every if b.kind == "backup"]
    safety = [b for b in every if b.kind != "backup"]
    keep = set(keep_by_rotation(backups)) | {b.path for b in safety[:KEEP_SAFETY]}
    removed = []
    for b in every:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def backup_health(config: Config) -> tuple[str, BackupInfo | None]:
    """("ok" | "stale" | "none" | "folder-missing", newest backup) for the window."""
    folder = backup_folder(config)
    if not folder.is_dir() and folder != default_folder(config):
        return "folder-missing", None
    newest = latest_backup(folder)
    if newest is None:
        return "none", None
    if clock.now() - newest.made_at > STALE_AFTER:
        return "stale", newest
    return "ok", newest
