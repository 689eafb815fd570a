"""How web pages print a skills section: the idioms themes and builders use, as HTML for the
Chromium producer (`html_writer.py`), with the skills as the page prints them (what a parse must
give back).

Written from CSS practice, not from any theme, before the parser rules that read them: chips that
wrap a long keyword inside their box, rows of chips, keywords set apart by `::before` middots or
slashes or only by the gap a box leaves, groups side by side in a grid or beside their chips, a
group | keywords table, an icon font's private-use glyph before each keyword, and a level beside
each skill (a word in the page's language, stars, CSS dots with no text, a dash) or under each group's
name in a grid, and tags set apart by a margin of a few pixels only. A level is never
a keyword: where a page rates each skill, the parse is one skill per name (`{name, level}`), and
only the names are compared (`expected.py` compares names and keywords)."""

from __future__ import annotations

import hashlib
import html
from typing import Any

LOOKS = (
    "chips-wrap",
    "chips-row",
    "sep-middot",
    "sep-slash",
    "gap-only",
    "grid-groups",
    "grid-levels",
    "table-groups",
    "beside-chips",
    "icon-pua",
    "level-words",
    "level-stars",
    "level-dots",
    "level-dash",
    "tags-tight",
)
PAGES: dict[str, tuple[str, str]] = {
    "chips-wrap": ("sidebar", "sidebar-left"),
    "level-dots": ("sidebar", "sidebar-right"),
    "level-dash": ("sidebar", "sidebar-left"),
    "sep-slash": ("flex-unicode", "single"),
    "table-groups": ("flex-unicode", "single"),
    "level-stars": ("flex-unicode", "single"),
}
"""The contact line and frame of each look's page (`flex-svg` on a single column where unnamed)."""
MULTIWORD_LOOKS = {"chips-wrap", "chips-row", "gap-only", "grid-groups", "grid-levels", "tags-tight"}
"""Looks that print multi-word keywords (`Stakeholder management`): a box or a gap bounds them."""
RATED_LOOKS = {"level-words", "level-stars", "level-dots", "level-dash"}

MULTIWORD: dict[str, tuple[str, ...]] = {
    "en": ("Financial reporting", "Stakeholder management", "Data visualization", "Root cause analysis",
           "Process improvement", "Customer onboarding", "Risk assessment", "Vendor negotiation"),
    "fr": ("Gestion de projet", "Analyse financière", "Conduite du changement", "Relation client",
           "Contrôle de gestion", "Veille concurrentielle", "Animation d'équipe"),
    "de": ("Agiles Projektmanagement", "Technische Dokumentation", "Statistische Auswertung",
           "Qualitätssicherung im Labor", "Kundenbetreuung vor Ort", "Interne Revision"),
    "es": ("Gestión de proyectos", "Análisis de datos", "Atención al cliente", "Control de calidad",
           "Planificación financiera", "Negociación comercial"),
    "pt": ("Gestão de projetos", "Análise de dados", "Atendimento ao cliente", "Controle de qualidade",
           "Planejamento financeiro", "Negociação comercial"),
    "it": ("Gestione progetti", "Analisi dei dati", "Controllo qualità", "Pianificazione finanziaria",
           "Relazioni con i clienti", "Negoziazione commerciale"),
    "nl": ("Projectmatig werken", "Klantgericht werken", "Financiële planning", "Kwaliteitsbewaking",
           "Commerciële onderhandeling", "Agile werkwijze"),
    "pl": ("Zarządzanie projektami", "Analiza danych", "Obsługa klienta", "Kontrola jakości",
           "Planowanie finansowe", "Negocjacje handlowe"),
    "ru": ("Управление проектами", "Анализ данных", "Работа с клиентами", "Контроль качества",
           "Финансовое планирование", "Деловые переговоры"),
    "zh": ("项目管理", "数据分析", "客户服务", "质量控制", "财务规划", "商务谈判"),
    "ja": ("プロジェクト管理", "データ分析", "顧客対応", "品質管理", "財務計画", "法人営業"),
}  # fmt: skip
"""Skills of several words in each language the generators write."""

LEVELS: dict[str, tuple[str, ...]] = {
    "en": ("Expert", "Advanced", "Intermediate", "Beginner", "Master"),
    "fr": ("Expert", "Avancé", "Intermédiaire", "Débutant", "Confirmé"),
    "de": ("Experte", "Fortgeschritten", "Sehr gut", "Grundkenntnisse", "Gut"),
    "es": ("Experto", "Avanzado", "Intermedio", "Básico", "Alto"),
    "pt": ("Especialista", "Avançado", "Intermediário", "Básico", "Fluente"),
    "it": ("Esperto", "Avanzato", "Intermedio", "Base", "Ottimo"),
    "nl": ("Expert", "Gevorderd", "Gemiddeld", "Basis", "Goed"),
    "pl": ("Ekspert", "Zaawansowany", "Średniozaawansowany", "Podstawowy", "Dobry"),
    "ru": ("Эксперт", "Продвинутый", "Средний", "Базовый", "Отличный"),
    "zh": ("精通", "熟练", "熟悉", "了解", "良好"),
    "ja": ("上級", "中級", "初級", "実務レベル", "得意"),
}  # fmt: skip
"""How each language rates a skill in words (written for these tests, not taken from the parser)."""

CSS = """
.sk-chips-wrap .chip { display: block; max-width: 7.5em; margin: 0 0 5px; border-radius: 4px; }
.sk-row { display: flex; flex-wrap: wrap; gap: 4px 6px; margin: 0 0 4px; }
.sk-row .chip { margin: 0; }
.sk-inline span + span::before { content: " \\00B7 "; color: #888; }
.sk-slash span:not(:last-child)::after { content: " / "; color: #888; }
.sk-gap span { display: inline-block; margin-right: 1.6em; }
.sk-grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6px 14px; }
.sk-grid b { display: block; margin-bottom: 2px; }
.sk-grid span { display: block; }
.sk-grid.sized b { font-weight: 400; font-size: 13pt; }
.sk-grid .lvl { display: block; text-transform: uppercase; font-size: 7.5pt; color: #666; margin-bottom: 2px; }
.sk-tight span { display: inline-block; margin-right: 5px; }
table.sk-table { border-collapse: collapse; }
table.sk-table td { padding: 1px 10px 1px 0; vertical-align: top; }
.sk-beside { display: grid; grid-template-columns: max-content 1fr; gap: 4px 10px; }
.sk-beside .sk-row { margin: 0; }
.sk-pua { font-family: "FontAwesomeish", "DejaVu Sans"; color: #2a4d69; margin-right: 3px; }
.sk-rated { display: flex; justify-content: space-between; max-width: 22em; margin: 1px 0; }
.sk-rated .lvl { color: #666; }
.sk-dots { display: flex; gap: 3px; }
.sk-dots i { width: 7px; height: 7px; border-radius: 50%; background: #2a4d69; display: inline-block; }
.sk-dots i.off { background: #d5dde5; }
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def printed(look: str, groups: list[dict[str, Any]], lang: str, seed: str) -> list[dict[str, Any]]:
    """The skills `look` prints for a resume's `groups`: multi-word keywords in the looks that show
    them; one named skill per keyword where each is rated (JSON Resume's `{name, level}`)."""
    groups = [dict(g, keywords=list(g["keywords"])) for g in groups]
    if look in MULTIWORD_LOOKS:
        pool = MULTIWORD.get(lang, MULTIWORD["en"])
        start = hashlib.sha256(seed.encode()).digest()[0] % len(pool)
        k = 0
        for g in groups:  # every other keyword becomes a phrase, in turn through the pool
            for i in range(0, len(g["keywords"]), 2):
                g["keywords"][i] = pool[(start + k) % len(pool)]
                k += 1
            g["keywords"] = list(dict.fromkeys(g["keywords"]))
    if look == "level-dots":  # a level drawn with no text: a reader has the names alone
        return [{"name": None, "keywords": list(dict.fromkeys(k for g in groups for k in g["keywords"]))}]
    if look in RATED_LOOKS:
        levels = LEVELS.get(lang, LEVELS["en"])
        return [
            {"name": kw, "keywords": [], "level": levels[i % len(levels)]}
            for i, kw in enumerate(k for g in groups for k in g["keywords"])
        ]
    return groups


def _level(look: str, level: str, i: int, lang: str) -> str:
    filled = 5 - (i % 4)
    if look == "level-stars":
        return "★" * filled + "☆" * (5 - filled)
    if look == "level-dots":
        return (
            '<span class="sk-dots">'
            + "".join(f'<i class="{"on" if d < filled else "off"}"></i>' for d in range(5))
            + "</span>"
        )
    return _e(level)


def skills_html(look: str, groups: list[dict[str, Any]], lang: str) -> str:
    """The skills section's body in `look` (groups as `printed` returned them)."""
    if look in RATED_LOOKS:
        rows = []
        rated = [{"name": k, "level": ""} for k in groups[0]["keywords"]] if look == "level-dots" else groups
        for i, g in enumerate(rated):
            level = _level(look, g["level"], i, lang)
            if look == "level-dash":
                rows.append(f"<p>{_e(g['name'])} \u2013 {level}</p>")
            elif look == "level-stars":
                rows.append(f'<p>{_e(g["name"])} <span class="lvl">{level}</span></p>')
            else:
                rows.append(
                    f'<div class="sk-rated"><span>{_e(g["name"])}</span><span class="lvl">{level}</span></div>'
                )
        return "".join(rows)
    if look == "table-groups":
        table = "".join(
            f"<tr><td><b>{_e(g['name'] or '')}</b></td><td>{_e(', '.join(g['keywords']))}</td></tr>"
            for g in groups
        )
        return f'<table class="sk-table">{table}</table>'
    if look in ("grid-groups", "grid-levels"):
        levels = LEVELS.get(lang, LEVELS["en"])
        cards = "".join(
            "<div>"
            + (f"<b>{_e(g['name'])}</b>" if g["name"] else "")
            + (f'<i class="lvl">{_e(levels[i % len(levels)])}</i>' if look == "grid-levels" else "")
            + "".join(f"<span>{_e(k)}</span>" for k in g["keywords"])
            + "</div>"
            for i, g in enumerate(groups)
        )
        sized = " sized" if look == "grid-levels" else ""
        return f'<div class="sk-grid{sized}">{cards}</div>'
    out = []
    for g in groups:
        name, kws = g["name"], g["keywords"]
        head = f"<h4>{_e(name)}</h4>" if name else ""
        icon = '<span class="sk-pua">\uf121</span>' if look == "icon-pua" else ""
        row = (
            f'<div class="{"sk-chips-wrap" if look == "chips-wrap" else "sk-row"}">'
            + "".join(f'<span class="chip">{icon}{_e(k)}</span>' for k in kws)
            + "</div>"
        )
        if look == "beside-chips":
            out.append(f"<b>{_e(name or '')}</b>{row}")
        elif look in ("chips-wrap", "chips-row", "icon-pua"):
            out.append(head + row)
        else:
            cls = {
                "sep-middot": "sk-inline",
                "sep-slash": "sk-slash",
                "gap-only": "sk-gap",
                "tags-tight": "sk-tight",
            }[look]
            lead = f"<b>{_e(name)}</b> " if name else ""
            out.append(f'<p class="{cls}">{lead}' + "".join(f"<span>{_e(k)}</span>" for k in kws) + "</p>")
    if look == "beside-chips":
        return f'<div class="sk-beside">{"".join(out)}</div>'
    return "".join(out)
