"""A referee's email printed before the person's own (references in the main column, the person's
contact block after it: a sidebar read after the main cell, a closing line) is not the person's:
the address that carries the person's family name is theirs. Every language, PDF and DOCX, each
address form a person uses (`given.family`, `gfamily`, `family.given`, `family` and digits)."""

from __future__ import annotations

import dataclasses
import unicodedata

import pytest

from resume_api.parsing.contacts import named_email
from tests.parsing.layouts import LANGS
from tests.parsing.layouts.lang import Lang
from tests.parsing.layouts.model import Block, Para, Run

from .test_contact_at_end import CLOSINGS, _email, _page, _parse

UNROMANIZED = {"zh", "ja"}
UNROMANIZED_WHY = "a Chinese or Japanese name is not romanized: its address cannot be matched to it"
"""A Chinese or Japanese name is not romanized here (`王芳` / `wang.fang`): its address cannot be
matched to it, so the first address found stays the person's."""


def _ascii(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if c.isascii() and c.isalpha())


def _address(lang: Lang, who: int, form: int, domain: str) -> str:
    """Person `who`'s address in one of four forms; a Chinese or Japanese person's is the
    language's own romanized one."""
    if lang.code in UNROMANIZED:
        return f"{lang.email_names[who % len(lang.email_names)]}@{domain}"
    if lang.email_names:  # the language's own romanization (`anna.ivanova`)
        given, family = lang.email_names[who % len(lang.email_names)].split(".")
    else:
        given, family = (_ascii(w.split()[-1]) for w in lang.people[who % len(lang.people)])
    local = (f"{given}.{family}", f"{given[0]}{family}", f"{family}.{given}", f"{family}{1980 + who}")[
        form % 4
    ]
    return f"{local}@{domain}"


def _references(lang: Lang, referee: int, email: str) -> list[Block]:
    given, family = lang.people[referee % len(lang.people)]
    name = family + given if lang.cjk else f"{given} {family}"
    return [
        Para([Run(lang.headings["references"][0], bold=True, size=13)], rule=True, space_before=8),
        Para([Run(name, bold=True)]),
        Para([Run(lang.ref_roles[referee % len(lang.ref_roles)])]),
        Para([Run(email)]),
    ]


CASES = [
    pytest.param(
        closing,
        code,
        fmt,
        id=f"{closing}-{code}-{fmt}",
        marks=[pytest.mark.xfail(strict=True, reason=UNROMANIZED_WHY)] if code in UNROMANIZED else [],
    )
    for closing in CLOSINGS
    for code in LANGS
    for fmt in ("pdf", "docx")
]


@pytest.mark.parametrize(("closing", "code", "fmt"), CASES)
def test_the_persons_email_after_a_referees_is_theirs(closing: str, code: str, fmt: str) -> None:
    lang = LANGS[code]
    for form in range(4):
        person, referee = 0, 1
        own = _address(lang, person, form, "example.com")
        theirs = _address(lang, referee, form + 1, "partner.example.org")
        phone = lang.phones[form % len(lang.phones)]
        closing_blocks = CLOSINGS[closing](lang, person, phone)
        closing_blocks = [_with_email(b, _email(lang, person), own) for b in closing_blocks]
        page = _page(lang, person, [*_references(lang, referee, theirs), *closing_blocks])
        assert _parse(page, fmt)["basics"].get("email") == own, f"form {form}"


def _with_email(block: Block, generic: str, email: str) -> Block:
    """The closing's generic address replaced by the person's own."""
    if not isinstance(block, Para):
        return block
    runs = [dataclasses.replace(r, text=r.text.replace(generic, email)) for r in block.runs]
    return dataclasses.replace(block, runs=runs)


@pytest.mark.parametrize(
    ("emails", "name", "expected"),
    [
        (["d.obrien@partner.org", "kzhang@example.com"], "Kevin Zhang", "kzhang@example.com"),
        (["ref@uni.edu", "ivanova.anna@mail.ru"], "Анна Иванова", "ivanova.anna@mail.ru"),
        (["ref@uni.edu", "s.devries@example.nl"], "Sanne de Vries", "s.devries@example.nl"),
        (["ref@uni.edu", "kenji.nakamura@lab.jp"], "Kenji Nakamura, Ph.D.", "kenji.nakamura@lab.jp"),
        (["ref@uni.edu", "lwisniewska@example.pl"], "Katarzyna Wiśniewska", "lwisniewska@example.pl"),
        (["carter.info@firm.com", "emily@home.com"], "Emily Carter", "carter.info@firm.com"),  # wherever from
        # what it must not decide: no address holds the name, two do, the family name is too short
        # to tell, a name alone, one address only
        (["ref@uni.edu", "coolcoder@example.com"], "Kevin Zhang", None),
        (["zhang.k@work.com", "kevin.zhang@home.com"], "Kevin Zhang", None),
        (["ref@uni.edu", "wei.li@example.cn"], "Wei Li", None),
        (["ref@uni.edu", "kevin@example.com"], "Kevin", None),
        (["kzhang@example.com"], "Kevin Zhang", None),
    ],
)
def test_named_email_decides_only_on_the_family_name(
    emails: list[str], name: str, expected: str | None
) -> None:
    assert named_email(emails, name) == expected
