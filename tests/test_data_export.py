"""Taking data out: the customer list for Excel, one person's record, the whole log."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cli_run import run
from pypdf import PdfReader

from shopcare.readmodels.customers import list_customers
from shopcare.service.config import Config
from shopcare.service.shop import Shop


@pytest.fixture
def minsu(shop: Shop) -> str:
    cid = str(
        shop.app.register_customer(
            shop.actor,
            name="김민수",
            phone="010-5678-1234",
            email="minsu@example.kr",
            address="서울시 강남구 테헤란로 1",
            birthday="1990-03-05",
            tags=["vip", "단골"],
            notes="발볼이 넓어요, 260",
        )
    )
    shop.app.log_contact(shop.actor, cid, channel="phone", summary="부츠 재입고 문의")
    shop.app.raise_complaint(shop.actor, cid, category="delivery", text="배송이 늦었어요")
    shop.app.register_customer(shop.actor, name="Anna Berg", phone="+44 20 7946 0000")
    return cid


def test_the_customer_list_opens_in_korean_excel_and_moves_back_in(
    shop: Shop, minsu: str, data_dir: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    out = tmp_path / "고객.csv"
    code, text, _ = run(data_dir, "export", "customers", "--out", str(out), capsys=capsys)
    assert code == 0 and "2명" in text
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:8] == ["이름", "전화번호", "이메일", "주소", "우편번호", "생일", "메모", "태그"]
    minsu_row = next(r for r in rows if r[0] == "김민수")
    assert minsu_row[1:8] == [
        "010-5678-1234",
        "minsu@example.kr",
        "서울시 강남구 테헤란로 1",
        "",
        "1990-03-05",
        "발볼이 넓어요, 260",
        "vip, 단골",
    ]
    assert minsu_row[8] == minsu and minsu_row[11:] == ["1", "0"]

    code, text, _ = run(data_dir, "import", str(out), "--json", capsys=capsys)
    assert json.loads(text) == {"added": 0, "matched": 2, "refused": []}
    other = tmp_path / "other-shop"
    code, text, _ = run(other, "import", str(out), "--json", capsys=capsys)
    assert json.loads(text)["added"] == 2
    with Shop(Config.resolve(other)) as moved:
        keep = ("name", "phone", "email", "address", "birthday", "tags", "notes")
        assert [{k: c[k] for k in keep} for c in list_customers(moved.db)] == [
            {k: c[k] for k in keep} for c in list_customers(shop.db)
        ]


def test_one_customers_record_as_json_and_as_a_pdf_in_both_languages(
    shop: Shop, minsu: str, data_dir: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    out = tmp_path / "minsu.json"
    code, _, _ = run(data_dir, "export", "customer", minsu[:8], "--out", str(out), capsys=capsys)
    assert code == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["customer"]["name"] == "김민수" and record["customer"]["id"] == minsu
    assert [e["kind"] for e in record["timeline"]] == ["registered", "contact", "complaint"]
    assert record["open"]["complaints"][0]["text"] == "배송이 늦었어요"
    assert [t["rule"] for t in record["tasks"]] == ["complaint-call"]

    pdf = tmp_path / "minsu.pdf"
    code, _, _ = run(data_dir, "export", "customer", minsu, "--out", str(pdf), capsys=capsys)
    assert code == 0
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    for expected in (
        "김민수",
        "010-5678-1234",
        "minsu@example.kr",
        "배송이 늦었어요",
        "Still open",
    ):
        assert expected in text
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    code, _, _ = run(data_dir, "export", "customer", minsu, "--out", str(pdf), capsys=capsys)
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "기본 정보" in text and "처리 중인 일" in text and "Still open" not in text


def test_the_whole_log_one_event_a_line(
    shop: Shop, minsu: str, data_dir: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "log.jsonl"
    code, text, _ = run(data_dir, "export", "events", "--out", str(out), "--json", capsys=capsys)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert (
        code == 0
        and json.loads(text)["events"] == len(lines) == shop.app.recorder.max_notification_id()
    )
    assert [line["position"] for line in lines] == sorted(line["position"] for line in lines)
    first = lines[0]
    assert first["type"] == "Customer.Registered" and first["id"] == minsu
    assert first["data"]["name"] == "김민수" and first["data"]["birthday"] == "1990-03-05"
    assert {line["type"] for line in lines} >= {"Customer.ComplaintRaised", "DelightTask.Suggested"}


def test_bad_targets_are_one_line_and_write_nothing(
    shop: Shop, minsu: str, data_dir: Path, tmp_path: Path, capsys
) -> None:
    for args in (
        ["customers", "--out", str(tmp_path / "no-such-folder" / "c.csv")],
        ["customer", minsu, "--out", str(tmp_path / "minsu.docx")],
        ["customer", "ffffffff", "--out", str(tmp_path / "x.json")],
        ["events", "--out", str(tmp_path)],
    ):
        code, out, err = run(data_dir, "export", *args, capsys=capsys)
        assert code == 2 and out == "" and err.count("\n") == 1, (args, err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop"]
