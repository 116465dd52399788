"""Running the ``shopcare`` command in the test's own process (quicker than a subprocess).

Import it into a test module: ``from cli_run import run``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from shopcare.cli.main import main


def run(
    data_dir: Path, *args: str, capsys: pytest.CaptureFixture[str], staff: str | None = "지은"
) -> tuple[int, str, str]:
    """``shopcare --data-dir DATA_DIR [--staff STAFF] ARGS...``: exit code, stdout, stderr."""
    who = ["--staff", staff] if staff is not None else []
    try:
        code = main(["--data-dir", str(data_dir), *who, *args])
    except SystemExit as exit:  # argparse's own usage errors
        code = exit.code
    out, err = capsys.readouterr()
    return code, out, err
