"""ATS wording through the runner: alternatives in /ats_score, spelling and change reasons in /optimize_resume/."""

from __future__ import annotations

import httpx

from tests.conftest import Session

JD = (
    "Job title: Platform Engineer\n"
    "Requirements: Python and PostgreSQL; CI / CD pipelines with GitHub Actions or CircleCI; "
    "cloud platforms such as AWS, GCP or Azure. Kubernetes is a plus."
)
RESUME = {
    "basics": {"name": "Ada Example", "label": "Platform Engineer"},
    "work": [
        {
            "name": "Acme",
            "position": "Platform Engineer",
            "startDate": "2020-01",
            "highlights": [
                "Mentored two new engineers",
                "Moved the build from Jenkins to CircleCI and cut it to 9 minutes",
                "Ran Postgres upgrades on AWS",
            ],
        }
    ],
    "skills": [{"name": "Tools", "keywords": ["CI/CD", "Postgres", "Python", "CircleCI", "AWS"]}],
}


def test_ats_score_counts_alternatives_as_one_requirement(api: httpx.Client, session: Session) -> None:
    response = api.post("/ats_score", headers=session.headers, json={"jd": JD, "parsed": RESUME})
    assert response.status_code == 200, response.text
    body = response.json()
    matched = {m["keyword"]: m for m in body["matched"]}
    missing = {m["keyword"]: m for m in body["missing"]}
    assert matched["GitHub Actions or CircleCI"]["alternatives"] == ["GitHub Actions", "CircleCI"]
    assert matched["AWS or GCP or Azure"]["where"]
    assert "GitHub Actions" not in missing and "CircleCI" not in missing
    assert set(missing) == {"Kubernetes"}
    assert matched["CI/CD"]["exact"], "the job's CI / CD is the resume's CI/CD"


def test_optimize_offline_keeps_spellings_and_names_a_reorder(api: httpx.Client, session: Session) -> None:
    response = api.post("/optimize_resume/", headers=session.headers, json={"jd": JD, "parsed": RESUME})
    assert response.status_code == 200, response.text
    body = response.json()
    skills = [k for g in body["optimized_resume"]["skills"] for k in g["keywords"]]
    assert "CI/CD" in skills and "CI / CD" not in skills
    assert "PostgreSQL" in skills, "a synonym takes the job's name"
    changes = {c["path"]: c for c in body["changes"]}
    bullets = changes["work[0].highlights"]
    assert sorted(bullets["after"]) == sorted(bullets["before"])
    assert bullets["reason"] == "reordered for the job"
    assert "reworded" in changes["skills"]["reason"], "Postgres → PostgreSQL is a new wording of one skill"
    assert "removed" not in changes["skills"]["reason"]
    gaps = {g["keyword"] for g in body["gaps"]}
    assert gaps == {"Kubernetes"}
    assert body["ats"]["after"] >= body["ats"]["before"]
