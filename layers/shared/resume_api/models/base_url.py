"""One parse of a `base_url`, shared by the shape check (models/llm_config.py), the address check at
create and test-config and the call-time SSRF guard (llm/ssrf.py), so the three never disagree on
what the host is.

The host is what the guard resolves and pins: `urlsplit`'s, IDNA-encoded with Python's codec (the
one getaddrinfo applies), lower-case, without its trailing dot. It must then be an IPv6 literal or
a name of DNS labels (letters, digits, `-`, `_`; 1-63 characters each, 253 in all): a percent sign,
a backslash, an empty label or an overlong name never reaches a resolver, and `169。254。169。254`
or `１２７.０.０.１` become the addresses they spell before any check sees them.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
MAX_HOST = 253
_LABEL = re.compile(r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?")
_ZONE = re.compile(r"(?:%(?:25)?[A-Za-z0-9_.-]+)?")
CONTROL = frozenset({"Cc", "Cf", "Zl", "Zp"})
"""Control and format characters, line and paragraph separators: refused anywhere, even where
whitespace stripping would have removed them."""


class BaseUrlParts(NamedTuple):
    scheme: str
    host: str
    port: int
    path: str


def has_control(text: str) -> bool:
    return any(unicodedata.category(c) in CONTROL for c in text)


def parse_base_url(url: str) -> BaseUrlParts:
    """The scheme, normalised host, port and path of `url`; ValueError (a message naming base_url,
    never its value) for anything the guard could not decide or the transport could not send."""
    if has_control(url):
        raise ValueError("base_url must not contain control characters or spaces")
    try:
        parts = urlsplit(url.strip())
    except ValueError as exc:  # its message quotes the value (a bracketed host that is no address)
        raise ValueError("base_url is not a valid URL") from exc
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise ValueError("base_url must be an http(s) URL")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise ValueError("base_url must not contain credentials")
    try:
        port = parts.port
    except ValueError as exc:
        raise ValueError("base_url has an invalid port") from exc
    if port == 0:
        raise ValueError("base_url has an invalid port")
    host = _host(parts.hostname or "", bracketed="[" in parts.netloc)
    if has_control(unquote(parts.path)):
        raise ValueError("base_url must not contain control characters or spaces")
    return BaseUrlParts(scheme, host, port or DEFAULT_PORTS[scheme], parts.path)


def _host(raw: str, *, bracketed: bool) -> str:
    if raw in ("", "."):
        raise ValueError("base_url must name a host")
    if bracketed or ":" in raw:
        address, _, zone = raw.partition("%")
        try:
            ipaddress.IPv6Address(address)
        except ValueError as exc:
            raise ValueError("base_url has an invalid host name") from exc
        if not _ZONE.fullmatch(f"%{zone}" if zone else ""):
            raise ValueError("base_url has an invalid host name")
        return raw.lower()
    try:
        host = raw.encode("idna").decode("ascii").lower()
    except UnicodeError as exc:
        raise ValueError("base_url has an invalid host name") from exc
    host = host[:-1] if host.endswith(".") else host
    if len(host) > MAX_HOST or not all(_LABEL.fullmatch(label) for label in host.split(".")):
        raise ValueError("base_url has an invalid host name")
    return host
