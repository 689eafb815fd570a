"""The layout variants: one row per way real resumes print the same facts.

Each variant names its format, how an entry's header lines are made (which fields, in which
order, with which separators), where the dates go, how headings and bullets look, and the page
structure (columns, tables, text boxes, page header). `build.py` turns a row into blocks.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HeaderLine:
    """One printed line of an entry header: fields in order, the separators between them."""

    fields: tuple[str, ...]
    seps: tuple[str, ...] | str = " | "
    bold: bool = False
    italic: bool = False

    def sep(self, index: int) -> str:
        """The separator printed before field `index` (> 0)."""
        return self.seps if isinstance(self.seps, str) else self.seps[index - 1]


def line(
    *fields: str, sep: tuple[str, ...] | str = " | ", bold: bool = False, italic: bool = False
) -> HeaderLine:
    return HeaderLine(tuple(fields), sep, bold, italic)


@dataclass(frozen=True)
class Variant:
    name: str
    fmt: str
    header: tuple[HeaderLine, ...]
    dates: str = "right"
    """`field` (a field of a header line), `right` (right-aligned on the first header line),
    `own_line` (a line under the header), `margin` (a left column) or `float` (a right column
    beside the entry, set a little higher than its header, the end under the start)."""
    grouped: bool = False
    """Several roles at one employer print the employer once."""
    bullet: str = "•"
    heading: str = "caps"
    """`caps`, `title`, `small_caps`, `icon`, `rule`, `numbered`, `word` (Word's Heading 1), `plain`
    (the body's size and weight, set apart only by where it stands: a label column), `light` (as
    written, regular weight, a point over the body) or `initials` (regular weight, each word's first
    letter a size up, the rest in the body's size: small capitals as a browser draws them)."""
    sidebar: str = ""
    sidebar_mode: str = "columns"
    side_heading: str = ""
    """The sidebar's heading look, where it differs from the main column's (`heading`)."""
    table: str = ""
    """`whole` (the resume in one table), `entry` (a table per entry) or `europass` (label/content)."""
    label: str = ""
    """With `table="whole"`, where each heading sits beside its section (PDF): `top` level with its
    first line, `drop` a few points below it, `middle` centred beside a short section and dropped
    beside a long one (a label column drawn by CSS: compact, paper), `above` a line above its first
    line (paper's small capitals)."""
    page_header: bool = False
    footer_contact: bool = False
    """The contact (e-mail, phone, place) in a running footer at every page's foot, not under the name."""
    footer_part: str = ""
    """DOCX, with `footer_contact`: where the footer is kept: `` (the section's footer part), `first`
    (the first page's own footer: Word's "different first page") or `textbox` (a text box anchored in
    the last paragraph, set at the page's foot: templates that draw their footer band by hand)."""
    kind: str = "standard"
    """`standard`, `academic`, `linkedin`, `functional` or `engagement` (a consultant's CV: each
    role is the engagement's name, no title word in it: `Open Data Portal; Zenika - Lyon`)."""
    long: bool = False
    """Long bullets that wrap over several lines."""
    breaks: bool = False
    """Header fields on lines of their own inside one paragraph (line breaks)."""
    photo: bool = False
    """A portrait at the top of the sidebar."""
    header_style: bool = False
    """Name and contact in body paragraphs styled with Word's `Header` style."""
    unheaded_work: bool = False
    """The jobs follow the summary without a heading of their own."""
    hand_wrap: bool = False
    """Long bullets broken by hand (DOCX): the bullet's paragraph, then its rest in a plain paragraph
    indented under the bullet's text, as authors do to line text up without Word's wrapping."""
    margin_stack: bool = False
    """Margin dates stacked on three lines, the end over a `|` over the start (`Current` / `|` /
    `2015`: R Markdown CVs, datadrivencv/pagedown); a single date stays one line."""
    list_style_employer: bool = False
    """DOCX: the employer's line in Word's `List Paragraph` style (authors indent with it), no glyph."""
    qualified_titles: bool = False
    """Each role's title goes on to its terms after a dash (`Programmazione Android - Tirocinio
    curriculare (250h)`, `Software Engineer – Contract (6 months)`): one title."""
    intern_titles: bool = False
    """The earlier roles are an intern's, titled by the job learnt after a linking word
    (`Estagiária em Associate Application Developer`, `Becario en Jefe de proyecto`): one title."""
    slash_titles: bool = False
    """Each role names two titles held at once, slashed (`Researcher / Independent Consultant`)."""
    body: str = ""
    """A job's lines beyond its header: `run_in` (the header runs on into the first item after a full
    stop), `department` (the department's line under the header: `Finance Department`), `labelled`
    (the first item in plain type, then a label alone, `Stack utilizada:`, over the other items)."""
    trade_titles: bool = False
    """Each job's title is a trade no vocabulary of the parser holds (`trades.py`): `Serrurier`."""
    edu: str = ""
    """How degrees print beyond the header: `details` (the school's city and an honours or grade
    line under each degree), `school_first` (one line `School, Degree, Year`), `paren` (one line
    `School, Field (Degree), (Dates)`), `grouped` (two degrees at one school under its name,
    printed once), `exchange` (an exchange programme at a school named without a school word,
    between the degrees: `Programme Erasmus; HEC Paris`), `thesis` (the latest degree's line goes on
    to its thesis: `PhD – Thesis title: 'Young People in the Construction of the Virtual University'`),
    `expected` (the latest degree not yet taken: `Expected graduation: May 2026`, the end alone),
    `kinds` (the latest degree, then two earlier kinds of schooling: a school-leaving or vocational
    diploma, a bootcamp: `schooling.KINDS`), `acronym` (every school by a short name with no school
    word: `HEC Paris`, `МФТИ`), `courses` (a courses line and an advisor line under each degree),
    `city` (the school's city a field of the header line: `Licence, Université de Lyon, Lyon, 2019`)."""
    edu_undated: bool = False
    """Degrees printed without dates (a school's line and a degree's line, entry after entry)."""
    long_titles: bool = False
    """Each job's title runs longer than its employer's name (`long_titles.py`: `Referent für
    Unternehmenskommunikation und digitale Medien`)."""
    dates_look: str = ""
    """How dates on a line of their own (`own_line`, `above`) look: `` (italic; a bullet when
    above), `small` (roman, a size under the body's, no glyph: the grey dates of HTML themes) or
    `small_duration` (the same, followed by the computed length: `Jun 2018 – Mar 2021  2 yrs 9 mos`)."""
    firm_names: str = ""
    """Each employer renamed as a partnership (`firms.py`): `serial` (names with commas before the
    last joined by `&` or `and`: `Smith, Jones & Co.`) or `paired` (two names, no comma: `Harper &
    Lowe`). Roles at one employer keep one name."""
    job_summary: bool = False
    """Each job's first line under its header is a sentence in the body's plain type, no glyph
    (`job_lines.py`), before its bullets: read back as the job's first highlight."""
    crossed_names: bool = False
    """The jobs after the first named crosswise (`crossed.py`): employers made of a role's words
    (`Product Management Consulting`), titles holding an organisation's (`Hospital Pharmacist`)."""
    joined: str = ""
    """Schooling and certificates printed together (`joined.py`): `edu_certs` (one section under a
    heading naming both, `Education & Certifications`, the degrees first), `certs_edu` (`Certifications
    & Education`, the certificates first), `degree_in_certs` (the oldest degree printed after the
    certificates, under the certificates' own heading), `unnamed_edu` (the schooling under a heading
    no vocabulary holds, `Academic Path`)."""
    languages_line: bool = False
    """The spoken languages printed in the name and contact block, their names alone on a line of
    their own under the contact (`English, Tamil, Hindi`, as themes print them with an icon), no
    heading and no levels."""
    minor_headings: str = ""
    """One section beyond the work, the schooling and the skills (a key of `MINOR_KEYS`: the others
    are left out) headed in the body's size in bold, smaller than the first sections' headings: the
    look the skill groups' names print in on lines of their own over their keywords (minyma:
    `Summary`, `Work` at 22.5 pt bold; `Certificates` at 13.5 pt bold, as `Systems`, `Audit` over
    their skills)."""
    summary: str = ""
    """Where the profile paragraph prints without a heading (`summaries.py`: two or three sentences):
    `below` (under the name and the contact line), `above` (between the name and the contact line),
    `titled` (a job-title line under the name, the contact, then the paragraph) or `short` (the
    drawn one-sentence summary under the contact line). Empty: under its own heading."""


T, E, L, D = "title", "employer", "location", "dates"

_PIPE_ONE = (line(E, T, L, D, bold=True),)
_TITLE_EMPLOYER = (line(T, bold=True), line(E, L, sep=", ", italic=True))
_EMPLOYER_TITLE = (line(E, L, sep=", ", bold=True), line(T, italic=True))

VARIANTS: tuple[Variant, ...] = (
    # --- PDF: entry headers in every order and separator ---
    Variant("pdf-pipe-employer-title-location-dates", "pdf", _PIPE_ONE, dates="field"),
    Variant(
        "pdf-title-emdash-employer-dates-below",
        "pdf",
        (line(T, E, L, sep=(" — ", ", "), bold=True),),
        dates="own_line",
    ),
    Variant(
        "pdf-title-at-employer-dates-right", "pdf", (line(T, E, sep=" at ", bold=True), line(L, italic=True))
    ),
    Variant(
        "pdf-title-comma-employer-location-right", "pdf", (line(T, E, L, sep=", ", bold=True),), bullet="●"
    ),
    Variant("pdf-employer-over-title-dates-right", "pdf", _EMPLOYER_TITLE, bullet="▪"),
    Variant("pdf-title-over-employer-dates-below", "pdf", _TITLE_EMPLOYER, dates="own_line", bullet="-"),
    Variant("pdf-dates-margin-column", "pdf", _TITLE_EMPLOYER, dates="margin", bullet="■"),
    Variant(
        "pdf-dates-lead-inline",
        "pdf",
        (line(D, T, E, sep=("  ", ", "), bold=True),),
        dates="field",
        bullet="◦",
    ),
    Variant(
        "pdf-middot-title-employer-location-dates",
        "pdf",
        (line(T, E, L, D, sep=" · ", bold=True),),
        dates="field",
        bullet="*",
    ),
    Variant("pdf-employer-endash-title-right", "pdf", (line(E, T, sep=" – ", bold=True),), bullet="➤"),
    Variant(
        "pdf-tabs-employer-title-dates",
        "pdf",
        (line(E, T, L, D, sep="\t", bold=True),),
        dates="field",
        bullet="✓",
    ),
    Variant("pdf-grouped-roles", "pdf", _EMPLOYER_TITLE, grouped=True),
    Variant("pdf-long-wrapped-bullets", "pdf", _TITLE_EMPLOYER, long=True, heading="rule"),
    Variant("pdf-one-line-entries", "pdf", (line(T, E, L, D, sep=", "),), dates="field", heading="title"),
    # --- PDF: headings and page structure ---
    Variant("pdf-small-caps-headings", "pdf", _EMPLOYER_TITLE, heading="small_caps", bullet="◦"),
    Variant("pdf-icon-headings", "pdf", _TITLE_EMPLOYER, heading="icon", bullet="➤"),
    Variant("pdf-numbered-headings", "pdf", _EMPLOYER_TITLE, heading="numbered", bullet="✓"),
    Variant("pdf-sidebar-left", "pdf", _TITLE_EMPLOYER, sidebar="left", dates="own_line", photo=True),
    Variant("pdf-sidebar-right", "pdf", _EMPLOYER_TITLE, sidebar="right"),
    Variant("pdf-top-band-header", "pdf", _EMPLOYER_TITLE, page_header=True, heading="rule"),
    Variant("pdf-table-per-entry", "pdf", _EMPLOYER_TITLE, table="entry"),
    Variant(
        "pdf-europass-table",
        "pdf",
        (line(T, bold=True), line(E, L, sep=", ")),
        dates="margin",
        table="europass",
        heading="title",
    ),
    Variant(
        "pdf-academic-cv",
        "pdf",
        (line(T, E, L, D, sep=", "),),
        dates="field",
        kind="academic",
        heading="title",
    ),
    Variant(
        "pdf-linkedin-save-to-pdf", "pdf", _EMPLOYER_TITLE, kind="linkedin", heading="title", grouped=True
    ),
    Variant("pdf-functional", "pdf", (line(T, E, L, sep=", "),), kind="functional"),
    # --- DOCX ---
    Variant("docx-pipe-list-bullet-style", "docx", _PIPE_ONE, dates="field", bullet="list"),
    Variant("docx-tab-right-dates", "docx", (line(T, E, sep=", ", bold=True),), bullet="●"),
    Variant(
        "docx-word-heading-styles", "docx", _TITLE_EMPLOYER, heading="word", dates="own_line", bullet="list"
    ),
    Variant(
        "docx-line-breaks-in-header",
        "docx",
        (line(E, T, L, D, sep="\n", bold=True),),
        dates="field",
        breaks=True,
        bullet="▪",
    ),
    Variant("docx-title-at-employer", "docx", (line(T, E, sep=" at ", bold=True),), bullet="–"),
    Variant("docx-grouped-roles", "docx", _EMPLOYER_TITLE, grouped=True, bullet="list"),
    Variant("docx-whole-resume-in-table", "docx", _EMPLOYER_TITLE, table="whole"),
    Variant("docx-table-per-entry", "docx", _EMPLOYER_TITLE, table="entry", bullet="list"),
    Variant(
        "docx-europass-table",
        "docx",
        (line(T, bold=True), line(E, L, sep=", ")),
        dates="margin",
        table="europass",
        heading="title",
    ),
    Variant("docx-sidebar-table", "docx", _TITLE_EMPLOYER, sidebar="left", dates="own_line", photo=True),
    Variant(
        "docx-sidebar-text-box",
        "docx",
        _EMPLOYER_TITLE,
        sidebar="right",
        sidebar_mode="textbox",
        dates="own_line",
    ),
    Variant(
        "docx-page-header-contact", "docx", _EMPLOYER_TITLE, page_header=True, heading="word", bullet="list"
    ),
    Variant("docx-header-style-contact", "docx", _TITLE_EMPLOYER, header_style=True, dates="own_line"),
    Variant("docx-small-caps-headings", "docx", _TITLE_EMPLOYER, heading="small_caps", bullet="■"),
    Variant(
        "docx-one-line-entries",
        "docx",
        (line(T, E, L, D, sep=", "),),
        dates="field",
        heading="numbered",
        bullet="*",
    ),
    Variant(
        "docx-academic-cv",
        "docx",
        (line(T, E, L, D, sep=", "),),
        dates="field",
        kind="academic",
        heading="rule",
    ),
    Variant("docx-functional", "docx", (line(T, E, L, sep=", "),), kind="functional", heading="icon"),
    Variant("docx-long-wrapped-bullets", "docx", _EMPLOYER_TITLE, long=True, bullet="•", dates="own_line"),
    # --- entries told as phrases (appended last: the test matrix's language rotation stays put) ---
    Variant(
        "pdf-prose-title-for-employer",
        "pdf",
        (line(T, E, L, sep="prose"),),
        dates="margin",
        heading="title",
    ),
    Variant(
        "docx-prose-title-for-employer", "docx", (line(T, E, L, sep="prose"),), dates="margin", heading="word"
    ),
    # --- dates then the title on one line, the employer under it in the body's look (Europass-like
    #     German and Italian CVs: `01/10/2020 – heute  Werkstudent` over `Siemens AG, München`) ---
    Variant(
        "pdf-dates-title-over-plain-employer",
        "pdf",
        (line(D, T, sep="   ", bold=True), line(E, L, sep=", ")),
        dates="field",
        bullet="▪",
    ),
    Variant(
        "docx-dates-title-over-plain-employer",
        "docx",
        (line(D, T, sep="\t", bold=True), line(E, L, sep=", ")),
        dates="field",
        heading="word",
    ),
    # --- employer and title as one run (CJK CVs: `博世（中国）投资有限公司战略实习生`) ---
    Variant("pdf-employer-title-glued", "pdf", (line(E, T, sep="glued", bold=True), line(L, italic=True))),
    Variant("docx-employer-title-glued", "docx", (line(E, T, sep="glued", bold=True),), bullet="▪"),
    # --- jobs right under the summary, no heading of their own ---
    Variant(
        "docx-jobs-without-heading",
        "docx",
        (line(E, L, sep=", ", bold=True), line(T, italic=True)),
        dates="own_line",
        unheaded_work=True,
    ),
    Variant("pdf-jobs-without-heading", "pdf", _TITLE_EMPLOYER, dates="own_line", unheaded_work=True),
    # --- entries without bullets; degrees with a city and an honours or grade line; one-line
    # degrees with the school first (appended: the matrix's language rotation stays put) ---
    Variant("pdf-plain-lines-no-bullets", "pdf", _EMPLOYER_TITLE, bullet=""),
    Variant("docx-plain-lines-no-bullets", "docx", _TITLE_EMPLOYER, dates="own_line", bullet=""),
    Variant("pdf-education-details", "pdf", _TITLE_EMPLOYER, edu="details"),
    Variant("docx-education-details", "docx", _EMPLOYER_TITLE, edu="details", bullet="list"),
    Variant("pdf-education-school-first", "pdf", _EMPLOYER_TITLE, edu="school_first", heading="title"),
    Variant("docx-education-school-first", "docx", _TITLE_EMPLOYER, edu="school_first", dates="own_line"),
    Variant("pdf-education-field-degree-in-parentheses", "pdf", _EMPLOYER_TITLE, edu="paren"),
    Variant(
        "docx-education-field-degree-in-parentheses", "docx", _TITLE_EMPLOYER, edu="paren", bullet="list"
    ),
    # --- two degrees at one school, its name printed once over them (appended: the matrix's language
    # rotation stays put) ---
    Variant("pdf-education-one-school-two-degrees", "pdf", _EMPLOYER_TITLE, edu="grouped"),
    Variant(
        "docx-education-one-school-two-degrees", "docx", _TITLE_EMPLOYER, edu="grouped", dates="own_line"
    ),
    # --- long bullets broken by hand: the rest of each in an indented plain paragraph ---
    Variant(
        "docx-hand-broken-list-bullets", "docx", _EMPLOYER_TITLE, long=True, hand_wrap=True, bullet="list"
    ),
    Variant(
        "docx-hand-broken-glyph-bullets", "docx", _TITLE_EMPLOYER, long=True, hand_wrap=True, dates="own_line"
    ),
    # --- a consultant's engagements: the role is what was built, no title word; the employer after
    # a semicolon (`Portail de données ouvertes; Lumière Conseil - Lyon`) ---
    Variant(
        "docx-engagements-semicolon",
        "docx",
        (line(T, E, L, sep=("; ", " - "), bold=True),),
        dates="own_line",
        kind="engagement",
    ),
    Variant("pdf-engagements-semicolon", "pdf", (line(T, E, L, sep=("; ", " - ")),), kind="engagement"),
    # --- an exchange stay between the degrees: a programme with no degree word at a school with no
    # school word (`programme Erasmus; Czech Technical University`, `Auslandssemester / ETH Zürich`) ---
    Variant("pdf-education-exchange-bare-school", "pdf", _TITLE_EMPLOYER, edu="exchange"),
    Variant(
        "docx-education-exchange-bare-school",
        "docx",
        (line(T, E, sep="; ", bold=True),),
        dates="own_line",
        edu="exchange",
    ),
    # --- the thesis on the degree's own line, long enough to wrap (Europass CVs print it there) ---
    Variant(
        "pdf-europass-thesis-on-degree-line",
        "pdf",
        (line(T, bold=True), line(E, L, sep=", ")),
        dates="margin",
        table="europass",
        heading="title",
        edu="thesis",
    ),
    Variant("docx-education-thesis-on-degree-line", "docx", _TITLE_EMPLOYER, edu="thesis", bullet="list"),
    # --- two titles held at once, slashed: one title (`Researcher / Independent Consultant`) ---
    Variant("pdf-slashed-titles", "pdf", (line(T, bold=True), line(E, L, sep=", ")), slash_titles=True),
    Variant("docx-slashed-titles", "docx", _EMPLOYER_TITLE, slash_titles=True, dates="own_line"),
    # --- a title that goes on to its terms after a dash, on its own line under or over the employer ---
    Variant("pdf-title-dash-terms", "pdf", (line(T, bold=True), line(E, L, sep=", ")), qualified_titles=True),
    Variant("docx-title-dash-terms", "docx", _EMPLOYER_TITLE, qualified_titles=True, bullet="list"),
    # --- the employer's line indented with Word's list style, no glyph, over glyph bullets ---
    Variant(
        "docx-employer-in-list-style",
        "docx",
        (line(T, bold=True), line(E, L, sep=", ")),
        bullet="▪",
        list_style_employer=True,
    ),
    # --- margin dates stacked: the end, a `|`, the start, each on its own line (datadrivencv) ---
    Variant("pdf-dates-margin-stacked", "pdf", _TITLE_EMPLOYER, dates="margin", margin_stack=True),
    Variant(
        "docx-dates-margin-stacked", "docx", _TITLE_EMPLOYER, dates="margin", margin_stack=True, bullet="list"
    ),
    # --- each job told as a sentence naming the employer, the place and the role (`Trabajé en Xing,
    # en Barcelona, como desarrollador backend.`), bullets under it ---
    Variant("pdf-prose-worked-at-as", "pdf", (line(T, E, L, sep="worked"),), dates="margin"),
    Variant(
        "docx-prose-worked-at-as",
        "docx",
        (line(T, E, L, sep="worked"),),
        dates="margin",
        heading="word",
    ),
    # --- an intern's role named by the job learnt (`Estagiária em Associate Application Developer`),
    # under the employer printed once, the wrapped description's last word alone on its line ---
    Variant("pdf-grouped-intern-roles", "pdf", _EMPLOYER_TITLE, grouped=True, intern_titles=True),
    Variant(
        "docx-grouped-intern-roles", "docx", _EMPLOYER_TITLE, grouped=True, intern_titles=True, bullet="list"
    ),
    # --- the contact printed in a running footer at the foot of every page, under the last section ---
    Variant("pdf-footer-contact", "pdf", _TITLE_EMPLOYER, footer_contact=True),
    Variant("docx-footer-contact", "docx", _TITLE_EMPLOYER, footer_contact=True),
    Variant("docx-footer-contact-first", "docx", _TITLE_EMPLOYER, footer_contact=True, footer_part="first"),
    Variant(
        "docx-footer-contact-textbox", "docx", _TITLE_EMPLOYER, footer_contact=True, footer_part="textbox"
    ),
)

BY_NAME = {v.name: v for v in VARIANTS}
