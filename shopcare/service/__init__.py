"""The shop as the command line and the window use it: commands in, read models out.

* :mod:`.shop`: ``Shop``, the application plus its read models, kept in step;
* :mod:`.config`: where the data lives (SQLite in the data folder, or PostgreSQL);
* :mod:`.sweep`: the daily delight sweep;
* :mod:`.demo`: a believable shop to try things on.

``Shop`` and ``Config`` are imported on first use, so asking for the configuration
does not load the event store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from shopcare.service.config import Config
    from shopcare.service.shop import Shop

__all__ = ["Config", "Shop"]


def __getattr__(name: str) -> Any:
    if name == "Shop":
        from shopcare.service.shop import Shop

        return Shop
    if name == "Config":
        from shopcare.service.config import Config

        return Config
    raise AttributeError(name)
