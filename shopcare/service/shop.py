"""The shop as the CLI and the window see it: commands in, read models out.

``Shop`` opens the application service on the configured event store and the local
read models, and keeps them in step: after every save the read models catch up,
so what a person just logged is on screen at once. Opening does not replay
history; read models resume from their stored positions. The window opens its
``Shop`` with ``follow=False``: it shows itself first and catches up in the
background, choosing itself when to catch up after a save.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any
from uuid import UUID

from shopcare.application import Actor, ShopCareApplication
from shopcare.domain.values import require_text
from shopcare.readmodels.store import ReadModels
from shopcare.service.config import Config
from shopcare.service.sweep import run_sweep


class Shop:
    """The application service plus its read models, for one person at one computer."""

    def __init__(
        self, config: Config, staff: str = "staff", follow: bool = True, **app_kwargs: Any
    ) -> None:
        """Open the event store and the read models; with ``follow`` (the default) catch
        the read models up now and after every save."""
        self.actor = Actor(staff=require_text(staff, "words-staff"))
        self.config = config
        config.data_dir.mkdir(parents=True, exist_ok=True)
        self.app = ShopCareApplication(env=config.event_store_env(), **app_kwargs)
        self.read = ReadModels(config.readmodels_path)
        self.follows = follow
        if follow:
            self.app.on_saved(self.catch_up)
            self.catch_up()

    @property
    def db(self):
        return self.read.db

    def catch_up(self, progress: Callable[[int], None] | None = None) -> int:
        """Bring the read models up to the event log (others may have written).

        ``progress`` gets the position reached after each batch."""
        return self.read.catch_up(self.app, progress=progress)

    def head(self) -> int:
        """The position of the last event in the log (0 when it is empty)."""
        return self.app.recorder.max_notification_id() or 0

    def rebuild(self, progress=None) -> int:
        return self.read.rebuild(self.app, progress=progress)

    def sweep(self, today: date) -> list[UUID]:
        """Run the date-driven delight rules; return the ids of the tasks suggested."""
        self.catch_up()  # the facts another computer logged count too
        ids = run_sweep(self.app, self.read.db, self.actor, today)
        self.catch_up()
        return ids

    def close(self) -> None:
        self.read.close()
        self.app.close()

    def __enter__(self) -> Shop:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
