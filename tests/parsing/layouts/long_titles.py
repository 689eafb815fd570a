"""Job titles longer than the employer's name, as people print them in every generated language.

Real titles run on (`Head of Customer Success and Partner Operations`, `Referent für
Unternehmenskommunikation und digitale Medien`): several capitalised words, linking words inside
(`of`, `für`, `de`), an area after the role. The employer beside them is often one short name, so
length and capitals say nothing about which is which.
"""

from __future__ import annotations

LONG_TITLES: dict[str, tuple[str, ...]] = {
    "en": (
        "Head of Customer Success and Partner Operations",
        "Senior Manager Business Intelligence and Reporting",
        "Lead Engineer Payments Infrastructure and Reliability",
        "Assistant Director of Student Services and Admissions",
    ),
    "fr": (
        "Responsable du développement commercial grands comptes Europe",
        "Chargée de mission transformation numérique et innovation",
        "Directeur adjoint des opérations et de la logistique",
        "Ingénieure d'études en systèmes embarqués et sûreté",
    ),
    "de": (
        "Leiterin Kundenservice und Qualitätsmanagement Region Süd",
        "Referent für Unternehmenskommunikation und digitale Medien",
        "Sachbearbeiterin Finanzbuchhaltung und Zahlungsverkehr",
        "Teamleiter Softwareentwicklung für mobile Anwendungen",
    ),
    "es": (
        "Responsable de desarrollo de negocio y alianzas estratégicas",
        "Técnica superior de prevención de riesgos laborales",
        "Jefe de equipo de atención al cliente y calidad",
        "Coordinadora de proyectos de innovación y transformación digital",
    ),
    "pt": (
        "Responsável de desenvolvimento de negócio e parcerias estratégicas",
        "Técnica superior de segurança e saúde no trabalho",
        "Coordenador de projetos de inovação e transformação digital",
        "Gestora de contas de grandes clientes empresariais",
    ),
    "it": (
        "Responsabile dello sviluppo commerciale e delle relazioni con i partner",
        "Tecnico specializzato in automazione e manutenzione industriale",
        "Coordinatrice di progetti di innovazione e trasformazione digitale",
        "Addetto alla contabilità generale e al controllo di gestione",
    ),
    "nl": (
        "Teamleider klantenservice en kwaliteitsmanagement regio Zuid",
        "Medewerker financiële administratie en salarisverwerking",
        "Coördinator innovatieprojecten en digitale transformatie",
        "Adviseur bedrijfsvoering en strategische planning",
    ),
    "pl": (
        "Kierownik działu obsługi klienta i zarządzania jakością",
        "Specjalista do spraw rozwoju biznesu i partnerstw strategicznych",
        "Koordynatorka projektów innowacyjnych i transformacji cyfrowej",
        "Starszy analityk systemów informatycznych w bankowości",
    ),
    "ru": (
        "Руководитель отдела по работе с ключевыми клиентами",
        "Ведущий специалист по информационной безопасности",
        "Координатор проектов цифровой трансформации и инноваций",
        "Заместитель начальника управления логистики и снабжения",
    ),
    "zh": (
        "客户成功与合作伙伴运营高级经理",
        "数字化转型与创新项目协调员",
        "财务会计与资金管理主管",
        "移动应用软件开发团队负责人",
    ),
    "ja": (
        "カスタマーサクセス・パートナー営業部門マネージャー",
        "デジタルトランスフォーメーション推進プロジェクトリーダー",
        "財務会計および資金管理担当シニアスタッフ",
        "モバイルアプリケーション開発チームリーダー",
    ),
}
"""Per language, four long titles; `prepare` gives each job one of them."""
