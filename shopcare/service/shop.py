"""The shop as the CLI and the window see it: commands in, read models out.

``Shop`` opens the application service on the configured event store and the local
read models, and keeps them in step: after every save the read models catch up,
so what a person just logged is on screen at once. Opening does not replay
history; read models resume from their stored positions.
"""

from __future__ import annotations

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

    def __init__(self, config: Config, staff: str = "staff", **app_kwargs: Any) -> None:
        self.actor = Actor(staff=require_text(staff, "words-staff"))
        self.config = config
        config.data_dir.mkdir(parents=True, exist_ok=True)
        self.app = ShopCareApplication(env=config.event_store_env(), **app_kwargs)
        self.read = ReadModels(config.readmodels_path)
        self.app.on_saved(self.catch_up)
        self.catch_up()

    @property
    def db(self):
        return self.read.db

    def catch_up(self) -> int:
        """Bring the read models up to the event log (others may have written)."""
        return self.read.catch_up(self.app)

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
