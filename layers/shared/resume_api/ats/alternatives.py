"""Which of a job description's terms are one requirement: the ones it offers as alternatives.

A posting that asks for "GitHub Actions or CircleCI" wants one CI system, not both; "Java/Kotlin",
"cloud platforms such as AWS, GCP and Azure", "e.g. Terraform or Pulumi", "one of Go, Rust or C++"
and "Python, Go or Java" likewise name one requirement that any of the terms meets. Terms in a
plain list ("Python, Go and Java", "Python and SQL", bullets, separate sentences) stay separate
requirements.

The rule reads only what lies between terms that are written next to each other: a run of
terms joined by commas, "and", "or", "and/or" or a slash is a list; within it "or" and "/"
join their neighbours, and the whole list is one requirement when it ends in "or" ("A, B or C")
or when "such as", "e.g.", "for example", "one of", "any of" or "either" introduces it.
"""

from __future__ import annotations

import re

from resume_api.models.slotted import Frozen


class Hit(Frozen):
    """One place a term is written in the job description."""

    __slots__ = ("category", "end", "names", "required", "start", "term", "written")
    start: int
    end: int
    term: str
    category: str
    names: tuple[str, ...]
    written: str
    required: bool

    def __init__(
        self,
        start: int,
        end: int,
        term: str,
        category: str,
        names: tuple[str, ...],
        written: str,
        required: bool,
    ) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "term", term)
        object.__setattr__(self, "category", category)
        object.__setattr__(self, "names", names)
        object.__setattr__(self, "written", written)
        object.__setattr__(self, "required", required)


_OR = re.compile(r"\s*(?:,\s*)?\(?\s*(?:and\s*/\s*or|or|/|\|)\s*\(?\s*", re.IGNORECASE)
_AND = re.compile(r"\s*(?:,|(?:,\s*)?(?:and|&|as well as|plus))\s*", re.IGNORECASE)
_INTRODUCED = re.compile(
    r"(?:\bsuch\s+as|(?<![\w.])e\.?\s?g(?:\.|\b)|\bfor\s+(?:example|instance)|"
    r"\b(?:at\s+least\s+)?(?:one|any)\s+of(?:\s+the\s+following)?|\beither)\s*[:,]?\s*\(?\s*$",
    re.IGNORECASE,
)
_LOOK_BACK = 40


def linked(gap: str) -> bool:
    """Whether two terms with this between them are written as one list."""
    return _link(gap) is not None


def _link(gap: str) -> str | None:
    """How two neighbouring terms are joined: "or", "comma", "and", or None (they are not one list)."""
    if _OR.fullmatch(gap):
        return "or"
    if _AND.fullmatch(gap):
        return "comma" if gap.strip() == "," else "and"
    return None


def _split(run: list[Hit], links: list[str], introduced: bool) -> list[tuple[Hit, ...]]:
    """A list of terms as requirements: all one ("such as A, B"; "A, B or C"), or split at each "and"."""
    if introduced or (links and links[-1] == "or" and set(links[:-1]) <= {"comma"}):
        return [tuple(run)]
    groups: list[list[Hit]] = [[run[0]]]
    for hit, link in zip(run[1:], links, strict=True):
        if link == "or":
            groups[-1].append(hit)
        else:
            groups.append([hit])
    return [tuple(g) for g in groups]


def requirements(text: str, hits: list[Hit]) -> list[tuple[Hit, ...]]:
    """The hits (in text order) grouped into requirements: one tuple per requirement, in text order."""
    out: list[tuple[Hit, ...]] = []
    run: list[Hit] = []
    links: list[str] = []

    def flush() -> None:
        if run:
            before = text[max(0, run[0].start - _LOOK_BACK) : run[0].start]
            out.extend(_split(run, links, bool(_INTRODUCED.search(before))))

    for hit in hits:
        if run:
            gap = text[run[-1].end : hit.start]
            link = _link(gap)
            if link is not None:
                run.append(hit)
                links.append(link)
                continue
            flush()
        run, links = [hit], []
    flush()
    return out
