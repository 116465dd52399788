"""Fill shopcare_ko.ts with the Korean texts below and compile shopcare_ko.qm.

Run from the repository root after changing UI strings:
    uv run pyside6-lupdate shopcare/ui/*.py -ts resources/i18n/shopcare_ko.ts
    uv run python resources/i18n/make_ko.py
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
TS = HERE / "shopcare_ko.ts"
QM = HERE / "shopcare_ko.qm"

KO = {
    "%1 contacts, %2 purchases, customer since %3": "연락 %1회, 구매 %2회, %3 등록",
    "%n customer(s)": "고객 %n명",
    "%n match(es)": "검색 결과 %n명",
    "&Customer": "고객(&C)",
    "&Customers": "고객(&C)",
    "&Edit details": "정보 수정(&E)",
    "&Feedback": "의견(&F)",
    "&Gift": "선물(&G)",
    "&Life event": "경조사(&L)",
    "&New customer": "새 고객(&N)",
    "&Purchase": "구매(&P)",
    "&Quick log": "빠른 기록(&Q)",
    "Ret&urn": "반품(&U)",
    "S&how:": "보기(&H):",
    "&Staff:": "직원(&S):",
    "&Summary": "내용(&S)",
    "&Today": "오늘(&T)",
    "<b>Timeline</b> (newest first)": "<b>타임라인</b> (최신순)",
    "A new language applies at once.": "언어를 바꾸면 바로 적용돼요.",
    "Shop language": "가게 언어",
    "Tasks, task sheets and reports are written in the shop's language.": (
        "할 일, 할 일 안내지, 보고서는 가게 언어로 나와요."
    ),
    "Address": "주소",
    "All kinds": "모든 종류",
    "Amount": "금액",
    "Birthday": "생일",
    "Cancel": "취소",
    "Category": "분류",
    "Channel": "경로",
    "Choose a customer on the left, or add a new one.": "왼쪽에서 고객을 고르거나 새 고객을 추가해 주세요.",
    "Choose the entry to correct.": "정정할 항목을 골라 주세요.",
    "Co&mplaint": "불만(&M)",
    "Correct&ion": "정정(&I)",
    "Complaint": "불만",
    "Connection made": "마음이 통함",
    "Correction": "정정",
    "Cost": "비용",
    "Could not read new events: %1": "새 기록을 읽지 못했어요: %1",
    "Could not save: %1": "저장하지 못했어요: %1",
    "Customer": "고객",
    "Customers waiting: open complaints and returns": "기다리시는 고객: 처리 중인 불만과 반품",
    "Data: %1": "데이터: %1",
    "Detail": "내용",
    "Direction": "방향",
    "Due": "기한",
    "Due date": "기한",
    "Edit customer": "고객 정보 수정",
    "Email": "이메일",
    "Entry": "항목",
    "Follo&w-up": "후속 연락(&W)",
    "Feedback": "의견",
    "Feedback is": "의견 종류",
    "Find": "찾기",
    "Follow-up done": "후속 연락 완료",
    "Follow-ups due (today and overdue)": "기한이 된 후속 연락 (오늘과 지난 것)",
    "Gift sent": "선물 보냄",
    "Item": "품목",
    "Item we could not supply": "구해 드리지 못한 품목",
    "Kind": "종류",
    "Language": "언어",
    "Last contact": "마지막 연락",
    "Life event": "경조사",
    "L&og contact": "연락 기록(&O)",
    "Log a contact (Ctrl+L)": "연락 기록 (Ctrl+L)",
    "Log contact": "연락 기록",
    "Minutes": "걸린 시간(분)",
    "Name": "이름",
    "Name, phone (last 4 digits), email or tag": "이름, 전화번호(끝 4자리), 이메일 또는 태그",
    "New customer": "새 고객",
    "Note": "메모",
    "Note purchase": "구매 기록",
    "Notes": "메모",
    "Occasion": "보낸 까닭",
    "On (date)": "날짜",
    "Open complaint": "처리 중인 불만",
    "Open follow-up": "예정된 후속 연락",
    "Open return": "처리 중인 반품",
    "Phone": "전화번호",
    "Postal code": "우편번호",
    "Price": "가격",
    "Quick log": "빠른 기록",
    "Raise complaint": "불만 접수",
    "Referre&d": "다른 곳 안내(&D)",
    "Reason": "이유",
    "Recent contacts": "최근 연락",
    "Referred elsewhere": "다른 곳 안내",
    "Register a new customer (Ctrl+N)": "새 고객 등록 (Ctrl+N)",
    "Request return": "반품 요청",
    "Resolution": "해결 내용",
    "Resolve complaint": "불만 해결",
    "Return received": "반품 받음",
    "Save": "저장",
    "Saved.": "저장했어요.",
    "Schedule follow-up": "후속 연락 예약",
    "Search customers (Ctrl+F)": "고객 검색 (Ctrl+F)",
    "Search: name, phone (e.g. last 4 digits), email or tag  (Ctrl+F)": "검색: 이름, 전화번호(끝 4자리 등), 이메일, 태그  (Ctrl+F)",
    "Sent to": "안내한 곳",
    "Sentiment": "분위기",
    "Settings": "설정",
    "ShopCare": "ShopCare 고객 관리",
    "Since": "언제부터",
    "Staff": "직원",
    "Staff (one per line)": "직원 (한 줄에 한 명)",
    "Summary": "내용",
    "System language": "시스템 언어",
    "T&asks": "할 일(&A)",
    "Tags": "태그",
    "Tags (comma separated)": "태그 (쉼표로 구분)",
    "Text": "내용",
    "Topics": "주제",
    "Topics (comma separated)": "주제 (쉼표로 구분)",
    "Touchpoint": "접점",
    "Waiting for": "기다리는 일",
    "Waive return": "반품 면제",
    "Went beyond": "특별히 해 드린 일",
    "What": "내용",
    "What happened (Enter saves)": "무슨 일이 있었나요 (Enter로 저장)",
    "What was wrong": "무엇이 틀렸나요",
    "When": "일시",
    "When (blank = now)": "일시 (비우면 지금)",
    "Who is logging: everything saved records this name": "기록하는 사람: 저장하는 모든 기록에 이 이름이 남아요",
    "Withdraw the entry": "이 항목 통째로 취소",
    "[withdrawn]": "[취소됨]",
    "comma separated": "쉼표로 구분",
    "Name or phone digits": "이름 또는 전화번호 숫자",
    "&Reports": "보고서(&R)",
    "Working in the background…": "백그라운드에서 작업 중…",
    "Looking for kind acts to suggest…": "제안할 마음 쓰기를 찾는 중이에요…",
    "%1 kind act(s) suggested for today.": "오늘 마음 쓰기 %1건을 제안했어요.",
    "The daily sweep did not run: %1": "오늘의 마음 쓰기 찾기를 하지 못했어요: %1",
    "Weekly review": "주간 리뷰",
    "&Week:": "주(&W):",
    "Pick a week or type one, e.g. 2026-W07": "주를 고르거나 입력해 주세요 (예: 2026-W07)",
    "Save to:": "저장 위치:",
    "(automatic: %1)": "(자동: %1)",
    "Choose…": "선택…",
    "&Make weekly review": "주간 리뷰 만들기(&M)",
    "Task sheets": "할 일 안내지",
    "Open tasks due within (days):": "며칠 안에 기한이 오는 할 일:",
    "&Print task sheets": "할 일 안내지 인쇄(&P)",
    "Maintenance": "관리",
    "Rebuild the lists and search from the saved events. Nothing is lost; use it if something looks out of date.": "저장된 기록으로 목록과 검색을 다시 만들어요. 잃는 것은 없어요. 무언가 최신이 아닌 것 같을 때 써 보세요.",
    "Re&build read models": "목록 다시 만들기(&B)",
    "Save the weekly review": "주간 리뷰 저장",
    "Making the weekly review %1…": "주간 리뷰(%1)를 만드는 중이에요…",
    "Weekly review %1: %2": "주간 리뷰 %1: %2",
    "Could not make the PDF: %1": "PDF를 만들지 못했어요: %1",
    "Making task sheets…": "할 일 안내지를 만드는 중이에요…",
    "%1 task sheet(s): %2": "할 일 안내지 %1장: %2",
    "Rebuilding…": "목록을 다시 만드는 중이에요…",
    "Rebuilt from %1 events.": "기록 %1건으로 다시 만들었어요.",
    "Could not rebuild: %1": "다시 만들지 못했어요: %1",
    "Open": "열기",
    "Open folder": "폴더 열기",
    "This computer": "이 컴퓨터",
    "The shop (all computers)": "가게 (모든 컴퓨터)",
    "Shop name": "가게 이름",
    "Data folder": "데이터 폴더",
    "To use another folder, start ShopCare with --data-dir FOLDER or set SHOPCARE_DATA_DIR.": "다른 폴더를 쓰려면 ShopCare를 시작할 때 --data-dir 폴더를 붙이거나 SHOPCARE_DATA_DIR을 설정해 주세요.",
    "Kind-act rules (all computers)": "마음 쓰기 규칙 (모든 컴퓨터)",
    "Rule": "규칙",
    "Days ahead": "며칠 전",
    "Lead time in days": "미리 챙길 날수",
    "Status": "상태",
    "Task": "할 일",
    "For": "담당",
    "Why / result": "이유 / 결과",
    "All open": "남은 일 전체",
    "Suggested": "제안됨",
    "Scheduled": "예약됨",
    "Done": "완료",
    "Dismissed": "안 함",
    "All": "전체",
    "Filter: customer, task, staff…": "찾기: 고객, 할 일, 직원…",
    "&Schedule…": "예약(&S)…",
    "&Done…": "완료(&D)…",
    "D&ismiss…": "안 함(&I)…",
    "Add &by hand…": "직접 추가(&B)…",
    "&Print sheets": "안내지 인쇄(&P)",
    "One PDF page per selected task": "고른 할 일마다 PDF 한 쪽",
    "Why: %1": "이유: %1",
    "Suggested: %1": "제안: %1",
    "Message: %1": "메시지: %1",
    "%1 tasks selected": "할 일 %1건 선택됨",
    "Select a task to schedule, complete or print it.": "예약, 완료, 인쇄할 할 일을 골라 주세요.",
    "Schedule task": "할 일 예약",
    "Who": "담당자",
    "By when": "언제까지",
    "Task done": "할 일 완료",
    "What was done or sent": "한 일 또는 보낸 것",
    "optional": "선택 사항",
    "Dismiss task": "할 일 안 함",
    "Why not": "하지 않는 이유",
    "Add a task by hand": "할 일 직접 추가",
    "Select the tasks to print first.": "먼저 인쇄할 할 일을 골라 주세요.",
    "Kind act": "마음 쓰기",
    "Kind acts due (today and overdue)": "기한이 된 마음 쓰기 (오늘과 지난 것)",
    "Backups…": "백업…",
}


#: Catalogue keys ("window-op-failed") that lupdate mistakes for Qt strings, because the
#: window names its message catalogue ``tr`` too: they are translated in the .po files.
CATALOGUE_KEY = re.compile(
    r"(errors|words|choices|tasks|timeline|reports|cli|window|data)-[a-z0-9-]+"
)


def main() -> int:
    tree = ET.parse(TS)
    root = tree.getroot()
    root.set("language", "ko_KR")
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            if CATALOGUE_KEY.fullmatch(message.findtext("source") or ""):
                context.remove(message)
        if not context.findall("message"):
            root.remove(context)
    missing = []
    for message in root.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        text = KO.get(source)
        if text is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        else:
            translation.text = text
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    if missing:
        print("no Korean for:", *missing, sep="\n  ", file=sys.stderr)
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(QM)], check=True)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
