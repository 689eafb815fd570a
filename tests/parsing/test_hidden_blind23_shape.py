"""Blind-23 keeps the shape it was written with (issue #11 item 4).

Only the set's shape is checked here, never the detector's result on it: a test that asserted which
cases are caught would turn the blind set into one more list to tune on."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.parsing.hidden_blind23 import DOCX_HIDE, DOCX_SHOW, HIDDEN, HIDE, PLAIN, SHOW, cases, document


def test_at_least_200_of_each_kind_in_every_language_and_both_formats():
    kinds = Counter(c.kind for c in cases())
    assert kinds[HIDDEN] >= 200
    assert kinds[PLAIN] >= 200
    for kind in (HIDDEN, PLAIN):
        langs = Counter(c.lang for c in cases() if c.kind == kind)
        assert len(langs) >= 6
        assert min(langs.values()) >= 20
        assert {c.fmt for c in cases() if c.kind == kind} == {"pdf", "docx"}


def test_enough_forms_and_every_case_names_one():
    assert len(HIDE) + len(DOCX_HIDE) >= 15
    assert len(SHOW) + len(DOCX_SHOW) >= 10
    forms = {c.form: c.kind for c in cases()}
    assert set(forms) == {*HIDE, *DOCX_HIDE, *SHOW, *DOCX_SHOW}
    assert {c.place for c in cases() if c.kind == HIDDEN} == {"header", "body", "footer"}


def test_markers_are_unique_and_in_their_text():
    markers = Counter(c.marker for c in cases())
    assert [m for m, n in markers.items() if n > 1] == []
    assert [c.id for c in cases() if c.marker not in c.text] == []


@pytest.mark.parametrize("step", [97])
def test_a_sample_builds(step: int):
    for case in cases()[::step]:
        data = document(case)
        assert data[:4] == (b"%PDF" if case.fmt == "pdf" else b"PK\x03\x04"), case.id


def test_the_measure_gives_counts_and_never_a_case():
    """What `benchmarks.hidden_blind23 --json` reports, on a small sample: counts per form, variant,
    language, place, format and payload; no text or marker of any case."""
    import json

    from benchmarks import hidden_blind23

    result = hidden_blind23.run(sample=60)
    report = json.dumps(result["counts"], ensure_ascii=False)
    assert [c.id for c in cases() if c.marker in report or c.text in report] == []
    assert result["counts"]["hidden"] + result["counts"]["ordinary"] == len(cases()[::60])
    assert set(result["counts"]) >= {"forms", "variants", "langs", "places", "formats", "payloads"}
    assert "blind-23" in result["table"]
    for line in result["table"].splitlines():
        assert not any(c.marker in line for c in cases())
