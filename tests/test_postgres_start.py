"""PCs starting together on one PostgreSQL server, and servers that are not there.

Needs the server on 127.0.0.1:5432 (database ``test``, trust auth); skips without one
unless SHOPCARE_REQUIRE_POSTGRES=1.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from shopcare.cli.main import main

HOST = os.environ.get("SHOPCARE_TEST_POSTGRES_HOST", "127.0.0.1")
DBNAME = os.environ.get("SHOPCARE_TEST_POSTGRES_DBNAME", "test")
USER = os.environ.get("SHOPCARE_TEST_POSTGRES_USER", "postgres")


@pytest.fixture
def schema(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh, empty schema on the test server, pointed at through ShopCare's settings."""
    try:
        conn = psycopg.connect(
            f"host={HOST} dbname={DBNAME} user={USER} connect_timeout=3", autocommit=True
        )
    except psycopg.OperationalError as error:
        if os.environ.get("SHOPCARE_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"no PostgreSQL server at {HOST}:5432 ({error})")
        pytest.skip(f"no PostgreSQL server at {HOST}:5432")
    name = f"shopcare_start_{uuid.uuid4().hex[:10]}"
    conn.execute(f"CREATE SCHEMA {name}")
    for key, value in {"HOST": HOST, "DBNAME": DBNAME, "USER": USER, "SCHEMA": name}.items():
        monkeypatch.setenv(f"SHOPCARE_POSTGRES_{key}", value)
    try:
        yield name
    finally:
        conn.execute(f"DROP SCHEMA {name} CASCADE")
        conn.close()


START_TOGETHER = textwrap.dedent(
    """
    import sys
    from shopcare.cli.main import main
    for n in range(2):  # on a fresh schema, then on a used one
        print("ready", flush=True)
        sys.stdin.readline()  # every process is let go at the same moment
        code = main(["--data-dir", sys.argv[1], "--staff", "desk", "customer", "add",
                     "--name", f"손님 {n}"])
        if code:
            sys.exit(code)
    """
)


def test_many_pcs_starting_at_once_all_start_and_lose_nothing(schema: str, tmp_path: Path) -> None:
    # The first start creates the tables; at the second the library still runs its
    # CREATE statements: no start may fail either time.
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", START_TOGETHER, str(tmp_path / f"pc{i}")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(4)
    ]
    for _round in range(2):
        for p in procs:  # all imported (or done with the first start) and at the line
            assert p.stdout is not None
            while (line := p.stdout.readline()) not in ("ready\n", ""):
                pass  # the id of the customer it added
            assert line == "ready\n", "a process ended early"
        for p in procs:
            assert p.stdin is not None
            p.stdin.write("go\n")
            p.stdin.flush()
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert (p.returncode, err) == (0, "")
    conn = psycopg.connect(f"host={HOST} dbname={DBNAME} user={USER}")
    with conn:
        [(table,)] = conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s",
            [schema],
        ).fetchall()
        count = conn.execute(f"SELECT count(*) FROM {schema}.{table}").fetchone()
    assert count == (8,)  # 4 PCs, two customers each: none lost, none doubled


def run(tmp_path: Path, capsys) -> tuple[int, str, float]:
    started = time.monotonic()
    code = main(["--data-dir", str(tmp_path / "pc"), "customer", "find", "x"])
    took = time.monotonic() - started
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1
    return code, err, took


@pytest.mark.parametrize(
    ("setting", "value", "message"),
    [
        ("PORT", "1", "the shop's server {host}:1 refuses connections"),
        ("DBNAME", "no_such_db", "the shop's server {host} has no database 'no_such_db'"),
        ("USER", "no_such_user", "the shop's server {host} has no user 'no_such_user'"),
        ("SCHEMA", "no_such_schema", "has no schema 'no_such_schema': create it with CREATE"),
        ("HOST", "no-such-host.invalid", "the shop's server 'no-such-host.invalid' is not known"),
        ("CONNECT_TIMEOUT", "soon", "SHOPCARE_POSTGRES_CONNECT_TIMEOUT (seconds) 'soon' is not"),
    ],
)
def test_a_wrong_setting_is_named_within_seconds(
    schema: str, tmp_path: Path, capsys, monkeypatch, setting: str, value: str, message: str
) -> None:
    monkeypatch.setenv(f"SHOPCARE_POSTGRES_{setting}", value)
    code, err, took = run(tmp_path, capsys)
    assert code == (2 if setting == "CONNECT_TIMEOUT" else 1)
    assert err.startswith("shopcare: ") and message.format(host=HOST) in err
    assert took < 10
