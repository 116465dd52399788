"""Killing a process part-way through opening a shop: ``from interrupted import kill_part_way``."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

OPEN_SHOP = (
    "import sys; from shopcare.service.config import Config; from shopcare.service import Shop;"
    "Shop(Config.resolve(sys.argv[1]))"
)


def kill_part_way(data_dir: Path, env: dict[str, str], part_way: Callable[[], bool]) -> None:
    """Open the shop in ``data_dir`` in another process (``env`` added to ours) and kill it
    hard as soon as ``part_way()`` is true; fail if the opening finished first."""
    proc = subprocess.Popen(
        [sys.executable, "-c", OPEN_SHOP, str(data_dir)], env=dict(os.environ, **env)
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if part_way():
                break
        assert proc.poll() is None, "the catch-up finished before it could be interrupted"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()


def positions_reached(readmodels: Path, how: str = "min") -> int:
    """The ``min`` or ``max`` position the views' projections stored, read without opening
    the read models (which would finish the load); 0 before there are any."""
    try:
        with sqlite3.connect(readmodels, timeout=10) as conn:
            return conn.execute(f"SELECT {how}(position) FROM positions").fetchone()[0] or 0
    except sqlite3.OperationalError:
        return 0
