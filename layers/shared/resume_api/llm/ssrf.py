"""The SSRF guard: a user's `base_url` is resolved once, every address is checked, and the caller
connects to exactly the address that was checked.

The Lambda will call any URL a session names, so the URL must not lead to the metadata service,
the Lambda runtime API, loopback or private networks (docs/threats.md 9 and 10). The check is on the
*resolved* addresses, never on the text: `127.1`, `2130706433`, `0x7f.1` and `0177.0.0.1` all
resolve to loopback, and `ipaddress.is_global` calls `64:ff9b::7f00:1`, `2002:a9fe:a9fe::1` and
`::127.0.0.1` global although they embed loopback or link-local IPv4. Every resolved address must
pass (one private answer among public ones refuses the URL), and the result pins them, so a second
DNS answer (rebinding) is never used.

`allow_private` is for development (the local runner calls fakes on 127.0.0.1): it admits
loopback, private and CGNAT addresses, never link-local/metadata, multicast, reserved ranges or
the Lambda runtime API named by AWS_LAMBDA_RUNTIME_API.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from resume_api.llm.errors import LlmUnreachable, UnsafeBaseUrl
from resume_api.models.base_url import DEFAULT_PORTS, BaseUrlParts, parse_base_url
from resume_api.models.slotted import Frozen

if TYPE_CHECKING:
    from resume_api.models.llm_config_in import LlmConfigIn
    from resume_api.settings import LlmSettings

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

DNS_TIMEOUT_S = 5.0

# Categories a development setup may call; everything else that is not public is always refused.
PRIVATE_OK = frozenset({"loopback", "private", "shared (CGNAT)"})

_V4_RULES: tuple[tuple[ipaddress.IPv4Network, str], ...] = tuple(
    (ipaddress.IPv4Network(net), category)
    for net, category in (
        ("169.254.169.254/32", "cloud metadata"),
        ("169.254.170.2/32", "cloud metadata"),
        ("100.100.100.200/32", "cloud metadata"),
        ("0.0.0.0/8", "unspecified"),
        ("127.0.0.0/8", "loopback"),
        ("169.254.0.0/16", "link-local"),
        ("10.0.0.0/8", "private"),
        ("172.16.0.0/12", "private"),
        ("192.168.0.0/16", "private"),
        ("100.64.0.0/10", "shared (CGNAT)"),
        ("198.18.0.0/15", "benchmarking"),
        ("224.0.0.0/4", "multicast"),
        ("240.0.0.0/4", "reserved"),
        ("192.0.0.0/24", "reserved"),
        ("192.88.99.0/24", "reserved"),
        ("192.0.2.0/24", "documentation"),
        ("198.51.100.0/24", "documentation"),
        ("203.0.113.0/24", "documentation"),
    )
)
_V6_RULES: tuple[tuple[ipaddress.IPv6Network, str], ...] = tuple(
    (ipaddress.IPv6Network(net), category)
    for net, category in (
        ("fd00:ec2::254/128", "cloud metadata"),
        ("fd00:ec2::253/128", "cloud metadata"),
        ("fd00:ec2::123/128", "cloud metadata"),
        ("::/128", "unspecified"),
        ("::1/128", "loopback"),
        ("fe80::/10", "link-local"),
        ("fec0::/10", "private"),
        ("fc00::/7", "private"),
        ("ff00::/8", "multicast"),
        ("100::/64", "reserved"),
        ("2001:db8::/32", "documentation"),
    )
)
_MAPPED = ipaddress.IPv6Network("::ffff:0:0/96")
_TRANSLATED = ipaddress.IPv6Network("::ffff:0:0:0/96")
_COMPATIBLE = ipaddress.IPv6Network("::/96")
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.IPv6Network("64:ff9b:1::/48")
_SIX_TO_FOUR = ipaddress.IPv6Network("2002::/16")
_TEREDO = ipaddress.IPv6Network("2001::/32")

_resolver = ThreadPoolExecutor(max_workers=4, thread_name_prefix="dns")


class PinnedTarget(Frozen):
    """Where a base URL leads, checked: connect to `ip`, send `host_header`, verify TLS for `sni_hostname`."""

    __slots__ = ("addresses", "base_path", "host", "host_header", "port", "scheme", "sni_hostname")
    scheme: str
    host: str
    port: int
    addresses: tuple[str, ...]
    host_header: str
    sni_hostname: str | None
    base_path: str

    def __init__(
        self,
        scheme: str,
        host: str,
        port: int,
        addresses: tuple[str, ...],
        host_header: str,
        sni_hostname: str | None,
        base_path: str = "",
    ) -> None:
        object.__setattr__(self, "scheme", scheme)
        object.__setattr__(self, "host", host)
        object.__setattr__(self, "port", port)
        object.__setattr__(self, "addresses", addresses)
        object.__setattr__(self, "host_header", host_header)
        object.__setattr__(self, "sni_hostname", sni_hostname)
        object.__setattr__(self, "base_path", base_path)

    @property
    def ip(self) -> str:
        return self.addresses[0]

    def origin(self) -> str:
        """The URL origin that connects to the checked address (IPv6 bracketed)."""
        ip = f"[{self.ip}]" if ":" in self.ip else self.ip
        return f"{self.scheme}://{ip}:{self.port}"


def _article(category: str) -> str:
    return "an" if category[0].lower() in "aeiou" else "a"


def refuse(category: str) -> UnsafeBaseUrl:
    """The one message per category: it names the kind of address, never the address itself."""
    return UnsafeBaseUrl(
        f"base_url resolves to {_article(category)} {category} address, which is not allowed."
    )


def classify(address: IPAddress) -> str | None:
    """The category of a non-public address, or None when the address is public."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.scope_id:
            address = ipaddress.IPv6Address(str(address).split("%", 1)[0])
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            inner = classify(embedded)
            return None if inner is None else f"IPv4-in-IPv6 {inner}"
        if address in _COMPATIBLE and address not in (
            ipaddress.IPv6Address("::"),
            ipaddress.IPv6Address("::1"),
        ):
            return "IPv4-compatible IPv6"
        for net6, category in _V6_RULES:
            if address in net6:
                return category
        if address in _TEREDO:
            return "Teredo IPv6"
        if address in _TRANSLATED or address in _NAT64_LOCAL:
            return "IPv4-translated IPv6"
    else:
        for net4, category in _V4_RULES:
            if address in net4:
                return category
    if address.is_multicast:
        return "multicast"
    if not address.is_global or address.is_reserved:
        return "non-public"
    return None


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address hidden in a mapped, NAT64 or 6to4 IPv6 address, if any."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address.sixtofour is not None:
        return address.sixtofour
    return None


def _allowed(category: str, allow_private: bool) -> bool:
    if not allow_private:
        return False
    return category.removeprefix("IPv4-in-IPv6 ") in PRIVATE_OK


def _runtime_api() -> tuple[str, int] | None:
    """The Lambda runtime (and extensions) API, which answers on the sandbox's loopback."""
    value = os.environ.get("AWS_LAMBDA_RUNTIME_API", "").strip()
    if not value:
        return None
    parts = urlsplit(f"//{value}")
    try:
        port = parts.port or 80
    except ValueError:
        return None
    return (parts.hostname or "").lower(), port


def _same_endpoint(ips: list[IPAddress], port: int, runtime: tuple[str, int]) -> bool:
    host, runtime_port = runtime
    if port != runtime_port:
        return False
    try:
        runtime_ips = [_normalize(ipaddress.ip_address(host))]
    except ValueError:
        runtime_ips = _resolve(host, port, DNS_TIMEOUT_S, strict=False)
    for ip in ips:
        for runtime_ip in runtime_ips:
            if ip == runtime_ip:
                return True
            local = ("loopback", "unspecified")
            if classify(ip) in local and classify(runtime_ip) in local:
                return True
    return False


def _normalize(address: IPAddress) -> IPAddress:
    if isinstance(address, ipaddress.IPv6Address):
        if address.scope_id:
            address = ipaddress.IPv6Address(str(address).split("%", 1)[0])
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            return embedded
    return address


def _resolve(host: str, port: int, timeout_s: float, *, strict: bool = True) -> list[IPAddress]:
    """Every address the host resolves to, with the resolver bounded in time."""
    future = _resolver.submit(socket.getaddrinfo, host, port, 0, socket.SOCK_STREAM)
    try:
        infos = future.result(timeout=timeout_s)
    except FutureTimeout:
        if not strict:
            return []
        raise LlmUnreachable("The LLM host name could not be resolved in time.") from None
    except (OSError, UnicodeError):
        if not strict:
            return []
        raise LlmUnreachable("The LLM host name could not be resolved.") from None
    found: list[IPAddress] = []
    for info in infos:
        raw = str(info[4][0]).split("%", 1)[0]
        try:
            found.append(ipaddress.ip_address(raw))
        except ValueError:
            continue
    return found


def _legacy_numeric(host: str) -> IPAddress | None:
    """`127.1`, `2130706433`, `0x7f.1`: what inet_aton makes of the text, checked as well."""
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except (OSError, ValueError):
        return None


LOCAL_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback")
METADATA_NAMES = (
    "metadata.google.internal",
    "metadata.goog",
    "metadata",
    "instance-data",
    "instance-data.ec2.internal",
)
"""Names the clouds give their metadata service: refused by name at create, in both modes (inside
that cloud they resolve to it; the call-time guard refuses them by address wherever they resolve)."""


def check_base_url_address(url: str, *, allow_private: bool) -> None:
    """What can be decided about `url` without DNS, as the call-time guard would decide it: literal
    addresses in every form (`127.1`, `2130706433`, `0x7f.1`, `[::ffff:a9fe:a9fe]`), loopback names
    and the Lambda runtime API. Raises UnsafeBaseUrl (422) naming the field; connects to nothing."""
    _scheme, host, port, _path = _parsed(url, field=True)
    addresses: list[IPAddress] = []
    try:
        addresses.append(ipaddress.ip_address(host.split("%", 1)[0]))
    except ValueError:
        legacy = _legacy_numeric(host)
        if legacy is not None:
            addresses.append(legacy)
        elif host in LOCAL_NAMES or host.endswith(".localhost"):
            addresses.append(ipaddress.IPv4Address("127.0.0.1"))
        elif host in METADATA_NAMES:
            raise _field(refuse("cloud metadata")) from None
    for address in addresses:
        category = classify(address)
        if category is not None and not _allowed(category, allow_private):
            raise _field(refuse(category))
    runtime = _runtime_api()
    if (
        addresses
        and runtime is not None
        and _same_endpoint([_normalize(a) for a in addresses], port, runtime)
    ):
        raise _field(UnsafeBaseUrl("base_url points to the Lambda runtime API, which is not allowed."))


def _parsed(url: str, *, field: bool = False) -> BaseUrlParts:
    """The one parse create, test-config and the call share (models/base_url.py), as a 422."""
    try:
        return parse_base_url(url)
    except ValueError as exc:
        error = UnsafeBaseUrl(f"{exc}.")
        raise _field(error) if field else error from None


def _field(error: UnsafeBaseUrl) -> UnsafeBaseUrl:
    error.details = {"fields": [{"field": "llm_config.base_url", "message": error.message}]}
    return error


def resolve_safe(url: str, *, allow_private: bool, dns_timeout_s: float = DNS_TIMEOUT_S) -> PinnedTarget:
    """Check `url` and resolve its host once; raise UnsafeBaseUrl if it may not be called."""
    scheme, host, port, path = _parsed(url)

    literal: IPAddress | None
    try:
        literal = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        literal = None
    if literal is not None:
        addresses = [literal]
    else:
        addresses = _resolve(host, port, dns_timeout_s)
        legacy = _legacy_numeric(host)
        if legacy is not None:
            addresses.append(legacy)
    if not addresses:
        raise LlmUnreachable("The LLM host name could not be resolved.")

    for address in addresses:
        category = classify(address)
        if category is not None and not _allowed(category, allow_private):
            raise refuse(category)
    runtime = _runtime_api()
    if runtime is not None and _same_endpoint([_normalize(a) for a in addresses], port, runtime):
        raise UnsafeBaseUrl("base_url points to the Lambda runtime API, which is not allowed.")

    unique = tuple(dict.fromkeys(str(a) for a in addresses))
    bracketed = f"[{host}]" if ":" in host else host
    default = port == DEFAULT_PORTS[scheme]
    return PinnedTarget(
        scheme=scheme,
        host=host,
        port=port,
        addresses=unique,
        host_header=bracketed if default else f"{bracketed}:{port}",
        sni_hostname=host if scheme == "https" else None,
        base_path=path.rstrip("/"),
    )


def check_llm_base_url(config: LlmConfigIn, settings: LlmSettings | None = None) -> None:
    """422 for a base_url the call-time SSRF guard would refuse whatever DNS says (create uses this)."""
    from resume_api.settings import llm_settings

    if config.base_url:
        allow = (settings or llm_settings()).allow_private_base_urls
        check_base_url_address(config.base_url, allow_private=allow)
