"""Contact details printed at the end of a resume (a closing line, a contact block after the
sections) still give the phone: it is read beside the email, wherever the email is. Numbers beside
the email that are not a phone (years, a date range, a postal code, an ORCID iD) are not taken.
Every language the generator writes, PDF and DOCX."""

from __future__ import annotations

import pytest

from resume_api.parsing import parse_document
from tests.parsing.layouts import LANGS
from tests.parsing.layouts.docx_writer import write_docx
from tests.parsing.layouts.lang import Lang
from tests.parsing.layouts.model import Block, Page, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available, write_pdf

from .test_name_forms import _body, _person


def _email(lang: Lang, i: int) -> str:
    names = lang.email_names or ("jane.roe",)
    return f"{names[i % len(names)]}@example.com"


def _page(lang: Lang, i: int, closing: list[Block]) -> Page:
    *_, name = _person(lang, i)
    body = [Para([Run(name, bold=True, size=22)]), *_body(lang, i), *closing]
    return Page(body=body, cjk=lang.code if lang.cjk else "")


def one_line(lang: Lang, i: int, phone: str) -> list[Block]:
    city = lang.cities[i % len(lang.cities)]
    return [Para([Run(f"{_email(lang, i)} • {phone} • {city}")], space_before=12)]


def block(lang: Lang, i: int, phone: str) -> list[Block]:
    return [Para([Run(x)]) for x in (_email(lang, i), phone, lang.cities[i % len(lang.cities)])]


def spread(lang: Lang, i: int, phone: str) -> list[Block]:
    """A contact column closing a long page: the phone alone on its line, the address and links
    between it and the email (six lines apart), after a spoken-languages list."""
    handle = _email(lang, i).split("@")[0]
    long_page = [Para([Run(lang.highlights[j % len(lang.highlights)])], bullet="•") for j in range(40)]
    return [
        *long_page,
        Para([Run(lang.headings["languages"][0], bold=True, size=13)], rule=True, space_before=8),
        *(Para([Run(f"{x} – {lang.fluency[0]}")]) for x in lang.languages[:2]),
        Para([Run(phone)], space_before=12),
        Para([Run(lang.cities[i % len(lang.cities)])]),
        Para([Run(f"linkedin.com/in/{handle}")]),
        Para([Run(f"github.com/{handle}")]),
        Para([Run(f"{handle}.dev")]),
        Para([Run(lang.interests[0])]),
        Para([Run(_email(lang, i))]),
    ]


CLOSINGS = {"one_line": one_line, "block": block, "spread": spread}
CASES = [
    pytest.param(closing, code, fmt, id=f"{closing}-{code}-{fmt}")
    for closing in CLOSINGS
    for code in LANGS
    for fmt in ("pdf", "docx")
]


def _parse(page: Page, fmt: str) -> dict:
    if fmt == "pdf" and fonts_available():
        pytest.skip(fonts_available() or "")
    return parse_document(write_pdf(page) if fmt == "pdf" else write_docx(page), f"cv.{fmt}")


@pytest.mark.parametrize(("closing", "code", "fmt"), CASES)
def test_a_phone_beside_the_email_at_the_end_is_read(closing: str, code: str, fmt: str) -> None:
    lang = LANGS[code]
    for i, phone in enumerate(lang.phones):
        parsed = _parse(_page(lang, i, CLOSINGS[closing](lang, i, phone)), fmt)
        assert parsed["basics"].get("email") == _email(lang, i)
        got = "".join(c for c in parsed["basics"].get("phone") or "" if c.isdigit())
        assert got == "".join(c for c in phone if c.isdigit()), (
            f"{parsed['basics'].get('phone')!r} for {phone!r}"
        )


NOT_PHONES = ("2019 – 2023", "75001 Paris", "ORCID 0000-0002-1825-0097", "12.03.1990")


@pytest.mark.parametrize("code", list(LANGS))
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_referee_phone_alone_on_its_line_is_not_the_owners(code: str, fmt: str) -> None:
    lang = LANGS[code]
    given, family = lang.people[1 % len(lang.people)]
    closing: list[Block] = [
        Para([Run(lang.headings["references"][0], bold=True, size=13)], rule=True, space_before=8),
        Para([Run(f"{given} {family}", bold=True)]),
        Para([Run(lang.ref_roles[0])]),
        Para([Run(lang.phones[1])]),
    ]
    parsed = _parse(_page(lang, 0, closing), fmt)
    assert parsed["basics"].get("phone") is None


@pytest.mark.parametrize("code", list(LANGS))
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_numbers_beside_the_email_that_are_not_a_phone_are_not_taken(code: str, fmt: str) -> None:
    lang = LANGS[code]
    closing: list[Block] = [Para([Run(x)]) for x in (_email(lang, 0), *NOT_PHONES)]
    parsed = _parse(_page(lang, 0, closing), fmt)
    assert parsed["basics"].get("email") == _email(lang, 0)
    assert parsed["basics"].get("phone") is None
