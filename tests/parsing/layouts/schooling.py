"""Schooling beyond the university degree, as the trades name it in every generated language.

Real resumes list more than a bachelor's at a `University of X`: a school-leaving diploma at a
`Lycée` or a `Gymnasium`, a vocational diploma (`BTS`, `Ausbildung`, `Técnico Superior`, `MBO`,
`Technikum`, `大专`), a bootcamp, and schools known by a short name with no school word in it
(`HEC Paris`, `RWTH Aachen`, `МФТИ`, `慶應義塾`). The pools are written from what each country's
schooling calls these, not from any corpus file. `KINDS`: (degree as printed, field or None,
school). `ACRONYMS`: schools named without a word that says school. `COURSES`: the lines a CV
prints under a degree (courses, advisor), which name no entry.
"""

from __future__ import annotations

KINDS: dict[str, tuple[tuple[str, str | None, str], ...]] = {
    "en": (
        ("High School Diploma", None, "Lincoln High School"),
        ("Full-Stack Web Development Bootcamp", None, "General Assembly"),
        ("Associate of Applied Science", "Nursing", "Austin Community College"),
        ("Electrician Apprenticeship", None, "IBEW Local 46 Training Center"),
        ("Exchange semester", None, "National University of Singapore"),
    ),
    "fr": (
        ("Baccalauréat scientifique", None, "Lycée Victor Hugo"),
        ("BTS", "Services informatiques aux organisations", "Lycée Jean Jaurès"),
        ("DUT", "Informatique", "IUT de Lannion"),
        ("Diplôme d'ingénieur", "Génie civil", "INSA Lyon"),
        ("Licence professionnelle", "Métiers du numérique", "CNAM Paris"),
    ),
    "de": (
        ("Abitur", None, "Goethe-Gymnasium Frankfurt"),
        ("Ausbildung zum Fachinformatiker", "Anwendungsentwicklung", "Staatliche Berufsschule München"),
        ("Diplom-Ingenieur", "Maschinenbau", "RWTH Aachen"),
        ("Staatsexamen", "Rechtswissenschaften", "LMU München"),
        ("Bachelor of Arts", "Betriebswirtschaftslehre", "Fachhochschule Köln"),
    ),
    "es": (
        ("Bachillerato", "Ciencias y Tecnología", "IES Ramiro de Maeztu"),
        ("Técnico Superior", "Desarrollo de Aplicaciones Web", "IES Clara del Rey"),
        ("Grado", "Ingeniería Informática", "UPM"),
        ("Máster", "Ciencia de Datos", "ESADE"),
        ("Licenciatura", "Administración de Empresas", "ITAM"),
    ),
    "pt": (
        ("Ensino Médio", None, "Colégio Bandeirantes"),
        ("Tecnólogo", "Análise e Desenvolvimento de Sistemas", "Fatec São Paulo"),
        ("Bacharelado", "Ciência da Computação", "USP"),
        ("Mestrado", "Engenharia Elétrica", "Unicamp"),
        ("Licenciatura", "Matemática", "ISCTE"),
    ),
    "it": (
        ("Diploma di liceo scientifico", None, "Liceo Scientifico Galileo Galilei"),
        ("Laurea triennale", "Ingegneria Informatica", "PoliMi"),
        ("Laurea magistrale", "Economia e Management", "Bocconi"),
        ("Dottorato di ricerca", "Fisica", "SISSA"),
        ("Diploma di perito informatico", None, "ITIS Enrico Fermi"),
    ),
    "nl": (
        ("HBO Bachelor", "Bedrijfskunde", "Hogeschool van Amsterdam"),
        ("MBO", "ICT-beheer", "ROC Amsterdam"),
        ("WO Master", "Informatica", "TU Delft"),
        ("VWO", None, "Stedelijk Gymnasium Leiden"),
        ("Propedeuse", "Rechten", "UvA"),
    ),
    "pl": (
        ("Inżynier", "Informatyka", "AGH"),
        ("Licencjat", "Ekonomia", "SGH"),
        ("Technik informatyk", None, "Technikum nr 7 w Warszawie"),
        ("Matura", None, "XIV Liceum Ogólnokształcące im. Stanisława Staszica"),
        ("Magister", "Zarządzanie", "Politechnika Gdańska"),
    ),
    "ru": (
        ("Бакалавр", "Прикладная математика", "МФТИ"),
        ("Специалист", "Экономика", "ВШЭ"),
        ("Аспирантура", "Физика", "МГУ"),
        ("Среднее профессиональное образование", "Программирование", "Колледж связи № 54"),
        ("Магистр", "Информатика", "ИТМО"),
    ),
    "zh": (
        ("大专", "软件技术", "深圳职业技术学院"),
        ("高中", None, "北京四中"),
        ("本科", "金融学", "中国人民大学"),
        ("硕士", "计算机科学", "中科院计算所"),
        ("博士", "物理学", "中国科学技术大学"),
    ),
    "ja": (
        ("学士", "経済学", "慶應義塾"),
        ("修士", "情報工学", "東京工業大学"),
        ("準学士", "電気工学", "東京工業高等専門学校"),
        ("専門士", "情報処理", "HAL東京"),
        ("博士", "物理学", "理化学研究所"),
    ),
}
"""Per language, schooling a resume lists beside its degrees: (degree as printed, field, school)."""

ACRONYMS: dict[str, tuple[str, ...]] = {
    "en": ("Caltech", "Georgia Tech", "Wharton", "LSE"),
    "fr": ("HEC Paris", "Sciences Po", "ESSEC", "Télécom Paris"),
    "de": ("RWTH Aachen", "TU Berlin", "KIT", "LMU München"),
    "es": ("UPM", "UNAM", "ESADE", "ITAM"),
    "pt": ("USP", "Unicamp", "PUC-Rio", "ISCTE"),
    "it": ("PoliMi", "SISSA", "Bocconi", "LUISS"),
    "nl": ("TU Delft", "UvA", "TU/e", "VU Amsterdam"),
    "pl": ("AGH", "SGH", "PW", "UAM"),
    "ru": ("МФТИ", "ВШЭ", "МГУ", "ИТМО"),
    "zh": ("清华", "北大", "中科大", "哈工大"),
    "ja": ("慶應義塾", "早稲田", "東工大", "一橋"),
}
"""Per language, schools printed by a short name with no school word (`HEC Paris`, `МФТИ`)."""

COURSES: dict[str, tuple[str, str]] = {
    "en": ("Relevant coursework: Algorithms, Operating Systems, Econometrics", "Advisor: Prof. Jane Liu"),
    "fr": (
        "Cours suivis : Algorithmique, Systèmes d'exploitation, Économétrie",
        "Directeur : Pr Jean Martin",
    ),
    "de": ("Schwerpunkte: Algorithmen, Betriebssysteme, Ökonometrie", "Betreuer: Prof. Dr. Klaus Weber"),
    "es": ("Asignaturas: Algoritmos, Sistemas Operativos, Econometría", "Director: Dr. Luis Gómez"),
    "pt": ("Disciplinas: Algoritmos, Sistemas Operacionais, Econometria", "Orientador: Prof. Dr. Paulo Lima"),
    "it": ("Esami sostenuti: Algoritmi, Sistemi Operativi, Econometria", "Relatore: Prof. Marco Bianchi"),
    "nl": ("Vakken: Algoritmen, Besturingssystemen, Econometrie", "Begeleider: prof. dr. Jan de Vries"),
    "pl": ("Przedmioty: Algorytmy, Systemy operacyjne, Ekonometria", "Promotor: prof. dr hab. Jan Kowalski"),
    "ru": (
        "Курсы: Алгоритмы, Операционные системы, Эконометрика",
        "Научный руководитель: проф. И. И. Петров",
    ),
    "zh": ("主修课程：算法、操作系统、计量经济学", "导师：李明教授"),
    "ja": ("主な履修科目：アルゴリズム、オペレーティングシステム、計量経済学", "指導教員：山田太郎教授"),
}
"""Per language, a courses line and an advisor line printed under a degree (they are no entry)."""
