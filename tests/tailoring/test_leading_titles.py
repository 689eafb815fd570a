"""Leadership read with the job's title, both ways (claims_leading.py measures the whole family).

A title that leads people ("Head Brewer", "Plumbing Foreman") supports leading the job's people; a
title that leads nobody ("Territory Manager", "Brewer II") does not; someone else's title in a source
sentence ("worked with the lead plumber") is no leading of the person's; a generic role ("team lead",
"people manager") is held by whoever the job shows leading people; a title is the same written with
"Sr." or "Senior".
"""

from __future__ import annotations

import pytest

from resume_api.tailoring.leading import generic_role, leads_by_title
from tests.tailoring.guarded import first_bullet_kept, one_job

LEADING = [
    "Head Brewer",
    "Plumbing Foreman",
    "Crane Operations Supervisor",
    "Lead Technician",
    "Head of Science",
]
LEADING += ["Oncology Nurse Manager", "Regional Sales Manager", "Chief Engineer", "Director of Nursing"]
NOT_LEADING = [
    "Brewer II",
    "Sr. Plumber",
    "Territory Manager",
    "Account Manager",
    "Content Marketing Manager",
]
NOT_LEADING += ["Lead Generation Specialist", "Product Manager", "Clinical Nurse", "Sales Representative", ""]


@pytest.mark.parametrize("title", LEADING)
def test_a_leading_title(title: str) -> None:
    assert leads_by_title(title)


@pytest.mark.parametrize("title", NOT_LEADING)
def test_a_title_that_leads_nobody(title: str) -> None:
    assert not leads_by_title(title)


@pytest.mark.parametrize("role", ["team lead", "Team Leader", "crew lead", "people manager", "line manager"])
def test_a_generic_role(role: str) -> None:
    assert generic_role(role)


@pytest.mark.parametrize("title", ["senior engineer", "lead plumber", "head of science", "manager"])
def test_a_title_is_no_generic_role(title: str) -> None:
    assert not generic_role(title)


TASKS = [
    ("Set the weekly brewing schedule", "the brewers", "setting the weekly brewing schedule"),
    (
        "Planned crane assignments for each vessel",
        "the crane operators",
        "planning crane assignments for each vessel",
    ),
    ("Wrote the ward's medication safety rules", "the nurses", "writing the ward's medication safety rules"),
]
"""(a plain bullet, the people of the job, the bullet as an -ing phrase)."""


@pytest.mark.parametrize(("bullet", "people", "ing"), TASKS)
@pytest.mark.parametrize(
    ("title", "led"),
    [
        ("Head of Operations", True),
        ("Shift Supervisor", True),
        ("Senior Operator", False),
        ("Operator II", False),
    ],
)
@pytest.mark.parametrize("verb", ["Led", "Supervised", "Directed", "Oversaw"])
def test_leading_the_job_s_people_restates_a_leading_title(
    bullet: str, people: str, ing: str, title: str, led: bool, verb: str
) -> None:
    source = one_job(bullet, "Harbour Works", title, "2019-01", f"Trained {people} on safety")
    assert first_bullet_kept(source, f"{verb} {people} {ing}") is led


@pytest.mark.parametrize(("bullet", "people", "ing"), TASKS)
def test_a_leading_title_does_not_lead_the_peers_a_sentence_names(bullet: str, people: str, ing: str) -> None:
    source = one_job(
        f"{bullet} as one of 4 {people.rsplit(maxsplit=1)[-1]}",
        "Harbour Works",
        "Shift Supervisor",
        "2019-01",
        "x",
    )
    assert not first_bullet_kept(source, f"Led {people} {ing}")


@pytest.mark.parametrize(
    "partner", ["team lead", "lead plumber", "head brewer", "shift supervisor", "charge nurse"]
)
@pytest.mark.parametrize("cue", ["Worked with the", "Reported to the", "Helped the"])
def test_someone_else_s_title_is_no_leading(partner: str, cue: str) -> None:
    source = one_job(
        f"{cue} {partner} to cut waste in the cellar", "Old Mill", "Cellar Operator", "2016-01", "x"
    )
    assert first_bullet_kept(source, f"Partnered with the {partner} to cut waste in the cellar")
    for lie in (
        "Led the team to cut waste in the cellar",
        f"Led the effort to cut waste in the cellar with the {partner}",
        "As team lead, cut waste in the cellar",
    ):
        assert not first_bullet_kept(source, lie), lie


@pytest.mark.parametrize(
    ("source_line", "shows"),
    [
        ("Led a team of 4 technicians servicing the pumps", True),
        ("Supervised the night crew servicing the pumps", True),
        ("Managed 3 technicians servicing the pumps", True),
        ("Serviced the pumps with the team lead", False),
        ("Led the move to barcode tracking of the pumps", False),
        ("Acted as head of year during the autumn term", False),
    ],
)
@pytest.mark.parametrize(
    ("role", "titled"),
    [("As team lead, serviced the pumps", True), ("Serviced the pumps as a people manager", False)],
)
@pytest.mark.parametrize(("title", "leads"), [("Technician", False), ("Pump Crew Supervisor", True)])
def test_a_generic_role_needs_people_led(
    source_line: str, shows: bool, role: str, titled: bool, title: str, leads: bool
) -> None:
    """People led in a sentence support "people manager"; "team lead" is a title too, held only under a
    title that leads ("Technician" who managed 3 technicians was no team lead)."""
    source = one_job("Serviced the pumps", "Riverside", title, "2018-01", source_line)
    assert first_bullet_kept(source, role) is (shows and (leads or not titled))


@pytest.mark.parametrize(
    ("bullet", "lie"),
    [
        ("Replaced water heaters", "Ran the crew replacing water heaters"),
        ("Replaced water heaters", "Running a team of plumbers, replaced water heaters"),
        ("Took part in the boiler retrofit", "Took charge of the boiler retrofit"),
        ("Mentored new apprentices", "Line-managed new apprentices"),
    ],
)
def test_running_people_and_taking_charge_lead(bullet: str, lie: str) -> None:
    source = one_job(bullet, "Granger", "Plumber", "2018-01", "Cut and threaded pipe")
    assert not first_bullet_kept(source, lie)


@pytest.mark.parametrize(
    ("bullet", "task"),
    [
        ("Ran the payroll for the crew", "Ran payroll for the crew"),
        ("Ran daily huddles", "Ran the daily huddles"),
    ],
)
def test_running_a_task_is_no_leading(bullet: str, task: str) -> None:
    source = one_job(bullet, "Granger", "Plumber", "2018-01", "Cut and threaded pipe")
    assert first_bullet_kept(source, task)


@pytest.mark.parametrize(
    ("title", "written"),
    [
        ("Sr. Treasury Analyst", "Senior Treasury Analyst"),
        ("Senior Treasury Analyst", "Sr. Treasury Analyst"),
        ("Sr. Treasury Analyst", "Sr. Treasury Analyst"),
        ("Treasury Analyst II", "Treasury Analyst"),
    ],
)
def test_a_title_written_either_way(title: str, written: str) -> None:
    source = one_job(
        "Forecast daily cash needs", "Harbourline", title, "2018-01", "Matched wires to invoices"
    )
    assert first_bullet_kept(source, f"As {written}, forecast daily cash needs")
    assert not first_bullet_kept(source, "As Principal Treasury Analyst, forecast daily cash needs")


@pytest.mark.parametrize(
    "title",
    ["Assistant to the Head Brewer", "PA to the Director of Nursing", "Secretary for the Plumbing Foreman"],
)
def test_the_title_of_the_person_assisted_leads_nobody(title: str) -> None:
    assert not leads_by_title(title)
    source = one_job("Set the weekly brewing schedule", "Old Mill", title, "2016-01", "Trained the brewers")
    assert first_bullet_kept(source, "Set the weekly brewing schedule for the brewers")
    assert not first_bullet_kept(source, "Supervised the brewers setting the weekly brewing schedule")


@pytest.mark.parametrize("title", ["Release Manager", "Curriculum Lead", "Site Safety Lead", "Head Brewer"])
@pytest.mark.parametrize(
    "role", ["As team lead, serviced the pumps", "Serviced the pumps as a people manager"]
)
def test_a_generic_role_is_shown_by_sentences_not_by_a_title(title: str, role: str) -> None:
    """A title may lead a thing ("Release Manager"): "team lead" says people, so a sentence must show them led."""
    alone = one_job(
        "Serviced the pumps", "Riverside", title, "2018-01", "Worked with the technicians on the audit"
    )
    led = one_job(
        "Serviced the pumps", "Riverside", title, "2018-01", "Led a team of 4 technicians on the audit"
    )
    assert not first_bullet_kept(alone, role)
    assert first_bullet_kept(led, role)


@pytest.mark.parametrize("verb", ["Spearheaded", "Chaired"])
@pytest.mark.parametrize("title", ["Head Brewer", "Plumbing Foreman", "Head of Science"])
def test_a_leading_title_supports_no_initiative(verb: str, title: str) -> None:
    """A title leads people; it does not make each of the job's tasks an initiative the person led."""
    source = one_job("Reviewed the supplier contracts", "Old Mill", title, "2016-01", "Trained the new staff")
    assert first_bullet_kept(source, "Led the team reviewing the supplier contracts")
    assert not first_bullet_kept(source, f"{verb} the review of the supplier contracts")


@pytest.mark.parametrize(
    ("acted", "true", "other"),
    [
        ("head of year", "head of year", "head of the science department"),
        ("head of the night shift", "head of the night shift", "head of the maintenance department"),
        ("director of the choir", "director of the choir", "director of the music school"),
    ],
)
def test_a_head_is_head_of_one_thing(acted: str, true: str, other: str) -> None:
    source = one_job(
        f"Acted as {acted} during the autumn term", "Westbrook", "Teacher", "2018-01", "Taught chemistry"
    )
    assert first_bullet_kept(source, f"Served as acting {true} during the autumn term")
    assert not first_bullet_kept(source, f"Served as acting {other} during the autumn term")
