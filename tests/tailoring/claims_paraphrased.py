"""The "paraphrased" part of the truth guard's evaluation, written before the rules of round 13, over
six domains no other part uses (commercial beekeeping, orchestra operations, locksmithing, hydrographic
survey, wind turbine service, funeral service).

Three rounds of rules written against the readable parts did not carry to the never-read ones. This
part is the outside author's view of what a real model does: true rewrites that the guard reads as a
claim, and embellishments that no claim kind names. Each faithful form has a twin that changes one
claim, so a rule is measured both ways:

- purpose: a result the bullet states, restated as its purpose ("to cut", "so that ... fell",
  "helping cut", "in order to"); twin: a result nobody states, in the same forms. And a purpose the
  source states ("to cut ...") kept as a purpose, its twin claiming it achieved ("cutting ...");
- factor: a change stated from one figure to another, restated as a factor ("tripled", "threefold",
  "by 200%", "3x", "halved", "by half", "by 50%"), and a total over places restated per place; twin:
  the same form with another figure;
- title: the job's title abbreviated ("Sr.", "Asst."), in lower case, in the summary or a bullet
  ("As the ..."); twin: a higher title in the same place;
- scope: a scope the source states ("at all 6 yards", "from intake to burial") paraphrased ("at every
  yard", "across all six yards", "end to end", "from start to finish"); twin: the same paraphrase over
  a bullet whose scope is one place or one step;
- name: a body the earlier job names in its own language, given in English (and both); twin: another
  body in English;
- added: what a recruiter could check that no word class names: one more object ("the hive and
  queen-rearing records"), the earlier employer moved into the current job; twin: the same sentence
  naming only what the source has.

The templates, not the guard, decide the labels; cases are deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.tailoring.claims_eval import FAITHFUL, Case, Domain
from tests.tailoring.claims_forms import words
from tests.tailoring.claims_twins import Row
from tests.tailoring.claims_unseen import TwoJobs, cases_of, domains_of, summary_of

PART = "paraphrased"


@dataclass(frozen=True)
class Change:
    """A change of a thing: (past, -ing, base, object, the object as a subject, its intransitive verb
    in the past): "Cut", "cutting", "cut", "queen losses", "queen losses", "fell"."""

    past: str
    ing: str
    base: str
    obj: str
    subject: str
    fell: str


@dataclass(frozen=True)
class Paraphrased(TwoJobs):
    act: str
    """A plain bullet of the current job whose result `effect` the same bullet states."""
    effect: Change
    invented: Change
    """A result nobody states, in words the resume has elsewhere."""
    aim: tuple[str, Change]
    """(a bullet, the change it aims at: "Drew up X to cut Y")."""
    raised: tuple[str, str, int]
    """(verb, object, the figure before; the figure after is three times it): "Raised", "daily hive
    checks", 4."""
    cut: tuple[str, str, int, str]
    """(verb, object, the figure before, unit; the figure after is half of it)."""
    spread: tuple[str, int, int, str, str]
    """(verb, count per place, places, things, place): "Managed", 60, 6, "hives", "yard"."""
    senior: tuple[str, str, str]
    """(the current title abbreviated, the title in lower case, a higher title)."""
    role_act: str
    """A bullet in lower case that "As the <title>, ..." can lead."""
    every: tuple[str, int, str, str]
    """(a bullet with {x} for its scope, the count of places, places, place)."""
    single: tuple[str, str, str]
    """(a bullet with {x}, one place, the same place reworded)."""
    span: tuple[str, str, str]
    """(a bullet of a whole process with {x}, its first step, its last step)."""
    step: tuple[str, str]
    """(a bullet of one step of that process, the same step reworded)."""
    foreign: tuple[str, str, str, str]
    """(a bullet of the earlier job with {x}, a body's name in its language, in English, another
    body in English)."""
    added: tuple[str, str, str, str]
    """(a bullet with {x}, its object, a synonym of the verb's phrase with {x}, an object the resume
    names elsewhere)."""
    served: str
    """A bullet of the current job to which "for <employer>" is added."""


DOMAINS: tuple[Paraphrased, ...] = (
    Paraphrased(
        name="commercial beekeeping",
        person="Tomasz Wierzbicki",
        current=("Golden Prairie Apiaries", "Senior Beekeeper", "2018-03", "2025-02"),
        earlier=("Pszczelarnia Kowalski", "Beekeeper", "2013-04"),
        field="commercial pollination and honey production",
        doing="Keeps hives healthy through pollination season and harvest",
        skills=("Queen rearing", "Varroa treatment", "Hive splitting", "Honey extraction", "Polish"),
        jd="Apiary Manager. Run yards of hives for pollination contracts, manage seasonal crews, keep "
        "colony losses low. State apiary registration required.",
        act="Switched the yards to spring mite counts, cutting winter colony losses",
        effect=Change("Cut", "cutting", "cut", "winter colony losses", "winter colony losses", "fell"),
        invented=Change("Cut", "cutting", "cut", "honey extraction costs", "extraction costs", "fell"),
        aim=(
            "Drew up a feeding schedule for weak colonies",
            Change("Raised", "raising", "raise", "spring brood counts", "spring brood counts", "rose"),
        ),
        raised=("Raised", "weekly hive inspections", 40),
        cut=("Cut", "the time to extract a super", 30, "minutes"),
        spread=("Managed", 60, 6, "hives", "yard"),
        senior=("Sr. Beekeeper", "senior beekeeper", "Apiary Manager"),
        role_act="trained the seasonal crew on smoker use",
        every=("Treated the hives for varroa {x}", 6, "yards", "yard"),
        single=("Requeened the hives {x}", "at the Miller yard", "in the Miller yard"),
        span=("Ran the honey harvest {x}", "pulling supers", "bottling"),
        step=("Ran the bottling line for the honey harvest", "Ran honey bottling during the harvest"),
        foreign=(
            "Registered the apiary with the {x}",
            "Ministerstwo Rolnictwa",
            "Ministry of Agriculture",
            "Ministry of Environment",
        ),
        added=(
            "Moved the {x} records to a cloud database",
            "hive",
            "Put the {x} records into a cloud database",
            "queen rearing",
        ),
        served="Set up pollination contracts with almond growers",
    ),
    Paraphrased(
        name="orchestra operations",
        person="Ingrid Solberg",
        current=("Northshore Symphony Orchestra", "Assistant Operations Manager", "2019-08", "2025-01"),
        earlier=("Bergen Filharmoniske Orkester", "Stage Hand", "2015-09"),
        field="concert production and orchestra logistics",
        doing="Keeps rehearsals and concerts running on time",
        skills=("Stage plots", "Tour logistics", "Union rules", "Scheduling", "Norwegian"),
        jd="Operations Manager. Run rehearsal and concert logistics, manage stage crews, plan tours. "
        "Knowledge of union agreements required.",
        act="Rebuilt the stage change plan for the pops series, shortening intermissions",
        effect=Change("Shortened", "shortening", "shorten", "intermissions", "intermissions", "shrank"),
        invented=Change("Cut", "cutting", "cut", "overtime for the stage crew", "crew overtime", "fell"),
        aim=(
            "Wrote a loading checklist for tour trucks",
            Change("Reduced", "reducing", "reduce", "instrument damage", "instrument damage", "fell"),
        ),
        raised=("Raised", "school concerts a season", 5),
        cut=("Cut", "the stage change between pieces", 12, "minutes"),
        spread=("Scheduled", 8, 5, "rehearsals", "venue"),
        senior=("Asst. Operations Manager", "assistant operations manager", "Director of Operations"),
        role_act="ran the load-in for the summer festival",
        every=("Booked the stage crews {x}", 5, "venues", "venue"),
        single=("Set the risers {x}", "at the Harbor Hall", "in the Harbor Hall"),
        span=("Ran the tour logistics {x}", "booking the buses", "returning the trucks"),
        step=("Booked the buses for the tour", "Arranged the tour buses"),
        foreign=(
            "Toured with the support of the {x}",
            "Norsk kulturråd",
            "Arts Council Norway",
            "Norwegian Music Council",
        ),
        added=(
            "Moved the {x} schedule to a shared calendar",
            "rehearsal",
            "Put the {x} schedule on a shared calendar",
            "tour",
        ),
        served="Negotiated hall rentals for the chamber series",
    ),
    Paraphrased(
        name="locksmithing",
        person="Desmond Achterberg",
        current=("Keystone Lock and Safe", "Senior Locksmith", "2016-05", "2025-03"),
        earlier=("Sleutelservice Utrecht", "Apprentice Locksmith", "2011-06"),
        field="commercial locks, master key systems and safes",
        doing="Installs and services access hardware for businesses",
        skills=("Master keying", "Safe opening", "Door closers", "Access control", "Dutch"),
        jd="Lead Locksmith. Design master key systems, service commercial hardware, train apprentices. "
        "State locksmith license required.",
        act="Redesigned the master key plan for the hospital campus, cutting lost key calls",
        effect=Change("Cut", "cutting", "cut", "lost key calls", "lost key calls", "fell"),
        invented=Change("Cut", "cutting", "cut", "door closer repairs", "door closer repairs", "fell"),
        aim=(
            "Labeled every key blank in the van",
            Change("Cut", "cutting", "cut", "wrong cuts", "wrong cuts", "fell"),
        ),
        raised=("Raised", "rekeys a week", 6),
        cut=("Cut", "the wait for a lockout call", 50, "minutes"),
        spread=("Serviced", 20, 7, "doors", "branch"),
        senior=("Sr. Locksmith", "senior locksmith", "Lead Locksmith"),
        role_act="trained two apprentices on safe opening",
        every=("Rekeyed the doors {x}", 7, "branches", "branch"),
        single=("Installed the closers {x}", "at the Elm Street branch", "in the Elm Street branch"),
        span=("Handled each master key job {x}", "the site survey", "the key handover"),
        step=("Cut the keys for each master key job", "Cut each master key job's keys"),
        foreign=(
            "Fitted locks to the standard of the {x}",
            "Politiekeurmerk Veilig Wonen",
            "Police Secure Housing Label",
            "Fire Safety Label",
        ),
        added=(
            "Moved the {x} records to a cloud database",
            "key",
            "Put the {x} records into a cloud database",
            "safe",
        ),
        served="Quoted access control upgrades for offices",
    ),
    Paraphrased(
        name="hydrographic survey",
        person="Leonor Vasconcelos",
        current=("Atlantic Seafloor Surveys", "Senior Hydrographic Surveyor", "2017-02", "2025-01"),
        earlier=("Instituto Hidrográfico", "Survey Technician", "2012-10"),
        field="multibeam survey of ports and channels",
        doing="Plans and runs seabed surveys for port authorities",
        skills=("Multibeam sonar", "Tide reduction", "Sound velocity profiles", "CARIS", "Portuguese"),
        jd="Lead Hydrographer. Plan multibeam surveys, lead survey crews, deliver charts to IHO "
        "standards. Certified hydrographer preferred.",
        act="Moved sound velocity casts to every two hours, cutting depth errors",
        effect=Change("Cut", "cutting", "cut", "depth errors", "depth errors", "fell"),
        invented=Change("Cut", "cutting", "cut", "sonar downtime", "sonar downtime", "fell"),
        aim=(
            "Wrote a checklist for the morning calibration",
            Change("Cut", "cutting", "cut", "lost survey hours", "lost survey hours", "fell"),
        ),
        raised=("Raised", "survey lines run a day", 10),
        cut=("Cut", "the time to process a survey day", 8, "hours"),
        spread=("Surveyed", 12, 4, "berths", "port"),
        senior=("Sr. Hydrographic Surveyor", "senior hydrographic surveyor", "Chief Hydrographer"),
        role_act="planned the survey lines for the channel project",
        every=("Ran tide checks {x}", 4, "ports", "port"),
        single=("Surveyed the berths {x}", "at the Leixões port", "in the Leixões port"),
        span=("Ran each channel survey {x}", "the line plan", "the final chart"),
        step=("Drew the final chart of each channel survey", "Drew each channel survey's final chart"),
        foreign=(
            "Delivered charts to the {x}",
            "Direção-Geral da Autoridade Marítima",
            "Directorate-General of the Maritime Authority",
            "Directorate-General of Fisheries",
        ),
        added=(
            "Moved the {x} data to a cloud archive",
            "sonar",
            "Put the {x} data into a cloud archive",
            "tide",
        ),
        served="Wrote the survey reports for the port engineers",
    ),
    Paraphrased(
        name="wind turbine service",
        person="Kwame Asante-Boateng",
        current=("Plainsview Wind Services", "Senior Wind Technician", "2019-04", "2025-02"),
        earlier=("Vestas Mantenimiento Eólico", "Wind Technician", "2014-03"),
        field="service and repair of utility-scale wind turbines",
        doing="Keeps turbines running through scheduled and unplanned service",
        skills=("Gearbox service", "Blade inspection", "Climb rescue", "Torque tooling", "Spanish"),
        jd="Wind Site Lead. Lead technician crews, plan turbine service, keep safety records. GWO "
        "certification required.",
        act="Moved bolt torque checks to the spring service, cutting gearbox faults",
        effect=Change("Cut", "cutting", "cut", "gearbox faults", "gearbox faults", "fell"),
        invented=Change("Cut", "cutting", "cut", "blade repairs", "blade repairs", "fell"),
        aim=(
            "Rebuilt the spare parts shelf in the service truck",
            Change("Cut", "cutting", "cut", "trips to the warehouse", "warehouse trips", "fell"),
        ),
        raised=("Raised", "blade inspections a month", 12),
        cut=("Cut", "the time to change a yaw motor", 6, "hours"),
        spread=("Serviced", 30, 3, "turbines", "site"),
        senior=("Sr. Wind Technician", "senior wind technician", "Wind Site Lead"),
        role_act="ran the climb rescue drills for the crew",
        every=("Ran oil sampling {x}", 3, "sites", "site"),
        single=("Changed the yaw motors {x}", "at the Cedar Ridge site", "on the Cedar Ridge site"),
        span=("Ran each gearbox swap {x}", "the crane setup", "the test run"),
        step=("Ran the test run after each gearbox swap", "Tested each swapped gearbox"),
        foreign=(
            "Filed safety reports with the {x}",
            "Instituto Nacional de Seguridad y Salud en el Trabajo",
            "National Institute for Safety and Health at Work",
            "National Institute of Statistics",
        ),
        added=(
            "Moved the {x} logs to a cloud database",
            "service",
            "Put the {x} logs into a cloud database",
            "climb",
        ),
        served="Wrote the service reports for the site owners",
    ),
    Paraphrased(
        name="funeral service",
        person="Marguerite Delacroix",
        current=("Hillcrest Family Funeral Home", "Assistant Funeral Director", "2018-06", "2025-03"),
        earlier=("Pompes Funèbres Lemoine", "Funeral Assistant", "2013-09"),
        field="funeral arrangements, embalming and family care",
        doing="Guides families through arrangements and services",
        skills=("Embalming", "Arrangement conferences", "Cremation paperwork", "Grief support", "French"),
        jd="Funeral Director. Lead arrangement conferences, direct services, supervise staff. State "
        "funeral director license required.",
        act="Rewrote the arrangement checklist for families, shortening conferences",
        effect=Change("Shortened", "shortening", "shorten", "conferences", "conferences", "shrank"),
        invented=Change("Cut", "cutting", "cut", "cremation delays", "cremation delays", "fell"),
        aim=(
            "Set up a shared calendar for the chapels",
            Change("Cut", "cutting", "cut", "double bookings", "double bookings", "fell"),
        ),
        raised=("Raised", "preneed plans sold a month", 4),
        cut=("Cut", "the time to file a death certificate", 10, "days"),
        spread=("Directed", 15, 2, "services", "chapel"),
        senior=("Asst. Funeral Director", "assistant funeral director", "Funeral Home Manager"),
        role_act="led the arrangement conferences on weekends",
        every=("Set the flowers {x}", 2, "chapels", "chapel"),
        single=("Led the viewings {x}", "at the Oak chapel", "in the Oak chapel"),
        span=("Handled each cremation {x}", "the first call", "the return of the remains"),
        step=("Took the first call for each cremation", "Took each cremation's first call"),
        foreign=(
            "Filed permits with the {x}",
            "Ministère de la Santé",
            "Ministry of Health",
            "Ministry of Labour",
        ),
        added=(
            "Moved the {x} files to a cloud database",
            "family",
            "Put the {x} files into a cloud database",
            "cremation",
        ),
        served="Wrote the obituaries for the local paper",
    ),
)


def _raised(d: Paraphrased) -> str:
    verb, obj, before = d.raised
    return f"{verb} {obj} from {before} to {3 * before}"


def _cut(d: Paraphrased) -> str:
    verb, obj, before, unit = d.cut
    return f"{verb} {obj} from {before} to {before // 2} {unit}"


def _spread(d: Paraphrased) -> str:
    verb, per, places, things, place = d.spread
    return f"{verb} {per * places} {things} across {places} {place}s"


def _every(d: Paraphrased) -> str:
    bullet, n, places, _ = d.every
    return bullet.format(x=f"at all {n} {places}")


def _current(d: Paraphrased) -> list[str]:
    """The current job's bullets: every fact a family restates."""
    added, obj, *_ = d.added
    return [
        d.act,
        d.aim[0] + f" to {d.aim[1].base} {d.aim[1].obj}",
        _raised(d),
        _cut(d),
        _spread(d),
        d.role_act[:1].upper() + d.role_act[1:],
        _every(d),
        d.single[0].format(x=d.single[1]),
        d.span[0].format(x=f"from {d.span[1]} to {d.span[2]}"),
        d.step[0],
        added.format(x=obj),
        d.served,
        f"Worked with the crew on {d.invented.obj}",
    ]


def _earlier(d: Paraphrased) -> list[str]:
    """The job before: the body named in its language, and the other object the lie borrows."""
    _, _, _, other = d.added
    return [d.foreign[0].format(x=d.foreign[1]), f"Kept the {other} records on paper"]


def _purpose(d: Paraphrased) -> list[Row]:
    src = d.act
    cause = src.split(", ")[0]
    rows: list[Row] = []
    for r, kind in ((d.effect, FAITHFUL), (d.invented, "other")):
        rows += [
            (kind, "purpose: to", src, f"{cause} to {r.base} {r.obj}"),
            (kind, "purpose: in order to", src, f"{cause} in order to {r.base} {r.obj}"),
            (kind, "purpose: so that", src, f"{cause} so that {r.subject} {r.fell}"),
            (kind, "purpose: helping", src, f"{cause}, helping {r.base} {r.obj}"),
            (kind, "purpose: result first, by", src, f"{r.past} {r.obj} by {_ing_phrase(cause)}"),
        ]
    aim_src = d.aim[0] + f" to {d.aim[1].base} {d.aim[1].obj}"
    a = d.aim[1]
    rows += [
        (FAITHFUL, "aim: aimed at", aim_src, f"{d.aim[0]}, aimed at {a.ing} {a.obj}"),
        (FAITHFUL, "aim: in order to", aim_src, f"{d.aim[0]} in order to {a.base} {a.obj}"),
        (FAITHFUL, "aim: meant to", aim_src, f"{d.aim[0]} meant to {a.base} {a.obj}"),
        ("other", "aim: claimed achieved", aim_src, f"{d.aim[0]}, {a.ing} {a.obj}"),
        ("other", "aim: claimed, result first", aim_src, f"{a.past} {a.obj} by {_ing_phrase(d.aim[0])}"),
        ("other", "aim: claimed, which", aim_src, f"{d.aim[0]}, which {a.past.lower()} {a.obj}"),
    ]
    return rows


def _ing_phrase(bullet: str) -> str:
    """ "Rebuilt the plan" as "rebuilding the plan": the bullet's first verb in -ing form."""
    verb, rest = bullet.split(" ", 1)
    return f"{ING[verb]} {rest}"


ING = {
    "Switched": "switching",
    "Drew": "drawing",
    "Rebuilt": "rebuilding",
    "Wrote": "writing",
    "Redesigned": "redesigning",
    "Labeled": "labeling",
    "Moved": "moving",
    "Rewrote": "rewriting",
    "Set": "setting",
}


def _factor(d: Paraphrased) -> list[Row]:
    verb, obj, before = d.raised
    raised = _raised(d)
    cverb, cobj, cbefore, unit = d.cut
    cut = _cut(d)
    sverb, per, _, things, place = d.spread
    spread = _spread(d)
    return [
        (FAITHFUL, "factor: tripled", raised, f"Tripled {obj}"),
        (FAITHFUL, "factor: threefold", raised, f"{verb} {obj} threefold"),
        (FAITHFUL, "factor: by 200%", raised, f"{verb} {obj} by 200%"),
        (FAITHFUL, "factor: 3x", raised, f"{verb} {obj} 3x, to {3 * before}"),
        ("multiplier", "factor: tripled", raised, f"Quadrupled {obj}"),
        ("multiplier", "factor: threefold", raised, f"{verb} {obj} fivefold"),
        ("number", "factor: by 200%", raised, f"{verb} {obj} by 300%"),
        ("number", "factor: 3x", raised, f"{verb} {obj} 4x, to {4 * before}"),
        (FAITHFUL, "factor: halved", cut, f"Halved {cobj}"),
        (FAITHFUL, "factor: by half", cut, f"{cverb} {cobj} by half"),
        (FAITHFUL, "factor: by 50%", cut, f"{cverb} {cobj} by 50%, to {cbefore // 2} {unit}"),
        ("number", "factor: by half", cut, f"{cverb} {cobj} by two thirds"),
        ("number", "factor: by 50%", cut, f"{cverb} {cobj} by 75%, to {cbefore // 4} {unit}"),
        (FAITHFUL, "factor: per place", spread, f"{sverb} about {per} {things} per {place}"),
        (FAITHFUL, "factor: per place, in words", spread, f"{sverb} {words(per)} {things} a {place}"),
        ("number", "factor: per place", spread, f"{sverb} about {per * 2} {things} per {place}"),
        ("number", "factor: per place, in words", spread, f"{sverb} {words(per + 5)} {things} a {place}"),
    ]


def _title(d: Paraphrased) -> list[Row]:
    short, lower, higher = d.senior
    summary = summary_of(d)
    role = d.role_act[:1].upper() + d.role_act[1:]
    return [
        (FAITHFUL, "title: abbreviated, summary", summary, f"{short} focused on {d.field}. {d.doing}."),
        (
            FAITHFUL,
            "title: lower case, summary",
            summary,
            f"{_a(lower)} {lower} focused on {d.field}. {d.doing}.",
        ),
        ("title", "title: abbreviated, summary", summary, f"{higher} focused on {d.field}. {d.doing}."),
        (
            "title",
            "title: lower case, summary",
            summary,
            f"{_a(higher)} {higher.lower()} focused on {d.field}. {d.doing}.",
        ),
        (FAITHFUL, "title: as the, bullet", role, f"As {short}, {d.role_act}"),
        (FAITHFUL, "title: as the, lower case", role, f"As the {lower}, {d.role_act}"),
        ("title", "title: as the, bullet", role, f"As {higher}, {d.role_act}"),
        ("title", "title: as the, lower case", role, f"As the {higher.lower()}, {d.role_act}"),
    ]


def _a(word: str) -> str:
    return "An" if word[:1].lower() in "aeiou" else "A"


def _scope(d: Paraphrased) -> list[Row]:
    bullet, n, places, place = d.every
    every = _every(d)
    one, at, reworded = d.single
    single = one.format(x=at)
    span_bullet, first, last = d.span
    span = span_bullet.format(x=f"from {first} to {last}")
    step, step_reworded = d.step
    return [
        (FAITHFUL, "scope: every place", every, bullet.format(x=f"at every {place}")),
        (FAITHFUL, "scope: all places in words", every, bullet.format(x=f"across all {words(n)} {places}")),
        (FAITHFUL, "scope: all places", every, bullet.format(x=f"across all {places}")),
        (FAITHFUL, "scope: one place reworded", single, one.format(x=reworded)),
        ("scope", "scope: every place", single, one.format(x=f"at every {place}")),
        ("scope", "scope: all places", single, one.format(x=f"across all {places}")),
        (FAITHFUL, "scope: end to end", span, span_bullet.format(x="end to end")),
        (FAITHFUL, "scope: start to finish", span, span_bullet.format(x="from start to finish")),
        (FAITHFUL, "scope: one step reworded", step, step_reworded),
        ("scope", "scope: end to end", step, span_bullet.format(x="end to end")),
        ("scope", "scope: start to finish", step, span_bullet.format(x="from start to finish")),
    ]


def _name(d: Paraphrased) -> list[Row]:
    bullet, native, english, other = d.foreign
    src = bullet.format(x=native)
    return [
        (FAITHFUL, "name: in English", src, bullet.format(x=english)),
        (FAITHFUL, "name: English and native", src, bullet.format(x=f"{english} ({native})")),
        ("organization", "name: in English", src, bullet.format(x=other)),
        ("organization", "name: English and native", src, bullet.format(x=f"{other} ({native})")),
    ]


def _added(d: Paraphrased) -> list[Row]:
    bullet, obj, synonym, other = d.added
    src = bullet.format(x=obj)
    employer, before = d.current[0], d.earlier[0]
    return [
        (FAITHFUL, "added: verb reworded", src, synonym.format(x=obj)),
        ("other", "added: one more object", src, bullet.format(x=f"{obj} and {other}")),
        ("other", "added: one more object, reworded", src, synonym.format(x=f"{obj} and {other}")),
        (FAITHFUL, "added: for the employer", d.served, f"{d.served} for {employer}"),
        ("organization", "added: for the earlier employer", d.served, f"{d.served} for {before}"),
        (
            FAITHFUL,
            "added: at the employer",
            d.served,
            f"At {employer}, {d.served[:1].lower()}{d.served[1:]}",
        ),
        (
            "organization",
            "added: at the earlier employer",
            d.served,
            f"At {before}, {d.served[:1].lower()}{d.served[1:]}",
        ),
    ]


FAMILIES = {
    "purpose": _purpose,
    "factor": _factor,
    "title": _title,
    "scope": _scope,
    "name": _name,
    "added": _added,
}


def paraphrased_domains() -> dict[str, Domain]:
    return domains_of(DOMAINS, _current, _earlier)


def paraphrased_cases() -> list[Case]:
    """The part's cases (templates and families in claims_twins.TEMPLATES and FAMILY_OF)."""
    return cases_of(PART, DOMAINS, _current, _earlier, FAMILIES)
