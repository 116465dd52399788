"""Opening the event store: the embedded SQLite file, or the shop's PostgreSQL server."""

from __future__ import annotations

from typing import Any

from shopcare.application import ShopCareApplication
from shopcare.service.config import Config


def open_application(config: Config, app_kwargs: dict[str, Any]) -> ShopCareApplication:
    """The application on the configured store."""
    return ShopCareApplication(env=config.event_store_env(), **app_kwargs)
