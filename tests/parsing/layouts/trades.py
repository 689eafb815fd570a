"""Job titles no vocabulary of the parser holds: trades and crafts, in every generated language.

Real resumes name jobs in words no title list has (`Serrurier`, `Fliesenleger`, `Сантехник`); the
employer and the title must still come apart by the page's structure and the document's habit.
`test_layout_cells_round10` checks that no word here scores as a title or an organisation, so a
rule can never pass by learning them.
"""

from __future__ import annotations

TRADES: dict[str, tuple[str, ...]] = {
    "en": (
        "Sommelier",
        "Locksmith",
        "Stonemason",
        "Glazier",
        "Luthier",
        "Roofer",
        "Upholsterer",
        "Beekeeper",
    ),
    "fr": (
        "Boulanger",
        "Ébéniste",
        "Sommelier",
        "Électricien",
        "Plombier",
        "Serrurier",
        "Pâtissière",
        "Maçon",
    ),
    "de": (
        "Bäckerin",
        "Tischler",
        "Elektroniker",
        "Konditorin",
        "Schreiner",
        "Maurer",
        "Fliesenleger",
        "Floristin",
    ),
    "es": (
        "Panadero",
        "Carpintero",
        "Electricista",
        "Fontanero",
        "Cerrajero",
        "Pastelera",
        "Albañil",
        "Sumiller",
    ),
    "pt": (
        "Padeiro",
        "Carpinteiro",
        "Eletricista",
        "Canalizador",
        "Serralheiro",
        "Pasteleira",
        "Pedreiro",
        "Florista",
    ),
    "it": (
        "Panettiere",
        "Falegname",
        "Elettricista",
        "Idraulico",
        "Fabbro",
        "Pasticcera",
        "Muratore",
        "Fioraia",
    ),
    "nl": (
        "Bakker",
        "Timmerman",
        "Elektricien",
        "Loodgieter",
        "Slotenmaker",
        "Banketbakker",
        "Metselaar",
        "Bloemist",
    ),
    "pl": ("Piekarz", "Stolarz", "Elektryk", "Hydraulik", "Ślusarz", "Cukierniczka", "Murarz", "Florystka"),
    "ru": ("Пекарь", "Столяр", "Электрик", "Сантехник", "Слесарь", "Кондитер", "Каменщик", "Флорист"),
    "zh": ("面包师", "木匠", "电工", "水管工", "锁匠", "糕点师", "瓦工", "花艺师"),
    "ja": ("パン職人", "大工", "電気工事士", "配管工", "パティシエ", "左官", "フローリスト", "庭師"),
}
