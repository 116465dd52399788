"""The message catalogues: complete in both languages, compiled, and used as written."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from catalogues import I18N, messages

from shopcare.domain.errors import InvalidInput
from shopcare.i18n import AREAS, LANGUAGES, catalogue, error_text
from shopcare.i18n.korean import with_particle

ROOT = Path(__file__).resolve().parents[1]
KEY = re.compile(r"""["']((?:{})-[a-z0-9]+(?:-[a-z0-9]+)*)["']""".format("|".join(AREAS)))


def placeholders(text: object) -> set[str]:
    forms = text if isinstance(text, tuple | list) else (text,)
    names = set()
    for form in forms:
        for _, field, _, _ in string.Formatter().parse(str(form)):
            if field:
                names.add(field)
    return names - {"n"}


def test_every_language_has_every_message_with_the_same_placeholders() -> None:
    english = messages("en")
    assert english, "no English catalogue found"
    for lang in LANGUAGES:
        theirs = messages(lang)
        assert set(theirs) == set(english), f"{lang}: keys differ from English"
        for key, text in theirs.items():
            assert text, f"{lang}: {key} is not translated"
            assert placeholders(text) == placeholders(english[key]), f"{lang}: {key}"


def test_argparse_words_are_the_ones_argparse_says() -> None:
    """Korean for argparse's own messages, keyed by its English texts: each must still be
    a text this Python's argparse asks gettext for, with the same ``%`` placeholders."""
    import argparse

    source = Path(argparse.__file__).read_text(encoding="utf-8")
    pattern = re.compile(r"%(?:\(\w+\))?[sr]")
    with (I18N / "ko" / "LC_MESSAGES" / "argparse.po").open("rb") as fh:
        entries = [m for m in read_po(fh) if m.id]
    assert len(entries) >= 15
    for m in entries:
        forms = m.id if isinstance(m.id, tuple) else (m.id,)
        for english in forms:
            assert repr(english)[1:-1] in source, f"argparse no longer says {english!r}"
        korean = m.string if isinstance(m.string, tuple) else (m.string,)
        for text in korean:
            assert text and sorted(pattern.findall(text)) == sorted(pattern.findall(forms[0]))


def test_compiled_catalogues_are_up_to_date() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("compile_i18n", I18N / "compile.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for po in sorted(I18N.glob("*/LC_MESSAGES/*.po")):
        mo = po.with_suffix(".mo")
        assert mo.exists() and mo.read_bytes() == module.compiled(po), (
            f"{mo} is stale: run `uv run python resources/i18n/compile.py`"
        )


def test_every_key_the_code_names_is_in_the_catalogue() -> None:
    english = messages("en")
    used = set()
    for source in (ROOT / "shopcare").rglob("*.py"):
        used |= set(KEY.findall(source.read_text(encoding="utf-8")))
    missing = sorted(k for k in used if k not in english and not k.endswith("-"))
    assert not missing, f"keys used in code but not in the catalogues: {missing}"


@pytest.mark.parametrize(
    ("word", "pair", "expected"),
    [
        ("김민수님", "이/가", "김민수님이"),
        ("샌들", "을/를", "샌들을"),
        ("부츠", "을/를", "부츠를"),
        ("서울", "으로/로", "서울로"),
        ("부산", "으로/로", "부산으로"),
        ("Nike", "이/가", "Nike가"),
        ("270", "은/는", "270은"),
        ("2", "은/는", "2는"),
        ("★", "은/는", "★은(는)"),
    ],
)
def test_korean_particles_follow_the_last_syllable(word: str, pair: str, expected: str) -> None:
    assert with_particle(word, pair) == expected


def test_a_refused_command_reads_in_the_persons_language() -> None:
    refused = InvalidInput("errors-not-a-date", what="words-birthday", value="2026-02-30")
    assert (
        error_text(refused, catalogue("en"))
        == "birthday '2026-02-30' is not a date (use YYYY-MM-DD)"
    )
    korean = error_text(refused, catalogue("ko"))
    assert "생일" in korean and "2026-02-30" in korean and "birthday" not in korean
    # an error raised with a sentence (not a code) shows that sentence
    assert error_text(InvalidInput("the shop is closed"), catalogue("ko")) == "the shop is closed"


def test_every_key_begins_with_its_areas_name() -> None:
    """A catalogue reads an area's file when one of its keys is first asked for, found by
    the key's first word: ``cli-saved`` must be in ``cli.po``."""
    for lang in LANGUAGES:
        for area in AREAS:
            po = I18N / lang / "LC_MESSAGES" / f"{area}.po"
            with po.open("rb") as fh:
                keys = [m.id[0] if isinstance(m.id, tuple) else m.id for m in read_po(fh) if m.id]
            assert keys, f"{lang}/{area}.po has no messages"
            assert all(k.partition("-")[0] == area for k in keys), f"{lang}/{area}.po"
