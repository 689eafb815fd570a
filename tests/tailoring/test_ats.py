"""ATS score units: keyword extraction on job descriptions (ours in tests/data, the corpus's where present), matching."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resume_api.ats.keywords import extract_keywords, job_title
from resume_api.ats.score import ats_score
from resume_api.models.resume import Resume, Skill, Work
from tests.conftest import DATA, corpus_files, corpus_path

OUR_JDS = sorted((DATA / "jd").glob("*.txt"))
CORPUS_JDS = corpus_files("jd", ".txt")


def _resume(**kwargs: object) -> Resume:
    return Resume.model_validate(kwargs)


@pytest.mark.parametrize("path", OUR_JDS + CORPUS_JDS, ids=[p.stem for p in OUR_JDS + CORPUS_JDS])
def test_every_jd_yields_a_title_and_keywords(path: Path) -> None:
    keywords = extract_keywords(path.read_text())
    assert keywords[0].category == "title"
    assert len(keywords) >= 8, [k.term for k in keywords]
    technical = "product" not in keywords[0].term.lower()
    hard = [
        k
        for k in keywords
        if k.category in {"language", "framework", "cloud", "database", "devops", "data", "tool"}
    ]
    assert len(hard) >= (3 if technical else 0), [k.term for k in keywords]


def test_backend_jd_keywords_and_requirements() -> None:
    jd = (DATA / "jd" / "backend-engineer.txt").read_text()
    keywords = {k.term: k for k in extract_keywords(jd)}
    for term in ("Python", "FastAPI", "PostgreSQL", "Kafka", "Docker", "Kubernetes", "Redis", "CI/CD", "AWS"):
        assert term in keywords, term
    assert keywords["Docker"].required, "named in the Requirements part"
    assert not keywords["Kafka"].required
    assert keywords["Docker"].weight > keywords["Kafka"].weight
    assert job_title(jd) == "Senior Backend Engineer"


def test_synonyms_and_abbreviations_match() -> None:
    jd = "We need a JavaScript engineer with Amazon Web Services and Postgres experience. Requirements: JS, AWS."
    resume = _resume(skills=[Skill(name="Skills", keywords=["JS", "AWS", "PostgreSQL"])])
    result = ats_score(resume, jd)
    matched = {m.keyword: m for m in result.matched}
    assert {"JavaScript", "AWS", "PostgreSQL"} <= set(matched)
    assert matched["AWS"].where == ["skills[0].keywords[1]"]


def test_literal_spelling_scores_higher_than_a_synonym() -> None:
    jd = "Requirements: strong PostgreSQL skills and Kubernetes experience required."
    synonym = _resume(skills=[Skill(name="S", keywords=["Postgres", "K8s"])])
    literal = _resume(skills=[Skill(name="S", keywords=["PostgreSQL", "Kubernetes"])])
    assert ats_score(literal, jd).score > ats_score(synonym, jd).score > 0
    assert all(m.exact for m in ats_score(literal, jd).matched)


def test_short_words_do_not_match_inside_others() -> None:
    keywords = {
        k.term for k in extract_keywords("Present roadmaps to C-suite leaders and go to market fast.")
    }
    assert "C" not in keywords
    assert "Go" not in keywords


def test_score_is_deterministic_and_bounded() -> None:
    jd = (DATA / "jd" / "java-developer.txt").read_text()
    resume = _resume(
        basics={"label": "Java Developer"},
        work=[
            Work(name="X", position="Java Developer", highlights=["Built Spring MVC services with Hibernate"])
        ],
    )
    first, second = ats_score(resume, jd), ats_score(resume, jd)
    assert first == second
    assert 0 < first.score < 100
    assert first.breakdown["title"].matched == 1


def test_corpus_resumes_score_higher_on_their_own_field() -> None:
    labels = json.loads(corpus_path("labels", "resume-matcher__john_doe.pdf.json").read_text())
    resume = _resume(
        skills=[Skill(name="Skills", keywords=labels["skills"])],
        work=[Work(name=w["name"], position=w["position"]) for w in labels["work"]],
    )
    java = ats_score(resume, corpus_path("jd", "resume-matcher__job_desc_java_developer.txt").read_text())
    product = ats_score(resume, corpus_path("jd", "resume-matcher__job_desc_product_manager.txt").read_text())
    ml = ats_score(resume, corpus_path("jd", "resume-matcher__e2e-jd-ml-eng.txt").read_text())
    assert java.score > product.score
    assert java.score > ml.score


def test_resumes_score_higher_on_their_own_field() -> None:
    """The same check on our own job descriptions: a Java developer's resume fits the Java job best."""
    resume = _resume(
        basics={"label": "Java Developer"},
        skills=[
            Skill(name="Skills", keywords=["Java", "Spring Boot", "Hibernate", "JUnit", "Oracle", "Maven"])
        ],
        work=[
            Work(name="Acme Insurance", position="Java Developer", highlights=["Built REST APIs with Spring"])
        ],
    )
    scores = {path.stem: ats_score(resume, path.read_text()).score for path in OUR_JDS}
    assert max(scores, key=lambda stem: scores[stem]) == "java-developer", scores
