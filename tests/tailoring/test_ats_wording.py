"""ATS wording, table-driven over many phrasings: alternatives are one requirement, keywords are whole
words, skills keep their spelling, change reasons say what happened.

The alternation figures are measured both ways over every generated phrasing: the share of
alternatives merged into one requirement, and the share of distinct requirements wrongly merged.
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from resume_api.ats.keywords import Keyword, extract_keywords, single_terms
from resume_api.ats.matching import find
from resume_api.ats.normalize import compact
from resume_api.ats.score import ats_score
from resume_api.ats.vocabulary import VOCABULARY
from resume_api.llm.base import LlmRequest
from resume_api.llm.offline import OfflineProvider
from resume_api.models.resume import Resume, Skill, Work
from resume_api.tailoring.changes import describe, describe_skills, describe_text
from resume_api.tailoring.claims import Evidence, candidate_terms
from resume_api.tailoring.guard import guard, source_texts
from resume_api.tailoring.output import TailoredOutput
from tests.conftest import DATA, corpus_path

# Terms from many fields, symbols and short names included, cycled through the phrasings below.
TERMS = [
    "GitHub Actions", "CircleCI", "Jenkins", "CI/CD", "C++", "C#", ".NET", "Node.js", "Java", "Kotlin",
    "Go", "Rust", "Python", "Scala", "AWS", "GCP", "Azure", "PostgreSQL", "MySQL", "MongoDB", "Terraform",
    "Ansible", "React", "Vue", "Angular", "Excel", "QuickBooks", "NetSuite", "Jira", "Confluence",
    "Docker", "Kubernetes", "Tableau", "Power BI", "Looker", "Kafka", "RabbitMQ", "Redis", "Django",
    "Flask", "Spring Boot", "Salesforce", "SAP", "TypeScript", "Swift", "PyTorch", "TensorFlow",
]  # fmt: skip
TRIPLES = [
    tuple(TERMS[(i + k * step) % len(TERMS)] for k in range(3)) for i in range(len(TERMS)) for step in (1, 7)
]
TRIPLES = [t for t in TRIPLES if len(set(t)) == 3]

# (template, expected requirements as index groups): {0},{1},{2} are the three terms.
ALTERNATIVES: list[tuple[str, list[tuple[int, ...]]]] = [
    ("{0} or {1}", [(0, 1)]),
    ("{0} OR {1}", [(0, 1)]),
    ("{0}/{1}", [(0, 1)]),
    ("{0} / {1}", [(0, 1)]),
    ("either {0} or {1}", [(0, 1)]),
    ("{0} and/or {1}", [(0, 1)]),
    ("{0} (or {1})", [(0, 1)]),
    ("{0}, or {1}", [(0, 1)]),
    ("{0}, {1} or {2}", [(0, 1, 2)]),
    ("{0}, {1}, or {2}", [(0, 1, 2)]),
    ("{0}/{1}/{2}", [(0, 1, 2)]),
    ("{0} or {1} or {2}", [(0, 1, 2)]),
    ("tools such as {0}, {1}", [(0, 1)]),
    ("tools such as {0}, {1} and {2}", [(0, 1, 2)]),
    ("tools such as {0} or {1}", [(0, 1)]),
    ("tools such as: {0}, {1}, {2}", [(0, 1, 2)]),
    ("tooling (e.g. {0} or {1})", [(0, 1)]),
    ("tooling (e.g., {0}, {1}, or {2})", [(0, 1, 2)]),
    ("tooling, eg {0}, {1}", [(0, 1)]),
    ("tools, for example {0} or {1}", [(0, 1)]),
    ("tools, for instance {0}, {1} and {2}", [(0, 1, 2)]),
    ("one of {0}, {1} or {2}", [(0, 1, 2)]),
    ("any of {0}, {1}, {2}", [(0, 1, 2)]),
    ("at least one of {0}, {1}", [(0, 1)]),
]
DISTINCT: list[tuple[str, list[tuple[int, ...]]]] = [
    ("{0} and {1}", [(0,), (1,)]),
    ("{0} & {1}", [(0,), (1,)]),
    ("{0}, {1} and {2}", [(0,), (1,), (2,)]),
    ("{0}, {1}, and {2}", [(0,), (1,), (2,)]),
    ("{0}, {1}, {2}", [(0,), (1,), (2,)]),
    ("{0} as well as {1}", [(0,), (1,)]),
    ("both {0} and {1}", [(0,), (1,)]),
    ("{0} plus {1}", [(0,), (1,)]),
    ("{0}; {1}", [(0,), (1,)]),
    ("{0}. Also {1}", [(0,), (1,)]),
    ("{0} experience and strong {1} skills", [(0,), (1,)]),
    ("{0}, and good {1}", [(0,), (1,)]),
    ("{0}\n- {1}\n- {2}", [(0,), (1,), (2,)]),
    ("{0} with {1}", [(0,), (1,)]),
    ("{0} and {1} or {2}", [(0,), (1, 2)]),
    ("{0}, plus {1} or {2}", [(0,), (1, 2)]),
    ("{0}. {1} or {2}", [(0,), (1, 2)]),
    ("{0} or {1}, and {2}", [(0, 1), (2,)]),
    ("{0}/{1} and {2}", [(0, 1), (2,)]),
]
CONTEXTS = [
    "Requirements:\n- Experience with {x}.\n",
    "You have shipped production work with {x}.",
    "Nice to have: {x}.",
    "Must have hands-on {x} experience in a team setting.",
]


def _requirements(jd: str) -> list[frozenset[str]]:
    return [
        frozenset(k.term for k in single_terms([k])) for k in extract_keywords(jd) if k.category != "title"
    ]


def _cases(table: list[tuple[str, list[tuple[int, ...]]]]) -> list[Any]:
    cases = []
    for (template, groups), (n, context) in itertools.product(table, enumerate(CONTEXTS)):
        for terms in TRIPLES[n :: len(CONTEXTS) * 2]:
            jd = context.format(x=template.format(*terms))
            expected = [frozenset(terms[i] for i in group) for group in groups]
            cases.append((jd, expected))
    return cases


ALTERNATIVE_CASES = _cases(ALTERNATIVES)
DISTINCT_CASES = _cases(DISTINCT)


def _merged_as_expected(jd: str, expected: list[frozenset[str]]) -> bool:
    found = _requirements(jd)
    return all(group in found for group in expected)


def _wrongly_merged(jd: str, expected: list[frozenset[str]]) -> bool:
    """Whether two terms the job names as separate requirements ended up in one."""
    found = _requirements(jd)
    return any(
        any(a in group for a in one) and any(b in group for b in other)
        for one, other in itertools.combinations(expected, 2)
        for group in found
    )


def test_alternation_measured_both_ways() -> None:
    """The figures: alternatives merged (≥ 0.98) and distinct requirements wrongly merged (≤ 0.02)."""
    merged = [_merged_as_expected(jd, expected) for jd, expected in ALTERNATIVE_CASES + DISTINCT_CASES]
    wrong = [_wrongly_merged(jd, expected) for jd, expected in DISTINCT_CASES + ALTERNATIVE_CASES]
    merged_share = sum(merged[: len(ALTERNATIVE_CASES)]) / len(ALTERNATIVE_CASES)
    wrong_share = sum(wrong[: len(DISTINCT_CASES)]) / len(DISTINCT_CASES)
    print(
        f"\nalternatives merged: {merged_share:.3f} of {len(ALTERNATIVE_CASES)}; "
        f"distinct wrongly merged: {wrong_share:.3f} of {len(DISTINCT_CASES)}"
    )
    assert len(ALTERNATIVE_CASES) >= 200 and len(DISTINCT_CASES) >= 150
    assert merged_share >= 0.98
    assert wrong_share <= 0.02


@pytest.mark.parametrize(("jd", "expected"), ALTERNATIVE_CASES[::9] + DISTINCT_CASES[::9])
def test_requirements_of_a_phrasing(jd: str, expected: list[frozenset[str]]) -> None:
    assert _merged_as_expected(jd, expected), (_requirements(jd), expected)
    assert not _wrongly_merged(jd, expected), (_requirements(jd), expected)


def test_alternatives_are_one_requirement_met_by_any() -> None:
    jd = "Requirements: CI/CD pipelines with GitHub Actions or CircleCI, and Python."
    resume = Resume.model_validate({"skills": [{"name": "S", "keywords": ["CircleCI", "Python"]}]})
    result = ats_score(resume, jd)
    matched = {m.keyword: m for m in result.matched}
    assert "GitHub Actions or CircleCI" in matched
    assert matched["GitHub Actions or CircleCI"].alternatives == ["GitHub Actions", "CircleCI"]
    assert [m.keyword for m in result.missing] == ["CI/CD"]
    assert result.keywords_total == 3


def test_a_term_also_asked_for_alone_is_its_own_requirement() -> None:
    """ "Python ... Python or Go": Python alone already implies the alternative."""
    requirements = _requirements("Requirements: Python. Services in Python or Go. Kafka or RabbitMQ.")
    assert frozenset({"Python"}) in requirements
    assert frozenset({"Python", "Go"}) not in requirements
    assert frozenset({"Kafka", "RabbitMQ"}) in requirements


PAIRS = [("Kafka", "RabbitMQ"), ("PostgreSQL", "MySQL"), ("React", "Angular"), ("Jenkins", "CircleCI")]
OPTIONAL_ALONE = [
    "Our stack runs on {b} today.\nRequirements: {a} or {b}.",
    "Requirements: {a} or {b} in production.\nNice to have: {b} tuning.",
    "We use {b} for events. You must know {a} or {b}.",
    "Responsibilities: operate {b} clusters.\nRequirements: hands-on {b} or {a}.",
]
REQUIRED_ALONE = [
    "Requirements: {b}. Services in {a} or {b}.",
    "You must have {b} experience. Bonus: {a} or {b}.",
]
OPTIONAL_BOTH = ["We use {b} today. Bonus: {a} or {b}.", "Nice to have: {b}, and {a} or {b}."]


@pytest.mark.parametrize("template", OPTIONAL_ALONE)
@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_a_required_choice_is_kept_beside_the_same_term_wanted_alone_only_as_a_plus(
    template: str, a: str, b: str
) -> None:
    """ "AWS (ECS) ... Requirements: Kubernetes or ECS": the choice is the stronger requirement, and
    dropping it for ECS alone lost Kubernetes from the keywords altogether."""
    requirements = _requirements(template.format(a=a, b=b))
    assert frozenset({a, b}) in requirements, requirements
    assert any(a in r for r in requirements), requirements


@pytest.mark.parametrize("template", REQUIRED_ALONE + OPTIONAL_BOTH)
@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_a_choice_is_dropped_where_the_term_alone_is_at_least_as_strong(
    template: str, a: str, b: str
) -> None:
    requirements = _requirements(template.format(a=a, b=b))
    assert frozenset({b}) in requirements and frozenset({a, b}) not in requirements, requirements


# ----------------------------------------------------------------------------------------------
# Whole words

EMBEDDED = [
    ("Java", "JavaScript developer"),
    ("Scala", "scalable systems"),
    ("Go", "Google and good governance"),
    ("Rust", "trusted partner"),
    ("React", "reactive streams"),
    ("Express", "Expressions of interest"),
    ("Positioning", "microservices decomposition and repositioning"),
    ("SQL", "MySQL and NoSQL stores"),
    ("Excel", "excellent service"),
    ("Spark", "sparkling water"),
    ("Helm", "helmet safety"),
    ("Swift", "swiftly"),
    ("Unity", "community outreach"),
    ("Ruby on Rails", "guardrails"),
    ("R", "R&D budget"),
    ("C", "C-suite stakeholders"),
    ("C", "Objective-C"),
    ("C++", "C++11"),
    ("Kotlin", "Kotlinx"),
    ("AWS", "AWSome"),
    ("Docker", "Dockerfile"),
]
WHOLE = [
    ("CI/CD", "Built CI/CD pipelines."),
    ("CI/CD", "(CI/CD)"),
    ("C++", "C++ and Python"),
    ("C++", "Modern C++."),
    ("C#", "C#, Java"),
    ("C#", "Wrote C# services"),
    (".NET", ".NET Core services"),
    (".NET", "Java and .NET"),
    ("Node.js", "Node.js-based APIs"),
    ("Node.js", "services in Node.js."),
    ("Java", "Java/Kotlin"),
    ("Java", "Java-based"),
    ("Go", "Go, Rust"),
    ("C", "C and C++"),
    ("A/B Testing", "ran A/B tests weekly"),
    ("Positioning", "product positioning for launches"),
]


def _entry(term: str) -> tuple[str, ...]:
    return next(names for group in VOCABULARY.values() for names in group if names[0] == term)


def _keyword(term: str) -> Keyword:
    names = _entry(term)
    return Keyword(term, "language", 3, True, names, names)


def _glued(names: tuple[str, ...]) -> list[str]:
    singles = [v for v in names if " " not in v]
    glued = [f"{affix}{v}" for v in singles for affix in ("re", "un")]
    glued += [f"{v}{s}" for v in singles for s in ("ing", "x")]
    return [g for g in glued if compact(g) not in {compact(n) for n in names}]  # "audit"+"ing" is a spelling


VOCAB_SINGLE = [names for group in VOCABULARY.values() for names in group]


@pytest.mark.parametrize(("term", "text"), EMBEDDED)
def test_a_keyword_inside_another_word_does_not_match(term: str, text: str) -> None:
    assert find(_keyword(term), [("work[0].highlights[0]", text)]) == []


@pytest.mark.parametrize(("term", "text"), WHOLE)
def test_a_keyword_as_a_whole_word_matches(term: str, text: str) -> None:
    assert find(_keyword(term), [("work[0].highlights[0]", text)]) == ["work[0].highlights[0]"]


def test_no_vocabulary_term_matches_inside_a_longer_word() -> None:
    """Every spelling of every term, glued to letters before or after it: never a match."""
    wrong = []
    for names in VOCAB_SINGLE:
        keyword = Keyword(names[0], "tool", 1, False, names, names)
        for text in _glued(names):
            if find(keyword, [("x", text)]):
                wrong.append((names[0], text))
    assert not wrong, wrong[:20]


def test_messaging_in_an_engineering_job_is_not_product_positioning() -> None:
    jd = "Requirements: microservices decomposition, event-driven messaging with Kafka."
    assert "Positioning" not in {k.term for k in extract_keywords(jd)}
    resume = Resume(work=[Work(name="X", highlights=["Led the decomposition of a monolith"])])
    assert not ats_score(resume, "Requirements: product positioning.").matched


def test_our_backend_job_offers_its_observability_tools_as_alternatives() -> None:
    requirements = _requirements((DATA / "jd" / "backend-engineer.txt").read_text())
    assert frozenset({"Datadog", "Prometheus"}) in requirements
    assert frozenset({"Docker"}) in requirements and frozenset({"Kubernetes"}) in requirements


def test_the_corpus_backend_job_asks_for_one_ci_system() -> None:
    jd = corpus_path("jd", "resume-matcher__e2e-jd-backend-eng.txt").read_text()
    requirements = _requirements(jd)
    assert frozenset({"GitHub Actions", "CircleCI"}) in requirements
    assert "Positioning" not in {t for r in requirements for t in r}


# ----------------------------------------------------------------------------------------------
# Skills keep their spelling (the offline optimizer)

SPELLED = [
    ("CI/CD", "CI / CD"),
    ("CI/CD", "ci/cd"),
    ("CI / CD", "CI/CD"),
    ("C++", "c++"),
    ("Node.js", "node.js"),
    ("scikit-learn", "scikit learn"),
    ("Objective-C", "Objective C"),
    ("A/B Testing", "a/b testing"),
    ("Go-to-Market", "go to market"),
    ("GitLab CI/CD", "GitLab CI / CD"),
    ("Spring Boot", "SpringBoot"),
    ("TCP/IP", "TCP / IP"),
]


def _offline(resume: Resume, jd: str) -> dict[str, Any]:
    import json

    request = LlmRequest(
        messages=[],
        schema={},
        context={"resume": resume.model_dump(mode="json"), "jd": f"Requirements: {jd}."},
    )
    return dict(json.loads(OfflineProvider().complete(request).text))


@pytest.mark.parametrize(("skill", "jd_spelling"), SPELLED)
def test_a_skill_the_job_writes_with_the_same_tokens_is_left_alone(skill: str, jd_spelling: str) -> None:
    resume = Resume(skills=[Skill(name="Skills", keywords=["Python", skill])])
    answer = _offline(resume, f"Python and {jd_spelling} experience")
    assert skill in answer["skills"][0]["keywords"], answer["skills"]


def test_skills_are_never_re_tokenized_only_renamed() -> None:
    """Every spelling in the vocabulary against every other spelling of its term: unchanged or renamed."""
    bad = []
    for names in VOCAB_SINGLE:
        for skill, written in itertools.permutations(names, 2):
            resume = Resume(skills=[Skill(name="S", keywords=[skill])])
            out = _offline(resume, f"experience with {written}")["skills"][0]["keywords"][0]
            if out != skill and compact(out) == compact(skill):
                bad.append((skill, written, out))
    assert not bad, bad[:20]


def test_a_synonym_takes_the_jobs_name_and_an_alternative_is_looked_up_alone() -> None:
    resume = Resume(skills=[Skill(name="S", keywords=["Postgres", "Mongo"])])
    answer = _offline(resume, "PostgreSQL; also MySQL or MongoDB")
    assert answer["skills"][0]["keywords"] == ["PostgreSQL", "MongoDB"]
    assert any("'Postgres' written as the job writes it" in note for note in answer["notes"])


# ----------------------------------------------------------------------------------------------
# Change reasons

REASONS = [
    (["a b c", "d e f"], ["d e f", "a b c"], None, ["reordered"], ["reworded", "removed", "restored"]),
    (["alpha beta gamma"], ["alpha beta delta"], None, ["1 bullet reworded"], ["reordered", "removed"]),
    (["alpha beta", "gamma delta"], ["alpha beta"], None, ["1 bullet removed"], ["reordered", "reworded"]),
    (
        ["alpha beta", "gamma delta"],
        ["alpha beta epsilon", "gamma delta"],
        ["alpha beta epsilon"],
        ["1 bullet reworded", "1 bullet restored"],
        ["reordered", "removed"],
    ),
    (
        ["one two", "three four", "five six"],
        ["five six", "one two seven", "three four"],
        ["five six", "one two seven"],
        ["reordered", "1 bullet reworded", "1 bullet restored"],
        ["removed"],
    ),
]


@pytest.mark.parametrize(("before", "after", "proposed", "says", "not_says"), REASONS)
def test_change_reasons_say_what_happened(
    before: list[str], after: list[str], proposed: list[str] | None, says: list[str], not_says: list[str]
) -> None:
    reason = describe(before, after, proposed, "bullet")
    assert all(s in reason for s in says), reason
    assert not any(s in reason for s in not_says), reason


def test_text_and_skill_reasons() -> None:
    assert describe_text("One. Two.", "Two. One.") == "reordered for the job"
    assert describe_text("One. Two.", "One.") == "1 sentence removed"
    assert "reworded" in describe_text("Built things.", "Built many things for users.")
    before = [{"name": "Languages", "keywords": ["Go", "Python"]}, {"name": "Data", "keywords": ["Postgres"]}]
    moved = [{"name": "Data", "keywords": ["Postgres"]}, {"name": "Languages", "keywords": ["Python", "Go"]}]
    assert "reordered" in describe_skills(before, moved, moved)
    assert "reworded" not in describe_skills(before, moved, moved)
    renamed = [
        {"name": "Languages", "keywords": ["Go", "Python"]},
        {"name": "Data", "keywords": ["PostgreSQL"]},
    ]
    reason = describe_skills(before, renamed, renamed)
    assert "1 skill reworded" in reason and "removed" not in reason
    dropped = [{"name": "Languages", "keywords": ["Python"]}]
    restored = describe_skills(before, [*dropped, {"name": "Data", "keywords": ["Postgres"]}], dropped)
    assert "restored" in restored, restored


def test_the_guard_labels_a_reorder_as_a_reorder() -> None:
    source = Resume(
        work=[
            Work(
                name="Acme",
                position="Engineer",
                highlights=["Wrote the billing service in Python", "Ran the Kubernetes clusters"],
            )
        ]
    )
    jd = "Requirements: Kubernetes."
    output = TailoredOutput.model_validate(
        {
            "work": [
                {
                    "name": "Acme",
                    "position": "Engineer",
                    "highlights": ["Ran the Kubernetes clusters", "Wrote the billing service in Python"],
                }
            ]
        }
    )
    evidence = Evidence.of(source_texts(source), candidate_terms(extract_keywords(jd)))
    [change] = guard(source, output, evidence).changes
    assert change.reason == "reordered for the job"
