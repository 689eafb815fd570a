"""Facts a piece of text asserts, and whether the source resume supports them.

A claim here is something checkable: a number (a metric, a count, a year), a skill or tool from
the vocabulary or the job description, a link. Wording and emphasis are not claims; that is
what the model is allowed to change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from resume_api.ats.keywords import Keyword, single_terms
from resume_api.ats.text import clean, normalize, pattern
from resume_api.ats.vocabulary import VOCABULARY
from resume_api.tailoring.prompt import PROMPT_MARKER, SYSTEM_PROMPT

HARD_CATEGORIES = (
    "language",
    "framework",
    "cloud",
    "database",
    "devops",
    "data",
    "tool",
    "certification",
    "term",
)
_ISO_MONTH = re.compile(r"\b(\d{4})-(?:0[1-9]|1[0-2])\b")
_NUMBER = re.compile(r"(?<![\w.])\$?(\d+(?:[,.]\d+)*)")
_LINK = re.compile(r"!\[[^\]]*\]\([^)]*\)|https?://[^\s)]+|www\.[^\s)]+", re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9+#]+")
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "to",
        "in",
        "for",
        "on",
        "with",
        "by",
        "at",
        "from",
        "as",
        "is",
        "was",
        "were",
        "be",
        "been",
        "our",
        "their",
        "his",
        "her",
        "its",
        "this",
        "that",
        "using",
        "used",
        "use",
        "via",
        "into",
        "over",
        "per",
        "across",
        "within",
    ]
)
_PROMPT_SHINGLES = None


def numbers(text: str) -> set[str]:
    """Numeric values in text, normalized ("1,200" → "1200", "3.50" → "3.5")."""
    found = set()
    text = _ISO_MONTH.sub(r"\1", text or "")  # "2019-12" is the year 2019, not also the number 12
    for match in _NUMBER.finditer(text):
        raw = match.group(1)
        value = (
            raw.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", raw) else raw.replace(",", ".")
        )
        if "." in value:
            value = value.rstrip("0").rstrip(".")
        found.add(value)
    return found


def links(text: str) -> set[str]:
    return {m.group(0).rstrip(".,;") for m in _LINK.finditer(text or "")}


def content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall((text or "").lower()) if w not in _STOP and len(w) > 1}


def similarity(a: str | None, b: str | None) -> float:
    a_n, b_n = normalize(a or ""), normalize(b or "")
    if not a_n or not b_n:
        return 0.0
    return SequenceMatcher(None, a_n, b_n).ratio()


def _shingles(text: str, size: int = 8) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + size]) for i in range(max(0, len(words) - size + 1))}


def leaks_prompt(text: str) -> bool:
    """Whether text repeats the system prompt (its marker, or eight words in a row of it)."""
    global _PROMPT_SHINGLES  # noqa: PLW0603 - computed once per container
    if PROMPT_MARKER.lower() in (text or "").lower():
        return True
    if _PROMPT_SHINGLES is None:
        _PROMPT_SHINGLES = _shingles(SYSTEM_PROMPT)
    return bool(_shingles(text or "") & _PROMPT_SHINGLES)


@dataclass(frozen=True)
class Term:
    name: str
    variants: tuple[str, ...]
    category: str


def candidate_terms(job_keywords: Iterable[Keyword]) -> list[Term]:
    """Every checkable skill/tool: the vocabulary's hard categories and the job's own terms."""
    terms = [
        Term(names[0], names, category)
        for category, entries in VOCABULARY.items()
        if category in HARD_CATEGORIES
        for names in entries
    ]
    known = {t.name for t in terms}
    terms += [
        Term(k.term, k.variants, k.category)
        for k in single_terms(job_keywords)
        if k.category in HARD_CATEGORIES and k.term not in known
    ]
    return terms


@dataclass
class Evidence:
    """What the source resume says, precomputed once for checking many pieces of text."""

    texts: list[str]
    terms: list[Term]
    supported_terms: set[str] = field(default_factory=set)
    all_numbers: set[str] = field(default_factory=set)
    all_links: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, texts: list[str], terms: list[Term]) -> Evidence:
        joined = clean("\n".join(texts))
        evidence = cls(texts=texts, terms=terms)
        evidence.supported_terms = {
            t.name for t in terms if any(pattern(v).search(joined) for v in t.variants)
        }
        evidence.all_numbers = numbers(joined)
        evidence.all_links = {normalize(link) for link in links(joined)}
        return evidence

    def terms_in(self, text: str) -> set[str]:
        text = clean(text)
        return {t.name for t in self.terms if any(pattern(v).search(text) for v in t.variants)}

    def term_of(self, keyword: str) -> Term | None:
        for term in self.terms:
            if any(pattern(v).fullmatch(clean(keyword).strip()) for v in term.variants):
                return term
        return None


def problems(text: str, evidence: Evidence, allowed_numbers: set[str] | None = None) -> list[tuple[str, str]]:
    """Unsupported claims in `text` as (claim, reason); empty when the source supports all of it."""
    found: list[tuple[str, str]] = []
    if leaks_prompt(text):
        found.append(("instruction text", "repeats the service's instructions"))
    allowed = evidence.all_numbers if allowed_numbers is None else allowed_numbers
    for value in sorted(numbers(text) - allowed):
        found.append((value, "number not in the source"))
    for term in sorted(evidence.terms_in(text) - evidence.supported_terms):
        found.append((term, "skill or tool not in the source"))
    for link in sorted(links(text)):
        if normalize(link) not in evidence.all_links:
            found.append((link, "link not in the source"))
    return found


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", (text or "").strip()) if s]
