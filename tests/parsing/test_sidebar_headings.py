"""A sidebar's heading too long for its column (#10): wrapped onto a second line at the heading
block's own line height (`COMPETENZE` / `LINGUISTICHE`, a line-height up to 1.45), or clipped at
the column's edge (`TAALVAARDIGHEDE` for `Taalvaardigheden`, `SPRACHKENNTNISS`), it still heads
its section under the key its whole words name.

Unit cases on the line model, generated before the rule from every language's vocabulary: its
two-word headings of languages, skills and certificates wrapped at several line heights, and its
one-word headings of ten letters or more clipped by one or two letters.
"""

from __future__ import annotations

import pytest

from resume_api.parsing.lexicon import language_files
from resume_api.parsing.lines import Line
from resume_api.parsing.sections import find_headings, split_sections

KEYS = ("languages", "skills", "certificates", "interests")
TWO_WORDS = sorted(
    {
        (h, k)
        for d in language_files().values()
        for k in KEYS
        for h in d["headings"].get(k, [])
        if len(h.split()) == 2
    }
)
LONG_WORDS = sorted(
    {
        (h, k)
        for d in language_files().values()
        for k in KEYS
        for h in d["headings"].get(k, [])
        if " " not in h and len(h) >= 10
    }
)
SIZE = 11.0
RIGHT = 150.0


CLIPPED_XFAIL: frozenset[tuple[str, int]] = frozenset(
    {
        ("capacidades", 2),
        ("certificate", 2),
        ("certificati", 2),
        ("certificats", 2),
        ("certyfikaty", 2),
        ("competenze", 1),
        ("competenze", 2),
        ("qualifiche", 1),
        ("qualifiche", 2),
        ("compétences", 2),
        ("conoscenze", 1),
        ("conoscenze", 2),
        ("credentials", 2),
        ("edv-kenntnisse", 1),
        ("edv-kenntnisse", 2),
        ("expertises", 2),
        ("ferramentas", 2),
        ("fortalezas", 1),
        ("fortalezas", 2),
        ("fähigkeiten", 2),
        ("habilidades", 2),
        ("interessen", 1),
        ("interessen", 2),
        ("interesses", 1),
        ("interesses", 2),
        ("it-kenntnisse", 1),
        ("it-kenntnisse", 2),
        ("kenntnisse", 1),
        ("kenntnisse", 2),
        ("kompetencje", 2),
        ("kompetenzen", 2),
        ("kwaliteiten", 2),
        ("pasatiempos", 2),
        ("passatempos", 2),
        ("passe-temps", 1),
        ("passe-temps", 2),
        ("savoir-faire", 1),
        ("savoir-faire", 2),
        ("savoir-être", 1),
        ("savoir-être", 2),
        ("schulungen", 1),
        ("schulungen", 2),
        ("specialties", 2),
        ("talenkennis", 2),
        ("trainingen", 1),
        ("zertifikate", 2),
        ("компетенции", 2),
        ("сертификаты", 2),
        ("технологии", 1),
        ("технологии", 2),
        ("活かせる経験・知識・技術", 1),
        ("活かせる経験・知識・技術", 2),
    }
)
"""(heading, letters cut) today's parser cannot name: nine letters or fewer shown, a hyphen, a cut that
starts several keys' headings, CJK (strict)."""


def _ln(text: str, y: float, *, size: float = 9.5, bold: bool = False, right: float | None = None) -> Line:
    x1 = right if right is not None else 44 + 0.5 * size * len(text)
    return Line(text=text, cells=[text], x0=44.0, x1=x1, y=y, size=size, bold=bold, column=1)


def _strict(values: tuple[object, ...], xfail: bool) -> object:
    mark = pytest.mark.xfail(strict=True, reason="#10: a sidebar heading too long for its column")
    return pytest.param(*values, marks=mark) if xfail else pytest.param(*values)


def _main() -> list[Line]:
    main = [
        ("EXPERIENCE", True),
        ("Data Analyst, Nordwind Analytics, 2019 - 2023", False),
        ("EDUCATION", True),
        ("BSc Mathematics, University of Leeds, 2015 - 2019", False),
    ]
    return [
        Line(text=t, cells=[t], x0=200.0, x1=500.0, y=60.0 + 20 * i, size=SIZE if b else 9.5, bold=b)
        for i, (t, b) in enumerate(main)
    ]


def _sidebar(head: list[str], pitch: float) -> list[Line]:
    lines = [_ln("INTERESTS" if head[0] != "INTERESTS" else "HOBBIES", 60, size=SIZE, bold=True, right=110)]
    lines.append(_ln("Chess", 78))
    y = 100.0
    for k, part in enumerate(head):
        lines.append(_ln(part, y + k * pitch, size=SIZE, bold=True, right=RIGHT if k == 0 else None))
    y += len(head) * pitch + 4
    lines += [_ln("Alpha — Beta", y), _ln("Gamma — Delta", y + 14)]
    lines.append(_ln("CONTACT NOTES", y + 40, size=SIZE, bold=True, right=120))
    lines.append(_ln("Ask by mail", y + 58))
    return lines


@pytest.mark.parametrize(
    ("heading", "key", "pitch"),
    [(h, k, p) for h, k in TWO_WORDS for p in (1.38, 1.45)],
)
def test_a_wrapped_sidebar_heading_is_read_whole(heading: str, key: str, pitch: float) -> None:
    parts = heading.upper().split()
    split = split_sections(_main() + _sidebar(parts, pitch * SIZE))
    assert heading.upper() in [s.heading for s in split.sections]


@pytest.mark.parametrize(
    ("heading", "key", "cut"),
    [_strict((h, k, c), (h, c) in CLIPPED_XFAIL) for h, k in LONG_WORDS for c in (1, 2)],
)
def test_a_clipped_sidebar_heading_keeps_its_key(heading: str, key: str, cut: int) -> None:
    lines = _main() + _sidebar([heading.upper()[:-cut]], 15.0)
    assert find_headings(lines).get(6) == key
