"""An English name glossed with the source's own name in brackets ("Dupré Mills (Moulins Dupré SARL)")
is the source's name only when it renders it: every word of the source's name stood for (the same
word, a cognate, a translation), and no English word that stands for none of them. Another firm's
name, another body, or a wrong trade glossed with the source's name is still a new name. Written
before the rule, over firms and public bodies in eight languages, in two bullet shapes.
"""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

NAMES = (
    # (the source's name, in English, another firm or body in English, the name with a wrong word)
    ("Nordwind-Logistik GmbH", "Nordwind Logistics", "Sudwest Logistics", "Nordwind Aviation"),
    ("Moulins Dupré SARL", "Dupré Mills", "Martin Mills", "Dupré Bakeries"),
    ("Transportes Hermanos García S.L.", "García Brothers Transport", "López Brothers Transport", None),
    ("Ospedale San Raffaele", "San Raffaele Hospital", "San Marco Hospital", "San Raffaele University"),
    ("Bouwbedrijf De Vries B.V.", "De Vries Construction", "Jansen Construction", "De Vries Insurance"),
    ("Apteka Kowalski", "Kowalski Pharmacy", "Nowak Pharmacy", "Kowalski Bakery"),
    ("Ministerstwo Rolnictwa", "Ministry of Agriculture", "Ministry of Environment", None),
    ("Ministère de la Santé", "Ministry of Health", "Ministry of Labour", None),
    ("Agencia Tributaria de Navarra", "Navarre Tax Agency", "Navarre Water Agency", None),
    ("Norsk kulturråd", "Norwegian Culture Council", "Norwegian Music Council", None),
)
BULLETS = ("Shipped spare parts through {x}", "Kept the delivery records for {x}")


@pytest.mark.parametrize("bullet", BULLETS)
@pytest.mark.parametrize(("native", "english", "other", "wrong"), NAMES)
def test_an_english_name_glossed_by_the_source_name_renders_it(
    bullet: str, native: str, english: str, other: str, wrong: str | None
) -> None:
    source = one_job(bullet.format(x=native), "Harbour Works", "Clerk", "2018-05", "Kept the filing current")
    assert first_bullet_kept(source, bullet.format(x=f"{english} ({native})"))
    assert not first_bullet_kept(source, bullet.format(x=f"{other} ({native})"))
    if wrong:
        assert not first_bullet_kept(source, bullet.format(x=f"{wrong} ({native})"))
