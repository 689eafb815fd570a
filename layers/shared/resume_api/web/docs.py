"""The API's documentation pages, Swagger UI at /docs and ReDoc at /redoc, with nothing from a CDN.

Both pages load their JavaScript and CSS from the files the `fastapi-offline` package bundles
(Swagger UI 5, ReDoc 2), and the OpenAPI document from `openapi.json` beside this module: the
document the local runner assembles from every function's router and the template, written by
`make openapi` and checked against a fresh assembly by the tests. So the docs work with no
network, on a laptop as in the deployed API, where one public function serves these routes.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from starlette.responses import HTMLResponse, Response

OPENAPI_FILE = Path(__file__).with_name("openapi.json")
ASSETS = {
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
    "swagger-ui.css": "text/css; charset=utf-8",
    "redoc.standalone.js": "text/javascript; charset=utf-8",
}
NO_FAVICON = "data:,"  # no request for an icon, least of all to an outside host
TITLE = "Resume API"
OUTSIDE_URLS = {
    "redoc.standalone.js": [
        # ReDoc's side-menu footer always loads Redocly's logo from their CDN; an empty inline image
        # takes its place, so the page asks nothing of any other host.
        (
            b"https://cdn.redoc.ly/redoc/logo-mini.svg",
            b"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E",
        ),
    ]
}

router = APIRouter(include_in_schema=False)


def _asset_dir() -> Path:
    spec = importlib.util.find_spec("fastapi_offline")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("fastapi-offline (the bundled Swagger UI and ReDoc) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "static"


@cache
def _read(name: str) -> bytes:
    if name == "openapi.json":
        return OPENAPI_FILE.read_bytes()
    data = (_asset_dir() / name).read_bytes()
    for outside, inline in OUTSIDE_URLS.get(name, []):
        data = data.replace(outside, inline)
    return data


def _base(request: Request) -> str:
    """The URL prefix the client used before the route's own path: the stage ("/api"), or a mapping."""
    event = request.scope.get("aws.event") or {}
    full = str((event.get("requestContext") or {}).get("path") or "")
    path = str(event.get("path") or "")
    if path and full.endswith(path):
        return full[: len(full) - len(path)]
    return ""


@router.get("/docs")
def swagger_ui(request: Request) -> HTMLResponse:
    base = _base(request)
    return get_swagger_ui_html(
        openapi_url=f"{base}/docs/openapi.json",
        title=f"{TITLE} - Swagger UI",
        swagger_js_url=f"{base}/docs/swagger-ui-bundle.js",
        swagger_css_url=f"{base}/docs/swagger-ui.css",
        swagger_favicon_url=NO_FAVICON,
    )


@router.get("/redoc")
def redoc(request: Request) -> HTMLResponse:
    base = _base(request)
    return get_redoc_html(
        openapi_url=f"{base}/docs/openapi.json",
        title=f"{TITLE} - ReDoc",
        redoc_js_url=f"{base}/docs/redoc.standalone.js",
        redoc_favicon_url=NO_FAVICON,
        with_google_fonts=False,
    )


@router.get("/docs/{asset}")
def asset(asset: str) -> Response:
    """The OpenAPI document and the bundled files; nothing else is served (no path is read from input)."""
    if asset == "openapi.json":
        return Response(_read(asset), media_type="application/json", headers={"Cache-Control": "no-cache"})
    if asset not in ASSETS:
        raise HTTPException(status_code=404)
    return Response(
        _read(asset), media_type=ASSETS[asset], headers={"Cache-Control": "public, max-age=86400"}
    )
