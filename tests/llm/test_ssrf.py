"""The SSRF guard (docs/threats.md 9, 10): hostile base URLs refused, public ones pinned, no rebinding.

DNS is faked by replacing `socket.getaddrinfo` for the `.example` names the tests use; numeric
hosts and `localhost` still go through the real resolver, which is what turns `127.1` or
`2130706433` into 127.0.0.1, so the guard is tested on what the system would really connect to.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from resume_api.llm.base import LlmUnreachable, UnsafeBaseUrl
from resume_api.llm.registry import provider_for
from resume_api.llm.ssrf import resolve_safe
from resume_api.models.llm_config import LlmConfigStored
from resume_api.settings import LlmSettings

REAL_GETADDRINFO = socket.getaddrinfo
PUBLIC_V4 = "93.184.216.34"
PUBLIC_V6 = "2606:2800:220:1:248:1893:25c8:1946"


def _infos(addresses: list[str], port: Any) -> list[Any]:
    out: list[Any] = []
    for address in addresses:
        if ":" in address:
            out.append((socket.AF_INET6, socket.SOCK_STREAM, 6, "", (address, int(port or 0), 0, 0)))
        else:
            out.append((socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, int(port or 0))))
    return out


def fake_dns(table: dict[str, list[str] | Callable[[], list[str]]]) -> Callable[..., Any]:
    """getaddrinfo that answers from `table` for the names in it and really resolves the rest."""

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else str(host)
        if name in table:
            answer = table[name]
            return _infos(answer() if callable(answer) else answer, port)
        if name.endswith((".example", ".invalid")):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return REAL_GETADDRINFO(host, port, *args, **kwargs)

    return getaddrinfo


DNS: dict[str, list[str] | Callable[[], list[str]]] = {
    "metadata.example": ["169.254.169.254"],
    "ecs-creds.example": ["169.254.170.2"],
    "mixed.example": [PUBLIC_V4, "10.0.0.5"],
    "mixed6.example": [PUBLIC_V6, "::1"],
    "mapped.example": ["::ffff:127.0.0.1"],
    "nat64.example": ["64:ff9b::a9fe:a9fe"],
    "cgnat.example": ["100.100.100.100"],
    "api.example": [PUBLIC_V4],
    "dual.example": [PUBLIC_V4, PUBLIC_V6],
}

# (url, allow_private). Every one must raise UnsafeBaseUrl.
HOSTILE: list[tuple[str, bool]] = [
    # loopback, and the odd numeric spellings of it
    ("http://127.0.0.1:11434", False),
    ("http://127.1", False),
    ("http://2130706433/", False),
    ("http://0x7f.1/", False),
    ("http://0x7f000001/", False),
    ("http://0177.0.0.1/", False),
    ("http://127.000.000.001/", False),
    ("http://localhost:11434", False),
    ("HTTP://LOCALHOST./v1", False),
    ("http://[::1]:8080", False),
    # unspecified
    ("http://0.0.0.0:8000", False),
    ("http://0/", False),
    ("http://[::]/", False),
    # link-local and cloud metadata, literal and by DNS
    ("http://169.254.169.254/latest/meta-data/", False),
    ("http://169.254.170.2/v2/credentials", False),
    ("http://[fd00:ec2::254]/latest/meta-data/", False),
    ("http://[fe80::1]/", False),
    ("http://metadata.example/", False),
    ("http://ecs-creds.example/", False),
    # private, CGNAT, benchmarking, multicast, reserved, broadcast, documentation
    ("http://10.0.0.1/", False),
    ("http://172.16.5.4/", False),
    ("http://192.168.1.1:11434/", False),
    ("http://[fc00::1]/", False),
    ("http://[fd12:3456::1]/", False),
    ("http://100.64.0.1/", False),
    ("http://cgnat.example/", False),
    ("http://198.18.0.1/", False),
    ("http://224.0.0.1/", False),
    ("http://[ff02::1]/", False),
    ("http://240.0.0.1/", False),
    ("http://255.255.255.255/", False),
    ("http://192.0.2.10/", False),
    # IPv4 hidden in IPv6
    ("http://[::ffff:127.0.0.1]/", False),
    ("http://[::ffff:169.254.169.254]/", False),
    ("http://[64:ff9b::7f00:1]/", False),
    ("http://[64:ff9b::a9fe:a9fe]/", False),
    ("http://[2002:a9fe:a9fe::1]/", False),
    ("http://[2002:7f00:1::1]/", False),
    ("http://[::127.0.0.1]/", False),
    ("http://[::ffff:0:7f00:1]/", False),
    ("http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/", False),
    ("http://mapped.example/", False),
    ("http://nat64.example/", False),
    # one bad address among good ones
    ("http://mixed.example/", False),
    ("http://mixed6.example/", False),
    # schemes and credentials
    ("file:///etc/passwd", False),
    ("ftp://api.example/", False),
    ("gopher://api.example:70/_GET", False),
    ("dict://api.example:11211/", False),
    ("http://user:pass@api.example/", False),
    ("http://api.example@127.0.0.1/", False),
    ("http:///v1/models", False),
    # what allow_private (development) must still refuse
    ("http://169.254.169.254/", True),
    ("http://[fd00:ec2::254]/", True),
    ("http://[::ffff:169.254.169.254]/", True),
    ("http://127.0.0.1:9001/2018-06-01/runtime/invocation/next", True),
    ("http://localhost:9001/2020-01-01/extension/register", True),
    ("http://[::1]:9001/", True),
    ("http://127.0.0.2:9001/", True),
    ("http://0.0.0.0:9001/", True),
]


@pytest.fixture
def dns(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str] | Callable[[], list[str]]]:
    table = dict(DNS)
    monkeypatch.setattr(socket, "getaddrinfo", fake_dns(table))
    monkeypatch.setenv("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:9001")
    return table


def test_hostile_base_urls_are_refused(dns: Any) -> None:
    assert len(HOSTILE) >= 30
    refused: dict[tuple[str, bool], UnsafeBaseUrl] = {}
    for url, allow_private in HOSTILE:
        try:
            resolve_safe(url, allow_private=allow_private)
        except UnsafeBaseUrl as exc:
            refused[(url, allow_private)] = exc
    assert [case for case in HOSTILE if case not in refused] == []
    assert {(e.status, e.code) for e in refused.values()} == {(422, "unsafe_base_url")}
    messages = " ".join(e.message for e in refused.values())
    assert not any(ip in messages for ip in ("169.254", "127.0", "10.0", "::1", "fd00", "0x7f"))


def test_public_base_urls_pass_and_are_pinned(dns: Any) -> None:
    target = resolve_safe("https://api.example/v1", allow_private=False)
    assert (target.scheme, target.host, target.port) == ("https", "api.example", 443)
    assert target.addresses == (PUBLIC_V4,)
    assert (target.host_header, target.sni_hostname, target.base_path) == (
        "api.example",
        "api.example",
        "/v1",
    )
    assert target.origin() == f"https://{PUBLIC_V4}:443"

    dual = resolve_safe("http://dual.example:8080", allow_private=False)
    assert dual.addresses == (PUBLIC_V4, PUBLIC_V6)
    assert (dual.host_header, dual.sni_hostname) == ("dual.example:8080", None)

    literal = resolve_safe(f"https://[{PUBLIC_V6}]:8443/", allow_private=False)
    assert literal.origin() == f"https://[{PUBLIC_V6}]:8443"
    assert literal.host_header == f"[{PUBLIC_V6}]:8443"


def test_allow_private_admits_loopback_and_private_but_not_the_runtime_api(dns: Any) -> None:
    assert resolve_safe("http://127.0.0.1:11434", allow_private=True).ip == "127.0.0.1"
    assert resolve_safe("http://localhost:8000", allow_private=True).host_header == "localhost:8000"
    assert resolve_safe("http://192.168.1.20:11434", allow_private=True).ip == "192.168.1.20"
    with pytest.raises(UnsafeBaseUrl, match="runtime API"):
        resolve_safe("http://127.0.0.1:9001", allow_private=True)


def test_unresolvable_or_slow_dns_is_unreachable_not_unsafe(dns: Any) -> None:
    with pytest.raises(LlmUnreachable):
        resolve_safe("http://nowhere.invalid/", allow_private=False)

    def slow() -> list[str]:
        time.sleep(1.0)
        return [PUBLIC_V4]

    dns["slow.example"] = slow
    started = time.monotonic()
    with pytest.raises(LlmUnreachable):
        resolve_safe("http://slow.example/", allow_private=False, dns_timeout_s=0.2)
    assert time.monotonic() - started < 0.8


def test_dns_rebinding_connects_to_the_checked_address(monkeypatch: pytest.MonkeyPatch) -> None:
    """First answer public, every later one loopback: the connection still goes to the first."""
    lookups: list[str] = []

    def rebinding() -> list[str]:
        lookups.append("rebind.example")
        return [PUBLIC_V4] if len(lookups) == 1 else ["127.0.0.1"]

    monkeypatch.setattr(socket, "getaddrinfo", fake_dns({"rebind.example": rebinding}))
    connected: list[Any] = []
    original_connect = socket.socket.connect
    this_thread = threading.get_ident()

    def record_connect(self: socket.socket, address: Any) -> None:
        if threading.get_ident() != this_thread:  # the runner's own threads (log shipping, pollers)
            return original_connect(self, address)
        connected.append(address[:2])
        raise ConnectionRefusedError("refused by the test")

    monkeypatch.setattr(socket.socket, "connect", record_connect)
    config = LlmConfigStored(
        provider="openai_compatible", model_name="m", base_url="http://rebind.example:8080", timeout_s=3
    )
    provider = provider_for(config, None, settings=LlmSettings(allow_private_base_urls=False))
    with pytest.raises(LlmUnreachable):
        provider.probe()
    assert lookups == ["rebind.example"]
    assert connected, "a connection was attempted"
    assert set(connected) == {(PUBLIC_V4, 8080)}


def test_https_keeps_the_name_for_host_and_tls(monkeypatch: pytest.MonkeyPatch) -> None:
    """The URL carries the checked IP; Host and the TLS server name carry the configured name."""
    monkeypatch.setattr(socket, "getaddrinfo", fake_dns({"llm.example": [PUBLIC_V4]}))
    sent: list[httpx.Request] = []

    def capture(self: httpx.Client, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        sent.append(request)
        raise httpx.ConnectError("no network in tests", request=request)

    monkeypatch.setattr(httpx.Client, "send", capture)
    config = LlmConfigStored(
        provider="openai", model_name="m", base_url="https://llm.example:8443/v1", timeout_s=2
    )
    provider = provider_for(config, "sk-x", settings=LlmSettings(allow_private_base_urls=False))
    with pytest.raises(LlmUnreachable):
        provider.probe()
    request = sent[0]
    assert (request.url.scheme, request.url.host, request.url.port) == ("https", PUBLIC_V4, 8443)
    assert request.url.path == "/v1/models"
    assert request.headers["host"] == "llm.example:8443"
    assert request.extensions["sni_hostname"] == "llm.example"
