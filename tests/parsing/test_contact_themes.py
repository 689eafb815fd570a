"""The basics read back from pages printed the way web themes print them.

Every idiom of `layouts/contact_themes.py` (contact rows, stacked postal addresses, label tables in
the person's language, the contact beside the name, sidebars, footers, capitals, spans, icon links,
spelled addresses) × the theme benchmark's 40 people (their real e-mails, their countries' phone and
address forms, names with titles and particles): the e-mail, the phone's digits and the name read
back. The people rotate over the idioms (ten each, every person in several idioms) to keep the
family's CPU small. What today's parser gets wrong is listed in `XFAIL` (strict).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.parsing.layouts.contact_themes import IDIOMS, people, printed
from tests.parsing.layouts.html_writer import html_available

pytestmark = pytest.mark.skipif(html_available() is not None, reason=str(html_available()))

PEOPLE = people()
PER_IDIOM = 10


# fmt: off
XFAIL: dict[tuple[str, str], str] = {
    ("sidebar", "p03"): "name: expected 'Priyanka Venkataraman', got 'Venkataraman': the sidebar's stacked name read apart, main-column lines between its two lines",
    ("sidebar", "p16"): "name: expected 'Mariana Conceição Albuquerque', got 'Conceição Albuquerque': the same",
    ("sidebar", "p23"): "name: expected 'Chen Yutong (Grace Chen)', got 'Chen Yutong': the same",
}
# fmt: on
EXTRA = (("sidebar", "p03"), ("sidebar", "p16"), ("sidebar", "p23"))
"""Cells beyond the rotation: the people a whole run over all 40 found read wrong."""
"""(idiom, person) -> the first mismatch today's parser makes. Delete a line once it passes."""


def _cells() -> list[Any]:
    out = []
    for k, idiom in enumerate(IDIOMS):
        for j in range(PER_IDIOM):
            person = PEOPLE[(k * 7 + j * 4) % len(PEOPLE)]
            key = (idiom, _pid(person))
            marks = [pytest.mark.xfail(strict=True, reason=XFAIL[key])] if key in XFAIL else []
            out.append(pytest.param(*key, marks=marks, id=f"{key[0]}-{key[1]}"))
    for key in EXTRA:
        out.append(
            pytest.param(*key, marks=[pytest.mark.xfail(strict=True, reason=XFAIL[key])], id="-".join(key))
        )
    return out


def _pid(person: dict[str, Any]) -> str:
    return f"p{PEOPLE.index(person) + 1:02d}"


def _digits(text: object) -> str:
    return re.sub(r"\D", "", str(text or ""))


def mismatches(idiom: str, pid: str) -> list[str]:
    from resume_api.parsing import parse_document

    person = PEOPLE[int(pid[1:]) - 1]
    want = person["basics"]
    got = parse_document(printed(idiom, person), f"{idiom}-{pid}.pdf").get("basics") or {}
    out = []
    if (got.get("email") or "").casefold() != want["email"].casefold():
        out.append(f"email: expected {want['email']!r}, got {got.get('email')!r}")
    if _digits(got.get("phone")) != _digits(want["phone"]):
        out.append(f"phone: expected {want['phone']!r}, got {got.get('phone')!r}")
    if got.get("name") != want["name"]:
        out.append(f"name: expected {want['name']!r}, got {got.get('name')!r}")
    return out


@pytest.mark.parametrize(("idiom", "pid"), _cells())
def test_a_themes_basics_read_back(idiom: str, pid: str) -> None:
    problems = mismatches(idiom, pid)
    assert not problems, problems[0]


def test_every_person_is_printed_by_several_idioms() -> None:
    seen = [pid for _, pid in (c.values for c in _cells())]
    assert {seen.count(_pid(p)) for p in PEOPLE} >= {3}
    assert all(seen.count(_pid(p)) >= 3 for p in PEOPLE)


if __name__ == "__main__":  # regenerate the XFAIL table
    for param in _cells():
        idiom, pid = param.values
        found = mismatches(str(idiom), str(pid))
        if found:
            print(f"    ({idiom!r}, {pid!r}): {found[0]!r},")
