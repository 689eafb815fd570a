"""The fast tier: every use case against in-memory ports (tests/fakes.py); no runner, no moto."""

from __future__ import annotations

import pytest

from resume_api.models.resume import Resume
from tests.fakes import World

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
