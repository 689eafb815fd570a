"""The fast tier: every use case against in-memory ports (tests/fakes.py); no runner, no moto."""

from __future__ import annotations

import pytest

from resume_api.models.records import ResumeRecord
from resume_api.models.resume import Resume
from tests.fakes import HASH, World

JD = (
    "Senior Backend Engineer. Requirements: Python, PostgreSQL, AWS Lambda and Docker are required; "
    "Kubernetes experience needed. Experience with SQL and REST APIs."
)


def sample_resume(name: str = "Jane Doe") -> Resume:
    return Resume.model_validate(
        {
            "basics": {"name": name, "email": "jane@example.org", "summary": "Backend engineer."},
            "work": [
                {
                    "name": "Acme Corp",
                    "position": "Backend Engineer",
                    "startDate": "2019-01",
                    "endDate": "2024-05",
                    "highlights": ["Built billing APIs in Python on AWS Lambda", "Cut costs by 30%"],
                }
            ],
            "skills": [{"name": "Languages", "keywords": ["Python", "SQL", "Docker"]}],
            "education": [
                {"institution": "State University", "studyType": "BSc", "area": "Computer Science"}
            ],
        }
    )


@pytest.fixture
def world() -> World:
    return World()


def store_resume(
    world: World, resume_id: str = "r_1", *, name: str = "Jane Doe", uploaded_at: int = 1
) -> ResumeRecord:
    """A ready resume in the caller's session, stored the way a direct upload stores it."""
    caller = world.session()
    return world.resumes.add_parsed(
        HASH,
        ResumeRecord(
            resume_id=resume_id,
            filename="a.pdf",
            status="ready",
            uploaded_at=uploaded_at,
            updated_at=uploaded_at,
            source_key=world.resumes.original_key(HASH, resume_id, "a.pdf"),
        ),
        b"%PDF",
        "application/pdf",
        sample_resume(name),
        caller.expires_at,
    )


@pytest.fixture
def stored(world: World) -> World:
    """A world whose session holds one ready resume, r_1."""
    store_resume(world)
    return world
