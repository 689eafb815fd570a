"""Per language, a profile paragraph as people write it under their name: two or three sentences,
long enough to wrap over several lines of a page (`Variant.summary`, `HtmlLayout.summary`)."""

from __future__ import annotations

LONG_SUMMARIES = {
    "en": (
        "Operations analyst with eight years of experience in logistics and retail. I turn messy data "
        "into decisions that teams can act on, and I enjoy building the reports people actually read. "
        "Looking for a role where analysis and people meet."
    ),
    "fr": (
        "Chargée d'études avec huit ans d'expérience dans la distribution et la logistique. J'aime "
        "transformer des données éparses en décisions concrètes et construire des tableaux de bord "
        "utiles aux équipes. Je cherche un poste où l'analyse rencontre le terrain."
    ),
    "de": (
        "Projektleiterin mit acht Jahren Erfahrung in Logistik und Handel. Ich mache aus unübersichtlichen "
        "Daten klare Entscheidungen und baue Berichte, die Teams wirklich nutzen. Ich suche eine Stelle, "
        "in der Analyse und Menschen zusammenkommen."
    ),
    "es": (
        "Analista de operaciones con ocho años de experiencia en logística y comercio minorista. Convierto "
        "datos desordenados en decisiones que los equipos pueden aplicar y disfruto creando informes útiles. "
        "Busco un puesto donde el análisis y las personas se encuentren."
    ),
    "pt": (
        "Analista de operações com oito anos de experiência em logística e varejo. Transformo dados "
        "dispersos em decisões que as equipes conseguem aplicar e gosto de criar relatórios que as pessoas "
        "realmente leem. Procuro uma função onde a análise e as pessoas se encontrem."
    ),
    "it": (
        "Analista delle operazioni con otto anni di esperienza nella logistica e nella grande distribuzione. "
        "Trasformo dati disordinati in decisioni concrete e mi piace costruire report che i colleghi leggono "
        "davvero. Cerco un ruolo in cui analisi e persone si incontrino."
    ),
    "nl": (
        "Operationeel analist met acht jaar ervaring in logistiek en detailhandel. Ik maak van rommelige "
        "gegevens heldere beslissingen en bouw rapportages die teams echt gebruiken. Ik zoek een functie "
        "waarin analyse en mensen samenkomen."
    ),
    "pl": (
        "Analityczka operacyjna z ośmioletnim doświadczeniem w logistyce i handlu detalicznym. Zamieniam "
        "nieuporządkowane dane w decyzje, które zespoły mogą wdrożyć, i lubię tworzyć raporty, które ktoś "
        "naprawdę czyta. Szukam roli, w której analiza spotyka się z ludźmi."
    ),
    "ru": (
        "Операционный аналитик с восьмилетним опытом в логистике и розничной торговле. Превращаю "
        "разрозненные данные в решения, которые команды могут применить, и люблю строить отчёты, которые "
        "действительно читают. Ищу работу, где анализ встречается с людьми."
    ),
    "zh": (
        "拥有八年物流与零售行业运营分析经验，擅长把零散的数据转化为团队能够执行的决策。"
        "注重报表的可读性与实用性，善于与业务部门沟通协作。希望加入重视数据与团队合作的公司。"
    ),
    "ja": (
        "物流・小売業界で8年間、業務分析に携わってきました。散らばったデータをチームが実行できる判断に変え、"
        "実際に読まれるレポートを作ることを大切にしています。分析と人をつなぐ仕事を希望しています。"
    ),
}
"""Per language, a headless profile paragraph (`summary="headless*"`): every word must come back as
`basics.summary`."""
