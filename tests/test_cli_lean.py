"""Everyday commands start quickly: they load no PDF code, no window toolkit and no
spreadsheet or plugin libraries they do not use (checked in a fresh interpreter).

``customer find`` on views that hold every event loads no event store and no event
classes at all; when the views are behind, it catches them up first, as before.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from shopcare.application import Actor, ShopCareApplication
from shopcare.service.config import Config
from shopcare.service.shop import Shop

#: Libraries a command that makes no PDF and opens no window has no use for, and the
#: standard modules none of these commands needs (the user's folders when one is given,
#: the network, temporary files and archives, hashes: each took milliseconds to load).
HEAVY = (
    *("reportlab", "PIL", "PySide6", "shiboken6", "sqlite_utils", "click", "pluggy", "openpyxl"),
    *("platformdirs", "socket", "tempfile", "shutil", "bz2", "lzma", "hashlib"),
)
#: ShopCare's own modules only some commands need: the sweep and its neighbourhood
#: rounds (with their address parsing).
ONLY_SOME = ("shopcare.service.sweep", "shopcare.domain.rounds", "shopcare.domain.addresses")
#: What only a command that opens the shop (and its event store) needs.
STORE = ("eventsourcing", "typing_extensions")

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
    # Each module by its full name and by its package's name (``eventsourcing``).
    modules = {m for name in report["modules"] for m in (name, name.split(".")[0])}
    return report["code"], modules, "\n".join(printed)


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
    assert not modules & set(ONLY_SOME), f"{command[0]} loaded {sorted(modules & set(ONLY_SOME))}"


def test_a_pdf_command_still_loads_the_pdf_code(data_dir: Path, customer_id: str) -> None:
    out = data_dir.parent / "sheets.pdf"
    code, modules, _ = loaded_by(data_dir, "tasks", "pdf", "--due-within", "7", "--out", str(out))
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    assert "reportlab" in modules  # the check above would notice the PDF code going missing


def test_find_on_current_views_loads_no_event_store_or_events(
    data_dir: Path, customer_id: str
) -> None:
    code, modules, printed = loaded_by(data_dir, "customer", "find", "민수")
    assert code == 0 and customer_id in printed
    assert not modules & set(STORE), f"find loaded {sorted(modules & set(STORE))}"


def test_find_catches_up_first_when_another_process_saved(data_dir: Path, customer_id: str) -> None:
    # Saved by the application alone (another process, another window): views behind.
    app = ShopCareApplication(env=Config.resolve(data_dir).event_store_env())
    try:
        newcomer = app.register_customer(Actor("민호"), name="이민수", phone="010-2222-3333")
    finally:
        app.close()
    code, modules, printed = loaded_by(data_dir, "customer", "find", "민수")
    assert code == 0
    assert str(newcomer) in printed and customer_id in printed
    assert "eventsourcing" in modules  # it opened the shop to catch the views up
    # ... and now they are current again: the next find reads them as they are.
    code, modules, printed = loaded_by(data_dir, "customer", "find", "민수")
    assert str(newcomer) in printed and "eventsourcing" not in modules


def test_find_reads_views_of_another_version_only_after_they_are_rebuilt(
    data_dir: Path, customer_id: str
) -> None:
    from shopcare.readmodels.database import Database

    with Database(Config.resolve(data_dir).readmodels_path) as db:
        db.execute("UPDATE versions SET version = version + 100 WHERE projection = 'customers'")
    code, modules, printed = loaded_by(data_dir, "customer", "find", "민수")
    assert code == 0 and customer_id in printed
    assert "eventsourcing" in modules  # opened the shop, which built that view again


def test_the_views_versions_the_command_line_checks_are_the_projections() -> None:
    from shopcare.readmodels.current import VERSIONS
    from shopcare.readmodels.store import default_projections

    assert {p.name: p.version for p in default_projections()} == VERSIONS


def test_ids_written_out_to_spare_a_hash_at_import_are_the_ones_computed() -> None:
    from uuid import NAMESPACE_URL, uuid5

    from shopcare.domain.delight_task import TASK_NAMESPACE
    from shopcare.domain.shop_settings import SETTINGS_ID

    assert uuid5(NAMESPACE_URL, "https://shopcare.invalid/delight-task") == TASK_NAMESPACE
    assert uuid5(NAMESPACE_URL, "https://shopcare.invalid/shop-settings") == SETTINGS_ID


def test_a_line_naming_a_command_is_parsed_as_by_the_whole_grammar(data_dir: Path) -> None:
    """Only the named command's parser is declared; the names known for that are every
    command there is, and what a line means does not change."""
    import argparse

    from shopcare.cli.parser import COMMANDS, build_parser

    whole = build_parser()
    (commands,) = (a for a in whole._actions if isinstance(a, argparse._SubParsersAction))
    assert set(commands.choices) == COMMANDS
    for line in (
        ["--data-dir", str(data_dir), "log", "abcd", "--channel", "phone", "--summary", "x"],
        ["--json", "customer", "find", "민수", "--limit", "5"],
        ["--staff=지은", "tasks", "list", "--all"],
        ["settings", "set", "rule", "miss-you", "off"],
    ):
        assert vars(build_parser(line).parse_args(line)) == vars(whole.parse_args(line))
