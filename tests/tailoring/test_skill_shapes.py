"""Every skill of the source survives tailoring, whatever shape JSON Resume gives it and however the
model answers.

JSON Resume writes a skill as a group of keywords (`{"name": "Programming", "level": "Expert",
"keywords": ["Java", "Go"]}`) or as one named skill with no keywords (`{"name": "Python", "level":
"Advanced"}`); parsers, PATCH bodies and LLM refinements write both. The model answers names and
keywords only. Before, the guard dropped every named skill without keywords and every group's level
from an optimized resume: a person who rated their skills got back a resume without the ratings or
the skills. Here hypothesis draws source skill lists of every shape and model answers that drop,
reorder, regroup, rename and flatten them, and the guard must keep each source skill with its level
and add nothing the source does not hold.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from resume_api.ats.keywords import extract_keywords
from resume_api.models.resume import Resume
from resume_api.tailoring.claims import Evidence, candidate_terms
from resume_api.tailoring.guard import guard, source_texts
from resume_api.tailoring.output import TailoredOutput

TOOLS = ("Python", "Java", "Go", "PostgreSQL", "Docker", "Terraform", "Excel", "Tableau", "Figma", "SAP")
GROUPS = ("Programming", "Data", "Cloud", "Office", "Design")
LEVELS = ("Advanced", "Expert", "Intermediate", "Fortgeschritten", "Avancé", "上級", "4/5", "5 years", None)
INVENTED = ("Kubernetes", "Rust", "Salesforce")


@st.composite
def source_skills(draw: st.DrawFn) -> list[dict[str, Any]]:
    """A skills list of mixed shapes, each tool used once."""
    tools = list(draw(st.permutations(TOOLS)))[: draw(st.integers(1, len(TOOLS)))]
    skills: list[dict[str, Any]] = []
    groups = list(GROUPS)
    while tools:
        level = draw(st.sampled_from(LEVELS))
        if draw(st.booleans()) or not groups:
            skill: dict[str, Any] = {"name": tools.pop()}
        else:
            size = draw(st.integers(1, min(3, len(tools))))
            skill = {"name": groups.pop(), "keywords": [tools.pop() for _ in range(size)]}
        if level:
            skill["level"] = level
        skills.append(skill)
    return skills


def _items(skills: list[dict[str, Any]]) -> list[str]:
    return [k for s in skills for k in s.get("keywords") or [s["name"]]]


@st.composite
def model_answers(draw: st.DrawFn, skills: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What a model answers for those skills: each group kept, dropped, renamed or flattened into
    one list; named skills as groups of their own, as keywords elsewhere, or left out; in any order;
    sometimes with a skill the source does not have."""
    answer: list[dict[str, Any]] = []
    loose: list[str] = []
    for skill in skills:
        how = draw(st.sampled_from(("keep", "drop", "flatten", "rename")))
        if how == "drop":
            continue
        items = list(skill.get("keywords") or [])
        if not items:  # a named skill
            if how == "flatten":
                loose.append(skill["name"])
            else:
                answer.append({"name": skill["name"]})
            continue
        if how == "flatten":
            loose += items
        else:
            name = skill["name"] if how == "keep" else f"{skill['name']} skills"
            answer.append({"name": name, "keywords": draw(st.permutations(items))})
    if loose:
        answer.append({"name": "Skills", "keywords": loose})
    if draw(st.booleans()):
        answer.append({"name": draw(st.sampled_from(INVENTED))})
    if draw(st.booleans()) and answer:
        answer[0] = {
            **answer[0],
            "keywords": [*answer[0].get("keywords", []), draw(st.sampled_from(INVENTED))],
        }
    return list(draw(st.permutations(answer)))


def _tailor(skills: list[dict[str, Any]], answer: list[dict[str, Any]]) -> list[dict[str, Any]]:
    source = Resume.model_validate(
        {
            "basics": {"name": "Jane Roe", "summary": "Engineer building data services."},
            "work": [{"name": "Acme", "position": "Engineer", "highlights": ["Built data services"]}],
            "skills": skills,
        }
    )
    evidence = Evidence.of(
        source_texts(source), candidate_terms(extract_keywords("Engineer, Kubernetes, Rust"))
    )
    work = source.model_dump(mode="json", exclude_none=True)["work"]
    output = TailoredOutput.model_validate({"summary": source.basics.summary, "work": work, "skills": answer})
    kept = guard(source, output, evidence).resume.skills
    return [s.model_dump(mode="json", exclude_none=True, exclude_defaults=True) for s in kept]


@settings(max_examples=150)
@given(st.data())
def test_every_source_skill_comes_back_with_its_level(data: st.DataObject) -> None:
    skills = data.draw(source_skills())
    kept = _tailor(skills, data.draw(model_answers(skills)))
    assert sorted(_items(kept)) == sorted(_items(skills)), "a skill was lost or one was added"
    levels = {s["name"]: s.get("level") for s in skills if s.get("keywords")}
    for skill in skills:
        if not skill.get("keywords"):
            assert skill in kept, f"the named skill {skill} changed"
    for group in kept:
        if group.get("keywords") and group.get("name") in levels:
            assert group.get("level") == levels[group["name"]], f"{group['name']} lost its level"


def test_named_skills_and_levels_survive_a_model_that_keeps_only_groups() -> None:
    skills: list[dict[str, Any]] = [
        {"name": "Python", "level": "Advanced"},
        {"name": "Programming", "level": "Expert", "keywords": ["Java", "Go"]},
        {"name": "Excel"},
    ]
    kept = _tailor(skills, [{"name": "Programming", "keywords": ["Go", "Java"]}])
    assert kept == [
        {"name": "Programming", "level": "Expert", "keywords": ["Go", "Java"]},
        {"name": "Python", "level": "Advanced"},
        {"name": "Excel"},
    ]


def test_an_invented_named_skill_is_refused() -> None:
    kept = _tailor([{"name": "Python", "level": "Advanced"}], [{"name": "Python"}, {"name": "Kubernetes"}])
    assert kept == [{"name": "Python", "level": "Advanced"}]
