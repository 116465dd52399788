"""What the command line prints: a reader that goes away, and names that hold escapes."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from shopcare.application import Actor
from shopcare.clock import now
from shopcare.domain.customer import Customer
from shopcare.service.config import Config
from shopcare.service.shop import Shop

CLI = [sys.executable, "-m", "shopcare"]


def test_output_piped_into_head_ends_quietly(data_dir: Path) -> None:
    with Shop(Config.resolve(data_dir), staff="지은") as shop:
        cid = str(shop.app.register_customer(shop.actor, name="김민수"))
        for n in range(40):  # far more than a pipe holds
            shop.app.log_contact(shop.actor, cid, channel="phone", summary=f"{n} " + "말" * 3000)
    done = subprocess.run(
        [
            "bash",
            "-c",
            '"$@" | head -c 200 >/dev/null; exit ${PIPESTATUS[0]}',
            "bash",
            *CLI,
            "--data-dir",
            str(data_dir),
            "customer",
            "show",
            cid,
        ],
        capture_output=True,
        text=True,
    )
    assert (done.returncode, done.stderr) == (0, "")


def test_control_characters_in_a_stored_name_are_shown_not_obeyed(data_dir: Path) -> None:
    with Shop(Config.resolve(data_dir), staff="지은") as shop:
        # written as an older version (or another program) could: input is cleaned now
        evil = Customer.register(
            Actor("지은").stamp(now()),
            name="Kim\x1b]0;pwned\x07\x1b[2J\u202eRed",
        )
        shop.app.save(evil)
    leader, follower = pty.openpty()
    done = subprocess.run(
        [*CLI, "--data-dir", str(data_dir), "customer", "find", "Kim"],
        stdout=follower,
        stderr=subprocess.PIPE,
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    text = shown.decode()
    assert done.returncode == 0 and "Kim" in text
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    assert "Kim␛]0;pwned␇␛[2J\ufffdRed" in text
    # piped (not a terminal), output is exactly what is stored
    piped = subprocess.run(
        [*CLI, "--data-dir", str(data_dir), "customer", "find", "Kim", "--json"],
        capture_output=True,
        text=True,
    )
    assert "\\u001b]0;pwned\\u0007" in piped.stdout
