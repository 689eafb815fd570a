"""Dates and URLs are checked where they enter (issue #13 item 4): one pure rule in models/values.py,
applied by the resume model (PATCH bodies, an LLM's refinement, a tailored resume) and shared with
every writer's link rule; whatever the parser produces passes it."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from pydantic import ValidationError

from resume_api.models.resume import Resume
from resume_api.models.values import date_problem, link_rule, url_problem
from resume_api.parsing import parse_document
from resume_api.render import render
from resume_api.render.layout import link_target
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
def test_the_model_refuses_a_bad_value_naming_its_field(path: tuple[Any, ...], value: str) -> None:
    document: dict[str, Any] = {}
    node: Any = document
    for step, following in itertools.pairwise(path):
        if isinstance(step, str):
            node = node.setdefault(step, [] if isinstance(following, int) else {})
        else:
            node.append({})
            node = node[-1]
    node[path[-1]] = value
    with pytest.raises(ValidationError) as refused:
        Resume.model_validate(document)
    assert refused.value.errors()[0]["loc"] == path


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
    resume = Resume.model_validate(parsed_corpus_file(path))  # the parser tests' cache: parsed once
    checked = _dates_and_urls(resume)
    for where, value, end in checked:
        problem = url_problem(value) if where.endswith(("url", "image")) else date_problem(value, end=end)
        assert problem is None, (path.name, where, value)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_what_our_writers_print_parses_back_to_valid_values(fmt: str) -> None:
    from tests.render.sample import sample_resume as full_sample

    source = full_sample()
    back = Resume.model_validate(parse_document(render(source, fmt, "classic").data, f"cv.{fmt}"))
    values = _dates_and_urls(back)
    assert any(not w.endswith(("url", "image")) for w, _, _ in values), "the sample has dates"
    for where, value, end in values:
        problem = url_problem(value) if where.endswith(("url", "image")) else date_problem(value, end=end)
        assert problem is None, (where, value)
