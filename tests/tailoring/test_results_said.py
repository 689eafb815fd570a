"""A result joined to a fact (a change: "cutting X", "which led to fewer X", "; X fell as a result", "to
cut X", "Cut X after ..."; or what others did with the work: "praised by", "adopted by") is kept only when
one sentence of the job says that result (clauses.result_said): a change of the same kind and what it is
about. The same words scattered over the job, a sentence that names X with no change, or someone the
job names for something else, support nothing. Written before the rule, over domains of their own."""

from __future__ import annotations

import pytest

from resume_api.models.resume import Resume
from tests.tailoring.guarded import first_bullet_kept, one_job

JOBS = (
    # (cause, its -ing form, (past, -ing, base) of the change, what changed, another thing the job names)
    (
        "Redrew the stocking map for the produce aisle",
        "redrawing the stocking map for the produce aisle",
        ("Cut", "cutting", "cut"),
        "empty shelf hours",
        "cooler repair calls",
    ),
    (
        "Rewrote the intake script for the crisis line",
        "rewriting the intake script for the crisis line",
        ("Reduced", "reducing", "reduce"),
        "dropped calls on night shifts",
        "volunteer no-shows",
    ),
    (
        "Moved the tool crib next to the paint booth",
        "moving the tool crib next to the paint booth",
        ("Shortened", "shortening", "shorten"),
        "walking time between jobs",
        "sander downtime",
    ),
)
FORMS = (
    "{cause}, {ing} {x}",
    "{cause}, which {past} {x}",
    "{cause} to {base} {x}",
    "{Past} {x} after {cause_ing}",
    "{cause}; {x} fell as a result",
    "{cause}, so {x} fell",
    "{cause}, which led to fewer {x}",
)


def _rewrite(form: str, cause: str, cause_ing: str, change: tuple[str, str, str], x: str) -> str:
    past, ing, base = change
    return form.format(
        cause=cause, cause_ing=cause_ing, Past=past, past=past.lower(), ing=ing, base=base, x=x
    )


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("cause", "cause_ing", "change", "result", "other"), JOBS)
def test_a_result_another_bullet_states_is_kept(
    form: str, cause: str, cause_ing: str, change: tuple[str, str, str], result: str, other: str
) -> None:
    source = one_job(cause, "Lakeside Co-op", "Team Lead", "2019-02", f"{change[0]} {result}")
    assert first_bullet_kept(source, _rewrite(form, cause, cause_ing, change, result))


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("cause", "cause_ing", "change", "result", "other"), JOBS)
def test_a_result_whose_words_the_job_has_without_the_change_is_refused(
    form: str, cause: str, cause_ing: str, change: tuple[str, str, str], result: str, other: str
) -> None:
    """The job names the thing ("Logged cooler repair calls") but says no change of it."""
    source = one_job(cause, "Lakeside Co-op", "Team Lead", "2019-02", f"Logged {other} for the manager")
    assert not first_bullet_kept(source, _rewrite(form, cause, cause_ing, change, other))


@pytest.mark.parametrize(("cause", "cause_ing", "change", "result", "other"), JOBS)
def test_the_changed_thing_may_be_reworded_only_around_what_it_is(
    cause: str, cause_ing: str, change: tuple[str, str, str], result: str, other: str
) -> None:
    """One word after the metric reworded is a restatement; the metric swapped beside two words is not
    (beside three it may be: "Reduced waste on the CNC machining line" for "Reduced scrap on ...")."""
    source = one_job(cause, "Lakeside Co-op", "Team Lead", "2019-02", f"{change[0]} {result}")
    head, *rest = result.split()
    reworded = " ".join([head, *rest[:-1], "periods" if rest[-1] != "periods" else "spans"])
    assert first_bullet_kept(source, f"{cause}, {change[1]} {reworded}")
    assert not first_bullet_kept(source, f"{cause}, {change[1]} {' '.join(['overtime', *rest[-2:]])}")


WHO = (
    # (bullet, who the job says praised or adopted it, someone the job names for something else)
    ("Wrote the allergy card for the dining room", "general manager", "linen supplier"),
    ("Built the call-back log for the clinic", "practice owner", "billing vendor"),
)


@pytest.mark.parametrize(("bullet", "said", "other"), WHO)
def test_who_praised_or_adopted_the_work_is_the_one_the_job_names(bullet: str, said: str, other: str) -> None:
    praised = one_job(bullet, "Lakeside Co-op", "Team Lead", "2019-02", f"Praised by the {said} for the work")
    adopted = one_job(bullet, "Lakeside Co-op", "Team Lead", "2019-02", f"The {said} adopted it")
    for form in ("{b}, earning praise from the {w}", "{b}, praised by the {w}"):
        assert first_bullet_kept(praised, form.format(b=bullet, w=said))
        assert not first_bullet_kept(praised, form.format(b=bullet, w=other))
    for form in ("{b}, later adopted by the {w}", "{b}, which the {w} adopted"):
        assert first_bullet_kept(adopted, form.format(b=bullet, w=said))
        assert not first_bullet_kept(adopted, form.format(b=bullet, w=other))


def test_a_name_in_the_result_is_left_to_the_name_check() -> None:
    """ "Cut Lakeside Co-op's empty shelf hours" restates "Cut empty shelf hours": the employer is no
    word of the result."""
    source: Resume = one_job(JOBS[0][0], "Lakeside Co-op", "Team Lead", "2019-02", "Cut empty shelf hours")
    assert first_bullet_kept(source, f"{JOBS[0][0]}, cutting Lakeside Co-op's empty shelf hours")


def test_a_change_the_source_states_in_a_verb_no_family_lists() -> None:
    """ "Eliminated paper intake forms" says what ", cutting paper intake forms" says; "staff needle-stick
    injuries" qualifies the source's "needle-stick injuries"; another result is still refused."""
    cause = "Set up bed alarms on the step-down unit"
    eliminated = one_job(cause, "Mercy Clinic", "Charge Nurse", "2016-01", "Eliminated paper intake forms")
    assert first_bullet_kept(eliminated, f"{cause}, cutting paper intake forms")
    falls = one_job(cause, "Mercy Clinic", "Charge Nurse", "2016-01", "Reduced needle-stick injuries by 30%")
    assert first_bullet_kept(falls, f"{cause}, reducing staff needle-stick injuries by 30%")
    assert not first_bullet_kept(falls, f"{cause}, reducing medication errors by 30%")
