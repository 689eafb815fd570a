"""The claim model: every checkable assertion in a sentence, and whether a source scope supports it.

A claim is anything a recruiter could check: a quantity (digits, words, multipliers, ranges,
years), a name (organisation, product, place: a capitalised name or a known entity), a title or
a promotion, an award, a patent or publication, a degree, a certification, a spoken language or
fluency, leadership and scope ("team of", "company-wide", "sole"), a superlative ("first",
"only", "industry-leading"), a skill or tool, a link. Wording, order and emphasis are not claims:
that is what the model may change.

Claims are found by rules over word classes (lexicon.py) and sentence structure, never by
matching known sentences. The same rules read the source, so a kind of claim is supported when
the source (the scope: a job's own text for its bullets, the whole resume for the summary and for
facts about the person) makes a claim of the same kind and value, compared on normal forms.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Iterable
from functools import cache, cached_property

from resume_api.ats.keywords import Keyword, single_terms
from resume_api.ats.normalize import clean, folded, head, pattern
from resume_api.ats.vocabulary import VOCABULARY
from resume_api.models.llm_config import REDACTED
from resume_api.models.slotted import Frozen, Slotted
from resume_api.tailoring.arithmetic import OTHERS, Figures, counted, done_wholes, is_year
from resume_api.tailoring.extent import OWNER, POSSESSOR, extent_families, owners, per_year, period
from resume_api.tailoring.lexicon import Lexicon, lexicon, synonym_classes
from resume_api.tailoring.novelty import GLOSSED, Vocabulary
from resume_api.tailoring.person import ENGLISH, LISTED, Person
from resume_api.tailoring.prompt import PROMPT_MARKER, SYSTEM_PROMPT
from resume_api.tailoring.quantities import TIME, Quantity, quantities
from resume_api.tailoring.rates import length_in_days
from resume_api.tailoring.translated import name_words, rendered_from, translated_words
from resume_api.tailoring.wording import (
    STOP,
    contains,
    content_words,
    fold,
    phrase,
    sentences,
    similarity,
    spelled_out,
    stem,
    tokens,
)

__all__ = [
    "HARD_CATEGORIES",
    "Claim",
    "Evidence",
    "Scope",
    "Term",
    "candidate_terms",
    "content_words",
    "degree_levels",
    "find_claims",
    "leaks_prompt",
    "links",
    "numbers",
    "sentences",
    "similarity",
]

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
PERSON_KINDS = frozenset({"award", "patent", "publication", "degree", "certification", "language"})
"""Facts about the person, not about one job: supported by the whole resume even inside a bullet."""

REASONS = {
    "number": "number not in the source",
    "skill": "skill or tool not in the source",
    "link": "link not in the source",
    "instructions": "repeats the service's instructions",
    "secret": "a secret-shaped string was removed from the answer",
    "tenure": "number not in the source",
    "other": "not stated by the source",
}
_VALUED = frozenset({"frequency", "duration"})
"""Families whose second part is a value, not a sub-family."""
_LINK = re.compile(r"!\[[^\]]*\]\([^)]*\)|https?://[^\s)]+|www\.[^\s)]+", re.IGNORECASE)
_WORD = re.compile(r"(?<![\w.°])[^\W\d_][\w'’&+#.]*", re.UNICODE)
_CONNECTORS = frozenset({"of", "the", "&", "and", "de", "la", "du", "von", "van", "der", "del", "for", "y"})
_NAME_CONNECTORS = frozenset({"of", "the", "&", "de", "la", "du", "von", "van", "der", "del", "y"})
_INFLECTED = re.compile(r".{3,}(?:ed|ing|ly|ize|ise|ized|ised|izes|ises|ment|ments|tion|tions|ness|ity|ies)$")
_PROMOTION = (
    "promoted",
    "promotion",
    "promotions",
    "fast tracked",
    "elevated to",
    "rose to",
    "advanced to",
    "moved up to",
)
_PUBLICATION_CONTEXT = (
    "paper on",
    "paper in",
    "papers on",
    "papers in",
    "research paper",
    "conference paper",
    "a paper",
    "a book",
    "book on",
)
_TALK_WORDS = frozenset(
    {
        "keynote",
        "keynoted",
        "speaker",
        "spoke at",
        "presented at",
        "talk at",
        "talks at",
        "conference talk",
        "conference talks",
    }
)
_TALKS = frozenset(
    {
        "presented",
        "presenting",
        "presentation",
        "presentations",
        "spoke",
        "speaking",
        "talk",
        "talks",
        "speaker",
        "lectured",
        "keynote",
        "keynoted",
    }
)
_VENUES = frozenset(
    {
        "conference",
        "conferences",
        "summit",
        "summits",
        "symposium",
        "symposia",
        "congress",
        "convention",
        "expo",
        "forum",
        "meetup",
        "meetups",
        "annual",
    }
)
_NOT_PUBLICATION = (
    "journal entry",
    "journal entries",
    "paper records",
    "paper based",
    "paper forms",
    "paperwork",
)
_CERT_TRIGGERS = (
    "certified",
    "certification",
    "certifications",
    "licensed",
    "licensure",
    "accredited",
    "accreditation",
    "board certified",
    "chartered",
    "credentialed",
    "credential",
    "credentials",
    "certificate",
    "license",
    "licence",
)
_DEGREE_CONTEXT_AFTER = frozenset({"in", "degree", "from", "of", "program", "graduate", "candidate"})
_DEGREE_CONTEXT_BEFORE = frozenset(
    {
        "a",
        "an",
        "my",
        "holds",
        "hold",
        "holding",
        "with",
        "earned",
        "completed",
        "and",
        "obtained",
        "received",
        "her",
        "his",
    }
)


def numbers(text: str) -> set[str]:
    """Numeric values in text, normalized ("1,200" → "1200", "twelve" → "12", "3.50" → "3.5")."""
    return {_show(q.value) for q in quantities(text) if q.kind in ("number", "years")}


def _show(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def links(text: str) -> set[str]:
    return {m.group(0).rstrip(".,;") for m in _LINK.finditer(text or "")}


_PROMPT_SHINGLES: set[tuple[str, ...]] | None = None


def _shingles(text: str, size: int = 8) -> set[tuple[str, ...]]:
    words = tokens(text)
    return {tuple(words[i : i + size]) for i in range(max(0, len(words) - size + 1))}


def leaks_prompt(text: str) -> bool:
    """Whether text repeats the system prompt (its marker, or eight words in a row of it)."""
    global _PROMPT_SHINGLES  # noqa: PLW0603 - computed once per container
    if PROMPT_MARKER.lower() in (text or "").lower():
        return True
    if _PROMPT_SHINGLES is None:
        _PROMPT_SHINGLES = _shingles(SYSTEM_PROMPT)
    return bool(_shingles(text or "") & _PROMPT_SHINGLES)


class Term(Frozen):
    __slots__ = ("category", "name", "variants")
    name: str
    variants: tuple[str, ...]
    category: str

    def __init__(self, name: str, variants: tuple[str, ...], category: str) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "variants", variants)
        object.__setattr__(self, "category", category)


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


class Claim(Frozen):
    """One checkable assertion: its kind, the words that make it, and the key support is judged on."""

    __slots__ = ("key", "kind", "text")
    kind: str
    text: str
    key: tuple[object, ...]

    def __init__(self, kind: str, text: str, key: tuple[object, ...]) -> None:
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "key", key)

    @property
    def reason(self) -> str:
        return REASONS.get(self.kind, f"{self.kind} not supported by the source")

    @property
    def code(self) -> str:
        """Which check refused the claim: its key's type, a family's name without the value it carries
        ("family:scope:universal", not "…:units"), so refusals can be counted per decision."""
        first = str(self.key[0])
        if first != "family":
            return first
        name = str(self.key[1]).split(":")
        return "family:" + ":".join(name[:1] if name[0] in _VALUED else name[:2])


# ----------------------------------------------------------------------------------- finding claims


class _Sentence(Slotted):
    __slots__ = ("breaks", "lower", "raw", "text", "words")
    raw: str
    words: list[str]
    """Raw word tokens (case kept), hyphenated words split."""
    lower: list[str]
    text: str
    """The folded token phrase, space-joined."""
    breaks: list[bool]
    """Whether punctuation (a comma, a semicolon, a bracket) stands before each word: names do not cross it."""

    def __init__(self, raw: str, words: list[str], lower: list[str], text: str, breaks: list[bool]) -> None:
        self.raw = raw
        self.words = words
        self.lower = lower
        self.text = text
        self.breaks = breaks


_BREAK = re.compile(r"[,;:()\[\]!?\d]|\.\s")


def _raw_words(text: str) -> list[str]:
    return _split_words(text)[0]


def _split_words(text: str) -> tuple[list[str], list[bool]]:
    out: list[str] = []
    breaks: list[bool] = []
    text = text.replace("’", "'")
    last = 0
    for match in _WORD.finditer(text):
        broken = bool(_BREAK.search(text[last : match.start()]))
        last = match.end()
        for piece in re.split(r"[\-/–—]+", match.group(0)):
            part = piece.rstrip(".'")
            part = part[:-2] if part.endswith("'s") else part
            if part:
                out.append(part)
                breaks.append(broken)
                broken = False
    return out, breaks


def _sentence(text: str) -> _Sentence:
    words, breaks = _split_words(text)
    return _Sentence(text, words, [fold(w) for w in words], phrase(text), breaks)


def _occurs(text: str, phrases: Iterable[str]) -> list[str]:
    padded = f" {text} "
    return [p for p in phrases if p and f" {p} " in padded]


def _without(text: str, idioms: Iterable[str]) -> str:
    padded = f" {text} "
    for idiom in sorted(idioms, key=len, reverse=True):
        padded = padded.replace(f" {idiom} ", " | ")
    return padded.strip()


def degree_levels(text: str) -> set[str]:
    """The degree levels a text names ("BSc" → bachelor)."""
    return {str(c.key[1]) for c in find_claims(text) if c.key[0] == "degree" and c.key[1]}


def find_claims(
    text: str, terms: list[Term] | None = None, common: frozenset[str] = frozenset()
) -> list[Claim]:
    """Every checkable assertion in `text` (one sentence or many). `common`: words known to be ordinary."""
    lex = lexicon()
    text = _FIRST_COMPOUND.sub(r"\1-focused", spelled_out(text))  # "safety-first" ranks nothing first
    text = _ALL_BUT.sub(_counted_rest, text)
    s = _sentence(text)
    claims: list[Claim] = []
    if REDACTED in text:
        claims.append(Claim("secret", REDACTED, ("secret",)))
    claims += _quantity_claims(text)
    term_words: set[str] = set()
    cleaned = clean(text)
    lowered = folded(cleaned)
    seen_terms: set[str] = set()
    for term, variant, first in _index(terms or []):
        if term.name in seen_terms or first not in lowered:
            continue
        found = pattern(variant).search(cleaned)
        if not found or (phrase(variant) in lex.vendors and _VENDOR_QUALIFIES.match(cleaned, found.end())):
            continue  # "Oracle NetSuite" names NetSuite, not Oracle
        seen_terms.add(term.name)
        claims.append(Claim("skill", term.name, ("term", term.name)))
        term_words.update(tokens(variant))
    claims += _link_claims(text)
    titles = _title_claims(s, lex) + _role_claims(s, lex) + _leading_title(s, lex) + _level_claims(s, lex)
    named = {w for t in titles for w in phrase(t.text).split()}
    claims += [  # "Support lead with 5 years", "As lead accountant": a title's words claim no doing
        c
        for c in _family_claims(s, lex)
        if not (c.kind == "leadership" and set(phrase(c.text).split()) <= named)
    ]
    claims += titles
    claims += _name_claims(s, lex, term_words, common)
    unique: dict[tuple[object, ...], Claim] = {}
    for claim in claims:
        unique.setdefault((claim.kind, *claim.key), claim)
    return list(unique.values())


_ALL_BUT = re.compile(r"\ball but ([a-z]+|\d+) of (the |its |their )?(\d[\d,]*)\b", re.IGNORECASE)


def _counted_rest(match: re.Match[str]) -> str:
    """ "all but two of 20" is "18 of 20": a count, not all of them."""
    lex = lexicon()
    said, whole = match.group(1).lower(), float(match.group(3).replace(",", ""))
    rest = float(said) if said.isdigit() else lex.units.get(said)
    if rest is None or not 0 < rest < whole:
        return match.group(0)
    return f"{whole - rest:g} of {match.group(2) or ''}{match.group(3)}"


_INDEXES: dict[int, tuple[list[Term], list[tuple[Term, str, str]]]] = {}


def _index(terms: list[Term]) -> list[tuple[Term, str, str]]:
    """Each spelling with a lower-case fragment it cannot match without (a cheap prefilter), built once
    per term list."""
    hit = _INDEXES.get(id(terms))
    if hit is not None and hit[0] is terms:
        return hit[1]
    flat = [(t, v, head(v)) for t in terms for v in t.variants]
    if len(_INDEXES) > 16:
        _INDEXES.clear()
    _INDEXES[id(terms)] = (terms, flat)
    return flat


def _by_head(terms: list[Term]) -> dict[str, list[tuple[Term, str]]]:
    """Spellings grouped by their first lower-case word: a whole-keyword match must start with it."""
    grouped: dict[str, list[tuple[Term, str]]] = {}
    for term, variant, first in _index(terms):
        grouped.setdefault(first, []).append((term, variant))
    return grouped


def _quantity_claims(text: str) -> list[Claim]:
    out = []
    for q in quantities(text):
        if q.kind == "number":
            shown = _show(q.value) if not q.in_words else q.text
            level = _level(q.before)
            ceiling = q.before[-1:] in (("under",), ("below",)) or q.before[-2:] in _CEILINGS
            out.append(
                Claim(
                    "number",
                    shown,
                    (
                        "number",
                        q.value,
                        q.unit,
                        "below" if (level or q.unit == TIME) and q.bound == "under" and ceiling else q.bound,
                        q.strict,
                        q.days,
                        q.after in OTHERS,
                        counted(q.value, text),
                        [t for t in q.before if t.isalnum()][-1:] == ["by"] or _less(q, text),  # "by $40K"
                        level,
                    ),
                )
            )
        elif q.kind == "factor":
            out.append(Claim("multiplier", q.text, ("factor", q.value, q.bound)))
        elif q.kind == "range":
            out.append(Claim("magnitude", q.text, ("range", q.value, q.high, q.unit)))
        else:
            shown = _show(q.value) if not q.in_words else q.text
            experience = _experience(
                text, q.text
            )  # "11 years in collections care": the person's, no project's
            out.append(Claim("tenure", shown, ("years", q.value, q.plus, q.bound, experience)))
    return out


_EXPERIENCE = frozenset({"in", "of", "at", "as", "experience", "across"})
"""Words after "N years" that make it the person's experience ("years in", "years of", "years at")."""
_CEILINGS = (("less", "than"), ("fewer", "than"))


def _less(q: Quantity, text: str) -> bool:
    """A time said as what a change saved ("1 hour less", "two days faster"): by how much, as "by" says."""
    if q.unit != TIME or not q.after:
        return False
    if q.before[-1:] and q.before[-1] in _CUTTING:
        return True  # "cut 1 hour from loading", "saved two days"
    return (
        re.search(rf"\b{re.escape(q.text)}\s+{re.escape(q.after)}\s+{_SAVED}", text, re.IGNORECASE)
        is not None
    )


_SAVED = r"(?:less|faster|sooner|shorter|quicker)\b"
_CUTTING = frozenset({"cut", "cuts", "cutting", "saved", "saves", "saving", "shaved", "shaving", "trimmed"})


def _experience(text: str, said: str) -> bool:
    """ "N years" (or "a decade") followed by a word of the person's experience ("11 years in", "years of",
    "a decade at")."""
    found = re.search(rf"\b{re.escape(said)}\+?\s*(?:(?:years?|yrs?)\b)?\W*(\w+)", text, re.IGNORECASE)
    return found is not None and found.group(1).lower() in _EXPERIENCE


_BOUND_WORDS = frozenset(
    {"under", "below", "less", "fewer", "than", "nearly", "almost", "about", "around", "just", "$"}
)


def _level(before: tuple[str, ...]) -> bool:
    """A figure a measure ended at ("cut it to under 5 days", "to 4 days"), not a change ("to a 14-minute
    drop"): "to" right before it, past its bound words."""
    words = list(before)
    while words and words[-1] in _BOUND_WORDS:
        words.pop()
    return words[-1:] == ["to"]


def _link_claims(text: str) -> list[Claim]:
    return [Claim("link", link, ("link", phrase(link))) for link in sorted(links(text))]


def _family_claims(s: _Sentence, lex: Lexicon) -> list[Claim]:
    out: list[Claim] = []
    text = s.text

    def family(kind: str, name: str, found: list[str]) -> None:
        if found:
            out.append(Claim(kind, found[0], ("family", name)))

    family("promotion", "promotion", _occurs(text, _PROMOTION))
    awards = _award_phrases(s, lex)
    if awards:
        nouns = sorted({stem_phrase(a) for a in awards if a in lex.award_triggers})
        out.append(Claim("award", awards[0], ("award", *nouns) if nouns else ("family", "award")))
    family("patent", "patent", _occurs(text, lex.patent))
    family("publication", "publication", _publication_phrases(s, lex))
    out += _talk_claims(s)
    out += _degree_claims(s, lex)
    out += _certification_claims(s)
    for name in sorted(lex.certification_names):
        if contains(text, name) and name not in lex.degree_levels and _written_as_name(s, name):
            out.append(Claim("certification", name, ("cert", name)))
    out += _language_claims(s, lex)
    deeds = _without(text, _acronym_deeds(s.raw, lex))  # "LED fixtures" are lights, not "led"
    out += _leadership_claims(deeds, lex)
    out += _agency_claims(deeds, lex)
    family("leadership", "mentoring", _occurs(text, lex.mentoring))
    clean_text = _without(text, lex.superlative_idioms | lex.first_idioms)
    named = {
        low for i, (word, low) in enumerate(zip(s.words, s.lower, strict=True)) if i and word[:1].isupper()
    }

    def unnamed(found: list[str]) -> list[str]:
        """Without the phrases that are words of a name ("S&P Global", "First National Bank")."""
        return [f for f in found if not set(f.split()) <= named]

    for name, phrases in lex.scope_families.items():
        family("scope", f"scope:{name}", unnamed(_occurs(clean_text, phrases)))
    for name, phrases in lex.superlative_families.items():
        found = unnamed(_occurs(clean_text, phrases))
        if name == "superlative":
            out += [Claim("superlative", word, ("word", word)) for word in found]
        elif name == "record":
            found = [f for f in found if _is_record(clean_text, f)]
            family("superlative", f"superlative:{name}", found)
        else:
            family("superlative", f"superlative:{name}", found)
    out += _superlative_structures(clean_text, lex)
    for name, words in extent_families(text.split()):
        kind = "scope" if name.startswith(("scope:", "frequency:")) else "other"
        out.append(Claim(kind, words, ("family", name)))
    out += [Claim("scope", words, ("family", name)) for name, words in owners(s.raw)]
    for entity in _occurs(text, lex.prestige):
        out.append(Claim("organization", entity, ("phrase", entity)))
    return out


_VENDOR_QUALIFIES = re.compile(r"\s+[A-Z]")
_FIRST_COMPOUND = re.compile(r"\b([^\W\d_]+)[-\u2010\u2011]first\b", re.IGNORECASE)


def _written_as_name(s: _Sentence, name: str) -> bool:
    """A short certification name that is also a word ("SAFe", "CIA") counts only written with a capital."""
    if len(name) > 4 or " " in name:
        return True
    return any(fold(w) == name and w != w.lower() for w in s.words)


_OBJECT_ENDS = frozenset(
    {
        "for",
        "with",
        "in",
        "at",
        "on",
        "across",
        "through",
        "by",
        "to",
        "from",
        "via",
        "during",
        "of",
        "|",
        "while",
    }
)
_MANAGING = frozenset({"managed", "manage", "manages", "managing"})
_NOT_LEADING = frozenset(
    {"on", "in", "for", "with", "joined", "alongside", "trained", "taught", "supported", "served"}
)


_BUILT = frozenset(
    {"built", "assembled", "formed", "founded", "grew", "hired", "recruited", "staffed", "created"}
)
"""Verbs that make a team (who makes one leads it): "assembled a team of 8"."""


def _leadership_claims(text: str, lex: Lexicon) -> list[Claim]:
    """Leading people or an initiative, read with its object: "managed the bar inventory" runs a task
    (no leadership claim), "led monthly sessions" facilitates an event (supported by teaching or
    running it), "managed a team of 3" and "led the overhaul" lead."""
    toks = _without(text, lex.leadership_exclusions).split()
    out: list[Claim] = []
    for at, trigger in _positions(toks, lex.leadership_triggers):
        before = toks[max(0, at - 5) : at]
        if trigger == "team of" and set(before) & (_NOT_LEADING | lex.mentoring):
            continue  # "coached a team of six", "worked on a team of 8": the team is not led
        verb = next((w for w in reversed(before) if w.endswith("ed") and len(w) > 4), "")
        if trigger == "team of" and verb and verb not in lex.leadership_triggers | _BUILT:
            continue  # "Scheduled a team of 18": the verb says what was done with the team; none led it
        start = at + len(trigger.split())
        if (
            toks[start : start + 1] in (["and"], ["or"])
            and toks[start + 1 : start + 2]
            and toks[start + 1] in lex.common_words
        ):
            start += 2  # "managed and trained a team": the object is the second verb's
        window: list[str] = []
        for word in toks[start : start + 6]:
            if word in _OBJECT_ENDS:
                break
            window.append(stem(word))
        people = any(w in lex.people_nouns for w in window)
        if trigger in _MANAGING and (not people or _qualifies_a_task(toks[start : start + 3], lex)):
            continue
        determined = bool(
            set(toks[start : start + 3]) & {"the", "a", "an", "my", "our", "their", "its", "his", "her"}
        )
        if trigger in ("lead", "leads") and not (people or determined):
            continue  # "cost per lead", "improve lead quality": the noun, not the verb
        if not people and any(w in lex.event_nouns for w in window):
            out.append(Claim("leadership", trigger, ("family", "facilitation")))
            continue
        out.append(Claim("leadership", trigger, ("family", "leadership")))
        break
    return out


def _qualifies_a_task(after: list[str], lex: Lexicon) -> bool:
    """ "managed attorney calendars", "managed resident complaints": a bare people word right after the verb
    that qualifies the plural task noun after it (no determiner, no count, no group word)."""
    if len(after) < 2 or not after[1].endswith("s") or after[1].endswith("ss"):
        return False
    first, second = stem(after[0]), stem(after[1])
    return first in lex.people_nouns and second not in lex.people_nouns


def hedged(text: str, lex: Lexicon) -> bool:
    """Whether a sentence shares the credit: a hedge ("helped", "worked with", "co-wrote") or "with"
    followed by people ("with the safety manager", "together with solutions engineers"), not a hedge word
    that modifies people ("support agents"); "with" and a
    count of people is a size, not a partner ("a store with 18 associates")."""
    toks = text.split()
    for at, hedge in _positions(toks, lex.hedges):
        after = toks[at + len(hedge.split()) : at + len(hedge.split()) + 1]
        if " " in hedge or not after or stem(after[0]) not in lex.people_nouns:
            return True  # "support agents", "help desk staff": a noun's modifier shares no credit
    return any(
        word in ("with", "alongside")
        and not _is_count(toks[i + 1 : i + 2])
        and any(stem(w) in lex.people_nouns for w in toks[i + 1 : i + 4])
        for i, word in enumerate(toks)
    )


def _is_count(words: list[str]) -> bool:
    return bool(words) and (words[0].replace(".", "").isdigit() or words[0] in lexicon().units)


def _agency_claims(text: str, lex: Lexicon) -> list[Claim]:
    """Credit a sentence claims: making a thing first ("created", "launched": the source must make it
    too), and doing it alone, unhedged (the source sentence it rewrites must not share the credit:
    "helped set up" does not become "designed and launched", nor "worked with" become "led")."""
    if hedged(text, lex):
        return []  # "helped create the pitch decks" shares the credit it claims
    out = []
    text = _without(text, lex.leadership_exclusions)  # "from start to finish" makes nothing
    made = _occurs(text, lex.origination)
    if made:
        out.append(Claim("leadership", made[0], ("family", "origination")))
    acted = _occurs(text, lex.agency)
    if acted:
        out.append(Claim("leadership", acted[0], ("agency",)))
    return out


def _certification_claims(s: _Sentence) -> list[Claim]:
    """A certification word with the name it certifies ("Certified Scrum Master", "HubSpot certified");
    the word alone when it names nothing."""
    out = []
    triggers = {t for t in _CERT_TRIGGERS if " " not in t}
    for i, low in enumerate(s.lower):
        if low not in triggers:
            continue
        before: list[str] = []
        after: list[str] = []
        j = i - 1
        while (
            j >= 0
            and not s.breaks[j + 1]
            and (_is_capitalized(s.words[j]) or s.words[j].isdigit())
            and s.lower[j] not in STOP  # "As certified public accountant": "As" names nothing
            and not (j == 0 and s.words[j][1:].islower() and _ordinary(s.words[j], lexicon(), frozenset()))
            and len(before) < 4
        ):
            before.insert(0, s.words[j])
            j -= 1
        j = i + 1
        while j < len(s.words) and not s.breaks[j] and _is_capitalized(s.words[j]) and len(after) < 4:
            after.append(s.words[j])
            j += 1
        if not before and not after and s.lower[i + 1 : i + 2] in (["in"], ["as"], ["on"]):
            after = _object_of(s, i + 2)  # "certified in SQL": what it certifies is named after "in"
        name = before or after
        if name:
            out.append(
                Claim("certification", " ".join([*name, s.words[i]]), ("cert", phrase(" ".join(name))))
            )
        else:
            out.append(Claim("certification", s.words[i], ("family", "certification")))
    return out


def _object_of(s: _Sentence, start: int) -> list[str]:
    """The name a preposition introduces: a capitalised run, or up to three words before punctuation or
    a function word ("in SQL", "in life science 7-12", "as a wound care nurse")."""
    words: list[str] = []
    j = start
    while j < len(s.words) and s.lower[j] in ("a", "an", "the"):
        j += 1
    while j < len(s.words) and len(words) < 3 and not (words and s.breaks[j]):
        if s.lower[j] in STOP:
            break
        words.append(s.words[j])
        j += 1
    return words


def _superlative_structures(text: str, lex: Lexicon) -> list[Claim]:
    """Superlatives by structure, not by list: "most <adjective>", "-est" adjectives, "than any"."""
    raw = lex.raw["superlative_structures"]
    out = []
    words = text.split()
    most_not = set(raw["most_exclusions"])
    est_not = set(raw["est_exclusions"])
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if (
            word == "most"
            and nxt
            and nxt.isalpha()
            and nxt not in most_not
            and (i == 0 or words[i - 1] != "at")
        ):
            out.append(Claim("superlative", f"most {nxt}", ("word", f"most {nxt}")))
        elif (
            len(word) > 5
            and word.endswith("est")
            and word.isalpha()
            and word not in est_not
            and f"{word} {nxt}" not in est_not
        ):
            out.append(Claim("superlative", word, ("word", word)))
    for found in _occurs(text, [phrase(p) for p in raw["than_any"]]):
        out.append(Claim("superlative", found, ("family", "superlative:than any")))
    for i, word in enumerate(words[:-1]):
        nxt = words[i + 1]
        ranked = (nxt.endswith(("er", "or", "ist")) and len(nxt) > 4) or stem(nxt) in lex.people_nouns
        if word == "top" and ranked and (i == 0 or words[i - 1] not in ("on", "to", "at", "from")):
            out.append(
                Claim("superlative", f"top {nxt}", ("family", "superlative:top"))
            )  # "the agency's top biller"
    return out


def stem_phrase(text: str) -> str:
    return " ".join(stem(w) for w in text.split())


_RECORD_NOT = re.compile(
    r"(?:medical|patient|health|financial|student|public|accurate|track|on|off|for|criminal|service|employment|"
    r"paper|electronic|vendor|customer|inventory|training|safety|maintenance|shipping|the|\d+) record(?: |$)"
    r"|record (?:keeping|keeper|of|and|management|retention|system|systems|request|requests|entry|label)"
)


def _is_record(text: str, found: str) -> bool:
    """ "record" as an achievement ("a company record", "record revenue"), not as a document."""
    if found != "record":
        return found != "records"
    cleaned = _RECORD_NOT.sub(" ", text)
    return bool(re.search(r"(?:^| )record(?: |$)", cleaned))


def _award_phrases(s: _Sentence, lex: Lexicon) -> list[str]:
    found = _occurs(s.text, lex.award_triggers)
    words = s.lower
    for i, word in enumerate(words):
        objects = lex.award_verbs.get(word)
        if objects is None:
            continue
        after = " ".join(words[i + 1 : i + 6])
        if "" in objects or any(contains(after, o) for o in objects):
            found.append(word)
    return found


def _talk_claims(s: _Sentence) -> list[Claim]:
    """A talk or a poster at a venue (a conference, a summit, a named meeting), typed: a poster, a talk,
    an invited or keynote talk, or a presentation of either kind. Presenting at the weekly review is not
    one."""
    lower = s.lower
    said = set(lower)
    for i, word in enumerate(lower):
        if word not in _TALKS:
            continue
        at = next((k for k in range(i + 1, min(len(lower), i + 5)) if lower[k] == "at"), None)
        if at is not None and (any(s.breaks[i + 1 : at + 1]) or lower[i + 1] in ("skill", "skills")):
            at = None  # "(spotlight presentation, top 5%) at NVIDIA", "speaking skills at": no venue
        if at is None and word not in ("keynote", "keynoted"):
            continue
        start = (at if at is not None else i) + 1
        named = any(
            _is_capitalized(s.words[k]) or lower[k] in _VENUES
            for k in range(start, min(len(lower), start + 6))
        )
        if not named and not said & {"keynote", "keynoted", "invited", "guest", "featured", "plenary"}:
            continue
        if said & {"poster", "posters"}:
            kind = "poster"
        elif said & {"keynote", "keynoted", "invited", "plenary"}:
            kind = "invited"
        elif word.startswith("present"):
            kind = "presentation"
        else:
            kind = "talk"
        return [Claim("publication", " ".join(s.words[i:start]), ("family", f"publication:{kind}"))]
    return []


def _publication_phrases(s: _Sentence, lex: Lexicon) -> list[str]:
    text = _without(s.text, _NOT_PUBLICATION)
    found = [
        p
        for p in _occurs(text, lex.publication)
        if p not in _TALK_WORDS
        and p
        not in {
            "paper",
            "papers",
            "book",
            "books",
            "chapter",
            "column",
            "speaker",
            "podcast",
            "journal",
            "journals",
            "thesis",
            "cited",
        }
    ]
    found += _occurs(text, _PUBLICATION_CONTEXT)
    if contains(text, "journal") and not contains(text, "journal entry"):
        found.append("journal")
    for i, word in enumerate(s.lower):
        if word in ("authored", "wrote", "written") and any(
            o in lex.authored_objects and o not in ("report", "reports", "research")
            for o in s.lower[i + 1 : i + 5]
        ):
            found.append(word)
    return found


def _degree_claims(s: _Sentence, lex: Lexicon) -> list[Claim]:
    out = []
    words, lower = s.words, s.lower
    for i, word in enumerate(lower):
        two = " ".join(lower[i : i + 2])
        form = two if two in lex.degree_levels else word if word in lex.degree_levels else None
        if form is None:
            continue
        if form in lex.degree_ambiguous:
            raw = words[i]
            marked = raw.isupper() or "." in raw
            after = lower[i + 1] if i + 1 < len(lower) else ""
            before = lower[i - 1] if i > 0 else ""
            if not marked or not (after in _DEGREE_CONTEXT_AFTER or before in _DEGREE_CONTEXT_BEFORE):
                continue
        level = lex.degree_levels[form]
        after_form = i + len(form.split())
        if form.endswith((" of", " in")):
            after_form -= 1
        degree_field = _field_after(s, after_form) or lex.degree_fields.get(form)
        out.append(Claim("degree", words[i], ("degree", level, degree_field)))
    for generic in _occurs(s.text, lex.degree_generic):
        if generic == "degree" and not re.search(r"degree (?:in|from)|s degree|graduate degree", s.text):
            continue
        out.append(Claim("degree", generic, ("degree", None, None)))
    return out


def _positions(toks: list[str], phrases: frozenset[str] | dict[str, int]) -> list[tuple[int, str]]:
    """Where each phrase occurs in a token list (start index, phrase), longest phrases first."""
    index = _phrase_index(phrases)
    found: list[tuple[int, str]] = []
    taken: set[int] = set()
    candidates = sorted(
        ((i, p) for i, word in enumerate(toks) for p in index.get(word, ())), key=lambda x: -len(x[1].split())
    )
    for i, p in candidates:
        size = len(p.split())
        if toks[i : i + size] == p.split() and not taken & set(range(i, i + size)):
            found.append((i, p))
            taken.update(range(i, i + size))
    return sorted(found)


_PHRASE_INDEXES: dict[int, tuple[object, dict[str, list[str]]]] = {}


def _phrase_index(phrases: frozenset[str] | dict[str, int]) -> dict[str, list[str]]:
    """Phrases by their first word, built once per word class (the classes live for the container)."""
    hit = _PHRASE_INDEXES.get(id(phrases))
    if hit is not None and hit[0] is phrases:
        return hit[1]
    index: dict[str, list[str]] = {}
    for p in phrases:
        if p:
            index.setdefault(p.split()[0], []).append(p)
    _PHRASE_INDEXES[id(phrases)] = (phrases, index)
    return index


def _field_after(s: _Sentence, j: int) -> str | None:
    """The field a degree names after "in" or "of" ("B.S. in Civil Engineering from NC State" → "civil
    engineering"): content words, joined by "in", "of" or "and", up to punctuation or another word."""
    if j < len(s.lower) and s.lower[j] in ("degree", "degrees") and not s.breaks[j]:
        j += 1
    if j >= len(s.lower) or s.lower[j] not in ("in", "of") or s.breaks[j]:
        return None
    taken: list[str] = []
    style = ""
    for k in range(j + 1, min(len(s.lower), j + 8)):
        word = s.lower[k]
        if s.breaks[k] or (word in STOP and word not in ("in", "of", "and")):
            break
        if word not in ("in", "of", "and"):
            raw = s.words[k]
            shape = "upper" if raw.isupper() and len(raw) > 1 else "title" if raw[:1].isupper() else "lower"
            if style and shape != style:
                break  # "Economics and NMLS registration": the field ended
            style = shape
        taken.append(word)
    while taken and taken[-1] in ("in", "of", "and"):
        taken.pop()
    return " ".join(taken) or None


_SPOKEN_BEFORE = frozenset({"in", "speak", "speaks", "spoke", "speaking", "and", "or", "of", "languages"})
_SPOKEN_AFTER = frozenset(
    {
        "speaker",
        "speakers",
        "speaking",
        "language",
        "languages",
        "fluency",
        "proficiency",
        "translation",
        "translator",
        "interpreter",
        "interpreting",
        "instruction",
        "and",
        "or",
        "as",
    }
)


def _language_claims(s: _Sentence, lex: Lexicon) -> list[Claim]:
    """Each language named, with the level the sentence gives it (the nearest level word within four
    words: "fluent in Spanish", "conversational Italian", "Bilingual (English/Korean)"), 0 if none."""
    out = []
    toks = s.text.split()
    levels = _positions(toks, lex.proficiency)
    named: list[tuple[int, int, str, int]] = []  # (start, end, language, level)
    for at, language in _positions(toks, lex.languages):
        end = at + len(language.split())
        near = [(abs(i - at), lex.proficiency[word]) for i, word in levels if abs(i - at) <= 4]
        after = toks[end] if end < len(toks) else ""
        before = toks[at - 1] if at else ""
        spoken = before in _SPOKEN_BEFORE or after in _SPOKEN_AFTER or after in lex.languages or not after
        if not near and not spoken and after not in STOP:
            continue  # "a Thai restaurant", "Japanese automakers": a nationality, not a language spoken
        named.append((at, end, language, min(near)[1] if near else 0))
    for k in range(1, len(named)):  # a list shares its level: "fluent in English, Romanian, and French"
        gap = toks[named[k - 1][1] : named[k][0]]
        if all(w in ("and", "or") for w in gap):
            shared = max(named[k - 1][3], named[k][3])
            named[k - 1] = (*named[k - 1][:3], shared)
            named[k] = (*named[k][:3], shared)
    for k in range(len(named) - 2, -1, -1):
        gap = toks[named[k][1] : named[k + 1][0]]
        if all(w in ("and", "or") for w in gap):
            named[k] = (*named[k][:3], max(named[k][3], named[k + 1][3]))
    for _, _, language, level in named:
        canonical = lex.language_families.get(language, language)
        out.append(Claim("language", language, ("language", canonical, level)))
    for word, count in lex.multilingual.items():
        if contains(s.text, word):
            out.append(Claim("language", word, ("multilingual", count)))
    if not out and contains(s.text, "languages"):
        for word in _occurs(s.text, lex.fluency):
            out.append(Claim("language", word, ("family", "fluency")))
            break
    return out


_POSSESSIVE = re.compile(r"(\w)['’]s?\b")
_OWNER = "zzowner"
"""Stands for a possessive while titles are read: "as the unit's charge nurse" names the title "charge nurse"."""
_TITLE_TAILS = (("in", "charge"), ("of", "record"))


_HEADS_OF = frozenset({"head", "director", "chief", "president"})
_OF_ENDS = frozenset(
    {
        "during",
        "for",
        "while",
        "at",
        "in",
        "to",
        "and",
        "with",
        "on",
        "by",
        "from",
        "after",
        "before",
        "until",
    }
)


def _headed(following: list[str], stop: int, marked: set[str]) -> list[str]:
    """What a head's title is of ("head of the science department"): the head of one thing is not the head
    of another ("head of year" is no "head of the science department"). Up to three words after "of", to
    a mark (`marked`: the words a comma or a stop follows)."""
    if not stop or following[stop - 1] not in _HEADS_OF or following[stop : stop + 1] != ["of"]:
        return []
    out: list[str] = []
    for word in following[stop + 1 : stop + 5]:
        if word in _OF_ENDS or len(out) == 3:
            break
        if word not in ("the", "a", "an", _OWNER):
            out.append(word)
        if word in marked:
            break
    return out


def _title_claims(s: _Sentence, lex: Lexicon) -> list[Claim]:
    """Titles after an introducer ("promoted to", "as a", "became"), up to their last head word ("nurse
    manager", "pharmacist in charge"), without a possessive before them."""
    out = []
    owned = _POSSESSIVE.sub(lambda m: f"{m.group(1)} {_OWNER}", s.raw)
    text = f" {phrase(owned)} "
    marked = {phrase(m.group(1)) for m in re.finditer(r"(\w+)\s*[,;:.()]", s.raw)}
    for introducer in lex.title_introducers:
        for match in re.finditer(rf"(?<= ){re.escape(introducer)} ((?:\S+ ){{0,6}})", text):
            following = match.group(1).split()
            for end, word in enumerate(following):
                if word in lex.title_heads:
                    stop = end + 1
                    while stop < len(following) and following[stop] in lex.title_heads:
                        stop += 1
                    if tuple(following[stop : stop + 2]) in _TITLE_TAILS:
                        stop += 2
                    title = following[:stop] + _headed(following, stop, marked)
                    if _OWNER in title:
                        title = title[len(title) - title[::-1].index(_OWNER) :]
                    title = [w for w in title if w not in ("a", "an", "the")]
                    if title and all(
                        w in lex.title_heads or w in lex.title_modifiers or w.isalpha() for w in title
                    ):
                        out.append(Claim("title", " ".join(title), ("title", _title_key(title, lex))))
                    break
                if word in ("and", "or", "to", "for", "with", "of", "in", "at", "on", "by"):
                    break
    return out


_ROLE_HELD = re.compile(
    r"(?<= )(?:held|holds|holding|stepped into|stepping into|took on|taking on|moved into|moving into|filled|"
    r"filling|assumed|assuming) (?:the |a |an )?((?:[a-z]+ ){1,4})(?:role|position|post|seat|job)\b"
)


def _role_claims(s: _Sentence, lex: Lexicon) -> list[Claim]:
    """A title named as the role held ("held the charge nurse role", "stepped into the head of department
    position"): a title claim, like one after "as"."""
    out = []
    for match in _ROLE_HELD.finditer(f" {phrase(s.raw)} "):
        title = match.group(1).split()
        if any(w in lex.title_heads for w in title) and all(w.isalpha() for w in title):
            out.append(Claim("title", " ".join(title), ("title", _title_key(title, lex))))
    return out


_LEVEL = re.compile(r"(?<![\w])(\w+) level (?:role|roles|position|positions|capacity|post|job|title|seat)\b")
_NOT_RANKS = frozenset(("entry", "mid", "junior", "jr", "apprentice", "associate", "assistant", "1", "i"))


def _level_claims(s: _Sentence, lex: Lexicon) -> list[Claim]:
    """A rank given as a level of the person's role ("in a director-level role", "a VP-level
    position"): a title claim of that rank, which the source's own titles must support."""
    out = []
    for match in _LEVEL.finditer(phrase(s.raw)):
        rank = "chief" if match.group(1) == "c" else match.group(1)
        if rank in _NOT_RANKS or not (rank in lex.title_heads or rank in lex.title_modifiers):
            continue
        out.append(Claim("title", match.group(0), ("title", _title_key([rank], lex))))
    return out


def _leading_title(s: _Sentence, lex: Lexicon) -> list[Claim]:
    """The title a sentence opens with ("Nurse manager with 7 years", "Senior graphic designer for 7
    clients", "Senior account executive selling ..."): its opening noun phrase (up to a verb), when that
    phrase ends in a title head, keyed by its title words."""
    phrase_words: list[str] = []
    article = int(len(s.lower) > 2 and s.lower[0] in ("a", "an"))  # "A director of operations ..."
    for i, word in enumerate(s.lower):
        if i < article:
            continue
        if (i > article and s.breaks[i]) or word in STOP or not word.isalpha():
            break
        if (
            phrase_words
            and (phrase_words[-1] in lex.title_heads or _ranked_trade(phrase_words, lex))
            and word.endswith(("ing", "ed"))
        ):
            break  # "Senior account executive selling ...": a verb phrase follows the title
        phrase_words.append(phrase(word))
    words = s.words[article:]
    lower = next((k for k in range(len(phrase_words)) if not words[k][:1].isupper()), 0)
    if lower >= 2 and not article:  # "President's Club account executive": a name, then the title
        phrase_words = phrase_words[lower:]
    else:
        lower = 0
    ranked = _ranked_trade(phrase_words, lex)
    if not phrase_words or (
        not ranked and (phrase_words[-1] not in lex.title_heads or phrase_words[-1] in lex.generic_heads)
    ):
        return []  # "Hospitality leader with 12 years" describes, it names no title
    title = [
        w
        for w in phrase_words
        if (w in lex.title_heads or w in lex.title_modifiers or (ranked and w == phrase_words[-1]))
        and w not in lex.certification_words
    ]
    shown = words[lower : lower + len(phrase_words)]
    return [Claim("title", " ".join(shown), ("title", _title_key(title, lex)))]


_RANKS = frozenset(("lead", "chief", "head", "senior", "sr", "principal", "master", "staff"))
_AGENT = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|smith|wright|man|woman)$")


def _ranked_trade(words: list[str], lex: Lexicon) -> bool:
    """A rank before a trade the lexicon does not list as a title ("Lead Locksmith", "chief
    hydrographer"): a title all the same, which the source's own titles must hold."""
    return (
        len(words) >= 2
        and words[-2] in _RANKS
        and bool(_AGENT.fullmatch(words[-1]))
        and words[-1] not in lex.generic_heads
    )


ORG_WIDE = "scope:organization-wide"
_EVERY_PLACE = re.compile(r"\b(?:every|all)\s+([a-z]+)$")
"""An organisation-wide phrase that quantifies over places ("every site", "all branches")."""

_OTHERS_CUES = frozenset(
    stem(w)
    for w in (
        "with",
        "to",
        "for",
        "under",
        "alongside",
        "beside",
        "by",
        "from",
        "assisted",
        "supported",
        "helped",
    )
)
"""What a source sentence says before the title of someone it works with or for. Narrower than what
marks a rewrite's mention as someone else's (any "the/our/my"): both err towards keeping a rewrite."""
_OTHERS_DETERMINERS = frozenset(("the", "our", "their", "his", "her", "its", "my", "each", "every"))
_SELF_INTRODUCERS = frozenset(
    stem(w)
    for w in (
        "as",
        "became",
        "become",
        "becoming",
        "named",
        "appointed",
        "elected",
        "hired",
        "served",
        "serving",
    )
)
_PROMOTIONS = frozenset(
    stem(w)
    for w in ("promoted", "advanced", "elevated", "rose", "up", "appointed", "named", "moved", "return")
)
_OTHER = "zzother"


def _someone_else(before: list[str]) -> bool:
    """Whether the stemmed words before a title say it is someone else's: "the/our/my..." right before
    it ("with the head chef", "reported to our CFO", "and the CFO"), unless they introduce the person's
    own ("as the", "became the", "promoted to the")."""
    if not before or before[-1] not in _OTHERS_DETERMINERS:
        return False
    prev = before[-2] if len(before) >= 2 else ""
    if prev in _SELF_INTRODUCERS:
        return False
    return not (prev == "to" and len(before) >= 3 and before[-3] in _PROMOTIONS)


def _others_titles_masked(said: list[str]) -> list[str]:
    """Stemmed tokens with every title someone else holds replaced: after a cue and a determiner
    ("with the", "to our", "for the"), up to three words ending in a title head ("with the head
    chef", "reported to our VP of Sales")."""
    lex = lexicon()
    heads = {stem(w) for w in lex.title_heads}
    out = list(said)
    for i in range(1, len(said) - 1):
        if said[i - 1] not in _OTHERS_CUES or not _someone_else(said[max(0, i - 2) : i + 1]):
            continue
        window = said[i + 1 : i + 4]
        last = max((k for k, w in enumerate(window) if w in heads), default=-1)
        for k in range(last + 1):
            out[i + 1 + k] = _OTHER
    return out


def _title_key(words: list[str], lex: Lexicon) -> str:
    expanded = " ".join(lex.title_abbreviations.get(w, w) for w in words)
    return " ".join(stem(w) for w in expanded.split())


def _is_capitalized(word: str) -> bool:
    return word[:1].isupper() or (word[:1].isalpha() and any(c.isupper() for c in word[1:]))


def _ordinary(word: str, lex: Lexicon, common: frozenset[str]) -> bool:
    low = phrase(word)
    return (
        low in lex.common_words
        or low in common
        or low in lex.title_heads
        or low in lex.title_modifiers
        or bool(_INFLECTED.fullmatch(low))
    )


def _name_claims(s: _Sentence, lex: Lexicon, term_words: set[str], common: frozenset[str]) -> list[Claim]:
    """Capitalised names (and their runs: "Bank of America"), classified as title, place or organisation."""
    words = s.words
    alpha = [w for w in words if w[:1].isalpha() and len(w) > 3]
    title_case = len(alpha) >= 4 and sum(_is_capitalized(w) for w in alpha) / len(alpha) >= 0.7
    flags = []
    for i, word in enumerate(words):
        low = phrase(word)
        name = _is_capitalized(word) and word[:1].isalpha()
        if name and (
            low in lex.generic_acronyms
            or low in lex.months
            or low in term_words
            or low in lex.languages
            or low in lex.degree_levels
        ):
            name = False
        if (
            name
            and low in lex.vendors
            and i + 1 < len(words)
            and _is_capitalized(words[i + 1])
            and not s.breaks[i + 1]
        ):
            name = False  # "Microsoft Excel": the maker qualifies the product
        if name and title_case and low in lex.common_words:
            name = False
        elif name and i == 0:
            nxt = words[1] if len(words) > 1 else ""
            marked = (word.isupper() and len(word) > 1) or any(c.isupper() for c in word[1:])
            followed = bool(nxt) and _is_capitalized(nxt) and phrase(nxt) not in lex.generic_acronyms
            followed = followed or (  # "Bank of America ...": a name's connector and its next word
                phrase(nxt) in _NAME_CONNECTORS and len(words) > 2 and _is_capitalized(words[2])
            )
            known = (
                low in lex.places
            )  # an organisation's head word alone opens a sentence as a noun ("Healthcare ...")
            name = (marked or followed or known) and not (_ordinary(word, lex, common) and not marked)
        flags.append(name)
    glossed = [
        (set(run[start:]), stem_phrase(phrase(m.group(2))))
        for m in GLOSSED.finditer(s.raw)
        if len(_raw_words(m.group(2))) >= 2
        for run in [_raw_words(m.group(1))]
        for start in [rendered_from(run, m.group(2))]
        if start is not None
    ]  # "Dupré Mills (Moulins Dupré SARL)" is the source's name; "Martin Mills (Moulins Dupré SARL)" is not
    out = []
    i = 0
    while i < len(words):
        if not flags[i]:
            i += 1
            continue
        j = i + 1
        while j < len(words) and not s.breaks[j]:
            if flags[j]:
                j += 1
            elif (
                phrase(words[j]) in _NAME_CONNECTORS
                and j + 1 < len(words)
                and flags[j + 1]
                and not s.breaks[j + 1]
            ):
                j += 2
            else:
                break
        span = words[i:j]
        claim = _classify_name(span, words[i - 1] if i > 0 else "", lex)
        if claim.kind == "title" and _someone_else([stem(phrase(w)) for w in words[max(0, i - 3) : i]]):
            claim = Claim("title", claim.text, (*claim.key, _OTHER))  # "for the CFO": not the person's title
        defined = re.search(r"[\s\-]+".join(map(re.escape, span)) + r"\s*\(([A-Z][A-Za-z0-9&]{1,9})\)", s.raw)
        if defined and not any(
            _abbreviates(defined.group(1), run) for run in _runs_before(s.raw, defined.start(1))
        ):
            defined = None  # "American Institute of Architects (AIC)": a gloss that names another body
        if defined and claim.key[0] == "name":  # "Sarbanes-Oxley (SOX)": the source's SOX, spelled out
            claim = Claim(claim.kind, claim.text, (*claim.key, stem(defined.group(1).lower())))
        else:  # "Lisbon City Council (Câmara Municipal de Lisboa)": the source's name, translated
            gloss = next((g for run, g in glossed if set(span) <= run), None)
            if gloss and claim.key[0] == "name":
                claim = Claim(claim.kind, claim.text, (*claim.key, gloss))
        out.append(claim)
        i = j
    return out


def _classify_name(span: list[str], before: str, lex: Lexicon) -> Claim:
    low = [phrase(w) for w in span]
    text = " ".join(span)
    joined = " ".join(low)
    if low[-1] in lex.title_heads and (
        len(low) > 1 or low[-1] not in ("head", "chair", "partner", "associate")
    ):
        return Claim("title", text, ("title", _title_key(low, lex)))
    if joined in lex.places:
        return Claim("place", text, ("name", tuple(stem(w) for w in low)))
    significant = tuple(stem(w) for w in low if w not in lex.org_suffixes and w not in _CONNECTORS) or tuple(
        stem(w) for w in low
    )
    organisation = (
        low[-1] in lex.org_heads or low[-1] in lex.org_suffixes or phrase(before) in lex.org_introducers
    )
    return Claim("organization" if organisation else "name", text, ("name", significant))


# ------------------------------------------------------------------------------------ support


def _clipped(short: str, word: str) -> bool:
    """A word cut short to its first three letters or more, the plural kept ("ops" for "operations",
    "mass" for "massachusetts")."""
    cut = short[:-1] if short.endswith("s") and len(short) >= 3 else short
    return len(short) >= 3 and len(cut) <= len(word) - 3 and word.startswith(cut)


def _contracted(short: str, word: str) -> bool:
    """A word contracted to its first and last letters and some between, in order ("dept" for
    "department", "ct" for "court", "natl" for "national", "mgmt" for "management")."""
    if not (
        2 <= len(short) <= 5 and len(word) >= len(short) + 3 and short[0] == word[0] and short[-1] == word[-1]
    ):
        return False
    rest = iter(word[1:-1])
    return all(c in rest for c in short[1:-1])


_HEADS_BEFORE = frozenset({"court", "office", "bureau", "board", "commission", "department", "ministry"})
"""Heads a name may put first or last ("Department of Natural Resources", "Natural Resources
Department")."""


def _initials(words: list[str]) -> set[str]:
    """Acronyms of the capitalised runs in a text ("New York University" → "nyu")."""
    out: set[str] = set()
    run: list[str] = []
    for word in [*words, ""]:
        if word and _is_capitalized(word):
            run.append(word)
            continue
        if len(run) >= 2:
            out.add("".join(w[0] for w in run).lower())
            significant = [w for w in run if w.lower() not in _CONNECTORS]
            out.add("".join(w[0] for w in significant).lower())
            dotted = [w.replace(".", "") if "." in w.rstrip(".") else w[0] for w in significant]
            out.add("".join(dotted).lower())  # "J.P. Morgan": JPM
        run = []
    return out


_JOINERS = frozenset({"of", "in", "and", "&", "for", "per"})


def _phrase_initials(text: str) -> set[str]:
    """Acronyms a text spells out in any case ("registered nurse" → "rn", "Bachelor of Science in Nursing"
    → "bsn", "distribution centers" → "dc"): initials of each noun phrase (a run of content words
    between punctuation and function words) and of its endings, joiners ("of", "and") kept or left out."""
    words, breaks = _split_words(text)
    out: set[str] = set()
    chunk: list[str] = []
    for i, raw in enumerate([*words, ""]):
        word = fold(raw)
        joiner = word in _JOINERS and bool(chunk) and i + 1 < len(words) and not breaks[i + 1]
        if word and not (i < len(breaks) and breaks[i]) and (joiner or (word not in STOP and word.isalpha())):
            chunk.append(word)
            continue
        content = [w for w in chunk if w not in _JOINERS]
        for start in range(len(content) - 1):
            out.add("".join(w[0] for w in content[start:]))
            if len(content) - start >= 3:  # "owner-architect-contractor meetings" also spells "OAC"
                out.add("".join(w[0] for w in content[start:-1]))
        if len(chunk) > len(content) >= 2:  # joiners kept: "bill of lading" is "BOL", after any verb
            out.update(
                "".join(w[0] for w in chunk[start:])
                for start in range(len(chunk) - 2)
                if chunk[start] not in _JOINERS
            )
        chunk = [word] if word and word not in STOP and word.isalpha() else []
    return out


def _years(value: str | None, today: datetime.date) -> float | None:
    if not value:
        return None
    if value.strip().lower() in ("present", "current", "now", "today"):
        return today.year + (today.month - 1) / 12
    match = re.match(r"((?:19|20)\d{2})(?:-(\d{2}))?", value.strip())
    if not match:
        return None
    return int(match.group(1)) + (int(match.group(2) or 1) - 1) / 12


def span_years(periods: Iterable[tuple[str | None, str | None]], today: datetime.date | None = None) -> float:
    """Years from the earliest start to the latest end (an open end is today)."""
    today = today or datetime.date.today()
    starts, ends = [], []
    for start, end in periods:
        begin = _years(start, today)
        if begin is None:
            continue
        starts.append(begin)
        finish = _years(end, today) if end else _years("present", today)
        ends.append(finish if finish is not None else begin)
    return max(ends) - min(starts) if starts and ends else 0.0


_TRAINING = frozenset(
    {"trained", "taught", "instructed", "onboarded", "educated", "precepted", "coached", "mentored"}
)
_TALK_IMPLIES = {"invited": ("talk", "presentation"), "talk": ("presentation",), "poster": ("presentation",)}
"""A source's invited talk supports a talk and a presentation; a poster supports "presented", not a talk."""


def _per(value: float, said: str, source: str) -> tuple[float, ...]:
    """An amount given per one period as the source gives it per another ("$40K a month" as a year's
    $480K; a day's of five or seven a week); as it is where either gives none or both the same."""
    if said == source or not per_year(said) or not per_year(source):
        return (value,)
    return tuple(value * a / b for a in per_year(said) for b in per_year(source))


DURATION = "duration:"
_LONGER = ("over", "more than", "longer than")
_SHORTER = ("within", "in under", "under", "less than", "inside", "in less than")


def _in_days(family: str) -> float | None:
    """A duration family's length in days ("duration:18m" is 547.2)."""
    size = family[len(DURATION) :]
    if not size[:-1].replace(".", "", 1).isdigit():
        return None
    return float(size[:-1]) * (30.4 if size.endswith("m") else 1.0)


def _within(claimed: float, actual: float, bound: str) -> bool:
    """A span of `claimed` days said of one of `actual` days: over it is longer, under it is shorter,
    anything else the same up to a tenth."""
    if bound == "over":
        return actual > claimed
    if bound == "under":
        return 0.75 * claimed <= actual <= claimed
    return abs(actual - claimed) <= 0.1 * claimed


def _span_fits(claim: Claim, family: str) -> bool:
    """A span the rewrite states ("over a year", "within two months", "for a year and a half") fits the
    one the source sentence states ("for 18 months")."""
    if family == claim.key[1]:
        return True
    if not family.startswith(DURATION):
        return False
    return _lasts(claim, _in_days(family))


def _lasts(claim: Claim, actual: float | None) -> bool:
    """A span the rewrite states fits a length in days the source states (a span, or a count of time:
    "Cut month-end close from 10 to 5 days" says the close takes 5 days)."""
    claimed = _in_days(str(claim.key[1]))
    if claimed is None or actual is None:
        return False
    said = claim.text.lower()
    bound = "over" if said.startswith(_LONGER) else "within" if said.startswith(_SHORTER) else ""
    if bound == "within":
        return claimed / 4 <= actual <= claimed  # a span of its order: "within 48 hours" is no month
    return _within(claimed, actual, bound)


UNIVERSAL = "scope:universal:"
EACH = "scope:each:"
BOUND_FAMILIES = (
    "leadership",
    "facilitation",
    "origination",
    "mentoring",
    "scope:",
    "superlative:",
    "frequency:",
    "duration:",
    "outcome:",
)
"""Family claims that must attach to the same activity: a source sentence with that family and with
words in common with the claim's sentence (leading one thing does not support leading another)."""


_FROM_TO = re.compile(r"\bfrom (?:the )?[a-z][\w ]{0,30}? (?:to|through) (?:the )?[a-z]")
"""A process from its first step to its last ("from intake to discharge"), no change of a figure."""


class _Unit(Slotted):
    """One source sentence: its content words, its numbers (stated and implied) and its claim families."""

    __slots__ = ("families", "figures", "period", "quantified", "words")
    words: frozenset[str]
    figures: Figures
    families: set[str]
    period: str
    """What its amounts are per ("month"), or ""."""
    quantified: frozenset[str]
    """The words its universals quantify ("inpatient", "unit" of "all inpatient units")."""

    def __init__(
        self,
        words: frozenset[str],
        figures: Figures,
        families: set[str],
        period: str = "",
        quantified: frozenset[str] = frozenset(),
    ) -> None:
        self.words = words
        self.figures = figures
        self.families = families
        self.period = period
        self.quantified = quantified


_QUANTIFIERS = frozenset({"every", "all", "each", "entire", "whole"})
_PHRASE_ENDS = frozenset({"before", "after", "during", "across", "within", "over", "under", "through", "per"})


def _quantified(toks: list[str]) -> frozenset[str]:
    """The words each quantifier of a sentence ranges over, stemmed: the noun phrase after it, up to a
    function word ("every joint before the weld inspection": joint; "each of the 12 clinics": clinic;
    "all inpatient unit invoices at month end": inpatient, unit, invoice)."""
    out: set[str] = set()
    for i, word in enumerate(toks):
        if word not in _QUANTIFIERS:
            continue
        j = i + 1
        while j < len(toks) and (toks[j] in STOP or not toks[j].isalpha()):
            j += 1  # "each of the 12 clinics"
        start = j
        while j < len(toks) and j < start + 4 and toks[j].isalpha():
            if toks[j] in STOP or toks[j] in _PHRASE_ENDS:
                break
            out.add(stem(toks[j]))
            j += 1
    return frozenset(out)


_ANALYSED: dict[int, tuple[list[Term], dict[str, tuple[_Unit, frozenset[tuple[object, ...]]]]]] = {}


PART = "scope:part"
_PART_OF = re.compile(r"\b(\w+) of (?:the |its |their |our )?(\w+)\b")


def _partial(said: str) -> bool:
    """Whether a sentence counts a strict part of a whole ("3 of the 4 yards", "two of three crews")."""
    units = lexicon().units
    for match in _PART_OF.finditer(said):
        part, whole = (float(w) if w.isdigit() else units.get(w) for w in (match.group(1), match.group(2)))
        if part is not None and whole is not None and 0 < part < whole:
            return True
    return False


def _analysed(sentence: str, terms: list[Term]) -> tuple[_Unit, frozenset[tuple[object, ...]]]:
    """One source sentence read once: every scope holding it (a job, the person, the whole resume)
    shares the reading."""
    slot = _ANALYSED.get(id(terms))
    if slot is None or slot[0] is not terms:
        if len(_ANALYSED) > 16:
            _ANALYSED.clear()
        slot = (terms, {})
        _ANALYSED[id(terms)] = slot
    cached = slot[1].get(sentence)
    if cached is not None:
        return cached
    lex = lexicon()
    found = quantities(sentence)
    figures = Figures.of(found, sentence)
    keys = frozenset(c.key for c in find_claims(sentence, terms))
    families = {str(k[1]) for k in keys if k[0] == "family"}
    said = _without(phrase(sentence), _acronym_deeds(sentence, lex))
    if _led(said, lex):
        families.add("leadership")
    if "leadership" in families or _occurs(said, lex.facilitation):
        families.add("facilitation")
    if _occurs(said, lex.making):
        families.add("origination")
    if hedged(said, lex):
        families.add("hedged")
    if _FROM_TO.search(said):
        families.add("scope:end-to-end")  # "from check-in to checkout": the whole of a process
    if any(f.startswith((UNIVERSAL, EACH)) for f in families):
        families.add("scope:wide")  # "for all 3 clinics" is clinic-wide
    if said.split()[:1] and said.split()[0] in lex.agency:
        families.add("agency")  # its own main verb claims the doing ("Ran 25 tests with the team")
    if any(k[0] == "award" for k in keys):
        families.add("award")
    if _partial(said):
        families.add(PART)  # "at 3 of the 4 sites": not all of them
    if "leadership" in families or _occurs(said, _TRAINING):
        families.add("mentoring")  # coaching restates training, not only leading
    toks = tokens(sentence)
    words = _words(sentence)
    if words & lex.people_nouns:  # "12 nurses and 4 aides": what "a team of 16" restates
        counts = {v for v, unit in figures.derived if not unit} | {
            v for v, u in figures.stated.items() if "" in u
        }
        words |= {_people(v) for v in counts}
    result = (_Unit(words, figures, families, period(toks), _quantified(toks)), keys)
    if len(slot[1]) > 4096:
        slot[1].clear()
    slot[1][sentence] = result
    return result


_MODEL = re.compile(r"((?:[A-Z][\w&'-]*\s+){1,3})(\d{2,5})\b")
_CODE_JOINERS = re.compile(r"[\s\-\u2010\u2011]")


@cache
def _model_codes(text: str) -> frozenset[str]:
    """The codes of the models a source text names ("Embraer 175": E175; "DairyComp 305": D305, DC305)."""
    out: set[str] = set()
    for match in _MODEL.finditer(text):
        words, number = match.group(1).split(), match.group(2)
        for k in range(1, len(words) + 1):
            out.add("".join(w[0] for w in words[-k:]).upper() + number)
            out.add("".join(c for w in words[-k:] for c in w if c.isupper()) + number)
    return frozenset(out)


_CAPITALS = re.compile(r"\b[A-Z]{3,}\b")


def _acronym_deeds(raw: str, lex: Lexicon) -> frozenset[str]:
    """Words of leading or doing the text writes only as an acronym ("LED", "RAN"): no claim of either."""
    caps = _CAPITALS.findall(raw)
    if not caps:
        return frozenset()
    deeds = lex.agency | lex.leadership_support
    written = {w.lower() for w in _raw_words(raw) if not w.isupper()}
    return frozenset(w.lower() for w in caps if w.lower() in deeds and w.lower() not in written)


_RUNNING = frozenset({"ran", "run", "runs", "running"})


def _led(said: str, lex: Lexicon) -> bool:
    """Whether a source sentence says the person led: a word of leading, but a team it only names
    ("worked in a team of 4", "coached a team of six") leads nobody, and "running" inside a phrase is
    what that phrase's noun does ("a team of 4 running hearing tests"), not the person's leading."""
    cleared = _without(said, lex.leadership_exclusions)
    found = set(_occurs(cleared, lex.leadership_support))
    if found & _RUNNING:
        toks = cleared.split()
        if all(
            any(stem(x) in lex.people_nouns for x in toks[max(0, i - 3) : i])
            for i, w in enumerate(toks)
            if w in _RUNNING
        ):
            found -= _RUNNING
    if found and found <= {"team of"}:
        return bool(_leadership_claims(said, lex))
    return bool(found)


class Scope:
    """What one part of the source says, ready to judge claims against. `bound`: how many words a
    claim's sentence must share with the source sentence that supports an activity-bound claim."""

    def __init__(self, texts: list[str], terms: list[Term], years: float = 0.0, bound: int = 2) -> None:
        self._raw = [t for t in texts if t]
        self._terms = terms
        self.years = years
        self.bound = bound
        self.person: Person | None = None
        """Facts from the resume's own sections, when the scope speaks for the whole person."""
        self.promoted = False
        """Whether the source shows a promotion by its structure: two positions at one employer."""

    @cached_property
    def _texts(self) -> list[str]:
        from resume_api.tailoring.injection import without_instructions

        return [without_instructions(t) for t in self._raw]

    @cached_property
    def text(self) -> str:
        return "\n".join(self._texts)

    @cached_property
    def phrase(self) -> str:
        return phrase(self.text)

    @cached_property
    def stems(self) -> str:
        return " ".join(stem(w) for w in self.phrase.split())

    @cached_property
    def stem_set(self) -> frozenset[str]:
        return frozenset(self.stems.split())

    @cached_property
    def year_values(self) -> set[float]:
        return {q.value for q in quantities(self.text) if q.kind == "years"}

    @cached_property
    def links(self) -> set[str]:
        return {phrase(link) for link in links(self.text)}

    @cached_property
    def own_sentences(self) -> frozenset[str]:
        return frozenset(phrase(x) for t in self._raw for x in [t, *sentences(t)])

    @cached_property
    def written_acronyms(self) -> frozenset[str]:
        """The initialisms the source writes ("OSHA", "P&T")."""
        return frozenset(
            w for text in self._texts for w in re.findall(r"(?<![\w&])[A-Z][A-Z&]{1,6}(?![\w&])", text)
        )

    def _spells_written(self, name: str, sentence: str) -> bool:
        """The name is part of a capitalised run of the sentence that spells out an initialism the source
        writes, joiners and all ("Occupational Safety and Health Administration" for "OSHA")."""
        parts = set(_run_words(name))
        return any(parts <= run for run in self._spelled_runs(sentence))

    def _spelled_runs(self, sentence: str) -> list[set[str]]:
        """The words of each run of the sentence that spells out an initialism the source writes."""
        if not self.written_acronyms or not sentence:
            return []
        out = []
        for match in _RUN.finditer(sentence):
            words = _run_words(match.group(0))
            out += [
                set(words[k:j])
                for k in range(len(words))
                if words[k].lower() not in _RUN_JOINERS
                for j in range(k + 2, len(words) + 1)
                if any(_abbreviates(acronym, words[k:j]) for acronym in self.written_acronyms)
            ]
        return out

    def written_words(self, sentence: str) -> set[str]:
        """The words of a sentence the source writes in another form of a name: accents or their digraphs
        folded ("Muller" for "Müller"), or an initialism spelled out ("Food and Drug Administration")."""
        spelled = {t for run in self._spelled_runs(sentence) for w in run for t in tokens(w)}
        return spelled | {w for w in tokens(sentence) if len(w) >= 4 and skeleton(w) in self.skeletons}

    @cached_property
    def skeletons(self) -> frozenset[str]:
        """The skeletons of every run of up to six words in a row of a source text (`skeleton`): the
        forms a name the source writes may take."""
        out: set[str] = set()
        for text in self._texts:
            parts = _skeleton_parts(text)
            for start in range(len(parts)):
                joined = ""
                for part in parts[start : start + 6]:
                    joined += part
                    if len(joined) >= 4:
                        out.add(joined)
        return frozenset(out)

    def says(self, sentence: str) -> bool:
        """Whether the sentence is one of the source's own (then it asserts nothing new)."""
        return phrase(sentence) in self.own_sentences

    @cached_property
    def units(self) -> list[_Unit]:
        """Each source sentence with what it asserts (computed on first use: most answers never need it)."""
        out = []
        for text in self._texts:
            for sentence in sentences(text) or [text]:
                unit, keys = _analysed(sentence, self._terms)
                out.append(unit)
                self._keys.update(keys)
        return out

    @cached_property
    def _keys(self) -> set[tuple[object, ...]]:
        return set()

    @cached_property
    def keys(self) -> set[tuple[object, ...]]:
        """Every claim key the source makes."""
        _ = self.units
        return self._keys

    @cached_property
    def terms(self) -> set[str]:
        return {str(k[1]) for k in self.keys if k[0] == "term"}

    @cached_property
    def families(self) -> set[str]:
        lex = lexicon()
        families = {str(f) for unit in self.units for f in unit.families}
        if any(level >= 4 for lang, level in self.language_levels.items() if lang != "english"):
            families.add("fluency")
        if _occurs(self.phrase, lex.certification_words) or any(k[0] == "cert" for k in self.keys):
            families.add("certification")
        if any(k[0] == "award" for k in self.keys):
            families.add("award")
        for kind, also in _TALK_IMPLIES.items():
            if f"publication:{kind}" in families:
                families |= {f"publication:{x}" for x in also}
        return families

    @cached_property
    def awards(self) -> set[str]:
        return {str(p) for k in self.keys if k[0] == "award" for p in k[1:]}

    @cached_property
    def degrees(self) -> list[tuple[object, frozenset[str]]]:
        """(level, field words) of every degree the scope names, and of the person's education."""
        found = [
            (k[1], frozenset(content_words(str(k[2]))) if k[2] else frozenset())
            for k in self.keys
            if k[0] == "degree"
        ]
        return found + (list(self.person.degrees) if self.person else [])

    @cached_property
    def language_levels(self) -> dict[str, int]:
        """Canonical language → the level the source gives it: the languages section's own fluency, or a
        level a sentence states; a language named with no level counts as usable at work."""
        levels = dict(self.person.languages) if self.person else {}
        for k in self.keys:
            if k[0] != "language":
                continue
            name, level = str(k[1]), int(str(k[2])) if len(k) > 2 else 0
            if level:
                levels[name] = max(level, levels.get(name, 0))
            elif name not in levels:
                levels[name] = ENGLISH if name == "english" else LISTED
        levels.setdefault("english", ENGLISH)
        return levels

    @cached_property
    def vocabulary(self) -> Vocabulary:
        words = {w for text in self._texts for w in tokens(text)}
        return Vocabulary(frozenset(stem(w) for w in words), frozenset(words), frozenset(self.acronyms))

    @cached_property
    def acronyms(self) -> set[str]:
        found = _initials(_raw_words(self.text))
        for text in self._texts:
            found |= _phrase_initials(text) | _initials(_raw_words(text))  # a field alone: "J.P. Morgan"
        return found

    def supports(self, claim: Claim, sentence: str = "") -> bool:
        key = claim.key
        kind = key[0]
        words = _words(sentence) - _words(claim.text) if sentence else frozenset()
        words = _with_synonyms(words)  # "140 staff" is about the sentence of "140 employees"
        if kind == "secret":
            return False
        if kind == "number":
            bound = str(key[3]) if len(key) > 3 else ""
            shape = (bool(key[4]), float(key[5]), bool(key[6])) if len(key) > 6 else (False, 0.0, False)  # type: ignore[arg-type]
            per = period(tokens(sentence)) if sentence else ""
            as_count = len(key) > 7 and bool(key[7])
            by = len(key) > 8 and bool(key[8])
            ended = len(key) > 9 and bool(key[9])
            unit = str(key[2]) if len(key) > 2 else ""
            each = _each(tokens(sentence)) if sentence else frozenset()
            value = float(str(key[1]))
            share = not sentence or value not in done_wholes(sentence)
            return self._number(value, unit, words, bound, shape, per, as_count, by, ended, each, share)
        if kind == "factor":
            return self._factor(float(key[1]), words, str(key[2]) if len(key) > 2 else "")  # type: ignore[arg-type]
        if kind == "range":
            return self._range(float(key[1]), float(key[2]), str(key[3]) if len(key) > 3 else "", words)  # type: ignore[arg-type]
        if kind == "years":
            bound = str(key[3]) if len(key) > 3 else ""
            experience = len(key) > 4 and bool(key[4])
            spans = (
                [
                    d
                    for u in self._rewritten(words)
                    for d in (u.figures.tenures if experience else u.figures.durations)
                    if d >= 28
                ]
                if sentence
                else []
            )  # "11 years in collections care": the years a sentence states, no "12-week" project's length
            if spans and float(key[1]) not in self.year_values:  # type: ignore[arg-type]
                return any(_within(float(key[1]) * 365.25, d, bound) for d in spans)  # type: ignore[arg-type]
            return self._tenure(float(key[1]), bool(key[2]), bound)  # type: ignore[arg-type]
        if kind == "term":
            name = str(key[1])
            spelled = (
                name.isupper() and name.isalpha() and 2 <= len(name) <= 5 and name.lower() in self.acronyms
            )
            return name in self.terms or spelled
        if kind == "link":
            return key[1] in self.links
        if kind == "agency":
            related = self._about(words)
            best = max((len(u.words & words) for u in related), default=0)
            return not any(
                "hedged" in u.families and "agency" not in u.families
                for u in related
                if len(u.words & words) == best
            )
        if kind == "family":
            name = str(key[1])
            if sentence and words & _COLLECTIVES:
                words |= _collective_counts(sentence)  # "a team of 16": the sentence counting its people
            if name.startswith(
                EACH
            ):  # "each case": distributive, it widens nothing a source sentence did not
                # say; but "all four sites" where the source says "3 of the 4" claims the one it left out
                return claim.text.lower() != "all" or not any(
                    PART in u.families for u in self._rewritten(words)
                )
            if sentence and name.startswith(UNIVERSAL):
                return self._universal(name[len(UNIVERSAL) :], words)
            if name.startswith(POSSESSOR):  # named by the job, or the compound of a word it has ("newspaper")
                owner = name[len(POSSESSOR) :]
                vocabulary = self.vocabulary
                return vocabulary.rooted(owner) or any(
                    len(w) >= 4 and owner.endswith(w) for w in vocabulary.words
                )
            if name.startswith(OWNER):  # the unit named by the sentence it rewrites, in any position
                owner = name[len(OWNER) :]
                return (
                    any(owner in u.words for u in self._rewritten(words))
                    if sentence
                    else owner in self.stem_set
                )
            if sentence and name.startswith("frequency:") and per_year(name[len("frequency:") :]):
                restated = [u for u in self._rewritten(words) if per_year(u.period) or u.figures.totals]
                if restated and any(is_quantity(c) for c in find_claims(sentence, [])):
                    return True  # an amount per another period, or a total over a span ("480 claims over 4
                    # weeks" as 120 a week): its numbers are checked converted
            if sentence and name.startswith(DURATION):
                return any(_span_fits(claim, f) for u in self._rewritten(words) for f in u.families) or any(
                    _lasts(claim, d) for u in self._rewritten(words) for d in u.figures.durations
                )
            every = _EVERY_PLACE.search(claim.text.lower()) if sentence and name == ORG_WIDE else None
            if every and self._universal(stem(every.group(1)), words):
                return True  # "at every site" for "at all 3 sites": the sentence's own places, all of them
            if sentence and name.startswith(BOUND_FAMILIES):
                return any(name in u.families for u in self._rewritten(words))
            if name == "promotion" and self.promoted:
                return True
            if name == "award":
                return self._award(sentence, words, ())
            return name in self.families
        if kind == "award":
            return self._award(sentence, words, tuple(str(p) for p in key[1:]))
        if kind in ("word", "phrase"):
            said = contains(self.phrase, str(key[1]))
            if kind == "word" and said and sentence:
                parts = {stem(w) for w in str(key[1]).split()}  # "most efficient": every word of it
                return any(parts <= u.words for u in self.units)
            return said
        if kind == "degree":
            level, degree_field = key[1], key[2]
            if level is None:
                return bool(self.degrees)
            field_words = content_words(str(degree_field)) if degree_field else set()
            return any(
                lvl == level and (not field_words or (fields and field_words <= fields))
                for lvl, fields in self.degrees
            )
        if kind == "cert":
            return self._cert(str(key[1]))
        if kind == "language":
            needed = int(str(key[2])) if len(key) > 2 else 0
            return self.language_levels.get(str(key[1]), 0) >= max(needed, 1)
        if kind == "multilingual":
            count = int(str(key[1])) + 1
            able = [lang for lang, spoken in self.language_levels.items() if spoken >= LISTED]
            return len(able) >= count or any(
                k[0] == "multilingual" and int(str(k[1])) >= count - 1 for k in self.keys
            )
        if kind == "title":
            wanted = str(key[1])
            if len(key) > 2 and key[2] == _OTHER:  # someone else's title: any mention of it will do
                return contains(self.stems, wanted) or self._in_order(wanted.split())
            return contains(self._own_title_stems, wanted) or self._in_order(wanted.split(), self._own_tokens)
        if kind == "name":
            regional = _region_prefix(claim.text) or _coded_before(claim.text, sentence)
            if regional is not None:
                regions, rest = regional
                if not any(self._names_region(region) for region in regions):
                    return False  # "NV DMV" where the source names California's: another state's body
                if self._rest_named(rest, sentence):
                    return True  # "MN SOS", "CA Department of Motor Vehicles": the region written as a code
            if self._name(key[1]) or (len(key) > 2 and self._name((str(key[2]),))):  # type: ignore[arg-type]
                return True
            if skeleton(claim.text) in self.skeletons or self._spells_written(claim.text, sentence):
                return True  # "Kuehne+Nagel", "Kuhne & Nagel" for "Kühne + Nagel"; "Bergwacht Tirol" for "Bergwacht-Tirol"
            if self._model_code(claim.text, sentence):
                return True  # "E175" for "Embraer 175", "DC305" for "DairyComp 305"
            single = key[1]
            return (
                isinstance(single, tuple)
                and len(single) == 1
                and self._spelled_name(str(single[0]), sentence)
            ) or self._translated(claim.text, sentence)
        return False

    def _model_code(self, name: str, sentence: str) -> bool:
        """A maker's model written as its code: the initials of the name's words, or its capitals, joined
        to the model number the source writes after them ("E175", "E-175", "E 175")."""
        compact = _CODE_JOINERS.sub("", name).upper()
        if not compact[-1:].isdigit():
            number = re.search(re.escape(name) + r"[\s\-\u2010\u2011]?(\d{2,5})\b", sentence)
            if not number:
                return False
            compact += number.group(1)
        return any(compact in _model_codes(text) for text in self._texts)

    def names_code(self, code: str) -> bool:
        """A state's or province's code ("QLD") whose region the source names: no new acronym."""
        return any(self._names_region(region) for region in _regions()[0].get(code, ()))

    def _names_region(self, region: tuple[str, str]) -> bool:
        """The source names the region, in full or by its code (`region`: its phrased name, its code)."""
        full, code = region
        return contains(self.phrase, full) or any(code in _raw_words(text) for text in self._texts)

    def _rest_named(self, rest: list[str], sentence: str) -> bool:
        """The body after its region: words the source writes, or an acronym of a phrase it writes out."""
        if contains(self.phrase, phrase(" ".join(rest))):
            return True
        return len(rest) == 1 and (self._name((rest[0].lower(),)) or self._spelled_name(rest[0], sentence))

    def _translated(self, name: str, sentence: str) -> bool:
        """The name is part of one the sentence gives in English for one the source writes in its own
        language ("Ministry of Health" for "Ministère de la Santé")."""
        words = name_words(name)
        return bool(words) and words <= self.translated(sentence)

    def translated(self, sentence: str) -> set[str]:
        """The words of the names the sentence gives in English for names the source writes in their
        own language."""
        return translated_words(sentence, self._token_stems)

    def _spelled_name(self, compact: str, sentence: str) -> bool:
        """An acronym of a phrase the source writes out ("PODs" for "proof of delivery forms", "P&T" for
        "pharmacy and therapeutics"), unless it names a credential: a certification the lexicon knows, or
        one the sentence certifies ("BLS-certified" is no "basic life support" training)."""
        lex = lexicon()
        forms = _acronym_forms(compact)
        if not forms or forms & lex.certification_names or _occurs(phrase(sentence), lex.certification_words):
            return False
        return any(self._spelled(c) for c in forms)

    def _universal(self, quantified: str, words: frozenset[str]) -> bool:
        """ "Every X" is said by a source sentence about the same activity that quantifies over all (every,
        all, each) of X: "every unit" by "all inpatient units", not "the entire agency" by "each visit",
        nor "all weld inspections" by "checked every joint before a weld inspection" (X is what its
        quantifier ranges over, not any word of the sentence)."""
        return any(
            (
                any(f.startswith((UNIVERSAL, EACH)) for f in u.families)
                and (not quantified or quantified in u.quantified or quantified in self.acronyms)
            )  # "every RBA" for "every room block agreement"
            or f"frequency:{quantified}" in u.families  # "every shift" covers all shifts
            for u in self._rewritten(words)
        )

    def _rewritten(self, words: frozenset[str]) -> list[_Unit]:
        """The source sentences a claim's sentence may rewrite: those sharing `bound` words with it, and
        the one sharing the most ("Completed a 12-week warehouse project a week ahead of schedule" rewrites
        "Finished a 12-week warehouse job one week early", sharing one word)."""
        shared = [(len(u.words & words), u) for u in self.units]
        best = max((n for n, _ in shared), default=0)
        return [u for n, u in shared if n >= self.bound or (n and n == best)]

    def _in_order(self, words: list[str], texts: list[list[str]] | None = None) -> bool:
        """The words in order within one source text, a few others between them ("senior designer" in
        "Senior Graphic Designer", "Bank America" in "Bank of America"); a short word may stand for the
        initials of the source's next words ("NC State" in "North Carolina State University")."""
        if len(words) < 2:
            return False
        for said in self._token_stems if texts is None else texts:
            for start in range(len(said)):
                at, k = 0, start
                while k < len(said) and k < start + len(words) + 3 and at < len(words):
                    wanted = words[at]
                    size = len(wanted)
                    if said[k] == wanted:
                        at, k = at + 1, k + 1
                    elif 2 <= size <= 4 and "".join(w[0] for w in said[k : k + size]) == wanted:
                        at, k = at + 1, k + size
                    elif _clipped(wanted, said[k]) or _contracted(wanted, said[k]):  # "Mass General", "Dept."
                        at, k = at + 1, k + 1
                    elif at == 0:
                        break
                    else:
                        k += 1
                if at == len(words):
                    return True
        return False

    def _spelled(self, letters: str) -> bool:
        """The initials of words in a row of one source text, joiners ("of", "and") counted or skipped: the
        phrase an acronym stands for, in any case ("SOPs" for "standard operating procedures")."""
        for said in self._token_stems:
            for start, first in enumerate(said):
                if first in _JOINERS:
                    continue
                every, content = "", ""
                for word in said[start : start + 2 * len(letters)]:
                    every += word[0]
                    if word not in _JOINERS:
                        content += word[0]
                    if letters in (every, content):
                        return True
                    if not letters.startswith(every) and not letters.startswith(content):
                        break
        return False

    def _joined_names(self, stems_: tuple[str, ...]) -> bool:
        """Two source names written together ("PayGrid Top Closer": the employer and its award): each part
        a name of the source, a single word only if the source writes it as a name and it is no generic
        head ("University" of "University of Texas" names nothing alone)."""
        lex = lexicon()
        heads = {stem(w) for w in lex.org_heads | lex.org_suffixes}

        def part(words: tuple[str, ...]) -> bool:
            if len(words) == 1:
                return words[0] in self.capitalized and words[0] not in heads
            return contains(self.stems, " ".join(words)) or self._in_order(list(words))

        return any(part(stems_[:k]) and part(stems_[k:]) for k in range(1, len(stems_)))

    @cached_property
    def capitalized(self) -> frozenset[str]:
        """Stems of the words the source writes as names."""
        return frozenset(
            stem(fold(w)) for text in self._texts for w in _raw_words(text) if _is_capitalized(w)
        )

    @cached_property
    def _token_stems(self) -> list[list[str]]:
        return [[stem(w) for w in tokens(text)] for text in self._texts]

    @cached_property
    def _own_tokens(self) -> list[list[str]]:
        """`_token_stems` without the titles of the people the source works with or for ("wrote the
        menu with the head chef", "reported to the CFO"): those say what someone else is, so they
        are no evidence that the person held that title."""
        return [_others_titles_masked(said) for said in self._token_stems]

    @cached_property
    def _own_title_stems(self) -> str:
        return " \n ".join(" ".join(said) for said in self._own_tokens)  # one text never runs into the next

    def _tenure(self, value: float, approx: bool, bound: str) -> bool:
        """Years the source states, or years its dates span: "nearly four years" fits 3.7, "over 10" needs
        more than 10, "6 years" fits any span of 5.5 or more."""
        if value in self.year_values:
            return True
        if bound == "under":
            return 0.75 * value <= self.years <= value + 0.5
        if bound == "about":
            return abs(self.years - value) <= max(1.0, 0.15 * value)
        if approx:
            return value < self.years
        return value <= self.years + 0.5

    def _award(self, sentence: str, words: frozenset[str], nouns: tuple[str, ...]) -> bool:
        """An award the awards section lists (its title's words in the sentence), or one a source sentence
        about the same thing names (an unrelated fellowship does not support a "cover article")."""
        if self._listed_award(sentence):
            return True
        if not sentence:
            return any(str(p) in self.awards for p in nouns) or "award" in self.families
        return any(
            "award" in u.families
            and len(u.words & words) >= self.bound
            and (not nouns or any(set(stem_phrase(n).split()) <= u.words or n in u.words for n in nouns))
            for u in self.units
        )

    def _listed_award(self, sentence: str) -> bool:
        """The sentence names an award of the person's awards section (most of its title's words)."""
        if not self.person or not sentence:
            return False
        said = content_words(sentence)
        return any(len(title & said) >= max(1, 0.6 * len(title)) for title in self.person.awards)

    def _cert(self, name: str) -> bool:
        """A certification the source names as one: the same claim, or the name (or its acronym) in a
        certificate the person lists or in a source sentence with a word of certification. "Certified in
        SQL" is not supported by SQL listed as a skill beside an unrelated certificate."""
        if ("cert", name) in self.keys:
            return True
        lex = lexicon()
        core = " ".join(w for w in name.split() if w not in lex.certification_words)
        wanted = {n for n in (name, core) if n}
        return any(
            any(contains(context, n) or n.replace(" ", "") in _phrase_initials(context) for n in wanted)
            for context in self.cert_contexts
        )

    @cached_property
    def cert_contexts(self) -> list[str]:
        """Where the source speaks of certification: the certificates it lists, its sentences with a word
        of certification (a licence, "certified", "board certified")."""
        lex = lexicon()
        out = list(self.person.certificates) if self.person else []
        for text in self._texts:
            for sentence in sentences(text) or [text]:
                said = phrase(sentence)
                if _occurs(said, lex.certification_words) or any(
                    contains(said, n) for n in lex.certification_names
                ):
                    out.append(said)
        return out

    def _number(
        self,
        value: float,
        unit: str,
        words: frozenset[str],
        bound: str = "",
        shape: tuple[bool, float, bool] = (False, 0.0, False),
        per: str = "",
        as_count: bool = False,
        by: bool = False,
        level: bool = False,
        each: frozenset[str] = frozenset(),
        share: bool = False,
    ) -> bool:
        """The same value (and unit) stated or implied by a source sentence about the same activity;
        "over 1,000" is supported by 1,200, "nearly 50%" by 47%, "about 300" by anything within 10%.
        `shape`: (strict, days, others) of the claim (Quantity): "with 4 other engineers" is a group of
        5, which the source may count."""
        if is_year(value) and not unit and not as_count:
            return any(value in u.figures.stated for u in self.units)
        strict, days, others = shape
        if others:  # "with 4 other engineers": a group of 5, or the source's own count of others
            return self._number(value + 1, unit, words, bound, (strict, days, False), per) or any(
                value in u.figures.others for u in self._about(words)
            )
        about = self._about(words)
        if (
            unit == TIME
            and days
            and any(
                abs(length - days) <= 0.03 * days
                for u in about
                for f in u.families
                if f.startswith(DURATION) and (length := _in_days(f)) is not None
            )
        ):
            return True  # "within 24 hours" for "within one day": one length, in any unit
        best = max((len(u.words & words) for u in about), default=0)
        return any(
            u.figures.supports_number(
                converted,
                unit,
                bound,
                strict,
                days * converted / value if value else days,  # "20 hours a week" is 80 hours a month
                derived=len(u.words & words) == best or not words,
                counted=as_count,
                by=by,
                level=level,
                per_days=length_in_days(per) or 0.0,
                each=each,
                share=share,
            )
            for u in about
            for converted in _per(value, per, u.period)
        )

    def _factor(self, value: float, words: frozenset[str], bound: str = "") -> bool:
        """The factor itself, a ratio the sentence implies (a bounded one within its window: "more than
        halved" is below one half), or the same change as a percent."""
        return any(u.figures.supports_factor(value, bound) for u in self._about(words))

    def _about(self, words: frozenset[str]) -> list[_Unit]:
        """The source sentences a claim's sentence is about. In a job, those sharing two words with it and
        the one sharing the most ("12 RNs" is not supported by a "12-week orientation" that shares one
        word); across the whole resume (a summary gathers facts from every section), any sharing one."""
        if not words:
            return self.units
        shared = [(len(u.words & words), u) for u in self.units]
        best = max((n for n, _ in shared), default=0)
        return [u for n, u in shared if n and (n >= 2 or n == best or self.bound < 2)]

    def _range(self, low: float, high: float, unit: str, words: frozenset[str]) -> bool:
        """A value in the range in a source sentence about the same activity: a range is vague, so it
        must share as many words with that sentence as an activity-bound claim."""
        for u in self.units:
            if words and len(u.words & words) < self.bound:
                continue
            for value, units in u.figures.stated.items():
                if low <= value < high and (unit != "money" or "money" in units) and not is_year(value):
                    return True
            if any(
                r_low < high and low < r_high and (unit != "money" or r_unit == "money")
                for r_low, r_high, r_unit in u.figures.ranges
            ):
                return True
        return False

    def _name(self, stems_: tuple[str, ...]) -> bool:
        if not stems_:
            return True
        joined = " ".join(stems_)
        if contains(self.stems, joined) or (len(stems_) == 1 and stems_[0] in self.stem_set):
            return True
        if len(stems_) >= 2 and (self._in_order(list(stems_)) or self._joined_names(stems_)):
            return True  # "Genome Research" in "a paper in Genome Research"; not "University of Texas" in
            # "Texas State University"
        if len(stems_) >= 2 and (stems_[-1] in _HEADS_BEFORE or stems_[0] in _HEADS_BEFORE):
            moved = (stems_[-1], *stems_[:-1]) if stems_[-1] in _HEADS_BEFORE else (*stems_[1:], stems_[0])
            if self._in_order(list(moved)):
                return True  # "Natural Resources Department" for "Department of Natural Resources"
        compact = "".join(stems_)
        if len(stems_) == 1 and (compact in self.acronyms or compact in self.stem_set):
            return True
        if "." in self.stems and contains(self.stems.replace(".", ""), joined):
            return True  # "JP Morgan" for "J.P. Morgan"
        return len(stems_) >= 2 and "".join(s[0] for s in stems_) in self.stem_set


@cache
def _regions() -> tuple[dict[str, list[tuple[str, str]]], list[tuple[str, str]]]:
    """States and provinces (claim_vocabulary "region_codes"): by code, each (phrased name, code); and
    every (phrased name, code), longest name first."""
    codes = lexicon().raw["region_codes"]["codes"]
    by_code = {code: [(phrase(name), code) for name in names] for code, names in codes.items()}
    named = sorted((r for rs in by_code.values() for r in rs), key=lambda r: -len(r[0]))
    return by_code, named


def _region_prefix(name: str) -> tuple[list[tuple[str, str]], list[str]] | None:
    """A name that opens with a state or province ("MN SOS", "California DMV"): the regions it may be
    and the words after it; None when it opens with none, or is nothing but the region."""
    words = name.split()
    if len(words) < 2:
        return None
    by_code, named = _regions()
    if words[0] in by_code:
        return by_code[words[0]], words[1:]
    said = phrase(name)
    for full, code in named:
        size = len(full.split())
        if said.startswith(full + " ") and len(words) > size:
            return [(full, code)], words[size:]
    return None


def _coded_before(name: str, sentence: str) -> tuple[list[tuple[str, str]], list[str]] | None:
    """A name the sentence writes right after a region's code that the name itself leaves out ("OK DOI")."""
    found = (
        re.search(rf"(?<![\w-])([A-Z]{{2,3}})\s+{re.escape(name)}(?![\w-])", sentence) if sentence else None
    )
    by_code = _regions()[0]
    if found is None or found.group(1) not in by_code:
        return None
    return by_code[found.group(1)], name.split()


_RUN = re.compile(
    r"[A-Z][\w'’.\-]*(?:\s+(?:(?:and|of|for|the|on|in|&|de|du|des|la|von|der)\s+)*[A-Z][\w'’.\-]*)*"
)
_RUN_JOINERS = frozenset({"and", "of", "for", "the", "on", "in", "&", "de", "du", "des", "la", "von", "der"})


def _run_words(run: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", run) if w]


def _runs_before(raw: str, end: int) -> list[list[str]]:
    """The capitalised run just before `end` (a bracket), and each of its endings."""
    found = [m for m in _RUN.finditer(raw[:end].rstrip(" (")) if m.end() >= len(raw[:end].rstrip(" ("))]
    if not found:
        return []
    words = _run_words(found[-1].group(0))
    return [words[k:] for k in range(len(words)) if words[k].lower() not in _RUN_JOINERS]


def _abbreviates(acronym: str, words: list[str]) -> bool:
    """Whether `acronym` abbreviates the run of words: each word's first letter in order (a joiner's
    optional), one letter more taken only from inside the word before ("SOX": Sarbanes-Oxley; "ASME":
    American Society of Mechanical Engineers), not another body's ("AIC" is no American Institute of
    Architects)."""
    letters = [c for c in acronym.lower() if c.isalnum()]
    low = [w.lower() for w in words]

    def match(at: int, i: int) -> bool:
        if i == len(low):
            return at == len(letters)
        word = low[i]
        if word in _RUN_JOINERS and match(at, i + 1):
            return True
        if at >= len(letters) or letters[at] != word[:1]:
            return False
        at += 1
        if match(at, i + 1):
            return True
        rest = word[1:]
        return at < len(letters) and letters[at] in rest and match(at + 1, i + 1)  # one letter from inside

    return len(letters) >= 2 and len(low) >= 2 and match(0, 0)


_NAME_JOINERS = frozenset({"and", "und", "et", "y", "e", "en", "og", "och", "&", "+"})
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"}
)
"""Letters NFKD leaves whole: their plain forms."""
_DIGRAPH = re.compile(r"([aou])e")


def _skeleton_parts(text: str) -> list[str]:
    """A text's words as `skeleton` writes them, joiners left out."""
    bare = unicodedata.normalize("NFKD", fold(text).translate(_UNDECOMPOSED))
    bare = "".join(c for c in bare if not unicodedata.combining(c))
    return [_DIGRAPH.sub(r"\1", w) for w in re.findall(r"[^\W_]+", bare) if w not in _NAME_JOINERS]


def skeleton(name: str) -> str:
    """One normal form of a name, whatever way it is written: letters and digits only, accents and their
    German digraphs folded ("ü", "ue" → "u"), joiners ("&", "+", "and") and the spaces or hyphens
    between its parts left out: "Kühne + Nagel", "Kuehne+Nagel", "Kuhne & Nagel" are one name, as are
    "Nordwind-Logistik", "Nordwind Logistik" and "NordwindLogistik"."""
    return "".join(_skeleton_parts(name))


def _acronym_forms(compact: str) -> set[str]:
    """An acronym's letters as a phrase spells them: without "&" ("p&t"), without a plural "s" ("tps"), or
    with the "s" the stemmer took ("bcb" of "BCBS")."""
    letters = compact.replace("&", "")
    if not letters.isalpha() or not 2 <= len(letters) <= 6:
        return set()
    forms = {letters, letters + "s"}
    if letters.endswith("s") and len(letters) > 2:
        forms.add(letters[:-1])
    return forms


_NUMBERISH = re.compile(r"^[\d.,%$€£+x]+$")


def _words(sentence: str) -> frozenset[str]:
    """Content words of a sentence, stemmed, without numbers: what ties a claim to an activity."""
    lex = lexicon()
    return frozenset(
        w
        for w in content_words(sentence)
        if not _NUMBERISH.match(w) and w not in lex.units and w not in lex.scales
    )


_DISTRIBUTIVE = frozenset({"per", "each", "a", "an", "every"})


def _each(toks: list[str]) -> frozenset[str]:
    """The things a sentence gives its amounts per, stemmed ("$500K per branch", "$3,000 a classroom")."""
    return frozenset(
        stem(toks[i + 1]) for i, t in enumerate(toks[:-1]) if t in _DISTRIBUTIVE and toks[i + 1].isalpha()
    )


_COLLECTIVES = frozenset(
    stem(w) for w in ("team", "staff", "people", "crew", "person", "personnel", "workforce", "headcount")
)
"""Words a rewrite may gather counted people under ("16 staff", "a team of 16", "a 16-person crew")."""


def _people(count: float) -> str:
    """A word no text has, shared by a source sentence counting people (stated or summed) and a claim's
    sentence gathering that many under a collective: what ties "a team of 16" to "12 nurses and 4 aides"."""
    return f"<{count:g} people>"


def _collective_counts(sentence: str) -> frozenset[str]:
    """The counts a sentence gathers people under a collective by ("16 staff", "a team of 16", "a
    16-person crew"), as `_people` words."""
    return frozenset(
        _people(q.value)
        for q in quantities(sentence)
        if q.kind == "number"
        and not q.unit
        and (
            stem(q.after) in _COLLECTIVES
            or (q.before[-1:] == ("of",) and len(q.before) > 1 and stem(q.before[-2]) in _COLLECTIVES)
        )
    )


def _with_synonyms(words: frozenset[str]) -> frozenset[str]:
    """The words and every stem of their synonym classes (claim_vocabulary "synonyms")."""
    table = synonym_classes()
    return words.union(*(table.get(w, ()) for w in words))


def is_quantity(claim: Claim) -> bool:
    return claim.key[0] in ("number", "factor", "range", "years")


class Evidence(Slotted):
    """What the whole source resume says, precomputed once; the guard adds one Scope per entry."""

    __slots__ = ("_term_of", "common", "scope", "terms", "texts")
    texts: list[str]
    terms: list[Term]
    scope: Scope | None
    common: frozenset[str]
    _term_of: dict[str, Term | None]

    def __init__(
        self,
        texts: list[str],
        terms: list[Term],
        scope: Scope | None = None,
        common: frozenset[str] = frozenset(),
        _term_of: dict[str, Term | None] | None = None,
    ) -> None:
        self.texts = texts
        self.terms = terms
        self.scope = scope
        self.common = common
        self._term_of = {} if _term_of is None else _term_of

    @classmethod
    def of(cls, texts: list[str], terms: list[Term], years: float = 0.0, job_text: str = "") -> Evidence:
        evidence = cls(texts=texts, terms=terms)
        evidence.scope = Scope(texts, terms, years)
        ordinary = {w for w in tokens(" ".join(texts) + " " + job_text) if w.isalpha()}
        lowered = {fold(w) for w in _raw_words(" ".join(texts) + " " + job_text) if w[:1].islower()}
        evidence.common = frozenset(ordinary & lowered)
        return evidence

    def terms_in(self, text: str) -> set[str]:
        text = clean(text)
        return {t.name for t in self.terms if any(pattern(v).search(text) for v in t.variants)}

    def term_of(self, keyword: str) -> Term | None:
        key = clean(keyword).strip()
        if key not in self._term_of:
            first = head(folded(key))
            self._term_of[key] = next(
                (t for t, v in _by_head(self.terms).get(first, ()) if pattern(v).fullmatch(key)), None
            )
        return self._term_of[key]

    def claims(self, text: str) -> list[Claim]:
        return find_claims(text, self.terms, self.common)
