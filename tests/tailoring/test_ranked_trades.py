"""A summary that opens with a title in lower case after an article ("A director of operations ...",
"An apiary manager ..."), or with a rank before a trade no list names ("Lead Locksmith ...", "a chief
hydrographer ..."), claims that title: the person's own title in those forms is kept, a higher one is
not. A title abbreviated with a period ("As Asst. Store Manager, ...") ends no sentence. Written
before the rule, over trades and titles of their own."""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job, summary_kept

TRADES = (
    # (the person's title, their own title reworded, a higher title)
    ("Senior Glazier", "a senior glazier", "Lead Glazier"),
    ("Staff Cartographer", "A staff cartographer", "A chief cartographer"),
    ("Senior Farrier", "Sr. Farrier", "Master Farrier"),
    ("Assistant Store Manager", "An assistant store manager", "A store director"),
    ("Senior Upholsterer", "A senior upholsterer", "A head upholsterer"),
)


@pytest.mark.parametrize(("title", "own", "higher"), TRADES)
def test_a_summary_opening_with_a_title_claims_it(title: str, own: str, higher: str) -> None:
    source = one_job("Fitted the orders on time", "Baxter Works", title, "2016-04", "Kept the shop clean")
    rest = "focused on careful work for local clients."
    assert summary_kept(source, f"{own[:1].upper()}{own[1:]} {rest}")
    assert not summary_kept(source, f"{higher[:1].upper()}{higher[1:]} {rest}")


@pytest.mark.parametrize(
    ("title", "short"), [("Assistant Store Manager", "Asst."), ("Store Manager", "Mgr.")]
)
def test_a_title_abbreviated_with_a_period_ends_no_sentence(title: str, short: str) -> None:
    source = one_job("Opened the store on weekends", "Baxter Works", title, "2016-04", "Kept the shop clean")
    written = title.replace("Assistant", short) if short == "Asst." else title.replace("Manager", short)
    assert first_bullet_kept(source, f"As {written}, opened the store on weekends")
