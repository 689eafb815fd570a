"""A contact row's items read apart wherever pdftotext reads them apart, and the addresses read back.

Every spacing of `layouts/contact_rows.py` (flex and grid gaps, margins, inline blocks, icon-font
glyphs before and after, `::before` icons, inline SVG, borders, dots) × gaps of 0-12 px × three
orders of the items, over the theme people: (1) no two words pdftotext separates on the row come
out of the reader joined; (2) the e-mail and the phone read back. Where the browser leaves no gap
(0-1 px) pdftotext joins the items too (`jane@web.de` + `janedoe.org`): there the page's link
annotations (`mailto:`, `tel:`) say where the address ends. What today's parser gets wrong is in
`XFAIL` (strict).
"""

from __future__ import annotations

import itertools
import re
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest

from tests.parsing.layouts.contact_rows import GAPS, ORDERS, SPACINGS, page
from tests.parsing.layouts.contact_themes import people
from tests.parsing.layouts.html_writer import html_available, print_page

pytestmark = pytest.mark.skipif(html_available() is not None, reason=str(html_available()))

PEOPLE = people()


XFAIL: dict[tuple[str, int], str] = {}
"""(spacing, gap) -> the first mismatch today's parser makes. Delete a line once it passes."""


def _cells() -> list[Any]:
    out = []
    for k, spacing in enumerate(SPACINGS):
        for j, gap in enumerate(GAPS):
            pid = f"p{(k * 5 + j * 3) % len(PEOPLE) + 1:02d}"
            key = (spacing, gap)
            marks = [pytest.mark.xfail(strict=True, reason=XFAIL[key])] if key in XFAIL else []
            out.append(
                pytest.param(
                    spacing, gap, (k + j) % len(ORDERS), pid, marks=marks, id=f"{spacing}-{gap}px-{pid}"
                )
            )
    return out


def _poppler_row(pdf: bytes, email: str) -> list[str]:
    """The words of the line pdftotext reads the e-mail on (icon glyphs left out)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.pdf"
        path.write_bytes(pdf)
        text = subprocess.run(["pdftotext", "-l", "1", str(path), "-"], capture_output=True, check=True)
    for line in text.stdout.decode().splitlines():
        if email.split("@", maxsplit=1)[0] in line:
            return re.sub("[\ue000-\uf8ff]", "", line).split()
    return []


def _digits(text: object) -> str:
    return re.sub(r"\D", "", str(text or ""))


def mismatches(spacing: str, gap: int, order: int, pid: str) -> list[str]:
    from resume_api.parsing import parse_document
    from resume_api.parsing.pdf_layout import read_pdf

    person = PEOPLE[int(pid[1:]) - 1]
    want = person["basics"]
    pdf = print_page(page(spacing, gap, order, person))
    text = "\n".join(ln.text for ln in read_pdf(pdf).lines)
    out = []
    words = _poppler_row(pdf, want["email"])
    for a, b in itertools.pairwise(words):
        if a + b in text:
            out.append(f"{a!r} and {b!r} read joined, pdftotext reads them apart")
    got = parse_document(pdf, f"{spacing}-{gap}.pdf").get("basics") or {}
    if (got.get("email") or "").casefold() != want["email"].casefold():
        out.append(f"email: expected {want['email']!r}, got {got.get('email')!r}")
    if _digits(got.get("phone")) != _digits(want["phone"]):
        out.append(f"phone: expected {want['phone']!r}, got {got.get('phone')!r}")
    return out


@pytest.mark.parametrize(("spacing", "gap", "order", "pid"), _cells())
def test_a_contact_rows_items_read_apart_and_back(spacing: str, gap: int, order: int, pid: str) -> None:
    problems = mismatches(spacing, gap, order, pid)
    assert not problems, problems[0]


if __name__ == "__main__":  # regenerate the XFAIL table
    for param in _cells():
        spacing, gap, order, pid = param.values
        found = mismatches(str(spacing), int(str(gap)), int(str(order)), str(pid))
        if found:
            print(f"    ({spacing!r}, {gap}): {found[0]!r},")
