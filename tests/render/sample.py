"""A synthetic one-page resume: nobody's real data, non-ASCII on purpose, every common section.

Used by the renderer tests (Unicode, links, page count) and by `benchmarks/render_samples.py`
for the template pictures in `docs/`.
"""

from __future__ import annotations

from resume_api.models.resume import Resume

SAMPLE: dict[str, object] = {
    "basics": {
        "name": "François Müller-Søndergaard",
        "label": "Senior Data Engineer",
        "email": "francois.muller@example.com",
        "phone": "+45 20 12 34 56",
        "url": "https://fms.example.dev",
        "location": {"address": "Copenhagen, Denmark", "city": "Copenhagen", "countryCode": "DK"},
        "profiles": [
            {
                "network": "LinkedIn",
                "username": "fmsondergaard",
                "url": "https://linkedin.com/in/fmsondergaard",
            },
            {"network": "GitHub", "username": "fmsdata", "url": "https://github.com/fmsdata"},
        ],
        "summary": (
            "Data engineer with nine years of experience building batch and streaming pipelines for "
            "logistics and retail. Cut warehouse costs by a third at Nordlys Freight, led a team of five, "
            "and enjoys turning messy operational data into products people rely on."
        ),
    },
    "work": [
        {
            "name": "Nordlys Freight A/S",
            "position": "Senior Data Engineer",
            "location": "Copenhagen, Denmark",
            "startDate": "2021-03",
            "endDate": "present",
            "highlights": [
                "Led a team of five building the Kafka and Flink platform that tracks 40,000 shipments a day",
                "Moved 300 nightly jobs from Hadoop to dbt on Snowflake, cutting warehouse costs by 34%",
                "Introduced data contracts and lineage checks; incidents caused by schema drift fell from 11 to 2 a quarter",
            ],
        },
        {
            "name": "Købmand Retail Group",
            "position": "Data Engineer",
            "location": "Aarhus, Denmark",
            "startDate": "2018-01",
            "endDate": "2021-02",
            "highlights": [
                "Built the demand-forecast feature store used by 120 stores, in Python and Airflow",
                "Reduced the daily sales load from four hours to 25 minutes with partitioned Parquet",
            ],
        },
        {
            "name": "Université Paris-Saclay",
            "position": "Research Assistant",
            "location": "Paris, France",
            "startDate": "2016-09",
            "endDate": "2017-12",
            "highlights": ["Wrote the Spark pipeline behind a published study of 2 billion GPS points"],
        },
    ],
    "education": [
        {
            "institution": "Technical University of Denmark",
            "studyType": "Master of Science",
            "area": "Computer Science",
            "startDate": "2014-09",
            "endDate": "2016-06",
            "location": "Lyngby, Denmark",
        },
        {
            "institution": "Université de Lyon",
            "studyType": "Bachelor of Science",
            "area": "Mathematics",
            "startDate": "2011-09",
            "endDate": "2014-06",
            "location": "Lyon, France",
        },
    ],
    "skills": [
        {"name": "Languages", "keywords": ["Python", "SQL", "Scala", "Go"]},
        {
            "name": "Data",
            "keywords": ["Kafka", "Flink", "Spark", "dbt", "Snowflake", "Airflow", "PostgreSQL"],
        },
        {"name": "Cloud", "keywords": ["AWS", "Terraform", "Kubernetes", "Docker"]},
    ],
    "certificates": [
        {
            "name": "AWS Certified Data Engineer – Associate",
            "issuer": "Amazon Web Services",
            "date": "2023-05",
        },
    ],
    "languages": [
        {"language": "French", "fluency": "Native"},
        {"language": "Danish", "fluency": "Fluent"},
        {"language": "English", "fluency": "Fluent"},
    ],
    "sections": [
        {"heading": "Summary", "key": "summary"},
        {"heading": "Experience", "key": "work"},
        {"heading": "Education", "key": "education"},
        {"heading": "Skills", "key": "skills"},
        {"heading": "Certifications", "key": "certificates"},
        {"heading": "Languages", "key": "languages"},
    ],
}


def sample_resume() -> Resume:
    return Resume.model_validate(SAMPLE)


# ----------------------------------------------------------------------------------------------
# Every script: names, headings and bullets beyond Latin (tests/render/test_scripts.py, benchmarks)

LTR = {
    "zh": ("王小明", "分布式系统工程师", "设计了每天处理十亿条消息的平台"),
    "ja": ("山田太郎", "株式会社テスト", "クラウド基盤を設計し、コストを削減した"),
    "ko": ("김민준", "삼성전자", "대규모 분산 시스템을 설계했습니다"),
    "hi": ("राहुल शर्मा", "टाटा कंसल्टेंसी सर्विसेज", "क्लाउड प्लेटफ़ॉर्म विकसित किया"),
    "th": ("สมชาย ใจดี", "บริษัท ไทยซอฟต์ จำกัด", "พัฒนาระบบชำระเงินออนไลน์"),
    "el": ("Νίκος Παπαδόπουλος", "Ακμή Λογισμικό", "Ανάπτυξη συστημάτων πληρωμών"),
    "ru": ("Иван Петров", "Яндекс", "Разработка поисковой системы"),
}
RTL = {
    "ar": ("محمد علي", "جامعة الملك سعود", "تطوير أنظمة الدفع الإلكتروني"),
    "he": ("דוד כהן", "שטראוס גרופ", "פיתוח מערכות בזמן אמת"),
}
HEADINGS = {
    "zh": "项目经历",
    "ja": "自己PR",
    "ko": "수상 경력",
    "hi": "उपलब्धियाँ",
    "th": "ผลงาน",
    "el": "Διακρίσεις",
    "ru": "Достижения",
    "ar": "الإنجازات",
    "he": "הישגים",
}


def multiscript() -> Resume:
    scripts = {**LTR, **RTL}
    return Resume.model_validate(
        {
            "basics": {"name": "王小明", "email": "wang@example.com", "label": "راهول शर्मा"},
            "work": [
                {"name": org, "position": name, "startDate": "2020-01", "highlights": [bullet]}
                for name, org, bullet in scripts.values()
            ],
            "sections": [
                {"heading": "Experience", "key": "work"},
                *({"heading": h, "key": "other", "text": f"• {scripts[k][2]}"} for k, h in HEADINGS.items()),
            ],
        }
    )
