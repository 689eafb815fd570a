"""Round 18 (#10): under a heading joining schooling and certificates, a degree's last line with
its year stays the degree's.

`credentials_apart` reads a line naming something beside one date as a credential (`ITIL 4
Foundation — Axelos (2020)`). A degree printed as a stack (`School` / `Degree` / `Field, 2019`)
ends on such a line too: its field, or a degree no word names, beside the year it was awarded.
Where it is the section's last line, or the last before the certificates, it was moved out with
them. Cases, written before the rule: a stack of a school, a degree and a field with its year (or
a degree no word names with its year) in every language the generator has, the certificates after
the degrees, before them, or none; a credential with no word of its own right after a dated degree
still moves (a degree's line that holds its dates is whole).
"""

from __future__ import annotations

import pytest

from resume_api.parsing.lines import Line
from resume_api.parsing.section_types import credentials_apart
from tests.parsing.layouts.lang import LANGS
from tests.parsing.test_education_dates_last import cells

CERTS = ["AWS Certified Security - Specialty, Amazon Web Services, 2021", "ITIL 4 Foundation — Axelos (2020)"]

PLACES = ("after", "before", "none")


def _heading(code: str) -> str:
    lang = LANGS[code]
    return f"{lang.headings['education'][-1]} & {lang.headings['certificates'][0]}"


def _stack(code: str, i: int) -> list[str]:
    """A degree as a stack: its school, its degree, its field beside the year it was awarded."""
    lang = LANGS[code]
    deg, areas = lang.degrees[i % len(lang.degrees)]
    sep = "，" if lang.cjk else ", "
    return [lang.institutions[i % len(lang.institutions)], deg, f"{areas[0]}{sep}{2019 - 4 * i}"]


def _moved(code: str, texts: list[str]) -> list[str]:
    moved, rest = credentials_apart(_heading(code), [Line(text=t, cells=[t]) for t in texts])
    assert sorted(ln.text for ln in moved + rest) == sorted(texts)
    return [ln.text for ln in moved]


XFAIL: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("place", "code"), cells([(p, c) for p in PLACES for c in LANGS], XFAIL))
def test_a_degrees_dated_field_stays_with_it(place: str, code: str) -> None:
    degrees = [*_stack(code, 0), *_stack(code, 1)]
    texts = {"after": [*degrees, *CERTS], "before": [*CERTS, *degrees], "none": degrees}[place]
    assert _moved(code, texts) == ([] if place == "none" else CERTS)


def test_a_credential_after_a_dated_degree_moves() -> None:
    degree = "Master of Science in Computer Science, University of Michigan, 2015 – 2017"
    assert _moved("en", [degree, "CFA Level II, 2019", CERTS[0]]) == ["CFA Level II, 2019", CERTS[0]]
