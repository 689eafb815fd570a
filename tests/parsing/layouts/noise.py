"""A noise layer over the layout generator: each perturbation one thing real resumes do to a job's
entry (a token beside the employer, a date form, spacing and case, the description's shape, the
place), applied to any variant and language where its form exists.

    problems = noisy_problems(BY_NAME["pdf-grouped-roles"], "fr", NOISES_BY_NAME["date-duration"])

The expected parse is what a careful reader records: `Acme · Full-time` is the employer `Acme`,
`Mar. 2019 – now · 1 yr 2 mos` is 2019-03 to present, and a paragraph, a `Tech:` line or a
`Key achievements:` sub-heading is the job's description, word for word (in `summary` or
`highlights`, as the parser chooses). Only the work section is noised and judged. A cell where a
perturbation changes nothing on the page (no place printed, a LinkedIn page's own date form) is not
one of the perturbation's cells.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Any

from .build import _Builder
from .content import Doc, duration, fmt_date, fmt_range
from .expected import expected, mismatches, norm
from .lang import LANGS
from .model import Block, Page, Para, Run, Table
from .variants import VARIANTS, HeaderLine, Variant

EMPLOYMENT_TYPE = {
    "en": "Full-time",
    "fr": "CDI",
    "de": "Vollzeit",
    "es": "Jornada completa",
    "pt": "Tempo integral",
    "it": "Tempo pieno",
    "nl": "Fulltime",
    "pl": "Pełny etat",
    "ru": "Полная занятость",
    "zh": "全职",
    "ja": "正社員",
}
"""Per language, the employment type LinkedIn and its imitators print beside the employer."""

REMOTE = {
    "en": "Remote",
    "fr": "Télétravail",
    "de": "Remote",
    "es": "Remoto",
    "pt": "Remoto",
    "it": "Da remoto",
    "nl": "Op afstand",
    "pl": "Zdalnie",
    "ru": "Удалённо",
    "zh": "远程",
    "ja": "リモート",
}
"""Per language, the word for a job done from home, beside the employer or as the place."""

DESCRIPTOR = {
    "en": "Series B, 40 people",
    "fr": "start-up, 40 salariés",
    "de": "Start-up, 40 Mitarbeitende",
    "es": "startup, 40 empleados",
    "pt": "startup, 40 funcionários",
    "it": "startup, 40 dipendenti",
    "nl": "start-up, 40 medewerkers",
    "pl": "startup, 40 pracowników",
    "ru": "стартап, 40 сотрудников",
    "zh": "初创公司，40人",
    "ja": "スタートアップ、従業員40名",
}
"""Per language, what the company is, in parentheses after its name."""

RANGE_WORD = {
    "en": " to ",
    "fr": " à ",
    "de": " bis ",
    "es": " a ",
    "pt": " a ",
    "it": " a ",
    "nl": " tot ",
    "pl": " do ",
    "ru": " до ",
    "zh": "至",
    "ja": "〜",
}
"""Per language, a word (or CJK mark) between a range's two dates in place of a dash."""

TECH = {
    "en": "Tech stack: Python, PostgreSQL, AWS",
    "fr": "Technologies : Python, PostgreSQL, AWS",
    "de": "Technologien: Python, PostgreSQL, AWS",
    "es": "Tecnologías: Python, PostgreSQL, AWS",
    "pt": "Tecnologias: Python, PostgreSQL, AWS",
    "it": "Tecnologie: Python, PostgreSQL, AWS",
    "nl": "Technologieën: Python, PostgreSQL, AWS",
    "pl": "Technologie: Python, PostgreSQL, AWS",
    "ru": "Технологии: Python, PostgreSQL, AWS",
    "zh": "技术栈：Python、PostgreSQL、AWS",
    "ja": "使用技術：Python、PostgreSQL、AWS",
}
"""Per language, a one-line list of the job's tools after its bullets."""

ACHIEVEMENTS = {
    "en": "Key achievements:",
    "fr": "Réalisations :",
    "de": "Erfolge:",
    "es": "Logros:",
    "pt": "Conquistas:",
    "it": "Risultati:",
    "nl": "Resultaten:",
    "pl": "Osiągnięcia:",
    "ru": "Достижения:",
    "zh": "主要成就：",
    "ja": "主な実績：",
}
"""Per language, a sub-heading inside an entry, over its bullets."""

REGION = {
    "en": ("Austin, TX", "Seattle, WA", "Boston, MA"),
    "fr": ("Lyon, France", "Nantes, France"),
    "de": ("Berlin, Deutschland", "Köln, Deutschland"),
    "es": ("Madrid, España", "Sevilla, España"),
    "pt": ("Lisboa, Portugal", "Porto, Portugal"),
    "it": ("Milano, Italia", "Torino, Italia"),
    "nl": ("Utrecht, Nederland", "Delft, Nederland"),
    "pl": ("Kraków, Polska", "Gdańsk, Polska"),
    "ru": ("Казань, Россия", "Москва, Россия"),
    "zh": ("中国上海", "中国深圳"),
    "ja": ("東京都港区", "大阪府大阪市"),
}
"""Per language, places printed with their state or country."""


QUALIFIER = {
    "en": "Payments Platform",
    "fr": "Plateforme de paiement",
    "de": "Zahlungsplattform",
    "es": "Plataforma de pagos",
    "pt": "Plataforma de pagamentos",
    "it": "Piattaforma pagamenti",
    "nl": "Betaalplatform",
    "pl": "Platforma płatności",
    "ru": "Платёжная платформа",
    "zh": "支付平台",
    "ja": "決済基盤",
}
"""Per language, the area a title goes on to after a comma (`Product Manager, Payments Platform`)."""

BLURB = {
    "en": "Fintech start-up building payment software for small shops",
    "fr": "Start-up fintech qui développe un logiciel de paiement pour les commerces",
    "de": "Fintech-Start-up, das Zahlungssoftware für kleine Läden entwickelt",
    "es": "Startup fintech que desarrolla software de pagos para pequeños comercios",
    "pt": "Startup de fintech que desenvolve software de pagamentos para pequenas lojas",
    "it": "Startup fintech che sviluppa software di pagamento per piccoli negozi",
    "nl": "Fintech-start-up die betaalsoftware voor kleine winkels bouwt",
    "pl": "Start-up fintech tworzący oprogramowanie płatnicze dla małych sklepów",
    "ru": "Финтех-стартап, который разрабатывает платёжное ПО для небольших магазинов",
    "zh": "为小型商户开发支付软件的金融科技初创公司",
    "ja": "小規模店舗向けの決済ソフトウェアを開発するフィンテック企業",
}
"""Per language, a one-line description of the company, in italics under its name (no full stop)."""

CLIENT = {
    "en": "Client: Banco Azul (retail banking)",
    "fr": "Client : Banque Azur (banque de détail)",
    "de": "Kunde: Nordbank AG (Privatkundengeschäft)",
    "es": "Cliente: Banco Azul (banca minorista)",
    "pt": "Cliente: Banco Azul (banca de retalho)",
    "it": "Cliente: Banca Azzurra (retail banking)",
    "nl": "Klant: Blauwe Bank (particulieren)",
    "pl": "Klient: Bank Błękitny (bankowość detaliczna)",
    "ru": "Клиент: Банк «Лазурь» (розничный бизнес)",
    "zh": "客户：蓝海银行（零售银行）",
    "ja": "顧客：青海銀行（リテール部門）",
}
"""Per language, the client a consultant's job was for, on a labelled line over the bullets."""

ROLE_SUMMARY = {
    "en": "Responsible for the backend of a product used by two million people.",
    "fr": "Responsable du backend d'un produit utilisé par deux millions de personnes.",
    "de": "Verantwortlich für das Backend eines Produkts mit zwei Millionen Nutzern.",
    "es": "Responsable del backend de un producto con dos millones de usuarios.",
    "pt": "Responsável pelo backend de um produto com dois milhões de utilizadores.",
    "it": "Responsabile del backend di un prodotto con due milioni di utenti.",
    "nl": "Verantwoordelijk voor de backend van een product met twee miljoen gebruikers.",
    "pl": "Odpowiedzialny za backend produktu, z którego korzystają dwa miliony osób.",
    "ru": "Отвечал за серверную часть продукта с двумя миллионами пользователей.",
    "zh": "负责一款拥有两百万用户的产品的后端开发。",
    "ja": "利用者二百万人のサービスのバックエンドを担当。",
}
"""Per language, a sentence that sums the role up, in italics between the header and the bullets."""

LONG_EMPLOYER = {
    "en": "National Institute for Digital Services and Industrial Automation Research",
    "fr": "Institut national de recherche en informatique et en automatique de Grenoble",
    "de": "Fraunhofer-Institut für Produktionstechnik und Automatisierung Stuttgart",
    "es": "Centro Nacional de Investigación en Servicios Digitales y Automatización Industrial",
    "pt": "Instituto Nacional de Investigação em Serviços Digitais e Automação Industrial",
    "it": "Istituto Nazionale di Ricerca per i Servizi Digitali e l'Automazione Industriale",
    "nl": "Nederlandse Organisatie voor Toegepast Natuurwetenschappelijk Onderzoek Delft",
    "pl": "Instytut Badawczy Usług Cyfrowych i Automatyki Przemysłowej w Warszawie",
    "ru": "Научно-исследовательский институт цифровых сервисов и промышленной автоматизации",
    "zh": "中国科学院上海数字服务与工业自动化技术研究所",
    "ja": "国立研究開発法人産業技術総合研究所デジタルアーキテクチャ研究センター",
}
"""Per language, an employer whose name is long enough for its header line to wrap (institutes
print their full name)."""

TOWN = {
    "en": "Bentonville",
    "fr": "Villeurbanne",
    "de": "Wolfsburg",
    "es": "Alcobendas",
    "pt": "Matosinhos",
    "it": "Sesto San Giovanni",
    "nl": "Veenendaal",
    "pl": "Gliwice",
    "ru": "Зеленоград",
    "zh": "昆山",
    "ja": "つくば",
}
"""Per language, a town no list of places holds: only where it is printed says it is one."""

MIXED_FORMS = ("short", "num_slash", "full", "iso", "year")
"""Date forms a document mixes, job by job (`Mar 2019`, `03/2019`, `March 2019`, `2019-03`, `2019`)."""


@dataclass(frozen=True)
class Noise:
    name: str
    group: str
    """`header` (tokens beside the employer), `dates`, `typography`, `description` or `location`."""
    doc: str


NOISES: tuple[Noise, ...] = (
    Noise("employer-type-middot", "header", "`Acme · Full-time`: the employment type after a middot"),
    Noise("employer-remote-paren", "header", "`Acme (Remote)`"),
    Noise("employer-descriptor-paren", "header", "`Acme (Series B, 40 people)`"),
    Noise("employer-url", "header", "`Acme (www.acme.com)`"),
    Noise("date-range-word", "dates", "`Mar 2019 to May 2021`, `bis`, `à`, `до`, `至`"),
    Noise("date-duration", "dates", "`Mar 2019 – Present · 2 yrs 3 mos`"),
    Noise("date-duration-paren", "dates", "`2019 – 2021 (2 yrs)`"),
    Noise("date-paren", "dates", "`(Mar 2019 – Present)`"),
    Noise("date-year-slash-month", "dates", "`2019/03 – 2021/05`"),
    Noise("date-month-slash-unpadded", "dates", "`3/2019 – 5/2021`"),
    Noise("date-month-dot", "dates", "`Mar. 2019` (a month cut short with a full stop)"),
    Noise("date-month-comma", "dates", "`March, 2019` (English)"),
    Noise("date-since", "dates", "`Since Mar 2019` for every current job"),
    Noise(
        "date-open-start",
        "dates",
        "`Mar 2019` alone for the current job, among ranges (a theme that prints no end where there is none)",
    ),
    Noise("no-dates", "dates", "no date on any job"),
    Noise("double-spaces", "typography", "two spaces around every separator and between words"),
    Noise("caps-employer", "typography", "employers in ALL CAPS"),
    Noise("title-case-titles", "typography", "every word of a title capitalised"),
    Noise("bold-flipped", "typography", "bold header lines plain and plain ones bold"),
    Noise("description-paragraph", "description", "one paragraph instead of bullets"),
    Noise("bullets-without-glyphs", "description", "bullets as plain lines"),
    Noise("tech-line", "description", "a `Tech stack: ...` line after the bullets"),
    Noise("achievements-subheading", "description", "a `Key achievements:` line over the bullets"),
    Noise("no-description", "description", "no description at all"),
    Noise("location-region", "location", "`Austin, TX`, `Lyon, France` as the place"),
    Noise("location-remote", "location", "`Remote` as a job's place"),
    Noise("location-own-line", "location", "the place on a line of its own under the header"),
    Noise("location-missing", "location", "no place on any job"),
    Noise(
        "location-town-own-line", "location", "a town no list holds, on a line of its own under the header"
    ),
    Noise("title-qualifier-comma", "header", "`Product Manager, Payments Platform`: an area after a comma"),
    Noise("employer-city-country", "header", "`Acme, Lyon, France` where the header has no place field"),
    Noise("employer-wrapped", "header", "an employer long enough for its header line to wrap"),
    Noise("dates-small-plain-title", "typography", "dates a size smaller, the title in the body's look"),
    Noise("bold-lead-bullets", "typography", "each bullet's first words in bold"),
    Noise("dates-mixed-forms", "dates", "each job's dates in another form (`Mar 2019`, `03/2019`, `2019`)"),
    Noise("one-job-undated", "dates", "the second job printed without dates"),
    Noise("company-blurb", "description", "a one-line description of the company in italics"),
    Noise("client-line", "description", "a `Client: ...` line over the bullets"),
    Noise("role-summary-italic", "description", "a sentence summing the role up, in italics"),
    Noise("title-qualifier-dash", "header", "`Data Journalist - Payments Platform`: an area after a dash"),
    Noise(
        "employer-acronym-dash",
        "header",
        "`TRS - Tessitura Rossi S.p.A.`: the employer's initials, a dash, its name",
    ),
)
NOISES_BY_NAME = {n.name: n for n in NOISES}
DESCRIPTION = {
    "description-paragraph",
    "tech-line",
    "achievements-subheading",
    "company-blurb",
    "client-line",
    "role-summary-italic",
}
LEAD_LINES = {"company-blurb": BLURB, "client-line": CLIENT, "role-summary-italic": ROLE_SUMMARY}
"""Noises that print a line of their own between a job's header and its bullets."""
"""Noises judged on the description's words, wherever the parse files them."""


def _slug(name: str) -> str:
    s = re.sub(r"[^a-z]", "", name.lower())
    return s or "example"


def _initials(name: str) -> str:
    """`Tessitura Rossi S.p.A.` -> `TRS`: the capitals that open the name's words (a legal form's
    dotted letters left out), as a company's short name is printed before its full one."""
    caps = [w[0] for w in name.replace("«", " ").split() if w[:1].isupper() and "." not in w[1:]]
    return "".join(caps) if len(caps) >= 2 else name.split(maxsplit=1)[0][:3].upper()


def _title_case(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))


class _NoisyBuilder(_Builder):
    """The variant's builder with one perturbation applied to the work section."""

    def __init__(self, doc: Doc, variant: Variant, noise: str, seed: int) -> None:
        super().__init__(doc, variant)
        self.noise = noise
        self.rng = random.Random(seed)
        code = self.lang.code
        for w in self.r["work"]:
            if noise == "no-dates":
                w["startDate"] = w["endDate"] = None
            elif noise == "date-open-start" and variant.kind != "linkedin" and w["endDate"] == "present":
                w["endDate"] = None  # JSON Resume's current job: no end, and nothing printed for it
            elif noise == "caps-employer":
                w["name"] = w["name"].upper()
            elif noise == "title-case-titles":
                w["position"] = _title_case(w["position"])
            elif noise == "no-description":
                w["highlights"] = []
            elif noise == "location-region" and w["location"]:
                w["location"] = self.rng.choice(REGION[code])
            elif noise == "location-remote" and w["location"]:
                w["location"] = REMOTE[code]
            elif noise == "location-missing":
                w["location"] = None
            elif noise == "title-qualifier-comma" and not self.lang.cjk:
                w["position"] = f"{w['position']}, {QUALIFIER[code]}"
            elif noise == "title-qualifier-dash" and not self.lang.cjk:
                w["position"] = f"{w['position']} - {QUALIFIER[code]}"
            elif noise == "employer-acronym-dash" and not self.lang.cjk:
                w["name"] = f"{_initials(w['name'])} - {w['name']}"
            elif noise == "employer-wrapped" and w is self.r["work"][0]:
                w["name"] = LONG_EMPLOYER[code]
        placed = any("location" in hl.fields for hl in variant.header) or variant.kind == "linkedin"
        if noise == "employer-city-country" and not placed:
            for w in self.r["work"]:
                w["location"] = self.rng.choice(REGION[code])
        if noise == "location-town-own-line" and variant.kind != "linkedin":
            for w in self.r["work"]:
                w["location"] = TOWN[code]
        if noise == "one-job-undated" and len(self.r["work"]) > 1:
            self.r["work"][1]["startDate"] = self.r["work"][1]["endDate"] = None
        self.forms: list[str] = []
        if noise == "dates-mixed-forms":
            forms = ("cjk", "ym_dot", "num_slash", "iso", "year") if self.lang.cjk else MIXED_FORMS
            for i, w in enumerate(self.r["work"]):
                self.forms.append(forms[i % len(forms)])
                if self.forms[-1] == "year":  # the year alone: the month is not printed, nor read
                    for k in ("startDate", "endDate"):
                        if w[k] and w[k] != "present":
                            w[k] = w[k][:4]

    def linkedin(self) -> Page:
        page = super().linkedin()
        if self.noise == "dates-small-plain-title":
            # LinkedIn's own look: each role's dates and place in a smaller grey type than its title
            places = {w["location"] for w in self.r["work"] if w["location"]}
            for b in page.body:
                if isinstance(b, Para) and (b.text in places or re.search(r"\d.* - .*\)$", b.text)):
                    for r in b.runs:
                        r.size = 8.5
        return page

    # the printed text of the work section's pieces

    def date_range(self, start: str | None, end: str | None) -> str:
        if not self.in_work:
            return super().date_range(start, end)
        n, lang, style = self.noise, self.lang, dict(self.style)
        code = lang.code
        form = style["month_form"]
        if n == "date-since" and end == "present" and start and lang.since:
            return f"{lang.since} {fmt_date(start, lang, form)}"
        if n == "date-range-word":
            style["range_sep"] = RANGE_WORD[code]
            style["since"] = False

        def one(d: str) -> str:
            if "-" not in d:
                return fmt_date(d, lang, form)
            year, m = d.split("-")
            if n == "date-year-slash-month":
                return f"{year}/{m}"
            if n == "date-month-slash-unpadded":
                return f"{int(m)}/{year}"
            if n == "date-month-dot" and not lang.cjk:
                short = lang.months_short[int(m) - 1]
                return f"{short if short.endswith('.') else short + '.'} {year}"
            if n == "date-month-comma" and code == "en":
                return f"{lang.months[int(m) - 1]}, {year}"
            return fmt_date(d, lang, form)

        if n == "dates-mixed-forms" and self.forms:
            style["month_form"] = form = self.forms[0]
            style["since"] = False
            self.forms = self.forms[1:]
        monthly = "-" in (start or "") or "-" in (end or "")
        applies = {
            "date-year-slash-month": monthly,
            "date-month-slash-unpadded": monthly,
            "date-month-dot": monthly and not lang.cjk,
            "date-month-comma": monthly and code == "en",
        }
        if n in applies and not applies[n]:
            return super().date_range(start, end)
        if n in applies:
            style["since"] = False
            end_text = style["present"] if end == "present" else one(end) if end else ""
            text = one(start) if start else ""
            text = f"{text}{style['range_sep']}{end_text}" if text and end_text else text or end_text
        else:
            text = fmt_range(start, end, lang, style)
        if n == "date-duration" and start and end:
            text = f"{text} · {duration(start, end, lang)}"
        elif n == "date-duration-paren" and start and end:
            text = f"{text} ({duration(start, end, lang)})"
        elif n == "date-paren" and text:
            text = f"({text})"
        return text

    def header_lines(self, fields: dict[str, str | None], spec: tuple[HeaderLine, ...]) -> list[Para]:
        if not self.in_work:
            return super().header_lines(fields, spec)
        n, code = self.noise, self.lang.code
        fields = dict(fields)
        employer = fields.get("employer")
        if employer:
            if n == "employer-type-middot":
                fields["employer"] = f"{employer} · {EMPLOYMENT_TYPE[code]}"
            elif n == "employer-remote-paren":
                fields["employer"] = f"{employer} ({REMOTE[code]})"
            elif n == "employer-descriptor-paren":
                fields["employer"] = f"{employer} ({DESCRIPTOR[code]})"
            elif n == "employer-url":
                fields["employer"] = f"{employer} (www.{_slug(employer)}.com)"
        place = fields.get("location")
        placed = any("location" in hl.fields for hl in spec)
        if n == "employer-city-country" and employer and place and not placed:
            fields["employer"] = f"{employer}{'，' if self.lang.cjk else ', '}{place}"
        if n == "dates-small-plain-title":
            spec = tuple(
                HeaderLine(hl.fields, hl.seps, False, False) if "title" in hl.fields else hl for hl in spec
            )
        if n == "location-own-line" and place and any("location" in hl.fields for hl in spec):
            fields["location"] = None
        if n == "location-town-own-line" and place:
            fields["location"] = None
        if n == "bold-flipped":
            spec = tuple(HeaderLine(hl.fields, hl.seps, not hl.bold, hl.italic) for hl in spec)
        out = super().header_lines(fields, spec)
        if n in {"location-own-line", "location-town-own-line"} and place and fields["location"] is None:
            out.append(Para([Run(place, italic=True)]))
        if n == "double-spaces":
            for p in out:
                for r in p.runs:
                    r.text = re.sub(r" ", "  ", r.text)
        return out

    def entry(
        self,
        fields: dict[str, str | None],
        bullets: list[str],
        spec: tuple[HeaderLine, ...] | None = None,
        description: str | None = None,
    ) -> list[Block]:
        if not self.in_work:
            return super().entry(fields, bullets, spec, description)
        n, code = self.noise, self.lang.code
        if n == "dates-small-plain-title":
            blocks = super().entry(fields, bullets, spec, description)
            _walk(blocks, lambda p: _smaller_dates(p, fields.get("dates") or ""))
            return blocks
        if not bullets:
            return super().entry(fields, bullets, spec, description)
        if n == "bold-lead-bullets":
            blocks = super().entry(fields, bullets, spec, description)
            _walk(blocks, lambda p: _bold_lead(p, bullets, self.lang.cjk))
            return blocks
        if n in LEAD_LINES:
            blocks = super().entry(fields, bullets, spec, description)
            lead = Para([Run(LEAD_LINES[n][code], italic=n != "client-line")])
            _insert_before(blocks, bullets[0], lead)
            return blocks
        if n == "description-paragraph":
            joiner = "" if self.lang.cjk else " "
            return super().entry(fields, [], spec, joiner.join(bullets))
        blocks = super().entry(fields, bullets, spec, description)
        if n not in {"bullets-without-glyphs", "tech-line", "achievements-subheading"}:
            return blocks
        return self._paras([self._in_cells(b, bullets, code) for b in blocks], bullets, code)

    def _in_cells(self, block: Block, bullets: list[str], code: str) -> Block:
        """A table of the entry (per-entry tables, margin dates) with its cells' bullets re-made."""
        if isinstance(block, Table):
            for row in block.rows:
                for ci, cell in enumerate(row):
                    row[ci] = self._paras(cell, bullets, code)
        return block

    def _paras(self, blocks: list[Block], bullets: list[str], code: str) -> list[Block]:
        """The bullets among `blocks` as the perturbation prints them."""
        out: list[Block] = []
        first = True
        for b in blocks:
            is_bullet = isinstance(b, Para) and b.bullet is not None and b.text in bullets
            if is_bullet and self.noise == "achievements-subheading" and first:
                out.append(Para([Run(ACHIEVEMENTS[code], bold=True)]))
            plain = is_bullet and self.noise == "bullets-without-glyphs" and isinstance(b, Para)
            out.append(Para(b.runs) if plain and isinstance(b, Para) else b)
            if is_bullet:
                first = False
        if self.noise == "tech-line" and not first:
            last = max(i for i, b in enumerate(out) if isinstance(b, Para) and b.text in bullets)
            out.insert(last + 1, Para([Run(TECH[code])]))
        return out


def _walk(blocks: list[Block], visit: Any) -> None:
    """Call `visit` on every paragraph among `blocks`, inside table cells too."""
    for b in blocks:
        if isinstance(b, Para):
            visit(b)
        elif isinstance(b, Table):
            for row in b.rows:
                for cell in row:
                    _walk(cell, visit)


def _insert_before(blocks: list[Block], text: str, para: Para) -> bool:
    """Put `para` right before the first paragraph that reads `text` (in a table cell too)."""
    for i, b in enumerate(blocks):
        if isinstance(b, Para) and b.text == text:
            blocks.insert(i, para)
            return True
        if isinstance(b, Table) and any(_insert_before(cell, text, para) for row in b.rows for cell in row):
            return True
    return False


def _smaller_dates(p: Para, dates: str) -> None:
    """The job's dates printed a size and a half smaller than the body, as grey dates often are."""
    if not dates:
        return
    for r in [*p.runs, *(p.right or [])]:
        if r.text.strip() == dates.strip():
            r.size = 8.5


def _bold_lead(p: Para, bullets: list[str], cjk: bool) -> None:
    """A bullet whose first words are in bold (`Led the migration ...`): one run bold, the rest not."""
    if p.text not in bullets or len(p.runs) != 1:
        return
    text = p.runs[0].text
    cut = 4 if cjk else len(" ".join(text.split(" ")[:2]))
    if 0 < cut < len(text):
        p.runs = [Run(text[:cut], bold=True), Run(text[cut:])]


def build_noisy(doc: Doc, variant: Variant, noise: str, seed: int = 0) -> tuple[Page, dict[str, Any]]:
    """The page for `doc` in `variant` with `noise` applied to its jobs, and the resume as printed."""
    b = _NoisyBuilder(doc, variant, noise, seed)
    return b.page(), b.r


def _descriptions(item: dict[str, Any]) -> tuple[str | None, str | None]:
    """The job's description as its highlights alone, and with its summary first (a job told as a
    sentence keeps the sentence as its summary)."""
    highlights = " ".join(item.get("highlights") or [])
    return norm(highlights), norm(f"{item.get('summary') or ''} {highlights}")


@dataclass
class NoisyCell:
    data: bytes
    filename: str
    want: dict[str, Any]
    described: list[str | None]
    """Per job, the description's words as printed (noises judged on them), else empty."""


def render_noisy(doc: Doc, variant: Variant, noise: str, seed: int = 0) -> NoisyCell | None:
    """The noisy file, what it must parse back to, or None where the noise changes nothing here."""
    from .build import build

    page, printed = build_noisy(doc, variant, noise, seed)
    clean, _ = build(doc, variant)
    if page == clean:
        return None
    if variant.fmt == "pdf":
        from .pdf_writer import write_pdf

        data = write_pdf(page)
    else:
        from .docx_writer import write_docx

        data = write_docx(page)
    if noise == "employer-remote-paren":
        for w in printed["work"]:
            # `Acme (Remote)` and no place printed: a reader records where the job was done
            w["location"] = w["location"] or REMOTE[doc["lang"]]
    described: list[str | None] = []
    if noise in DESCRIPTION and "work" in printed["order"]:
        lang = LANGS[doc["lang"]]
        joiner = "" if lang.cjk and noise == "description-paragraph" else " "
        for w in printed["work"]:
            hl = list(w["highlights"])
            if hl and noise == "tech-line":
                hl.append(TECH[doc["lang"]])
            if hl and noise == "achievements-subheading":
                hl.insert(0, ACHIEVEMENTS[doc["lang"]])
            if hl and noise in LEAD_LINES:
                hl.insert(0, LEAD_LINES[noise][doc["lang"]])
            described.append(norm(joiner.join(hl)) if hl else None)
    return NoisyCell(
        data, f"{variant.name}-{noise}-{doc['lang']}.{variant.fmt}", expected(printed), described
    )


def work_problems(parsed: dict[str, Any], cell: NoisyCell) -> list[str]:
    """How the parse's work section differs from what the noisy page prints."""
    found = [p for p in mismatches(parsed, cell.want) if p.startswith("work")]
    if not cell.described:
        return found
    found = [p for p in found if not re.match(r"work\[\d+\]\.highlights:", p)]
    got = parsed.get("work") or []
    for i, want in enumerate(cell.described):
        have = _descriptions(got[i]) if i < len(got) else (None, None)
        if want not in have:
            found.append(f"work[{i}].description: expected {want!r:.90}, got {have[-1]!r:.90}")
    return found


def cell_resume(variant: Variant, lang: str, noise: Noise) -> Doc:
    """The resume a cell meets a perturbation on: one of the cell's first four drawn resumes, by a
    seed of the perturbation and the cell (the derandomized draws are alike across cells: the first
    is the simplest, with `Since` for the current job; the second has no months)."""
    from . import draw

    drawn = draw(lang, variant, 4)
    return drawn[random.Random(f"{noise.name}:{variant.name}:{lang}").randrange(len(drawn))]


def noisy_problems(variant: Variant, lang: str, noise: Noise, seed: int = 0) -> list[str] | None:
    """The work section's mismatches of the cell's first drawn resume with `noise` applied; None
    where the noise has no form in this cell."""
    from resume_api.errors import ApiError
    from tests.parsed import parse

    cell = render_noisy(cell_resume(variant, lang, noise), variant, noise.name, seed)
    if cell is None:
        return None
    try:
        return work_problems(parse(cell.data, cell.filename), cell)
    except ApiError as exc:
        return [f"refused: {exc}"]


def clean_work_passes(variant: Variant, lang: str, noise: Noise) -> bool:
    """Whether the cell's resume for `noise`, printed without it, gives its jobs back exactly."""
    from resume_api.errors import ApiError
    from tests.parsed import parse

    from . import render

    data, filename, want = render(cell_resume(variant, lang, noise), variant)
    try:
        return not [p for p in mismatches(parse(data, filename), want) if p.startswith("work")]
    except ApiError:
        return False


CELLS_PER_NOISE = 16
"""Cells each perturbation is measured on (the sweep's CPU budget: 27 x 16 parses)."""


DRAWN_LAST = "pdf-footer-contact"
"""The first variant added after the floors were measured: it and every later one are drawn after
the earlier cells, so a new variant leaves each perturbation's first cells (and their floors) as
they were instead of reshuffling the draw."""


def noise_cells(noise: Noise, per_noise: int = CELLS_PER_NOISE) -> list[tuple[str, str]]:
    """The (variant, language) cells a perturbation is measured on: a seeded draw from every cell,
    the same on every run, different for each perturbation so that all variants are met."""
    rng = random.Random(f"noise:{noise.name}")
    names = [v.name for v in VARIANTS]
    cut = names.index(DRAWN_LAST) if DRAWN_LAST in names else len(names)
    cells = [(name, code) for name in names[:cut] for code in LANGS]
    rng.shuffle(cells)
    late = [(name, code) for name in names[cut:] for code in LANGS]
    rng.shuffle(late)
    cells += late
    # more than asked: the caller keeps the first `per_noise` where the form exists and the clean
    # cell parses back
    return cells[: per_noise * 3]


def sweep(noise: Noise, cells: int) -> list[tuple[str, str, list[str]]]:
    """The first `cells` of the perturbation's drawn cells where its form exists, each with the work
    section's mismatches (no clean parse first: the test's budget; the report checks it)."""
    from .variants import BY_NAME

    out: list[tuple[str, str, list[str]]] = []
    for name, lang in noise_cells(noise, len(VARIANTS) * len(LANGS)):
        problems = noisy_problems(BY_NAME[name], lang, noise)
        if problems is not None:
            out.append((name, lang, problems))
        if len(out) >= cells:
            break
    return out
