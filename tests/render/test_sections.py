"""Every section printed (issue #10 item 5, render side): each writer prints every value of every
JSON Resume section, and every section kept only as text, in every template. Checked as words, in
the spirit of `../shared/corpus/preserve.py`: each value's words are in the document's words
(dates as the template prints them, URLs as the document shows or links them)."""

from __future__ import annotations

import io
import json
import re
import zipfile
from typing import Any

import pytest

from resume_api.models.resume import Resume
from resume_api.render import FORMATS, TEMPLATES, render
from resume_api.render.print_plan import display_url, format_date, link_target
from resume_api.render.templates import style_for

DATES = {"startDate", "endDate", "date", "releaseDate"}

FULL: dict[str, Any] = {
    "basics": {
        "name": "Grace Hopper",
        "label": "Rear Admiral and Computer Scientist",
        "email": "grace@example.com",
        "phone": "+1 202 555 0147",
        "url": "https://grace.example.org",
        "summary": "Pioneer of machine-independent programming languages.\nInvented the first compiler.",
        "location": {
            "address": "1 Navy Yard",
            "postalCode": "20374",
            "city": "Washington",
            "region": "District of Columbia",
            "countryCode": "US",
        },
        "profiles": [
            {"network": "GitHub", "username": "ghopper", "url": "https://github.com/ghopper"},
            {"network": "Mastodon", "username": "grace"},
        ],
    },
    "work": [
        {
            "name": "Remington Rand",
            "position": "Senior Software Engineer",
            "location": "Philadelphia",
            "url": "https://remington.example.com",
            "startDate": "2009-06",
            "endDate": "2017-12",
            "summary": "Led the UNIVAC programming team.",
            "description": "Computer manufacturer.",
            "highlights": ["Wrote the A-0 compiler", "Designed FLOW-MATIC"],
        }
    ],
    "volunteer": [
        {
            "organization": "Computer History Society",
            "position": "Lecturer",
            "url": "https://chs.example.org",
            "startDate": "2018",
            "endDate": "2020",
            "summary": "Gave talks on nanoseconds.",
            "highlights": ["Handed out wires a foot long"],
        }
    ],
    "education": [
        {
            "institution": "Yale University",
            "url": "https://yale.example.edu",
            "area": "Mathematics",
            "studyType": "Doctor of Philosophy",
            "startDate": "2003",
            "endDate": "2007",
            "score": "Summa cum laude",
            "location": "New Haven",
            "courses": ["Abstract Algebra", "Number Theory"],
        }
    ],
    "awards": [
        {
            "title": "National Medal of Technology",
            "date": "2019",
            "awarder": "President Bush",
            "summary": "For pioneering accomplishments.",
        }
    ],
    "certificates": [
        {
            "name": "Naval Reserve Commission",
            "date": "2013-12",
            "issuer": "US Navy",
            "url": "https://navy.example.mil/cert",
        }
    ],
    "publications": [
        {
            "name": "The Education of a Computer",
            "publisher": "ACM",
            "releaseDate": "2012-05",
            "url": "https://acm.example.org/education",
            "summary": "Argued for automatic programming.",
        }
    ],
    "skills": [{"name": "Programming", "level": "Master", "keywords": ["COBOL", "Assembly"]}],
    "languages": [{"language": "English", "fluency": "Native"}, {"language": "German", "fluency": "Reading"}],
    "interests": [{"name": "Clocks", "keywords": ["Dismantling", "Rebuilding"]}],
    "references": [{"name": "Howard Aiken", "reference": "She debugged the Mark II."}],
    "projects": [
        {
            "name": "COBOL",
            "description": "A common business-oriented language.",
            "highlights": ["Adopted by the Department of Defense"],
            "keywords": ["Compilers", "Standards"],
            "startDate": "2015",
            "endDate": "2016",
            "url": "https://cobol.example.org",
            "roles": ["Technical advisor"],
            "entity": "CODASYL",
            "type": "Standard",
        }
    ],
    "sections": [
        {"heading": "Summary", "key": "summary"},
        {"heading": "Experience", "key": "work"},
        {
            "heading": "Teaching",
            "key": "other",
            "text": "Taught Computer Logic at Vassar\n• Graded punched cards",
        },
        {"heading": "Patents", "key": "other", "text": "Method of compiling\t2014"},
    ],
}

UNSTRUCTURED = {
    "basics": {"name": "Ada Lovelace"},
    "sections": [
        {"heading": "Honours", "key": "awards", "text": "Fellow of the Analytical Society 1843"},
        {"heading": "Leadership", "key": "other", "text": "Chaired the Difference Engine Circle"},
    ],
}


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def _values(data: Any, key: str = "") -> list[tuple[str, str]]:
    """(field, value) for every string the resume holds. Not the `key` of a raw section, nor the
    heading of a JSON Resume section: documents print the standard heading ("Awards" for
    "Honours", which parsers and ATS software recognise), JSON Resume has no headings."""
    if isinstance(data, dict):
        if "key" in data and data["key"] != "other":
            return _values(data.get("text", ""), "text")
        return [kv for k, v in data.items() if k != "key" for kv in _values(v, k)]
    if isinstance(data, list):
        return [kv for v in data for kv in _values(v, key)]
    return [(key, data)] if isinstance(data, str) else []


def _document_text(data: bytes, fmt: str) -> str:
    if fmt == "pdf":
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        parts = [page.extract_text() for page in reader.pages]
        for page in reader.pages:
            for ref in page.get("/Annots") or []:
                parts.append(str(ref.get_object()["/A"]["/URI"]))
        return "\n".join(parts)
    if fmt == "docx":
        from docx import Document

        doc = Document(io.BytesIO(data))
        rels = zipfile.ZipFile(io.BytesIO(data)).read("word/_rels/document.xml.rels").decode()
        return "\n".join([p.text for p in doc.paragraphs] + re.findall(r'Target="([^"]+)"', rels))
    if fmt == "md":
        return re.sub(r"\\(.)", r"\1", data.decode("utf-8"))
    return "\n".join(v for _, v in _values(json.loads(data)))


def _expected(field: str, value: str, fmt: str, template: str) -> str:
    if fmt != "json" and field in DATES:
        return format_date(value, style_for(template).date_style) or ""
    if field == "url":
        target = link_target(value) or ""
        return target if fmt == "json" else display_url(target)
    return value


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("source", [FULL, UNSTRUCTURED], ids=["every-section", "unstructured"])
def test_every_value_of_every_section_is_printed(source: dict[str, Any], template: str, fmt: str) -> None:
    resume = Resume.model_validate(source)
    words = _words(_document_text(render(resume, fmt, template).data, fmt))
    lost = [
        (field, value)
        for field, value in _values(source)
        if not _words(_expected(field, value, fmt, template)) <= words
    ]
    assert lost == [], f"{template}.{fmt} lost {lost}"
