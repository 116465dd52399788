"""Fresh schemas on the test PostgreSQL server, for tests that move a shop between stores.

Its fixtures are available to every test (``conftest.py`` loads it as a plugin):
``postgres_schema`` (one schema) or ``postgres_server`` (as many schemas as the test makes).
Without a server these tests skip, saying so; with SHOPCARE_REQUIRE_POSTGRES=1 (as in CI)
they fail instead.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator

import psycopg
import pytest

HOST = os.environ.get("SHOPCARE_TEST_POSTGRES_HOST", "127.0.0.1")
DBNAME = os.environ.get("SHOPCARE_TEST_POSTGRES_DBNAME", "test")
USER = os.environ.get("SHOPCARE_TEST_POSTGRES_USER", "postgres")


@pytest.fixture
def postgres_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], str]]:
    """``use_new_schema()`` makes an empty schema and points ShopCare's settings at it."""
    dsn = f"host={HOST} port=5432 dbname={DBNAME} user={USER} connect_timeout=3"
    try:
        conn = psycopg.connect(dsn, autocommit=True)
    except psycopg.OperationalError as error:
        reason = f"no PostgreSQL server answers at {HOST}:5432 ({error})".strip()
        if os.environ.get("SHOPCARE_REQUIRE_POSTGRES") == "1":
            pytest.fail(reason + "; SHOPCARE_REQUIRE_POSTGRES=1 requires one")
        pytest.skip(reason)
    made: list[str] = []

    def use_new_schema() -> str:
        schema = f"shopcare_test_{uuid.uuid4().hex[:10]}"
        conn.execute(f"CREATE SCHEMA {schema}")
        made.append(schema)
        for key, value in {"HOST": HOST, "DBNAME": DBNAME, "USER": USER, "SCHEMA": schema}.items():
            monkeypatch.setenv(f"SHOPCARE_POSTGRES_{key}", value)
        return schema

    try:
        yield use_new_schema
    finally:
        for schema in made:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
        conn.close()


@pytest.fixture
def postgres_schema(postgres_server: Callable[[], str]) -> str:
    """One fresh schema on the test server, with ShopCare's settings pointed at it."""
    return postgres_server()


def use_sqlite(monkeypatch: pytest.MonkeyPatch) -> None:
    """Point ShopCare back at the embedded store."""
    monkeypatch.delenv("SHOPCARE_POSTGRES_HOST", raising=False)
