"""Round 14 (#10): what sits among a person's jobs without being one.

A teaching section lists the courses a person taught (`Advanced Statistical Computing`, TA and
lecturer): issue #10 keeps academic sections (teaching, grants, talks) whole as `other`, and the
corpus's label rules name no course as a job. Each language's usual teaching headings, written
from its academic CV conventions, not from any corpus file.
"""

from __future__ import annotations

import pytest

from resume_api.parsing.entries import parse_work
from resume_api.parsing.lines import Line
from resume_api.parsing.sections import heading_key
from tests.parsing.test_entries_round13 import _line

TEACHING: dict[str, tuple[str, ...]] = {
    "en": ("Teaching Experience", "Teaching", "Teaching and Mentoring"),
    "fr": ("Expérience d'enseignement", "Enseignement", "Activités d'enseignement"),
    "de": ("Lehrerfahrung", "Lehrtätigkeit", "Lehre"),
    "es": ("Experiencia docente", "Docencia"),
    "pt": ("Experiência docente", "Docência"),
    "it": ("Esperienza didattica", "Attività didattica"),
    "nl": ("Onderwijservaring", "Onderwijsactiviteiten"),
    "pl": ("Doświadczenie dydaktyczne", "Działalność dydaktyczna"),
    "ru": ("Преподавательская деятельность", "Опыт преподавания"),
    "zh": ("教学经历", "教学经验"),
    "ja": ("教歴", "担当授業"),
}
"""Per language, the headings of a section of courses taught."""


@pytest.mark.parametrize(
    "heading",
    [pytest.param(h, id=f"{code}-{h}") for code, hs in TEACHING.items() for h in hs],
)
def test_a_teaching_section_is_other_not_work(heading: str) -> None:
    assert heading_key(heading) == "other"
    assert heading_key(heading.upper()) == "other"


PLACES_JOINED = [
    ("Palo Alto, CA & Ithaca, NY", "Globex"),
    ("Austin, TX and Denver, CO", "Initech LLC"),
    ("Lyon & Paris", "Lumière Conseil SAS"),
    ("München & Berlin", "Müller Logistik GmbH"),
    ("Madrid y Barcelona", "Solaris S.A."),
    ("Warszawa i Kraków", "Wisła Logistyka Sp. z o.o."),
]
"""Two places a job was at, joined as partners' names are (`Palo Alto, CA & Ithaca, NY`): a place."""


PLACES_NOT_READ = {"Austin, TX and Denver, CO", "Lyon & Paris", "Madrid y Barcelona"}
"""Two places the parser did not read as one before partnerships either (strict xfails): known gap."""


@pytest.mark.parametrize(
    ("place", "employer"),
    [
        pytest.param(
            p,
            e,
            marks=[pytest.mark.xfail(strict=True, reason="places joined: not read")] * (p in PLACES_NOT_READ),
        )
        for p, e in PLACES_JOINED
    ],
)
def test_two_places_joined_are_the_jobs_place_not_a_firm(place: str, employer: str) -> None:
    jobs = parse_work(
        [
            _line(f"Open Source Contributor | {employer} | {place}", bold=True),
            _line("Jan 2013 – May 2013"),
            _line("• Led the team of contributors"),
        ]
    )
    assert [(j["name"], j["position"], j["location"]) for j in jobs] == [
        (employer, "Open Source Contributor", place)
    ]


def _cells(*cells: str, x0: float = 50.0) -> Line:
    text = "  ".join(cells)
    return Line(text=text, cells=list(cells), size=10.0, x0=x0, x1=x0 + 4.5 * len(text))


COURSES: dict[str, tuple[str, str, tuple[tuple[str, str], ...]]] = {
    "en": (
        "Teaching Assistant, University of Leeds",
        "Teaching Assistant",
        (
            ("Linear Algebra – Prof. Sarah Jones", "Jan 2018 – May 2018"),
            ("Statistics, Dr. Alan Reid", "Sep 2018 – Dec 2019"),
        ),
    ),
    "fr": (
        "Chargé de TD, Université de Lyon",
        "Chargé de TD",
        (
            ("Analyse (40h) – Prof. Marie Dubois", "janv. 2018 – mai 2018"),
            ("Probabilités – Pr Jean Martin", "sept. 2018 – déc. 2019"),
        ),
    ),
    "de": (
        "Wissenschaftliche Hilfskraft, Universität Hamburg",
        "Wissenschaftliche Hilfskraft",
        (
            ("Lineare Algebra – Prof. Dr. Anna Schmidt", "Jan. 2018 – Mai 2018"),
            ("Statistik (2 SWS) – Dr. Paul Weber", "Sept. 2018 – Dez. 2019"),
        ),
    ),
    "es": (
        "Ayudante de cátedra, Universidad de Sevilla",
        "Ayudante de cátedra",
        (
            ("Cálculo – Prof. Luis García", "enero 2018 – mayo 2018"),
            ("Álgebra – Dra. Ana Pérez", "sept. 2018 – dic. 2019"),
        ),
    ),
    "pt": (
        "Monitor, Universidade de São Paulo",
        "Monitor",
        (
            ("Cálculo I – Prof. Ana Souza", "jan. 2018 – mai. 2018"),
            ("Física II – Prof.ª Carla Lima", "set. 2018 – dez. 2019"),
        ),
    ),
    "it": (
        "Collaboratore didattico, Politecnico di Milano",
        "Collaboratore didattico",
        (
            ("Analisi I (30h) – prof.ssa Giulia Rossi", "Gen. 2018 – Mag. 2018"),
            ("Fisica (50h) – prof. Marco Bianchi", "Set. 2018 – Dic. 2019"),
        ),
    ),
    "nl": (
        "Studentassistent, Universiteit Utrecht",
        "Studentassistent",
        (
            ("Lineaire algebra – prof. dr. Jan de Vries", "jan. 2018 – mei 2018"),
            ("Statistiek – dr. Eva Bakker", "sep. 2018 – dec. 2019"),
        ),
    ),
    "pl": (
        "Asystent dydaktyczny, Uniwersytet Warszawski",
        "Asystent dydaktyczny",
        (
            ("Analiza matematyczna – prof. Anna Nowak", "styczeń 2018 – maj 2018"),
            ("Statystyka – dr Piotr Kowalski", "wrzesień 2018 – grudzień 2019"),
        ),
    ),
    "ru": (
        "Ассистент преподавателя, МГУ",
        "Ассистент преподавателя",
        (
            ("Линейная алгебра – проф. Иван Петров", "январь 2018 – май 2018"),
            ("Статистика – доц. Анна Смирнова", "сентябрь 2018 – декабрь 2019"),
        ),
    ),
    "zh": (
        "助教，清华大学",
        "助教",
        (("线性代数（王伟教授）", "2018.01 – 2018.05"), ("概率论（李明教授）", "2018.09 – 2019.12")),
    ),
    "ja": (
        "ティーチングアシスタント，東京大学",
        "ティーチングアシスタント",
        (
            ("線形代数（山田太郎教授）", "2018年1月 – 2018年5月"),
            ("統計学（佐藤花子教授）", "2018年9月 – 2019年12月"),
        ),
    ),
}
"""Per language: a teaching role's header (no dates of its own), its title, and the courses it
taught under it, each with the professor's honorific and name and the course's own term."""


COURSES_XFAIL: frozenset[str] = frozenset()
"""Languages whose courses the parser does not yet fold into their role (strict xfails)."""


@pytest.mark.parametrize(
    "lang",
    [
        pytest.param(
            lang, marks=[pytest.mark.xfail(strict=True, reason="one course's term")] * (lang in COURSES_XFAIL)
        )
        for lang in COURSES
    ],
)
def test_courses_taught_under_a_role_are_its_lines_not_jobs(lang: str) -> None:
    header, title, courses = COURSES[lang]
    jobs = parse_work(
        [
            _line(header, bold=True),
            *(_cells(course, dates, x0=60.0) for course, dates in courses),
            _line("• Held office hours and graded assignments"),
        ]
    )
    assert [(j["position"], j["startDate"], j["endDate"]) for j in jobs] == [(title, "2018-01", "2019-12")]
    kept = " ".join([*(jobs[0].get("highlights") or []), jobs[0].get("summary") or ""])
    assert all(course in kept for course, _ in courses)


NOT_COURSES = [
    ("Arzthelferin, Praxis Dr. Weber", "Praxis Dr. Weber", "Arzthelferin"),
    ("Dental Assistant, Dr. Martin Family Dentistry", "Dr. Martin Family Dentistry", "Dental Assistant"),
    ("Assistante dentaire, Cabinet du Dr Lefèvre", "Cabinet du Dr Lefèvre", "Assistante dentaire"),
    ("Research Assistant, Prof. Chen's Lab, MIT", "Prof. Chen's Lab", "Research Assistant"),
    (
        "Ingenieurbüro Dr. Haller & Kollegen GmbH | Projektingenieur Statik",
        "Ingenieurbüro Dr. Haller & Kollegen GmbH",
        "Projektingenieur Statik",
    ),
    ("Cabinet Dr. Morel | Assistante médicale", "Cabinet Dr. Morel", "Assistante médicale"),
    ("Clínica Dra. Ruiz – Auxiliar de enfermería", "Clínica Dra. Ruiz", "Auxiliar de enfermería"),
]
"""A job at a doctor's practice or a professor's lab names the person too, beside its title."""


@pytest.mark.parametrize(("header", "employer", "title"), NOT_COURSES)
def test_a_job_at_a_doctors_practice_is_a_job(header: str, employer: str, title: str) -> None:
    jobs = parse_work(
        [
            _line("Software Engineer, Globex Inc.", bold=True),
            _line("Jan 2020 – Present"),
            _line("• Built the billing service"),
            _cells(header, "Jan 2016 – Dec 2019"),
            _line("• Kept the patients' records"),
        ]
    )
    assert [(j["name"], j["position"]) for j in jobs] == [
        ("Globex Inc.", "Software Engineer"),
        (employer, title),
    ]


@pytest.mark.parametrize(
    ("header", "employer", "title"),
    [
        ("副教授，北京大学", "北京大学", "副教授"),
        ("Dr. Oetker GmbH, Bielefeld", "Dr. Oetker GmbH", "Werkstudent"),
    ],
)
def test_a_professors_title_or_a_firm_named_after_a_doctor_is_a_job(
    header: str, employer: str, title: str
) -> None:
    rows = [_cells(header, "2016.01 – 2019.12")]
    if title == "Werkstudent":
        rows = [_cells(header, "Jan 2016 – Dec 2019"), _line("Werkstudent")]
    jobs = parse_work(
        [_line("Software Engineer, Globex Inc.", bold=True), _line("Jan 2020 – Present"), *rows]
    )
    assert [(j["name"], j["position"]) for j in jobs][1:] == [(employer, title)]


COURSE_LABELS = {
    "en": "Courses:",
    "fr": "Cours :",
    "de": "Kurse:",
    "es": "Asignaturas:",
    "pt": "Disciplinas:",
    "it": "Corsi:",
    "nl": "Vakken:",
    "pl": "Przedmioty:",
    "ru": "Курсы:",
    "zh": "课程：",
    "ja": "担当科目：",
}
"""The label a list of courses may open with, on its first course's line (`Courses: Statistics, ...`)."""


@pytest.mark.parametrize(
    "lang",
    [
        pytest.param(
            lang,
            marks=[pytest.mark.xfail(strict=True, reason="the label is read as the title")] * (lang == "ja"),
        )
        for lang in COURSES
    ],
)
def test_courses_after_a_label_widen_their_roles_span(lang: str) -> None:
    header, title, courses = COURSES[lang]
    (first, first_dates), *rest = courses
    jobs = parse_work(
        [
            _line("Software Engineer, Globex Inc.", bold=True),
            _line("Jan 2020 – Present"),
            _line("• Built the billing service"),
            _line(header, bold=True),
            _cells(f"{COURSE_LABELS[lang]} {first}", first_dates, x0=60.0),
            *(_cells(course, dates, x0=60.0) for course, dates in rest),
        ]
    )
    assert [(j["position"], j["startDate"], j["endDate"]) for j in jobs][1:] == [
        (title, "2018-01", "2019-12")
    ]
