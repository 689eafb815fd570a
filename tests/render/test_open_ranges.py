"""An ongoing range comes back in the person's own words: a resume that wrote `Seit Mai 2024`,
`Depuis mai 2024` or `Od 05.2024` (a word for "since" before the start) is printed that way, not
as `Mai 2024 – Present` (issue #10: the parse holds the range as a start and `present`, and the
word for "since" must not turn into English on the way back).

The family: every language the layout generator writes (its `since` form for the newest job), a
PDF and a DOCX layout, the templates taking turns, DOCX, PDF and Markdown out; each document must
print the person's word, no English `Present` in another language, and read back to the same
dates. Chinese and Japanese resumes end the range with their own word (`至今`, `現在`).
"""

from __future__ import annotations

import re
import shutil

import pytest

from resume_api.models.resume import Resume
from resume_api.parsing import parse_document
from resume_api.render import TEMPLATES, render
from tests.parsed import parse
from tests.parsing.layouts import BY_NAME, LANGS, sample
from tests.parsing.layouts import render as write
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.words import file_text

VARIANTS = ("pdf-title-over-employer-dates-below", "docx-title-at-employer")

OPEN_RANGES_LOST: dict[tuple[str, str], str] = {}
"""(variant, language) cells that print an open range in other words today (strict)."""


def _cells() -> list[object]:
    out: list[object] = []
    for i, (variant, code) in enumerate((v, c) for v in VARIANTS for c in LANGS):
        marks = (
            pytest.mark.xfail(strict=True, reason=OPEN_RANGES_LOST[variant, code])
            if (variant, code) in OPEN_RANGES_LOST
            else ()
        )
        template = TEMPLATES[i % len(TEMPLATES)]
        out.append(pytest.param(variant, code, template, marks=marks, id=f"{variant}-{code}-{template}"))
    return out


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")
@pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))
@pytest.mark.parametrize(("variant", "code", "template"), _cells())
def test_an_open_range_prints_in_the_persons_words(variant: str, code: str, template: str) -> None:
    lang = LANGS[code]
    data, filename, _ = write(sample(code, BY_NAME[variant]), BY_NAME[variant])
    parsed = parse(data, filename)
    jobs = [(w.get("startDate"), w.get("endDate")) for w in parsed.get("work") or []]
    assert jobs and jobs[0][1] == "present", f"the newest job is not read as ongoing: {jobs}"
    source = file_text(data, filename)
    own = lang.since if lang.since and re.search(rf"(?<!\w){re.escape(lang.since)}\s", source) else None
    words = [own] if own else [w for w in lang.present if w in source]
    assert words, f"{code}: the source writes no word of its own for an open range"
    resume = Resume.model_validate(parsed)
    for fmt in ("docx", "pdf", "md"):
        out = render(resume, fmt, template).data
        text = file_text(out, f"out.{fmt}")
        assert any(w in text for w in words), f"{template}.{fmt}: {words} not printed"
        if code != "en":
            assert not re.search(r"\bPresent\b", text), f"{template}.{fmt}: printed in English"
        if fmt != "md":
            back = parse_document(out, f"out.{fmt}")
            got = [(w.get("startDate"), w.get("endDate")) for w in back.get("work") or []]
            assert got == jobs, f"{template}.{fmt}: read back {got}, printed from {jobs}"
