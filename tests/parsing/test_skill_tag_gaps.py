"""Tags set a few pixels apart with no mark between them: the page's gap is the only separator.

A browser draws each word of a tag as its own run, every word space of a line alike; two tags
(`display: inline-block; margin-right: 5px`) sit a space's width plus their margin apart, a little
wider than a word space: `Financial reporting` `SQL` read as `Financial reporting SQL`
(`html-skills-tags-tight`, macchiato's sidebar). Printed here word by word as a browser does,
through reportlab, in every language whose words are spaced (CJK keywords have no word space to
measure a margin against), margins of 3 to 8 px, two type sizes, with and without a group's name
in bold before the tags. And what must stay one keyword: a line whose words are all spaced alike
(set ragged or justified wider), and a wider space after a comma or a full stop (TeX's)."""

from __future__ import annotations

import io
import itertools
from collections.abc import Sequence

import pytest

from resume_api.parsing import parse_document
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.pdf_writer import SANS, _register, fonts_available
from tests.parsing.layouts.skill_idioms import MULTIWORD

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

SPACED = tuple(code for code in LANGS if code not in {"zh", "ja"})
MARGINS = (3, 4, 5, 6, 8)
"""The tags' margin in CSS pixels (0.75 pt each)."""


KERNED = frozenset("ATVWYÀÁÂÃÄÅАТУ")
"""Letters a browser's fonts kern against a space (Liberation Sans: `A space`, `space T`, 0.055 em)."""


def _page(
    lang: str,
    rows: Sequence[tuple[str | None, list[str], float]],
    size: float,
    kern: bool = False,
    prose: str = "",
) -> bytes:
    """A one-page resume whose skills section prints each row word by word: its bold name, then
    its tags `gap` points apart (on top of the word space); with `kern`, a space beside a letter
    the font kerns against it is that much narrower, as a browser sets it; `prose`, a sentence
    word by word over the section, in the tags' face at 10 pt (a page's body text)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
    from reportlab.pdfgen import canvas  # type: ignore[import-untyped]

    _register()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont(f"{SANS}-Bold", 20)
    c.drawString(50, 780, "Maria Lindqvist")
    c.setFont(SANS, 10)
    c.drawString(50, 762, "maria.lindqvist@example.com")
    x = 50.0
    for w in prose.split():
        c.setFont(SANS, 10)
        c.drawString(x, 746, w)
        x += stringWidth(w, SANS, 10) + stringWidth(" ", SANS, 10)
    c.setFont(f"{SANS}-Bold", 13)
    c.drawString(50, 730, LANGS[lang].headings["skills"][0].upper())
    y = 712.0
    for name, tags, gap in rows:
        x = 50.0
        words: list[tuple[str, bool, float]] = [(w, True, 0.0) for w in (name or "").split()]
        for t, tag in enumerate(tags):
            words += [(w, False, gap if t and not i else 0.0) for i, w in enumerate(tag.split())]
        for n, (w, bold, extra) in enumerate(words):
            font = f"{SANS}-Bold" if bold else SANS
            x += extra
            c.setFont(font, size)
            c.drawString(x, y, w)
            x += stringWidth(w, font, size) + stringWidth(" ", font, size)
            after = words[n + 1][0][:1] if n + 1 < len(words) else ""
            if kern and (w[-1] in KERNED or after in KERNED):
                x -= 0.055 * size
        y -= 1.6 * size
    c.showPage()
    c.save()
    return buf.getvalue()


def _cells() -> list[object]:
    out: list[object] = []
    for i, lang in enumerate(SPACED):
        for j, margin in enumerate(MARGINS):
            out.append(pytest.param(lang, margin, (i + j) % 2 == 0, id=f"{lang}-{margin}px"))
    return out


def _keywords(data: bytes) -> list[tuple[str, list[str]]]:
    parsed = parse_document(data, "tags.pdf")
    return [(g.get("name"), g.get("keywords", [])) for g in parsed["skills"]]


@pytest.mark.parametrize(("lang", "margin", "named"), _cells())
def test_tags_a_few_pixels_apart_are_keywords_of_their_own(lang: str, margin: int, named: bool) -> None:
    words = MULTIWORD[lang]
    groups = LANGS[lang].skill_groups
    rows = [
        (groups[0] if named else None, [words[0], "SQL", words[1]], 0.75 * margin),
        (groups[1] if named else None, ["Tableau", words[2]], 0.75 * margin),
    ]
    size = 9.5 if margin % 2 else 10.5
    got = _keywords(_page(lang, rows, size))
    if named:
        assert got == [(groups[0], [words[0], "SQL", words[1]]), (groups[1], ["Tableau", words[2]])]
    else:
        assert [k for _, kws in got for k in kws] == [words[0], "SQL", words[1], "Tableau", words[2]]


@pytest.mark.parametrize("lang", SPACED)
@pytest.mark.parametrize("stretch", [0.0, 2.0])
def test_words_spaced_alike_stay_one_keyword(lang: str, stretch: float) -> None:
    """Every word space alike, ragged or stretched (justified): no gap parts a keyword."""
    words = MULTIWORD[lang]
    phrase = f"{words[0]} {words[1]}"
    data = _page(lang, [(None, [w], stretch) for w in phrase.split()[:1]] + [(None, [phrase], 0.0)], 10)
    got = [k for _, kws in _keywords(data) for k in kws]
    assert phrase in got, got


def _kerned_phrases(lang: str) -> list[str]:
    """Two of the language's phrases run together, upper-cased, with word spaces both kerned and not."""
    out: list[str] = []
    words = MULTIWORD[lang]
    for a in words:
        for b in words:
            w = f"{a} {b}".upper().split()
            kerned = [x[-1] in KERNED or y[0] in KERNED for x, y in itertools.pairwise(w)]
            if a != b and any(kerned) and not all(kerned):
                out.append(" ".join(w))
    return out


CAPS_HEADINGS = (
    "upper-case keyword lines naming a section (GESTIONE PROGETTI) are read as headings, the list lost"
)


@pytest.mark.parametrize(
    "lang",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=CAPS_HEADINGS)) if c == "it" else c
        for c in SPACED
    ],
)
@pytest.mark.parametrize("size", [7.5, 9.0])
def test_kerned_word_spaces_stay_one_keyword(lang: str, size: float) -> None:
    """A space beside an `A` or a `T` is set narrower by the font's kerning (caffeine's upper-case
    sidebar lists, `PASTA FRESCA E RIPIENA`): the other spaces of the line are word spaces, not
    margins. One keyword a line, upper-case as a sidebar prints them."""
    phrases = _kerned_phrases(lang)[:3]
    assert phrases, lang
    got = [
        k
        for _, kws in _keywords(_page(lang, [(None, [p], 0.0) for p in phrases], size, kern=True))
        for k in kws
    ]
    assert got == phrases, got


ONE_WORD_TAGS = ("SQL", "Tableau", "Excel", "Python", "Jira", "Docker", "Figma")
"""Tags of one word: a row of them shows no word space of its own, every gap a margin."""


@pytest.mark.parametrize(("lang", "margin", "named"), _cells())
def test_rows_of_one_word_tags_part_at_each_margin(lang: str, margin: int, named: bool) -> None:
    """Rows of one-word tags, two a row (one gap) or three: the word space they never show is the
    one the same font shows elsewhere on the page (a sentence of the body, a tag of several
    words), and a gap that width plus a margin apart, the same on every row, parts two tags."""
    words = [w for w in MULTIWORD[lang] if " " in w]
    groups = LANGS[lang].skill_groups
    k = (len(lang) + margin) % 4
    two, three = list(ONE_WORD_TAGS[k : k + 2]), list(ONE_WORD_TAGS[k + 2 : k + 5])
    rows = [
        (groups[0] if named else None, two, 0.75 * margin),
        (None, three, 0.75 * margin),
        (groups[1] if named else None, [words[margin % len(words)]], 0.75 * margin),
    ]
    size = 9.5 if margin % 2 else 10.5
    prose = LANGS[lang].summaries[margin % len(LANGS[lang].summaries)][:60].rsplit(" ", 1)[0]
    got = [k for _, kws in _keywords(_page(lang, rows, size, prose=prose)) for k in kws]
    assert got == [*two, *three, words[margin % len(words)]], got


@pytest.mark.parametrize("lang", SPACED)
def test_justified_lines_of_few_words_stay_phrases(lang: str) -> None:
    """A narrow column set justified: lines of two or three words, each stretched by its own amount,
    every gap of a line alike and wider than a word space. No margin repeats from row to row: each
    line stays one phrase."""
    words = MULTIWORD[lang]
    phrases = [words[i % len(words)] for i in range(4)]
    rows: list[tuple[str | None, list[str], float]] = [(None, [p], 0.0) for p in phrases[:1]]
    for n, p in enumerate(phrases[1:]):  # each word its own tag, the stretch its line's own
        rows.append((None, p.split(), 1.1 + 0.9 * n))
    got = [k for _, kws in _keywords(_page(lang, rows, 10)) for k in kws]
    assert got == [p for p in phrases if p.split()], got
