"""The date-truth row (`benchmarks.date_truth`): each untrue reading of when is counted as its kind."""

from __future__ import annotations

from typing import Any

import pytest

from benchmarks import date_truth
from benchmarks import theme_accuracy as T
from benchmarks.parse_accuracy import corpus_module

from .conftest import CORPUS

pytestmark = pytest.mark.skipif(
    not (CORPUS / "score.py").exists(), reason="the corpus's score.py (../shared/corpus) is needed"
)


def _job(start: str | None, end: str | None, name: str = "Acme", **extra: Any) -> dict[str, Any]:
    return {"name": name, "position": "Clerk", "startDate": start, "endDate": end, **extra}


def _counts(parsed: list[dict[str, Any]], label: list[dict[str, Any]]) -> dict[str, int]:
    score = corpus_module(CORPUS, "score")
    return date_truth.count(score, {"work": parsed}, {"work": label, "education": []})


@pytest.mark.parametrize(
    ("parsed", "label", "kind"),
    [
        (_job("2019-03", "present"), _job("2019-03", "2021-05"), "invented_present"),
        (_job("2019-03", None), _job("2019-03", "2021-05"), "lost_end"),
        (_job("2019-03", "2021-05"), _job("2019-03", "present"), "lost_present"),
        (_job("2019-03", "2021-05"), _job("2019-03", None, current=True), "lost_present"),
        (_job("2018-03", "2021-05"), _job("2019-03", "2021-05"), "wrong_year"),
        (_job("2019-03", "2021-05"), _job(None, None), "invented_dates"),
    ],
)
def test_each_untrue_reading_is_counted_as_its_kind(
    parsed: dict[str, Any], label: dict[str, Any], kind: str
) -> None:
    counts = _counts([parsed], [label])
    wrong = {k for k in date_truth.KEYS[1:] if counts[k]}
    assert counts["matched"] == 1 and kind in wrong
    assert wrong <= {kind, "invented_present"}  # a lost end is an invented present too


def test_true_readings_and_unmatched_entries_count_nothing() -> None:
    parsed = [_job("2019-03", "present"), _job("2016", "2019", name="Beta"), _job("2001", None, name="Zeta")]
    label = [
        _job("2019-03", "present"),
        _job("2016-09", "2019-02", name="Beta"),
        _job(None, None, name="Omega"),
    ]
    counts = _counts(parsed, label)
    assert counts == dict.fromkeys(date_truth.KEYS, 0) | {"matched": 2}
    # an end the theme did not print: neither present nor ended, the parse cannot be blamed
    assert _counts([_job("2019", None)], [_job("2019", None, current=None)])["invented_present"] == 0


def test_the_row_names_every_count_and_the_table_prints_it_per_set() -> None:
    counts = dict(zip(date_truth.KEYS, range(10, 16), strict=True))
    assert date_truth.row(counts) == (
        "matched 10: invented present 11 (lost end 12), lost present 13, wrong year 14, invented dates 15"
    )
    agg = {"files": 1, "score": 0.5, "fields": {"work": 0.25}, "min_resume": 0.5}
    result: dict[str, Any] = {
        "people": 1,
        "themes": {"measure": 1, "tune": 1},
        "halves": {"measure": agg, "tune": agg},
        "date_truth": {"measure": counts, "tune": counts},
        "not_printed": {},
    }
    lines = [line for line in T.markdown(result).splitlines() if "matched 10: invented present 11" in line]
    assert [line.split(":")[0] for line in lines] == [
        "- measure themes (never read one by one)",
        "- tune themes",
    ]


def test_the_theme_label_marks_what_its_dates_do_not_say() -> None:
    resume = {
        "basics": {},
        "work": [_job("2019-03", None), _job("2016-09", "2018-02", name="Beta")],
        "education": [{"institution": "Universidade de São Paulo", "startDate": "2012", "endDate": "2016"}],
    }
    page = "Acme Clerk Mar 2019\nBeta Clerk Sep 2016\nUniversidade de São Paulo 2012 2016"
    label = T.label(resume, T.Printed(page, corpus_module(CORPUS, "score")))
    assert [j.get("current", "-") for j in label["work"]] == [True, None]  # held now; its end not printed
    assert label["education"][0] == {
        "institution": "Universidade de São Paulo",
        "startDate": "2012",
        "endDate": "2016",
    }
