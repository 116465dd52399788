"""Moving in: customers from real CSV (CP949, UTF-8 with BOM), .xlsx and vCard files."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from pathlib import Path

import pytest
from cli_run import run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from shopcare.clock import today
from shopcare.readmodels.customers import get_customer_row, list_customers, search_customers
from shopcare.service.config import Config
from shopcare.service.importing import carry_out, plan_import, read_source, recognise
from shopcare.service.shop import Shop


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


KOREAN_ROWS = [
    ["이름", "휴대폰", "이메일", "주소", "우편번호", "생년월일", "비고", "분류"],
    ["김민수", "010-1234-5678", "minsu@example.kr", "서울시 강남구 테헤란로 1", "06236", "1990.3.5", "사이즈 260", "vip;단골"],
    ["이영희", "01022223333", "", "부산시 해운대구", "48099", "1985-07-12", "", ""],
    ["박지성", "010 2222 3333", "", "", "", "", "같은 번호", ""],
    ["Anna Berg", "+44 20 7946 0000", "anna@example.com", "1 High St, London", "SW1A 1AA", "19850712", "", "tourist"],
]  # fmt: skip


def cp949_csv(path: Path, rows: list[list[str]]) -> Path:
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows(rows)
    path.write_bytes(text.getvalue().encode("cp949"))  # as Korean Excel saves "CSV"
    return path


def test_a_cp949_csv_with_korean_headers_moves_in_once(
    data_dir: Path, tmp_path: Path, capsys
) -> None:
    source = cp949_csv(tmp_path / "고객명단.csv", KOREAN_ROWS)
    code, out, _ = run(data_dir, "import", str(source), "--dry-run", "--json", capsys=capsys)
    assert code == 0
    assert json.loads(out) == {"added": 3, "matched": 1, "refused": []}
    assert not (data_dir / "events.sqlite").exists() or not list_customers(
        Shop(Config.resolve(data_dir)).db
    )

    code, out, _ = run(data_dir, "import", str(source), capsys=capsys)
    assert code == 0 and "Added 3" in out
    with Shop(Config.resolve(data_dir)) as shop:
        minsu = search_customers(shop.db, "김민수")[0]
        assert (minsu["phone"], minsu["email"], minsu["birthday"]) == (
            "010-1234-5678",
            "minsu@example.kr",
            "1990-03-05",
        )
        assert minsu["address"] == "서울시 강남구 테헤란로 1" and minsu["postal_code"] == "06236"
        assert minsu["tags"] == ["vip", "단골"] and minsu["notes"] == "사이즈 260"
        assert search_customers(shop.db, "2222")[0]["name"] == "이영희"  # 박지성 was the same
        anna = search_customers(shop.db, "anna")[0]
        assert anna["phone"] == "+44 20 7946 0000" and anna["birthday"] == "1985-07-12"
        before = list_customers(shop.db)

    code, out, _ = run(data_dir, "import", str(source), "--json", capsys=capsys)
    assert code == 0 and json.loads(out) == {"added": 0, "matched": 4, "refused": []}
    with Shop(Config.resolve(data_dir)) as shop:
        assert list_customers(shop.db) == before


def test_one_bad_row_refuses_the_whole_file_naming_the_row(
    data_dir: Path, tmp_path: Path, capsys
) -> None:
    with Shop(Config.resolve(data_dir)) as shop:
        shop.app.register_customer(shop.actor, name="먼저 온 손님", phone="010-1111-2222")
    rows = [*KOREAN_ROWS[:3], ["최수빈", "010-9999-0000", "", "", "", "2026-02-30", "", ""]]
    rows.append(["", "010-8888-7777", "", "", "", "", "이름 없음", ""])
    rows.append(["전화 오타", "12", "", "", "", "", "", ""])
    source = cp949_csv(tmp_path / "bad.csv", rows)
    before = files_of(data_dir)

    code, out, err = run(data_dir, "import", str(source), capsys=capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "line 4" in err and "2026-02-30" in err
    assert "nothing was imported" in err
    assert files_of(data_dir) == before

    code, out, _ = run(data_dir, "import", str(source), "--dry-run", "--json", capsys=capsys)
    refused = json.loads(out)["refused"]
    assert [r["line"] for r in refused] == [4, 5, 6]
    assert "not a date" in refused[0]["reason"] and "name" in refused[1]["reason"]
    assert "phone" in refused[2]["reason"]
    code, out, _ = run(data_dir, "import", str(source), "--dry-run", capsys=capsys)
    assert "line 4: refused: birthday '2026-02-30' is not a date" in out
    assert files_of(data_dir) == before


def test_an_excel_workbook_with_english_headers_and_spreadsheet_values(
    data_dir: Path, tmp_path: Path, capsys
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Customer list, exported 2026-11-20"])  # a title row above the headers
    sheet.append(["Full name", "Mobile", "E-mail", "Date of birth", "Notes", "Group", "Shoe size"])
    sheet.append(
        ["Chloe Dubois", 1012345678, "chloe@example.fr", datetime(1992, 4, 1), "", "vip", 240]
    )
    sheet.append(["정수빈", "010-5555-6666", None, date(1979, 12, 24), "가죽 알러지", None, 250])
    sheet.append([None, None, None, None, None, None, None])  # a blank row is skipped
    sheet.append(["Ben Carter", None, "ben@example.com", "1980년 1월 2일", None, None, None])
    path = tmp_path / "customers.xlsx"
    book.save(path)  # fmt: skip

    code, out, err = run(data_dir, "import", str(path), "--json", capsys=capsys)
    assert code == 0, err
    assert json.loads(out) == {"added": 3, "matched": 0, "refused": []}
    with Shop(Config.resolve(data_dir)) as shop:
        chloe = search_customers(shop.db, "chloe")[0]
        assert chloe["phone"] == "010-1234-5678"  # the leading 0 Excel dropped is back
        assert chloe["birthday"] == "1992-04-01" and chloe["tags"] == ["vip"]
        assert search_customers(shop.db, "수빈")[0]["birthday"] == "1979-12-24"
        assert search_customers(shop.db, "ben")[0]["birthday"] == "1980-01-02"


VCARDS = """BEGIN:VCARD
VERSION:3.0
N:김;민수;;;
FN:김민수
TEL;TYPE=WORK:02-555-0199
TEL;TYPE=CELL:010-1234-5678
EMAIL;TYPE=INTERNET:minsu@example.kr
ADR;TYPE=HOME:;;테헤란로 1;강남구;서울;06236;대한민국
BDAY:1990-03-05
NOTE:사이즈 260\\, 발볼 넓음
CATEGORIES:vip,단골
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Anna Berg
N:Berg;Anna;;;
TEL;VALUE=uri;TYPE="voice,cell":tel:+44-20-7946-0000
EMAIL:anna@example.com
BDAY:19850712
ADR;TYPE=home:;;1 High St;London;;SW1A 1AA;UK
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:생일 오타
TEL:010-7777-8888
BDAY:1990-13-01
END:VCARD
"""


def test_a_vcard_address_book_from_a_phone(data_dir: Path, tmp_path: Path, capsys) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text(VCARDS.replace("\n", "\r\n"), encoding="utf-8")
    code, out, _ = run(data_dir, "import", str(path), "--dry-run", "--json", capsys=capsys)
    result = json.loads(out)
    assert (result["added"], result["matched"]) == (2, 0)
    assert [r["line"] for r in result["refused"]] == [22]  # the card's BEGIN line
    path.write_text(VCARDS.split("BEGIN:VCARD\nVERSION:3.0\nFN:생일")[0], encoding="utf-8")
    code, out, err = run(data_dir, "import", str(path), capsys=capsys)
    assert code == 0, err
    with Shop(Config.resolve(data_dir)) as shop:
        minsu = search_customers(shop.db, "김민수")[0]
        assert minsu["phone"] == "010-1234-5678"  # the mobile, not the office
        assert minsu["address"] == "서울 강남구 테헤란로 1" and minsu["postal_code"] == "06236"
        assert minsu["notes"] == "사이즈 260, 발볼 넓음" and minsu["tags"] == ["vip", "단골"]
        anna = get_customer_row(shop.db, search_customers(shop.db, "anna")[0]["id"])
        assert anna is not None and anna["phone"] == "+44 20 7946 0000"
        assert anna["address"] == "1 High St, London" and anna["birthday"] == "1985-07-12"


def test_utf8_with_bom_semicolons_and_headers_it_does_not_know(
    data_dir: Path, tmp_path: Path, capsys
) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes("\ufeffName;Phone;Favourite colour\nIris Ito;010-3333-4444;blue\n".encode())
    source = read_source(path)
    assert source.encoding == "utf-8-sig" and recognise(source.headers) == {"name": 0, "phone": 1}
    code, out, _ = run(data_dir, "import", str(path), "--dry-run", capsys=capsys)
    assert "Name → name, Phone → phone" in out and "Favourite" not in out.splitlines()[1]
    no_names = tmp_path / "no-names.csv"
    no_names.write_text("Phone,Colour\n010-3333-4444,blue\n", encoding="utf-8")
    code, out, err = run(data_dir, "import", str(no_names), capsys=capsys)
    assert code == 2 and "no column holds the names" in err


cell = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=12
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(st.lists(cell, min_size=4, max_size=4), min_size=1, max_size=6))
def test_any_csv_is_planned_row_by_row_and_a_second_import_adds_nobody(
    shop: Shop, tmp_path_factory: pytest.TempPathFactory, rows: list[list[str]]
) -> None:
    path = tmp_path_factory.mktemp("csv") / "any.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["이름", "전화", "이메일", "생일"], *rows])
    source = read_source(path)
    plan = plan_import(shop.db, source, today())
    assert len(plan.rows) == len(source.rows)
    assert all(r.outcome in ("add", "match", "refuse") for r in plan.rows)
    assert all((r.error is None) == (r.outcome != "refuse") for r in plan.rows)
    if plan.refused:
        with pytest.raises(Exception, match="data-import-refused-rows"):
            carry_out(shop.app, shop.actor, plan)
        return
    carry_out(shop.app, shop.actor, plan)
    again = plan_import(shop.db, source, today())
    assert again.added == 0 and not again.refused


def test_rows_are_numbered_by_the_line_they_start_on(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text('이름,메모\n김민수,"첫 줄\n둘째 줄"\n\n이영희,짧은 메모\n', encoding="utf-8")
    source = read_source(path)
    assert [line for line, _ in source.rows] == [2, 5]
