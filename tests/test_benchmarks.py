"""The benchmarks still run: each module once with tiny repetitions, so `make bench` cannot rot unseen.

The figures mean nothing here (one or two runs on a busy test machine); only that every piece
measures, answers in its own format and renders its table. `sam build` is not run: the size
accounting is checked on a small fake build instead.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import __main__ as bench
from benchmarks import cold_start, latency, memory, package_size, parse_speed
from resume_api.observability import sampled_invocation
from tests.conftest import ROOT, corpus_path

HEAVY = ("aws_xray_sdk", "pypdf", "docx", "reportlab", "fpdf", "httpx", "lxml", "PIL")


@pytest.mark.parametrize("function", ["session_info", "upload_resume", "ingest_resume", "authorizer"])
def test_cold_start_guard_no_heavy_module_at_import(function: str) -> None:
    """What the cold-start figures rely on: the X-Ray SDK, parsers, renderers and httpx load when used."""
    script = f"import sys, app; print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))"
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join([str(ROOT / "functions" / function), str(ROOT / "layers" / "shared")]),
        AWS_LAMBDA_FUNCTION_NAME=function,
        AWS_DEFAULT_REGION="us-east-1",
        POWERTOOLS_SERVICE_NAME="resume-api",
        LAMBDA_TASK_ROOT=str(ROOT / "functions" / function),
    )
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout


def test_sampled_invocation_follows_the_xray_header(monkeypatch: pytest.MonkeyPatch) -> None:
    for header, sampled in [
        ("", False),
        ("Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0", False),
        ("Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1", True),
        ("Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1", False),
        ("Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=?", False),
    ]:
        monkeypatch.setenv("_X_AMZN_TRACE_ID", header)
        assert sampled_invocation() is sampled, header


@pytest.mark.slow
def test_cold_start_measures_built_trees_with_and_without_bytecode() -> None:
    """The trees: the same files, read-only, one with a .pyc for every module and one without any;
    then one interleaved run of a function and its floor on each."""
    stack = cold_start.Stack(ROOT / "template.yaml", lenient=True)
    names = ["AuthorizerFunction", "SessionInfoFunction"]
    with cold_start.built_trees(stack, names, from_venv=True) as trees:
        source, built = trees["source"], trees["bytecode"]
        assert not list(source.rglob("__pycache__"))
        modules = list(built.rglob("*.py"))
        assert len(modules) > 1000
        assert all((m.parent / "__pycache__" / f"{m.stem}.cpython-311.pyc").exists() for m in modules)
        assert not built.stat().st_mode & 0o222 and not (source / "resume_api").stat().st_mode & 0o222
        rows = cold_start.measure_in(stack, names, trees, runs=1, pairs=2)
    assert [(r.function, r.kind) for r in rows] == [
        ("AuthorizerFunction", "authorizer"),
        ("SessionInfoFunction", "http"),
    ]
    for row in rows:
        assert set(row.samples) == {"source", "bytecode", "floor_source", "floor_bytecode"}
        assert all(len(row.samples[k]) == 1 for k in ("source", "floor_source"))
        assert all(len(row.samples[k]) == 2 for k in ("bytecode", "floor_bytecode"))
        assert all(v > 0 for samples in row.samples.values() for v in samples)
        assert (row.runs, row.pairs) == (1, 2)
    assert rows[1].floor_name.startswith("FastAPI") and rows[0].floor_name == "boto3"
    assert "| SessionInfoFunction |" in cold_start.table(rows)
    assert any("authorizer" in name for name in cold_start.targets(rows))


def test_cold_start_ratios_pair_each_source_run_with_its_own_bytecode_pair() -> None:
    """More bytecode pairs than source runs: the speedup divides each source run by the bytecode
    sample of the same run, the over-floor ratio uses every pair; both are medians of pair ratios."""
    row = cold_start.Row(
        "F",
        "http",
        [],
        runs=2,
        samples={
            "source": [300.0, 330.0],
            "floor_source": [280.0, 300.0],
            "bytecode": [100.0, 110.0, 90.0, 200.0, 100.0],
            "floor_bytecode": [100.0, 100.0, 100.0, 100.0, 100.0],
        },
    )
    assert row.pairs == 5
    assert row.speedup == 3.0  # 300/100 and 330/110, never the later pairs
    assert row.over_floor == 1.0  # median of 1.0, 1.1, 0.9, 2.0, 1.0
    assert row.over_floor_spread == (0.9, 2.0)


def test_cold_start_pins_to_one_cpu_and_restores() -> None:
    before = os.sched_getaffinity(0)
    cpu = cold_start.default_cpu()
    with cold_start.pinned(cpu):
        assert os.sched_getaffinity(0) == ({cpu} if cpu is not None else before)
    assert os.sched_getaffinity(0) == before
    with cold_start.pinned(-1):
        assert os.sched_getaffinity(0) == before


@pytest.mark.aws
def test_latency_invokes_handlers_and_replays_their_aws_calls() -> None:
    rows = latency.measure(runs=2, only=["AuthorizerFunction", "SessionInfoFunction"])
    by_name = {r.function: r for r in rows}
    assert by_name["AuthorizerFunction"].statuses == {"Allow": 3}, by_name["AuthorizerFunction"].statuses
    assert by_name["AuthorizerFunction"].calls == ["DynamoDB.GetItem"]
    assert by_name["SessionInfoFunction"].ok, by_name["SessionInfoFunction"].statuses
    assert "DynamoDB.GetItem" in by_name["SessionInfoFunction"].calls
    assert all(r.bare_p50_ms > 0 and r.p50_ms > 0 for r in rows)
    assert "bare AWS calls" in latency.table(rows)


@pytest.mark.aws
def test_latency_times_a_resume_sized_function_again_on_a_real_resume() -> None:
    document = latency.realistic_document()
    if document is None:
        pytest.skip("no corpus (../shared/corpus) to take a real resume from")
    rows = latency.measure(runs=1, only=["AtsScoreFunction"])
    assert [r.function.split(" ")[0] for r in rows] == ["AtsScoreFunction", "AtsScoreFunction"]
    assert "corpus resume" in rows[1].function and all(r.ok for r in rows), [r.statuses for r in rows]


@pytest.mark.aws
def test_memory_reports_peaks_and_a_proposal() -> None:
    rows = memory.measure(runs=1, only=["AuthorizerFunction"])
    (row,) = rows
    assert 10 < row.baseline_mb < 1024 and 10 < row.peak_mb < 1024, row
    assert row.proposed_mb >= 128 and row.reason
    assert "| AuthorizerFunction |" in memory.table(rows)


def test_memory_proposal_leaves_the_parse_sandbox_its_room() -> None:
    size, reason = memory.propose("parser", worst_mb=200, cpu_ms=1, parse_memory_mb=1024)
    assert size >= 1224 and "PARSE_MEMORY_MB" in reason
    assert memory.propose("http", worst_mb=50, cpu_ms=1, parse_memory_mb=1024)[0] == 128


def test_parse_speed_on_a_two_file_corpus(tmp_path: Path) -> None:
    source = corpus_path()
    corpus = tmp_path / "corpus"
    (corpus / "resumes").mkdir(parents=True)
    (corpus / "labels").mkdir()
    shutil.copy(source / "score.py", corpus / "score.py")
    for name in ("soupboss__01-Accountant.pdf", "soupboss__01-Accountant.docx"):
        shutil.copy(source / "resumes" / name, corpus / "resumes" / name)
        shutil.copy(source / "labels" / f"{name}.json", corpus / "labels" / f"{name}.json")
    result = parse_speed.run(corpus, repeats=1)
    assert result["summary"]["documents"] == 2
    assert "plain extraction" in result["table"]


def test_package_size_accounting_on_a_fake_build(tmp_path: Path) -> None:
    layer = tmp_path / "SharedLayer" / "python"
    (layer / "pkg").mkdir(parents=True)
    (layer / "pkg" / "__init__.py").write_text("x = 1\n" * 100)
    (layer / "pkg-1.0.dist-info").mkdir()
    (layer / "pkg-1.0.dist-info" / "RECORD").write_text("pkg/__init__.py,,\n")
    (layer / "resume_api").mkdir()
    (layer / "resume_api" / "__init__.py").write_text("")
    function = tmp_path / "Fn"
    function.mkdir()
    (function / "app.py").write_text("import json\nimport pkg\nimport resume_api\nimport nowhere\n")
    (function / "stray.txt").write_text("left over")
    (function / "__pycache__").mkdir()
    (function / "__pycache__" / "app.cpython-311.pyc").write_bytes(b"built")
    (function / "__pycache__" / "unused.cpython-311.pyc").write_bytes(b"built")
    sizes = package_size.distributions(layer)
    assert sizes["pkg"] == 600
    problems = package_size.check_function(function, layer, "app")
    assert any("nowhere" in p for p in problems)
    assert any("stray.txt" in p for p in problems)
    assert any("unused.cpython-311.pyc" in p for p in problems)
    assert not any("app.cpython-311.pyc" in p for p in problems)
    assert not any("pkg" in p or "json" in p for p in problems)
    via = package_size._via(Path(package_size.ROOT) / "layers" / "shared" / "requirements.txt")
    assert via.get("pydantic-core") == "pydantic"


def test_results_page_renders_with_the_machine() -> None:
    info = bench.machine()
    assert info["cpu"] and info["python"]
    text = bench.render(
        info,
        "quick",
        {"parse_speed": {"table": "T", "summary": ["| a | 1 | 2 | 3 | 4 | yes |"]}},
        1.0,
        "0 / 0",
    )
    assert "## Parse speed" in text and "| a | 1 |" in text and info["cpu"] in text


TRACED_SCRIPT = """
import json, os, sys
from fastapi import APIRouter
from resume_api.web.app import create_app
from resume_api.web.handler import make_handler
from local_runner.worker import LambdaContext

router = APIRouter()

@router.get("/v1/session/info", operation_id="ping")
def ping() -> dict:
    return {"ok": True}

handler = make_handler(create_app(router))
event = json.load(open(sys.argv[1]))
seen = []
for header in ("", "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1", ""):
    os.environ["_X_AMZN_TRACE_ID"] = header
    status = handler(event, LambdaContext("r", 1e15))["statusCode"]
    seen.append([status, "aws_xray_sdk" in sys.modules])
from aws_lambda_powertools.tracing import tracer
print(json.dumps({"seen": seen, "cold": tracer.is_cold_start}))
"""


@pytest.mark.aws
def test_tracer_joins_on_the_first_sampled_invocation(tmp_path: Path) -> None:
    """Unsampled calls never load the X-Ray SDK; the first sampled one does, and is not marked cold."""
    script = tmp_path / "traced.py"
    script.write_text(TRACED_SCRIPT)
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT / "layers" / "shared"),
        LAMBDA_TASK_ROOT=str(tmp_path),
        AWS_LAMBDA_FUNCTION_NAME="traced",
        POWERTOOLS_SERVICE_NAME="resume-api",
        POWERTOOLS_METRICS_NAMESPACE="ResumeApi",
        AWS_XRAY_DAEMON_ADDRESS="127.0.0.1:9",
        AWS_DEFAULT_REGION="us-east-1",
    )
    env.pop("AWS_SAM_LOCAL", None)
    out = subprocess.run(
        [sys.executable, str(script), str(ROOT / "events" / "session_info.json")],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["seen"] == [[200, False], [200, True], [200, True]]
    assert result["cold"] is False
