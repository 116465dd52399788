"""Taking data out: the customer list as CSV, one person's record, the whole event log.

* :func:`export_customers_csv`: UTF-8 with a BOM (Korean Excel opens it right), with
  headers the importer reads back, so a shop can move its list in and out.
* :func:`customer_record`: everything the shop holds about one person (profile,
  whole timeline, open items, kind acts, care notes): the answer to a request to see
  one's data. As JSON here; as a PDF in :mod:`shopcare.reports.customer_record`.
* :func:`export_events_jsonl`: the event log, one event a line, as plain JSON.

Files are written beside their target and moved into place.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, Any

from shopcare import clock
from shopcare.domain.errors import InvalidInput
from shopcare.domain.values import shown
from shopcare.readmodels.care import care_facts, shop_name
from shopcare.readmodels.customers import get_customer_row, list_customers
from shopcare.readmodels.database import Database
from shopcare.readmodels.open_items import followups_due, open_complaints, open_returns
from shopcare.readmodels.recorded import RecordedReader
from shopcare.readmodels.tasks import list_tasks
from shopcare.readmodels.timeline import timeline_rows

#: The columns of the customer list, in order; the importer knows the first eight.
CSV_FIELDS = (
    "name",
    "phone",
    "email",
    "address",
    "postal_code",
    "birthday",
    "notes",
    "tags",
    "id",
    "registered_at",
    "last_contact_at",
    "contacts",
    "purchases",
)

Progress = Callable[[int, int], None]


def check_target(out: Path) -> None:
    """A clear message, before any work, when ``out`` cannot take a file."""
    if out.is_dir():
        raise InvalidInput("errors-out-is-a-folder", path=shown(out, 200))
    if not out.parent.is_dir():
        raise InvalidInput("errors-no-such-folder", path=shown(out.parent, 200))
    if is_database(out):  # the shop's own history, its views, a backup
        raise InvalidInput("errors-out-is-a-database", path=shown(out, 200))
    for companion in ("-wal", "-shm", "-journal"):
        if out.name.endswith(companion) and is_database(out.with_name(out.name[: -len(companion)])):
            raise InvalidInput("errors-out-belongs-to-a-database", path=shown(out, 200))


#: The first bytes of every SQLite database file.
SQLITE_HEADER = b"SQLite format 3\x00"


def is_database(path: Path) -> bool:
    """Whether ``path`` is a SQLite database: no export or report is one, and writing
    one over the shop's history (``--out DATA/events.sqlite``) lost the whole of it."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def write_atomically(out: Path, write: Callable[[IO[Any]], None], *, text: bool) -> Path:
    """Write beside ``out`` and move into place: a failure leaves no half file."""
    out = Path(out).expanduser()
    check_target(out)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".shopcare-", suffix=out.suffix, dir=out.parent)
    except OSError as error:
        raise _cannot_write(out, error) from None
    try:
        if text:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                write(fh)
        else:
            with os.fdopen(fd, "wb") as fh:
                write(fh)
        os.replace(tmp, out)
    except BaseException as error:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise _cannot_write(out, error) from None
        raise
    return out


def _cannot_write(out: Path, error: OSError) -> InvalidInput:
    reason = error.strerror or type(error).__name__
    return InvalidInput("errors-cannot-write-file", path=shown(out, 200), reason=reason)


def export_customers_csv(db: Database, out: Path, headers: Mapping[str, str]) -> int:
    """Every customer as one CSV row (``headers``: field → column title); return how many."""
    customers = list_customers(db)

    def write(fh: IO[Any]) -> None:
        fh.write("\ufeff")  # the BOM: Excel then reads UTF-8, Hangul included
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow([headers.get(f, f) for f in CSV_FIELDS])
        for c in customers:
            row = dict(c, tags=", ".join(c["tags"]))
            row["registered_at"] = clock.local_minute(c["registered_at"])
            row["last_contact_at"] = clock.local_minute(c["last_contact_at"])
            writer.writerow(["" if row[f] is None else row[f] for f in CSV_FIELDS])

    write_atomically(out, write, text=True)
    return len(customers)


def customer_record(db: Database, customer_id: str) -> dict[str, Any]:
    """Everything the shop holds about one customer, as plain data."""
    profile = get_customer_row(db, customer_id)
    if profile is None:
        raise InvalidInput("errors-no-customer", id=customer_id)
    timeline = [
        {
            "entry": r["entry"],
            "at": clock.local_iso_minutes(r["at"]),
            "kind": r["kind"],
            "event": r["event"],
            "staff": r["staff"],
            "computer": r["computer"],
            "logged_at": clock.local_iso_minutes(r["logged_at"]),
            "data": r["data"],
            "correction": r["correction"],
            "withdrawn": r["voided"],
        }
        for r in timeline_rows(db, customer_id)
    ]
    tasks = [
        {k: v for k, v in t.items() if k not in ("customer_id", "customer_name", "trigger_key")}
        for t in list_tasks(db, customer_id=customer_id)
    ]
    return {
        "shop": shop_name(db),
        "exported_at": clock.now().isoformat(timespec="seconds"),
        "customer": profile,
        "care": care_facts(db, customer_id),
        "timeline": timeline,
        "open": {
            "returns": _own(open_returns(db, customer_id)),
            "complaints": _own(open_complaints(db, customer_id)),
            "followups": _own(followups_due(db, customer_id=customer_id)),
        },
        "tasks": tasks,
    }


def _own(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Open-item rows without the joined name and phone (the profile has them)."""
    return [
        {k: v for k, v in r.items() if k not in ("customer_id", "customer_name", "phone")}
        for r in rows
    ]


def export_customer_json(db: Database, customer_id: str, out: Path) -> dict[str, Any]:
    record = customer_record(db, customer_id)
    text = json.dumps(record, ensure_ascii=False, indent=2, default=str)
    write_atomically(out, lambda fh: fh.write(text + "\n"), text=True)
    return record


def export_events_jsonl(app: Any, out: Path, progress: Progress | None = None) -> int:
    """The whole event log, oldest first, one JSON object a line; return how many."""
    recorder = app.recorder
    reader = RecordedReader(app.mapper)
    stop = recorder.max_notification_id() or 0

    def write(fh: IO[Any]) -> None:
        start, done = 1, 0
        while start <= stop:
            notes = recorder.select_notifications(start=start, limit=2000, stop=stop)
            if not notes:
                break
            for n in notes:
                e = reader.recorded(n.id, n.originator_id, n.originator_version, n.topic, n.state)
                line = {
                    "position": e.position,
                    "id": e.originator_id,
                    "version": e.originator_version,
                    "type": e.cls.__qualname__,
                    "topic": e.topic,
                    "data": e.data,
                }
                fh.write(json.dumps(line, ensure_ascii=False, default=str) + "\n")
            done += len(notes)
            start = notes[-1].id + 1
            if progress is not None:
                progress(done, stop)
        counted.append(done)

    counted: list[int] = []
    write_atomically(out, write, text=True)
    return counted[0] if counted else 0
