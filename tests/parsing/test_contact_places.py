"""The phone and email are read wherever a template puts them: in a footer on every page, in the
page header, down a sidebar under icons or labels, in a table of label and value cells, or
spread along one line between icons. Every language the generator writes, PDF and DOCX.

Built from the generator's people, phones and vocabulary (`layouts/lang.py`), never from a corpus
file; the phone may be any of the language's forms, with or without its country code.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from tests.parsing.cases import matrix, parse_page
from tests.parsing.layouts import LANGS
from tests.parsing.layouts.lang import Lang
from tests.parsing.layouts.model import Block, Page, Para, Run, Table

PHONE_LABEL = {
    "en": "Phone", "fr": "Tél.", "de": "Handy", "es": "Móvil", "pt": "Telefone", "it": "Cellulare",
    "nl": "Telefoon", "pl": "Tel.", "ru": "Тел.", "zh": "手机", "ja": "電話",
}  # fmt: skip
"""How each language labels the number."""


def _who(lang: Lang, i: int) -> tuple[str, str, str]:
    given, family = lang.people[i % len(lang.people)]
    name = family + given if lang.cjk else f"{given} {family}"
    email = f"{(lang.email_names or ('jane.roe',))[i % max(1, len(lang.email_names))]}@example.com"
    return name, email, lang.phones[i % len(lang.phones)]


def _body(lang: Lang, i: int, jobs: int = 1) -> list[Block]:
    out: list[Block] = [Para([Run(lang.headings["work"][0], bold=True, size=13)], rule=True, space_before=8)]
    for j in range(jobs):
        k = i + j
        out += [
            Para(
                [Run(lang.employers[k % len(lang.employers)], bold=True)],
                right=[Run(f"{2010 + j} – {2011 + j}")],
            ),
            Para([Run(lang.titles[k % len(lang.titles)], italic=True)]),
            *[Para([Run(h)], bullet="•") for h in lang.highlights[:4]],
        ]
    out += [
        Para([Run(lang.headings["education"][0], bold=True, size=13)], rule=True, space_before=8),
        Para([Run(lang.institutions[i % len(lang.institutions)], bold=True)], right=[Run("2009")]),
    ]
    return out


def _big(text: str) -> Para:
    return Para([Run(text, bold=True, size=22)])


def footer(lang: Lang, i: int) -> Page:
    name, email, phone = _who(lang, i)
    return Page(
        body=[_big(name), *_body(lang, i, jobs=14)],
        page_footer=[Para([Run(f"{email}  ·  {phone}  ·  {lang.cities[0]}")])],
    )


def page_header(lang: Lang, i: int) -> Page:
    name, email, phone = _who(lang, i)
    return Page(page_header=[_big(name), Para([Run(f"{email} | {phone}")])], body=_body(lang, i))


def sidebar_labels(lang: Lang, i: int) -> Page:
    name, email, phone = _who(lang, i)
    return Page(
        sidebar=[_big(name), Para([Run(PHONE_LABEL[lang.code], bold=True)]), Para([Run(phone)]),
                 Para([Run("E-mail", bold=True)]), Para([Run(email)]), Para([Run(lang.cities[0])])],
        sidebar_side="left" if i % 2 else "right",
        body=_body(lang, i),
    )  # fmt: skip


def sidebar_icons(lang: Lang, i: int) -> Page:
    name, email, phone = _who(lang, i)
    return Page(
        sidebar=[
            _big(name),
            Para([Run(f"☎ {phone}")]),
            Para([Run(f"✉ {email}")]),
            Para([Run(f"⌂ {lang.cities[0]}")]),
        ],
        sidebar_side="right" if i % 2 else "left",
        body=_body(lang, i),
    )


def sidebar_wrapped_email(lang: Lang, i: int) -> Page:
    """A narrow sidebar that wraps the address inside its domain (`jane.roe@exam` / `ple.com`)."""
    name, email, phone = _who(lang, i)
    cut = email.index("@") + 5
    return Page(
        sidebar=[_big(name), Para([Run(phone)]), Para([Run(email[:cut])]), Para([Run(email[cut:])])],
        sidebar_side="left",
        body=_body(lang, i),
    )


def sidebar_wrapped_before_dot(lang: Lang, i: int) -> Page:
    """The address wrapped before its ending's dot (`ebba@lindqvist.example` / `.se`), in a sidebar
    beside the main column's lines."""
    name, email, phone = _who(lang, i)
    cut = email.rindex(".")
    return Page(
        sidebar=[_big(name), Para([Run(phone)]), Para([Run(email[:cut])]), Para([Run(email[cut:])])],
        sidebar_side="right" if i % 2 else "left",
        body=_body(lang, i),
    )


def table_cells(lang: Lang, i: int) -> Page:
    name, email, phone = _who(lang, i)
    rows: list[list[list[Block]]] = [
        [[Para([Run(PHONE_LABEL[lang.code], bold=True)])], [Para([Run(phone)])]],
        [[Para([Run("E-mail", bold=True)])], [Para([Run(email)])]],
    ]
    return Page(body=[_big(name), Table(rows, [0.3, 0.7]), *_body(lang, i)])


def icons_one_line(lang: Lang, i: int) -> Page:
    name, email, phone = _who(lang, i)
    return Page(
        body=[_big(name), Para([Run(f"✉ {email}    ☎ {phone}    ⌂ {lang.cities[0]}")]), *_body(lang, i)]
    )


def labelled_line(lang: Lang, i: int) -> Page:
    name, email, phone = _who(lang, i)
    colon = "：" if lang.cjk else ": "
    return Page(
        body=[
            _big(name),
            Para([Run(f"{PHONE_LABEL[lang.code]}{colon}{phone} · E-mail{colon}{email}")]),
            *_body(lang, i),
        ]
    )


def footer_and_a_referee(lang: Lang, i: int) -> Page:
    """The person's details only in the footer; a referee's email and phone in the body."""
    name, email, phone = _who(lang, i)
    given, family = lang.people[(i + 1) % len(lang.people)]
    referee = [
        Para([Run(lang.headings["references"][0], bold=True, size=13)], rule=True, space_before=8),
        Para([Run(f"{given} {family}", bold=True)]),
        Para([Run(lang.ref_roles[i % len(lang.ref_roles)])]),
        Para([Run(f"referee.{i}@company.example · +44 20 7946 0000")]),
    ]
    return Page(
        body=[_big(name), *_body(lang, i, jobs=14), *referee],
        page_footer=[Para([Run(f"{email}  ·  {phone}")])],
    )


CONTACT_HEADING = {
    "en": "Contact", "fr": "Coordonnées", "de": "Persönliche Daten", "es": "Datos de contacto",
    "pt": "Informação pessoal", "it": "Informazioni personali", "nl": "Persoonlijke informatie",
    "pl": "Informacje osobiste", "ru": "Контакты", "zh": "联系方式", "ja": "連絡先",
}  # fmt: skip
"""A contact section's heading (Europass's `Personal information` where the language has one)."""


def _closing(lang: Lang, i: int, heading: str, before_phone: list[str]) -> Page:
    """Name and email at the top; after everything else a section under `heading` whose lines end
    with the labelled phone."""
    name, email, phone = _who(lang, i)
    colon = "：" if lang.cjk else ": "
    return Page(
        body=[
            _big(name),
            Para([Run(email)]),
            *_body(lang, i, jobs=9),
            Para([Run(heading, bold=True, size=13)], rule=True, space_before=8),
            *[Para([Run(text)]) for text in before_phone],
            Para([Run(f"{PHONE_LABEL[lang.code]}{colon}{phone}")]),
        ]
    )


def contact_section_at_end(lang: Lang, i: int) -> Page:
    """The phone in a contact section after everything else."""
    return _closing(lang, i, CONTACT_HEADING[lang.code], [lang.cities[0], "12.05.1990"])


def labelled_under_another_heading(lang: Lang, i: int) -> Page:
    """The phone behind its label in a closing section whose heading names no contact block."""
    return _closing(lang, i, lang.headings["interests"][0], [lang.interests[0]])


PLACES: dict[str, Callable[[Lang, int], Page]] = {
    f.__name__: f
    for f in (
        footer,
        page_header,
        sidebar_labels,
        sidebar_icons,
        sidebar_wrapped_email,
        sidebar_wrapped_before_dot,
        table_cells,
        icons_one_line,
        labelled_line,
        footer_and_a_referee,
        contact_section_at_end,
        labelled_under_another_heading,
    )
}


def _digits(text: str | None) -> str:
    return re.sub(r"\D", "", text or "")


UNREAD: set[str] = set()
"""Places not read yet (none)."""

CASES = matrix(PLACES, UNREAD)


@pytest.mark.parametrize(("place", "code", "fmt"), CASES)
def test_the_phone_and_email_are_read_where_the_template_puts_them(place: str, code: str, fmt: str) -> None:
    i = list(PLACES).index(place) + (fmt == "pdf")  # the places take the language's phone forms in turn
    basics = parse_page(PLACES[place](LANGS[code], i), code, fmt)["basics"]
    _, email, phone = _who(LANGS[code], i)
    assert (basics.get("email"), _digits(basics.get("phone"))) == (email, _digits(phone))


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("code", list(LANGS))
def test_a_referees_phone_is_not_the_persons(code: str, fmt: str) -> None:
    """A person who prints no phone gets none, though a referee's is printed behind its label."""
    lang = LANGS[code]
    name, email, _ = _who(lang, 0)
    given, family = lang.people[1 % len(lang.people)]
    colon = "：" if lang.cjk else ": "
    page = Page(
        body=[
            _big(name),
            Para([Run(email)]),
            *_body(lang, 0, jobs=9),
            Para([Run(lang.headings["references"][0], bold=True, size=13)], rule=True, space_before=8),
            Para([Run(f"{given} {family}", bold=True)]),
            Para([Run(lang.ref_roles[0])]),
            Para([Run(f"{PHONE_LABEL[lang.code]}{colon}+44 20 7946 0000")]),
        ],
    )
    basics = parse_page(page, code, fmt)["basics"]
    assert basics.get("email") == email
    assert basics.get("phone") is None
