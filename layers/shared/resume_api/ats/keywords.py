"""Keywords of a job description: the skills, tools, certifications and title an ATS would look for.

Known terms come from the vocabulary (with their synonyms); unknown technical terms are picked
up by their shape (CamelCase, digits or dots inside a word, short acronyms). Terms in the
requirements part of the posting weigh double.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from resume_api.ats.text import clean, pattern
from resume_api.ats.vocabulary import TITLE_WORDS, VOCABULARY, WEIGHTS

MAX_KEYWORDS = 60

_REQUIRED_HEAD = re.compile(
    r"^\s*(requirements?|qualifications?|required|must[- ]haves?|what you(?:'|’)?ll need|what we(?:'|’)?re looking for|"
    r"you have|you bring|minimum qualifications|basic qualifications|skills)\b",
    re.IGNORECASE | re.MULTILINE,
)
_OPTIONAL_HEAD = re.compile(
    r"^\s*(nice[- ]to[- ]haves?|preferred|bonus|benefits|perks|what we offer|about us|responsibilities)\b",
    re.IGNORECASE | re.MULTILINE,
)
_REQUIRED_CUE = re.compile(
    r"\b(required|requirements?|must|need|proficien\w*|experience (?:with|in)|years of|strong (?:knowledge|grasp)|"
    r"deep knowledge|expert\w*)\b",
    re.IGNORECASE,
)
_SHAPED = re.compile(
    r"(?<![\w.])("
    r"[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+"  # CamelCase: ElastiCache, GitHub
    r"|[A-Za-z]+[0-9][A-Za-z0-9]*"  # digits inside: OAuth2, EC2
    r"|[A-Za-z]+\.(?:js|io|ai|net)"  # dotted names: Next.js
    r"|[A-Z]{2,5}"  # acronyms: ECS, SLA
    r")(?![\w])"
)
_NOT_TERMS = frozenset(
    {
        "US", "USA", "UK", "EU", "EEO", "EOE", "PTO", "CEO", "CTO", "CFO", "COO", "VP", "HR", "ID", "OK", "TBD",
        "FAQ", "ETA", "AM", "PM", "EST", "PST", "UTC", "II", "III", "IV", "LLC", "INC", "WE", "YOU", "OUR", "THE",
        "AND", "OR", "FOR", "IN", "TO", "OF", "ON", "BS", "MS", "BA", "MBA", "PHD", "JOB", "NEW", "ALL", "DOE",
        "ADA", "EEOC", "GPA", "MSc", "BSc", "K12",
    }
)  # fmt: skip
_TITLE_PATTERNS = (
    re.compile(
        r"^\s*(?:job\s+(?:description|title)|position|role)\s*[:\-–]\s*(?P<t>[^\n]{3,80})", re.I | re.M
    ),
    re.compile(
        r"\b(?:looking for|seeking|hiring)\s+(?:an?\s+)?(?:experienced\s+|talented\s+|skilled\s+)?"
        r"(?P<t>(?:[A-Z][\w+#/.-]*\s+){0,4}(?:" + "|".join(w.capitalize() for w in TITLE_WORDS) + r"))\b",
    ),
)


@dataclass(frozen=True)
class Keyword:
    term: str
    category: str
    weight: int
    required: bool
    variants: tuple[str, ...]
    jd_spellings: tuple[str, ...] = ()
    """How the job description writes it: an ATS matching literally looks for these."""


def _required_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges that state requirements: a requirements block, or a sentence that demands."""
    spans = []
    for head in _REQUIRED_HEAD.finditer(text):
        end = next((m.start() for m in _OPTIONAL_HEAD.finditer(text, head.end())), len(text))
        spans.append((head.start(), end))
    for sentence in re.finditer(r"[^.;\n]+(?:[.;\n]|$)", text):
        if _REQUIRED_CUE.search(sentence.group(0)):
            spans.append(sentence.span())
    return spans


def job_title(text: str) -> str | None:
    for title_pattern in _TITLE_PATTERNS:
        match = title_pattern.search(text)
        if match:
            title = re.split(r"\s+(?:to|who|with|for|at|in)\s+", match.group("t").strip(), maxsplit=1)[0]
            title = re.sub(r"\s*\(.*?\)\s*", " ", title)
            title = " ".join(title.split()).strip(" .,:;")
            if any(w in title.lower() for w in TITLE_WORDS) and len(title.split()) <= 6:
                return title
    return None


def extract_keywords(job_description: str) -> list[Keyword]:
    text = clean(job_description)[:50_000]
    required = _required_spans(text)
    covered: list[tuple[int, int]] = []
    found: dict[str, Keyword] = {}

    def is_required(start: int) -> bool:
        return any(a <= start < b for a, b in required)

    def overlaps(span: tuple[int, int]) -> bool:
        return any(a < span[1] and span[0] < b for a, b in covered)

    entries = [(category, names) for category, group in VOCABULARY.items() for names in group]
    spellings = sorted(
        ((variant, category, names) for category, names in entries for variant in names),
        key=lambda v: -len(v[0]),
    )
    for variant, category, names in spellings:
        for match in pattern(variant).finditer(text):
            if overlaps(match.span()):
                continue
            covered.append(match.span())
            term = names[0]
            req = is_required(match.start())
            weight = WEIGHTS[category] * (2 if req else 1)
            previous = found.get(term)
            written = tuple(dict.fromkeys((*(previous.jd_spellings if previous else ()), variant)))
            if previous is None or weight > previous.weight:
                found[term] = Keyword(term, category, weight, req, names, written)
            else:
                found[term] = Keyword(term, category, previous.weight, previous.required, names, written)

    for match in _SHAPED.finditer(text):
        term = match.group(1)
        if overlaps(match.span()) or term.upper() in _NOT_TERMS or term in found:
            continue
        if term.isupper() and not is_required(match.start()):
            continue  # an acronym outside the requirements is more often noise than a skill
        req = is_required(match.start())
        found[term] = Keyword(term, "term", WEIGHTS["term"] * (2 if req else 1), req, (term,), (term,))

    title = job_title(text)
    keywords = sorted(found.values(), key=lambda k: (-k.weight, k.term.lower()))[:MAX_KEYWORDS]
    if title:
        keywords.insert(0, Keyword(title, "title", WEIGHTS["title"] * 2, True, (title,), (title,)))
    return keywords
