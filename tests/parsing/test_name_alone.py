"""The name alone at the top, in a language no vocabulary holds and with no contact under it (the
contact at the page's foot, in a footer, or nowhere), is the name: the page says so, not a
language's words. It is the document's largest type, used once, a line of a few capitalised words;
the headings repeat a look of their own. A heading in a look that repeats stays a heading, even
set first and large.

Generated before the rule: every unknown language's people, headings in caps and as written, the
contact at the foot or missing, PDF-like lines (positions) and DOCX-like ones (a footer's line
read first).
"""

from __future__ import annotations

import itertools

import pytest

from resume_api.parsing.lines import Line
from resume_api.parsing.sections import split_sections
from tests.parsing.layouts.unknown_lang import UNKNOWN


def _ln(text: str, y: float, *, size: float = 10.0, bold: bool = False, style: str = "") -> Line:
    return Line(
        text=text, cells=[text], x0=50.0, x1=50.0 + 5 * len(text), y=y, size=size, bold=bold, style=style
    )


def _doc(code: str, k: int, contact: str, caps: bool) -> tuple[str, list[Line]]:
    lang = UNKNOWN[code]
    first, last = lang.people[k % len(lang.people)]
    name = f"{first} {last}"
    foot = f"{lang.email_names[0] if lang.email_names else 'x'}@example.com · {lang.phones[0]}"
    lines = [_ln(foot, 0, size=9, style="Footer")] if contact == "docx-footer" else []
    lines.append(_ln(name, 50, size=22, bold=True))
    y = 90.0
    for key in ("summary", "work", "education", "skills"):
        head = lang.headings[key][k % len(lang.headings[key])]
        lines.append(_ln(head.upper() if caps else head, y, size=12, bold=True))
        body = {
            "summary": lang.summaries[0],
            "work": f"{lang.titles[0]}, {lang.employers[0]}, 2019 – 2023",
            "education": f"{lang.institutions[0]}, 2012 – 2015",
            "skills": "Python, SQL, Excel",
        }[key]
        lines.append(_ln(body, y + 16))
        y += 40
    if contact == "pdf-footer":
        lines.append(_ln(foot, 800, size=9))
    return name, lines


@pytest.mark.parametrize(
    ("code", "k", "contact", "caps"),
    list(itertools.product(UNKNOWN, range(2), ("pdf-footer", "docx-footer", "none"), (True, False))),
)
def test_the_name_alone_at_the_top_is_no_heading(code: str, k: int, contact: str, caps: bool) -> None:
    name, lines = _doc(code, k, contact, caps)
    split = split_sections(lines)
    assert name in [ln.text for ln in split.header]
    assert name not in [s.heading for s in split.sections]


@pytest.mark.parametrize("code", list(UNKNOWN))
def test_a_heading_set_first_in_a_repeated_look_stays_a_heading(code: str) -> None:
    lang = UNKNOWN[code]
    lines = []
    y = 50.0
    for key in ("work", "education", "skills"):
        lines.append(_ln(lang.headings[key][0], y, size=22, bold=True))
        lines.append(_ln(f"{lang.titles[0]}, {lang.employers[0]}, 2019 – 2023", y + 20))
        y += 50
    assert [s.heading for s in split_sections(lines).sections][:1] == [lang.headings["work"][0]]
