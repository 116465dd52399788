"""The shop as the CLI and the window see it: commands in, read models out.

``Shop`` opens the application service on the configured event store and the local
read models, and keeps them in step: after every save the read models catch up,
so what a person just logged is on screen at once. Opening does not replay
history; read models resume from their stored positions. The window opens its
``Shop`` with ``follow=False``: it shows itself first and catches up in the
background, choosing itself when to catch up after a save.

The shop's promise, kept here: a save is a save. Once an event is stored, a later
failure (the read models, a full disk) does not make the command fail: the views
are behind, ``notices`` says so, and they catch up on the next start. Read models
that are damaged are moved aside and built again from the events, with a notice;
an event store that is damaged is reported as such (:class:`StoreDamaged`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any
from uuid import UUID

from eventsourcing.persistence import PersistenceError

from shopcare.application import Actor, ShopCareApplication
from shopcare.domain.kindness import ActOfCustomer
from shopcare.readmodels.store import ReadModels
from shopcare.readmodels.timeline import forgotten_since
from shopcare.service.config import Config
from shopcare.service.folders import check_data_dir
from shopcare.service.problems import Notice, StoreDamaged, reason
from shopcare.service.rebuild import damaged, move_aside, rebuild_read_models


def store_fault_of_file(error: BaseException) -> bool:
    """Whether a store error says the file is damaged (not busy, full or read-only)."""
    cause = error.__cause__ if isinstance(error, PersistenceError) else error
    return damaged(cause) or type(error).__name__ == "DatabaseError"


class Shop:
    """The application service plus its read models, for one person at one computer."""

    def __init__(
        self, config: Config, staff: str = "staff", follow: bool = True, **app_kwargs: Any
    ) -> None:
        """Open the event store and the read models; with ``follow`` (the default) catch
        the read models up now and after every save."""
        self.actor = Actor(staff=staff)  # cleaned, or refused, by Actor
        self.config = config
        #: What the shop did by itself, or could not do, that the person should know.
        self.notices: list[Notice] = []
        check_data_dir(config.data_dir)
        self.follows = follow
        #: True while this shop forgets someone (it rebuilds its views itself, once).
        self.forgetting = False
        self.app = self._open_application(app_kwargs)
        try:
            self.read = self._open_read_models()
        except BaseException:
            self.app.close()
            raise
        if follow:
            self.app.on_saved(self._after_save)
        # One person, one act: the rules ask the read models which acts are open.
        self.app.open_acts = self._open_acts

    def _open_acts(self, customer_ids: Sequence[str]) -> dict[str, list[ActOfCustomer]]:
        """The open acts of these customers (asked only when a rule suggests one)."""
        from shopcare.readmodels.week_plan import open_acts_of

        return open_acts_of(self.read.db, customer_ids)

    # ----- opening ------------------------------------------------------------------

    def _open_application(self, app_kwargs: dict[str, Any]) -> ShopCareApplication:
        from shopcare.service.postgres import open_application

        try:
            app = open_application(self.config, app_kwargs)
            app.recorder.max_notification_id()  # reads the file: a damaged one says so now
        except (sqlite3.DatabaseError, PersistenceError) as error:
            if self.config.postgres is None and store_fault_of_file(error):
                raise StoreDamaged(
                    "errors-events-damaged", path=str(self.config.events_path), reason=str(error)
                ) from error
            raise
        return app

    def _open_read_models(self) -> ReadModels:
        path = self.config.readmodels_path
        try:
            read = ReadModels(path)
        except sqlite3.DatabaseError as error:
            if not (damaged(error) or path.is_dir()):  # a folder in its place: cannot open
                raise
            return self._replace_damaged(None)
        self.read = read
        try:
            furthest = self._ahead_of_history(read)
            if furthest and self.head() == 0:  # not an older copy: the history is gone
                path = str(self.config.events_path)
                return self._replace_damaged(read, "errors-events-lost", path=path, count=furthest)
            if furthest:
                return self._replace_damaged(read, "errors-readmodels-ahead")
            if not self.follows:
                return read
            self.catch_up()
        except sqlite3.DatabaseError as error:
            if not damaged(error):
                read.close()
                raise
            return self._replace_damaged(read)
        return read

    def _ahead_of_history(self, read: ReadModels) -> int:
        """How far the views say they have read, when that is past the history's end (its
        file was lost or put back from an older copy: catching up would take every later
        save as already shown); else 0. Positions first: a view is never ahead of a
        saved event."""
        furthest = max(read.positions().values(), default=0)
        return furthest if furthest > self.head() else 0

    def _replace_damaged(
        self, read: ReadModels | None, notice: str = "errors-readmodels-rebuilt", **values: Any
    ) -> ReadModels:
        """Move damaged read models aside and build new ones from the events."""
        if read is not None:
            read.close()
        moved = move_aside(self.config.readmodels_path)
        self.read = ReadModels(self.config.readmodels_path)
        if self.follows:  # else the owner (the window) catches up in the background
            self.catch_up()
        self.notices.append(Notice(notice, moved=str(moved), **values))
        return self.read

    def mend_views(self, error: BaseException) -> bool:
        """When ``error`` says a file is damaged and the read models fail SQLite's quick
        check (a damaged page in views that were current, so opening did not read it),
        move them aside and build them again from the events, with a notice; whether it
        did. An error of the event store's file leaves the views as they are."""
        if not damaged(error):
            return False
        try:
            whole = self.read.db.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
        except sqlite3.DatabaseError:
            whole = False
        if whole:
            return False
        self._replace_damaged(self.read)
        return True

    # ----- keeping the views in step ---------------------------------------------------

    @property
    def db(self):
        return self.read.db

    def catch_up(
        self, progress: Callable[[int], None] | None = None, just_saved: bool = False
    ) -> int:
        """Bring the read models up to the event log (others may have written).

        ``progress`` gets the position reached after each batch. ``just_saved``: right
        after a save, whose events the views may take as saved rather than read back."""
        stored = self.app.last_saved if just_saved else ()
        applied = self.read.catch_up(self.app, progress=progress, just_stored=stored)
        before = self.read.began_at
        self._report_skipped()
        if applied and before and not self.forgetting and forgotten_since(self.read.db, before):
            from shopcare.service.forget import forget_in_views

            forget_in_views(self)  # someone was forgotten (maybe on another PC)
        return applied

    def ping(self) -> None:
        """Ask a PostgreSQL server once, without the library's retries (which wait ten
        times over): raises the store's connection error at once if it cannot be
        reached. Nothing to ask for the embedded store."""
        datastore = getattr(self.app.recorder, "datastore", None)
        if self.config.postgres is None or datastore is None:
            return
        with datastore.get_connection() as conn:
            conn.execute("SELECT 1")

    def head(self) -> int:
        """The position of the last event in the log (0 when it is empty)."""
        return self.app.recorder.max_notification_id() or 0

    def _after_save(self) -> None:
        """After a save: catch up, and if that fails, the save still stands."""
        try:
            self.catch_up(just_saved=True)
        except Exception as error:
            try:
                if self.mend_views(error):
                    return
            except Exception as failed:  # the save stands; the next start tries again
                error = failed
            self.notices.append(Notice("errors-saved-views-behind", reason=reason(error)))

    def _report_skipped(self) -> None:
        skipped, self.read.newly_skipped = self.read.newly_skipped, []
        for s in skipped:
            self.notices.append(
                Notice(
                    "errors-event-skipped",
                    position=s.position,
                    id=s.originator_id,
                    kind=s.kind,
                )
            )

    def rebuild(self, progress: Callable[[int], None] | None = None) -> int:
        """Build the read models again from the events, into a new file, then swap."""
        self.read, count, moved = rebuild_read_models(self.read, self.app, progress)
        self._report_skipped()
        if moved is not None:
            self.notices.append(Notice("errors-readmodels-rebuilt", moved=str(moved)))
        return count

    def sweep(self, today: date) -> list[UUID]:
        """Run the date-driven delight rules; return the ids of the tasks suggested."""
        self.catch_up()  # the facts another computer logged count too
        from shopcare.service.sweep import run_sweep

        ids = run_sweep(self.app, self.read.db, self.actor, today)
        self._after_save()
        return ids

    def close(self) -> None:
        self.read.close()
        self.app.close()

    def __enter__(self) -> Shop:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
