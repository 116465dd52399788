"""Both languages complete: whatever ShopCare writes by itself reads in the shop's language.

In Korean no English word remains (names, brands, what people typed, and technical
names such as PDF or ``shopcare check`` aside), and in English no Korean; for every
rule's task, every timeline entry, every catalogue message, both PDFs and the
window's own labels (Qt's ``.ts``).
"""

from __future__ import annotations

import io
import re
import string
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from catalogues import I18N, messages
from pypdf import PdfReader

from shopcare.application import Actor
from shopcare.domain.delight_rules import RULE_FACTS, RULES
from shopcare.domain.errors import InvalidInput
from shopcare.i18n import catalogue, error_text
from shopcare.presentation import task_text, timeline_line
from shopcare.presentation.choices import GROUPS, all_keys, choice_key, label
from shopcare.presentation.tasks import every_task_key
from shopcare.presentation.timeline import LINE_KEYS, waiting_detail
from shopcare.readmodels.timeline import KINDS
from shopcare.reports.task_sheet import render_task_sheets
from shopcare.reports.task_sheets_query import task_sheets
from shopcare.reports.weekly_figures import weekly_review_data
from shopcare.reports.weekly_review import render_weekly_review
from shopcare.service.shop import Shop

HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e\u1100-\u11ff]")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z]+")
#: Technical names a Korean text may keep as they are.
TECHNICAL = {
    "CSV",
    "ID",
    "ISO",
    "JSON",
    "PDF",
    "MB",
    "PostgreSQL",
    "SNS",
    "USB",
    "ShopCare",
    "vCard",
    "Excel",
    "createdb",
    # keys as printed on a Korean keyboard
    "Alt",
    "Ctrl",
    "Enter",
    "Esc",
}
#: Commands, flags, file endings, addresses and column names quoted for people to type.
QUOTED = re.compile(
    r"`[^`]*`|[\w.-]+\.conf\b|--[a-z-]+|\.[a-z]{3,4}(?![a-z])|\S+@\S+|'name'|YYYY-MM-DD|\d{4}-W\d{2}"
    r"|[A-Z_]{6,}|\b[0-9a-f]{8}\b"
)


def english_words(text: str) -> set[str]:
    """Latin-letter words in a Korean text, technical names and quoted commands aside."""
    return set(LATIN_WORD.findall(QUOTED.sub(" ", text))) - TECHNICAL


def korean_words(text: str) -> set[str]:
    return {w for w in text.split() if HANGUL.search(w)}


def without_placeholders(text: str) -> str:
    return "".join(lit for lit, *_ in string.Formatter().parse(text))


# ----- every message of every catalogue ---------------------------------------------------


def all_messages(lang: str) -> dict[str, str]:
    """Every key of ``lang`` and its text (a plural's forms joined by spaces)."""
    return {
        key: " ".join(text) if isinstance(text, tuple) else str(text)
        for key, text in messages(lang).items()
    }


def test_korean_messages_have_no_english_words() -> None:
    found = {
        key: sorted(words)
        for key, text in all_messages("ko").items()
        if (words := english_words(without_placeholders(text)))
    }
    assert not found, found


def test_english_messages_have_no_korean_words() -> None:
    allowed = {"45,000원", "4만5천원)", "'이름'", "이름"}  # how Koreans type amounts, a column name
    found = {
        key: sorted(words)
        for key, text in all_messages("en").items()
        if (words := korean_words(without_placeholders(text)) - allowed)
    }
    assert not found, found


def test_every_error_message_reads_in_both_languages() -> None:
    for key in all_messages("en"):
        if not key.startswith("errors-"):
            continue
        names = {
            name for _, name, _, _ in string.Formatter().parse(all_messages("en")[key]) if name
        }
        for lang, value in (("ko", "값"), ("en", "value")):
            values: dict[str, Any] = dict.fromkeys(names, value)
            values |= {k: "words-birthday" for k in names if k == "what"}
            values |= {k: 3 for k in names if k in {"n", "entry", "limit", "days"}}
            text = error_text(InvalidInput(key, **values), catalogue(lang))
            assert text and "{" not in text, (lang, key, text)
            if lang == "ko":
                assert not english_words(text), (key, text)
            else:
                assert not korean_words(text) - {"45,000원", "4만5천원)"}, (key, text)


def test_every_stored_value_has_a_word_in_both_languages() -> None:
    for lang in ("ko", "en"):
        tr = catalogue(lang)
        for key in all_keys():
            assert tr.has(key) and tr(key) != key, (lang, key)
    assert set(GROUPS["kind"]) == set(KINDS.values())
    assert {choice_key("rule", r) for r in RULES} <= set(all_keys())


# ----- every rule's task, every timeline entry --------------------------------------------

KO_FACTS: dict[str, dict[str, Any]] = {
    "bereavement": {"name": "김민지", "note": "어머님", "on": "2026-11-20",
                    "paused_until": "2026-12-20"},
    "congratulations": {"name": "김민지", "occasion": "new baby", "note": "딸"},
    "complaint-call": {"name": "윤은정", "source": "complaint", "category": "배송",
                       "text": "늦게 왔어요"},
    "thank-you": {"name": "서영희", "connection": False, "minutes": 45, "summary": "여행 이야기"},
    "back-in-stock": {"name": "박하준", "item": "등산화", "sent_to": "슈팰리스"},
    "birthday": {"name": "이서연", "birthday": "2026-12-10"},
    "gentle-return": {"name": "김민지", "item": "구두", "return_due": "2026-11-10",
                      "life_event": "bereavement", "life_event_on": "2026-11-20"},
    "milestone": {"name": "최지호", "number": 10, "counted": "visit"},
    "miss-you": {"name": "정예린", "contacts": 12, "quiet_days": 130,
                 "last_contact": "2026-07-15"},
    "neighbourhood": {"area": "마포구 월드컵북로", "names": ["김민지", "박서준", "이하나"],
                      "stops": []},
    "get-well": {"name": "오현우", "note": "허리 수술", "on": "2026-11-20"},
    "waiting-answer": {"name": "박하준", "reason": "등산화 270 입고", "promised": "2026-11-18",
                       "entry": 4},
}  # fmt: skip
EN_FACTS: dict[str, dict[str, Any]] = {
    rule: {
        k: {"김민지": "Emma", "윤은정": "Jane", "서영희": "Anna", "박하준": "Ben", "이서연": "Iris",
            "최지호": "Jack", "정예린": "Grace", "어머님": "her mother", "딸": "a girl",
            "배송": "delivery", "늦게 왔어요": "it came late", "여행 이야기": "a trip",
            "등산화": "boots", "슈팰리스": "Shoe Palace", "구두": "loafers",
            "마포구 월드컵북로": "Baker Street, London", "오현우": "Hugo",
            "허리 수술": "back surgery", "등산화 270 입고": "boots in size 270"}.get(v, v)
        if isinstance(v, str) else (["Emma", "Ben", "Iris"] if isinstance(v, list) else v)
        for k, v in facts.items()
    }
    for rule, facts in KO_FACTS.items()
}  # fmt: skip


def variants(rule: str, facts: dict[str, Any]) -> list[dict[str, Any]]:
    """Every wording a rule has: with and without a note, each occasion and source..."""
    out = [facts]
    if "note" in facts:
        out.append(facts | {"note": ""})
    if rule == "congratulations":
        out += [facts | {"occasion": o} for o in ("wedding", "graduation")]
    if rule == "complaint-call":
        out.append(facts | {"source": "feedback", "category": ""})
    if rule == "thank-you":
        out.append(facts | {"connection": True})
    if rule == "milestone":
        out.append(facts | {"counted": "purchase", "number": 5})
    if rule == "gentle-return":
        out.append(facts | {"life_event": "illness"})
    return out


@pytest.mark.parametrize("rule", sorted(RULES))
def test_every_rules_task_reads_in_korean_and_in_english(rule: str) -> None:
    assert set(KO_FACTS[rule]) == set(RULE_FACTS[rule].__annotations__)
    seen: set[str] = set()
    for lang, facts in (("ko", KO_FACTS[rule]), ("en", EN_FACTS[rule])):
        tr = catalogue(lang)
        for f in variants(rule, facts):
            words = task_text({"rule": rule, "facts": f}, tr)
            text = " ".join((words.title, words.reason, words.act, words.message))
            assert all((words.title, words.act, words.message)), (lang, rule)
            assert "{" not in text, text
            if lang == "ko":
                assert not english_words(text), (rule, text)
            else:
                assert not HANGUL.search(text), (rule, text)
            seen.add(text)
    assert all(catalogue("ko").has(k) for k in every_task_key(rule))


def test_korean_tasks_say_nim_and_a_korean_condolence() -> None:
    tr = catalogue("ko")
    grief = task_text({"rule": "bereavement", "facts": KO_FACTS["bereavement"]}, tr)
    assert grief.title == "김민지님께 위로의 꽃과 카드"
    assert grief.message.startswith("김민지님, 삼가 고인의 명복을 빕니다.")
    assert "!" not in grief.message  # never a cheerful line
    call = task_text({"rule": "complaint-call", "facts": KO_FACTS["complaint-call"]}, tr)
    assert call.title.startswith("사장님이")
    stock = task_text({"rule": "back-in-stock", "facts": KO_FACTS["back-in-stock"]}, tr)
    assert "등산화를 구해 드리지 못해" in stock.reason and "등산화가 다시" in stock.message
    birthday = task_text({"rule": "birthday", "facts": KO_FACTS["birthday"]}, tr)
    assert birthday.reason == "12월 10일은 이서연님 생일이에요."
    for rule in ("birthday", "thank-you", "back-in-stock", "miss-you"):
        message = task_text({"rule": rule, "facts": KO_FACTS[rule]}, tr).message
        assert re.search(r"(요|요!|요\?|요\.)$", message), message  # warm 해요체


TIMELINE_DATA: dict[str, dict[str, Any]] = {
    "Registered": {"name": "김민지"},
    "DetailsChanged": {"changes": {"phone": "01012345678", "birthday": "1990-03-04",
                                   "tags": ["단골"], "postal_code": "04001"}},
    "ContactLogged": {"channel": "walk-in", "direction": "in", "summary": "부츠 문의",
                      "connection": True, "went_beyond": "우산을 빌려 드림"},
    "PurchaseNoted": {"item": "샌들", "amount": "45000"},
    "ReturnRequested": {"item": "샌들", "due": "2026-11-30"},
    "ReturnReceived": {"entry": 3},
    "ReturnWaived": {"entry": 3, "reason": "힘든 시기"},
    "FeedbackReceived": {"polarity": "negative", "text": "배송이 느렸어요"},
    "ComplaintRaised": {"category": "배송", "text": "늦게 왔어요"},
    "ComplaintResolved": {"entry": 4, "resolution": "새 제품으로 보내 드림"},
    "LifeEventNoted": {"kind": "bereavement", "on": "2026-11-20", "note": "어머님"},
    "ReferredElsewhere": {"item": "등산화", "sent_to": "슈팰리스", "price": "99000"},
    "GiftSent": {"what": "국화와 카드", "occasion": "bereavement", "cost": "45000"},
    "FollowUpScheduled": {"due": "2026-11-25", "reason": "재입고 확인"},
    "FollowUpDone": {"entry": 5, "note": "전화드림"},
    "EntryCorrected": {"entry": 2, "note": "사이즈 270", "void": False},
    "MergedInto": {"into": "0f8e1c2a-0000-4000-8000-000000000000"},
    "OpenItemMoved": {"kind": "return", "from_entry": 7},
    "Forgotten": {},
}  # fmt: skip
TO_ENGLISH = {
    "김민지": "Emma", "부츠 문의": "boots?", "우산을 빌려 드림": "lent an umbrella",
    "샌들": "sandals", "힘든 시기": "a hard time", "배송이 느렸어요": "slow", "배송": "delivery",
    "늦게 왔어요": "late", "새 제품으로 보내 드림": "sent a new pair", "어머님": "her mother",
    "등산화": "boots", "슈팰리스": "Shoe Palace", "국화와 카드": "lilies and a card",
    "재입고 확인": "back?", "전화드림": "called", "사이즈 270": "size 270", "단골": "regular",
}  # fmt: skip


def _english(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _english(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_english(v) for v in value]
    return TO_ENGLISH.get(value, value) if isinstance(value, str) else value


def test_every_timeline_entry_reads_in_korean_and_in_english() -> None:
    assert set(TIMELINE_DATA) == {cls.__name__ for cls in KINDS} == set(LINE_KEYS)
    for event, data in TIMELINE_DATA.items():
        variants_ = [data]
        if event == "EntryCorrected":
            variants_.append(data | {"void": True})
        if event in ("LifeEventNoted", "GiftSent", "PurchaseNoted", "ReturnRequested"):
            variants_.append(
                {
                    k: v
                    for k, v in data.items()
                    if k not in ("on", "cost", "amount", "due", "occasion")
                }
            )
        for d in variants_:
            ko = timeline_line(event, d, catalogue("ko"))
            en = timeline_line(event, _english(d), catalogue("en"))
            assert ko and "{" not in ko and not english_words(ko), (event, ko)
            assert en and "{" not in en and not HANGUL.search(en), (event, en)
    ko = timeline_line("PurchaseNoted", TIMELINE_DATA["PurchaseNoted"], catalogue("ko"))
    assert ko == "샌들 구매 (45,000원)"
    # a customer who came in: no direction ("방문 수신" and "walk-in in" read oddly)
    came = {"channel": "walk-in", "direction": "in", "summary": "샌들 보러 오심"}
    assert timeline_line("ContactLogged", came, catalogue("ko")) == "방문: 샌들 보러 오심"
    assert timeline_line("ContactLogged", came, catalogue("en")) == "walk-in: 샌들 보러 오심"
    called = {**came, "channel": "phone"}
    assert timeline_line("ContactLogged", called, catalogue("ko")) == "전화 수신: 샌들 보러 오심"
    assert waiting_detail("return", {"item": "샌들", "due": "2026-11-30"}, catalogue("ko")) == (
        "샌들 (2026년 11월 30일까지)"
    )
    for group, values in GROUPS.items():
        for value in values:
            assert not english_words(label(group, value, catalogue("ko"))), (group, value)


# ----- both PDFs -------------------------------------------------------------------------


def _korean_shop(shop: Shop) -> None:
    app, me = shop.app, shop.actor
    app.change_shop_settings(
        me, name="발맞춤 신발", address="서울특별시 마포구 성미산로 17", language="ko",
        staff_list=["정은지", "박민호"],
    )  # fmt: skip
    now = datetime.now().astimezone()
    a = app.register_customer(me, name="김민지", phone="01056781234", tags=["단골"],
                              birthday="1990-12-01", notes="발 사이즈 240", postal_code="03976",
                              at=now - timedelta(days=200))  # fmt: skip
    b = app.register_customer(me, name="박하준", at=now - timedelta(days=200))
    week = now - timedelta(days=7)
    for i in range(3):
        app.log_contact(me, a, channel="phone", summary=f"부츠 문의 {i}", topics=["사이즈"],
                        touchpoint="product", sentiment="negative", connection=True,
                        minutes=40, went_beyond="우산을 빌려 드림", at=week + timedelta(hours=i))  # fmt: skip
        app.log_contact(me, b, channel="walk-in", summary="구경", topics=["사이즈"],
                        sentiment="positive", at=week + timedelta(hours=i))  # fmt: skip
    app.note_purchase(me, a, item="샌들", amount="45,000원", at=week)
    app.request_return(me, a, item="샌들", due=(week + timedelta(days=2)).date(), at=week)
    app.raise_complaint(me, b, category="배송", text="늦게 왔어요", touchpoint="delivery", at=week)
    app.refer_elsewhere(me, b, item="등산화", sent_to="슈팰리스", price="99000", at=week)
    app.schedule_followup(me, b, due=date.today() + timedelta(days=2), reason="재입고 확인")
    app.send_gift(me, a, what="손편지 카드", occasion="단골 고객", cost="3000", at=week)
    app.note_life_event(me, a, kind="bereavement", note="어머님", at=now - timedelta(days=1))
    shop.sweep(date.today())


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_both_pdfs_are_korean_top_to_bottom(shop: Shop) -> None:
    _korean_shop(shop)
    tr = catalogue("ko")
    sheets = task_sheets(shop.db, due_within=30)
    assert sheets
    out = io.BytesIO()
    render_task_sheets(sheets, out, tr)
    text = _pdf_text(out.getvalue())
    assert "김민지님께 위로의 꽃과 카드" in text and "삼가 고인의 명복을 빕니다" in text
    assert "이유" in text and "최근 연락" in text and "완료" in text
    assert not english_words(text), sorted(english_words(text))

    data = weekly_review_data(shop.db, None, "발맞춤 신발", tr=tr)
    out = io.BytesIO()
    render_weekly_review(data, out, tr)
    text = _pdf_text(out.getvalue())
    assert "주간 리뷰" in text and "숫자로 본 한 주" in text and "3,000원" in text
    assert re.search(r"\d+월 (첫째|둘째|셋째|넷째|다섯째) 주", text)
    assert english_words(text) <= {"ISO"}, sorted(english_words(text))


def test_both_pdfs_are_english_top_to_bottom(shop: Shop) -> None:
    app, me = shop.app, Actor("Sarah")
    app.change_shop_settings(me, name="Good Footing Shoes", language="en")
    cid = app.register_customer(me, name="Emma Hughes", phone="01056781234")
    app.log_contact(me, cid, channel="phone", summary="asked about boots", connection=True,
                    touchpoint="product", sentiment="positive",
                    at=datetime.now().astimezone() - timedelta(days=7))  # fmt: skip
    app.note_life_event(me, cid, kind="bereavement", note="her mother")
    tr = catalogue("en")
    out = io.BytesIO()
    render_task_sheets(task_sheets(shop.db, due_within=30), out, tr)
    text = _pdf_text(out.getvalue())
    assert "Flowers and a card for Emma Hughes" in text and not HANGUL.search(text), text
    out = io.BytesIO()
    render_weekly_review(weekly_review_data(shop.db, None, "Good Footing Shoes", tr=tr), out, tr)
    text = _pdf_text(out.getvalue())
    assert "The week in numbers" in text and not HANGUL.search(text), text


# ----- the window's own labels -----------------------------------------------------------


def test_every_qt_string_has_a_korean_translation() -> None:
    root = ET.parse(I18N / "shopcare_ko.ts").getroot()
    missing = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [translation.text or ""] + [f.text or "" for f in translation]
            kind = translation.get("type")
            if kind in ("unfinished",) or not any(f.strip() for f in forms):
                missing.append((context.findtext("name"), message.findtext("source")))
    assert not missing, missing
    qm = Path(I18N / "shopcare_ko.qm")
    assert qm.stat().st_mtime >= (I18N / "shopcare_ko.ts").stat().st_mtime - 1


def test_korean_lines_break_between_words_not_inside_them() -> None:
    """A Korean sentence in a narrow column wraps at its spaces, as Korean is written."""
    from reportlab.platypus import Paragraph

    from shopcare.reports._common import make_styles

    st = make_styles()
    text = task_text({"rule": "bereavement", "facts": KO_FACTS["bereavement"]}, catalogue("ko"))
    for style in (st.body, st.cell, st.big):
        for width in (90, 150, 260):
            paragraph = Paragraph(text.message, style)
            paragraph.wrap(width, 2000)
            lines = [list(line[1]) for line in paragraph.blPara.lines]
            assert len(lines) > 1
            assert [w for line in lines for w in line] == text.message.split(), (width, lines)
