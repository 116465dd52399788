"""Forgetting a person who asked, and keeping them forgotten after a restore.

``forget`` finds every record of the person (merged duplicates included), notes
their ids in ``forgotten.json`` beside the data (and beside the backups), erases
their data from the event store (:mod:`.erasure`), records that they were forgotten
(an event that says only that), builds the read models again and compacts them, and
removes views of other stores left in the data folder. It then names the backups
that still hold the person: they keep them until rotation removes them, and a
restore of one forgets the person again at once (:func:`forget_again`).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from uuid import UUID

from shopcare import clock
from shopcare.application import Actor, ShopCareApplication
from shopcare.domain.errors import InvalidInput
from shopcare.readmodels.customers import merged_ids
from shopcare.service.backup import backup_folder
from shopcare.service.config import Config
from shopcare.service.erasure import (
    Codec,
    EventTable,
    PostgresEvents,
    erase,
    holds_anyone,
    sqlite_events,
)
from shopcare.service.shop import Shop

FORGOTTEN_FILE = "forgotten.json"
#: Who records a forgetting that ShopCare repeats by itself (after a restore).
SHOPCARE = Actor(staff="ShopCare")


@dataclass
class ForgetReport:
    """What forgetting did, and which backups still hold the person."""

    people: list[str]
    events: int = 0
    mentions: int = 0
    backups_holding: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "forgotten": self.people,
            "events": self.events,
            "mentions": self.mentions,
            "backups_holding": [str(p) for p in self.backups_holding],
            "removed": [str(p) for p in self.removed],
        }


# ----- the list of forgotten ids -------------------------------------------------------------


def _read_list(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.get("forgotten", {}).items()}


def forgotten_ids(config: Config) -> dict[str, str]:
    """Every id the shop was asked to forget (id → when), from beside the data and
    from beside the backups (a shop restored onto a new PC still has that one)."""
    found = _read_list(backup_folder(config) / FORGOTTEN_FILE)
    found.update(_read_list(config.data_dir / FORGOTTEN_FILE))
    return found


def _write_list(path: Path, ids: dict[str, str]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    body = {"about": "ids of customers who asked to be forgotten", "forgotten": ids}
    tmp.write_text(json.dumps(body, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def record_forgotten(config: Config, people: list[UUID]) -> None:
    """Note the ids beside the data and, when the folder is there, beside the backups."""
    ids = forgotten_ids(config)
    when = clock.now().isoformat(timespec="seconds")
    for person in people:
        ids.setdefault(str(person), when)
    _write_list(config.data_dir / FORGOTTEN_FILE, ids)
    folder = backup_folder(config)
    if folder.is_dir():
        _write_list(folder / FORGOTTEN_FILE, ids)


# ----- forgetting ---------------------------------------------------------------------------


@contextlib.contextmanager
def live_events(config: Config, app: ShopCareApplication) -> Iterator[EventTable]:
    """The events table of the store in use."""
    if config.postgres is not None:
        yield PostgresEvents(app.recorder)
        return
    with sqlite_events(config.events_path) as table:
        yield table


def forget_in(
    app: ShopCareApplication, table: EventTable, people: list[UUID], by: Actor
) -> tuple[int, int]:
    """Erase, record the forgetting, erase what was logged meanwhile, compact the store;
    return (events made anonymous, mentions cut elsewhere)."""
    codec = Codec(app.mapper)
    first = erase(table, codec, people)
    for person in people:
        app.forget_customer(by, person)
    erase(table, codec, people, mentions=False)  # what was logged for them meanwhile
    table.compact()
    cache = getattr(app.repository, "cache", None)
    if cache is not None:  # no copy of them stays in this program's memory either
        cache.clear()
    return first.events, first.mentions


def people_of(shop: Shop, given: str) -> list[UUID]:
    """Every record of the person: the customer, and the duplicates merged into them."""
    shop.catch_up()
    person = shop.app.get_customer(given, forgotten=True)
    others = [UUID(i) for i in merged_ids(shop.db, str(person.id))]
    return [person.id, *others]


def forget(shop: Shop, customer_id: str) -> ForgetReport:
    """Forget the customer ``customer_id`` names, on this store and in this data folder."""
    config = shop.config
    people = people_of(shop, customer_id)
    record_forgotten(config, people)
    report = ForgetReport(people=[str(p) for p in people])
    shop.forgetting = True
    try:
        with live_events(config, shop.app) as table:
            report.events, report.mentions = forget_in(shop.app, table, people, shop.actor)
        if config.postgres is not None and config.events_path.is_file():
            _forget_in_leftover_store(config.events_path, people, shop.actor)
        forget_in_views(shop)
    finally:
        shop.forgetting = False
    report.removed = remove_other_views(config)
    report.backups_holding = backups_holding(config, people)
    return report


def _forget_in_leftover_store(path: Path, people: list[UUID], by: Actor) -> None:
    """An embedded store left in the data folder (the shop moved to a server) forgets too."""
    app = ShopCareApplication(
        env={"PERSISTENCE_MODULE": "eventsourcing.sqlite", "SQLITE_DBNAME": str(path)}
    )
    try:
        with sqlite_events(path) as table:
            present = [p for p in people if table.events_of([p])]
            if present:
                forget_in(app, table, present, by)
    finally:
        app.close()


def forget_in_views(shop: Shop) -> None:
    """Build the views again from the (erased) log and leave no old bytes in their file."""
    try:
        shop.rebuild()
    except InvalidInput:  # another rebuild is running: it reads the erased log too
        return
    compact_read_models(shop)


def compact_read_models(shop: Shop) -> None:
    """Zero and drop the read models' free pages and empty their write-ahead log."""
    db = shop.read.db
    db.execute("PRAGMA secure_delete = ON")
    db.execute("VACUUM")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def remove_other_views(config: Config) -> list[Path]:
    """Delete read models in the data folder that are not in use (damaged ones moved
    aside, half-built ones, those of another store): views, built again when needed."""
    live = config.readmodels_path
    keep = {live.name, *(live.name + s for s in ("-wal", "-shm", ".rebuild-lock"))}
    removed = []
    for path in sorted(config.data_dir.glob("readmodels*")):
        if path.is_file() and path.name not in keep:
            path.unlink()
            removed.append(path)
    return removed


def backups_holding(config: Config, people: list[UUID]) -> list[Path]:
    """Backup files that still hold something personal about ``people``."""
    folder = backup_folder(config)
    if not folder.is_dir():
        return []
    codec = Codec(_scratch_mapper())
    holding = []
    for path in sorted(folder.glob("*.sqlite")):
        try:
            with sqlite_events(path, read_only=True) as table:
                if holds_anyone(table, codec, people):
                    holding.append(path)
        except sqlite3.Error:  # a damaged copy cannot be read back: say it may hold them
            holding.append(path)
    return holding


def _scratch_mapper() -> Any:
    from shopcare.service.restore import scratch_application

    app = scratch_application()
    try:
        return app.mapper
    finally:
        app.close()


def forget_again(config: Config, app: ShopCareApplication) -> int:
    """After a restore: forget again everyone the shop was asked to forget who is in
    the restored log; return how many."""
    ids = [UUID(i) for i in forgotten_ids(config)]
    if not ids:
        return 0
    with live_events(config, app) as table:
        present = [i for i in ids if table.events_of([i])]
        if present:
            forget_in(app, table, present, SHOPCARE)
    return len(present)
