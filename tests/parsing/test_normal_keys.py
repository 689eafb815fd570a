"""`normalize_key` remembers the keys of short texts: the remembered key is the key, and a long text
(a paragraph an upload may hold thousands of) is never kept."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from resume_api.parsing import clean_text
from resume_api.parsing.clean_text import normalize_key

PIECES = st.sampled_from(
    ["Développeur", "ÉCOLE", "naïve", "Straße", "İstanbul", "C++", "R&D", "UI/UX", "Jean-Pierre", "Sr.",
     "工程师", "Москва", "ﬁnance", "e\u0301cole", "  ", "\t", "—", "(2020)", "İı", "ǅ", "ß"]
)  # fmt: skip


def _reference(text: str) -> str:
    """The key as written out before it was remembered."""
    import re

    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w&+/]+", " ", text).split())


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=60).map(" ".join))
def test_a_remembered_key_is_the_key(text: str) -> None:
    assert normalize_key(text) == _reference(text)
    assert normalize_key(text) == _reference(text)  # the second time, from memory


def test_only_short_texts_are_remembered() -> None:
    short, long = "Senior Développeur", "Développeur " * 40
    assert len(short) <= clean_text._KEYS_REMEMBERED < len(long)
    clean_text._key.cache_clear()
    assert normalize_key(short) == _reference(short)
    assert normalize_key(long) == _reference(long)
    assert clean_text._key.cache_info().currsize == 1


def test_each_document_starts_with_no_key_remembered() -> None:
    """A parse pays for its own look-ups: what one document's parse asked is not answered from memory
    in the next (the speed benchmark parses a file five times and must measure a cold parse)."""
    from resume_api.parsing import parse_document

    from . import builders

    normalize_key("Quux Zebra Stripes")
    parse_document(builders.docx_with_tables(), "cv.docx")
    before = clean_text._key.cache_info().misses
    normalize_key("Quux Zebra Stripes")
    assert clean_text._key.cache_info().misses == before + 1
