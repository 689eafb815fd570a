"""The "leading" part of the truth guard's evaluation, written before the rules of round 15, over eight
domains no other part uses: the six of the issue (mobile engineering, treasury operations, oncology
nursing, science teaching, medical device sales, commercial plumbing) and two more (brewery
production, port crane operations).

Leadership and title claims were the kinds the never-read sets showed the guard missing most. Each
person has four jobs: the current one under a title that leads (Lead, Head, Manager, Foreman,
Supervisor) with a bullet that leads a team and one that leads a change; the job before it at the same
employer under a ranked title (`Sr. X`, `Senior X`, `X II`) that leads nobody; a job elsewhere under a
plain title, working with someone who leads; and the first job, where the person managed a few people.
Every lie has a faithful twin the source supports, and the reverse:

- people: leading people in every phrasing a model uses (led, headed, oversaw, directed, supervised,
  ran a crew, in charge of, "leading a team of N", "as team lead"): true of the team the current job
  leads and of a task under the leading title; a lie for a task of a job that leads nobody;
- reports: line management ("line-managed", "managing N direct reports", "people manager"): true of
  the job that managed people, a lie elsewhere;
- peer: a job that worked with the team lead claims no lead ("led the team", "as the team lead");
- initiative: leading a change (spearheaded, drove, championed, owned, headed, oversaw, took charge
  of, chaired): true of the change the current job led, a lie for a project the person took part in
  or a committee they sat on;
- mentor: coaching is mentoring; supervising or managing the people mentored is a lie;
- rank: the job's own title in another form (`Sr.` as `Senior`, `X II` as `X`, "as", "in the role of",
  "while serving as") is true; a higher rank, the later job's title or a head's title is a lie;
- promotion: "promoted to" the title the resume shows the person promoted to is true; to any other
  title, or in a job with one title, a lie;
- acting: "acting", "stepped up as", "stood in as" the role the job says the person acted in is true;
  "acting head of" the department or another role is a lie;
- summary: a title put in front of the summary: the person's own titles, "team lead" and "people
  manager" (the resume shows both) are true; a higher rank or a head's title a lie.
- narrow (round 16, written before its rule): what a leading title does not support. Two older jobs
  are added: one under a title that leads a thing ("Release Manager", "Curriculum Lead") working with
  people, one as "Assistant to the" the current title; the current job gains work it only supported.
  Leading that work or an own task as an initiative ("Spearheaded planning the rota": a title leads
  people, not each task of theirs as an initiative), leading the peers a sentence of the leading job
  worked alongside or another team it collaborated with, "team lead" for a plain title that managed
  two people (a title the person never held: "people manager" says what they did, and stays true),
  leading people under the thing's title, "as team lead" in that job, the title of
  the person assisted, and the job description's title before the summary are lies; each has a twin.

The templates, not the guard, decide the labels; cases are deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tests.tailoring.claims_eval import FAITHFUL, Case, Domain
from tests.tailoring.claims_forms import words
from tests.tailoring.claims_twins import Row, placed_all

PART = "leading"

Task = tuple[str, str]
"""A plain bullet in its past form and its -ing form ("Planned the release calendar", "planning the
release calendar")."""


@dataclass(frozen=True)
class Leading:
    name: str
    person: str
    employers: tuple[str, str, str]
    """(the current and previous jobs' employer, the third job's, the first job's)."""
    titles: tuple[str, str, str, str]
    """(current: a title that leads; previous: a ranked title; third: a plain title; first job's)."""
    ranked_as: str
    """The previous title written another way, still true (`Sr. X` as `Senior X`, `X II` as `X`)."""
    higher: tuple[str, str]
    """(a rank above the person's, a head's or director's title): titles nobody gave them."""
    above_third: str
    """The third job's title one rank up ("Senior Plumber" for "Plumber")."""
    doing: str
    """What the person does, as an -ing phrase (the summary's first sentence)."""
    trait: str
    people: str
    """The people the current job leads, plural ("technicians")."""
    crew: tuple[int, str]
    """(how many, what the team did as an -ing phrase): "Led a team of 4 ... shipping the apps"."""
    change: str
    """A change the current job led ("move from Objective-C to Swift")."""
    current_task: Task
    previous_task: Task
    project: str
    """A project the previous job took part in."""
    committee: str
    """A committee the previous job sat on."""
    acting: tuple[str, str]
    """(a role the previous job acted in, when)."""
    department: str
    peer: tuple[str, str]
    """(someone who leads that the third job worked with, what they did, as an infinitive phrase)."""
    mentees: str
    third_task: Task
    managed: tuple[int, str, str]
    """(how many, whom, the rest of the bullet): the first job's "Managed 2 contractors ..."."""
    first_task: str
    skills: tuple[str, ...]
    jd: str
    thing_title: str = ""
    """A title that leads a thing, not people ("Release Manager"), held by an earlier job."""
    supported: str = ""
    """Work the current job only supported, under its leading title."""


DOMAINS: tuple[Leading, ...] = (
    Leading(
        name="mobile engineering",
        person="Priya Raman",
        employers=("Tidewater Apps", "Brightloop Studio", "Quayside Digital"),
        titles=(
            "Mobile Engineering Lead",
            "Mobile Engineer II",
            "Mobile Developer",
            "Junior Mobile Developer",
        ),
        ranked_as="Mobile Engineer",
        higher=("Staff Mobile Engineer", "Director of Mobile Engineering"),
        above_third="Senior Mobile Developer",
        doing="building mobile booking apps in Swift and Kotlin",
        trait="Careful about accessibility and crash-free releases",
        people="engineers",
        crew=(4, "shipping the iOS and Android booking apps"),
        change="move from Objective-C to Swift for the booking app",
        current_task=(
            "Planned the release calendar for the booking apps",
            "planning the release calendar for the booking apps",
        ),
        previous_task=(
            "Rebuilt the offline sync layer of the Android app",
            "rebuilding the offline sync layer of the Android app",
        ),
        project="accessibility audit of the checkout screens",
        committee="architecture review board",
        acting=("release manager", "the spring launch"),
        department="mobile engineering",
        peer=("team lead", "cut app start-up time on older phones"),
        mentees="interns through their summer projects",
        third_task=("Wrote unit tests for the payment screens", "writing unit tests for the payment screens"),
        managed=(2, "contractors", "building the loyalty screens"),
        first_task="Fixed crashes reported through the app store",
        skills=("Swift", "Kotlin", "SwiftUI", "Jetpack Compose", "Firebase"),
        jd="Engineering Manager, Mobile. Lead a team of iOS and Android engineers, own the release process, "
        "hire and mentor.",
        thing_title="Release Manager",
        supported="rollout of in-app payments",
    ),
    Leading(
        name="treasury operations",
        person="Tomasz Wielgosz",
        employers=("Harbourline Bank", "Calder Mutual", "Ostrander Credit Union"),
        titles=("Treasury Operations Manager", "Sr. Treasury Analyst", "Treasury Analyst", "Payments Clerk"),
        ranked_as="Senior Treasury Analyst",
        higher=("Principal Treasury Analyst", "Head of Treasury"),
        above_third="Senior Treasury Analyst",
        doing="running daily cash and liquidity for a regional bank",
        trait="Precise with controls and calm at month end",
        people="analysts",
        crew=(3, "reconciling the bank's daily cash positions"),
        change="switch from spreadsheets to a treasury management system",
        current_task=(
            "Prepared the weekly liquidity report for the board",
            "preparing the weekly liquidity report for the board",
        ),
        previous_task=(
            "Forecast daily cash needs for the branch network",
            "forecasting daily cash needs for the branch network",
        ),
        project="migration of wire payments to ISO 20022",
        committee="liquidity risk committee",
        acting=("cash desk supervisor", "the year-end close"),
        department="treasury",
        peer=("treasury manager", "clean up stale vendor bank details"),
        mentees="new analysts on the payment approval rules",
        third_task=("Matched incoming wires to open invoices", "matching incoming wires to open invoices"),
        managed=(2, "clerks", "on the payments desk"),
        first_task="Keyed cheque batches into the core banking system",
        skills=("Kyriba", "Excel", "SWIFT", "Cash forecasting", "Bank reconciliation"),
        jd="Head of Treasury Operations. Lead analysts, own liquidity reporting, chair the cash committee.",
        thing_title="Liquidity Reporting Lead",
        supported="rollout of real-time payments",
    ),
    Leading(
        name="oncology nursing",
        person="Aoife Brennan",
        employers=(
            "Riverside General Hospital",
            "Maple Grove Medical Center",
            "Northfield Community Hospital",
        ),
        titles=("Oncology Nurse Manager", "Clinical Nurse II", "Registered Nurse", "Staff Nurse"),
        ranked_as="Clinical Nurse",
        higher=("Senior Charge Nurse", "Director of Nursing"),
        above_third="Senior Registered Nurse",
        doing="caring for adults through chemotherapy and its side effects",
        trait="Calm with families and exact with drug checks",
        people="nurses",
        crew=(6, "staffing the day-case chemotherapy unit"),
        change="switch to closed-system transfer devices for chemotherapy",
        current_task=(
            "Planned the unit's chemotherapy chair schedule",
            "planning the unit's chemotherapy chair schedule",
        ),
        previous_task=(
            "Gave chemotherapy infusions under the oncology protocols",
            "giving chemotherapy infusions under the oncology protocols",
        ),
        project="rollout of electronic chemotherapy orders",
        committee="falls prevention working group",
        acting=("shift coordinator", "the winter surge"),
        department="the oncology unit",
        peer=("charge nurse", "cut waiting times for infusion chairs"),
        mentees="new graduate nurses through orientation",
        third_task=(
            "Monitored patients after surgery on the surgical ward",
            "monitoring patients after surgery on the surgical ward",
        ),
        managed=(3, "health care assistants", "on night shifts"),
        first_task="Kept fluid balance charts for post-operative patients",
        skills=("Chemotherapy administration", "Central line care", "Epic", "Symptom management"),
        jd="Oncology Nurse Manager. Lead the nursing team, manage rotas, chair safety huddles.",
        thing_title="Infection Control Lead",
        supported="switch to barcode scanning of drugs",
    ),
    Leading(
        name="science teaching",
        person="Marcus Okafor",
        employers=("Westbrook Academy", "Hollins High School", "Carver Middle School"),
        titles=("Head of Science", "Senior Chemistry Teacher", "Chemistry Teacher", "Teaching Assistant"),
        ranked_as="Sr. Chemistry Teacher",
        higher=("Assistant Principal", "Director of Curriculum"),
        above_third="Senior Chemistry Teacher",
        doing="teaching chemistry to teenagers through hands-on experiments",
        trait="Patient, organised and strict about lab safety",
        people="teachers",
        crew=(5, "delivering the GCSE chemistry course"),
        change="move to shared lesson plans across the science department",
        current_task=(
            "Wrote the department's practical safety rules",
            "writing the department's practical safety rules",
        ),
        previous_task=("Taught A-level chemistry", "teaching A-level chemistry"),
        project="redesign of the Year 9 science curriculum",
        committee="school safeguarding committee",
        acting=("head of year", "the autumn term"),
        department="the science department",
        peer=("head of department", "raise pass rates in practical exams"),
        mentees="trainee teachers on placement",
        third_task=("Marked coursework for Year 11 chemistry", "marking coursework for Year 11 chemistry"),
        managed=(2, "lab technicians", "and their ordering"),
        first_task="Prepared lab equipment for science lessons",
        skills=("Chemistry", "Curriculum design", "Assessment", "Lab safety", "Google Classroom"),
        jd="Head of Science. Lead the science department, line-manage teachers, oversee the curriculum.",
        thing_title="Curriculum Lead",
        supported="move to a new school timetable",
    ),
    Leading(
        name="medical device sales",
        person="Dana Whitfield",
        employers=("Corvane Medical", "Sutter & Lyle Surgical", "Pinecrest Supplies"),
        titles=(
            "Regional Sales Manager",
            "Sales Representative II",
            "Sales Representative",
            "Customer Service Representative",
        ),
        ranked_as="Sales Representative",
        higher=("Senior Sales Director", "Vice President of Sales"),
        above_third="Senior Sales Representative",
        doing="selling orthopaedic and spinal implants to surgeons and hospitals",
        trait="Trusted in the operating room and careful with compliance",
        people="sales reps",
        crew=(7, "selling orthopaedic implants across the Midwest"),
        change="switch from paper order forms to Salesforce",
        current_task=("Set quarterly quotas for the region", "setting quarterly quotas for the region"),
        previous_task=(
            "Sold spinal implants to surgeons at teaching hospitals",
            "selling spinal implants to surgeons at teaching hospitals",
        ),
        project="pilot of consignment stock in operating theatres",
        committee="sales compensation committee",
        acting=("district manager", "the summer vacancy"),
        department="sales",
        peer=("sales manager", "win back a lapsed hospital account"),
        mentees="new reps on surgical case coverage",
        third_task=(
            "Stocked implant trays for scheduled surgeries",
            "stocking implant trays for scheduled surgeries",
        ),
        managed=(2, "inside sales reps", "handling reorders"),
        first_task="Took phone orders from clinics",
        skills=("Salesforce", "Orthopaedics", "Contract negotiation", "Surgical case coverage"),
        jd="Area Sales Director. Lead and coach a team of reps, own the regional forecast, drive new accounts.",
        thing_title="Bid Manager",
        supported="launch of the robotic knee system",
    ),
    Leading(
        name="commercial plumbing",
        person="Luis Carranza",
        employers=("Granger Mechanical", "Hobbs & Nye Plumbing", "Lakeview Pipe Co."),
        titles=("Plumbing Foreman", "Sr. Plumber", "Plumber", "Apprentice Plumber"),
        ranked_as="Senior Plumber",
        higher=("Master Plumber", "Plumbing Superintendent"),
        above_third="Senior Plumber",
        doing="installing and servicing plumbing in commercial buildings",
        trait="Safe, tidy and up to code",
        people="plumbers",
        crew=(5, "fitting out office towers downtown"),
        change="switch to press-fit copper on the firm's jobs",
        current_task=(
            "Planned the daily material deliveries to site",
            "planning the daily material deliveries to site",
        ),
        previous_task=(
            "Installed backflow preventers in restaurants",
            "installing backflow preventers in restaurants",
        ),
        project="retrofit of a hospital's hot-water system",
        committee="site safety committee",
        acting=("site supervisor", "the summer shutdown"),
        department="the plumbing division",
        peer=("lead plumber", "trace a leak in the sprinkler mains"),
        mentees="first-year apprentices on the job",
        third_task=(
            "Replaced water heaters in apartment buildings",
            "replacing water heaters in apartment buildings",
        ),
        managed=(2, "apprentices", "and their logbooks"),
        first_task="Cut and threaded pipe for the fitters",
        skills=("Press-fit copper", "Backflow testing", "Blueprint reading", "OSHA 30", "PEX"),
        jd="Plumbing Superintendent. Lead crews, run job sites, manage schedules and safety.",
        thing_title="Site Safety Lead",
        supported="move to digital job sheets",
    ),
    Leading(
        name="brewery production",
        person="Greta Lindqvist",
        employers=("Kettle Rock Brewing", "Old Mill Brewery", "Copperline Taproom"),
        titles=("Head Brewer", "Brewer II", "Cellar Operator", "Taproom Server"),
        ranked_as="Brewer",
        higher=("Brewmaster", "Director of Brewing Operations"),
        above_third="Senior Cellar Operator",
        doing="brewing lagers and ales for a regional craft brewery",
        trait="Obsessive about cleanliness and consistency",
        people="brewers",
        crew=(3, "brewing the core lagers"),
        change="move to a closed-loop cleaning system for the tanks",
        current_task=("Set the weekly brewing schedule", "setting the weekly brewing schedule"),
        previous_task=(
            "Brewed seasonal ales on the pilot system",
            "brewing seasonal ales on the pilot system",
        ),
        project="expansion of the cellar with new fermenters",
        committee="quality tasting panel",
        acting=("shift lead", "the holiday rush"),
        department="brewing",
        peer=("head brewer", "cut beer loss during transfers"),
        mentees="new cellar staff on tank cleaning",
        third_task=("Cleaned and sanitised fermenters", "cleaning and sanitising fermenters"),
        managed=(2, "packaging operators", "on the canning line"),
        first_task="Poured beer and explained the styles to visitors",
        skills=("Lager brewing", "CIP", "Yeast management", "Sensory analysis", "Forklift"),
        jd="Brewing Manager. Lead the brewing team, own production planning, manage the cellar.",
        thing_title="Quality Assurance Lead",
        supported="launch of the canned seltzer line",
    ),
    Leading(
        name="port crane operations",
        person="Kofi Mensah",
        employers=("Meridian Container Terminal", "Bayside Stevedoring", "Eastgate Logistics"),
        titles=("Crane Operations Supervisor", "Senior Crane Operator", "Crane Operator", "Yard Hand"),
        ranked_as="Sr. Crane Operator",
        higher=("Chief Crane Operator", "Terminal Operations Manager"),
        above_third="Senior Crane Operator",
        doing="moving containers safely between ships and the yard",
        trait="Steady under pressure and strict about safety",
        people="crane operators",
        crew=(8, "working ship-to-shore cranes on the night shift"),
        change="move to remote-controlled yard cranes",
        current_task=(
            "Planned crane assignments for each vessel call",
            "planning crane assignments for each vessel call",
        ),
        previous_task=(
            "Loaded container ships with a ship-to-shore crane",
            "loading container ships with a ship-to-shore crane",
        ),
        project="rollout of twin-lift spreaders",
        committee="terminal safety committee",
        acting=("shift supervisor", "the peak season"),
        department="crane operations",
        peer=("shift supervisor", "cut crane idle time between vessels"),
        mentees="trainee operators in the simulator",
        third_task=(
            "Moved containers with a rubber-tyred gantry crane",
            "moving containers with a rubber-tyred gantry crane",
        ),
        managed=(3, "lashers", "on the quayside"),
        first_task="Checked container seals at the gate",
        skills=("Ship-to-shore cranes", "RTG cranes", "Navis N4", "Load planning", "Rigging"),
        jd="Crane Operations Manager. Lead crane crews, own vessel planning, drive safety.",
        thing_title="Maintenance Planning Lead",
        supported="upgrade of the terminal operating system",
    ),
)


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:]


def _summary(d: Leading) -> str:
    return f"{d.doing[:1].upper()}{d.doing[1:]}. {d.trait}."


def _crew(d: Leading) -> str:
    n, doing = d.crew
    return f"Led a team of {n} {d.people} {doing}"


def _managed(d: Leading) -> str:
    n, whom, rest = d.managed
    return f"Managed {n} {whom} {rest}"


def _peer(d: Leading) -> str:
    partner, did = d.peer
    return f"Worked with the {partner} to {did}"


def _acting(d: Leading) -> str:
    role, when = d.acting
    return f"Acted as {role} during {when}"


def _jobs(d: Leading) -> tuple[list[str], ...]:
    """Each job's bullets: (current, previous, third, first, the thing-led job, the assistant's job)."""
    return (
        [
            _crew(d),
            f"Led the {d.change}",
            d.current_task[0],
            _line(d, "supported"),
            _line(d, "alongside_crew"),
            _line(d, "facilities"),
        ],
        [d.previous_task[0], f"Took part in the {d.project}", f"Sat on the {d.committee}", _acting(d)],
        [_peer(d), f"Mentored {d.mentees}", d.third_task[0]],
        [_managed(d), d.first_task],
        [_line(d, "alongside")],
        [_line(d, "scheduled")],
    )


_LINES = {
    "supported": "Supported the {d.supported}",
    "alongside_crew": "Worked alongside the {d.people} to {d.peer[1]}",
    "facilities": "Collaborated with the facilities team on the {d.project}",
    "alongside": "Worked with the {d.people} on the {d.project}",
    "scheduled": "Scheduled shifts and training for the {d.people}",
    "assistant": "Assistant to the {d.titles[0]}",
}
"""Round 16's lines of the narrow family: bullets of the jobs it adds, and the assistant's title."""


def _line(d: Leading, name: str) -> str:
    return _LINES[name].format(d=d)


def _people(d: Leading) -> list[Row]:
    """Leading people: the team the current job led, restated; a task under the leading title; the same
    words for a task of the jobs that led nobody."""
    n, doing = d.crew
    crew, p = _crew(d), d.people
    rows: list[Row] = [
        (FAITHFUL, "people: headed", crew, f"Headed a team of {n} {p} {doing}"),
        (FAITHFUL, "people: supervised", crew, f"Supervised {n} {p} {doing}"),
        (FAITHFUL, "people: directed, in words", crew, f"Directed {words(n)} {p} {doing}"),
        (FAITHFUL, "people: oversaw an n-person team", crew, f"Oversaw a {n}-person team {doing}"),
        (FAITHFUL, "people: ran a crew", crew, f"Ran a crew of {n} {p} {doing}"),
        (FAITHFUL, "people: in charge of", crew, f"In charge of {n} {p} {doing}"),
        (FAITHFUL, "people: as team lead", crew, f"As team lead, guided {n} {p} {doing}"),
        (FAITHFUL, "people: leading a team of", crew, f"Leading a team of {words(n)} {p} {doing}"),
    ]
    third, ing = d.third_task
    past = third
    rows += [
        (FAITHFUL, "people: own title", third, f"{past} as a {d.titles[2]}"),
        ("leadership", "people: led the people", third, f"Led the {p} {ing}"),
        ("leadership", "people: headed the team", third, f"Headed the team {ing}"),
        ("leadership", "people: supervised the people", third, f"Supervised the {p} {ing}"),
        ("leadership", "people: directed the people", third, f"Directed the {p} {ing}"),
        ("leadership", "people: oversaw the team", third, f"Oversaw the team {ing}"),
        ("leadership", "people: ran the crew", third, f"Ran the crew {ing}"),
        ("leadership", "people: in charge of the team", third, f"In charge of the team {ing}"),
        ("leadership", "people: as team lead", third, f"As team lead, {_lower(past)}"),
        ("leadership", "people: leading a team", third, f"Leading a team of {p}, {_lower(past)}"),
        ("leadership", "people: leading a small team", third, f"{past}, leading a small team"),
    ]
    previous = d.previous_task[0]
    for kind, (pa, ig) in ((FAITHFUL, d.current_task), ("leadership", d.previous_task)):
        src = pa
        rows += [
            (kind, "title leads: led the people", src, f"Led the {p} {ig}"),
            (kind, "title leads: supervised the people", src, f"Supervised the {p} {ig}"),
            (kind, "title leads: directed the team", src, f"Directed the team {ig}"),
            (kind, "title leads: as team lead", src, f"As team lead, {_lower(pa)}"),
        ]
    rows.append(
        (FAITHFUL, "title leads: own ranked title", previous, f"As {d.ranked_as}, {_lower(previous)}")
    )
    return rows


def _reports(d: Leading) -> list[Row]:
    """Line management: true of the job that managed people, a lie for a job that managed nobody."""
    n, whom, rest = d.managed
    managed = _managed(d)
    past, ing = d.third_task
    third = past
    return [
        (FAITHFUL, "reports: line-managed", managed, f"Line-managed {n} {whom} {rest}"),
        (FAITHFUL, "reports: people manager", managed, f"People manager for {words(n)} {whom} {rest}"),
        (FAITHFUL, "reports: direct reports", managed, f"Managing {n} direct reports {rest}"),
        (FAITHFUL, "reports: a team of", managed, f"Managed a team of {n} {whom} {rest}"),
        ("leadership", "reports: direct reports", third, f"{past}, managing {n} direct reports"),
        ("leadership", "reports: people manager", third, f"{past} as a people manager"),
        ("leadership", "reports: line-managed", third, f"Line-managed the {d.people} {ing}"),
        ("leadership", "reports: a team of", third, f"{past} while managing a team of {words(n)}"),
    ]


def _peer_rows(d: Leading) -> list[Row]:
    """Working with the person who leads is no leading."""
    partner, did = d.peer
    peer = _peer(d)
    return [
        (FAITHFUL, "peer: partnered", peer, f"Partnered with the {partner} to {did}"),
        (FAITHFUL, "peer: teamed up", peer, f"Teamed up with the {partner} to {did}"),
        ("leadership", "peer: led the team", peer, f"Led the team to {did}"),
        ("title", "peer: as the lead", peer, f"As the {partner}, worked to {did}"),
        ("leadership", "peer: spearheaded", peer, f"Spearheaded the effort to {did}"),
        ("leadership", "peer: directed", peer, f"Directed the work to {did}"),
        ("leadership", "peer: led with", peer, f"Led the effort to {did} with the {partner}"),
    ]


_INITIATIVE = (
    ("spearheaded", "Spearheaded the {x}"),
    ("drove", "Drove the {x}"),
    ("championed", "Championed the {x}"),
    ("owned", "Owned the {x}"),
    ("headed", "Headed the {x}"),
    ("oversaw", "Oversaw the {x}"),
    ("took charge", "Took charge of the {x}"),
    ("directed", "Directed the {x}"),
)


def _initiative(d: Leading) -> list[Row]:
    """Leading a change: true of the change the current job led, a lie for one the person took part in,
    or for a committee they sat on."""
    led, took, sat = f"Led the {d.change}", f"Took part in the {d.project}", f"Sat on the {d.committee}"
    rows: list[Row] = [
        (FAITHFUL, f"initiative: {name}", led, t.format(x=d.change)) for name, t in _INITIATIVE
    ]
    rows += [("leadership", f"initiative: {name}", took, t.format(x=d.project)) for name, t in _INITIATIVE]
    rows += [
        ("leadership", "initiative: led", took, f"Led the {d.project}"),
        ("leadership", "initiative: ran", took, f"Ran the {d.project}"),
        (FAITHFUL, "initiative: contributed", took, f"Contributed to the {d.project}"),
        (FAITHFUL, "initiative: was part of", took, f"Was part of the {d.project}"),
        (FAITHFUL, "committee: served on", sat, f"Served on the {d.committee}"),
        (FAITHFUL, "committee: member", sat, f"Member of the {d.committee}"),
        ("leadership", "committee: chaired", sat, f"Chaired the {d.committee}"),
        ("leadership", "committee: led", sat, f"Led the {d.committee}"),
        ("leadership", "committee: headed", sat, f"Headed the {d.committee}"),
    ]
    return rows


def _mentor(d: Leading) -> list[Row]:
    """Coaching is mentoring; authority over the people mentored is not."""
    src, m = f"Mentored {d.mentees}", d.mentees
    return [
        (FAITHFUL, "mentor: coached", src, f"Coached {m}"),
        (FAITHFUL, "mentor: mentored and coached", src, f"Mentored and coached {m}"),
        ("leadership", "mentor: supervised", src, f"Supervised {m}"),
        ("leadership", "mentor: managed", src, f"Managed {m}"),
        ("leadership", "mentor: line-managed", src, f"Line-managed {m}"),
    ]


def _rank(d: Leading) -> list[Row]:
    """The job's own title in another form, or a title nobody gave the person."""
    current, previous, third, _ = d.titles
    past = src = d.previous_task[0]
    cpast = cur = d.current_task[0]
    tpast = tsrc = d.third_task[0]
    higher, head = d.higher
    return [
        (FAITHFUL, "rank: written otherwise", src, f"{past} as {d.ranked_as}"),
        (FAITHFUL, "rank: as written", src, f"As {previous}, {_lower(past)}"),
        ("title", "rank: higher", src, f"As {higher}, {_lower(past)}"),
        ("title", "rank: the later title", src, f"As {current}, {_lower(past)}"),
        ("title", "rank: in the role of", src, f"In the role of {head}, {_lower(past)}"),
        ("title", "rank: while serving as", src, f"{past} while serving as {higher}"),
        (FAITHFUL, "rank: in the role of", cur, f"In the role of {current}, {_lower(cpast)}"),
        (FAITHFUL, "rank: while serving as", cur, f"{cpast} while serving as {current}"),
        ("title", "rank: head's title", cur, f"As {head}, {_lower(cpast)}"),
        (FAITHFUL, "rank: the title of the job", tsrc, f"As a {third}, {_lower(tpast)}"),
        ("title", "rank: one rank up", tsrc, f"As {d.above_third}, {_lower(tpast)}"),
        ("title", "rank: stepped up", tsrc, f"{tpast}, stepping up as {d.above_third}"),
    ]


def _promotion(d: Leading) -> list[Row]:
    """Promoted to the title the resume shows; to any other title, or in a job with one title, a lie."""
    current = d.titles[0]
    cpast = cur = d.current_task[0]
    tpast = tsrc = d.third_task[0]
    higher, head = d.higher
    return [
        (FAITHFUL, "promotion: to the title shown", cur, f"Promoted to {current} and {_lower(cpast)}"),
        (FAITHFUL, "promotion: after", cur, f"{cpast} after promotion to {current}"),
        ("promotion", "promotion: to the title shown", cur, f"Promoted to {head} and {_lower(cpast)}"),
        ("promotion", "promotion: after", cur, f"{cpast} after promotion to {higher}"),
        ("promotion", "promotion: one title", tsrc, f"Promoted to {d.above_third} and {_lower(tpast)}"),
        ("promotion", "promotion: fast-tracked", tsrc, f"Fast-tracked to {d.above_third}, {_lower(tpast)}"),
    ]


def _acting_rows(d: Leading) -> list[Row]:
    """Acting in the role the job names is true; acting as a head, or another role, is a lie."""
    role, when = d.acting
    src = _acting(d)
    tpast = tsrc = d.third_task[0]
    return [
        (FAITHFUL, "acting: served as acting", src, f"Served as acting {role} during {when}"),
        (FAITHFUL, "acting: stepped up as", src, f"Stepped up as {role} during {when}"),
        (FAITHFUL, "acting: stood in as", src, f"Stood in as {role} during {when}"),
        ("title", "acting: acting head of", src, f"Served as acting head of {d.department} during {when}"),
        ("title", "acting: another role", src, f"Acted as {d.higher[1]} during {when}"),
        ("title", "acting: in a job that says none", tsrc, f"{tpast} as acting {role}"),
        ("title", "acting: stepping up", tsrc, f"{tpast}, stepping up as acting {role}"),
    ]


def _summary_rows(d: Leading) -> list[Row]:
    """A title put in front of the summary."""
    src = _summary(d)
    current, _, third, _ = d.titles
    higher, head = d.higher
    rest = f"{d.doing}. {d.trait}."
    return [
        (FAITHFUL, "summary: the current title", src, f"{current} {rest}"),
        (FAITHFUL, "summary: an earlier title", src, f"{third} {rest}"),
        (FAITHFUL, "summary: team lead", src, f"Team lead {rest}"),
        (FAITHFUL, "summary: people manager", src, f"People manager {rest}"),
        ("title", "summary: higher", src, f"{higher} {rest}"),
        ("title", "summary: head", src, f"{head} {rest}"),
        ("title", "summary: executive", src, f"Executive director {rest}"),
    ]


def _narrow(d: Leading) -> list[Row]:
    """What a leading title does not support: leading a thing the job only supported (a title leads
    people, not every initiative), leading people under a title that leads a thing ("Release Manager"),
    the title of the person assisted ("Assistant to the Head Brewer"), "team lead" in a job other than
    the one that led, and the job's advertised title put in front of the summary."""
    current = d.titles[0]
    task, ing = d.current_task
    p, thing, supported = d.people, d.thing_title, _line(d, "supported")
    alongside, scheduled = _line(d, "alongside"), _line(d, "scheduled")
    crew_peers, facilities, managed = _line(d, "alongside_crew"), _line(d, "facilities"), _managed(d)
    src, rest = _summary(d), f"{d.doing}. {d.trait}."
    wanted = d.jd.split(".")[0].split(",")[0]
    return [
        (FAITHFUL, "thing: helped with", supported, f"Helped with the {d.supported}"),
        (FAITHFUL, "thing: supported as", supported, f"As {current}, supported the {d.supported}"),
        ("leadership", "thing: led", supported, f"Led the {d.supported}"),
        ("leadership", "thing: spearheaded", supported, f"Spearheaded the {d.supported}"),
        ("leadership", "thing: drove", supported, f"Drove the {d.supported}"),
        ("leadership", "thing: headed", supported, f"Headed the {d.supported}"),
        ("leadership", "task: spearheaded", task, f"Spearheaded {ing}"),
        (FAITHFUL, "peers: teamed up", crew_peers, f"Teamed up with the {p} to {d.peer[1]}"),
        ("title", "managed: as team lead", managed, f"As team lead, {_lower(managed)}"),
        ("title", "managed: crew lead", managed, f"{managed} as crew lead"),
        ("leadership", "peers: led", crew_peers, f"Led the {p} to {d.peer[1]}"),
        ("leadership", "peers: directed the team", crew_peers, f"Directed the team to {d.peer[1]}"),
        (
            FAITHFUL,
            "other team: partnered",
            facilities,
            f"Partnered with the facilities team on the {d.project}",
        ),
        ("leadership", "other team: led", facilities, f"Led the facilities team on the {d.project}"),
        (
            "leadership",
            "other team: directed",
            facilities,
            f"Directed the facilities team on the {d.project}",
        ),
        (FAITHFUL, "thing title: partnered", alongside, f"Partnered with the {p} on the {d.project}"),
        (FAITHFUL, "thing title: as", alongside, f"As {thing}, worked with the {p} on the {d.project}"),
        ("leadership", "thing title: led the people", alongside, f"Led the {p} on the {d.project}"),
        ("leadership", "thing title: supervised", alongside, f"Supervised the {p} on the {d.project}"),
        (
            "leadership",
            "thing title: directed a team",
            alongside,
            f"Directed a team of {p} on the {d.project}",
        ),
        (
            "leadership",
            "thing title: as team lead",
            alongside,
            f"As team lead, worked with the {p} on the {d.project}",
        ),
        (FAITHFUL, "assistant: planned", scheduled, f"Planned shifts and training for the {p}"),
        (
            FAITHFUL,
            "assistant: as",
            scheduled,
            f"As {_line(d, 'assistant')}, scheduled shifts and training for the {p}",
        ),
        (
            "leadership",
            "assistant: supervised",
            scheduled,
            f"Supervised the {p}, scheduling their shifts and training",
        ),
        ("leadership", "assistant: led", scheduled, f"Led the {p}, scheduling their shifts and training"),
        (
            "title",
            "assistant: the title assisted",
            scheduled,
            f"As {current}, scheduled shifts and training for the {p}",
        ),
        (FAITHFUL if wanted == current else "title", "summary: the job's title", src, f"{wanted} {rest}"),
    ]


FAMILIES = {
    "people": _people,
    "reports": _reports,
    "peer": _peer_rows,
    "initiative": _initiative,
    "mentor": _mentor,
    "rank": _rank,
    "promotion": _promotion,
    "acting": _acting_rows,
    "summary": _summary_rows,
    "narrow": _narrow,
}

_DATES = (
    ("2021-04", "present"),
    ("2018-02", "2021-03"),
    ("2015-09", "2018-01"),
    ("2012-06", "2015-08"),
    ("2010-01", "2012-05"),
    ("2008-03", "2009-12"),
)


def _resume(d: Leading) -> dict[str, Any]:
    current, third, first = d.employers
    titles = (*d.titles, d.thing_title, _line(d, "assistant"))
    work = [
        {"name": employer, "position": title, "startDate": start, "endDate": end, "highlights": bullets}
        for employer, title, (start, end), bullets in zip(
            (current, current, third, first, third, first), titles, _DATES, _jobs(d), strict=True
        )
    ]
    return {
        "basics": {"name": d.person, "summary": _summary(d)},
        "work": work,
        "skills": [{"name": "Skills", "keywords": list(d.skills)}],
        "languages": [{"language": "English", "fluency": "Native"}],
    }


def leading_domains() -> dict[str, Domain]:
    return {d.name: Domain(d.name, _resume(d), d.jd, {}) for d in DOMAINS}


def leading_cases() -> list[Case]:
    """The part's cases (templates and families in claims_twins.TEMPLATES and FAMILY_OF)."""
    return placed_all(
        PART, [(d.name, (_summary(d), *_jobs(d)), {n: f(d) for n, f in FAMILIES.items()}) for d in DOMAINS]
    )
