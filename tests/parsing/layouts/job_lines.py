"""One-line job summaries, in every generated language: the sentence some themes print under a
job's header, in the body's plain type, before (or instead of) its bullets (`24-bed CVICU caring
for post-op patients.`). Written as a reader would, full stop included; none names a title word
or an organisation's suffix, so a rule can never pass by learning them.
"""

from __future__ import annotations

JOB_SUMMARIES: dict[str, tuple[str, ...]] = {
    "en": (
        "Part-time while finishing my degree in the evenings.",
        "A small team of six serving clients across the region.",
        "Covered night shifts and weekends for the whole site.",
    ),
    "fr": (
        "Poste à temps partiel pendant mes études du soir.",
        "Une petite équipe de six personnes au service de toute la région.",
        "Gardes de nuit et de week-end pour tout le site.",
    ),
    "de": (
        "Teilzeit neben dem Abendstudium an der Hochschule.",
        "Ein kleines Team von sechs Leuten für Kunden in der ganzen Region.",
        "Nacht- und Wochenenddienste für den gesamten Standort.",
    ),
    "es": (
        "Media jornada mientras terminaba mis estudios por la tarde.",
        "Un pequeño equipo de seis personas al servicio de toda la región.",
        "Turnos de noche y fines de semana para toda la sede.",
    ),
    "pt": (
        "Meio período enquanto terminava os estudos à noite.",
        "Uma pequena equipe de seis pessoas atendendo toda a região.",
        "Plantões noturnos e de fim de semana para toda a unidade.",
    ),
    "it": (
        "Part-time mentre finivo gli studi serali.",
        "Un piccolo gruppo di sei persone al servizio di tutta la regione.",
        "Turni di notte e nei fine settimana per tutta la sede.",
    ),
    "nl": (
        "Parttime naast mijn avondstudie aan de hogeschool.",
        "Een klein team van zes mensen voor klanten in de hele regio.",
        "Nacht- en weekenddiensten voor de hele locatie.",
    ),
    "pl": (
        "Praca w niepełnym wymiarze podczas wieczorowych studiów.",
        "Niewielki zespół sześciu osób obsługujący cały region.",
        "Dyżury nocne i weekendowe dla całego oddziału.",
    ),
    "ru": (
        "Работа на полставки во время учёбы на вечернем отделении.",
        "Небольшая команда из шести человек для клиентов по всему региону.",
        "Ночные смены и дежурства по выходным на всей площадке.",
    ),
    "zh": (
        "在读夜校期间的兼职工作，每周工作三天。",
        "六人小团队，服务整个地区的客户和合作伙伴。",
        "负责整个园区的夜班和周末值班工作安排。",
    ),
    "ja": (
        "夜間の大学に通いながら週三日のパートタイムで勤務。",
        "六人の小さなチームで地域全体の顧客を担当しました。",
        "施設全体の夜勤と週末の当直を担当しました。",
    ),
}

LIST_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("Key achievements:", "Tech stack:", "Responsibilities:"),
    "fr": ("Réalisations :", "Environnement technique :", "Missions :"),
    "de": ("Erfolge:", "Technologien:", "Aufgaben:"),
    "es": ("Logros:", "Tecnologías:", "Funciones:"),
    "pt": ("Atividades efetuadas:", "Stack utilizada:", "Resultados:"),
    "it": ("Attività svolte:", "Tecnologie:", "Risultati:"),
    "nl": ("Werkzaamheden:", "Technieken:", "Resultaten:"),
    "pl": ("Obowiązki:", "Technologie:", "Osiągnięcia:"),
    "ru": ("Обязанности:", "Технологии:", "Достижения:"),
    "zh": ("主要职责：", "技术栈：", "工作成果："),
    "ja": ("主な業務：", "使用技術：", "実績："),
}
"""A label alone on its line opening a list under a job's first line (`Stack utilizada:` over
`Frontend: Angular;`): more of that job's description, in every generated language."""
