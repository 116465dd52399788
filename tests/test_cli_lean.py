"""Everyday commands start quickly: they load no PDF code, no window toolkit and no
spreadsheet or plugin libraries they do not use (checked in a fresh interpreter)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from shopcare.service.config import Config
from shopcare.service.shop import Shop

#: Libraries a command that makes no PDF and opens no window has no use for.
HEAVY = ("reportlab", "PIL", "PySide6", "shiboken6", "sqlite_utils", "click", "pluggy", "openpyxl")

PROBE = """
import json, sys
from shopcare.cli.main import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def loaded_by(data_dir: Path, *args: str) -> tuple[int, set[str], str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--data-dir", str(data_dir), "--staff", "지은", *args],
        capture_output=True,
        text=True,
        check=True,
    )
    *printed, probe = done.stdout.strip().splitlines()
    report = json.loads(probe)
    return report["code"], {m.split(".")[0] for m in report["modules"]}, "\n".join(printed)


@pytest.fixture
def customer_id(data_dir: Path) -> str:
    with Shop(Config.resolve(data_dir), staff="지은") as shop:
        cid = shop.app.register_customer(shop.actor, name="김민수", phone="010-5678-1234")
        shop.app.raise_complaint(shop.actor, cid, category="delivery", text="늦었어요")
    return str(cid)


@pytest.mark.parametrize(
    "command",
    [
        ("customer", "find", "민수"),
        ("log", "{cid}", "--channel", "phone", "--summary", "사이즈 문의"),
        ("tasks", "list"),
    ],
    ids=["customer find", "log", "tasks list"],
)
def test_everyday_commands_load_no_pdf_or_window_code(
    data_dir: Path, customer_id: str, command: tuple[str, ...]
) -> None:
    code, modules, printed = loaded_by(data_dir, *(a.format(cid=customer_id) for a in command))
    assert code == 0
    assert printed  # the command did its work (a match, "saved", the complaint call task)
    assert not modules & set(HEAVY), f"{command[0]} loaded {sorted(modules & set(HEAVY))}"


def test_a_pdf_command_still_loads_the_pdf_code(data_dir: Path, customer_id: str) -> None:
    out = data_dir.parent / "sheets.pdf"
    code, modules, _ = loaded_by(data_dir, "tasks", "pdf", "--due-within", "7", "--out", str(out))
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    assert "reportlab" in modules  # the check above would notice the PDF code going missing
