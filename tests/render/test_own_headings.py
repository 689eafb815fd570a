"""A generated document keeps the person's own words for its frame: section headings and the word
that ends an ongoing range, in their language; months in their language print as numbers.

A French resume sent back under "Experience" and "Education", "Mar 2021 – Present", is not the
person's resume any more. The generated cases span the parser's vocabulary: every language it
reads, several headings per section and several words for "present" (chosen differently per
template), dates written with month words or numbers, every template, DOCX and PDF; each document
must parse back to the same sections, in the same order, under the printed headings, with its
entries and their dates whole.
"""

from __future__ import annotations

import pytest

from resume_api.models.resume import Resume
from resume_api.parsing import parse_document
from resume_api.parsing.lexicon import language_files
from resume_api.parsing.sections import heading_key
from resume_api.render import TEMPLATES, render
from resume_api.render.print_plan import DEGREE_FORMS, HEADINGS, LABELS, OTHER, Entry, build

from ..parsing.layouts import LANGS

LANGUAGES = language_files()
KEYS = ("summary", "work", "education", "skills", "languages")


def _heading(code: str, key: str, pick: int) -> str:
    """One of the language's headings for `key`, written the way a person would (first letter up)."""
    names = LANGUAGES[code]["headings"][key]
    name = names[pick % len(names)]
    return name[:1].upper() + name[1:]


def _present(code: str, pick: int) -> str:
    words = LANGUAGES[code]["present"]
    return str(words[pick % len(words)])


def _written_start(code: str, pick: int) -> str:
    """How the person wrote March 2021: the language's month word, else (CJK) its number form."""
    march = LANGUAGES[code]["months"][2]
    if not march:
        return "2021年3月"
    word = march[pick % len(march)]
    return f"{word[:1].upper()}{word[1:]} 2021"


def _resume(code: str, pick: int) -> Resume:
    headings = {key: _heading(code, key, pick) for key in KEYS}
    written = {
        "work": f"Nordlys Freight\n{_written_start(code, pick)} – {_present(code, pick)}\nData Engineer",
        "education": "Warsaw University of Technology\n2017",
    }
    return Resume.model_validate(
        {
            "basics": {
                "name": "Maria Kowalska",
                "email": "maria@example.com",
                "summary": "Engineer building data platforms for logistics companies.",
            },
            "work": [
                {
                    "name": "Nordlys Freight",
                    "position": "Data Engineer",
                    "startDate": "2021-03",
                    "highlights": ["Built the pipeline that tracks shipments every day"],
                },
                {
                    "name": "Kobmand Retail",
                    "position": "Analyst",
                    "startDate": "2018-01",
                    "endDate": "2021-02",
                    "highlights": ["Reduced the daily sales load from four hours to 25 minutes"],
                },
            ],
            "education": [
                {"institution": "Warsaw University of Technology", "studyType": "MSc", "endDate": "2017"}
            ],
            "skills": [{"name": "Skills", "keywords": ["Python", "SQL", "Kafka"]}],
            "languages": [{"language": "Polish", "fluency": "Native"}],
            "sections": [
                {"heading": headings[key], "key": key, "text": written.get(key, "...")} for key in KEYS
            ],
        }
    )


CASES = [
    pytest.param(code, template, fmt, id=f"{code}-{template}-{fmt}")
    for code in LANGUAGES
    for template in TEMPLATES
    for fmt in ("pdf", "docx")
]


@pytest.mark.parametrize(("code", "template", "fmt"), CASES)
def test_headings_in_the_persons_language_print_and_read_back(code: str, template: str, fmt: str) -> None:
    pick = sorted(TEMPLATES).index(template)
    resume = _resume(code, pick)
    want = [_heading(code, key, pick) for key in KEYS]
    layout = build(resume)
    assert [s.heading for s in layout.sections] == want
    first = next(b for b in layout.sections[1].blocks if isinstance(b, Entry))
    english = _written_start(code, pick).split()[0].casefold() in {"mar", "march"}
    months = "Mar 2021" if english else _written_start(code, pick)  # the person's own month word
    assert first.dates == f"{months} – {_present(code, pick)}"
    back = parse_document(render(resume, fmt, template).data, f"generated.{fmt}")
    named = [(s["key"], s["heading"].casefold()) for s in back["sections"] if s["key"] in KEYS]
    assert named == [(key, heading.casefold()) for key, heading in zip(KEYS, want, strict=True)]
    assert [
        (w.get("name"), w.get("position"), w.get("startDate"), w.get("endDate")) for w in back["work"]
    ] == [
        ("Nordlys Freight", "Data Engineer", "2021-03", "present"),
        ("Kobmand Retail", "Analyst", "2018-01", "2021-02"),
    ]
    assert [e.get("institution") for e in back["education"]] == ["Warsaw University of Technology"]
    assert {k for group in back["skills"] for k in group.get("keywords", [])} == {"Python", "SQL", "Kafka"}


DEGREES = {code: LANGS[code].degrees[0] for code in LANGUAGES if code in LANGS}
"""Each language's first degree in the layout generator's vocabulary, and the fields it is taken in."""


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("code", sorted(DEGREES))
def test_a_degree_and_its_field_are_joined_in_the_persons_language(code: str, fmt: str) -> None:
    degree, areas = DEGREES[code]
    area = areas[0]
    data = _resume(code, 0).model_dump()
    data["education"] = [
        {"institution": "Warsaw University of Technology", "studyType": degree, "area": area}
    ]
    resume = Resume.model_validate(data)
    printed = next(b for s in build(resume).sections if s.key == "education" for b in s.blocks)
    assert isinstance(printed, Entry)
    assert printed.subtitle == DEGREE_FORMS[code].format(degree=degree, area=area)
    back = parse_document(render(resume, fmt, TEMPLATES[len(code) % len(TEMPLATES)]).data, f"generated.{fmt}")
    assert [(e.get("studyType"), e.get("area")) for e in back["education"]] == [(degree, area)]


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_the_labels_a_document_adds_are_in_the_persons_language(code: str) -> None:
    data = _resume(code, 0).model_dump()
    data["education"] = [
        {"institution": "Warsaw University of Technology", "score": "4.5", "courses": ["Algebra"]}
    ]
    data["projects"] = [{"name": "Routing engine", "keywords": ["Rust"]}]
    data["sections"].append({"heading": "Projects", "key": "projects", "text": "..."})
    printed = {s.key: s.blocks for s in build(Resume.model_validate(data)).sections}
    school, project = printed["education"][0], printed["projects"][0]
    assert isinstance(school, Entry) and isinstance(project, Entry)
    labels = LABELS[code]
    assert school.lines == [f"{labels['score']}: 4.5", f"{labels['courses']}: Algebra"]
    assert project.lines == [f"{labels['technologies']}: Rust"]


def test_a_field_that_keeps_its_own_link_word_gets_no_second_one() -> None:
    resume = Resume.model_validate(
        {
            "education": [
                {
                    "institution": "Universidade Cesumar",
                    "studyType": "MBA",
                    "area": "EM SEGURANÇA CIBERNÉTICA",
                }
            ]
        }
    )
    entry = build(resume).sections[0].blocks[0]
    assert isinstance(entry, Entry) and entry.subtitle == "MBA EM SEGURANÇA CIBERNÉTICA"


def test_every_language_the_parser_reads_has_its_print_words() -> None:
    assert set(LANGUAGES) == set(DEGREE_FORMS) == set(LABELS)


def _sections(*pairs: tuple[str, str]) -> Resume:
    return Resume.model_validate(
        {
            "work": [{"name": "Acme", "position": "Engineer"}],
            "skills": [{"name": "Skills", "keywords": ["Python"]}],
            "sections": [{"heading": h, "key": k, "text": "..."} for k, h in pairs],
        }
    )


def test_sections_joined_into_one_key_print_the_standard_heading() -> None:
    # "Research Experience" over the teaching entries would be untrue: no one heading names both.
    resume = _sections(("work", "Research Experience"), ("work", "Teaching Experience"), ("skills", "Outils"))
    assert [(s.key, s.heading) for s in build(resume).sections] == [
        ("work", HEADINGS["work"]),
        ("skills", "Outils"),
    ]


def test_a_section_without_a_heading_prints_the_standard_one() -> None:
    resume = _sections(("work", ""), ("skills", "Skills"))
    assert [(s.key, s.heading) for s in build(resume).sections] == [
        ("work", HEADINGS["work"]),
        ("skills", "Skills"),
    ]
    unnamed_twice = _sections(("work", ""), ("work", "Experience"))
    assert build(unnamed_twice).sections[0].heading == HEADINGS["work"]


def test_a_resume_without_source_sections_prints_the_standard_headings() -> None:
    resume = Resume.model_validate({"work": [{"name": "Acme", "position": "Engineer"}]})
    assert [(s.key, s.heading) for s in build(resume).sections] == [("work", HEADINGS["work"])]


# The standard heading a key falls back to is in the language of the person's own headings.
OTHERS = [code for code in LANGUAGES if code != "en"]


def _own(code: str, key: str, pick: int = 0) -> str:
    return _heading(code, key, pick)


@pytest.mark.parametrize("code", OTHERS)
def test_joined_and_unnamed_sections_print_the_standard_heading_of_the_persons_language(code: str) -> None:
    resume = _sections(
        ("summary", _own(code, "summary")),
        ("work", _own(code, "work", 0)),
        ("work", _own(code, "work", 1)),  # two headings joined into one key
        ("education", _own(code, "education")),
        ("skills", ""),  # a section without a heading
    )
    names = LANGUAGES[code]["headings"]
    standard = {key: names[key][0][:1].upper() + names[key][0][1:] for key in ("work", "skills")}
    headings = {s.key: s.heading for s in build(resume).sections}
    assert headings["work"] == standard["work"]
    assert headings["skills"] == standard["skills"]
    assert headings["summary"] == _own(code, "summary")  # the person's own heading is kept


@pytest.mark.parametrize("code", OTHERS)
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_standard_heading_in_the_persons_language_reads_back_as_its_key(code: str, fmt: str) -> None:
    # Every key falls back to the language's heading; the document parses back to the same keys.
    resume = _resume(code, 0).model_copy(
        update={"sections": [s.model_copy(update={"heading": ""}) for s in _resume(code, 0).sections]}
    )
    for s in _resume(code, 0).sections[:2]:  # two of the person's own headings decide the language
        resume.sections.append(s.model_copy(update={"text": ""}))
    layout = build(resume)
    names = LANGUAGES[code]["headings"]
    printed = {s.key: s.heading for s in layout.sections}
    for key in ("education", "skills", "languages"):
        assert printed[key] == names[key][0][:1].upper() + names[key][0][1:]
    back = parse_document(render(resume, fmt, "classic").data, f"generated.{fmt}")
    keys = [s["key"] for s in back["sections"] if s["key"] in KEYS]
    assert keys == [s.key for s in layout.sections if s.key in KEYS]


@pytest.mark.parametrize(
    "pairs",
    [
        (("work", "Experience"), ("education", "Formation"), ("skills", "")),  # one each: English wins ties
        (("work", "Publications"), ("skills", "")),  # a heading two languages share: a tie
        (("work", ""), ("skills", "")),
    ],
)
def test_english_standard_headings_unless_another_language_clearly_leads(
    pairs: tuple[tuple[str, str], ...],
) -> None:
    headings = {s.key: s.heading for s in build(_sections(*pairs)).sections}
    assert headings["skills"] == HEADINGS["skills"]


# Text the parser kept without a heading (lines a section's parser could not place) prints under
# the word for "Other" of the person's language, which reads back as `other`, never as a section.
LEFTOVER = "Volunteer tutor at the city library on Saturdays"


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_the_word_for_other_reads_back_as_other(code: str) -> None:
    assert heading_key(OTHER[code]) == "other", OTHER[code]


@pytest.mark.parametrize("code", list(LANGUAGES))
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_text_without_a_heading_prints_under_other_in_the_persons_language(code: str, fmt: str) -> None:
    resume = _resume(code, 0)
    resume.sections.append(
        resume.sections[0].model_copy(update={"heading": "", "key": "other", "text": LEFTOVER})
    )
    named = resume.sections[1].model_copy(
        update={"heading": "Ehrenamt 2020", "key": "other", "text": "Chess club"}
    )
    resume.sections.append(named)
    printed = [(s.key, s.heading) for s in build(resume).sections if s.key == "other"]
    assert printed == [("other", OTHER[code]), ("other", "Ehrenamt 2020")]  # a heading of one's own stays
    back = parse_document(render(resume, fmt, "classic").data, f"generated.{fmt}")
    kept = [s for s in back["sections"] if LEFTOVER in " ".join((s.get("text") or "").split())]
    assert [s["key"] for s in kept] == ["other"], back["sections"]
