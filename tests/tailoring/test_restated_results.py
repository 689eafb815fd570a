"""A result the same job states in another bullet may be joined to its cause, one noun reworded, in
every form a clause takes (a participle, "which"); the same clause with a verb of its own, or (in a
"which" clause) another metric after its verb, is a new claim (clauses.restates). Round 12 reads every
result this way, participles too (clauses.result_said: test_results_said.py)."""

from __future__ import annotations

import pytest

from resume_api.models.resume import Resume
from tests.tailoring.guarded import first_bullet_kept, one_job

JOBS = (
    # (cause, result the job states, the result with one noun reworded, with the metric swapped)
    (
        "Redesigned the loading dock schedule",
        "Cut truck idle time at the gates",
        "truck idle time at the entrances",
        "fuel costs at the gates",
    ),
    (
        "Rewrote the discharge checklist for the ward",
        "Reduced readmissions among cardiac patients",
        "readmissions among heart patients",
        "complaints among cardiac patients",
    ),
    (
        "Introduced pre-shift tastings for servers",
        "Raised wine sales per cover",
        "wine sales per guest",
        "tip income per cover",
    ),
)
FORMS = ("{c}, {ing} {x}", "{c}, which {past} {x}")
ING = {"Cut": "cutting", "Reduced": "reducing", "Raised": "raising"}


def _source(cause: str, result: str) -> Resume:
    return one_job(cause, "Harbor Works", "Supervisor", "2020-01", result)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("cause", "result", "reworded", "swapped"), JOBS)
def test_a_result_the_job_states_is_kept_reworded(
    form: str, cause: str, result: str, reworded: str, swapped: str
) -> None:
    verb = result.split(maxsplit=1)[0]
    source = _source(cause, result)
    kept = form.format(c=cause, ing=ING[verb], past=verb.lower(), x=reworded)
    assert first_bullet_kept(source, kept)
    if "which" in form:
        assert not first_bullet_kept(
            source, form.format(c=cause, ing=ING[verb], past=verb.lower(), x=swapped)
        )


@pytest.mark.parametrize(("cause", "result", "reworded", "swapped"), JOBS)
def test_a_new_verb_beside_the_result_is_refused(
    cause: str, result: str, reworded: str, swapped: str
) -> None:
    words = result.split(" ", 1)[1]
    assert not first_bullet_kept(_source(cause, result), f"{cause}, and {words} was rolled out statewide")
