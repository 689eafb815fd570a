"""No 500 from a configuration (issue #11, item 6): `base_url` is validated completely at create and
test-config, and no path answers 500 for any `llm_config` that create accepted.

A control character (`\\u0000`, `\\x7f`), anything httpx cannot build, and the metadata, loopback and
private forms the call-time SSRF guard refuses (in both modes: private allowed and not) are a 422
naming `llm_config.base_url`. What create accepts then goes through test-config, optimize and
`upload_resume?use_llm=true` (one form through the runner, every form through the functions'
apps over the fakes, tests/unit/test_hostile_base_urls_http.py). Private ranges (10.x, 192.168.x,
100.64.x) are allowed in development: there the test checks what the guard decides, in-process,
and never connects to them.
"""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

import httpx
import pytest
from pydantic import ValidationError

from resume_api.llm.base import UnsafeBaseUrl
from resume_api.llm.ssrf import METADATA_NAMES, check_base_url_address, resolve_safe
from resume_api.logic.config_check import check_llm_base_url
from resume_api.models.llm_config_in import LlmConfigIn
from resume_api.settings import LlmSettings
from tests.conftest import Session
from tests.factories import pdf_resume, upload
from tests.llm.fakes import free_port
from tests.llm.test_ssrf import DNS, HOSTILE, fake_dns

PORT = free_port()
MALFORMED = [
    f"http://127.0.0.1:{PORT}/\u0000",
    f"http://127.0.0.1:{PORT}/\x7f",
    f"http://127.0.0.1:{PORT}/\x1b[31m",
    f"http://127.0.0.1:{PORT}/a b",
    f"http://127.0.0.1:{PORT}/a\tb",
    f"http://127.0.0.1:{PORT}/a\u2028b",
    f"http://127.0.0.1:{PORT}/\u200b",
    f"http://127.0.0.1\u0000:{PORT}",
    "http://[::1",
    "http://127.0.0.1:99999",
    "http://127.0.0.1:-1",
    "http://exa mple.com",
    "http://" + "a" * 64 + ".example",
    "http://a..b/",
    f"http://0177.0.0.1:{PORT}",
    f"http://127.0.0.1:{PORT}/v1?key=1",
    f"http://127.0.0.1:{PORT}/#frag",
    "javascript:alert(1)",
    "http://user@127.0.0.1/",
]
REFUSED_ALWAYS = [
    "http://169.254.169.254",
    "http://169.254.170.2/v2/credentials",
    "http://[fd00:ec2::254]",
    "http://[::ffff:a9fe:a9fe]",
    "http://[::ffff:169.254.169.254]/",
    "http://[fe80::1]/",
    "http://224.0.0.1/",
    "http://240.0.0.1/",
    "http://198.18.0.1/",
    "http://192.0.2.10/",
]
LOOPBACK = [
    f"http://127.0.0.1:{PORT}",
    f"http://127.1:{PORT}",
    f"http://2130706433:{PORT}",
    f"http://0x7f.1:{PORT}",
    f"http://localhost:{PORT}",
    f"http://LOCALHOST.:{PORT}/v1",
    f"http://[::1]:{PORT}",
    f"http://[::ffff:127.0.0.1]:{PORT}",
    f"https://127.0.0.1:{PORT}/v1/",
]
PRIVATE = ["http://10.0.0.1:11434", "http://192.168.1.1:11434", "http://100.64.0.1/", "http://172.16.5.4/"]
PROD = LlmSettings(allow_private_base_urls=False)
DEV = LlmSettings(allow_private_base_urls=True)


def _id(url: str) -> str:
    """The case's name without the free port, which differs in each xdist worker that collects it."""
    return repr(url.replace(f":{PORT}", ":PORT"))


def _config(url: str) -> dict[str, Any]:
    return {
        "provider": "openai_compatible",
        "model_name": "fake-model",
        "base_url": url,
        "api_key": "sk-test-key-0000",
    }


def _assert_422_naming_the_field(response: httpx.Response) -> None:
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert "base_url" in error["message"], error
    assert any(f["field"] == "llm_config.base_url" for f in error.get("fields", [])), error


def test_the_address_check_agrees_with_the_call_time_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every case the SSRF table refuses without DNS is refused at create too, in its mode; none the
    call-time guard allows is refused early."""
    monkeypatch.setattr(socket, "getaddrinfo", fake_dns(dict(DNS)))
    monkeypatch.setenv("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:9001")
    early = 0
    for url, allow_private in HOSTILE:
        try:
            check_base_url_address(url, allow_private=allow_private)
        except UnsafeBaseUrl:
            early += 1
            with pytest.raises(UnsafeBaseUrl):
                resolve_safe(url, allow_private=allow_private)
    assert early >= 40, "the literal and local forms are all caught before any call"
    for url in PRIVATE + LOOPBACK:
        check_base_url_address(url, allow_private=True)
        with pytest.raises(UnsafeBaseUrl):
            check_base_url_address(url, allow_private=False)


def test_private_ranges_are_decided_without_connecting(monkeypatch: pytest.MonkeyPatch) -> None:
    """Development lets 10.x, 192.168.x, 100.64.x through: the guard pins the address; nothing connects."""
    connected: list[Any] = []
    monkeypatch.setattr(socket.socket, "connect", lambda self, address: connected.append(address))
    for url in PRIVATE:
        target = resolve_safe(url, allow_private=True)
        assert target.ip == url.split("//")[1].split(":")[0].split("/")[0]
        with pytest.raises(UnsafeBaseUrl):
            resolve_safe(url, allow_private=False)
        config = LlmConfigIn(**_config(url))
        check_llm_base_url(config, DEV)
        with pytest.raises(UnsafeBaseUrl) as refused:
            check_llm_base_url(config, PROD)
        assert refused.value.status == 422
    assert connected == []


@pytest.mark.parametrize("url", MALFORMED + REFUSED_ALWAYS, ids=_id)
def test_create_and_test_config_refuse_with_a_422_naming_the_field(api: httpx.Client, url: str) -> None:
    for path in ("/session/create", "/session/test-config"):
        response = api.post(path, json={"llm_config": _config(url)})
        _assert_422_naming_the_field(response)
        assert "sk-test-key" not in response.text
    for settings in (PROD, DEV):
        with pytest.raises((ValueError, UnsafeBaseUrl)):
            check_llm_base_url(LlmConfigIn(**_config(url)), settings)


@pytest.mark.parametrize("url", LOOPBACK[:1], ids=_id)
def test_what_create_accepts_never_answers_500(api: httpx.Client, url: str) -> None:
    """Development mode (the runner's): loopback is allowed; nothing listens on the port, so every path
    reports the provider unreachable, never an internal error. One form end to end; every form of
    LOOPBACK (this one included) goes through the functions' apps over the fakes in
    tests/unit/test_hostile_base_urls_http.py."""
    created = api.post("/session/create", json={"llm_config": _config(url)})
    assert created.status_code == 201, created.text
    session = Session(id=created.json()["session_id"], body=created.json())
    probe = api.post("/session/test-config", json={"llm_config": _config(url)})
    assert probe.status_code == 200, probe.text
    assert probe.json()["ok"] is False and probe.json()["error"]["code"].startswith(("llm_", "unsafe_"))
    uploaded = api.post(
        "/upload_resume",
        params={"use_llm": "true"},
        headers=session.headers,
        files={"file": ("cv.pdf", pdf_resume(), "application/pdf")},
    )
    assert uploaded.status_code == 201, uploaded.text
    assert uploaded.json()["refinement"]["error"]["code"].startswith("llm_")
    optimized = api.post(
        "/optimize_resume", headers=session.headers, json={"jd": "Backend engineer: Python and SQL."}
    )
    assert optimized.status_code in (422, 502, 504), optimized.text
    assert optimized.json()["error"]["code"] != "internal_error"
    assert upload(api, session.headers, pdf_resume()).status_code == 201


def test_private_ranges_are_accepted_in_development_but_never_called(api: httpx.Client) -> None:
    """Create stores them (development allows private LLMs); the calls are checked above, in-process."""
    for url in PRIVATE:
        assert api.post("/session/create", json={"llm_config": _config(url)}).status_code == 201


# --- generated families (ssrf23): one parse, one decision, whatever the spelling -------------------

SPELLED: dict[str, tuple[bool, bool]] = {
    "169.254.169.254": (False, False),
    "169.254.170.2": (False, False),
    "100.100.100.200": (False, False),
    "127.0.0.1": (False, True),
    "10.0.0.1": (False, True),
    "192.168.1.1": (False, True),
    "100.64.0.1": (False, True),
    "93.184.216.34": (True, True),
}
"""IPv4 address → (allowed in production, allowed in development)."""
METADATA_V6 = ("fd00:ec2::254", "fd00:ec2::253", "fd00:ec2::123")


def _spellings(address: str) -> list[str]:
    """What inet_aton, IDNA and the IPv6 embeddings all read as `address`: dotted, decimal, hex,
    octal, mixed, short forms, ideographic and full-width dots and digits, mapped and NAT64."""
    a, b, c, d = (int(x) for x in address.split("."))
    n = (a << 24) | (b << 16) | (c << 8) | d
    hi, lo = format(n >> 16, "x"), format(n & 0xFFFF, "x")
    full = address.translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))
    return [
        address,
        f"{address}.",
        str(n),
        hex(n),
        "0" + format(n, "o"),
        ".".join(f"0{x:o}" for x in (a, b, c, d)),
        ".".join(hex(x) for x in (a, b, c, d)),
        f"{a}.{b}.{(c << 8) | d}",
        f"{a}.{(b << 16) | (c << 8) | d}",
        address.replace(".", "。"),
        address.replace(".", "｡"),
        full,
        f"[::ffff:{address}]",
        f"[::ffff:{hi}:{lo}]",
        f"[64:ff9b::{address}]",
    ]


def _decided(url: str, allow_private: bool) -> tuple[bool, bool]:
    """(create's address check allows it, the call-time guard allows it)."""
    early = late = True
    try:
        check_base_url_address(url, allow_private=allow_private)
    except UnsafeBaseUrl:
        early = False
    try:
        resolve_safe(url, allow_private=allow_private)
    except UnsafeBaseUrl:
        late = False
    return early, late


@pytest.mark.parametrize("address", list(SPELLED))
def test_every_spelling_of_an_address_is_one_decision_at_create_and_call(
    monkeypatch: pytest.MonkeyPatch, address: str
) -> None:
    """Create (the address check) and the call-time guard read the host through the same parse, so
    each spelling is decided as its address is, in both modes; numeric forms never reach DNS."""
    monkeypatch.setattr(socket, "getaddrinfo", fake_dns({}))
    for allow_private, allowed in zip((False, True), SPELLED[address], strict=True):
        for spelled in _spellings(address):
            for url in (f"http://{spelled}/v1", f"https://{spelled}:8443"):
                assert _decided(url, allow_private) == (allowed, allowed), (url, allow_private)


@pytest.mark.parametrize("address", METADATA_V6)
def test_aws_metadata_over_ipv6_is_refused_in_both_modes(address: str) -> None:
    """IMDS, its DNS and time server on Nitro's IPv6 (fd00:ec2::/32 is otherwise a private range)."""
    expanded = ipaddress.IPv6Address(address).exploded
    for spelled in (address, address.upper(), expanded, f"{address}%25eth0"):
        for allow_private in (False, True):
            assert _decided(f"http://[{spelled}]/", allow_private) == (False, False), (spelled, allow_private)


@pytest.mark.parametrize("name", METADATA_NAMES)
def test_metadata_names_are_refused_at_create_in_both_modes(name: str) -> None:
    for spelled in (name, name.upper(), f"{name}.", name.replace(".", "。")):
        for allow_private in (False, True):
            with pytest.raises(UnsafeBaseUrl, match="metadata"):
                check_base_url_address(f"http://{spelled}/computeMetadata/v1/", allow_private=allow_private)


def _malformed(host: str) -> list[str]:
    """`host` broken in each way no resolver should see: encoded, split, emptied, overlong,
    control characters before or after (where stripping would hide them), a bad port, CR/LF encoded."""
    controls = ("\t", "\n", "\r", "\r\n", "\x0b", "\x0c", "\x00", "\x85", "\u2028", "\u200b")
    out = [
        "http://" + "".join(f"%{ord(ch):02x}" if i == 0 else ch for i, ch in enumerate(host)) + "/",
        f"http://{host.replace('.', '%2e', 1)}/",
        f"http://{host.replace('.', chr(92), 1)}/",
        f"http://{host.replace('.', '..', 1)}/",
        f"http://.{host}/",
        f"http://{host}../",
        f"http://{'a' * 64}.{host}/",
        "http://" + ".".join([host] * (260 // len(host) + 1)) + "/",
        f"http://<{host}>/",
        f"http://{host}:0/v1",
        f"http://{host}/v1%0d%0aX-Injected:%201",
        f"http://{host}/v1%00",
    ]
    out += [f"{ch}http://{host}/v1" for ch in controls] + [f"http://{host}/v1{ch}" for ch in controls]
    return out


@pytest.mark.parametrize("host", ["api.example.com", "169.254.169.254", "localtest.me", "10.0.0.1"])
def test_a_malformed_host_is_a_422_naming_the_field_at_create_and_refused_at_call(host: str) -> None:
    for url in _malformed(host):
        with pytest.raises(ValidationError) as invalid:
            LlmConfigIn(**_config(url))
        assert [e["loc"] for e in invalid.value.errors()] == [("base_url",)], url
        for allow_private in (False, True):
            assert _decided(url, allow_private) == (False, False), (url, allow_private)


def test_an_empty_base_url_names_the_field() -> None:
    for url in ("", "   "):
        with pytest.raises(ValidationError) as invalid:
            LlmConfigIn(**_config(url))
        assert [e["loc"] for e in invalid.value.errors()] == [("base_url",)]


def test_no_refusal_quotes_the_value() -> None:
    """urlsplit's own error for a bracketed host quotes it (`'…' does not appear to be an IPv6
    address`): the parse answers its own message, so a 422 never echoes what was sent."""
    marker = "sk-echo-marker-5150"
    shapes = (
        "http://[{m}]/",
        "http://[fe80::1%25{m}%5c]/",
        "http://[::1%25{m}!]/",
        "http://[v1.{m}]/",
        "https://[{m}]:8443/v1",
        "http://[::ffff:{m}]/",
        "http://{m}\\@169.254.169.254/",
        "http://%{m}/",
    )
    for shape in shapes:
        url = shape.format(m=marker)
        with pytest.raises(ValidationError) as invalid:
            LlmConfigIn(**_config(url))
        assert marker not in str([error["msg"] for error in invalid.value.errors()]), url
        for allow_private in (False, True):
            for check in (check_base_url_address, resolve_safe):
                with pytest.raises(UnsafeBaseUrl) as refused:
                    check(url, allow_private=allow_private)
                assert marker not in refused.value.message, url
