"""A public body named with its state or province written as a postal code ("MN SOS", "CA DMV", "ON MOL")
is the body the source names in full; another region's code is a place the source never names. Written
before the rule, over agencies of 10 fields in 10 states and provinces of three countries: each body as
the source writes it, shortened three ways (code and acronym, region and acronym, code and words), each
with two one-claim twins (another region's code, another body's acronym)."""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

BODIES = (
    # (a bullet naming the body, the region, its code, the body's words, its acronym, another code, another acronym)
    ("Filed annual reports with the {body}", "Minnesota", "MN", "Secretary of State", "SOS", "WI", "DOS"),
    (
        "Renewed fleet plates through the {body}",
        "California",
        "CA",
        "Department of Motor Vehicles",
        "DMV",
        "NV",
        "DOT",
    ),
    (
        "Passed market conduct exams by the {body}",
        "Texas",
        "TX",
        "Department of Insurance",
        "DOI",
        "OK",
        "DOL",
    ),
    ("Reported lost-time injuries to the {body}", "Ontario", "ON", "Ministry of Labour", "MOL", "QC", "MOH"),
    (
        "Filed discharge permits with the {body}",
        "Oregon",
        "OR",
        "Department of Environmental Quality",
        "DEQ",
        "WA",
        "DEP",
    ),
    (
        "Submitted school grant reports to the {body}",
        "New South Wales",
        "NSW",
        "Department of Education",
        "DoE",
        "VIC",
        "DoH",
    ),
    ("Registered new hires with the {body}", "Florida", "FL", "Department of Revenue", "DOR", "GA", "DOC"),
    (
        "Logged wage claims with the {body}",
        "Alberta",
        "AB",
        "Employment Standards Office",
        "ESO",
        "BC",
        "WCB",
    ),
    (
        "Renewed liquor licences with the {body}",
        "Queensland",
        "QLD",
        "Office of Liquor and Gaming Regulation",
        "OLGR",
        "NSW",
        "OFT",
    ),
    (
        "Reported outbreaks to the {body}",
        "Michigan",
        "MI",
        "Department of Health and Human Services",
        "DHHS",
        "OH",
        "DNR",
    ),
)


@pytest.mark.parametrize(
    ("bullet", "region", "code", "words", "acronym", "other_code", "other_acronym"), BODIES
)
def test_a_body_with_its_region_as_a_code(
    bullet: str, region: str, code: str, words: str, acronym: str, other_code: str, other_acronym: str
) -> None:
    source_line = bullet.format(body=f"{region} {words}")
    source = one_job(source_line, "Northfield Services", "Compliance Officer", "2019-01", "Kept the logs")
    for body in (f"{code} {acronym}", f"{region} {acronym}", f"{code} {words}"):
        assert first_bullet_kept(source, bullet.format(body=body)), body
    for body in (f"{other_code} {acronym}", f"{code} {other_acronym}"):
        assert not first_bullet_kept(source, bullet.format(body=body)), body
