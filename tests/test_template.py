"""template.yaml as code under test: lint, build, least privilege, and agreement with the code."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from local_runner.openapi import load_function_module
from local_runner.template import Stack
from tests.conftest import ROOT

STACK = Stack(ROOT / "template.yaml", lenient=True)
RESOURCES = STACK.resources
FUNCTIONS = STACK.of_type("AWS::Serverless::Function")
PUBLIC_ROUTES = {("/v1/session/create", "POST"), ("/v1/session/test-config", "POST")}
DOCS_ROUTES = {("/docs", "GET"), ("/redoc", "GET"), ("/docs/{asset}", "GET")}
"""The documentation pages: public, all served by DocsFunction, kept out of the OpenAPI document."""
SAM = os.environ.get("SAM_CLI") or shutil.which("sam") or str(ROOT / ".venv-sam" / "bin" / "sam")
SAM_ENV = dict(os.environ, SAM_CLI_TELEMETRY="0")


def _statements(logical: str) -> list[dict[str, Any]]:
    props = STACK.function_properties(logical)
    out = []
    for policy in props.get("Policies") or []:
        assert isinstance(policy, dict) and "Statement" in policy, f"{logical}: inline statements only"
        out.extend(policy["Statement"])
    return out


@pytest.mark.parametrize("logical", sorted(FUNCTIONS))
def test_least_privilege(logical: str) -> None:
    for statement in _statements(logical):
        assert statement["Effect"] == "Allow"
        actions = statement["Action"] if isinstance(statement["Action"], list) else [statement["Action"]]
        assert actions, logical
        for action in actions:
            assert "*" not in action, f"{logical}: wildcard action {action}"
        resources = (
            statement["Resource"] if isinstance(statement["Resource"], list) else [statement["Resource"]]
        )
        for resource in resources:
            assert resource != "*", f"{logical}: wildcard resource for {actions}"


@pytest.mark.parametrize("logical", sorted(FUNCTIONS))
def test_function_shape(logical: str) -> None:
    props = STACK.function_properties(logical)
    assert props["Architectures"] == ["arm64"]
    assert props["Runtime"] == "python3.11"
    env = props["Environment"]["Variables"]
    for name in ("POWERTOOLS_SERVICE_NAME", "POWERTOOLS_METRICS_NAMESPACE", "POWERTOOLS_LOG_LEVEL"):
        assert name in env
    log_group = props["LoggingConfig"]["LogGroup"]["Ref"]
    group = RESOURCES[log_group]
    assert group["Type"] == "AWS::Logs::LogGroup"
    assert group["Properties"]["RetentionInDays"]
    name = props["FunctionName"]["Fn::Sub"]
    assert group["Properties"]["LogGroupName"]["Fn::Sub"] == f"/aws/lambda/{name}"
    code = ROOT / props["CodeUri"]
    assert (code / "app.py").exists()
    assert {p.name for p in code.iterdir()} <= {"app.py", "__pycache__"}


def test_routes_have_the_authorizer_except_public_ones() -> None:
    routes = STACK.routes()
    assert routes
    for route in routes:
        if (route.path, route.method) in PUBLIC_ROUTES | DOCS_ROUTES:
            assert route.authorizer is None, route
        else:
            assert route.authorizer == "SessionAuthorizer", route
    api = STACK.resources["Api"]["Properties"]
    assert api["Auth"]["Authorizers"]["SessionAuthorizer"]["Identity"]["ReauthorizeEvery"] == 0
    assert "multipart~1form-data" in api["BinaryMediaTypes"]


def test_every_route_is_its_own_function_and_matches_its_router() -> None:
    functions = STACK.functions()
    seen = set()
    for logical, spec in functions.items():
        if not spec.routes or logical == "DocsFunction":
            continue
        assert len(spec.routes) == 1, f"{logical}: one route per function"
        route = spec.routes[0]
        module = load_function_module(spec)
        declared = {(r.path, m) for r in module.router.routes for m in r.methods}
        assert declared == {(route.path, route.method)}, logical
        seen.add((route.path, route.method))
    assert len(seen) == len([s for s in functions.values() if s.routes]) - 1


def test_the_docs_function_serves_only_the_docs_pages() -> None:
    """The one function with several routes: exactly the documentation pages, GET only, none documented."""
    spec = STACK.functions()["DocsFunction"]
    assert {(r.path, r.method) for r in spec.routes} == DOCS_ROUTES
    module = load_function_module(spec)
    declared = {(r.path, m) for r in module.router.routes for m in r.methods}
    assert declared == DOCS_ROUTES
    assert not any(getattr(r, "include_in_schema", True) for r in module.router.routes)
    assert not STACK.function_properties("DocsFunction").get("Policies"), "it touches no AWS resource"


def test_functions_import_only_the_shared_package() -> None:
    for path in (ROOT / "functions").glob("*/app.py"):
        text = path.read_text()
        for line in text.splitlines():
            if line.startswith(("import ", "from ")):
                module = line.split()[1]
                assert module.split(".")[0] in {"__future__", "typing", "fastapi", "resume_api"}, (path, line)
        assert "boto3" not in text and "os.environ" not in text, path


def test_data_resources_are_locked_down() -> None:
    table = RESOURCES["SessionsTable"]["Properties"]
    assert table["BillingMode"] == "PAY_PER_REQUEST"
    assert table["TimeToLiveSpecification"] == {"AttributeName": "ttl", "Enabled": True}
    assert table["PointInTimeRecoverySpecification"]["PointInTimeRecoveryEnabled"] is True
    assert table["SSESpecification"]["SSEEnabled"] is True
    bucket = RESOURCES["ResumesBucket"]["Properties"]
    assert all(bucket["PublicAccessBlockConfiguration"].values())
    assert bucket["BucketEncryption"]
    assert bucket["LifecycleConfiguration"]["Rules"][0]["ExpirationInDays"] <= 8
    policy = RESOURCES["ResumesBucketPolicy"]["Properties"]["PolicyDocument"]["Statement"][0]
    assert policy["Effect"] == "Deny"
    assert policy["Condition"]["Bool"]["aws:SecureTransport"] == "false"
    assert RESOURCES["ApiKeysKey"]["Properties"]["EnableKeyRotation"] is True


@pytest.mark.aws
def test_sam_validate_lint() -> None:
    result = subprocess.run(
        [SAM, "validate", "--lint"], cwd=ROOT, env=SAM_ENV, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _elf_machine(path: Path) -> int:
    header = path.read_bytes()[:20]
    assert header[:4] == b"\x7fELF"
    return int.from_bytes(header[18:20], "little")


@pytest.mark.slow
def test_sam_build_layer_holds_the_shared_package(tmp_path: Path) -> None:
    build_dir = tmp_path / "build"
    result = subprocess.run(
        [SAM, "build", "--build-dir", str(build_dir), "--template-file", str(ROOT / "template.yaml")],
        cwd=ROOT,
        env=SAM_ENV,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    layer = build_dir / "SharedLayer" / "python"
    assert (layer / "resume_api" / "auth" / "authorizer.py").exists()
    assert (layer / "resume_api" / "models" / "resume.py").exists()
    for package in ("fastapi", "mangum", "aws_lambda_powertools", "pypdf", "docx", "pydantic_core"):
        assert (layer / package).is_dir(), package
    assert (layer / "resume_api" / "web" / "openapi.json").is_file(), "the document the docs pages show"
    assert (layer / "fastapi_offline" / "static" / "redoc.standalone.js").is_file(), "the bundled viewers"
    native = next((layer / "pydantic_core").glob("_pydantic_core*.so"))
    assert _elf_machine(native) == 0xB7, "arm64 (aarch64) wheels for an arm64 layer"
    for logical in FUNCTIONS:
        built = {p.name for p in (build_dir / logical).iterdir()}
        assert built == {"app.py", "__pycache__"}, (logical, built)
        assert {p.name for p in (build_dir / logical / "__pycache__").iterdir()} == {"app.cpython-311.pyc"}
    _assert_bytecode_for_lambda(build_dir)
    built_template = (build_dir / "template.yaml").read_text()
    assert "SharedLayer" in built_template
    json.dumps(built_template)


def test_the_layers_wheels_are_kept_per_requirements(tmp_path: Path) -> None:
    """The build installs the layer's wheels from a folder of the user's cache named by the content of
    requirements.txt: the same pins find the same folder, other pins another (downloaded anew)."""

    def wheels_for(requirements: str) -> str:
        (tmp_path / "requirements.txt").write_text(requirements)
        plan = subprocess.run(
            ["make", "-s", "-n", "-f", str(ROOT / "infra" / "package" / "Makefile"), "build-SharedLayer"],
            cwd=tmp_path,
            env=dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"), ARTIFACTS_DIR=str(tmp_path / "out")),
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        folders = set(re.findall(r'--find-links "([^"]+)"', plan))
        assert len(folders) == 1, plan
        return folders.pop()

    first = wheels_for("six==1.17.0\n")
    assert first.startswith(str(tmp_path / "cache" / "resume-api" / "layer-wheels" / ""))
    assert wheels_for("six==1.16.0\n") != first
    assert wheels_for("six==1.17.0\n") == first


# CPython 3.11's bytecode magic number (importlib.util.MAGIC_NUMBER of any 3.11.x).
PY311_MAGIC = (3495).to_bytes(2, "little") + b"\r\n"


def _assert_bytecode_for_lambda(build_dir: Path) -> None:
    """Every module of the layer and of each function ships bytecode the python3.11 runtime uses
    as is from a read-only, zipped package: magic of 3.11, hash-based and unchecked (PEP 552
    flags 0b01), so neither a missing mtime nor a read-only cache makes it compile again."""
    sources = [p for p in build_dir.rglob("*.py") if "template" not in p.name]
    assert len(sources) > 1000, len(sources)
    for source in sources:
        cached = source.parent / "__pycache__" / f"{source.stem}.cpython-311.pyc"
        assert cached.exists(), source
        header = cached.read_bytes()[:8]
        assert header[:4] == PY311_MAGIC, cached
        assert int.from_bytes(header[4:8], "little") == 0b01, cached
