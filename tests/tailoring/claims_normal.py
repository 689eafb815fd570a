"""The "normal" part of the truth guard's evaluation, written before the rules of round 14, over six
domains no other part uses (ski patrol, vineyard management, elevator installation, museum
conservation, aquarium husbandry, farmstead cheesemaking).

Four rounds of rules fixed one wording at a time and did not carry to the never-read parts. This part
asks for one normal form per kind of claim instead, each faithful form with a twin that changes one
claim:

- result: a change the job states, said the way models say it: the same change with the metric
  reworded by a synonym ("errors" as "mistakes"), a phrasal verb ("brought ... down", "drove ... up"),
  a speed for a time ("sped up" for "cut the time to"), a noun ("for a 20% drop in"), a clause of its
  own ("; ... fell 20%"), the result first ("Cut ... 20% through ..."); twins: the same form with a
  metric nobody says changed, or the change turned the other way;
- time: a duration or period in another unit ("within one day" as "within 24 hours", "every 30
  minutes" as "every half hour" or "twice an hour", "18 months" as "a year and a half", "90 minutes"
  as "an hour and a half"); twins: the same form with another figure;
- share: a count of a whole as a fraction in words ("3 of the 4" as "three-quarters of the", "2 of
  3" as "two-thirds of"), money in words ("$1.5M" as "$1.5 million", "one and a half million
  dollars"); twins: another fraction, every one of them, another sum;
- name: a name written another way ("Kühne + Nagel" as "Kuehne+Nagel" or "Kuhne & Nagel", a
  hyphenated compound spaced or glued, an initialism spelled out, "and" and all: "Occupational Safety
  and Health Administration" for "OSHA"); twins: another body, another initialism spelled out.

The templates, not the guard, decide the labels; cases are deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.tailoring.claims_eval import FAITHFUL, Case, Domain
from tests.tailoring.claims_twins import Row
from tests.tailoring.claims_unseen import TwoJobs, cases_of, domains_of

PART = "normal"


@dataclass(frozen=True)
class Result:
    """A bullet that did something and cut (or raised) a metric by a share: "Rebuilt the beacon check at
    the lift base, cutting missed checks by 40%"."""

    means: str
    """What was done, as a bullet ("Rebuilt the beacon check at the lift base")."""
    means_ing: str
    """The same, led by its -ing form ("rebuilding the beacon check at the lift base")."""
    down: bool
    """The change lowers the metric (True) or raises it."""
    metric: str
    synonym: str
    """The metric in other words of the same meaning ("missed checks" as "skipped checks")."""
    other: str
    """A metric the resume names elsewhere that nobody says changed."""
    pct: int


@dataclass(frozen=True)
class Speed:
    """A bullet cutting the time a task takes: ("Cut the time to {x} from 40 to 25 minutes", the task,
    another task the resume names)."""

    bullet: str
    task: str
    other: str


@dataclass(frozen=True)
class Normal(TwoJobs):
    result: Result
    speed: Speed
    took: tuple[str, int, int, str]
    """(a time the job took from one figure to a lower one, the figures, the unit)."""
    day: str
    """A bullet with {x} for "within one day"."""
    every: str
    """A bullet with {x} for "every 30 minutes"."""
    months: str
    """A bullet with {x} for "18-month"/"over 18 months"."""
    hours: str
    """A bullet with {x} for "in 90 minutes"."""
    share: tuple[str, str]
    """(a bullet with {x} for "at 3 of the 4", the places)."""
    thirds: tuple[str, str]
    """(a bullet with {x} for "2 of the 3", the things)."""
    money: str
    """A bullet with {x} for "$1.5M"."""
    compound: tuple[str, str, str, str]
    """(a bullet with {x}, a hyphenated compound name, the same spaced, another body)."""
    umlaut: tuple[str, str, str, str, str]
    """(a bullet with {x}, a name with an umlaut and a joiner, folded, with "&", another body)."""
    initials: tuple[str, str, str, str]
    """(a bullet with {x}, an initialism the source uses, it spelled out, another body spelled out)."""


DOMAINS: tuple[Normal, ...] = (
    Normal(
        name="ski patrol",
        person="Henrik Aaltonen",
        current=("Granite Peak Resort", "Senior Ski Patroller", "2017-11", "2025-03"),
        earlier=("Ruka Hiihtokeskus", "Ski Patroller", "2012-12"),
        field="avalanche safety and first response on the mountain",
        doing="Keeps skiers safe from opening to sweep",
        skills=(
            "Avalanche control",
            "Toboggan handling",
            "Beacon searches",
            "Outdoor emergency care",
            "Finnish",
        ),
        jd="Patrol Supervisor. Lead patrollers, run avalanche control, keep incident records. OEC required.",
        result=Result(
            "Rebuilt the beacon check at the lift base",
            "rebuilding the beacon check at the lift base",
            True,
            "missed beacon checks",
            "skipped beacon checks",
            "toboggan repairs",
            40,
        ),
        speed=Speed("Cut the time to {x} from 40 to 25 minutes", "reach an injured skier", "sweep the runs"),
        took=("the wait for a rescue sled", 20, 12, "minutes"),
        day="Filed incident reports {x}",
        every="Checked the summit weather station {x}",
        months="Ran the {x} rollout of new radios",
        hours="Cleared the terrain park of hazards {x}",
        share=("Ran avalanche drills {x} {p}", "lift zones"),
        thirds=("Certified {x} {p} in outdoor emergency care", "new patrollers"),
        money="Managed a {x} budget for patrol gear",
        compound=("Ran joint drills with {x}", "Bergwacht-Tirol", "Bergwacht Tirol", "Alpine Rescue Austria"),
        umlaut=(
            "Bought avalanche probes from {x}",
            "Förster + Söhne",
            "Foerster+Soehne",
            "Forster & Sohne",
            "Mammut Gear",
        ),
        initials=(
            "Kept patrol logs to {x} standards",
            "OSHA",
            "Occupational Safety and Health Administration",
            "Mine Safety and Health Administration",
        ),
    ),
    Normal(
        name="vineyard management",
        person="Beatriz Salgueiro",
        current=("Stone Creek Vineyards", "Vineyard Manager", "2016-02", "2025-01"),
        earlier=("Quinta do Vale Meão", "Vineyard Technician", "2011-03"),
        field="wine grape growing and harvest planning",
        doing="Runs the vineyard from pruning to crush",
        skills=("Canopy management", "Drip irrigation", "Harvest scheduling", "Spray records", "Portuguese"),
        jd="Director of Vineyard Operations. Run crews, plan harvest, manage irrigation and spray programs.",
        result=Result(
            "Moved the spray program to weather-timed passes",
            "moving the spray program to weather-timed passes",
            True,
            "mildew losses",
            "mildew damage",
            "tractor fuel use",
            30,
        ),
        speed=Speed("Cut the time to {x} from 6 to 4 days", "pick a block", "prune a block"),
        took=("the lag between picking and crush", 10, 4, "hours"),
        day="Sent sugar readings to the winery {x}",
        every="Logged soil moisture {x}",
        months="Led the {x} replant of the north block",
        hours="Calibrated the sprayer {x}",
        share=("Installed drip irrigation {x} {p}", "blocks"),
        thirds=("Trained {x} {p} on canopy work", "seasonal crews"),
        money="Managed a {x} harvest budget",
        compound=("Sold fruit to {x}", "Weingut-Rheinhessen", "Weingut Rheinhessen", "Napa Crush Co"),
        umlaut=(
            "Bought trellis wire from {x}",
            "Müller + Töchter",
            "Mueller+Toechter",
            "Muller & Tochter",
            "Vine Supply Co",
        ),
        initials=(
            "Kept spray records to {x} rules",
            "EPA",
            "Environmental Protection Agency",
            "Food and Drug Administration",
        ),
    ),
    Normal(
        name="elevator installation",
        person="Dariusz Nowicki",
        current=("Vertical Line Elevator", "Lead Elevator Mechanic", "2015-05", "2025-02"),
        earlier=("Windy Zakład Montażu", "Elevator Apprentice", "2010-09"),
        field="installing and modernizing passenger elevators",
        doing="Installs cars, rails and controllers in new towers",
        skills=("Rail alignment", "Controller wiring", "Hoistway safety", "Load testing", "Polish"),
        jd="Elevator Superintendent. Lead install crews, plan jobs, pass state inspections.",
        result=Result(
            "Added a rail alignment check before each car set",
            "adding a rail alignment check before each car set",
            True,
            "callback visits",
            "return visits",
            "controller faults",
            35,
        ),
        speed=Speed("Cut the time to {x} from 10 to 7 days", "install a car", "wire a controller"),
        took=("the wait for a service call", 6, 2, "hours"),
        day="Answered building manager calls {x}",
        every="Checked the hoistway barricades {x}",
        months="Ran the {x} modernization of the Pine Street tower",
        hours="Ran each load test {x}",
        share=("Led the install crews {x} {p}", "towers"),
        thirds=("Passed {x} {p} on the first try", "state inspections"),
        money="Managed a {x} modernization budget",
        compound=("Bought controllers from {x}", "Hubwerk-Technik", "Hubwerk Technik", "Lift Parts Direct"),
        umlaut=(
            "Ordered rails from {x}",
            "Kühne + Nagel",
            "Kuehne+Nagel",
            "Kuhne & Nagel",
            "DB Schenker",
        ),
        initials=(
            "Installed cars to {x} code",
            "ASME",
            "American Society of Mechanical Engineers",
            "American Society of Civil Engineers",
        ),
    ),
    Normal(
        name="museum conservation",
        person="Océane Marchetti",
        current=("Riverside Art Museum", "Associate Conservator", "2018-09", "2025-03"),
        earlier=("Musée des Beaux-Arts", "Conservation Assistant", "2013-10"),
        field="paintings conservation and collection care",
        doing="Treats paintings and watches over the galleries' climate",
        skills=("Varnish removal", "Inpainting", "Climate monitoring", "Condition reports", "French"),
        jd="Head Conservator. Lead treatments, manage conservation staff, oversee loans and climate.",
        result=Result(
            "Moved the humidifiers to a sensor-driven schedule",
            "moving the humidifiers to a sensor-driven schedule",
            True,
            "humidity swings",
            "humidity fluctuations",
            "loan requests",
            50,
        ),
        speed=Speed("Cut the time to {x} from 8 to 5 days", "write a condition report", "frame a loan"),
        took=("the turnaround for crate paperwork", 15, 6, "days"),
        day="Answered curator questions {x}",
        every="Read the gallery hygrometers {x}",
        months="Ran the {x} survey of the print room",
        hours="Checked each crate on arrival {x}",
        share=("Set up climate loggers {x} {p}", "galleries"),
        thirds=("Treated {x} {p} before the show", "loaned paintings"),
        money="Managed a {x} conservation grant",
        compound=("Borrowed lights from {x}", "Licht-Atelier", "Licht Atelier", "Gallery Light Co"),
        umlaut=(
            "Bought varnish from {x}",
            "Kremer + Söhne",
            "Kremer+Soehne",
            "Kremer & Sohne",
            "Winsor Conservation",
        ),
        initials=(
            "Wrote treatment reports to {x} guidelines",
            "AIC",
            "American Institute for Conservation",
            "American Institute of Architects",
        ),
    ),
    Normal(
        name="aquarium husbandry",
        person="Kaimana Akana",
        current=("Pacific Coast Aquarium", "Senior Aquarist", "2016-04", "2025-01"),
        earlier=("Waikīkī Aquarium", "Aquarist", "2011-06"),
        field="marine life care and exhibit water quality",
        doing="Keeps fish and invertebrates healthy on exhibit",
        skills=("Water chemistry", "Life support systems", "Quarantine", "Dive safety", "Hawaiian"),
        jd="Curator of Fishes. Lead aquarists, run quarantine, manage life support and collections.",
        result=Result(
            "Switched the reef tanks to daily nitrate tests",
            "switching the reef tanks to daily nitrate tests",
            True,
            "coral losses",
            "coral deaths",
            "diver hours",
            45,
        ),
        speed=Speed("Cut the time to {x} from 30 to 21 days", "clear a fish from quarantine", "refit a tank"),
        took=("the lag on water test results", 48, 18, "hours"),
        day="Sent water test results to the vet {x}",
        every="Checked the life support pumps {x}",
        months="Led the {x} rebuild of the kelp exhibit",
        hours="Ran each tank changeover {x}",
        share=("Set up auto feeders {x} {p}", "galleries"),
        thirds=("Trained {x} {p} on life support", "new aquarists"),
        money="Managed a {x} exhibit budget",
        compound=("Traded fish with {x}", "Meeres-Zentrum", "Meeres Zentrum", "Ocean Life Trust"),
        umlaut=(
            "Ordered pumps from {x}",
            "Böhm + Jäger",
            "Boehm+Jaeger",
            "Bohm & Jager",
            "Reef Pumps Inc",
        ),
        initials=(
            "Kept the exhibits to {x} standards",
            "AZA",
            "Association of Zoos and Aquariums",
            "Association of Marine Laboratories",
        ),
    ),
    Normal(
        name="farmstead cheesemaking",
        person="Annelies Vermeulen",
        current=("Hollow Brook Creamery", "Head Cheesemaker", "2017-03", "2025-02"),
        earlier=("Kaasboerderij De Wei", "Cheesemaker", "2012-04"),
        field="raw-milk cheese and cave aging",
        doing="Makes and ages cheese from the farm's own milk",
        skills=("Cave aging", "Rennet coagulation", "Brine salting", "HACCP", "Dutch"),
        jd="Creamery Manager. Lead the make room, manage aging caves, keep food safety records.",
        result=Result(
            "Moved brining to a timed schedule",
            "moving brining to a timed schedule",
            True,
            "rind defects",
            "rind flaws",
            "milk deliveries",
            25,
        ),
        speed=Speed("Cut the time to {x} from 90 to 60 minutes", "mill a vat of curd", "wash a cave shelf"),
        took=("the brining time per wheel", 14, 10, "hours"),
        day="Answered wholesale orders {x}",
        every="Turned the young wheels {x}",
        months="Ran the {x} build-out of the second cave",
        hours="Cleaned the make room {x}",
        share=("Installed humidity sensors {x} {p}", "caves"),
        thirds=("Trained {x} {p} on brine salting", "new hires"),
        money="Managed a {x} cave expansion budget",
        compound=("Sold wheels to {x}", "Käse-Haus", "Käse Haus", "Cheese Barn Co"),
        umlaut=(
            "Bought cultures from {x}",
            "Müller + Söhne",
            "Mueller+Soehne",
            "Muller & Sohne",
            "Dairy Cultures Ltd",
        ),
        initials=(
            "Kept make records to {x} rules",
            "FDA",
            "Food and Drug Administration",
            "Federal Aviation Administration",
        ),
    ),
)


def _result_bullet(r: Result) -> str:
    verb = "cutting" if r.down else "raising"
    return f"{r.means}, {verb} {r.metric} by {r.pct}%"


def _speed_bullet(s: Speed) -> str:
    return s.bullet.format(x=s.task)


def _share(d: Normal) -> str:
    bullet, places = d.share
    return bullet.format(x="at 3 of the 4", p=places)


def _thirds(d: Normal) -> str:
    bullet, things = d.thirds
    return bullet.format(x="2 of the 3", p=things)


def _current(d: Normal) -> list[str]:
    """The current job's bullets: every fact a family restates."""
    return [
        _result_bullet(d.result),
        _speed_bullet(d.speed),
        _took(d),
        d.day.format(x="within one day"),
        d.every.format(x="every 30 minutes"),
        d.months.format(x="18-month"),
        d.hours.format(x="in 90 minutes"),
        _share(d),
        _thirds(d),
        d.money.format(x="$1.5M"),
        d.compound[0].format(x=d.compound[1]),
        d.umlaut[0].format(x=d.umlaut[1]),
        d.initials[0].format(x=d.initials[1]),
        f"Kept the {d.result.other} log",
        f"Helped {d.speed.other} when short-staffed",
    ]


def _earlier(d: Normal) -> list[str]:
    return ["Learned the trade under a senior mentor", "Kept the daily logs"]


def _result(d: Normal) -> list[Row]:
    r = d.result
    src = _result_bullet(r)
    down, up = ("Cut", "cutting"), ("Raised", "raising")
    past, ing = down if r.down else up
    wrong_past, wrong_ing = up if r.down else down
    phrasal = ("bringing", "down") if r.down else ("driving", "up")
    fell = "fell" if r.down else "rose"
    drop = "drop" if r.down else "rise"
    rows: list[Row] = []
    for kind, metric in ((FAITHFUL, r.synonym), ("other", r.other)):
        rows += [
            (kind, "result: synonym, participle", src, f"{r.means}, {ing} {metric} by {r.pct}%"),
            (kind, "result: synonym, result first", src, f"{past} {metric} by {r.pct}% by {r.means_ing}"),
        ]
    for kind, metric in ((FAITHFUL, r.metric), ("other", r.other)):
        rows += [
            (kind, "result: phrasal verb", src, f"{r.means}, {phrasal[0]} {metric} {phrasal[1]} {r.pct}%"),
            (kind, "result: a noun", src, f"{r.means}, for a {r.pct}% {drop} in {metric}"),
            (kind, "result: own clause", src, f"{r.means}; {metric} {fell} {r.pct}%"),
            (kind, "result: first, through", src, f"{past} {metric} {r.pct}% through {r.means_ing}"),
        ]
    rows += [
        ("other", "result: turned the other way", src, f"{r.means}, {wrong_ing} {r.metric} by {r.pct}%"),
        (
            "other",
            "result: turned, result first",
            src,
            f"{wrong_past} {r.metric} by {r.pct}% by {r.means_ing}",
        ),
    ]
    s = d.speed
    speed_src = _speed_bullet(s)
    for kind, task in ((FAITHFUL, s.task), ("other", s.other)):
        rows += [
            (kind, "speed: sped up", speed_src, f"Sped up the time to {task}"),
            (kind, "speed: faster", speed_src, f"Made it faster to {task}"),
            (kind, "speed: shortened", speed_src, f"Shortened the time it takes to {task}"),
        ]
    return rows


def _stated(d: Normal) -> list[Row]:
    """A change the job states by its figures ("Took ... from 40 to 25 minutes", "..., up from 85%") or by a
    multiplier ("Quadrupled ..."), restated with a verb of change, or as improved; twins: the change
    turned the other way, or claimed of a thing the job names only apart from any change."""
    thing, high, low, unit = d.took
    took = _took(d)
    r = d.result
    return [
        (FAITHFUL, "stated: from-to, verb of change", took, f"Reduced {thing} from {high} to {low} {unit}"),
        (FAITHFUL, "stated: from-to, improved", took, f"Improved {thing} from {high} to {low} {unit}"),
        ("other", "stated: from-to, turned", took, f"Raised {thing} from {high} to {low} {unit}"),
        ("other", "stated: of another thing", took, f"Reduced {r.other}"),
        (
            FAITHFUL,
            "stated: multiplier",
            _result_bullet(r),
            f"Cut {r.metric} by {r.pct}% through {r.means_ing}",
        ),
    ]


def _took(d: Normal) -> str:
    thing, high, low, unit = d.took
    return f"Took {thing} from {high} to {low} {unit}"


def _time(d: Normal) -> list[Row]:
    day, every, months, hours = (
        d.day.format(x="within one day"),
        d.every.format(x="every 30 minutes"),
        d.months.format(x="18-month"),
        d.hours.format(x="in 90 minutes"),
    )
    return [
        (FAITHFUL, "time: a day in hours", day, d.day.format(x="within 24 hours")),
        ("number", "time: a day in hours", day, d.day.format(x="within 12 hours")),
        (FAITHFUL, "time: a day, a business day", day, d.day.format(x="within a day")),
        ("number", "time: a day, a business day", day, d.day.format(x="within an hour")),
        (FAITHFUL, "time: half an hour", every, d.every.format(x="every half hour")),
        ("number", "time: half an hour", every, d.every.format(x="every quarter hour")),
        (FAITHFUL, "time: twice an hour", every, d.every.format(x="twice an hour")),
        ("number", "time: twice an hour", every, d.every.format(x="four times an hour")),
        (FAITHFUL, "time: year and a half", months, d.months.format(x="year-and-a-half")),
        ("number", "time: year and a half", months, d.months.format(x="two-and-a-half-year")),
        (FAITHFUL, "time: months in words", months, d.months.format(x="eighteen-month")),
        ("number", "time: months in words", months, d.months.format(x="twenty-month")),
        (FAITHFUL, "time: hour and a half", hours, d.hours.format(x="in an hour and a half")),
        ("number", "time: hour and a half", hours, d.hours.format(x="in half an hour")),
        (FAITHFUL, "time: minutes as hours", hours, d.hours.format(x="in 1.5 hours")),
        ("number", "time: minutes as hours", hours, d.hours.format(x="in 2.5 hours")),
    ]


def _shares(d: Normal) -> list[Row]:
    bullet, places = d.share
    tb, things = d.thirds
    share, thirds, money = _share(d), _thirds(d), d.money.format(x="$1.5M")
    return [
        (FAITHFUL, "share: three-quarters", share, bullet.format(x="at three-quarters of the", p=places)),
        ("number", "share: three-quarters", share, bullet.format(x="at half of the", p=places)),
        (FAITHFUL, "share: three of four", share, bullet.format(x="at three of the four", p=places)),
        ("scope", "share: three of four", share, bullet.format(x="at all four", p=places)),
        (FAITHFUL, "share: 75%", share, bullet.format(x="at 75% of the", p=places)),
        ("number", "share: 75%", share, bullet.format(x="at 50% of the", p=places)),
        (FAITHFUL, "share: two-thirds", thirds, tb.format(x="two-thirds of the", p=things)),
        ("number", "share: two-thirds", thirds, tb.format(x="a third of the", p=things)),
        (FAITHFUL, "money: million", money, d.money.format(x="$1.5 million")),
        ("number", "money: million", money, d.money.format(x="$2.5 million")),
        (FAITHFUL, "money: in words", money, d.money.format(x="one-and-a-half-million-dollar")),
        ("number", "money: in words", money, d.money.format(x="two-and-a-half-million-dollar")),
    ]


def _names(d: Normal) -> list[Row]:
    cb, compound, spaced, other = d.compound
    ub, umlaut, folded, ampersand, other_u = d.umlaut
    ib, initials, spelled, other_i = d.initials
    glued = compound.replace("-", "")
    return [
        (FAITHFUL, "name: compound spaced", cb.format(x=compound), cb.format(x=spaced)),
        (FAITHFUL, "name: compound glued", cb.format(x=compound), cb.format(x=glued)),
        ("organization", "name: compound spaced", cb.format(x=compound), cb.format(x=other)),
        (FAITHFUL, "name: umlaut folded", ub.format(x=umlaut), ub.format(x=folded)),
        (FAITHFUL, "name: ampersand", ub.format(x=umlaut), ub.format(x=ampersand)),
        ("organization", "name: umlaut folded", ub.format(x=umlaut), ub.format(x=other_u)),
        (FAITHFUL, "name: initials spelled out", ib.format(x=initials), ib.format(x=spelled)),
        (
            FAITHFUL,
            "name: spelled out, initials after",
            ib.format(x=initials),
            ib.format(x=f"{spelled} ({initials})"),
        ),
        ("organization", "name: initials spelled out", ib.format(x=initials), ib.format(x=other_i)),
        (
            "organization",
            "name: spelled out, initials after",
            ib.format(x=initials),
            ib.format(x=f"{other_i} ({initials})"),
        ),
    ]


FAMILIES = {"result": _result, "stated": _stated, "time": _time, "share": _shares, "name": _names}


def normal_domains() -> dict[str, Domain]:
    return domains_of(DOMAINS, _current, _earlier)


def normal_cases() -> list[Case]:
    """The part's cases (templates and families in claims_twins.TEMPLATES and FAMILY_OF)."""
    return cases_of(PART, DOMAINS, _current, _earlier, FAMILIES)
