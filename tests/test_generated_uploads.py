"""Generated resumes through the same path as a user: upload over HTTP, read /resume_sections/.

What the parser makes of a generated layout (tests/parsing/test_layouts.py) must reach the user
unchanged: the sections served after an upload are the in-process parse of the same bytes, and
a section that parses back exactly in-process (not in that test's XFAIL) does so here too.
"""

from __future__ import annotations

import httpx
import pytest

from resume_api.parsing import parse_document
from tests.conftest import Session
from tests.factories import DOCX_TYPE, upload
from tests.parsing.layouts import BY_NAME, SECTIONS, matrix_cells, mismatches, render, sample, verdicts
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.test_layouts import XFAIL

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

_VARIANTS = (
    "pdf-pipe-employer-title-location-dates",
    "pdf-sidebar-right",
    "docx-whole-resume-in-table",
    "docx-sidebar-text-box",
    "docx-page-header-contact",
)
CELLS = [(v, lang) for v, lang in matrix_cells() if v in _VARIANTS and (lang != "en" or v == _VARIANTS[0])]
"""One-column and two-column PDFs; DOCX in one table, with a text box, with a header part: the
cells of test_layouts' matrix, so its XFAIL table says which ones parse back exactly today."""


@pytest.mark.parametrize(("variant", "lang"), CELLS, ids=[f"{v}-{lang}" for v, lang in CELLS])
def test_generated_upload_serves_the_parse(
    api: httpx.Client, session: Session, variant: str, lang: str
) -> None:
    v = BY_NAME[variant]
    data, filename, want = render(sample(lang, v), v)
    response = upload(
        api, session.headers, data, filename, "application/pdf" if v.fmt == "pdf" else DOCX_TYPE
    )
    assert response.status_code == 201, response.text
    assert response.json()["status"] == "ready"

    sections = api.get(
        "/resume_sections/", headers=session.headers, params={"resume_id": response.json()["resume_id"]}
    )
    assert sections.status_code == 200, sections.text
    served = sections.json()["resume"]

    local = parse_document(data, filename)
    assert mismatches(served, want) == mismatches(local, want)
    for key in ("work", "education", "skills", "languages", "certificates", "awards", "sections"):
        assert [{k: x for k, x in item.items() if x not in (None, [])} for item in served[key]] == local[
            key
        ], key
    wrong = verdicts([mismatches(served, want)])
    assert [wrong[s] for s in SECTIONS if s in wrong and (variant, lang, s) not in XFAIL] == []
