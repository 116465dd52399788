"""The read-model SQLite file, as the projections and the views use it.

A thin layer over :mod:`sqlite3` with the few things ShopCare asks of it:
``execute`` (a statement outside a transaction commits at once, one inside
``BEGIN`` ... ``COMMIT`` joins it), ``query`` (rows as dicts) and ``table_names``.
It keeps the command line quick to start: ``sqlite-utils`` (with ``click``,
``pluggy`` and ``dateutil``) is imported only if a caller asks for its table API
with ``db["table"]``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

Params = Sequence[Any] | dict[str, Any]


class Database:
    """One connection to a read-model file (autocommit unless a transaction is begun)."""

    def __init__(self, path: str | Path, check_same_thread: bool = True) -> None:
        self.path = Path(path)
        self.conn = sqlite3.connect(
            str(path), isolation_level=None, check_same_thread=check_same_thread
        )
        self.conn.execute("PRAGMA recursive_triggers=on")

    def execute(self, sql: str, parameters: Params | None = None) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def query(self, sql: str, parameters: Params | None = None) -> Iterator[dict[str, Any]]:
        """The rows of a query, each a dict by column name."""
        cursor = self.execute(sql, parameters)
        if cursor.description is None:
            raise ValueError("query() is for statements that return rows")
        keys = [d[0] for d in cursor.description]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def table_names(self) -> list[str]:
        return [
            row[0]
            for row in self.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]

    def commit(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()

    def __getitem__(self, table: str) -> Any:
        """sqlite-utils' table API on this connection (imported on first use)."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)[table]

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
