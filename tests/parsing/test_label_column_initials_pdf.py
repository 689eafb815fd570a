"""A label column whose headings are set as paper sets them: regular weight, each word's first
letter a size up and the rest in the body's own size (small capitals as a browser draws them:
the text keeps its lower-case letters, only smaller).

The label column is read heading first (`test_label_column_pdf.py`), but such a heading has no
look of its own for the section finder: a named one is taken only where its words are a heading's
exactly, and one it cannot name (`Teaching and Talks`) is a line of the section before. Each page
must read back as well as the same page with its headings in the generators' bold capitals, in
every language, the heading level, dropped and centred (paper: sections 0.78, skills 0.00 on the
theme set). The cells still read worse are in `XFAIL` (strict).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.parsing.layouts import language_cells, section_verdicts
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.test_label_column_pdf import LABEL

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

INITIALS = tuple(replace(v, name=f"{v.name}-initials", heading="initials") for v in LABEL)
BY = {light.name: (light, plain) for light, plain in zip(INITIALS, LABEL, strict=True)}

XFAIL: dict[tuple[str, str], str] = {
    ("pdf-label-column-top-initials", "zh"): "a CJK heading in the body's size and weight",
    ("pdf-label-column-top-initials", "ja"): "a CJK heading in the body's size and weight",
    ("pdf-label-column-middle-initials", "ja"): "a CJK heading in the body's size and weight",
}  # (CJK has no capitals: the heading has no look at all, and the label column does not take it)


@pytest.mark.parametrize(("variant", "lang"), language_cells(INITIALS, XFAIL))
def test_initialled_label_headings_read_as_bold_capitals(variant: str, lang: str) -> None:
    __tracebackhide__ = True
    initials, plain = BY[variant]
    worse = {
        k: v for k, v in section_verdicts(initials, lang).items() if k not in section_verdicts(plain, lang)
    }
    assert not worse, worse
