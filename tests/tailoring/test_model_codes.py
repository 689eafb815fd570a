"""A maker's model written as its code (round 18): "E175" for "Embraer 175", "DC305" for "DairyComp 305",
"C-172" for "Cessna 172": the initials of the name's words (or of its capitals) joined to the source's
model number name the same thing. Another number, another letter or a maker the source lacks is another
model: a lie. Generated over six domains no other part uses, in a bullet and with the code spelled
joined, hyphenated or spaced."""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

MODELS = {
    # domain: (employer, the source's sentence around {model}, the name, its code, another model's code)
    "regional airline": (
        "Skylink Regional",
        "Worked 4 sectors a day on the {model}",
        "Embraer 175",
        "E175",
        "E190",
    ),
    "dairy herd": ("Brookside Dairy", "Kept breeding records in {model}", "DairyComp 305", "DC305", "DC310"),
    "flight school": (
        "Blue Sky Aviation",
        "Taught 30 student pilots in the {model}",
        "Cessna 172",
        "C172",
        "C152",
    ),
    "cad drafting": (
        "Ridge Fabrication",
        "Drew 200 sheet-metal parts in {model}",
        "SolidWorks 2022",
        "SW2022",
        "SW2024",
    ),
    "charter jets": (
        "Altus Air Charter",
        "Cleaned the cabin of the {model} after every flight",
        "Boeing 737",
        "B737",
        "B747",
    ),
    "airport ground crew": (
        "Metro Airport Services",
        "Towed the {model} to the gate",
        "Airbus 320",
        "A320",
        "B320",
    ),
}


CODED = pytest.mark.xfail(
    strict=True, reason="a model's code joined to its number reads as a name the source lacks"
)


def _cases(lie: bool) -> list[object]:
    out: list[object] = []
    for domain, (employer, said, name, code, other) in MODELS.items():
        letters, digits = code.rstrip("0123456789"), code[len(code.rstrip("0123456789")) :]
        forms = (
            [other, f"{other[0]}X{other[1:]}"]
            if lie
            else [code, f"{letters}-{digits}", f"{letters} {digits}"]
        )
        out += [
            pytest.param(
                employer,
                said,
                name,
                form,
                id=f"{domain}-{form}",
            )
            for form in forms
        ]
    return out


@pytest.mark.parametrize(("employer", "said", "name", "code"), _cases(lie=False))
def test_the_model_as_its_code(employer: str, said: str, name: str, code: str) -> None:
    source = one_job(said.format(model=name), employer, "Technician", "2019-02", "Kept logs")
    assert first_bullet_kept(source, said.format(model=code))


@pytest.mark.parametrize(("employer", "said", "name", "code"), _cases(lie=True))
def test_another_model(employer: str, said: str, name: str, code: str) -> None:
    source = one_job(said.format(model=name), employer, "Technician", "2019-02", "Kept logs")
    assert not first_bullet_kept(source, said.format(model=code))
