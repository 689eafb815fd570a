"""An email address spelled out against harvesters is still the person's email, and prose that
only looks like one is not: both directions, every spelling and the text around it."""

from __future__ import annotations

import itertools

import pytest

from resume_api.parsing.contacts import find_email

ATS = ("[at]", "(at)", "{at}", "<at>", " [at] ", " (at) ", "[@]", "(@)", "＠", " [ at ] ", "(AT)")
DOTS = (".", "[dot]", " [dot] ", "(dot)", " (dot) ", "{dot}", "(.)", "[.]", " (DOT) ")
USERS = ("jane", "jane.doe", "j_doe+cv", "maria-kowalska")
HOSTS = (("example", "com"), ("mail", "example", "de"), ("uni-hamburg", "de"))
AROUND = ("{}", "E-mail: {}", "{} | +1 555 0100", "Kontakt: {} · Berlin", "邮箱：{}")


@pytest.mark.parametrize(
    ("at", "dot"),
    [pytest.param(a, d, id=f"{a.strip()}-{d.strip()}") for a, d in itertools.product(ATS, DOTS)],
)
def test_a_spelled_address_is_read(at: str, dot: str) -> None:
    for i, (user, host) in enumerate(itertools.product(USERS, HOSTS)):
        spelled = f"{user}{at}{dot.join(host)}"
        text = AROUND[i % len(AROUND)].format(spelled)
        assert find_email(text) == f"{user}@{'.'.join(host)}".lower(), text


@pytest.mark.parametrize(
    "text",
    [
        "Software Engineer @ Booking.com",
        "Data Scientist @Amazon.com, Seattle",
        "Product manager at a dot com startup",
        "jane at example dot com",
        "Rated 5 @ amazon.com by customers",
        "Reviewed (at) a glance. Com",
        "Led the team (at) Acme",
        "Shipped v2 [at] launch",
        "C# @ Microsoft.Azure",
        "Follow @jane on Twitter",
    ],
)
def test_prose_that_looks_like_an_address_is_not_one(text: str) -> None:
    assert find_email(text) is None


WRAPPED = ("anna.schneider@uni-hamburg.de", "j_doe+cv@mail.example.co.uk", "maria.kowalska@gmail.com",
           "firstname.lastname@company.com")  # fmt: skip
"""Addresses long enough to wrap in a narrow sidebar."""


def _breaks(address: str) -> list[int]:
    """Where a column breaks a long address: before or after the @, a dot, a hyphen, a plus or an
    underscore, or anywhere in the domain (a hard wrap; one between the user part's letters cannot
    be told from a word over an address, and is not read)."""
    marks = {i for i, c in enumerate(address) if c in "@.-_+"} | {
        i + 1 for i, c in enumerate(address) if c in "@.-_+"
    }
    hard = set(range(address.index("@") + 1, len(address) - 1))
    return sorted(i for i in marks | hard if 0 < i < len(address))


@pytest.mark.parametrize("address", WRAPPED)
def test_an_address_wrapped_over_two_lines_is_read_whole(address: str) -> None:
    for i in _breaks(address):
        for after in ("", "  |  Berlin"):
            text = f"{address[:i]}\n{address[i:]}{after}"
            assert find_email(text) == address, text


@pytest.mark.parametrize(
    "text",
    ["jane@example.com\nberlin", "jane@example.com\nhamburg · germany", "jane@example.de\nlinkedin.com/in/jane",
     "(123) 456-7890\njane@example.com", "15399756\njane@example.com", "university\njane@example.com",
     "Acme Inc.\njane@example.com", "Tel. +49 30 1234-\njane@example.com", "2501\njane@example.com"],
)  # fmt: skip
def test_the_lines_around_an_address_are_not_joined_to_it(text: str) -> None:
    assert find_email(text) == next(t for t in text.split("\n") if "@" in t)


BESIDE = ("Experience", "Berufserfahrung", "Опыт работы", "2019 – 2023", "工作经历")
"""What the main column prints on the row where a sidebar's address wraps: a row of a two-column
page is read as cells joined by a tab."""


@pytest.mark.parametrize("address", WRAPPED)
def test_an_address_wrapped_in_a_sidebar_cell_is_read_whole(address: str) -> None:
    for i in _breaks(address):
        for other in BESIDE:
            text = f"{address[:i]}\t{other}\n{address[i:]}"
            assert find_email(text) == address, text


@pytest.mark.parametrize("address", WRAPPED)
def test_a_whole_address_in_a_row_is_not_joined_to_another_items_wrapped_rest(address: str) -> None:
    """A contact row of flex items: the address whole in its item, a profile's link wrapped in the
    next (`linkedin / jane-roe-` over `ca`), the rest under it: the address stays as it is; an
    address cut in its own item (`anna.schneider@uni-` over `hamburg.de`) is joined."""
    for rest in ("ca", "in", "de", "com", "dev"):
        text = f"{address}\tlinkedin / jane-roe-\n+44 20 7946 0958\t{rest}"
        assert find_email(text) == address, text
    cut = address.index("@") + 1
    text = f"Berlin\t+44 20 7946 0958\t{address[:cut]}\nDE\t{address[cut:]}"
    assert find_email(text) == address, text
