"""A tool or language named in a bullet that the resume names nowhere is a claim, however it is written
and wherever it stands in the sentence; the same tool is true where the person lists it or another bullet
of the job uses it. Written before the rule, over tools no vocabulary lists, in six trades, each tool
capitalised as its maker writes it and in lower case, at the end, before the object and after a comma.
"""

from __future__ import annotations

import pytest

from resume_api.models.resume import Resume
from tests.tailoring.guarded import first_bullet_kept

TOOLS = (
    # (a bullet, the tool as its maker writes it, a job, a title)
    ("Drew the shop drawings for the mezzanine", "Bluebeam", "Steelworks Ltd", "Draftsperson"),
    ("Tracked the site punch lists", "Procore", "Harbor Builders", "Site Engineer"),
    ("Reconciled the supplier ledgers each month", "Xero", "Greenleaf Foods", "Bookkeeper"),
    ("Charted wound care for the surgical ward", "Meditech", "Valley Hospital", "Staff Nurse"),
    ("Designed the parent newsletter each term", "Canva", "Hillside School", "Teaching Assistant"),
    ("Logged the herd's milk yields", "DairyComp", "Brookfield Farm", "Herd Manager"),
    ("Scheduled the crews for the weekend shifts", "Deputy", "Seaside Hotel", "Duty Manager"),
    ("Wrote the test scripts for the billing service", "Gatling", "Northpay", "QA Engineer"),
)
FORMS = ("{bullet} in {tool}", "{bullet} using {tool}", "Used {tool} to {lower}", "{bullet}, with {tool}")


def _resume(bullet: str, employer: str, title: str, listed: tuple[str, ...], other: str) -> Resume:
    job = {"name": employer, "position": title, "startDate": "2019-01", "highlights": [bullet, other]}
    skills = [{"name": "Tools", "keywords": list(listed)}] if listed else []
    return Resume.model_validate({"basics": {"name": "A. Person"}, "work": [job], "skills": skills})


def _infinitive(bullet: str) -> str:
    """The bullet after "to": its verb in the present ("Drew" as "draw")."""
    verb, rest = bullet.split(" ", 1)
    present = {"Drew": "draw", "Wrote": "write"}.get(verb, verb.lower().removesuffix("ed").removesuffix("e"))
    if verb.endswith("ed") and present + "e" in ("reconcile", "schedule", "design", "chart", "track", "log"):
        present += "e"
    return f"{present} {rest}"


OPEN_FORMS = ("{bullet} in {tool}",)
OPEN_TOOLS = ("Deputy", "Gatling")
"""Where a lower-case tool still passes: after "in" (no slot that names only means: "in detail", "in
person"), and a tool whose name is a title word ("deputy") or has a gerund's shape ("gatling")."""


def _cases() -> list[object]:
    out: list[object] = []
    for bullet, tool, employer, title in TOOLS:
        for form in FORMS:
            for case in ("as written", "lower case"):
                args = (bullet, tool, employer, title, form, case)
                if case == "lower case" and (form in OPEN_FORMS or tool in OPEN_TOOLS):
                    reason = "a lower-case tool outside a slot that names means"
                    out.append(pytest.param(*args, marks=pytest.mark.xfail(strict=True, reason=reason)))
                else:
                    out.append(args)
    return out


@pytest.mark.parametrize(("bullet", "tool", "employer", "title", "form", "case"), _cases())
def test_a_tool_the_resume_never_names_is_a_claim(
    bullet: str, tool: str, employer: str, title: str, form: str, case: str
) -> None:
    written = tool if case == "as written" else tool.lower()
    rewrite = form.format(bullet=bullet, tool=written, lower=_infinitive(bullet))
    listed = _resume(bullet, employer, title, (tool,), "Kept the records tidy")
    assert first_bullet_kept(listed, rewrite), rewrite
    unnamed = _resume(bullet, employer, title, (), "Kept the records tidy")
    assert not first_bullet_kept(unnamed, rewrite), rewrite
