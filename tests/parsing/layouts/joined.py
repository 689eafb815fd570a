"""Schooling printed with the certificates, or under a heading no vocabulary holds.

CVs join the two (`Education & Certifications`, `Formation et certifications`, `学歴・資格`), put a
degree among the certificates, or name the schooling in their own words (`Where I Studied`,
`Mes études`). The headings are written from each language's CV habits, not from any corpus file;
`UNNAMED` are phrasings the parser's heading vocabularies do not hold, so the section's content
must say what it is.
"""

from __future__ import annotations

JOINED: dict[str, tuple[str, str]] = {
    "en": ("Education & Certifications", "Certifications & Education"),
    "fr": ("Formation et certifications", "Certifications et formation"),
    "de": ("Ausbildung & Zertifikate", "Zertifikate und Ausbildung"),
    "es": ("Formación y certificaciones", "Certificaciones y formación"),
    "pt": ("Formação e certificações", "Certificações e formação"),
    "it": ("Istruzione e certificazioni", "Certificazioni e formazione"),
    "nl": ("Opleiding en certificaten", "Certificaten en opleidingen"),
    "pl": ("Wykształcenie i certyfikaty", "Certyfikaty i wykształcenie"),
    "ru": ("Образование и сертификаты", "Сертификаты и образование"),
    "zh": ("教育背景与证书", "证书与教育"),
    "ja": ("学歴・資格", "資格・学歴"),
}
"""Per language, a heading naming schooling then certificates, and one naming them the other way."""

UNNAMED: dict[str, str] = {
    "en": "Where I Studied",
    "fr": "Mes études",
    "de": "Mein Lernweg",
    "es": "Camino académico",
    "pt": "Onde estudei",
    "it": "Dove ho studiato",
    "nl": "Waar ik studeerde",
    "pl": "Ścieżka edukacyjna",
    "ru": "Академический путь",
    "zh": "求学经历",
    "ja": "修学歴",
}
"""Per language, the schooling's heading in a person's own words: no vocabulary names it."""
