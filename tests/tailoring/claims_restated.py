"""The "restated" part of the truth guard's evaluation, written before the rules of round 12, over six
domains no other part uses (wildland fire, sterile processing, greenhouse growing, escrow and title,
ferry operations, court reporting).

The never-read parts refuse true rewrites that restate a name, a number or a consequence, and keep
lies that no check reads as a claim. Each family here is a way a model restates a fact truly, and
each faithful form has a twin that changes one claim, so a rule is measured both ways:

- name: a body's initials, a word of its name abbreviated ("Dept."), its words reordered ("Natural
  Resources Department"), lower case; the employer's possessive; a product by its maker's family name
  or its model alone; twin: another body, another maker;
- number: digits as words and words as digits, a dozen; rounded ("over 2,300" for 2,340, "2.3K");
  another period (1,200 a month as "about 300 a week", "14,400 a year"); a share as a count and a count
  as a share; another unit (miles as km, hours as minutes, gallons as liters); twin: the same form
  with another figure;
- consequence: a result the same job states in another bullet, joined to its cause as a participle, a
  "which" clause, a purpose, a result first ("Cut X after ..."), a clause of its own ("; X fell as a
  result"), "so"; twin: a result no sentence states, in words the resume has elsewhere;
- outcome: what a recruiter could check that no word class names: who praised the work, who adopted
  it; faithful when another bullet of the job says it, a lie when it names someone the resume names
  elsewhere for something else.

The templates, not the guard, decide the labels; cases are deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.tailoring.claims_eval import FAITHFUL, Case, Domain
from tests.tailoring.claims_forms import words
from tests.tailoring.claims_twins import Row
from tests.tailoring.claims_unseen import TwoJobs, cases_of, domains_of

PART = "restated"


@dataclass(frozen=True)
class Result:
    """A result: (past, -ing, base, object, the object as a subject and its intransitive verb, a noun
    phrase for "led to"): "Cut", "cutting", "cut", "rework on hangers", ("rework", "fell"), "less rework"."""

    past: str
    ing: str
    base: str
    obj: str
    falls: tuple[str, str]
    noun: str


@dataclass(frozen=True)
class Restated(TwoJobs):
    agency: tuple[str, str, str, str, str, str]
    """(a bullet with {x}, a body's full name "Department of X", its initials, it reordered "X
    Department", another body's full name, its initials)."""
    owned: tuple[str, str, str]
    """(a bullet "... for the {x}" of the current job, what the employer owns, another employer)."""
    product: tuple[str, str, str, str]
    """(a bullet with {x}, a product's full name, its maker's family name, another maker)."""
    model: str
    """The product's model alone ("System 1E")."""
    spelled: tuple[str, int, str]
    """(verb, a count the source writes in words, object)."""
    digits: tuple[str, int, str]
    """(verb, a count the source writes in digits, object)."""
    rounded: tuple[str, int, str]
    """(verb, a count with two figures after a round hundred, object): "Filed 2,340 deeds"."""
    monthly: tuple[str, int, str]
    """(verb, a count per month divisible by 4, object)."""
    share: tuple[str, int, int, str]
    """(verb, part, whole, object)."""
    percent: tuple[str, int, int, str]
    """(verb, a percent, the whole it is of, object): "Kept 90% of the 40 beds planted"."""
    unit: tuple[str, str, str, str]
    """(a bullet with {x}, a measure, the same in another unit, another measure in that unit)."""
    cause: tuple[str, str]
    """(a bullet, its verb in -ing form with the rest): the cause of `effect`."""
    effect: Result
    invented: Result
    """A result no sentence states, in words the resume has elsewhere."""
    praise: tuple[str, str, str]
    """(a bullet, who praised it (another bullet of the job says so), someone the resume names elsewhere)."""
    adopted: tuple[str, str, str]
    """(a bullet, who adopted it (another bullet says so), a body the resume names elsewhere)."""


DOMAINS: tuple[Restated, ...] = (
    Restated(
        name="wildland fire",
        person="Carmen Whitehorse",
        current=("Cascade Interagency Fire Crew", "Squad Boss", "2017-04", "2025-01"),
        earlier=("Okanogan Fire District 6", "Firefighter", "2013-05"),
        field="wildland fire suppression and prescribed burns",
        doing="Leads a squad on fire line and burn operations",
        skills=(
            "Chainsaw operation",
            "Fire line construction",
            "Weather observation",
            "GPS mapping",
            "Spanish",
        ),
        jd="Engine Captain. Supervise an engine crew, plan prescribed burns, keep the crew safe. Incident "
        "command experience and red card qualifications required.",
        agency=(
            "Sent daily fire reports to the {x}",
            "Department of Natural Resources",
            "DNR",
            "Natural Resources Department",
            "Department of Fish and Wildlife",
            "DFW",
        ),
        owned=("Planned the hikes for the {x}", "spring fitness test", "Okanogan Fire District 6"),
        product=("Ran the {x} pumps on the engine", "Mark-3 Wajax", "Wajax", "Honda"),
        model="Mark-3",
        spelled=("Scouted", 12, "drop points before the season"),
        digits=("Marked", 15, "safety zones on the burn units"),
        rounded=("Cleared", 2340, "feet of hand line on the Pioneer burn"),
        monthly=("Logged", 120, "weather readings"),
        share=("Finished", 45, 60, "burn plans before the deadline"),
        percent=("Kept", 90, 40, "engines in service all season"),
        unit=("Hiked {x} of fire line a day", "12 miles", "about 19 km", "30 km"),
        cause=(
            "Rebuilt the tool cache layout at the station",
            "rebuilding the tool cache layout at the station",
        ),
        effect=Result(
            "Cut",
            "cutting",
            "cut",
            "the time to load the engine",
            ("loading time", "fell"),
            "faster engine loading",
        ),
        invented=Result(
            "Cut",
            "cutting",
            "cut",
            "chainsaw repairs",
            ("chainsaw repairs", "fell"),
            "fewer chainsaw repairs",
        ),
        praise=("Wrote the burn plans for the spring season", "fire management officer", "district ranger"),
        adopted=(
            "Drew the evacuation maps for the valley",
            "county emergency office",
            "Okanogan Fire District 6",
        ),
    ),
    Restated(
        name="sterile processing",
        person="Anil Varghese",
        current=("Riverside General Hospital", "Sterile Processing Technician II", "2018-02", "2025-03"),
        earlier=("Lakeview Surgical Center", "Sterile Processing Aide", "2014-09"),
        field="decontamination and sterilization of surgical instruments",
        doing="Prepares instrument trays for the operating rooms",
        skills=(
            "Instrument assembly",
            "Steam sterilization",
            "Biological indicators",
            "Case carts",
            "Malayalam",
        ),
        jd="Lead Sterile Processing Technician. Oversee decontamination and assembly, train technicians, "
        "keep compliance with AAMI standards. CRCST required.",
        agency=(
            "Prepared records for the {x} survey",
            "Department of Health Services",
            "DHS",
            "Health Services Department",
            "Department of Labor and Industries",
            "DLI",
        ),
        owned=("Trained new hires for the {x}", "evening shift", "Lakeview Surgical Center"),
        product=("Ran the {x} processors for scopes", "Steris System 1E", "Steris", "Getinge"),
        model="System 1E",
        spelled=("Assembled", 8, "orthopedic trays every shift"),
        digits=("Checked", 14, "washer loads before release"),
        rounded=("Tracked", 1460, "loaner instruments through the system"),
        monthly=("Sterilized", 1200, "instrument trays"),
        share=("Passed", 18, 24, "tray audits without a defect"),
        percent=("Returned", 75, 40, "loaner sets within a day"),
        unit=("Ran sterilization cycles of {x}", "3 hours", "180 minutes", "240 minutes"),
        cause=(
            "Relabeled the shelves in the sterile storage room",
            "relabeling the shelves in the sterile storage room",
        ),
        effect=Result(
            "Reduced",
            "reducing",
            "reduce",
            "missing tray parts",
            ("missing tray parts", "fell"),
            "fewer missing tray parts",
        ),
        invented=Result(
            "Reduced",
            "reducing",
            "reduce",
            "washer breakdowns",
            ("washer breakdowns", "fell"),
            "fewer washer breakdowns",
        ),
        praise=(
            "Rewrote the tray count sheets for the orthopedic sets",
            "surgical services director",
            "infection control nurse",
        ),
        adopted=(
            "Built the loaner tracking log for the department",
            "Lakeview surgical team",
            "Department of Health Services",
        ),
    ),
    Restated(
        name="greenhouse growing",
        person="Ingrid Solberg",
        current=("Bright Valley Growers", "Head Grower", "2016-01", "2025-02"),
        earlier=("Hollandia Nursery", "Assistant Grower", "2011-03"),
        field="greenhouse vegetables and bedding plants",
        doing="Runs crop schedules for three glass houses",
        skills=(
            "Fertigation",
            "Integrated pest management",
            "Climate controls",
            "Crop scheduling",
            "Norwegian",
        ),
        jd="Greenhouse Manager. Plan crops, manage growers, run climate and irrigation systems. Hydroponics "
        "and food safety certification a plus.",
        agency=(
            "Passed inspections by the {x}",
            "Department of Agriculture",
            "DOA",
            "Agriculture Department",
            "Department of Ecology",
            "DOE",
        ),
        owned=("Set the watering schedule for the {x}", "tomato house", "Hollandia Nursery"),
        product=("Programmed the {x} climate computers", "Priva Connext", "Priva", "Hoogendoorn"),
        model="Connext",
        spelled=("Trialed", 6, "tomato varieties each spring"),
        digits=("Scouted", 16, "bays for pests each week"),
        rounded=("Transplanted", 3260, "pepper seedlings in one week"),
        monthly=("Shipped", 800, "flats of herbs"),
        share=("Sold", 27, 30, "spring crops before Mother's Day"),
        percent=("Kept", 80, 60, "benches in production through winter"),
        unit=("Ran the boiler on {x} of fuel a week", "500 gallons", "about 1,900 liters", "3,000 liters"),
        cause=("Moved the drip lines closer to the stems", "moving the drip lines closer to the stems"),
        effect=Result(
            "Lowered",
            "lowering",
            "lower",
            "water use per bench",
            ("water use per bench", "fell"),
            "lower water use",
        ),
        invented=Result(
            "Lowered",
            "lowering",
            "lower",
            "the heating bill",
            ("the heating bill", "fell"),
            "a lower heating bill",
        ),
        praise=("Wrote the pest scouting guide for the houses", "owner", "seed supplier"),
        adopted=(
            "Drew up the spray log for the glass houses",
            "Hollandia Nursery",
            "Department of Agriculture",
        ),
    ),
    Restated(
        name="escrow and title",
        person="Denise Okafor",
        current=("Summit Title & Escrow", "Escrow Officer", "2019-06", "2025-01"),
        earlier=("Pacific Coast Title Company", "Escrow Assistant", "2015-02"),
        field="residential escrow and title closings",
        doing="Closes home purchases and refinances",
        skills=("Settlement statements", "Wire verification", "Title commitments", "Qualia", "Yoruba"),
        jd="Senior Escrow Officer. Manage a pipeline of residential closings, review title, prevent wire fraud. "
        "Commercial escrow a plus.",
        agency=(
            "Filed reports with the {x}",
            "Department of Financial Protection",
            "DFP",
            "Financial Protection Department",
            "Department of Real Estate",
            "DRE",
        ),
        owned=("Reviewed wires for the {x}", "refinance desk", "Pacific Coast Title Company"),
        product=("Prepared closing packages in {x}", "SoftPro Select", "SoftPro", "RamQuest"),
        model="Select",
        spelled=("Trained", 5, "escrow assistants on wire checks"),
        digits=("Closed", 18, "refinances in one month"),
        rounded=("Recorded", 2470, "deeds with the county"),
        monthly=("Reviewed", 160, "title commitments"),
        share=("Closed", 36, 40, "purchases on the contract date"),
        percent=("Verified", 95, 200, "wire requests by phone"),
        unit=("Answered lender questions within {x}", "2 hours", "120 minutes", "30 minutes"),
        cause=("Built a checklist for payoff letters", "building a checklist for payoff letters"),
        effect=Result(
            "Cut",
            "cutting",
            "cut",
            "delayed closings",
            ("delayed closings", "fell"),
            "fewer delayed closings",
        ),
        invented=Result(
            "Cut",
            "cutting",
            "cut",
            "wire fraud attempts",
            ("wire fraud attempts", "fell"),
            "fewer wire fraud attempts",
        ),
        praise=("Wrote the closing guide for first-time buyers", "branch manager", "county recorder"),
        adopted=(
            "Built the wire call-back script for the office",
            "refinance desk",
            "Pacific Coast Title Company",
        ),
    ),
    Restated(
        name="ferry operations",
        person="Rory MacAulay",
        current=("Puget Sound Ferry Lines", "Mate", "2015-03", "2025-02"),
        earlier=("Orcas Island Water Taxi", "Deckhand", "2010-06"),
        field="passenger and vehicle ferry operations",
        doing="Stands watches and runs the car deck on a 140-car ferry",
        skills=("Radar navigation", "Line handling", "Vessel security", "First aid", "Gaelic"),
        jd="Chief Mate. Run deck operations, train deck crew, lead emergency drills. USCG license and STCW "
        "required.",
        agency=(
            "Kept the logs for the {x} audit",
            "Department of Transportation",
            "DOT",
            "Transportation Department",
            "Department of Homeland Security",
            "DHS",
        ),
        owned=("Ran fire drills for the {x}", "night crossing", "Orcas Island Water Taxi"),
        product=("Kept the {x} radars calibrated", "Furuno FAR-2228", "Furuno", "JRC"),
        model="FAR-2228",
        spelled=("Trained", 9, "deckhands in line handling"),
        digits=("Led", 11, "man-overboard drills in a season"),
        rounded=("Loaded", 1630, "vehicles on the holiday weekend"),
        monthly=("Made", 240, "crossings"),
        share=("Sailed", 54, 60, "crossings on schedule in August"),
        percent=("Filled", 85, 140, "car spaces on summer runs"),
        unit=(
            "Pumped {x} of bilge water after the storm",
            "800 gallons",
            "about 3,000 liters",
            "5,000 liters",
        ),
        cause=("Repainted the lane markings on the car deck", "repainting the lane markings on the car deck"),
        effect=Result(
            "Shortened",
            "shortening",
            "shorten",
            "loading time",
            ("loading time", "fell"),
            "shorter loading time",
        ),
        invented=Result(
            "Shortened",
            "shortening",
            "shorten",
            "the radar checks",
            ("the radar checks", "fell"),
            "shorter radar checks",
        ),
        praise=("Wrote the car deck safety card", "port captain", "water taxi owner"),
        adopted=("Wrote the lifejacket count sheet", "sister vessels", "Department of Transportation"),
    ),
    Restated(
        name="court reporting",
        person="Yolanda Pruitt",
        current=("Harris County District Courts", "Official Court Reporter", "2016-09", "2025-03"),
        earlier=("Bayou Deposition Services", "Freelance Court Reporter", "2011-01"),
        field="realtime court and deposition reporting",
        doing="Writes the record of trials and hearings in realtime",
        skills=(
            "Realtime writing",
            "Case CATalyst",
            "Transcript production",
            "Legal terminology",
            "Vietnamese",
        ),
        jd="Official Court Reporter. Produce certified transcripts, provide realtime to judges, keep exhibits. "
        "CSR license and RPR required.",
        agency=(
            "Delivered appeal transcripts to the {x}",
            "Court of Criminal Appeals",
            "CCA",
            "Criminal Appeals Court",
            "Board of Court Reporting",
            "BCR",
        ),
        owned=("Covered the dockets for the {x}", "family court", "Bayou Deposition Services"),
        product=("Wrote on a {x} steno machine", "Stenograph Luminex", "Stenograph", "ProCAT"),
        model="Luminex",
        spelled=("Covered", 7, "murder trials in one year"),
        digits=("Produced", 13, "daily transcripts during the trial"),
        rounded=("Wrote", 1850, "pages of transcript in one trial"),
        monthly=("Delivered", 60, "transcripts"),
        share=("Delivered", 38, 40, "appeal records before the deadline"),
        percent=("Marked", 70, 300, "exhibits on the first day"),
        unit=("Wrote hearings of up to {x} without a break", "2 hours", "120 minutes", "150 minutes"),
        cause=(
            "Built a word list for each trial's witnesses",
            "building a word list for each trial's witnesses",
        ),
        effect=Result(
            "Cut",
            "cutting",
            "cut",
            "transcript errors",
            ("transcript errors", "fell"),
            "fewer transcript errors",
        ),
        invented=Result(
            "Cut", "cutting", "cut", "exhibit delays", ("exhibit delays", "fell"), "fewer exhibit delays"
        ),
        praise=("Wrote the realtime setup guide for the courtrooms", "presiding judge", "deposition client"),
        adopted=("Built the exhibit index template", "family court", "Bayou Deposition Services"),
    ),
)


def _count(verb: str, n: int, obj: str, spelled: bool = False) -> str:
    return f"{verb} {words(n) if spelled else f'{n:,}'} {obj}"


def _current(d: Restated) -> list[str]:
    """The current job's bullets: every fact a family restates, and the sentences that say its results."""
    owned, team, _ = d.owned
    bullet, full, *_ = d.product
    verb, part, whole, obj = d.share
    pverb, percent, pwhole, pobj = d.percent
    return [
        owned.format(x=team),
        bullet.format(x=full),
        _count(*d.spelled, spelled=True),
        _count(*d.digits),
        _count(*d.rounded),
        f"{_count(*d.monthly)} a month",
        f"{verb} {part} of {whole} {obj}",
        f"{pverb} {percent}% of the {pwhole} {pobj}",
        d.unit[0].format(x=d.unit[1]),
        d.cause[0],
        f"{d.effect.past} {d.effect.obj}",
        d.praise[0],
        f"Praised by the {d.praise[1]} for the work",
        d.adopted[0],
        f"The {d.adopted[1]} adopted it",
    ]


def _earlier(d: Restated) -> list[str]:
    """The job before: the body, the others and the words the lies borrow."""
    return [
        d.agency[0].format(x=d.agency[1]),
        f"Worked with the {d.praise[2]} on {d.invented.obj}",
        f"Sent weekly reports to the {d.adopted[2]}",
    ]


def _name(d: Restated) -> list[Row]:
    bullet, full, initials, reordered, other, other_initials = d.agency
    src = bullet.format(x=full)
    owned, team, other_owner = d.owned
    own = owned.format(x=team)
    employer = d.current[0]
    product, maker_full, maker, other_maker = d.product
    tool = product.format(x=maker_full)
    return [
        (FAITHFUL, "name: initials", src, bullet.format(x=initials)),
        (FAITHFUL, "name: full and initials", src, bullet.format(x=f"{full} ({initials})")),
        (
            FAITHFUL,
            "name: a word abbreviated",
            src,
            bullet.format(x=full.replace("Department", "Dept.").replace("Court", "Ct.")),
        ),
        (FAITHFUL, "name: reordered", src, bullet.format(x=reordered)),
        (FAITHFUL, "name: lower case", src, bullet.format(x=full.lower())),
        ("organization", "name: initials", src, bullet.format(x=other_initials)),
        ("organization", "name: full", src, bullet.format(x=other)),
        (
            "organization",
            "name: reordered",
            src,
            bullet.format(x=other.split(" of ", 1)[1] + " " + other.split(" of ", 1)[0]),
        ),
        (
            FAITHFUL,
            "name: the employer's possessive",
            own,
            owned.replace("the {x}", "{x}").format(x=f"{employer}'s {team}"),
        ),
        (
            "organization",
            "name: the employer's possessive",
            own,
            owned.replace("the {x}", "{x}").format(x=f"{other_owner}'s {team}"),
        ),
        (FAITHFUL, "name: the maker's family", tool, product.format(x=maker)),
        (FAITHFUL, "name: the model alone", tool, product.format(x=d.model)),
        ("organization", "name: the maker's family", tool, product.format(x=other_maker)),
        ("organization", "name: another maker's model", tool, product.format(x=f"{other_maker} {d.model}")),
    ]


def _number(d: Restated) -> list[Row]:
    sverb, sn, sobj = d.spelled
    spelled = _count(sverb, sn, sobj, spelled=True)
    dverb, dn, dobj = d.digits
    digits = _count(dverb, dn, dobj)
    rverb, rn, robj = d.rounded
    rounded = _count(rverb, rn, robj)
    floor = rn - rn % 100
    mverb, mn, mobj = d.monthly
    monthly = f"{_count(mverb, mn, mobj)} a month"
    verb, part, whole, obj = d.share
    share = f"{verb} {part} of {whole} {obj}"
    pverb, percent, pwhole, pobj = d.percent
    of = f"{pverb} {percent}% of the {pwhole} {pobj}"
    counted = percent * pwhole // 100
    bullet, measure, converted, other = d.unit
    unit = bullet.format(x=measure)
    rows: list[Row] = [
        (FAITHFUL, "number: words as digits", spelled, _count(sverb, sn, sobj)),
        ("number", "number: words as digits", spelled, _count(sverb, sn + 3, sobj)),
        (FAITHFUL, "number: digits as words", digits, _count(dverb, dn, dobj, spelled=True)),
        ("number", "number: digits as words", digits, _count(dverb, dn + 4, dobj, spelled=True)),
        (FAITHFUL, "number: over, rounded", rounded, f"{rverb} over {floor:,} {robj}"),
        (FAITHFUL, "number: roughly", rounded, f"{rverb} roughly {floor:,} {robj}"),
        (FAITHFUL, "number: thousands as K", rounded, f"{rverb} {rn / 1000:.1f}K {robj}"),
        ("number", "number: over, rounded", rounded, f"{rverb} over {floor + 600:,} {robj}"),
        ("number", "number: thousands as K", rounded, f"{rverb} {rn / 1000 + 0.9:.1f}K {robj}"),
        (FAITHFUL, "number: per week", monthly, f"{mverb} about {mn // 4:,} {mobj} a week"),
        (FAITHFUL, "number: per year", monthly, f"{mverb} {mn * 12:,} {mobj} a year"),
        ("number", "number: per week", monthly, f"{mverb} about {mn:,} {mobj} a week"),
        ("number", "number: per year", monthly, f"{mverb} {mn * 30:,} {mobj} a year"),
        (
            FAITHFUL,
            "number: share as a percent",
            share,
            f"{verb} {round(100 * part / whole)}% of {whole} {obj}",
        ),
        (
            "number",
            "number: share as a percent",
            share,
            f"{verb} {round(100 * part / whole) + 7}% of {whole} {obj}",
        ),
        (FAITHFUL, "number: percent as a count", of, f"{pverb} {counted} of the {pwhole} {pobj}"),
        ("number", "number: percent as a count", of, f"{pverb} {counted + 5} of the {pwhole} {pobj}"),
        (FAITHFUL, "number: another unit", unit, bullet.format(x=converted)),
        (FAITHFUL, "number: both units", unit, bullet.format(x=f"{measure} ({converted})")),
        ("number", "number: another unit", unit, bullet.format(x=other)),
    ]
    if sn == 12:
        rows.append((FAITHFUL, "number: a dozen", spelled, f"{sverb} a dozen {sobj}"))
    return rows


def _consequence(d: Restated) -> list[Row]:
    src, cause_ing = d.cause
    rows: list[Row] = []
    for r, kind in ((d.effect, FAITHFUL), (d.invented, "other")):
        subject, falls = r.falls
        rows += [
            (kind, "consequence: participle", src, f"{src}, {r.ing} {r.obj}"),
            (kind, "consequence: which", src, f"{src}, which {r.past.lower()} {r.obj}"),
            (kind, "consequence: led to", src, f"{src}, which led to {r.noun}"),
            (kind, "consequence: purpose", src, f"{src} to {r.base} {r.obj}"),
            (kind, "consequence: result first", src, f"{r.past} {r.obj} after {cause_ing}"),
            (kind, "consequence: clause of its own", src, f"{src}; {subject} {falls} as a result"),
            (kind, "consequence: so", src, f"{src}, so {subject} {falls}"),
        ]
    return rows


def _outcome(d: Restated) -> list[Row]:
    src, praiser, someone = d.praise
    act, adopter, body = d.adopted
    rows: list[Row] = []
    for who, kind in ((praiser, FAITHFUL), (someone, "other")):
        rows += [
            (kind, "outcome: earning praise", src, f"{src}, earning praise from the {who}"),
            (kind, "outcome: praised by", src, f"{src}, praised by the {who}"),
        ]
    for who, kind in ((adopter, FAITHFUL), (body, "other")):
        rows += [
            (kind, "outcome: adopted by", act, f"{act}, later adopted by the {who}"),
            (kind, "outcome: which adopted", act, f"{act}, which the {who} adopted"),
        ]
    return rows


FAMILIES = {"name": _name, "number": _number, "consequence": _consequence, "outcome": _outcome}


def restated_domains() -> dict[str, Domain]:
    return domains_of(DOMAINS, _current, _earlier)


def restated_cases() -> list[Case]:
    """The part's cases (templates and families in claims_twins.TEMPLATES and FAMILY_OF)."""
    return cases_of(PART, DOMAINS, _current, _earlier, FAMILIES)
