"""A school named in two languages, or a joint degree's two schools, slashed on one line, is one
institution as written (`Université d'Ottawa / University of Ottawa`).

Before, the line was cut at the slash: the first name became the institution and the second was
read as nothing (the theme set's Canadian resume lost `University of Ottawa`, and with it the match
to its label). Cases: bilingual names of eight countries and a joint degree, over a degree line and
dates, before a second school.
"""

from __future__ import annotations

import pytest

from resume_api.parsing.education import parse_education
from resume_api.parsing.lines import Line

NAMES = [
    "Université d'Ottawa / University of Ottawa",
    "Universiteit Gent / Ghent University",
    "Universidad de Oviedo / Universität Bremen",
    "Uniwersytet Warszawski / University of Warsaw",
    "Hochschule Luzern / Lucerne University of Applied Sciences",
    "Université de Genève / University of Geneva",
    "Technische Universität München / Technical University of Munich",
    "ETH Zürich / Swiss Federal Institute of Technology",
    "Aalto-yliopisto / Aalto University",
]
UNREAD: dict[str, str] = {}
"""Names not read whole yet (strict xfails)."""


@pytest.mark.parametrize("name", NAMES)
def test_a_school_named_twice_is_one_institution(name: str, request: pytest.FixtureRequest) -> None:
    if name in UNREAD:
        request.applymarker(pytest.mark.xfail(reason=UNREAD[name], strict=True))
    rows = [
        (name, 11.0, True),
        ("Bachelor of Arts (Honours), Psychology", 10.0, False),
        ("2013 – 2017", 10.0, False),
        ("Humber College, North Campus", 11.0, True),
        ("Ontario Graduate Certificate, Human Resources", 10.0, False),
        ("2017 – 2018", 10.0, False),
    ]
    lines = [
        Line(text=t, cells=[t], x0=50, x1=400, y=100 + 14 * i, size=s, bold=b)
        for i, (t, s, b) in enumerate(rows)
    ]
    schools = parse_education(lines)
    assert [e.get("institution") for e in schools] == [name, "Humber College, North Campus"]
    assert schools[0].get("studyType") == "Bachelor of Arts (Honours)"
