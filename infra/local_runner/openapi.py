"""The OpenAPI document of the whole API, assembled from each function's FastAPI router.

Each function documents its own route; the template says which routes sit behind the
authorizer and what API Gateway itself can answer (401, 413, 429, 503, 504), so those are
added here from the same template rather than repeated in every function.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from local_runner.template import ApiSpec, FunctionSpec, RouteSpec, Stack

REPO_ROOT = Path(__file__).resolve().parents[2]

_GATEWAY_ERRORS = {
    "413": "Request too large (API Gateway: 10 MB; Lambda: 6 MB event).",
    "429": "Throttled; see Retry-After.",
    "502": "The function failed.",
    "504": "The operation took longer than the integration timeout.",
}
_AUTH_ERRORS = {
    "401": "No valid session (missing, malformed, unknown, expired or revoked).",
    "503": "The session could not be checked; see Retry-After.",
}


def load_function_module(spec: FunctionSpec) -> ModuleType:
    """Import a function's handler module under a unique name (every function's module is `app`)."""
    module_file, _, _ = spec.handler.rpartition(".")
    name = f"_local_fn_{spec.logical_id}"
    if name in sys.modules:
        return sys.modules[name]
    path = spec.code_dir / f"{module_file.replace('.', '/')}.py"
    module_spec = importlib.util.spec_from_file_location(name, path)
    assert module_spec is not None
    assert module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[name] = module
    module_spec.loader.exec_module(module)
    return module


def _error_ref(components: dict[str, Any]) -> dict[str, Any]:
    schemas = components.setdefault("schemas", {})
    if "ErrorResponse" in schemas:
        return {"$ref": "#/components/schemas/ErrorResponse"}
    return {"type": "object", "required": ["error"], "properties": {"error": {"type": "object"}}}


def build_openapi(
    api: ApiSpec, functions: dict[str, FunctionSpec], routes: list[RouteSpec]
) -> dict[str, Any]:
    from fastapi import FastAPI

    from resume_api.web.app import API_TITLE, API_VERSION
    from resume_api.web.contract import add_components, add_request_bodies
    from resume_api.web.errors import error_response

    app = FastAPI(
        title=API_TITLE,
        version=API_VERSION,
        servers=[{"url": f"/{api.stage}"}],
        description="Every route but session/create and session/test-config needs "
        "`X-Session-ID: <id>` or `Authorization: Bearer <id>`.",
    )
    http_functions = {r.function for r in routes}
    hidden: set[tuple[str, str]] = set()  # routes a router keeps out of the document (the docs pages)
    bodies: dict[str, Any] = {}  # bodies FastAPI cannot describe (several media types): web.contract
    for logical in sorted(http_functions):
        module = load_function_module(functions[logical])
        app.include_router(module.router)
        bodies.update(getattr(module, "REQUEST_BODIES", {}))
        for route in module.router.routes:
            if not getattr(route, "include_in_schema", True):
                hidden.update((route.path, method) for method in getattr(route, "methods", ()))
    doc = app.openapi()
    add_request_bodies(doc, bodies)
    add_components(doc, "resume_api.web.error_schema:ErrorResponse")  # what error responses point at
    components = doc.setdefault("components", {})
    components["securitySchemes"] = {
        "SessionId": {"type": "apiKey", "in": "header", "name": "X-Session-ID"},
        "Bearer": {"type": "http", "scheme": "bearer"},
    }
    error_schema = _error_ref(components)
    for route in routes:
        if (route.path, route.method) in hidden:
            continue
        operation = doc["paths"].get(route.path, {}).get(route.method.lower())
        if operation is None:
            raise ValueError(
                f"{route.method} {route.path} is in template.yaml but not in its function's router"
            )
        extra = dict(_GATEWAY_ERRORS)
        if route.authorizer:
            operation["security"] = [{"SessionId": []}, {"Bearer": []}]
            extra.update(_AUTH_ERRORS)
        responses = operation.setdefault("responses", {})
        for status, description in extra.items():
            entry = {"description": description, "content": {"application/json": {"schema": error_schema}}}
            entry.update({k: v for k, v in error_response(int(status)).items() if k == "headers"})
            responses.setdefault(status, entry)
    return doc


def document_text(template: Path = REPO_ROOT / "template.yaml") -> str:
    """The OpenAPI document of the template's API as the docs function serves it (stable JSON)."""
    stack = Stack(template, "resume-api-local", lenient=True)
    doc = build_openapi(stack.api(), stack.functions(), stack.routes())
    return json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main() -> None:
    """`python -m local_runner.openapi` (`make openapi`): write the document the docs function serves."""
    from resume_api.web.docs import OPENAPI_FILE

    OPENAPI_FILE.write_text(document_text(), encoding="utf-8")
    print(f"wrote {OPENAPI_FILE.relative_to(REPO_ROOT)}")


if __name__ == "__main__":
    main()
