"""General word lists that tell a job title from an employer and a degree from a school.

These are vocabularies of the trade (title nouns, company suffixes, degree names), not lists of
particular employers: a resume the parser has never seen uses the same words. Title nouns and
company suffixes come from the per-language files (`lang/*.json`, see `lexicon`).
"""

from __future__ import annotations

import re

from .lexicon import lexicon

_LEX = lexicon()
TITLE_WORDS = _LEX.title_words
"""Nouns that head a job title (`Senior Accountant`, `Directeur`, `Инженер`), every language file's."""

TITLE_PHRASES = _LEX.title_phrases

COMPANY_SUFFIXES = _LEX.company_suffixes
"""Words that end (or mark) an organisation's name."""
LEGAL_FORMS = frozenset(
    (
        *(
            "inc",
            "llc",
            "ltd",
            "plc",
            "llp",
            "lp",
            "corp",
            "gmbh",
            "ag",
            "kg",
            "ug",
            "se",
            "sa",
            "sas",
            "sarl",
        ),
        *("srl", "spa", "sl", "bv", "nv", "ab", "aps", "a/s", "as", "asa", "oy", "oyj", "ehf", "hf", "sro"),
        *("as", "vos", "kft", "zrt", "nyrt", "bt", "aş", "şti", "αε", "επε", "ικε", "doo", "uab", "oü"),
        *("sp. z o.o.", "spzoo", "ооо", "оао", "зао", "пао", "ао", "ltda", "lda", "pty", "pvt", "kk"),
    )
)
"""A company's legal forms, dots left out (`s.r.o.` -> `sro`): unlike `Group` or `Software`, a word
that only ever ends a company's name, in any language."""


def legal_form(word: str) -> bool:
    """Whether `word` (`AB`, `s.r.o.`, `Kft.`, `A.Ş.`, `A/S`) is a company's legal form."""
    return word.casefold().replace(".", "") in LEGAL_FORMS


_DOTLESS = frozenset(w.replace(".", "") for w in COMPANY_SUFFIXES if "." in w)

_CJK_TITLES = tuple(w for w in TITLE_WORDS if not w.isascii() and any(ord(c) >= 0x3040 for c in w))
_CJK_SUFFIXES = tuple(w for w in COMPANY_SUFFIXES if any(ord(c) >= 0x3040 for c in w))
_CJK_LEADING_FORMS = ("株式会社", "有限会社", "合同会社", "合資会社", "合名会社")
"""Japanese legal forms printed before the name as well as after it (前株)."""
"""Scripts written without spaces: their words are found inside a run, not split out."""

INSTITUTION_WORDS = re.compile(
    r"\b(universit\w*|colleges?|colegios?|institut\w*|schools?|schul(?:e|en)|academ(?:y|ies)|akademien?|acad[eé]mies?|"
    r"academias?|academie|"
    r"polytechnic|polytechnique|politecnico|polit[eé]cnica|gymnasi(?:um|en)|lyc[eé]es?|"
    r"conservatory|conservatoires?|seminary|facult(?:y|ies)|facult[eé]s?|facultad(?:es)?|escuelas?|[eé]coles?|scuol[ae]|"
    # acronyms in capitals only: `Mit Auszeichnung` is German, not MIT
    r"(?-i:IIT|MIT|ETH|EPFL|UCLA|NYU|CMU|USC)|uc\s+\w+|uniwersytet\w*|politechnik\w*|szk[oó]\w+|liceum|"
    r"университет\w*|институт\w*|академи\w*|колледж\w*|училищ\w*|школ\w*|лице\w*|гимнази\w*|"
    r"universidades?|faculdades?|universiteit(?:en)?|hogescho(?:ol|len)|liceo|licei|istitut[oi]|ateneo|"
    r"universidad(?:es)?|universitat|conservatorio|escolas?|col[eé]gios?|(?-i:INSA)|"
    # the same families in languages with no vocabulary file: `Univerzita`, `Üniversitesi`,
    # `Akademisi`, `Lisesi`, `högskola`, `Politehnica`, `Gymnázium`
    r"univerz\w*|ünivers\w*|akademi\w*|lisesi|liceul|h[öø]gskol\w*|politehnic\w*|polytechn\w*|"
    r"gymn[aá]zi\w*|gimn[aá]zi\w*|"
    # Finnish, Estonian, Hungarian: `Aalto-yliopisto`, `ammattikorkeakoulu`, `Tartu Ülikool`, `egyetem`
    r"\w*yliopist\w*|\w*korkeakoulu\w*|lukio|ülikool\w*|egyetem\w*|"
    # schools of each country's trades, and names a compound ends with (`Berufsschule`,
    # `Realschule`, `Berufskolleg`): `IUT`, `IES`, `ROC`, `Technikum`, `Conservatório`
    r"conservat[oó]ri\w*|technikum|(?-i:IUT|IES|ROC)|"
    # the chambers that examine a trade: `IHK München`, `Handwerkskammer Hamburg`
    r"(?-i:IHK|HWK)|\w*kammer|"
    r"\w+schul(?:e|en)|\w+gymnasi(?:um|en)|\w*kolleg|\w+akademien?|"
    # Dutch and English compounds: `Hotelschool`, `Zeevaartschool`, `Scholengemeenschap`
    r"\w+schools?|\w*scholen\w*)\b"
    r"|大学|学院|学校|大學|高等学校|高校|専門学校|中学",
    re.IGNORECASE,
)

DEGREE_RE = re.compile(
    r"(?<![\w.])(?:"
    # spelled-out degrees, any case
    r"(?i:bachelor(?:'s|’s|s)?|master(?:'s|’s|s)?|doctor(?:ate)?|associate(?:'s|’s)?\s+(?:of|degree|in)|"
    r"diploma|diplom-\w+|diplom|licen[cs]e|licenciatura|licenciado|magister|baccalaur[eé]at|bachillerato|abitur|"
    r"high\s+school(?=\s+(?:diploma|graduate|degree|certificate))|grado|m[aá]ster|ingenieur|ingeniero|laurea|dipl[oô]me|mestrado|bacharelado|"
    r"gradua[çc][ãa]o|doutorado|doctorado|maestr[ií]a|licencjat|magisterium|staatsexamen|"
    r"tecn[oó]logo|p[oó]s-gradua[çc][ãa]o|especializa[çc][ãa]o|bacharel|doctorat|dottorato(?:\s+di\s+ricerca)?|"
    r"bachelorstudium|masterstudium|doutoramento|in[żz]ynier(?=\s*(?:[,):：]|$))|"
    r"бакалавр\w*|магистр\w*|специалитет|специалист(?![\w-]|\s+по\b)|аспирантур\w*|"
    r"кандидат\s+(?:\w+\s+)?наук|доктор\s+(?:\w+\s+)?наук|"
    r"среднее\s+(?:профессиональное|специальное|общее)\s+образование|высшее\s+образование|"
    # schooling that is not a university degree, as each country's trades name it: school-leaving
    # and vocational diplomas, apprenticeships, bootcamps, exchange stays
    r"ausbildung|berufsausbildung|umschulung|fachabitur|fachhochschulreife|mittlere\s+reife|"
    r"t[eé]cnico\s+superior|t[eé]cnico\s+em|curso\s+t[eé]cnico|ensino\s+m[eé]dio|ciclo\s+formativo|"
    r"formaci[oó]n\s+profesional|matura|maturit[aà]|propedeuse|mast[eè]re|apprenticeship|bootcamp|"
    r"exchange\s+(?:semester|program(?:me)?|year|student)|erasmus|auslandssemester|austauschsemester|"
    r"interc[aâ]mbio|uitwisseling\w*|wymiana\s+studencka|программа\s+обмена|technik(?=\s+\w)|"
    # `Диплом колледжа`, `Dyplom technika`: the diploma of a kind of school, never the honours line
    # it opens (`Диплом с отличием`, `Dyplom z wyróżnieniem`) nor one that closes it (`Красный диплом`)
    r"dyplom(?=\s+(?!z\s)[^\W\d_])|диплом(?=\s+(?!с\s)[^\W\d_])|"
    r"technik(?:er|erin)\b)"
    # abbreviations: capitals (with or without dots), so "be" or "me" in a sentence never match
    r"|Ph\.?\s?D\.?|PHD|D\.?\s?Phil|M\.?\s?Phil|E?MBA|M\.B\.A\.|GED|"
    r"B\.?\s?S\.?(?:c|C)?\.?|M\.?\s?S\.?(?:c|C)?\.?|B\.?\s?A\.?|M\.?\s?A\.?|"
    r"B\.?\s?(?:Eng|ENG)\.?|M\.?\s?(?:Eng|ENG)\.?|B\.?\s?(?:Tech|TECH)\.?|M\.?\s?(?:Tech|TECH)\.?|"
    r"B\.?\s?E\.?|M\.?\s?E\.?|B\.?B\.?A\.?|B\.?\s?(?:Com|COM)\.?|M\.?\s?(?:Com|COM)\.?|"
    r"LL\.?\s?[BM]\.?|J\.?\s?D\.?|M\.?\s?D\.?|BFA|MFA|B\.?\s?(?:Ed|ED)\.?|M\.?\s?(?:Ed|ED)\.?|"
    r"BSN|MSN|HND|A-Levels?|A\.?\s?A\.?\s?S?\.?|BTS|DUT|MPA|MPH|MSW|DDS|Pharm\.?\s?D|Psy\.?\s?D|"
    r"S\.B\.|S\.M\.|A\.B\.|HBO|WO|MBO|VWO|HAVO|VMBO|GCSEs?"
    r")(?![\w])"
    r"|準学士|学士|硕士|博士|修士|本科|研究生|大专|专科|高中|中专|专门士|高度専門士|専門士|交换生|交換留学"
)

DEPARTMENT_WORDS = frozenset(
    [
        "engineering",
        "marketing",
        "sales",
        "operations",
        "finance",
        "product",
        "design",
        "research",
        "hr",
        "it",
        "legal",
        "support",
        "infrastructure",
        "platform",
        "security",
        "data",
        "analytics",
        "growth",
    ]
)

SUBJECT_WORDS = frozenset(
    [
        "science",
        "sciences",
        "engineering",
        "computer",
        "computing",
        "studies",
        "administration",
        "management",
        "arts",
        "art",
        "business",
        "mathematics",
        "math",
        "maths",
        "physics",
        "chemistry",
        "biology",
        "biochemistry",
        "economics",
        "finance",
        "accounting",
        "law",
        "medicine",
        "psychology",
        "history",
        "literature",
        "design",
        "education",
        "marketing",
        "nursing",
        "philosophy",
        "statistics",
        "informatics",
        "information",
        "systems",
        "technology",
        "communication",
        "communications",
        "media",
        "music",
        "politics",
        "political",
        "sociology",
        "languages",
        "linguistics",
        "architecture",
        "humanities",
        "electrical",
        "electronics",
        "mechanical",
        "civil",
        "chemical",
        "software",
        "data",
        "analytics",
        "neuroscience",
        "geography",
        "geology",
        "anthropology",
        "journalism",
        "pharmacy",
        "dentistry",
        "health",
        "public",
        "policy",
        "international",
        "relations",
        "economics",
        "supply",
        "chain",
        "operations",
        "hospitality",
    ]
)
"""Words of a field of study (`Computer Science`), used to tell `University X, Field` apart."""

GPA_RE = re.compile(
    r"(?i)\b(?:c?gpa|grade|note|average|cum\.?|major gpa|overall gpa)\b[^|;]*?"
    r"\d+(?:[.,]\d+)?(?:\s*/\s*\d+(?:[.,]\d+)?)?"
)

_WORD = re.compile(r"[\w'’&+.-]+(?:/[\w.]{1,2}\b)?", re.UNICODE)
"""A word; `A/S` (a Danish legal form) is one, `Researcher/Consultant` two."""


def words(text: str) -> list[str]:
    return [w.strip(".,;:()").casefold() for w in _WORD.findall(text)]


def title_score(text: str) -> float:
    """How much `text` reads like a job title: title nouns, strongest as the head noun."""
    low = text.casefold()
    ws = words(re.sub(r"\(.*?\)", " ", text))
    if not ws:
        return 0.0
    score = 0.0
    for phrase in TITLE_PHRASES:
        if phrase in low:
            score += 1.5
    hits = [w for w in ws if _title_word(w)]
    score += len(hits)
    # head noun: last word before " of ", " for ", "," or the end
    head_part = re.split(_HEAD_CUT, low)[0]
    head_words = words(head_part)
    if head_words and _title_word(head_words[-1]):
        score += 2
    elif ws[-1] in TITLE_WORDS:
        score += 1.5
    elif len(ws) <= 4 and _title_word(ws[0]):
        score += 1.5  # head first, the field after it without `de` (`Desenvolvedor Software`)
    score += 2 * sum(1 for w in _CJK_TITLES if w in text)
    if not hits and not score:
        # run-together text from a PDF without spaces ("SiteReliabilityEngineer")
        squashed = re.sub(r"[^a-z]", "", low)
        if len(squashed) >= 10 and any(
            squashed.endswith(t) for t in ("engineer", "developer", "manager", "analyst")
        ):
            score += 2
    return score


_HEAD_CUT = re.compile(
    r"\b(?:of|for|to|de|du|des|der|für|del|della|di|da|do|van|voor|für|для|по|ds|dla|w)\b|,"
)
_COMPOUND_TAILS = tuple(w for w in TITLE_WORDS if len(w) >= 5)


def _title_word(w: str) -> bool:
    """A title noun, alone, after a hyphen, or closing a compound (`Projektleiterin`, `Beleidsmedewerker`)."""
    if w in TITLE_WORDS or w.rsplit("-", maxsplit=1)[-1] in TITLE_WORDS:
        return True
    return len(w) >= 8 and w.isalpha() and w.endswith(_COMPOUND_TAILS)


def _suffix(w: str) -> bool:
    return w in COMPANY_SUFFIXES or w.rstrip(".") in COMPANY_SUFFIXES or w.replace(".", "") in _DOTLESS


_LEADING_FORM = re.compile(r"^\s*[^\W\d_a-zа-яё]{2,4}\.?\s+[«\"„“”']")
"""A legal form in capitals, then a name in quotes: how Russian, Ukrainian or Polish print a company."""


def company_score(text: str) -> float:
    """How much `text` reads like an organisation: legal suffixes, `University`, `Labs`..."""
    ws = words(re.sub(r"\(.*?\)", " ", text))
    if not ws:
        return 0.0
    score = 0.0
    if _suffix(ws[-1]):
        score += 2
    score += 0.5 * sum(1 for w in ws[:-1] if _suffix(w))
    if len(ws) >= 2 and _suffix(ws[0]) and _LEADING_FORM.match(text):
        score += 1.5  # the form before a quoted name (`ООО «Ромашка»`, `TOB "Світанок"`): as strong as after
    if INSTITUTION_WORDS.search(text):
        score += 1
    if any(text.rstrip().endswith(w) for w in _CJK_SUFFIXES):
        score += 2
    elif text.lstrip().startswith(_CJK_LEADING_FORMS) and len(text.strip()) > 4:
        score += 2  # `株式会社サクラテック`: Japanese puts the form before the name as often as after
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(ws) <= 3:
        score += 0.25
    return score


def is_department(text: str) -> bool:
    ws = words(text)
    return bool(ws) and len(ws) <= 3 and all(w in DEPARTMENT_WORDS or w in {"&", "and"} for w in ws)
