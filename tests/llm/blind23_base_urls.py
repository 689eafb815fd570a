"""A never-read set of `base_url`s, each labelled with what a careful service decides in each mode.

Written by someone who had not read the validators (llm/ssrf.py, the config models) nor their
tests (issue #11 item 6): from SSRF and URL-parsing knowledge alone. Every case says, for the
strict mode (deployed) and the private mode (`AllowPrivateBaseUrls`, development), `accept`,
`refuse` or `any` (either is safe; only a 500 or a forbidden connection counts). `dns` cases need
a resolver: they are decided by what `RESOLVER` answers (a fake; nothing is ever resolved or
reached for real), so session create may keep them (it may not resolve) while test-config and
the call-time guard must decide them as labelled. A case with `secret` holds a credential that
no answer may echo. Deterministic: the spellings are computed, the one sample uses a fixed seed.
"""

from __future__ import annotations

import ipaddress
import random
from dataclasses import dataclass

ACCEPT, REFUSE, ANY = "accept", "refuse", "any"


@dataclass(frozen=True)
class Case:
    id: str
    url: str
    cls: str
    strict: str
    private: str
    dns: bool = False
    secret: str | None = None


METADATA_V4 = (
    "169.254.169.254",
    "169.254.170.2",
    "169.254.169.253",
    "169.254.169.123",
    "100.100.100.200",
    "192.0.0.192",
)
"""AWS/GCP/Azure/OCI IMDS, ECS task metadata, AWS DNS and time, Alibaba, OCI legacy."""
METADATA_V6 = ("fd00:ec2::254", "fd00:ec2::253", "fd00:ec2::123")
"""AWS IMDS, DNS and time over IPv6 (Nitro)."""

PUBLIC = {
    "api.openai.com": ["104.18.6.192", "2606:4700::6812:6c0"],
    "api.anthropic.com": ["160.79.104.10"],
    "my-llm.example.com": ["93.184.216.34"],
    "llm.example.com": ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"],
    "api.groq.com": ["104.18.2.205"],
    "openrouter.ai": ["104.18.3.115"],
    "api.together.xyz": ["104.18.22.213"],
    "api.mistral.ai": ["104.18.34.87"],
    "generativelanguage.googleapis.com": ["142.250.74.42", "2a00:1450:4001:80b::200a"],
    "xn--bcher-kva.example": ["93.184.216.35"],
    "xn--mnchen-3ya.example": ["93.184.216.36"],
    "xn--fiqs8s.example": ["93.184.216.37"],
    "xn--e1afmkfd.com": ["93.184.216.38"],
    "localhost.example.com": ["93.184.216.39"],
    "metadata.example.com": ["93.184.216.40"],
    "169.254.169.254.example.com": ["93.184.216.41"],
    "127.0.0.1.example.com": ["93.184.216.42"],
    "10.example.com": ["93.184.216.43"],
    "0x7f.example.com": ["93.184.216.44"],
    "internal.example.com": ["93.184.216.45"],
    "1e100.net": ["142.250.74.46"],
    "a.b.c.d.example.co.uk": ["93.184.216.47"],
    "123.example.com": ["93.184.216.48"],
    "v6only.example.com": ["2606:4700:4700::1111"],
    "ollama.example.org": ["93.184.216.49"],
    "x" * 63 + ".example.com": ["93.184.216.50"],
}
"""Names whose every address is public: accepted in both modes."""

LOOPBACK_NAMES = {
    "localhost": ["127.0.0.1", "::1"],
    "foo.localhost": ["127.0.0.1", "::1"],
    "localtest.me": ["127.0.0.1"],
    "sub.localtest.me": ["127.0.0.1"],
    "lvh.me": ["127.0.0.1"],
    "127.0.0.1.nip.io": ["127.0.0.1"],
    "127-0-0-1.sslip.io": ["127.0.0.1"],
    "v6-loop.example.com": ["::1"],
    "loop-mapped.example.com": ["::ffff:127.0.0.1"],
}
PRIVATE_NAMES = {
    "10.0.0.1.nip.io": ["10.0.0.1"],
    "192-168-1-20.sslip.io": ["192.168.1.20"],
    "ollama.internal.corp": ["10.20.30.40"],
    "gpu-box.lan": ["192.168.1.50"],
    "tailscale-box.example.ts.net": ["100.101.102.103"],
    "ula.example.com": ["fd12:3456:789a::10"],
    "mixed.example.com": ["93.184.216.34", "10.0.0.5"],
    "mixed6.example.com": ["2606:4700:4700::1111", "fc00::5"],
}
"""Names with a loopback or private address among their answers: strict refuses, private allows."""
METADATA_NAMES = {
    "metadata.google.internal": ["169.254.169.254"],
    "metadata": ["169.254.169.254"],
    "instance-data": ["169.254.169.254"],
    "instance-data.ec2.internal": ["169.254.169.254"],
    "169.254.169.254.nip.io": ["169.254.169.254"],
    "169-254-169-254.sslip.io": ["169.254.169.254"],
    "a9fea9fe.nip.io": ["169.254.169.254"],
    "mixed-meta.example.com": ["93.184.216.34", "169.254.169.254"],
    "meta-mapped.example.com": ["::ffff:169.254.169.254"],
    "meta-nat64.example.com": ["64:ff9b::a9fe:a9fe"],
    "meta-v6.example.com": ["fd00:ec2::254"],
    "ecs-meta.example.com": ["169.254.170.2"],
    "alibaba-meta.example.com": ["100.100.100.200"],
}
"""Names with a cloud-metadata address among their answers: refused in both modes."""

REBIND = {
    "rebind.example.com": (["93.184.216.34"], ["127.0.0.1"]),
    "rebind-meta.example.com": (["93.184.216.34"], ["169.254.169.254"]),
}
"""DNS rebinding: the first lookup answers public, every later one the second list. A careful guard
connects to the address it checked, so no connection may reach the second list's address."""

RESOLVER: dict[str, list[str]] = {**PUBLIC, **LOOPBACK_NAMES, **PRIVATE_NAMES, **METADATA_NAMES}


def _v4_spellings(address: str) -> list[str]:
    """Every way inet_aton (glibc) reads an IPv4 address: decimal, octal, hex, mixed, short forms."""
    a, b, c, d = (int(x) for x in address.split("."))
    n = int(ipaddress.IPv4Address(address))
    return [
        str(n),
        hex(n),
        hex(n).upper().replace("X", "x"),
        "0x" + format(n, "08x").zfill(10),
        "0" + format(n, "o"),
        ".".join("0" + format(x, "o") if x else "0" for x in (a, b, c, d)),
        ".".join("0000" + format(x, "o") if x else "0" for x in (a, b, c, d)),
        ".".join(hex(x) for x in (a, b, c, d)),
        f"{hex(a)}.{b}.{'0' + format(c, 'o') if c else '0'}.{hex(d)}",
        f"{a}.{b}.{c * 256 + d}",
        f"{a}.{b * 65536 + c * 256 + d}",
        f"{hex(a)}.{hex(b * 65536 + c * 256 + d)}",
        f"{a}.{b}.{c}.{d}.",
    ]


def _v6_wrappings(address: str) -> list[str]:
    """The IPv6 spellings that carry an IPv4 address: mapped, compatible, translated, NAT64, 6to4."""
    v4 = ipaddress.IPv4Address(address)
    hi, lo = format(int(v4) >> 16, "x"), format(int(v4) & 0xFFFF, "x")
    return [
        f"[::ffff:{address}]",
        f"[::ffff:{hi}:{lo}]",
        f"[0:0:0:0:0:ffff:{hi}:{lo}]",
        f"[::{address}]",
        f"[::{hi}:{lo}]",
        f"[::ffff:0:{address}]",
        f"[64:ff9b::{address}]",
        f"[64:ff9b::{hi}:{lo}]",
        f"[2002:{hi}:{lo}::]",
        f"[::FFFF:{hi.upper()}:{lo.upper()}]",
    ]


UNRESOLVABLE_NAMES = ("http://api.openai.com:/", "http://-api.openai.com/", "http://api_openai.com/")
"""Odd but buildable: no resolver answers them, so refusing or failing to reach them are both safe."""


def _cases() -> list[Case]:
    out: list[Case] = []

    def add(
        cls: str, url: str, strict: str, private: str, *, dns: bool = False, secret: str | None = None
    ) -> None:
        if any(case.url == url for case in out):
            return
        out.append(Case(f"{cls}-{len(out):03d}", url, cls, strict, private, dns, secret))

    # --- cloud metadata: refused in both modes, every spelling
    for addr in METADATA_V4:
        add("metadata", f"http://{addr}/latest/meta-data/", REFUSE, REFUSE)
        add("metadata", f"http://{addr}:80", REFUSE, REFUSE)
    for spelled in _v4_spellings("169.254.169.254"):
        add("metadata", f"http://{spelled}/", REFUSE, REFUSE)
    for spelled in _v4_spellings("100.100.100.200")[:6]:
        add("metadata", f"http://{spelled}/", REFUSE, REFUSE)
    for spelled in _v4_spellings("169.254.170.2")[:5]:
        add("metadata", f"http://{spelled}/v2/credentials", REFUSE, REFUSE)
    for wrapped in _v6_wrappings("169.254.169.254"):
        add("metadata", f"http://{wrapped}/", REFUSE, REFUSE)
    for wrapped in _v6_wrappings("169.254.170.2")[:4]:
        add("metadata", f"http://{wrapped}/", REFUSE, REFUSE)
    for v6 in METADATA_V6:
        add("metadata", f"http://[{v6}]/latest/meta-data/", REFUSE, REFUSE)
    for v6 in ("FD00:EC2::254", "fd00:ec2:0:0:0:0:0:254", "fd00:0ec2::0254", "fd00:ec2::254%25eth0"):
        add("metadata", f"http://[{v6}]:80/", REFUSE, REFUSE)
    for name in METADATA_NAMES:
        add("metadata_dns", f"http://{name}/computeMetadata/v1/", REFUSE, REFUSE, dns=True)
    for name in ("METADATA.GOOGLE.INTERNAL", "metadata.google.internal.", "Metadata.Google.Internal:80"):
        add("metadata_dns", f"http://{name}/", REFUSE, REFUSE, dns=True)

    # --- loopback: refused strict; canonical forms allowed in private mode, odd spellings either way
    for host in (
        "127.0.0.1",
        "127.0.0.1:11434",
        "127.10.20.30",
        "127.255.255.254",
        "127.0.0.1:1234",
        "[::1]:11434",
        "[::1]",
        "[0:0:0:0:0:0:0:1]",
    ):
        add("loopback", f"http://{host}", REFUSE, ACCEPT)
    for spelled in _v4_spellings("127.0.0.1"):
        add("loopback_odd", f"http://{spelled}:11434", REFUSE, ANY)
    for spelled in (
        "127.1",
        "127.0.1",
        "0177.1",
        "0x7f.1",
        "127.000.000.001",
        "0",
        "0.0.0.0",
        "0x0",
        "0.0.0.0:11434",
        "[::]",
        "[::]:11434",
        "[0::0]",
    ):
        add("loopback_odd", f"http://{spelled}/", REFUSE, ANY)
    for wrapped in _v6_wrappings("127.0.0.1")[:6]:
        add("loopback_odd", f"http://{wrapped}:11434", REFUSE, ANY)
    for name in LOOPBACK_NAMES:
        add("loopback_dns", f"http://{name}:11434", REFUSE, ACCEPT, dns=True)
    for name in ("LOCALHOST", "LocalHost:11434", "localhost.", "localhost.:11434", "LOCALHOST.:1234"):
        add("loopback_dns", f"http://{name}", REFUSE, ACCEPT, dns=True)

    # --- private and shared ranges: refused strict, allowed in private mode
    for host in (
        "10.0.0.1",
        "10.255.255.254",
        "10.1.2.3:11434",
        "172.16.0.1",
        "172.31.255.254:8080",
        "172.20.1.1",
        "192.168.1.10:11434",
        "192.168.0.1",
        "192.168.255.254",
        "100.64.0.1",
        "100.127.255.254:11434",
        "100.101.102.103",
        "[fc00::1]",
        "[fd12:3456:789a::1]:11434",
        "[fdff:ffff::1]",
    ):
        add("private", f"http://{host}/v1", REFUSE, ACCEPT)
    for addr in ("10.0.0.1", "172.16.0.1", "192.168.1.1", "100.64.0.1"):
        for spelled in _v4_spellings(addr)[:5] + _v4_spellings(addr)[8:10]:
            add("private_odd", f"http://{spelled}/", REFUSE, ANY)
        for wrapped in _v6_wrappings(addr)[:2] + _v6_wrappings(addr)[6:7]:
            add("private_odd", f"http://{wrapped}/", REFUSE, ANY)
    for name in PRIVATE_NAMES:
        add("private_dns", f"http://{name}:11434/v1", REFUSE, ACCEPT, dns=True)
    for host in (
        "169.254.1.1",
        "169.254.0.1",
        "169.254.255.254",
        "[fe80::1]",
        "[fe80::1%25eth0]",
        "[fe80::a9fe:a9fe%25en0]",
        "[FE80::1%25lo]",
        "[febf::1]",
    ):
        add("link_local", f"http://{host}/", REFUSE, ANY)
    for host in (
        "224.0.0.1",
        "239.255.255.250",
        "255.255.255.255",
        "240.0.0.1",
        "[ff02::1]",
        "[ff05::1:3]",
        "198.18.0.1",
        "192.0.2.1",
        "198.51.100.7",
        "203.0.113.9",
        "0.1.2.3",
        "[100::1]",
        "[2001:db8::1]",
    ):
        add("nonpublic", f"http://{host}/", REFUSE, ANY)

    # --- userinfo, backslashes and fragments: what one parser calls the host another calls the path
    tricks = [
        "http://good@169.254.169.254/",
        "http://api.openai.com@169.254.169.254/",
        "http://api.openai.com:443@169.254.169.254/",
        "http://169.254.169.254#@api.openai.com/",
        "http://169.254.169.254?@api.openai.com/",
        "http://169.254.169.254\\@api.openai.com/",
        "http://api.openai.com\\@169.254.169.254/",
        "http://api.openai.com\\\\@169.254.169.254/",
        "http://api.openai.com%40169.254.169.254/",
        "http://api.openai.com%2540169.254.169.254/",
        "http://@169.254.169.254/",
        "http://:@169.254.169.254/",
        "http://a@b@169.254.169.254/",
        "http://169.254.169.254:80@api.openai.com/",
        "http://[::1]@api.openai.com/",
        "http://api.openai.com@[::1]/",
        "http://api.openai.com@127.0.0.1:11434/",
        "http://api.openai.com@localhost:11434/",
        "http://169.254.169.254\\api.openai.com/",
        "http:\\\\169.254.169.254\\latest",
        "http:/\\169.254.169.254/",
        "http://169.254.169.254%23@api.openai.com/",
        "http://169.254.169.254;@api.openai.com/",
        "http://api.openai.com&@169.254.169.254#@api.openai.com/",
    ]
    for url in tricks:
        add("userinfo", url, REFUSE, REFUSE)

    # --- credentials in the URL: refused, never echoed
    rng = random.Random(23)
    for i, shape in enumerate(
        (
            "https://user:{s}@api.openai.com/v1",
            "https://:{s}@api.openai.com/v1",
            "https://{s}@api.openai.com/v1",
            "https://{s}:x@my-llm.example.com:8443/v1/",
            "http://admin:{s}@localhost:11434",
            "http://admin:{s}@127.0.0.1:11434",
            "https://user%40corp:{s}@api.openai.com/v1",
            "https://user:{s}%40more@api.openai.com/v1",
            "HTTPS://USER:{s}@API.OPENAI.COM/v1",
            "https://user:{s}@[2606:4700:4700::1111]/v1",
            "https://user:{s}@api.openai.com:443",
            "https://user:{s}@api.openai.com#frag",
        )
    ):
        secret = (
            "sk-blind23-" + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(16)) + str(i)
        )
        add("credentials", shape.format(s=secret), REFUSE, REFUSE, secret=secret)

    # --- schemes
    for url in (
        "file:///etc/passwd",
        "file://localhost/etc/passwd",
        "gopher://127.0.0.1:6379/_INFO",
        "ftp://api.openai.com/v1",
        "data:text/plain,hello",
        "javascript:alert(1)",
        "dict://127.0.0.1:11211/stat",
        "ldap://169.254.169.254/",
        "ws://api.openai.com/v1",
        "wss://api.openai.com/v1",
        "unix:///var/run/docker.sock",
        "http+unix://%2Fvar%2Frun%2Fd.sock/",
        "jar:http://api.openai.com!/",
        "netdoc:///etc/passwd",
        "tftp://10.0.0.1/x",
        "sftp://api.openai.com/",
        "hxxp://api.openai.com/",
        "htt://api.openai.com/",
        "//api.openai.com/v1",
        "api.openai.com/v1",
        "http:api.openai.com",
        "http:/api.openai.com",
        "https:///api.openai.com/v1",
        "mailto:a@b.c",
        ":///",
        "http",
        "",
        " ",
        "urn:isbn:0451450523",
    ):
        add("scheme", url, REFUSE, REFUSE)
    for url in (
        "HTTP://api.openai.com/v1",
        "HTTPS://api.openai.com/v1",
        "hTtPs://api.anthropic.com",
        "Https://llm.example.com/v1",
    ):
        add("public", url, ACCEPT, ACCEPT)

    # --- control characters and whitespace anywhere
    for ch, name in (
        ("\x00", "nul"),
        ("\t", "tab"),
        ("\n", "lf"),
        ("\r", "cr"),
        ("\r\n", "crlf"),
        ("\x0b", "vt"),
        ("\x0c", "ff"),
        ("\x1f", "us"),
        ("\x7f", "del"),
        ("\x85", "nel"),
        ("\u2028", "lsep"),
        ("\u00a0", "nbsp"),
        ("\u200b", "zwsp"),
        ("\ufeff", "bom"),
        ("\u3000", "ideo-space"),
    ):
        add("control", f"https://api.openai.{ch}com/v1", REFUSE, REFUSE)
        in_path = ANY if name in ("nbsp", "zwsp", "bom", "ideo-space") else REFUSE
        add("control", f"https://api.openai.com/v1{ch}", in_path, in_path)
    for url in (
        "http://169.254.\n169.254/",
        "http://169.254.169.254\t/",
        "http://127.0.0.1\r\nHost: x/",
        "https://api.openai.com/v1\r\nX-Injected: 1",
        "https://api.openai.com/v1%0d%0aX-Injected:%201",
        "https://api.openai.com/v1 HTTP/1.1\r\nHost: 169.254.169.254",
        "https://api.openai.com\x00.evil.com/v1",
        "https://api .openai.com/v1",
        "https://api.openai.com:44 3/v1",
        "\x00https://api.openai.com/v1",
        "\thttps://api.openai.com/v1",
        "https://api.openai.com/v1\n",
    ):
        add("control", url, REFUSE, REFUSE)
    for url in (" https://api.openai.com/v1", "https://api.openai.com/v1 ", "https://api.openai.com/v1 beta"):
        add("whitespace", url, ANY, ANY)

    # --- ports
    for port in (
        "65536",
        "99999",
        "0",
        "-1",
        "80a",
        "1e3",
        "+80",
        "0x50",
        "4294967377",
        "99999999999999999999",
        "",
        " 80",
        "８０",
        "443:443",
        "80.0",
    ):
        add("port", f"https://api.openai.com:{port}/v1", REFUSE if port else ANY, REFUSE if port else ANY)
    for port in ("1", "65535", "8443", "11434"):
        add("public", f"https://my-llm.example.com:{port}/v1/", ACCEPT, ACCEPT)
    add("port", "https://my-llm.example.com:0443/v1/", ANY, ANY)

    # --- empty, odd and overlong hosts
    for url in (
        "http://",
        "https://",
        "http:///v1",
        "http://:11434",
        "https://:443/v1",
        "http://@/",
        "http://[]/",
        "http://[/",
        "http://]/",
        "http://[::1/",
        "http://::1/",
        "http://[1.2.3.4]/",
        "http://[::1]x/",
        "http://[v1.fe80::a+en1]/",
        "http://./",
        "http://../",
        "http://.api.openai.com/",
        "http://api..openai.com/",
        "http://-api.openai.com/",
        "http://api_openai.com/",
        "http://api.openai.com:/",
        "https://?x=1",
        "https://#x",
        "http://%/",
        "http://a b/",
        "http://<script>/",
        "http://api.openai.com`/",
        "http://{api}.openai.com/",
    ):
        label = ANY if url in UNRESOLVABLE_NAMES else REFUSE
        add("empty_host", url, label, label)
    for url in (
        "https://" + "a" * 64 + ".example.com/",
        "https://" + ".".join(["abcdefghij"] * 26) + ".com/",
        "https://" + "a" * 300 + "/",
        "https://" + "a" * 5000 + ".com/",
        "https://api.openai.com/" + "v" * 20000,
        "https://" + "1." * 200 + "1/",
        "http://" + "0" * 300 + "127.0.0.1/",
        "http://[" + "0:" * 100 + "1]/",
        "http://127.0.0.1" + "." * 300 + "/",
        "https://" + "é" * 100 + ".example/",
    ):
        add("overlong", url, REFUSE, REFUSE)

    # --- percent-encoding and Unicode in the host
    for url in (
        "http://%31%36%39.254.169.254/",
        "http://169.254.169.%32%35%34/",
        "http://%36%39.%32%35%34/",
        "http://169%2e254%2e169%2e254/",
        "http://%6d%65%74%61%64%61%74%61.google.internal/",
        "http://metadata%2egoogle%2einternal/",
        "http://169.254.169.254%00.example.com/",
        "http://169.254.169.254%2f.example.com/",
        "http://①⑥⑨.②⑤④.①⑥⑨.②⑤④/",
        "http://１６９.２５４.１６９.２５４/",
        "http://169。254。169。254/",
        "http://169．254．169．254/",
        "http://169｡254｡169｡254/",
        "http://metadata。google。internal/",
        "http://ｍｅｔａｄａｔａ.google.internal/",
        "http://0xａ9fea9fe/",
    ):
        add("encoded_meta", url, REFUSE, REFUSE)
    for url in (
        "http://%31%32%37.0.0.1:11434/",
        "http://127.0.0.%31/",
        "http://%6c%6f%63%61%6c%68%6f%73%74:11434/",
        "http://１２７.０.０.１:11434/",
        "http://127。0。0。1:11434/",
        "http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ:11434/",
        "http://ｌｏｃａｌｈｏｓｔ:11434/",
        "http://LOCALHOST%2e:11434/",
        "http://①②⑦.0.0.1/",
        "http://loc\u00adalhost:11434/",
        "http://%31%30.0.0.1/",
        "http://１０.0.0.1/",
        "http://192.168.1.1%2e/",
    ):
        add("encoded_loop", url, REFUSE, ANY)
    for url in ("https://api.openai%2ecom/v1", "https://%61pi.openai.com/v1", "https://ａｐｉ.openai.com/v1"):
        add("encoded_public", url, ANY, ANY)

    # --- public: accepted in both modes
    for url in (
        "https://api.openai.com/v1",
        "https://api.openai.com",
        "https://api.openai.com/v1/",
        "https://api.anthropic.com",
        "https://my-llm.example.com:8443/v1/",
        "https://api.groq.com/openai/v1",
        "https://openrouter.ai/api/v1",
        "https://api.together.xyz/v1",
        "https://api.mistral.ai/v1",
        "https://generativelanguage.googleapis.com/v1beta/openai/",
        "https://llm.example.com",
        "http://llm.example.com:11434",
        "https://api.openai.com:443/v1",
        "http://api.openai.com:80",
        "https://api.openai.com./v1",
        "https://API.OPENAI.COM/v1",
        "https://a.b.c.d.example.co.uk/",
        "https://123.example.com/v1",
        "https://1e100.net/",
        "https://ollama.example.org/",
        "https://v6only.example.com/v1",
        "https://" + "x" * 63 + ".example.com/v1",
        "https://llm.example.com/v1/chat/../",
        "https://llm.example.com/a%20b/",
    ):
        add("public", url, ACCEPT, ACCEPT, dns=True)
    for url in (
        "http://8.8.8.8:11434",
        "http://1.1.1.1/v1",
        "https://93.184.216.34/",
        "http://172.15.255.255/",
        "http://172.32.0.1/",
        "http://100.63.255.255/",
        "http://100.128.0.1/",
        "http://192.169.0.1/",
        "http://11.0.0.1/",
        "http://9.255.255.255/",
        "http://169.253.255.255/",
        "http://169.255.0.1/",
        "http://126.255.255.255/",
        "http://128.0.0.1/",
    ):
        add("public_ip", url, ACCEPT, ACCEPT)
    for url in (
        "http://[2606:4700:4700::1111]:11434",
        "https://[2001:4860:4860::8888]/v1",
        "http://[2a00:1450:4001:80b::200a]/",
        "http://[2606:4700:4700:0:0:0:0:1111]/",
        "http://[2606:4700:4700::1111]",
        "http://[2001:4860:4860::8844]:8443/v1",
    ):
        add("public_v6", url, ACCEPT, ACCEPT)
    for url in (
        "https://bücher.example/v1",
        "https://xn--bcher-kva.example/v1",
        "https://münchen.example/",
        "https://BÜCHER.example/v1",
        "https://中国.example/",
        "https://пример.com/v1",
        "https://xn--e1afmkfd.com/v1",
    ):
        add("public_idna", url, ACCEPT, ACCEPT, dns=True)
    for url in (
        "https://localhost.example.com/v1",
        "https://metadata.example.com/",
        "https://169.254.169.254.example.com/",
        "https://127.0.0.1.example.com/",
        "https://10.example.com/",
        "https://0x7f.example.com/",
        "https://internal.example.com/",
    ):
        add("public_lookalike", url, ACCEPT, ACCEPT, dns=True)
    for url in (
        "https://llm.example.com/v1?api-version=2024-06-01",
        "https://llm.example.com/v1#x",
        "https://llm.example.com/v1?",
        "https://api.openai.com#@169.254.169.254",
    ):
        add("query_fragment", url, ANY, ANY, dns=True)
    for name in REBIND:
        add("rebind", f"http://{name}/v1", ACCEPT, ACCEPT, dns=True)
    for url in ("https://does-not-exist.invalid/v1", "http://nxdomain.example.net:11434"):
        add("nxdomain", url, ANY, ANY, dns=True)
    return out


CASES: list[Case] = _cases()
