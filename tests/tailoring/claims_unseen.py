"""Two parts of the truth guard's evaluation, written before the rules of round 11, over six domains no
other part uses (pipefitting, banquet catering, cold-chain warehousing, immigration law, clinical
trials, county elections).

"unseen": how a model adds a skill or a tool the source lacks in a shape no rule of round 10 sees,
each with a faithful twin that names only what the source has:

- a tool or practice in lower case after "using", "through", "with" ("using navisworks"), or leading
  the sentence ("Using laser scanning, ...");
- a skill inside a verb phrase ("Leveraged bim coordination to lay out ...");
- a practice named as one (HACCP, CI/CD, A/B testing, GAAP reporting, IV therapy) added to a bullet
  ("..., following HACCP plans");
- a skill in the summary ("..., skilled in X");
- the job description's word for a skill: faithful when the resume shows the skill in other words,
  fabricated when it shows no such skill.

"aligned": true rewrites of the kinds the consequence, name and number checks refused on the never-read
parts, each with a twin that changes one claim:

- consequence: a result the same job states in another bullet, joined to its cause as a participle,
  a "which" clause, "resulting in", a semicolon, or with a verb of the same change; twin: a result no
  sentence states;
- name: a name written differently: its initials, lower case, upper case, the possessive of the
  employer, the English of a name the source writes in another language; twin: another body's name;
- number: restated: rounded ("nearly 1,200" for 1,180), per another period (52 a week as "over 200 a
  month"), share as count and count as share ("18 of 20" as "90%"), another unit ("48 hours" as "two
  days", "2,000 pounds" as "a ton"); twin: the same form with another figure.

The templates, not the guard, decide the labels; cases are deterministic.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from tests.tailoring.claims_eval import FAITHFUL, Case, Domain
from tests.tailoring.claims_forms import words
from tests.tailoring.claims_twins import Row, placed, placed_all, two_jobs

Texts = Callable[[Any], list[str]]
"""A generated part's bullets of one job of a domain."""

UNSEEN, ALIGNED = "unseen", "aligned"


class Act(NamedTuple):
    """A plain bullet: "Laid out pipe runs for the boiler room" as (past, base, ing, rest)."""

    past: str
    base: str
    ing: str
    rest: str


@dataclass(frozen=True)
class Effect:
    """A result the job states ("Cut missed filing deadlines to zero"): (past, ing, object, a verb of the
    same change in -ing form, the result as a noun phrase for "resulting in")."""

    past: str
    ing: str
    obj: str
    same_change: str
    noun: str


@dataclass(frozen=True)
class TwoJobs:
    """A domain's person: two jobs, a summary of a field and what they do, a skills list, a job."""

    name: str
    person: str
    current: tuple[str, str, str, str]
    """(employer, title, start, end) of the current job."""
    earlier: tuple[str, str, str]
    """(employer, title, start) of the job before, which ends when the current one starts."""
    field: str
    doing: str
    skills: tuple[str, ...]
    jd: str


@dataclass(frozen=True)
class Unseen(TwoJobs):
    act: Act
    """A plain bullet of the current job, to which a tool is added."""
    listed: tuple[str, str]
    """Two lower-case tools or practices the skills list names."""
    absent: tuple[str, str, str]
    """Three lower-case tools or practices the resume and the job never name."""
    means: tuple[str, str, str]
    """(a bullet that states its means, the means restated after "through", "via" or "using" in an
    ordinary word the resume lacks, the means restated with a tool the resume lacks)."""
    practice: tuple[str, str, str]
    """(a bullet, a practice the resume names in another bullet, one named nowhere, e.g. "HACCP plans")."""
    shown: tuple[str, str, str, str]
    """(a bullet with {x}, the resume's words for a skill, the job's word for it, the job's word for a
    skill the resume does not show)."""
    cause: str
    effect: Effect
    invented: Effect
    """A result nobody states, in the same forms."""
    reworded: tuple[str, str]
    """(the effect's object with one word another, the same with a word of another fact): "rework on pipe
    brackets" for "rework on pipe supports"; "rework on boiler controls"."""
    named: tuple[str, str, str, str]
    """(an earlier bullet with {x}, a body's full name, its initials, another body's initials)."""
    owned: tuple[str, str, str]
    """(the current job's bullet "... for the {x} team", the team, another employer): the possessive."""
    foreign: tuple[str, str, str, str]
    """(an earlier bullet with {x}, a name in another language, its English, another body's English)."""
    rounded: tuple[str, int, str]
    """(verb, a count just under a round figure, object): "Inspected 1,180 welds"."""
    weekly: tuple[str, int, str]
    """(verb, a count per week, object)."""
    share: tuple[str, int, int, str]
    """(verb, part, whole, object): "Closed 18 of 20 audits"."""
    unit: tuple[str, str, str, str]
    """(a bullet with {x}, a measure, the same in another unit, another measure in that unit)."""


DOMAINS: tuple[Unseen, ...] = (
    Unseen(
        name="pipefitting",
        person="Dale Kowalczyk",
        current=("Keystone Mechanical", "Journeyman Pipefitter", "2016-05", "2025-02"),
        earlier=("Allegheny Steamfitters Local 449", "Apprentice Pipefitter", "2011-08"),
        field="commercial steam and hydronic piping",
        doing="Fits and welds carbon steel pipe for hospitals and schools",
        skills=("Orbital welding", "Press-fit fittings", "Blueprint reading", "Rigging", "Steam systems"),
        jd="Lead Pipefitter. Install process piping and hydronic systems in hospitals. Read isometric "
        "drawings, lead a small crew, keep the job site safe.",
        act=Act("Laid out", "lay out", "laying out", "pipe runs for the new boiler room"),
        listed=("orbital welding", "press-fit fittings"),
        absent=("laser scanning", "navisworks clash detection", "bim coordination"),
        means=(
            "Kept weld defects low by checking every joint before inspection",
            "Kept weld defects low through routine joint checks before inspection",
            "Kept weld defects low using phased array ultrasonics before inspection",
        ),
        practice=(
            "Pressure-tested every loop before insulation",
            "lockout/tagout",
            "ASME B31.9 hydrotest procedures",
        ),
        shown=(
            "Fabricated {x} for the chiller plant",
            "heating and chilled-water piping",
            "hydronic systems",
            "process piping",
        ),
        cause="Rebuilt the hanger layout for the hospital's mechanical floor",
        effect=Effect(
            "Cut", "cutting", "rework on pipe supports", "reducing", "less rework on pipe supports"
        ),
        invented=Effect("Won", "winning", "the general contractor's repeat business", "", "repeat business"),
        reworded=("rework on pipe brackets", "overtime on pipe supports"),
        named=(
            "Passed weld tests set by the {x}",
            "National Certification Pipe Welding Bureau",
            "NCPWB",
            "AWS",
        ),
        owned=("Trained new hires for the {x} team", "service", "Allegheny Steamfitters"),
        foreign=(
            "Installed piping at the {x} plant in Quebec",
            "Société de transport de Montréal",
            "Montreal Transit Corporation",
            "Quebec Hydro Authority",
        ),
        rounded=("Welded", 1180, "joints on the hospital job"),
        weekly=("Threaded", 52, "pipe sections"),
        share=("Passed", 18, 20, "weld inspections on the first try"),
        unit=("Rigged pipe spools of up to {x}", "2,000 pounds", "a ton", "two tons"),
    ),
    Unseen(
        name="banquet catering",
        person="Lucía Ferreira",
        current=("Harborview Conference Center", "Banquet Captain", "2018-03", "2025-01"),
        earlier=("Il Giardino Trattoria", "Server", "2014-09"),
        field="banquets, weddings and conference catering",
        doing="Runs the floor for events of up to 600 guests",
        skills=("Allergen labeling", "Wine service", "Event setup", "Scheduling", "Portuguese"),
        jd="Banquet Manager. Lead banquet staff, coordinate with the kitchen, uphold food safety and "
        "guest service standards. Menu costing and catering sales a plus.",
        act=Act("Set", "set", "setting", "the floor plan for every wedding reception"),
        listed=("allergen labeling", "wine service"),
        absent=("opera pms", "sous vide", "yield management"),
        means=(
            "Kept courses on time by timing each plate with the chef",
            "Kept courses on time through close timing of each plate with the chef",
            "Kept courses on time using toast pos timing with the chef",
        ),
        practice=(
            "Checked every buffet before the doors opened",
            "allergen labeling",
            "HACCP plans",
        ),
        shown=(
            "Kept {x} for the buffets on every shift",
            "temperature logs and allergen cards",
            "food safety standards",
            "menu costing",
        ),
        cause="Rewrote the plating sequence for seated dinners",
        effect=Effect(
            "Shortened", "shortening", "the wait between courses", "cutting", "a shorter wait between courses"
        ),
        invented=Effect("Raised", "raising", "guest satisfaction scores", "", "higher guest satisfaction"),
        reworded=("the delay between courses", "the wait for valet parking"),
        named=(
            "Served state dinners for the {x}",
            "Massachusetts Convention Center Authority",
            "MCCA",
            "MCA",
        ),
        owned=("Trained servers for the {x} team", "banquet", "Il Giardino"),
        foreign=(
            "Staffed receptions for the {x}",
            "Câmara Municipal de Lisboa",
            "Lisbon City Council",
            "Porto City Council",
        ),
        rounded=("Served", 1180, "guests at the annual gala"),
        weekly=("Set", 52, "banquet tables"),
        share=("Finished", 18, 20, "weddings ahead of schedule"),
        unit=("Ran receptions of up to {x}", "two hours", "120 minutes", "180 minutes"),
    ),
    Unseen(
        name="cold-chain warehousing",
        person="Tomasz Nowak",
        current=("Polar Freight Storage", "Warehouse Shift Supervisor", "2017-06", "2025-03"),
        earlier=("Midland Grocers Distribution", "Reach Truck Operator", "2013-02"),
        field="frozen and chilled storage",
        doing="Runs the night shift in a freezer warehouse",
        skills=("Reach truck", "Cycle counting", "Temperature mapping", "RF scanners", "Polish"),
        jd="Cold Storage Operations Lead. Oversee receiving and put-away, keep temperature compliance, "
        "run cycle counts. WMS experience required.",
        act=Act("Scheduled", "schedule", "scheduling", "dock doors for inbound reefer trailers"),
        listed=("cycle counting", "temperature mapping"),
        absent=("voice picking", "slotting optimization", "kanban replenishment"),
        means=(
            "Kept pallets cold by staging them inside the freezer until loading",
            "Kept pallets cold via careful staging inside the freezer until loading",
            "Kept pallets cold via iot sensors inside the freezer until loading",
        ),
        practice=(
            "Audited the freezer racks every Sunday",
            "cycle counting",
            "FEFO rotation",
        ),
        shown=(
            "Logged {x} for every load",
            "trailer temperatures and seal numbers",
            "temperature compliance",
            "lean warehousing",
        ),
        cause="Moved the heaviest pallets to the ground-level freezer bays",
        effect=Effect(
            "Reduced", "reducing", "forklift damage to frozen pallets", "lowering", "less forklift damage"
        ),
        invented=Effect("Lifted", "lifting", "picker productivity", "", "higher picker productivity"),
        reworded=("forklift damage to frozen stock", "forklift damage to dock doors"),
        named=("Passed audits by the {x}", "Food Safety and Inspection Service", "FSIS", "FSMA"),
        owned=("Trained loaders for the {x} team", "receiving", "Midland Grocers"),
        foreign=(
            "Handled imports cleared by the {x}",
            "Krajowa Administracja Skarbowa",
            "National Revenue Administration",
            "National Customs Office",
        ),
        rounded=("Received", 1180, "pallets during the holiday peak"),
        weekly=("Loaded", 52, "outbound trailers"),
        share=("Closed", 18, 20, "cycle counts with no variance"),
        unit=("Kept the blast freezer at {x}", "-10 °F", "-23 °C", "-30 °C"),
    ),
    Unseen(
        name="immigration law",
        person="Amara Okafor",
        current=("Castillo & Reyes LLP", "Immigration Associate", "2019-09", "2025-02"),
        earlier=("Legal Aid Society of Ohio", "Staff Attorney", "2016-09"),
        field="asylum, family petitions and removal defense",
        doing="Represents clients before immigration courts and USCIS",
        skills=("Asylum law", "Removal defense", "Legal research", "Motion practice", "French"),
        jd="Immigration Attorney. Prepare family-based petitions and asylum applications, appear in "
        "immigration court. Case management software and e-discovery a plus.",
        act=Act("Drafted", "draft", "drafting", "asylum declarations with each client"),
        listed=("legal research", "motion practice"),
        absent=("clio case management", "e-discovery review", "deposition coaching"),
        means=(
            "Met every filing deadline by keeping a shared calendar of court dates",
            "Met every filing deadline using shared docket calendars of court dates",
            "Met every filing deadline using docketwise calendars of court dates",
        ),
        practice=(
            "Prepared clients for their merits hearings",
            "motion practice",
            "GAAP reporting",
        ),
        shown=(
            "Prepared {x} for detained clients",
            "bond motions and hearing binders",
            "removal defense",
            "e-discovery",
        ),
        cause="Built an intake checklist for new asylum cases",
        effect=Effect(
            "Cut", "cutting", "missed filing deadlines to zero", "reducing", "zero missed filing deadlines"
        ),
        invented=Effect("Raised", "raising", "the firm's approval rate", "", "a higher approval rate"),
        reworded=("missed filing dates to zero", "missed client payments to zero"),
        named=("Argued appeals before the {x}", "Board of Immigration Appeals", "BIA", "AAO"),
        owned=("Supervised paralegals for the {x} team", "asylum", "Legal Aid Society"),
        foreign=(
            "Filed records requests with the {x}",
            "Office français de l'immigration et de l'intégration",
            "French Office for Immigration and Integration",
            "French Office for Refugees and Stateless Persons",
        ),
        rounded=("Managed", 1180, "open case files"),
        weekly=("Held", 12, "client consultations"),
        share=("Won", 18, 20, "bond hearings"),
        unit=("Answered urgent client calls within {x}", "48 hours", "two days", "three days"),
    ),
    Unseen(
        name="clinical trials",
        person="Priya Raghunathan",
        current=("Lakeshore Research Institute", "Clinical Research Coordinator", "2018-07", "2025-01"),
        earlier=("St. Anne's Hospital", "Research Assistant", "2015-05"),
        field="oncology trials and patient enrollment",
        doing="Coordinates phase II trials from screening to close-out",
        skills=("Informed consent", "Phlebotomy", "Data entry", "Protocol deviations", "Tamil"),
        jd="Senior Clinical Research Coordinator. Screen and enroll participants, keep source documents "
        "and case report forms current. Electronic data capture and IV therapy experience a plus.",
        act=Act("Screened", "screen", "screening", "patients for the breast cancer study"),
        listed=("informed consent", "phlebotomy"),
        absent=("redcap", "medidata rave", "risk-based monitoring"),
        means=(
            "Kept samples viable by packing them on dry ice for transport",
            "Kept samples viable through insulated dry-ice packing for transport",
            "Kept samples viable through cryoport shippers for transport",
        ),
        practice=(
            "Processed blood samples for the lab",
            "phlebotomy",
            "IV therapy",
        ),
        shown=(
            "Completed {x} after every visit",
            "the study's paper forms",
            "case report forms",
            "electronic data capture",
        ),
        cause="Set up reminder calls before every study visit",
        effect=Effect("Reduced", "reducing", "missed study visits", "lowering", "fewer missed study visits"),
        invented=Effect("Doubled", "doubling", "enrollment in the study", "", "twice the enrollment"),
        reworded=("missed study appointments", "missed lab deliveries"),
        named=("Filed safety reports with the {x}", "Institutional Review Board", "IRB", "DSMB"),
        owned=("Trained coordinators for the {x} team", "oncology", "St. Anne's"),
        foreign=(
            "Shipped samples to the {x}",
            "Institut national de la santé et de la recherche médicale",
            "French National Institute of Health and Medical Research",
            "French National Cancer Institute",
        ),
        rounded=("Logged", 1180, "blood samples"),
        weekly=("Scheduled", 52, "study visits"),
        share=("Enrolled", 18, 20, "eligible patients"),
        unit=("Stored samples at {x}", "-80 °C", "-112 °F", "-40 °F"),
    ),
    Unseen(
        name="county elections",
        person="Gwen Halvorsen",
        current=("Dakota County Elections Office", "Elections Coordinator", "2017-01", "2025-01"),
        earlier=("City of Burnsville", "Deputy Clerk", "2012-04"),
        field="election administration and poll worker training",
        doing="Runs polling places and absentee voting for the county",
        skills=("Poll worker training", "Ballot reconciliation", "Voter registration", "Records retention"),
        jd="Elections Manager. Administer elections, train election judges, certify results. Experience "
        "with public records requests and A/B testing of voter outreach a plus.",
        act=Act("Trained", "train", "training", "election judges before every primary"),
        listed=("ballot reconciliation", "voter registration"),
        absent=("gis mapping", "risk-limiting audits", "ranked-choice tabulation"),
        means=(
            "Trained judges by walking them through a mock election",
            "Trained judges through hands-on mock election drills",
            "Trained judges through knowink poll pad drills",
        ),
        practice=(
            "Sent absentee ballot reminders to every voter on the list",
            "voter registration",
            "A/B testing",
        ),
        shown=(
            "Answered {x} from reporters and residents",
            "requests for election records",
            "public records requests",
            "open data portals",
        ),
        cause="Redrew the check-in line at the largest polling place",
        effect=Effect("Cut", "cutting", "voter wait times", "reducing", "shorter voter wait times"),
        invented=Effect("Raised", "raising", "turnout among young voters", "", "higher turnout"),
        reworded=("voter queue times", "voter registration errors"),
        named=("Filed reports with the {x}", "Minnesota Secretary of State", "MN SOS", "MN DVS"),
        owned=("Scheduled judges for the {x} team", "absentee", "City of Burnsville"),
        foreign=(
            "Hosted observers from the {x}",
            "Instituto Nacional Electoral",
            "National Electoral Institute",
            "National Electoral Court",
        ),
        rounded=("Processed", 1180, "absentee ballots"),
        weekly=("Registered", 52, "new voters"),
        share=("Certified", 18, 20, "precincts on election night"),
        unit=("Kept ballot storage within {x} of the office", "5 miles", "8 km", "12 km"),
    ),
)


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:] if not text[1:2].isupper() else text


def summary_of(d: TwoJobs) -> str:
    return f"Focused on {d.field}. {d.doing}."


_summary = summary_of


def _current(d: Unseen) -> list[str]:
    verb, n, obj = d.rounded
    count, k, obj2 = d.weekly
    won, part, whole, obj3 = d.share
    owned, team, _ = d.owned
    return [
        f"{d.act.past} {d.act.rest}",
        d.practice[0],
        d.means[0],
        f"Used {d.practice[1]} on every job",
        d.shown[0].format(x=d.shown[1]),
        d.cause,
        f"{d.effect.past} {d.effect.obj}",
        f"{verb} {n:,} {obj}",
        f"{count} {k} {obj2} a week",
        f"{won} {part} of {whole} {obj3}",
        d.unit[0].format(x=d.unit[1]),
        owned.format(x=team),
    ]


def _earlier(d: Unseen) -> list[str]:
    return [d.named[0].format(x=d.named[1]), d.foreign[0].format(x=d.foreign[1])]


def _tools(d: Unseen) -> list[Row]:
    a = d.act
    src = f"{a.past} {a.rest}"
    rows: list[Row] = []
    for i, absent in enumerate(d.absent):
        listed = d.listed[i % 2]
        for template, form in (
            ("tool: using", "{src} using {x}"),
            ("tool: through", "{src} through {x}"),
            ("tool: with", "{src} with {x}"),
            ("tool: leading", "Using {x}, {low}"),
            ("tool: leveraged", "Leveraged {x} to {base} {rest}"),
            ("tool: applied", "Applied {x} while {ing} {rest}"),
        ):
            if (i + len(template)) % 3 and template not in ("tool: using", "tool: leveraged"):
                continue  # each domain gets the two main forms with every tool, the others in turn

            def fill(x: str, form: str = form) -> str:
                return form.format(src=src, low=_lower(src), x=x, base=a.base, ing=a.ing, rest=a.rest)

            rows.append((FAITHFUL, template, src, fill(listed)))
            rows.append(("skill", template, src, fill(absent)))
    return rows


def _means(d: Unseen) -> list[Row]:
    src, ordinary, tool = d.means
    return [(FAITHFUL, "means: restated", src, ordinary), ("skill", "means: a tool", src, tool)]


def _practice(d: Unseen) -> list[Row]:
    src, named, nowhere = d.practice
    return [
        (FAITHFUL, "practice: following", src, f"{src}, following {named}"),
        ("skill", "practice: following", src, f"{src}, following {nowhere}"),
        (FAITHFUL, "practice: under", src, f"{src} under {named} rules"),
        ("skill", "practice: under", src, f"{src} under {nowhere}"),
        (FAITHFUL, "practice: as part of", src, f"As part of {named}, {_lower(src)}"),
        ("skill", "practice: as part of", src, f"As part of {nowhere}, {_lower(src)}"),
    ]


def _summary_skill(d: Unseen) -> list[Row]:
    src = _summary(d)
    one, two = d.listed
    return [
        (FAITHFUL, "summary: skilled in", src, f"Focused on {d.field}, skilled in {one}. {d.doing}."),
        ("skill", "summary: skilled in", src, f"Focused on {d.field}, skilled in {d.absent[0]}. {d.doing}."),
        (
            FAITHFUL,
            "summary: expertise",
            src,
            f"Focused on {d.field}, with expertise in {two} and {one}. {d.doing}.",
        ),
        (
            "skill",
            "summary: expertise",
            src,
            f"Focused on {d.field}, with expertise in {one} and {d.absent[1]}. {d.doing}.",
        ),
        (FAITHFUL, "summary: proficient", src, f"Focused on {d.field}. {d.doing}, proficient in {two}."),
        (
            "skill",
            "summary: proficient",
            src,
            f"Focused on {d.field}. {d.doing}, proficient in {d.absent[2]}.",
        ),
    ]


def _job_word(d: Unseen) -> list[Row]:
    bullet, resume, job, absent = d.shown
    src = bullet.format(x=resume)
    return [
        (FAITHFUL, "job's word: in its place", src, bullet.format(x=job)),
        (FAITHFUL, "job's word: beside", src, bullet.format(x=f"{resume} ({job})")),
        ("skill", "job's word: not shown", src, bullet.format(x=absent)),
        ("skill", "job's word: beside, not shown", src, bullet.format(x=f"{resume} and {absent}")),
    ]


def _consequence(d: Unseen) -> list[Row]:
    src, e, f = d.cause, d.effect, d.invented
    rows: list[Row] = []
    for good, kind in ((e, FAITHFUL), (f, "other")):
        rows += [
            (kind, "consequence: participle", src, f"{src}, {good.ing} {good.obj}"),
            (kind, "consequence: which", src, f"{src}, which {good.past.lower()} {good.obj}"),
            (kind, "consequence: resulting in", src, f"{src}, resulting in {good.noun}"),
            (kind, "consequence: semicolon", src, f"{src}; {good.past.lower()} {good.obj} as a result"),
            (kind, "consequence: to", src, f"{good.past} {good.obj} by {_ing(src)}"),
        ]
    rows.append((FAITHFUL, "consequence: same change", src, f"{src}, {e.same_change} {e.obj}"))
    same, other = d.reworded
    for kind, obj in ((FAITHFUL, same), ("other", other)):
        rows += [
            (kind, "consequence: reworded, participle", src, f"{src}, {e.ing} {obj}"),
            (kind, "consequence: reworded, which", src, f"{src}, which {e.past.lower()} {obj}"),
            (kind, "consequence: reworded, and", src, f"{src} and {e.past.lower()} {obj}"),
        ]
    return rows


def _ing(sentence: str) -> str:
    """ "Rebuilt the hanger layout" → "rebuilding the hanger layout"."""
    verb, _, rest = sentence.partition(" ")
    return f"{ING.get(verb, verb.lower())} {rest}"


ING = {
    "Rebuilt": "rebuilding",
    "Rewrote": "rewriting",
    "Moved": "moving",
    "Built": "building",
    "Set": "setting",
    "Redrew": "redrawing",
}


def _name(d: Unseen) -> list[Row]:
    bullet, full, initials, other = d.named
    src = bullet.format(x=full)
    owned, team, other_owner = d.owned
    own = owned.format(x=team)
    foreign, native, english, other_english = d.foreign
    far = foreign.format(x=native)
    return [
        (FAITHFUL, "name: initials", src, bullet.format(x=initials)),
        (FAITHFUL, "name: full and initials", src, bullet.format(x=f"{full} ({initials})")),
        (FAITHFUL, "name: lower case", src, bullet.format(x=full.lower())),
        (FAITHFUL, "name: upper case", src, bullet.format(x=full.upper())),
        ("organization", "name: another body's initials", src, bullet.format(x=other)),
        (
            "organization",
            "name: another body, upper case",
            src,
            bullet.format(x=other.upper() + " inspectors"),
        ),
        (FAITHFUL, "name: possessive of the employer", own, owned.format(x=f"{d.current[0]}'s {team}")),
        (FAITHFUL, "name: employer's team", own, owned.format(x=f"{d.current[0]} {team}")),
        ("organization", "name: possessive of another", own, owned.format(x=f"{other_owner}'s {team}")),
        (FAITHFUL, "name: employer shortened", own, f"{owned.format(x=team)} at {_short(d.current[0])}"),
        (FAITHFUL, "name: employer's initials", own, f"{owned.format(x=team)} at {_initials(d.current[0])}"),
        ("organization", "name: another employer", own, f"{owned.format(x=team)} at {other_owner}"),
        (FAITHFUL, "name: title case", d.cause, d.cause.title()),
        *[(FAITHFUL, "name: spelled another way", own, f"{own} at {n}") for n in _spellings(d.current[0])],
        *[(FAITHFUL, "name: spelled another way", far, f"{far} for {n}") for n in _spellings(d.earlier[0])],
        ("organization", "name: spelled another way, another", own, f"{own} at {_spellings(other_owner)[0]}"),
        (FAITHFUL, "name: translated", far, foreign.format(x=english)),
        (FAITHFUL, "name: translated, original kept", far, foreign.format(x=f"{english} ({native})")),
        ("organization", "name: another translation", far, foreign.format(x=other_english)),
    ]


def _fraction(part: int, whole: int) -> str:
    """ "18 of 20" as "nine in ten"."""
    from math import gcd

    k = gcd(part, whole)
    return f"{words(part // k)} in {words(whole // k)}"


SPELLINGS = (
    (" & ", " and "),
    ("St. ", "Saint "),
    (" of ", "'s "),
    ("Society", "Soc."),
    ("Institute", "Inst."),
    ("Corporation", "Corp."),
    ("Center", "Centre"),
    ("Storage", "Storage Inc."),
    ("Local ", "Local No. "),
)


def _spellings(name: str) -> list[str]:
    """The name written another way: "and" for "&", "Saint" for "St.", a suffix added, a word abbreviated,
    the whole in upper case."""
    out = [name.replace(a, b, 1) for a, b in SPELLINGS if a in name]
    return [*out, name.upper()]


def _short(name: str) -> str:
    """The employer's name without its last word or suffix ("Keystone" for "Keystone Mechanical")."""
    return name.rsplit(" ", 1)[0].rstrip(" &,")


def _initials(name: str) -> str:
    return "".join(
        w[0] for w in name.replace("&", " ").split() if w[0].isupper() and w not in ("LLP", "Inc.")
    )


def _number(d: Unseen) -> list[Row]:
    verb, n, obj = d.rounded
    src = f"{verb} {n:,} {obj}"
    round_up = (n + 99) // 100 * 100
    count, k, obj2 = d.weekly
    week = f"{count} {k} {obj2} a week"
    won, part, whole, obj3 = d.share
    share = f"{won} {part} of {whole} {obj3}"
    percent = round(100 * part / whole)
    bullet, measure, converted, other = d.unit
    unit = bullet.format(x=measure)
    return [
        (FAITHFUL, "number: nearly", src, f"{verb} nearly {round_up:,} {obj}"),
        (FAITHFUL, "number: about", src, f"{verb} about {round_up:,} {obj}"),
        (FAITHFUL, "number: over, rounded down", src, f"{verb} over {n - n % 100:,} {obj}"),
        ("number", "number: nearly", src, f"{verb} nearly {round_up + 300:,} {obj}"),
        ("number", "number: over, rounded down", src, f"{verb} over {n - n % 100 + 500:,} {obj}"),
        (FAITHFUL, "number: per month", week, f"{count} over {k * 4} {obj2} a month"),
        (FAITHFUL, "number: per year", week, f"{count} about {k * 52:,} {obj2} a year"),
        (FAITHFUL, "number: per day", week, f"{count} about {words(round(k / 5))} {obj2} a day"),
        ("number", "number: per month", week, f"{count} over {k * 6} {obj2} a month"),
        ("number", "number: per year", week, f"{count} about {k * 90:,} {obj2} a year"),
        (FAITHFUL, "number: share as percent", share, f"{won} {percent}% of {obj3}"),
        (FAITHFUL, "number: share in words", share, f"{won} {words(part)} of {words(whole)} {obj3}"),
        (FAITHFUL, "number: all but", share, f"{won} all but {words(whole - part)} of {whole} {obj3}"),
        ("number", "number: share as percent", share, f"{won} {percent + 8}% of {obj3}"),
        ("number", "number: all but", share, f"{won} all but one of {whole} {obj3}"),
        (FAITHFUL, "number: share as a fraction", share, f"{won} {_fraction(part, whole)} {obj3}"),
        ("number", "number: share as a fraction", share, f"{won} all {obj3}"),
        (
            FAITHFUL,
            "number: the rest",
            share,
            f"{won} {part} of {whole} {obj3}, missing only {words(whole - part)}",
        ),
        ("number", "number: the rest", share, f"{won} {part} of {whole} {obj3}, missing only one"),
        (FAITHFUL, "number: another unit", unit, bullet.format(x=converted)),
        (FAITHFUL, "number: both units", unit, bullet.format(x=f"{measure} ({converted})")),
        ("number", "number: another unit", unit, bullet.format(x=other)),
    ]


FAMILIES = {
    "tools": (UNSEEN, _tools),
    "practice": (UNSEEN, _practice),
    "means": (UNSEEN, _means),
    "summary": (UNSEEN, _summary_skill),
    "job's word": (UNSEEN, _job_word),
    "consequence": (ALIGNED, _consequence),
    "name": (ALIGNED, _name),
    "number": (ALIGNED, _number),
}


def resume_of(d: TwoJobs, current: list[str], earlier: list[str]) -> dict[str, Any]:
    """The domain's resume: its two jobs with these bullets, its summary and skills."""
    employer, title, start, end = d.current
    before, earlier_title, earlier_start = d.earlier
    summary = summary_of(d)
    jobs = ((employer, title, start, end, current), (before, earlier_title, earlier_start, start, earlier))
    return two_jobs(d.person, summary, *jobs, d.skills)


def domains_of(domains: Sequence[TwoJobs], current: Texts, earlier: Texts) -> dict[str, Domain]:
    """A generated part's domains by name, each its resume of two jobs with these bullets."""
    return {d.name: Domain(d.name, resume_of(d, current(d), earlier(d)), d.jd, {}) for d in domains}


def cases_of(
    part: str, domains: Sequence[TwoJobs], current: Texts, earlier: Texts, families: Mapping[str, Any]
) -> list[Case]:
    """A generated part's cases: each family's rows of each domain placed on the sentence they rewrite;
    their templates and families are recorded in claims_twins.TEMPLATES and FAMILY_OF."""
    return placed_all(
        part,
        [
            (d.name, (summary_of(d), current(d), earlier(d)), {n: f(d) for n, f in families.items()})
            for d in domains
        ],
    )


def _resume(d: Unseen) -> dict[str, Any]:
    return resume_of(d, _current(d), _earlier(d))


def unseen_domains() -> dict[str, Domain]:
    return {d.name: Domain(d.name, _resume(d), d.jd, {}) for d in DOMAINS}


def unseen_cases(part: str) -> list[Case]:
    """The cases of one of the two parts (UNSEEN, ALIGNED); their templates and families are recorded in
    claims_twins.TEMPLATES and FAMILY_OF."""
    out: list[Case] = []
    seen: set[tuple[str, str]] = set()
    for d in DOMAINS:
        texts = (_summary(d), _current(d), _earlier(d))
        for name, (owner, family) in FAMILIES.items():
            if owner == part:
                out += placed(part, d.name, texts, name, family(d), seen)
    return out
