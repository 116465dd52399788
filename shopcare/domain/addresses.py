"""Addresses as people write them, read well enough to know who lives near whom.

Korean addresses come in two forms, both understood:

* road-name (도로명): ``서울특별시 마포구 월드컵북로 12, 103동 1204호 (성산동)``:
  province or city (시/도), district (시/군/구), road (…로, …길) and building number;
  on a road, a building's number is its distance from the road's start in tens of
  metres (odd on the left, even on the right), so numbers tell how far apart two
  buildings are;
* lot-number (지번): ``서울 마포구 성산동 123-4``: 시/도, 시/군/구, then the
  neighbourhood (동, or 읍/면 and 리) and the lot number.

English street addresses (``221B Baker Street, London NW1 6XE``, ``Flat 3, 12 High
St, Oxford``, ``350 5th Ave, Apt 4B, New York, NY 10118``, romanised Korean ones such
as ``12 Worldcup-buk-ro, Mapo-gu, Seoul``) are a number and a street, then the town.

:func:`parse_address` gives an :class:`Address` (None when nothing can be read):
where it is (:attr:`Address.area`, the street or neighbourhood), where along it
(:attr:`Address.number`), and the household (:attr:`Address.household`, the whole
address with its flat or unit). Pure Python; nothing is looked up anywhere.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any


#: 시/도 as written in full and in short.
class _Lazy:
    """A pattern compiled the first time it is used: most commands never read an address,
    and compiling these takes a few milliseconds of every command's start."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re.compile(*self._source)
        return getattr(self._compiled, name)


_PROVINCES = {
    "서울특별시": "서울",
    "서울시": "서울",
    "서울": "서울",
    "부산광역시": "부산",
    "부산시": "부산",
    "부산": "부산",
    "대구광역시": "대구",
    "대구시": "대구",
    "대구": "대구",
    "인천광역시": "인천",
    "인천시": "인천",
    "인천": "인천",
    "광주광역시": "광주",
    "광주시": "광주",
    "광주": "광주",
    "대전광역시": "대전",
    "대전시": "대전",
    "대전": "대전",
    "울산광역시": "울산",
    "울산시": "울산",
    "울산": "울산",
    "세종특별자치시": "세종",
    "세종시": "세종",
    "세종": "세종",
    "경기도": "경기",
    "경기": "경기",
    "강원도": "강원",
    "강원특별자치도": "강원",
    "강원": "강원",
    "충청북도": "충북",
    "충북": "충북",
    "충청남도": "충남",
    "충남": "충남",
    "전라북도": "전북",
    "전북특별자치도": "전북",
    "전북": "전북",
    "전라남도": "전남",
    "전남": "전남",
    "경상북도": "경북",
    "경북": "경북",
    "경상남도": "경남",
    "경남": "경남",
    "제주특별자치도": "제주",
    "제주도": "제주",
    "제주": "제주",
}

_HANGUL = _Lazy(r"[가-힣]")
_DISTRICT = _Lazy(r"^[가-힣]+(?:시|군|구)$")
#: A neighbourhood: 동 (성산동, 성산1동, 종로1가), 읍, 면, 리; never "103동" (a block of flats).
_NEIGHBOURHOOD = _Lazy(r"^[가-힣]+[0-9]*(?:동|가|읍|면|리)$")
#: A road: …로, …길, with numbers inside (월드컵북로12길, 세종대로23길).
_ROAD = _Lazy(r"^([가-힣0-9]*[가-힣](?:[0-9]+번?)?(?:로|길))([0-9]+(?:-[0-9]+)?)?$")
_BUILDING = _Lazy(r"^([0-9]+)(?:-([0-9]+))?(?:번지)?$")
_UNIT_KO = _Lazy(r"[0-9]+\s*(?:동|호|층)|지하|[0-9]+-[0-9]+호")

# ----- English ---------------------------------------------------------------------------

_STREET_WORDS = {
    "st": "street",
    "st.": "street",
    "rd": "road",
    "rd.": "road",
    "ave": "avenue",
    "ave.": "avenue",
    "av": "avenue",
    "blvd": "boulevard",
    "ln": "lane",
    "dr": "drive",
    "ct": "court",
    "pl": "place",
    "sq": "square",
    "ter": "terrace",
    "cres": "crescent",
    "hwy": "highway",
    "pkwy": "parkway",
}
_UNIT_EN = _Lazy(
    r"^(?:flat|apt\.?|apartment|unit|suite|ste\.?|room|floor|fl\.?|#)\s*\S+$", re.IGNORECASE
)
_UNIT_INSIDE = _Lazy(
    r"\b(?:flat|apt\.?|apartment|unit|suite|ste\.?|#)\s*[0-9A-Za-z-]+\s*,?", re.IGNORECASE
)
_NUMBER_STREET = _Lazy(r"^(\d+)([A-Za-z]?)(?:[-/](\d+))?\s+(.*[A-Za-z].*)$")
_UK_POSTCODE = _Lazy(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})\b", re.IGNORECASE)
_US_ZIP = _Lazy(r"\b(?:[A-Z]{2}\s+)?(\d{5})(?:-\d{4})?\b")


@dataclass(frozen=True)
class Address:
    """What a round needs to know about an address.

    ``area`` names the street or neighbourhood (neighbours share it); ``number`` is
    where along the street (the building or lot number, 0 when unknown), and
    ``household`` is the whole address, its flat or unit included (two customers
    with the same ``household`` live together and get one visit).
    """

    area: str  # a key: "서울 마포구 월드컵북로", "서울 마포구 성산동", "london|baker street"
    shown: str  # the area as a person says it: "마포구 월드컵북로", "Baker Street, London"
    number: int
    household: str
    kind: str  # "road", "lot" or "street"


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    return " ".join(text.replace("\n", " ").split())


def parse_address(text: str) -> Address | None:
    """The address as far as it can be read, or None (no street nor neighbourhood)."""
    cleaned = _clean(text)
    if not cleaned:
        return None
    if _HANGUL.search(cleaned):
        return _korean(cleaned)
    return _english(cleaned)


def _korean(text: str) -> Address | None:
    reference = ""
    found = re.search(r"\(([^)]*)\)", text)
    if found:  # 도로명 주소의 참고항목: (성산동) or (성산동, 월드컵아파트)
        first = found[1].split(",")[0].strip()
        if _NEIGHBOURHOOD.match(first):
            reference = first
        text = (text[: found.start()] + " " + text[found.end() :]).strip()
    tokens = [t for t in re.split(r"[\s,]+", text) if t]
    province = ""
    districts: list[str] = []
    neighbourhoods: list[str] = []
    road = ""
    number = 0
    lot = 0
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not province and not districts and token in _PROVINCES:
            province = _PROVINCES[token]
        elif not road and not neighbourhoods and _DISTRICT.match(token) and len(districts) < 2:
            districts.append(token)
        elif not road and _NEIGHBOURHOOD.match(token) and not token[0].isdigit():
            neighbourhoods.append(token)
            if i + 1 < len(tokens) and (m := _BUILDING.match(tokens[i + 1])):
                lot = int(m[1])
                i += 1
        elif not road and (m := _ROAD.match(token)):
            road = m[1]
            if m[2]:
                number = int(m[2].split("-")[0])
            elif i + 1 < len(tokens) and (b := _BUILDING.match(tokens[i + 1])):
                number = int(b[1])
                i += 1
        i += 1
    dong = neighbourhoods[0] if neighbourhoods else reference
    if road:  # a road address: the road and the building's number on it
        kind, place, shown_place = "road", road, road
    elif dong:  # a lot address: the neighbourhood(s) and the lot number
        kind, place, shown_place, number = "lot", " ".join(neighbourhoods) or dong, dong, lot
    else:
        return None
    where = " ".join(x for x in (province, *districts) if x)
    district = districts[-1] if districts else province
    return Address(
        area=f"{where} {place}".strip(),
        shown=f"{district} {shown_place}".strip(),
        number=number,
        household=_household_ko(text),
        kind=kind,
    )


def _household_ko(text: str) -> str:
    return re.sub(r"\s+", "", text.replace(",", " "))


def _english(text: str) -> Address | None:
    parts = [p.strip() for p in text.split(",") if p.strip()]
    street_at = -1
    number = 0
    street = ""
    for i, part in enumerate(parts):
        bare = _UNIT_INSIDE.sub("", part).strip()
        m = _NUMBER_STREET.match(bare)
        if m and not _UNIT_EN.match(part):
            number = int(m[1])
            street = _street_name(m[4])
            street_at = i
            break
    if street_at < 0 or not street:
        return None
    rest = [p for p in parts[street_at + 1 :] if not _UNIT_EN.match(p)]
    town = ""
    for part in rest:
        without = _US_ZIP.sub("", _UK_POSTCODE.sub("", part)).strip()
        if without and not (len(without) == 2 and without.isupper()):
            town = without
            break
    if not town:
        postcode = _UK_POSTCODE.search(text)
        town = postcode[1].upper() if postcode else ""
    shown_street = " ".join(w.capitalize() if w.islower() else w for w in street.split())
    return Address(
        area=f"{town.lower()}|{street}",
        shown=f"{shown_street}, {town}" if town else shown_street,
        number=number,
        household=" ".join(text.lower().split()),
        kind="street",
    )


def _street_name(text: str) -> str:
    words = text.lower().replace(".", " ").split()
    return " ".join(_STREET_WORDS.get(w, w) for w in words)


def distance_steps(a: Address, b: Address) -> int:
    """How far apart two addresses on the same street are, in building numbers."""
    return abs(a.number - b.number)
