"""Section headings from sources outside the corpus name their section in every language: the
official Europass CV labels (2013–2020 form, each EU language we read), the headings of common
templates (LinkedIn's PDF export, Word's resume templates, moderncv, awesome-cv, altacv, Jake's
resume), and the usual Russian, Chinese and Japanese CV headings; and each as printed with an
icon, a number, a trailing colon, in capitals or letter-spaced.

A heading here that names nothing (`None`) loses its section's structure; one that names the wrong
key files the person's words in the wrong place.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resume_api.parsing.sections import heading_key

SOURCES = json.loads((Path(__file__).parent / "heading_sources.json").read_text(encoding="utf-8"))
"""Europass labels, template headings, each language's usual headings and its contact headings
(`heading_sources.json`, data kept apart from the test)."""
EUROPASS: dict[str, dict[str, str]] = SOURCES["europass"]
TEMPLATES: dict[str, str] = SOURCES["templates"]
USUAL: dict[str, dict[str, list[str]]] = SOURCES["usual"]
CONTACT: dict[str, list[str]] = SOURCES["contact"]

CASES = (
    [
        pytest.param(text, key, id=f"{code}-{text}")
        for code, table in EUROPASS.items()
        for text, key in table.items()
    ]
    + [pytest.param(text, key, id=f"tpl-{text}") for text, key in TEMPLATES.items()]
    + [
        pytest.param(text, key, id=f"usual-{code}-{text}")
        for code, table in USUAL.items()
        for key, texts in table.items()
        for text in texts
    ]
    + [
        pytest.param(text, "contact", id=f"contact-{code}-{text}")
        for code, texts in CONTACT.items()
        for text in texts
    ]
)

DRESSES = ("{}", "{}:", "{} :", "{}：", "1. {}", "II. {}", "▪ {}", "■ {}", "{upper}", "{spaced}")
"""How templates print a heading: a colon, a number, an icon, capitals, letter-spaced capitals."""


def _dress(form: str, text: str) -> str:
    spaced = (
        " ".join(text.upper()) if " " not in text else "   ".join(" ".join(w) for w in text.upper().split())
    )
    return form.format(text, upper=text.upper(), spaced=spaced)


@pytest.mark.parametrize(("text", "key"), CASES)
def test_a_heading_names_its_section_in_every_dress(text: str, key: str) -> None:
    got = {form: heading_key(_dress(form, text)) for form in DRESSES}
    assert got == dict.fromkeys(DRESSES, key), text
