"""Opening the event store: the embedded SQLite file, or the shop's PostgreSQL server.

On PostgreSQL, before the ``eventsourcing`` library opens its connection pool, one
plain connection is made with the configured timeout
(``SHOPCARE_POSTGRES_CONNECT_TIMEOUT``, seconds, default 5). When it fails, the person
is told the real cause and what to do (the server refuses connections, the host is
unknown, no such database or user, the password is wrong, the schema is missing),
within those few seconds, rather than the pool's "couldn't get a connection" after
its own half minute.

The library creates its table, index, type and function at every start, and two
computers doing so at the same moment make PostgreSQL fail one of them ("tuple
concurrently updated"). So each start takes a transaction-free advisory lock on the
server for the creation: computers starting together take turns, and none fails.
"""

from __future__ import annotations

import zlib
from typing import Any

from eventsourcing.persistence import PersistenceError

from shopcare.application import ShopCareApplication
from shopcare.domain.values import parse_count
from shopcare.service.config import Config, PostgresSettings
from shopcare.service.problems import StoreUnreachable

#: The longest connect timeout a person may set, in seconds.
MAX_CONNECT_TIMEOUT = 300
#: How long a start waits for another computer's table creation, in seconds.
CREATE_LOCK_WAIT = 60

#: libpq's words for each cause (they are English unless the client is localised).
CAUSES = (
    ("connection refused", "errors-pg-refused"),
    ("could not translate host name", "errors-pg-unknown-host"),
    ("name or service not known", "errors-pg-unknown-host"),
    ("nodename nor servname", "errors-pg-unknown-host"),
    ("no such host", "errors-pg-unknown-host"),
    ("timeout expired", "errors-pg-timeout"),
    ("password authentication failed", "errors-pg-password"),
    ("no password supplied", "errors-pg-password"),
    ("does not exist", ""),  # database "x" / role "x" does not exist: which, below
    ("no pg_hba.conf entry", "errors-pg-not-allowed"),
)


def connect_timeout(pg: PostgresSettings) -> int:
    """The configured connect timeout in whole seconds (a clear refusal if it is not)."""
    return parse_count(
        pg.connect_timeout,
        "words-connect-timeout",
        minimum=1,
        maximum=MAX_CONNECT_TIMEOUT,
        required=True,
    )


def describe_failure(pg: PostgresSettings, error: Exception) -> StoreUnreachable:
    """The cause of a failed connection, as a problem a person can act on."""
    detail = " ".join(str(error).split())[:300]
    lowered = detail.lower()
    where = {"host": pg.host, "port": pg.port, "dbname": pg.dbname, "user": pg.user}
    for words, code in CAUSES:
        if words in lowered:
            if not code:
                code = "errors-pg-no-database" if "database" in lowered else "errors-pg-no-user"
            return StoreUnreachable(code, reason=detail, **where)
    return StoreUnreachable("errors-pg-failed", reason=detail, **where)


def _lock_key(pg: PostgresSettings) -> int:
    """One advisory-lock number per ShopCare schema (a signed 64-bit integer)."""
    return zlib.crc32(f"shopcare-create-tables:{pg.schema or 'public'}".encode()) - 2**31


def open_application(config: Config, app_kwargs: dict[str, Any]) -> ShopCareApplication:
    """The application on the configured store."""
    pg = config.postgres
    if pg is None:
        return ShopCareApplication(env=config.event_store_env(), **app_kwargs)
    import psycopg

    timeout = connect_timeout(pg)
    try:
        conn = psycopg.connect(
            host=pg.host,
            port=pg.port,
            dbname=pg.dbname,
            user=pg.user,
            password=pg.password,
            connect_timeout=timeout,
            autocommit=True,
            application_name="ShopCare",
        )
    except psycopg.Error as error:
        raise describe_failure(pg, error) from None
    try:
        schema = pg.schema or "public"
        found = conn.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", [schema]).fetchone()
        if found is None:
            raise StoreUnreachable(
                "errors-pg-no-schema", schema=schema, dbname=pg.dbname, host=pg.host
            )
        conn.execute(f"SET lock_timeout = '{CREATE_LOCK_WAIT}s'")
        try:
            conn.execute("SELECT pg_advisory_lock(%s)", [_lock_key(pg)])
        except psycopg.Error as error:
            raise describe_failure(pg, error) from None
        try:  # the library creates its tables now, one computer at a time
            env = config.event_store_env() | {"POSTGRES_CONNECT_TIMEOUT": str(timeout)}
            return ShopCareApplication(env=env, **app_kwargs)
        except (psycopg.Error, PersistenceError) as error:
            raise describe_failure(pg, error) from None
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", [_lock_key(pg)])
    except psycopg.Error as error:
        raise describe_failure(pg, error) from None
    finally:
        conn.close()


__all__ = ["connect_timeout", "describe_failure", "open_application"]
