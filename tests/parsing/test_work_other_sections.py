"""Round 20 (#10): dated entries under a heading that is not work stay in their own section.

The held-out census counted jobs the parser made of other sections' entries (volunteering,
projects, teaching, side ventures): shaped exactly like jobs (`Role — Org`, dates beside or under
it, a bullet), they are told apart by their heading alone. Cases: every generated language, PDF
and DOCX, the other section after Work or before it, two entry shapes (`Role — Org` with the dates
right, the organisation over the role with the dates on a line of their own); headings of every
section the vocabulary names (volunteer, projects, awards, publications, and the `other` ones:
teaching, talks) and headings it does not know (`Side Ventures`, `Nebentätigkeiten`), which stay
`other`, verbatim. Asserted: work holds exactly the two jobs, and no word of the other entries is
lost (each organisation and role is printed somewhere else in the parse). Written before the
rule; what fails today is in `XFAIL` (strict): nothing.
"""

from __future__ import annotations

import functools
import json
from typing import Any

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.layouts.docx_writer import write_docx
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.model import Block, Page, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available, write_pdf
from tests.parsing.test_education_dates_last import cells

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

KNOWN = ("volunteer", "projects", "awards", "publications", "other")
UNKNOWN: dict[str, tuple[str, ...]] = {
    "en": ("Side Ventures", "Leadership & Activities"),
    "de": ("Nebentätigkeiten", "Side Ventures"),
    "fr": ("Engagement", "Side Ventures"),
    "ru": ("Общественная деятельность",),
    "zh": ("社会活动",),
    "ja": ("課外活動",),
}
"""Per language, headings past the generator's own: unknown ones (`other`) and volunteering's."""
KEYS = {"Engagement": "volunteer", "Общественная деятельность": "volunteer", "社会活动": "volunteer"}
"""The section each of `UNKNOWN` names (the rest name nothing: `other`)."""
JOBS = ((0, "2021", "2023"), (1, "2018", "2021"))
OTHERS = ((2, "2016", "2018"), (3, "2014", "2016"))
SHAPES = (("role-org", "right"), ("org-over-role", "below"))
ORDERS = ("after", "before")


def _entries(code: str, which: tuple[tuple[int, str, str], ...], shape: str, dates: str) -> list[Block]:
    lang = LANGS[code]
    out: list[Block] = []
    for k, start, end in which:
        when = [Run(f"{start} – {end}", size=9)]
        right = when if dates == "right" else None
        if shape == "role-org":
            out.append(
                Para([Run(f"{lang.titles[k]} — {lang.employers[k]}", bold=True, size=11)], right=right)
            )
        else:
            out.append(Para([Run(lang.employers[k], bold=True, size=11)], right=right))
        if right is None:
            out.append(Para(when))
        if shape != "role-org":
            out.append(Para([Run(lang.titles[k], italic=True)]))
        out.append(Para([Run(lang.highlights[k])], bullet="•"))
    return out


def _heading(text: str) -> Block:
    return Para([Run(text, bold=True, size=14)], space_before=12)


def document(fmt: str, code: str, heading: str, order: str, shape: str, dates: str) -> bytes:
    """A resume: a name, an email, Work with two jobs and `heading` with two entries shaped like
    them (after Work or before it), then Education."""
    lang = LANGS[code]
    work = [_heading(lang.headings["work"][0]), *_entries(code, JOBS, shape, dates)]
    other = [_heading(heading), *_entries(code, OTHERS, shape, dates)]
    body: list[Block] = [
        Para([Run(" ".join(lang.people[0]), bold=True, size=18)]),
        Para([Run("someone@example.com")]),
        *(work + other if order == "after" else other + work),
        _heading(lang.headings["education"][0]),
        Para([Run(lang.institutions[0], bold=True, size=11)], right=[Run("2010 – 2014", size=9)]),
    ]
    page = Page(body=body, cjk=code if lang.cjk else "")
    return write_pdf(page) if fmt == "pdf" else write_docx(page)


@functools.cache
def _parsed(fmt: str, code: str, heading: str, order: str, shape: str, dates: str) -> dict[str, Any]:
    return parse_document(document(fmt, code, heading, order, shape, dates), f"cv.{fmt}")


def _combos() -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for code, lang in LANGS.items():
        heads = [lang.headings[key][0] for key in KNOWN] + list(UNKNOWN.get(code, ("Side Ventures",)))
        for n, head in enumerate(heads):
            for fmt in ("pdf", "docx"):
                shape, dates = SHAPES[n % 2]
                order = ORDERS[(n // 2 + (fmt == "docx")) % 2]
                out.append((fmt, code, head, order, shape, dates))
    return out


COMBOS = _combos()

XFAIL: dict[tuple[str, ...], str] = {}
XFAIL_KEY: dict[tuple[str, ...], str] = {}


@pytest.mark.parametrize(("fmt", "code", "heading", "order", "shape", "dates"), cells(COMBOS, XFAIL))
def test_entries_of_another_section_are_not_jobs_and_are_kept(
    fmt: str, code: str, heading: str, order: str, shape: str, dates: str
) -> None:
    lang = LANGS[code]
    parsed = _parsed(fmt, code, heading, order, shape, dates)
    work = [(e.get("name"), e.get("position")) for e in parsed.get("work") or []]
    assert work == [(lang.employers[k], lang.titles[k]) for k, _, _ in JOBS]
    rest = json.dumps({k: v for k, v in parsed.items() if k != "work"}, ensure_ascii=False)
    for k, _, _ in OTHERS:
        assert lang.employers[k] in rest and lang.titles[k] in rest


@pytest.mark.parametrize(("fmt", "code", "heading", "order", "shape", "dates"), cells(COMBOS, XFAIL_KEY))
def test_another_section_keeps_its_heading_and_key(
    fmt: str, code: str, heading: str, order: str, shape: str, dates: str
) -> None:
    lang = LANGS[code]
    parsed = _parsed(fmt, code, heading, order, shape, dates)
    known = [key for key in KNOWN if lang.headings[key][0] == heading]
    sections = {s["heading"]: s["key"] for s in parsed["sections"] if s["heading"]}
    assert sections.get(heading) == (known[0] if known else KEYS.get(heading, "other"))
