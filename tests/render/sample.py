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
