"""The forms part of the truth guard's evaluation: the forms real rewrites take, over facts, both ways.

The generated part (claims_generated.py) scores 1.00 while the blind sets score 0.83-0.92: its
templates do not span the forms a model restates a fact in. Each family here is one such form, written
as a template over facts of six domains none of the other sets has, in both directions: a faithful
form (the source's own fact said another way) and the same form one step beyond the source (a
fabrication). Families (external-final's reverted rules in round 6, and the lead's findings):

- people: the source's listed people as a generic noun ("6 tellers and 3 personal bankers" as "9
  staff", "a team of nine", "more than 8 people"); beyond: a count the source's does not satisfy;
- unit: a bounded count that borrows another unit's number ("within 45 days" → "40+ clients");
- scope: the source's units and region said another way; beyond: all, every, more units, another region;
- number: approximations and bounds the source's number satisfies ("nearly 40%" from 38%), ranges,
  conversions ("a year and a half" for 18 months), per-period restatements ("$40K a month" from "$480K
  a year"); beyond: a bound over the source's, another period;
- multiplier: the factor the source's before and after imply ("doubled" from 10 → 20); beyond: a
  factor they do not imply;
- organisation: the employer abbreviated or written another way ("MGH", "JPM"); beyond: another one;
- title: the position said another way ("Sr.", "RN"); beyond: a title or seniority the source lacks,
  in a bullet or the summary ("Senior account executive selling ...");
- leadership: the source's peers restated ("as one of 5 engineers" → "on a 5-person team"); beyond:
  leading them ("led the team of 5");
- outcome: the source's own outcome as a clause of another shape; beyond: an outcome it does not state;
- skill: a tool the job description names.

The templates, not the guard, decide the labels; cases are deterministic.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from tests.tailoring.claims_eval import FAITHFUL, Case, Domain

PART = "forms"

WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = {
    20: "twenty",
    30: "thirty",
    40: "forty",
    50: "fifty",
    60: "sixty",
    70: "seventy",
    80: "eighty",
    90: "ninety",
}


def words(n: int) -> str:
    """A whole number under 100 in words ("forty-five")."""
    if n < 20:
        return WORDS[n]
    tens, ones = divmod(n, 10)
    return TENS[tens * 10] + (f"-{WORDS[ones]}" if ones else "")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:1].isupper() and not text[1:2].isupper() else text


@dataclass(frozen=True)
class People:
    verb: str
    groups: tuple[tuple[int, str], ...]
    """The people the source lists, by role ((6, "tellers"), (3, "personal bankers"))."""
    rest: str

    @property
    def total(self) -> int:
        return sum(n for n, _ in self.groups)

    @property
    def text(self) -> str:
        listed = [f"{n} {role}" for n, role in self.groups]
        said = listed[0] if len(listed) == 1 else ", ".join(listed[:-1]) + " and " + listed[-1]
        return f"{self.verb} {said} {self.rest}"


@dataclass(frozen=True)
class Scope:
    body: str
    count: int
    units: str
    region: str
    """As the source says it ("the Denver metro area")."""
    region_adjective: str
    """The same region before the units ("Denver-area")."""
    other_region: str

    @property
    def text(self) -> str:
        return f"{self.body} across {self.count} {self.units} in {self.region}"


@dataclass(frozen=True)
class Domain6:
    name: str
    person: str
    employer: str
    employer_forms: tuple[str, ...]
    """The employer written another way (an initialism, without its dots or generic words)."""
    other_orgs: tuple[str, ...]
    """Organisations the source never names (one an initialism)."""
    title: str
    title_forms: tuple[str, ...]
    """The position said another way ("Sr. Branch Manager", "RN")."""
    title_beyond: tuple[str, ...]
    """Titles the person never held, one a seniority added to their own."""
    years: int
    field: str
    """The summary's field ("retail banking"); the summary is '<title> with <years> years in <field>.'"""
    doing: str
    """What the person does, as a gerund phrase the source says ("selling commercial auto policies")."""
    people: People
    scope: Scope
    percent: tuple[str, str, int]
    """(verb, object, a percent that is no multiple of five)."""
    money: tuple[str, str, int]
    """(verb, object, thousands of dollars a year, a multiple of 12)."""
    months: tuple[str, str, int]
    """(verb, object, months: 18, 30 or 42)."""
    span: tuple[str, int, int, str, str]
    """(verb, low, high, noun, period): 'Opened 25 to 30 accounts per week'."""
    change: tuple[str, str, int, int]
    """(verb, object, before, after): after is twice, three times or half before."""
    days: tuple[str, str, int, str]
    """(verb, object, days, a people noun the source does not count)."""
    peers: tuple[str, str, str, int, str, str]
    """(past verb, base verb, object, count, peers, team): '... as one of 5 engineers on the payments team'."""
    outcome: tuple[str, str, str, str, str, str, str]
    """(past verb, -ing verb, object, change -ing, change past, target, percent) and beyond: an outcome."""
    invented: tuple[str, str]
    """Two outcomes of the domain the source never states (after ', ' and after ' and ')."""
    jd: str
    jd_tools: tuple[str, ...]
    skills: tuple[str, ...]

    @property
    def summary(self) -> str:
        return f"{self.title} with {self.years} years in {self.field}. Experienced in {self.doing}."


DOMAINS: tuple[Domain6, ...] = (
    Domain6(
        name="branch banking",
        person="Renata Okafor",
        employer="J.P. Morgan",
        employer_forms=("JPM", "JP Morgan"),
        other_orgs=("Wells Fargo", "BofA"),
        title="Senior Branch Manager",
        title_forms=("Sr. Branch Manager", "senior branch manager"),
        title_beyond=("Regional Manager", "District Manager"),
        years=11,
        field="retail banking",
        doing="coaching tellers and opening small-business accounts",
        people=People("Supervised", ((6, "tellers"), (3, "personal bankers")), "at the Elm Street branch"),
        scope=Scope(
            "Ran quarterly audit drills",
            4,
            "branches",
            "the Denver metro area",
            "Denver-area",
            "Boulder County",
        ),
        percent=("Reduced", "teller cash differences", 38),
        money=("Grew", "deposit balances", 480),
        months=("Kept", "a clean audit record", 18),
        span=("Opened", 25, 30, "new accounts", "per week"),
        change=("Grew", "small-business accounts", 10, 20),
        days=("Cleared", "the loan file backlog", 45, "customers"),
        peers=("Built", "build", "the branch fraud checklist", 5, "personal bankers", "platform team"),
        outcome=(
            "Introduced",
            "introducing",
            "appointment booking for loan consultations",
            "cutting",
            "cut",
            "lobby wait times",
            "22",
        ),
        invented=("raising customer satisfaction scores", "won the branch a service award"),
        jd="Branch Manager. Lead a branch team, grow deposits and small-business relationships, keep audits "
        "clean. Experience with Salesforce Financial Services Cloud and nCino preferred.",
        jd_tools=("Salesforce Financial Services Cloud", "nCino"),
        skills=("Cash handling", "Excel", "Coaching", "Compliance"),
    ),
    Domain6(
        name="med-surg nursing",
        person="Joanna Pike",
        employer="Massachusetts General Hospital",
        employer_forms=("MGH", "Mass General"),
        other_orgs=("Brigham and Women's Hospital", "BIDMC"),
        title="Registered Nurse",
        title_forms=("RN", "registered nurse"),
        title_beyond=("Charge Nurse", "Nurse Manager"),
        years=7,
        field="medical-surgical nursing",
        doing="caring for post-operative patients and precepting new graduate nurses",
        people=People(
            "Precepted", ((4, "new graduate nurses"), (2, "nursing students")), "on the surgical unit"
        ),
        scope=Scope(
            "Ran fall-prevention huddles", 3, "units", "the surgical wing", "surgical-wing", "the ICU"
        ),
        percent=("Reduced", "patient falls on the unit", 27),
        money=("Cut", "supply costs", 96),
        months=("Served", "on the unit practice council", 30),
        span=("Cared for", 4, 6, "patients", "per shift"),
        change=("Increased", "discharges before noon", 12, 24),
        days=("Completed", "the unit's sepsis training", 30, "nurses"),
        peers=("Piloted", "pilot", "bedside shift report", 8, "nurses", "night team"),
        outcome=(
            "Started",
            "starting",
            "hourly rounding",
            "reducing",
            "reduced",
            "call light use",
            "31",
        ),
        invented=("improving patient satisfaction scores", "the hospital adopted the practice"),
        jd="Registered Nurse, medical-surgical. Provide post-operative care, precept new nurses and take part in "
        "shared governance. Epic and Pyxis experience; BLS and ACLS required.",
        jd_tools=("Epic", "Pyxis"),
        skills=("Post-operative care", "Wound care", "Patient education", "Medication administration"),
    ),
    Domain6(
        name="parcel operations",
        person="Luis Ferreira",
        employer="United Parcel Service",
        employer_forms=("UPS",),
        other_orgs=("FedEx Ground", "DHL"),
        title="Operations Supervisor",
        title_forms=("operations supervisor", "Ops Supervisor"),
        title_beyond=("Operations Manager", "Senior Operations Supervisor"),
        years=8,
        field="parcel sorting and delivery",
        doing="running the night sort and scheduling package handlers",
        people=People("Scheduled", ((14, "package handlers"), (4, "drivers")), "on the night sort"),
        scope=Scope("Ran safety walks", 5, "hubs", "northern New Jersey", "northern New Jersey", "Delaware"),
        percent=("Reduced", "missorted packages", 46),
        money=("Saved", "in overtime", 144),
        months=("Kept", "the night sort injury-free", 42),
        span=("Sorted", 9, 12, "thousand packages", "per night"),
        change=("Raised", "packages loaded per hour", 600, 1800),
        days=("Retrained", "the loading crew", 21, "handlers"),
        peers=("Rebuilt", "rebuild", "the trailer loading plan", 6, "supervisors", "hub team"),
        outcome=(
            "Moved",
            "moving",
            "the heaviest routes to the first wave",
            "lowering",
            "lowered",
            "late departures",
            "18",
        ),
        invented=("improving on-time delivery across the district", "the district adopted the plan"),
        jd="Operations Manager, parcel hub. Lead supervisors across shifts, improve sort accuracy and safety. "
        "Lean and Six Sigma methods; experience with SAP and Kronos.",
        jd_tools=("SAP", "Kronos"),
        skills=("Scheduling", "Safety audits", "Excel", "Forklift operation"),
    ),
    Domain6(
        name="hotel front office",
        person="Mei Tanaka",
        employer="Hilton Garden Inn",
        employer_forms=("HGI",),
        other_orgs=("Marriott", "IHG"),
        title="Front Office Supervisor",
        title_forms=("front office supervisor", "front-office supervisor"),
        title_beyond=("Front Office Manager", "Guest Services Manager"),
        years=6,
        field="hotel guest services",
        doing="handling guest complaints and training front desk agents",
        people=People("Trained", ((7, "front desk agents"), (2, "night auditors")), "at the airport hotel"),
        scope=Scope("Ran guest service audits", 3, "hotels", "the Seattle area", "Seattle-area", "Portland"),
        percent=("Raised", "guest review scores", 17),
        money=("Added", "in upsell revenue", 60),
        months=("Led", "the morning shift", 18),
        span=("Checked in", 80, 120, "guests", "per shift"),
        change=("Grew", "loyalty sign-ups", 40, 80),
        days=("Cleared", "the guest complaint backlog", 14, "guests"),
        peers=("Wrote", "write", "the late check-out policy", 4, "supervisors", "front office team"),
        outcome=(
            "Introduced",
            "introducing",
            "mobile check-in",
            "cutting",
            "cut",
            "lobby queues",
            "35",
        ),
        invented=("lifting repeat bookings", "the brand rolled it out to other hotels"),
        jd="Front Office Manager. Lead guest service agents, resolve escalations and drive upsell revenue. "
        "Opera PMS and Salesforce experience.",
        jd_tools=("Opera PMS", "Salesforce"),
        skills=("Guest relations", "Cash handling", "Scheduling", "Upselling"),
    ),
    Domain6(
        name="payments engineering",
        person="Arjun Mehta",
        employer="International Business Machines",
        employer_forms=("IBM",),
        other_orgs=("Stripe", "AWS"),
        title="Senior Software Engineer",
        title_forms=("Sr. Software Engineer", "senior software engineer"),
        title_beyond=("Staff Software Engineer", "Engineering Manager"),
        years=9,
        field="payments software",
        doing="building Java payment services and reviewing code",
        people=People("Mentored", ((3, "junior engineers"), (2, "interns")), "on the payments team"),
        scope=Scope("Ran load tests", 4, "data centers", "the EU region", "EU", "the US region"),
        percent=("Reduced", "payment API latency", 43),
        money=("Cut", "cloud spend", 240),
        months=("Owned", "the on-call rotation", 18),
        span=("Shipped", 3, 4, "releases", "per month"),
        change=("Raised", "settlement batch throughput", 2000, 4000),
        days=("Migrated", "the ledger service", 60, "merchants"),
        peers=("Built", "build", "the fraud rules engine", 5, "engineers", "payments team"),
        outcome=(
            "Added",
            "adding",
            "idempotency keys to the refund API",
            "cutting",
            "cut",
            "duplicate refunds",
            "92",
        ),
        invented=("saving the company millions", "the platform team made it the standard"),
        jd="Staff Software Engineer, Payments. Design Java and Kotlin services on Kafka and Kubernetes; mentor "
        "engineers and own reliability.",
        jd_tools=("Kafka", "Kubernetes"),
        skills=("Java", "PostgreSQL", "Spring Boot", "Code review"),
    ),
    Domain6(
        name="commercial insurance sales",
        person="Dana Whitfield",
        employer="Liberty Mutual Insurance",
        employer_forms=("Liberty Mutual",),
        other_orgs=("Travelers", "AIG"),
        title="Account Executive",
        title_forms=("account executive", "AE"),
        title_beyond=("Sales Director", "Senior Account Executive"),
        years=6,
        field="commercial insurance sales",
        doing="selling commercial auto policies to small fleets",
        people=People("Coached", ((5, "sales reps"), (1, "account coordinator")), "in the Midwest office"),
        scope=Scope("Ran renewal reviews", 6, "territories", "the Midwest", "Midwest", "the Southeast"),
        percent=("Raised", "policy renewal rates", 12),
        money=("Closed", "in new premium", 720),
        months=("Held", "the top renewal rate in the office", 30),
        span=("Quoted", 15, 20, "fleet policies", "per month"),
        change=("Grew", "the book of business", 150, 450),
        days=("Quoted", "the dealer group's fleet", 10, "vehicles"),
        peers=("Built", "build", "the broker referral program", 7, "account executives", "sales team"),
        outcome=(
            "Launched",
            "launching",
            "quarterly fleet safety reviews",
            "cutting",
            "cut",
            "claims frequency",
            "14",
        ),
        invented=("winning three new dealer groups", "the region adopted the reviews"),
        jd="Senior Account Executive, commercial lines. Grow a book of commercial auto business with brokers and "
        "fleets. Salesforce and Applied Epic experience; CPCU a plus.",
        jd_tools=("Salesforce", "Applied Epic"),
        skills=("Prospecting", "Negotiation", "Commercial auto", "Broker relations"),
    ),
)


def _facts(d: Domain6) -> list[str]:
    """The job's bullets, in order: every fact a template rewrites."""
    pverb, pobj, pct = d.percent
    mverb, mobj, k = d.money
    tverb, tobj, months = d.months
    sverb, low, high, noun, period = d.span
    cverb, cobj, before, after = d.change
    dverb, dobj, days, _ = d.days
    past, _, pobject, count, peers, team = d.peers
    overb, _, oobj, oing, _, target, opct = d.outcome
    return [
        d.people.text,
        d.scope.text,
        f"{pverb} {pobj} by {pct}%",
        f"{mverb} ${k}K {mobj} a year" if mobj.startswith("in ") else f"{mverb} {mobj} by ${k}K a year",
        f"{tverb} {tobj} for {months} months",
        f"{sverb} {low} to {high} {noun} {period}",
        f"{cverb} {cobj} from {before:,} to {after:,}",
        f"{dverb} {dobj} within {days} days",
        f"{past} {pobject} as one of {count} {peers} on the {team}",
        f"{overb} {oobj}, {oing} {target} by {opct}%",
    ]


def _people(d: Domain6) -> list[tuple[str, str, str]]:
    p = d.people
    n, verb, rest = p.total, p.verb, p.rest
    return [
        (FAITHFUL, "people: generic noun", f"{verb} {n} staff {rest}"),
        (FAITHFUL, "people: generic noun", f"{verb} {n} team members {rest}"),
        (FAITHFUL, "people: a team of", f"{verb} a team of {n} {rest}"),
        (FAITHFUL, "people: a team of", f"{verb} a team of {words(n)} {rest}"),
        (FAITHFUL, "people: n-person team", f"{verb} a {n}-person team {rest}"),
        (FAITHFUL, "people: bounded", f"{verb} more than {n - 1} people {rest}"),
        (FAITHFUL, "people: bounded", f"{verb} {n}+ employees {rest}"),
        ("number", "people: count beyond", f"{verb} {n + 3} staff {rest}"),
        ("number", "people: count beyond", f"{verb} a team of {words(n * 2)} {rest}"),
        ("number", "people: bounded beyond", f"{verb} more than {n} people {rest}"),
        ("number", "people: bounded beyond", f"{verb} {n + 2}+ employees {rest}"),
    ]


def _scope(d: Domain6) -> list[tuple[str, str, str]]:
    s = d.scope
    unit = s.units[:-1]
    return [
        (FAITHFUL, "scope: restated", f"{s.body} across {words(s.count)} {s.region_adjective} {s.units}"),
        (FAITHFUL, "scope: restated", f"{s.body} at {s.count} {s.units} in {s.region}"),
        (FAITHFUL, "scope: restated", f"{s.body} for {s.count} {s.units} across {s.region}"),
        (FAITHFUL, "scope: shortened", f"{s.body} in {s.region}"),
        (FAITHFUL, "scope: all of the source's", f"{s.body} at all {s.count} {s.units} in {s.region}"),
        (FAITHFUL, "scope: all of the source's", f"{s.body} at each of the {s.count} {s.units}"),
        (FAITHFUL, "scope: several", f"{s.body} across multiple {s.region_adjective} {s.units}"),
        (FAITHFUL, "scope: several", f"{s.body} across several {s.units} in {s.region}"),
        (FAITHFUL, "scope: region as adjective", f"{s.body} for {s.region_adjective} {s.units}"),
        ("scope", "scope: all", f"{s.body} across all {s.units} in {s.region}"),
        ("scope", "scope: every", f"{s.body} at every {unit} in {s.region}"),
        ("scope", "scope: more units", f"{s.body} across {s.count + 3} {s.units} in {s.region}"),
        (
            "scope",
            "scope: another region",
            f"{s.body} across {s.count} {s.units} in {s.region} and {s.other_region}",
        ),
        ("scope", "scope: all of more", f"{s.body} at all {s.count + 3} {s.units} in {s.region}"),
        ("scope", "scope: all of more", f"{s.body} at each of the {s.count + 3} {s.units}"),
        ("scope", "scope: company-wide", f"{s.body} across the company's {unit} network"),
    ]


def _percent(d: Domain6) -> list[tuple[str, str, str]]:
    verb, obj, p = d.percent
    up, down = 5 * math.ceil(p / 5), 5 * math.floor(p / 5)
    out = [
        (FAITHFUL, "number: approximation", f"{verb} {obj} by nearly {up}%"),
        (FAITHFUL, "number: approximation", f"{verb} {obj} by almost {up} percent"),
        (FAITHFUL, "number: bounded", f"{verb} {obj} by more than {down}%"),
        (FAITHFUL, "number: bounded", f"{verb} {obj} by over {down} percent"),
        ("number", "number: bounded beyond", f"{verb} {obj} by over {up}%"),
        ("number", "number: approximation beyond", f"{verb} {obj} by nearly {up + 10}%"),
        ("number", "number: another figure", f"{verb} {obj} by {p + 10}%"),
    ]
    fractions = ((1 / 2, "half"), (1 / 3, "a third"), (1 / 4, "a quarter"), (1 / 5, "a fifth"))
    under = next((name for share, name in fractions if p / 100 > share), "")
    over = next((name for share, name in reversed(fractions) if p / 100 < share), "")
    if under:
        out.append((FAITHFUL, "number: fraction", f"{verb} {obj} by more than {under}"))
    if over:
        out.append(("number", "number: fraction beyond", f"{verb} {obj} by more than {over}"))
    return out


def _money(d: Domain6) -> list[tuple[str, str, str]]:
    verb, obj, k = d.money
    month = k // 12

    def said(amount: str, period: str) -> str:
        return (
            f"{verb} {amount} {obj} {period}"
            if obj.startswith("in ")
            else f"{verb} {obj} by {amount} {period}"
        )

    return [
        (FAITHFUL, "number: per period", said(f"${month}K", "a month")),
        (FAITHFUL, "number: per period", said(f"${month * 1000:,}", "per month")),
        (FAITHFUL, "number: conversion", said(f"${k * 1000:,}", "annually")),
        (FAITHFUL, "number: conversion", said(f"{k} thousand dollars", "a year")),
        ("number", "number: another period", said(f"${month}K", "a week")),
        ("number", "number: another period", said(f"${k}K", "a month")),
        ("number", "number: another figure", said(f"${month * 2}K", "a month")),
    ]


def _months(d: Domain6) -> list[tuple[str, str, str]]:
    verb, obj, months = d.months
    years = {18: "a year and a half", 30: "two and a half years", 42: "three and a half years"}[months]
    return [
        (FAITHFUL, "number: conversion", f"{verb} {obj} for {years}"),
        (FAITHFUL, "number: conversion", f"{verb} {obj} for {months / 12:g} years"),
        (FAITHFUL, "number: bounded", f"{verb} {obj} for over {_years(months // 12)}"),
        ("number", "number: conversion beyond", f"{verb} {obj} for {words(months // 12 + 2)} years"),
        ("number", "number: bounded beyond", f"{verb} {obj} for over {_years(months // 12 + 1)}"),
        ("number", "number: another figure", f"{verb} {obj} for {months + 12} months"),
    ]


def _years(n: int) -> str:
    return "a year" if n == 1 else f"{n} years"


def _span(d: Domain6) -> list[tuple[str, str, str]]:
    verb, low, high, noun, period = d.span
    return [
        (FAITHFUL, "number: range", f"{verb} {low}-{high} {noun} {period}"),
        (FAITHFUL, "number: range", f"{verb} {low}–{high} {noun} {period}"),
        (FAITHFUL, "number: range", f"{verb} up to {high} {noun} {period}"),
        (FAITHFUL, "number: range", f"{verb} {low}+ {noun} {period}"),
        ("number", "number: range beyond", f"{verb} {high + 5} to {high * 2} {noun} {period}"),
        ("number", "number: range beyond", f"{verb} up to {high * 2} {noun} {period}"),
        ("number", "number: range beyond", f"{verb} {high + 1}+ {noun} {period}"),
    ]


FACTORS = {2.0: ("Doubled", "doubling", "two-fold"), 3.0: ("Tripled", "tripling", "three-fold")}


def _change(d: Domain6) -> list[tuple[str, str, str]]:
    verb, obj, before, after = d.change
    factor = after / before
    past, _, fold = FACTORS[factor]
    wrong = FACTORS[5.0 - factor]
    return [
        (FAITHFUL, "multiplier: implied", f"{past} {obj}"),
        (FAITHFUL, "multiplier: implied", f"{verb} {obj} {factor:g}x"),
        (FAITHFUL, "multiplier: implied", f"{verb} {obj} {fold}, from {before:,} to {after:,}"),
        (FAITHFUL, "multiplier: as a percent", f"{verb} {obj} by {(factor - 1) * 100:g}%"),
        ("multiplier", "multiplier: not implied", f"{wrong[0]} {obj}"),
        ("multiplier", "multiplier: not implied", f"{verb} {obj} {factor + 2:g}x"),
        ("multiplier", "multiplier: not implied", f"{verb} {obj} {wrong[2]}"),
    ]


def _days(d: Domain6) -> list[tuple[str, str, str]]:
    verb, obj, days, noun = d.days
    source = f"{verb} {obj} within {days} days"
    bound = days - days % 5 - 5 if days > 10 else days - 2
    return [
        (FAITHFUL, "unit: restated", f"{verb} {obj} in {days} days"),
        (FAITHFUL, "unit: restated", f"{verb} {obj} within {words(days)} days"),
        (
            FAITHFUL,
            "unit: restated",
            f"{verb} {obj} within {words(days // 7)} weeks"
            if days % 7 == 0
            else f"{verb} {obj} in under {math.ceil(days / 7)} weeks",
        ),
        ("number", "unit: swapped", f"{verb} {obj} for {bound}+ {noun} within {days} days"),
        ("number", "unit: swapped", f"{source} for more than {bound} {noun}"),
        ("number", "unit: swapped", f"{verb} {obj} for {days} {noun}"),
    ]


def _peers(d: Domain6) -> list[tuple[str, str, str]]:
    past, base, obj, n, peers, team = d.peers
    return [
        (FAITHFUL, "peers restated", f"{past} {obj} on a {n}-person {team}"),
        (
            FAITHFUL,
            "peers restated",
            f"As one of {words(n)} {peers} on the {team}, {_lower_first(past)} {obj}",
        ),
        (FAITHFUL, "peers restated", f"{past} {obj} with {n - 1} other {peers} on the {team}"),
        (FAITHFUL, "peers restated", f"Worked with the {team} of {n} {peers} to {base} {obj}"),
        ("leadership", "leadership over peers", f"Led the {team} of {n} {peers} to {base} {obj}"),
        ("leadership", "leadership over peers", f"Managed {n} {peers} on the {team} to {base} {obj}"),
        ("leadership", "leadership over peers", f"{past} {obj} leading a {n}-person {team}"),
        ("leadership", "leadership over peers", f"Headed the {team} that {past.lower()} {obj}"),
    ]


def _outcome(d: Domain6) -> list[tuple[str, str, str]]:
    past, ing, obj, change_ing, change_past, target, p = d.outcome
    first, second = d.invented
    return [
        (FAITHFUL, "outcome restated", f"{past} {obj}, which {change_past} {target} by {p}%"),
        (FAITHFUL, "outcome restated", f"{past} {obj} that {change_past} {target} by {p}%"),
        (FAITHFUL, "outcome restated", f"{change_past.capitalize()} {target} by {p}% by {ing} {obj}"),
        (FAITHFUL, "outcome restated", f"{past} {obj}, resulting in a {p}% drop in {target}"),
        ("other", "outcome beyond", f"{past} {obj}, {change_ing} {target} by {p}% and {first}"),
        ("other", "outcome beyond", f"{past} {obj}, {change_ing} {target} by {p}%, and {second}"),
        ("other", "outcome beyond", f"{past} {obj}, {change_ing} {target} by {p}% and {first} as a result"),
    ]


def _names(d: Domain6, facts: list[str]) -> list[tuple[str, str, str, int | None]]:
    """(kind, template, rewrite, bullet or None for the summary): the employer and the title."""
    fact = facts[2]
    first, rest = d.summary.split(". ", 1)
    head = first[len(d.title) :]
    out: list[tuple[str, str, str, int | None]] = []
    for org in d.employer_forms:
        out.append((FAITHFUL, "organisation restated", f"{fact} at {org}", 2))
        out.append((FAITHFUL, "organisation restated", f"At {org}, {_lower_first(fact)}", 2))
        out.append((FAITHFUL, "organisation restated", f"{first} at {org}. {rest}", None))
    for org in d.other_orgs:
        out.append(("organization", "organisation beyond", f"{fact} at {org}", 2))
        out.append(("organization", "organisation beyond", f"{first} at {org}. {rest}", None))
    for title in d.title_forms:
        out.append((FAITHFUL, "title restated", f"As {title}, {_lower_first(fact)}", 2))
        out.append((FAITHFUL, "title restated", f"{title[:1].upper()}{title[1:]}{head}. {rest}", None))
    for title in d.title_beyond:
        out.append(("title", "title beyond", f"As {title}, {_lower_first(fact)}", 2))
        out.append(("title", "title beyond (summary)", f"{title}{head}. {rest}", None))
    senior = d.title.startswith("Senior ")
    raised = f"{'Principal' if senior else 'Senior'} {d.title.removeprefix('Senior ').lower()}"
    out.append(("title", "title beyond (summary)", f"{raised} {d.doing}. {first}.", None))
    out.append((FAITHFUL, "title restated", f"{d.title} {d.doing}. {first}.", None))
    tool = d.jd_tools[0]
    out.append(("skill", "skill the job names", f"{fact} using {tool}", 2))
    out.append(("skill", "skill the job names", f"{first}, experienced in {tool}. {rest}", None))
    return out


def _resume(d: Domain6, facts: list[str]) -> dict[str, Any]:
    return {
        "basics": {"name": d.person, "label": d.title, "summary": d.summary},
        "work": [
            {
                "name": d.employer,
                "position": d.title,
                "startDate": "2016-03",
                "endDate": "present",
                "highlights": facts,
            }
        ],
        "education": [
            {"institution": "Rutgers University", "studyType": "Bachelor of Science", "area": "Business"}
        ],
        "skills": [{"name": "Skills", "keywords": list(d.skills)}],
        "languages": [{"language": "English", "fluency": "Native"}],
    }


FAMILIES = {
    "people": _people,
    "scope": _scope,
    "number (percent)": _percent,
    "number (per period)": _money,
    "number (duration)": _months,
    "number (range)": _span,
    "multiplier": _change,
    "unit": _days,
    "leadership over peers": _peers,
    "outcome": _outcome,
}
"""Each family's templates rewrite the job's bullet of the same position (_facts); "names" (the
employer, the title, a tool) rewrites the third bullet and the summary."""


def forms_domains() -> dict[str, Domain]:
    return {d.name: Domain(d.name, _resume(d, _facts(d)), d.jd, {}) for d in DOMAINS}


TEMPLATES: dict[tuple[str, str], str] = {}
"""(domain, rewrite) → the template that wrote it, for listing misses by template."""
FAMILY_OF: dict[tuple[str, str], str] = {}
"""(domain, rewrite) → its family (a key of FAMILIES, or "names")."""


def forms_cases() -> list[Case]:
    out: list[Case] = []
    seen: set[tuple[str, str]] = set()
    for d in DOMAINS:
        facts = _facts(d)
        rows: list[tuple[str, str, str, str, int | None]] = []
        for index, (name, family) in enumerate(FAMILIES.items()):
            rows += [(name, kind, template, rewrite, index) for kind, template, rewrite in family(d)]
        rows += [("names", *row) for row in _names(d, facts)]
        for name, kind, template, rewrite, bullet in rows:
            source = d.summary if bullet is None else facts[bullet]
            key = (d.name, rewrite)
            if rewrite == source or key in seen:
                continue
            seen.add(key)
            TEMPLATES[key] = template
            FAMILY_OF[key] = name
            out.append(Case(d.name, kind, rewrite, None if bullet is None else 0, bullet or 0, part=PART))
    return out
