"""Employers named like roles and roles named like organisations, in every generated language.

An employer's name can be made of a title's words (`Product Management Consulting`, `Marketing
Analytics Studio`), and a title can hold an organisation's word (`Hospital Pharmacist`, `Bank
Teller`). Words alone then point the wrong way; what a reader still has is the page: where this
document prints the employer and the title in the entries whose words are clear (which line, which
place on it, which look). The generator gives the first job of a resume clear names and the later
ones these (`build.prepare`), so the document's own habit is there to be read.
"""

from __future__ import annotations

EMPLOYERS: dict[str, tuple[str, ...]] = {
    "en": (
        "Product Management Consulting",
        "Marketing Analytics Studio",
        "Software Engineering Services",
        "Executive Search Advisors",
    ),
    "fr": (
        "Conseil en Management Produit",
        "Marketing Analytique",
        "Ingénierie Logicielle Services",
        "Direction Commerciale Conseil",
    ),
    "de": (
        "Produktmanagement Beratung",
        "Marketing Analytik",
        "Softwareentwicklung Dienstleistungen",
        "Vertriebsleitung Consulting",
    ),
    "es": (
        "Consultoría de Gestión de Producto",
        "Analítica de Marketing",
        "Ingeniería de Software Servicios",
        "Dirección Comercial Asesores",
    ),
    "pt": (
        "Consultoria em Gestão de Produto",
        "Análise de Marketing",
        "Engenharia de Software Serviços",
        "Direção Comercial Assessoria",
    ),
    "it": (
        "Consulenza Gestione Prodotto",
        "Analisi di Marketing",
        "Ingegneria del Software Servizi",
        "Direzione Commerciale Consulenti",
    ),
    "nl": (
        "Productmanagement Advies",
        "Marketing Analyse",
        "Software Engineering Diensten",
        "Commerciële Leiding Adviseurs",
    ),
    "pl": (
        "Doradztwo Zarządzanie Produktem",
        "Analityka Marketingowa",
        "Inżynieria Oprogramowania Usługi",
        "Dyrekcja Sprzedaży Doradcy",
    ),
    "ru": (
        "Консалтинг управления продуктом",
        "Маркетинговая аналитика",
        "Инжиниринг программного обеспечения",
        "Коммерческая дирекция",
    ),
    "zh": ("产品管理咨询", "市场分析工作室", "软件工程服务", "销售总监顾问"),
    "ja": (
        "プロダクトマネジメント・コンサルティング",
        "マーケティング分析",
        "ソフトウェアエンジニアリングサービス",
        "営業部長コンサルティング",
    ),
}
"""Per language, employers whose names are made of a role's or a department's words."""

TITLES: dict[str, tuple[str, ...]] = {
    "en": ("Hospital Pharmacist", "Bank Teller", "School Counselor", "University Liaison Officer"),
    "fr": (
        "Pharmacien hospitalier",
        "Guichetier de banque",
        "Conseiller d'orientation scolaire",
        "Chargé de mission université",
    ),
    "de": ("Krankenhausapotheker", "Bankkaufmann", "Schulberater", "Referent Hochschulkooperation"),
    "es": ("Farmacéutico hospitalario", "Cajero de banco", "Orientador escolar", "Enlace universitario"),
    "pt": ("Farmacêutico hospitalar", "Caixa de banco", "Orientador escolar", "Assessor universitário"),
    "it": ("Farmacista ospedaliero", "Cassiere di banca", "Consulente scolastico", "Referente universitario"),
    "nl": ("Ziekenhuisapotheker", "Bankmedewerker", "Schooldecaan", "Universitair contactpersoon"),
    "pl": ("Farmaceuta szpitalny", "Kasjer bankowy", "Pedagog szkolny", "Koordynator uczelniany"),
    "ru": ("Больничный фармацевт", "Банковский кассир", "Школьный психолог", "Координатор университета"),
    "zh": ("医院药剂师", "银行柜员", "学校辅导员", "大学联络员"),
    "ja": ("病院薬剤師", "銀行窓口係", "学校カウンセラー", "大学連絡担当"),
}
"""Per language, titles that hold an organisation's word (hospital, bank, school, university)."""
