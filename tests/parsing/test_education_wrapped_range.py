"""Round 19 (#10): a school's name and its dates wrapped together in a narrow band.

The `minyma` theme sets each school in a narrow column with its dates in a narrower one beside
it: a long name wraps, and so does its range, after the dash (`Brihan Maharashtra College of
Commerce | 2011 -` over `(BMCC), Savitribai Phule Pune University | 2014`; `... of India | -
2017-` over `(ICAI) | 11`). Read line by line, the name's rest became a school of its own and
its dates were cut in two (a start on the first, an end on the second: one school read as two,
≈ 68 extra entries over the tune themes with `jacrys`' stacked years). Cases: three schools,
each name on two lines beside its range broken after the dash (as the theme's columns print
it), a range of years or of months, the name in bold or not, in every language the layout
generator has, PDF and DOCX, written before the rule.

What today's parser still gets wrong is in `XFAIL` (strict).
"""

from __future__ import annotations

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.layouts.docx_writer import write_docx
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.model import Block, Page, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available, write_pdf

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

RANGES = {
    "years": (("2015", "2018"), ("2011", "2015"), ("2008", "2011")),
    "months": (("2015-09", "2018-06"), ("2011-09", "2015-06"), ("2008-10", "2011-03")),
}


def _halves(name: str, cjk: bool) -> tuple[str, str]:
    """A name as it wraps in a column narrower than it: at its middle space, or (a script written
    without spaces) at its middle character."""
    if cjk and " " not in name:
        return name[: len(name) // 2], name[len(name) // 2 :]
    words = name.split()
    cut = max(1, len(words) // 2)
    return " ".join(words[:cut]), " ".join(words[cut:])


def _document(fmt: str, code: str, dates: str, look: str) -> tuple[bytes, list[tuple[str, str, str]]]:
    """Each school's name in two lines, its range beside them broken after the dash, as a theme's
    narrow columns print them, then its degree."""
    lang = LANGS[code]
    body: list[Block] = [
        Para([Run(" ".join(lang.people[0]), bold=True, size=18)]),
        Para([Run("someone@example.com")]),
        Para([Run(lang.headings["education"][0], bold=True, size=16)], space_before=12),
    ]
    want = []
    for i, (start, end) in enumerate(RANGES[dates]):
        school = lang.institutions[i]
        deg, areas = lang.degrees[i % len(lang.degrees)]
        head, rest = _halves(school, lang.cjk)
        bold = look == "bold"
        body += [
            Para([Run(head, bold=bold, size=12)], right=[Run(f"{start} –")], space_before=8),
            Para([Run(rest, bold=bold, size=12)], right=[Run(end)]),
            Para([Run(lang.degree_forms[0].format(degree=deg, area=areas[0]))]),
        ]
        want.append((school, start, end))
    page = Page(body=body, cjk=code if lang.cjk else "")
    return (write_pdf(page) if fmt == "pdf" else write_docx(page)), want


def _cells() -> list[object]:
    out: list[object] = []
    for dates in RANGES:
        for look in ("bold", "plain"):
            for fmt in ("pdf", "docx"):
                for code in LANGS:
                    key = (dates, look, fmt, code)
                    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[key])] if key in XFAIL else []
                    out.append(pytest.param(*key, id="-".join(key), marks=marks))
    return out


_WHY = "the name's rest and the range's end read as a school of their own"
# fmt: off
XFAIL: dict[tuple[str, ...], str] = {
    ("months", "bold", "docx", "en"): _WHY,
    ("months", "bold", "docx", "fr"): _WHY,
    ("months", "bold", "docx", "pl"): _WHY,
    ("months", "bold", "pdf", "en"): _WHY,
    ("months", "bold", "pdf", "fr"): _WHY,
    ("months", "bold", "pdf", "it"): _WHY,
    ("months", "plain", "docx", "en"): _WHY,
    ("months", "plain", "docx", "fr"): _WHY,
    ("months", "plain", "docx", "pl"): _WHY,
    ("months", "plain", "pdf", "en"): _WHY,
    ("months", "plain", "pdf", "fr"): _WHY,
    ("months", "plain", "pdf", "it"): _WHY,
    ("years", "bold", "docx", "fr"): _WHY,
    ("years", "plain", "docx", "fr"): _WHY,
}
# fmt: on


@pytest.mark.parametrize(("dates", "look", "fmt", "code"), _cells())
def test_a_name_and_its_range_wrapped_together_are_one_school(
    dates: str, look: str, fmt: str, code: str
) -> None:
    data, want = _document(fmt, code, dates, look)
    parsed = parse_document(data, f"cv.{fmt}")
    got = [
        (e.get("institution"), e.get("startDate"), e.get("endDate")) for e in parsed.get("education") or []
    ]
    assert got == want
