"""/docs and /redoc in a real headless browser with no network: every operation is on the page.

Debian's chromium (installed by `make system-deps`), driven by Playwright (no browser download),
loads the pages the docs function serves through the runner. Every request that would leave the
machine is aborted and counted; the test fails on any such request and on any failed one, so a
page that needs a CDN cannot pass.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from local_runner.runner import LocalRunner
from resume_api.web.docs import OPENAPI_FILE

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DOCS_HOST = "docs.resume-api.test"
"""A name that is not localhost, mapped to 127.0.0.1 inside the browser only, so the pages are loaded
as from a deployed host (some viewers fetch extras only for non-local hosts)."""
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]", DOCS_HOST}
METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}


def _operations(doc: dict[str, Any]) -> set[tuple[str, str, str]]:
    return {
        (method.upper(), path, op["operationId"])
        for path, item in doc["paths"].items()
        for method, op in item.items()
        if method in METHODS
    }


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        pytest.skip("chromium is not installed: `make system-deps` installs it (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"),
            args=[*FLAGS, f"--host-resolver-rules=MAP {DOCS_HOST} 127.0.0.1"],
            headless=True,
        )
        yield context
        context.close()


class _Traffic:
    """Every request a page makes: those to loopback go through, any other is aborted and kept."""

    def __init__(self) -> None:
        self.outside: list[str] = []
        self.failed: list[str] = []
        self.seen: list[str] = []

    def route(self, route: Any) -> None:
        url = route.request.url
        self.seen.append(url)
        host = urlsplit(url).hostname or ""
        if url.startswith("data:") or host in LOOPBACK:
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def on_failed(self, request: Any) -> None:
        self.failed.append(f"{request.url}: {request.failure}")

    def on_response(self, response: Any) -> None:
        if response.status >= 400:
            self.failed.append(f"{response.url}: HTTP {response.status}")


def _open(browser: Any, url: str) -> tuple[Any, _Traffic]:
    url = url.replace("127.0.0.1", DOCS_HOST, 1)
    traffic = _Traffic()
    page = browser.new_page()
    page.route("**/*", traffic.route)
    page.on("requestfailed", traffic.on_failed)
    page.on("response", traffic.on_response)
    page.goto(url, wait_until="load")
    return page, traffic


def test_served_document_is_the_assembled_one(runner: LocalRunner) -> None:
    """The document the docs function serves is the one the runner assembles from the routers now
    (`make openapi` rewrites it after a route or model changes)."""
    live = httpx.get(f"{runner.base_url}/openapi.json").json()
    served = httpx.get(f"{runner.base_url}/api/docs/openapi.json").json()
    assert served == json.loads(OPENAPI_FILE.read_text()), "served as committed"
    assert served == live, "layers/shared/resume_api/web/openapi.json is stale: run `make openapi`"


@pytest.mark.parametrize("path", ["/api/docs", "/docs"])
def test_swagger_ui_lists_every_operation_offline(browser: Any, runner: LocalRunner, path: str) -> None:
    doc = httpx.get(f"{runner.base_url}/api/docs/openapi.json").json()
    expected = {(method, route) for method, route, _ in _operations(doc)}
    page, traffic = _open(browser, f"{runner.base_url}{path}")
    page.wait_for_selector(".opblock", timeout=30_000)
    shown = page.eval_on_selector_all(
        ".opblock",
        """blocks => blocks.map(b => [
            (b.querySelector('.opblock-summary-method') || {}).textContent,
            (b.querySelector('.opblock-summary-path') || {}).getAttribute
                ? b.querySelector('.opblock-summary-path').getAttribute('data-path') : null])""",
    )
    assert {(m.strip().upper(), p) for m, p in shown} == expected
    assert "Resume API" in page.inner_text(".info .title")
    page.close()
    assert not traffic.outside, traffic.outside
    assert not traffic.failed, traffic.failed
    assert any(u.endswith("/docs/swagger-ui-bundle.js") for u in traffic.seen)


@pytest.mark.parametrize("path", ["/api/redoc", "/redoc"])
def test_redoc_renders_every_operation_offline(browser: Any, runner: LocalRunner, path: str) -> None:
    doc = httpx.get(f"{runner.base_url}/api/docs/openapi.json").json()
    expected = {operation_id for _, _, operation_id in _operations(doc)}
    page, traffic = _open(browser, f"{runner.base_url}{path}")
    page.wait_for_selector("[data-section-id^='operation/']", timeout=30_000)
    sections = page.eval_on_selector_all(
        "[data-section-id^='operation/']", "els => els.map(e => e.getAttribute('data-section-id'))"
    )
    assert {s.split("/", 1)[1] for s in sections} == expected
    menu = page.eval_on_selector_all(
        "li[data-item-id*='operation/']", "els => els.map(e => e.getAttribute('data-item-id'))"
    )
    assert {m.rsplit("operation/", 1)[1] for m in menu} == expected, "every operation in the side menu too"
    page.close()
    assert not traffic.outside, traffic.outside
    assert not traffic.failed, traffic.failed
    assert any(u.endswith("/docs/redoc.standalone.js") for u in traffic.seen)
