"""Shared fixtures: the local runner (moto behind API Gateway and the functions), an HTTP client, sessions.

Integration tests talk HTTP to the same runner `make dev` serves, so each one crosses
API Gateway → authorizer → function → moto, as a request on AWS does.
"""

from __future__ import annotations

import ast
import gc
import io
import itertools
import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# As the template sets it for every function: the use cases the fast tier runs in this process emit
# Powertools metrics, and Powertools flushes them (which needs a namespace) every 100 values.
os.environ.setdefault("POWERTOOLS_METRICS_NAMESPACE", "ResumeApi")

import httpx
import pytest
from _pytest.mark.expression import Expression
from hypothesis import settings

from local_runner.aws import Fault
from local_runner.console import Console
from local_runner.runner import LocalRunner
from tests import shared_cache

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
CORPUS = Path(os.environ.get("RESUME_CORPUS", ROOT.parent / "shared" / "corpus"))
CORPUS_MISSING = (
    f"needs the real-resume corpus, which is not part of this repository: "
    f"put it at {CORPUS} (resumes/, labels/, jd/, score.py) or set RESUME_CORPUS to its folder"
)
NO_CORPUS_FILE = CORPUS / "(corpus missing)"
"""Stands in for the files of a parametrized corpus test when the corpus is absent; such a test skips."""
CANARY_KEY = "sk-canary-7f3a9c1e5b2d4f6a8c0e"

settings.register_profile("suite", derandomize=True, database=None, deadline=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))
"""Every property test draws the same examples on every run and on every worker (`derandomize`, no
example database), so a failure reproduces and an xdist split cannot change what is tested; each
test's own `@settings` keep their example counts. No deadline: a property test checks what holds,
not how fast (speed is for the benchmarks; on a loaded 2-core machine hypothesis's 200 ms per
example failed a correct test now and then). Under `HYPOTHESIS_PROFILE=explore` the tests that
do not fix their own seed draw new examples."""


def corpus_path(*parts: str) -> Path:
    """A path inside the outside corpus; the test skips, saying where to put the corpus, if it is absent.

    Every corpus test goes through here, so a clone without the corpus reports one skip line.
    """
    if not CORPUS.is_dir():
        pytest.skip(CORPUS_MISSING)
    path = CORPUS.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not in this copy of the corpus")
    return path


def corpus_files(folder: str, *suffixes: str) -> list[Path]:
    """The corpus files of one folder to parametrize over: `[NO_CORPUS_FILE]` (which skips) if absent."""
    directory = CORPUS / folder
    if not directory.is_dir():
        return [NO_CORPUS_FILE]
    return sorted(p for p in directory.iterdir() if not suffixes or p.suffix.lower() in suffixes)


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The corpus folder, for tests that need it whole (skips when absent)."""
    return corpus_path()


def pytest_runtest_setup(item: pytest.Item) -> None:
    callspec = getattr(item, "callspec", None)
    if callspec is not None and any(value is NO_CORPUS_FILE for value in callspec.params.values()):
        corpus_path()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """Report every skip for the missing corpus at one place, so the summary shows it as one line."""
    report = yield
    longrepr = report.longrepr
    if report.skipped and isinstance(longrepr, tuple) and longrepr[2].endswith(CORPUS_MISSING):
        here = str(Path(__file__).relative_to(ROOT))
        report.longrepr = (here, corpus_path.__code__.co_firstlineno, longrepr[2])
    return report


FULL_SUITE_ONLY = ("tests/parsing/test_mutation_property.py",)
"""Property tests that explore hundreds of generated files a run: `make test` runs them, `make test-fast` not."""


SHARED_PARSES = (
    "tests/parsing/test_corpus.py",
    "tests/parsing/test_hidden_text.py",
    "tests/parsing/test_layouts.py",
    "tests/parsing/test_parse_words.py",
    "tests/parsing/test_reader_words.py",
    "tests/render/test_round_trip.py",
    "tests/unit/test_values.py",
)
"""Files that read the same parses and generated files (tests/parsed.py, layouts.render): one xdist
worker runs them all, so each document is parsed once (test_values checks every corpus parse)."""


SWEEPS: dict[str, int] = {
    "tests/parsing/test_layouts.py::test_generated_layout_parses_back": 6,
    "tests/parsing/test_layouts.py::test_every_variant_renders_the_text_it_was_given": 4,
    "tests/parsing/test_html_layouts.py::test_html_layout_parses_back": 4,
    "tests/parsing/test_html_layouts.py::test_every_html_layout_prints_its_contact_and_jobs": 2,
    "tests/parsing/test_contact_themes.py::test_a_themes_basics_read_back": 8,
    "tests/parsing/test_covered_rendered.py::test_covered_is_what_the_rendering_hides": 8,
    "tests/parsing/test_contact_rows.py::test_a_contact_rows_items_read_apart_and_back": 6,
    "tests/parsing/test_layout_cells_round4.py::test_cell_parses_back": 3,
    "tests/parsing/test_layout_cells_round5.py::test_cell_parses_back": 3,
    "tests/parsing/test_parse_words.py::test_generated_layout_words_are_kept": 4,
    "tests/parsing/test_parse_words.py::test_tune_half_words_are_kept": 3,
    "tests/parsing/test_parse_words.py::test_every_word_of_a_generated_layout_survives_the_parse": 22,
    "tests/parsing/test_reader_words.py::test_generated_layout_words_are_all_read": 4,
    "tests/parsing/test_reader_words.py::test_tune_half_words_are_all_read": 3,
    "tests/parsing/test_corpus.py::test_every_corpus_resume_parses_and_validates": 3,
    "tests/parsing/test_hidden_text.py::test_corpus_resumes_carry_no_warnings": 3,
    "tests/render/test_round_trip.py::test_every_corpus_resume_survives_a_round_trip": 3,
    "tests/render/test_round_trip.py::test_corpus_resume_survives_a_round_trip": 2,
    "tests/render/test_round_trip_values.py::test_a_value_people_write_reads_back": 6,
    "tests/render/test_round_trip_skills.py::test_a_skills_shape_reads_back_from_every_template": 8,
    "tests/render/test_round_trip_values.py::test_a_partnership_reads_back_whole": 2,
    "tests/parsing/test_present_words.py::test_a_present_word_is_not_left_over": 20,
    "tests/parsing/test_side_by_side.py::test_side_by_side_sections_are_read_a_column_at_a_time": 24,
    "tests/parsing/test_side_by_side.py::test_side_by_side_sections_keep_every_word": 24,
    "tests/parsing/test_layout_cells_round10.py::test_trade_titled_jobs_parse_back": 12,
    "tests/parsing/test_layout_cells_round11.py::test_degrees_parse_back": 12,
    "tests/parsing/test_layout_cells_round12.py::test_jobs_whose_title_is_easy_to_lose_parse_back": 12,
    "tests/parsing/test_layout_cells_round14.py::test_employers_named_as_partnerships_parse_back": 12,
    "tests/parsing/test_labelled_line_heads.py::test_a_labelled_line_holding_a_section_word_stays_in_its_section": 15,
    "tests/render/test_own_headings.py::test_headings_in_the_persons_language_print_and_read_back": 2,
    "tests/parsing/test_layout_cells_round6.py::test_cell_parses_back": 3,
    "tests/parsing/test_summary_headless.py::test_a_summary_without_heading_is_the_summary": 12,
    "tests/parsing/test_summary_headless.py::test_a_summary_without_heading_is_the_summary_html": 4,
    "tests/parsing/test_header_languages.py::test_languages_in_the_contact_block_are_the_languages": 8,
    "tests/parsing/test_minor_headings.py::test_a_small_bold_heading_after_the_first_sections_heads_its_own": 8,
    "tests/parsing/test_entries_round7.py::test_cell_parses_back": 3,
    "tests/parsing/test_noise.py::test_jobs_read_through_the_noise": 3,
    "tests/parsing/test_unknown_languages.py::test_unknown_language_reads_back_by_structure": 2,
    "tests/parsing/test_told_roles.py::test_cell_parses_back": 3,
    "tests/parsing/test_intern_titles.py::test_cell_parses_back": 3,
    "tests/parsing/test_name_forms.py::test_the_name_is_read_whole_in_every_form": 3,
    "tests/parsing/test_name_forms.py::test_a_line_beside_the_name_in_its_type_is_not_joined_to_it": 2,
    "tests/parsing/test_contact_at_end.py::test_a_phone_beside_the_email_at_the_end_is_read": 2,
    "tests/parsing/test_contact_places.py::test_the_phone_and_email_are_read_where_the_template_puts_them": 3,
    "tests/parsing/test_heading_places.py::test_headings_are_found_in_every_dress_and_place": 3,
    "tests/parsing/test_skill_lists.py::test_a_label_set_apart_by_bold_type_alone_is_not_a_skill": 3,
    "tests/parsing/test_contact_at_end.py::test_numbers_beside_the_email_that_are_not_a_phone_are_not_taken": 1,
    "tests/render/test_own_headings.py::test_a_standard_heading_in_the_persons_language_reads_back_as_its_key": 2,
    "tests/unit/test_values.py::test_every_corpus_parse_passes_the_entry_rules": 3,
    # the families of sessions 13-16 with no sample of their own (suite17: ~150 s of test-fast CPU)
    "tests/parsing/test_education_sized_stack.py::test_a_stack_in_sizes_keeps_its_dates": 16,
    "tests/parsing/test_layout_cells_round13.py::test_jobs_printed_as_html_themes_print_them_parse_back": 12,
    "tests/parsing/test_education_some_dated.py::test_undated_schools_beside_dated_ones_are_entries": 12,
    "tests/parsing/test_education_dates_last.py::test_dates_printed_last_close_their_degree": 12,
    "tests/parsing/test_location_forms.py::test_the_place_in_the_header_is_the_location": 12,
    "tests/parsing/test_name_forms.py::test_a_stacked_name_stops_at_a_line_that_is_not_a_part_of_it": 6,
    "tests/parsing/test_name_forms.py::test_every_person_of_a_language_is_read_whole_in_a_sidebar_or_stacked": 6,
    "tests/parsing/test_layout_cells_round15.py::test_crosswise_names_parse_back_by_the_documents_habit": 12,
    "tests/parsing/test_education_same_type.py::test_a_degree_in_one_type_keeps_its_lines_apart": 16,
    "tests/parsing/test_education_margin_dates.py::test_schools_dated_in_a_margin_column_read_back": 16,
    "tests/parsing/test_education_headings_beside.py::test_sections_printed_side_by_side_after_education_are_no_schools": 12,
    "tests/parsing/test_education_wrapped_range.py::test_a_name_and_its_range_wrapped_together_are_one_school": 12,
    "tests/parsing/test_referee_email.py::test_the_persons_email_after_a_referees_is_theirs": 8,
    "tests/parsing/test_work_open_start.py::test_the_newest_jobs_lone_date_among_ranges_is_its_open_start": 12,
    "tests/parsing/test_work_open_start.py::test_an_older_jobs_lone_date_stays_a_point": 6,
    "tests/parsing/test_work_open_start.py::test_a_section_of_lone_dates_stays_as_printed": 6,
    "tests/parsing/test_education_some_dated.py::test_courses_under_each_school_stay_with_it": 8,
    "tests/parsing/test_education_some_dated.py::test_a_qualification_no_word_names_under_its_school": 8,
    "tests/parsing/test_education_dates_last.py::test_lines_under_the_dates_stay_with_the_degree_above": 8,
    "tests/parsing/test_education_bare_schools.py::test_bare_schools_under_a_dated_one_are_entries": 12,
    "tests/parsing/test_education_dated_stack.py::test_a_stack_dated_beside_its_opener_keeps_every_school": 12,
    "tests/parsing/test_entries_employer_aside.py::test_brands_in_parentheses_stay_in_the_employer_and_a_place_is_the_place": 12,
    "tests/parsing/test_work_other_sections.py::test_entries_of_another_section_are_not_jobs_and_are_kept": 12,
    "tests/parsing/test_work_other_sections.py::test_another_section_keeps_its_heading_and_key": 12,
    "tests/parsing/test_work_durations.py::test_a_duration_beside_the_dates_is_no_field": 12,
    "tests/parsing/test_work_roles_same_employer.py::test_roles_under_one_employer_are_jobs_of_that_employer": 12,
    "tests/tailoring/test_claims_eval.py::test_the_generated_part_meets_the_targets": 0,
    "tests/tailoring/test_claims_eval.py::test_external_sets_meet_the_targets_or_their_floor": 0,
    "tests/tailoring/test_claims_eval.py::test_the_benchmark_reports_every_part_and_the_honest_one": 0,
    "tests/tailoring/test_claims_eval.py::test_targets_on_the_whole_set": 0,
    "tests/tailoring/test_claims_eval.py::test_floors_stand_only_where_a_target_is_missed": 0,
    "tests/tailoring/test_claims_eval.py::test_the_benchmark_reports_both_parts": 0,
    "tests/tailoring/test_claims_eval.py::test_a_family_of_forms_holds": 3,
    "tests/tailoring/test_ats_wording.py::test_alternation_measured_both_ways": 0,
    "tests/parsing/test_hidden_text.py::test_every_hiding_technique_is_caught_and_kept_out_of_the_sections": 0,
    "tests/parsing/test_spoken_languages.py::test_spoken_languages_among_skills_are_languages": 1,
    "tests/parsing/test_spoken_languages.py::test_programming_languages_under_a_languages_heading_are_skills": 1,
    "tests/parsing/test_spoken_languages.py::test_a_languages_section_of_spoken_languages_is_unchanged": 1,
    "tests/parsing/test_spoken_languages.py::test_a_level_after_the_name_with_no_separator_is_its_fluency": 1,
    "tests/render/test_own_headings.py::test_text_without_a_heading_prints_under_other_in_the_persons_language": 1,
    "tests/parsing/test_skill_levels.py::test_rated_skills_come_back_with_their_levels": 2,
    "tests/parsing/test_skill_levels.py::test_rated_skills_survive_a_round_trip": 1,
    "tests/parsing/test_joined_sections.py::test_schooling_and_certificates_land_where_their_words_say": 12,
    "tests/parsing/test_work_entry_sublabel.py::test_a_label_over_a_jobs_bullets_is_no_header_line": 12,
    # Chromium-printed word sweeps with no sample of their own (suite18: ~45 s of test-fast CPU)
    "tests/parsing/test_parse_words.py::test_html_layout_words_are_kept": 12,
    "tests/parsing/test_parse_words.py::test_html_layout_words_are_printed": 12,
    "tests/parsing/test_reader_words.py::test_html_layout_words_are_all_read": 12,
    "tests/parsing/test_column_edges.py::test_a_printed_sidebar_is_read_apart": 6,
    # the generated documents' word sweeps, as their `_kept` siblings (suite19: ~50 s of test-fast CPU)
    "tests/parsing/test_parse_words.py::test_generated_layout_words_are_printed": 4,
    "tests/parsing/test_parse_words.py::test_tune_half_words_are_printed": 3,
    # the families of sessions 17-18 with no sample of their own, 2.8-6.8 s of test-fast CPU each
    # (suite19: ~70 s of test-fast CPU in all)
    "tests/parsing/test_margin_heading_offset.py::test_a_margin_heading_below_its_blocks_first_line_keeps_that_line": 12,
    "tests/parsing/test_education_honours_line.py::test_an_honours_line_is_the_degrees_score": 12,
    "tests/parsing/test_skill_group_headings.py::test_skill_groups_printed_as_headings_are_skills": 12,
    "tests/parsing/test_contact_idioms.py::test_the_owners_contact_is_read_in_every_idiom": 12,
    "tests/parsing/test_education_wrapped_school.py::test_a_wrapped_school_keeps_its_whole_name": 12,
    "tests/parsing/test_education_dates_after_comma.py::test_dates_wrapped_after_a_comma_stay_with_their_degree": 12,
    "tests/parsing/test_date_cell_wrapped.py::test_a_date_cell_wrapped_under_itself_is_one_range": 12,
    "tests/parsing/test_education_whole_area.py::test_the_whole_field_reads_back": 12,
    "tests/parsing/test_education_school_with_grade.py::test_the_school_under_a_dated_degree_keeps_its_grade_apart": 12,
    "tests/parsing/test_personal_data_block.py::test_a_labelled_address_is_the_persons_place": 8,
    "tests/parsing/test_personal_data_block.py::test_every_word_of_a_personal_data_block_is_kept": 8,
    "tests/parsing/test_entries_linked_line.py::test_a_linked_header_gives_each_side_whole": 8,
    "tests/parsing/test_entries_title_place_cell.py::test_what_the_title_goes_on_to_beside_its_place_is_the_title": 8,
    "tests/parsing/test_entries_title_qualifier.py::test_what_the_title_goes_on_to_on_its_own_line_is_the_title": 8,
    "tests/parsing/test_skill_name_only_rows.py::test_a_name_alone_after_its_colon_is_a_skill_of_its_own": 8,
    "tests/parsing/test_education_academies.py::test_a_school_of_the_arts_is_a_school": 8,
    "tests/parsing/test_label_column_initials_pdf.py::test_initialled_label_headings_read_as_bold_capitals": 6,
    "tests/parsing/test_label_column_plain.py::test_headings_in_body_type_in_a_label_column_head_their_sections": 6,
    "tests/parsing/test_sidebar_light_pdf.py::test_a_light_headed_sidebar_reads_as_one_in_bold_capitals": 6,
    "tests/parsing/test_name_forms.py::test_only_degrees_after_a_name_stay_with_it": 6,
    # the heavy families of sessions 17-21 that DOCUMENT_FAMILY does not catch (no `fmt` parameter),
    # 1.3-4.3 s of test-fast CPU each (suite22: ~20 s in all, `make test-time`)
    "tests/parsing/test_label_column.py::test_each_heading_of_a_label_column_keeps_the_lines_beside_it": 12,
    "tests/parsing/test_sidebar_wrapped_headings.py::test_a_heading_wrapped_in_a_sidebar_is_one_heading": 12,
    "tests/parsing/test_sidebar_order_pdf.py::test_a_sidebar_is_read_whole_beside_the_main_column": 12,
    "tests/parsing/test_reader_accents.py::test_separate_accent_glyphs_are_read_as_their_letters": 12,
    "tests/parsing/test_list_markers_pdf.py::test_a_marker_alone_above_its_item_starts_that_item": 12,
    "tests/parsing/test_list_markers_pdf.py::test_a_marker_alone_above_its_item_makes_no_entry": 12,
    "tests/parsing/test_contact_html.py::test_a_place_behind_its_label_or_an_icon_word_is_found": 12,
    "tests/parsing/test_skill_tag_gaps.py::test_tags_a_few_pixels_apart_are_keywords_of_their_own": 12,
    "tests/parsing/test_skill_tag_gaps.py::test_rows_of_one_word_tags_part_at_each_margin": 12,
    "tests/render/test_every_field.py::test_a_field_alone_in_its_entry_is_printed": 12,
    "tests/render/test_open_ranges.py::test_an_open_range_prints_in_the_persons_words": 8,
    "tests/parsing/test_date_float_pdf.py::test_dates_floated_right_beside_an_entry_are_its_dates": 8,
    "tests/parsing/test_label_column_pdf.py::test_headings_in_a_label_column_head_their_sections": 8,
}
"""Sweeps over the whole corpus, the layout-generator matrix, the claim sets, the job-posting phrasings
and the hidden-text techniques: `make test` runs every case; `make test-fast` keeps this many of each, spread evenly over the sweep in
its order (0: none, where test-fast has a sample of its own: the claim-guard examples of each kind,
every ninth phrasing in test_requirements_of_a_phrasing, one hidden-text case through the sandbox).
A kept case keeps all its cheap variations (a layout cell all its sections, a corpus file both
formats and every template): the cost is the document, built and parsed once."""
SAMPLED_TOGETHER = frozenset({"section", "fmt", "template"})
"""Parameters whose values share one document: a sample keeps or drops them together."""


DOCUMENT_FAMILY = ("fmt", 40, 12)
"""A generated family not in SWEEPS that is parametrized over `fmt` (a document built and parsed per
case, in PDF and DOCX) and has at least 40 cases: `make test` runs every case, `make test-fast` keeps
12 of its cells (each with all its formats), as SWEEPS would. Each session adds such families; in
test-fast they cost 10-40 ms of CPU a case, and before this rule they ran whole there (suite22: the
families of sessions 17-21, ~1/4 of test-fast's CPU). A family that must run whole in test-fast
names its size in SWEEPS."""


def _sweep_sample(items: list[pytest.Item]) -> None:
    """Mark `slow` every case of a sweep in SWEEPS, or of a DOCUMENT_FAMILY, outside its
    deterministic sample."""
    groups: dict[str, dict[tuple[str, ...], list[pytest.Item]]] = {}
    documents: dict[str, int] = {}
    name, least, sample = DOCUMENT_FAMILY
    for item in items:
        function = item.nodeid.split("[", 1)[0]
        params = getattr(getattr(item, "callspec", None), "params", {})
        if function in SWEEPS or name in params:
            key = tuple(str(v) for k, v in sorted(params.items()) if k not in SAMPLED_TOGETHER)
            groups.setdefault(function, {}).setdefault(key, []).append(item)
            documents[function] = documents.get(function, 0) + 1
    for function, cases in groups.items():
        if function not in SWEEPS and documents[function] < least:
            continue
        keep = SWEEPS.get(function, sample)
        stride = -(-len(cases) // keep) if keep else 0
        stride += stride > 1 and stride % 2 == 0  # odd: a matrix alternating en/other keeps both
        for index, members in enumerate(cases.values()):
            if not stride or index % stride or index // stride >= keep:
                for item in members:
                    item.add_marker(pytest.mark.slow)


def _deselected(config: pytest.Config, mark: str) -> bool:
    """Whether `-m` deselects every test that carries `mark`, whatever other marks it carries
    (test-fast's expression deselects every `runner` test)."""
    markexpr: str = config.getoption("markexpr") or ""
    if not markexpr:
        return False
    expression = Expression.compile(markexpr)
    others = sorted(expression.idents() - {mark})
    for values in itertools.product((False, True), repeat=len(others)):
        names = {name for name, on in zip(others, values, strict=True) if on}
        if expression.evaluate(_Marks(names | {mark})):
            return False
    return True


@dataclass(frozen=True)
class _Marks:
    """A test's marks, as a `-m` expression asks about them."""

    names: set[str]

    def __call__(self, name: str, /, **kwargs: str | int | bool | None) -> bool:
        return name in self.names and not kwargs


def _imports_the_runner(path: Path) -> bool:
    """Whether a test module binds `LocalRunner` at its top level, which marks each of its tests `runner`."""
    tree = ast.parse(path.read_bytes(), filename=str(path))
    return any(
        (alias.asname or alias.name) == "LocalRunner"
        for node in tree.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    )


GC_THRESHOLDS = (700, 10, 100)
"""The cyclic collector's thresholds while the tests run (CPython's: 700, 10, 10): a full collection
after 100 middle ones instead of 10. See `pytest_collection`."""


@pytest.hookimpl(wrapper=True)
def pytest_collection(session: pytest.Session) -> Iterator[None]:
    """No cyclic garbage collection while a process collects, then one, and what is left (the modules,
    the 37,000 items and their parameters, alive for the whole run) frozen out of every later one.

    A full collection walks every tracked object: during collection they ran each time the heap grew
    by a quarter, and in the tests every 10th middle collection walked the collected items again. On a
    1-in-100 sample of `make test`, serially, the collector took 3.6 s of 24.4 s of CPU (1.4 s of it
    in collection, 2.7 s in full collections); this keeps it under ~1 s. Objects created by the
    tests are collected as before, only the full pass comes less often. Each process that collects
    (each xdist worker; not the controller) does this once."""
    gc.disable()
    try:
        return (yield)
    finally:
        gc.enable()
        gc.collect()
        gc.freeze()
        gc.set_threshold(*GC_THRESHOLDS)


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Under `-m "not runner ..."` a module whose every test is `runner` is not even imported (the
    contract module alone builds its schemathesis cases for seconds at import)."""
    if collection_path.suffix != ".py" or not collection_path.name.startswith("test_"):
        return None
    if _deselected(config, "runner") and _imports_the_runner(collection_path):
        return True
    return None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark what `make test-fast` leaves to `make test`: every test that starts the runner (directly, or
    in a module that builds its own), the long property tests, and each sweep beyond its sample."""
    for item in items:
        module = getattr(item, "module", None)
        if "runner" in getattr(item, "fixturenames", ()) or hasattr(module, "LocalRunner"):
            item.add_marker(pytest.mark.runner)
        if item.nodeid.startswith(FULL_SUITE_ONLY):
            item.add_marker(pytest.mark.slow)
    _sweep_sample(items)
    _longest_files_first(items)


def _longest_files_first(items: list[pytest.Item]) -> None:
    """Put the runner tier at the head of the run: FIRST's files longest first, then PER_TEST's, then
    every other file with a `runner` test; each file whole and in its own order, every other test
    in its place after them.

    worksteal hands each worker one contiguous part of this order and a worker that runs dry takes
    the tail of the other's part, so the run ends where the two parts meet. In collection order the
    runner tier (tests/test_*.py, between tailoring/ and unit/: single tests of 15-50 s that mostly
    wait on a runner, a `make dev` or a fault's lease) lay at that meeting point, and one of them
    ended the run on one worker with the other idle. At the head it runs first on the first worker,
    beside the other's parsing, and the run ends on short tests."""
    runner_files = {item.nodeid.split("::", 1)[0] for item in items if item.get_closest_marker("runner")}
    weights = {path: weight for path, weight in FIRST.items() if path != "parsed"}

    def weight(item: pytest.Item) -> float:
        path = item.nodeid.split("::", 1)[0]
        return weights.get(path, 1 if path in PER_TEST else 0.5 if path in runner_files else 0)

    # stable: a file's tests, and the files of equal weight, keep their order
    items.sort(key=weight, reverse=True)


FIRST: dict[str, float] = {
    "tests/test_faults.py": 90,  # its abandoned claim is held to the ingest's 60 s deadline, then 8 s
    "tests/test_template.py": 60,
    "tests/test_benchmarks.py": 55,
    "tests/llm/test_echoed_keys.py": 45,
    "parsed": 40,
    "tests/test_resumes.py": 35,
    "tests/tailoring/test_claims_eval.py": 35,
    "tests/parsing/test_mutation_property.py": 30,
    "tests/test_security_matrix.py": 25,
    "tests/test_races.py": 25,
    "tests/test_quotas.py": 20,
    "tests/test_runner_console.py": 20,
    "tests/test_readme.py": 20,
}
"""Units of work that take longest (seconds, roughly, on a quiet machine; measured with --durations).
`make test` (worksteal) runs these files first, longest first (`_longest_files_first`). Under loadfile
each worker takes the longest unit left, so no worker starts a minute-long file while the other
has nothing left to do. Every other unit follows, the most tests first (xdist's own order). The
races, the quotas and the runner's console are few tests that wait 15-25 s (slow models, windows,
`make dev`): by test count they came last and ended the run on one worker. So did test_readme (one
test, 17-55 s of the README's commands against a runner: the last ~40 s of the full run of
2026-12-06 05:15 had one worker idle while the other ran it)."""
PER_TEST = ("tests/test_contract.py",)
"""Files whose every test is its own unit of work: the contract's operations spread over the
workers (each worker has its own runner and fuzzing session). One operation's fuzzing takes 5-15 s
(hundreds of requests of schemathesis's coverage phase), more than most whole files: these units
come after FIRST and before the rest."""


def _weight(scope: str) -> float:
    """How early a unit of work starts: FIRST's seconds, then a contract operation, then the rest."""
    return FIRST.get(scope, 10 if scope.startswith(PER_TEST) else 0)


def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """Under `--dist loadfile` (`make test PARALLEL="-n 2 --dist loadfile"`; `make test` itself now uses
    worksteal, which finished the suite 8% sooner), a file is one unit of work, so what a module builds once
    (its runner, its parses) is built on one worker, and the files of SHARED_PARSES are one unit.
    (xdist's own `loadgroup` marks no longer reach pytest 9's node ids.)"""
    if config.getoption("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class Units(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path: str = super()._split_scope(nodeid)
            if path in PER_TEST:
                return nodeid
            return "parsed" if path in SHARED_PARSES else path

        def _assign_work_unit(self, node: Any) -> None:
            longest = max(self.workqueue, key=lambda scope: (_weight(scope), len(self.workqueue[scope])))
            self.workqueue.move_to_end(longest, last=False)
            super()._assign_work_unit(node)

    return Units(config, log)


@pytest.fixture(scope="session", autouse=True)
def _workers_share_documents(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Under xdist the workers of a run share what they build and parse (tests/shared_cache.py), in
    the run's base temp directory (a worker's own is `popen-gwN` below it). A family's own builder
    or parse shares the same way when decorated with `shared_cache.once` (not `functools.cache`)."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared_cache.share(tmp_path_factory.getbasetemp().parent / "shared")
    yield
    shared_cache.share(None)


@pytest.fixture(autouse=True)
def _no_outside_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unit and integration tests may talk to loopback only; anything else is a bug in the test."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            host = address[0]
            if not (host.startswith(("127.", "::ffff:127.")) or host in ("::1", "localhost")):
                raise RuntimeError(f"test tried to reach {host}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


GENEROUS_QUOTAS = {
    "SessionsPerIpPerHour": "100000",
    "UploadsPerMinute": "100000",
    "OptimizationsPerHour": "100000",
}
"""Most tests create many sessions from one address; test_quotas runs its own runner with tight limits."""
INGEST_LEASE_S = 8
"""The ingest claim's lease in the tests' runner (30 s deployed): long enough for any test's parse on
a busy machine, short enough that the fault suite sees an abandoned claim end `failed`."""
PARSE_PATIENCE_S = 25
"""The sandbox's wall-clock timeout in the tests' runner (7 s deployed): the suite shares two cores,
so a parse is given room to wait for a core, still under the upload function's 29 s. The parse's
own bound is held as CPU time (tests/test_hostile_use_cases.py), the kill by tests/parsing/test_sandbox.py."""


@pytest.fixture(scope="session")
def runner(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalRunner]:
    """The runner as `make dev` runs it: access lines to its console (kept in memory), full logs to a file."""
    console = Console(stream=io.StringIO(), log_file=tmp_path_factory.mktemp("runner") / "local.jsonl")
    local = LocalRunner(
        env_overrides={
            "RESUME_API_ALLOW_PRIVATE_BASE_URLS": "true",
            "INGEST_LEASE_S": str(INGEST_LEASE_S),
            "PARSE_TIMEOUT_S": str(PARSE_PATIENCE_S),
        },
        parameters=GENEROUS_QUOTAS,
        console=console,
    )
    local.start()
    yield local
    local.stop()


@pytest.fixture(scope="session")
def api(runner: LocalRunner) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=f"{runner.base_url}/api/v1", timeout=60.0) as client:
        yield client


@pytest.fixture
def faults(runner: LocalRunner) -> Iterator[list[Fault]]:
    """Faults to inject into emulated AWS for one test; cleared afterwards."""
    assert runner.aws.injector is not None
    yield runner.aws.injector.faults
    runner.aws.injector.clear()


@dataclass
class Session:
    id: str
    body: dict[str, Any]

    @property
    def headers(self) -> dict[str, str]:
        return {"X-Session-ID": self.id}


def create_session(api: httpx.Client, **llm: Any) -> Session:
    config = {"provider": "offline", **llm}
    response = api.post("/session/create", json={"llm_config": config})
    assert response.status_code == 201, response.text
    body = response.json()
    return Session(id=body["session_id"], body=body)


@pytest.fixture
def session(api: httpx.Client) -> Session:
    return create_session(api)
