"""Indented lines under flush ones that are not groups named by indentation: every flush line is a
keyword (or a piece of one), so no word of it may be taken for a group's name.

`lists._indented_groups` reads a flush line over indented ones as a group's name over its keywords
(mantra's and boilerplate's grids). A skills list has other reasons to indent a line: a keyword
wrapped with a hanging indent (`Gestion de` / `    projet`), a comma list whose wrap is indented,
sub-points under a keyword line, a bullet left of its text with the wrap under the text, and two
levels of keyword lists (`Python, Go` / `    Django, Flask`). Read as groups, the flush lines' words
were lost as names (a held-out PDF lost two keywords so). Generated in every language, PDF and
DOCX, with two to four entries and keywords of one word and of several."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.parsing.cases import matrix, one_job, parse_page
from tests.parsing.layouts import LANGS
from tests.parsing.layouts.lang import SKILLS, Lang
from tests.parsing.layouts.model import Block, Page, Para, Run
from tests.parsing.layouts.skill_idioms import MULTIWORD

FORMS = ("hanging", "wrapped_list", "subpoints", "bulleted", "two_level")
"""Each entry a keyword wrapped in two, its second half indented (a hanging indent); a comma list
wrapped with its wrap indented; a keyword list with one keyword a line indented under it; a bulleted
keyword wrapped under its text, the bullet left of it; a keyword list over an indented list."""

_INDENT = 18.0


def _halves(text: str) -> tuple[str, str]:
    """A keyword cut where a narrow column wraps it: at the middle space, or mid-word in CJK."""
    words = text.split()
    if len(words) >= 2:
        k = (len(words) + 1) // 2
        return " ".join(words[:k]), " ".join(words[k:])
    k = max(1, len(text) // 2)
    return text[:k], text[k:]


def _entries(lang: Lang, i: int) -> list[tuple[list[str], list[str]]]:
    """(flush keywords, indented keywords) for each entry, no keyword twice."""
    words = MULTIWORD[lang.code]
    out = []
    a = b = 0
    for g in range(2 + i % 3):
        n, m = 2 + (g + i) % 2, 1 + (g + i) % 2
        one = [SKILLS[(i + a + k) % len(SKILLS)] for k in range(n)]
        two = [words[(i + b + k) % len(words)] for k in range(m)]
        a, b = a + n, b + m
        out.append((one, two))
    return out


def _blocks(lang: Lang, form: str, i: int) -> tuple[list[Block], list[str]]:
    """The skills section's blocks and the words it prints (a keyword wrapped in two counts whole)."""
    blocks: list[Block] = []
    want: list[str] = []
    for one, two in _entries(lang, i):
        if form in ("hanging", "bulleted"):
            head, tail = _halves(two[0])
            bullet = "•" if form == "bulleted" else None
            indent = 12.0 if form == "bulleted" else 0.0
            blocks += [
                Para([Run(head)], bullet=bullet, indent=indent),
                Para([Run(tail)], indent=indent + _INDENT),
            ]
            want.append(two[0])
        elif form == "wrapped_list":
            items = one + two
            cut = max(1, len(items) - 2)
            blocks += [
                Para([Run(", ".join(items[:cut]) + ",")]),
                Para([Run(", ".join(items[cut:]))], indent=_INDENT),
            ]
            want += items
        elif form == "subpoints":
            blocks += [Para([Run(", ".join(one))]), *[Para([Run(t)], indent=_INDENT) for t in two]]
            want += one + two
        else:
            blocks += [Para([Run(", ".join(one))]), Para([Run(", ".join(two))], indent=_INDENT)]
            want += one + two
    return blocks, want


def _page(lang: Lang, form: str, i: int) -> tuple[Page, list[str]]:
    blocks, want = _blocks(lang, form, i)
    head = Para([Run(lang.headings["skills"][0].upper(), bold=True, size=12)], space_before=8)
    return Page(body=[*one_job(lang, i), head, *blocks]), want


def _letters(words: list[str]) -> Counter[str]:
    return Counter("".join(words).replace(" ", "").casefold())


UNREAD: set[str] = set()


@pytest.mark.parametrize(("form", "code", "fmt"), matrix(FORMS, UNREAD))
def test_indented_lines_under_keywords_name_no_group(form: str, code: str, fmt: str) -> None:
    """Every letter the section prints comes back in a keyword (a group's name counts only where
    the group has no keywords, as the corpus scores it): none is lost to a name."""
    lang = LANGS[code]
    i = sum(map(ord, form + code)) % 4
    page, want = _page(lang, form, i)
    parsed = parse_page(page, code, fmt)
    got: list[str] = []
    for g in parsed["skills"]:
        got += g.get("keywords") or ([str(g["name"])] if g.get("name") else [])
    assert _letters(got) == _letters(want), parsed["skills"]
