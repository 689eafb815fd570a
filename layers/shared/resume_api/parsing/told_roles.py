"""A job told as a sentence: `Trabajé en Xing, en Barcelona, como desarrollador backend.`,
`Worked at Acme Corporation, in San Francisco, CA, as Software Engineer.`, `在华信科技（北京）担任软件工程师。`.

CVs written in prose name the employer after a linking word (`at`, `chez`, `en`, `在`) and the
role after another (`as`, `en tant que`, `como`, `担任`); the place sits between them after a
preposition or in parentheses. The words come from the language files (`role_at`, `role_as`);
the sentence's shape does the rest. What follows the sentence on its line is description.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .lexicon import lexicon
from .vocab import title_score

_PLACE_WORDS = r"in|en|à|a|em|w|в|im|nel|nella|na"
"""Prepositions before a place inside the sentence (`, en Barcelona,`, `, in Berlin,`)."""


@dataclass(frozen=True, slots=True)
class ToldRole:
    employer: str
    title: str
    place: str | None
    aside: str
    """Words between the employer and the role that name no place (`parte de Rakuten`)."""
    rest: str
    """The text after the sentence, on the same line: the description's start."""
    sentence: str
    """The sentence itself, as printed: its words (`Trabajé`, `como`) are the person's too."""


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@functools.cache
def _patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    lex = lexicon()
    latin = cjk = None
    at = [w for w in lex.role_at if w.isascii() or not _cjk(w)]
    as_ = [w for w in lex.role_as if w.isascii() or not _cjk(w)]
    if at and as_:
        latin = re.compile(
            rf"^(?P<lead>(?:[^\s.;:,]+\s+){{0,3}}?)(?:{_alt(tuple(at))})\s+"
            rf"(?P<mid>(?-i:[^\W\d_a-zа-яё]).*?)\s*,?\s+(?:{_alt(tuple(as_))}):?\s+"
            r"(?P<title>[^.;:!?]+?)\s*(?:[.;!?](?:\s+(?P<rest>\S.*))?)?$",
            re.IGNORECASE,
        )
    cjk_at = [w for w in lex.role_at if _cjk(w)]
    cjk_as = [w for w in lex.role_as if _cjk(w)]
    after_at, after_as = lex.role_at_after, lex.role_as_after
    forms = []
    if cjk_at and cjk_as:
        forms.append(
            rf"(?:{_alt(tuple(cjk_at))})(?P<e1>[^，,。（(]{{2,40}}?)(?:[（(](?P<p1>[^）)]{{1,30}})[）)])?"
            rf"(?:{_alt(tuple(cjk_as))})(?P<t1>[^，,。；]{{1,30}}?)"
        )
    if after_at and after_as:
        forms.append(
            rf"(?P<e2>[^，,。（(\s]{{2,40}}?)(?:[（(](?P<p2>[^）)]{{1,30}})[）)])?(?:{_alt(after_at)})"
            rf"(?P<t2>[^，,。；]{{1,30}}?)(?:{_alt(after_as)})"
        )
    if forms:
        cjk = re.compile(rf"^(?:{'|'.join(forms)})\s*(?:[。；]\s*(?P<rest>.*))?$")
    return latin, cjk


_AT_COMPANY = (
    *("at the company", "for the company", "in the company", "at the firm"),
    *("dans l'entreprise", "dans la société", "pour l'entreprise", "pour la société"),
    *("au sein de l'entreprise", "au sein de la société", "chez l'entreprise"),
    *("bei der Firma", "im Unternehmen", "beim Unternehmen", "in der Firma", "für die Firma"),
    *("en la empresa", "de la empresa", "para la empresa", "en la compañía", "de la compañía"),
    *("na empresa", "da empresa", "para a empresa", "na companhia"),
    *("presso l'azienda", "nell'azienda", "per l'azienda", "presso la società", "nella società"),
    *("bij het bedrijf", "bij de firma", "voor het bedrijf"),
    *("w firmie", "w spółce", "dla firmy"),
    *("в компании", "в организации", "в фирме"),
)
"""A linking word and a noun for a company after a role (`Desarrollador web en la empresa Alt120`)."""
_AT_BARE = ("at", "for", "with")
"""English links a role to its employer without the noun: such a phrase is a told role only where a
place follows the employer after its preposition (`Developer at Gnuine, in Barcelona, using ...`)."""


@functools.cache
def _title_first() -> re.Pattern[str]:
    links = _alt(_AT_COMPANY + _AT_BARE)
    return re.compile(
        rf"^(?P<title>(?-i:[^\W\d_a-zа-яё])[^.;:!?]*?)\s+(?P<link>{links})\s+"
        # a stop ends the sentence where the text ends or a capitalised word follows it, never
        # inside a legal form (`Wisła Logistyka Sp. z o.o.`)
        r"(?P<mid>(?-i:[^\W\d_a-zа-яё«\"]|[«\"]).*?)\s*(?:[.;!?](?:\s+(?P<rest>(?-i:[^\W\d_a-zа-яё])\S*.*))?)?$",
        re.IGNORECASE,
    )


def _told_title_first(text: str) -> ToldRole | None:
    """`Desarrollador web en la empresa Alt120, en Barcelona. Uso del framework...`: the role first,
    then the employer after a link and a noun for a company, then the place."""
    m = _title_first().match(text)
    if m is None:
        return None
    title, _, aside_head = m.group("title").partition(", ")  # `Encargado de ..., en Ruby y PHP, ...`
    pieces = _mid(m.group("mid"))
    if pieces is None or not title or len(title.split()) > 10:
        return None
    employer, place, aside = pieces
    if m.group("link").casefold() in _AT_BARE and not re.search(rf",\s+(?:{_PLACE_WORDS})\s", m.group("mid")):
        return None  # `Engineer at Google, Mountain View`: a header, read field by field
    aside = ", ".join(a for a in (aside_head, aside) if a)
    last = employer.rsplit(maxsplit=1)[-1]
    abbreviated = "." in last or last.casefold() in {"inc", "corp", "ltd", "lda", "ltda", "co", "cia", "bros"}
    if employer == m.group("mid").strip() and abbreviated and not last.endswith("."):
        employer += "."  # `IBECON 2003 S.L.`: the sentence's stop is the legal form's too
    return ToldRole(
        employer, title.strip(), place, aside, (m.group("rest") or "").strip(), _sentence(text, m)
    )


def _cjk(word: str) -> bool:
    return bool(re.search(r"[\u3040-\u30ff\u3400-\u9fff]", word))


def _mid(mid: str) -> tuple[str, str | None, str] | None:
    """`Xing, en Barcelona` -> employer, place, aside; None when no employer leads it."""
    paren = re.match(r"^(?P<e>[^()]+?)\s*\((?P<p>[^()]{2,40})\)\s*(?P<tail>.*)$", mid)
    if paren:
        return paren.group("e").strip(" ,"), paren.group("p").strip(), paren.group("tail").strip(" ,")
    parts = [p.strip() for p in mid.split(", ")]
    employer: str = parts[0]
    place: str | None = None
    aside: list[str] = []
    for part in parts[1:]:
        m = re.match(rf"^(?:{_PLACE_WORDS})\s+(?P<p>[^\W\d_a-z].*)$", part)
        if m and place is None:
            place = m.group("p")
        elif place is not None and not aside and len(part.split()) <= 3 and part[:1].isupper():
            place = f"{place}, {part}"  # `in San Francisco, CA`
        else:
            aside.append(part)
    if not employer or len(employer.split()) > 8:
        return None
    return employer, place, ", ".join(aside)


def told_role(text: str) -> ToldRole | None:
    """The employer, role and place of a job told as a sentence, or None for any other header."""
    text = text.strip()
    if not text or len(text) > 400:
        return None
    latin, cjk = _patterns()
    if (cjk is not None and _cjk(text[:1] or "x")) or (
        cjk is not None and re.search(r"[\u3040-\u30ff]", text[:20])
    ):
        m = cjk.match(text)
        if m:
            employer = (m.group("e1") or m.group("e2") or "").strip()
            title = (m.group("t1") or m.group("t2") or "").strip()
            place = m.group("p1") or m.group("p2")
            if employer and title:
                rest = (m.group("rest") or "").strip()
                return ToldRole(employer, title, place, "", rest, _sentence(text, m))
    m = latin.match(text) if latin is not None else None
    if m is None:
        return _told_title_first(text)
    lead = m.group("lead").strip()
    if lead and title_score(lead) > 0:
        return None  # `Engineer at Acme as consultant`: the lead is the role, not a verb
    pieces = _mid(m.group("mid"))
    title = m.group("title").strip()
    if pieces is None or not title or len(title.split()) > 10 or re.match(r"(?i)(?:a|an|the)\s", title):
        return None
    employer, place, aside = pieces
    return ToldRole(employer, title, place, aside, (m.group("rest") or "").strip(), _sentence(text, m))


def _sentence(text: str, m: re.Match[str]) -> str:
    """`text` up to where the description after the sentence starts."""
    return text[: m.start("rest")].strip() if m.group("rest") else text
