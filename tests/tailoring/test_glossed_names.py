"""A name the source writes in another language, given in English with the source's name in brackets, is
the source's name translated (claims._name_claims, novelty._defined); an English name glossed by a name
the source does not have is still a new name."""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

NAMES = (
    ("Câmara Municipal do Porto", "Porto City Council"),
    ("Agencia Tributaria de Navarra", "Navarre Tax Agency"),
    ("Urząd Miasta Krakowa", "Krakow City Office"),
    ("Bundesamt für Migration und Flüchtlinge", "Federal Office for Migration and Refugees"),
)
BULLETS = ("Prepared monthly reports for the {x}", "Answered residents' questions on behalf of the {x}")


@pytest.mark.parametrize("bullet", BULLETS)
@pytest.mark.parametrize(("native", "english"), NAMES)
def test_a_translated_name_glossed_by_the_source_name(bullet: str, native: str, english: str) -> None:
    source = one_job(
        bullet.format(x=native), "Civic Partners", "Analyst", "2018-05", "Kept the filing current"
    )
    assert first_bullet_kept(source, bullet.format(x=f"{english} ({native})"))
    others = [n for n in NAMES if n[0] != native]
    other_native, other_english = others[0]
    assert not first_bullet_kept(source, bullet.format(x=f"{other_english} ({other_native})"))
