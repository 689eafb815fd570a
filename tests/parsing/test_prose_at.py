"""A handle or a bare `@domain` in a sentence is no e-mail: `ping me @example.com`, `schreib mir
@example.de`. An address whose `@` a text layer set apart on one side is still read where an icon,
a label, a separator, a cell's edge or the line's start stands before it.

Generated over the eleven languages' sentences, every person's domain of the theme people, and the
person's own address printed on the line after (which is then the one read).
"""

from __future__ import annotations

import itertools

import pytest

from resume_api.parsing.contacts import find_email
from tests.parsing.layouts.contact_themes import people

PROSE = (
    "ping me {at}", "write to me {at}", "reach us {at} anytime", "schreib mir {at}", "ich bin erreichbar {at}",
    "écrivez-moi donc {at}", "contactez nous {at}", "escríbeme hoy {at}", "sono raggiungibile {at}", "escreva para mim {at}",
    "stuur ons een bericht {at}", "napisz do mnie {at}", "пишите мне {at}", "team lead {at} for two years",
)  # fmt: skip
"""Sentences (a summary's, a hobby's) where a word stands before a spaced `@domain`."""
DOMAINS = sorted({p["basics"]["email"].split("@")[1] for p in people()})
LEADS = ("", "\u2709 ", "\uf0e0 ", "E-mail: ", "Email ", "Courriel : ", "Почта: ", "· ", "| ", "Jane Roe\t")
"""What stands before an address set apart from its `@`: nothing, icons, labels, separators, a cell."""


@pytest.mark.parametrize("domain", DOMAINS)
def test_a_word_before_a_spaced_at_domain_makes_no_address(domain: str) -> None:
    for sentence, at in itertools.product(PROSE, (f"@{domain}", f"@ {domain}")):
        text = sentence.format(at=at)
        assert find_email(text) is None, text
        assert find_email(f"{text}\nanna.roe@{domain}") == f"anna.roe@{domain}", text


@pytest.mark.parametrize("domain", DOMAINS)
def test_an_address_set_apart_from_its_at_after_an_icon_or_label_is_read(domain: str) -> None:
    for lead, local in itertools.product(LEADS, ("hello", "anna.roe", "contact")):
        text = f"{lead}{local} @{domain}"
        assert find_email(text) == f"{local}@{domain}", text
