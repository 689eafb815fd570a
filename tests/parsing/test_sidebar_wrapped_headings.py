"""A heading wrapped by a narrow sidebar (`Competências` / `linguísticas`, `Знание` / `языков`) is
one heading, named by its whole text.

LinkedIn's "Save to PDF" and sidebar themes set headings in a column a few words wide; a two-word
heading in mixed case breaks after its first word, which alone may name another section
(`Competências` is a skills heading), so the languages came back as skills and an unnamed section.
Generated for every heading of two or more words a sidebar holds, in every language the generators
have, bold or in a light look (a point over the body, regular weight), wrapped after each word.
PDF only: Word wraps a paragraph itself, and a DOCX reader gets it whole.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.parsing.cases import parse_page
from tests.parsing.layouts import LANGS
from tests.parsing.layouts.lang import CERTIFICATES, SKILLS, Lang
from tests.parsing.layouts.model import Block, Page, Para, Run

KEYS = ("skills", "languages", "certificates", "awards", "interests")
"""The sections a sidebar holds."""

LOOKS = {"bold": {"bold": True, "size": 13.0}, "light": {"size": 11.0}}


UNREAD = {
    ("en", "Honors and Awards", 1, "light"), ("en", "Honours and Awards", 1, "light"),
    ("en", "Hobbies and Interests", 1, "light"), ("de", "Preise und Auszeichnungen", 1, "light"),
    ("nl", "Prijzen en onderscheidingen", 1, "light"), ("nl", "Prijzen en onderscheidingen", 2, "light"),
    ("ru", "Награды и достижения", 1, "light"), ("ru", "Награды и достижения", 2, "light"),
    ("ru", "Знание языков", 1, "bold"), ("ru", "Знание языков", 1, "light"),
}  # fmt: skip
"""Not read yet, and not by the heading rule: the reader takes this short sidebar for no column
and reads the page row by row (`und Auszeichnungen Anna Schneider`), so the heading's two lines
are apart before sections are cut (PDF reading order, `pdf_layout.py`)."""


def _body(lang: Lang, key: str) -> list[Block]:
    lines = {
        "skills": list(SKILLS[:3]),
        "languages": [f"{lang.languages[k]} ({lang.fluency[k]})" for k in range(2)],
        "certificates": [CERTIFICATES[2][0]],
        "awards": [lang.awards[0]],
        "interests": list(lang.interests[:2]),
    }[key]
    return [Para([Run(t)]) for t in lines]


def _cases() -> list[Any]:
    out = []
    for code, lang in LANGS.items():
        for key in KEYS:
            for heading in lang.headings.get(key, ()):
                words = heading.split()
                for cut in range(1, len(words)):
                    if not words[cut][:1].islower():
                        continue  # `Language` / `Skills`: see UPPER below
                    for look in LOOKS:
                        unread = (code, heading, cut, look) in UNREAD
                        marks = [pytest.mark.xfail(strict=True, reason="read row by row")] if unread else []
                        out.append(
                            pytest.param(
                                code,
                                key,
                                heading,
                                cut,
                                look,
                                id=f"{code}-{heading}-{cut}-{look}",
                                marks=marks,
                            )
                        )
    return out


@pytest.mark.parametrize(("code", "key", "heading", "cut", "look"), _cases())
def test_a_heading_wrapped_in_a_sidebar_is_one_heading(
    code: str, key: str, heading: str, cut: int, look: str
) -> None:
    lang = LANGS[code]
    words = heading.split()
    style = LOOKS[look]
    sidebar: list[Block] = [
        Para([Run(" ".join(words[:cut]), **style)], space_before=8),  # type: ignore[arg-type]
        Para([Run(" ".join(words[cut:]), **style)]),  # type: ignore[arg-type]
        *_body(lang, key),
    ]
    other = "skills" if key != "skills" else "languages"
    after = min(lang.headings[other], key=len)  # short enough not to wrap itself
    sidebar += [Para([Run(after, **style)], space_before=8), *_body(lang, other)]  # type: ignore[arg-type]
    given, family = lang.people[0]
    body: list[Block] = [
        Para([Run(f"{given} {family}", bold=True, size=22)]),
        Para([Run("jane.roe@example.com")]),
        Para([Run(lang.headings["work"][0], bold=True, size=14)], space_before=8),
        Para([Run(lang.employers[0], bold=True)], right=[Run("2019 – 2023")]),
        Para([Run(lang.titles[0], italic=True)]),
        Para([Run(lang.highlights[0])], bullet="•"),
    ]
    parsed = parse_page(Page(body=body, sidebar=sidebar, sidebar_side="left"), code, "pdf")
    got = [(s["key"], s["heading"]) for s in parsed["sections"]]
    assert (key, heading) in got, got
    assert [s for s in got if s[1] in words and s[1] != after] == [], got
