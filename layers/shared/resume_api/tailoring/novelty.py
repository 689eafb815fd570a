"""Content a sentence adds that its source never mentions: the claims no word class names.

A rewrite may reword, reorder and emphasise, so it may use words the source does not: function words,
emphasis ("effectively"), generic nouns ("process", "team"), units, verb forms, derived forms of the
source's own words ("preceptor" for "precepted", "specifications" for "specs"), and the spelled-out
form of its acronyms. What remains are content words with no root in the source: "jumbo mortgages",
"an approach the hospital then adopted on every inpatient unit", "both of whom received full-time
offers", a second sentence about a committee the source never mentions. Two such words in a
sentence, or one in a clause added after the source's own (", which ...", ", earning ...",
"including ..."), are a claim the source does not support.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from resume_api.models.slotted import Frozen
from resume_api.tailoring.lexicon import lexicon
from resume_api.tailoring.translated import rendered_from
from resume_api.tailoring.wording import STOP, stem, tokens

CLAUSE_BOUNDARY = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))|[;:(\u2013\u2014]|\s-\s")
"""Where a clause may be added to a source sentence: punctuation, but not the comma of "2,400" (a
number cut there leaves "and recorded about 2" as a clause of its own)."""
_ADDITION_OPENERS = frozenset(
    {
        "which",
        "that",
        "who",
        "whom",
        "whose",
        "both",
        "including",
        "includes",
        "now",
        "later",
        "then",
        "and",
        "an",
        "a",
        "the",
        "earning",
        "winning",
        "making",
        "bringing",
        "securing",
        "passing",
        "resulting",
        "leading",
        "helping",
        "adding",
        "saving",
        "generating",
        "driving",
        "becoming",
        "recognized",
        "selected",
        "named",
        "featured",
        "adopted",
        "with",
        "as",
        "plus",
        "where",
        "when",
        "while",
    }
)
"""Words that open a clause a model adds to a faithful sentence (", an approach the hospital then adopted")."""


@cache
def _paraphrase() -> frozenset[str]:
    lex = lexicon()
    words: set[str] = set()
    for key, values in lex.raw["paraphrase_words"].items():
        if not key.startswith("_"):
            words.update(values)
    words.update(w for p in lex.raw["action_words"] for w in tokens(p))
    words.update(lex.raw["number_units"])
    words.update(lex.raw["number_scales"])
    words.update(lex.raw["months"] + lex.raw["weekdays"])
    words.update([*lex.raw["decade_words"], *lex.raw["year_words"]])  # "a decade": tenure, judged as a number
    words |= set(STOP)
    return frozenset(stem(w) for w in words) | frozenset(words) | judged()


@cache
def judged() -> frozenset[str]:
    """Words another rule already judges: levels, degrees, credentials, titles, awards, publications."""
    lex = lexicon()
    classes = (
        lex.proficiency.keys()
        | lex.degree_levels.keys()
        | lex.degree_generic
        | lex.certification_words
        | lex.title_heads
        | lex.title_modifiers
        | lex.award_triggers
        | lex.publication
        | lex.languages
        | lex.leadership_support
        | lex.mentoring
    )
    words = {w for p in classes for w in p.split()}
    return frozenset(stem(w) for w in words) | frozenset(words)


class Vocabulary(Frozen):
    """The words of a source scope, ready for the question "does this word have a root there?"."""

    __slots__ = ("initials", "stems", "words")
    stems: frozenset[str]
    words: frozenset[str]
    initials: frozenset[str]

    def __init__(self, stems: frozenset[str], words: frozenset[str], initials: frozenset[str]) -> None:
        object.__setattr__(self, "stems", stems)
        object.__setattr__(self, "words", words)
        object.__setattr__(self, "initials", initials)

    @property
    def roots(self) -> frozenset[str]:
        return _roots(self.stems)

    def rooted(self, word: str) -> bool:
        """The word, a derived form of a source word (a shared root of five letters, or the whole of a
        shorter word: "preceptor"/"precepted", "roadway"/"road"), an abbreviation of one ("med" for
        "medical"), or an acronym the source spells out ("GM" for "general manager")."""
        s = stem(word)
        if s in self.stems or word in self.words or word in self.initials or root(s) in self.roots:
            return True
        for other in self.stems:
            shared = 0
            for a, b in zip(s, other, strict=False):
                if a != b:
                    break
                shared += 1
            if shared >= 5 or (shared >= 4 and shared == min(len(s), len(other))):
                return True
            if 2 <= len(word) <= 4 and len(other) >= len(word) + 2 and other.startswith(word):
                return True
        return False


_SUFFIXES = sorted(
    [
        "ery",
        "ical",
        "ic",
        "al",
        "ion",
        "ions",
        "ive",
        "ity",
        "ment",
        "ness",
        "ance",
        "ence",
        "er",
        "or",
        "ist",
        "ism",
        "ian",
        "ant",
        "ent",
        "ary",
        "ory",
        "ure",
        "y",
        "ship",
        "hood",
        "ize",
        "ise",
        "ate",
        "ation",
    ],
    key=len,
    reverse=True,
)


def root(word: str) -> str:
    """A stem without its derivational suffix ("surgery" and "surgical" → "surg"), at least four letters."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@cache
def _roots(stems: frozenset[str]) -> frozenset[str]:
    return frozenset(root(s) for s in stems)


def is_content(word: str) -> bool:
    """A word that could carry a fact: not a function word, emphasis, a generic noun, a unit, a verb form
    or an adverb (verbs carry claims of credit, read elsewhere; nouns carry the facts)."""
    if len(word) < 3 or not word.isalpha() or word.endswith(("ing", "ed", "ly")):
        return False
    return word not in _paraphrase() and stem(word) not in _paraphrase()


PAST = frozenset(
    {"was", "were", "fell", "rose", "grew", "made", "became", "went", "won", "saw", "got", "began"}
)


@cache
def _verbs() -> tuple[frozenset[str], frozenset[str]]:
    """Base forms of verbs ("build", "speak": the paraphrase verbs, and action words whose past is
    listed), and the stems of the listed pasts ("controlled" → "control")."""
    lex = lexicon()
    actions = set(lex.raw["action_words"])
    bases = {a for a in actions if {a + "d", a + "ed", a + a[-1:] + "ed", a[:-1] + "ied"} & actions}
    pasts = {stem(a) for a in actions if a.endswith("ed")}
    return frozenset(bases | set(lex.raw["paraphrase_words"]["verbs"])), frozenset(pasts)


def is_verb(word: str, third_person: bool = True) -> bool:
    """A verb's past or base form ("recovered", "won", "build"), or its third person ("controls",
    "reaches") unless `third_person` is False (a plural noun looks the same: "managers")."""
    bases, pasts = _verbs()
    if word.endswith("ed") or word in PAST or word in bases:
        return True
    if not third_person or not word.endswith("s"):
        return False
    s = stem(word)
    return word[:-1] in bases or (word.endswith("es") and word[:-2] in bases) or bool({s, s + s[-1:]} & pasts)


def novel(sentence: str, vocabulary: Vocabulary) -> list[tuple[str, bool]]:
    """The content words of `sentence` with no root in the vocabulary, each with whether it stands in a
    clause added after the sentence's first ("..., an approach the hospital then adopted")."""
    out: list[tuple[str, bool]] = []
    pieces = CLAUSE_BOUNDARY.split(sentence)
    spelled = _spelled_out(tokens(sentence), vocabulary) | _defined(sentence, vocabulary)
    lead = tokens(pieces[0])
    # "Co-led, with two colleagues, the department's shift ...": after a lone verb and an aside, its object
    main = {0, 2} if 0 < len(lead) <= 2 and is_verb(lead[-1]) else {0}
    for index, piece in enumerate(pieces):
        words = tokens(piece)
        added = index not in main and bool(words) and words[0] in _ADDITION_OPENERS
        if added and words[0] == "and" and len(words) > 1 and is_verb(words[1]):
            added = False  # ", and controls food costs": one more predicate, read by clauses.py
        for word in words:
            if word in spelled or not is_content(word) or vocabulary.rooted(word):
                continue
            out.append((word, added))
    return out


def _spelled_out(words: list[str], vocabulary: Vocabulary) -> set[str]:
    """Words of a run whose initials are an acronym of the source ("warehouse management system" for
    "WMS")."""
    out: set[str] = set()
    for size in (4, 3, 2):
        for i in range(len(words) - size + 1):
            run = words[i : i + size]
            if "".join(w[0] for w in run) in vocabulary.words:
                out.update(run)
    return out


_DEFINED = re.compile(r"((?:[A-Z][\w'’]*[\s\-]+){1,5})\(([A-Z][A-Za-z0-9&]{1,9})\)")


GLOSSED = re.compile(r"((?:[A-Z][\w'’.&]*[\s\-]+(?:(?:of|for|and|on|the)\s+)?){1,7})\(([A-Z][^()]{2,90})\)")
"""A capitalised run glossed by a name in brackets ("Lisbon City Council (Câmara Municipal de Lisboa)"):
claims.py reads the run as that name, and its words are no new content."""


def _defined(sentence: str, vocabulary: Vocabulary) -> set[str]:
    """The capitalised words a sentence defines a source acronym with ("Sarbanes-Oxley (SOX)"), or glosses
    a source name with ("Lisbon City Council (Câmara Municipal de Lisboa)": its translation)."""
    out: set[str] = set()
    for match in _DEFINED.finditer(sentence):
        if match.group(2).lower() in vocabulary.words:
            out.update(tokens(match.group(1)))
    for match in GLOSSED.finditer(sentence):
        glossed = [w for w in tokens(match.group(2)) if w not in STOP]
        if len(glossed) >= 2 and all(w in vocabulary.words for w in glossed):
            run = tokens(match.group(1))
            start = rendered_from(run, match.group(2))
            out.update(
                run[start:] if start is not None else []
            )  # "Martin Mills (Moulins Dupré)": Martin is new
    return out


def glossed_words(sentence: str, vocabulary: Vocabulary) -> set[str]:
    """The words a sentence defines a source acronym or glosses a source name with: no new name."""
    return _defined(sentence, vocabulary)


def unsupported(sentence: str, vocabulary: Vocabulary) -> list[str]:
    """The new content that makes a sentence a claim: two new words, or one in an added clause."""
    found = novel(sentence, vocabulary)
    if len(found) >= 2 or any(added for _, added in found):
        return [word for word, _ in found]
    return []


_ACRONYM = re.compile(r"(?<![\w-])([A-Z][A-Z0-9&]{1,5})(?:s|'s)?(?![\w-])")


def new_acronyms(sentence: str, vocabulary: Vocabulary, said: Iterable[str]) -> list[str]:
    """Acronyms the resume neither writes nor spells out ("Rewrote the RFPs" where it has "standard operating
    procedures"): a specific thing named, not a word reworded, so one is a claim on its own. Not an
    acronym of the beginnings of words in a row of a source text (`said`: "CSAT" for "customer
    satisfaction"), nor one that says what a name the resume has is ("the Salesforce CRM", "Greenhouse
    (ATS)")."""
    candidates = list(_ACRONYM.finditer(sentence))
    if not candidates:
        return []
    found = {word for word, _ in novel(sentence, vocabulary)}
    out = []
    for m in candidates:
        acronym = m.group(1).lower()
        if not {acronym, f"{acronym}s"} & found or any(_beginnings(acronym, _text_words(t)) for t in said):
            continue
        before = re.findall(r"[\w'’]+", sentence[: m.start()])
        named = tokens(before[-1]) if len(before) > 1 and before[-1][:1].isupper() else []
        if named and vocabulary.rooted(named[0]):
            continue  # "the Salesforce CRM": what the named tool is (not the sentence's first word)
        out.append(m.group(1))
    return out


@lru_cache(maxsize=4096)
def _text_words(text: str) -> tuple[str, ...]:
    return tuple(tokens(text))


def _beginnings(acronym: str, words: tuple[str, ...]) -> bool:
    """The acronym is the beginnings of two or more words in a row ("csat": "customer satisfaction")."""

    def spells(rest: str, at: int, used: int) -> bool:
        if not rest:
            return used >= 2
        if at >= len(words):
            return False
        word = words[at]
        return any(
            rest.startswith(word[:k]) and spells(rest[k:], at + 1, used + 1) for k in range(1, len(word) + 1)
        )

    return any(spells(acronym, start, 0) for start in range(len(words)) if words[start][:1] == acronym[:1])
