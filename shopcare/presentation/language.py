"""Which language the shop speaks: its setting, else this computer's language."""

from __future__ import annotations

from shopcare.i18n import LANGUAGES, Catalogue, catalogue, system_language
from shopcare.readmodels.care import shop_language
from shopcare.readmodels.database import Database


def shop_language_of(db: Database) -> str:
    """The shop's language ("ko" or "en"): its setting, else this computer's language."""
    chosen = shop_language(db)
    return chosen if chosen in LANGUAGES else system_language()


def shop_catalogue(db: Database) -> Catalogue:
    """The catalogue of the shop's language, for tasks, sheets and reports."""
    return catalogue(shop_language_of(db))
