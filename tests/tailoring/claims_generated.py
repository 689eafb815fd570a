"""The generated part of the truth guard's evaluation: templates over facts, both directions.

Each of eight domains (none of them a domain of the hand-written or external sets) is a source resume
whose bullets are written as *facts*: a verb, an object, a measure, a means, a context. The source
bullet is those parts in their plain order; every case rewrites one bullet (or the summary) by a
template, so the set spans the ways a model rewrites rather than the ways one author happened to.

Faithful templates (the rewrite says nothing the fact does not): a verb swapped for a synonym, a noun
swapped for the job description's word for it, the means put first, the result as a clause
("..., reducing X by 30%"), the result as a purpose ("... to reduce X"), a nominalisation ("a 30%
reduction in X"), a headline passive, shortening (the measure or the means left out), the parts of one
bullet in another order, numbers restated in other exact forms (words, "percent", "$1.2 million"),
emphasis words that claim nothing ("successfully", "key"), and the summary's phrases reordered; and
rewrites that bring in what the rest of the resume says (the title, the employer, the job's summary,
a listed skill, a held certificate, the degree, a spoken language, a time restated). Besides the
templates, MODEL_STYLE and MODEL_STYLE_FABRICATIONS hold rewrites of the same facts worded freely, the
way a model words them, both ways.

Fabrication templates (a faithful main clause plus one invented claim): an outcome or consequence
clause the source does not state ("..., resulting in higher client retention", "..., a practice the
firm later adopted"), a timeline the source does not state ("within the first month"), a widened scope
("across all branches", "company-wide", "for both ... and ..."), a tool only the job description names,
and a certification only the job description names.

The templates, not the guard, decide the labels; nothing here is produced by the guard. Cases are
deterministic (no randomness), so the part's figures are comparable from run to run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tests.tailoring.claims_eval import FAITHFUL, Case, Domain

PART = "generated"


@dataclass(frozen=True)
class Verb:
    past: str
    base: str
    ing: str
    noun: str
    """The nominalisation ("reduction"), empty when the verb has none that reads well."""
    synonyms: tuple[str, ...]


VERBS = {
    v.past: v
    for v in (
        Verb("Reduced", "reduce", "reducing", "reduction", ("Cut", "Lowered", "Decreased")),
        Verb("Increased", "increase", "increasing", "increase", ("Raised", "Grew", "Boosted")),
        Verb("Improved", "improve", "improving", "improvement", ("Raised", "Lifted")),
        Verb("Shortened", "shorten", "shortening", "reduction", ("Cut", "Reduced")),
        Verb("Trained", "train", "training", "", ("Coached", "Taught", "Instructed")),
        Verb("Managed", "manage", "managing", "", ("Oversaw", "Handled", "Administered")),
        Verb("Processed", "process", "processing", "", ("Handled", "Completed")),
        Verb("Resolved", "resolve", "resolving", "", ("Handled", "Closed", "Addressed")),
        Verb("Prepared", "prepare", "preparing", "", ("Produced", "Compiled", "Drafted")),
        Verb("Built", "build", "building", "", ("Developed", "Put together")),
        Verb("Coordinated", "coordinate", "coordinating", "", ("Organized", "Arranged")),
        Verb("Conducted", "conduct", "conducting", "", ("Performed", "Carried out", "Completed")),
        Verb("Maintained", "maintain", "maintaining", "", ("Kept", "Sustained")),
        Verb("Documented", "document", "documenting", "", ("Recorded", "Logged")),
    )
}
EMPHASIS = ("Successfully", "Effectively", "Proactively", "Efficiently", "Carefully")
ADJECTIVES = ("key", "critical", "core")


@dataclass(frozen=True)
class Fact:
    verb: str
    obj: str
    measure: str = ""
    """"by 30%", "from 12 to 8 days", or empty when the object carries the number."""
    means_ing: str = ""
    """How it was done, as a gerund phrase ("automating vendor matching in NetSuite")."""
    means_past: str = ""
    """The same in the past tense ("Automated vendor matching in NetSuite")."""
    context: str = ""
    """Where or for whom ("for 3 regional offices"): a second fact of the same bullet."""

    @property
    def text(self) -> str:
        means = f"by {self.means_ing}" if self.means_ing else ""
        return _join(self.verb, self.obj, self.measure, means, self.context)


@dataclass(frozen=True)
class GenDomain:
    name: str
    person: str
    employer: str
    title: str
    start: str
    facts: tuple[Fact, ...]
    summary: str
    summary_rewrites: tuple[str, ...]
    """Faithful rewrites of the summary: its own phrases, reordered or restated."""
    skills: tuple[str, ...]
    certificates: tuple[str, ...]
    education: tuple[str, str, str]
    """(institution, degree, field)."""
    jd: str
    jd_synonyms: tuple[tuple[str, str], ...]
    """(a word of the source, the job description's word for the same thing)."""
    jd_tools: tuple[str, ...]
    """Tools the job description names and the resume does not."""
    jd_certs: tuple[str, ...]
    """Certifications the job description names and the resume does not hold."""
    units: str
    """What the employer has many of ("branches"): the word a widened scope uses."""
    unit_pair: tuple[str, str]
    """Two parts of the employer (the source works in the first only)."""
    outcomes: tuple[str, ...]
    """Consequences in the domain's own words that the source never states."""
    extra: dict[str, Any] = field(default_factory=dict)


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p).replace(" ,", ",")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:1].isupper() and not text[1:2].isupper() else text


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


SMALL = {
    "2": "two",
    "3": "three",
    "4": "four",
    "5": "five",
    "6": "six",
    "7": "seven",
    "8": "eight",
    "9": "nine",
    "10": "ten",
    "11": "eleven",
    "12": "twelve",
    "15": "fifteen",
    "20": "twenty",
    "25": "twenty-five",
    "30": "thirty",
    "40": "forty",
    "50": "fifty",
}


def restated(text: str) -> list[str]:
    """The same numbers in other exact forms: "30%" as "30 percent" and "thirty percent", a small count
    in words, "$1.2M" as "$1.2 million" and "$1,200,000", "$350K" as "$350,000"."""
    import re

    out: list[str] = []
    pct = re.search(r"\b(\d+)%", text)
    if pct:
        out.append(text.replace(pct.group(0), f"{pct.group(1)} percent", 1))
        if pct.group(1) in SMALL:
            out.append(text.replace(pct.group(0), f"{SMALL[pct.group(1)]} percent", 1))
    money = re.search(r"\$(\d+(?:\.\d+)?)([MK])\b", text)
    if money:
        value = float(money.group(1)) * (1_000_000 if money.group(2) == "M" else 1_000)
        word = "million" if money.group(2) == "M" else "thousand"
        out.append(text.replace(money.group(0), f"${money.group(1)} {word}", 1))
        out.append(text.replace(money.group(0), f"${value:,.0f}", 1))
    count = re.search(r"(?<![\d.$,])\b(\d{1,2})\b(?![\d%.,])", text)
    if count and count.group(1) in SMALL:
        out.append(text[: count.start()] + SMALL[count.group(1)] + text[count.end() :])
    return out


def faithful(d: GenDomain, fact: Fact) -> list[tuple[str, str]]:
    """(template, rewrite) pairs that say exactly what the fact says."""
    verb = VERBS[fact.verb]
    means = f"by {fact.means_ing}" if fact.means_ing else ""
    out: list[tuple[str, str]] = []
    for synonym in verb.synonyms[:2]:
        out.append(("verb synonym", _join(synonym, fact.obj, fact.measure, means, fact.context)))
    swapped = fact.text
    for word, jd_word in d.jd_synonyms:
        swapped = swapped.replace(f" {word}", f" {jd_word}")
    if swapped != fact.text:
        out.append(("job's word", swapped))
    if fact.means_ing:
        out.append(
            (
                "means first",
                _join(f"By {fact.means_ing},", _lower_first(fact.verb), fact.obj, fact.measure, fact.context),
            )
        )
        out.append(
            ("result clause", _join(f"{fact.means_past},", verb.ing, fact.obj, fact.measure, fact.context))
        )
        out.append(("purpose", _join(fact.means_past, "to", verb.base, fact.obj, fact.measure, fact.context)))
        out.append(("shortened", _join(fact.verb, fact.obj, means)))
    if fact.measure:
        out.append(("shortened", _join(fact.verb, fact.obj, fact.measure)))
        out.append(
            ("headline passive", _join(_upper_first(fact.obj), _lower_first(fact.verb), fact.measure, means))
        )
    if verb.noun and fact.measure.startswith("by ") and fact.measure.endswith("%"):
        amount = fact.measure[3:]
        out.append(
            ("nominalised", _join(f"Delivered a {amount} {verb.noun} in", fact.obj, means, fact.context))
        )
        out.append(("nominalised", _join(f"Achieved a {amount} {verb.noun} in", fact.obj, means)))
    if fact.context:
        out.append(("reordered", _join(fact.verb, fact.obj, fact.context, fact.measure, means)))
        out.append(
            (
                "reordered",
                _join(
                    _upper_first(fact.context) + ",", _lower_first(fact.verb), fact.obj, fact.measure, means
                ),
            )
        )
    for form in restated(fact.text):
        out.append(("number restated", form))
    emphasis = EMPHASIS[len(fact.obj) % len(EMPHASIS)]
    out.append(("emphasis", _join(emphasis, _lower_first(fact.text))))
    adjective = ADJECTIVES[len(fact.obj) % len(ADJECTIVES)]
    if fact.obj.startswith("the "):
        out.append(
            (
                "emphasis",
                _join(fact.verb, f"the {adjective}", fact.obj[4:], fact.measure, means, fact.context),
            )
        )
    return out


TIME_FORMS = {
    "per day": ("daily", "a day", "each day"),
    "per shift": ("each shift", "a shift"),
    "every two weeks": ("biweekly", "every other week"),
    "within 48 hours": ("within two days",),
    "over 2 years": ("for two years", "across two years"),
    "weekly": ("every week",),
    "monthly": ("each month",),
    "quarterly": ("every quarter",),
    "annual": ("yearly",),
    "after each visit": ("after every visit",),
}
PARTNERS = ("alongside", "in partnership with", "together with")


def _derived(fact: Fact) -> list[str]:
    """A change "from A to B" restated as its difference, or as its end point."""
    import re

    found = re.fullmatch(r"from ([\d.]+)(%?) to ([\d.]+)(%?)(.*)", fact.measure)
    if not found:
        return []
    a, b, percent, rest = float(found.group(1)), float(found.group(3)), found.group(2), found.group(5)
    diff = round(abs(a - b), 2)
    means = f"by {fact.means_ing}" if fact.means_ing else ""
    by = f"by {diff:g} percentage points" if percent else f"by {diff:g}{rest}"
    return [
        _join(fact.verb, fact.obj, by, means),
        _join(fact.verb, fact.obj, f"to {b:g}{percent}{rest}", means),
    ]


def faithful_across(d: GenDomain, fact: Fact, index: int) -> list[tuple[str, str]]:
    """Rewrites that bring in what the same job or the person's own sections say: the title, the employer,
    the job's summary, a time restated, a partner named another way, a change as its difference, a
    hedge, two bullets of one job as one."""
    text = fact.text
    out: list[tuple[str, str]] = [
        ("title from the position", f"As {d.title.lower()}, {_lower_first(text)}"),
        ("employer named", f"{text} at {d.employer}"),
        (
            "hedged",
            f"Helped {VERBS[fact.verb].base} {_join(fact.obj, fact.measure, f'by {fact.means_ing}' if fact.means_ing else '', fact.context)}",
        ),
    ]
    if "context" in d.extra:
        out.append(("job summary context", f"{text} {d.extra['context']}"))
    for said, forms in TIME_FORMS.items():
        if f" {said}" in f" {text}":
            out += [("time restated", text.replace(said, form)) for form in forms]
    if " with the " in text:
        partner = PARTNERS[index % len(PARTNERS)]
        out.append(("partner restated", text.replace(" with the ", f" {partner} the ")))
    out += [("change restated", form) for form in _derived(fact)]
    other = d.facts[(index + 1) % len(d.facts)]
    out.append(("two bullets of one job", f"{text}; {_lower_first(other.text)}"))
    skill = d.skills[index % len(d.skills)]
    if " " not in skill and skill.lower() not in text.lower():
        out.append(("listed skill named", f"{text} using {skill}"))
    return out


def summary_across(d: GenDomain) -> list[tuple[str, str]]:
    """Summary rewrites that bring in facts from the rest of the resume."""
    first, _, rest = d.summary.partition(". ")
    rest = f". {rest}" if rest else ""
    institution, degree, area = d.education
    head, _, tail = first.partition(" with ")
    out = [
        ("summary employer", f"{head} at {d.employer} with {tail}{rest}"),
        ("summary degree", f"{first}, holding a {degree} in {area}{rest}"),
        ("summary school", f"{first} and a graduate of {institution}{rest}"),
        ("summary headline", f"{first} who {_lower_first(d.facts[0].text)}{rest}"),
        ("summary skills", f"{d.summary} Proficient in {d.skills[0]} and {d.skills[1]}."),
    ]
    for cert in d.extra.get("certificates", ()):
        out.append(("summary certificate held", f"{first}, holding the {cert} certification{rest}"))
    for language, level in d.extra.get("languages", []):
        spoken = "fluent in" if level in ("Fluent", "Native") else f"{level.split()[0].lower()} in"
        out.append(("summary language", f"{first}, {spoken} {language}{rest}"))
    return out


OUTCOMES = (
    ", resulting in higher client retention",
    ", which improved team morale",
    ", leading to faster decisions by senior leadership",
    ", a practice the company later adopted as its standard",
    ", earning praise from the regional director",
    ", helping the business win three new contracts",
    ", saving the department significant overtime costs",
    ", which reduced complaints the following year",
    " and cut staff turnover as a result",
    ", contributing to record profits for the year",
    ", an approach other teams went on to copy",
    ", freeing managers to focus on growth",
)
TIMINGS = (" within the first month", " in under six weeks", " ahead of schedule", " two weeks early")


def fabrications(d: GenDomain, fact: Fact, index: int) -> list[tuple[str, str, str]]:
    """(kind, template, rewrite): the fact said faithfully plus one invented claim."""
    out: list[tuple[str, str, str]] = []
    base = fact.text
    for k in range(3):
        outcome = OUTCOMES[(index * 3 + k) % len(OUTCOMES)]
        out.append(("other", "invented outcome", base + outcome))
    outcome = d.outcomes[index % len(d.outcomes)]
    out.append(("other", "invented outcome (domain)", f"{base}, {outcome}"))
    out.append(("other", "invented timeline", base + TIMINGS[index % len(TIMINGS)]))
    out.append(("scope", "across all", f"{base} across all {d.units}"))
    out.append(("scope", "company-wide", f"{base} company-wide"))
    out.append(("scope", "both parts", f"{base} for both the {d.unit_pair[0]} and the {d.unit_pair[1]}"))
    out.append(("scope", "entire", f"{base} for the entire {d.extra.get('whole', 'organization')}"))
    tool = d.jd_tools[index % len(d.jd_tools)]
    out.append(("skill", "tool added", f"{base} using {tool}"))
    if fact.means_ing:
        out.append(
            (
                "skill",
                "tool in the means",
                _join(fact.verb, fact.obj, fact.measure, f"by {fact.means_ing} in {tool}"),
            )
        )
    cert = d.jd_certs[index % len(d.jd_certs)]
    out.append(
        (
            "certification",
            "holding the certification",
            f"Holding the {cert} certification, {_lower_first(base)}",
        )
    )
    out.append(("certification", "certification clause", f"{base} as a {cert}-certified {d.title.lower()}"))
    out.append(("certification", "credential", f"{base}; holds the {cert} credential"))
    held = " ".join(d.extra.get("certificates", ())).lower()
    skill = next((k for k in d.skills if k.lower() not in held), d.skills[0])
    out.append(("certification", "certified in a listed skill", f"{base}, certified in {skill}"))
    return out


def _resume(d: GenDomain) -> dict[str, Any]:
    institution, degree, area = d.education
    return {
        "basics": {"name": d.person, "label": d.title, "summary": d.summary},
        "work": [
            {
                "name": d.employer,
                "position": d.title,
                "startDate": d.start,
                "endDate": "present",
                "summary": d.extra.get("job_summary"),
                "location": d.extra.get("location"),
                "highlights": [f.text for f in d.facts],
            },
            *d.extra.get("earlier", []),
        ],
        "education": [{"institution": institution, "studyType": degree, "area": area}],
        "skills": [{"name": "Skills", "keywords": list(d.skills)}],
        "certificates": [{"name": c} for c in (*d.certificates, *d.extra.get("certificates", ()))],
        "languages": [
            {"language": "English", "fluency": "Native"},
            *({"language": name, "fluency": level} for name, level in d.extra.get("languages", [])),
        ],
    }


DOMAINS: tuple[GenDomain, ...] = (
    GenDomain(
        name="accounting",
        person="Lena Brandt",
        employer="Harbor Point Logistics",
        title="Staff Accountant",
        start="2019-08",
        facts=(
            Fact(
                "Reduced",
                "invoice processing time",
                "by 30%",
                "automating vendor matching in NetSuite",
                "Automated vendor matching in NetSuite",
                "for 3 regional offices",
            ),
            Fact("Prepared", "monthly account reconciliations for 45 general ledger accounts"),
            Fact(
                "Shortened",
                "the month-end close",
                "from 8 to 5 days",
                "standardizing journal entry templates",
                "Standardized journal entry templates",
            ),
            Fact(
                "Resolved",
                "vendor payment discrepancies worth $1.2M",
                "",
                "auditing duplicate invoices",
                "Audited duplicate invoices",
            ),
            Fact("Trained", "4 new AP clerks on the expense policy"),
        ),
        summary="Staff accountant with 6 years in accounts payable, reconciliations and month-end close. Known for accurate ledgers and clear documentation.",
        summary_rewrites=(
            "Staff accountant with six years in accounts payable, reconciliations and month-end close, known for accurate ledgers and clear documentation.",
            "Staff accountant known for accurate ledgers and clear documentation, with 6 years in month-end close, reconciliations and accounts payable.",
            "Accountant with 6 years of accounts payable, reconciliation and month-end close work. Known for clear documentation and accurate ledgers.",
        ),
        skills=("NetSuite", "Excel", "QuickBooks", "Account reconciliation"),
        certificates=(),
        education=("Portland State University", "Bachelor of Science", "Accounting"),
        jd="Senior Accountant. Own the month-end close and account reconciliations for a multi-entity company. "
        "Experience with NetSuite, BlackLine, Workday Financials and SQL. CPA or CMA preferred. Work with the AP "
        "specialists to streamline invoice workflows and reduce invoice cycle time.",
        jd_synonyms=(("invoice processing time", "invoice cycle time"), ("clerks", "specialists")),
        jd_tools=("BlackLine", "Workday Financials", "SQL"),
        jd_certs=("CPA", "CMA"),
        units="subsidiaries",
        unit_pair=("accounts payable team", "treasury team"),
        outcomes=(
            "which sped up the annual audit",
            "allowing the controller to close the books sooner",
            "and the CFO adopted the templates for every entity",
            "which lowered late-payment penalties",
        ),
        extra={
            "whole": "finance organization",
            "job_summary": "Accounts payable and general ledger accountant for a freight company with 3 regional offices.",
            "context": "at a freight company with 3 regional offices",
            "location": "Portland, OR",
            "languages": [("German", "Professional working proficiency")],
        },
    ),
    GenDomain(
        name="support",
        person="Dev Malhotra",
        employer="Brightline Software",
        title="Customer Support Team Lead",
        start="2020-02",
        facts=(
            Fact(
                "Reduced",
                "average first response time",
                "by 35%",
                "introducing ticket triage rules in Zendesk",
                "Introduced ticket triage rules in Zendesk",
                "for the billing queue",
            ),
            Fact("Resolved", "60 to 80 customer tickets per day", "", "", "", "over email and chat"),
            Fact(
                "Trained",
                "9 new support agents",
                "",
                "running a two-week shadowing program",
                "Ran a two-week shadowing program",
            ),
            Fact("Maintained", "a customer satisfaction score of 94%", "", "", "", "over 2 years"),
            Fact("Built", "a help center of 120 articles", "", "", "", "with the product team"),
        ),
        summary="Customer support lead with 5 years in SaaS support, ticket triage and agent training. Calm with frustrated customers and precise in writing.",
        summary_rewrites=(
            "Customer support lead with five years in SaaS support, ticket triage and agent training; calm with frustrated customers and precise in writing.",
            "Support lead with 5 years of SaaS support, agent training and ticket triage. Precise in writing and calm with frustrated customers.",
        ),
        skills=("Zendesk", "Excel", "Ticket triage", "Knowledge base writing"),
        certificates=(),
        education=("Ohio State University", "Bachelor of Arts", "Communication"),
        jd="Support Operations Manager. Lead a team of support specialists handling client tickets in Zendesk and "
        "Salesforce Service Cloud. Experience with Intercom, Jira and knowledge base management. HDI Support Center "
        "Manager or ITIL Foundation certification a plus. Improve CSAT and reduce response times.",
        jd_synonyms=(
            ("customer tickets", "client tickets"),
            ("agents", "specialists"),
            ("help center", "knowledge base"),
        ),
        jd_tools=("Salesforce Service Cloud", "Intercom", "Jira"),
        jd_certs=("ITIL Foundation", "HDI Support Center Manager"),
        units="product lines",
        unit_pair=("billing queue", "onboarding queue"),
        outcomes=(
            "which lifted renewal rates",
            "and churn fell the next quarter",
            "which the company later rolled out to the sales team",
            "so engineering spent less time on escalations",
        ),
        extra={
            "whole": "support organization",
            "job_summary": "Team lead for a 12-person support team serving small-business customers.",
            "context": "on a 12-person support team",
            "location": "Columbus, OH",
            "certificates": ("Zendesk Support Administrator",),
        },
    ),
    GenDomain(
        name="manufacturing",
        person="Tomasz Nowak",
        employer="Keystone Precision Parts",
        title="Process Engineer",
        start="2018-05",
        facts=(
            Fact(
                "Reduced",
                "scrap on the CNC machining line",
                "by 22%",
                "redesigning fixture setups",
                "Redesigned fixture setups",
            ),
            Fact(
                "Increased",
                "throughput of the anodizing cell",
                "from 340 to 410 parts per shift",
                "rebalancing operator tasks",
                "Rebalanced operator tasks",
            ),
            Fact(
                "Conducted",
                "12 root cause investigations",
                "",
                "applying 8D problem solving",
                "Applied 8D problem solving",
            ),
            Fact("Documented", "standard work instructions for 30 machining operations"),
            Fact(
                "Coordinated",
                "preventive maintenance schedules",
                "",
                "",
                "",
                "with the maintenance supervisor",
            ),
        ),
        summary="Process engineer with 7 years in precision machining and anodizing. Focused on scrap reduction, root cause analysis and standard work.",
        summary_rewrites=(
            "Process engineer with seven years in precision machining and anodizing, focused on scrap reduction, root cause analysis and standard work.",
            "Process engineer focused on root cause analysis, standard work and scrap reduction, with 7 years in anodizing and precision machining.",
        ),
        skills=("AutoCAD", "Excel", "8D problem solving", "Fixture design"),
        certificates=(),
        education=("Penn State University", "Bachelor of Science", "Mechanical Engineering"),
        jd="Senior Manufacturing Engineer. Drive yield improvement and waste reduction in a high-mix machining plant. "
        "Lean, SolidWorks, Minitab and MES experience. Six Sigma Black Belt or ASQ Certified Quality Engineer "
        "preferred. Write work instructions and lead corrective action investigations.",
        jd_synonyms=(("scrap", "waste"),),
        jd_tools=("SolidWorks", "Minitab", "MES"),
        jd_certs=("Six Sigma Black Belt", "ASQ Certified Quality Engineer"),
        units="plants",
        unit_pair=("CNC machining line", "stamping line"),
        outcomes=(
            "which won the plant a new aerospace customer",
            "and customer returns dropped as a result",
            "which let the company defer a capital purchase",
            "so the second shift no longer needed overtime",
        ),
        extra={
            "whole": "plant",
            "job_summary": "Process engineer for aerospace and medical components in a 200-employee plant.",
            "context": "in a 200-employee plant",
            "location": "Erie, PA",
            "languages": [("Polish", "Native")],
        },
    ),
    GenDomain(
        name="social work",
        person="Grace Adeyemi",
        employer="Riverbend Family Services",
        title="Case Manager",
        start="2017-09",
        facts=(
            Fact("Managed", "a caseload of 28 families", "", "", "", "in the foster care program"),
            Fact(
                "Coordinated",
                "housing referrals for 40 clients",
                "",
                "partnering with 6 local shelters",
                "Partnered with 6 local shelters",
            ),
            Fact("Conducted", "home visits and safety assessments", "", "", "", "every two weeks"),
            Fact(
                "Reduced",
                "missed appointments",
                "by 25%",
                "sending text message reminders",
                "Sent text message reminders",
            ),
            Fact(
                "Documented",
                "case notes in the state child welfare system",
                "",
                "",
                "",
                "within 48 hours of each visit",
            ),
        ),
        summary="Case manager with 8 years in child welfare and family support. Skilled in crisis intervention, home visits and trauma-informed care.",
        summary_rewrites=(
            "Case manager with eight years in child welfare and family support, skilled in crisis intervention, home visits and trauma-informed care.",
            "Case manager skilled in trauma-informed care, crisis intervention and home visits, with 8 years in family support and child welfare.",
        ),
        skills=("Crisis intervention", "Trauma-informed care", "Case documentation", "Excel"),
        certificates=(),
        education=("University of Minnesota", "Bachelor of Social Work", "Social Work"),
        jd="Senior Case Manager. Carry a caseload of households in a community mental health program. Experience with "
        "Epic, Apricot and motivational interviewing. LCSW or LMSW required. Coordinate referrals with community "
        "partners, reduce no-shows and provide trauma-informed care.",
        jd_synonyms=(("missed appointments", "no-shows"), ("families", "households")),
        jd_tools=("Apricot", "Epic"),
        jd_certs=("LCSW", "LMSW"),
        units="counties",
        unit_pair=("foster care program", "adoption program"),
        outcomes=(
            "which helped several families regain custody",
            "and the county adopted the reminder system",
            "which shortened court timelines",
            "so fewer children changed schools",
        ),
        extra={
            "whole": "agency",
            "job_summary": "Case manager in a nonprofit child welfare agency serving two counties.",
            "context": "at a nonprofit child welfare agency",
            "location": "Saint Paul, MN",
            "languages": [("Spanish", "Conversational")],
        },
    ),
    GenDomain(
        name="analytics",
        person="Priya Raman",
        employer="Copperleaf Insurance",
        title="Data Analyst",
        start="2020-06",
        facts=(
            Fact("Built", "14 Tableau dashboards for the claims team"),
            Fact(
                "Reduced",
                "weekly reporting time",
                "by 60%",
                "automating SQL extracts in Python",
                "Automated SQL extracts in Python",
            ),
            Fact(
                "Improved",
                "the accuracy of the claims forecast",
                "from 82% to 91%",
                "adding seasonality features",
                "Added seasonality features",
            ),
            Fact("Prepared", "quarterly loss ratio reports", "", "", "", "for the underwriting managers"),
            Fact(
                "Maintained", "a data dictionary of 300 fields", "", "", "", "with the data engineering team"
            ),
        ),
        summary="Data analyst with 4 years in insurance analytics. Strong in SQL, Python and Tableau, with a focus on clear reporting for business teams.",
        summary_rewrites=(
            "Data analyst with four years in insurance analytics, strong in SQL, Python and Tableau and focused on clear reporting for business teams.",
            "Insurance data analyst (4 years) strong in Tableau, SQL and Python, with a focus on clear reporting for business teams.",
        ),
        skills=("SQL", "Python", "Tableau", "Excel"),
        certificates=(),
        education=("University of Georgia", "Bachelor of Science", "Statistics"),
        jd="Senior Data Analyst. Build dashboards in Power BI and Looker for business stakeholders; automate reporting "
        "with SQL, dbt and Snowflake. Forecasting experience a plus. Tableau Desktop Specialist or Google Data "
        "Analytics certification preferred.",
        jd_synonyms=(
            ("underwriting managers", "underwriting stakeholders"),
            ("claims team", "claims stakeholders"),
        ),
        jd_tools=("Power BI", "Looker", "dbt", "Snowflake"),
        jd_certs=("Tableau Desktop Specialist", "Google Data Analytics"),
        units="business lines",
        unit_pair=("claims team", "marketing team"),
        outcomes=(
            "which helped the company cut claim costs",
            "allowing underwriters to price policies more competitively",
            "and leadership used them to set the annual budget",
            "which uncovered a fraud ring",
        ),
        extra={
            "whole": "enterprise",
            "job_summary": "Analyst on the claims analytics team of a regional property insurer.",
            "context": "for a regional property insurer",
            "location": "Atlanta, GA",
            "certificates": ("Tableau Certified Data Analyst",),
        },
    ),
    GenDomain(
        name="paralegal",
        person="Marcus Webb",
        employer="Whitman & Cole LLP",
        title="Litigation Paralegal",
        start="2016-01",
        facts=(
            Fact("Prepared", "discovery responses and document productions for 20 active cases"),
            Fact("Managed", "a document review database of 150,000 records", "", "", "", "in Relativity"),
            Fact(
                "Reduced",
                "the time to assemble trial binders",
                "by 40%",
                "creating indexed exhibit templates",
                "Created indexed exhibit templates",
            ),
            Fact("Coordinated", "depositions and court filings", "", "", "", "for 3 partners"),
            Fact("Conducted", "legal research on state e-filing rules", "", "", "", "with the associates"),
        ),
        summary="Litigation paralegal with 9 years in civil litigation and e-discovery. Organized, discreet and precise with court deadlines.",
        summary_rewrites=(
            "Litigation paralegal with nine years in civil litigation and e-discovery; organized, discreet and precise with court deadlines.",
            "Organized, discreet litigation paralegal with 9 years in e-discovery and civil litigation, precise with court deadlines.",
        ),
        skills=("Relativity", "Microsoft Word", "Legal research", "E-filing"),
        certificates=(),
        education=("Temple University", "Bachelor of Arts", "Political Science"),
        jd="Senior Litigation Paralegal. Support attorneys with discovery, depositions and trial preparation on complex "
        "matters. Relativity, Westlaw, CaseMap and iManage experience. NALA Certified Paralegal or Certified "
        "eDiscovery Specialist preferred.",
        jd_synonyms=(("cases", "matters"),),
        jd_tools=("Westlaw", "CaseMap", "iManage"),
        jd_certs=("NALA Certified Paralegal", "Certified eDiscovery Specialist"),
        units="offices",
        unit_pair=("litigation group", "corporate group"),
        outcomes=(
            "which helped the firm win summary judgment",
            "and the partners made the templates firm policy",
            "saving clients substantial fees",
            "which the court later cited as a model",
        ),
        extra={
            "whole": "firm",
            "job_summary": "Paralegal in the commercial litigation group of a 60-attorney firm.",
            "context": "in a 60-attorney litigation group",
            "location": "Philadelphia, PA",
        },
    ),
    GenDomain(
        name="retail",
        person="Alicia Moreno",
        employer="Fieldstone Outdoor Supply",
        title="Store Manager",
        start="2015-04",
        facts=(
            Fact(
                "Increased",
                "annual store sales",
                "by 12%",
                "reworking the floor layout",
                "Reworked the floor layout",
                "for a $4.5M store",
            ),
            Fact("Managed", "a staff of 18 sales associates", "", "", "", "on 2 shifts"),
            Fact(
                "Reduced",
                "inventory shrink",
                "from 2.1% to 1.3%",
                "introducing weekly cycle counts",
                "Introduced weekly cycle counts",
            ),
            Fact("Trained", "6 key holders on opening and closing procedures"),
            Fact("Processed", "vendor deliveries and returns", "", "", "", "for the footwear department"),
        ),
        summary="Store manager with 10 years in specialty retail. Focused on sales growth, inventory control and coaching associates.",
        summary_rewrites=(
            "Store manager with ten years in specialty retail, focused on sales growth, inventory control and coaching associates.",
            "Specialty retail store manager (10 years) focused on coaching associates, inventory control and sales growth.",
        ),
        skills=("Inventory control", "Visual merchandising", "Excel", "Scheduling"),
        certificates=(),
        education=("Colorado State University", "Bachelor of Science", "Business Administration"),
        jd="District Manager, specialty retail. Lead store managers and team members; drive comp sales and loss "
        "prevention, reduce inventory loss. Experience with Oracle Retail, Workday and Kronos scheduling. NRF Retail "
        "Management certification preferred.",
        jd_synonyms=(("sales associates", "team members"), ("shrink", "loss")),
        jd_tools=("Oracle Retail", "Kronos", "Workday"),
        jd_certs=("NRF Retail Management", "Certified Retail Manager"),
        units="stores",
        unit_pair=("footwear department", "camping department"),
        outcomes=(
            "and the layout was rolled out to the other stores",
            "which brought in new customers from nearby towns",
            "which lowered markdowns on seasonal stock",
            "so the regional office added more payroll hours",
        ),
        extra={
            "whole": "chain",
            "job_summary": "Manager of a $4.5M flagship store with 18 associates.",
            "context": "at the $4.5M flagship store",
            "location": "Boulder, CO",
            "languages": [("Spanish", "Fluent")],
        },
    ),
    GenDomain(
        name="dental",
        person="Hannah Lindqvist",
        employer="Lakeshore Family Dentistry",
        title="Dental Hygienist",
        start="2019-03",
        facts=(
            Fact("Conducted", "cleanings and periodontal assessments for 8 to 10 patients per day"),
            Fact(
                "Increased",
                "acceptance of fluoride treatments",
                "by 18%",
                "explaining costs and benefits chairside",
                "Explained costs and benefits chairside",
            ),
            Fact("Documented", "periodontal charts in Dentrix", "", "", "", "after each visit"),
            Fact("Trained", "2 dental assistants on sterilization protocols"),
            Fact("Coordinated", "the recall reminders", "", "", "", "with the front desk team"),
        ),
        summary="Registered dental hygienist with 6 years in family dentistry. Gentle with anxious patients and thorough in periodontal care.",
        summary_rewrites=(
            "Registered dental hygienist with six years in family dentistry, gentle with anxious patients and thorough in periodontal care.",
            "Dental hygienist (6 years, family dentistry) who is thorough in periodontal care and gentle with anxious patients.",
        ),
        skills=("Dentrix", "Periodontal charting", "Digital radiography", "Patient education"),
        certificates=("Registered Dental Hygienist License",),
        education=("Ferris State University", "Associate of Applied Science", "Dental Hygiene"),
        jd="Dental Hygienist for a multi-location group practice. Perform prophylaxis and periodontal maintenance, take "
        "digital radiographs and educate patients. Eaglesoft, Dexis and Open Dental experience. Local Anesthesia "
        "Permit and CPR certification required.",
        jd_synonyms=(("cleanings", "prophylaxis"),),
        jd_tools=("Eaglesoft", "Dexis", "Open Dental"),
        jd_certs=("Local Anesthesia Permit", "CPR"),
        units="offices",
        unit_pair=("hygiene department", "orthodontic department"),
        outcomes=(
            "which raised the practice's revenue",
            "and patient reviews improved as a result",
            "which the owner later made office policy",
            "so fewer patients needed deep cleanings",
        ),
        extra={
            "whole": "practice",
            "job_summary": "Hygienist in a four-chair family practice.",
            "context": "in a four-chair family practice",
            "location": "Grand Rapids, MI",
        },
    ),
)

# Faithful rewrites written the way a model words them (free-form, by hand, for the same facts): each
# says what its bullet (None: the summary) says, with the resume's other facts at most.
MODEL_STYLE: dict[str, list[tuple[int | None, str]]] = {
    "accounting": [
        (
            0,
            "Automated vendor matching in NetSuite across 3 regional offices, cutting invoice processing time 30%",
        ),
        (
            0,
            "Streamlined invoice processing for three regional offices, reducing processing time by 30% through automated vendor matching in NetSuite",
        ),
        (
            0,
            "Leveraged NetSuite to automate vendor matching, reducing invoice processing time by 30% at 3 regional offices",
        ),
        (1, "Reconciled 45 general ledger accounts every month"),
        (1, "Owned monthly reconciliations for 45 GL accounts"),
        (1, "Performed month-end reconciliations across 45 general ledger accounts"),
        (2, "Cut month-end close time by 3 days (from 8 to 5) through standardized journal entry templates"),
        (
            2,
            "Accelerated the month-end close from eight days to five by standardizing journal entry templates",
        ),
        (2, "Standardized journal entry templates, shortening the monthly close from 8 days to 5"),
        (3, "Identified and resolved $1.2M in vendor payment discrepancies through duplicate-invoice audits"),
        (3, "Recovered accuracy on $1.2M of vendor payments by auditing for duplicate invoices"),
        (4, "Onboarded and trained 4 new accounts payable clerks on the company expense policy"),
        (4, "Trained four new AP clerks on expense policy compliance"),
        (
            None,
            "Detail-oriented staff accountant with 6 years of experience in accounts payable, account reconciliations, and month-end close, known for accurate ledgers and clear documentation.",
        ),
        (
            None,
            "Staff accountant (6 years) specializing in AP, reconciliations, and the month-end close; NetSuite power user known for accurate ledgers.",
        ),
    ],
    "support": [
        (0, "Cut average first response time 35% for the billing queue by building Zendesk triage rules"),
        (
            0,
            "Designed ticket triage rules in Zendesk that reduced first response times on the billing queue by 35%",
        ),
        (1, "Handled 60-80 customer tickets daily across email and chat"),
        (1, "Resolved an average of 60 to 80 tickets per day via email and chat"),
        (2, "Onboarded 9 new support agents through a two-week shadowing program I ran"),
        (2, "Ran a two-week shadowing program to train 9 new agents"),
        (3, "Sustained 94% CSAT over two years"),
        (3, "Held customer satisfaction at 94% for 2 years"),
        (4, "Partnered with the product team to build a 120-article help center"),
        (4, "Wrote and organized a 120-article help center with the product team"),
        (
            None,
            "Customer support team lead with 5 years of SaaS support experience, specializing in ticket triage and agent training; calm with frustrated customers and a precise writer.",
        ),
    ],
    "manufacturing": [
        (0, "Redesigned fixture setups on the CNC machining line, reducing scrap 22%"),
        (0, "Lowered CNC line scrap by 22% through fixture setup redesign"),
        (1, "Raised anodizing cell throughput from 340 to 410 parts per shift by rebalancing operator tasks"),
        (
            1,
            "Boosted anodizing throughput by 70 parts per shift (340 to 410) through operator task rebalancing",
        ),
        (2, "Led 12 root cause investigations using 8D problem solving"),
        (2, "Applied 8D problem-solving to 12 root cause investigations"),
        (3, "Wrote standard work instructions covering 30 machining operations"),
        (4, "Scheduled preventive maintenance in coordination with the maintenance supervisor"),
        (
            None,
            "Process engineer with seven years of experience in precision machining and anodizing, focused on reducing scrap, root cause analysis, and standard work.",
        ),
    ],
    "social work": [
        (0, "Carried a caseload of 28 foster care families"),
        (0, "Managed 28 family cases in the foster care program"),
        (1, "Partnered with six local shelters to coordinate housing referrals for 40 clients"),
        (1, "Secured housing referrals for 40 clients through partnerships with 6 local shelters"),
        (2, "Completed biweekly home visits and safety assessments"),
        (2, "Performed home visits and safety assessments on a two-week cycle"),
        (3, "Implemented text message reminders that cut missed appointments by 25%"),
        (3, "Reduced no-show rates by a quarter with text message reminders"),
        (4, "Entered case notes into the state child welfare system within 48 hours of every visit"),
        (
            None,
            "Case manager with eight years of experience in child welfare and family support, skilled in crisis intervention, home visits, and trauma-informed care; conversational Spanish.",
        ),
    ],
    "analytics": [
        (0, "Developed 14 Tableau dashboards for the claims team"),
        (0, "Designed and built 14 Tableau dashboards used by the claims team"),
        (1, "Automated SQL extracts in Python, cutting weekly reporting time by 60%"),
        (1, "Reduced time spent on weekly reporting 60% by automating SQL data extracts with Python"),
        (2, "Increased claims forecast accuracy from 82% to 91% by adding seasonality features"),
        (
            2,
            "Improved claims forecast accuracy by 9 percentage points (82% to 91%) with seasonality features",
        ),
        (3, "Produced quarterly loss ratio reports for underwriting managers"),
        (4, "Maintained a 300-field data dictionary in partnership with data engineering"),
        (
            None,
            "Insurance data analyst with 4 years of experience, skilled in SQL, Python, and Tableau, and focused on clear reporting for business stakeholders.",
        ),
    ],
    "paralegal": [
        (0, "Drafted discovery responses and prepared document productions across 20 active cases"),
        (1, "Administered a 150,000-record document review database in Relativity"),
        (1, "Oversaw a Relativity review database of 150,000 documents"),
        (2, "Created indexed exhibit templates that cut trial binder assembly time by 40%"),
        (2, "Reduced trial binder preparation time by 40% with indexed exhibit templates"),
        (3, "Coordinated depositions and court filings for three partners"),
        (3, "Scheduled depositions and managed court filings for 3 partners"),
        (4, "Researched state e-filing rules with the associates"),
        (
            None,
            "Litigation paralegal with 9 years of experience in civil litigation and e-discovery; organized, discreet, and precise in meeting court deadlines.",
        ),
    ],
    "retail": [
        (0, "Grew annual sales of a $4.5M store by 12% through a reworked floor layout"),
        (0, "Drove a 12% increase in annual store sales by redesigning the floor layout"),
        (1, "Supervised 18 sales associates across two shifts"),
        (1, "Led a team of 18 sales associates on 2 shifts"),
        (2, "Cut inventory shrink from 2.1% to 1.3% with weekly cycle counts"),
        (2, "Lowered shrink by 0.8 points (2.1% to 1.3%) by introducing weekly cycle counts"),
        (3, "Trained six key holders on store opening and closing procedures"),
        (4, "Received and processed vendor deliveries and returns for the footwear department"),
        (
            None,
            "Specialty retail store manager with 10 years of experience, focused on driving sales growth, controlling inventory, and coaching associates.",
        ),
    ],
    "dental": [
        (0, "Performed cleanings and periodontal assessments for 8-10 patients daily"),
        (0, "Provided cleanings and periodontal assessments to eight to ten patients a day"),
        (1, "Raised fluoride treatment acceptance 18% by explaining costs and benefits chairside"),
        (
            1,
            "Boosted acceptance of fluoride treatments by 18% through chairside explanations of costs and benefits",
        ),
        (2, "Charted periodontal findings in Dentrix after each visit"),
        (2, "Maintained periodontal charts in Dentrix after every appointment"),
        (3, "Trained two dental assistants on sterilization protocols"),
        (4, "Worked with the front desk team to coordinate recall reminders"),
        (
            None,
            "Registered dental hygienist with six years of experience in family dentistry; gentle with anxious patients and thorough in periodontal care.",
        ),
    ],
}


# Fabrications worded freely, the way a model embellishes (kind, bullet or None for the summary, text).
MODEL_STYLE_FABRICATIONS: dict[str, list[tuple[str, int | None, str]]] = {
    "accounting": [
        (
            "other",
            0,
            "Reduced invoice processing time by 30% by automating vendor matching in NetSuite, freeing up 20 hours a week for the AP team",
        ),
        (
            "other",
            0,
            "Automated vendor matching in NetSuite to cut invoice processing time 30%, a change that strengthened vendor relationships",
        ),
        (
            "other",
            1,
            "Prepared monthly reconciliations for 45 general ledger accounts with zero audit adjustments",
        ),
        (
            "other",
            2,
            "Shortened the month-end close from 8 to 5 days by standardizing journal entry templates, giving leadership faster access to financials",
        ),
        (
            "other",
            3,
            "Resolved $1.2M in vendor payment discrepancies by auditing duplicate invoices and recovered the full amount",
        ),
        ("other", 4, "Trained 4 new AP clerks on the expense policy, all of whom passed their 90-day review"),
        (
            "other",
            None,
            "Staff accountant with 6 years in accounts payable, reconciliations and month-end close. Known for accurate ledgers and clear documentation. Recognized by auditors for clean workpapers.",
        ),
        (
            "scope",
            1,
            "Prepared monthly account reconciliations for all 45 general ledger accounts across every subsidiary",
        ),
        (
            "scope",
            0,
            "Reduced invoice processing time by 30% company-wide by automating vendor matching in NetSuite",
        ),
        (
            "scope",
            3,
            "Resolved vendor payment discrepancies worth $1.2M across the company's entire vendor base",
        ),
        ("skill", 1, "Prepared monthly account reconciliations in BlackLine for 45 general ledger accounts"),
        (
            "skill",
            2,
            "Shortened the month-end close from 8 to 5 days by standardizing journal entry templates and SQL-based checks",
        ),
        (
            "certification",
            None,
            "CPA with 6 years in accounts payable, reconciliations and month-end close. Known for accurate ledgers and clear documentation.",
        ),
        (
            "certification",
            3,
            "Applied CMA-level cost analysis to resolve $1.2M in vendor payment discrepancies",
        ),
    ],
    "support": [
        (
            "other",
            0,
            "Reduced average first response time by 35% with Zendesk triage rules, lifting CSAT scores on the billing queue",
        ),
        (
            "other",
            2,
            "Trained 9 new support agents through a two-week shadowing program; all reached full productivity within a month",
        ),
        (
            "other",
            4,
            "Built a 120-article help center with the product team that deflected thousands of tickets",
        ),
        (
            "other",
            1,
            "Resolved 60 to 80 customer tickets per day over email and chat while mentoring junior agents",
        ),
        (
            "scope",
            0,
            "Reduced first response time by 35% across all support queues by introducing ticket triage rules in Zendesk",
        ),
        ("scope", 3, "Maintained a 94% customer satisfaction score across every channel over 2 years"),
        ("skill", 1, "Resolved 60 to 80 customer tickets per day over email, chat and Intercom"),
        ("skill", 4, "Built a help center of 120 articles in Jira with the product team"),
        (
            "certification",
            None,
            "ITIL-certified customer support lead with 5 years in SaaS support, ticket triage and agent training.",
        ),
    ],
    "manufacturing": [
        (
            "other",
            0,
            "Reduced scrap on the CNC machining line by 22% by redesigning fixture setups, saving an estimated $180K a year",
        ),
        (
            "other",
            1,
            "Increased anodizing throughput from 340 to 410 parts per shift by rebalancing operator tasks without adding headcount",
        ),
        (
            "other",
            2,
            "Conducted 12 root cause investigations using 8D, closing every corrective action on time",
        ),
        (
            "other",
            3,
            "Documented standard work instructions for 30 machining operations, which became the basis of the plant's ISO 9001 audit",
        ),
        ("scope", 0, "Reduced scrap by 22% across all machining lines by redesigning fixture setups"),
        ("scope", 3, "Documented standard work instructions for every machining operation in the plant"),
        (
            "skill",
            0,
            "Reduced scrap on the CNC machining line by 22% by redesigning fixture setups in SolidWorks",
        ),
        ("skill", 2, "Conducted 12 root cause investigations with 8D problem solving and Minitab analysis"),
        (
            "certification",
            2,
            "As a Six Sigma Black Belt, conducted 12 root cause investigations using 8D problem solving",
        ),
    ],
    "social work": [
        (
            "other",
            3,
            "Reduced missed appointments by 25% by sending text message reminders, improving outcomes for families",
        ),
        (
            "other",
            1,
            "Coordinated housing referrals for 40 clients with 6 local shelters, placing every client in stable housing",
        ),
        (
            "other",
            0,
            "Managed a caseload of 28 families in the foster care program, reunifying most of them with their parents",
        ),
        ("scope", 0, "Managed a caseload of 28 families across the foster care and adoption programs"),
        ("scope", 2, "Conducted home visits and safety assessments across three counties every two weeks"),
        (
            "skill",
            4,
            "Documented case notes in Apricot and the state child welfare system within 48 hours of each visit",
        ),
        (
            "certification",
            None,
            "Licensed clinical social worker and case manager with 8 years in child welfare and family support.",
        ),
    ],
    "analytics": [
        (
            "other",
            0,
            "Built 14 Tableau dashboards for the claims team, replacing a dozen manual spreadsheets",
        ),
        (
            "other",
            2,
            "Improved claims forecast accuracy from 82% to 91% by adding seasonality features, guiding reserve decisions",
        ),
        (
            "other",
            3,
            "Prepared quarterly loss ratio reports for the underwriting managers that shaped the company's pricing strategy",
        ),
        ("scope", 0, "Built 14 Tableau dashboards used across the entire company"),
        ("skill", 1, "Reduced weekly reporting time by 60% by automating SQL extracts in Python and dbt"),
        ("skill", 0, "Built 14 Tableau and Looker dashboards for the claims team"),
        (
            "certification",
            None,
            "Tableau Desktop Specialist and data analyst with 4 years in insurance analytics.",
        ),
    ],
    "paralegal": [
        (
            "other",
            2,
            "Reduced the time to assemble trial binders by 40% with indexed exhibit templates, helping the team win two trials",
        ),
        (
            "other",
            0,
            "Prepared discovery responses and document productions for 20 active cases without a single missed deadline",
        ),
        ("scope", 3, "Coordinated depositions and court filings for all partners in the firm"),
        ("skill", 1, "Managed a document review database of 150,000 records in Relativity and iManage"),
        ("skill", 4, "Conducted legal research on state e-filing rules in Westlaw with the associates"),
        ("certification", None, "NALA Certified Paralegal with 9 years in civil litigation and e-discovery."),
    ],
    "retail": [
        (
            "other",
            0,
            "Increased annual store sales by 12% by reworking the floor layout, making it the top store in the district",
        ),
        (
            "other",
            2,
            "Reduced inventory shrink from 2.1% to 1.3% by introducing weekly cycle counts, earning a loss prevention commendation",
        ),
        (
            "other",
            1,
            "Managed a staff of 18 sales associates on 2 shifts with the lowest turnover in the region",
        ),
        (
            "scope",
            2,
            "Reduced inventory shrink from 2.1% to 1.3% across the district by introducing weekly cycle counts",
        ),
        ("skill", 1, "Managed a staff of 18 sales associates on 2 shifts, scheduling them in Kronos"),
        ("certification", None, "NRF-certified store manager with 10 years in specialty retail."),
    ],
    "dental": [
        (
            "other",
            1,
            "Increased acceptance of fluoride treatments by 18% by explaining costs and benefits chairside, boosting hygiene production",
        ),
        (
            "other",
            0,
            "Conducted cleanings and periodontal assessments for 8 to 10 patients per day with excellent patient reviews",
        ),
        ("scope", 2, "Documented periodontal charts in Dentrix for every patient in the practice"),
        ("skill", 2, "Documented periodontal charts in Dentrix and Dexis after each visit"),
        (
            "certification",
            0,
            "Administered local anesthesia and conducted cleanings and periodontal assessments for 8 to 10 patients per day",
        ),
    ],
}


SUMMARY_FABRICATIONS = (
    ("other", "invented reputation", " Known for turning around underperforming teams."),
    ("other", "invented consequence", " Trusted by leadership to fix broken processes."),
)


def _domain(d: GenDomain) -> Domain:
    return Domain(d.name, _resume(d), d.jd, {})


def generated_domains() -> dict[str, Domain]:
    return {d.name: _domain(d) for d in DOMAINS}


TEMPLATES: dict[tuple[str, str], str] = {}
"""(domain, rewrite) → the template that wrote it, for listing misses by template."""


def generated_cases() -> list[Case]:
    out: list[Case] = []
    seen: set[tuple[str, str]] = set()

    def add(
        d: GenDomain, kind: str, template: str, rewrite: str, job: int | None, bullet: int, source: str
    ) -> None:
        key = (d.name, rewrite)
        if rewrite == source or key in seen:
            return
        seen.add(key)
        TEMPLATES[key] = template
        out.append(Case(d.name, kind, rewrite, job, bullet, part=PART))

    for d in DOMAINS:
        for index, fact in enumerate(d.facts):
            for template, rewrite in faithful(d, fact) + faithful_across(d, fact, index):
                add(d, FAITHFUL, template, rewrite, 0, index, fact.text)
            for kind, template, rewrite in fabrications(d, fact, index):
                add(d, kind, template, rewrite, 0, index, fact.text)
        for rewrite in d.summary_rewrites:
            add(d, FAITHFUL, "summary reordered", rewrite, None, 0, d.summary)
        for template, rewrite in summary_across(d):
            add(d, FAITHFUL, template, rewrite, None, 0, d.summary)
        for restatement in restated(d.summary):
            add(d, FAITHFUL, "number restated", restatement, None, 0, d.summary)
        for k, cert in enumerate(d.jd_certs):
            first = d.summary.split(". ")[0]
            rest = d.summary[len(first) :]
            text = (
                f"{cert}-certified {_lower_first(first)}{rest}"
                if k == 0
                else f"{first}, holding the {cert} certification{rest}"
            )
            add(d, "certification", "summary certification", text, None, 0, d.summary)
        tools = d.jd_tools
        add(
            d,
            "skill",
            "summary tools",
            f"{d.summary} Proficient in {tools[0]} and {tools[1]}.",
            None,
            0,
            d.summary,
        )
        for kind, template, sentence in SUMMARY_FABRICATIONS:
            add(d, kind, template, d.summary + sentence, None, 0, d.summary)
        for kind, bullet, rewrite in MODEL_STYLE_FABRICATIONS.get(d.name, []):
            source = d.summary if bullet is None else d.facts[bullet].text
            add(d, kind, "model-style", rewrite, None if bullet is None else 0, bullet or 0, source)
        for bullet, rewrite in MODEL_STYLE.get(d.name, []):
            source = d.summary if bullet is None else d.facts[bullet].text
            add(d, FAITHFUL, "model-style", rewrite, None if bullet is None else 0, bullet or 0, source)
        add(
            d,
            "scope",
            "summary scope",
            d.summary.replace(". ", f" across all of the company's {d.units}. ", 1),
            None,
            0,
            d.summary,
        )
    return out
