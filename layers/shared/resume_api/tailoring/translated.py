"""A body's name given in English where the source writes it in its own language ("Ministry of Health"
for "Ministère de la Santé", "Lisbon City Council" for "Câmara Municipal de Lisboa").

A model that tailors a resume in English translates such names; refusing them makes a true rewrite a
lie. Each English word must stand for one word of a run of the source (the same word, a cognate, or a
translation this table knows) and each word of that run for one English word, the run's little words
("de", "la", "für") aside: another ministry, or one more word, is not the source's name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

from resume_api.tailoring.wording import stem

_LITTLE = frozenset(
    [
        "de",
        "del",
        "la",
        "le",
        "les",
        "l",
        "du",
        "des",
        "d",
        "di",
        "della",
        "delle",
        "dei",
        "degli",
        "da",
        "do",
        "das",
        "dos",
        "e",
        "et",
        "y",
        "i",
        "en",
        "el",
        "em",
        "no",
        "na",
        "für",
        "fur",
        "der",
        "die",
        "und",
        "van",
        "het",
        "voor",
        "en",
        "og",
        "och",
        "w",
        "z",
        "i",
        "ze",
        "a",
        "al",
        "au",
        "aux",
        "dell",
        "dall",
        "nell",
        "sull",
        "all",
    ]
)
"""Words a name joins its words with in Spanish, French, Portuguese, Italian, German, Dutch, Nordic
and Polish: they stand for no English word."""

_OWN_LITTLE = frozenset({"of", "the", "for", "and", "at", "in", "on", "&"})

_SAFETY = ("segurid", "securite", "seguranc", "sicurezz", "sicherheit", "bezpieczen", "veilig", "sikkerhet")
_WORDS: dict[str, tuple[str, ...]] = {
    "ministry": ("minister",),
    "department": ("departament", "dipartiment"),
    "health": ("salud", "sante", "saude", "sanita", "gesundheit", "zdrow", "gezondheid", "helse", "halsa"),
    "labour": ("trabaj", "travail", "trabalh", "lavor", "arbeit", "prac", "arbeid"),
    "labor": ("trabaj", "travail", "trabalh", "lavor", "arbeit", "prac", "arbeid"),
    "work": ("trabaj", "travail", "trabalh", "lavor", "arbeit", "prac", "arbeid"),
    "agriculture": ("agricult", "agricolt", "landwirtschaft", "rolnict", "landbouw", "landbruk", "jordbruk"),
    "environment": ("ambient", "environnement", "umwelt", "srodowisk", "milieu", "miljo"),
    "education": ("educac", "educat", "istruzion", "bildung", "edukac", "onderwijs", "utdanning"),
    "finance": ("hacienda", "financ", "finanz", "finans"),
    "revenue": ("ingreso", "receita", "entrate", "recette", "skarb"),
    "customs": ("aduana", "douane", "alfandega", "dogan", "zoll", "cel"),
    "justice": ("justic", "giustizi", "justiz", "sprawiedliw", "justit"),
    "culture": ("cultur", "kultur"),
    "arts": ("arte", "arts", "arti", "kunst", "sztuk", "kultur"),
    "city": (
        "ciudad",
        "ville",
        "cidade",
        "citta",
        "stadt",
        "miast",
        "stad",
        "municipal",
        "comunal",
        "gemeente",
    ),
    "municipal": ("municipal", "comunal", "gemeente", "miejsk"),
    "council": ("consej", "conseil", "conselh", "consigli", "camara", "ayuntamiento", "rada", "raad"),
    "office": ("oficina", "bureau", "office", "gabinet", "uffici", "urzad", "kontor"),
    "agency": ("agencia", "agence", "agenzia", "agentur", "agencj"),
    "administration": ("administr",),
    "authority": ("autorid", "autorit", "behorde", "urzad", "myndighet"),
    "directorate": (
        "direcc",
        "direction",
        "direcao",
        "direccao",
        "direzion",
        "direktion",
        "dyrekc",
        "directie",
    ),
    "university": ("universi", "uniwersyt"),
    "hospital": ("hospital", "hopital", "ospedal", "krankenhaus", "szpital", "ziekenhuis", "sykehus"),
    "school": ("escuela", "ecole", "escola", "scuola", "schule", "szkol"),
    "court": ("tribunal", "gericht", "sad", "rechtbank", "domstol"),
    "research": (
        "investigac",
        "recherche",
        "pesquisa",
        "ricerca",
        "forschung",
        "badan",
        "onderzoek",
        "forskning",
    ),
    "medical": ("medic", "medyczn", "medisch", "medisin"),
    "safety": _SAFETY,
    "security": _SAFETY,
    "secure": _SAFETY,
    "safe": _SAFETY,
    "police": ("polic", "polizi", "polizei", "politi"),
    "housing": ("vivienda", "logement", "habitac", "abitat", "wohn", "mieszk", "wonen", "bolig"),
    "statistics": ("estadistic", "statisti", "estatistic", "statyst"),
    "fisheries": ("pesca", "peche", "fischerei", "rybolow", "visserij", "fiskeri"),
    "maritime": ("maritim", "morsk", "maritiem"),
    "water": ("agua", "eau", "acqua", "wasser", "wod", "water", "vann"),
    "transport": ("transport", "traspor", "verkehr"),
    "service": ("servici", "service", "servic", "servizi", "dienst", "sluzb", "tjeneste"),
    "center": ("centr", "zentrum", "senter"),
    "centre": ("centr", "zentrum", "senter"),
    "national": ("nacional", "national", "nazional", "krajow", "narodow", "nasjonal"),
    "federal": ("federal", "federa", "bundes"),
    "state": ("estado", "etat", "stato", "staat", "panstw", "stat"),
    "general": ("general", "geral", "generale", "generaal"),
    "french": ("franc",),
    "spanish": ("espanol", "espanh"),
    "italian": ("italian",),
    "german": ("deutsch", "aleman", "allemand", "tedesc"),
    "polish": ("polsk", "polon"),
    "portuguese": ("portugu",),
    "norwegian": ("norsk", "noruega", "norveg"),
    "norway": ("norsk", "norge", "noreg", "noruega", "norveg"),
    "immigration": ("immigra", "inmigra", "imigra", "einwander"),
    "integration": ("integra",),
    "electoral": ("electoral", "eleitoral", "elettoral", "wahl", "wyborcz"),
    "institute": ("institut", "istitut", "instytut"),
    "tax": ("tribut", "impot", "fiscal", "steuer", "podatk", "belasting", "skatt"),
    "refugees": ("fluchtling", "refugi", "rifugiat", "uchodzc", "vluchteling", "flyktning"),
    "mill": ("moulin", "molin", "muhl", "molen", "mlyn", "moll"),
    "mills": ("moulin", "molin", "muhl", "molen", "mlyn", "moll"),
    "brothers": ("hermano", "frere", "irmao", "fratell", "bruder", "gebroeder", "brodr", "bracia"),
    "construction": ("construc", "costruz", "bouw", "bau", "budow", "bygg"),
    "transit": ("transport", "traspor", "verkehr", "transit"),
    "corporation": ("societ", "sociedad", "gesellschaft", "spolk", "selskap"),
    "company": ("societ", "sociedad", "gesellschaft", "spolk", "selskap", "compan", "compagn", "compañ"),
    "pharmacy": ("farmac", "pharmac", "apothek", "apotek", "aptek"),
}
"""English words of bodies' names, and the beginnings of their translations (without accents)."""


def _plain(word: str) -> str:
    """A word without accents ("santé" as "sante")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@cache
def _forms() -> dict[str, tuple[str, ...]]:
    return {stem(english): roots for english, roots in _WORDS.items()}


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _stands_for(english: str, word: str) -> bool:
    """One English word (stemmed) for one word of the source: the same, a translation the table knows, or
    a cognate (the same first letter and few letters apart: "nacional", "instituto", "Lisboa")."""
    if english == word:
        return True
    roots = _forms().get(english)
    if roots is not None:  # the source's words are stemmed: "agenc" for "agence"
        return word.startswith(roots) or (len(word) >= 4 and any(r.startswith(word) for r in roots))
    if len(english) < 4 or len(word) < 4 or english[0] != word[0]:
        return False
    return _distance(english, word) <= max(1, round(0.3 * max(len(english), len(word))))


def _matched(english: Sequence[str], words: Sequence[str]) -> bool:
    """Each English word stands for a word of `words`, each once, and every word is stood for."""
    if not english:
        return not words
    first, rest = english[0], english[1:]
    return any(
        _stands_for(first, w) and _matched(rest, [*words[:i], *words[i + 1 :]]) for i, w in enumerate(words)
    )


_LEGAL = frozenset(
    {"gmbh", "ag", "kg", "sarl", "sa", "sas", "srl", "spa", "s.p.a", "s.l", "sl", "bv", "b.v", "nv", "n.v"}
    | {"lda", "ltda", "oy", "ab", "as", "asa", "aps", "inc", "ltd", "llc", "plc", "co"}
)
"""Legal forms a firm's name ends with: part of no rendering."""


def renders(english: Sequence[str], native: str) -> bool:
    """Whether an English name (its words) renders a name the source writes in its own language: each word
    of the source's name, its legal form and little words aside, stood for by an English word (the same,
    a cognate, a translation this table knows). "Dupré Mills" renders "Moulins Dupré SARL"; "Martin Mills"
    and "Dupré Bakeries" do not. An official name that translates no word ("Arts Council Norway" for
    "Norsk kulturråd") renders only where the table knows its words."""
    native_words = [w.rstrip(".") for w in _WORD.findall(native.lower()) if w[:1].isalpha()]
    said = [stem(_plain(w)) for w in native_words if w not in _LITTLE and w not in _LEGAL]
    words = [w.lower().rstrip(".") for w in english]
    stems = [stem(_plain(w)) for w in words if w not in _OWN_LITTLE and w not in _LITTLE and w not in _LEGAL]
    return bool(said) and bool(stems) and all(any(_stands_for(e, w) for e in stems) for w in said)


def rendered_from(run: Sequence[str], native: str) -> int | None:
    """Where the English name that renders `native` starts in a run of capitalised words ("Supplied Dupré
    Mills" before "(Moulins Dupré SARL)": at "Supplied", which stands for nothing but is no name either),
    or None when the run does not render it."""
    return 0 if renders(run, native) else None


def translates(english: Sequence[str], said: Sequence[str]) -> bool:
    """The English name's words (stemmed, its own little words left out) translate a run of the source's
    words, word for word in any order ("National Electoral Institute" for "Instituto Nacional Electoral")."""
    english = [word for word in english if word not in _OWN_LITTLE]
    if len(english) < 2:
        return False
    size = len(english)
    plain = [part for w in said for part in _plain(w).replace("'", " ").replace("-", " ").split()]
    for start, first in enumerate(plain):
        if first in _LITTLE:
            continue
        content: list[str] = []
        for word in plain[start : start + size + 6]:
            if word in _LITTLE:
                continue
            content.append(word)
            if len(content) == size:
                break
        if len(content) == size and _matched(english, content):
            return True
    return False


_WORD = re.compile(r"[^\W\d_][\w'’.]*|[^\w\s-]")


def name_words(text: str) -> set[str]:
    """A name's words in lower case, as `capital_runs` reads them."""
    return {w.lower() for w in _WORD.findall(text) if w[:1].isalpha()}


def capital_runs(sentence: str) -> list[list[str]]:
    """Runs of capitalised words, joined by English little words or hyphens ("National Institute for
    Safety and Health at Work", "Directorate-General"), in lower case: the names a sentence may give in
    English. A mark ("(", ",") ends a run."""
    runs: list[list[str]] = []
    run: list[str] = []
    pending: list[str] = []
    for word in [*_WORD.findall(sentence), "."]:
        low = word.lower()
        if word[:1].isupper():
            run += [*pending, low] if run else [low]
            pending = []
        elif run and low in _OWN_LITTLE:
            pending.append(low)
        else:
            if len(run) >= 2:
                runs.append(run)
            run, pending = [], []
    return runs


def translated_words(sentence: str, said: Sequence[Sequence[str]]) -> set[str]:
    """The words (lower case) of the sentence's capitalised runs that translate a run of a source text's
    words (`said`, stemmed): a name the source writes in its own language, given in English."""
    out: set[str] = set()
    for run in capital_runs(sentence):
        stems = [stem(w) for w in run]
        for start in range(len(run) - 1):  # "Filed for the Ministry of Health": the run's end is the name
            if run[start] not in _OWN_LITTLE and any(translates(stems[start:], words) for words in said):
                out.update(run[start:])
                break
    return out
