"""Where ShopCare keeps its data: the embedded SQLite default, or a shared PostgreSQL.

The data folder is, in order: ``--data-dir``, ``SHOPCARE_DATA_DIR``, the user's data
folder (``platformdirs``). Events go to ``events.sqlite`` there unless
``SHOPCARE_POSTGRES_HOST`` is set, in which case every PC uses the ``eventsourcing``
library's PostgreSQL persistence (``SHOPCARE_POSTGRES_DBNAME``, ``_PORT``, ``_USER``,
``_PASSWORD``, ``_SCHEMA``) and keeps its own read models locally.
``SHOPCARE_POSTGRES_CONNECT_TIMEOUT`` (whole seconds, default 5) is how long to wait
for a connection before saying the server cannot be reached. Connections are
checked before use, so the first save after the server comes back works.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from shopcare.service.problems import DataFolderProblem

APP_NAME = "ShopCare"


def default_data_dir() -> str:
    """The user's data folder for ShopCare (``platformdirs``, imported only when asked)."""
    from platformdirs import user_data_dir

    return user_data_dir(APP_NAME)


class PostgresSettings(NamedTuple):
    host: str
    dbname: str = "shopcare"
    port: str = "5432"
    user: str = "postgres"
    password: str = ""
    schema: str = ""
    connect_timeout: str = "5"  # seconds

    @classmethod
    def from_environ(cls) -> PostgresSettings | None:
        host = os.environ.get("SHOPCARE_POSTGRES_HOST", "").strip()
        if not host:
            return None
        get = os.environ.get
        return cls(
            host=host,
            dbname=get("SHOPCARE_POSTGRES_DBNAME", "shopcare"),
            port=get("SHOPCARE_POSTGRES_PORT", "5432"),
            user=get("SHOPCARE_POSTGRES_USER", "postgres"),
            password=get("SHOPCARE_POSTGRES_PASSWORD", ""),
            schema=get("SHOPCARE_POSTGRES_SCHEMA", ""),
            connect_timeout=get("SHOPCARE_POSTGRES_CONNECT_TIMEOUT", "5"),
        )

    def key(self) -> str:
        """A short name for this server and database, for the local read-model file."""
        import hashlib  # only a shop on a server needs it

        ident = f"{self.host}:{self.port}/{self.dbname}/{self.schema}"
        return hashlib.sha256(ident.encode()).hexdigest()[:12]


class Config(NamedTuple):
    """Where this shop's data is. (Named tuples, as the command line loads this module
    first: a frozen dataclass took longer to make than the settings to read.)"""

    data_dir: Path
    postgres: PostgresSettings | None = None

    @classmethod
    def resolve(cls, data_dir: str | Path | None = None) -> Config:
        """The shop in ``data_dir``, else in ``SHOPCARE_DATA_DIR``, else in the user's
        folder. An empty one given is refused (a script's unset variable ran the
        command on the user's own shop)."""
        if data_dir is not None and not str(data_dir).strip():
            raise DataFolderProblem("errors-data-dir-empty")
        chosen = data_dir or os.environ.get("SHOPCARE_DATA_DIR") or default_data_dir()
        return cls(Path(chosen).expanduser(), PostgresSettings.from_environ())

    @property
    def events_path(self) -> Path:
        return self.data_dir / "events.sqlite"

    @property
    def readmodels_path(self) -> Path:
        if self.postgres is not None:
            return self.data_dir / f"readmodels-pg-{self.postgres.key()}.sqlite"
        return self.data_dir / "readmodels.sqlite"

    def event_store_env(self) -> dict[str, str]:
        """The ``eventsourcing`` environment for this store."""
        if self.postgres is None:
            return {
                "PERSISTENCE_MODULE": "eventsourcing.sqlite",
                "SQLITE_DBNAME": str(self.events_path),
                "SQLITE_LOCK_TIMEOUT": "10",
            }
        pg = self.postgres
        env = {
            "PERSISTENCE_MODULE": "eventsourcing.postgres",
            "POSTGRES_HOST": pg.host,
            "POSTGRES_PORT": pg.port,
            "POSTGRES_DBNAME": pg.dbname,
            "POSTGRES_USER": pg.user,
            "POSTGRES_PASSWORD": pg.password,
            "POSTGRES_CONNECT_TIMEOUT": pg.connect_timeout,
            "POSTGRES_PRE_PING": "y",  # a connection the server dropped is replaced, not used
        }
        if pg.schema:
            env["POSTGRES_SCHEMA"] = pg.schema
        return env
