"""What the PDF reader calls covered is what the rendering hides, on pages printed as web themes print.

Every construct of `layouts/cover_themes.py` (header bands, stacking, overlays painted after the
text that leave it visible, true covers) × two of `contact_themes`' heads × the theme people: every
word poppler renders visibly is in the reader's text, and every word whose box renders as one flat
patch is among the reader's hidden strings (`raw.hidden`). Chromium prints an element with
`opacity`, `mix-blend-mode` or a mask as a transparency group drawn through a graphics state that
says so, while the group's own content sets `/ca 1`: the reader once took such an overlay for a
solid box and dropped the contact block under it. What today's reader gets wrong is in `XFAIL`.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.parsing.layouts.contact_themes import people
from tests.parsing.layouts.cover_themes import CONSTRUCTS, HEADS, UNSEEN, VISIBLE, page, rendered_words
from tests.parsing.layouts.html_writer import html_available, print_page

pytestmark = pytest.mark.skipif(html_available() is not None, reason=str(html_available()))

PEOPLE = people()


XFAIL: dict[tuple[str, str], str] = {}
"""(construct, head) -> why today's reader fails it. Delete a line once it passes."""


def _cells() -> list[Any]:
    out = []
    for k, construct in enumerate(CONSTRUCTS):
        for j in range(2):
            head = HEADS[(k + 2 * j) % len(HEADS)]
            pid = f"p{(k * 3 + j * 17) % len(PEOPLE) + 1:02d}"
            key = (construct, head)
            marks = [pytest.mark.xfail(strict=True, reason=XFAIL[key])] if key in XFAIL else []
            out.append(pytest.param(construct, head, pid, marks=marks, id=f"{construct}-{head}-{pid}"))
    return out


def mismatches(construct: str, head: str, pid: str) -> list[str]:
    from resume_api.parsing.pdf_layout import read_pdf

    pdf = print_page(page(construct, head, PEOPLE[int(pid[1:]) - 1]))
    raw = read_pdf(pdf)
    text = " ".join(ln.text for ln in raw.lines)
    strings = [h.text for h in raw.hidden if h.page == 0]
    hidden = " ".join(strings) + " " + "".join(strings)  # a colour test judges glyph by glyph
    out = []
    for word, spread in rendered_words(pdf):
        if spread >= VISIBLE and len(word) > 2 and f"{word}{word}" in text:
            out.append(f"{word!r} renders once but is read twice over (a text shadow read as text)")
        elif spread >= VISIBLE and word not in text:
            why = [h.reason for h in raw.hidden if word in h.text][:1]
            out.append(f"{word!r} renders visibly but is not read (hidden as {why})")
        elif spread <= UNSEEN and word not in hidden:
            out.append(f"{word!r} renders as a flat patch but is read as seen")
    return out


@pytest.mark.parametrize(("construct", "head", "pid"), _cells())
def test_covered_is_what_the_rendering_hides(construct: str, head: str, pid: str) -> None:
    problems = mismatches(construct, head, pid)
    assert not problems, problems[:3]


def test_true_covers_hide_the_contact() -> None:
    """The family holds true covers, and each hides words (the property above is not vacuous)."""
    covers = [c for c in CONSTRUCTS if c.startswith("cover-")]
    assert len(covers) >= 4
    person = PEOPLE[0]
    for construct in covers[:2]:
        words = rendered_words(print_page(page(construct, "row_pipes", person)))
        assert any(spread <= UNSEEN for _, spread in words), construct


if __name__ == "__main__":  # regenerate the XFAIL table
    for param in _cells():
        construct, head, pid = (str(v) for v in param.values)
        found = mismatches(construct, head, pid)
        if found:
            print(f"    ({construct!r}, {head!r}): {found[0]!r},")
