"""Tools no vocabulary knows are found by the company they keep, and ordinary capitalized words are not.

The names below are made up, so no vocabulary can hold them; each phrasing is one way postings list
tools (beside a known term, after "such as" / "e.g." / "including", in brackets after a kind of
tool, joined by commas, "or", "and", slashes). The other direction: capitalized words that are not
tools (sentence starts, soft skills, places, days, headings) are never taken for one.
"""

from __future__ import annotations

import itertools

import pytest

from resume_api.ats.keywords import extract_keywords, single_terms

NAMES = [("Zentrix", "Quorvo"), ("Blendle Server", "Kestrafy"), ("Omnivane", "Drift Warden")]
KNOWN = ["PyTorch", "Kubernetes", "PostgreSQL", "Terraform"]
LISTED = [
    "Experience with {k}, {a} or {b}.",
    "Hands-on work with {a} or {k} in production.",
    "You have used {k}, {a}, and {b}; you write tests.",
    "Familiarity with {k}/{a} and {b} is required.",
    "Strong knowledge of tools such as {a} and {b}.",
    "Monitoring (e.g. {a}, {b}) is part of the job.",
    "Experience with feature stores ({a} or {b}) is a must.",
    "Requirements:\n- {k} or {a}\n- SQL",
    "Our stack, including {a}, {b} and {k}, runs on Linux.",
]
NOT_LISTED = [
    "Experience with {k} and Excellent communication skills.",
    "Strong {k} skills. Teams ship weekly. Great benefits.",
    "{k}; Monday to Friday, Remote or Hybrid.",
    "Offices in London, Berlin or Paris. We value Ownership, Curiosity and Kindness. {k} daily.",
    "Requirements: {k}. About Us: We are a Series B company.",
    "Senior or Lead engineers with {k} experience. Bachelor or Master degree.",
]


def _terms(text: str) -> set[str]:
    return {k.term for k in single_terms(extract_keywords(text))}


def _unknown(text: str) -> set[str]:
    """The terms found by shape or company, not from the vocabulary."""
    return {k.term for k in single_terms(extract_keywords(text)) if k.category == "term"}


@pytest.mark.parametrize(("template", "known", "names"), list(itertools.product(LISTED, KNOWN, NAMES)))
def test_an_unknown_tool_listed_like_a_tool_is_a_keyword(
    template: str, known: str, names: tuple[str, str]
) -> None:
    a, b = names
    text = template.format(k=known, a=a, b=b)
    terms = _terms(text)
    for name in (a, b) if "{b}" in template else (a,):
        assert name in terms, f"{name!r} not found in {text!r}: {sorted(terms)}"


@pytest.mark.parametrize(("template", "known"), list(itertools.product(NOT_LISTED, KNOWN)))
def test_capitalized_words_that_are_not_tools_are_not_keywords(template: str, known: str) -> None:
    text = template.format(k=known)
    assert known in _terms(text)
    extra = {t for t in _unknown(text) if t.upper() != t}  # acronyms are the shape rule's
    assert not extra, f"{sorted(extra)} taken for tools in {text!r}"


def test_a_name_a_known_term_already_covers_is_not_split_off() -> None:
    """ "Hugging Face Transformers" is one mention: the known term, not a second tool beside it."""
    assert "Transformers" not in _terms("Expertise in PyTorch and Hugging Face Transformers.")


def test_a_posting_of_thousands_of_listed_names_is_read_in_one_pass() -> None:
    """A first version grew lists one name per pass: 6,000 names before a known tool never finished
    in two minutes. Not a speed measure: a hang guard far above the one-pass time (about 2 s on a
    loaded 2-core machine, most of it the vocabulary scan every posting pays)."""
    import time

    names = ", ".join("Q" + "".join(chr(97 + (i // 26**k) % 26) for k in range(3)) for i in range(6000))
    started = time.perf_counter()
    terms = _terms(names + ", Python")
    assert time.perf_counter() - started < 30.0
    assert "Python" in terms
