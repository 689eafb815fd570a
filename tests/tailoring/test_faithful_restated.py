"""Faithful rewrites the consequence, number and name checks refused on the never-read parts (round 17),
generated over six domains no other part uses (piano tuning, bicycle repair, audiology, arboriculture,
ferry operations, bookbinding): a result restated as its consequence in another connective, a share in
words ("nearly half of" for 48%), a total from a count per unit and the units counted ("40 cars per
sailing on 6 sailings" as "240 cars"), names shortened, possessive or without their maker. Each true
form has a twin that changes one claim, which the guard must still remove."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job


@dataclass(frozen=True)
class Domain:
    employer: str
    means: str
    """What was done, as a bullet's start ("Moved hearing tests to online booking")."""
    metric: str
    """What it cut, as the source names it ("missed appointments")."""
    other: str
    """A metric of the same domain nobody says changed."""
    share: str
    """A bullet with {x} for a share of a whole ("Fitted hearing aids for {x} new patients")."""
    per: tuple[str, int, int, str]
    """(a bullet with {a} per unit and {b} units, a, b, the total's bullet with {x})."""
    names: tuple[str, str, str, str]
    """(a bullet with {x}, a name the source writes in full, its short form, another name's short form)."""


DOMAINS = {
    "piano tuning": Domain(
        "Keys & Strings Ltd",
        "Retuned the recital hall pianos weekly",
        "pitch complaints",
        "hammer repairs",
        "Tuned pianos at {x} the county's schools",
        ("Tuned {a} pianos per school on visits to {b} schools", 4, 9, "Tuned {x} pianos on school visits"),
        (
            "Voiced concert grands for {x}",
            "the Halden Symphony Orchestra",
            "the Halden Symphony",
            "the Oslo Symphony",
        ),
    ),
    "bicycle repair": Domain(
        "Spoke Street Cycles",
        "Rebuilt the fitting queue",
        "customer wait times",
        "warranty returns",
        "Fitted racing saddles for {x} the shop's customers",
        ("Trued {a} wheels per shift over {b} shifts a week", 14, 5, "Trued {x} wheels a week"),
        ("Serviced fleet bikes for {x}", "Nordwind Courier Services", "Nordwind Courier", "Sudwind Courier"),
    ),
    "audiology": Domain(
        "ClearSound Audiology",
        "Moved hearing tests to online booking",
        "missed appointments",
        "hearing aid refits",
        "Fitted hearing aids for {x} new patients",
        (
            "Ran {a} hearing tests per clinic day on {b} clinic days a week",
            12,
            4,
            "Ran {x} hearing tests a week",
        ),
        (
            "Referred patients to {x}",
            "the Northfield General Hospital",
            "Northfield General",
            "Southfield General",
        ),
    ),
    "arboriculture": Domain(
        "Green Canopy Tree Care",
        "Pruned street trees on a 3-year cycle",
        "storm limb failures",
        "stump removals",
        "Surveyed {x} the city's street trees",
        ("Pruned {a} street trees per block across {b} blocks", 25, 8, "Pruned {x} street trees"),
        ("Surveyed trees for {x}", "the Marlow Parks Department", "Marlow Parks", "Henley Parks"),
    ),
    "ferry operations": Domain(
        "Harbor Ferry Company",
        "Resequenced the car deck loading",
        "departure delays",
        "fuel costs",
        "Loaded {x} the sailings' freight trucks",
        ("Loaded {a} cars per sailing on {b} sailings a day", 40, 6, "Loaded {x} cars a day"),
        ("Crewed charters for {x}", "the Kestrel Island Council", "Kestrel Island", "Puffin Island"),
    ),
    "bookbinding": Domain(
        "Oak Leaf Bindery",
        "Switched the bindery to pre-cut boards",
        "binding errors",
        "paper waste",
        "Rebound {x} the archive's ledgers",
        ("Sewed {a} signatures per book for {b} books", 20, 30, "Sewed {x} signatures"),
        ("Rebound ledgers for {x}", "the Ashworth County Archives", "Ashworth County", "Barnley County"),
    ),
}

CONNECTIVES = ("so", "meaning", "which meant", "with the result that there were", "and as a result saw")
"""How a model restates a cut as what followed from the work."""


@pytest.mark.parametrize(
    ("d", "connective"),
    [pytest.param(d, c, id=f"{n}-{c}") for n, d in DOMAINS.items() for c in CONNECTIVES],
)
def test_a_cut_restated_as_what_followed(d: Domain, connective: str) -> None:
    source = one_job(
        f"{d.means}, cutting {d.metric} by 30%", d.employer, "Technician", "2019-02", "Kept logs"
    )
    assert first_bullet_kept(source, f"{d.means}, {connective} 30% fewer {d.metric}")
    assert not first_bullet_kept(source, f"{d.means}, {connective} 30% fewer {d.other}")
    assert not first_bullet_kept(source, f"{d.means}, {connective} 60% fewer {d.metric}")


SHARES = (
    # (the source's percent, a true share in words, a false one)
    ("48%", "nearly half of", "nearly two-thirds of"),
    ("50%", "half of", "a third of"),
    ("25%", "a quarter of", "half of"),
    ("34%", "a third of", "a quarter of"),
    ("75%", "three-quarters of", "a third of"),
)


@pytest.mark.parametrize(
    ("d", "said", "true", "false"),
    [pytest.param(d, *row, id=f"{n}-{row[1]}") for n, d in DOMAINS.items() for row in SHARES],
)
def test_a_share_in_words(d: Domain, said: str, true: str, false: str) -> None:
    source = one_job(d.share.format(x=f"{said} of"), d.employer, "Technician", "2019-02", "Kept logs")
    assert first_bullet_kept(source, d.share.format(x=true))
    assert not first_bullet_kept(source, d.share.format(x=false))


@pytest.mark.parametrize("d", [pytest.param(d, id=n) for n, d in DOMAINS.items()])
def test_a_total_from_a_count_per_unit(d: Domain) -> None:
    bullet, a, b, total = d.per
    source = one_job(bullet.format(a=a, b=b), d.employer, "Technician", "2019-02", "Kept logs")
    assert first_bullet_kept(source, total.format(x=a * b))
    assert first_bullet_kept(source, total.format(x=f"about {a * b}"))
    assert not first_bullet_kept(source, total.format(x=a * (b + 3)))
    assert not first_bullet_kept(source, total.format(x=f"about {a * b * 2}"))


@pytest.mark.parametrize("d", [pytest.param(d, id=n) for n, d in DOMAINS.items()])
def test_a_name_shortened_or_possessive(d: Domain) -> None:
    bullet, full, short, other = d.names
    source = one_job(bullet.format(x=full), d.employer, "Technician", "2019-02", "Kept logs")
    assert first_bullet_kept(source, bullet.format(x=short))
    assert not first_bullet_kept(source, bullet.format(x=other))
    short_employer = " ".join(d.employer.split()[:2])  # "Harbor Ferry" for "Harbor Ferry Company"
    at_work = one_job(f"{d.means} at {d.employer}", d.employer, "Technician", "2019-02", "Kept logs")
    assert first_bullet_kept(at_work, f"{d.means} at {short_employer}")
    assert not first_bullet_kept(at_work, f"{d.means} at Brightwater Works")
