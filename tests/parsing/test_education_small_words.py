"""Round 17 (#10): small word classes inside an education section, written before the rules.

- A school's acronym is written in capitals (`MIT`, `ETH`, `IES`, `ROC`): the same letters in
  lower or title case are a word of the language (German `mit`, `Mit Auszeichnung`), no school.
- A chamber that examines a trade (`IHK München`, `Handwerkskammer Hamburg`) is where the
  qualification was taken: its institution, printed after the trade on one line.
"""

from __future__ import annotations

import pytest

from resume_api.parsing.document import parse_document
from resume_api.parsing.vocab import INSTITUTION_WORDS
from tests.parsing.layouts.docx_writer import write_docx
from tests.parsing.layouts.model import Block, Page, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available, write_pdf

ACRONYMS = ("MIT", "IIT", "ETH", "EPFL", "UCLA", "NYU", "CMU", "USC", "INSA", "IUT", "IES", "ROC")


@pytest.mark.parametrize("acronym", ACRONYMS)
def test_a_school_acronym_is_in_capitals(acronym: str) -> None:
    assert INSTITUTION_WORDS.search(f"B.Sc., {acronym} 2019")
    for word in (acronym.lower(), acronym.title()):
        assert not INSTITUTION_WORDS.search(f"Abschluss {word} Auszeichnung"), word


CHAMBERS = (
    ("Fachinformatiker für Anwendungsentwicklung", "IHK München"),
    ("Elektroniker für Energie- und Gebäudetechnik", "Handwerkskammer Hamburg"),
    ("Kaufmann im Einzelhandel", "IHK Berlin"),
)


def _page(fmt: str) -> bytes:
    body: list[Block] = [
        Para([Run("Anna Schneider", bold=True, size=18)]),
        Para([Run("anna@example.com")]),
        Para([Run("Ausbildung", bold=True, size=14)], space_before=12),
    ]
    for i, (trade, chamber) in enumerate(CHAMBERS):
        body.append(Para([Run(f"{trade}, {chamber}")], right=[Run(f"{2012 - 3 * i} – {2015 - 3 * i}")]))
    body += [Para([Run("Kenntnisse", bold=True, size=14)], space_before=12), Para([Run("Python, SQL")])]
    page = Page(body=body)
    return write_pdf(page) if fmt == "pdf" else write_docx(page)


@pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_chamber_is_where_the_trade_was_taken(fmt: str) -> None:
    parsed = parse_document(_page(fmt), f"cv.{fmt}")
    got = [
        (e.get("institution"), " ".join(filter(None, (e.get("studyType"), e.get("area")))))
        for e in parsed.get("education") or []
    ]
    # the trade's link word (`für`, `im`) may cut it into a degree and its field
    assert [(i, set(t.split())) for i, t in got] == [(c, set(t.split()) - {"für", "im"}) for t, c in CHAMBERS]
