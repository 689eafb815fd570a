"""Sections headed a size smaller than the first ones, in the look of the skill groups (#10).

Published themes (minyma) head the first sections large (`Summary`, `Work`, `Skills`,
`Education` at 22.5 pt bold) and a later one small (`Certificates` at 13.5 pt bold), the very look
the skill groups' names print in over their keywords (`Systems`, `Audit`): one line of that look
names a section, more lines of it do not, and the parser took the look for the skill groups' and
the line for one of them. A small bold line that names a section, with no other line of its look
in the section above it, heads its own section; a skill group's name among its siblings stays a
line of the skills. Cases: certificates, languages or interests so headed, the first headings in
capitals or large title case; PDF and DOCX, all eleven languages. Judged on the later sections'
items and the skills.
"""

from __future__ import annotations

import pytest

from tests.parsing.layouts import judged_verdict, language_cells, parses_back
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.layouts.variants import E, L, T, Variant, line
from tests.parsing.test_layout_cells_round13 import _both

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

_TITLE_EMPLOYER = (line(T, bold=True), line(E, L, sep=", ", italic=True))
_EMPLOYER_TITLE = (line(E, L, sep=", ", bold=True), line(T, italic=True))

MINOR: tuple[Variant, ...] = (
    *_both("minor-certificates-under-caps", _TITLE_EMPLOYER, minor_headings="certificates"),
    *_both("minor-languages-under-title", _EMPLOYER_TITLE, minor_headings="languages", heading="title"),
    *_both("minor-interests-under-caps", _EMPLOYER_TITLE, minor_headings="interests", dates="own_line"),
)
BY = {v.name: v for v in MINOR}
JUDGED = (
    "skills",
    "languages",
    "certificates",
    "awards",
    "interests",
    "volunteer",
    "publications",
    "references",
)

# fmt: off
XFAIL: dict[tuple[str, str], str] = {
    # the small bold heading read as one more skill group (`Zertifikate` over its items): its look
    # names one heading and more other lines use it (the groups), so it is taken for no heading look
    # (`find_headings`); sect22's `_closes_its_look` (kept as a patch, not merged: it cost tune work
    # F1 0.834 -> 0.828) passes 36 of these. CJK PDF cells print no bold at all (the writer has no
    # bold CJK face), and in English the first skill group is `Languages` itself.
    ('pdf-minor-certificates-under-caps', 'fr'): "skills: expected 2 entries, got 3: [('Langages', ['Python',",
    ('pdf-minor-certificates-under-caps', 'de'): "skills: expected 2 entries, got 3: [('Programmiersprachen',",
    ('pdf-minor-certificates-under-caps', 'es'): "skills: expected 2 entries, got 3: [('Lenguajes', ['Python',",
    ('pdf-minor-certificates-under-caps', 'pt'): "skills: expected 2 entries, got 3: [('Linguagens', ['Python'",
    ('pdf-minor-certificates-under-caps', 'it'): "skills: expected 2 entries, got 3: [('Linguaggi', ['Python',",
    ('pdf-minor-certificates-under-caps', 'nl'): "skills: expected 2 entries, got 3: [('Programmeertalen', ['P",
    ('pdf-minor-certificates-under-caps', 'pl'): "skills: expected 2 entries, got 3: [('Języki programowania',",
    ('pdf-minor-certificates-under-caps', 'ru'): "skills: expected 2 entries, got 3: [('Языки программирования",
    ('pdf-minor-certificates-under-caps', 'zh'): "certificates: expected 1 entries, got 0: []",
    ('pdf-minor-certificates-under-caps', 'ja'): "certificates: expected 1 entries, got 0: []",
    ('docx-minor-certificates-under-caps', 'fr'): "skills: expected 2 entries, got 3: [('Langages', ['Python',",
    ('docx-minor-certificates-under-caps', 'de'): "skills: expected 2 entries, got 3: [('Programmiersprachen',",
    ('docx-minor-certificates-under-caps', 'es'): "skills: expected 2 entries, got 3: [('Lenguajes', ['Python',",
    ('docx-minor-certificates-under-caps', 'pt'): "skills: expected 2 entries, got 3: [('Linguagens', ['Python'",
    ('docx-minor-certificates-under-caps', 'it'): "skills: expected 2 entries, got 3: [('Linguaggi', ['Python',",
    ('docx-minor-certificates-under-caps', 'nl'): "skills: expected 2 entries, got 3: [('Programmeertalen', ['P",
    ('docx-minor-certificates-under-caps', 'pl'): "skills: expected 2 entries, got 3: [('Języki programowania',",
    ('docx-minor-certificates-under-caps', 'ru'): "skills: expected 2 entries, got 3: [('Языки программирования",
    ('docx-minor-certificates-under-caps', 'zh'): "skills: expected 2 entries, got 3: [('编程语言', ['Python', 'SQL",
    ('docx-minor-certificates-under-caps', 'ja'): "skills: expected 2 entries, got 3: [('プログラミング言語', ['Python',",
    ('pdf-minor-languages-under-title', 'en'): "skills[1].name: expected 'Tools', got 'Skills'",
    ('pdf-minor-languages-under-title', 'zh'): "skills: expected 2 entries, got 1: [('编程语言', ['Python', 'SQL",
    ('pdf-minor-languages-under-title', 'ja'): "skills: expected 2 entries, got 1: [('プログラミング言語', ['Python',",
    ('docx-minor-languages-under-title', 'en'): "skills[1].name: expected 'Tools', got 'Skills'",
    ('pdf-minor-interests-under-caps', 'fr'): "interests: expected 2 entries, got 0: []",
    ('pdf-minor-interests-under-caps', 'de'): "interests: expected 2 entries, got 0: []",
    ('pdf-minor-interests-under-caps', 'es'): "interests: expected 2 entries, got 0: []",
    ('pdf-minor-interests-under-caps', 'pt'): "interests: expected 2 entries, got 0: []",
    ('pdf-minor-interests-under-caps', 'it'): "interests: expected 2 entries, got 0: []",
    ('pdf-minor-interests-under-caps', 'nl'): "interests: expected 2 entries, got 0: []",
    ('pdf-minor-interests-under-caps', 'pl'): "interests: expected 2 entries, got 0: []",
    ('pdf-minor-interests-under-caps', 'ru'): "interests: expected 2 entries, got 0: []",
    ('pdf-minor-interests-under-caps', 'zh'): "skills: expected 2 entries, got 1: [('编程语言', ['Python', 'SQL",
    ('pdf-minor-interests-under-caps', 'ja'): "skills: expected 2 entries, got 1: [('プログラミング言語', ['Python',",
    ('docx-minor-interests-under-caps', 'fr'): "interests: expected 2 entries, got 0: []",
    ('docx-minor-interests-under-caps', 'de'): "interests: expected 2 entries, got 0: []",
    ('docx-minor-interests-under-caps', 'es'): "interests: expected 2 entries, got 0: []",
    ('docx-minor-interests-under-caps', 'pt'): "interests: expected 2 entries, got 0: []",
    ('docx-minor-interests-under-caps', 'it'): "interests: expected 2 entries, got 0: []",
    ('docx-minor-interests-under-caps', 'nl'): "interests: expected 2 entries, got 0: []",
    ('docx-minor-interests-under-caps', 'pl'): "interests: expected 2 entries, got 0: []",
    ('docx-minor-interests-under-caps', 'ru'): "interests: expected 2 entries, got 0: []",
    ('docx-minor-interests-under-caps', 'zh'): "interests: expected 2 entries, got 0: []",
    ('docx-minor-interests-under-caps', 'ja'): "interests: expected 2 entries, got 0: []",
}
# fmt: on


@pytest.mark.parametrize(("variant", "lang"), language_cells(MINOR, XFAIL))
def test_a_small_bold_heading_after_the_first_sections_heads_its_own(variant: str, lang: str) -> None:
    __tracebackhide__ = True
    parses_back(judged_verdict(BY[variant], lang, JUDGED))


# The summary (`About`, `Profile`) headed small and bold above the first large heading, as class
# prints `Contact` and `About` over `Work`: no entry has begun above the first heading in the
# dominant look, so the small bold line that names a section there heads it (`find_headings`).
ABOVE: tuple[Variant, ...] = (
    *_both("minor-summary-above-caps", _TITLE_EMPLOYER, minor_headings="summary"),
    *_both("minor-summary-above-title", _EMPLOYER_TITLE, minor_headings="summary", heading="title"),
)
BY.update({v.name: v for v in ABOVE})
XFAIL_ABOVE: dict[tuple[str, str], str] = {
    # the writer has no bold CJK face: the small heading prints in the body's look exactly
    (f"pdf-minor-summary-above-{h}", code): "the summary's heading heads no section: a CJK PDF prints no bold"
    for h in ("caps", "title")
    for code in ("zh", "ja")
}


@pytest.mark.parametrize(("variant", "lang"), language_cells(ABOVE, XFAIL_ABOVE))
def test_a_small_bold_heading_above_the_first_large_one_heads_its_own(variant: str, lang: str) -> None:
    from tests.parsed import parse
    from tests.parsing.layouts import render, sample

    __tracebackhide__ = True
    parses_back(judged_verdict(BY[variant], lang, ("basics", *JUDGED, "work")))
    data, filename, _ = render(sample(lang, BY[variant]), BY[variant])
    keys = [s["key"] for s in parse(data, filename)["sections"]]
    assert "summary" in keys, f"the summary's heading heads no section: {keys}"
