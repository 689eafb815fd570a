"""A count of the things the source lists one by one (round 18): "Managed an analyst and an assistant
coach" says 2 staff, "Trained a pharmacist, a technician and a cashier" 3; a model writes the count
("Managed 2 staff: an analyst and an assistant coach"). One more than the list holds is a lie. Generated
over six domains no other part uses, lists of two and three, the count in digits and in words, the
list after a colon or in brackets."""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

LISTS = {
    # domain: (the verb, the items, the noun that counts them, the rest of the sentence)
    "esports staff": ("Managed", ("an analyst", "an assistant coach"), "staff", ""),
    "pharmacy till": ("Trained", ("a pharmacist", "a technician", "a cashier"), "staff", " on the new till"),
    "restaurant kitchen": ("Hired", ("a sous chef", "a line cook"), "cooks", " for the summer menu"),
    "boat refit": (
        "Worked with",
        ("an electrician", "a plumber", "a carpenter"),
        "contractors",
        " on the refit",
    ),
    "charity office": ("Wrote", ("a grant proposal", "an annual report"), "reports", " for the board"),
    "orchard": ("Supervised", ("a foreman", "an apprentice", "a seasonal picker"), "workers", " at harvest"),
}
WORDS = {2: "two", 3: "three", 4: "four"}
FORMS = ("{verb} {n} {noun}: {items}{rest}", "{verb} {word} {noun} ({items}){rest}")


def _listed(items: tuple[str, ...]) -> str:
    return ", ".join(items[:-1]) + " and " + items[-1]


def _cases(lie: bool) -> list[object]:
    out: list[object] = []
    for domain, (verb, items, noun, rest) in LISTS.items():
        source = f"{verb} {_listed(items)}{rest}"
        n = len(items) + lie
        for form in FORMS:
            rewrite = form.format(verb=verb, n=n, word=WORDS[n], noun=noun, items=_listed(items), rest=rest)
            out.append(pytest.param(source, rewrite, id=f"{domain}-{rewrite}"))
    return out


@pytest.mark.parametrize(("source", "rewrite"), _cases(lie=False))
def test_the_count_of_a_list(source: str, rewrite: str) -> None:
    assert first_bullet_kept(one_job(source, "Acme Ltd", "Coordinator", "2019-02", "Kept logs"), rewrite)


@pytest.mark.parametrize(("source", "rewrite"), _cases(lie=True))
def test_one_more_than_listed(source: str, rewrite: str) -> None:
    assert not first_bullet_kept(one_job(source, "Acme Ltd", "Coordinator", "2019-02", "Kept logs"), rewrite)
