"""Try a built bundle as an owner would, on this computer: it must all work from the folder.

    uv run python packaging/smoke.py dist/ShopCare            # Linux, Windows
    uv run python packaging/smoke.py dist/ShopCare.app/Contents/MacOS   # macOS

Checks, each in a data folder of its own (nothing of this computer's is touched):
the version; a Korean demo shop; finding a customer; a weekly review PDF whose text is
read back; the window started (offscreen), settled and closed by itself, leaving the
day's automatic backup as a person's closing does. Exits 1 with the failing step.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

WINDOWS = sys.platform == "win32"


def program(folder: Path, name: str) -> Path:
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"smoke: no {name} in {folder}")


def run(exe: Path, *args: str, env: dict[str, str], timeout: float = 120) -> str:
    began = time.monotonic()
    done = subprocess.run(
        [str(exe), *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )
    took = time.monotonic() - began
    print(f"smoke: {exe.name} {' '.join(args)} -> {done.returncode} in {took:.1f} s")
    if done.returncode != 0:
        raise SystemExit(f"smoke: failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done.stdout


def main(folder: Path) -> None:
    cli = program(folder, "shopcare-cli" if WINDOWS else "shopcare")
    window = program(folder, "ShopCare")
    with tempfile.TemporaryDirectory(prefix="shopcare-smoke-") as tmp:
        data = Path(tmp) / "shop"
        env = {
            **os.environ,
            "SHOPCARE_DATA_DIR": str(data),
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(Path(tmp) / "settings"),  # not this person's settings
            "LANG": "ko_KR.UTF-8",
        }
        version = run(cli, "--version", env=env).strip()
        assert version.startswith("ShopCare "), version

        run(cli, "demo", "--customers", "40", env=env)
        found = json.loads(run(cli, "--json", "customer", "find", "김", env=env))
        assert found and all("김" in row["name"] for row in found), found

        # A rebuild as a new PC's long load does it: the packaged app starts itself as the
        # helper process (main.py --readmodels-helper) and gives the same views.
        helped = {
            **env,
            "SHOPCARE_PROJECTION_BATCH": "20",
            "SHOPCARE_BULK_AFTER": "50",
            "SHOPCARE_HELPER_AFTER": "1",
        }
        run(cli, "rebuild", env=helped)
        assert list(data.glob("*.helper-lock")), "the rebuild started no helper"
        assert not list(data.glob("*.helper")), "the helper's file was left behind"
        again = json.loads(run(cli, "--json", "customer", "find", "김", env=env))
        assert again == found, "the views differ after a rebuild with a helper"

        pdf = Path(tmp) / "week.pdf"
        run(cli, "report", "weekly", "--out", str(pdf), env=env)
        text = "".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
        assert "주간 리뷰" in text, "the weekly review has no Korean heading"

        run(window, env={**env, "SHOPCARE_CLOSE_AFTER_MS": "4000"}, timeout=180)
        backups = list((data / "backups").glob("*.sqlite"))
        assert backups, "closing the window made no backup"
    print(f"smoke: {version} works from {folder}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
