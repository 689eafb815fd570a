"""Whether a short text is how well someone knows a skill: `Advanced`, `Fortgeschritten`, `精通`, `C1`,
`5 years`, `4/5`, `80%`, `●●●●○`.

Resumes rate skills one a line (`Python – Advanced`, `Excel: sehr gut`, `SQL (intermediate)`,
`Docker ●●●○○`). Read as a list, the rating became a skill of its own ("Advanced") or a category
label ("Java:" over everything after it). The words are a closed set per language, written here for
the eleven languages the parser reads; numbers, years and rating marks are read by shape in any
language.
"""

from __future__ import annotations

import re

_WORDS = {
    # en
    "beginner", "novice", "basic", "basics", "elementary", "intermediate", "upper intermediate",
    "pre-intermediate", "advanced", "expert", "proficient", "competent", "familiar", "working knowledge",
    "good", "very good", "excellent", "strong", "master", "fluent", "native", "high", "medium", "low",
    "professional",
    # fr
    "débutant", "débutante", "notions", "bases", "élémentaire", "intermédiaire", "avancé", "avancée",
    "confirmé", "confirmée", "maîtrise", "bonne maîtrise", "courant", "bilingue", "bon", "bonne", "très bon",
    "très bonne", "bonnes connaissances", "connaissances de base", "scolaire", "opérationnel", "experte",
    # de
    "anfänger", "grundkenntnisse", "basiswissen", "gute kenntnisse", "sehr gute kenntnisse",
    "erweiterte kenntnisse", "fortgeschritten", "expertin", "sehr gut", "gut", "befriedigend",
    "verhandlungssicher", "fließend", "profi",
    # es
    "básico", "básica", "elemental", "intermedio", "intermedia", "avanzado", "avanzada", "experto", "experta",
    "alto", "medio", "bajo", "nativo", "fluido", "bueno", "muy bueno", "excelente", "dominio",
    # pt
    "intermediário", "intermédio", "avançado", "avançada", "especialista", "fluente", "bom", "muito bom",
    "domínio",
    # it
    "base", "di base", "elementare", "avanzato", "avanzata", "esperto", "buono", "ottimo",
    "discreto", "sufficiente", "eccellente", "madrelingua",
    # nl
    "basis", "basiskennis", "gemiddeld", "gevorderd", "goed", "zeer goed", "uitstekend", "vloeiend",
    "moedertaal",
    # pl
    "podstawowy", "podstawowa", "średni", "średnia", "średniozaawansowany", "średnio zaawansowany",
    "zaawansowany", "zaawansowana", "biegły", "biegła", "ekspert", "dobry", "dobra", "bardzo dobry",
    "bardzo dobra", "komunikatywny",
    # ru
    "начальный", "базовый", "средний", "продвинутый", "эксперт", "хороший", "отличный", "свободный",
    "уверенный", "уверенное владение", "профессиональный",
    # zh
    "精通", "熟练", "熟練", "熟悉", "了解", "掌握", "良好", "一般", "初级", "中级", "高级", "入门",
    # ja
    "上級", "中級", "初級", "実務レベル", "ビジネスレベル", "日常会話", "基礎", "得意", "ネイティブ",
}  # fmt: skip

_CEFR = re.compile(r"(?i)^[abc][12]\+?$")
_RATING = re.compile(r"^(?:\d{1,2}(?:[.,]\d)?\s*(?:/|of|sur|von|de|di|van|z|из)\s*(?:[3-9]|10)|\d{1,3}\s*%)$")
_YEARS = re.compile(
    r"(?i)^(?:\d{1,2}(?:[.,]\d)?\+?|\d{1,2}\s*[-–]\s*\d{1,2})\s*(?:years?|yrs?\.?|ans?|années|jahre?n?|años|anos|"
    r"anni|jaar|lat|lata|лет|года?|年(?:以上)?)\b"
)
_MARKS = "●○◉◯⬤★☆"
_BARS = "■□▰▱█░▮▯◼◻"
MARKS = re.compile(rf"[{_MARKS}](?:\s*[{_MARKS}])*|[{_BARS}](?:\s*[{_BARS}]){{2,}}")
"""A rating drawn as marks: `●●●○○`, `★★★★☆`, or as three or more bars and squares (`■■■■□`,
`▰▰▰▱▱`, `█████░░░`): one square alone is a bullet."""
_FILLED = "●◉⬤★■▰█▮◼"


def is_level(text: str) -> bool:
    """`text` (one item, stripped) says how well, not what."""
    t = " ".join(text.split()).strip(" .")
    if not t or len(t) > 40:
        return False
    return (
        t.casefold() in _WORDS
        or bool(_CEFR.match(t) or _RATING.match(t) or MARKS.fullmatch(t))
        or bool(_YEARS.match(t) and len(t.split()) <= 4)
    )


def from_marks(marks: str) -> str:
    """`●●●○○` -> `3/5`: how many of the marks are filled."""
    drawn = [c for c in marks if not c.isspace()]
    filled = sum(1 for c in drawn if c in _FILLED)
    return f"{filled}/{len(drawn)}"
