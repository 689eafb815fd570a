"""Headings the vocabulary cannot name, printed in the look of one it can (a size up, not bold, not
capitals), are headings too, even where the person's name at the top shares that look: the name is
not one more line of an entry-title style. Their sections keep their own lines instead of running
into the section above (a skills list read as a job's bullets).

Unit cases on the line model: one known heading per language (its work heading), the others in
languages no vocabulary holds (tests/parsing/layouts/unknown_lang.py), several counts of them.
"""

from __future__ import annotations

import pytest

from resume_api.parsing.lines import Line
from resume_api.parsing.sections import find_headings
from tests.parsing.layouts import LANGS
from tests.parsing.layouts.unknown_lang import UNKNOWN


def _ln(text: str, size: float = 10.0, *, bold: bool = False) -> Line:
    return Line(text=text, cells=[text], size=size, bold=bold, font="Body")


def _page(
    known: list[str], unknown: list[str], name_size: float, other_look: str | None = None
) -> tuple[list[Line], list[int]]:
    lines = [_ln("Jane Roe", name_size), _ln("jane.roe@example.com | +1 415 555 0142")]
    want: list[int] = []
    bodies = (
        ["Analyst with eight years in retail banking, data pipelines and reporting."],
        ["Python, SQL, Docker, Terraform, Tableau"],
        ["AWS Certified Solutions Architect, Amazon Web Services, 2021"],
        ["Sailing, photography, chess"],
    )
    for i, head in enumerate(unknown):
        want.append(len(lines))
        lines.append(_ln(head, 15.0))
        lines += [_ln(t) for t in bodies[i % len(bodies)]]
        if i < len(known):
            want.append(len(lines))
            lines.append(_ln(known[i], 15.0))
            lines += [
                _ln("Acme Corp — Data Analyst", bold=True),
                _ln("2019 – 2023"),
                _ln("Built the reporting."),
            ]
    if other_look:  # one more known heading, set apart another way (bold capitals in body size)
        want.append(len(lines))
        lines += [
            Line(text=other_look.upper(), cells=[other_look.upper()], size=10.0, bold=True, font="Body")
        ]
        lines += [_ln("English — native"), _ln("German — B2")]
    return lines, want


CASES = [
    pytest.param(code, other, n, k, name_size, id=f"{code}-{other}-{n}-{k}-{name_size:g}")
    for code in LANGS
    for other in ("sv", "hu")
    for n in (2, 3, 4)
    for k in (1, 2)
    for name_size in (15.0, 22.0)
] + [
    pytest.param(code, other, n, 1, 22.0, id=f"{code}-{other}-{n}-1-22-other-look")
    for code in LANGS
    for other in ("sv", "hu")
    for n in (3, 4)
]


@pytest.mark.parametrize(("code", "other", "n", "k", "name_size"), CASES)
def test_unknown_headings_in_the_look_of_a_known_one_are_headings(
    code: str, other: str, n: int, k: int, name_size: float, request: pytest.FixtureRequest
) -> None:
    heads = UNKNOWN[other].headings
    unknown = [heads[key][0] for key in ("summary", "skills", "certificates", "interests")[:n]]
    known = [LANGS[code].headings[key][0] for key in ("work", "education")[:k]]
    other_look = LANGS[code].headings["languages"][0] if "other-look" in request.node.name else None
    lines, want = _page(known, unknown, name_size, other_look)
    found = find_headings(lines)
    assert sorted(found) == want, [lines[i].text for i in found]


# -- a section under an unknown heading, among named ones, typed by its content ----------------


def _typed(heading: str, body: list[Line], known: list[str]) -> str:
    from resume_api.parsing.section_types import type_sections
    from resume_api.parsing.sections import Section, heading_key

    sections = [Section(heading=h, key=heading_key(h) or "other", lines=[_ln("Acme Corp"), _ln("2019 – 2023")])
                for h in known]  # fmt: skip
    sections.append(Section(heading=heading, key="other", lines=body))
    type_sections(sections, heading_key)
    return sections[-1].key


@pytest.mark.parametrize("other", ["sv", "hu", "fi", "cs"])
@pytest.mark.parametrize("code", list(LANGS))
def test_a_bullet_list_of_skills_under_an_unknown_heading_is_the_skills(code: str, other: str) -> None:
    from tests.parsing.layouts.lang import SKILLS

    known = [LANGS[code].headings[k][0] for k in ("work", "education", "languages")]
    heading = UNKNOWN[other].headings["skills"][0]
    bullets = [Line(text=f"• {s}", cells=[f"• {s}"], size=10.0, font="Body") for s in SKILLS[:8]]
    assert _typed(heading, bullets, known) == "skills"
    few = bullets[:3]  # three lines could be anything: they stay the person's own section
    assert _typed(heading, few, known) == "other"
    sentences = [Line(text=f"• {t}", cells=[f"• {t}"], size=10.0) for t in LANGS[code].long_highlights[:8]]
    assert _typed(heading, sentences, known) == "other"
