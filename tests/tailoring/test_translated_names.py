"""A body's name the source writes in its own language, given in English ("Ministry of Health" for
"Ministère de la Santé"), is the source's name; another body in English, or the name with one more
word, is not. Written before the rule, over names of their own in six languages, in any word order."""

from __future__ import annotations

import pytest

from resume_api.tailoring.translated import capital_runs, translated_words, translates
from resume_api.tailoring.wording import stem
from tests.tailoring.guarded import first_bullet_kept, one_job

NAMES = (
    # (the source's name, in English, another body in English, the English with one more word)
    ("Ministerio de Trabajo", "Ministry of Labour", "Ministry of Justice", "Ministry of Labour and Housing"),
    (
        "Ministère de la Culture",
        "Ministry of Culture",
        "Ministry of Agriculture",
        "Ministry of Culture and Arts",
    ),
    ("Ministério da Saúde", "Ministry of Health", "Ministry of Finance", "Federal Ministry of Health"),
    (
        "Ministero dell'Istruzione",
        "Ministry of Education",
        "Ministry of Health",
        "Ministry of Higher Education",
    ),
    ("Ministerstwo Zdrowia", "Ministry of Health", "Ministry of Labour", "Ministry of Public Health"),
    ("Instituto Nacional de Estadística", "National Statistics Institute", "National Health Institute", None),
    ("Câmara Municipal do Porto", "Porto City Council", "Lisbon City Council", "Porto City Council Office"),
    ("Agence nationale de la recherche", "National Research Agency", "National Security Agency", None),
)


@pytest.mark.parametrize(("native", "english", "other", "more"), NAMES)
def test_a_name_given_in_english_is_the_source_name(
    native: str, english: str, other: str, more: str | None
) -> None:
    source = one_job(
        f"Filed reports with the {native}", "Harbor Analytics", "Research Analyst", "2018-01", "Drew charts"
    )
    assert first_bullet_kept(source, f"Filed reports with the {english}")
    assert not first_bullet_kept(source, f"Filed reports with the {other}")
    if more:
        assert not first_bullet_kept(source, f"Filed reports with the {more}")


def test_a_run_ends_at_a_mark_and_joins_over_little_words_and_hyphens() -> None:
    runs = capital_runs("Sent data to the Directorate-General of the Maritime Authority (DGAM), weekly")
    assert runs == [["directorate", "general", "of", "the", "maritime", "authority"]]
    assert capital_runs("Billed Acme Corp, then Globex Corp") == [
        ["billed", "acme", "corp"],
        ["globex", "corp"],
    ]
    said = [[stem(w) for w in ["envió", "informes", "al", "ministerio", "de", "salud"]]]
    assert translated_words("Reported for the Ministry of Health", said) == {"ministry", "of", "health"}


def test_every_word_of_the_run_is_stood_for() -> None:
    said = [
        stem(w)
        for w in [
            "filed",
            "reports",
            "with",
            "the",
            "instituto",
            "nacional",
            "de",
            "seguridad",
            "y",
            "salud",
            "en",
            "el",
            "trabajo",
        ]
    ]
    english = [stem(w) for w in ["national", "institute", "for", "safety", "and", "health", "at", "work"]]
    assert translates(english, said)
    assert not translates([*english[:-1], stem("statistics")], said)
    assert not translates([*english, stem("housing")], said)
