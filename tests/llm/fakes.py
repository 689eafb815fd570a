"""Fake LLM servers on 127.0.0.1 that speak the real wire formats (non-streaming), scriptable per test.

One `FakeLlm` plays Ollama (`/api/chat`, `/api/tags`), an OpenAI-compatible server
(`/v1/chat/completions`, `/v1/models`) or Anthropic (`/v1/messages`, `/v1/models[/{id}]`). By
default it answers like the real service: the canned `answer` as the JSON the request's schema asks
for, the provider's own error bodies for an unknown model or a wrong key (echoing the key and a
marker, so tests can prove neither leaks). `script()` queues odd replies for the chat path: 429 with
Retry-After, 500, slow, trickling, malformed, huge, redirects. Every request is recorded (method,
path, headers, JSON body) so tests can assert what went over the wire.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit

RAW_MARKER = "RAW-PROVIDER-BODY-7d1e"
CHAT_PATHS = {"ollama": "/api/chat", "openai": "/v1/chat/completions", "anthropic": "/v1/messages"}


@dataclass
class Step:
    """One scripted reply. `body=None` with status 200 means "the normal answer"."""

    status: int = 200
    body: bytes | dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    drip_s: float = 0.0
    no_length: bool = False
    path: str | None = None


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up mid-reply (the cap, a timeout) is expected here, not an error."""


class FakeLlm:
    def __init__(
        self,
        kind: str,
        *,
        models: tuple[str, ...] = ("fake-model",),
        api_key: str | None = None,
        answer: dict[str, Any] | None = None,
    ) -> None:
        self.kind = kind
        self.models = list(models)
        self.api_key = api_key
        self.answer: dict[str, Any] = (
            answer if answer is not None else {"summary": "ok", "skills": ["python"]}
        )
        self.reject_formats: set[str] = set()
        self.has_model_list = True
        self.fence_text = False
        self.requests: list[Received] = []
        self._steps: list[Step] = []
        self._lock = threading.Lock()
        self.stopping = threading.Event()
        self._server = _QuietServer(("127.0.0.1", 0), _handler_for(self))
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def chat_path(self) -> str:
        return CHAT_PATHS[self.kind]

    def start(self) -> FakeLlm:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()

    def script(self, *steps: Step) -> None:
        with self._lock:
            self._steps.extend(steps)

    def next_step(self, path: str) -> Step | None:
        with self._lock:
            for i, step in enumerate(self._steps):
                if (step.path or self.chat_path) == path:
                    return self._steps.pop(i)
        return None

    def chat_requests(self) -> list[Received]:
        return [r for r in self.requests if r.path == self.chat_path]

    # ----- the normal behaviour of each service -----------------------------------------------

    def has(self, model: str) -> bool:
        if self.kind == "ollama":
            wanted = {model, model if ":" in model else f"{model}:latest"}
            return any(m in wanted or f"{m}:latest" in wanted for m in self.models)
        return model in self.models

    def authorized(self, headers: dict[str, str]) -> tuple[bool, str]:
        if self.api_key is None:
            return True, ""
        if self.kind == "anthropic":
            given = headers.get("x-api-key", "")
        else:
            given = headers.get("authorization", "").removeprefix("Bearer ")
        return given == self.api_key, given

    def auth_error(self, given: str) -> tuple[int, dict[str, Any]]:
        if self.kind == "anthropic":
            return 401, {
                "type": "error",
                "error": {
                    "type": "authentication_error",
                    "message": f"invalid x-api-key {given} {RAW_MARKER}",
                },
            }
        if self.kind == "ollama":
            return 401, {"error": f"unauthorized {given} {RAW_MARKER}"}
        return 401, {
            "error": {
                "message": f"Incorrect API key provided: {given}. {RAW_MARKER}",
                "type": "invalid_request_error",
                "param": None,
                "code": "invalid_api_key",
            }
        }

    def not_found(self, model: str) -> tuple[int, dict[str, Any]]:
        if self.kind == "ollama":
            return 404, {"error": f'model "{model}" not found, try pulling it first {RAW_MARKER}'}
        if self.kind == "anthropic":
            return 404, {"type": "error", "error": {"type": "not_found_error", "message": f"model: {model}"}}
        return 404, {
            "error": {
                "message": f"The model `{model}` does not exist or you do not have access to it. {RAW_MARKER}",
                "type": "invalid_request_error",
                "param": None,
                "code": "model_not_found",
            }
        }

    def respond(self, method: str, path: str, body: Any) -> tuple[int, dict[str, Any]]:
        return getattr(self, f"_{self.kind}")(method, path, body if isinstance(body, dict) else {})

    def _ollama(self, method: str, path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if method == "GET" and path == "/api/tags":
            return 200, {
                "models": [
                    {
                        "name": name if ":" in name else f"{name}:latest",
                        "model": name if ":" in name else f"{name}:latest",
                        "modified_at": "2024-12-06T00:48:09.983619Z",
                        "size": 4_661_224_676,
                        "digest": "9f438cb9cd581fc025612d27f7c1a6669ff83a8bb0ed86c94fcf4c5440555697",
                        "details": {"format": "gguf", "family": "llama", "parameter_size": "8B"},
                    }
                    for name in self.models
                ]
            }
        if method == "POST" and path == "/api/chat":
            model = str(body.get("model", ""))
            if not self.has(model):
                return self.not_found(model)
            return 200, {
                "model": model,
                "created_at": "2024-12-06T00:46:58.265747Z",
                "message": {"role": "assistant", "content": json.dumps(self.answer)},
                "done_reason": "stop",
                "done": True,
                "total_duration": 2254970291,
                "load_duration": 574751416,
                "prompt_eval_count": 34,
                "prompt_eval_duration": 1502000000,
                "eval_count": 12,
                "eval_duration": 175000000,
            }
        return 404, {"error": "404 page not found"}

    def _openai(self, method: str, path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if method == "GET" and path == "/v1/models":
            if not self.has_model_list:
                return 404, {"detail": "Not Found"}
            return 200, {
                "object": "list",
                "data": [
                    {"id": m, "object": "model", "created": 1700000000, "owned_by": "fake"}
                    for m in self.models
                ],
            }
        if method == "POST" and path == "/v1/chat/completions":
            model = str(body.get("model", ""))
            if not self.has(model):
                return self.not_found(model)
            mode = (body.get("response_format") or {}).get("type", "text")
            if mode in self.reject_formats:
                return 400, {
                    "error": {
                        "message": f"response_format {mode} is not supported {RAW_MARKER}",
                        "type": "invalid_request_error",
                        "param": "response_format",
                        "code": None,
                    }
                }
            content = json.dumps(self.answer)
            if mode == "text" and self.fence_text:
                content = f"```json\n{content}\n```"
            return 200, {
                "id": "chatcmpl-fake",
                "object": "chat.completion",
                "created": 1700000000,
                "model": model,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content, "refusal": None},
                        "logprobs": None,
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": 21, "completion_tokens": 9, "total_tokens": 30},
            }
        return 404, {"detail": "Not Found"}

    def _anthropic(self, method: str, path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if method == "GET" and path == "/v1/models":
            data = [
                {"type": "model", "id": m, "display_name": m, "created_at": "2025-02-19T00:00:00Z"}
                for m in self.models
            ]
            return 200, {
                "data": data,
                "has_more": False,
                "first_id": data[0]["id"] if data else None,
                "last_id": data[-1]["id"] if data else None,
            }
        if method == "GET" and path.startswith("/v1/models/"):
            model = unquote(path.removeprefix("/v1/models/"))
            aliases = {f"{m.rsplit('-', 1)[0]}-latest": m for m in self.models}
            resolved = aliases.get(model, model)
            if not self.has(resolved):
                return self.not_found(model)
            return 200, {
                "type": "model",
                "id": resolved,
                "display_name": resolved,
                "created_at": "2025-02-19T00:00:00Z",
            }
        if method == "POST" and path == "/v1/messages":
            model = str(body.get("model", ""))
            if not self.has(model):
                return self.not_found(model)
            choice = body.get("tool_choice") or {}
            if choice.get("type") == "tool":
                content: list[dict[str, Any]] = [
                    {
                        "type": "tool_use",
                        "id": "toolu_01fake",
                        "name": choice.get("name"),
                        "input": self.answer,
                    }
                ]
                stop = "tool_use"
            else:
                content = [{"type": "text", "text": json.dumps(self.answer)}]
                stop = "end_turn"
            return 200, {
                "id": "msg_01fake",
                "type": "message",
                "role": "assistant",
                "model": model,
                "content": content,
                "stop_reason": stop,
                "stop_sequence": None,
                "usage": {"input_tokens": 31, "output_tokens": 11},
            }
        return 404, {"type": "error", "error": {"type": "not_found_error", "message": "Not found"}}


def _handler_for(fake: FakeLlm) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            return

        def do_GET(self) -> None:
            self._handle("GET")

        def do_POST(self) -> None:
            self._handle("POST")

        def _handle(self, method: str) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                parsed = json.loads(raw) if raw else None
            except ValueError:
                parsed = raw.decode("utf-8", "replace")
            path = urlsplit(self.path).path
            headers = {k.lower(): v for k, v in self.headers.items()}
            fake.requests.append(Received(method, self.path, headers, parsed))

            step = fake.next_step(path)
            if step is not None and step.delay_s and fake.stopping.wait(step.delay_s):
                return
            if step is not None and not (step.status == 200 and step.body is None):
                self._send(step.status, step.body, step)
                return
            ok, given = fake.authorized(headers)
            if not ok:
                self._send(*fake.auth_error(given), step)
                return
            if fake.kind == "anthropic" and "anthropic-version" not in headers:
                self._send(
                    400,
                    {
                        "type": "error",
                        "error": {"type": "invalid_request_error", "message": "anthropic-version required"},
                    },
                    step,
                )
                return
            self._send(*fake.respond(method, path, parsed), step)

        def _send(self, status: int, body: bytes | dict[str, Any] | None, step: Step | None) -> None:
            payload = body if isinstance(body, bytes) else json.dumps(body or {}).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            for name, value in (step.headers if step else {}).items():
                self.send_header(name, value)
            if step is not None and step.no_length:
                self.send_header("Connection", "close")
                self.close_connection = True
            else:
                self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            try:
                if step is not None and step.drip_s:
                    for i in range(len(payload)):
                        self.wfile.write(payload[i : i + 1])
                        self.wfile.flush()
                        if fake.stopping.wait(step.drip_s):
                            return
                else:
                    self.wfile.write(payload)
            except OSError:
                self.close_connection = True

    return Handler


def free_port() -> int:
    """A port nothing listens on (bound, then released)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until(predicate: Any, timeout_s: float = 2.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return bool(predicate())
