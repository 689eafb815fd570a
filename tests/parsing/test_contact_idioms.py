"""Contact details in shapes templates and web pages print them, beyond `email | phone` under the
name: each item behind a label in the resume's language (`Téléphone :`, `Телефон:`, `電話：`), the
e-mail spelled out against harvesters (`name [at] domain [dot] com`, `name(at)domain.de`) or cut
round its `@` by a text layer, a phone with an extension or two numbers on one line, the details
split over two columns of a table. The owner's e-mail and first phone come back in every language
the generator writes, PDF and DOCX.

Generated before the rules: the spaced `@` alone did not read (22 cells); `FAILS_TODAY` lists
what does not read now.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from resume_api.parsing import parse_document
from tests.parsing.layouts import LANGS
from tests.parsing.layouts.docx_writer import write_docx
from tests.parsing.layouts.lang import Lang
from tests.parsing.layouts.model import Block, Page, Para, Run, Table
from tests.parsing.layouts.pdf_writer import fonts_available, write_pdf

from .test_name_forms import _body, _person

LABELS = {
    "en": ("Email", "Phone"),
    "fr": ("Courriel", "Téléphone"),
    "de": ("E-Mail", "Telefon"),
    "es": ("Correo electrónico", "Teléfono"),
    "pt": ("E-mail", "Telefone"),
    "it": ("E-mail", "Telefono"),
    "nl": ("E-mail", "Telefoon"),
    "pl": ("E-mail", "Telefon"),
    "ru": ("Эл. почта", "Телефон"),
    "zh": ("邮箱", "电话"),
    "ja": ("メール", "電話"),
}


def _handle(lang: Lang) -> str:
    return (lang.email_names or ("jane.roe",))[0]


def labelled(lang: Lang, phone: str) -> tuple[list[Block], str, str]:
    mail, tel = LABELS[lang.code]
    colon = "：" if lang.cjk else (" :" if lang.code == "fr" else ":")
    email = f"{_handle(lang)}@example.com"
    return [Para([Run(f"{mail}{colon} {email}")]), Para([Run(f"{tel}{colon} {phone}")])], email, phone


ONE_LINE = {
    "spelled_brackets": ("{h} [at] example [dot] com  ·  {phone}", "{h}@example.com"),
    "spelled_paren": ("{h}(at)example.de  |  {phone}", "{h}@example.de"),
    # the `@` drawn in another font (an icon font's, a web font's fallback): a text layer sets it
    # apart from the words on one side
    "spaced_at": ("{h} @example.com  |  {phone}", "{h}@example.com"),
    "extension": ("{h}@example.com  |  {phone} ext. 214", "{h}@example.com"),
    "two_numbers": ("{phone} / {other}  |  {h}@example.com", "{h}@example.com"),
}
"""Idioms printed on one line: (the line, the address it holds)."""


def _one_line(idiom: str) -> Callable[[Lang, str], tuple[list[Block], str, str]]:
    printed, address = ONE_LINE[idiom]

    def draw(lang: Lang, phone: str) -> tuple[list[Block], str, str]:
        other = LANGS["de" if lang.code != "de" else "fr"].phones[0]
        h = _handle(lang)
        return [Para([Run(printed.format(h=h, phone=phone, other=other))])], address.format(h=h), phone

    return draw


def table_columns(lang: Lang, phone: str) -> tuple[list[Block], str, str]:
    email = f"{_handle(lang)}@example.com"
    city = lang.cities[0]
    left: list[Block] = [Para([Run(email)]), Para([Run(city)])]
    right: list[Block] = [
        Para([Run(phone)]),
        Para([Run(f"linkedin.com/in/{_handle(lang).replace('.', '-')}")]),
    ]
    return [Table([[left, right]], [0.5, 0.5])], email, phone


IDIOMS = {"labelled": labelled, **{k: _one_line(k) for k in ONE_LINE}, "table_columns": table_columns}
FAILS_TODAY: set[str] = set()
"""Cells (`idiom-language-format`) that did not read when the cases were written (strict xfails)."""


def _digits(text: str | None) -> str:
    return "".join(c for c in text or "" if c.isdigit())


CASES = [
    pytest.param(
        idiom,
        code,
        fmt,
        id=f"{idiom}-{code}-{fmt}",
        marks=[pytest.mark.xfail(strict=True)] if f"{idiom}-{code}-{fmt}" in FAILS_TODAY else [],
    )
    for idiom in IDIOMS
    for code in LANGS
    for fmt in ("pdf", "docx")
]


@pytest.mark.parametrize(("idiom", "code", "fmt"), CASES)
def test_the_owners_contact_is_read_in_every_idiom(idiom: str, code: str, fmt: str) -> None:
    if fmt == "pdf" and fonts_available():
        pytest.skip(fonts_available() or "")
    lang = LANGS[code]
    blocks, email, phone = IDIOMS[idiom](lang, lang.phones[0])
    *_, name = _person(lang, 0)
    page = Page(
        body=[Para([Run(name, bold=True, size=22)]), *blocks, *_body(lang, 0)],
        cjk=lang.code if lang.cjk else "",
    )
    parsed = parse_document(write_pdf(page) if fmt == "pdf" else write_docx(page), f"cv.{fmt}")
    basics = parsed["basics"]
    assert (basics.get("email"), _digits(basics.get("phone"))) == (email, _digits(phone)), basics


@pytest.mark.parametrize(
    "text",
    [
        "Engineer @ Booking.com",
        "Senior Engineer @Booking.com",
        "worked @ stripe.com for two years",
        "Team @ acme",
    ],
)
def test_an_at_in_prose_is_no_address(text: str) -> None:
    from resume_api.parsing.contacts import find_email

    assert find_email(text) is None
