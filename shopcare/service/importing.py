"""Moving in: customers from a CSV file, an Excel workbook or phone/mail address books.

A file is read into a table (:func:`read_source`), its columns are recognised by
their headers in Korean or English (:func:`recognise`), and every row is checked
the way the shop checks a customer typed by hand (:func:`plan_import`): a row is
added, matches a customer already there (same phone or email, or the same name
when it has neither), or is refused with its line number and the reason. Nothing is
written until :func:`carry_out`, which adds every new customer in one save or none.

CSV comes as Korean Excel writes it: UTF-8, UTF-8 with a BOM, or CP949/EUC-KR
(recognised with ``charset-normalizer``), separated by commas, semicolons or tabs.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from shopcare.application import Actor, ShopCareApplication
from shopcare.application.customers import clean_profile
from shopcare.domain.errors import InvalidInput
from shopcare.domain.values import DEFAULT_PHONE_REGION, normalise_phone, phone_digits, shown
from shopcare.readmodels.database import Database

#: The customer fields an import fills, in the order a preview shows them.
FIELDS = ("name", "phone", "email", "address", "postal_code", "birthday", "notes", "tags")

#: Header words for each field, best first (a mobile number beats an office one).
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "name": ("이름", "성명", "고객명", "고객이름", "name", "fullname", "customer", "customername"),
    "phone": (
        "휴대폰",
        "핸드폰",
        "휴대전화",
        "휴대폰번호",
        "핸드폰번호",
        "mobile",
        "cell",
        "mobilephone",
        "연락처",
        "전화",
        "전화번호",
        "phone",
        "phonenumber",
        "tel",
        "telephone",
    ),
    "email": ("이메일", "메일", "전자우편", "이메일주소", "email", "mail", "emailaddress"),
    "address": ("주소", "address", "street", "streetaddress"),
    "postal_code": ("우편번호", "postalcode", "postcode", "zip", "zipcode"),
    "birthday": ("생일", "생년월일", "birthday", "birthdate", "dateofbirth", "dob"),
    "notes": ("메모", "비고", "note", "notes", "memo", "comment", "comments"),
    "tags": ("태그", "분류", "tag", "tags", "category", "categories", "group"),
}

#: How many rows a file may have (a shop's whole address book fits many times over).
MAX_ROWS = 200_000

Progress = Callable[[int, int], None]


def header_key(header: str) -> str:
    """A header as compared: composed, lower case, letters and digits only."""
    text = unicodedata.normalize("NFKC", header).lower()
    return "".join(ch for ch in text if ch.isalnum())


def recognise(headers: Sequence[str]) -> dict[str, int]:
    """Which column holds which field (field → column index), from the headers."""
    best: dict[str, tuple[int, int]] = {}  # field -> (rank, column)
    for column, header in enumerate(headers):
        key = header_key(header)
        for name, words in HEADER_WORDS.items():
            if key in words:
                rank = words.index(key)
                if name not in best or rank < best[name][0]:
                    best[name] = (rank, column)
                break
    return {name: best[name][1] for name in FIELDS if name in best}


@dataclass
class SourceTable:
    """A file read as a table: its headers and its rows with their line numbers."""

    path: Path
    kind: str  # "csv", "xlsx" or "vcard"
    encoding: str
    headers: list[str]
    rows: list[tuple[int, list[Any]]]


# ----- reading files --------------------------------------------------------------------


#: The largest file an import reads (a shop's address book is a few megabytes at most).
MAX_IMPORT_BYTES = 100 << 20


def read_source(path: str | Path) -> SourceTable:
    """Read a CSV, .xlsx or vCard file into a table (InvalidInput when it cannot)."""
    path = Path(path).expanduser()
    if not path.exists():
        raise InvalidInput("data-backup-no-such-file", file=str(path))
    if not path.is_file():  # a folder, or a device such as /dev/zero that never ends
        raise InvalidInput("data-import-not-a-file", file=str(path))
    if path.stat().st_size > MAX_IMPORT_BYTES:
        raise InvalidInput("data-import-too-big", file=str(path), mb=MAX_IMPORT_BYTES >> 20)
    suffix = path.suffix.lower()
    data = path.read_bytes()
    if suffix in (".vcf", ".vcard") or data.lstrip()[:11].upper() == b"BEGIN:VCARD":
        text, encoding = decode_text(data, path)
        return _read_vcards(path, text, encoding)
    if suffix in (".xlsx", ".xlsm") or data[:4] == b"PK\x03\x04":
        return _read_xlsx(path, data)
    text, encoding = decode_text(data, path)
    return _read_csv(path, text, encoding)


def decode_text(data: bytes, path: Path) -> tuple[str, str]:
    """The text of a file and its encoding: UTF-8 (with or without a BOM), else detected."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            raise InvalidInput("data-import-unreadable", file=str(path)) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InvalidInput("data-import-unreadable", file=str(path))
    return str(best), best.encoding


def _read_csv(path: Path, text: str, encoding: str) -> SourceTable:
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    lines: list[tuple[int, list[Any]]] = []
    try:
        before = 0
        for cells in reader:  # a quoted cell may hold line breaks: number by the first line
            if any(c.strip() for c in cells):
                lines.append((before + 1, cells))
            before = reader.line_num
            if len(lines) > MAX_ROWS + 1:
                raise InvalidInput("data-import-too-many-rows", limit=MAX_ROWS)
    except csv.Error as error:
        raise InvalidInput("data-import-unreadable", file=f"{path} ({error})") from None
    headers, rows = _headers_and_rows(path, lines)
    return SourceTable(path, "csv", encoding, headers, rows)


def _headers_and_rows(
    path: Path, lines: list[tuple[int, list[Any]]]
) -> tuple[list[str], list[tuple[int, list[Any]]]]:
    """The header row (the first of the first ten that names a name column, else the
    first row: a title above the table is passed over) and the rows below it."""
    if not lines:
        raise InvalidInput("data-import-empty", file=str(path))
    at = next(
        (i for i, (_n, cells) in enumerate(lines[:10]) if "name" in recognise(_texts(cells))), 0
    )
    return _texts(lines[at][1]), lines[at + 1 :]


def _texts(cells: Sequence[Any]) -> list[str]:
    return [cell_text(c).strip() for c in cells]


def _read_xlsx(path: Path, data: bytes) -> SourceTable:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # a zip that is not a workbook, a damaged file
        raise InvalidInput("data-import-unreadable", file=f"{path} ({error})") from None
    try:
        lines: list[tuple[int, list[Any]]] = []
        for line, values in enumerate(book.worksheets[0].iter_rows(values_only=True), start=1):
            cells = ["" if v is None else v for v in values]
            if any(str(c).strip() for c in cells):
                lines.append((line, cells))
            if len(lines) > MAX_ROWS + 1:
                raise InvalidInput("data-import-too-many-rows", limit=MAX_ROWS)
    finally:
        book.close()
    headers, rows = _headers_and_rows(path, lines)
    return SourceTable(path, "xlsx", "", headers, rows)


_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^END:VCARD\s*$", re.IGNORECASE)


def _read_vcards(path: Path, text: str, encoding: str) -> SourceTable:
    """Each card a row, numbered by the line its BEGIN:VCARD is on."""
    import vobject

    rows: list[tuple[int, list[Any]]] = []
    start, chunk = 0, []
    for number, line in enumerate(text.splitlines(), start=1):
        if _BEGIN.match(line):
            start, chunk = number, [line]
            continue
        if start:
            chunk.append(line)
            if _END.match(line):
                try:
                    card = vobject.readOne("\r\n".join(chunk) + "\r\n")
                except Exception:  # a card that does not parse: refused by its line
                    rows.append((start, ["", "", "", "", "", "", "", ""]))
                else:
                    rows.append((start, _card_cells(card)))
                start, chunk = 0, []
    if not rows:
        raise InvalidInput("data-import-empty", file=str(path))
    return SourceTable(path, "vcard", encoding, list(FIELDS), rows)


def _card_cells(card: Any) -> list[Any]:
    contents = card.contents

    def values(key: str) -> list[Any]:
        return [item.value for item in contents.get(key, [])]

    name = next(iter(values("fn")), "")
    if not str(name).strip() and values("n"):
        n = values("n")[0]
        name = " ".join(p for p in (n.family, n.given) if p)
    phones = contents.get("tel", [])
    mobile = [t for t in phones if "cell" in ",".join(t.params.get("TYPE", [])).lower()]
    phone = (mobile or phones)[0].value if phones else ""
    phone = phone[4:] if str(phone).lower().startswith("tel:") else phone
    address, postal = "", ""
    if values("adr"):
        adr = values("adr")[0]
        parts = [str(p) for p in (adr.street, adr.city, adr.region) if p]
        if any(_is_hangul(p) for p in parts):
            address = " ".join(reversed(parts))
        else:
            address = ", ".join(parts)
        postal = str(adr.code or "")
    tags: list[str] = []
    for category in values("categories"):
        tags.extend(category if isinstance(category, list) else str(category).split(","))
    return [
        name,
        phone,
        next(iter(values("email")), ""),
        address,
        postal,
        next(iter(values("bday")), ""),
        "\n".join(str(v) for v in values("note")),
        ", ".join(t.strip() for t in tags if t.strip()),
    ]


def _is_hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


# ----- checking rows ----------------------------------------------------------------------

_DATE_PARTS = re.compile(r"^\s*(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})\s*[.일]?\s*$")
_DATE_DIGITS = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")


def as_iso_date(value: Any) -> Any:
    """Dates as spreadsheets and address books write them, as ``YYYY-MM-DD`` text.

    "1990-03-05", "1990.3.5", "1990/03/05", "1990. 3. 5.", "19900305",
    "1990년 3월 5일" and spreadsheet dates; anything else is passed on as typed (and
    refused there, quoted back).
    """
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value or "").strip()
    if not text:
        return ""
    match = _DATE_PARTS.match(text) or _DATE_DIGITS.match(text)
    if match:
        year, month, day = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return text


def split_tags(value: Any) -> list[str]:
    return [t for t in re.split(r"[,;|/]", str(value or "")) if t.strip()]


def cell_text(value: Any) -> str:
    """A cell as text (a whole number from a spreadsheet without its ``.0``)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


@dataclass(frozen=True)
class RowOutcome:
    """What becomes of one row: added, matched to a customer, or refused (and why)."""

    line: int
    outcome: str  # "add", "match" or "refuse"
    profile: dict[str, Any]
    matched_id: str | None = None
    matched_line: int | None = None
    matched_by: str = ""  # "phone", "email" or "name"
    error: InvalidInput | None = None


@dataclass
class ImportPlan:
    """Every row's outcome, before anything is written."""

    source: SourceTable
    mapping: dict[str, int]
    region: str
    rows: list[RowOutcome] = field(default_factory=list)

    def of(self, outcome: str) -> list[RowOutcome]:
        return [r for r in self.rows if r.outcome == outcome]

    @property
    def added(self) -> int:
        return len(self.of("add"))

    @property
    def matched(self) -> int:
        return len(self.of("match"))

    @property
    def refused(self) -> list[RowOutcome]:
        return self.of("refuse")


def _phone_key(phone: str) -> str:
    """The digits of a phone as the shop stores it (so "01012345678" finds "010-1234-5678")."""
    try:
        return phone_digits(normalise_phone(phone))
    except InvalidInput:
        return phone_digits(phone)


def _name_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).lower().split())


class _Known:
    """Customers already in the shop (and rows added before), by phone, email and name."""

    def __init__(self, db: Database) -> None:
        self.phones: dict[str, tuple[str | None, int | None]] = {}
        self.emails: dict[str, tuple[str | None, int | None]] = {}
        self.names: dict[str, tuple[str | None, int | None]] = {}
        for cid, name, phone, email in db.execute(
            "SELECT id, name, phone, email FROM customers ORDER BY registered_at, id"
        ):
            key = _phone_key(phone) if phone else ""  # older data may be written otherwise
            self.remember((cid, None), name or "", key, email or "")

    def remember(
        self, who: tuple[str | None, int | None], name: str, phone_key: str, email: str
    ) -> None:
        if phone_key:
            self.phones.setdefault(phone_key, who)
        if email:
            self.emails.setdefault(email.lower(), who)
        if name and not phone_key and not email:
            self.names.setdefault(_name_key(name), who)

    def find(self, profile: dict[str, Any]) -> tuple[str | None, int | None, str] | None:
        """Who this profile is already: (customer id, or line in the file, matched by)."""
        if profile.get("phone"):
            found = self.phones.get(phone_digits(profile["phone"]))  # written one way
            if found:
                return (*found, "phone")
        if profile.get("email"):
            found = self.emails.get(profile["email"].lower())
            if found:
                return (*found, "email")
        if not profile.get("phone") and not profile.get("email"):
            found = self.names.get(_name_key(profile["name"]))
            if found:
                return (*found, "name")
        return None


def row_profile(cells: Sequence[Any], mapping: dict[str, int]) -> dict[str, Any]:
    """The raw fields of a row, by the column mapping."""
    out: dict[str, Any] = {}
    for name, column in mapping.items():
        value = cells[column] if column < len(cells) else ""
        out[name] = value if name == "birthday" else cell_text(value)
    return out


def check_row(raw: dict[str, Any], region: str, today: date) -> dict[str, Any]:
    """A row's fields checked and cleaned as a typed customer is (InvalidInput if not)."""
    fields = {
        "name": raw.get("name", ""),
        "phone": international(raw.get("phone", ""), region),
        "email": raw.get("email", ""),
        "address": raw.get("address", ""),
        "postal_code": raw.get("postal_code", ""),
        "birthday": as_iso_date(raw.get("birthday", "")),
        "notes": raw.get("notes", ""),
        "tags": split_tags(raw.get("tags", "")),
    }
    return clean_profile(fields, today)


def international(phone: str, region: str) -> str:
    """A phone number read as a number of ``region``, written with its country code,
    so the shop's own phone rules then store it the one way they store every phone."""
    if not phone.strip() or region == DEFAULT_PHONE_REGION:
        return phone  # the shop's own phone rules read it as they read every phone
    normalise_phone(phone, region)  # refuses what is not a phone number of that region
    import phonenumbers

    number = phonenumbers.parse(unicodedata.normalize("NFKC", phone), region)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def plan_import(
    db: Database,
    source: SourceTable,
    today: date,
    mapping: dict[str, int] | None = None,
    region: str = DEFAULT_PHONE_REGION,
    progress: Progress | None = None,
) -> ImportPlan:
    """Check every row of ``source`` against the shop's customers; nothing is written."""
    mapping = recognise(source.headers) if mapping is None else dict(mapping)
    if "name" not in mapping:
        raise InvalidInput("data-import-no-name-column", headers=shown(", ".join(source.headers)))
    plan = ImportPlan(source, mapping, region.upper())
    known = _Known(db)
    total = len(source.rows)
    for done, (line, cells) in enumerate(source.rows, start=1):
        raw = row_profile(cells, mapping)
        try:
            profile = check_row(raw, plan.region, today)
        except InvalidInput as error:
            plan.rows.append(RowOutcome(line, "refuse", raw, error=error))
        else:
            found = known.find(profile)
            if found is not None:
                plan.rows.append(RowOutcome(line, "match", profile, *found))
            else:
                plan.rows.append(RowOutcome(line, "add", profile))
                known.remember(
                    (None, line), profile["name"], phone_digits(profile["phone"]), profile["email"]
                )
        if progress is not None and (done % 200 == 0 or done == total):
            progress(done, total)
    return plan


def carry_out(app: ShopCareApplication, by: Actor, plan: ImportPlan) -> list[UUID]:
    """Add every new customer of the plan in one save; refuses a plan with a refused row."""
    if plan.refused:
        first = plan.refused[0]
        raise InvalidInput("data-import-refused-rows", line=first.line, n=len(plan.refused))
    return app.register_customers(by, [r.profile for r in plan.of("add")])
