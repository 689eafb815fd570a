"""One careful HTTP path to a user's LLM: pinned address, bounded time and size, our own errors.

Every HTTP provider talks through `Transport`, so the rules hold for all of them:

- the base URL goes through the SSRF guard once; the connection goes to the address that was
  checked (the URL's host is replaced by that IP, the original name travels in `Host` and, for
  https, in httpx's `sni_hostname` request extension so TLS still verifies the real name), and
  redirects are never followed (docs/threats.md 9, 10);
- one deadline per call (the clamped `timeout_s`): connect at most 5 s, each read at most what is
  left, and a watchdog shuts the socket when the deadline passes mid-body;
- the body is streamed and cut at `max_response_bytes` (docs/threats.md 29);
- at most two retries, with exponential backoff and jitter, only on 429, 500/502/503/504 and
  connection failures, honouring a short `Retry-After`, never past the deadline;
- failures become our error classes with our messages. The provider's body and the API key are
  never put in an exception or a log line: logs carry the provider name and the status code
  (docs/threats.md 12).

It also holds the small wire helpers the providers share (limits, schema instructions).
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import random
import re
import socket
import ssl
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from resume_api.errors import ApiError
from resume_api.llm.base import (
    ChatMessage,
    LlmAuthFailed,
    LlmBadOutput,
    LlmError,
    LlmRateLimited,
    LlmRequest,
    LlmResponse,
    LlmResponseTooLarge,
    LlmTimeout,
    LlmUnreachable,
)
from resume_api.llm.limits import MAX_TOKENS, MIN_TOKENS, clamp
from resume_api.llm.ssrf import DNS_TIMEOUT_S, PinnedTarget, resolve_safe
from resume_api.models.llm_config import LlmConfigStored
from resume_api.models.slotted import Frozen, Slotted
from resume_api.observability import count, logger, milliseconds
from resume_api.settings import LlmSettings

MAX_RETRIES = 2
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
CONNECT_TIMEOUT_S = 5.0
RETRY_AFTER_CAP_S = 5.0
BACKOFF_BASE_S = 0.25
BACKOFF_CAP_S = 2.0
_CLIENTS_MAX = 8
_jitter = random.SystemRandom()

# httpcore logs a provider's raw response headers at DEBUG (a Location, a reflected key) and httpx
# every URL at INFO; neither may reach the function's logs, whatever level the function runs at.
for _noisy in ("httpx", "httpcore"):
    logging.getLogger(_noisy).setLevel(logging.WARNING)


class _Hidden(dict[str, str]):
    """Headers that carry a key: usable as a dict, never shown by repr or str."""

    def __repr__(self) -> str:
        return "<hidden headers>"

    __str__ = __repr__


class _ConnectionFailed(Exception):
    """Internal: the connection failed before a usable response (retried, then LlmUnreachable)."""


class Reply(Slotted):
    """A provider's answer that passed the status checks: 2xx, or a 4xx the provider interprets."""

    __slots__ = ("body", "headers", "status")
    status: int
    headers: httpx.Headers
    body: bytes

    def __init__(self, status: int, headers: httpx.Headers, body: bytes) -> None:
        self.status = status
        self.headers = headers
        self.body = body

    def json(self) -> Any:
        try:
            return json.loads(self.body)
        except ValueError:
            raise LlmBadOutput("The LLM provider's reply was not valid JSON.") from None


def metric(record: Callable[[str, float], None], name: str, value: float = 1) -> None:
    """Metrics must never fail a call (EMF flushing validates the namespace, unset in unit tests)."""
    with contextlib.suppress(Exception):
        record(name, value)


_clients: OrderedDict[tuple[str, str, int, str], httpx.Client] = OrderedDict()
_clients_lock = threading.Lock()


@functools.cache
def _tls() -> ssl.SSLContext:
    """The TLS settings every client verifies with, built once per process: what httpx builds for each
    client by default (certifi's roots, no certificate paths from the environment), whose loading
    of the roots costs ~20 ms of CPU a client, on the cold path of an LLM call."""
    return httpx.create_ssl_context(trust_env=False)


def _client_for(target: PinnedTarget) -> httpx.Client:
    """One keep-alive client per (name, checked address), reused across warm invocations.

    Keyed by the host name as well as the IP so that a TLS connection verified for one name is
    never reused for another name that happens to share the address.
    """
    key = (target.scheme, target.host, target.port, target.ip)
    with _clients_lock:
        client = _clients.get(key)
        if client is not None:
            _clients.move_to_end(key)
            return client
        client = httpx.Client(
            verify=_tls(),
            follow_redirects=False,
            trust_env=False,  # no proxy from the environment: we connect to the checked address only
            limits=httpx.Limits(max_connections=8, max_keepalive_connections=4, keepalive_expiry=30),
        )
        _clients[key] = client
        while len(_clients) > _CLIENTS_MAX:
            _, old = _clients.popitem(last=False)
            old.close()
        return client


class _Watchdog:
    """Shuts the socket at the deadline, so a server that trickles its body cannot hold us past it."""

    def __init__(self, response: httpx.Response, deadline: float) -> None:
        self.fired = False
        self._timer: threading.Timer | None = None
        stream = response.extensions.get("network_stream")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if isinstance(sock, socket.socket):
            self._timer = threading.Timer(max(0.0, deadline - time.monotonic()), self._fire, args=(sock,))
            self._timer.daemon = True
            self._timer.start()

    def _fire(self, sock: socket.socket) -> None:
        self.fired = True
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()


def _retry_after_s(value: str | None) -> float | None:
    if not value:
        return None
    with contextlib.suppress(ValueError):
        return max(0.0, float(value))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def pause_before_retry(attempt: int, retry_after: str | None, deadline: float) -> bool:
    """Sleep before retry `attempt + 1`; False when waiting would pass the deadline or the cap."""
    hint = _retry_after_s(retry_after)
    if hint is not None:
        if hint > RETRY_AFTER_CAP_S:
            return False
        delay = hint
    else:
        delay = min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2**attempt) * _jitter.uniform(0.5, 1.0)
    if time.monotonic() + delay + 0.05 >= deadline:
        return False
    time.sleep(delay)
    return True


def join_path(base_path: str, suffix: str) -> str:
    """`/v1/...` under a base path; a base URL that already ends in /v1 does not get a second one."""
    if base_path.endswith("/v1") and suffix.startswith("/v1/"):
        base_path = base_path[: -len("/v1")]
    return base_path + suffix


class Transport:
    """HTTP to one checked base URL, for one provider instance."""

    def __init__(
        self,
        base_url: str,
        *,
        provider: str,
        timeout_s: float,
        allow_private: bool,
        max_response_bytes: int,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.base_url = base_url
        self.provider = provider
        self.timeout_s = timeout_s
        self.allow_private = allow_private
        self.max_response_bytes = max_response_bytes
        self._headers = _Hidden(headers or {})
        self._target: PinnedTarget | None = None
        self.attempts = 0
        self.last_peer: tuple[str, int] | None = None

    def __repr__(self) -> str:
        return f"Transport(provider={self.provider!r})"

    @property
    def target(self) -> PinnedTarget:
        """Resolved and checked on first use, then pinned for this transport's life."""
        if self._target is None:
            self._target = resolve_safe(
                self.base_url,
                allow_private=self.allow_private,
                dns_timeout_s=min(DNS_TIMEOUT_S, self.timeout_s),
            )
        return self._target

    def url_path(self, suffix: str) -> str:
        return join_path(self.target.base_path, suffix)

    def request(
        self, method: str, suffix: str, *, json_body: Any = None, timeout_s: float | None = None
    ) -> Reply:
        """Send with retries; returns 2xx and non-auth 4xx replies, raises our errors for the rest."""
        started = time.monotonic()
        budget = self.timeout_s if timeout_s is None else min(self.timeout_s, timeout_s)
        deadline = started + budget
        metric(count, "llm.calls")
        try:
            return self._with_retries(method, suffix, json_body, deadline)
        except ApiError as exc:
            metric(count, "llm.errors")
            logger.warning("LLM call failed", extra={"llm_provider": self.provider, "llm_error": exc.code})
            raise
        finally:
            metric(milliseconds, "llm.latency", (time.monotonic() - started) * 1000)

    def _with_retries(self, method: str, suffix: str, json_body: Any, deadline: float) -> Reply:
        attempt = 0
        while True:
            if time.monotonic() >= deadline:
                raise LlmTimeout()
            try:
                reply = self._send_once(method, suffix, json_body, deadline)
            except _ConnectionFailed:
                if attempt < MAX_RETRIES and self._pause(attempt, None, deadline):
                    attempt += 1
                    continue
                if time.monotonic() >= deadline:
                    raise LlmTimeout() from None
                raise LlmUnreachable() from None
            if reply.status < 400:
                return reply
            logger.warning(
                "LLM provider answered with an error status",
                extra={"llm_provider": self.provider, "status": reply.status},
            )
            if reply.status in RETRY_STATUSES:
                if attempt < MAX_RETRIES and self._pause(attempt, reply.headers.get("retry-after"), deadline):
                    attempt += 1
                    continue
                if reply.status == 429:
                    raise LlmRateLimited()
                raise LlmUnreachable(f"The LLM provider failed (HTTP {reply.status}).")
            if reply.status >= 500:
                raise LlmUnreachable(f"The LLM provider failed (HTTP {reply.status}).")
            return reply

    def _pause(self, attempt: int, retry_after: str | None, deadline: float) -> bool:
        return pause_before_retry(attempt, retry_after, deadline)

    def _send_once(self, method: str, suffix: str, json_body: Any, deadline: float) -> Reply:
        target = self.target
        client = _client_for(target)
        remaining = max(0.001, deadline - time.monotonic())
        headers = {
            "Host": target.host_header,
            "Accept": "application/json",
            "User-Agent": "resume-api",
            **self._headers,
        }
        extensions = {"sni_hostname": target.sni_hostname} if target.sni_hostname else {}
        request = client.build_request(
            method,
            target.origin() + join_path(target.base_path, suffix),
            json=json_body,
            headers=headers,
            timeout=httpx.Timeout(
                connect=min(CONNECT_TIMEOUT_S, remaining), read=remaining, write=remaining, pool=remaining
            ),
            extensions=extensions,
        )
        self.attempts += 1
        try:
            response = client.send(request, stream=True)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.RemoteProtocolError, httpx.ReadError):
            raise _ConnectionFailed() from None
        except httpx.TimeoutException:
            raise LlmTimeout() from None
        except httpx.HTTPError:
            raise LlmUnreachable() from None
        try:
            stream = response.extensions.get("network_stream")
            with contextlib.suppress(Exception):
                self.last_peer = stream.get_extra_info("server_addr") if stream is not None else None
            status = response.status_code
            if 300 <= status < 400:
                raise LlmUnreachable("The LLM provider answered with a redirect; redirects are not followed.")
            if status in (401, 403):
                raise LlmAuthFailed()
            if status >= 500 or status == 429:
                return Reply(status, response.headers, b"")
            return Reply(status, response.headers, self._read_capped(response, deadline))
        finally:
            response.close()

    def _read_capped(self, response: httpx.Response, deadline: float) -> bytes:
        cap = self.max_response_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise LlmResponseTooLarge()
        watchdog = _Watchdog(response, deadline)
        body = bytearray()
        try:
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > cap:
                    raise LlmResponseTooLarge()
                if time.monotonic() > deadline:
                    raise LlmTimeout()
        except httpx.TimeoutException:
            raise LlmTimeout() from None
        except httpx.HTTPError:
            if watchdog.fired or time.monotonic() >= deadline:
                raise LlmTimeout() from None
            raise _ConnectionFailed() from None
        finally:
            watchdog.cancel()
        if watchdog.fired:
            raise LlmTimeout()
        return bytes(body)


# ----- what the providers share -----------------------------------------------------------------


class CallLimits(Frozen):
    __slots__ = ("max_tokens", "temperature", "timeout_s")
    temperature: float
    max_tokens: int
    timeout_s: float

    def __init__(self, temperature: float, max_tokens: int, timeout_s: float) -> None:
        object.__setattr__(self, "temperature", temperature)
        object.__setattr__(self, "max_tokens", max_tokens)
        object.__setattr__(self, "timeout_s", timeout_s)


def call_limits(
    request: LlmRequest, *, max_tokens: int, timeout_s: float, max_temperature: float = 2.0
) -> CallLimits:
    """The request's temperature, clamped; tokens and time the lower of the request's and the config's."""
    tokens = int(clamp(min(request.max_tokens, max_tokens), MIN_TOKENS, MAX_TOKENS))
    return CallLimits(
        temperature=clamp(request.temperature, 0.0, max_temperature),
        max_tokens=tokens,
        timeout_s=max(0.1, min(request.timeout_s, timeout_s)),
    )


def schema_instruction(schema: dict[str, Any]) -> str:
    return (
        "Answer with one JSON object and nothing else (no prose, no code fences). "
        "It must validate against this JSON schema:\n" + json.dumps(schema, separators=(",", ":"))
    )


def with_instruction(messages: list[ChatMessage], instruction: str) -> list[ChatMessage]:
    """The messages with `instruction` appended to the system message (or as a new first one)."""
    out = list(messages)
    for i, message in enumerate(out):
        if message.role == "system":
            out[i] = ChatMessage("system", f"{message.content}\n\n{instruction}")
            return out
    return [ChatMessage("system", instruction), *out]


def split_system(messages: list[ChatMessage]) -> tuple[str, list[ChatMessage]]:
    """System text apart from the turns (Anthropic and Bedrock take it as a separate field)."""
    system = "\n\n".join(m.content for m in messages if m.role == "system")
    return system, [m for m in messages if m.role != "system"]


_FENCE = re.compile(r"^\s*```[A-Za-z0-9_-]*\s*\n(.*)\n\s*```\s*$", re.DOTALL)


def strip_fences(text: str) -> str:
    """A JSON answer a model wrapped in a markdown code fence, unwrapped."""
    match = _FENCE.match(text)
    return match.group(1) if match else text.strip()


def tool_name(name: str) -> str:
    """A tool / schema name the APIs accept: [a-zA-Z0-9_-], at most 64 characters."""
    cleaned = re.sub(r"[^A-Za-z0-9_-]", "_", name)[:64]
    return cleaned or "output"


def int_or_zero(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


class HttpProvider:
    """What the HTTP providers share: config, clamped time budget, the transport with the auth headers."""

    default_base_url = ""

    def __init__(
        self,
        config: LlmConfigStored,
        api_key: str | None,
        *,
        timeout_s: float,
        settings: LlmSettings,
    ) -> None:
        self.config = config
        self.name: str = config.provider
        self.model: str = config.model_name
        self.timeout_s = timeout_s
        self.transport = Transport(
            config.base_url or self.default_base_url,
            provider=self.name,
            timeout_s=timeout_s,
            allow_private=settings.allow_private_base_urls,
            max_response_bytes=settings.max_response_bytes,
            headers=self.auth_headers(api_key),
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(model={self.model!r})"

    def auth_headers(self, api_key: str | None) -> dict[str, str]:
        return {"Authorization": f"Bearer {api_key}"} if api_key else {}

    @staticmethod
    def reject_errors(status: int) -> None:
        """An HTTP error not translated more precisely by the caller: our message, never the body."""
        if status >= 400:
            raise LlmError(f"The LLM provider rejected the request (HTTP {status}).")

    def response(
        self, text: str, data: dict[str, Any], started: float, input_tokens: Any, output_tokens: Any
    ) -> LlmResponse:
        """The answer with the model the provider reports, its token counts and the call's latency."""
        return LlmResponse(
            text=text,
            model=str(data.get("model") or self.model),
            provider=self.name,
            usage={"input_tokens": int_or_zero(input_tokens), "output_tokens": int_or_zero(output_tokens)},
            latency_ms=(time.perf_counter() - started) * 1000,
        )

    def limits(self, request: LlmRequest, max_temperature: float = 2.0) -> CallLimits:
        return call_limits(
            request,
            max_tokens=self.config.max_tokens,
            timeout_s=self.timeout_s,
            max_temperature=max_temperature,
        )
