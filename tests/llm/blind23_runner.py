"""Runs the never-read base_url set (tests/llm/blind23_base_urls.py) through the real paths.

Session create and test-config are the functions' own apps in this process (tests/unit/in_process.py);
the call-time guard is a provider built as a session builds it (llm/registry.py), probed. Every
name is resolved by the set's fake resolver (socket.getaddrinfo is replaced for the run; numeric
hosts go to the real getaddrinfo with AI_NUMERICHOST, which never leaves the process) and every
connect the run makes is recorded and refused before it leaves the process: nothing is reached, not
even loopback (anything else in the process may still reach loopback, and only loopback).
A path accepted a URL when it answered 201 (create) or tried to connect (test-config, call time).

    python -m tests.llm.blind23_runner    (the figures, as the test records them)
"""

from __future__ import annotations

import contextlib
import contextvars
import errno
import ipaddress
import os
import socket
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from tests.llm.blind23_base_urls import (
    ACCEPT,
    ANY,
    CASES,
    METADATA_V4,
    METADATA_V6,
    REBIND,
    REFUSE,
    RESOLVER,
    Case,
)

MODES = ("strict", "private")
PATHS = ("create", "test_config", "call_time")
FIELD = "llm_config.base_url"
_REAL_GETADDRINFO = socket.getaddrinfo
_OURS: contextvars.ContextVar[bool] = contextvars.ContextVar("blind23_ours", default=False)
"""Set while a case runs: it follows the run into asyncio tasks and anyio's worker threads, so a
connect from anything else in the process (the runner's threads, in a shared xdist worker) is left
to the suite's own loopback-only guard."""
_META = {ipaddress.ip_address(a) for a in METADATA_V4 + METADATA_V6}
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_COMPAT = ipaddress.ip_network("::/96")


def _unwrapped(address: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    """The IPv4 address an IPv6 one carries (mapped, compatible, NAT64, 6to4), else itself."""
    ip = ipaddress.ip_address(address.split("%", maxsplit=1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return ip.ipv4_mapped
        if ip.sixtofour is not None:
            return ip.sixtofour
        if ip in _NAT64 or (ip in _COMPAT and int(ip) > 1):
            return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip


def forbidden(address: str, mode: str) -> bool:
    """Whether a connection to `address` is a hole in `mode`: metadata always, non-global in strict."""
    ip = _unwrapped(address)
    return ip in _META or (mode == "strict" and not ip.is_global)


@dataclass
class FakeNet:
    """The resolver and the wire for one run: lookups answered from the set's table, connects refused."""

    connects: list[str] = field(default_factory=list)
    lookups: Counter[str] = field(default_factory=Counter)

    def getaddrinfo(
        self, host: Any, port: Any, family: int = 0, type: int = 0, proto: int = 0, flags: int = 0
    ) -> list[Any]:
        if host is None:
            return _REAL_GETADDRINFO(host, port, family, type, proto, flags)
        try:
            return _REAL_GETADDRINFO(host, port, family, type, proto, flags | socket.AI_NUMERICHOST)
        except socket.gaierror:
            pass
        name = host.decode("ascii") if isinstance(host, bytes) else host.encode("idna").decode("ascii")
        name = name.lower()
        name = name[:-1] if name.endswith(".") else name
        self.lookups[name] += 1
        if name in REBIND:
            answers = REBIND[name][0] if self.lookups[name] == 1 else REBIND[name][1]
        elif name in RESOLVER:
            answers = RESOLVER[name]
        else:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        number = (
            {"http": 80, "https": 443}.get(port)
            if isinstance(port, str) and not port.isdigit()
            else int(port or 0)
        )
        out = []
        for answer in answers:
            fam = socket.AF_INET6 if ":" in answer else socket.AF_INET
            if family not in (0, socket.AF_UNSPEC, fam):
                continue
            addr = (answer, number or 0, 0, 0) if fam == socket.AF_INET6 else (answer, number or 0)
            out.append((fam, type or socket.SOCK_STREAM, proto or socket.IPPROTO_TCP, "", addr))
        if not out:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return out

    def gethostbyname(self, host: str) -> str:
        return str(self.getaddrinfo(host, 0, socket.AF_INET)[0][4][0])

    @contextlib.contextmanager
    def installed(self) -> Iterator[FakeNet]:
        net = self
        real_connect = socket.socket.connect

        def connect(sock: socket.socket, address: Any) -> None:
            if sock.family in (socket.AF_INET, socket.AF_INET6) and (
                _OURS.get() or not _unwrapped(str(address[0])).is_loopback
            ):
                net.connects.append(str(address[0]))
                raise ConnectionRefusedError(errno.ECONNREFUSED, "refused by the blind23 harness")
            real_connect(sock, address)

        def connect_ex(sock: socket.socket, address: Any) -> int:
            try:
                connect(sock, address)
            except ConnectionRefusedError:
                return errno.ECONNREFUSED
            return 0

        with _replaced(
            (socket, "getaddrinfo", self.getaddrinfo),
            (socket, "gethostbyname", self.gethostbyname),
            (socket.socket, "connect", connect),
            (socket.socket, "connect_ex", connect_ex),
        ):
            yield self


@contextlib.contextmanager
def _replaced(*replacements: tuple[Any, str, Any]) -> Iterator[None]:
    """Each (owner, attribute, value) set for the block, and put back after it."""
    saved = [(owner, name, getattr(owner, name)) for owner, name, _ in replacements]
    for owner, name, value in replacements:
        setattr(owner, name, value)
    try:
        yield
    finally:
        for owner, name, value in saved:
            setattr(owner, name, value)


@contextlib.contextmanager
def mode(name: str) -> Iterator[None]:
    """The deployment's mode, as the functions read it (the environment, through settings' cache)."""
    from resume_api.settings import llm_settings

    key = "RESUME_API_ALLOW_PRIVATE_BASE_URLS"
    saved = os.environ.get(key)
    os.environ[key] = "true" if name == "private" else "false"
    llm_settings.cache_clear()
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = saved
        llm_settings.cache_clear()


@contextlib.contextmanager
def _no_backoff() -> Iterator[None]:
    """Retries without their sleep: every connect is refused at once, the pauses would only cost time."""
    from resume_api.llm import http

    with _replaced((http, "pause_before_retry", lambda attempt, retry_after, deadline: True)):
        yield


@dataclass
class Outcome:
    """One path's answer to one URL in one mode."""

    decision: str
    """accept | refuse | 500 | other: what the path did."""
    detail: str = ""
    connects: list[str] = field(default_factory=list)
    echoed: bool = False


def _config(url: str) -> dict[str, Any]:
    return {"provider": "openai_compatible", "model_name": "m", "base_url": url}


def _http_outcome(status: int, body: str, connects: list[str], secret: str | None) -> Outcome:
    echoed = bool(secret and secret in body)
    if status in (200, 201):
        accepted = status == 201 or bool(connects) or '"ok":true' in body
        code = ""
        if not accepted:
            with contextlib.suppress(ValueError, KeyError, TypeError):
                import json

                code = json.loads(body)["error"]["code"]
        return Outcome(ACCEPT if accepted else REFUSE, code, connects, echoed)
    if status == 422:
        named = f'"field":"{FIELD}"' in body.replace(" ", "")
        return Outcome(
            REFUSE if named else "other", "" if named else "422 names another field", connects, echoed
        )
    return Outcome("500" if status >= 500 else "other", str(status), connects, echoed)


def run_case(case: Case, mode_name: str, net: FakeNet, clients: dict[str, Any]) -> dict[str, Outcome]:
    from pydantic import ValidationError

    from resume_api.errors import ApiError
    from resume_api.llm.registry import provider_for
    from resume_api.models.llm_config import LlmConfigStored
    from resume_api.observability import metrics
    from resume_api.settings import LlmSettings

    out: dict[str, Outcome] = {}
    for path, route in (("create", "/v1/session/create"), ("test_config", "/v1/session/test-config")):
        net.connects.clear()
        net.lookups.clear()
        metrics.clear_metrics()  # the handler flushes them per invocation on Lambda; here they would pile up
        try:
            response = clients[path].post(route, json={"llm_config": _config(case.url)})
            out[path] = _http_outcome(response.status_code, response.text, list(net.connects), case.secret)
        except Exception as exc:
            out[path] = Outcome("500", type(exc).__name__, list(net.connects))
    net.connects.clear()
    net.lookups.clear()
    settings = LlmSettings(allow_private_base_urls=mode_name == "private", max_timeout_s=2.0)
    try:
        config = LlmConfigStored(**_config(case.url))
        provider_for(config, None, settings=settings, timeout_cap_s=2.0).probe()
        out["call_time"] = Outcome(ACCEPT, "probe answered", list(net.connects))
    except ValidationError:
        out["call_time"] = Outcome(REFUSE, "stored model refused", list(net.connects))
    except ApiError as exc:
        crashed = exc.status >= 500 and exc.code == "internal_error"
        decision = "500" if crashed else ACCEPT if net.connects else REFUSE
        secret = bool(case.secret and case.secret in f"{exc.message} {exc.code}")
        out["call_time"] = Outcome(decision, exc.code, list(net.connects), secret)
    except Exception as exc:
        out["call_time"] = Outcome("500", type(exc).__name__, list(net.connects))
    return out


def run(cases: list[Case] = CASES) -> dict[tuple[str, str, str], Outcome]:
    """(path, mode, case id) → outcome, for every case in both modes."""
    from resume_api.settings import Limits
    from tests.fakes import World
    from tests.unit.in_process import FunctionClient

    results: dict[tuple[str, str, str], Outcome] = {}
    world = World(limits=Limits(sessions_per_ip_per_hour=10**9))
    clients = {
        "create": FunctionClient.over("session_create", world),
        "test_config": FunctionClient.over("session_test_config", world),
    }
    net = FakeNet()
    ours = _OURS.set(True)
    try:
        for mode_name in MODES:
            with mode(mode_name), net.installed(), _no_backoff():
                for case in cases:
                    for path, outcome in run_case(case, mode_name, net, clients).items():
                        results[(path, mode_name, case.id)] = outcome
    finally:
        _OURS.reset(ours)
    return results


def expected(case: Case, path: str, mode_name: str) -> str:
    label = case.strict if mode_name == "strict" else case.private
    if path == "create" and case.dns and label == REFUSE:
        return ANY  # create may keep a name it does not resolve; test-config and the call must refuse it
    return label


def wrongs(cases: list[Case], results: dict[tuple[str, str, str], Outcome]) -> dict[str, str]:
    """Every wrong answer: "path/mode/case id" → its kind (wrongly_accepted, wrongly_refused, 500,
    other, echoed, forbidden_connect)."""
    out: dict[str, str] = {}
    for case in cases:
        for path in PATHS:
            for mode_name in MODES:
                outcome = results[(path, mode_name, case.id)]
                key = f"{path}/{mode_name}/{case.id}"
                want = expected(case, path, mode_name)
                kinds = []
                if outcome.decision == "500":
                    kinds.append("500")
                elif outcome.decision == "other":
                    kinds.append("other")
                elif want not in (ANY, outcome.decision):
                    kinds.append("wrongly_accepted" if want == REFUSE else "wrongly_refused")
                if any(forbidden(address, mode_name) for address in outcome.connects):
                    kinds.append("forbidden_connect")
                if outcome.echoed:
                    kinds.append("echoed")
                if kinds:
                    out[key] = "+".join(kinds)
    return out


def figures(cases: list[Case], found: dict[str, str]) -> dict[str, Any]:
    """The counts the report gives: per path and mode, each kind, and the wrongly accepted by class."""
    by_id = {case.id: case for case in cases}
    out: dict[str, Any] = {}
    for key, kinds in sorted(found.items()):
        path, mode_name, case_id = key.split("/")
        for kind in kinds.split("+"):
            slot = out.setdefault(f"{path}/{mode_name}", {}).setdefault(kind, Counter())
            slot[by_id[case_id].cls] += 1
    return out


def main() -> None:
    results = run()
    found = wrongs(CASES, results)
    labelled = Counter((case.strict, case.private) for case in CASES)
    print(f"{len(CASES)} cases x 3 paths x 2 modes; labels (strict, private): {dict(labelled)}")
    for slot, kinds in figures(CASES, found).items():
        for kind, classes in kinds.items():
            print(f"{slot:22} {kind:18} {sum(classes.values()):4}  {dict(classes)}")
    if "-v" in sys.argv:
        for key, kinds in sorted(found.items()):
            path, mode_name, case_id = key.split("/")
            outcome = results[(path, mode_name, case_id)]
            case = next(c for c in CASES if c.id == case_id)
            print(
                f"{key:40} {kinds:24} {outcome.decision:7} {outcome.detail[:40]:40} {outcome.connects[:2]} {case.url[:70]!r}"
            )


if __name__ == "__main__":
    main()
