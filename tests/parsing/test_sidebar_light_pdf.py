"""A PDF sidebar whose headings are set apart only a little: regular weight, as written, a point
over the sidebar's text (macchiato prints `Clinical`, `Languages` so, 10.5 pt over 9.6 pt).

A sidebar is read as a column of its own only when it holds a heading of its own (a narrow column
of dates and places beside each entry holds none, and belongs to the rows beside it). Known only
by bold capitals or a size a sixth over the body's, a lighter sidebar was read row by row: its
skills ran into the jobs beside them, line by line. Each page here must read back as well as the
same page with its sidebar headings in bold capitals (the generators' default), in every
language, sidebar left and right. Cells the parser still gets wrong are in `XFAIL` (strict).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.parsing.layouts import BY_NAME, language_cells, section_verdicts
from tests.parsing.layouts.pdf_writer import fonts_available

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

PLAIN = (BY_NAME["pdf-sidebar-left"], BY_NAME["pdf-sidebar-right"])
LIGHT = tuple(replace(v, name=f"{v.name}-light", side_heading="light") for v in PLAIN)
BY = {light.name: (light, plain) for light, plain in zip(LIGHT, PLAIN, strict=True)}

XFAIL: dict[tuple[str, str], str] = {
    (
        "pdf-sidebar-left-light",
        "nl",
    ): "two sidebar lines beside a header's date row taken for one wrapped cell",
}


@pytest.mark.parametrize(("variant", "lang"), language_cells(LIGHT, XFAIL))
def test_a_light_headed_sidebar_reads_as_one_in_bold_capitals(variant: str, lang: str) -> None:
    __tracebackhide__ = True
    light, plain = BY[variant]
    worse = {k: v for k, v in section_verdicts(light, lang).items() if k not in section_verdicts(plain, lang)}
    assert not worse, worse
