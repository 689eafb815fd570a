"""What the resume's own sections say about the person: degrees with their fields, awards, certificates,
and spoken languages with their level.

Read from the structured sections (a degree's type and area, an award's title, a language's fluency),
not from loose words, so a sentence that raises a level ("fluent" where the resume says
"conversational"), changes a degree's field, or names an award is compared with the fact itself.
"""

from __future__ import annotations

from collections.abc import Callable

from resume_api.models.resume import Resume
from resume_api.models.slotted import Slotted
from resume_api.tailoring.lexicon import lexicon
from resume_api.tailoring.wording import content_words, phrase

LISTED = 3
"""The level of a language listed without one: enough to use at work, not "fluent"."""
FLUENT = 4
ENGLISH = FLUENT
"""English when the resume does not say: the resume itself is written in it."""


def level_of(text: str) -> int:
    """The highest proficiency a text names ("Limited working proficiency" → 2), 0 if none."""
    lex = lexicon()
    words = f" {phrase(text)} "
    return max((level for p, level in lex.proficiency.items() if f" {p} " in words), default=0)


def degree_fields(text: str) -> frozenset[str]:
    """The field words of a degree ("Bachelor of Science in Nursing" → science, nursing): every content
    word that is not a degree word, plus the field an abbreviation implies ("BFA" → fine arts)."""
    lex = lexicon()
    out: set[str] = set()
    for token in phrase(text).split():
        implied = lex.degree_fields.get(token)
        if implied:
            out |= content_words(implied)
    degree_words = {w for form in lex.degree_levels for w in form.split()} | {"degree", "of", "in"}
    return frozenset(out | {w for w in content_words(text) if w not in degree_words})


class Person(Slotted):
    __slots__ = ("awards", "certificates", "degrees", "languages")
    degrees: list[tuple[str, frozenset[str]]]
    """(level, field words) per education entry."""
    awards: list[frozenset[str]]
    """The content words of each award's title (numbers and dates left out)."""
    languages: dict[str, int]
    """Canonical language name → level (1 basic … 5 native)."""
    certificates: list[str]
    """Each certificate's name and issuer, as a phrase."""

    def __init__(
        self,
        degrees: list[tuple[str, frozenset[str]]] | None = None,
        awards: list[frozenset[str]] | None = None,
        languages: dict[str, int] | None = None,
        certificates: list[str] | None = None,
    ) -> None:
        self.degrees = [] if degrees is None else degrees
        self.awards = [] if awards is None else awards
        self.languages = {} if languages is None else languages
        self.certificates = [] if certificates is None else certificates

    @classmethod
    def of(cls, resume: Resume, degree_levels: Callable[[str], set[str]]) -> Person:
        """`degree_levels` reads the levels a degree's type names (the claim reader's, passed in so
        this module stays below it)."""
        lex = lexicon()
        person = cls()
        for entry in resume.education:
            text = " ".join(x for x in (entry.studyType, entry.area) if x)
            for level in degree_levels(entry.studyType or ""):
                person.degrees.append((level, degree_fields(text)))
        for award in resume.awards:
            words = {w for w in content_words(award.title or "") if w.isalpha()}
            if words:
                person.awards.append(frozenset(words))
        for certificate in resume.certificates:
            said = phrase(" ".join(x for x in (certificate.name, certificate.issuer) if x))
            if said:
                person.certificates.append(said)
        for language in resume.languages:
            name = phrase(language.language or "")
            if not name:
                continue
            canonical = lex.language_families.get(name, name)
            stated = level_of(language.fluency or "") or (ENGLISH if canonical == "english" else LISTED)
            person.languages[canonical] = max(stated, person.languages.get(canonical, 0))
        return person
