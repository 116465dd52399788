"""Hostile and mistaken input on the command line: one clear line, exit 2, no byte changed.

Each case is one the issue found doing harm (a stored value that later broke every
command, a traceback, or exit 0 for a mistake).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from cli_run import run as run_as


def run(data_dir: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    return run_as(data_dir, *args, capsys=capsys, staff=None)


@pytest.fixture
def cid(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> str:
    code, out, _ = run(data_dir, "customer", "add", "--name", "김민수", capsys=capsys)
    assert code == 0
    return out.strip()


def files(data_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(data_dir.iterdir()) if p.is_file()}


LOG = ["log", "{cid}", "--channel", "phone", "--summary", "x"]

CASES = [
    (
        [*LOG, "--at", "9999-12-31T23:59-05:00"],
        "date and time '9999-12-31T23:59-05:00' is out of range",
    ),
    ([*LOG, "--at", "0001-01-01T00:00+05:00"], "is out of range"),
    ([*LOG, "--at", "9999-12-31T23:59"], "is out of range"),
    ([*LOG, "--at", "0001-01-01T00:00"], "is out of range"),
    (["life-event", "{cid}", "--kind", "birthday", "--at", "9999-01-01T00:00"], "is out of range"),
    (["life-event", "{cid}", "--kind", "birthday", "--date", "9999-12-31"], "is out of range"),
    (["sweep", "--today", "9999-12-28"], "today's date '9999-12-28' is out of range"),
    (["sweep", "--today", ""], "today's date must not be empty"),  # not "today"
    (["tasks", "list", "--customer", ""], "'' is not a customer id"),  # not every task
    (["backups", "--use", ""], "the backup folder must not be empty"),
    (["import", "/dev/zero"], "/dev/zero is not a file (a folder or a device)"),
    (["import", "{dir}"], "is not a file (a folder or a device)"),
    (["report", "weekly", "--week", "9999-W52", "--out", "{dir}/w.pdf"], "week '9999-W52'"),
    (["report", "weekly", "--week", "0001-W01", "--out", "{dir}/w.pdf"], "week '0001-W01'"),
    (["report", "weekly", "--week", "", "--out", "{dir}/w.pdf"], "is not an ISO week"),
    (["tasks", "pdf", "--due-within", "99999999", "--out", "{dir}/t.pdf"], "days ahead must be"),
    (["gift", "{cid}", "--what", "flowers", "--cost", "9e999999"], "is not an amount"),
    (["gift", "{cid}", "--what", "flowers", "--cost", "1e-999999999"], "is not an amount"),
    (["gift", "{cid}", "--what", "flowers", "--cost", "NaN"], "is not an amount"),
    (["gift", "{cid}", "--what", "flowers", "--cost", "Infinity"], "is not an amount"),
    (["purchase", "{cid}", "--item", "boots", "--amount", "-3"], "amount must be zero or more"),
    (["customer", "add", "--name", "\udcff\udcfeKim"], "name has characters that are not text"),
    (["customer", "add", "--name", "Kim", "--note", "\udcff"], "notes has characters"),
    (["customer", "add", "--name", "Kim", "--phone", "\udcff1234"], "phone number has characters"),
    ([*LOG[:-1], "\udcffx"], "summary has characters"),
    (["customer", "find", "\udcff"], "search has characters"),
    (["customer", "find", "x", "--limit", "1180591620717411303424"], "limit must be from 1"),
    (["customer", "find", "x", "--limit", "0"], "limit must be from 1"),
    (["customer", "edit", "{cid}", "--email", "bogus"], "'bogus' is not an email address"),
    (["customer", "edit", "{cid}", "--name", " "], "name must not be empty"),
    (["customer", "edit", "{cid}", "--phone", "12"], "is not a phone number"),
    (["customer", "add", "--name", "Kim", "--phone", "call me"], "is not a phone number"),
    (["log", "%%%%", "--channel", "phone", "--summary", "x"], "'%%%%' is not a customer id"),
    (["log", "____", "--channel", "phone", "--summary", "x"], "'____' is not a customer id"),
    (["tasks", "done", "%%%%", "--what", "x"], "'%%%%' is not a task id"),
    ([*LOG, "--minutes", "100000000000000000000"], "minutes must be from 0 to 1440"),
    ([*LOG, "--minutes", "-1"], "minutes must be from 0 to 1440"),
    (["demo", "--customers", "-5"], "number of customers must be from 1"),
    (["demo", "--customers", "0"], "number of customers must be from 1"),
    (["--staff", "", *LOG], "staff name must not be empty"),
    (
        ["correct", "{cid}", "--entry", "99999999999999999999", "--note", "n"],
        "entry number must be",
    ),
    (["report", "weekly", "--out", "/proc/x.pdf"], "cannot write '/proc/x.pdf'"),
    # written over the shop's own files, the export made the history unreadable
    (["export", "events", "--out", "{dir}/events.sqlite"], "/events.sqlite' is a database"),
    (["export", "customers", "--out", "{dir}/readmodels.sqlite"], "readmodels.sqlite' is a"),
    (["report", "weekly", "--out", "{dir}/events.sqlite"], "is a database"),
    (["tasks", "pdf", "--due-within", "7", "--out", "{dir}/events.sqlite"], "is a database"),
    (["export", "events", "--out", "{dir}/events.sqlite-wal"], "events.sqlite-wal' belongs to"),
    (["export", "events", "--out", "{dir}/readmodels.sqlite-journal"], "belongs to a database"),
    (["restore", "/dev/null", "--yes"], "there is no file /dev/null"),
    (["restore", "{dir}", "--yes"], "there is no file /"),
    # the customer list is a CSV, the log JSON lines: 'a file name for the PDF' misled
    (["export", "customers", "--out", "{dir}"], "is a folder; give a file name\n"),
    (["export", "events", "--out", "{dir}"], "is a folder; give a file name\n"),
    (["customer", "add", "--name", "\u3164"], "name must not be empty"),
    (["customer", "edit", "{cid}", "--name", "\u200b\ufeff"], "name must not be empty"),
    (["--staff", "\u2060", *LOG], "staff name must not be empty"),
    (["settings", "set", "staff", "\u3164", "\u200b"], "staff"),
]


@pytest.mark.parametrize(("args", "message"), CASES)
def test_refused_with_one_line_exit_2_and_no_byte_changed(
    data_dir: Path, cid: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    before = files(data_dir)
    given = [a.format(cid=cid, dir=data_dir) for a in args]
    code, out, err = run(data_dir, *given, capsys=capsys)
    assert (code, out) == (2, "")
    assert err.startswith("shopcare: ") and len(err.strip().splitlines()) == 1
    assert message in err
    assert not re.search(r"\b(data|errors|cli|words)-[a-z]+-", err), "a message's key shown"
    assert files(data_dir) == before


def test_an_import_file_too_large_for_a_customer_list_is_not_read(
    data_dir: Path, cid: str, tmp_path: Path, capsys
) -> None:
    huge = tmp_path / "customers.csv"
    with huge.open("wb") as f:
        f.truncate(101 << 20)  # sparse: 101 MB on paper, nothing on the disk
    before = files(data_dir)
    code, out, err = run(data_dir, "import", str(huge), capsys=capsys)
    assert (code, out) == (2, "") and "is larger than 100 MB" in err
    assert files(data_dir) == before


def test_a_hex_prefix_still_finds_its_customer(data_dir: Path, cid: str, capsys) -> None:
    code, out, _ = run(data_dir, *[a.format(cid=cid[:6]) for a in LOG], capsys=capsys)
    assert (code, out.strip()) == (0, "saved")


def test_money_and_phones_as_owners_type_them(data_dir: Path, capsys) -> None:
    _, out, _ = run(
        data_dir, "customer", "add", "--name", "이서연", "--phone", "01022223333", capsys=capsys
    )
    cid = out.strip()
    assert run(data_dir, "gift", cid, "--what", "꽃", "--cost", "4만5천원", capsys=capsys)[0] == 0
    code, out, _ = run(data_dir, "customer", "show", cid, "--json", capsys=capsys)
    assert code == 0
    shown = json.loads(out)
    assert shown["customer"]["phone"] == "010-2222-3333"
    gift = next(e for e in shown["timeline"] if e["kind"] == "gift sent")
    assert gift["data"]["cost"] == "45000"
    _, out, _ = run(data_dir, "customer", "find", "3333", capsys=capsys)
    assert "이서연" in out


@pytest.mark.parametrize(("query", "found"), [("%", []), ("_", ["_민"]), ("\\", ["\\민"])])
def test_a_wildcard_searched_for_is_a_letter(
    data_dir: Path, capsys: pytest.CaptureFixture[str], query: str, found: list[str]
) -> None:
    """One letter finds the names that start with it: '%' and '_' found every customer."""
    for name in ("김민수", "_민", "\\민", "100%"):
        assert run(data_dir, "customer", "add", "--name", name, capsys=capsys)[0] == 0
    code, out, _ = run(data_dir, "customer", "find", query, "--json", capsys=capsys)
    assert code == 0
    assert [c["name"] for c in json.loads(out)] == found
