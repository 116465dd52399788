"""Search the way Korean phones do: composed or decomposed, by 초성, half-typed."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from shopcare.readmodels.customers import search_customers
from shopcare.readmodels.korean_search import initials, name_matches
from shopcare.service.shop import Shop

NAMES = ("김민수", "민수", "김민성", "박민수", "이서연", "김 민지", "Anna Berg", "김민")


def names_found(shop: Shop, query: str) -> list[str]:
    return [r["name"] for r in search_customers(shop.db, query)]


def shop_with_names(shop: Shop) -> Shop:
    for name in NAMES:
        shop.app.register_customer(shop.actor, name=name)
    return shop


def test_initial_consonants_find_names(shop: Shop) -> None:
    shop_with_names(shop)
    assert names_found(shop, "ㄱㅁㅅ") == ["김민성", "김민수"]
    assert names_found(shop, "ㅁㅅ") == ["김민성", "김민수", "민수", "박민수"]
    assert names_found(shop, "ㅇㅅㅇ") == ["이서연"]
    assert names_found(shop, "ㄱㅁㅈ") == ["김 민지"]  # spaces do not count
    assert names_found(shop, "ㅂ") == ["박민수"]  # one consonant: the start of a name
    assert names_found(shop, "ㅎㅎㅎ") == []


def test_a_half_typed_syllable_finds_the_name(shop: Shop) -> None:
    shop_with_names(shop)
    assert names_found(shop, "김민ㅅ") == ["김민성", "김민수"]
    assert names_found(shop, "민ㅅ") == ["김민성", "김민수", "민수", "박민수"]
    assert names_found(shop, "김ㅁㅅ") == ["김민성", "김민수"]
    assert names_found(shop, "김민ㅈ") == ["김 민지"]
    assert names_found(shop, "이ㅅ") == ["이서연"]
    assert names_found(shop, "박민ㅅ 1") == []  # every word must match


def test_decomposed_input_finds_the_same_people(shop: Shop) -> None:
    shop_with_names(shop)
    shop.app.register_customer(shop.actor, name=unicodedata.normalize("NFD", "최지우"))
    for query in ("김민수", "민수", "최지우", "지우", "ㅊㅈㅇ"):
        nfd = unicodedata.normalize("NFD", query)
        assert nfd != query or query.startswith("ㅊ")
        assert names_found(shop, nfd) == names_found(shop, query), query
    assert len(names_found(shop, "최지우")) == 1
    # a decomposed half-typed query (a lone conjoining ᄉ) too
    assert names_found(shop, unicodedata.normalize("NFD", "김민") + "\u1109") == [
        "김민성",
        "김민수",
    ]


def test_plain_search_is_unchanged(shop: Shop) -> None:
    shop_with_names(shop)
    assert names_found(shop, "민수") == ["김민수", "민수", "박민수"]
    assert names_found(shop, "김민수") == ["김민수"]
    assert names_found(shop, "anna") == ["Anna Berg"]
    assert names_found(shop, "김") == ["김 민지", "김민", "김민성", "김민수"]


def test_a_renamed_customer_is_found_by_the_new_initials(shop: Shop) -> None:
    cid = shop.app.register_customer(shop.actor, name="홍길동")
    assert names_found(shop, "ㅎㄱㄷ") == ["홍길동"]
    shop.app.change_details(shop.actor, cid, name="홍길순")
    assert names_found(shop, "ㅎㄱㄷ") == []
    assert names_found(shop, "ㅎㄱㅅ") == ["홍길순"]


SYLLABLES = st.integers(0xAC00, 0xD7A3).map(chr)


@settings(max_examples=60, deadline=None)
@given(st.text(SYLLABLES, min_size=2, max_size=4), st.integers(0, 3), st.integers(1, 4))
def test_any_stretch_of_a_name_typed_as_initials_or_half_typed_matches(
    name: str, start: int, length: int
) -> None:
    part = name[start : start + length] or name
    assert name_matches(initials(part), name)
    assert name_matches(part[:-1] + initials(part[-1]), name)
    assert initials(unicodedata.normalize("NFD", name)) == initials(name)
