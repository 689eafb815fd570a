"""The compositions part of the truth guard's evaluation: true rewrites that change several things at
once, and a twin of each that adds exactly one unsupported claim.

Every other generated part changes one thing per rewrite, and the parts tuned on read 0.99-1.00 while
the never-read parts keep about one true sentence in six fewer: a real model reorders, restates a
number, swaps the verb, names the employer and merges two bullets in one sentence. Here each faithful
rewrite composes 2-4 true operations over the facts of one job (an outcome with its means and extent,
a crew, a volume per period in a tool, a partner organisation) in six domains no other part uses:

- verb: a synonym of the source's verb ("Cut" → "Reduced", "Supervised" → "Oversaw");
- number: the same figure another way ("18%" → "18 percent", "6" → "six", "1,200" → "1.2K", "over
  1,000", "about 1,200"), a per-period rate another way ("per month" → "a month", "monthly");
- form: means first ("By recalibrating ..., cut ..."), nominalised ("Achieved an 18% reduction in ...
  through ..."), the result as a clause ("Recalibrated ..., cutting ... by 18%"), partner first;
- extent: the count in words, or dropped (shortening);
- names: the employer as the metric's owner ("Riverbend Water's dosing costs"), a tool written as the
  skills list writes it, a tool the skills list names and the job asks for;
- merge: two bullets of the job as one sentence;
- summary: the title held, years the dates support, two facts of the resume in one sentence;
- restate (the earlier job): a list counted ("for Sysco, Tyson and Cargill" → "for 3 shippers"), a range's
  middle ("80-100" → "about 90"), a change in points ("from 72 to 90" → "by 18 points"), "around the
  clock" as "24/7", a phrase as its acronym ("standard operating procedures" → "SOPs"), a share as a
  fraction ("33%" → "a third"), an amount rounded ("$1.23M" → "$1.2M"), a bound the figure meets
  ("from 10 to 4 days" → "to under 5 days").

Each fabricated twin is a faithful composition with exactly one claim added: another figure, a wider
scope, an organisation, an invented outcome, a tool only the job description names, leading people,
a title never held, a multiplier, more years. Written before any rule of round 10 (the counts by
refusal code pointed at numbers, names, consequence clauses and scope). The templates, not the guard,
decide the labels; cases are deterministic. The restate forms were added after counting refusals by
code (numbers and names led) and probing the guard with such forms, before any rule was changed.
"""

from __future__ import annotations

import datetime
import itertools
from dataclasses import dataclass, replace
from typing import Any

from tests.tailoring.blind_sets import job, resume
from tests.tailoring.claims_eval import FAITHFUL, Case, Domain
from tests.tailoring.claims_forms import words

PART = "compose"


@dataclass(frozen=True)
class Restate:
    """Facts of the earlier job that a rewrite restates by its role: a list it counts, a range, a change
    from one figure to another, cover around the clock, a phrase it abbreviates, a share as a fraction,
    an amount rounded, an upper bound."""

    listed: tuple[str, tuple[str, str, str], str, str]
    """(verb phrase, three named members, their plural noun, another plural noun for the twin)."""
    span: tuple[str, int, int, str, str]
    """(verb, low, high, noun, period): "Answered 80-100 calls per day"."""
    change: tuple[str, str, int, int]
    """(verb, metric, before, after) in points: "Raised audit scores from 72 to 90"."""
    clock: str
    """A bullet with "around the clock"."""
    spelled: tuple[str, str, str, str]
    """(bullet with {x}, a lower-case phrase, its acronym in the plural or with &, another acronym)."""
    share: tuple[str, str, int, str]
    """(verb, metric, percent near a fraction, the fraction): "Cut rework by 33%" → "by a third"."""
    amount: tuple[str, str, str, str]
    """(bullet with {x}, "$1.23M", the same rounded "$1.2M", another "$1.5M")."""
    bound: tuple[str, str, int, int, str]
    """(verb, metric, before, after, unit): "Cut turnaround from 10 to 4 days" → "to under 5 days"."""


@dataclass(frozen=True)
class Facts:
    name: str
    person: str
    employer: str
    employer_short: str
    """How a rewrite names the employer as an owner ("Riverbend Water")."""
    title: str
    start: str
    end: str
    earlier_employer: str
    earlier_title: str
    earlier_start: str
    earlier: tuple[str, str]
    field: str
    # the outcome: "<verb> <metric> by <percent>% by <means_ing> across <count> <things>"
    verbs: tuple[str, str, str]
    """The source's past verb, a synonym, and its -ing form ("Cut", "Reduced", "cutting")."""
    noun: str
    metric: str
    percent: int
    means_ing: str
    means_past: str
    means_noun: str
    count: int
    things: str
    # the crew: "<verb> a crew of <crew> <members> <rest>"
    crew_verbs: tuple[str, str]
    crew: int
    members: str
    member: str
    """One member ("operator"): "a 6-person operator crew"."""
    crew_rest: str
    # the volume: "<verb> <volume> <items> per <period> in <tool>"
    volume_verbs: tuple[str, str]
    volume: int
    items: str
    period: str
    tool: str
    listed: str
    """A tool the skills list names and the job asks for, never named in a bullet."""
    # the partner: "<verb> <object> with the <partner>"
    partner_verbs: tuple[str, str, str]
    """The source's past verb, a synonym, and the synonym's base form ("Coordinated", "Organized",
    "organize")."""
    partner_object: str
    partner: str
    partner_short: str
    """The partner as people write it short ("Cedar County Health")."""
    # fabrications
    jd_tool: str
    """A tool only the job description names."""
    other_org: str
    wide: str
    """A scope the source never states ("plant-wide", "across all county sites")."""
    beyond: str
    """A title the person never held."""
    outcome: str
    """An outcome the source never states (", saving $40K a year")."""
    doubled: str
    """A multiplier the source never states ("doubling sampling capacity")."""
    skills: tuple[str, ...]
    jd: str
    restate: Restate


DOMAINS: tuple[Facts, ...] = (
    Facts(
        name="water treatment",
        person="Marisol Vega",
        employer="Riverbend Water Authority",
        employer_short="Riverbend Water",
        title="Water Treatment Operator",
        start="2018-04",
        end="2025-08",
        earlier_employer="Clearfork Utilities",
        earlier_title="Plant Technician",
        earlier_start="2015-06",
        earlier=("Logged filter backwash cycles for the day crew", "Cleaned and calibrated turbidity meters"),
        field="drinking water treatment and compliance sampling",
        verbs=("Cut", "Reduced", "cutting"),
        noun="reduction",
        metric="chemical dosing costs",
        percent=18,
        means_ing="recalibrating the chlorine feed pumps",
        means_past="Recalibrated the chlorine feed pumps",
        means_noun="chlorine feed pump recalibration",
        count=4,
        things="treatment trains",
        crew_verbs=("Supervised", "Oversaw"),
        crew=6,
        members="operators",
        member="operator",
        crew_rest="on the overnight shift",
        volume_verbs=("Processed", "Handled"),
        volume=1200,
        items="water samples",
        period="month",
        tool="LIMS",
        listed="SCADA",
        partner_verbs=("Coordinated", "Organized", "organize"),
        partner_object="lead service line surveys",
        partner="Cedar County Health Department",
        partner_short="Cedar County Health",
        jd_tool="Hach WIMS",
        other_org="the EPA",
        wide="across every plant in the state",
        beyond="Chief Plant Operator",
        outcome="saving $40K a year",
        doubled="doubling sampling capacity",
        skills=("LIMS", "SCADA", "Jar testing", "Grade III water license"),
        jd="Water Treatment Operator. Run treatment trains, monitor SCADA, keep sampling records in LIMS. "
        "Hach WIMS experience a plus.",
        restate=Restate(
            listed=("Filed discharge reports for", ("Millbrook", "Ashton", "Dale County"), "towns", "towns"),
            span=("Ran", 40, 60, "lab tests", "week"),
            change=("Raised", "state audit scores", 72, 90),
            clock="Monitored reservoir levels around the clock",
            spelled=(
                "Rewrote the {x} for chemical handling",
                "standard operating procedures",
                "SOPs",
                "RFPs",
            ),
            share=("Cut", "filter backwash water use", 33, "a third"),
            amount=("Managed a {x} chemicals budget", "$1.23M", "$1.2M", "$1.5M"),
            bound=("Cut", "sample turnaround", 10, 4, "days"),
        ),
    ),
    Facts(
        name="museum collections",
        person="Oliver Brandt",
        employer="Hollis Museum of Art",
        employer_short="the Hollis Museum",
        title="Collections Manager",
        start="2017-09",
        end="2025-05",
        earlier_employer="Westbrook Historical Society",
        earlier_title="Registrar Assistant",
        earlier_start="2014-02",
        earlier=("Photographed incoming donations for the catalogue", "Answered research requests by email"),
        field="collections care, loans and digitization",
        verbs=("Lowered", "Reduced", "lowering"),
        noun="reduction",
        metric="loan processing time",
        percent=30,
        means_ing="standardizing condition report templates",
        means_past="Standardized condition report templates",
        means_noun="standardized condition report templates",
        count=3,
        things="storage buildings",
        crew_verbs=("Managed", "Oversaw"),
        crew=5,
        members="art handlers",
        member="art handler",
        crew_rest="during the gallery reinstallation",
        volume_verbs=("Catalogued", "Recorded"),
        volume=2400,
        items="objects",
        period="year",
        tool="TMS",
        listed="PastPerfect",
        partner_verbs=("Arranged", "Planned", "plan"),
        partner_object="traveling exhibition loans",
        partner="Northgate Science Center",
        partner_short="Northgate",
        jd_tool="Axiell Collections",
        other_org="the Smithsonian",
        wide="across all of the museum's sites",
        beyond="Chief Curator",
        outcome="raising loan revenue by $25K",
        doubled="doubling the number of loans",
        skills=("TMS", "PastPerfect", "Condition reporting", "Object handling"),
        jd="Collections Manager. Oversee loans, storage and digitization in TMS; PastPerfect migration "
        "experience valued. Axiell Collections knowledge preferred.",
        restate=Restate(
            listed=("Loaned works to", ("Boston", "Chicago", "Denver"), "cities", "cities"),
            span=("Answered", 30, 50, "research requests", "month"),
            change=("Raised", "collection audit scores", 64, 88),
            clock="Kept climate sensors monitored around the clock",
            spelled=(
                "Wrote the {x} for the vault",
                "integrated pest management plan",
                "IPM plan",
                "HVAC plan",
            ),
            share=("Reduced", "storage costs", 67, "two-thirds"),
            amount=("Managed a {x} acquisitions budget", "$2.46M", "$2.5M", "$2.9M"),
            bound=("Cut", "loan paperwork time", 12, 6, "weeks"),
        ),
    ),
    Facts(
        name="freight brokerage",
        person="Darnell Price",
        employer="Keystone Freight Partners",
        employer_short="Keystone Freight",
        title="Senior Freight Broker",
        start="2019-01",
        end="2025-07",
        earlier_employer="Summit Logistics Group",
        earlier_title="Carrier Sales Representative",
        earlier_start="2016-05",
        earlier=("Called carriers to confirm pickup times", "Updated load boards every morning"),
        field="truckload brokerage and carrier relations",
        verbs=("Raised", "Increased", "raising"),
        noun="increase",
        metric="gross margin per load",
        percent=12,
        means_ing="renegotiating rates with core carriers",
        means_past="Renegotiated rates with core carriers",
        means_noun="renegotiated core carrier rates",
        count=3,
        things="freight lanes",
        crew_verbs=("Supervised", "Oversaw"),
        crew=4,
        members="carrier reps",
        member="carrier rep",
        crew_rest="on the refrigerated desk",
        volume_verbs=("Booked", "Covered"),
        volume=1500,
        items="loads",
        period="quarter",
        tool="McLeod",
        listed="DAT",
        partner_verbs=("Negotiated", "Settled", "settle"),
        partner_object="detention claims",
        partner="Great Plains Grain Cooperative",
        partner_short="Great Plains Grain",
        jd_tool="Truckstop.com",
        other_org="Walmart",
        wide="across the entire national network",
        beyond="Brokerage Director",
        outcome="adding $300K in annual revenue",
        doubled="tripling load volume",
        skills=("McLeod", "DAT", "Rate negotiation", "Carrier vetting"),
        jd="Senior Freight Broker. Grow lanes and margins, book loads in McLeod, source capacity on DAT. "
        "Truckstop.com a plus.",
        restate=Restate(
            listed=("Booked reefer loads for", ("Sysco", "Tyson", "Cargill"), "shippers", "shippers"),
            span=("Made", 80, 100, "carrier calls", "day"),
            change=("Raised", "carrier scorecard ratings", 70, 85),
            clock="Tracked high-value loads around the clock",
            spelled=("Audited {x} before payment", "proof of delivery forms", "PODs", "BOLs"),
            share=("Cut", "empty miles", 20, "a fifth"),
            amount=("Negotiated {x} in annual carrier contracts", "$3.68M", "$3.7M", "$4.2M"),
            bound=("Cut", "carrier payment time", 45, 28, "days"),
        ),
    ),
    Facts(
        name="orthodontic assisting",
        person="Priya Natarajan",
        employer="Brightline Orthodontics",
        employer_short="Brightline",
        title="Lead Orthodontic Assistant",
        start="2019-06",
        end="2025-04",
        earlier_employer="Maple Grove Family Dental",
        earlier_title="Dental Assistant",
        earlier_start="2016-09",
        earlier=("Sterilized instruments between patients", "Took panoramic X-rays for new patients"),
        field="clear aligner and bracket treatment",
        verbs=("Cut", "Shortened", "cutting"),
        noun="reduction",
        metric="patient wait times",
        percent=25,
        means_ing="reorganizing the bonding appointment schedule",
        means_past="Reorganized the bonding appointment schedule",
        means_noun="a reorganized bonding appointment schedule",
        count=2,
        things="clinics",
        crew_verbs=("Trained", "Coached"),
        crew=7,
        members="assistants",
        member="assistant",
        crew_rest="on aligner attachment placement",
        volume_verbs=("Scanned", "Captured"),
        volume=1100,
        items="intraoral scans",
        period="year",
        tool="iTero",
        listed="Dolphin Imaging",
        partner_verbs=("Scheduled", "Booked", "book"),
        partner_object="surgical referrals",
        partner="Lakeshore Oral Surgery Group",
        partner_short="Lakeshore Oral Surgery",
        jd_tool="3Shape TRIOS",
        other_org="Invisalign",
        wide="across every clinic in the region",
        beyond="Practice Manager",
        outcome="saving 200 chair hours a year",
        doubled="doubling same-day starts",
        skills=("iTero", "Dolphin Imaging", "Bracket bonding", "Radiography certificate"),
        jd="Lead Orthodontic Assistant. Take iTero scans, manage images in Dolphin Imaging, train new "
        "assistants. 3Shape TRIOS experience valued.",
        restate=Restate(
            listed=("Ordered aligner trays from", ("Align", "SmileDirect", "Spark"), "labs", "labs"),
            span=("Assisted with", 25, 35, "adjustments", "day"),
            change=("Raised", "sterilization audit scores", 80, 96),
            clock="Answered the emergency line around the clock on call weeks",
            spelled=("Updated {x} after visits", "treatment plans", "TPs", "CBCTs"),
            share=("Cut", "bracket rebonds", 75, "three quarters"),
            amount=("Tracked {x} in treatment billing", "$1.87M", "$1.9M", "$2.4M"),
            bound=("Cut", "retainer delivery time", 14, 8, "days"),
        ),
    ),
    Facts(
        name="commercial bakery",
        person="Tomasz Kowal",
        employer="Golden Crust Bakeries",
        employer_short="Golden Crust",
        title="Production Supervisor",
        start="2018-02",
        end="2025-09",
        earlier_employer="Hearthstone Breads",
        earlier_title="Mixer Operator",
        earlier_start="2014-10",
        earlier=("Weighed flour and yeast for each batch", "Cleaned the spiral mixers after every run"),
        field="high-volume bread and pastry production",
        verbs=("Reduced", "Lowered", "reducing"),
        noun="reduction",
        metric="dough waste",
        percent=22,
        means_ing="retiming the proofing cycles",
        means_past="Retimed the proofing cycles",
        means_noun="retimed proofing cycles",
        count=5,
        things="production lines",
        crew_verbs=("Supervised", "Oversaw"),
        crew=9,
        members="bakers",
        member="baker",
        crew_rest="on the early shift",
        volume_verbs=("Shipped", "Dispatched"),
        volume=8000,
        items="loaves",
        period="day",
        tool="SAP",
        listed="HACCP",
        partner_verbs=("Ran", "Conducted", "conduct"),
        partner_object="allergen audits",
        partner="Midstate Grocers Cooperative",
        partner_short="Midstate Grocers",
        jd_tool="Wonderware MES",
        other_org="Costco",
        wide="company-wide",
        beyond="Plant Manager",
        outcome="saving $60K a year",
        doubled="doubling line output",
        skills=("SAP", "HACCP", "Food safety", "Line scheduling"),
        jd="Production Supervisor. Lead bakers across lines, plan in SAP, keep HACCP records. "
        "Wonderware MES experience a plus.",
        restate=Restate(
            listed=("Ran allergen changeovers for", ("Kroger", "Safeway", "Publix"), "chains", "chains"),
            span=("Mixed", 20, 30, "batches", "shift"),
            change=("Raised", "food safety audit scores", 78, 94),
            clock="Kept the ovens staffed around the clock",
            spelled=("Kept the {x} for every line", "critical control points", "CCPs", "PLCs"),
            share=("Cut", "flour waste", 50, "half"),
            amount=("Ran a {x} ingredients budget", "$4.12M", "$4.1M", "$4.8M"),
            bound=("Cut", "changeover time", 50, 35, "minutes"),
        ),
    ),
    Facts(
        name="school counseling",
        person="Hannah Okafor",
        employer="Lincoln Park High School",
        employer_short="Lincoln Park",
        title="School Counselor",
        start="2017-08",
        end="2025-06",
        earlier_employer="Eastside Middle School",
        earlier_title="Counseling Intern",
        earlier_start="2015-09",
        earlier=("Ran lunch groups for new students", "Kept attendance notes for the counseling office"),
        field="college advising and student wellbeing",
        verbs=("Raised", "Increased", "raising"),
        noun="increase",
        metric="FAFSA completion",
        percent=15,
        means_ing="holding evening family workshops",
        means_past="Held evening family workshops",
        means_noun="evening family workshops",
        count=4,
        things="grade levels",
        crew_verbs=("Supervised", "Oversaw"),
        crew=3,
        members="counseling interns",
        member="counseling intern",
        crew_rest="during the spring semester",
        volume_verbs=("Met", "Saw"),
        volume=1400,
        items="student appointments",
        period="year",
        tool="Naviance",
        listed="PowerSchool",
        partner_verbs=("Organized", "Planned", "plan"),
        partner_object="campus visits",
        partner="Harbor State University",
        partner_short="Harbor State",
        jd_tool="SchooLinks",
        other_org="the College Board",
        wide="districtwide",
        beyond="Director of Counseling",
        outcome="adding $2M in scholarships",
        doubled="doubling college applications",
        skills=("Naviance", "PowerSchool", "Crisis counseling", "College advising"),
        jd="School Counselor. Advise students on college in Naviance, track records in PowerSchool. "
        "SchooLinks experience preferred.",
        restate=Restate(
            listed=("Ran college fairs with", ("Tufts", "Bowdoin", "Colby"), "colleges", "colleges"),
            span=("Met", 10, 15, "families", "week"),
            change=("Raised", "school climate survey scores", 61, 79),
            clock="Answered the crisis line around the clock during finals",
            spelled=(
                "Wrote {x} for students with anxiety",
                "individualized education programs",
                "IEPs",
                "FBAs",
            ),
            share=("Cut", "chronic absences", 33, "a third"),
            amount=("Secured {x} in scholarships for seniors", "$1.34M", "$1.3M", "$1.8M"),
            bound=("Cut", "schedule change wait times", 9, 3, "days"),
        ),
    ),
)


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:] if not text[1:2].isupper() else text


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _years(start: str, end: str) -> int:
    a, b = (datetime.date.fromisoformat(f"{d}-01") for d in (start, end))
    return int(((b.year - a.year) * 12 + b.month - a.month) // 12)


def _month_before(date: str) -> str:
    year, month = (int(x) for x in date.split("-"))
    return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"


# --------------------------------------------------------------------------------- the source's bullets
def _bullets(f: Facts) -> list[str]:
    """The current job's bullets: the outcome, the crew, the volume, the partner."""
    return [
        f"{f.verbs[0]} {f.metric} by {f.percent}% by {f.means_ing} across {f.count} {f.things}",
        f"{f.crew_verbs[0]} a crew of {f.crew} {f.members} {f.crew_rest}",
        f"{f.volume_verbs[0]} {f.volume:,} {f.items} per {f.period} in {f.tool}",
        f"{f.partner_verbs[0]} {f.partner_object} with the {f.partner}",
    ]


def _restated(f: Facts) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """The earlier job's facts a rewrite restates by role: (family member, source bullet, [(kind, rewrite)])
    with the faithful forms first and one fabricated twin."""
    r = f.restate
    verb, (a, b, c), noun, _ = r.listed
    sverb, low, high, snoun, period = r.span
    cverb, metric, before, after = r.change
    said, phrase, acronym, other = r.spelled
    hverb, hmetric, pct, fraction = r.share
    amount, exact, rounded, more = r.amount
    bverb, bmetric, was, now, unit = r.bound
    clock = r.clock
    half = "two-thirds" if fraction == "half" else "half"
    return [
        (
            "a list counted",
            f"{verb} {a}, {b} and {c}",
            [
                (FAITHFUL, f"{verb} 3 {noun}"),
                (FAITHFUL, f"{verb} three {noun}"),
                ("number", f"{verb} 4 {noun}"),
            ],
        ),
        (
            "a range",
            f"{sverb} {low}-{high} {snoun} per {period}",
            [
                (FAITHFUL, f"{sverb} about {(low + high) // 2} {snoun} a {period}"),
                (FAITHFUL, f"{sverb} as many as {high} {snoun} per {period}"),
                ("number", f"{sverb} about {high + 20} {snoun} a {period}"),
            ],
        ),
        (
            "a change in points",
            f"{cverb} {metric} from {before} to {after}",
            [
                (FAITHFUL, f"{cverb} {metric} by {after - before} points"),
                ("number", f"{cverb} {metric} by {after - before + 10} points"),
            ],
        ),
        (
            "around the clock",
            clock,
            [
                (FAITHFUL, clock.replace("around the clock", "24/7")),
                (FAITHFUL, clock.replace("around the clock", "round-the-clock")),
                ("scope", f"{clock.replace('around the clock', '24/7')} {f.wide}"),
            ],
        ),
        (
            "an acronym",
            said.format(x=phrase),
            [(FAITHFUL, said.format(x=acronym)), ("other", said.format(x=other))],
        ),
        (
            "a fraction",
            f"{hverb} {hmetric} by {pct}%",
            [(FAITHFUL, f"{hverb} {hmetric} by {fraction}"), ("number", f"{hverb} {hmetric} by {half}")],
        ),
        (
            "an amount rounded",
            amount.format(x=exact),
            [(FAITHFUL, amount.format(x=rounded)), ("number", amount.format(x=more))],
        ),
        (
            "a bound",
            f"{bverb} {bmetric} from {was} to {now} {unit}",
            [
                (FAITHFUL, f"{bverb} {bmetric} to under {now + 1} {unit}"),
                ("number", f"{bverb} {bmetric} to under {now - 1} {unit}"),
            ],
        ),
    ]


def _restatements(f: Facts) -> list[Row]:
    return [
        (kind, "restate", f"restate: {form}" + ("" if kind == FAITHFUL else ", beyond"), source, rewrite)
        for form, source, rewrites in _restated(f)
        for kind, rewrite in rewrites
    ]


def _earlier(f: Facts) -> list[str]:
    return [*f.earlier, *(source for _, source, _ in _restated(f))]


def _summary(f: Facts) -> str:
    return f"{f.title} focused on {f.field}."


# ------------------------------------------------------------------------- true operations, composed
def _outcome(f: Facts, ops: frozenset[str]) -> str:
    """The outcome bullet with `ops` applied (verb, percent, extent:words, extent:drop, employer, and one
    form: reorder, nominal, result)."""
    verb = f.verbs[1] if "verb" in ops else f.verbs[0]
    pct = f"{f.percent} percent" if "percent" in ops else f"{f.percent}%"
    if "percent:fraction" in ops and f.percent in FRACTIONS:
        pct = FRACTIONS[f.percent]
    metric = f"{f.employer_short}'s {f.metric}" if "employer" in ops else f.metric
    count = words(f.count) if "extent:words" in ops else str(f.count)
    extent = "" if "extent:drop" in ops else f" across {count} {f.things}"
    if "form:reorder" in ops:
        return f"By {f.means_ing}{extent}, {_lower(verb)} {metric} by {pct}"
    if "form:nominal" in ops:
        if not pct[0].isdigit():  # a fraction: "a reduction of nearly a fifth"
            return f"Achieved a {f.noun} of {pct} in {metric} through {f.means_noun}{extent}"
        article = "an" if pct[0] in "8" or pct.startswith(("11", "18")) else "a"
        return f"Achieved {article} {pct} {f.noun} in {metric} through {f.means_noun}{extent}"
    if "form:result" in ops:
        ing = ING.get(verb, f.verbs[2])
        return f"{f.means_past}{extent}, {ing} {metric} by {pct}"
    return f"{verb} {metric} by {pct} by {f.means_ing}{extent}"


FRACTIONS = {18: "nearly a fifth", 22: "more than a fifth", 25: "a quarter", 30: "nearly a third"}
"""A percent as the fraction it is near, where it is near one."""
PER_YEAR = {"month": 12, "quarter": 4}
ING = {"Reduced": "reducing", "Increased": "increasing", "Lowered": "lowering", "Shortened": "shortening"}
"""The synonyms' -ing forms, for the result clause."""


def _crew(f: Facts, ops: frozenset[str]) -> str:
    verb = f.crew_verbs[1] if "verb" in ops else f.crew_verbs[0]
    if "count:compound" in ops:
        crew = f"a {f.crew}-person {f.member} crew"
    elif "count:words" in ops:
        crew = f"a crew of {words(f.crew)} {f.members}"
    else:
        crew = f"a crew of {f.crew} {f.members}"
    if "form:reorder" in ops:
        return f"{_cap(f.crew_rest)}, {_lower(verb)} {crew}"
    return f"{verb} {crew} {f.crew_rest}"


def _volume(f: Facts, ops: frozenset[str]) -> str:
    verb = f.volume_verbs[1] if "verb" in ops else f.volume_verbs[0]
    thousands, rest = divmod(f.volume, 1000)
    if "count:k" in ops:
        figure = f"{thousands}.{rest // 100}K" if rest else f"{thousands}K"
    elif "count:over" in ops:
        figure = f"over {thousands * 1000:,}" if rest else f"{f.volume:,}+"
    elif "count:about" in ops:
        figure = f"about {f.volume:,}"
    else:
        figure = f"{f.volume:,}"
    per = f"a {f.period}" if "period" in ops else f"per {f.period}"
    if "period:year" in ops and f.period in PER_YEAR:
        figure, per = f"{f.volume * PER_YEAR[f.period]:,}", "a year"
    if "form:reorder" in ops:
        return f"Using {f.tool}, {_lower(verb)} {figure} {f.items} {per}"
    return f"{verb} {figure} {f.items} {per} in {f.tool}"


def _partner(f: Facts, ops: frozenset[str]) -> str:
    thing = f"{f.employer_short}'s {f.partner_object}" if "employer" in ops else f.partner_object
    if "form:reorder" in ops:  # the synonym's base form: "Worked with X to organize ..."
        return f"Worked with the {f.partner} to {f.partner_verbs[2]} {thing}"
    verb = f.partner_verbs[1] if "verb" in ops else f.partner_verbs[0]
    partner = f.partner_short if "name:short" in ops else f"the {f.partner}"
    return f"{verb} {thing} with {partner}"


OPS: dict[str, tuple[Any, tuple[str, ...]]] = {
    "outcome": (
        _outcome,
        (
            "verb",
            "percent",
            "percent:fraction",
            "extent:words",
            "extent:drop",
            "employer",
            "form:reorder",
            "form:nominal",
            "form:result",
        ),
    ),
    "crew": (_crew, ("verb", "count:compound", "count:words", "form:reorder")),
    "volume": (
        _volume,
        ("verb", "count:k", "count:over", "count:about", "period", "period:year", "form:reorder"),
    ),
    "partner": (_partner, ("verb", "employer", "name:short", "form:reorder")),
}
"""Each bullet's renderer and the true operations it takes; operations sharing a prefix exclude each
other ("form:", "count:", "extent:")."""


def _compositions(ops: tuple[str, ...], low: int = 2, high: int = 4) -> list[frozenset[str]]:
    out = []
    for size in range(low, high + 1):
        for combo in itertools.combinations(ops, size):
            groups = [op.split(":")[0] for op in combo if ":" in op]
            if len(groups) == len(set(groups)):
                out.append(frozenset(combo))
    return out


def _spread(items: list[Any], count: int, salt: int) -> list[Any]:
    """`count` of `items` evenly spaced, starting at an offset per domain: every domain sees other ones."""
    if len(items) <= count:
        return items
    step = len(items) / count
    return [items[(int(i * step) + salt) % len(items)] for i in range(count)]


# ------------------------------------------------------------------------------ one claim added
def _fabricate(f: Facts, bullet: str, ops: frozenset[str], turn: int) -> tuple[str, str, str]:
    """A twin of the composition with exactly one unsupported claim: (kind, template, rewrite)."""
    render = OPS[bullet][0]
    text = render(f, ops)
    other = {
        "outcome": replace(f, percent=f.percent + 9),
        "crew": replace(f, crew=f.crew + 3),
        "volume": replace(f, volume=f.volume + 1500),
        "partner": f,
    }[bullet]
    choices = [
        ("number", "another figure", render(other, ops) if bullet != "partner" else ""),
        ("scope", "a wider scope", f"{text} {f.wide}"),
        ("organization", "another organisation", f"{text} for {f.other_org}"),
        ("other", "an invented outcome", f"{text}, {f.outcome}"),
        ("skill", "a tool only the job names", f"{text} using {f.jd_tool}"),
        ("leadership", "leading people", f"{text}, leading a team of {f.crew + 2} {f.members}"),
        ("title", "a title never held", f"As {f.beyond}, {_lower(text)}"),
        ("multiplier", "a multiplier", f"{text}, {f.doubled}"),
    ]
    if bullet == "crew":
        choices[5] = ("leadership", "leading people", f"{text}, and managed the {f.count + 4} shift leads")
    usable = [c for c in choices if c[2]]
    return usable[turn % len(usable)]


# ------------------------------------------------------------------------------------------ cases
Row = tuple[str, str, str, str, str]
"""(kind, family, template, source sentence it rewrites, rewrite)."""


def _single(f: Facts, salt: int) -> list[Row]:
    rows: list[Row] = []
    turn = salt
    for bullet, (render, ops) in OPS.items():
        source = _bullets(f)[list(OPS).index(bullet)]
        for combo in _spread(_compositions(ops), 8, salt):
            rewrite = render(f, combo)
            template = f"{bullet}: " + " + ".join(sorted(combo))
            rows.append((FAITHFUL, bullet, template, source, rewrite))
            kind, twin, fabricated = _fabricate(f, bullet, combo, turn)
            rows.append((kind, bullet, f"{bullet}: {twin}", source, fabricated))
            turn += 1
    return rows


MERGES = (("outcome", "volume"), ("crew", "partner"), ("volume", "crew"), ("partner", "outcome"))


def _merged(f: Facts, salt: int) -> list[Row]:
    """Two bullets of the job as one sentence, each changed by at least one true operation."""
    rows: list[Row] = []
    bullets = _bullets(f)
    for n, (first, second) in enumerate(MERGES):
        render_a, ops_a = OPS[first]
        render_b, ops_b = OPS[second]
        a_combos = _spread(_compositions(ops_a, 1, 2), 3, salt + n)
        b_combos = _spread(_compositions(ops_b, 1, 2), 3, salt + 2 * n)
        source = bullets[list(OPS).index(first)]
        for k, (a, b) in enumerate(zip(a_combos, b_combos, strict=False)):
            joiner = ("; ", ", and ", " and ")[k % 3]
            rewrite = f"{render_a(f, a)}{joiner}{_lower(render_b(f, b))}"
            template = f"merge: {first} + {second}"
            rows.append((FAITHFUL, "merge", template, source, rewrite))
            kind, twin, fabricated = _fabricate(f, second, b, salt + n + k)
            rows.append(
                (kind, "merge", f"merge: {twin}", source, f"{render_a(f, a)}{joiner}{_lower(fabricated)}")
            )
        other = f.earlier[n % 2]
        rows.append(
            (
                "other",
                "merge",
                "merge: a bullet of another job",
                source,
                f"{render_a(f, a_combos[0])}; {_lower(other)}",
            )
        )
    return rows


def _summaries(f: Facts) -> list[Row]:
    """The summary: the title held, years the dates support, facts of the resume, composed."""
    src = _summary(f)
    years = _years(f.earlier_start, f.end)
    here = _years(f.start, f.end)
    pct, crew = f"{f.percent}%", words(f.crew)
    fact = f"{_lower(f.verbs[1])} {f.metric} {pct} by {f.means_ing}"
    team = f"{_lower(f.crew_verbs[1])} a {crew}-person {f.member} crew"
    faithful = [
        f"{f.title} with {years} years in {f.field}; {fact}.",
        f"{f.title} with {here} years at {f.employer}, who {fact} and {team}.",
        f"{f.title} (formerly {f.earlier_title}) focused on {f.field}, who {fact}.",
        f"{years}+ years in {f.field}: {fact}, and {team} {f.crew_rest}.",
        f"{f.title} focused on {f.field}, using {f.tool} and {f.listed}; {team}.",
        f"{f.title} at {f.employer_short} who {fact} across {words(f.count)} {f.things}.",
    ]
    fabricated = [
        ("tenure", "summary: more years", f"{f.title} with {years + 4} years in {f.field}; {fact}."),
        (
            "title",
            "summary: a title never held",
            f"{f.beyond} with {here} years at {f.employer}, who {fact} and {team}.",
        ),
        (
            "title",
            "summary: a title never held",
            f"{f.title} (formerly {f.beyond}) focused on {f.field}, who {fact}.",
        ),
        (
            "number",
            "summary: another figure",
            f"{years}+ years in {f.field}: {fact.replace(pct, f'{f.percent + 9}%')}, and {team} {f.crew_rest}.",
        ),
        (
            "skill",
            "summary: a tool only the job names",
            f"{f.title} focused on {f.field}, using {f.tool} and {f.jd_tool}; {team}.",
        ),
        ("scope", "summary: a wider scope", f"{f.title} at {f.employer_short} who {fact} {f.wide}."),
    ]
    rows: list[Row] = [(FAITHFUL, "summary", "summary: composed", src, text) for text in faithful]
    rows += [(kind, "summary", template, src, text) for kind, template, text in fabricated]
    return rows


def _resume(f: Facts) -> dict[str, Any]:
    work = [
        job(f.employer, f.title, f.start, f.end, *_bullets(f)),
        job(f.earlier_employer, f.earlier_title, f.earlier_start, _month_before(f.start), *_earlier(f)),
    ]
    return resume(
        f.person,
        f.title,
        _summary(f),
        work,
        education=[{"institution": "Riverside Community College", "studyType": "Associate of Science"}],
        skills=[{"name": "Skills", "keywords": list(f.skills)}],
        languages=[{"language": "English", "fluency": "Native"}],
    )


def compose_domains() -> dict[str, Domain]:
    return {f.name: Domain(f.name, _resume(f), f.jd, {}) for f in DOMAINS}


TEMPLATES: dict[tuple[str, str], str] = {}
"""(domain, rewrite) → the template that wrote it, for listing misses by template."""
FAMILY_OF: dict[tuple[str, str], str] = {}
"""(domain, rewrite) → its family (a bullet, "merge" or "summary")."""
FAMILIES = (*OPS, "merge", "summary", "restate")


def compose_cases() -> list[Case]:
    out: list[Case] = []
    seen: set[tuple[str, str]] = set()
    for salt, f in enumerate(DOMAINS):
        bullets, earlier = _bullets(f), _earlier(f)
        rows = _single(f, salt) + _merged(f, salt) + _summaries(f) + _restatements(f)
        for kind, family, template, source, rewrite in rows:
            key = (f.name, rewrite)
            if rewrite == source or key in seen:
                continue
            seen.add(key)
            TEMPLATES[key] = template
            FAMILY_OF[key] = family
            if source == _summary(f):
                out.append(Case(f.name, kind, rewrite, None, 0, part=PART))
            elif source in earlier:
                out.append(Case(f.name, kind, rewrite, 1, earlier.index(source), part=PART))
            else:
                out.append(Case(f.name, kind, rewrite, 0, bullets.index(source), part=PART))
    return out
