"""A degree listed under another section's heading is an education entry; a certificate is not.

CVs put a degree under `Certifications` (`Certifications & Education` read as certificates, a
degree finished after the main list); what decides is what the entry says, a degree's word and
a school's word on its header line, in every language, wherever its heading filed it. The
reverse holds too: a certificate whose issuer is an `Institute` or an `Academy` stays a
certificate. Written from the generator's language pools, not from any corpus file.
"""

from __future__ import annotations

import io

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.layouts.lang import LANGS

_CERTS = (
    ("Project Management Professional", "Project Management Institute", "2020"),
    ("CFA Level II", "CFA Institute", "2019"),
    ("AWS Certified Solutions Architect - Associate", "Amazon Web Services", "2021"),
)


def _docx(paragraphs: list[tuple[str, bool]]) -> bytes:
    import docx

    d = docx.Document()
    for text, bold in paragraphs:
        run = d.add_paragraph().add_run(text)
        run.bold = bold
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _cases() -> list[object]:
    out: list[object] = []
    for code, lang in LANGS.items():
        for n, heading in enumerate(lang.headings["certificates"]):
            school = lang.institutions[n % len(lang.institutions)]
            degree, areas = lang.degrees[n % len(lang.degrees)]
            cert = _CERTS[n % len(_CERTS)]
            out.append(pytest.param(code, heading, school, degree, areas[0], cert, id=f"{code}-{n}"))
    return out


@pytest.mark.parametrize(("code", "heading", "school", "degree", "area", "cert"), _cases())
def test_degree_under_certificates_heading_is_education(
    code: str, heading: str, school: str, degree: str, area: str, cert: tuple[str, str, str]
) -> None:
    lang = LANGS[code]
    first_school = next(s for s in lang.institutions if s != school)
    first_degree = lang.degree_forms[0].format(degree=lang.degrees[-1][0], area=lang.degrees[-1][1][0])
    name = " ".join(lang.people[0])
    line = f"{lang.degree_forms[0].format(degree=degree, area=area)}, {school}, 2012 – 2015"
    data = _docx(
        [
            (name, True),
            ("someone@example.com", False),
            (lang.headings["education"][0], True),
            (f"{first_degree}, {first_school}, 2015 – 2017", False),
            (heading, True),
            (f"{cert[0]}, {cert[1]}, {cert[2]}", False),
            (line, False),
        ]
    )
    parsed = parse_document(data, "cv.docx")
    schools = [e.get("institution") for e in parsed.get("education") or []]
    assert schools == [first_school, school], (line, schools)
    assert [c.get("name") for c in parsed.get("certificates") or []] == [cert[0]]


_TALKS_NAMING_DEGREES = (
    "Lecture for Master students, Stanford University, 2021",
    "Jury de soutenance de master, Université de Lyon, 2022",
    "Betreuung von Bachelorarbeiten, Technische Universität München, 2019",
)
"""Lines of an academic section that name a degree and a school and are no degree of the person's."""


@pytest.mark.parametrize("code", list(LANGS))
def test_degree_under_other_heading_is_education_and_talks_stay(code: str) -> None:
    lang = LANGS[code]
    degree, areas = lang.degrees[0]
    school = lang.institutions[-1]
    line = f"{lang.degree_forms[0].format(degree=degree, area=areas[0])}, {school}, 2012 – 2015"
    kept = [*lang.other_lines, *_TALKS_NAMING_DEGREES]
    heading = lang.headings["other"][0]
    first_school = lang.institutions[0]
    first = lang.degree_forms[0].format(degree=lang.degrees[1][0], area=lang.degrees[1][1][0])
    data = _docx(
        [
            (" ".join(lang.people[0]), True),
            ("someone@example.com", False),
            (lang.headings["work"][0], True),
            (f"{lang.titles[0]}, {lang.employers[0]}, 2018 – 2020", False),
            (lang.headings["education"][0], True),
            (f"{first}, {first_school}, 2015 – 2017", False),
            (heading, True),
            *[(t, False) for t in kept[:2]],
            (line, False),
            *[(t, False) for t in kept[2:]],
        ]
    )
    parsed = parse_document(data, "cv.docx")
    assert [e.get("institution") for e in parsed.get("education") or []] == [first_school, school], line
    other = next(s for s in parsed["sections"] if s.get("heading") == heading)
    assert other["text"].split("\n") == kept
