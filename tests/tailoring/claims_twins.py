"""The twins part of the truth guard's evaluation: true restatements and their one-claim twins.

The blind sets keep about one faithful rewrite in seven fewer than the parts tuned on: the guard
refuses true sentences whose form no set spans. Each family here is one way a model restates a fact
truly, written as templates over facts of six domains no other set has, and each faithful form has a
fabricated twin that changes exactly one claim (a count, a metric, a means, a tool, a title, a
tenure), so that every rule is measured both ways. Written before the rules of round 9. Families:

- count as compound: the source's "a crew of 12 installers" as "a twelve-person crew", "a 12-strong
  crew", "a dozen installers"; twin: another count in the same form;
- rate: "from 110 to 140 units per hour" as "(UPH)", "an hour", "hourly"; a range "between", "each";
  twin: another figure or another period;
- thousands: "1,500" as "1500", "1.5K", "fifteen hundred", "more than 1,000"; twin: a number with a
  thousands comma near 2,000 (read as a year by an old rule);
- abbreviation: the initialism of a phrase the source spells out ("electronic health record" → "EHR")
  and the expansion of an initialism the source uses ("SLA" → "service-level agreement (SLA)");
  twin: another system's initialism, another agreement;
- compound: "pleadings in state court" as "state-court pleadings", "the handbook for the library" as
  "the library's handbook"; twin: another court, another owner;
- outcome form: reordered ("By sending reminders, cut ..."), nominalised ("Achieved an 18% reduction
  in ..."), passive ("No-show rates cut by 18% through ..."); twin: another metric, another means, another
  figure;
- people from counts: "co-led ... with 2 other planners" as "with two colleagues"; "one of 6 planners"
  as "with 5 other planners"; "Trained 9 apprentices; 3 went on to ..." as "3 of them"; twin: a count
  one off (the known wrong keep: "with 6 other" from "one of 6"), leading the peers;
- product: a tool the skills list writes another way ("Autodesk AutoCAD" for "AutoCAD"); twin:
  another product of the same vendor;
- job keyword: the job description's word for a thing the resume names ("the Salesforce CRM"), a tool
  the skills list names, put in the bullet; twin: a tool only the job description names;
- tenure: years the dates support, in the summary and in a bullet; twin: more years;
- title: a title the resume holds, in the summary; twin: a rank the person never held;
- merge: two bullets of one job as one sentence; twin: a bullet of another job merged in.

The templates, not the guard, decide the labels; cases are deterministic.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from tests.tailoring.claims_eval import FAITHFUL, Case, Domain
from tests.tailoring.claims_forms import words

PART = "twins"


@dataclass(frozen=True)
class Crew:
    verb: str
    group: str
    count: int
    members: str
    rest: str

    @property
    def text(self) -> str:
        return f"{self.verb} a {self.group} of {self.count} {self.members} {self.rest}"


@dataclass(frozen=True)
class Rate:
    verb: str
    metric: str
    low: int
    high: int
    units: str
    period: str
    """"hour", "day", "week", "month"."""
    initials: str
    """The rate's initialism ("UPH"), or "" where it has none."""
    other_period: str

    @property
    def text(self) -> str:
        return f"{self.verb} {self.metric} from {self.low} to {self.high} {self.units} per {self.period}"


@dataclass(frozen=True)
class Span:
    verb: str
    low: int
    high: int
    noun: str
    period: str

    @property
    def text(self) -> str:
        return f"{self.verb} {self.low} to {self.high} {self.noun} per {self.period}"


@dataclass(frozen=True)
class Outcome:
    verb: str
    """Past tense that takes "by N%" ("Cut", "Raised")."""
    noun: str
    """Its nominalisation ("reduction", "increase")."""
    metric: str
    percent: int
    means_ing: str
    means_noun: str
    other_metric: str
    other_means: str

    @property
    def text(self) -> str:
        return f"{self.verb} {self.metric} by {self.percent}% by {self.means_ing}"


@dataclass(frozen=True)
class Twins:
    name: str
    person: str
    employer: str
    title: str
    start: str
    end: str
    earlier_employer: str
    earlier_title: str
    earlier_start: str
    title_beyond: str
    field: str
    doing: str
    crew: Crew
    rate: Rate
    span: Span
    thousands: tuple[str, int, str]
    """(verb, a count between 1,100 and 1,800, object)."""
    spelled: tuple[str, str, str, str]
    """(bullet with {x}, a phrase the source spells out, its initialism, another system's initialism)."""
    initialism: tuple[str, str, str, str]
    """(bullet with {x}, an initialism the source uses, its expansion, another "expansion (INITIALS)")."""
    compound: tuple[str, str, str]
    """(a bullet with a phrase, the same with a hyphenated compound, the compound of another thing)."""
    owner: tuple[str, str, str, str]
    """(verb, noun, owner, another owner): 'Rewrote the volunteer handbook for the library'."""
    outcome: Outcome
    co: tuple[str, str, int, str]
    """(verb after "Co-", object, others, peers): 'Co-led the venue search with 2 other planners'."""
    one_of: tuple[str, str, int, str]
    """(past verb, object, count, peers): 'Wrote the load plan as one of 6 planners'."""
    developed: tuple[int, str, int, str]
    """(trained, trainees, of whom, went on to ...)."""
    product: tuple[str, str, str, str]
    """(bullet with {x}, the product as the bullet writes it, as the skills list does, another product)."""
    keyword: tuple[str, str, str, str]
    """(bullet with {x}, the tool the bullet names, the job's generic word for it, another tool the job names)."""
    listed: tuple[str, str, str]
    """(a bullet, a tool the skills list names, a tool only the job names)."""
    plain: tuple[str, str, str]
    """Two more bullets of the current job and one of the earlier job."""
    skills: tuple[str, ...]
    jd: str


DOMAINS: tuple[Twins, ...] = (
    Twins(
        name="event production",
        person="Camila Reyes",
        employer="Bright Harbor Events",
        title="Senior Event Producer",
        start="2019-03",
        end="2025-06",
        earlier_employer="Lakeside Convention Center",
        earlier_title="Event Coordinator",
        earlier_start="2016-08",
        title_beyond="Director of Events",
        field="corporate conferences and festivals",
        doing="Plans venues, vendors and run-of-show from first call to teardown",
        crew=Crew("Directed", "crew", 12, "stagehands", "for a three-day tech conference"),
        rate=Rate("Raised", "badge printing speed", 90, 150, "badges", "hour", "BPH", "day"),
        span=Span("Managed", 8, 12, "events", "quarter"),
        thousands=("Registered", 1500, "attendees for the annual summit"),
        spelled=("Negotiated every {x} with the hotel", "room block agreement", "RBA", "BEO"),
        initialism=(
            "Tracked the {x} for each vendor",
            "SOW",
            "statement of work",
            "master service agreement (MSA)",
        ),
        compound=(
            "Booked hotel rooms for guests from out of town",
            "Booked hotel rooms for out-of-town guests",
            "Booked hotel rooms for overseas guests",
        ),
        owner=("Rewrote", "vendor handbook", "venue", "county"),
        outcome=Outcome(
            "Cut",
            "reduction",
            "no-show rates",
            18,
            "sending text reminders",
            "text reminders",
            "catering costs",
            "a loyalty program",
        ),
        co=("led", "the venue search", 2, "planners"),
        one_of=("Wrote", "the emergency plan", 6, "producers"),
        developed=(9, "interns", 3, "full-time coordinator roles"),
        product=("Built floor plans in {x}", "AutoCAD", "Autodesk AutoCAD", "Autodesk Revit"),
        keyword=("Logged every booking in {x}", "Salesforce", "CRM", "HubSpot"),
        listed=("Planned run-of-show timelines for keynote sessions", "Trello", "Asana"),
        plain=(
            "Booked keynote speakers and managed their travel",
            "Ran vendor walkthroughs before each show",
            "Answered client calls about booking changes",
        ),
        skills=("Trello", "Autodesk AutoCAD", "Salesforce", "Budgeting", "Vendor negotiation"),
        jd="Event Producer. Run corporate conferences end to end, manage vendors and budgets, keep every "
        "booking in the CRM. Asana, HubSpot and Cvent experience preferred.",
    ),
    Twins(
        name="solar installation",
        person="Ethan Brooks",
        employer="SunPath Energy",
        title="Lead Solar Installer",
        start="2020-01",
        end="2025-04",
        earlier_employer="Valley Electric",
        earlier_title="Apprentice Electrician",
        earlier_start="2017-05",
        title_beyond="Installation Manager",
        field="residential and commercial rooftop solar",
        doing="Installs racking, panels and inverters to code and trains new installers",
        crew=Crew("Ran", "crew", 6, "installers", "on commercial rooftops"),
        rate=Rate("Raised", "install rate", 3, 5, "arrays", "week", "", "day"),
        span=Span("Installed", 20, 30, "panels", "day"),
        thousands=("Logged", 1200, "safety inspections"),
        spelled=("Followed the {x} on every job", "job hazard analysis", "JHA", "LOTO"),
        initialism=(
            "Wired every array to the {x}",
            "NEC",
            "National Electrical Code",
            "International Fire Code (IFC)",
        ),
        compound=(
            "Installed arrays with battery backup on farm buildings",
            "Installed battery-backed arrays on farm buildings",
            "Installed ground-mounted arrays on farm buildings",
        ),
        owner=("Updated", "safety manual", "crew", "utility"),
        outcome=Outcome(
            "Cut",
            "reduction",
            "rework on roof mounts",
            22,
            "adding a pre-drill checklist",
            "a pre-drill checklist",
            "panel breakage",
            "new torque wrenches",
        ),
        co=("wrote", "the fall protection plan", 3, "installers"),
        one_of=("Commissioned", "the battery storage pilot", 5, "installers"),
        developed=(10, "apprentices", 4, "journeyman licenses"),
        product=("Designed string layouts in {x}", "Aurora", "Aurora Solar", "Aurora Solar Sales Mode"),
        keyword=("Tracked every install in {x}", "Procore", "project management software", "Jobber"),
        listed=("Checked inverter output after each install", "Fluke meters", "Enphase Enlighten"),
        plain=(
            "Mounted racking on tile and metal roofs",
            "Walked homeowners through their monitoring app",
            "Bent conduit and pulled wire for panel upgrades",
        ),
        skills=("Fluke meters", "Aurora Solar", "Procore", "Conduit bending", "OSHA 10"),
        jd="Lead Solar Installer. Lead rooftop crews, keep installs to code, track jobs in project "
        "management software. Enphase Enlighten and Jobber a plus; NABCEP preferred.",
    ),
    Twins(
        name="public library",
        person="Priya Natarajan",
        employer="Riverside Public Library",
        title="Branch Librarian",
        start="2018-09",
        end="2025-02",
        earlier_employer="Oak Hill Middle School",
        earlier_title="School Library Assistant",
        earlier_start="2015-09",
        title_beyond="Library Director",
        field="public library services and youth programs",
        doing="Runs reference, collections and community programs for all ages",
        crew=Crew("Supervised", "team", 8, "library assistants", "at the Eastside branch"),
        rate=Rate("Raised", "checkout volume", 300, 420, "items", "day", "", "hour"),
        span=Span("Hosted", 4, 6, "story times", "week"),
        thousands=("Catalogued", 1800, "donated books"),
        spelled=("Moved the catalogue to a new {x}", "integrated library system", "ILS", "CMS"),
        initialism=(
            "Answered {x} questions at the desk",
            "ESL",
            "English as a second language",
            "adult basic education (ABE)",
        ),
        compound=(
            "Ran conversation programs for adults learning English",
            "Ran English-learning conversation programs for adults",
            "Ran French-learning conversation programs for adults",
        ),
        owner=("Rewrote", "volunteer handbook", "library", "county"),
        outcome=Outcome(
            "Raised",
            "increase",
            "teen program attendance",
            35,
            "adding evening maker sessions",
            "evening maker sessions",
            "library card sign-ups",
            "a social media campaign",
        ),
        co=("organized", "the community book festival", 2, "librarians"),
        one_of=("Built", "the homework help program", 4, "librarians"),
        developed=(7, "teen volunteers", 2, "library science degrees"),
        product=("Ran circulation reports in {x}", "Polaris", "Polaris ILS", "Polaris Leap"),
        keyword=("Tracked program sign-ups in {x}", "LibCal", "registration system", "Eventbrite"),
        listed=("Taught patrons to use the online catalogue", "Canva", "Adobe InDesign"),
        plain=(
            "Weeded the adult nonfiction collection each spring",
            "Helped patrons apply for jobs online",
            "Shelved returns and kept the reading room in order",
        ),
        skills=("Canva", "Polaris ILS", "LibCal", "Reference interviews", "Storytelling"),
        jd="Branch Librarian. Lead branch staff, grow youth programs, manage registrations in the "
        "registration system. Adobe InDesign and Eventbrite experience welcome; MLIS required.",
    ),
    Twins(
        name="game development",
        person="Tobias Lind",
        employer="Northlight Games",
        title="Senior Gameplay Programmer",
        start="2019-06",
        end="2025-05",
        earlier_employer="Pixel Forge Studio",
        earlier_title="Junior Programmer",
        earlier_start="2017-02",
        title_beyond="Lead Gameplay Programmer",
        field="console action games",
        doing="Writes C++ gameplay systems in Unreal Engine and reviews designers' scripts",
        crew=Crew("Mentored", "group", 10, "junior programmers", "across two titles"),
        rate=Rate("Raised", "frame rate", 40, 60, "frames", "second", "FPS", "minute"),
        span=Span("Fixed", 15, 25, "bugs", "sprint"),
        thousands=("Wrote", 1400, "unit tests for the combat system"),
        spelled=("Rebuilt the {x} for enemies", "finite state machine", "FSM", "ECS"),
        initialism=(
            "Cut {x} crashes before launch",
            "QA",
            "quality assurance",
            "user acceptance testing (UAT)",
        ),
        compound=(
            "Filed bug reports against the engine in Jira",
            "Filed engine-level bug reports in Jira",
            "Filed console-certification bug reports in Jira",
        ),
        owner=("Refactored", "input system", "studio", "publisher"),
        outcome=Outcome(
            "Cut",
            "reduction",
            "level load times",
            40,
            "streaming textures asynchronously",
            "asynchronous texture streaming",
            "memory use",
            "a custom allocator",
        ),
        co=("designed", "the cover system", 2, "programmers"),
        one_of=("Shipped", "the boss fight AI", 6, "programmers"),
        developed=(6, "interns", 2, "full-time offers"),
        product=(
            "Profiled the renderer with {x}",
            "Insights",
            "Unreal Insights",
            "Unreal Editor for Fortnite",
        ),
        keyword=("Scripted cutscenes in {x}", "Blueprints", "visual scripting", "Unity Visual Scripting"),
        listed=("Wrote tools for the level designers", "Perforce", "Jira Align"),
        plain=(
            "Built the checkpoint and save system",
            "Wrote the weapon recoil model",
            "Ported menus to the new UI framework",
        ),
        skills=("C++", "Unreal Engine", "Unreal Insights", "Perforce", "Blueprints"),
        jd="Senior Gameplay Programmer. Build combat and AI systems in C++ and visual scripting, profile "
        "performance. Jira Align and Unity Visual Scripting a plus.",
    ),
    Twins(
        name="claims adjusting",
        person="Hannah Boateng",
        employer="Keystone Mutual",
        title="Senior Claims Adjuster",
        start="2018-02",
        end="2025-03",
        earlier_employer="Harbor Auto Insurance",
        earlier_title="Claims Representative",
        earlier_start="2015-10",
        title_beyond="Claims Manager",
        field="property and auto claims",
        doing="Investigates losses, sets reserves and negotiates settlements",
        crew=Crew("Coached", "unit", 12, "field adjusters", "in the northeast region"),
        rate=Rate("Raised", "closing rate", 14, 20, "claims", "week", "", "day"),
        span=Span("Handled", 40, 60, "open files", "month"),
        thousands=("Closed", 1300, "property claims"),
        spelled=("Settled each {x} within guidelines", "total loss valuation", "TLV", "ACV"),
        initialism=(
            "Flagged {x} referrals to investigators",
            "SIU",
            "special investigations unit",
            "National Insurance Crime Bureau (NICB)",
        ),
        compound=(
            "Prepared files for cases in small claims court",
            "Prepared small-claims-court case files",
            "Prepared appellate-court case files",
        ),
        owner=("Rewrote", "storm response checklist", "branch", "carrier"),
        outcome=Outcome(
            "Cut",
            "reduction",
            "claim cycle time",
            25,
            "moving photo inspections online",
            "online photo inspections",
            "litigation rates",
            "a new vendor panel",
        ),
        co=("led", "the catastrophe response team", 3, "adjusters"),
        one_of=("Built", "the subrogation checklist", 5, "adjusters"),
        developed=(8, "trainee adjusters", 3, "senior adjuster roles"),
        product=("Wrote estimates in {x}", "Xactimate", "Verisk Xactimate", "Verisk XactAnalysis"),
        keyword=("Documented every claim in {x}", "Guidewire", "claims system", "Duck Creek"),
        listed=("Inspected storm-damaged roofs", "CCC One", "Mitchell Cloud Estimating"),
        plain=(
            "Interviewed claimants and witnesses",
            "Set reserves on complex property losses",
            "Took first notice of loss calls",
        ),
        skills=("Verisk Xactimate", "Guidewire", "CCC One", "Negotiation", "Reserving"),
        jd="Senior Claims Adjuster. Handle complex property losses, document every file in the claims "
        "system, negotiate settlements. Duck Creek and Mitchell Cloud Estimating a plus.",
    ),
    Twins(
        name="dairy farm",
        person="Mateus Oliveira",
        employer="Green Valley Dairy",
        title="Herd Manager",
        start="2017-04",
        end="2025-01",
        earlier_employer="Cedar Ridge Farm",
        earlier_title="Farmhand",
        earlier_start="2014-06",
        title_beyond="Farm Operations Director",
        field="dairy herd health and milking operations",
        doing="Runs herd health, breeding and the milking schedule",
        crew=Crew("Scheduled", "crew", 24, "milkers", "across three shifts"),
        rate=Rate("Raised", "milking throughput", 80, 110, "cows", "hour", "CPH", "minute"),
        span=Span("Treated", 5, 10, "calves", "day"),
        thousands=("Tagged", 1600, "calves"),
        spelled=("Kept every cow in the {x}", "dairy herd improvement", "DHI", "RFID"),
        initialism=(
            "Scored every cow's {x} monthly",
            "BCS",
            "body condition score",
            "somatic cell count (SCC)",
        ),
        compound=(
            "Checked the feed bunks every morning",
            "Ran the morning feed-bunk checks",
            "Ran the midnight feed-bunk checks",
        ),
        owner=("Rewrote", "calving protocol", "farm", "co-op"),
        outcome=Outcome(
            "Cut",
            "reduction",
            "calf mortality",
            30,
            "moving to twice-daily colostrum checks",
            "twice-daily colostrum checks",
            "feed costs",
            "automated feeders",
        ),
        co=("planned", "the barn expansion", 2, "farmhands"),
        one_of=("Wrote", "the biosecurity plan", 4, "farmhands"),
        developed=(11, "seasonal workers", 4, "permanent roles"),
        product=("Tracked herd records in {x}", "DC305", "DairyComp 305", "DairyComp Scout"),
        keyword=("Logged every treatment in {x}", "DC305", "herd management software", "Afimilk"),
        listed=("Checked fresh cows every morning", "BoviSync", "Lely Horizon"),
        plain=(
            "Trained milkers on udder prep",
            "Kept the parlor clean between shifts",
            "Fed calves and cleaned pens",
        ),
        skills=("DairyComp 305", "BoviSync", "Artificial insemination", "Hoof care", "Spanish"),
        jd="Herd Manager. Lead milking crews and herd health, log treatments in herd management "
        "software. Lely Horizon and Afimilk experience a plus.",
    ),
)

PERIODS = {"hour": "hourly", "day": "daily", "week": "weekly", "month": "monthly", "second": "", "minute": ""}


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:] if not text[1:2].isupper() else text


def _years(start: str, end: str) -> float:
    a, b = (datetime.date.fromisoformat(f"{d}-01") for d in (start, end))
    return (b.year - a.year) + (b.month - a.month) / 12


def _month_before(date: str) -> str:
    year, month = (int(x) for x in date.split("-"))
    return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"


def _current(d: Twins) -> list[str]:
    """The current job's bullets."""
    verb, n, obj = d.thousands
    trained, trainees, k, went = d.developed
    product, short, _, _ = d.product
    return [
        d.crew.text,
        d.rate.text,
        d.span.text,
        f"{verb} {n:,} {obj}",
        d.outcome.text,
        f"Trained {trained} {trainees}; {k} went on to {went}",
        product.format(x=short),
        d.listed[0],
        d.plain[0],
        d.plain[1],
    ]


def _earlier(d: Twins) -> list[str]:
    """The earlier job's bullets."""
    spelled, phrase, _, _ = d.spelled
    said, initials, _, _ = d.initialism
    overb, onoun, owner, _ = d.owner
    co_verb, co_obj, others, peers = d.co
    past, obj, count, peers1 = d.one_of
    keyword, tool, _, _ = d.keyword
    return [
        spelled.format(x=phrase),
        said.format(x=initials),
        d.compound[0],
        f"{overb} the {onoun} for the {owner}",
        f"Co-{co_verb} {co_obj} with {others} other {peers}",
        f"{past} {obj} as one of {count} {peers1}",
        keyword.format(x=tool),
        d.plain[2],
    ]


def _summary(d: Twins) -> str:
    return f"Focused on {d.field}. {d.doing}."


Row = tuple[str, str, str, str]
"""(kind, template, source sentence it rewrites, rewrite)."""


def _count(d: Twins) -> list[Row]:
    c = d.crew
    n, src = c.count, c.text
    dozen = "a dozen" if n == 12 else f"{words(n // 12)} dozen"
    rows = [
        (FAITHFUL, "count: n-person", src, f"{c.verb} a {words(n)}-person {c.group} {c.rest}"),
        (FAITHFUL, "count: n-strong", src, f"{c.verb} a {n}-strong {c.group} of {c.members} {c.rest}"),
        (FAITHFUL, "count: in words", src, f"{c.verb} a {c.group} of {words(n)} {c.members} {c.rest}"),
        (FAITHFUL, "count: plain", src, f"{c.verb} {n} {c.members} {c.rest}"),
        ("number", "count: n-person beyond", src, f"{c.verb} a {words(n + 2)}-person {c.group} {c.rest}"),
        (
            "number",
            "count: n-strong beyond",
            src,
            f"{c.verb} a {n + 4}-strong {c.group} of {c.members} {c.rest}",
        ),
        (
            "number",
            "count: in words beyond",
            src,
            f"{c.verb} a {c.group} of {words(n * 2)} {c.members} {c.rest}",
        ),
    ]
    if n % 12 == 0:
        rows.append((FAITHFUL, "count: dozen", src, f"{c.verb} {dozen} {c.members} {c.rest}"))
        rows.append(
            (
                "number",
                "count: dozen beyond",
                src,
                f"{c.verb} {words(n // 12 + 1)} dozen {c.members} {c.rest}",
            )
        )
    else:
        rows.append(("number", "count: dozen beyond", src, f"{c.verb} a dozen {c.members} {c.rest}"))
    return rows


def _a(word: str) -> str:
    return "an" if word[:1] in "aeiou" or word.startswith(("8", "11", "18", "hour")) else "a"


def _rate(d: Twins) -> list[Row]:
    r, s = d.rate, d.span
    src, span = r.text, s.text
    head = f"{r.verb} {r.metric} from {r.low} to {r.high} {r.units}"
    step = max(10, (r.high - r.low)) if r.high > 20 else 3
    rows = [
        (FAITHFUL, "rate: an period", src, f"{head} {_a(r.period)} {r.period}"),
        (
            FAITHFUL,
            "rate: units split",
            src,
            f"{r.verb} {r.metric} from {r.low} {r.units} per {r.period} to {r.high}",
        ),
        (
            FAITHFUL,
            "rate: by the difference",
            src,
            f"{r.verb} {r.metric} by {r.high - r.low} {r.units} per {r.period}, from {r.low} to {r.high}",
        ),
        (
            "number",
            "rate: another figure",
            src,
            f"{head} per {r.period}".replace(f"to {r.high}", f"to {r.high + step}"),
        ),
        ("number", "rate: another period", src, f"{head} per {r.other_period}"),
        (
            "number",
            "rate: by another difference",
            src,
            f"{r.verb} {r.metric} by {r.high - r.low + step} {r.units} per {r.period}",
        ),
        (FAITHFUL, "range: between", span, f"{s.verb} between {s.low} and {s.high} {s.noun} per {s.period}"),
        (FAITHFUL, "range: each", span, f"{s.verb} {s.low}–{s.high} {s.noun} each {s.period}"),
        (FAITHFUL, "range: up to", span, f"{s.verb} up to {s.high} {s.noun} {_a(s.period)} {s.period}"),
        (
            "number",
            "range: beyond",
            span,
            f"{s.verb} between {s.low} and {s.high * 2} {s.noun} per {s.period}",
        ),
        (
            "number",
            "range: another period",
            span,
            f"{s.verb} {s.low}–{s.high} {s.noun} each {SHORTER[s.period]}",
        ),
        (
            "number",
            "range: up to beyond",
            span,
            f"{s.verb} up to {s.high + 10} {s.noun} {_a(s.period)} {s.period}",
        ),
    ]
    if r.initials:
        rows.append((FAITHFUL, "rate: initials", src, f"{src} ({r.initials})"))
        rows.append(
            (
                "number",
                "rate: initials beyond",
                src,
                f"{head} per {r.period} ({r.initials})".replace(f"to {r.high}", f"to {r.high + step}"),
            )
        )
    if PERIODS[r.period]:
        rows.append((FAITHFUL, "rate: -ly", src, f"{head} {PERIODS[r.period]}"))
        rows.append(
            (
                "number",
                "rate: -ly beyond",
                src,
                f"{head} {PERIODS[r.other_period] or 'per ' + r.other_period}",
            )
        )
    return rows


SHORTER = {"quarter": "week", "day": "hour", "week": "day", "month": "week", "sprint": "day"}


def _thousands(d: Twins) -> list[Row]:
    verb, n, obj = d.thousands
    src = f"{verb} {n:,} {obj}"
    floor = n - n % 500 if n % 500 else n - 500
    return [
        (FAITHFUL, "thousands: no comma", src, f"{verb} {n} {obj}"),
        (FAITHFUL, "thousands: K", src, f"{verb} {n / 1000:g}K {obj}"),
        (FAITHFUL, "thousands: hundreds in words", src, f"{verb} {words(n // 100)} hundred {obj}"),
        (FAITHFUL, "thousands: bounded", src, f"{verb} more than {floor:,} {obj}"),
        ("number", "thousands: near 2,000", src, f"{verb} 2,000 {obj}"),
        ("number", "thousands: near 2,000", src, f"{verb} {1900 + n % 7 * 25:,} {obj}"),
        ("number", "thousands: K beyond", src, f"{verb} {(n + 600) / 1000:g}K {obj}"),
        ("number", "thousands: hundreds beyond", src, f"{verb} {words(n // 100 + 3)} hundred {obj}"),
        ("number", "thousands: bounded beyond", src, f"{verb} more than {floor + 1000:,} {obj}"),
    ]


def _abbreviation(d: Twins) -> list[Row]:
    spelled, phrase, initials, other = d.spelled
    said, short, expansion, another = d.initialism
    a, b = spelled.format(x=phrase), said.format(x=short)
    return [
        (FAITHFUL, "abbreviation: initials of the source's phrase", a, spelled.format(x=initials)),
        (FAITHFUL, "abbreviation: phrase and initials", a, spelled.format(x=f"{phrase} ({initials})")),
        ("skill", "abbreviation: another system", a, spelled.format(x=other)),
        (FAITHFUL, "abbreviation: expansion of the source's initials", b, said.format(x=expansion)),
        (FAITHFUL, "abbreviation: expansion and initials", b, said.format(x=f"{expansion} ({short})")),
        ("other", "abbreviation: another expansion", b, said.format(x=another)),
    ]


def _compound(d: Twins) -> list[Row]:
    src, faithful, twin = d.compound
    verb, noun, owner, other = d.owner
    own = f"{verb} the {noun} for the {owner}"
    return [
        (FAITHFUL, "compound: hyphenated", src, faithful),
        ("other", "compound: another thing", src, twin),
        (FAITHFUL, "compound: possessive", own, f"{verb} the {owner}'s {noun}"),
        (FAITHFUL, "compound: noun adjunct", own, f"{verb} the {owner} {noun}"),
        ("other", "compound: another owner", own, f"{verb} the {other}'s {noun}"),
    ]


def _outcome(d: Twins) -> list[Row]:
    o = d.outcome
    src, v, p = o.text, o.verb.lower(), o.percent
    metric = o.metric[:1].upper() + o.metric[1:]
    return [
        (FAITHFUL, "outcome: reordered", src, f"By {o.means_ing}, {v} {o.metric} by {p}%"),
        (
            "other",
            "outcome: reordered, another metric",
            src,
            f"By {o.means_ing}, {v} {o.other_metric} by {p}%",
        ),
        (
            FAITHFUL,
            "outcome: nominalised",
            src,
            f"Achieved {_a(str(p))} {p}% {o.noun} in {o.metric} through {o.means_noun}",
        ),
        (
            "other",
            "outcome: nominalised, another means",
            src,
            f"Achieved {_a(str(p))} {p}% {o.noun} in {o.metric} through {o.other_means}",
        ),
        (FAITHFUL, "outcome: passive", src, f"{metric} {v} by {p}% through {o.means_noun}"),
        (
            "number",
            "outcome: passive, another figure",
            src,
            f"{metric} {v} by {p + 10}% through {o.means_noun}",
        ),
        (
            FAITHFUL,
            "outcome: percent in words",
            src,
            f"{o.verb} {o.metric} by {p} percent with {o.means_noun}",
        ),
        (
            "other",
            "outcome: percent in words, another metric",
            src,
            f"{o.verb} {o.other_metric} by {p} percent with {o.means_noun}",
        ),
    ]


def _people(d: Twins) -> list[Row]:
    verb, obj, others, peers = d.co
    co = f"Co-{verb} {obj} with {others} other {peers}"
    past, obj1, count, peers1 = d.one_of
    one = f"{past} {obj1} as one of {count} {peers1}"
    n, trainees, k, went = d.developed
    dev = f"Trained {n} {trainees}; {k} went on to {went}"
    return [
        (FAITHFUL, "people: colleagues", co, f"Co-{verb}, with {words(others)} colleagues, {obj}"),
        (FAITHFUL, "people: fellow", co, f"Co-{verb} {obj} alongside {words(others)} fellow {peers}"),
        (FAITHFUL, "people: one of", co, f"Co-{verb} {obj} as one of {others + 1} {peers}"),
        ("number", "people: colleagues beyond", co, f"Co-{verb}, with {words(others + 2)} colleagues, {obj}"),
        (
            "leadership",
            "people: leading the peers",
            co,
            f"{verb.capitalize()} {obj}, leading {others} other {peers}",
        ),
        ("number", "people: one of beyond", co, f"Co-{verb} {obj} as one of {others + 3} {peers}"),
        (FAITHFUL, "people: others", one, f"{past} {obj1} with {count - 1} other {peers1}"),
        (FAITHFUL, "people: fellow", one, f"{past} {obj1} with {words(count - 1)} fellow {peers1}"),
        (FAITHFUL, "people: team of", one, f"{past} {obj1} on a team of {count} {peers1}"),
        (
            FAITHFUL,
            "people: others first",
            one,
            f"Working with {count - 1} other {peers1}, {_lower(past)} {obj1}",
        ),
        ("number", "people: others beyond", one, f"{past} {obj1} with {count} other {peers1}"),
        ("number", "people: team of beyond", one, f"{past} {obj1} on a team of {count + 3} {peers1}"),
        ("leadership", "people: leading the peers", one, f"{past} {obj1} leading {count - 1} other {peers1}"),
        (FAITHFUL, "people: of them", dev, f"Trained {n} {trainees} and saw {k} of them go on to {went}"),
        (
            FAITHFUL,
            "people: of whom",
            dev,
            f"Trained {words(n)} {trainees}, {words(k)} of whom went on to {went}",
        ),
        (FAITHFUL, "people: of them", dev, f"Trained {n} {trainees}, {k} of them going on to {went}"),
        (
            "number",
            "people: of them beyond",
            dev,
            f"Trained {n} {trainees} and saw {k + 2} of them go on to {went}",
        ),
        ("scope", "people: all of them", dev, f"Trained {n} {trainees}, all of whom went on to {went}"),
        (
            "number",
            "people: of whom beyond",
            dev,
            f"Trained {words(n + 5)} {trainees}, {words(k)} of whom went on to {went}",
        ),
    ]


def _tools(d: Twins) -> list[Row]:
    product, short, long, other = d.product
    keyword, tool, generic, another = d.keyword
    bullet, listed, only_job = d.listed
    p, k = product.format(x=short), keyword.format(x=tool)
    return [
        (FAITHFUL, "product: as the skills list writes it", p, product.format(x=long)),
        ("skill", "product: another of the vendor's", p, product.format(x=other)),
        (
            FAITHFUL,
            "keyword: the job's word for the source's tool",
            k,
            keyword.format(x=f"the {tool} {generic}"),
        ),
        (
            FAITHFUL,
            "keyword: the job's word for the source's tool",
            k,
            keyword.format(x=f"{tool} ({generic})"),
        ),
        ("skill", "keyword: a tool only the job names", k, keyword.format(x=f"the {another} {generic}")),
        (FAITHFUL, "keyword: a tool the skills list names", bullet, f"{bullet} using {listed}"),
        ("skill", "keyword: a tool only the job names", bullet, f"{bullet} using {only_job}"),
    ]


def _tenure(d: Twins) -> list[Row]:
    total = int(_years(d.earlier_start, d.end))
    here = int(_years(d.start, d.end))
    src = _summary(d)
    first = d.plain[0]
    return [
        (FAITHFUL, "tenure: summary", src, f"{total} years of experience in {d.field}. {d.doing}."),
        (FAITHFUL, "tenure: summary, over", src, f"Focused on {d.field} for over {total} years. {d.doing}."),
        (
            FAITHFUL,
            "tenure: summary, in words",
            src,
            f"Professional with {words(total)} years in {d.field}. {d.doing}.",
        ),
        (
            "tenure",
            "tenure: summary beyond",
            src,
            f"{total + 3} years of experience in {d.field}. {d.doing}.",
        ),
        (
            "tenure",
            "tenure: summary, over beyond",
            src,
            f"Focused on {d.field} for over {total + 2} years. {d.doing}.",
        ),
        (FAITHFUL, "tenure: at the employer", first, f"Over {here} years at {d.employer}, {_lower(first)}"),
        (
            "tenure",
            "tenure: at the employer beyond",
            first,
            f"Over {here + 3} years at {d.employer}, {_lower(first)}",
        ),
    ]


def _title(d: Twins) -> list[Row]:
    src = _summary(d)
    rest = f"focused on {d.field}. {d.doing}."
    return [
        (FAITHFUL, "title: held", src, f"{d.title} {rest}"),
        (FAITHFUL, "title: held, both", src, f"{d.earlier_title} turned {d.title}, {rest}"),
        (FAITHFUL, "title: held earlier", src, f"{d.title} (formerly {d.earlier_title}) {rest}"),
        ("title", "title: never held", src, f"{d.title_beyond} {rest}"),
        ("title", "title: never held, both", src, f"{d.earlier_title} turned {d.title_beyond}, {rest}"),
    ]


def _merge(d: Twins) -> list[Row]:
    first, second, other_job = d.plain
    return [
        (FAITHFUL, "merge: two bullets of the job", first, f"{first}, and {_lower(second)}"),
        (FAITHFUL, "merge: two bullets of the job", first, f"{first}; {_lower(second)}"),
        ("other", "merge: a bullet of another job", first, f"{first}, and {_lower(other_job)}"),
        ("other", "merge: a bullet of another job", first, f"{first}; {_lower(other_job)}"),
    ]


FAMILIES = {
    "count": _count,
    "rate": _rate,
    "thousands": _thousands,
    "abbreviation": _abbreviation,
    "compound": _compound,
    "outcome": _outcome,
    "people": _people,
    "tools": _tools,
    "tenure": _tenure,
    "title": _title,
    "merge": _merge,
}


def _resume(d: Twins) -> dict[str, Any]:
    return {
        "basics": {"name": d.person, "summary": _summary(d)},
        "work": [
            {
                "name": d.employer,
                "position": d.title,
                "startDate": d.start,
                "endDate": d.end,
                "highlights": _current(d),
            },
            {
                "name": d.earlier_employer,
                "position": d.earlier_title,
                "startDate": d.earlier_start,
                "endDate": _month_before(d.start),
                "highlights": _earlier(d),
            },
        ],
        "education": [{"institution": "Portland Community College", "studyType": "Associate of Arts"}],
        "skills": [{"name": "Skills", "keywords": list(d.skills)}],
        "languages": [{"language": "English", "fluency": "Native"}],
    }


def twins_domains() -> dict[str, Domain]:
    return {d.name: Domain(d.name, _resume(d), d.jd, {}) for d in DOMAINS}


TEMPLATES: dict[tuple[str, str], str] = {}
"""(domain, rewrite) → the template that wrote it, for listing misses by template."""
FAMILY_OF: dict[tuple[str, str], str] = {}
"""(domain, rewrite) → its family (a key of FAMILIES)."""


def placed(
    part: str,
    domain: str,
    texts: tuple[Any, ...],
    family: str,
    rows: list[Row],
    seen: set[tuple[str, str]],
) -> list[Case]:
    """Each row as a case on the sentence it rewrites: `texts` are the summary and each job's bullets.
    A row seen before in the domain, or one that rewrites nothing, is left out; each case's template and
    family are recorded (TEMPLATES, FAMILY_OF)."""
    summary, *jobs = texts
    out: list[Case] = []
    for kind, template, source, rewrite in rows:
        key = (domain, rewrite)
        if rewrite == source or key in seen:
            continue
        seen.add(key)
        TEMPLATES[key] = template
        FAMILY_OF[key] = family
        if source == summary:
            out.append(Case(domain, kind, rewrite, None, 0, part=part))
            continue
        job = next(i for i, bullets in enumerate(jobs) if source in bullets)
        out.append(Case(domain, kind, rewrite, job, jobs[job].index(source), part=part))
    return out


def placed_all(part: str, named: list[tuple[str, tuple[Any, ...], dict[str, list[Row]]]]) -> list[Case]:
    """Every family's rows of every domain placed as cases (`named`: per domain, its name, its texts
    and its rows by family), duplicates left out across the part."""
    out: list[Case] = []
    seen: set[tuple[str, str]] = set()
    for domain, texts, families in named:
        for name, rows in families.items():
            out += placed(part, domain, texts, name, rows, seen)
    return out


def two_jobs(
    person: str,
    summary: str,
    current: tuple[str, str, str, str, list[str]],
    earlier: tuple[str, str, str, str, list[str]],
    skills: tuple[str, ...],
) -> dict[str, Any]:
    """A resume of two jobs, each (employer, title, start, end, bullets), with a skills list."""
    return {
        "basics": {"name": person, "summary": summary},
        "work": [
            {"name": n, "position": p, "startDate": a, "endDate": b, "highlights": h}
            for n, p, a, b, h in (current, earlier)
        ],
        "skills": [{"name": "Skills", "keywords": list(skills)}],
        "languages": [{"language": "English", "fluency": "Native"}],
    }


def twins_cases() -> list[Case]:
    return placed_all(
        PART,
        [
            (d.name, (_summary(d), _current(d), _earlier(d)), {n: f(d) for n, f in FAMILIES.items()})
            for d in DOMAINS
        ],
    )
