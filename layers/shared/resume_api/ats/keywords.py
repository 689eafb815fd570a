"""Keywords of a job description: the skills, tools, certifications and title an ATS would look for.

Known terms come from the vocabulary (with their synonyms); unknown technical terms are picked
up by their shape (CamelCase, digits or dots inside a word, short acronyms) or by the company
they keep: a capitalized name listed with a known term ("Spark or Ray", "PyTorch, Dask"), after
"such as" / "e.g.", or in brackets after a kind of tool ("feature stores (Feast or Tecton)"). No
vocabulary can hold every tool a posting names. Terms in the requirements part of the posting
weigh double. Terms the posting offers as alternatives
("GitHub Actions or CircleCI", "Java/Kotlin", "such as AWS, GCP", "A, B or C") form one
requirement, met by any of them (see `ats.alternatives`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator

from resume_api.ats.alternatives import Hit, linked, requirements
from resume_api.ats.normalize import clean, compact, folded, head, pattern
from resume_api.ats.vocabulary import TITLE_WORDS, VOCABULARY, WEIGHTS
from resume_api.models.slotted import Frozen

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
_NAME = re.compile(
    r"(?<![\w.+#-])([A-Z][\w+#.\-]*[\w+#](?:\s[A-Z][\w+#.\-]*[\w+#]){0,2})"
    r"(?=\s*(?:[,;:.)/|]|$)|\s(?:or|and|&|is|are|as|experience|knowledge|skills?|expertise|preferred|required|"
    r"would|will|etc)\b)",
    re.MULTILINE,
)
"""A capitalized name of one to three words that ends where a list item ends (a separator, "or",
"and", the line's end, "is", "experience"...): "Triton Inference Server" before "or", not
"Excellent" before "communication"."""
_KIND_OF_TOOL = re.compile(
    r"\b(?:tools?|stores?|frameworks?|librar(?:y|ies)|platforms?|databases?|languages?|systems?|services?|"
    r"engines?|servers?|stacks?|technologies|suites?|software|packages?|orchestrators?|registries)\s*\(\s*$",
    re.IGNORECASE,
)
_LISTED_BY = re.compile(
    r"(?:\bsuch\s+as|(?<![\w.])e\.?\s?g(?:\.|\b)|\bincluding|\blike|\bfor\s+(?:example|instance))\s*[:,]?\s*\(?\s*$",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset(
    {
        "a", "an", "the", "and", "or", "we", "you", "our", "your", "this", "that", "these", "those", "it",
        "its", "in", "on", "at", "for", "with", "of", "to", "by", "from", "as", "experience", "strong",
        "excellent", "good", "great", "solid", "proven", "deep", "knowledge", "familiarity", "understanding",
        "ability", "skills", "skill", "communication", "leadership", "teamwork", "ownership", "bachelor",
        "master", "degree", "phd", "bonus", "plus", "remote", "hybrid", "onsite", "on-site", "office", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "senior",
        "junior", "lead", "required", "preferred", "must", "nice", "responsibilities", "requirements",
        "qualifications", "benefits", "about",
    }
)  # fmt: skip
"""Capitalized words that start a sentence, a heading or a soft skill, never a tool's name."""


def _listed_names(text: str, hits: list[Hit], is_required: Callable[[int], bool]) -> list[Hit]:
    """Names no vocabulary knows, found by the company they keep (see the module docstring).

    Known terms and candidate names are read in text order as runs of items written as one list;
    a candidate is a term when its run holds a known term or begins after "such as" and the like.
    One pass: a posting of thousands of capitalized words costs what its length costs.
    """
    taken = sorted((h.start, h.end) for h in hits)  # hits never overlap: ends rise with starts
    starts = [a for a, _ in taken]

    def free(start: int, end: int) -> bool:
        last = bisect.bisect_left(starts, end) - 1  # the last hit that starts before this name ends
        return last < 0 or taken[last][1] <= start

    candidates = [
        m.span(1)
        for m in _NAME.finditer(text)
        if m.group(1).split()[0].casefold() not in _NOT_NAMES and free(*m.span(1))
    ]
    items = sorted([(a, b, True) for a, b in taken] + [(a, b, False) for a, b in candidates])
    found: list[Hit] = []
    run: list[tuple[int, int, bool]] = []

    def flush() -> None:
        first = text[max(0, run[0][0] - 40) : run[0][0]]
        introduced = _LISTED_BY.search(first) is not None or _KIND_OF_TOOL.search(first) is not None
        if introduced or any(known for _, _, known in run):
            for start, end, known in run:
                if not known:
                    term = text[start:end]
                    found.append(Hit(start, end, term, "term", (term,), term, is_required(start)))

    for item in items:
        if run and not (run[-1][1] <= item[0] and linked(text[run[-1][1] : item[0]])):
            flush()
            run = []
        run.append(item)
    if run:
        flush()
    return found


_TITLE_PATTERNS = (
    re.compile(
        r"^\s*(?:job\s+(?:description|title)|position|role)\s*[:\-–]\s*(?P<t>[^\n]{3,80})", re.I | re.M
    ),
    re.compile(
        r"\b(?:looking for|seeking|hiring)\s+(?:an?\s+)?(?:experienced\s+|talented\s+|skilled\s+)?"
        r"(?P<t>(?:[A-Z][\w+#/.-]*\s+){0,4}(?:" + "|".join(w.capitalize() for w in TITLE_WORDS) + r"))\b",
    ),
)


class Keyword(Frozen):
    __slots__ = ("alternatives", "category", "jd_spellings", "required", "term", "variants", "weight")
    term: str
    category: str
    weight: int
    required: bool
    variants: tuple[str, ...]
    jd_spellings: tuple[str, ...]
    """How the job description writes it: an ATS matching literally looks for these."""
    alternatives: tuple[Keyword, ...]
    """For a requirement the job offers several ways to meet ("A or B"): one keyword per term;
    `variants` and `jd_spellings` are then all of theirs, so any one of them meets it."""

    def __init__(
        self,
        term: str,
        category: str,
        weight: int,
        required: bool,
        variants: tuple[str, ...],
        jd_spellings: tuple[str, ...] = (),
        alternatives: tuple[Keyword, ...] = (),
    ) -> None:
        object.__setattr__(self, "term", term)
        object.__setattr__(self, "category", category)
        object.__setattr__(self, "weight", weight)
        object.__setattr__(self, "required", required)
        object.__setattr__(self, "variants", variants)
        object.__setattr__(self, "jd_spellings", jd_spellings)
        object.__setattr__(self, "alternatives", alternatives)


def single_terms(keywords: Iterable[Keyword]) -> Iterator[Keyword]:
    """Each single term: the keywords themselves, with every alternative of a requirement on its own."""
    for keyword in keywords:
        yield from keyword.alternatives or (keyword,)


def _required_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges that state requirements: a requirements block, or a sentence that demands."""
    spans = []
    for heading in _REQUIRED_HEAD.finditer(text):
        end = next((m.start() for m in _OPTIONAL_HEAD.finditer(text, heading.end())), len(text))
        spans.append((heading.start(), end))
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


def _written(literal: str, names: tuple[str, ...]) -> str:
    """The vocabulary's spelling of what the job wrote, when it is the same tokens ("ci/cd" → "CI/CD")."""
    literal = " ".join(literal.split())
    if literal in names:
        return literal
    return next((name for name in names if compact(name) == compact(literal)), literal)


_SPELLINGS = sorted(
    (
        (variant, category, names)
        for category, group in VOCABULARY.items()
        for names in group
        for variant in names
    ),
    key=lambda v: -len(v[0]),
)
"""Every spelling of the vocabulary with its category and its term's names, longest first."""


def _hits(text: str, is_required: Callable[[int], bool]) -> list[Hit]:
    """Every place a term is written, longest spelling first, none overlapping, in text order."""
    hits: list[Hit] = []

    def overlaps(start: int, end: int) -> bool:
        return any(h.start < end and start < h.end for h in hits)

    lowered = folded(text)
    for variant, category, names in _SPELLINGS:
        if head(variant) not in lowered:
            continue
        for match in pattern(variant).finditer(text):
            if not overlaps(*match.span()):
                written = _written(match.group(0), names)
                hits.append(
                    Hit(*match.span(), names[0], category, names, written, is_required(match.start()))
                )
    for match in _SHAPED.finditer(text):
        term = match.group(1)
        if overlaps(*match.span()) or term.upper() in _NOT_TERMS:
            continue
        if term.isupper() and not is_required(match.start()):
            continue  # an acronym outside the requirements is more often noise than a skill
        hits.append(Hit(*match.span(), term, "term", (term,), term, is_required(match.start())))
    tools = [h for h in hits if h.category not in ("title", "soft")]  # tools keep company with tools
    hits.extend(_listed_names(text, tools, is_required))
    return sorted(hits, key=lambda h: h.start)


def _keyword(group: tuple[Hit, ...], previous: Keyword | None) -> Keyword:
    """One requirement's keyword from one place it is written, merged with earlier places."""
    required = any(h.required for h in group) or bool(previous and previous.required)
    members = []
    for term in dict.fromkeys(h.term for h in group):
        hits = [h for h in group if h.term == term]
        first = hits[0]
        weight = WEIGHTS[first.category] * (2 if any(h.required for h in hits) else 1)
        members.append(Keyword(term, first.category, weight, required, first.names, (first.written,)))
    if len(members) == 1:
        keyword = members[0]
    else:
        lead = max(members, key=lambda k: k.weight)
        keyword = Keyword(
            " or ".join(m.term for m in members),
            lead.category,
            lead.weight,
            required,
            tuple(dict.fromkeys(v for m in members for v in m.variants)),
            tuple(dict.fromkeys(v for m in members for v in m.jd_spellings)),
            tuple(members),
        )
    if previous is None:
        return keyword
    return Keyword(
        keyword.term,
        keyword.category,
        max(keyword.weight, previous.weight),
        required,
        keyword.variants,
        tuple(dict.fromkeys((*previous.jd_spellings, *keyword.jd_spellings))),
        keyword.alternatives,
    )


def extract_keywords(job_description: str) -> list[Keyword]:
    text = clean(job_description)[:50_000]
    spans = _required_spans(text)

    def is_required(start: int) -> bool:
        return any(a <= start < b for a, b in spans)

    groups = requirements(text, _hits(text, is_required))
    alone: dict[str, bool] = {}
    """Terms the job names on their own somewhere, and whether it requires them there."""
    for group in groups:
        if len({h.term for h in group}) == 1:
            alone[group[0].term] = alone.get(group[0].term, False) or any(h.required for h in group)
    found: dict[frozenset[str], Keyword] = {}
    for group in groups:
        key = frozenset(h.term for h in group)
        required = any(h.required for h in group)
        if len(key) > 1 and any(alone[t] or not required for t in key & alone.keys()):
            # "Python ... Python or Go": the requirement of Python alone already implies it. Not
            # when the term alone is only a nice-to-have and the choice is required ("AWS (ECS)
            # ... Requirements: Kubernetes or ECS"): dropping it would lose Kubernetes entirely.
            continue
        found[key] = _keyword(group, found.get(key))

    title = job_title(text)
    keywords = sorted(found.values(), key=lambda k: (-k.weight, k.term.lower()))[:MAX_KEYWORDS]
    if title:
        keywords.insert(0, Keyword(title, "title", WEIGHTS["title"] * 2, True, (title,), (title,)))
    return keywords
