"""Dates and URLs are checked where they enter (issue #13 item 4): one pure rule in models/values.py,
applied to PATCH bodies, an LLM's refinement and a tailored resume, and shared with every writer's
link rule; whatever the parser produces passes it."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from resume_api.errors import Unprocessable
from resume_api.models.resume import Resume
from resume_api.models.values import date_problem, link_rule, refuse_bad_values, url_problem, value_problems
from resume_api.parsing import parse_document
from resume_api.render import render
from resume_api.render.print_plan import link_target
from tests.conftest import corpus_files
from tests.parsing.test_corpus import _parsed as parsed_corpus_file

DATES_OK = ["2020", "2020-02", "2020-02-29", "1999-12-31", ""]
DATES_BAD = ["2020-12-31T00:00", "2020-13-45", "2021-02-29", "Jan 2021 - 2023", "2020-1", "20", "present day"]


@pytest.mark.parametrize("value", DATES_OK)
def test_iso_dates_pass(value: str) -> None:
    assert date_problem(value) is None and date_problem(value, end=True) is None


@pytest.mark.parametrize("value", DATES_BAD)
def test_other_dates_are_refused_with_what_a_date_is(value: str) -> None:
    assert date_problem(value) and date_problem(value, end=True)


def test_present_is_an_end_date_only() -> None:
    assert date_problem("present", end=True) is None and date_problem("Present", end=True) is None
    assert date_problem("present") == "a date is YYYY, YYYY-MM or YYYY-MM-DD"


URLS = [
    "https://example.org/x",
    "http://example.org",
    "mailto:jane@example.org",
    "github.com/jane",
    "javascript:alert(1)",
    "data:text/html,<b>x</b>",
    "file:///etc/passwd",
    "JaVaScRiPt:alert(1)",
    "https://exa mple.org",
    "java\u200bscript:alert(1)",
    "https://example.org/\x00",
]


@pytest.mark.parametrize("url", URLS)
def test_a_url_is_stored_only_if_every_writer_links_it(url: str) -> None:
    """The entry check and the writers' link rule are one rule: what is stored is what is linked."""
    accepted = url_problem(url) is None
    assert accepted == (link_rule(url) is not None and link_target(url) == link_rule(url)), url
    if accepted:
        assert link_target(url) is not None


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("work", 0, "startDate"), "2020-12-31T00:00"),
        (("work", 0, "endDate"), "Jan 2021 - 2023"),
        (("education", 0, "startDate"), "present"),
        (("certificates", 0, "date"), "2020-13-45"),
        (("publications", 0, "releaseDate"), "Summer 2021"),
        (("basics", "url"), "javascript:alert(1)"),
        (("basics", "profiles", 0, "url"), "data:text/html,x"),
        (("projects", 0, "url"), "vbscript:x"),
    ],
)
def test_a_bad_value_is_found_by_its_field_and_refused_with_a_422(path: tuple[Any, ...], value: str) -> None:
    document: dict[str, Any] = {}
    node: Any = document
    for step, following in itertools.pairwise(path):
        if isinstance(step, str):
            node = node.setdefault(step, [] if isinstance(following, int) else {})
        else:
            node.append({})
            node = node[-1]
    node[path[-1]] = value
    field = ".".join(str(p) for p in path)
    assert [p["field"] for p in value_problems(document)] == [field]
    assert value not in str(value_problems(document)), "the value is not echoed"
    with pytest.raises(Unprocessable) as refused:
        refuse_bad_values(document, "sections")
    fields: Any = refused.value.details["fields"]
    assert refused.value.status == 422 and fields[0]["field"] == f"sections.{field}"
    Resume.model_validate(document)  # the model stays permissive: stored values are read as they are


def _dates_and_urls(resume: Resume) -> list[tuple[str, str, bool]]:
    found: list[tuple[str, str, bool]] = []

    def walk(value: Any, where: str) -> None:
        if isinstance(value, dict):
            for key, child in value.items():
                if isinstance(child, str) and key in ("startDate", "date", "releaseDate", "endDate"):
                    found.append((f"{where}.{key}", child, key == "endDate"))
                elif isinstance(child, str) and key in ("url", "image"):
                    found.append((f"{where}.{key}", child, False))
                else:
                    walk(child, f"{where}.{key}")
        elif isinstance(value, list):
            for n, child in enumerate(value):
                walk(child, f"{where}[{n}]")

    walk(resume.model_dump(mode="json"), "")
    return found


@pytest.mark.parametrize("path", corpus_files("resumes"), ids=lambda p: p.name)
def test_every_corpus_parse_passes_the_entry_rules(path: Any) -> None:
    parsed = parsed_corpus_file(path)  # the parser tests' cache: each file is parsed once
    assert value_problems(parsed) == [], path.name


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_what_our_writers_print_parses_back_to_valid_values(fmt: str) -> None:
    from tests.render.sample import sample_resume as full_sample

    source = full_sample()
    back = Resume.model_validate(parse_document(render(source, fmt, "classic").data, f"cv.{fmt}"))
    assert any(not w.endswith(("url", "image")) for w, _, _ in _dates_and_urls(back)), "the sample has dates"
    assert value_problems(back.model_dump(mode="json")) == []
