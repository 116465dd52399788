"""Random and hostile values fed to every command, asserting the shop's promise:

either the command is refused with one clear line, exit 2, and both files
byte-identical; or the value is stored, and then ``customer show``, ``rebuild``,
``sweep`` and the weekly report (of the week it happened, and the default week)
all still work.

Commands run in-process (``shopcare.cli.main.main``) on a fresh copy of a small
shop for every example; ``tests/test_core_cli.py`` and ``tests/test_faults.py``
run the real ``shopcare`` process.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shopcare.cli.main import main

SETTINGS = settings(
    max_examples=6,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# ----- hostile values -------------------------------------------------------------------

HOSTILE_TEXT = [
    "",
    " ",
    "\x00",
    "Kim\x00Min",
    "\x1b[31mred\x1b[0m",
    "\u202eevil",
    "\udcff\udcfeKim",
    "%%%%",
    "____",
    "'; DROP TABLE customers; --",
    "x" * 600,
    "말" * 25_000,
    "🎉 축하해요",
    "\n\n\t",
]
HOSTILE_NUMBERS = [
    "9e999999",
    "1e-999999999",
    "NaN",
    "-Infinity",
    "-1",
    "0",
    "1180591620717411303424",
    "100000000000000000000",
    "4만5천원",
    "45,000원",
    "₩45,000",
    "12.345",
    "",
]
HOSTILE_TIMES = [
    "9999-12-31T23:59-05:00",
    "0001-01-01T00:00+05:00",
    "9999-12-31T23:59",
    "0001-01-01T00:00",
    "2099-01-01T10:00",
    "1900-01-01T00:00+14:00",
    "2026-02-30T10:00",
    "yesterday",
    "",
]
HOSTILE_DATES = ["9999-12-31", "0001-01-01", "1899-12-31", "2026-02-30", "", "today"]

#: Any text at all, lone surrogates (what a terminal passes for bad UTF-8) included.
any_text = st.text(st.characters(exclude_categories=()), max_size=40)
texts = st.one_of(st.sampled_from(HOSTILE_TEXT), any_text)
numbers = st.one_of(
    st.sampled_from(HOSTILE_NUMBERS),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.floats().map(repr),
    any_text,
)
moments = st.one_of(
    st.sampled_from(HOSTILE_TIMES),
    st.datetimes(timezones=st.none() | st.timezones()).map(lambda d: d.isoformat()),
    any_text,
)
days = st.one_of(
    st.sampled_from(HOSTILE_DATES),
    st.dates().map(date.isoformat),
    any_text,
)
weeks = st.one_of(
    st.sampled_from(["", "9999-W52", "0001-W01", "2026-W53", "2026-W00", "last week"]),
    st.builds(lambda y, w: f"{y:04d}-W{w:02d}", st.integers(0, 9999), st.integers(0, 60)),
    any_text,
)


# ----- a small shop, copied for every example ----------------------------------------------


def call(data_dir: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["--data-dir", str(data_dir), "--staff", "지은", *args])
        except SystemExit as exit:  # argparse's own refusals
            code = int(exit.code or 0)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def template() -> Iterator[tuple[Path, str, str]]:
    """A shop with one customer, a little history and one open task."""
    with tempfile.TemporaryDirectory(prefix="shopcare-hostile-") as folder:
        shop = Path(folder) / "template"
        code, cid, _ = call(shop, "customer", "add", "--name", "김민수", "--phone", "01056781234")
        cid = cid.strip()
        assert code == 0
        assert call(shop, "log", cid, "--channel", "phone", "--summary", "안부")[0] == 0
        code, tid, _ = call(shop, "tasks", "add", cid, "--title", "꽃 보내기")
        assert code == 0
        yield shop, cid, tid.strip()


@contextlib.contextmanager
def copy_of(template: Path) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="shopcare-example-") as folder:
        shop = Path(folder) / "shop"
        shutil.copytree(template, shop)
        yield shop


def files(shop: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(shop.iterdir()) if p.is_file()}


def week_of(typed: str) -> str | None:
    """The ISO week of a time as typed, if it is one (naive: this computer's zone)."""
    try:
        moment = datetime.fromisoformat(typed.strip())
    except (ValueError, UnicodeEncodeError):
        return None
    try:  # naive: this computer's time, as the application reads it
        year, week, _ = moment.astimezone().isocalendar()
    except (OverflowError, ValueError):
        return None
    return f"{year}-W{week:02d}"


def keeps_the_promise(template: Path, cid: str, args: list[str], when: str = "") -> None:
    """Refused cleanly with nothing changed, or stored and everything still works."""
    with copy_of(template) as shop:
        before = files(shop)
        code, out, err = call(shop, *args)
        if code == 2:
            assert out == "" and err.startswith("shopcare: "), (args, out, err)
            assert len(err.strip().splitlines()) == 1, (args, err)
            assert files(shop) == before, args
            return
        assert (code, err) == (0, ""), (args, err)
        assert call(shop, "customer", "show", cid)[0] == 0, args
        assert call(shop, "rebuild")[0] == 0, args
        assert call(shop, "sweep")[0] == 0, args
        pdf = shop / "week.pdf"
        assert call(shop, "report", "weekly", "--out", str(pdf))[0] == 0, args
        week = week_of(when)
        if week is not None:
            assert call(shop, "report", "weekly", "--week", week, "--out", str(pdf))[0] == 0
        assert call(shop, "check")[0] == 0, args


# ----- mostly good values, one of them hostile ---------------------------------------------

TODAY = date.today()  # the machine's date: the application checks against its clock
good_text = st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=30)
good_amount = st.one_of(
    st.integers(0, 10**11).map(str),
    st.integers(0, 10**11).map(lambda n: f"{n:,}원"),
    st.decimals(0, 10**6, places=2).map(str),
    st.sampled_from(["4만5천원", "₩45,000", "만원", "1억2천만원", "999,999,999,999"]),
)
good_moment = st.datetimes(
    min_value=datetime(1900, 1, 2),
    max_value=datetime(TODAY.year + 4, 1, 1),
    timezones=st.none() | st.timezones(),
).map(lambda d: d.isoformat())
good_day = st.dates(date(1900, 1, 1), date(TODAY.year + 4, 1, 1)).map(date.isoformat)
good_phone = st.one_of(
    st.builds("010-{}-{}".format, st.integers(1000, 9999), st.integers(1000, 9999)),
    st.sampled_from(["02-555-0199", "+44 20 7946 0000", "01056781234", ""]),
)
good_minutes = st.integers(0, 1440).map(str)


def fields(draw, spec: dict[str, tuple[st.SearchStrategy, st.SearchStrategy]]) -> dict[str, str]:
    """Good values for every field but (usually) one, which gets a hostile one."""
    hostile = draw(st.sampled_from([None, *spec]))
    return {name: draw(bad if name == hostile else good) for name, (good, bad) in spec.items()}


# ----- the commands ------------------------------------------------------------------------


@SETTINGS
@given(st.data())
def test_customer_add(template, data) -> None:
    shop, cid, _ = template
    v = fields(
        data.draw,
        {
            "--name": (good_text, texts),
            "--phone": (good_phone, texts),
            "--email": (st.emails() | st.just(""), texts),
            "--birthday": (good_day, days),
            "--note": (good_text, texts),
            "--tag": (good_text, texts),
        },
    )
    keeps_the_promise(shop, cid, ["customer", "add", *(x for kv in v.items() for x in kv)])


@SETTINGS
@given(
    field=st.sampled_from(["--name", "--phone", "--email", "--birthday", "--note", "--tag"]),
    value=st.one_of(good_text, good_phone, good_day, texts, days),
)
def test_customer_edit(template, field, value) -> None:
    shop, cid, _ = template
    keeps_the_promise(shop, cid, ["customer", "edit", cid, field, value])


@SETTINGS
@given(st.data())
def test_log(template, data) -> None:
    shop, cid, _ = template
    v = fields(
        data.draw,
        {
            "--staff": (good_text, texts),
            "--summary": (good_text, texts),
            "--minutes": (good_minutes, numbers),
            "--at": (good_moment, moments),
            "--topic": (good_text, texts),
        },
    )
    staff = v.pop("--staff")
    args = ["--staff", staff, "log", cid, "--channel", "phone"]
    keeps_the_promise(shop, cid, [*args, *(x for kv in v.items() for x in kv)], v["--at"])


@SETTINGS
@given(st.sampled_from(["purchase", "gift", "referred"]), st.data())
def test_money(template, command, data) -> None:
    shop, cid, _ = template
    what, amount = {
        "purchase": ("--item", "--amount"),
        "gift": ("--what", "--cost"),
        "referred": ("--item", "--price"),
    }[command]
    v = fields(
        data.draw,
        {what: (good_text, texts), amount: (good_amount, numbers), "--at": (good_moment, moments)},
    )
    extra = ["--sent-to", "옆 가게"] if command == "referred" else []
    args = [command, cid, *extra, *(x for kv in v.items() for x in kv)]
    keeps_the_promise(shop, cid, args, v["--at"])


@SETTINGS
@given(st.sampled_from(["bereavement", "birthday", "wedding"]), st.data())
def test_life_event(template, kind, data) -> None:
    shop, cid, _ = template
    v = fields(
        data.draw,
        {
            "--date": (good_day, days),
            "--note": (good_text, texts),
            "--at": (good_moment, moments),
        },
    )
    args = ["life-event", cid, "--kind", kind, *(x for kv in v.items() for x in kv)]
    keeps_the_promise(shop, cid, args, v["--at"])


@SETTINGS
@given(due=st.one_of(good_day, days), reason=st.one_of(good_text, texts), entry=numbers)
def test_followups_and_corrections(template, due, reason, entry) -> None:
    shop, cid, _ = template
    keeps_the_promise(shop, cid, ["followup", cid, "--due", due, "--reason", reason])
    keeps_the_promise(shop, cid, ["correct", cid, "--entry", entry, "--note", reason])


@SETTINGS
@given(
    title=st.one_of(good_text, texts),
    due=st.one_of(good_day, days),
    what=st.one_of(good_text, texts),
    cost=st.one_of(good_amount, numbers),
    prefix=texts,
)
def test_tasks(template, title, due, what, cost, prefix) -> None:
    shop, cid, tid = template
    keeps_the_promise(shop, cid, ["tasks", "add", cid, "--title", title, "--due", due])
    keeps_the_promise(shop, cid, ["tasks", "done", tid, "--what", what, "--cost", cost])
    keeps_the_promise(shop, cid, ["tasks", "dismiss", prefix, "--reason", "x"])


@SETTINGS
@given(
    today=st.one_of(good_day, days),
    week=weeks,
    query=st.one_of(good_text, texts),
    limit=numbers,
    within=numbers,
    customers=numbers,
)
def test_reading_commands(template, today, week, query, limit, within, customers) -> None:
    shop, cid, _ = template
    keeps_the_promise(shop, cid, ["sweep", "--today", today])
    with copy_of(shop) as copy:
        pdf = str(copy / "out.pdf")
        for args in (
            ["report", "weekly", "--week", week, "--out", pdf],
            ["customer", "find", query, "--limit", limit],
            ["tasks", "pdf", "--due-within", within, "--out", pdf],
            ["demo", "--customers", customers],  # refused: this shop has data
        ):
            before = files(copy)
            code, _, err = call(copy, *args)
            assert code in (0, 2), (args, err)
            if code == 2:
                assert len(err.strip().splitlines()) == 1 and files(copy) == before, args
