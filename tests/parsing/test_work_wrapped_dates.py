"""Round 23 (#10): a date at the end of a description line, wrapped onto a line of its own, is no job.

A narrow column wraps a bullet (or a plain description line) so that its last word and the date
that closes it land on a line of their own: `GOP-Steigerung … trotz pandemiebedingter` over
`Schließungen 2020/21`. Read as a dated header line, that piece became a job of its own (the
opened census's "line taken as a job" rose 207 -> 219 at efb83b2 on one such line in twelve
themes; 1abde64 took the slashed form out of the ranges, the dash forms and single dates stay
ranges and dates). Cases: every generated language; the date closing the line as a slashed season,
a range of two-digit or four-digit years (with or without spaces, in parentheses), a year, a month;
the description line under a bullet glyph or plain. PDF only: Word wraps a paragraph where the
page ends and a reader gets it whole. Asserted: work holds exactly the three jobs (employer,
title, start) and the description keeps the date.
"""

from __future__ import annotations

import functools

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.model import Block, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available, text_width
from tests.parsing.test_education_dates_last import cells
from tests.parsing.test_entries_title_qualifier import YEARS, section_page

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

TAILS = ("2020/21", "2019–21", "2019–2021", "2019 – 2021", "(2020–2021)", "2020", "03/2020")
GLYPHS = {"bullet": "•", "plain": None}


def _description(code: str, k: int, tail: str) -> tuple[str, str]:
    """The `k`th job's description line closed by `tail`, and the part a box keeps on its first
    line (about 300 pt of it: the last word and the date wrap together onto the second)."""
    lang = LANGS[code]
    text = lang.long_highlights[k % len(lang.long_highlights)].rstrip(".。")
    cjk = code if lang.cjk else ""
    if lang.cjk:
        n = max(n for n in range(1, len(text) - 2) if text_width(text[:n], cjk=cjk) <= 300)
        return f"{text[: n + 2]}{tail}", text[:n]
    words = text.split()
    n = max(n for n in range(1, len(words) - 1) if text_width(" ".join(words[:n])) <= 300)
    return f"{' '.join(words[: n + 1])} {tail}", " ".join(words[:n])


def _document(fmt: str, code: str, tail: str, glyph: str) -> bytes:
    lang = LANGS[code]
    jobs: list[Block] = []
    for k, (start, end) in enumerate(YEARS):
        text, first = _description(code, k, tail)
        indent = 10 if GLYPHS[glyph] else 0
        # the box ends right after the line's first part: its last word and the date wrap together
        width = text_width(first, cjk=code if lang.cjk else "") + indent + 3
        jobs.append(
            Para([Run(lang.employers[k], bold=True, size=11)], right=[Run(f"{start} – {end}", size=9)])
        )
        jobs.append(Para([Run(lang.titles[k], italic=True)]))
        jobs.append(Para([Run(text)], bullet=GLYPHS[glyph], indent=indent, width=width))
    return section_page(fmt, code, jobs)


@functools.cache
def _parsed(fmt: str, code: str, tail: str, glyph: str) -> list[tuple[str | None, ...]]:
    parsed = parse_document(_document(fmt, code, tail, glyph), f"cv.{fmt}")
    return [
        (e.get("name"), e.get("position"), e.get("startDate"), " ".join(e.get("highlights") or []))
        for e in parsed.get("work") or []
    ]


COMBOS = [("pdf", code, tail, glyph) for code in LANGS for tail in TAILS for glyph in GLYPHS]

_SINCE = (
    "dates: one word before a numeric month (`programme 03/2020`) is read as an unknown language's"
    " 'since', the piece as a date line alone (a job open to the present)"
)
_OPENER = "the piece is the range with its opening word alone (`de 2019–21`), as a date line's is"
# fmt: off
XFAIL: dict[tuple[str, ...], str] = {
    ('pdf', 'en', '03/2020', 'bullet'): _SINCE,
    ('pdf', 'en', '03/2020', 'plain'): _SINCE,
    ('pdf', 'fr', '03/2020', 'bullet'): _SINCE,
    ('pdf', 'fr', '03/2020', 'plain'): _SINCE,
    ('pdf', 'de', '03/2020', 'bullet'): _SINCE,
    ('pdf', 'de', '03/2020', 'plain'): _SINCE,
    ('pdf', 'es', '03/2020', 'bullet'): _SINCE,
    ('pdf', 'es', '03/2020', 'plain'): _SINCE,
    ('pdf', 'pt', '2019–21', 'bullet'): _OPENER,
    ('pdf', 'pt', '2019–21', 'plain'): _OPENER,
    ('pdf', 'pt', '2019–2021', 'bullet'): _OPENER,
    ('pdf', 'pt', '2019–2021', 'plain'): _OPENER,
    ('pdf', 'pt', '2019 – 2021', 'bullet'): _OPENER,
    ('pdf', 'pt', '2019 – 2021', 'plain'): _OPENER,
    ('pdf', 'pt', '03/2020', 'bullet'): _SINCE,
    ('pdf', 'pt', '03/2020', 'plain'): _SINCE,
    ('pdf', 'it', '03/2020', 'bullet'): _SINCE,
    ('pdf', 'it', '03/2020', 'plain'): _SINCE,
    ('pdf', 'nl', '03/2020', 'bullet'): _SINCE,
    ('pdf', 'nl', '03/2020', 'plain'): _SINCE,
    ('pdf', 'pl', '03/2020', 'bullet'): _SINCE,
    ('pdf', 'pl', '03/2020', 'plain'): _SINCE,
    ('pdf', 'ru', '03/2020', 'bullet'): _SINCE,
    ('pdf', 'ru', '03/2020', 'plain'): _SINCE,
}
# fmt: on


@pytest.mark.parametrize(("fmt", "code", "tail", "glyph"), cells(COMBOS, XFAIL))
def test_a_date_wrapped_with_a_descriptions_last_word_is_no_job(
    fmt: str, code: str, tail: str, glyph: str
) -> None:
    lang = LANGS[code]
    got = _parsed(fmt, code, tail, glyph)
    assert [g[:3] for g in got] == [
        (lang.employers[k], lang.titles[k], YEARS[k][0]) for k in range(len(YEARS))
    ]
    assert all(tail.strip("()") in (g[3] or "") for g in got)
