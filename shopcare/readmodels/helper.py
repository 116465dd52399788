"""A helper process for a long load from nothing: some projections are loaded beside the rest.

Catching up far behind (a new PC, read models deleted, a rebuild) is Python work per
event in every projection, on one core. When some projections start from nothing
and the log is long and in a SQLite file, the read models hand those
(``store.HELPED``) to a second process. It reads the same log and loads them into a
file of its own beside the read models (``readmodels.sqlite.helper``), in bulk and
without the indexes only the views need, while the first process loads the others.
Projections never read each other's tables, so the rows are the same as if one
process had done all. When it is done, the first process copies its tables,
positions and skipped events in, in one transaction, and goes on as every bulk load
does (indexes made, search index refilled, anything saved meanwhile caught up).

The helper is never needed: until its rows are copied in, those projections stand at
the beginning in the read models, as they were. When it cannot start, fails or is
killed, the first process catches them up itself. It ends with the process that
started it (on Linux at once; elsewhere before its next batch). One helper at a time
per read-model file: its starter holds a lock (``…helper-lock``, let go by the
operating system when a process dies), and a file left by one that was killed is
removed by the next one to open the read models.

Run as ``python -m shopcare.readmodels.helper HELPER_FILE EVENTS NAMES PARENT_PID``; a
packaged app runs itself with ``--readmodels-helper`` first instead (``main.py``).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

#: SQLite's companion files of a database.
_COMPANIONS = ("", "-journal", "-wal", "-shm")


class ParentGone(Exception):
    """The process that started this helper has ended: stop."""


class Helper:
    """A running helper process and the file it loads."""

    def __init__(
        self, process: subprocess.Popen[bytes], path: Path, lock: sqlite3.Connection
    ) -> None:
        self.process = process
        self.path = path
        self.lock = lock

    @classmethod
    def start(cls, readmodels: Path, source: Any, names: list[str]) -> Helper | None:
        """Start a helper loading ``names`` beside the read models at ``readmodels``
        from the log of ``source``; None when it cannot (a log not in a SQLite file, an
        enciphered or compressed one)."""
        from eventsourcing.sqlite import SQLiteApplicationRecorder

        recorder = getattr(source, "recorder", None)
        mapper = getattr(source, "mapper", None)
        if not isinstance(recorder, SQLiteApplicationRecorder) or mapper is None:
            return None
        if mapper.cipher or mapper.compressor:
            return None
        pool = recorder.datastore.pool
        events = getattr(pool, "db_name", "")
        if not events or getattr(pool, "is_sqlite_memory_mode", True):
            return None
        path = helper_path(readmodels)
        lock = _lock(path)
        if lock is None:  # another process's load has a helper
            return None
        remove(path)  # one left by a load that was stopped
        args = [str(path), str(events), ",".join(names), str(os.getpid())]
        try:
            process = subprocess.Popen(
                [*helper_command(), *args],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except OSError:
            lock.close()
            return None
        return cls(process, path, lock)

    def wait(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds; whether it has ended."""
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            return False
        return True

    def succeeded(self) -> bool:
        return self.process.poll() == 0

    def stop(self) -> None:
        """End it now."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()

    def remove(self) -> None:
        """Remove its file and let go of the lock."""
        remove(self.path)
        self.lock.close()


#: How a packaged app (PyInstaller: no ``python -m``) is asked to be a helper (``main.py``).
HELPER_ARG = "--readmodels-helper"


def helper_command() -> list[str]:
    """How to start a helper: this Python with the module, or the packaged app itself."""
    if getattr(sys, "frozen", False):
        return [sys.executable, HELPER_ARG]
    return [sys.executable, "-m", "shopcare.readmodels.helper"]


def helper_path(readmodels: Path) -> Path:
    """Where a helper of the read models at ``readmodels`` keeps its file."""
    return readmodels.with_name(readmodels.name + ".helper")


def _lock(path: Path) -> sqlite3.Connection | None:
    """The one helper lock of ``path``, held until closed; None when another holds it."""
    lock = sqlite3.connect(f"{path}-lock", timeout=0, isolation_level=None)
    try:
        lock.execute("BEGIN EXCLUSIVE")
    except sqlite3.OperationalError:
        lock.close()
        return None
    return lock


def remove_leftover(readmodels: Path) -> None:
    """Remove a helper file that no running load is using (one killed left it)."""
    path = helper_path(readmodels)
    if not path.exists():
        return
    lock = _lock(path)
    if lock is not None:
        remove(path)
        lock.close()


def remove(path: Path) -> None:
    for suffix in _COMPANIONS:
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _die_with_parent() -> None:
    """On Linux, ask the kernel to end this process when its parent ends."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def main(argv: list[str]) -> int:
    """Load the named projections into the helper's file; 0 when all went well."""
    path, events, names, parent = argv
    _die_with_parent()

    def alive(_position: int = 0) -> None:
        if os.getppid() != int(parent):
            raise ParentGone

    alive()
    from shopcare.application import ShopCareApplication
    from shopcare.readmodels.store import HELPER_BATCH, ReadModels, default_projections

    wanted = set(names.split(","))
    app = ShopCareApplication(
        env={
            "PERSISTENCE_MODULE": "eventsourcing.sqlite",
            "SQLITE_DBNAME": events,
            "SQLITE_LOCK_TIMEOUT": "10",
        }
    )
    models = ReadModels(
        Path(path),
        [p for p in default_projections() if p.name in wanted],
        scratch=True,
        helper=True,
    )
    try:
        models.catch_up(app, batch=HELPER_BATCH, progress=alive)
        models.make_indexes()  # here, while the first process still loads
    except ParentGone:
        return 1
    finally:
        models.close()
        app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
