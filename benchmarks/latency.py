"""Warm latency per function: its handler invoked with its event, against the same AWS calls made bare.

Each function runs in a fresh interpreter with exactly the environment the local runner gives it
(the template's variables, its code and the layer on the path), against AWS emulated by moto in
this process. The child imports the handler as Lambda would and invokes it with its
`events/<name>.json` (session, resume and conversation ids replaced by real ones, seeded
beforehand in another child so that nothing warms the function's own clients): the first call is
reported apart, then N timed calls. Every AWS call a timed invocation makes is recorded
(botocore's `_make_api_call`, where X-Ray hooks in too) and replayed right after it with a bare
boto3 client on the same emulation: that replay is the floor for the request, so
overhead = p50(handler) - p50(bare). The calls are listed per function: they are what each
function is compared against, discovered in the run rather than written down by hand.

    python -m benchmarks.latency [--runs 40] [--only SessionInfoFunction ...] [--json]

The harness (emulation, seeds, child processes) is shared with `benchmarks.memory`. Only the
standard library is imported at module level: the child runs this module before the handler.
"""

from __future__ import annotations

import argparse
import base64
import collections
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from local_runner.runner import LocalRunner
    from local_runner.template import FunctionSpec

ROOT = Path(__file__).resolve().parents[1]
EVENTS = ROOT / "events"

# The placeholders of events/*.json (local_runner.sample_events; checked against it in the parent).
SAMPLE_SESSION_HASH = "0" * 64
SAMPLE_TOKEN = "rs_" + "A" * 43
SAMPLE_RESUME_ID = "r_" + "0" * 24
SAMPLE_CONVERSATION_ID = "c_" + "0" * 24
SOURCE_IP = "203.0.113.10"

GENEROUS_QUOTAS = {
    "SessionsPerIpPerHour": "1000000",
    "UploadsPerMinute": "1000000",
    "OptimizationsPerHour": "1000000",
    "MaxResumesPerSession": "1000000",
}
"""Quotas stay on (their DynamoDB writes are part of each request) but never refuse a benchmark."""

SEED_ENV_FUNCTION = "OptimizeResumeFunction"
"""The seed child runs with this function's environment: it names the table, bucket and key."""

JD = "Senior Backend Engineer. Requirements: Python, PostgreSQL and AWS Lambda; Docker a plus."


@dataclass
class Needs:
    """What a function's event must find in the emulated stack."""

    resume: bool = False
    conversation: bool = False
    per_call: str | None = None  # "session" | "queued" | "upload": a fresh one for every invocation
    chain_version: bool = False  # PATCH: the next call sends the version the last one returned


NEEDS: dict[str, Needs] = {
    "AtsScoreFunction": Needs(resume=True),
    "GenerateResumeFunction": Needs(resume=True),
    "OptimizeResumeFunction": Needs(resume=True),
    "OptimizeWorkerFunction": Needs(resume=True, per_call="queued"),
    "ResumeSectionsGetFunction": Needs(resume=True),
    "ResumeSectionsPatchFunction": Needs(resume=True, chain_version=True),
    "SessionResumeFunction": Needs(resume=True),
    "SessionResumesFunction": Needs(resume=True),
    "SessionInfoFunction": Needs(resume=True, conversation=True),
    "SessionConversationFunction": Needs(resume=True, conversation=True),
    "SessionDeleteFunction": Needs(per_call="session"),
    "IngestResumeFunction": Needs(per_call="upload"),
}
"""Functions not listed need only a session (or nothing: session create, config test)."""


# ------------------------------------------------------------------------------------ parent side
class Emulation:
    """moto in this process with the template's resources, as the local runner provisions them.

    No API Gateway and no S3 notifications: an upload must not set off an ingest in the
    background while another function is being timed.
    """

    _count = 0

    def __init__(self, parameters: dict[str, str] | None = None) -> None:
        from local_runner.runner import LocalRunner

        # moto keeps its state per process: a second emulation (the tests run several) needs its own names
        Emulation._count += 1
        self.runner: LocalRunner = LocalRunner(
            stack_name=f"resume-api-bench{Emulation._count}",
            parameters={**GENEROUS_QUOTAS, **(parameters or {})},
        )
        self.functions: dict[str, FunctionSpec] = {}

    def __enter__(self) -> Emulation:
        from local_runner import sample_events

        assert (sample_events.SAMPLE_SESSION_HASH, sample_events.SAMPLE_TOKEN) == (
            SAMPLE_SESSION_HASH,
            SAMPLE_TOKEN,
        ), "events/*.json placeholders changed: update benchmarks.latency"
        self.runner.aws.start()
        self.runner.aws.provision(self.runner.stack)
        self.runner.functions = self.functions = self.runner.stack.functions()
        return self

    def __exit__(self, *exc: object) -> None:
        self.runner.aws.stop()

    @property
    def bucket(self) -> str:
        return self.runner.physical("ResumesBucket")

    def env(self, logical: str) -> dict[str, str]:
        """The function's environment exactly as the runner's workers get it."""
        env = self.runner._env_for(self.functions[logical])
        if not env.get("AWS_ENDPOINT_URL_LAMBDA"):
            env.pop("AWS_ENDPOINT_URL_LAMBDA", None)
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env["_X_AMZN_TRACE_ID"] = ""  # as the runner's worker sets it: not sampled
        return env

    def event(self, logical: str) -> dict[str, Any]:
        return dict(json.loads((EVENTS / f"{self.functions[logical].code_dir.name}.json").read_text()))

    def child_spec(
        self,
        logical: str,
        mode: str,
        seeds: list[dict[str, Any]],
        runs: int,
        event: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """What a measuring child needs: the handler, its event and seeds, how often to call it."""
        spec = self.functions[logical]
        return {
            "mode": mode,
            "handler": spec.handler,
            "event": event or self.event(logical),
            "seeds": seeds,
            "chain_version": NEEDS.get(logical, Needs()).chain_version,
            "runs": runs,
            "timeout_s": spec.timeout_s,
            "bucket": self.bucket,
        }

    def seed(self, requests: dict[str, dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
        """Sessions, resumes, conversations and uploads, made through the logic layer in one child."""
        spec = {"mode": "seed", "requests": requests, "bucket": self.bucket}
        return dict(run_child(self.env(SEED_ENV_FUNCTION), spec, timeout_s=600))


SIZED = ("AtsScoreFunction", "GenerateResumeFunction", "OptimizeResumeFunction")
"""Functions whose work grows with the resume: also timed with a real one (`realistic_document`),
since the sample resume is a few lines and hides what a two-page resume costs."""


def realistic_document(corpus: Path | None = None) -> Path | None:
    """The corpus PDF of median size (a typical one- to two-page resume), or None without a corpus."""
    from benchmarks.parse_accuracy import DEFAULT_CORPUS

    resumes = (corpus or DEFAULT_CORPUS) / "resumes"
    if not resumes.is_dir():
        return None
    pdfs = sorted(
        (p for p in resumes.iterdir() if p.suffix.lower() == ".pdf"), key=lambda p: (p.stat().st_size, p.name)
    )
    return pdfs[len(pdfs) // 2] if pdfs else None


def seed_request(logical: str, count: int, documents: list[Path] | None = None) -> dict[str, Any]:
    """What to seed for one function: `count` fresh items per call (per document, for uploads)."""
    needs = NEEDS.get(logical, Needs())
    request: dict[str, Any] = asdict(needs)
    request["count"] = count if needs.per_call else 1
    if needs.resume and documents and not needs.per_call:
        request["resume_document"] = str(documents[0])
    if needs.per_call == "upload":
        request["documents"] = [
            {"path": str(doc), "name": _upload_name(doc)} for doc in (documents or [_sample_document()])
        ]
    return request


def _sample_document() -> Path:
    """The sample PDF of events/upload_resume.json, written to a temporary file for the seed child."""
    from local_runner.sample_events import sample_pdf

    path = Path(tempfile.gettempdir()) / "resume-api-bench-sample.pdf"
    path.write_bytes(sample_pdf())
    return path


def _upload_name(doc: Path) -> str:
    return "Jane Doe resume" + doc.suffix.lower()


def upload_event(event: dict[str, Any], document: Path) -> dict[str, Any]:
    """events/upload_resume.json carrying another file (the same multipart framing)."""
    from local_runner.sample_events import multipart

    content_type = (
        "application/pdf"
        if document.suffix.lower() == ".pdf"
        else "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    body, framing = multipart(_upload_name(document), document.read_bytes(), content_type)
    out = json.loads(json.dumps(event))
    out["body"] = base64.b64encode(body).decode()
    out["headers"]["Content-Type"] = framing
    out["multiValueHeaders"]["Content-Type"] = [framing]
    return dict(out)


def run_child(env: dict[str, str], spec: dict[str, Any], timeout_s: float = 900) -> Any:
    """Run `spec` in a fresh interpreter (`python -m benchmarks.latency --child`); returns its answer.

    The child's stdout is the function's log stream (Powertools writes there), so the answer
    travels through a file instead.
    """
    with tempfile.TemporaryDirectory(prefix="resume-api-bench-") as tmp:
        spec_path, out_path = Path(tmp) / "spec.json", Path(tmp) / "out.json"
        spec_path.write_text(json.dumps(spec))
        proc = subprocess.run(
            [sys.executable, "-m", "benchmarks.latency", "--child", str(spec_path), str(out_path)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
        )
        if proc.returncode != 0 or not out_path.exists():
            raise RuntimeError(
                f"benchmark child failed ({proc.returncode}):\n{proc.stderr[-3000:]}\n{proc.stdout[-2000:]}"
            )
        return json.loads(out_path.read_text())


def function_kind(emulation: Emulation, logical: str) -> str:
    spec = emulation.functions[logical]
    if logical in set(emulation.runner.stack.api().authorizers.values()):
        return "authorizer"
    if spec.routes:
        return f"{spec.routes[0].method} {spec.routes[0].path}"
    if spec.s3_events:
        return "S3 event"
    return "async invoke"


@dataclass
class Row:
    function: str
    trigger: str
    runs: int
    import_ms: float
    first_ms: float
    p50_ms: float
    p95_ms: float
    bare_p50_ms: float
    bare_p95_ms: float
    calls: list[str] = field(default_factory=list)
    statuses: dict[str, int] = field(default_factory=dict)
    replay_errors: int = 0
    ok: bool = True

    @property
    def overhead_ms(self) -> float:
        return self.p50_ms - self.bare_p50_ms

    @property
    def ratio(self) -> float:
        return self.p50_ms / max(self.bare_p50_ms, 1e-9)


def measure(runs: int = 40, only: list[str] | None = None) -> list[Row]:
    """One child per function, one at a time (each is timed alone)."""
    rows = []
    with Emulation() as emulation:
        chosen = [f for f in sorted(emulation.functions) if not only or f in only]
        requests = {f: seed_request(f, runs + 2) for f in chosen}
        document = realistic_document()
        sized = [f for f in chosen if f in SIZED] if document is not None else []
        for logical in sized:
            requests[f"{logical}#real"] = seed_request(logical, runs + 2, [document] if document else None)
        seeds = emulation.seed(requests)
        for key in [*chosen, *(f"{f}#real" for f in sized)]:
            logical = key.split("#")[0]
            answer = run_child(
                emulation.env(logical),
                emulation.child_spec(logical, "latency", seeds[key], runs),
            )
            handler_ms, bare_ms = answer["handler_ms"], answer["bare_ms"]
            name = (
                f"{logical} (a corpus resume, {document.stat().st_size // 1024} KB PDF)"
                if "#" in key and document
                else logical
            )
            rows.append(
                Row(
                    function=name,
                    trigger=function_kind(emulation, logical),
                    runs=len(handler_ms),
                    import_ms=answer["import_ms"],
                    first_ms=answer["first_ms"],
                    p50_ms=statistics.median(handler_ms),
                    p95_ms=percentile(handler_ms, 95),
                    bare_p50_ms=statistics.median(bare_ms),
                    bare_p95_ms=percentile(bare_ms, 95),
                    calls=answer["calls"],
                    statuses=answer["statuses"],
                    replay_errors=answer["replay_errors"],
                    ok=all(_expected(s) for s in answer["statuses"]),
                )
            )
    return rows


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile: with few samples, an observed value rather than an interpolation."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[int(rank) - 1]


def _expected(status: str) -> bool:
    return status.startswith("2") or status in {"Allow", "ready", "succeeded"}


def _calls_text(calls: list[str]) -> str:
    counts = collections.Counter(calls)
    return ", ".join(f"{op} ×{n}" if n > 1 else op for op, n in counts.items()) or "-"


def table(rows: list[Row]) -> str:
    lines = [
        "| function | trigger | p50 (ms) | p95 (ms) | bare p50 (ms) | bare p95 (ms) | ratio | "
        "overhead p50 (ms) | first call (ms) | bare AWS calls per request (the baseline) |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        flag = "" if r.ok else f" **responses: {r.statuses}**"
        lines.append(
            f"| {r.function} | {r.trigger} | {r.p50_ms:.1f} | {r.p95_ms:.1f} | {r.bare_p50_ms:.1f} | "
            f"{r.bare_p95_ms:.1f} | {r.ratio:.1f}× | {r.overhead_ms:.1f} | {r.first_ms:.0f} | "
            f"{_calls_text(r.calls)}{flag} |"
        )
    if rows:
        lines += [
            "",
            f"{rows[0].runs} warm invocations per function after one first call and one warm-up; "
            "bare = the same AWS calls replayed with a plain boto3 client right after each invocation. "
            "First call = the first invocation after import (lazy imports and clients not preloaded "
            "included). Each call gets what a real one would find: session delete revokes a fresh "
            "(empty) session, ingest a fresh upload of the sample PDF, the worker a freshly queued "
            "optimization (offline provider); PATCH sends the version the previous call returned. "
            "The sample resume is a few lines: the functions whose work grows with the resume are "
            "timed again on the corpus PDF of median size (its parse stored as the session's resume), "
            "the same one each call, as a person tailoring one resume to several jobs does.",
        ]
    return "\n".join(lines)


def run(runs: int = 40, only: list[str] | None = None) -> dict[str, Any]:
    rows = measure(runs, only)
    return {
        "rows": [dict(asdict(r), overhead_ms=r.overhead_ms, ratio=r.ratio) for r in rows],
        "table": table(rows),
        "ok": all(r.ok for r in rows),
    }


# ------------------------------------------------------------------------------------- child side
def _render(event: dict[str, Any], seed: dict[str, Any] | None, bucket: str) -> dict[str, Any]:
    """The sample event with the seeded session (and resume, conversation, upload) in it."""
    if not seed:
        return event
    text = json.dumps(event)
    text = text.replace(SAMPLE_SESSION_HASH, seed["token_hash"]).replace(SAMPLE_TOKEN, seed["token"])
    for placeholder, name in ((SAMPLE_RESUME_ID, "resume_id"), (SAMPLE_CONVERSATION_ID, "conversation_id")):
        if seed.get(name):
            text = text.replace(placeholder, seed[name])
    out: dict[str, Any] = json.loads(text)
    authorizer = (out.get("requestContext") or {}).get("authorizer")
    if isinstance(authorizer, dict):
        authorizer.update(
            session_ref=seed["ref"], principalId=seed["ref"], expires_at=str(seed["expires_at"])
        )
    if "expires_at" in out:  # the worker's payload
        out["expires_at"] = seed["expires_at"]
    if seed.get("upload_key"):
        from urllib.parse import quote_plus

        s3 = out["Records"][0]["s3"]
        s3["bucket"] = {"name": bucket, "arn": f"arn:aws:s3:::{bucket}"}
        s3["object"].update(key=quote_plus(seed["upload_key"], safe="/"), size=seed["upload_size"])
    return out


def _status(result: Any) -> str:
    if isinstance(result, dict):
        if "statusCode" in result:
            return str(result["statusCode"])
        if "policyDocument" in result:
            return str(result["policyDocument"]["Statement"][0]["Effect"])
        if "outcomes" in result:
            return ",".join(result["outcomes"]) or "none"
        if "status" in result:
            return str(result["status"])
    return type(result).__name__


class _Recorder:
    """Records the AWS calls made while on: (service, operation, parameters as passed)."""

    def __init__(self) -> None:
        self.on = False
        self.calls: list[tuple[str, str, str, dict[str, Any]]] = []

    def install(self) -> None:
        from botocore.client import BaseClient

        original = BaseClient._make_api_call
        recorder = self

        def recording(client: Any, operation_name: str, api_params: dict[str, Any]) -> Any:
            if recorder.on:
                model = client.meta.service_model
                recorder.calls.append(
                    (model.service_name, model.service_id, operation_name, dict(api_params))
                )
            return original(client, operation_name, api_params)

        BaseClient._make_api_call = recording

    def take(self) -> list[tuple[str, str, str, dict[str, Any]]]:
        calls, self.calls = self.calls, []
        return calls


def _replay(calls: list[tuple[str, str, str, dict[str, Any]]], clients: dict[str, Any]) -> int:
    """Make the same calls with bare clients; returns how many AWS refused (a round trip all the same)."""
    from botocore import xform_name
    from botocore.exceptions import ClientError

    errors = 0
    for service, _, operation, params in calls:
        try:
            response = getattr(clients[service], xform_name(operation))(**params)
            body = response.get("Body") if isinstance(response, dict) else None
            if body is not None:
                body.read()
        except ClientError:
            errors += 1
    return errors


def _context(timeout_s: float) -> Any:
    import uuid

    from local_runner.worker import LambdaContext

    return LambdaContext(str(uuid.uuid4()), time.time() * 1000 + timeout_s * 1000)


def _import_handler(handler: str) -> Any:
    import importlib

    module, _, attr = handler.rpartition(".")
    sys.path.insert(0, os.environ["LAMBDA_TASK_ROOT"])
    return getattr(importlib.import_module(module), attr)


class _Events:
    """The event for each invocation: the next seed, and for PATCH the version the last call returned."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.template = spec["event"]
        self.seeds = spec.get("seeds") or [None]
        self.chain = bool(spec.get("chain_version"))
        self.bucket = spec.get("bucket", "")
        self.version: int | None = None
        self.n = 0

    def next(self) -> dict[str, Any]:
        event = _render(self.template, self.seeds[self.n % len(self.seeds)], self.bucket)
        self.n += 1
        if self.chain and self.version is not None:
            body = json.loads(event["body"])
            body["version"] = self.version
            event["body"] = json.dumps(body)
        return event

    def saw(self, result: Any) -> None:
        if self.chain and isinstance(result, dict) and result.get("body"):
            self.version = json.loads(result["body"]).get("version", self.version)


def _child_latency(spec: dict[str, Any]) -> dict[str, Any]:
    events = _Events(spec)
    timeout_s = float(spec.get("timeout_s", 30))
    started = time.perf_counter()
    handler = _import_handler(spec["handler"])
    import_ms = (time.perf_counter() - started) * 1000
    statuses: collections.Counter[str] = collections.Counter()

    def call() -> tuple[float, Any]:
        event, context = events.next(), _context(timeout_s)
        t = time.perf_counter()
        result = handler(event, context)
        elapsed = (time.perf_counter() - t) * 1000
        events.saw(result)
        return elapsed, result

    first_ms, result = call()
    statuses[_status(result)] += 1
    recorder = _Recorder()
    recorder.install()
    call()  # warm-up: a first time for anything done once a minute (the authorizer's last-seen write)
    import boto3

    bare: dict[str, Any] = {}
    handler_ms, bare_ms, sequences = [], [], []
    errors = 0
    for _ in range(int(spec["runs"])):
        recorder.on = True
        elapsed, result = call()
        recorder.on = False
        calls = recorder.take()
        for service, *_ in calls:
            if service not in bare:
                bare[service] = boto3.client(service)
        t = time.perf_counter()
        errors += _replay(calls, bare)
        bare_ms.append((time.perf_counter() - t) * 1000)
        handler_ms.append(elapsed)
        statuses[_status(result)] += 1
        sequences.append(tuple(f"{service_id}.{op}" for _, service_id, op, _ in calls))
    typical = collections.Counter(sequences).most_common(1)[0][0] if sequences else ()
    return {
        "import_ms": import_ms,
        "first_ms": first_ms,
        "handler_ms": handler_ms,
        "bare_ms": bare_ms,
        "calls": list(typical),
        "statuses": dict(statuses),
        "replay_errors": errors,
    }


def _hwm_mb() -> float:
    """This process's peak RSS (VmHWM). Not getrusage's ru_maxrss: across exec, Linux carries the
    parent's peak into it, so every child of a large benchmark process would report that size."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_s() -> float:
    """CPU seconds used by this process and its finished children (getrusage: microsecond resolution)."""
    import resource

    return sum(
        usage.ru_utime + usage.ru_stime
        for usage in (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN))
    )


def _child_memory(spec: dict[str, Any]) -> dict[str, Any]:
    """Peak RSS of this process, and of the parse children it forked, after a few invocations.

    The children's peak comes from getrusage(RUSAGE_CHILDREN): a forked child starts with a fresh
    account, so its figure is its own (it includes the pages it still shares with this process).
    """
    import resource

    events = _Events(spec)
    timeout_s = float(spec.get("timeout_s", 30))
    handler = _import_handler(spec["handler"])
    after_import = _hwm_mb()
    import_cpu_ms = _cpu_s() * 1000
    statuses: collections.Counter[str] = collections.Counter()
    cpu_ms = []
    for _ in range(int(spec.get("runs", 3))):
        event, context = events.next(), _context(timeout_s)
        before = _cpu_s()
        result = handler(event, context)
        cpu_ms.append((_cpu_s() - before) * 1000)
        events.saw(result)
        statuses[_status(result)] += 1
    return {
        "import_cpu_ms": import_cpu_ms,
        "cpu_ms": cpu_ms,
        "import_mb": after_import,
        "peak_mb": _hwm_mb(),
        "children_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "statuses": dict(statuses),
        "modules": sorted({name.partition(".")[0] for name in sys.modules}),
    }


def _child_seed(spec: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Make what each function's events need, through the logic layer (quotas and all)."""
    from local_runner.sample_events import sample_pdf
    from resume_api.auth.caller import Caller
    from resume_api.auth.tokens import session_ref
    from resume_api.data import keys
    from resume_api.data.objects import ObjectStore
    from resume_api.logic import optimize, session_create, uploads
    from resume_api.logic.presign import presign_upload
    from resume_api.models.optimize import OptimizeRequest
    from resume_api.models.presign import PresignRequest
    from resume_api.models.session_create import CreateSessionRequest
    from resume_api.models.upload_rules import ACCEPTED_TYPES
    from resume_api.web.parser import parse_upload
    from resume_api.web.wiring.conversations import conversation_repository
    from resume_api.web.wiring.providers import providers
    from resume_api.web.wiring.quotas import quota_counters
    from resume_api.web.wiring.resumes import resume_repository
    from resume_api.web.wiring.sessions import session_repository

    def new_session() -> dict[str, Any]:
        request = CreateSessionRequest.model_validate(
            {"llm_config": {"provider": "offline"}, "ttl_hours": 24}
        )
        token_hash, response = session_create.create_session(
            request, SOURCE_IP, sessions=session_repository(), quotas=quota_counters()
        )
        ref = session_ref(token_hash)
        stored = session_repository().get(token_hash)
        assert stored is not None
        return {
            "token": response.session_id,
            "token_hash": token_hash,
            "ref": ref,
            "expires_at": stored.expires_at,
        }

    def caller(seed: dict[str, Any]) -> Caller:
        return Caller(seed["token_hash"], seed["ref"], seed["expires_at"], "bench-seed")

    class _NoWorker:
        """Stands in for the job queue: queued work is run by the benchmark, not by a worker."""

        def submit(self, job: dict[str, Any]) -> None:
            return None

    ports: dict[str, Any] = {
        "resumes": resume_repository(),
        "conversations": conversation_repository(),
        "quotas": quota_counters(),
    }

    seeds: dict[str, list[dict[str, Any]]] = {}
    for logical, request in spec["requests"].items():
        count = int(request.get("count", 1))
        base = new_session()
        if request.get("resume"):
            document = request.get("resume_document")
            upload = uploads.upload_resume(
                caller(base),
                "Jane Doe resume.pdf",
                Path(document).read_bytes() if document else sample_pdf(),
                "application/pdf",
                resumes=ports["resumes"],
                quotas=ports["quotas"],
                parse=parse_upload,
                sessions=session_repository(),
                providers=providers,
            )
            base["resume_id"] = upload.resume_id
        if request.get("conversation"):
            result = optimize.optimize(
                caller(base),
                OptimizeRequest(jd=JD, resume_id=base["resume_id"]),
                deadline=time.time() + 60,
                sessions=session_repository(),
                providers=providers,
                **ports,
            )
            base["conversation_id"] = result.conversation_id
        items = [base]
        if request.get("per_call") == "session":
            items = [base] + [new_session() for _ in range(count - 1)]
        elif request.get("per_call") == "queued":
            items = []
            for _ in range(count):
                accepted = optimize.enqueue_optimization(
                    caller(base),
                    OptimizeRequest(jd=JD, resume_id=base["resume_id"]),
                    jobs=_NoWorker(),
                    **ports,
                )
                items.append(dict(base, conversation_id=accepted.conversation_id))
        elif request.get("per_call") == "upload":
            items = []
            for document in request["documents"]:
                data = Path(document["path"]).read_bytes()
                kind = Path(document["name"]).suffix[1:]
                content_type = next(t for t, k in ACCEPTED_TYPES.items() if k == kind)
                for _ in range(count):
                    presign = presign_upload(
                        caller(base),
                        PresignRequest(filename=document["name"], content_type=content_type, size=len(data)),
                        resumes=ports["resumes"],
                        quotas=ports["quotas"],
                    )
                    key = keys.upload_prefix(base["token_hash"], presign.resume_id) + document["name"]
                    ObjectStore().put(key, data, content_type)
                    items.append(
                        dict(base, resume_id=presign.resume_id, upload_key=key, upload_size=len(data))
                    )
        seeds[logical] = items
    return seeds


def child_main(spec_path: str, out_path: str) -> None:
    spec = json.loads(Path(spec_path).read_text())
    mode = spec["mode"]
    if mode == "seed":
        answer: Any = _child_seed(spec)
    elif mode == "latency":
        answer = _child_latency(spec)
    elif mode == "memory":
        answer = _child_memory(spec)
    else:
        raise SystemExit(f"unknown mode {mode}")
    Path(out_path).write_text(json.dumps(answer))


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child_main(sys.argv[2], sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=40, help="timed invocations per function")
    parser.add_argument("--only", nargs="*", help="logical ids of the functions to measure")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = run(args.runs, args.only)
    print(json.dumps(result["rows"], indent=2) if args.json else result["table"])


if __name__ == "__main__":
    main()
