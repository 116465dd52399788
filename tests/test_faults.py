"""Faults of the disk and the files: the shop's history is never lost, poisoned or hidden.

Real files damaged in the ways disks damage them, real processes killed with
SIGKILL, a real full disk (a file-size limit on the process), real locks.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from cli_run import run

from shopcare.service.config import Config
from shopcare.service.shop import Shop

CLI = [sys.executable, "-m", "shopcare"]


def small_shop(data_dir: Path) -> list[str]:
    """Three customers with a few contacts each; their ids."""
    ids = []
    with Shop(Config.resolve(data_dir), staff="지은") as shop:
        for name in ("김민수", "이서연", "박지훈"):
            cid = str(shop.app.register_customer(shop.actor, name=name, phone="010-5678-1234"))
            for n in range(3):
                shop.app.log_contact(shop.actor, cid, channel="phone", summary=f"{name} {n}")
            ids.append(cid)
    return ids


def timelines(data_dir: Path, ids: list[str], capsys) -> list[list[str]]:
    out = []
    for cid in ids:
        code, text, _ = run(data_dir, "customer", "show", cid, "--json", capsys=capsys)
        assert code == 0
        out.append([e["summary"] for e in json.loads(text)["timeline"]])
    return out


# ----- a damaged event store -------------------------------------------------------------


@pytest.mark.parametrize("damage", ["truncated", "garbage"])
def test_a_damaged_event_store_is_one_clear_message_and_left_as_it_is(
    data_dir: Path, capsys, damage: str
) -> None:
    small_shop(data_dir)
    events = data_dir / "events.sqlite"
    if damage == "truncated":
        with events.open("r+b") as fh:
            fh.truncate(events.stat().st_size // 2)
    else:
        events.write_bytes(os.urandom(events.stat().st_size))
    before = events.read_bytes()
    for args in (
        ["customer", "find", "김"],
        ["log", "0000", "--channel", "phone", "--summary", "x"],
    ):
        code, out, err = run(data_dir, *args, capsys=capsys)
        assert (code, out) == (1, "")
        assert err.startswith("shopcare: the shop's history file") and str(events) in err
        assert "is damaged" in err and "Restore your newest backup" in err
        assert len(err.strip().splitlines()) == 1
    code, out, _ = run(data_dir, "check", capsys=capsys)
    assert code == 1 and out.startswith("PROBLEM: the shop's history file")
    assert events.read_bytes() == before


# ----- damaged read models ----------------------------------------------------------------


@pytest.mark.parametrize("damage", ["garbage", "a folder"])
def test_garbage_read_models_are_moved_aside_and_rebuilt_by_themselves(
    data_dir: Path, capsys, damage: str
) -> None:
    ids = small_shop(data_dir)
    expected = timelines(data_dir, ids, capsys)
    views = data_dir / "readmodels.sqlite"
    if damage == "garbage":
        views.write_bytes(os.urandom(200_000))
    else:  # a folder where the file was: SQLite cannot even open it
        views.unlink()
        views.mkdir()
        (views / "x").write_text("x")
    code, out, err = run(data_dir, "customer", "find", "서연", capsys=capsys)
    assert code == 0 and "이서연" in out
    assert err.count("\n") == 1 and "the views were damaged: moved them aside to" in err
    aside = list(data_dir.glob("readmodels.damaged-*.sqlite"))
    assert len(aside) == 1 and str(aside[0]) in err
    assert timelines(data_dir, ids, capsys) == expected


@pytest.mark.parametrize("history", ["deleted", "an older copy"])
def test_views_ahead_of_the_history_are_built_again_by_themselves(
    data_dir: Path, capsys, history: str
) -> None:
    """The history file lost or put back from an older copy: the views said they had read
    events the history no longer has, so every later save was taken as already shown."""
    events = data_dir / "events.sqlite"
    ids = small_shop(data_dir)[:1]
    older = events.read_bytes()
    with Shop(Config.resolve(data_dir), staff="지은") as shop:
        shop.app.register_customer(shop.actor, name="최유리")
    if history == "deleted":
        events.unlink()
        ids = []
    else:
        events.write_bytes(older)
    code, out, err = run(data_dir, "customer", "add", "--name", "홍길동", capsys=capsys)
    assert code == 0
    if history == "deleted":  # the history lost: said so, and what to do
        assert err.startswith(f"shopcare: the shop's history file {events} was empty, but")
        assert "views had read 13 events" in err and "`shopcare restore FILE`" in err
    else:
        assert "shopcare: the views were ahead of the history (was its file lost" in err
    assert len(err.strip().splitlines()) == 1
    ids.append(out.strip())
    for query in ("홍길동", "최유리"):  # the new customer shown, the lost one not
        code, out, _ = run(data_dir, "customer", "find", query, capsys=capsys)
        assert code == 0 and (ids[-1] in out) == (query == "홍길동")
        assert ("최유리" in out) is False
    code, out, _ = run(data_dir, "check", capsys=capsys)
    assert code == 0 and out.startswith("ok: ")
    assert len(list(data_dir.glob("readmodels.damaged-*.sqlite"))) == 1


def _flip_root_page(views: Path, table: str) -> None:
    """64 bytes flipped at the start of ``table``'s root page, the file otherwise whole."""
    with sqlite3.connect(views) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
    with views.open("r+b") as fh:
        fh.seek((root[0] - 1) * page_size)
        flipped = bytes(b ^ 0xFF for b in fh.read(64))
        fh.seek((root[0] - 1) * page_size)
        fh.write(flipped)


@pytest.mark.parametrize(
    ("table", "command"),
    [
        ("customers", ["customer", "find", "서연"]),
        ("customers", ["customer", "show", "{id}"]),
        ("timeline", ["customer", "show", "{id}"]),
        ("customers", ["log", "{id}", "--channel", "phone", "--summary", "again"]),
    ],
)
def test_views_with_a_damaged_page_are_built_again_by_the_command_that_finds_it(
    data_dir: Path, capsys, table: str, command: list[str]
) -> None:
    """The views current, one of their pages damaged: reading them failed with 'something
    went wrong' on every find and show until someone thought of running check."""
    ids = small_shop(data_dir)
    expected = timelines(data_dir, ids, capsys)
    events = data_dir / "events.sqlite"
    with sqlite3.connect(events) as db:
        stored = db.execute("SELECT count(*) FROM stored_events").fetchone()[0]
    _flip_root_page(data_dir / "readmodels.sqlite", table)
    code, out, err = run(data_dir, *[a.format(id=ids[1]) for a in command], capsys=capsys)
    assert code == 0 and ("이서연" in out or out.strip() == "saved")
    assert err.startswith("shopcare: the views were damaged: moved them aside to")
    assert len(err.strip().splitlines()) == 1
    with sqlite3.connect(events) as db:  # saved once, not twice
        saved = db.execute("SELECT count(*) FROM stored_events").fetchone()[0]
    assert saved == stored + (command[0] == "log")
    if command[0] == "log":
        expected[1].append("phone in: again")
    assert timelines(data_dir, ids, capsys) == expected


def test_check_mends_views_that_lost_entries_or_pages(data_dir: Path, capsys) -> None:
    ids = small_shop(data_dir)
    expected = timelines(data_dir, ids, capsys)
    views = data_dir / "readmodels.sqlite"
    # entries silently gone (what flipped bytes did): the counts no longer agree
    with sqlite3.connect(views) as db:
        db.execute("DELETE FROM timeline WHERE customer_id = ? AND entry = 2", [ids[1]])
    code, out, _ = run(data_dir, "check", capsys=capsys)
    assert code == 0
    assert "mended: the views did not agree with the history: built them again" in out
    assert timelines(data_dir, ids, capsys) == expected
    # 64 bytes flipped at the start of the timeline table's root page
    with sqlite3.connect(views) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'timeline'").fetchone()
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
    with views.open("r+b") as fh:
        fh.seek((root[0] - 1) * page_size)
        flipped = bytes(b ^ 0xFF for b in fh.read(64))
        fh.seek((root[0] - 1) * page_size)  # back to the start: flip these 64 bytes
        fh.write(flipped)
    code, out, _ = run(data_dir, "check", "--json", capsys=capsys)
    report = json.loads(out)
    assert code == 0 and report["healthy"]
    assert "errors-readmodels-rebuilt" in [f["code"] for f in report["findings"]]
    assert timelines(data_dir, ids, capsys) == expected
    code, out, _ = run(data_dir, "check", capsys=capsys)
    assert (code, out.strip()) == (
        0,
        "ok: the history is whole (12 events, 3 customers) and the views agree with it",
    )


# ----- one bad event ----------------------------------------------------------------------


def test_one_broken_event_never_empties_the_views_or_stops_the_shop(data_dir: Path, capsys) -> None:
    ids = small_shop(data_dir)
    expected = timelines(data_dir, ids, capsys)
    events = data_dir / "events.sqlite"
    with sqlite3.connect(events) as db:  # one stored event's JSON cut short
        position = db.execute(
            "SELECT rowid FROM stored_events WHERE topic LIKE '%ContactLogged' LIMIT 1 OFFSET 4"
        ).fetchone()[0]
        db.execute(
            "UPDATE stored_events SET state = substr(state, 1, 40) WHERE rowid = ?", [position]
        )
    code, out, err = run(data_dir, "rebuild", capsys=capsys)
    assert code == 0 and out.strip() == "rebuilt the read models from 12 events"
    assert f"event {position} (Customer.ContactLogged, {ids[1]}) could not be shown" in err
    # the others are all there; the bad one is missing and named, not the whole shop
    after = timelines(data_dir, ids, capsys)
    assert after[0] == expected[0] and after[2] == expected[2]
    assert after[1] == [s for s in expected[1] if s != "phone in: 이서연 1"]
    code, out, _ = run(
        data_dir, "log", ids[0], "--channel", "phone", "--summary", "on", capsys=capsys
    )
    assert code == 0
    # the customer whose event is damaged: refused with why, and nothing written
    before = events.read_bytes()
    code, out, err = run(
        data_dir, "log", ids[1], "--channel", "phone", "--summary", "x", capsys=capsys
    )
    assert (code, out) == (2, "")
    assert err.startswith(f"shopcare: the history of {ids[1]} cannot be read")
    assert events.read_bytes() == before
    code, out, _ = run(data_dir, "check", "--json", capsys=capsys)
    found = json.loads(out)
    assert code == 1 and not found["healthy"]
    [problem] = [f for f in found["findings"] if f["severity"] == "problem"]
    assert problem["code"] == "errors-check-event-unreadable"
    assert (problem["position"], problem["id"], problem["kind"]) == (
        position,
        ids[1],
        "Customer.ContactLogged",
    )


# ----- rebuilds -----------------------------------------------------------------------------


def test_readers_keep_the_old_views_while_a_rebuild_runs(shop: Shop) -> None:
    ids = [str(shop.app.register_customer(shop.actor, name=f"손님{i}")) for i in range(30)]
    for cid in ids:
        shop.app.log_contact(shop.actor, cid, channel="phone", summary="hello")
    reader = sqlite3.connect(shop.config.readmodels_path)
    seen: list[int] = []

    def look(_position: int) -> None:
        seen.append(reader.execute("SELECT count(*) FROM timeline").fetchone()[0])

    assert shop.rebuild(progress=look) == 60
    assert seen and set(seen) == {60}
    assert reader.execute("SELECT count(*) FROM timeline").fetchone()[0] == 60
    assert not list(shop.config.data_dir.glob("*.rebuilding*"))


def test_a_second_rebuild_says_one_is_running_and_exits_2(data_dir: Path, capsys) -> None:
    ids = small_shop(data_dir)
    expected = timelines(data_dir, ids, capsys)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys
                from pathlib import Path
                from shopcare.service.rebuild import rebuild_lock
                with rebuild_lock(Path({str(data_dir / "readmodels.sqlite")!r})):
                    print("held", flush=True)
                    sys.stdin.read()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        code, out, err = run(data_dir, "rebuild", capsys=capsys)
        assert (code, out) == (2, "")
        assert err.strip() == (
            "shopcare: another rebuild of the views is running; the views stay as they are"
            " until it ends (try again after it)"
        )
        assert timelines(data_dir, ids, capsys) == expected
    finally:
        holder.communicate("")
    assert run(data_dir, "rebuild", capsys=capsys)[0] == 0  # the lock went with its process


def test_a_rebuild_killed_half_way_leaves_the_old_views(data_dir: Path, capsys) -> None:
    ids = small_shop(data_dir)
    expected = timelines(data_dir, ids, capsys)
    script = textwrap.dedent(
        f"""
        import os, signal
        from shopcare.service.config import Config
        from shopcare.service.shop import Shop

        def stop(position):  # the new views are built but not yet in place
            os.kill(os.getpid(), signal.SIGKILL)

        Shop(Config.resolve({str(data_dir)!r})).rebuild(progress=stop)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True)
    assert done.returncode == -signal.SIGKILL
    assert (data_dir / "readmodels.sqlite.rebuilding").exists()  # left half-built
    assert timelines(data_dir, ids, capsys) == expected
    assert run(data_dir, "rebuild", capsys=capsys)[0] == 0
    assert not list(data_dir.glob("*.rebuilding*"))
    assert timelines(data_dir, ids, capsys) == expected


# ----- a full disk --------------------------------------------------------------------------


def _log_with_file_limit(data_dir: Path, cid: str, summary: str, limit: int):
    def limited() -> None:  # runs in the child: writes past `limit` bytes fail (EFBIG)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [*CLI, "--data-dir", str(data_dir), "log", cid, "--channel", "phone", "--summary", summary],
        preexec_fn=limited,
        capture_output=True,
        text=True,
    )


def _contacts(data_dir: Path, cid: str, capsys) -> int:
    code, out, _ = run(data_dir, "customer", "show", cid, "--json", capsys=capsys)
    assert code == 0
    return sum(1 for e in json.loads(out)["timeline"] if e["kind"] == "contact")


def test_disk_full_after_the_save_says_saved_and_the_views_catch_up(data_dir: Path, capsys) -> None:
    with Shop(Config.resolve(data_dir), staff="지은") as shop:
        cid = str(shop.app.register_customer(shop.actor, name="김민수"))
    # The event fits under the limit; the views' larger write (the text twice) does not.
    done = _log_with_file_limit(data_dir, cid, "hello " * 2500, 36_000)
    assert done.returncode == 0 and done.stdout.strip() == "saved"
    assert done.stderr.startswith("shopcare: saved; the views will catch up when ShopCare")
    assert len(done.stderr.strip().splitlines()) == 1
    with sqlite3.connect(data_dir / "events.sqlite") as db:
        assert db.execute("SELECT count(*) FROM stored_events").fetchone()[0] == 2
    assert _contacts(data_dir, cid, capsys) == 1  # caught up on the next start, once


def test_disk_full_before_the_save_leaves_nothing(data_dir: Path, capsys) -> None:
    with Shop(Config.resolve(data_dir), staff="지은") as shop:
        cid = str(shop.app.register_customer(shop.actor, name="김민수"))
    events = data_dir / "events.sqlite"
    before = events.read_bytes()
    done = _log_with_file_limit(data_dir, cid, "hello " * 3300, 33_000)  # the event is too big
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("shopcare: nothing was saved: the shop's store could not be used")
    assert len(done.stderr.strip().splitlines()) == 1
    assert events.read_bytes() == before
    assert _contacts(data_dir, cid, capsys) == 0


# ----- data folders -------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["file", "dev-null", "under-a-file", "too-long", "empty", "blank"])
def test_a_data_folder_that_cannot_be_one_is_one_clear_line(
    tmp_path: Path, capsys, kind: str
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    long = tmp_path / ("가" * 100)  # 300 bytes: longer than a file's name may be
    folder = {
        "file": a_file,
        "dev-null": Path("/dev/null"),
        "under-a-file": a_file / "shop",
        "too-long": long,
        "empty": "",
        "blank": " ",
    }[kind]
    # an empty --data-dir was taken as none given: the command ran on the default shop
    default = tmp_path / "default-data"
    code, out, err = run(folder, "customer", "add", "--name", "김민수", capsys=capsys)
    assert (code, out) == (2, "")
    expected = {
        "file": f"shopcare: the data folder '{a_file}' is not a folder; give a folder with",
        "dev-null": "shopcare: the data folder '/dev/null' is not a folder",
        "under-a-file": f"shopcare: cannot make the data folder '{a_file / 'shop'}' (Not a dir",
        "too-long": f"shopcare: cannot make the data folder '{long}' (File name too long)",
        "empty": "shopcare: the data folder must not be empty; give a folder with --data-dir",
        "blank": "shopcare: the data folder must not be empty; give a folder with --data-dir",
    }[kind]
    assert not default.exists() and not os.path.exists(long)
    assert err.startswith(expected) and len(err.strip().splitlines()) == 1
    assert a_file.read_text() == "not a folder"


def test_a_read_only_data_folder_is_one_clear_line(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    small_shop(folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    command = [*CLI, "--data-dir", str(folder), "customer", "find", "김"]
    if os.geteuid() == 0:  # root writes through permissions: mount the folder read-only
        if shutil.which("unshare") is None:
            pytest.skip("needs unshare to make a read-only disk as root")
        mount = f"mount --bind {folder} {folder} && mount -o remount,ro,bind {folder}"
        command = ["unshare", "-m", "sh", "-c", f'{mount} && exec "$@"', "sh", *command]
    else:
        folder.chmod(0o555)
    try:
        done = subprocess.run(command, capture_output=True, text=True)
    finally:
        folder.chmod(0o755)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith(f"shopcare: cannot write to the data folder '{folder}'")
    assert len(done.stderr.strip().splitlines()) == 1
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
