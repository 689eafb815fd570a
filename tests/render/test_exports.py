"""Exports are faithful and safe (issue #13 item 4, render side): the JSON Resume export writes
dates as stored, and one URL rule holds in every format: `http(s)` and `mailto` are links, a bare
host is an `https` link, any other scheme is dropped everywhere alike."""

from __future__ import annotations

import json

import pytest

from resume_api.models.resume import Resume
from resume_api.render import FORMATS, render

from .test_sections import _document_text


@pytest.mark.parametrize(
    "date", ["2020-12-31T00:00", "2020-13-45", "Jan 2021 - 2023", "Summer 2021", "2019-03"]
)
def test_json_export_writes_dates_as_stored(date: str) -> None:
    resume = Resume.model_validate(
        {
            "basics": {"name": "Ada"},
            "work": [{"name": "Acme", "startDate": date, "endDate": date}],
            "education": [{"institution": "MIT", "startDate": date}],
            "awards": [{"title": "Prize", "date": date}],
            "certificates": [{"name": "Cert", "date": date}],
            "publications": [{"name": "Paper", "releaseDate": date}],
            "projects": [{"name": "P", "startDate": date}],
            "volunteer": [{"organization": "V", "startDate": date}],
        }
    )
    doc = json.loads(render(resume, "json", "classic").data)
    assert doc["work"][0]["startDate"] == doc["work"][0]["endDate"] == date
    assert doc["education"][0]["startDate"] == date
    assert doc["awards"][0]["date"] == doc["certificates"][0]["date"] == date
    assert doc["publications"][0]["releaseDate"] == doc["projects"][0]["startDate"] == date
    assert doc["volunteer"][0]["startDate"] == date


def test_json_export_leaves_out_only_an_ongoing_end_date() -> None:
    resume = Resume.model_validate({"work": [{"name": "Acme", "startDate": "2020", "endDate": "Present"}]})
    assert json.loads(render(resume, "json", "ats").data)["work"] == [{"name": "Acme", "startDate": "2020"}]


HOSTILE_URLS = ["javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", "vbscript:msgbox"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("bad", HOSTILE_URLS)
def test_one_url_rule_in_every_format(fmt: str, bad: str) -> None:
    resume = Resume.model_validate(
        {
            "basics": {
                "name": "Ada",
                "url": bad,
                "profiles": [
                    {"network": "GitHub", "url": "https://github.com/ada"},
                    {"network": "Blog", "url": bad},
                    {"network": "Site", "url": "ada.example.org/home"},
                ],
            },
            "work": [{"name": "Acme", "position": "Engineer", "url": bad}],
            "certificates": [{"name": "Cert", "url": bad}],
            "publications": [{"name": "Paper", "url": "http://papers.example.org/1"}],
            "projects": [{"name": "Proj", "url": bad}],
        }
    )
    text = _document_text(render(resume, fmt, "modern").data, fmt)
    scheme = bad.split(":", maxsplit=1)[0]
    assert f"{scheme}:" not in text, f"{bad} reached the {fmt} output"
    assert "github.com/ada" in text and "papers.example.org/1" in text
    assert "https://ada.example.org/home" in text  # a bare host is an https link everywhere
