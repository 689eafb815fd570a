"""An address that ends a line is whole when the next line starts with a short word of its own.

`jane@example.com` then `bar` on the next line (or `jane@example.com<TAB>foo` over `bar`: a row of
cells) once read `jane@example.combar`: the rule that joins `…@gmail.co` / `m` (an ending a narrow
column wrapped) took any three lower-case letters. Generated over every ending `contacts._TLDS`
knows, short words that begin the next line (a place, a word of prose, a company's suffix), with
and without a cell after the address; the other side, addresses wrapped inside their ending, still
join.
"""

from __future__ import annotations

import pytest

from resume_api.parsing.contacts import _TLDS, find_email

WORDS = ("bar", "via", "los", "und", "pro", "web", "gmbh", "ltd", "san", "new", "el", "am")
ENDINGS = sorted(t for t in _TLDS if len(t) <= 4)


def _apart() -> list[tuple[str, str, str]]:
    out = []
    for i, tld in enumerate(ENDINGS):
        for j, word in enumerate(WORDS):
            if (tld + word) in _TLDS or (i + j) % 3:
                continue  # a third of the pairs; an ending that a word completes (`co` `m`) joins
            out.append((tld, word, "\tLondon" if j % 2 else ""))
    return out


@pytest.mark.parametrize(
    ("tld", "word", "cell"),
    [pytest.param(*c, id=f"{c[0]}-{c[1]}{'-cell' if c[2] else ''}") for c in _apart()],
)
def test_an_address_ending_a_line_stays_whole(tld: str, word: str, cell: str) -> None:
    text = f"Jane Doe\njane.doe@example.{tld}{cell}\n{word} Madrid"
    assert find_email(text) == f"jane.doe@example.{tld}"


@pytest.mark.parametrize("tld", [t for t in ENDINGS if len(t) >= 3])
def test_an_address_wrapped_inside_its_ending_joins(tld: str) -> None:
    for cut in range(1, len(tld)):
        text = f"Jane Doe\njane.doe@example.{tld[:cut]}\n{tld[cut:]}\nMadrid"
        assert find_email(text) == f"jane.doe@example.{tld}", cut
