"""The blind-22 detector set keeps the shape it was written with (issue #11 item 4).

Only the set's shape is checked here, never the detector's result on it: a test that asserted which
cases are caught would turn the blind set into one more list to tune on."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter

import pytest

from tests.tailoring.blind22 import INSTRUCTION, LANGS, ORDINARY, cases

KEYS = {"text", "lang", "kind", "form"}


def test_every_case_has_the_four_fields_and_a_known_kind_and_language():
    for case in cases():
        assert set(case) == KEYS, case["text"]
        assert case["kind"] in (INSTRUCTION, ORDINARY)
        assert case["lang"] in LANGS
        assert case["text"].strip() == case["text"] and case["text"]
        assert case["form"].isidentifier()


def test_no_text_is_written_twice():
    folded = Counter(unicodedata.normalize("NFKC", c["text"]).casefold() for c in cases())
    assert [t for t, n in folded.items() if n > 1] == []


@pytest.mark.parametrize(
    ("kind", "total", "per_lang", "english"), [(INSTRUCTION, 200, 10, 50), (ORDINARY, 400, 20, 100)]
)
def test_counts_per_kind_and_language(kind, total, per_lang, english):
    by_lang = Counter(c["lang"] for c in cases() if c["kind"] == kind)
    assert sum(by_lang.values()) >= total
    assert {lang: n for lang, n in by_lang.items() if n < per_lang} == {}
    assert set(by_lang) == set(LANGS)
    assert by_lang["en"] >= english


def test_a_form_names_one_kind_and_every_kind_has_several():
    kinds_of: dict[str, str] = {}
    for case in cases():
        assert kinds_of.setdefault(case["form"], case["kind"]) == case["kind"], case["form"]
    forms = Counter(kinds_of.values())
    assert forms[INSTRUCTION] >= 10
    assert forms[ORDINARY] >= 10


def test_the_measure_gives_counts_and_never_a_case():
    """What `benchmarks.claims --json` reports: counts per language and form, no text of any case."""
    from tests.tailoring.blind22 import evaluate

    report = json.dumps(evaluate(), ensure_ascii=False)
    assert [c["text"] for c in cases() if c["text"] in report] == []
    assert set(json.loads(report)["langs"]) == set(LANGS)
