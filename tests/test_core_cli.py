"""The command line end to end, in a temporary data folder."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from cli_run import run


def test_a_shop_day_from_the_command_line(data_dir: Path, capsys) -> None:
    code, out, _ = run(
        data_dir,
        "customer",
        "add",
        "--name",
        "김민수",
        "--phone",
        "010-5678-1234",
        "--birthday",
        "1990-03-01",
        "--tag",
        "vip",
        "--note",
        "size 260, calls after 5pm",
        "--json",
        capsys=capsys,
    )
    assert code == 0
    cid = json.loads(out)["id"]
    steps = [
        [
            "log",
            cid,
            "--channel",
            "phone",
            "--summary",
            "Oil & filter <change>",
            "--topic",
            "sizing",
            "--connection",
            "--minutes",
            "360",
            "--went-beyond",
            "found a pizza place",
            "--at",
            "2026-11-20T14:30:00+09:00",
        ],
        ["purchase", cid, "--item", "운동화", "--amount", "89000"],
        ["return", cid, "--item", "boots", "--due", "2026-12-01"],
        ["return-waived", cid, "--reason", "her mother died"],
        ["feedback", cid, "--polarity", "positive", "--text", "Lovely service"],
        [
            "complaint",
            cid,
            "--category",
            "delivery",
            "--text",
            "late",
            "--touchpoint",
            "delivery",
        ],
        ["complaint-resolved", cid, "--resolution", "owner called"],
        [
            "life-event",
            cid,
            "--kind",
            "bereavement",
            "--date",
            "2026-11-20",
            "--note",
            "mother",
        ],
        [
            "referred",
            cid,
            "--item",
            "red sandals",
            "--sent-to",
            "Shoe Palace",
            "--price",
            "45",
        ],
        ["gift", cid, "--what", "flowers and a card", "--occasion", "condolence"],
        ["followup", cid, "--due", "2026-11-27", "--reason", "sandals back in stock?"],
        ["followup-done", cid, "--note", "told her"],
        ["correct", cid, "--entry", "3", "--note", "it was 270"],
    ]
    for step in steps:
        code, _, err = run(data_dir, *step, capsys=capsys)
        assert (code, err) == (0, ""), step

    code, out, _ = run(data_dir, "customer", "find", "1234", "--json", capsys=capsys)
    assert json.loads(out) == [
        {
            "id": cid,
            "name": "김민수",
            "phone": "010-5678-1234",
            "email": "",
            "tags": ["vip"],
        }
    ]
    code, out, _ = run(data_dir, "customer", "show", cid[:8], "--json", capsys=capsys)
    shown = json.loads(out)
    assert shown["customer"]["name"] == "김민수"
    timeline = shown["timeline"]
    assert len(timeline) == 1 + len(steps)
    assert timeline[0]["kind"] == "contact"  # happened on the 20th, oldest first
    assert "Oil & filter <change>" in timeline[0]["summary"]
    assert all({"at", "kind", "staff", "summary"} <= set(e) for e in timeline)
    assert {e["staff"] for e in timeline} == {"지은"}
    purchase = next(e for e in timeline if e["entry"] == 3)
    assert purchase["correction"] == "지은: it was 270"

    code, out, _ = run(data_dir, "customer", "show", cid, capsys=capsys)
    assert "김민수" in out and "correction: 지은: it was 270" in out
    # times read as the window shows them ("20 Nov 2026 14:05"), not ISO with a T
    entries = [line for line in out.splitlines() if line.startswith("#")]
    when = re.compile(r"^#\d+\s+(\d{1,2} [A-Z][a-z]{2} \d{4}|\d{4}\.\d\d\.\d\d) \d\d:\d\d  ")
    assert len(entries) == len(timeline) and all(when.match(line) for line in entries)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["log", "{cid}", "--channel", "pigeon", "--summary", "x"], "unknown channel"),
        (
            [
                "log",
                "00000000-0000-0000-0000-000000000000",
                "--channel",
                "phone",
                "--summary",
                "x",
            ],
            "no customer",
        ),
        (["return", "{cid}", "--item", "x", "--due", "2026-02-30"], "is not a date"),
        (["customer", "add", "--name", " "], "name must not be empty"),
        (
            ["log", "{cid}", "--channel", "phone", "--summary", "x", "--minutes", "lots"],
            "not a whole number",
        ),
        (["return-received", "{cid}"], "no open return"),
        (["correct", "{cid}", "--entry", "x", "--note", "n"], "not a whole number"),
        (["log", "{cid}", "--summary", "x"], "required: --channel"),
    ],
)
def test_bad_input_is_one_clear_line_exit_2_and_writes_nothing(
    data_dir: Path, capsys, args: list[str], message: str
) -> None:
    _, out, _ = run(data_dir, "customer", "add", "--name", "김민수", capsys=capsys)
    cid = out.strip()
    events = data_dir / "events.sqlite"
    before = events.read_bytes()
    code, out, err = run(data_dir, *[a.format(cid=cid) for a in args], capsys=capsys)
    assert code == 2
    assert out == ""
    assert message in err and len(err.strip().splitlines()) == 1
    assert events.read_bytes() == before


def test_the_installed_command_runs_demo_and_rebuild(tmp_path: Path) -> None:
    data_dir = tmp_path / "demo"
    env = dict(os.environ, SHOPCARE_DATA_DIR=str(data_dir))
    cli = [sys.executable, "-m", "shopcare"]
    done = subprocess.run(
        [*cli, "demo", "--customers", "12"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "12 customers" in done.stdout
    found = subprocess.run(
        [*cli, "customer", "find", "a", "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    before = json.loads(found.stdout)
    rebuilt = subprocess.run([*cli, "rebuild"], env=env, capture_output=True, text=True, check=True)
    assert "rebuilt" in rebuilt.stdout
    found = subprocess.run(
        [*cli, "customer", "find", "a", "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(found.stdout) == before
    again = subprocess.run([*cli, "demo"], env=env, capture_output=True, text=True)
    assert again.returncode == 2 and "empty data folder" in again.stderr


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ko_KR.UTF-8", "11.16–11.22 주간 리뷰를 "),
        ("en_GB.UTF-8", "weekly review for 16–22 Nov 2026 written to "),
    ],
)
def test_the_weekly_review_is_said_by_its_days_not_its_iso_code(
    data_dir: Path, capsys, monkeypatch, lang: str, said: str
):
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
    out_file = data_dir.parent / "week.pdf"
    code, out, _ = run(
        data_dir, "report", "weekly", "--week", "2026-W47", "--out", str(out_file), capsys=capsys
    )
    assert code == 0 and out.startswith(said) and "W47" not in out and out_file.is_file()
