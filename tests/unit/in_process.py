"""A function's FastAPI app served in this process over the in-memory ports (tests/fakes.py).

For the cases where what is tested is the HTTP answer (status code, error body, headers) of one
route's rules: the function's own app, routes, request parsing, error handlers and middleware run
as on Lambda, behind an authorizer context as API Gateway passes it, with the function's port
getters replaced by the world's fakes. What crosses the gateway (authorizer, routing, moto) stays
with the runner tests.
"""

from __future__ import annotations

import asyncio
import functools
import importlib.util
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
from starlette.types import Receive, Scope, Send

from resume_api.llm.registry import provider_for_session
from tests.fakes import HASH, World

FUNCTIONS = Path(__file__).resolve().parents[2] / "functions"
REQUEST_ID = "req-in-process"


@functools.cache
def load_function(name: str) -> ModuleType:
    """functions/<name>/app.py as a module of its own, loaded once per process: each client sets the
    module's port getters to its own fakes before every request it sends."""
    spec = importlib.util.spec_from_file_location(f"in_process_{name}", FUNCTIONS / name / "app.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def world_ports(world: World, providers: Callable[..., Any] | None = None) -> dict[str, Any]:
    """Every port getter a function module reads (web/wiring/), as the world's fakes; the LLM as
    web/wiring/providers.py builds it (the session's provider, its key from the session store)."""
    return {
        "resume_repository": lambda: world.resumes,
        "document_repository": lambda: world.documents,
        "conversation_repository": lambda: world.conversations,
        "session_repository": lambda: world.sessions,
        "quota_counters": lambda: world.quotas,
        "job_queue": lambda: world.jobs,
        "resume_items": lambda: world.resumes,
        "providers": providers or (lambda session: provider_for_session(session, world.sessions)),
        "parser_until": lambda deadline: world.parse,  # the Parser port an invocation binds to its deadline
    }


class FunctionClient:
    """Sends requests to one function's app as API Gateway would after the authorizer allowed them."""

    def __init__(self, name: str, token_hash: str = HASH, **ports: Callable[..., Any]) -> None:
        self.module = load_function(name)
        for getter in ports:
            assert hasattr(self.module, getter), f"{name} has no port getter {getter}"
        self.ports = ports
        self.token_hash = token_hash

    @classmethod
    def over(
        cls, name: str, world: World, token_hash: str = HASH, providers: Callable[..., Any] | None = None
    ) -> FunctionClient:
        """The function with each port getter it has replaced by the world's fake."""
        module = load_function(name)
        ports = {k: v for k, v in world_ports(world, providers).items() if hasattr(module, k)}
        return cls(name, token_hash, **ports)

    async def _app(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            authorizer = {
                "session_hash": self.token_hash,
                "session_ref": "ref-in-process",
                "expires_at": int(time.time()) + 3600,
            }
            scope["aws.event"] = {"requestContext": {"requestId": REQUEST_ID, "authorizer": authorizer}}
        for getter, port in self.ports.items():
            setattr(self.module, getter, port)
        await self.module.app(scope, receive, send)

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        async def send() -> httpx.Response:
            transport = httpx.ASGITransport(app=self._app)
            async with httpx.AsyncClient(transport=transport, base_url="http://in-process") as client:
                return await client.request(method, path, **kwargs)

        return asyncio.run(send())

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", path, **kwargs)

    def patch(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("PATCH", path, **kwargs)
