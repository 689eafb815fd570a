"""A drawn resume and a variant in, the page's blocks out (plus the resume as printed).

`prepare` first removes what a layout does not print (a LinkedIn print has no references, an
academic CV no bullets): what is left is exactly what the page shows, so the expected parse is
made from it and never from the parser.
"""

from __future__ import annotations

import copy
from typing import Any

from .content import Doc, duration, fmt_date, fmt_range
from .crossed import EMPLOYERS as CROSSED_EMPLOYERS
from .crossed import TITLES as CROSSED_TITLES
from .firms import PAIRED, SERIAL
from .job_lines import JOB_SUMMARIES, LIST_LABELS
from .joined import JOINED, UNNAMED
from .lang import Lang
from .long_titles import LONG_TITLES
from .model import LIST, Block, Page, Para, Photo, Run, Table
from .schooling import ACRONYMS, COURSES, KINDS
from .summaries import LONG_SUMMARIES
from .trades import TRADES
from .unknown_lang import lang_of
from .variants import HeaderLine, Variant

ORDER = (
    "summary",
    "work",
    "education",
    "skills",
    "languages",
    "certificates",
    "awards",
    "projects",
    "publications",
    "volunteer",
    "other",
    "interests",
    "references",
)
EUROPASS = 0.3
"""The label column's share of the width: wide enough for "Programmiersprachen" in bold."""
SIDEBAR_KEYS = ("skills", "languages", "interests")
MINOR_KEYS = ("languages", "certificates", "awards", "interests", "volunteer", "publications", "references")
"""The sections `Variant.minor_headings` heads in the look of the skill groups' names."""
LINKEDIN_CONTACT = {
    "en": "Contact",
    "fr": "Coordonnées",
    "de": "Kontakt",
    "es": "Contactar",
    "pt": "Contato",
    "it": "Contatti",
    "nl": "Contact",
    "pl": "Dane kontaktowe",
    "ru": "Контакты",
    "zh": "联系方式",
    "ja": "連絡先",
}
"""The heading LinkedIn's PDF prints over the contact block, in the profile's language."""
ICONS = {
    "summary": "☰",
    "work": "⚒",
    "education": "✎",
    "skills": "⚙",
    "languages": "✈",
    "certificates": "✔",
    "awards": "★",
    "projects": "⚑",
    "publications": "✉",
    "volunteer": "♥",
    "references": "☎",
    "interests": "♫",
    "other": "◆",
}


EXPECTED = {
    "en": "Expected graduation:",
    "fr": "Obtention prévue en",
    "de": "Voraussichtlicher Abschluss:",
    "es": "Fecha prevista de finalización:",
    "pt": "Conclusão prevista em",
    "it": "Conseguimento previsto:",
    "nl": "Verwachte afronding:",
    "pl": "Planowane ukończenie:",
    "ru": "Ожидаемый год окончания:",
    "zh": "预计毕业：",
    "ja": "卒業見込み：",
}
"""How a degree not yet taken prints its date (`Expected graduation: May 2026`)."""


DEPARTMENTS = {
    "en": ("Finance Department", "Research & Development", "Customer Service Department"),
    "fr": ("Direction financière", "Service client", "Département Recherche et Développement"),
    "de": ("Abteilung Controlling", "Forschung und Entwicklung", "Kundenservice"),
    "es": ("Departamento de Finanzas", "Departamento de Atención al Cliente", "Investigación y Desarrollo"),
    "pt": ("Departamento Financeiro", "Departamento de Atendimento ao Cliente", "Pesquisa e Desenvolvimento"),
    "it": ("Ufficio Amministrazione", "Reparto Ricerca e Sviluppo", "Servizio Clienti"),
    "nl": ("Afdeling Financiën", "Klantenservice", "Onderzoek en Ontwikkeling"),
    "pl": ("Dział Finansów", "Dział Obsługi Klienta", "Dział Badań i Rozwoju"),
    "ru": ("Финансовый отдел", "Отдел обслуживания клиентов", "Отдел исследований и разработок"),
    "zh": ("财务部", "客户服务部", "研发部"),
    "ja": ("経理部", "カスタマーサービス部", "研究開発部"),
}
"""A department's line a job may print under its header (the line is the person's words, kept; it
is neither an entry nor a bullet)."""


INTERN_IN = {
    "en": "Intern in {t}",
    "fr": "Stagiaire en {t}",
    "de": "Praktikant im Bereich {t}",
    "es": "Becario en {t}",
    "pt": "Estagiária em {t}",
    "it": "Stagista in {t}",
    "nl": "Stagiair als {t}",
    "pl": "Stażysta na stanowisku {t}",
    "ru": "Стажёр в должности {t}",
}
"""Per language, an intern's title named by the job learnt (`Estagiária em Associate Application
Developer`); Chinese and Japanese CVs print no such phrase (their titles stay as drawn)."""


def prepare(doc: Doc, variant: Variant) -> dict[str, Any]:
    """The resume as this variant prints it, with the order of its sections under `order`."""
    r = copy.deepcopy(doc["resume"])
    order = list(ORDER)
    if variant.kind in {"academic", "functional"}:
        for w in r["work"]:
            w["highlights"] = []
    if variant.kind == "engagement":
        names = list(reversed(lang_of(doc["lang"]).projects))
        for w, name in zip(r["work"], names, strict=False):
            w["position"] = name  # the engagement's name is the role
    if variant.kind == "functional":
        order.remove("skills")
        order.insert(1, "skills")
    if variant.kind != "linkedin" and not any("location" in hl.fields for hl in variant.header):
        for w in r["work"]:
            w["location"] = None  # a header without a place prints none: nothing to read back
    if variant.kind == "linkedin":
        kws = [k for g in r["skills"] for k in g["keywords"]][:3]
        r["skills"] = [{"name": None, "keywords": kws}]
        r["certificates"] = [{"name": c["name"], "issuer": None, "date": None} for c in r["certificates"]]
        r["awards"] = [{"title": a["title"], "awarder": None, "date": None} for a in r["awards"]]
        for key in ("projects", "publications", "volunteer", "references", "interests", "other"):
            r[key] = []
        order = ["summary", "work", "education", "skills", "languages", "certificates", "awards"]
    if variant.qualified_titles:
        for w in r["work"]:
            w["position"] = f"{w['position']} – {TERMS[doc['lang']]}"
    if variant.intern_titles and doc["lang"] in INTERN_IN:
        for w in r["work"][1:]:  # the earlier roles: an intern's, named by the job learnt
            w["position"] = INTERN_IN[doc["lang"]].format(t=w["position"])
    if variant.slash_titles:
        titles = lang_of(doc["lang"]).titles
        for w in r["work"]:
            other = (
                titles[(titles.index(w["position"]) + 1) % len(titles)] if w["position"] in titles else None
            )
            if other is not None:
                w["position"] = f"{w['position']} / {other}"
    if variant.trade_titles and doc["lang"] in TRADES:
        _retitle(r["work"], TRADES[doc["lang"]])
    if variant.long_titles and doc["lang"] in LONG_TITLES:
        _retitle(r["work"], LONG_TITLES[doc["lang"]])
    if variant.firm_names:
        _rename(r["work"], (SERIAL if variant.firm_names == "serial" else PAIRED)[doc["lang"]])
    if variant.crossed_names and doc["lang"] in CROSSED_TITLES:
        # the first job's names stay clear: the document's habit is read from it
        _rename(r["work"][1:], CROSSED_EMPLOYERS[doc["lang"]])
        _retitle(r["work"][1:], CROSSED_TITLES[doc["lang"]])
    if variant.edu == "expected" and r["education"]:
        r["education"][0]["startDate"] = None  # `Expected graduation: 2026`: the end alone
    if variant.edu == "exchange" and r["education"]:
        # an exchange stay during the first degree: a programme, no degree word, at a school named
        # without a school word (`programme Erasmus; HEC Paris`), printed like the degrees around it
        programme, school = EXCHANGE[doc["lang"]]
        end = r["education"][0]["endDate"]
        stay = {"institution": school, "studyType": programme, "area": None}
        stay.update({"startDate": str(int(end) - 1), "endDate": end})
        r["education"].insert(1, stay)
    if variant.edu == "kinds" and r["education"]:
        _other_schooling(r, doc["lang"], variant)
    if variant.edu == "acronym":
        pool = ACRONYMS[doc["lang"]]
        at = len(r["basics"]["name"]) + len(variant.name)
        for i, e in enumerate(r["education"]):
            e["institution"] = pool[(at + i) % len(pool)]
    if variant.body == "labelled":
        labels = LIST_LABELS[doc["lang"]]
        for i, w in enumerate(r["work"]):
            if len(w["highlights"]) >= 2:
                w["highlights"] = [w["highlights"][0], labels[i % len(labels)], *w["highlights"][1:]]
    if variant.job_summary:
        lines = JOB_SUMMARIES[doc["lang"]]
        for i, w in enumerate(r["work"]):
            w["highlights"] = [lines[i % len(lines)], *w["highlights"]]
    if variant.languages_line:
        for x in r["languages"]:
            x["fluency"] = None  # the names alone
    if variant.summary and variant.summary != "short":
        r["basics"]["summary"] = LONG_SUMMARIES[doc["lang"]]
    if variant.edu_undated:
        for e in r["education"]:
            e["startDate"] = e["endDate"] = None
    if variant.minor_headings:
        order = [k for k in order if k not in MINOR_KEYS or k == variant.minor_headings]
    r["order"] = order
    return r


def _rename(work: list[dict[str, Any]], pool: tuple[str, ...]) -> None:
    """Each employer named from `pool` in the order they first appear: roles at one keep one name."""
    names: dict[str, str] = {}
    for w in work:
        w["name"] = names.setdefault(w["name"], pool[len(names) % len(pool)])


def _retitle(work: list[dict[str, Any]], pool: tuple[str, ...]) -> None:
    """Each job titled from `pool`, picked by the drawn title: each draw differs."""
    for i, w in enumerate(work):
        w["position"] = pool[(i + len(w["position"])) % len(pool)]


def _other_schooling(r: dict[str, Any], lang: str, variant: Variant) -> None:
    """The latest degree, then two earlier kinds of schooling from `KINDS` (which two: by the
    drawn name and the variant, so the cells of a language span the pool)."""
    pool = KINDS[lang]
    at = len(r["basics"]["name"]) + len(variant.name)
    first = r["education"][0]
    start = int(first["startDate"] or first["endDate"])
    kept = [first]
    for k in range(2):
        degree, area, school = pool[(at + k) % len(pool)]
        end = start - 3 * k
        kept.append(
            {
                "institution": school,
                "studyType": degree,
                "area": area,
                "startDate": str(end - 3),
                "endDate": str(end),
            }
        )
    r["education"] = kept


EDU_DETAILS = {
    "en": ("Ann Arbor, MI", "GPA: 3.8/4.0, Magna Cum Laude"),
    "fr": ("Lyon, France", "Mention très bien"),
    "de": ("München", "Abschlussnote: 1,3 (sehr gut)"),
    "es": ("Madrid, España", "Nota media: 8,9 — Matrícula de Honor"),
    "pt": ("São Paulo, Brasil", "Média final: 9,1 — Summa cum laude"),
    "it": ("Milano", "Voto di laurea: 110/110 e lode"),
    "nl": ("Delft", "Cum laude, gemiddeld cijfer 8,4"),
    "pl": ("Warszawa", "Średnia ocen: 4,8 — dyplom z wyróżnieniem"),
    "ru": ("Москва", "Красный диплом, средний балл 4,9"),
    "zh": ("北京", "GPA：3.8/4.0，优秀毕业生"),
    "ja": ("東京都", "GPA：3.6/4.0、学長賞"),
}
"""Per language, a school's city line and an honours or grade line printed under a degree."""

EXCHANGE = {
    "en": ("Exchange semester", "ETH Zürich"),
    "fr": ("Programme Erasmus", "HEC Paris"),
    "de": ("Auslandssemester", "ETH Zürich"),
    "es": ("Intercambio Erasmus", "ESADE"),
    "pt": ("Intercâmbio acadêmico", "Insper"),
    "it": ("Programma Erasmus", "SDA Bocconi"),
    "nl": ("Uitwisselingssemester", "TU Delft"),
    "pl": ("Wymiana studencka Erasmus", "SGH"),
    "ru": ("Программа обмена", "МФТИ"),
    "zh": ("交换生项目", "ETH Zürich"),
    "ja": ("交換留学", "ETH Zürich"),
}
TERMS = {
    "en": "Contract (6 months)",
    "fr": "CDD (6 mois)",
    "de": "Teilzeit (20 h/Woche)",
    "es": "Media jornada",
    "pt": "Meio período",
    "it": "Tirocinio curriculare (250h)",
    "nl": "Deeltijd (24 uur)",
    "pl": "Pół etatu",
    "ru": "Частичная занятость",
    "zh": "兼职",
    "ja": "業務委託",
}
"""Per language, the terms a title goes on to after a dash (`Software Engineer – Contract (6 months)`)."""

THESIS = {
    "en": ("Thesis title", "'Young People in the Construction of the Virtual University'"),
    "fr": ("Thèse", "« Modélisation des écoulements turbulents dans les réseaux urbains »"),
    "de": ("Masterarbeit", "„Verteilte Optimierung von Lieferketten im Mittelstand“"),
    "es": ("Tesis", "«Aprendizaje automático aplicado a la predicción de la demanda eléctrica»"),
    "pt": ("Dissertação", "«Métodos numéricos para escoamentos em meios porosos heterogéneos»"),
    "it": ("Tesi", "«Ottimizzazione distribuita delle reti logistiche nelle città italiane»"),
    "nl": ("Scriptie", "„Voorspellen van de energievraag met machinaal leren in de gebouwde omgeving”"),
    "pl": ("Praca magisterska", "„Rozproszona optymalizacja łańcuchów dostaw w małych firmach”"),
    "ru": ("Дипломная работа", "«Распределённая оптимизация цепочек поставок в малом бизнесе»"),
    "zh": ("毕业论文", "《基于机器学习的城市交通流量预测方法研究与系统实现》"),
    "ja": ("卒業論文", "「機械学習を用いた都市部の電力需要予測に関する研究と実装」"),
}
"""Per language, a thesis label and a title long enough to wrap, printed on the degree's own line
(`PhD - Thesis title: 'Young People in the Construction of the Virtual University'`, as Europass
CVs do): a school word inside the title names no school."""

"""Per language, an exchange programme (no degree word) and a school named without a school word:
only where the section's other degrees print their school tells which piece is the school."""

GLUED = "glued"
"""The separator of fields written as one run: nothing in CJK (`北京华信科技有限公司软件工程师`),
an em dash elsewhere (no Latin resume runs an employer into a title)."""
PROSE = "prose"
"""The separator spec of a header line told as a phrase (`HeaderLine(seps=PROSE)`)."""
PROSE_LINK = {
    "en": "for",
    "fr": "pour",
    "de": "für",
    "es": "para",
    "pt": "para",
    "it": "per",
    "nl": "voor",
    "pl": "dla",
    "ru": "для",
}
"""The word that links a role to its employer in a sentence (`Data Scientist for Airconomy`)."""


WORKED = "worked"
"""The separator spec of a header told as a first-person sentence naming the employer, the place
and the role (`HeaderLine(seps=WORKED)`: `Trabajé en Xing, en Barcelona, como desarrollador
backend.`, as CVs written in prose tell each job)."""
WORKED_FORM = {
    "en": ("Worked at {e}, in {l}, as {t}.", "Worked at {e} as {t}."),
    "fr": ("J'ai travaillé chez {e}, à {l}, en tant que {t}.", "J'ai travaillé chez {e} en tant que {t}."),
    "de": ("Tätig bei {e}, in {l}, als {t}.", "Tätig bei {e} als {t}."),
    "es": ("Trabajé en {e}, en {l}, como {t}.", "Trabajé en {e} como {t}."),
    "pt": ("Trabalhei na {e}, em {l}, como {t}.", "Trabalhei na {e} como {t}."),
    "it": ("Ho lavorato presso {e}, a {l}, come {t}.", "Ho lavorato presso {e} come {t}."),
    "nl": ("Werkzaam bij {e}, in {l}, als {t}.", "Werkzaam bij {e} als {t}."),
    "pl": ("Pracowałem w {e} ({l}) jako {t}.", "Pracowałem w {e} jako {t}."),
    "ru": ("Работал в {e} ({l}) в должности: {t}.", "Работал в {e} в должности: {t}."),
    "zh": ("在{e}（{l}）担任{t}。", "在{e}担任{t}。"),
    "ja": ("{e}（{l}）にて{t}として勤務。", "{e}にて{t}として勤務。"),
}
"""Per language, the sentence with a place and without one."""

AT_COMPANY = "at_company"
"""The separator spec of a header told title first, the employer after a linking word and a noun
for a company (`Desarrollador web en la empresa Alt120, en Barcelona.`), the place after it."""
AT_COMPANY_FORM = {
    "en": ("{t} at {e}, in {l}.", "{t} at {e}."),
    "fr": ("{t} dans l'entreprise {e}, à {l}.", "{t} dans l'entreprise {e}."),
    "de": ("{t} bei der Firma {e}, in {l}.", "{t} bei der Firma {e}."),
    "es": ("{t} en la empresa {e}, en {l}.", "{t} en la empresa {e}."),
    "pt": ("{t} na empresa {e}, em {l}.", "{t} na empresa {e}."),
    "it": ("{t} presso l'azienda {e}, a {l}.", "{t} presso l'azienda {e}."),
    "nl": ("{t} bij het bedrijf {e}, in {l}.", "{t} bij het bedrijf {e}."),
    "pl": ("{t} w firmie {e} ({l}).", "{t} w firmie {e}."),
    "ru": ("{t} в компании {e} ({l}).", "{t} в компании {e}."),
    "zh": ("在{e}（{l}）担任{t}。", "在{e}担任{t}。"),
    "ja": ("{e}（{l}）にて{t}として勤務。", "{e}にて{t}として勤務。"),
}
"""Per language, the phrase with a place and without one (CJK tells it as WORKED does)."""


class _Builder:
    def __init__(self, doc: Doc, variant: Variant) -> None:
        self.v = variant
        self.lang: Lang = lang_of(doc["lang"])
        self.style: dict[str, Any] = doc["style"]
        self.r = prepare(doc, variant)
        self.numbered = 0

    # ---------------------------------------------------------------- pieces

    def heading(self, key: str, text: str | None = None, look: str = "") -> Para:
        text = text or self.r["headings"][key]
        h = look or self.v.heading
        cjk = self.lang.cjk
        if h == "caps":
            return Para([Run(text.upper(), bold=True, size=12)], space_before=8)
        if h == "small_caps":
            return Para([Run(text, bold=not cjk, size=12, small_caps=True)], space_before=8)
        if h == "icon":
            return Para([Run(f"{ICONS[key]}  "), Run(text.upper(), bold=True, size=12)], space_before=8)
        if h == "rule":
            return Para([Run(text.upper(), bold=True, size=12)], rule=True, space_before=8)
        if h == "numbered":
            self.numbered += 1
            return Para([Run(f"{self.numbered}. {text}", bold=True, size=13)], space_before=8)
        if h == "word":
            return Para([Run(text, bold=True, size=14)], style="Heading 1", space_before=8)
        if h == "plain":
            return Para([Run(text)], space_before=8)  # the body's size and weight: set apart by place alone
        if h == "light":  # a point over the body, regular weight, as written (macchiato's sidebar)
            return Para([Run(text, size=11)], space_before=8)
        if h == "initials":  # each word's first letter a size up, the rest in the body's (paper's)
            runs: list[Run] = []
            for k, word in enumerate(text.split(" ")):
                runs += [Run(" ")] if k else []
                runs += [Run(word[:1], size=14), *([Run(word[1:])] if word[1:] else [])]
            return Para(runs, space_before=8)
        return Para([Run(text, bold=True, size=14)], space_before=8)

    def bullet(self, text: str) -> Para:
        if not self.v.bullet:
            return Para([Run(text)])  # no glyph, no indent: each item a plain line
        return Para([Run(text)], bullet=self.v.bullet, indent=14)

    def bullet_paras(self, text: str) -> list[Para]:
        """A bullet, or with `hand_wrap` a long one broken after the comma nearest its middle (else
        the space): the rest in a plain paragraph indented under the bullet's text."""
        if not (self.v.hand_wrap and self.v.bullet and len(text) >= 60):
            return [self.bullet(text)]
        mid = len(text) // 2
        cuts = [i + 1 for i, c in enumerate(text) if c in ",，、" and 0.25 * len(text) < i < 0.75 * len(text)]
        if not cuts:
            cuts = [i for i, c in enumerate(text) if c == " " and 0.25 * len(text) < i < 0.75 * len(text)]
        if not cuts:
            return [self.bullet(text)]
        cut = min(cuts, key=lambda i: abs(i - mid))
        head, rest = text[:cut].rstrip(), text[cut:].strip()
        return [self.bullet(head), Para([Run(rest)], indent=18)]

    def date_range(self, start: str | None, end: str | None) -> str:
        return fmt_range(start, end, self.lang, self.style)

    def margin_dates(self, dates: str) -> list[Block]:
        """The margin cell's dates: one line, or with `margin_stack` the end over a `|` over the
        start (a range printed `since ...` stays one line)."""
        sep = self.style["range_sep"]
        if not (self.v.margin_stack and sep in dates):
            return [Para([Run(dates)])]
        start, end = dates.split(sep, 1)
        return [Para([Run(end.strip())]), Para([Run("|")]), Para([Run(start.strip())])]

    def prose(self, fields: dict[str, str | None]) -> str:
        """`Data Scientist for Airconomy (Frankfurt am Main, Germany).`: an entry told as a phrase,
        the employer after a linking word, its place in parentheses, a full stop (pandoc and
        LaTeX CVs written as sentences)."""
        title, employer, place = fields.get("title"), fields.get("employer"), fields.get("location")
        link = PROSE_LINK.get(self.lang.code)
        if link is None:  # scripts without such a phrase print the plain form
            return "，".join(v for v in (title, employer, place) if v)
        text = f"{title} {link} {employer}" if title and employer else (title or employer or "")
        text = f"{text} ({place})" if place else text
        return text if text.endswith(".") else f"{text}."

    def header_lines(self, fields: dict[str, str | None], spec: tuple[HeaderLine, ...]) -> list[Para]:
        out: list[Para] = []
        for hl in spec:
            if hl.seps == PROSE:
                out.append(Para([Run(self.prose(fields), bold=hl.bold, italic=hl.italic)]))
                continue
            if hl.seps in (WORKED, AT_COMPANY):
                with_place, without = (WORKED_FORM if hl.seps == WORKED else AT_COMPANY_FORM)[self.lang.code]
                form = with_place if fields.get("location") else without
                text = form.format(e=fields.get("employer"), l=fields.get("location"), t=fields.get("title"))
                text = text.replace("..", ".")  # `Globex Inc.` ends the sentence with its own stop
                out.append(Para([Run(text, bold=hl.bold, italic=hl.italic)]))
                continue
            text = ""
            for i, f in enumerate(hl.fields):
                value = fields.get(f)
                if not value:
                    continue
                sep = (
                    hl.sep(i).replace(" at ", f" {self.lang.at} ")
                    if self.lang.at
                    else hl.sep(i).replace(" at ", "，")
                )
                if sep == GLUED:  # jobs only: a school and its degree keep a space
                    sep = "" if self.lang.cjk and "employer" in hl.fields and self.in_work else " — "
                text = value if not text else text + sep + value
            if not text:
                continue
            if self.v.list_style_employer and "employer" in hl.fields and hl is not spec[0]:
                out.append(Para([Run(text, bold=hl.bold, italic=hl.italic)], style="List Paragraph"))
            elif self.v.breaks:
                out.append(Para([Run(text, bold=hl.bold, italic=hl.italic)], breaks=True))
            else:
                out.append(Para([Run(text, bold=hl.bold, italic=hl.italic)]))
        return out

    def entry(
        self,
        fields: dict[str, str | None],
        bullets: list[str],
        spec: tuple[HeaderLine, ...] | None = None,
        description: str | None = None,
    ) -> list[Block]:
        """One entry (a job, a degree, a volunteer role) with its header, dates and bullets."""
        spec = spec or self.v.header
        dates = fields.get("dates") or ""
        where = self.v.dates
        in_fields = any("dates" in hl.fields for hl in spec)
        head = self.header_lines(fields if in_fields else {**fields, "dates": None}, spec)
        if not head:
            head = [Para([Run("")])]
        if self.in_work and self.v.body == "run_in" and bullets and head:
            # `Fietsenmaker – Budget Fietsenhuis. Taken: verkoop, reparaties...`: the first bullet's
            # text runs on after the header's full stop, the others stay bullets
            last = head[-1]
            stop = "。" if self.lang.cjk else " " if last.text.endswith(".") else ". "
            last.runs = [*last.runs, Run(f"{stop}{bullets[0]}")]
            bullets = bullets[1:]
        if dates and self.v.dates_look and where in {"above", "own_line"} and not in_fields:
            # the grey dates of HTML themes: roman, smaller, no glyph, maybe with the length after
            length = fields.get("duration")
            shown = f"{dates}  {length}" if length else dates
            head.insert(0 if where == "above" else len(head), Para([Run(shown, size=8.5)]))
        elif dates and not in_fields:
            if where == "above":
                head.insert(
                    0, Para([Run(dates)], bullet=self.v.bullet or None, indent=14 if self.v.bullet else 0)
                )
            elif where == "right":
                head[0].right = [Run(dates)]
            elif where in {"own_line", "field"}:
                head.append(Para([Run(dates, italic=True)]))
        lead: list[Block] = []
        if self.in_work and self.v.job_summary and bullets:
            lead, bullets = [Para([Run(bullets[0])])], bullets[1:]  # the summary line, no glyph
        if self.in_work and self.v.body == "labelled" and len(bullets) >= 3:
            # the first item and the label over the others, both in plain type
            lead, bullets = [Para([Run(bullets[0])]), Para([Run(bullets[1])])], bullets[2:]
        body: list[Block] = lead + [p for b in bullets for p in self.bullet_paras(b)]
        employer = fields.get("employer")
        if self.in_work and self.v.body == "department" and employer:
            head.append(Para([Run(DEPARTMENTS[self.lang.code][len(employer) % 3])]))
        if description:
            body.append(Para([Run(description)]))
        if dates and where == "float" and not in_fields:
            # a date column floated right beside the entry, its first line set a little above the
            # header's, the end under the start after a dash (eloquent)
            sep = self.style["range_sep"]
            start, _, end = dates.partition(sep) if sep in dates else (dates, "", "")
            stack: list[Block] = [Para([Run(start.strip())], align="right")]
            if end.strip():
                stack.append(Para([Run(f"— {end.strip()}")], align="right"))
            return [Table([[[*head, *body], stack]], [0.74, 0.26], label="raised")]
        if dates and where == "margin" and not in_fields:
            if self.v.table == "europass":
                return [
                    Table([[[Para([Run(dates)], align="right")], [*head, *body]]], [EUROPASS, 1 - EUROPASS])
                ]
            margin = 0.26 if any(hl.seps in (PROSE, WORKED, AT_COMPANY) for hl in spec) else 0.22
            return [Table([[self.margin_dates(dates), [*head, *body]]], [margin, 1 - margin])]
        if self.v.table == "entry":
            right: list[Block] = [Para([Run(dates)], align="right")] if dates and where == "right" else []
            if right:
                head[0].right = None
            rows: list[list[list[Block]]] = [[list(head), right]]
            if body:
                rows.append([body, []])
            return [Table(rows, [0.75, 0.25], grid=True)]
        return [*head, *body]

    # ---------------------------------------------------------------- sections

    in_work = False
    """Whether the entries being built are jobs (`GLUED` runs only employer and title together)."""

    def work(self) -> list[Block]:
        self.in_work = True
        try:
            return self._work()
        finally:
            self.in_work = False

    def _work(self) -> list[Block]:
        out: list[Block] = []
        items = self.r["work"]
        i = 0
        while i < len(items):
            w = items[i]
            group = [w]
            if self.v.grouped:
                while i + len(group) < len(items) and items[i + len(group)]["name"] == w["name"]:
                    group.append(items[i + len(group)])
            if len(group) > 1:
                out.append(
                    Para([Run(w["name"], bold=True)], right=[Run(w["location"])] if w["location"] else None)
                )
                for role in group:
                    dates = self.date_range(role["startDate"], role["endDate"])
                    spec = tuple(
                        HeaderLine(
                            tuple(f for f in hl.fields if f not in {"employer", "location"}),
                            hl.seps,
                            hl.bold,
                            hl.italic,
                        )
                        for hl in self.v.header
                    )
                    out += self.entry({"title": role["position"], "dates": dates}, role["highlights"], spec)
            else:
                out += self.entry(
                    {
                        "employer": w["name"],
                        "title": w["position"],
                        "location": w["location"],
                        "dates": self.date_range(w["startDate"], w["endDate"]),
                        "duration": duration(w["startDate"], w["endDate"], self.lang)
                        if self.v.dates_look == "small_duration"
                        else None,
                    },
                    w["highlights"],
                )
            i += len(group)
        return out

    def degree(self, e: dict[str, Any]) -> str:
        if e["area"] is None:
            return str(e["studyType"])
        return str(self.style["degree_form"].format(degree=e["studyType"], area=e["area"]))

    def education(self, items: list[dict[str, Any]] | None = None) -> list[Block]:
        out: list[Block] = []
        spec = tuple(
            HeaderLine(
                hl.fields,
                tuple(s.replace(" at ", ", ") for s in hl.seps)
                if isinstance(hl.seps, tuple)
                else hl.seps.replace(" at ", ", "),
                hl.bold,
                hl.italic,
            )
            for hl in self.v.header
        )
        if self.v.kind == "academic":
            spec = (HeaderLine(("title", "employer", "dates"), ", "),)
        if self.v.edu in {"school_first", "paren"}:
            spec = (HeaderLine(("employer", "title", "dates"), ", ", bold=self.v.edu == "school_first"),)
        if any(hl.seps in (PROSE, WORKED, AT_COMPANY) for hl in spec):
            spec = (HeaderLine(("title", "employer"), ", "),)
        if self.v.edu == "grouped":
            return self._education_grouped(spec)
        for e in self.r["education"] if items is None else items:
            fields = {
                "employer": e["institution"],
                "title": self.degree(e),
                "location": None,
                "dates": self.date_range(e["startDate"], e["endDate"]),
            }
            if self.v.edu == "paren":  # `Universidade de Lisboa, Engenharia (Mestrado), (2015 – 2016)`
                fields["title"] = f"{e['area']} ({e['studyType']})" if e["area"] else e["studyType"]
                fields["dates"] = f"({fields['dates']})" if fields["dates"] else None
            if self.v.edu == "expected" and e is self.r["education"][0]:
                fields["dates"] = f"{EXPECTED[self.lang.code]} {self.date_range(None, e['endDate'])}"
            if self.v.edu == "thesis" and e is self.r["education"][0]:
                label, title = THESIS[self.lang.code]
                fields["title"] = f"{fields['title']} – {label}: {title}"
            if self.v.edu == "city":
                fields["location"] = EDU_DETAILS[self.lang.code][0]
            out += self.entry(fields, [], spec)
            if self.v.edu == "courses":
                out += [Para([Run(text)]) for text in COURSES[self.lang.code]]
            if self.v.edu == "details":
                city, grade = EDU_DETAILS[self.lang.code]
                out += [Para([Run(city, italic=True)]), Para([Run(grade)])]
        return out

    def _education_grouped(self, spec: tuple[HeaderLine, ...]) -> list[Block]:
        """Degrees taken at one school under its name, printed once (`Universidade Cesumar` over
        `Bacharelado em Engenharia de Software` and `Tecnólogo em Análise de Sistemas`, each dated)."""
        out: list[Block] = []
        items = self.r["education"]
        i = 0
        while i < len(items):
            group = [items[i]]
            while (
                i + len(group) < len(items)
                and items[i + len(group)]["institution"] == group[0]["institution"]
            ):
                group.append(items[i + len(group)])
            if len(group) == 1:
                e = group[0]
                fields = {
                    "employer": e["institution"],
                    "title": self.degree(e),
                    "dates": self.date_range(e["startDate"], e["endDate"]),
                }
                out += self.entry(fields, [], spec)
            else:
                out.append(Para([Run(group[0]["institution"], bold=True)]))
                role = tuple(
                    HeaderLine(
                        tuple(f for f in hl.fields if f not in {"employer", "location"}),
                        hl.seps,
                        False,
                        hl.italic,
                    )
                    for hl in spec
                )
                for e in group:
                    dates = self.date_range(e["startDate"], e["endDate"])
                    out += self.entry({"title": self.degree(e), "dates": dates}, [], role)
            i += len(group)
        return out

    def volunteer(self) -> list[Block]:
        out: list[Block] = []
        for v in self.r["volunteer"]:
            fields = {
                "employer": v["organization"],
                "title": v["position"],
                "location": None,
                "dates": self.date_range(v["startDate"], v["endDate"]),
            }
            out += self.entry(fields, v["highlights"])
        return out

    def skills(self, sidebar: bool = False) -> list[Block]:
        out: list[Block] = []
        for g in self.r["skills"]:
            if g["name"] is None:
                if sidebar:
                    out += [Para([Run(k)]) for k in g["keywords"]]
                else:
                    out.append(Para([Run(", ".join(g["keywords"]))]))
            elif sidebar:
                out.append(Para([Run(g["name"], bold=True)]))
                out.append(Para([Run(", ".join(g["keywords"]))]))
            else:
                out.append(Para([Run(g["name"] + ": ", bold=True), Run(", ".join(g["keywords"]))]))
        return out

    def languages(self) -> list[Block]:
        form = self.style["lang_form"]
        colon = "：" if self.lang.cjk else ": "
        texts = []
        for item in self.r["languages"]:
            lang, fl = item["language"], item["fluency"]
            texts.append(
                {"dash": f"{lang} — {fl}", "colon": f"{lang}{colon}{fl}"}.get(form, f"{lang} ({fl})")
            )
        if form == "inline" and self.v.kind != "linkedin":
            return [Para([Run(", ".join(texts))])]
        return [Para([Run(t)]) for t in texts]

    def certificates(self) -> list[Block]:
        out: list[Block] = []
        form = self.style["cert_form"]
        for c in self.r["certificates"]:
            n, i, d = c["name"], c["issuer"], c["date"]
            if i is None:
                out.append(Para([Run(n)]))
            elif form == "right":
                out.append(Para([Run(f"{n}, {i}")], right=[Run(d)], bullet=self.v.bullet, indent=14))
            else:
                text = {"comma": f"{n}, {i}, {d}", "pipe": f"{n} | {i} | {d}"}.get(form, f"{n} — {i} ({d})")
                out.append(self.bullet(text))
        return out

    def awards(self) -> list[Block]:
        out: list[Block] = []
        form = self.style["award_form"]
        for a in self.r["awards"]:
            t, by, d = a["title"], a["awarder"], a["date"]
            if by is None:
                out.append(Para([Run(t)]))
            elif form == "right":
                out.append(Para([Run(f"{t}, {by}")], right=[Run(d)], bullet=self.v.bullet, indent=14))
            else:
                text = {"comma": f"{t}, {by}, {d}", "lead": f"{d} · {t}, {by}"}.get(form, f"{t} ({by}, {d})")
                out.append(self.bullet(text))
        return out

    def projects(self) -> list[Block]:
        out: list[Block] = []
        for p in self.r["projects"]:
            out.append(Para([Run(p["name"], bold=True)]))
            out += [self.bullet(h) for h in p["highlights"]]
            if p["description"]:
                out.append(Para([Run(p["description"])]))
        return out

    def publications(self) -> list[Block]:
        out: list[Block] = []
        for p in self.r["publications"]:
            if self.style["pub_form"] == "quote":
                text = f"“{p['name']}”, {p['publisher']}, {p['releaseDate']}"
            else:
                text = f"{p['name']}. {p['publisher']}, {p['releaseDate']}."
            out.append(self.bullet(text))
        return out

    def references(self) -> list[Block]:
        out: list[Block] = []
        for ref in self.r["references"]:
            out.append(Para([Run(ref["name"], bold=True)], space_before=4))
            out += [Para([Run(x)]) for x in ref["lines"]]
        return out

    def interests(self, sidebar: bool = False) -> list[Block]:
        names = [i["name"] for i in self.r["interests"]]
        if sidebar or self.style["interests_form"] == "bullets":
            return [self.bullet(n) for n in names]
        return [Para([Run(", ".join(names))])]

    def other(self) -> list[Block]:
        return [Para([Run(x)]) for x in self.r["other"][0]["lines"]] if self.r["other"] else []

    def summary(self) -> list[Block]:
        return [Para([Run(self.r["basics"]["summary"])])]

    def section(self, key: str, sidebar: bool = False) -> list[Block]:
        if self.v.joined and key in {"education", "certificates"}:
            return self.joined(key)
        if key in {"skills", "interests"}:
            return list(getattr(self, key)(sidebar or (key == "skills" and bool(self.v.minor_headings))))
        if key == "other" and self.r["other"]:
            return self.other()
        return list(getattr(self, key)())

    def joined(self, key: str) -> list[Block]:
        """The schooling and the certificates as `Variant.joined` prints them (the heading is
        `headings`' own): one section for both, or the oldest degree among the certificates."""
        mode, edu = self.v.joined, self.r["education"]
        if mode == "edu_certs":
            return self.education() + self.certificates() if key == "education" else []
        if mode == "certs_edu":
            return self.certificates() + self.education() if key == "education" else []
        if mode == "degree_in_certs":
            if key == "education":
                return self.education(edu[:-1]) if len(edu) > 1 else []
            return self.certificates() + self.education(edu[-1:])
        return self.education() if key == "education" else self.certificates()

    def joined_heading(self, key: str) -> str | None:
        """The heading `joined` gives a section, None where it keeps its own."""
        mode, code = self.v.joined, self.lang.code
        if key == "education" and mode in {"edu_certs", "certs_edu"}:
            return JOINED[code][mode == "certs_edu"]
        if key == "education" and mode == "unnamed_edu":
            return UNNAMED[code]
        return None

    # ---------------------------------------------------------------- page

    def contact(self) -> list[str]:
        b = self.r["basics"]
        return [b["email"], b["phone"], b["location"]]

    def page(self) -> Page:
        if self.v.kind == "linkedin":
            return self.linkedin()
        page = Page(cjk=self.lang.code if self.lang.cjk else "")
        b = self.r["basics"]
        name = Para([Run(b["name"], bold=True, size=22)])
        contact = Para([Run("  |  ".join(self.contact()))])
        if self.v.header_style:
            name.style = contact.style = "Header"
        sidebar_keys = SIDEBAR_KEYS if self.v.sidebar else ()
        if self.v.page_header:
            page.page_header = [name, contact]
        elif self.v.footer_contact:
            page.body.append(name)
            page.page_footer = [Para([Run("  \u00b7  ".join(self.contact()))])]
            page.footer_part = self.v.footer_part
        elif self.v.sidebar:
            page.body.append(name)
            if self.v.photo:
                page.sidebar.append(Photo())
            page.sidebar += [Para([Run(x)]) for x in self.contact()]
        else:
            page.body += [name, contact]
        if self.v.languages_line:
            spoken = ("、" if self.lang.cjk else ", ").join(x["language"] for x in self.r["languages"])
            where = page.body if contact in page.body else page.sidebar if self.v.sidebar else page.body
            at = where.index(contact) + 1 if contact in where else len(where)
            where.insert(at, Para([Run(f"{ICONS['languages']}  {spoken}")]))
        if self.v.summary:
            self.headless_summary(page, name, contact)
        page.sidebar_side = self.v.sidebar
        page.sidebar_mode = self.v.sidebar_mode
        whole: list[list[list[Block]]] = []
        for key in self.r["order"]:
            if key != "summary" and not self.r.get(key):
                continue
            if key == "languages" and self.v.languages_line:
                continue  # printed under the contact (`Variant.languages_line`)
            heading = self.heading(
                key, self.r["other"][0]["heading"] if key == "other" else self.joined_heading(key)
            )
            if self.v.minor_headings == key:
                heading = Para([Run(self.r["headings"][key], bold=True)], space_before=8)
            if key in sidebar_keys:
                heading = self.heading(key, look=self.v.side_heading) if self.v.side_heading else heading
                page.sidebar += [heading, *self.section(key, sidebar=True)]
                continue
            if key == "summary" and self.v.summary:
                continue  # printed under the name, no heading (`headless_summary`)
            blocks = self.section(key)
            if not blocks and self.v.joined:
                continue  # printed with another section
            if key == "work" and self.v.unheaded_work:
                page.body += blocks
                continue
            if self.v.table == "whole" and self.v.label:
                # a label column: each section its own row, the heading beside it where CSS put it
                # (one row per block after the first two: a table row never breaks across pages)
                label = "drop" if self.v.label == "middle" and len(blocks) > 4 else self.v.label
                first = 4 if label == "middle" else 2
                rows: list[list[list[Block]]] = [[[heading], blocks[:first]]]
                rows += [[[], [b]] for b in blocks[first:]]
                page.body.append(Table(rows, [0.3, 0.7], label=label))
            elif self.v.table == "whole":
                whole.append([[heading], blocks])
            elif self.v.table == "europass":
                page.body.append(heading)
                page.body += self.europass_rows(key, blocks)
            else:
                page.body += [heading, *blocks]
        if whole:
            page.body.append(Table(whole, [0.25, 0.75]))
        return page

    def headless_summary(self, page: Page, name: Para, contact: Para) -> None:
        """The profile paragraph under the name with no heading (`Variant.summary`): after the
        contact line, before it, or after a job-title line and the contact."""
        para = Para([Run(self.r["basics"]["summary"])], space_before=6)
        body = page.body
        at = body.index(name) + 1 if name in body else 0
        if self.v.summary == "titled":
            body.insert(at, Para([Run(self.r["basics"]["label"], size=13)]))
            at += 1
        if self.v.summary != "above" and contact in body:
            at = body.index(contact) + 1
        body.insert(at, para)

    def europass_rows(self, key: str, blocks: list[Block]) -> list[Block]:
        """Label/content rows: a skill group or a language beside its words; entries as they are."""
        rows: list[list[list[Block]]]
        if key == "skills":
            rows = [
                [
                    [Para([Run(g["name"] or "", bold=True)], align="right")],
                    [Para([Run(", ".join(g["keywords"]))])],
                ]
                for g in self.r["skills"]
            ]
            return [Table(rows, [EUROPASS, 1 - EUROPASS])]
        if key == "languages":
            rows = [
                [[Para([Run(x["language"], bold=True)], align="right")], [Para([Run(x["fluency"])])]]
                for x in self.r["languages"]
            ]
            return [Table(rows, [EUROPASS, 1 - EUROPASS])]
        if all(isinstance(b, Table) for b in blocks):
            return blocks
        return [Table([[[], list(blocks)]], [EUROPASS, 1 - EUROPASS])]

    def linkedin(self) -> Page:
        """LinkedIn's "Save to PDF": a contact/skills sidebar, employers over roles with durations."""
        lang, b = self.lang, self.r["basics"]
        en = lang.code == "en"
        page = Page(cjk=lang.code if lang.cjk else "", sidebar_side="left")

        def side_heading(text: str) -> Para:
            return Para([Run(text, bold=True, size=13)], space_before=8)

        page.sidebar += [side_heading(LINKEDIN_CONTACT[lang.code]), Para([Run(b["email"])])]
        page.sidebar.append(Para([Run(f"www.linkedin.com/in/{b['email'].split('@')[0].replace('.', '-')}")]))
        page.sidebar += [side_heading("Top Skills" if en else self.r["headings"]["skills"])]
        page.sidebar += [Para([Run(k)]) for k in self.r["skills"][0]["keywords"]]
        page.sidebar += [side_heading(self.r["headings"]["languages"])]
        page.sidebar += [Para([Run(f"{x['language']} ({x['fluency']})")]) for x in self.r["languages"]]
        page.sidebar += [side_heading("Certifications" if en else self.r["headings"]["certificates"])]
        page.sidebar += [Para([Run(c["name"])]) for c in self.r["certificates"]]
        page.sidebar += [side_heading("Honors-Awards" if en else self.r["headings"]["awards"])]
        page.sidebar += [Para([Run(a["title"])]) for a in self.r["awards"]]

        page.body += [
            Para([Run(b["name"], size=26)]),
            Para([Run(b["label"])]),
            Para([Run(b["location"])]),
            self.heading("summary"),
            Para([Run(b["summary"])]),
            self.heading("work"),
        ]
        style = {**self.style, "month_form": "full" if "full" in lang.month_forms else lang.month_forms[0]}
        style["range_sep"], style["since"] = " - ", False
        items = self.r["work"]
        i = 0
        while i < len(items):
            group = [items[i]]
            while i + len(group) < len(items) and items[i + len(group)]["name"] == items[i]["name"]:
                group.append(items[i + len(group)])
            page.body.append(Para([Run(group[0]["name"], bold=True, size=12)], space_before=6))
            if len(group) > 1:
                page.body.append(Para([Run(duration(group[-1]["startDate"], group[0]["endDate"], lang))]))
            for w in group:
                span = fmt_range(w["startDate"], w["endDate"], lang, style)
                page.body.append(Para([Run(w["position"])]))
                page.body.append(Para([Run(f"{span} ({duration(w['startDate'], w['endDate'], lang)})")]))
                if w["location"]:
                    page.body.append(Para([Run(w["location"])]))
                page.body += [Para([Run(h)]) for h in w["highlights"]]
            i += len(group)
        page.body.append(self.heading("education"))
        for e in self.r["education"]:
            years = f"{fmt_date(e['startDate'], lang, 'full')} - {fmt_date(e['endDate'], lang, 'full')}"
            page.body.append(Para([Run(e["institution"], bold=True, size=12)], space_before=6))
            page.body.append(Para([Run(f"{self.degree(e)} · ({years})")]))
        return page


def build(doc: Doc, variant: Variant) -> tuple[Page, dict[str, Any]]:
    """The page for `doc` in `variant`, and the resume exactly as that page prints it."""
    b = _Builder(doc, variant)
    return b.page(), b.r


__all__ = ["LIST", "build", "prepare"]
