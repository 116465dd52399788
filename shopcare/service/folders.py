"""The data folder: made when missing, refused with one clear line when it cannot hold a shop."""

from __future__ import annotations

import os
from pathlib import Path

from shopcare.service.problems import DataFolderProblem

#: The files of a shop that must be writable when they are there.
SHOP_FILES = ("events.sqlite", "readmodels.sqlite")


def check_data_dir(folder: Path) -> None:
    """Make ``folder`` if it is missing; refuse one that is a file, cannot be made, or
    cannot be written to (a read-only disk, no permission)."""
    shown = str(folder)
    try:
        if folder.exists() and not folder.is_dir():
            raise DataFolderProblem("errors-data-dir-not-a-folder", path=shown)
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise DataFolderProblem("errors-data-dir-not-a-folder", path=shown) from None
    except OSError as error:
        raise DataFolderProblem(
            "errors-data-dir-cannot-create", path=shown, reason=_why(error)
        ) from None
    try:
        _write_and_remove(folder / f".shopcare-write-test-{os.getpid()}-{os.urandom(6).hex()}")
    except OSError as error:
        raise DataFolderProblem(
            "errors-data-dir-read-only", path=shown, reason=_why(error)
        ) from None
    for name in SHOP_FILES:
        path = folder / name
        if path.exists() and not os.access(path, os.R_OK | os.W_OK):
            raise DataFolderProblem("errors-data-file-read-only", path=str(path))


def _why(error: OSError) -> str:
    return error.strerror or type(error).__name__


def _write_and_remove(probe: Path) -> None:
    """Make a new file and remove it again (as ``tempfile`` would, without loading it and
    ``shutil``, which took longer than the check itself)."""
    os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    os.unlink(probe)
