"""The guard on one rewritten bullet, for generated both-ways tests of a claim rule."""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest

from resume_api.models.resume import Resume
from resume_api.tailoring.claims import Evidence
from resume_api.tailoring.guard import guard, source_texts
from resume_api.tailoring.output import TailoredOutput


class Cell(NamedTuple):
    """A generated (source, rewrite) pair in a domain, and whether the guard must keep the rewrite."""

    domain: str
    source: str
    rewrite: str
    faithful: bool


class KindCell(NamedTuple):
    """A `Cell` that also names the kind of claim it tests."""

    kind: str
    domain: str
    source: str
    rewrite: str
    faithful: bool


def one_job(bullet: str, employer: str, position: str, start: str, other: str) -> Resume:
    """A person with one job whose first bullet is `bullet` and whose second is `other`."""
    job = {"name": employer, "position": position, "startDate": start, "highlights": [bullet, other]}
    return Resume.model_validate({"basics": {"name": "A. Person"}, "work": [job]})


def first_bullet_kept(source: Resume, rewrite: str) -> bool:
    """Whether the guard keeps `rewrite` as the first job's first bullet (the others as written)."""
    data = source.model_dump(mode="json", exclude_none=True)
    job = data["work"][0]
    work = [dict(job, highlights=[rewrite, *job["highlights"][1:]])]
    evidence = Evidence.of(source_texts(source), [])
    result = guard(source, TailoredOutput.model_validate({"summary": None, "work": work}), evidence)
    return rewrite in result.resume.work[0].highlights


def summary_kept(source: Resume, summary: str) -> bool:
    """Whether the guard keeps `summary` as the person's summary (the jobs as written)."""
    data = source.model_dump(mode="json", exclude_none=True)
    evidence = Evidence.of(source_texts(source), [])
    answer = TailoredOutput.model_validate({"summary": summary, "work": data["work"]})
    return guard(source, answer, evidence).resume.basics.summary == summary


def kept_in_a_job(bullet: str, rewrite: str, other: str = "Kept the records in order") -> bool:
    """Whether the guard keeps `rewrite` for `bullet`, the first of an operations lead's bullets."""
    return first_bullet_kept(one_job(bullet, "Harbor & Vale", "Operations Lead", "2019-04", other), rewrite)


def both_ways(cell: Any, head: tuple[str, ...], tail: tuple[str, ...]) -> Any:
    """A faithful-or-lie cell (`cell.faithful`) as a test parameter, named head, side, tail."""
    side = "true" if cell.faithful else "lie"
    return pytest.param(cell, id="-".join([*head, side, *tail]))
