"""An entry header in two looks (`**Title**, Employer`) wrapped beside its dates.

Themes print a job's title in bold and its employer in plain type on one line, the dates at the
right: a long pair wraps, and the wrapped piece goes on in the look the line ended in (plain),
under the header's first letter. Taken for a new row (its look is not the line's first word's),
the employer was cut in two: `Surgical Trauma ICU, OhioHealth` / `Grant Medical Center` (eloquent).
Generated in every language the hand-written PDFs can print, the wrap after the employer's first
one to three words, the text column ending where its next word would not fit.
"""

from __future__ import annotations

import pytest

from resume_api.parsing import parse_document
from tests.parsing.builders import Text, pdf_bytes
from tests.parsing.layouts import LANGS

CUTS = (1, 2, 3)


def _printable(code: str) -> bool:
    lang = LANGS[code]
    try:
        "".join(
            [*lang.employers[:2], *lang.titles[:2], *lang.highlights[:2], lang.headings["work"][0]]
        ).encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


CODES = [code for code in LANGS if _printable(code)]
EMPLOYERS = ("Northwind Grant Medical Center of Ohio", "Contoso Regional Logistics Services Group")


def _pdf(code: str, cut: int) -> bytes:
    from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]

    lang = LANGS[code]
    page: list[Text] = [
        (50, 50, "Jane Roe", "B", 20),
        (50, 70, "jane.roe@example.com", "R", 10),
        (50, 100, lang.headings["work"][0].upper(), "B", 14),
    ]
    y = 124.0
    for j, employer in enumerate(EMPLOYERS):
        words = employer.split()
        title = f"{lang.titles[j]}, "
        head, rest = " ".join(words[:cut]), " ".join(words[cut:])
        at = 50 + stringWidth(title, "Helvetica-Bold", 11)
        # the text column ends before the next word would: it wrapped there; the dates 20 pt on
        edge = at + stringWidth(f"{head} {rest.split()[0]}", "Helvetica", 11) - 2
        page.append((50, y, title, "B", 11))
        page.append((at, y, head, "R", 11))
        page.append((edge + 20, y, f"{2015 + 3 * j} – {2017 + 3 * j}", "R", 10))
        page.append((50, y + 13, rest, "R", 11))
        page.append((55, y + 30, f"- {lang.highlights[j]}", "R", 10))
        y += 60
    return pdf_bytes([page])


@pytest.mark.parametrize(
    "cut",
    [
        pytest.param(
            c,
            marks=[]
            if c == 3
            else [pytest.mark.xfail(strict=True, reason="a piece of 4+ words, the gap over an em")],
        )
        for c in CUTS
    ],
)
@pytest.mark.parametrize("code", CODES)
def test_a_two_look_header_wrapped_keeps_its_employer_whole(code: str, cut: int) -> None:
    parsed = parse_document(_pdf(code, cut), "cv.pdf")
    got = [(w.get("name"), w.get("position")) for w in parsed["work"]]
    assert got == [(e, LANGS[code].titles[j]) for j, e in enumerate(EMPLOYERS)]
