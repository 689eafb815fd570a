"""A tenure the person states is the one a rewrite of that sentence keeps: "Product designer with 4
years designing banking flows" does not become "6 years" because the jobs' dates span 6 (other work
is in them). The stated figure, a bound it satisfies, and other sentences' tenure from the dates stay."""

from __future__ import annotations

import pytest

from resume_api.models.resume import Resume
from resume_api.tailoring.claims import Evidence
from resume_api.tailoring.guard import guard, source_texts
from resume_api.tailoring.output import TailoredOutput

WORK = [
    {"name": "Northwind Bank", "position": "Product Designer", "startDate": "2020-06", "endDate": "2024-06"},
    {"name": "Pixel Studio", "position": "Graphic Designer", "startDate": "2018-06", "endDate": "2020-05"},
]


def _kept(summary: str, rewrite: str) -> bool:
    source = Resume.model_validate({"basics": {"name": "A. Person", "summary": summary}, "work": WORK})
    data = source.model_dump(mode="json", exclude_none=True)
    answer = {"summary": rewrite, "work": data["work"]}
    result = guard(source, TailoredOutput.model_validate(answer), Evidence.of(source_texts(source), []))
    return result.resume.basics.summary == rewrite


@pytest.mark.parametrize("field", ["designing mobile banking flows", "in product design", "of UX research"])
def test_the_stated_tenure_stays(field: str) -> None:
    summary = f"Product designer with 4 years {field}. I pair usability testing with clear design systems."
    tail = "pairing usability testing with clear design systems."
    assert _kept(summary, f"Product designer with 4 years {field}, {tail}")
    assert _kept(summary, f"Product designer with over 3 years {field}, {tail}")
    assert not _kept(summary, f"Product designer with 6 years {field}, {tail}")
    assert not _kept(summary, f"Product designer with over 5 years {field}, {tail}")


def test_tenure_from_the_dates_where_none_is_stated() -> None:
    summary = "Product designer for banking apps. I pair usability testing with clear design systems."
    assert _kept(
        summary,
        "Product designer with 6 years of experience. I pair usability testing with clear design systems.",
    )
    assert not _kept(
        summary,
        "Product designer with 9 years of experience. I pair usability testing with clear design systems.",
    )
